"""Service promises in words: the norm, the latest realisatie, kept or not."""

from __future__ import annotations

from datetime import date

from loket.model import Catalogus, NormBron, Periode, Realisatie
from loket.model.servicenorm import Norm
from loket.pages.opmaak import getal, md_tekst, periode, procent

_EENHEID_ENKEL = {
    "seconden": "seconde",
    "minuten": "minuut",
    "uren": "uur",
    "werkdagen": "werkdag",
    "dagen": "dag",
    "weken": "week",
}
_GEVALLEN = {
    "call": "de gesprekken",
    "schriftelijk": "de berichten",
    "face": "de bezoeken",
    "click": "de aanvragen",
}

KWALITEITSHANDVEST_PAD = "kwaliteitshandvest/index.md"
CIJFERS_PAD = "dienstverlening-in-cijfers.md"


def norm_pad(norm_id: str) -> str:
    return f"kwaliteitshandvest/{norm_id}.md"


def norm_in_woorden(catalogus: Catalogus, norm: NormBron) -> str:
    """`binnen 30 seconden, bij 80 % van de gesprekken` or `80 %`."""
    n = norm.servicenorm.norm
    if n.eenheid == "procent":
        return f"{procent(n.waarde)} of meer"
    eenheid = _EENHEID_ENKEL[n.eenheid] if n.waarde == 1 else n.eenheid
    tekst = f"binnen {getal(n.waarde)} {eenheid}"
    if n.percentage is not None:
        kanaal = (
            catalogus.gemeente.kanaal(norm.servicenorm.kanaal) if norm.servicenorm.kanaal else None
        )
        gevallen = _GEVALLEN.get(kanaal.soort, "de gevallen") if kanaal else "de gevallen"
        tekst += f", bij {procent(n.percentage)} van {gevallen}"
    return tekst


def uitslag(rij: Realisatie, norm: Norm) -> str:
    """`83,1 %, **gehaald**` — in words, never by colour alone."""
    woord = "gehaald" if rij.gehaald(norm) else "niet gehaald"
    return f"{procent(rij.gehaald_percentage)}, **{woord}**"


def laatste_in_woorden(catalogus: Catalogus, norm: NormBron) -> str:
    if not catalogus.cijfers_gepubliceerd:
        return "Over deze belofte zijn nog geen cijfers gepubliceerd."
    rij = catalogus.laatste(norm.id)
    if rij is None:
        return "Over deze belofte zijn nog geen cijfers."
    return f"Gemeten in {_in_periode(rij.periode)}: {uitslag(rij, norm.servicenorm.norm)}."


def laatste_periode(catalogus: Catalogus) -> Periode | None:
    perioden = catalogus.realisatie_perioden()
    return perioden[-1] if perioden else None


def gehaald_in(catalogus: Catalogus, p: Periode) -> tuple[int, int]:
    """(kept, measured) over all promises in period `p`."""
    rijen = [
        r
        for r in catalogus.realisatie
        if r.periode == p and r.servicenorm in catalogus.servicenormen
    ]
    gehaald = sum(r.gehaald(catalogus.servicenormen[r.servicenorm].servicenorm.norm) for r in rijen)
    return gehaald, len(rijen)


def samenvatting(catalogus: Catalogus, vandaag: date) -> str:
    """`In het 3e kwartaal 2026 hielden we ons aan 9 van de 12 beloften.` plus an age warning."""
    p = laatste_periode(catalogus)
    if p is None:
        return "Over onze beloften zijn nog geen cijfers gepubliceerd."
    gehaald, totaal = gehaald_in(catalogus, p)
    tekst = f"In {_in_periode(p)} hielden we ons aan **{gehaald} van de {totaal}** beloften."
    if catalogus.verouderd(p.eind, vandaag):
        maanden = catalogus.gemeente.kwaliteitshandvest.verouderd_na_maanden
        tekst += (
            f"\n\n**Let op: deze cijfers zijn verouderd.** Ze zijn ouder dan {maanden} "
            "maanden. Nieuwere cijfers volgen."
        )
    return tekst


def _in_periode(p: Periode) -> str:
    return f"het {periode(p)}" if p.kwartaal else periode(p)


def norm_titel(norm: NormBron) -> str:
    return md_tekst(norm.servicenorm.titel)
