"""Channels in words: how to reach the gemeente, digital first."""

from __future__ import annotations

from loket.model import SOORT_VOLGORDE, Gemeente, Kanaal
from loket.model.product import Aanvraagkanaal
from loket.pages.opmaak import md_link, md_tekst, tabel, telefoon_link, tijdvakken

MOTTO = "Digitaal waar het kan, persoonlijk waar het moet."

SOORT_TITELS = {
    "click": "Online",
    "call": "Bellen of appen",
    "face": "Langskomen",
    "schriftelijk": "Schrijven",
}
INLOGGEN = {
    "digid": "U logt in met DigiD.",
    "eherkenning": "U logt in met eHerkenning.",
    "geen": "U hoeft niet in te loggen.",
}


def in_volgorde(
    gemeente: Gemeente, aanvragen: list[Aanvraagkanaal]
) -> list[tuple[Aanvraagkanaal, Kanaal]]:
    """The product's channels click → call → face → schriftelijk; list order within a soort."""
    paren = [(a, k) for a in aanvragen if (k := gemeente.kanaal(a.kanaal)) is not None]
    return sorted(paren, key=lambda paar: SOORT_VOLGORDE.index(paar[1].soort))


def bereikbaar(kanaal: Kanaal, met_afspraak: bool = True) -> list[str]:
    """Lines (Markdown) that say where and how the channel is reached.

    A product page says "afspraak" per product itself, so it leaves the channel's own out."""
    regels = []
    if kanaal.url:
        regels.append(f"Website: {md_link(_zonder_schema(kanaal.url), kanaal.url)}")
    if kanaal.telefoon:
        regels.append(f"Telefoon: {telefoon_link(kanaal.telefoon)}")
    if kanaal.email:
        regels.append(f"E-mail: {md_link(kanaal.email, 'mailto:' + kanaal.email)}")
    if kanaal.adres:
        label = "Postadres" if kanaal.soort == "schriftelijk" else "Adres"
        regels.append(f"{label}: {md_tekst(kanaal.adres)}")
    if kanaal.op_afspraak and met_afspraak:
        regels.append("Alleen op afspraak.")
    return regels


def openingstijden_tabel(kanaal: Kanaal) -> str:
    if kanaal.openingstijden is None:
        return ""
    rijen = [[dag, tijdvakken(vakken)] for dag, vakken in kanaal.openingstijden.per_dag()]
    return tabel(["Dag", "Open"], rijen)


def _zonder_schema(url: str) -> str:
    return url.removeprefix("https://").rstrip("/")
