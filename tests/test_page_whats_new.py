"""What changed, on screen: the What's new page (new facts grouped by country
and type with their quotes, a watchlist's link, a changed stance shown with
both quotes) a country card's stance over time with its change flag, and the map's list
of recent changes."""
import pytest

from core import changes
from core.ingest import ingest

from test_pages import open_page, texts

EARLIER = ("Published: 2023-05-04\n\nHanoi talks\n\n"
           "Vietnam is more willing to cooperate with the United States.\n")
LATER = ("Published: {today}\n\nA new course\n\n"
         "Vietnam has drifted closer to Beijing.\n\n"
         "Washington threatened a 46% tariff on Vietnamese goods.\n")


@pytest.fixture
def store_url(tmp_path):
    url = f"sqlite:///{tmp_path / 'store.db'}"
    from core.store import Store
    store = Store(url)
    (tmp_path / "earlier.txt").write_text(EARLIER)
    (tmp_path / "later.txt").write_text(LATER.format(today=changes.utcnow().date()))
    ingest(store, [tmp_path / "earlier.txt", tmp_path / "later.txt"], max_bytes=10**6,
           progress=False)
    return url


def test_new_facts_are_grouped_with_their_quotes_and_changed_stances_shown(monkeypatch,
                                                                          store_url):
    app = open_page(monkeypatch, store_url, "pages/whats_new.py")
    shown = texts(app)
    assert "Vietnam · Stances" in shown.replace("\\", "")
    assert "drifted closer to Beijing" in shown.replace("\\", "")
    assert any("new facts" in s.value for s in app.subheader)
    changed = shown.replace("\\", "")
    assert "toward the US-led side → away from the US-led side" in changed
    assert "more willing to cooperate" in changed


def test_a_watchlist_link_opens_its_digest_with_the_rule_each_fact_matched(monkeypatch,
                                                                           store_url):
    # Saving from the page is a click, tested in the browser
    # (test_browser_whats_new.py); here the saved watchlist's link.
    from core.store import Store
    changes.save_watchlist(Store(store_url), "Tariff watch", changes.Filters(types=("tariff",)))
    shared = open_page(monkeypatch, store_url, "pages/whats_new.py", watch="Tariff watch")
    assert shared.selectbox(key="wn_watch").value == "Tariff watch"
    listed = texts(shared).replace("\\", "")
    assert "46% tariff" in listed and "matched type tariff" in listed
    assert "Tariff watch: 1 new since last viewed" in listed.replace("**", "")


def test_the_country_card_flags_the_change_with_both_quotes_and_lists_the_history(monkeypatch,
                                                                                  store_url):
    app = open_page(monkeypatch, store_url, "pages/countries.py", country="VNM")
    assert any("Changed: toward the US-led side before, away from the US-led side" in w.value
               for w in app.warning)
    shown = texts(app).replace("\\", "")
    assert "**2023-05-04** · government · toward the US-led side" in shown
    assert "Before (2023-05-04): “Vietnam is more willing" in shown
    assert "drifted closer to Beijing" in shown


def test_the_map_names_the_countries_whose_stance_changed_recently(monkeypatch, store_url):
    app = open_page(monkeypatch, store_url, "pages/map.py", changed="24")
    assert app.select_slider(key="map_changed").value == "24"
    changed = [m.value for m in app.markdown if m.value.startswith("**Changed side:**")]
    assert changed and "Vietnam" in changed[0]
