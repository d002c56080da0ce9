"""The real Streamlit app under AppTest: every page on the seed store and on
an empty store, and what matters on each."""
import csv
import io
import json
import re

import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from conftest import ROOT
from ui import errors

PAGES = ["pages/overview.py", "pages/map.py", "pages/timeline.py", "pages/countries.py",
         "pages/sources.py", "pages/facts.py"]


def opened(monkeypatch, db_url: str, page: str, **query) -> AppTest:
    """The dashboard opened on `page` (through app.py, as a link would) with
    the store at `db_url`; no exception may reach the page."""
    monkeypatch.setenv("TRACKER_DB", db_url)
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=60)
    app.query_params.update(query)
    app.run()
    if page != "pages/overview.py":
        app.switch_page(page)
        app.run()
    assert not app.exception, (page, [e.value for e in app.exception])
    return app


def open_page(monkeypatch, db_url: str, page: str, **query) -> AppTest:
    """As `opened`, on a working store: the page shows no failure message."""
    app = opened(monkeypatch, db_url, page, **query)
    assert not [e for e in app.error if e.value in (errors.PAGE_FAILED, errors.DATABASE_DOWN)]
    return app


def article_html(app: AppTest) -> str:
    """The Sources page's article, which goes to st.html (never Markdown)."""
    return next(e.proto.body for e in app.get("html") if "tracker-article" in e.proto.body)


def shown_text(markdown: str) -> str:
    """Markdown as it reads on screen: the escapes `ui.render.plain` adds removed."""
    return re.sub(r"\\(.)", r"\1", markdown).replace("\u2060", "")


def texts(app: AppTest) -> str:
    return "\n".join(m.value for m in app.markdown) + "\n" + "\n".join(
        c.value for c in app.caption)


@pytest.mark.parametrize("page", PAGES)
def test_every_page_renders_on_the_seed_store(monkeypatch, seed_db, page):
    app = open_page(monkeypatch, seed_db, page)
    assert not app.error


@pytest.mark.parametrize("page", PAGES)
def test_every_page_says_what_to_do_on_an_empty_store(monkeypatch, db_url, page):
    app = open_page(monkeypatch, db_url, page)
    assert any("store is empty" in info.value for info in app.info)


