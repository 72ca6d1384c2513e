"""All pages of the site from one catalogue, and the small navigation around them."""

from __future__ import annotations

import html
from typing import Any

from loket.model import Catalogus
from loket.model.schema import SCHEMAS, schema_tekst
from loket.pages.az import AZ_PAD, AZ_TITEL, az_pagina
from loket.pages.cijfers import cijfers_pagina
from loket.pages.contact import CONTACT_PAD, contact_pagina
from loket.pages.doorverwijzing import doorverwijzing_paden, doorverwijzingen
from loket.pages.engels import engelse_paden, engelse_paginas
from loket.pages.feed import FEED_PAD, atom_feed
from loket.pages.home import HOME_PAD, home_pagina
from loket.pages.huisstijl import huisstijl_bestanden
from loket.pages.kwaliteitshandvest import handvest_pagina, norm_pagina
from loket.pages.meten import METEN_PAD, gemeten, meten_pagina
from loket.pages.normen import CIJFERS_PAD, KWALITEITSHANDVEST_PAD, norm_pad
from loket.pages.open_data import OPEN_DATA_PAD, open_data, open_data_paden
from loket.pages.per_product import nieuwe_ronde, per_product
from loket.pages.product import product_pad, product_pagina
from loket.pages.sociale_kaart import SK_PAD, sk_pad, sk_paginas
from loket.pages.spec import Opslag, Opties, Uitvoer
from loket.pages.thema import THEMAS_PAD, thema_pad, thema_pagina, themas_pagina

GEMEENTE = "gemeente.yml"


def bouw_site(catalogus: Catalogus, opties: Opties, opslag: Opslag | None = None) -> list[Uitvoer]:
    """Every file Loket writes: the pages, the downloads beside them and the JSON Schemas;
    the downloads go to `opslag` as they are made, when there is one."""
    nieuwe_ronde(catalogus, opties)
    uitvoer = [home_pagina(catalogus, opties), themas_pagina(catalogus)]
    uitvoer += [thema_pagina(catalogus, t) for t in catalogus.gemeente.themas]
    uitvoer += [az_pagina(catalogus), contact_pagina(catalogus, opties)]
    uitvoer += [
        per_product(product_pagina, catalogus, b, opties) for b in catalogus.producten.values()
    ]
    uitvoer += doorverwijzingen(catalogus, opties)
    if catalogus.servicenormen:
        uitvoer += [
            handvest_pagina(catalogus, opties),
            cijfers_pagina(catalogus, opties.vandaag),
        ]
        uitvoer += [norm_pagina(catalogus, n, opties) for n in catalogus.servicenormen.values()]
        if gemeten(catalogus):
            uitvoer.append(meten_pagina(catalogus, opties.vandaag))
    if catalogus.sociale_kaart:
        uitvoer += sk_paginas(catalogus, opties)
    uitvoer += open_data(catalogus, opties, opslag)
    uitvoer += huisstijl_bestanden(catalogus)
    uitvoer += engelse_paginas(catalogus, opties)
    return [*uitvoer, *_voor_oogsters(catalogus, opties), *_schemas()]


def site_paden(catalogus: Catalogus) -> dict[str, str]:
    """Every path `bouw_site` writes → the content file it comes from, without rendering
    (`loket check` compares them with the gemeente's own files; a test keeps both equal)."""
    g = GEMEENTE
    paden = {HOME_PAD: g, THEMAS_PAD: g, AZ_PAD: "producten/", CONTACT_PAD: g}
    paden |= {thema_pad(t.id): g for t in catalogus.gemeente.themas}
    paden |= {product_pad(b.id): b.bestand for b in catalogus.producten.values()}
    paden |= doorverwijzing_paden(catalogus)
    if catalogus.servicenormen:
        paden |= {KWALITEITSHANDVEST_PAD: "servicenormen/", CIJFERS_PAD: "servicenormen/"}
        paden |= {norm_pad(n.id): n.bestand for n in catalogus.servicenormen.values()}
        if gemeten(catalogus):
            paden[METEN_PAD] = "servicenormen/"
    if catalogus.sociale_kaart:
        kaart = catalogus.gemeente.sociale_kaart
        paden[SK_PAD] = g
        paden |= {sk_pad(c.id): g for c in (kaart.categorieen if kaart else [])}
        paden |= {sk_pad(o): "sociale_kaart/organisaties.csv" for o in catalogus.organisaties}
    paden |= engelse_paden(catalogus)
    paden |= {u.pad: g for u in huisstijl_bestanden(catalogus)}
    return paden | open_data_paden(catalogus) | {FEED_PAD: "producten/", "robots.txt": g}


def _voor_oogsters(catalogus: Catalogus, opties: Opties) -> list[Uitvoer]:
    """The change feed and robots.txt (pointing at MkDocs' sitemap)."""
    sitemap = f"Sitemap: {opties.site_url.rstrip('/')}/sitemap.xml\n" if opties.site_url else ""
    # /beheer/ is the web editor (when switched on): never for search engines.
    regels = f"User-agent: *\nAllow: /\nDisallow: /beheer/\n{sitemap}"
    return [
        Uitvoer(FEED_PAD, inhoud=atom_feed(catalogus, opties)),
        Uitvoer("robots.txt", inhoud=regels),
    ]


def _schemas() -> list[Uitvoer]:
    """The JSON Schemas for editors under /schemas/, unless the gemeente keeps its own copy."""
    return [
        Uitvoer(f"schemas/{naam}.schema.json", inhoud=schema_tekst(naam), vervangbaar=True)
        for naam in SCHEMAS
    ]


def navigatie(catalogus: Catalogus, eigen_paginas: list[str]) -> list[Any]:
    """Home, themes, A–Z, contact, then the hand-written pages: never every product."""
    themas = [{"Alle onderwerpen": THEMAS_PAD}]
    # Material prints navigation titles as HTML.
    themas += [{html.escape(t.titel): thema_pad(t.id)} for t in catalogus.gemeente.themas]
    nav: list[Any] = [
        {"Home": HOME_PAD},
        {"Onderwerpen": themas},
        {AZ_TITEL: AZ_PAD},
        {"Contact": CONTACT_PAD},
    ]
    if catalogus.servicenormen:
        nav += [
            {"Kwaliteitshandvest": KWALITEITSHANDVEST_PAD},
            {"Dienstverlening in cijfers": CIJFERS_PAD},
        ]
    if catalogus.sociale_kaart:
        nav.append({"Sociale kaart": SK_PAD})
    nav.append({"Open data": OPEN_DATA_PAD})
    return nav + sorted(p for p in eigen_paginas if p != HOME_PAD)
