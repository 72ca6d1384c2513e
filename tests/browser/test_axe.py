"""axe-core on every page of every site, in every colour scheme: no WCAG 2.1 AA violation,
on a desktop screen and on a phone 320 px wide."""

from __future__ import annotations

from collections import defaultdict
from pathlib import PurePosixPath

from playwright.sync_api import Browser

from tests.browser.conftest import Site
from tests.browser.controles import OP_BREEDTE, TELEFOON, axe_overtredingen, te_breed


def test_no_axe_violations_on_any_page(browser: Browser, site: Site):
    page = browser.new_page()
    problemen = []
    for pad in site.paginas():
        page.goto(site.url + pad)
        problemen += axe_overtredingen(page, "/" + pad)
    page.close()
    assert problemen == [], "\n".join(problemen)


def steekproef(site: Site) -> list[str]:
    """One or two pages of each type: every page outside a collection, and of each collection
    (a folder of products, themes, organisations, norms, English products) its longest and its
    shortest page, where the layout breaks first."""
    soorten: dict[str, list[str]] = defaultdict(list)
    for pad in site.paginas():
        map_ = PurePosixPath(pad).parent
        soorten[str(map_) if len(map_.parts) >= 1 else pad].append(pad)
    gekozen = set()
    for paden in soorten.values():
        grootte = sorted(paden, key=lambda p: (site.bestand(p).stat().st_size, p))
        gekozen |= {grootte[0], grootte[-1]}
    return sorted(gekozen)


def test_no_axe_violations_and_no_sideways_scrolling_at_320_px(browser: Browser, site: Site):
    """Every page at 320 px: the page is no wider than the screen and every box that scrolls
    sideways takes the keyboard focus; the full axe run, in every colour scheme, on one or two
    pages of each type (a full run on every page would double the time of this file)."""
    page = browser.new_page(viewport=TELEFOON)
    volledig = steekproef(site)
    problemen = []
    for pad in site.paginas():
        page.goto(site.url + pad)
        naam = f"/{pad} (320 px)"
        problemen += te_breed(page, naam)
        regels = None if pad in volledig else OP_BREEDTE
        problemen += axe_overtredingen(page, naam, regels)
    page.close()
    assert problemen == [], "\n".join(problemen)
    assert {"", "404.html"} <= set(volledig)
