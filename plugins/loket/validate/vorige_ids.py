"""Old ids of renamed products: each may lead to one product only, and never be a current id."""

from __future__ import annotations

from loket.melding import Melding
from loket.model import Product
from loket.validate.yaml_map import Gelezen


def vorige_ids_meldingen(producten: list[Gelezen[Product]]) -> list[Melding]:
    huidig = {g.id for g in producten}
    eerder: dict[str, str] = {}
    meldingen = []
    for g in producten:
        for i, oud in enumerate(g.item.vorige_ids if g.item else []):
            if oud in huidig:
                tekst = f"'{oud}' is de id van een product; een oud adres kan het niet zijn"
                hint = "haal de id uit 'vorige_ids' of geef het andere product een nieuwe id"
            elif oud in eerder:
                tekst = f"de vorige id '{oud}' staat ook bij {eerder[oud]}"
                hint = "een oud adres kan maar naar één product doorsturen"
            else:
                eerder[oud] = g.bestand.pad
                continue
            meldingen.append(g.bestand.melding(("vorige_ids", i), tekst, hint))
    return meldingen
