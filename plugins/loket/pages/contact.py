"""The contact page: every channel digital first, with opening hours and closing days."""

from __future__ import annotations

from loket.model import Catalogus, Kanaal
from loket.pages.kanalen import MOTTO, SOORT_TITELS, bereikbaar, openingstijden_tabel
from loket.pages.mededelingen import bovenaan, storingen
from loket.pages.opmaak import datum, md_blok, md_tekst
from loket.pages.spec import Opties, Uitvoer
from loket.pages.wmebv import officiele_berichten

CONTACT_PAD = "contact.md"


def contact_pagina(catalogus: Catalogus, opties: Opties) -> Uitvoer:
    gemeente = catalogus.gemeente
    delen = [
        "# Contact",
        bovenaan(catalogus),
        MOTTO,
        *[_kanaal(k, storingen(catalogus, k.id)) for k in gemeente.kanalen],
        officiele_berichten(catalogus),
        _sluitingsdagen(catalogus, opties),
    ]
    meta = {
        "title": "Contact",
        "description": f"Zo bereikt u {gemeente.naam}: online, telefonisch en aan de balie.",
        "search": {"boost": 1.5},
        "tags": ["openingstijden", "contact", "telefoonnummer", "adres", "gesloten", "bereikbaar"],
        "hide": ["tags"],
        "loket": {"soort": "contact"},
    }
    return Uitvoer(CONTACT_PAD, meta, "\n\n".join(d for d in delen if d), in_nav=True)


def _kanaal(kanaal: Kanaal, storing: str) -> str:
    delen = [f"## {md_tekst(kanaal.naam)}", f"*{SOORT_TITELS[kanaal.soort]}*", storing]
    if kanaal.toelichting:
        delen.append(md_blok(kanaal.toelichting))
    regels = bereikbaar(kanaal)
    if regels:
        delen.append("\n".join(f"- {r}" for r in regels))
    tabel = openingstijden_tabel(kanaal)
    if tabel:
        delen.append(f"### Openingstijden {md_tekst(kanaal.naam.lower())}\n\n{tabel}")
    return "\n\n".join(d for d in delen if d)


def _sluitingsdagen(catalogus: Catalogus, opties: Opties) -> str:
    komend = sorted(
        (d for d in catalogus.gemeente.sluitingsdagen if d.datum >= opties.vandaag),
        key=lambda d: d.datum,
    )
    if not komend:
        return ""
    regels = [f"- {datum(d.datum, met_weekdag=True)}: {md_tekst(d.omschrijving)}" for d in komend]
    return "## Gesloten op\n\nOp deze dagen is de gemeente gesloten.\n\n" + "\n".join(regels)
