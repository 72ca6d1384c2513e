"""The Single Digital Gateway and the Wmebv: which products are SDG products, what the EU asks
their pages to say, and which channel receives a product's formal messages."""

from __future__ import annotations

from loket.load import YamlBestand
from loket.load.upl import UplLijst
from loket.melding import Ernst, Melding
from loket.model import Gemeente, Product
from loket.validate.yaml_map import Gelezen


def sdg_codes(producten: list[Gelezen[Product]], upl: UplLijst) -> dict[str, tuple[str, ...]]:
    """Product id → SDG codes, for every SDG product."""
    return {g.id: codes for g in producten if (codes := sdg_codes_van(g.item, upl)) is not None}


def sdg_codes_van(p: Product | None, upl: UplLijst) -> tuple[str, ...] | None:
    """The codes when `p` is an SDG product, else None: its UPL name carries a code in the
    list, or it says `sdg: true`; `sdg: false` overrides the list."""
    if p is None or p.sdg is False:
        return None
    naam = upl.namen.get(p.upl.casefold()) if p.upl and upl.namen else None
    uit_lijst = naam.sdg if naam else ()
    return uit_lijst if uit_lijst or p.sdg else None


_SDG_HINT = "de EU vraagt dit op elke pagina van een SDG-product (verordening 2018/1724)"


def sdg_meldingen(producten: list[Gelezen[Product]], upl: UplLijst) -> list[Melding]:
    """A warning for each piece of information the SDG asks for that an SDG product lacks."""
    meldingen = []
    for g in producten:
        p, codes = g.item, sdg_codes_van(g.item, upl)
        if p is None or codes is None:
            continue
        wie = f"SDG-product ({', '.join(codes) or 'sdg: true'})"
        ontbreekt = []
        if any(k.bedrag > 0 for k in p.kosten) and not p.betaalmethoden:
            ontbreekt.append(("kosten", "betaalmethoden", "zoals betaalmethoden: [pin, ideal]"))
        for sleutel, voorbeeld in (
            ("wettelijke_termijn", "de termijn uit de wet, zoals '8 weken (Awb 4:13)'"),
            ("als_wij_niet_op_tijd_beslissen", "wat er gebeurt als u te laat beslist"),
            ("bezwaar_en_beroep", "hoe inwoners bezwaar maken"),
        ):
            if getattr(p, sleutel) is None:
                ontbreekt.append(("", sleutel, voorbeeld))
        for plek, sleutel, voorbeeld in ontbreekt:
            meldingen.append(
                g.bestand.melding(
                    (plek,) if plek else (),
                    f"{wie}: '{sleutel}' ontbreekt",
                    f"vul '{sleutel}' in, {voorbeeld}; {_SDG_HINT}",
                    ernst=Ernst.WAARSCHUWING,
                )
            )
    return meldingen


def feedback_melding(
    gemeente: YamlBestand, model: Gemeente | None, codes: dict[str, tuple[str, ...]]
) -> list[Melding]:
    """Every SDG page must link to the Commission's feedback tool: once, when its address is
    not set."""
    if model is None or not codes or model.sdg.feedback_url:
        return []
    return [
        gemeente.melding(
            ("sdg",) if "sdg" in gemeente.data else (),
            f"{len(codes)} SDG-product(en) zonder link naar de feedbacktool van de Europese "
            "Commissie",
            "zet in gemeente.yml 'sdg: {feedback_url: …}' met het adres dat u van de Commissie of "
            "uw SDG-coördinator krijgt; {url} en {lang} daarin worden de pagina en de taal",
            ernst=Ernst.WAARSCHUWING,
        )
    ]


def wmebv_meldingen(producten: list[Gelezen[Product]], gemeente: Gemeente | None) -> list[Melding]:
    """A product's `formeel_kanaal` must be one the gemeente designated."""
    if gemeente is None:
        return []
    aangewezen = gemeente.wmebv.formele_kanalen if gemeente.wmebv else []
    meldingen = []
    for g in producten:
        kanaal = g.item.formeel_kanaal if g.item else None
        if kanaal is None or kanaal in aangewezen:
            continue
        if not aangewezen:
            tekst = "er zijn geen kanalen voor officiële berichten aangewezen"
            hint = "zet 'wmebv: {aanwijzingsbesluit: …, formele_kanalen: [...]}' in gemeente.yml"
        else:
            tekst = f"kanaal '{kanaal}' is niet aangewezen voor officiële berichten"
            hint = f"kies uit 'wmebv: formele_kanalen' in gemeente.yml: {', '.join(aangewezen)}"
        meldingen.append(g.bestand.melding(("formeel_kanaal",), tekst, hint))
    return meldingen
