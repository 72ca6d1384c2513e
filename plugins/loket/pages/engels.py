"""English pages (Single Digital Gateway, art. 12): `/en/`, `/en/contact/` and
`/en/products/<id>/` for every product with an `en:` block, in plain English, linked both ways
with its Dutch page.

A name the gemeente has not translated (a channel without `en:`) stays Dutch and is marked
`lang="nl"`, so a screen reader pronounces it as Dutch.
"""

from __future__ import annotations

from datetime import date

from loket.model import Catalogus, ProductBron, Thema
from loket.model.product import Kosten, Product
from loket.pages.contact import engelse_contact
from loket.pages.engelse_zoekindex import engelse_zoekindex
from loket.pages.jsonld import government_service
from loket.pages.kanalen import actieknop, afspraak, bereikbaar, in_volgorde
from loket.pages.mededelingen import storingen
from loket.pages.opmaak import (
    NIET_ZOEKEN,
    md_blok,
    md_lijst,
    md_link,
    md_tekst,
)
from loket.pages.per_product import per_product
from loket.pages.product import kosten_sectie, product_pad
from loket.pages.sdg import feedback
from loket.pages.spec import Opties, Uitvoer, link
from loket.pages.talen import (
    ENGELS_CONTACT,
    ENGELS_HOME,
    ENGELS_INDEX,
    alternatieven,
    engels_meta,
    engels_pad,
    taallink,
)
from loket.pages.teksten import EN
from loket.pages.wmebv import formeel_bericht


def met_engels(catalogus: Catalogus) -> list[ProductBron]:
    return [b for b in catalogus.op_naam() if b.product.en is not None]


def engelse_paden(catalogus: Catalogus) -> dict[str, str]:
    """The files `engelse_paginas` writes → the content they come from."""
    producten = met_engels(catalogus)
    paden = {engels_pad(b.id): b.bestand for b in producten}
    if not producten:
        return {}
    return {
        ENGELS_HOME: "gemeente.yml",
        ENGELS_CONTACT: "gemeente.yml",
        ENGELS_INDEX: "producten/",
        **paden,
    }


def engelse_paginas(catalogus: Catalogus, opties: Opties) -> list[Uitvoer]:
    producten = met_engels(catalogus)
    if not producten:
        return []
    naam = engelse_naam(catalogus)
    return [
        _home(catalogus, producten, opties),
        engelse_contact(catalogus, opties, naam),
        *(per_product(_product, catalogus, b, opties) for b in producten),
        engelse_zoekindex(catalogus, producten, opties, naam),
    ]


def engelse_naam(catalogus: Catalogus) -> str:
    """The gemeente's name on English pages, as text: its English name, else its Dutch one."""
    en = catalogus.gemeente.en
    return en.naam if en else catalogus.gemeente.naam


def gemeente_naam(catalogus: Catalogus) -> str:
    """The same as Markdown for the page: a Dutch name marked as Dutch."""
    en = catalogus.gemeente.en
    return EN.inhoud(catalogus.gemeente.naam, en and en.naam)


def _meta(titel: str, omschrijving: str, soort: str, alternatief: dict[str, str]) -> dict:
    return {
        "title": titel,
        "description": omschrijving,
        "search": {"exclude": True},
        "hide": ["navigation"],
        "loket": engels_meta(soort, alternatief),
    }


def _home(catalogus: Catalogus, producten: list[ProductBron], opties: Opties) -> Uitvoer:
    naam = gemeente_naam(catalogus)
    contact = catalogus.gemeente.contact
    delen = [
        f"# {naam}",
        taallink(ENGELS_HOME, "index.md", "nl"),
        "Information in English about our services. Most other pages of this website are in Dutch.",
        *_per_thema(catalogus, producten),
        "## Contact us\n\n"
        + "\n".join(
            f"- {r}"
            for r in (
                f"Phone: {md_tekst(contact.telefoon)}",
                f"Email: {md_link(contact.email, 'mailto:' + contact.email)}",
                f"Address: {EN.inhoud(contact.adres)}" if contact.adres else "",
                f"[All channels and opening hours]({link(ENGELS_HOME, ENGELS_CONTACT)})",
            )
            if r
        ),
    ]
    titel = engelse_naam(catalogus)
    omschrijving = "Information in English about our services."
    meta = _meta(titel, omschrijving, "home", alternatieven(opties, "index.md", ENGELS_HOME))
    return Uitvoer(ENGELS_HOME, meta, "\n\n".join(delen))


def _per_thema(catalogus: Catalogus, producten: list[ProductBron]) -> list[str]:
    """The English products under the English title of their first theme; the rest under
    "Other services" (all under "Services" when no theme has an English title)."""
    themas = {t.id: t for t in catalogus.gemeente.themas}
    groepen: dict[str, list[ProductBron]] = {}
    for b in producten:
        thema = next((themas[t] for t in b.product.themas if t in themas), None)
        groepen.setdefault(thema.id if thema and thema.en else "", []).append(b)
    if list(groepen) == [""]:
        return [_lijst("Services", groepen[""])]
    secties = [_lijst(_thema_titel(t), groepen[t.id]) for t in themas.values() if t.id in groepen]
    return secties + ([_lijst("Other services", groepen[""])] if "" in groepen else [])


