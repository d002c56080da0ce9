"""A generator of realistic articles with known facts, for benchmarks.

Each article is a headline, a date line and a mix of fact-bearing sentences
(varied countries, figures, dates and phrasings) and filler. The facts each
fact sentence states are recorded in the contract's form, so a benchmark can
score any pipeline against them. Deterministic for a given seed.
"""
from __future__ import annotations

import json
import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from pathlib import Path

ALLIES = [("South Korea", "KOR"), ("Japan", "JPN"), ("Australia", "AUS"),
          ("the Philippines", "PHL"), ("Taiwan", "TWN"), ("India", "IND"),
          ("Vietnam", "VNM"), ("Malaysia", "MYS"), ("Indonesia", "IDN"),
          ("Thailand", "THA"), ("New Zealand", "NZL"), ("Singapore", "SGP")]
CAPITALS = {"KOR": "Seoul", "JPN": "Tokyo", "AUS": "Canberra", "PHL": "Manila",
            "TWN": "Taipei", "IND": "New Delhi", "VNM": "Hanoi", "MYS": "Kuala Lumpur",
            "IDN": "Jakarta", "THA": "Bangkok", "NZL": "Wellington", "SGP": "Singapore"}
TARGETS = [("China", "CHN"), ("Chinese", "CHN"), ("Japanese", "JPN"), ("Canadian", "CAN"),
           ("Mexican", "MEX"), ("Indian", "IND"), ("South Korean", "KOR"),
           ("Vietnamese", "VNM")]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
          "September", "October", "November", "December"]
FILLER = [
    "Analysts say the region faces a period of uncertainty.",
    "Officials declined to comment on the details of the talks.",
    "The announcement came after weeks of negotiations behind closed doors.",
    "Observers will watch closely how markets react in the coming weeks.",
    "The debate has divided lawmakers along familiar lines.",
    "Critics argue that the plan leaves key questions unanswered.",
    "Supporters say the measures are overdue.",
    "Regional security has become a central theme of the campaign.",
    "The ministry said further steps would be announced later.",
    "Experts cautioned against reading too much into a single statement.",
]


@dataclass
class Article:
    doc: str
    text: str
    facts: list[dict] = field(default_factory=list)


