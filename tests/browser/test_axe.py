"""axe-core on every page of every site, in every colour scheme: no WCAG 2.1 AA violation."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.conftest import Site
from tests.browser.controles import axe_overtredingen


def test_no_axe_violations_on_any_page(browser: Browser, site: Site):
    page = browser.new_page()
    problemen = []
    for pad in site.paginas():
        page.goto(site.url + pad)
        problemen += axe_overtredingen(page, "/" + pad)
    page.close()
    assert problemen == [], "\n".join(problemen)
