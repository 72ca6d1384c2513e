"""The checks themselves: a deliberately broken site must fail each of them, clearly."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.conftest import Site
from tests.browser.controles import axe_overtredingen, focus_problemen, privacy_problemen


def test_axe_names_page_rule_and_element_of_each_fault(browser: Browser, kapot_site: Site):
    page = browser.new_page()
    page.goto(kapot_site.url + "kapot/")
    problemen = axe_overtredingen(page, "/kapot/")
    page.close()
    alt = [p for p in problemen if " image-alt " in p]
    assert alt and alt[0].startswith("/kapot/ [standaard]: image-alt (")
    assert 'bij img: <img src="../pixel.png">' in alt[0]
    assert any(" color-contrast " in p and "bij p" in p for p in problemen)


def test_privacy_check_catches_the_external_font(browser: Browser, kapot_site: Site):
    context = browser.new_context()
    problemen = privacy_problemen(context, kapot_site.url, ["kapot/"])
    context.close()
    # The CSP stops the font before it is requested; the check reports the attempt.
    assert any(
        p.startswith("/kapot/: ") and "https://fonts.googleapis.com/" in p for p in problemen
    ), problemen


def test_focus_check_catches_a_missing_focus_indicator(browser: Browser, kapot_site: Site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(kapot_site.url + "kapot/")
    problemen, _ = focus_problemen(page, "/kapot/")
    page.close()
    assert any("a.md-nav__link" in p and "toont geen zichtbare focus" in p for p in problemen)
