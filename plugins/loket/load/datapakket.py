"""Read a Frictionless data package: its descriptor (with JSON positions) and its CSV rows.

Only local, relative resource paths are accepted, so validating a package never reaches the
network or a file outside the package's folder.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from loket.load.bestanden import binnen, buiten_de_map, veilig_pad
from loket.melding import Melding

MAX_CSV = 20 * 1024 * 1024
DATA_BESTANDEN = frozenset({".csv", "datapackage.json"})
"""What a data package folder holds besides YAML."""


@dataclass(frozen=True)
class CsvRegel:
    regel: int
    """Line in the file (the header is line 1)."""
    waarden: dict[str, str]
    cellen: int = 0
    """How many cells the line holds: more than there are columns is a mistake (an unquoted
    comma), fewer leaves the last columns empty."""


@dataclass
class Tabel:
    naam: str
    bestand: Path
    weergave: str
    kolommen: list[str] = field(default_factory=list)
    rijen: list[CsvRegel] = field(default_factory=list)
    schema: Any = None
    """The resource's `schema` in datapackage.json, as it is written there."""

    def kolom_nummer(self, kolom: str) -> int:
        return self.kolommen.index(kolom) + 1 if kolom in self.kolommen else 1

    def melding(self, regel: int, kolom: str, tekst: str, hint: str = "") -> Melding:
        return Melding(self.weergave, regel, self.kolom_nummer(kolom), tekst, hint)


@dataclass
class Datapakket:
    map: Path
    weergave: str
    """The descriptor's path as shown in messages, e.g. `servicenormen/datapackage.json`."""
    tabellen: dict[str, Tabel] = field(default_factory=dict)


def lees_datapakket(
    root: Path, submap: Path, weergave_map: str
) -> tuple[Datapakket | None, list[Melding]]:
    """Read `map/datapackage.json` and the CSV of each resource. None when there is no package.

    Every file read lies inside `root` (the gemeente's folder); a resource that names a URL,
    an outside path or a schema elsewhere is refused."""
    pad = submap / "datapackage.json"
    weergave = f"{weergave_map}/datapackage.json"
    meldingen: list[Melding] = []
    if not pad.is_file():
        return None, meldingen
    if not binnen(root, pad):
        return None, [*meldingen, buiten_de_map(weergave)]
    beschrijving, fout = _lees_json(pad, weergave)
    if fout is not None:
        return None, [*meldingen, fout]
    if not isinstance(beschrijving, dict) or not isinstance(beschrijving.get("resources"), list):
        hint = (
            "een datapakket heeft een lijst 'resources': per tabel een 'name', 'path' en 'schema'"
        )
        return None, [*meldingen, Melding(weergave, 1, 1, "dit is geen datapakket", hint)]
    pakket = Datapakket(submap, weergave)
    if _verwijst_naar_buiten(beschrijving):
        meldingen.append(_melding_verwijzing(weergave))
    for bron in beschrijving["resources"]:
        tabel, gevonden = _lees_bron(root, submap, weergave_map, weergave, bron)
        meldingen += gevonden
        if tabel is not None:
            pakket.tabellen[tabel.naam] = tabel
    return pakket, meldingen


def _lees_json(pad: Path, weergave: str) -> tuple[Any, Melding | None]:
    try:
        return json.loads(pad.read_text(encoding="utf-8-sig")), None
    except UnicodeDecodeError:
        return None, Melding(weergave, 1, 1, "dit bestand is niet in UTF-8")
    except json.JSONDecodeError as fout:
        hint = "controleer komma's, aanhalingstekens en haakjes rond deze plek"
        return None, Melding(weergave, fout.lineno, fout.colno, "dit is geen geldige JSON", hint)
    except RecursionError:
        hint = "een datapakket heeft hooguit een paar niveaus van { } en [ ]"
        return None, Melding(weergave, 1, 1, "de JSON is veel te diep genest", hint)
    except ValueError:  # a number of thousands of digits
        hint = "controleer de getallen in het bestand"
        return None, Melding(weergave, 1, 1, "dit is geen bruikbare JSON", hint)


