"""Search in the real browser: type into Material's search box, read the results. Dutch pages
search the Dutch pages; English pages their own English index."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

import yaml
from playwright.sync_api import Browser, Page

from tests.browser.conftest import Site

VRAGEN = yaml.safe_load((Path(__file__).parent / "zoekvragen.yml").read_text(encoding="utf-8"))
MINIMUM = 0.9


def eerste_resultaat(page: Page, zoek: str) -> str:
    veld = page.locator(".md-search__input")
    veld.fill("")
    veld.press_sequentially(zoek)  # Material reacts to key events, not to a programmatic fill

    page.wait_for_function(
        """zoek => {
            const meta = document.querySelector('.md-search-result__meta');
            return document.querySelector('.md-search__input').value === zoek && meta &&
              !meta.textContent.includes('Zoekfunctie') &&
              !/Initializing|Initialising/.test(meta.textContent) &&
              (document.querySelector('.md-search-result__item') ||
               /Geen|geen|No matching/.test(meta.textContent));
        }""",
        arg=zoek,
    )
    page.wait_for_timeout(150)  # results render in one go after the query settles
    eerste = page.locator(".md-search-result__item a").first
    if eerste.count() == 0:
        return "(niets)"
    return urlsplit(eerste.get_attribute("href") or "").path.lstrip("/")


def alle_resultaten(page: Page) -> list[str]:
    return [
        urlsplit(a.get_attribute("href") or "").path.lstrip("/")
        for a in page.locator(".md-search-result__item a").all()
    ]


def test_search_finds_the_right_first_result(browser: Browser, voorbeeld_site: Site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(voorbeeld_site.url)
    page.locator(".md-search__input").click()
    missers = []
    for vraag in VRAGEN:
        gevonden = eerste_resultaat(page, vraag["zoek"])
        if not gevonden.startswith(vraag["eerst"]):
            missers.append(f"'{vraag['zoek']}': verwacht {vraag['eerst']}, kreeg {gevonden}")
    page.close()
    score = 1 - len(missers) / len(VRAGEN)
    print(f"\nzoektest: {len(VRAGEN) - len(missers)} van {len(VRAGEN)} goed ({score:.0%})")
    print("\n".join(missers))
    assert len(VRAGEN) >= 40
    assert score >= MINIMUM, "\n".join(missers)


ENGELSE_VRAGEN = {
    "passport": "en/products/paspoort/",
    "passports": "en/products/paspoort/",
    "renewing driving licence": "en/products/rijbewijs/",
    "moving house": "en/products/verhuizing-doorgeven/",
    "terrace": "en/products/terrasvergunning/",
    "disabled parking": "en/products/gehandicaptenparkeerkaart/",
}
"""English searches with the English page that must come first (stemming: passports,
renewing)."""


def test_the_english_search_finds_english_pages_only(browser: Browser, voorbeeld_site: Site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(voorbeeld_site.url + "en/")
    page.locator(".md-search__input").click()
    for zoek, eerst in ENGELSE_VRAGEN.items():
        assert eerste_resultaat(page, zoek) == eerst, zoek
        assert all(r.startswith("en/") for r in alle_resultaten(page)), zoek
    eerste_resultaat(page, "paspoort")  # a Dutch word: no Dutch page in the English index
    assert not any(r.startswith("producten/") for r in alle_resultaten(page))
    page.close()


def test_the_dutch_search_finds_no_english_pages(browser: Browser, voorbeeld_site: Site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(voorbeeld_site.url + "producten/paspoort/")
    page.locator(".md-search__input").click()
    for zoek in ("passport", "paspoort", "apply"):
        eerste_resultaat(page, zoek)
        assert not any(r.startswith("en/") for r in alle_resultaten(page)), zoek
    page.close()
