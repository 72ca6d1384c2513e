"""The search index costs nothing until someone searches; a first visit stays under 150 KB."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.conftest import Site
from tests.browser.meting import eerste_bezoek

GRENS = 150 * 1024


def test_first_visit_of_a_product_page_is_small_and_skips_the_index(
    browser: Browser, voorbeeld_site: Site
):
    bezoek = eerste_bezoek(browser, voorbeeld_site.url + "producten/paspoort/")
    print(
        f"\neerste bezoek productpagina: {bezoek.totaal / 1024:.1f} KB (gzip), "
        f"{len(bezoek.bestanden)} bestanden"
    )
    assert not bezoek.geladen("search_index.json")
    assert bezoek.totaal <= GRENS, sorted(bezoek.bestanden.items(), key=lambda x: -x[1])[:5]


def test_index_is_fetched_when_the_search_opens(browser: Browser, klein_site: Site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    verzoeken: list[str] = []
    page.on("request", lambda verzoek: verzoeken.append(verzoek.url))
    page.goto(klein_site.url + "contact/", wait_until="networkidle")
    assert not any("search_index.json" in v for v in verzoeken)
    page.locator(".md-search__input").click()
    page.locator(".md-search__input").press_sequentially("paspoort")
    page.wait_for_selector(".md-search-result__item")
    assert any("search_index.json" in v for v in verzoeken)
    page.close()


def test_search_from_the_address_loads_the_index_at_once(browser: Browser, klein_site: Site):
    """The home page form sends ?q=…; with JavaScript, Material opens the search with it."""
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(klein_site.url + "producten/?q=paspoort")
    page.wait_for_selector(".md-search-result__item")
    assert "paspoort" in page.locator(".md-search-result__item a").first.get_attribute("href")
    page.close()
