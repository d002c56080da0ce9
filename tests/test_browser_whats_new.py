"""The What's new page in the real browser: new facts with their quotes, a
watchlist saved from the filters and opened again from its link, with no
request leaving the machine."""
from __future__ import annotations

from test_browser import (_wait_for_app, browser_type_launch_args, offline_page,  # noqa: F401
                          pytestmark, streamlit_server)
from test_page_whats_new import store_url  # noqa: F401  (two articles, a stance change)


def test_a_watchlist_is_saved_and_opened_again_from_its_link(offline_page, store_url):
    with streamlit_server(store_url) as url:
        offline_page.goto(f"{url}/whats_new?type=tariff")
        _wait_for_app(offline_page)
        main = offline_page.locator('[data-testid="stMain"]')
        main.get_by_text("Washington threatened a 46% tariff on Vietnamese goods.").wait_for()
        assert main.get_by_text("Vietnam · Stances").count() == 0, "filtered to tariffs"
        offline_page.get_by_label("Save these filters as a watchlist named").fill("Tariff watch")
        offline_page.get_by_label("Save these filters as a watchlist named").press("Enter")
        offline_page.get_by_role("button", name="Save watchlist").click()
        sidebar = offline_page.locator('[data-testid="stSidebar"]')
        sidebar.get_by_text("1 new since last viewed").wait_for(timeout=30_000)

        offline_page.goto(f"{url}/whats_new?watch=Tariff%20watch")
        _wait_for_app(offline_page)
        main.get_by_text("matched type tariff", exact=False).first.wait_for(timeout=30_000)
        assert main.get_by_text("away from the US-led side", exact=False).count() >= 1
        assert offline_page.outside_requests == []
