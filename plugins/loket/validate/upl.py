"""The Uniforme Productnamenlijst (UPL): product names checked against a copy of the list.

Loket ships the list as published (columns UniformeProductnaam, URI, Gemeente, …); a gemeente
may name its own copy, inside its folder, with `upl_lijst` in gemeente.yml. An unknown name is
an error; a name not meant for gemeenten a warning. `upl_uri` on a product gives its URI
itself.
"""

from __future__ import annotations

import csv
import difflib
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loket.load import YamlBestand
from loket.load.bestanden import binnen, buiten_de_map, veilig_pad
from loket.melding import Ernst, Melding
from loket.validate.yaml_map import Gelezen


@dataclass(frozen=True)
class UplNaam:
    naam: str
    uri: str
    gemeente: bool


KOLOMMEN = ("UniformeProductnaam", "URI")
STANDAARD = Path(__file__).resolve().parent.parent / "data" / "UPL-actueel.csv"
"""The UPL as published (CC0), shipped with Loket: `make upl` replaces it with a newer one."""
MAX_UPL = 20 * 1024 * 1024


class UplFout(ValueError):
    """The list cannot be read; the message (Dutch) says why."""


def lees_upl(pad: Path) -> dict[str, UplNaam]:
    """The UPL list as published (CSV in UTF-8). Raises `UplFout` when it cannot be used."""
    try:
        if pad.stat().st_size > MAX_UPL:
            raise UplFout("de UPL-lijst is groter dan 20 MB")
        tekst = pad.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise UplFout("de UPL-lijst is niet in UTF-8") from None
    except OSError:
        raise UplFout("de UPL-lijst kan niet worden gelezen") from None
    try:
        return _namen(csv.DictReader(io.StringIO(tekst, newline="")))
    except csv.Error:
        raise UplFout("de UPL-lijst is geen leesbare CSV") from None


def _namen(lezer: csv.DictReader) -> dict[str, UplNaam]:
    ontbreekt = [k for k in KOLOMMEN if k not in (lezer.fieldnames or [])]
    if ontbreekt:
        raise UplFout(f"in de UPL-lijst ontbreekt de kolom '{ontbreekt[0]}'")
    return {
        naam.casefold(): UplNaam(naam, (rij.get("URI") or "").strip(), rij.get("Gemeente") == "X")
        for rij in lezer
        if (naam := (rij.get("UniformeProductnaam") or "").strip())
    }


@cache
def standaard_lijst() -> dict[str, UplNaam]:
    return lees_upl(STANDAARD)


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


def upl_uris(
    map: Path, gemeente: YamlBestand, producten: list[Gelezen]
) -> tuple[dict[str, str], list[Melding]]:
    """Read the list named in gemeente.yml (if any) and check every product's `upl`."""
    pad = gemeente.data.get("upl_lijst")
    if not isinstance(pad, str):
        return controleer_upl(producten, standaard_lijst())
    plek = gemeente.melding(("upl_lijst",), "")
    bestand = map / pad
    if not veilig_pad(pad) or (bestand.exists() and not binnen(map, bestand)):
        return {}, [buiten_de_map(plek.pad, plek.regel, plek.kolom)]
    if not bestand.is_file():
        tekst = f"de UPL-lijst '{pad}' is niet gevonden; de UPL-namen zijn niet gecontroleerd"
        melding = Melding(
            plek.pad, plek.regel, plek.kolom, tekst, "controleer 'upl_lijst'", Ernst.WAARSCHUWING
        )
        uris, meldingen = controleer_upl(producten, None)
        return uris, [melding, *meldingen]
    try:
        lijst = lees_upl(bestand)
    except UplFout as fout:
        hint = "gebruik de UPL-lijst zoals de overheid hem publiceert (CSV in UTF-8)"
        return {}, [Melding(plek.pad, plek.regel, plek.kolom, str(fout), hint)]
    return controleer_upl(producten, lijst)
