"""A digest of new facts as Markdown (for e-mail or chat), Atom (for a feed
reader) or CSV (for a spreadsheet). Text from articles is quoted, never
interpreted: Markdown specials are escaped, Atom is built by an XML library,
CSV goes through the same writer as every other export."""
from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from datetime import datetime

import pandas as pd

from core.describe import fact_text
from core.normalize.countries import name

FORMATS = ("md", "atom", "csv")
CSV_COLUMNS = ("first_seen", "country", "type", "fact", "quote", "doc", "title", "outlet",
               "published", "old_article", "matched")
# Characters that start Markdown markup inline (links, images, emphasis, code,
# HTML, tables); a quote is always mid-line, so list and heading markers at a
# line start cannot occur.
_MARKDOWN_SPECIALS = re.compile(r"([\\`*_\[\]()#!|<>~])")


def render(frame: pd.DataFrame, fmt: str, title: str, start: datetime) -> str:
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r}; expected one of {', '.join(FORMATS)}")
    rows = [_row(record) for record in frame.to_dict("records")]
    return {"md": _markdown, "atom": _atom, "csv": _csv}[fmt](rows, title, start)


def _row(record: dict) -> dict:
    """One fact as the digest shows it."""
    seen = record["first_seen"]
    return {
        "first_seen": seen.isoformat(sep=" ", timespec="minutes") if seen is not None else "",
        "country": record["country"] or "", "type": record["type"],
        "fact": fact_text(record), "quote": " ".join(str(record["quote"]).split()),
        "doc": record["doc"], "title": record.get("title") or "",
        "outlet": record.get("outlet") or "", "published": record.get("published") or "",
        "old_article": bool(record.get("old_article")), "matched": record.get("matched") or "",
    }


def _country(code: str) -> str:
    return f"{name(code)} ({code})" if code else "No single country"


def _source(row: dict) -> str:
    parts = [row["outlet"] or "outlet not stated", row["title"] or row["doc"],
             row["published"] or "date not stated"]
    return ", ".join(parts)


def _md(text: str) -> str:
    return _MARKDOWN_SPECIALS.sub(r"\\\1", text)


def _markdown(rows: list[dict], title: str, start: datetime) -> str:
    lines = [f"# {_md(title)}", "",
             f"{len(rows)} new fact{'s' if len(rows) != 1 else ''} first seen since "
             f"{start.isoformat(sep=' ', timespec='minutes')} UTC.", ""]
    current = None
    for row in rows:
        if (row["country"], row["type"]) != current:
            if row["country"] != (current or ("",))[0] or current is None:
                lines += [f"## {_md(_country(row['country']))}", ""]
            lines += [f"### {_md(row['type'].replace('_', ' '))}", ""]
            current = (row["country"], row["type"])
        note = " (older article, first ingested now)" if row["old_article"] else ""
        lines.append(f"- **{_md(row['fact'])}**: “{_md(row['quote'])}” "
                     f"({_md(_source(row))}; first seen {row['first_seen']}{note})")
        if row["matched"]:
            lines.append(f"  - matched: {_md(row['matched'])}")
    return "\n".join(lines) + "\n"


def _atom(rows: list[dict], title: str, start: datetime) -> str:
    ns = "http://www.w3.org/2005/Atom"
    ET.register_namespace("", ns)
    feed = ET.Element(f"{{{ns}}}feed")
    ET.SubElement(feed, f"{{{ns}}}title").text = title
    ET.SubElement(feed, f"{{{ns}}}id").text = f"urn:alliance-tracker:digest:{start.isoformat()}"
    updated = max((row["first_seen"] for row in rows), default=start.isoformat(sep=" "))
    ET.SubElement(feed, f"{{{ns}}}updated").text = _atom_time(updated)
    for index, row in enumerate(rows):
        entry = ET.SubElement(feed, f"{{{ns}}}entry")
        ET.SubElement(entry, f"{{{ns}}}title").text = f"{_country(row['country'])}: {row['fact']}"
        ET.SubElement(entry, f"{{{ns}}}id").text = \
            f"urn:alliance-tracker:fact:{row['doc']}:{index}:{row['first_seen']}"
        ET.SubElement(entry, f"{{{ns}}}updated").text = _atom_time(row["first_seen"])
        summary = f"“{row['quote']}” — {_source(row)}"
        if row["matched"]:
            summary += f" (matched: {row['matched']})"
        ET.SubElement(entry, f"{{{ns}}}summary").text = summary
    return ET.tostring(feed, encoding="unicode", xml_declaration=True) + "\n"


def _atom_time(value: str) -> str:
    return value.replace(" ", "T") + (":00Z" if len(value) == 16 else "Z")


def _csv(rows: list[dict], title: str, start: datetime) -> str:
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CSV_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()
