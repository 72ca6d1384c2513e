"""Theme pages: one theme with its products as cards, and the list of all themes."""

from __future__ import annotations

from loket.model import Catalogus, Thema
from loket.pages.kaarten import kaarten
from loket.pages.opmaak import md_tekst
from loket.pages.product import product_pad
from loket.pages.spec import Uitvoer, link

THEMAS_PAD = "themas/index.md"


def thema_pad(thema_id: str) -> str:
    return f"themas/{thema_id}.md"


def thema_pagina(catalogus: Catalogus, thema: Thema) -> Uitvoer:
    pad = thema_pad(thema.id)
    producten = catalogus.van_thema(thema)
    items = [
        (b.product.naam, link(pad, product_pad(b.id)), b.product.samenvatting) for b in producten
    ]
    inhoud = kaarten(items) if items else "Over dit onderwerp staan nog geen producten op de site."
    meta = {
        "title": thema.titel,
        "description": thema.omschrijving,
        "search": {"boost": 0.5},
        "loket": {"soort": "thema", "id": thema.id},
    }
    tekst = f"# {md_tekst(thema.titel)}\n\n{md_tekst(thema.omschrijving)}\n\n{inhoud}"
    return Uitvoer(pad, meta, tekst, in_nav=True)


def themas_pagina(catalogus: Catalogus) -> Uitvoer:
    items = [
        (t.titel, link(THEMAS_PAD, thema_pad(t.id)), t.omschrijving)
        for t in catalogus.gemeente.themas
    ]
    meta = {
        "title": "Onderwerpen",
        "description": "Alle onderwerpen van de gemeente.",
        "search": {"exclude": True},
        "loket": {"soort": "themas"},
    }
    return Uitvoer(THEMAS_PAD, meta, "# Onderwerpen\n\n" + kaarten(items), in_nav=True)
