"""Read a Frictionless data package: its descriptor (with JSON positions) and its CSV rows.

Only local, relative resource paths are accepted, so validating a package never reaches the
network or a file outside the package's folder.
"""

from __future__ import annotations

import csv
import io
import json
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from typing import Any

from loket.melding import Melding

MAX_CSV = 20 * 1024 * 1024


@dataclass(frozen=True)
class Rij:
    regel: int
    """Line in the file (the header is line 1)."""
    waarden: dict[str, str]


@dataclass
class Tabel:
    naam: str
    bestand: Path
    weergave: str
    kolommen: list[str] = field(default_factory=list)
    rijen: list[Rij] = field(default_factory=list)

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


def lees_datapakket(map: Path, weergave_map: str) -> tuple[Datapakket | None, list[Melding]]:
    """Read `map/datapackage.json` and the CSV of each resource. None when there is no package."""
    pad = map / "datapackage.json"
    weergave = f"{weergave_map}/datapackage.json"
    if not pad.is_file():
        return None, []
    try:
        beschrijving = json.loads(pad.read_text(encoding="utf-8-sig"))
    except UnicodeDecodeError:
        return None, [Melding(weergave, 1, 1, "dit bestand is niet in UTF-8")]
    except json.JSONDecodeError as fout:
        hint = "controleer komma's, aanhalingstekens en haakjes rond deze plek"
        return None, [Melding(weergave, fout.lineno, fout.colno, "dit is geen geldige JSON", hint)]
    if not isinstance(beschrijving, dict) or not isinstance(beschrijving.get("resources"), list):
        hint = (
            "een datapakket heeft een lijst 'resources': per tabel een 'name', 'path' en 'schema'"
        )
        return None, [Melding(weergave, 1, 1, "dit is geen datapakket", hint)]
    pakket = Datapakket(map, weergave)
    meldingen: list[Melding] = []
    for bron in beschrijving["resources"]:
        tabel, gevonden = _lees_bron(map, weergave_map, weergave, bron)
        meldingen += gevonden
        if tabel is not None:
            pakket.tabellen[tabel.naam] = tabel
    return pakket, meldingen


def _lees_bron(
    map: Path, weergave_map: str, weergave: str, bron: Any
) -> tuple[Tabel | None, list[Melding]]:
    naam = bron.get("name") if isinstance(bron, dict) else None
    pad = bron.get("path") if isinstance(bron, dict) else None
    if not isinstance(naam, str) or not isinstance(pad, str) or not _lokaal(pad):
        hint = "geef elke tabel een 'name' en een 'path' naar een CSV-bestand in deze map"
        return None, [Melding(weergave, 1, 1, f"de tabel '{naam or pad}' klopt niet", hint)]
    tabel = Tabel(naam, map / pad, f"{weergave_map}/{pad}")
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
    return tabel, _lees_csv(tabel)


def _lokaal(pad: str) -> bool:
    deel = PurePosixPath(pad)
    return "://" not in pad and not deel.is_absolute() and ".." not in deel.parts


def _lees_csv(tabel: Tabel) -> list[Melding]:
    ruw = tabel.bestand.read_bytes()
    if len(ruw) > MAX_CSV:
        return [tabel.melding(1, "", "het bestand is groter dan 20 MB", "splits de tabel op")]
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
    tabel.kolommen = [k.strip() for k in next(lezer, [])]
    for cellen in lezer:
        if any(c.strip() for c in cellen):
            waarden = {
                k: (cellen[i].strip() if i < len(cellen) else "")
                for i, k in enumerate(tabel.kolommen)
            }
            tabel.rijen.append(Rij(lezer.line_num, waarden))
    return []
