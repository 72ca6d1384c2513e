"""Dienstverlening in cijfers: how contacts move between channels, their ratings, promises kept."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

from loket.model import SOORT_VOLGORDE, Catalogus, Periode
from loket.pages.grafiek import Segment, gestapelde_staven
from loket.pages.normen import CIJFERS_PAD, KWALITEITSHANDVEST_PAD, gehaald_in
from loket.pages.opmaak import heel_getal, md_tekst, periode, periode_kort, procent, tabel
from loket.pages.spec import Uitvoer, link
from loket.pages.teksten import NL

INTRO = (
    "Hoe neemt u contact met ons op, en hoe tevreden bent u daarover? We willen dat u zoveel "
    "mogelijk zelf online kunt regelen, en dat u ons persoonlijk spreekt als dat nodig is. "
    "Op deze pagina ziet u hoe dat gaat."
)
GEEN_CIJFERS = "Er zijn nog geen cijfers gepubliceerd."


def cijfers_pagina(catalogus: Catalogus, vandaag: date) -> Uitvoer:
    delen = [
        "# Dienstverlening in cijfers",
        INTRO,
        "## Hoe neemt u contact met ons op?",
        _kanaalgebruik(catalogus),
        "## Hoe tevreden bent u over onze kanalen?",
        _waardering(catalogus),
        "## Hoe vaak houden we onze beloften?",
        _beloften(catalogus, vandaag),
    ]
    meta = {
        "title": "Dienstverlening in cijfers",
        "description": "Hoe inwoners contact opnemen, hoe tevreden ze zijn en hoe vaak we "
        "onze beloften houden.",
        "loket": {"soort": "cijfers"},
    }
    return Uitvoer(CIJFERS_PAD, meta, "\n\n".join(delen), in_nav=True)


def _per_periode_soort(catalogus: Catalogus) -> dict[Periode, dict[str, int]]:
    tellingen: dict[Periode, dict[str, int]] = defaultdict(lambda: dict.fromkeys(SOORT_VOLGORDE, 0))
    for rij in catalogus.kanaalgebruik:
        kanaal = catalogus.gemeente.kanaal(rij.kanaal)
        if kanaal is not None:
            tellingen[rij.periode][kanaal.soort] += rij.aantal_contacten
    return dict(sorted(tellingen.items(), key=lambda item: item[0].sleutel))


def _aandeel(deel: int, totaal: int) -> float:
    return 100.0 * deel / totaal if totaal else 0.0


def _kanaalgebruik(catalogus: Catalogus) -> str:
    tellingen = _per_periode_soort(catalogus)
    if not tellingen:
        return GEEN_CIJFERS
    staven = [
        (periode_kort(p), [Segment(s, _aandeel(n, sum(per.values()))) for s, n in per.items()])
        for p, per in tellingen.items()
    ]
    eerste, laatste = next(iter(tellingen)), list(tellingen)[-1]
    online = [
        _aandeel(tellingen[p]["click"], sum(tellingen[p].values())) for p in (eerste, laatste)
    ]
    uitleg = (
        f"Aandeel van de contacten per soort kanaal, van {periode(eerste)} tot en met "
        f"{periode(laatste)}. Online: van {procent(round(online[0], 1))} naar "
        f"{procent(round(online[1], 1))}. De tabel onder de grafiek geeft alle cijfers."
    )
    legenda = [(s, NL.soort_titels[s]) for s in SOORT_VOLGORDE]
    grafiek = gestapelde_staven(
        "grafiek-kanalen",
        "Contacten per soort kanaal, per periode",
        uitleg,
        staven,
        "Van links naar rechts:",
        legenda,
    )
    kop = ["Periode", *(NL.soort_titels[s] for s in SOORT_VOLGORDE), "Contacten"]
    rijen = [
        [
            periode(p),
            *(procent(round(_aandeel(per[s], sum(per.values())), 1)) for s in SOORT_VOLGORDE),
            heel_getal(sum(per.values())),
        ]
        for p, per in tellingen.items()
    ]
    naam = "Contacten per soort kanaal, per periode, in cijfers"
    return "\n\n".join([grafiek, tabel(kop, rijen, naam, rechts=tuple(range(2, len(kop) + 1)))])


def _waardering(catalogus: Catalogus) -> str:
    cijfers = {
        (r.kanaal, r.periode): r.waardering
        for r in catalogus.kanaalgebruik
        if r.waardering is not None
    }
    if not cijfers:
        return GEEN_CIJFERS
    perioden = sorted({p for _, p in cijfers}, key=lambda p: p.sleutel)
    kop = ["Kanaal", *(periode(p) for p in perioden)]
    rijen = [
        [md_tekst(kanaal.naam), *(_rapportcijfer(cijfers.get((kanaal.id, p))) for p in perioden)]
        for kanaal in catalogus.gemeente.kanalen
        if any((kanaal.id, p) in cijfers for p in perioden)
    ]
    return "Het gemiddelde rapportcijfer (1 tot 10) dat u per kanaal gaf.\n\n" + tabel(
        kop, rijen, "Rapportcijfer per kanaal", rechts=tuple(range(2, len(kop) + 1))
    )


def _rapportcijfer(waarde: Decimal | None) -> str:
    return f"{waarde:.1f}".replace(".", ",") if waarde is not None else "–"


def _beloften(catalogus: Catalogus, vandaag: date) -> str:
    perioden = catalogus.realisatie_perioden()
    handvest = (
        f"[Alle beloften in het kwaliteitshandvest]({link(CIJFERS_PAD, KWALITEITSHANDVEST_PAD)})"
    )
    if not perioden:
        return f"{GEEN_CIJFERS}\n\n{handvest}"
    rijen = []
    for p in perioden:
        gehaald, totaal = gehaald_in(catalogus, p)
        aandeel = procent(round(_aandeel(gehaald, totaal), 1))
        rijen.append([periode(p), f"{gehaald} van de {totaal}", aandeel])
    beloften = tabel(
        ["Periode", "Beloften gehaald", "Aandeel"],
        rijen,
        "Beloften gehaald per periode",
        rechts=(2, 3),
    )
    verouderd = ""
    if catalogus.verouderd(perioden[-1].eind, vandaag):
        verouderd = "**Let op: deze cijfers zijn verouderd.** Nieuwere cijfers volgen.\n\n"
    return f"{verouderd}{beloften}\n\n{handvest}"
