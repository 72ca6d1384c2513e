"""Measured rows into realisatie.csv: a measured figure replaces a measured one, never one
typed by hand (unless asked), and the data package learns the column `bron`."""

from __future__ import annotations

import csv
import io
import json
from typing import Any

from loket.melding import Melding
from loket.meten.regels import Meter
from loket.model.servicenorm import Realisatie
from loket.model.tabel import kolommen, tabel_schema

GEMETEN = ("zaken", "telefonie")


def gemeten_rijen(meters: dict[str, Meter]) -> list[dict[str, str]]:
    return [
        {
            "servicenorm": norm_id,
            "periode": str(periode),
            "gehaald_percentage": str(telling.percentage),
            "aantal": str(telling.aantal),
            "bron": meter.meting.bron,
        }
        for norm_id, meter in sorted(meters.items())
        for periode, telling in meter.uitkomst()
    ]


def voeg_samen(
    tekst: str, nieuw: list[dict[str, str]], weergave: str, *, overschrijf: bool = False
) -> tuple[str, list[Melding]]:
    """realisatie.csv with the measured rows in it: a row of the same norm and period is
    replaced in its place when it was measured, or typed with the same figures, or with
    `overschrijf`; otherwise it is a conflict, reported with both values, and the text comes
    back unchanged. A new row comes after the last row of its norm (last for a new norm)."""
    lezer = csv.DictReader(io.StringIO(tekst))
    kop = list(lezer.fieldnames or kolommen(Realisatie)[:4])
    rijen: list[dict[str, str]] = []
    plek: dict[tuple[str, str], tuple[int, int]] = {}
    for rij in lezer:
        plek[(rij.get("servicenorm", ""), rij.get("periode", ""))] = (len(rijen), lezer.line_num)
        rijen.append(rij)
    conflicten = []
    erbij: dict[int, list[dict[str, str]]] = {}  # new rows after this position
    laatste = {r.get("servicenorm", ""): i for i, r in enumerate(rijen)}
    for rij in nieuw:
        sleutel = (rij["servicenorm"], rij["periode"])
        if sleutel not in plek:
            erbij.setdefault(laatste.get(rij["servicenorm"], len(rijen) - 1), []).append(rij)
            continue
        index, regel = plek[sleutel]
        oud = rijen[index]
        zelfde = (oud.get("gehaald_percentage"), oud.get("aantal") or rij["aantal"]) == (
            rij["gehaald_percentage"],
            rij["aantal"],
        )
        if oud.get("bron") in GEMETEN or zelfde or overschrijf:
            rijen[index] = rij
        else:
            conflicten.append(_conflict(weergave, regel, kop, oud, rij))
    if conflicten:
        return tekst, conflicten
    rijen = [*erbij.get(-1, []), *(x for i, r in enumerate(rijen) for x in [r, *erbij.get(i, [])])]
    if "bron" not in kop:
        kop.append("bron")
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, kop, lineterminator="\n", extrasaction="ignore")
    schrijver.writeheader()
    schrijver.writerows({k: r.get(k) or "" for k in kop} for r in rijen)
    return uit.getvalue(), []


def _conflict(
    weergave: str, regel: int, kop: list[str], oud: dict[str, str], nieuw: dict[str, str]
) -> Melding:
    kolom = kop.index("gehaald_percentage") + 1 if "gehaald_percentage" in kop else 1
    return Melding(
        weergave,
        regel,
        kolom,
        f"{nieuw['servicenorm']} {nieuw['periode']}: hier staat {oud.get('gehaald_percentage')} "
        f"% (ingetypt), gemeten is {nieuw['gehaald_percentage']} % uit {nieuw['aantal']} gevallen",
        "laat het gemeten cijfer deze regel vervangen met 'loket meet --overschrijf', of haal "
        "de meting uit de servicenorm",
    )


def pakket_met_bron(tekst: str) -> str | None:
    """datapackage.json with the column `bron` in the realisatie schema, or None when it has it
    (or has no realisatie table to add it to)."""
    data: Any = json.loads(tekst)
    for bron in data.get("resources", []) if isinstance(data, dict) else []:
        velden = bron.get("schema", {}).get("fields") if isinstance(bron, dict) else None
        if bron.get("name") != Realisatie.TABEL or not isinstance(velden, list):
            continue
        if any(isinstance(v, dict) and v.get("name") == "bron" for v in velden):
            return None
        veld = next(v for v in tabel_schema(Realisatie)["fields"] if v["name"] == "bron")
        velden.append(veld)
        return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
    return None
