"""The toptaken home page: search first, the toptaken, the themes, the channels."""

from __future__ import annotations

from html import escape

from loket.model import Catalogus
from loket.pages.az import AZ_PAD
from loket.pages.contact import CONTACT_PAD
from loket.pages.jsonld_gemeente import overheidsorganisatie
from loket.pages.kaarten import kaarten
from loket.pages.kanalen import bereikbaar
from loket.pages.normen import KWALITEITSHANDVEST_PAD, samenvatting
from loket.pages.opmaak import md_tekst
from loket.pages.product import product_pad
from loket.pages.spec import Opties, Uitvoer, html_link, link
from loket.pages.talen import ENGELS_HOME, alternatieven, heeft_engels, taallink
from loket.pages.teksten import NL
from loket.pages.thema import thema_pad

HOME_PAD = "index.md"


def home_pagina(catalogus: Catalogus, opties: Opties) -> Uitvoer:
    gemeente = catalogus.gemeente
    engels = heeft_engels(catalogus)
    delen = [
        "# Wat wilt u regelen?",
        taallink(HOME_PAD, ENGELS_HOME, "en") if engels else "",
        _zoekveld(opties),
        _toptaken(catalogus),
        "## Onderwerpen\n\n"
        + kaarten(
            [(t.titel, link(HOME_PAD, thema_pad(t.id)), t.omschrijving) for t in gemeente.themas]
        ),
        _beloften(catalogus, opties),
        _contact(catalogus),
    ]
    meta = {
        "template": "loket/pagina.html",
        "title": gemeente.naam,
        "description": f"Producten, diensten en contact van {gemeente.naam}.",
        "hide": ["navigation", "toc"],
        "search": {"exclude": True},
        "loket": {"soort": "home", "jsonld": overheidsorganisatie(gemeente, opties)},
    }
    if engels:
        meta["loket"]["alternatief"] = alternatieven(opties, HOME_PAD, ENGELS_HOME)
    return Uitvoer(HOME_PAD, meta, "\n\n".join(d for d in delen if d), in_nav=True)


def _zoekveld(opties: Opties) -> str:
    """A plain form: without JavaScript it leads to the A–Z list."""
    actie = escape(html_link(HOME_PAD, AZ_PAD, opties.directory_urls))
    return (
        f'<form class="loket-zoeken" action="{actie}" method="get" role="search" '
        'aria-label="Zoek een product of dienst">\n'
        '<label for="loket-zoekveld">Zoek een product of dienst</label>\n'
        '<input id="loket-zoekveld" name="q" type="search" autocomplete="off">\n'
        '<button type="submit" class="md-button md-button--primary">Zoeken</button>\n'
        "</form>"
    )


def _toptaken(catalogus: Catalogus) -> str:
    items = []
    for product_id in catalogus.gemeente.toptaken:
        if product_id not in catalogus.producten:
            continue  # not on the site on the peildatum (publiceren_vanaf/_tot)
        p = catalogus.producten[product_id].product
        items.append((p.naam, link(HOME_PAD, product_pad(product_id)), p.samenvatting))
    return "## Direct regelen\n\n" + kaarten(items) if items else ""


def _beloften(catalogus: Catalogus, opties: Opties) -> str:
    if not catalogus.servicenormen:
        return ""
    meer = f"[Bekijk al onze beloften]({link(HOME_PAD, KWALITEITSHANDVEST_PAD)})"
    return "\n\n".join(
        [
            "## Hoe goed houden we ons aan onze beloften?",
            samenvatting(catalogus, opties.vandaag),
            meer,
        ]
    )


def _contact(catalogus: Catalogus) -> str:
    regels = []
    for kanaal in catalogus.gemeente.kanalen:
        details = "; ".join(r.rstrip(".") for r in bereikbaar(kanaal))
        soort = NL.soort_titels[kanaal.soort]
        regels.append(
            f"- **{md_tekst(kanaal.naam)}** ({soort.lower()})" + (f": {details}" if details else "")
        )
    meer = f"[Alle contactgegevens en openingstijden]({link(HOME_PAD, CONTACT_PAD)})"
    return "\n\n".join(["## Contact", NL.motto, "\n".join(regels), meer])
