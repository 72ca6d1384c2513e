"""Keyboard only: skip link first, a visible focus on every stop, search usable without a mouse."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.conftest import Site
from tests.browser.controles import ACTIEF, focus_problemen

# One page of each type in the fixture gemeente.
PAGINAS = [
    "",
    "producten/paspoort/",
    "themas/afval/",
    "contact/",
    "producten/",
    "over/",
    "kwaliteitshandvest/telefoon-opnemen/",
    "sociale-kaart/geld/",
]


def test_skip_link_is_first_and_moves_focus_to_the_content(browser: Browser, klein_site: Site):
    page = browser.new_page()
    for pad in PAGINAS:
        page.goto(klein_site.url + pad)
        page.keyboard.press("Tab")
        assert page.evaluate("() => document.activeElement.classList.contains('md-skip')"), pad
        assert page.evaluate("() => document.activeElement.getBoundingClientRect().width > 0")
        doel = page.evaluate("() => document.activeElement.getAttribute('href')")
        page.keyboard.press("Enter")
        page.keyboard.press("Tab")
        # The next stop lies after the skip target (the h1): header and menus are skipped.
        na_doel = page.evaluate(
            """id => { const h1 = document.getElementById(id.slice(1));
               return h1.tagName === 'H1' && !!(h1.compareDocumentPosition(document.activeElement)
                 & Node.DOCUMENT_POSITION_FOLLOWING); }""",
            doel,
        )
        assert na_doel, (pad, doel, page.evaluate(ACTIEF))
    page.close()


def test_every_focusable_element_shows_visible_focus(browser: Browser, klein_site: Site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    problemen = []
    for pad in PAGINAS:
        page.goto(klein_site.url + pad)
        gevonden, stops = focus_problemen(page, "/" + pad)
        assert stops > 3, pad
        problemen += gevonden
    page.close()
    assert problemen == [], "\n".join(problemen)


def test_search_opens_and_works_with_the_keyboard_alone(browser: Browser, klein_site: Site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(klein_site.url)
    for _ in range(15):
        page.keyboard.press("Tab")
        if page.evaluate("() => document.activeElement.matches('.md-search__input')"):
            break
    else:
        raise AssertionError("het zoekveld is met Tab niet te bereiken")
    page.keyboard.type("paspoort")
    page.wait_for_selector(".md-search-result__item")
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.startswith(klein_site.url + "producten/paspoort/")
    page.close()
