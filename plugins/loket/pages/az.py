"""The A–Z list of all products: the way to find one without JavaScript."""

from __future__ import annotations

from itertools import groupby

from loket.model import Catalogus, ProductBron
from loket.pages.opmaak import md_tekst
from loket.pages.spec import Uitvoer

AZ_PAD = "producten/index.md"
AZ_TITEL = "Producten van A tot Z"


def _letter(bron: ProductBron) -> str:
    eerste = bron.product.naam.strip()[:1].upper()
    return eerste if eerste.isalpha() else "#"


def az_pagina(catalogus: Catalogus) -> Uitvoer:
    groepen = [(letter, list(items)) for letter, items in groupby(catalogus.op_naam(), key=_letter)]
    letters = " ".join(f"[{letter}](#{_anker(letter)})" for letter, _ in groepen)
    if letters:  # on a line of its own, attr_list would print it as text
        letters += "\n{: .loket-letters }"  # touch targets of 24 px and more (loket.css)
    blokken = [
        f"## {letter} {{#{_anker(letter)}}}\n\n" + "\n".join(_regel(b) for b in items)
        for letter, items in groepen
    ]
    tekst = "\n\n".join(
        [
            f"# {AZ_TITEL}",
            "Alle producten en diensten van de gemeente op alfabet.",
            letters,
            *blokken,
        ]
    )
    meta = {
        "title": AZ_TITEL,
        "description": "Alle producten en diensten op alfabet.",
        "search": {"exclude": True},  # lists every product: it would outrank them
        "loket": {"soort": "az"},
    }
    return Uitvoer(AZ_PAD, meta, tekst, in_nav=True)


def _anker(letter: str) -> str:
    return "letter-" + (letter.lower() if letter != "#" else "overig")


def _regel(bron: ProductBron) -> str:
    p = bron.product
    regel = f"- [{md_tekst(p.naam)}]({bron.id}.md): {md_tekst(p.samenvatting)}"
    if p.trefwoorden:
        regel += f" *Ook bekend als: {md_tekst(', '.join(p.trefwoorden))}.*"
    return regel
