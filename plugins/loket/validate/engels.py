"""The English texts of products: lists that follow the Dutch ones item by item, and SDG
products without English (the EU asks for every SDG page in English too)."""

from __future__ import annotations

from loket.load.upl import UplLijst
from loket.melding import Ernst, Melding
from loket.model import Product
from loket.model.product import TALIG_GELIJK
from loket.validate.sdg import sdg_codes_van
from loket.validate.yaml_map import Gelezen


def engels_meldingen(producten: list[Gelezen[Product]], upl: UplLijst) -> list[Melding]:
    meldingen = []
    for g in producten:
        p = g.item
        if p is None:
            continue
        if p.en is None:
            codes = sdg_codes_van(p, upl)
            if codes is not None:
                meldingen.append(_zonder_engels(g, codes))
            continue
        for sleutel in TALIG_GELIJK:
            engels, nederlands = getattr(p.en, sleutel), getattr(p, sleutel)
            if engels and len(engels) != len(nederlands):
                meldingen.append(
                    g.bestand.melding(
                        ("en", sleutel),
                        f"de Engelse lijst '{sleutel}' heeft {len(engels)} item(s), de "
                        f"Nederlandse {len(nederlands)}",
                        "zet per Nederlands item het Engelse, in dezelfde volgorde",
                    )
                )
    return meldingen


def _zonder_engels(g: Gelezen[Product], codes: tuple[str, ...]) -> Melding:
    return g.bestand.melding(
        (),
        f"SDG-product ({', '.join(codes) or 'sdg: true'}) zonder Engelse tekst",
        "voeg 'en:' toe met ten minste 'naam' en 'samenvatting'; de EU vraagt elke SDG-pagina "
        "ook in het Engels",
        ernst=Ernst.WAARSCHUWING,
    )