class _Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng

    def pick(self, items):
        return self.rng.choice(items)

    def defense_spending(self):
        country, code = self.pick(ALLIES)
        value = round(self.rng.uniform(1.0, 4.5), 1)
        year = self.rng.randint(2026, 2035)
        name = self.pick([country[0].upper() + country[1:], CAPITALS[code]])
        form = self.rng.randrange(3)
        if form == 0:
            text = f"{name} plans to raise defense spending to {value}% of GDP by {year}."
            return text, {"country": code, "value": value, "unit": "pct_gdp", "status": "target",
                          "period": str(year)}
        if form == 1:
            text = f"{name} currently spends about {value}% of its gross domestic product on defence."
            return text, {"country": code, "value": value, "unit": "pct_gdp", "status": "actual"}
        growth = round(self.rng.uniform(2.0, 12.0), 1)
        text = f"{name}'s defence budget for {year} will rise {growth}% from a year earlier."
        return text, {"country": code, "value": growth, "unit": "pct_change", "period": str(year)}

    def troop_cost(self):
        country, code = self.pick(ALLIES[:4])
        billions = self.rng.randint(1, 15)
        name = country[0].upper() + country[1:]
        if self.rng.random() < 0.5:
            text = (f"Trump said {name} should pay ${billions} billion a year to host US troops, "
                    f"far more than it pays now.")
            return text, {"country": code, "counterpart": "USA", "value": billions * 1e9,
                          "unit": "money", "currency": "USD", "status": "demanded"}
        share = self.rng.randint(40, 90)
        text = f"{name} covers roughly {share}% of the cost of stationing American troops on its soil."
        return text, {"country": code, "counterpart": "USA", "value": float(share),
                      "unit": "pct_share"}

    def troop_presence(self):
        country, code = self.pick(ALLIES[:5])
        troops = self.rng.choice([2500, 5000, 28500, 54000, 12000, 800])
        text = self.pick([
            f"Some {troops:,} American troops are stationed in {country}.",
            f"{country[0].upper() + country[1:]} is home to about {troops:,} U.S. troops.",
        ])
        return text, {"country": code, "counterpart": "USA", "value": float(troops),
                      "unit": "troops"}

    def tariff(self):
        target, code = self.pick(TARGETS)
        rate = self.rng.choice([10, 15, 20, 24, 25, 34, 50, 60, 100, 145])
        goods = "imports from China" if target == "China" else f"{target} goods"
        text = self.pick([
            f"Washington imposed a {rate}% tariff on {goods}.",
            f"Trump threatened a {rate}% levy on {goods} if talks fail.",
            f"The White House proposed {rate}% duties on {goods}.",
        ])
        return text, {"country": "USA", "counterpart": code, "value": float(rate),
                      "unit": "pct_rate"}

    def event(self):
        country, code = self.pick(ALLIES)
        year = self.rng.randint(2000, 2025)
        month = self.pick(MONTHS)
        day = self.rng.randint(1, 28)
        name = country[0].upper() + country[1:]
        if self.rng.random() < 0.5:
            text = f"Leaders of {country} and the United States met in Washington on {month} {day}, {year}."
            when = date(year, MONTHS.index(month) + 1, day).isoformat()
        else:
            text = f"In {year}, {name} signed a defence agreement with the United States."
            when = str(year)
        return text, {"date": when}

    def stance(self):
        country, code = self.pick(ALLIES)
        name = country[0].upper() + country[1:]
        label, text = self.pick([
            ("reluctant", f"{name} is reluctant to join a coalition against China."),
            ("leaning", f"{name} is increasingly willing to cooperate with Washington."),
            ("hedging", f"{name} has tried to balance its ties between Washington and Beijing."),
            ("aligned", f"{name} is seeking closer ties with the United States."),
        ])
        return text, {"country": code, "counterpart": "USA", "label": label}

    def membership(self):
        members = self.rng.sample(ALLIES, 3)
        names = [m[0] for m in members]
        framework = self.pick([("the Quad", "QUAD"), ("the CPTPP", "CPTPP"), ("RCEP", "RCEP")])
        first = names[0][0].upper() + names[0][1:]
        text = f"{first}, {names[1]} and {names[2]} are members of {framework[0]}."
        return text, [{"country": code, "framework": framework[1]} for _, code in members]


TYPES = ("defense_spending", "troop_cost", "troop_presence", "tariff", "event", "stance",
         "membership")


def article(index: int, rng: random.Random, sentences: tuple[int, int] = (8, 16)) -> Article:
    writer = _Writer(rng)
    published = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    doc = f"gen_{index:06d}.txt"
    lines = [f"Allies weigh their options as tensions rise (report {index})",
             f"{published:%A, %b %d, %Y}", ""]
    facts: list[dict] = []
    paragraph: list[str] = []
    for _ in range(rng.randint(*sentences)):
        if rng.random() < 0.55:
            fact_type = rng.choice(TYPES)
            sentence, found = getattr(writer, fact_type)()
            for fact in found if isinstance(found, list) else [found]:
                facts.append({"doc": doc, "type": fact_type, **fact})
        else:
            sentence = rng.choice(FILLER)
        paragraph.append(sentence)
    text = "\n".join(lines) + "\n" + " ".join(paragraph[:len(paragraph) // 2]) + "\n" + \
        " ".join(paragraph[len(paragraph) // 2:]) + "\n"
    return Article(doc, text, facts)


def generate(count: int, seed: int = 7, sentences: tuple[int, int] = (8, 16)):
    """`count` articles of `sentences` (min, max) sentences each."""
    rng = random.Random(seed)
    for index in range(count):
        yield article(index, rng, sentences)


def write(folder: Path, count: int, seed: int = 7,
          sentences: tuple[int, int] = (8, 16)) -> list[dict]:
    """Write `count` articles into `folder` and their known facts to
    `folder/gold.jsonl`; returns the facts."""
    folder.mkdir(parents=True, exist_ok=True)
    facts = []
    for item in generate(count, seed, sentences):
        (folder / item.doc).write_text(item.text, encoding="utf-8")
        facts.extend(item.facts)
    with (folder / "gold.jsonl").open("w", encoding="utf-8") as handle:
        for fact in facts:
            handle.write(json.dumps(fact) + "\n")
    return facts
