"""The Content-Security-Policy in the real browser: nothing on any page breaks it, in every
colour scheme, with and without the search; and it stops an inline script that slipped in."""

from __future__ import annotations

from playwright.sync_api import Browser, Page

from tests.browser.conftest import Site
from tests.browser.controles import LUISTER_CSP, csp_overtredingen, kleurschemas


def _wissel_kleurschema(page: Page) -> None:
    """Click Material's colour-scheme toggle (its script stores and applies the choice)."""
    knop = page.locator("label.md-header__button[for^='__palette']:visible")
    if knop.count():
        knop.first.click()
        page.wait_for_function("() => document.body.dataset.mdColorScheme !== undefined")


def _zoek(page: Page, site: Site) -> None:
    """A search in the page's language: English pages search the English index."""
    engels = page.evaluate("() => document.documentElement.lang") == "en"
    woord = "passport" if engels else site.zoek
    page.locator(".md-search__input").click()
    page.keyboard.type(woord)
    page.locator(".md-search-result__item").first.wait_for(timeout=10_000)


def test_no_page_breaks_the_csp(browser: Browser, site: Site):
    context = browser.new_context()
    context.add_init_script(LUISTER_CSP)
    page = context.new_page()
    problemen: list[str] = []
    paginas = site.paginas()
    for i, pad in enumerate(paginas):
        page.goto(site.url + pad, wait_until="networkidle")
        for _ in kleurschemas(page)[1:]:
            _wissel_kleurschema(page)
        if i % 5 == 0:  # the search (its worker and index) on every fifth page of each site
            _zoek(page, site)
        problemen += csp_overtredingen(page, f"/{pad}")
    context.close()
    assert len(paginas) >= 10
    assert problemen == [], "\n".join(problemen)


def test_every_page_carries_the_policy(site: Site):
    for pad in site.paginas():
        bestand = site.map / (pad if pad.endswith(".html") else pad + "index.html")
        html = bestand.read_text(encoding="utf-8")
        assert 'http-equiv="Content-Security-Policy"' in html, pad
        assert "script-src &#39;self&#39;;" in html, pad
        assert "<script>" not in html, pad  # no inline script that would need a hash


def test_an_inline_script_in_content_is_blocked(browser: Browser, kapot_site: Site):
    """`kapot.md` carries an inline script (raw HTML in a hand-written page): it must not run."""
    context = browser.new_context()
    context.add_init_script(LUISTER_CSP)
    page = context.new_page()
    page.goto(kapot_site.url + "kapot/", wait_until="networkidle")
    gelopen = page.evaluate("() => window.loketGehackt === true")
    overtredingen = csp_overtredingen(page, "/kapot/")
    context.close()
    assert not gelopen
    assert any("script-src-elem blokkeerde inline" in o for o in overtredingen), overtredingen
