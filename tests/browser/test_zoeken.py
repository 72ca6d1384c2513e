"""Dutch search in the real browser: type into Material's search box, read the first result."""

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
              (document.querySelector('.md-search-result__item') ||
               /Geen|geen/.test(meta.textContent));
        }""",
        arg=zoek,
    )
    page.wait_for_timeout(150)  # results render in one go after the query settles
    eerste = page.locator(".md-search-result__item a").first
    if eerste.count() == 0:
        return "(niets)"
    return urlsplit(eerste.get_attribute("href") or "").path.lstrip("/")


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
