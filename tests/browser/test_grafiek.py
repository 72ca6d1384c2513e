"""Charts stay readable: at 320, 768 and 1280 px wide and in every colour scheme, each chart
takes the width of the text column without sticking out, every piece of its text is drawn at
least at the body text size, and its text and shapes stand out from the background (WCAG 2.1
AA: 4.5:1 for text, 3:1 for bars and lines). axe-core checks these pages in every colour
scheme too (test_axe.py)."""

from __future__ import annotations

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import Site
from tests.browser.controles import grafiek_problemen, kleurschemas, zet_kleurschema

BREEDTES = (320, 768, 1280)


def grafiek_paginas(site: Site) -> list[str]:
    """The pages with a chart, as URL paths (`404.html` is a page too)."""
    return [
        pad
        for pad in site.paginas()
        if 'class="loket-figuur"' in site.bestand(pad).read_text(encoding="utf-8")
    ]


@pytest.fixture(params=["voorbeeld_site", "klein_site"])
def grafiek_site(request: pytest.FixtureRequest) -> Site:
    return request.getfixturevalue(request.param)


def test_charts_are_readable_at_every_width_in_every_scheme(browser: Browser, grafiek_site: Site):
    paginas = grafiek_paginas(grafiek_site)
    assert "dienstverlening-in-cijfers/" in paginas
    assert any(p.startswith("kwaliteitshandvest/") for p in paginas)
    problemen, schemas, gemeten = [], set(), 0
    for breedte in BREEDTES:
        page = browser.new_page(viewport={"width": breedte, "height": 900})
        for pad in paginas:
            page.goto(grafiek_site.url + pad)
            for schema in kleurschemas(page):
                zet_kleurschema(page, schema)
                schemas.add(schema.get("scheme", "standaard"))
                naam = f"/{pad} ({breedte} px, {schema.get('scheme', 'standaard')})"
                gevonden, aantal = grafiek_problemen(page, naam)
                problemen += gevonden
                gemeten += aantal
        page.close()
    assert problemen == [], "\n".join(problemen[:20])
    # labels, axis and caption of every chart, at every width, in every scheme
    assert gemeten >= len(paginas) * len(BREEDTES) * len(schemas) * 5
    verwacht = {"default", "slate"} if grafiek_site.naam == "voorbeeld" else {"standaard"}
    assert schemas == verwacht