_VERWIJZINGEN = ("path", "schema", "dialect", "profile", "$schema")
"""Keys whose text a data-package reader would open as a file or fetch as a URL."""


def _verwijst_naar_buiten(beschrijving: dict[str, Any]) -> bool:
    """True when the package or a resource names a schema, dialect or profile elsewhere."""
    delen = [beschrijving, *(b for b in beschrijving["resources"] if isinstance(b, dict))]
    for deel in delen:
        for sleutel in _VERWIJZINGEN:
            waarde = deel.get(sleutel)
            if sleutel == "path" and deel is not beschrijving:
                continue  # a resource's own path is checked by _lees_bron
            if isinstance(waarde, str) and (sleutel != "profile" or not _bekend_profiel(waarde)):
                return True
    return False


def _bekend_profiel(waarde: str) -> bool:
    return waarde in {
        "data-package",
        "tabular-data-package",
        "data-resource",
        "tabular-data-resource",
    }


def _melding_verwijzing(weergave: str) -> Melding:
    return Melding(
        weergave,
        1,
        1,
        "het datapakket verwijst naar een schema of profiel op een andere plek",
        "zet het Table Schema ('schema') in datapackage.json zelf, niet als link of bestandsnaam",
    )


def _lees_bron(
    root: Path, submap: Path, weergave_map: str, weergave: str, bron: Any
) -> tuple[Tabel | None, list[Melding]]:
    naam = bron.get("name") if isinstance(bron, dict) else None
    pad = bron.get("path") if isinstance(bron, dict) else None
    if not isinstance(naam, str) or not isinstance(pad, str) or not veilig_pad(pad):
        hint = "geef elke tabel een 'name' en een 'path' naar een CSV-bestand in deze map"
        tekst = f"de tabel '{naam if isinstance(naam, str) else pad}' klopt niet"
        return None, [Melding(weergave, 1, 1, tekst, hint)]
    tabel = Tabel(naam, submap / pad, f"{weergave_map}/{pad}", schema=bron.get("schema"))
    if not tabel.bestand.is_file():
        return None, [
            Melding(
                weergave,
                1,
                1,
                f"het bestand '{pad}' ontbreekt",
                f"maak {tabel.weergave} aan of haal de tabel uit het datapakket",
            )
        ]
    if not binnen(root, tabel.bestand):
        return None, [buiten_de_map(tabel.weergave)]
    return tabel, _lees_csv(tabel)


def _lees_csv(tabel: Tabel) -> list[Melding]:
    if tabel.bestand.stat().st_size > MAX_CSV:
        return [tabel.melding(1, "", "het bestand is groter dan 20 MB", "splits de tabel op")]
    ruw = tabel.bestand.read_bytes()
    try:
        tekst = ruw.decode("utf-8-sig")
    except UnicodeDecodeError as fout:
        regel = ruw[: fout.start].count(b"\n") + 1
        return [
            tabel.melding(
                regel, "", "dit bestand is niet in UTF-8", "sla het bestand op als CSV in UTF-8"
            )
        ]
    lezer = csv.reader(io.StringIO(tekst, newline=""))
    try:
        tabel.kolommen = [k.strip() for k in next(lezer, [])]
        for cellen in lezer:
            if any(c.strip() for c in cellen):
                waarden = {
                    k: (cellen[i].strip() if i < len(cellen) else "")
                    for i, k in enumerate(tabel.kolommen)
                }
                tabel.rijen.append(CsvRegel(lezer.line_num, waarden, len(cellen)))
    except csv.Error:  # a cell of more than 128 kB, a stray NUL
        hint = "een cel is te lang of bevat een onleesbaar teken; kijk de regel na"
        return [tabel.melding(lezer.line_num + 1, "", "deze regel kan niet worden gelezen", hint)]
    return []
