"""The Uniforme Productnamenlijst (UPL): each product's `upl` name checked against the list.

An unknown name is an error; a name not meant for gemeenten a warning. `upl_uri` on a product
gives its URI itself.
"""

from __future__ import annotations

import difflib

from loket.load.upl import UplLijst, UplNaam
from loket.melding import Ernst, Melding
from loket.validate.yaml_map import Gelezen


def upl_uris(producten: list[Gelezen], upl: UplLijst) -> tuple[dict[str, str], list[Melding]]:
    """(product id → UPL URI, meldingen)."""
    if not upl.bruikbaar:
        return {}, []
    return controleer_upl(producten, upl.namen)


def controleer_upl(
    producten: list[Gelezen], lijst: dict[str, UplNaam] | None
) -> tuple[dict[str, str], list[Melding]]:
    """(product id → UPL URI, meldingen)."""
    uris: dict[str, str] = {}
    meldingen = []
    for g in producten:
        naam, eigen_uri = g.bestand.data.get("upl"), g.bestand.data.get("upl_uri")
        if not isinstance(naam, str):
            continue
        if isinstance(eigen_uri, str):
            uris[g.id] = eigen_uri
        if lijst is None:
            if g.id not in uris:
                meldingen.append(
                    _waarschuwing(
                        g,
                        f"van de UPL-naam '{naam}' is geen URI bekend",
                        "zet 'upl_uri' erbij, of 'upl_lijst' in gemeente.yml; "
                        "zonder URI staat de naam niet in de Samenwerkende Catalogi-feed",
                    )
                )
            continue
        gevonden = lijst.get(naam.casefold())
        if gevonden is None:
            dichtbij = difflib.get_close_matches(naam.casefold(), list(lijst), n=3, cutoff=0.6)
            hint = (
                "bedoelde u: " + ", ".join(lijst[d].naam for d in dichtbij)
                if dichtbij
                else ("zoek de naam op in de UPL")
            )
            meldingen.append(g.bestand.melding(("upl",), f"'{naam}' staat niet in de UPL", hint))
            continue
        uris.setdefault(g.id, gevonden.uri)
        if not gevonden.gemeente:
            meldingen.append(
                _waarschuwing(
                    g,
                    f"de UPL-naam '{naam}' is niet bedoeld voor gemeenten",
                    "kies een UPL-naam met een X in de kolom Gemeente",
                )
            )
    return uris, meldingen


def _waarschuwing(g: Gelezen, tekst: str, hint: str) -> Melding:
    return g.bestand.melding(("upl",), tekst, hint, ernst=Ernst.WAARSCHUWING)
