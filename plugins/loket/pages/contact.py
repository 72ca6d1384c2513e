"""The contact page, in Dutch and in English: every channel digital first, with opening hours
and closing days."""

from __future__ import annotations

from loket.model import Catalogus, Kanaal
from loket.pages.jsonld_gemeente import overheidsorganisatie
from loket.pages.kanalen import bereikbaar, komende_sluitingsdagen, openingstijden_tabel
from loket.pages.mededelingen import bovenaan, storingen
from loket.pages.opmaak import md_blok, md_tekst
from loket.pages.spec import Opties, Uitvoer
from loket.pages.talen import (
    ENGELS_CONTACT,
    alternatieven,
    engels_meta,
    heeft_engels,
    taallink,
)
from loket.pages.teksten import EN, NL, Taal
from loket.pages.wmebv import officiele_berichten

CONTACT_PAD = "contact.md"


def contact_pagina(catalogus: Catalogus, opties: Opties) -> Uitvoer:
    """The Dutch contact page, linked to the English one when the site has English pages."""
    gemeente = catalogus.gemeente
    engels = heeft_engels(catalogus)
    delen = [
        "# Contact",
        taallink(CONTACT_PAD, ENGELS_CONTACT, "en") if engels else "",
        bovenaan(catalogus),
        NL.motto,
        *[_kanaal(catalogus, k, NL) for k in gemeente.kanalen],
        officiele_berichten(catalogus),
        _sluitingsdagen(catalogus, opties, NL),
    ]
    meta = {
        "template": "loket/pagina.html",
        "title": "Contact",
        "description": f"Zo bereikt u {gemeente.naam}: online, telefonisch en aan de balie.",
        "search": {"boost": 1.5},
        "tags": ["openingstijden", "contact", "telefoonnummer", "adres", "gesloten", "bereikbaar"],
        "hide": ["tags"],
        "loket": {"soort": "contact", "jsonld": overheidsorganisatie(gemeente, opties)},
    }
    if engels:
        meta["loket"]["alternatief"] = alternatieven(opties, CONTACT_PAD, ENGELS_CONTACT)
    return Uitvoer(CONTACT_PAD, meta, "\n\n".join(d for d in delen if d), in_nav=True)


def engelse_contact(catalogus: Catalogus, opties: Opties, naam: str) -> Uitvoer:
    """The English contact page: the same channels, hours and closing days in English, with
    the gemeente's English names where it gave them (`naam`: its name as text)."""
    gemeente = catalogus.gemeente
    intro = gemeente.en.contact if gemeente.en else None
    delen = [
        "# Contact us",
        taallink(ENGELS_CONTACT, CONTACT_PAD, "nl"),
        md_blok(intro) if intro else "",
        EN.motto,
        *[_kanaal(catalogus, k, EN) for k in gemeente.kanalen],
        officiele_berichten(catalogus, EN),
        _sluitingsdagen(catalogus, opties, EN),
    ]
    meta = {
        "title": "Contact us",
        "description": f"How to contact {naam}: online, by phone and at the service desk.",
        "search": {"exclude": True},
        "loket": engels_meta("contact", alternatieven(opties, CONTACT_PAD, ENGELS_CONTACT)),
    }
    return Uitvoer(ENGELS_CONTACT, meta, "\n\n".join(d for d in delen if d))


def _kanaal(catalogus: Catalogus, kanaal: Kanaal, taal: Taal) -> str:
    naam = taal.kanaal_naam(kanaal)
    delen = [
        f"## {naam}",
        f"*{taal.soort_titels[kanaal.soort]}*",
        storingen(catalogus, kanaal.id, taal=taal),
    ]
    toelichting = kanaal.toelichting if taal is NL else (kanaal.en and kanaal.en.toelichting)
    if toelichting:
        delen.append(md_blok(toelichting))
    regels = bereikbaar(kanaal, taal=taal)
    if regels:
        delen.append("\n".join(f"- {r}" for r in regels))
    if taal is NL:
        kop, platte_kop = md_tekst(kanaal.naam.lower()), kanaal.naam.lower()
    else:
        kop, platte_kop = naam, (kanaal.en and kanaal.en.naam) or kanaal.naam
    tabel = openingstijden_tabel(kanaal, taal.openingstijden.format(kanaal=platte_kop), taal)
    if tabel:
        delen.append(f"### {taal.openingstijden.format(kanaal=kop)}\n\n{tabel}")
    return "\n\n".join(d for d in delen if d)


def _sluitingsdagen(catalogus: Catalogus, opties: Opties, taal: Taal) -> str:
    komend = komende_sluitingsdagen(catalogus.gemeente, opties.vandaag)
    if not komend:
        return ""
    regels = [
        f"- {taal.datum(d.datum, met_weekdag=True)}: "
        + taal.inhoud(d.omschrijving, d.en and d.en.omschrijving)
        for d in komend
    ]
    return f"## {taal.gesloten_op}\n\n{taal.gesloten_uitleg}\n\n" + "\n".join(regels)
