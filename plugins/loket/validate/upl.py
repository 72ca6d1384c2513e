"""The Uniforme Productnamenlijst (UPL): product names checked against a copy of the list.

The gemeente points at the CSV as published (columns UniformeProductnaam, URI, Gemeente, …) with
`upl_lijst` in gemeente.yml. An unknown name is an error; a name not meant for gemeenten a
warning. Without a list, `upl_uri` gives the URI, and a name without any URI is a warning: the
Samenwerkende Catalogi feed leaves it out.
"""

from __future__ import annotations

import csv
import difflib
from dataclasses import dataclass
from pathlib import Path

from loket.melding import Ernst, Melding
from loket.validate.yaml_map import Gelezen


@dataclass(frozen=True)
class UplNaam:
    naam: str
    uri: str
    gemeente: bool


def lees_upl(pad: Path) -> dict[str, UplNaam]:
    with pad.open(encoding="utf-8-sig", newline="") as bestand:
        return {
            rij["UniformeProductnaam"].strip().casefold(): UplNaam(
                rij["UniformeProductnaam"].strip(), rij["URI"].strip(), rij.get("Gemeente") == "X"
            )
            for rij in csv.DictReader(bestand)
            if rij.get("UniformeProductnaam")
        }


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
    melding = g.bestand.melding(("upl",), tekst, hint)
    return Melding(melding.pad, melding.regel, melding.kolom, tekst, hint, Ernst.WAARSCHUWING)


def upl_uris(
    map: Path, gemeente: dict[str, object], producten: list[Gelezen]
) -> tuple[dict[str, str], list[Melding]]:
    """Read the list named in gemeente.yml (if any) and check every product's `upl`."""
    pad = gemeente.get("upl_lijst")
    if not isinstance(pad, str):
        return controleer_upl(producten, None)
    bestand = map / pad
    if not bestand.is_file():
        tekst = f"de UPL-lijst '{pad}' is niet gevonden; de UPL-namen zijn niet gecontroleerd"
        melding = Melding(
            "gemeente.yml",
            1,
            1,
            tekst,
            "controleer 'upl_lijst' in gemeente.yml",
            Ernst.WAARSCHUWING,
        )
        uris, meldingen = controleer_upl(producten, None)
        return uris, [melding, *meldingen]
    return controleer_upl(producten, lees_upl(bestand))