def _thema_titel(thema: Thema) -> str:
    return EN.inhoud(thema.titel, thema.en and thema.en.titel)


def _lijst(kop: str, producten: list[ProductBron]) -> str:
    regels = [
        f"- [{md_tekst(b.product.en.naam)}]({link(ENGELS_HOME, engels_pad(b.id))}): "
        f"{md_tekst(b.product.en.samenvatting)}"
        for b in producten
        if b.product.en
    ]
    return f"## {kop}\n\n" + "\n".join(regels)


def _product(catalogus: Catalogus, bron: ProductBron, opties: Opties) -> Uitvoer:
    p = bron.product
    en = p.en
    assert en is not None
    pad = engels_pad(bron.id)
    gewijzigd = catalogus.gewijzigd(bron.bestand, opties.vandaag).gewijzigd
    delen = [
        f"# {md_tekst(en.naam)}",
        taallink(pad, product_pad(bron.id), "nl"),
        f"{md_tekst(en.samenvatting)}\n{{: .loket-samenvatting }}",
        _sectie("What is it?", en.beschrijving and md_blok(en.beschrijving)),
        _aanvragen(catalogus, bron),
        _kosten(catalogus, p, opties.vandaag),
        _duur(p),
        _sectie("Conditions", en.voorwaarden and md_blok(en.voorwaarden)),
        _sectie("What do you need?", md_lijst(en.meenemen) if en.meenemen else None),
        _sectie(
            f"Objection and appeal {NIET_ZOEKEN}",
            en.bezwaar_en_beroep and md_blok(en.bezwaar_en_beroep),
        ),
        formeel_bericht(catalogus, bron.id, EN),
        _vragen(p),
        feedback(catalogus, bron.id, opties.absolute_url(pad), EN),
        f"Last changed on {EN.datum(gewijzigd)}.\n{{: .loket-controle }}",
    ]
    meta = _meta(
        en.naam, en.samenvatting, "product", alternatieven(opties, product_pad(bron.id), pad)
    )
    meta["template"] = "loket/pagina.html"
    jsonld = government_service(catalogus.gemeente, bron, opties, pad, catalogus.sdg.get(bron.id))
    # The page's language is in <html lang>: schema.org has no inLanguage for a service.
    meta["loket"]["jsonld"] = jsonld | {"name": en.naam, "description": en.samenvatting}
    return Uitvoer(pad, meta, "\n\n".join(d for d in delen if d))


def _sectie(kop: str, tekst: str | None) -> str:
    return f"## {kop}\n\n{tekst.strip()}" if tekst else ""


def _aanvragen(catalogus: Catalogus, bron: ProductBron) -> str:
    p = bron.product
    assert p.en is not None
    toelichtingen = {
        id(a): t.toelichting for a, t in zip(p.aanvragen, p.en.aanvragen, strict=False)
    }
    blokken = []
    for aanvraag, kanaal in in_volgorde(catalogus.gemeente, p.aanvragen):
        delen = [f"### {EN.kanaal_naam(kanaal)} {NIET_ZOEKEN}"]
        delen.append(storingen(catalogus, kanaal.id, bron.id, EN))
        toelichting = toelichtingen.get(id(aanvraag)) or (kanaal.en and kanaal.en.toelichting)
        if toelichting:
            delen.append(md_blok(toelichting))
        punten = [EN.inloggen[aanvraag.inloggen]] if aanvraag.inloggen else []
        punten += afspraak(aanvraag, kanaal, EN)
        if kanaal.soort != "click":
            punten += bereikbaar(kanaal, met_afspraak=False, taal=EN)
        if punten:
            delen.append("\n".join(f"- {x}" for x in punten))
        delen.append(actieknop(aanvraag, kanaal, EN))
        blokken.append("\n\n".join(d for d in delen if d))
    return f"## How to apply {NIET_ZOEKEN}\n\n" + "\n\n".join(blokken)


def _kosten(catalogus: Catalogus, p: Product, dag: date) -> str:
    assert p.en is not None
    engels = {id(k): e.omschrijving for k, e in zip(p.kosten, p.en.kosten, strict=False)}

    def omschrijving(k: Kosten) -> str:
        return EN.inhoud(k.omschrijving, engels.get(id(k)))

    return kosten_sectie(catalogus, p, dag, EN, omschrijving)


def _duur(p: Product) -> str:
    assert p.en is not None
    regels = []
    if p.doorlooptijd and EN.doorlooptijd(p.doorlooptijd):
        regels.append(f"It takes about **{EN.doorlooptijd(p.doorlooptijd)}**.")
    if p.en.wettelijke_termijn:
        regels.append(f"Legal time limit: {md_tekst(p.en.wettelijke_termijn)}.")
    if p.en.als_wij_niet_op_tijd_beslissen:
        regels.append(
            f"### If we do not decide in time\n\n{md_blok(p.en.als_wij_niet_op_tijd_beslissen)}"
        )
    return "## How long does it take?\n\n" + "\n\n".join(regels) if regels else ""


def _vragen(p: Product) -> str:
    assert p.en is not None
    if not p.en.veelgestelde_vragen:
        return ""
    blokken = [
        f"### {md_tekst(v.vraag)}\n\n{md_blok(v.antwoord)}" for v in p.en.veelgestelde_vragen
    ]
    return "## Frequently asked questions\n\n" + "\n\n".join(blokken)
