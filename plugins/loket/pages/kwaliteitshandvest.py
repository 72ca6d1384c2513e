"""The kwaliteitshandvest: all promises by dimension, and one page per promise."""

from __future__ import annotations

from datetime import date
from typing import Any

from loket.model import Catalogus, NormBron
from loket.model.servicenorm import Realisatie
from loket.pages.grafiek import Staaf, staafgrafiek
from loket.pages.jsonld import dienst_id, webpagina
from loket.pages.meten import BRON_WOORD, METEN_PAD
from loket.pages.normen import (
    CIJFERS_PAD,
    KWALITEITSHANDVEST_PAD,
    laatste_in_woorden,
    norm_in_woorden,
    norm_pad,
    norm_titel,
    samenvatting,
)
from loket.pages.opmaak import (
    heel_getal,
    md_blok,
    md_tekst,
    periode,
    periode_kort,
    procent,
    tabel,
)
from loket.pages.product import product_pad
from loket.pages.spec import Opties, Uitvoer, link

INTRO = (
    "In dit kwaliteitshandvest staat wat u van ons mag verwachten. We beloven bijvoorbeeld "
    "hoe snel we de telefoon opnemen en hoe lang een aanvraag duurt. We meten elk kwartaal "
    "of we ons aan die beloften houden. Die cijfers ziet u hier: ook als het niet gelukt is. "
    "Staat er bij een belofte 'niet gehaald'? Dan leest u wat u kunt doen."
)


def handvest_pagina(catalogus: Catalogus, opties: Opties) -> Uitvoer:
    pad, vandaag = KWALITEITSHANDVEST_PAD, opties.vandaag
    eigen = catalogus.gemeente.kwaliteitshandvest.intro
    intro = md_blok(eigen) if eigen else INTRO
    delen = ["# Kwaliteitshandvest", intro, samenvatting(catalogus, vandaag)]
    for dimensie in catalogus.gemeente.dimensies:
        normen = [n for n in _op_titel(catalogus) if n.servicenorm.dimensie == dimensie.id]
        if normen:
            delen.append(f"## {md_tekst(dimensie.titel)}")
            delen += [_norm_blok(catalogus, pad, n) for n in normen]
    delen.append(
        f"Meer cijfers over onze dienstverlening: [Dienstverlening in cijfers]"
        f"({link(pad, CIJFERS_PAD)})."
    )
    titel, beschrijving = (
        "Kwaliteitshandvest",
        "Onze beloften aan u, en hoe goed we ons eraan houden.",
    )
    meta = {
        "template": "loket/pagina.html",
        "title": titel,
        "description": beschrijving,
        "loket": {
            "soort": "kwaliteitshandvest",
            "jsonld": webpagina(
                titel,
                beschrijving,
                opties.absolute_url(pad),
                opties,
                delen=[opties.absolute_url(norm_pad(n.id)) for n in _op_titel(catalogus)],
            ),
        },
    }
    return Uitvoer(pad, meta, "\n\n".join(delen), in_nav=True)


def _op_titel(catalogus: Catalogus) -> list[NormBron]:
    return sorted(catalogus.servicenormen.values(), key=lambda n: n.servicenorm.titel.casefold())


def _norm_blok(catalogus: Catalogus, pad: str, norm: NormBron) -> str:
    regels = [
        f"### {norm_titel(norm)}",
        md_tekst(norm.servicenorm.belofte),
        f"- Onze norm: {norm_in_woorden(catalogus, norm)}.\n"
        f"- {laatste_in_woorden(catalogus, norm)}",
        f"[Meer over deze belofte]({link(pad, norm_pad(norm.id))})",
    ]
    return "\n\n".join(regels)


