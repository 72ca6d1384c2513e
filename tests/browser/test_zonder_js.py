"""Without JavaScript the site still works: full content, and every product reachable by links."""

from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

from playwright.sync_api import Browser

from tests.browser.conftest import Site

# Per page type: a path in the fixture gemeente and text that must be visible without JS.
VERWACHT = {
    "": ["Wat wilt u regelen?", "Direct regelen", "Onderwerpen", "Contact"],
    "producten/paspoort/": [
        "Hoe regelt u het?",
        "Wat kost het?",
        "€ 84,60",
        "Voorwaarden",
        "Wat heeft u nodig?",
        "Veelgestelde vragen",
    ],
    "themas/afval/": ["Grofvuil laten ophalen", "Terrasvergunning"],
    "contact/": ["Openingstijden balie", "09.00 – 12.00 uur en 13.00 – 20.00 uur", "Gesloten op"],
    "producten/": ["Producten van A tot Z", "Ook bekend als: reisdocument, paspoorten."],
}


def test_key_pages_show_full_content_without_javascript(browser: Browser, klein_site: Site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    for pad, teksten in VERWACHT.items():
        page.goto(klein_site.url + pad)
        zichtbaar = page.locator("main").inner_text()
        for tekst in teksten:
            assert tekst in zichtbaar, (pad, tekst)
    context.close()


def test_every_product_reachable_from_home_without_javascript(browser: Browser, site: Site):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    gezien: set[str] = set()
    te_doen = [""]
    while te_doen:
        pad = te_doen.pop()
        if pad in gezien:
            continue
        gezien.add(pad)
        page.goto(site.url + pad)
        for href in page.eval_on_selector_all("a[href]", "as => as.map(a => a.href)"):
            if href.startswith(site.url) and not href.endswith((".xml", ".json", ".gz")):
                doel = urlsplit(href).path.lstrip("/")
                if not posixpath.splitext(doel)[1] or doel.endswith(".html"):
                    te_doen.append(doel)
    context.close()
    producten = {p for p in site.paginas() if p.startswith("producten/") and p != "producten/"}
    assert producten, site.naam
    assert producten - gezien == set()
