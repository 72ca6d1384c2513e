"""Read the Uniforme Productnamenlijst (UPL): the copy Loket ships, or the gemeente's own.

Loket ships the list as published (columns UniformeProductnaam, URI, Gemeente, …); a gemeente
may name its own copy, inside its folder, with `upl_lijst` in gemeente.yml.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from loket.load.bestanden import binnen, buiten_de_map, veilig_pad
from loket.load.yaml_bron import YamlBestand
from loket.melding import Ernst, Melding


@dataclass(frozen=True)
class UplNaam:
    naam: str
    uri: str
    gemeente: bool
    sdg: tuple[str, ...] = ()
    """The codes of the Single Digital Gateway annexes (`A1`, `B8`, …): empty when the
    product is not an SDG procedure."""


@dataclass(frozen=True)
class UplLijst:
    namen: dict[str, UplNaam] | None
    """By name in lower case; None when the named list was not found (names go unchecked)."""
    bruikbaar: bool = True
    """False when the named list is refused: then no product is checked against it."""


UPL_KOLOMMEN = ("UniformeProductnaam", "URI")
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
    ontbreekt = [k for k in UPL_KOLOMMEN if k not in (lezer.fieldnames or [])]
    if ontbreekt:
        raise UplFout(f"in de UPL-lijst ontbreekt de kolom '{ontbreekt[0]}'")
    return {
        naam.casefold(): UplNaam(
            naam,
            (rij.get("URI") or "").strip(),
            rij.get("Gemeente") == "X",
            tuple(c.strip() for c in (rij.get("SDG") or "").split(";") if c.strip()),
        )
        for rij in lezer
        if (naam := (rij.get("UniformeProductnaam") or "").strip())
    }


@cache
def standaard_lijst() -> dict[str, UplNaam]:
    return lees_upl(STANDAARD)


def upl_lijst(gemeente_map: Path, gemeente: YamlBestand) -> tuple[UplLijst, list[Melding]]:
    """The list named in gemeente.yml's `upl_lijst`, else the one Loket ships."""
    pad = gemeente.data.get("upl_lijst")
    if not isinstance(pad, str):
        return UplLijst(standaard_lijst()), []
    plek = gemeente.melding(("upl_lijst",), "")
    bestand = gemeente_map / pad
    if not veilig_pad(pad) or (bestand.exists() and not binnen(gemeente_map, bestand)):
        return UplLijst(None, bruikbaar=False), [buiten_de_map(plek.pad, plek.regel, plek.kolom)]
    if not bestand.is_file():
        tekst = f"de UPL-lijst '{pad}' is niet gevonden; de UPL-namen zijn niet gecontroleerd"
        melding = Melding(
            plek.pad, plek.regel, plek.kolom, tekst, "controleer 'upl_lijst'", Ernst.WAARSCHUWING
        )
        return UplLijst(None), [melding]
    try:
        return UplLijst(lees_upl(bestand)), []
    except UplFout as fout:
        hint = "gebruik de UPL-lijst zoals de overheid hem publiceert (CSV in UTF-8)"
        fout_melding = Melding(plek.pad, plek.regel, plek.kolom, str(fout), hint)
        return UplLijst(None, bruikbaar=False), [fout_melding]
