"""The checks themselves: a deliberately broken site must fail each of them, clearly."""

from __future__ import annotations

import re

from playwright.sync_api import Browser

from tests.browser.conftest import Site
from tests.browser.controles import (
    OP_BREEDTE,
    TELEFOON,
    axe_overtredingen,
    focus_problemen,
    grafiek_problemen,
    privacy_problemen,
    te_breed,
)


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


def test_chart_check_catches_small_text_faint_bars_and_overflow(browser: Browser, kapot_site: Site):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(kapot_site.url + "kapot-grafiek/")
    problemen, gemeten = grafiek_problemen(page, "/kapot-grafiek/")
    page.close()
    # A viewBox 640 wide drawn 300 px wide: 16 px text comes out at 7.5 px.
    assert "/kapot-grafiek/: '0 %' is 7.5 px, de tekst 16.0 px" in problemen
    assert "/kapot-grafiek/: '2023' is 7.5 px, de tekst 16.0 px" in problemen
    # Scaled by a CSS transform to three quarters.
    assert "/kapot-grafiek/: '2024' is 12.0 px, de tekst 16.0 px" in problemen
    assert any(p.startswith("/kapot-grafiek/: rect heeft contrast 1.16") for p in problemen)
    assert any("grafiek 300 px, smaller dan de tekst" in p for p in problemen)
    assert (
        "/kapot-grafiek/: span.loket-grafiek__label.kapot-breed steekt buiten de tekstkolom uit"
        in problemen
    )
    assert any("de pagina is" in p for p in problemen)
    assert gemeten == 5  # two labels in the SVG, one in HTML, two captions


def test_320_px_checks_catch_an_unreachable_table_and_a_wide_page(
    browser: Browser, kapot_site: Site
):
    page = browser.new_page(viewport=TELEFOON)
    page.goto(kapot_site.url + "kapot/")
    tabel = axe_overtredingen(page, "/kapot/ (320 px)", OP_BREEDTE)
    smal = te_breed(page, "/kapot/ (320 px)")
    page.goto(kapot_site.url + "kapot-grafiek/")
    breed = te_breed(page, "/kapot-grafiek/ (320 px)")
    page.close()
    assert len(tabel) == 1, tabel
    assert tabel[0].startswith("/kapot/ (320 px) [standaard]: scrollable-region-focusable (")
    assert "md-typeset__scrollwrap" in tabel[0]
    assert smal == []  # the table scrolls in its box: the page itself is not wider
    # The label of 150vw, from where the chart starts, sticks out of the page.
    assert len(breed) == 1, breed
    gevonden = re.fullmatch(
        r"/kapot-grafiek/ \(320 px\): de pagina is (\d+) px breed, het venster 320 px", breed[0]
    )
    assert gevonden and int(gevonden.group(1)) > 320
