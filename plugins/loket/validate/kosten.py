"""Prices over time: two entries for the same thing may not both apply on one day, and a product
whose prices have all ended needs a new one."""

from __future__ import annotations

from datetime import date
from itertools import combinations

from loket.melding import Ernst, Melding
from loket.model import Product
from loket.model.product import Kosten
from loket.validate.yaml_map import Gelezen


def kosten_meldingen(gelezen: Gelezen[Product], vandaag: date) -> list[Melding]:
    product = gelezen.item
    if product is None or not product.kosten:
        return []
    meldingen = []
    for (i, a), (j, b) in combinations(enumerate(product.kosten), 2):
        if a.sleutel == b.sleutel and _overlappen(a, b):
            meldingen.append(
                gelezen.bestand.melding(
                    ("kosten", j),
                    f"dit bedrag geldt op dezelfde dagen als bedrag {i + 1} voor "
                    f"'{b.omschrijving}'",
                    "laat de periodes aansluiten: 'geldig_tot' van het oude bedrag is de dag "
                    "vóór 'geldig_vanaf' van het nieuwe",
                )
            )
    if all(k.geldig_tot is not None and k.geldig_tot < vandaag for k in product.kosten):
        tekst = "alle bedragen van dit product zijn verlopen"
        hint = "voeg het bedrag toe dat nu geldt, of haal 'kosten' weg als het gratis is"
        meldingen.append(
            gelezen.bestand.melding(("kosten",), tekst, hint, ernst=Ernst.WAARSCHUWING)
        )
    return meldingen


def _overlappen(a: Kosten, b: Kosten) -> bool:
    begin_a, begin_b = a.geldig_vanaf or date.min, b.geldig_vanaf or date.min
    eind_a, eind_b = a.geldig_tot or date.max, b.geldig_tot or date.max
    return begin_a <= eind_b and begin_b <= eind_a
