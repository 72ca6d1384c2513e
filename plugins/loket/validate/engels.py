"""The English texts: lists that follow the Dutch ones item by item, SDG products without
English (the EU asks for every SDG page in English too), and Dutch names that English pages
would show because gemeente.yml has no English for them."""

from __future__ import annotations

from loket.load import YamlBestand
from loket.load.upl import UplLijst
from loket.melding import Ernst, Melding
from loket.model import Gemeente, Product
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


def nederlandse_namen(
    gemeente: YamlBestand, model: Gemeente | None, producten: list[Gelezen[Product]]
) -> list[Melding]:
    """Once, when English pages exist: the gemeente's name, channels and themes of English
    products that have no English name (the English pages then show the Dutch one)."""
    engels = [g.item for g in producten if g.item is not None and g.item.en is not None]
    if model is None or not engels:
        return []
    themas = {t for p in engels for t in p.themas}
    ontbreekt = [] if model.en else ["de naam van de gemeente"]
    ontbreekt += [f"kanaal '{k.id}'" for k in model.kanalen if k.en is None]
    ontbreekt += [f"thema '{t.id}'" for t in model.themas if t.id in themas and t.en is None]
    if not ontbreekt:
        return []
    return [
        gemeente.melding(
            (),
            f"de Engelse pagina's tonen Nederlandse namen voor: {', '.join(ontbreekt)}",
            "geef ze in gemeente.yml een blok 'en:' met de Engelse 'naam' (gemeente, kanaal) of "
            "'titel' (thema)",
            ernst=Ernst.WAARSCHUWING,
        )
    ]