def norm_pagina(catalogus: Catalogus, norm: NormBron, opties: Opties) -> Uitvoer:
    pad, vandaag = norm_pad(norm.id), opties.vandaag
    n = norm.servicenorm
    dimensie = catalogus.gemeente.dimensie(n.dimensie)
    kenmerken = [f"Onze norm: {norm_in_woorden(catalogus, norm)}."]
    if dimensie:
        kenmerken.append(f"Onderwerp: {md_tekst(dimensie.titel)}.")
    kanaal = catalogus.gemeente.kanaal(n.kanaal) if n.kanaal else None
    if kanaal:
        kenmerken.append(f"Kanaal: {md_tekst(kanaal.naam)}.")
    delen = [
        f"# {md_tekst(n.titel)}",
        f"{md_tekst(n.belofte)}\n{{: .loket-samenvatting }}",
        "\n".join(f"- {k}" for k in kenmerken),
        "## Hoe vaak houden we ons aan deze belofte?",
        _historie(catalogus, norm, vandaag),
        "## Wat kunt u doen als wij ons niet aan de belofte houden?",
        md_blok(n.als_niet_gehaald),
    ]
    if n.wettelijke_grondslag:
        delen.append(f"## Wettelijke grondslag\n\n{md_tekst(n.wettelijke_grondslag)}")
    if n.toelichting:
        delen.append(f"## Toelichting\n\n{md_blok(n.toelichting)}")
    producten = catalogus.met_norm(norm.id)
    if producten:
        regels = "\n".join(
            f"- [{md_tekst(p.product.naam)}]({link(pad, product_pad(p.id))})" for p in producten
        )
        delen.append(f"## Voor deze producten\n\n{regels}")
    delen.append(f"[Alle beloften]({link(pad, KWALITEITSHANDVEST_PAD)})")
    meta = {
        "template": "loket/pagina.html",
        "title": n.titel,
        "description": n.belofte,
        "search": {"boost": 1.5},
        "loket": {
            "soort": "servicenorm",
            "id": norm.id,
            "bron": norm.bestand,
            "jsonld": _norm_jsonld(norm, [p.id for p in producten], opties),
        },
    }
    return Uitvoer(pad, meta, "\n\n".join(delen))


def _norm_jsonld(norm: NormBron, product_ids: list[str], opties: Opties) -> dict[str, Any]:
    """A web page about the services the promise is for (the gemeente itself when it names
    none), part of the kwaliteitshandvest. schema.org has no type for a service
    promise or its measured results, so the page says only what it is about."""
    url = opties.absolute_url(norm_pad(norm.id))
    diensten = [dienst_id(opties.absolute_url(product_pad(i))) for i in product_ids]
    n = norm.servicenorm
    handvest = opties.absolute_url(KWALITEITSHANDVEST_PAD)
    return webpagina(n.titel, n.belofte, url, opties, over=diensten, deel_van=handvest)


def _bron(r: Realisatie, norm_id: str) -> str:
    """`gemeten uit 4.150 zaken`, with a link to how; `ingetypt` for a figure typed by hand."""
    if r.bron not in BRON_WOORD:
        return "ingetypt"
    aantal = f"{heel_getal(r.aantal)} " if r.aantal is not None else ""
    hoe = link(norm_pad(norm_id), METEN_PAD)
    return f"[gemeten]({hoe}) uit {aantal}{BRON_WOORD[r.bron]}"


def _historie(catalogus: Catalogus, norm: NormBron, vandaag: date) -> str:
    historie = catalogus.historie(norm.id)
    if not catalogus.cijfers_gepubliceerd or not historie:
        return laatste_in_woorden(catalogus, norm)
    drempel = norm.servicenorm.norm.drempel
    laatste = historie[-1]
    uitleg = (
        f"Van {periode(historie[0].periode)} tot en met {periode(laatste.periode)}. "
        f"Laatste periode: {procent(laatste.gehaald_percentage)}, "
        f"{'gehaald' if laatste.gehaald(norm.servicenorm.norm) else 'niet gehaald'}. "
        "De tabel onder de grafiek geeft dezelfde cijfers."
    )
    staven = [
        Staaf(
            periode_kort(r.periode), float(r.gehaald_percentage), r.gehaald(norm.servicenorm.norm)
        )
        for r in historie
    ]
    grafiek = staafgrafiek(
        f"grafiek-{norm.id}",
        f"{norm.servicenorm.titel}: percentage gehaald per periode, norm {procent(drempel)}",
        uitleg,
        staven,
        drempel,
        f"Staven: percentage gehaald per periode. Stippellijn: de norm ({procent(drempel)}).",
    )
    rijen = [
        [
            periode(r.periode),
            procent(r.gehaald_percentage),
            "ja" if r.gehaald(norm.servicenorm.norm) else "nee",
            heel_getal(r.aantal) if r.aantal is not None else "–",
        ]
        for r in historie
    ]
    kop = ["Periode", "Gehaald", "Norm gehaald?", "Aantal gemeten"]
    if any(r.bron in BRON_WOORD for r in historie):
        kop.append("Bron")
        for rij, r in zip(rijen, historie, strict=True):
            rij.append(_bron(r, norm.id))
    cijfers = tabel(kop, rijen, f"{norm.servicenorm.titel}: gehaald per periode", rechts=(2, 4))
    waarschuwing = ""
    if catalogus.verouderd(laatste.periode.eind, vandaag):
        waarschuwing = "**Let op: deze cijfers zijn verouderd.** Nieuwere cijfers volgen.\n\n"
    return f"{waarschuwing}{grafiek}\n\n{cijfers}"