def test_korea_card_shows_its_reluctance_with_quincy_evidence(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/countries.py", country="KOR")
    assert app.header[0].value == "South Korea"
    markdown = [m.value for m in app.markdown]
    assert markdown[0] == ":violet-badge[reluctant (government)]"
    assert markdown[1].startswith("**Government reluctant toward Washington; public ")
    evidence = [link.proto for link in app.get("page_link")]
    quincy = [p for p in evidence if "doc=001_c13fbc61cf03b603.txt" in p.query_string]
    assert quincy and all(p.page == "sources" and "&fact=" in p.query_string for p in quincy)
    assert any("Quincy" in m or "South Korea" in m for m in markdown if m.startswith(">"))


def test_compare_mode_puts_countries_side_by_side(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/countries.py", compare="KOR,JPN,AUS")
    assert [h.value for h in app.header] == ["South Korea", "Japan", "Australia"]


def test_country_without_facts_of_a_kind_says_so(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/countries.py", country="ITA")
    assert any("No source states where Italy stands" in i.value for i in app.info)


def test_map_data_has_a_row_per_country_with_its_value(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/map.py")
    table = app.dataframe[0].value.set_index("Code")
    column = "Stance toward the US-led side"
    assert table.loc["KOR", column].startswith("reluctant (government, ")
    assert table.loc["MYS", column] == "hedging (government, 1 statement)"
    assert {"JPN", "CHN", "PHL", "VNM", "AUS"} <= set(table.index)
    assert (table.loc["KOR", "Sources"]) >= 1
    spending = open_page(monkeypatch, seed_db, "pages/map.py", measure="defense_pct_gdp")
    values = spending.dataframe[0].value.set_index("Code")
    assert values.loc["KOR", "Defence spending, % of GDP (latest actual)"] == \
        "over 2% of GDP (actual)"


def test_facts_downloads_equal_the_rows_shown(monkeypatch, seed_db):
    """The downloads are built when clicked: the test keeps each button's
    builder as the real media manager registers it, and runs it."""
    builders = {}
    original = MediaFileManager.add_deferred

    def observe(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        builders[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", observe)
    app = open_page(monkeypatch, seed_db, "pages/facts.py", type="tariff,membership",
                    country="USA")
    shown = app.dataframe[0].value
    assert set(shown["type"]) == {"tariff", "membership"} and set(shown["country"]) == {"USA"}
    rows = list(csv.DictReader(io.StringIO(_text(builders["facts.csv"]()))))
    records = [json.loads(line) for line in _text(builders["facts.jsonl"]()).splitlines()]
    expected = list(zip(shown["doc"], shown["type"], shown["quote"]))
    assert [(r["doc"], r["type"], r["quote"]) for r in rows] == expected
    assert [(r["doc"], r["type"], r["quote"]) for r in records] == expected


def _text(data) -> str:
    return data.decode() if isinstance(data, bytes) else data


def test_facts_search_and_filters_live_in_the_url(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/facts.py", q="host US troops")
    shown = app.dataframe[0].value
    assert len(shown) >= 1 and all("host US troops" in q for q in shown["quote"])
    app.text_input(key="f_search").set_value("nothing like this anywhere").run()
    assert app.query_params["q"] == ["nothing like this anywhere"] or \
        app.query_params["q"] == "nothing like this anywhere"
    assert any("No facts match" in i.value for i in app.info)


def test_sources_page_marks_the_linked_sentence(monkeypatch, seed_db, seed_store):
    from core import queries
    fact = queries.facts(seed_store, types=["troop_cost"], docs=["004_d37d1fc85dd3b14e.txt"]).iloc[0]
    app = open_page(monkeypatch, seed_db, "pages/sources.py",
                    doc="004_d37d1fc85dd3b14e.txt", fact=str(fact["id"]))
    article = article_html(app)
    assert f'id="fact-{fact["id"]}"' in article
    assert "Linked fact" in [s.value for s in app.subheader]


def test_timeline_filters_by_country(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/timeline.py", countries="JPN")
    assert app.multiselect(key="tl_countries").value == ["JPN"]
    listed = [m.value for m in app.markdown if m.value.startswith("**20")]
    assert listed and all("Japan" in line or "2022" in line for line in listed)


def test_timeline_filter_matching_nothing_says_so(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/timeline.py", countries="ITA", types="event")
    assert any("No dated facts match these filters" in i.value for i in app.info)


def test_timeline_country_filter_includes_events_it_is_a_party_to(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/timeline.py", countries="KOR", types="event")
    listed = [m.value for m in app.markdown if m.value.startswith("**20")]
    assert listed == ["**2006** · Events · Seoul accepted that US forces can play…"]


def test_sources_page_finds_sentences_in_all_articles(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/sources.py", find="Camp Humphreys")
    links = [link.proto for link in app.get("page_link") if "&at=" in link.proto.query_string]
    assert [p.query_string.split("&")[0] for p in links] == ["doc=004_d37d1fc85dd3b14e.txt"]
    at = dict(part.split("=") for part in links[0].query_string.split("&"))["at"]
    followed = open_page(monkeypatch, seed_db, "pages/sources.py",
                         doc="004_d37d1fc85dd3b14e.txt", at=at)
    article = article_html(followed)
    start = int(at.split("-")[0])
    assert f'id="at-{start}"' in article and "Camp Humphreys" in article


def test_overview_lists_facts_from_the_newest_source_first(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/overview.py")
    newest = [m.value for m in app.markdown if m.value.startswith("**")]
    links = [link.proto for link in app.get("page_link")
             if "fact=" in link.proto.query_string]
    assert links[0].query_string.startswith("doc=002_b8f63213fc428075.txt"), \
        "the only dated source (2025-07-01) comes first"
    assert not any("NATO" in line for line in newest), "boilerplate headlines are not news"


def test_map_states_its_rule_and_each_figure_in_words(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/map.py", measure="defense_target")
    table = app.dataframe[0].value.set_index("Code")
    assert table.loc["JPN", "Defence spending target, % of GDP"] == \
        "about 2% of GDP target by 2027"
    rule = next(c.value for c in app.caption if "How each country's figure is chosen" in c.value)
    assert "Targets only" in rule and "boilerplate" in rule
    tariffs = open_page(monkeypatch, seed_db, "pages/map.py", measure="tariff_threatened")
    assert tariffs.dataframe[0].value.set_index("Code").iloc[:, 1]["CHN"] == \
        "150–200% tariff (conditional: if China were to invade Taiwan)"


def test_map_says_where_only_boilerplate_states_a_stance(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/map.py")
    table = app.dataframe[0].value.set_index("Code")
    assert table.loc["TWN", "Stance toward the US-led side"] == \
        "stated only in boilerplate (not counted)"
    assert any("only boilerplate states it: Taiwan" in c.value for c in app.caption)


def test_picking_a_country_on_the_map_page_opens_its_card(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/map.py")
    app.selectbox(key="map_country").set_value("CHN").run()
    assert [h.value for h in app.header] == ["China"]


def test_a_country_without_facts_gets_its_own_honest_card(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/countries.py", country="CHN")
    assert [h.value for h in app.header] == ["China"], "no fallback to another country"
    assert any("no facts about China itself" in i.value for i in app.info)
    assert "Facts naming China as the other party" in [s.value for s in app.subheader]
    assert any("150–200% tariff (conditional: if China were to invade Taiwan)" in
               shown_text(m.value) for m in app.markdown)


def test_a_stance_read_only_from_boilerplate_sets_no_badge(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/countries.py", country="TWN")
    assert not any("-badge[" in m.value for m in app.markdown)
    assert any("Only boilerplate" in i.value and "not counted" in i.value for i in app.info)


def test_badge_and_summary_agree_on_the_japan_card(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/countries.py", country="JPN")
    markdown = [m.value for m in app.markdown]
    assert markdown[0] == ":green-badge[leaning (government)]"
    assert markdown[1].startswith("**Government leaning toward Washington; public reluctant")


def test_card_offers_a_figures_export_not_a_missing_chart(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/countries.py", country="KOR")
    assert "Seoul accepted that US forces can play… (2006)" in \
        [shown_text(m.value) for m in app.markdown], \
        "an event South Korea is a party to is on its card, described by what happened"
    labels = [e.label for e in app.expander]
    assert "Export this chart (PNG, SVG, CSV with sources)" not in labels
    assert "Export these figures as a table (PNG, SVG, CSV with sources)" in labels


def test_countries_outside_the_indo_pacific_are_listed_apart(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/countries.py")
    select = app.selectbox(key="country_select")
    options = select.options
    assert "France (outside the Indo-Pacific)" in options and "NATO (outside the Indo-Pacific)" \
        in options
    assert options.index("Vietnam") < options.index("France (outside the Indo-Pacific)")
    assert any("outside the region: France, Germany, Italy, NATO" in c.value for c in app.caption)


def test_disagreeing_sources_read_in_plain_numbers_with_titles(monkeypatch, tmp_path):
    from core.store import Store
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "a.txt").write_text(
        "Seoul budget review\nSouth Korea currently spends 2.3% of its GDP on defense.\n")
    (tmp_path / "docs" / "b.txt").write_text(
        "Alliance costs explained\nSouth Korea currently spends 2.8% of its GDP on defense.\n")
    url = f"sqlite:///{tmp_path / 'tracker.db'}"
    store = Store(url)
    from core.ingest import ingest
    ingest(store, [tmp_path / "docs"], max_bytes=10_000, progress=False)
    store.close()
    app = open_page(monkeypatch, url, "pages/countries.py", country="KOR")
    warning = shown_text(app.warning[0].value)
    assert "2.3% of GDP in one source, 2.8% of GDP in another" in warning
    assert "e+" not in warning and "a.txt" not in warning
    labels = [shown_text(link.proto.label) for link in app.get("page_link")]
    assert "2.3% of GDP: “Seoul budget review”, outlet not stated, date not stated" in labels


@pytest.mark.parametrize("page", PAGES)
def test_no_label_reads_nan_or_none(monkeypatch, seed_db, page):
    import re
    app = open_page(monkeypatch, seed_db, page, country="KOR")
    shown = [link.proto.label for link in app.get("page_link")] + \
        [m.value for m in app.markdown] + [c.value for c in app.caption]
    assert not [s for s in shown if re.search(r"\b(nan|None)\b", s)]


def test_timeline_says_one_dated_fact_and_keeps_years(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/timeline.py", countries="KOR", types="event")
    assert any(m.value.startswith("**1 dated fact, ") for m in app.markdown)
    spec = json.loads(app.get("plotly_chart")[0].proto.spec)
    first, last = spec["layout"]["xaxis"]["range"]
    assert first < last, "one point still gets an axis of months and years"


def test_facts_table_shows_source_columns_and_countries_by_name(monkeypatch, seed_db):
    app = open_page(monkeypatch, seed_db, "pages/facts.py", type="tariff")
    shown = app.dataframe[0]
    assert {"boilerplate", "confidence", "title", "outlet", "published", "sentence"} <= \
        set(shown.value.columns)
    assert shown.value["sentence"].iloc[0].startswith("/sources?doc=004_d37d1fc85dd3b14e.txt&fact=")
    assert set(shown.value["country_name"]) == {"United States"}
    countries = app.multiselect(key="f_country").options
    assert countries == sorted(countries), "countries listed by name"
    assert "Australia" == countries[0]
