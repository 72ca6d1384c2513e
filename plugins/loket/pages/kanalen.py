"""Channels in words: how to reach the gemeente, digital first."""

from __future__ import annotations

from datetime import date

from loket.model import SOORT_VOLGORDE, Gemeente, Kanaal
from loket.model.gemeente import Sluitingsdag
from loket.model.product import Aanvraagkanaal
from loket.pages.opmaak import md_link, md_url, tabel, telefoon_link
from loket.pages.teksten import NL, Taal


def in_volgorde(
    gemeente: Gemeente, aanvragen: list[Aanvraagkanaal]
) -> list[tuple[Aanvraagkanaal, Kanaal]]:
    """The product's channels click → call → face → schriftelijk; list order within a soort."""
    paren = [(a, k) for a in aanvragen if (k := gemeente.kanaal(a.kanaal)) is not None]
    return sorted(paren, key=lambda paar: SOORT_VOLGORDE.index(paar[1].soort))


def komende_sluitingsdagen(gemeente: Gemeente, vandaag: date) -> list[Sluitingsdag]:
    """The closing days from the peildatum on, in date order."""
    return sorted((d for d in gemeente.sluitingsdagen if d.datum >= vandaag), key=lambda d: d.datum)


def bereikbaar(kanaal: Kanaal, met_afspraak: bool = True, taal: Taal = NL) -> list[str]:
    """Lines (Markdown) that say where and how the channel is reached.

    A product page says "afspraak" per product itself, so it leaves the channel's own out."""
    regels = []
    if kanaal.url:
        regels.append(f"{taal.website}: {md_link(_zonder_schema(kanaal.url), kanaal.url)}")
    if kanaal.telefoon:
        regels.append(f"{taal.telefoon}: {telefoon_link(kanaal.telefoon)}")
    if kanaal.email:
        regels.append(f"{taal.email}: {md_link(kanaal.email, 'mailto:' + kanaal.email)}")
    if kanaal.adres:
        label = taal.postadres if kanaal.soort == "schriftelijk" else taal.adres
        regels.append(f"{label}: {taal.inhoud(kanaal.adres)}")
    if kanaal.op_afspraak and met_afspraak:
        regels.append(taal.alleen_op_afspraak)
    return regels


def openingstijden_tabel(kanaal: Kanaal, naam: str, taal: Taal = NL) -> str:
    """The opening hours per day; `naam` (plain text) names the table, as its heading does."""
    if kanaal.openingstijden is None:
        return ""
    rijen = [
        [taal.weekdagen[i], taal.tijdvakken(vakken)]
        for i, (_, vakken) in enumerate(kanaal.openingstijden.per_dag())
    ]
    return tabel(list(taal.dag_open), rijen, naam)


def _zonder_schema(url: str) -> str:
    return url.removeprefix("https://").rstrip("/")


def afspraak(aanvraag: Aanvraagkanaal, kanaal: Kanaal, taal: Taal = NL) -> list[str]:
    """Whether an appointment comes first: the product's own `afspraak` (yes, no, or the
    address to make one), else the channel's `op_afspraak`."""
    if isinstance(aanvraag.afspraak, str):
        return [taal.afspraak_link.format(url=md_url(aanvraag.afspraak))]
    if aanvraag.afspraak or (aanvraag.afspraak is None and kanaal.op_afspraak):
        return [taal.afspraak_eerst]
    return []


def actieknop(aanvraag: Aanvraagkanaal, kanaal: Kanaal, taal: Taal = NL) -> str:
    """The button to the product's own address on this channel, or to an online channel."""
    url = aanvraag.url or (kanaal.url if kanaal.soort == "click" else None)
    if not url:
        return ""
    tekst = (
        taal.online_knop
        if kanaal.soort == "click"
        else taal.naar_kanaal.format(kanaal=taal.kanaal_naam(kanaal))
    )
    return f"[{tekst}]({md_url(url)}){{ .md-button .md-button--primary }}"
