"""The product page: what it is, how to arrange it (digital first), what it costs, how long."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from loket.model import Catalogus, NormBron, ProductBron
from loket.model.gemeente import Kanaal
from loket.model.product import Aanvraagkanaal, Kosten, Product, prijzen_op
from loket.pages.jsonld import government_service
from loket.pages.kanalen import actieknop, afspraak, bereikbaar, in_volgorde
from loket.pages.mededelingen import bovenaan, storingen
from loket.pages.normen import laatste_in_woorden, norm_pad
from loket.pages.opmaak import (
    NIET_ZOEKEN,
    md_blok,
    md_lijst,
    md_link,
    md_tekst,
    md_url,
    tabel,
)
from loket.pages.sdg import betalen, feedback
from loket.pages.sociale_kaart import hulp_in_de_buurt
from loket.pages.spec import Opties, Uitvoer, link
from loket.pages.talen import alternatieven, engels_pad, taallink
from loket.pages.teksten import NL, Taal
from loket.pages.wmebv import formeel_bericht
from loket.pages.zoekwoorden import zoekwoorden


def product_pad(product_id: str) -> str:

    return f"producten/{product_id}.md"


def product_pagina(catalogus: Catalogus, bron: ProductBron, opties: Opties) -> Uitvoer:
    pad = product_pad(bron.id)
    p = bron.product
    gewijzigd = catalogus.gewijzigd(bron.bestand, opties.vandaag).gewijzigd
    delen = [
        f"# {md_tekst(p.naam)}",
        taallink(pad, engels_pad(bron.id), "en") if p.en else "",
        bovenaan(catalogus, bron.id),
        f"{md_tekst(p.samenvatting)}\n{{: .loket-samenvatting }}",
        _ook_bekend_als(p),
        f"## Wat is het?\n\n{md_blok(p.beschrijving)}",
        _hoe_regelt_u_het(catalogus, bron, opties.vandaag),
        kosten_sectie(catalogus, p, opties.vandaag),
        _doorlooptijd(catalogus, pad, p),
        _sectie("Voorwaarden", p.voorwaarden and md_blok(p.voorwaarden)),
        _sectie("Wat heeft u nodig?", md_lijst(p.meenemen) if p.meenemen else None),
        _sectie(
            "Bezwaar en beroep", p.bezwaar_en_beroep and md_blok(p.bezwaar_en_beroep), zoeken=False
        ),
        formeel_bericht(catalogus, bron.id),
        _vragen(p),
        _gerelateerd(catalogus, pad, p),
        hulp_in_de_buurt(catalogus, pad, p.organisaties),
        _lijst("Meer informatie", [md_link(x.titel, x.url) for x in p.links], zoeken=False),
        feedback(catalogus, bron.id, opties.absolute_url(pad)),
        _controle(p, gewijzigd, opties.bewerk_url(bron.bestand)),
    ]
    meta = {
        "template": "loket/pagina.html",
        "title": p.naam,
        "description": p.samenvatting,
        "search": {"boost": 2},
        "tags": zoektermen(p),
        "hide": ["tags"],
        "loket": {
            "soort": "product",
            "id": bron.id,
            "bron": bron.bestand,
            "gewijzigd": gewijzigd.isoformat(),
            "jsonld": government_service(
                catalogus.gemeente, bron, opties, pad, catalogus.sdg.get(bron.id)
            ),
        },
    }
    if p.en:
        meta["loket"]["alternatief"] = alternatieven(opties, pad, engels_pad(bron.id))
    return Uitvoer(pad, meta, "\n\n".join(d for d in delen if d))


def _ook_bekend_als(p: Product) -> str:
    return f"Ook bekend als: {md_tekst(', '.join(p.trefwoorden))}." if p.trefwoorden else ""


def zoektermen(p: Product) -> list[str]:
    """Material indexes front-matter `tags` with a high boost: the trefwoorden, plus the forms
    its Dutch search does not match by itself (see pages/zoekwoorden.py)."""
    return [*p.trefwoorden, *zoekwoorden([p.naam, *p.trefwoorden])]


def _sectie(kop: str, tekst: str | None, zoeken: bool = True) -> str:
    if not tekst:
        return ""
    return f"## {kop}{'' if zoeken else ' ' + NIET_ZOEKEN}\n\n{tekst.strip()}"


def _lijst(kop: str, regels: list[str], zoeken: bool = True) -> str:
    items = "\n".join("- " + " ".join(r.split()) for r in regels)
    return _sectie(kop, items, zoeken)


def _hoe_regelt_u_het(catalogus: Catalogus, bron: ProductBron, dag: date) -> str:
    p = bron.product
    blokken = [
        _kanaal_blok(
            a, k, [x for x in p.kosten if x.geldt_op(dag)], storingen(catalogus, k.id, bron.id)
        )
        for a, k in in_volgorde(catalogus.gemeente, p.aanvragen)
    ]
    return f"## Hoe regelt u het? {NIET_ZOEKEN}\n\n" + "\n\n".join(blokken)


def _kanaal_blok(
    aanvraag: Aanvraagkanaal, kanaal: Kanaal, kosten: list[Kosten], storing: str
) -> str:
    delen = [f"### {md_tekst(kanaal.naam)} {NIET_ZOEKEN}"]
    if storing:
        delen.append(storing)
    if aanvraag.toelichting:
        delen.append(md_blok(aanvraag.toelichting))
    punten = []
    if aanvraag.inloggen:
        punten.append(NL.inloggen[aanvraag.inloggen])
    punten += afspraak(aanvraag, kanaal)
    if kanaal.soort != "click":
        punten += bereikbaar(kanaal, met_afspraak=False)
    punten += [
        f"Kosten via dit kanaal: {NL.bedrag(k.bedrag)} ({md_tekst(k.omschrijving)})"
        for k in kosten
        if k.kanaal == kanaal.id
    ]
    if punten:
        delen.append("\n".join(f"- {p}" for p in punten))
    delen.append(actieknop(aanvraag, kanaal))
    return "\n\n".join(d for d in delen if d)


def kosten_sectie(
    catalogus: Catalogus,
    p: Product,
    dag: date,
    taal: Taal = NL,
    omschrijving: Callable[[Kosten], str] | None = None,
) -> str:
    """ "Wat kost het?": the price in force on the peildatum, with any later one announced
    beside it, and how to pay. `omschrijving` gives an amount's description as Markdown (on
    an English page its English text)."""
    rijen = []
    for prijs in prijzen_op(p.kosten, dag):
        k = prijs.nu or prijs.straks[0]
        wat = omschrijving(k) if omschrijving else md_tekst(k.omschrijving)
        kanaal = catalogus.gemeente.kanaal(k.kanaal) if k.kanaal else None
        if kanaal:
            wat += f" (via {taal.kanaal_naam(kanaal)})"
        bedragen = [taal.bedrag(prijs.nu.bedrag)] if prijs.nu else []
        bedragen += [
            f"{taal.vanaf.format(datum=taal.datum(s.geldig_vanaf))}: {taal.bedrag(s.bedrag)}"
            for s in prijs.straks
            if s.geldig_vanaf
        ]
        rijen.append([wat, ". ".join(bedragen)])
    if not rijen:
        return ""
    kop = f"## {taal.kosten_kop}\n\n" + tabel(
        list(taal.kosten_kolommen), rijen, taal.kosten_kop, rechts=(2,)
    )
    return "\n\n".join(d for d in (kop, betalen(p.betaalmethoden, taal)) if d)


def _doorlooptijd(catalogus: Catalogus, pad: str, p: Product) -> str:
    regels = []
    if p.doorlooptijd:
        regels.append(f"Het duurt ongeveer **{NL.doorlooptijd(p.doorlooptijd)}**.")
        if p.doorlooptijd.toelichting:
            regels.append(md_blok(p.doorlooptijd.toelichting))
    if p.wettelijke_termijn:
        regels.append(f"Wettelijke termijn: {md_tekst(p.wettelijke_termijn)}.")
    if p.als_wij_niet_op_tijd_beslissen:
        regels.append(
            f"### Als wij niet op tijd beslissen\n\n{md_blok(p.als_wij_niet_op_tijd_beslissen)}"
        )
    beloften = [_belofte(catalogus, pad, catalogus.servicenormen[n]) for n in p.servicenormen]
    if beloften:
        regels.append("Onze beloften:\n\n" + "\n".join(beloften))
    return "## Hoe lang duurt het?\n\n" + "\n\n".join(regels) if regels else ""


def _belofte(catalogus: Catalogus, pad: str, norm: NormBron) -> str:
    doel = link(pad, norm_pad(norm.id))
    return (
        f"- {md_tekst(norm.servicenorm.belofte)} {laatste_in_woorden(catalogus, norm)} "
        f"[Meer over deze belofte]({doel})"
    )


def _vragen(p: Product) -> str:
    if not p.veelgestelde_vragen:
        return ""
    blokken = [f"### {md_tekst(v.vraag)}\n\n{md_blok(v.antwoord)}" for v in p.veelgestelde_vragen]
    return "## Veelgestelde vragen\n\n" + "\n\n".join(blokken)


def _gerelateerd(catalogus: Catalogus, pad: str, p: Product) -> str:
    regels = []
    for ander_id in p.gerelateerd:
        ander = catalogus.producten.get(ander_id)
        if ander is None:
            continue  # not on the site on the peildatum
        regels.append(f"[{md_tekst(ander.product.naam)}]({link(pad, product_pad(ander_id))})")
    return _lijst("Dit heeft u misschien ook nodig", regels, zoeken=False)


def _controle(p: Product, gewijzigd: date, bewerk_url: str) -> str:
    regels = [f"Laatst gewijzigd op {NL.datum(gewijzigd)}."]
    if p.laatst_gecontroleerd:
        regels.append(
            f"Laatst gecontroleerd op {NL.datum(p.laatst_gecontroleerd)} "
            f"door {md_tekst(p.eigenaar)}."
        )
    else:
        regels.append(f"Deze tekst is van {md_tekst(p.eigenaar)}.")
    if bewerk_url:
        regels.append(f"[Deze tekst aanpassen (voor redacteuren)]({md_url(bewerk_url)})")
    return "\n".join(regels) + "\n{: .loket-controle }"
