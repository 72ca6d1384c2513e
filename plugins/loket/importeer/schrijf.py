"""Write a sociale kaart data package: `datapackage.json` and `organisaties.csv`."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from loket.model.sociale_kaart import Organisatie, standaard_datapakket
from loket.model.tabel import kolommen

BESTANDEN = ("datapackage.json", "organisaties.csv")


def bestaande(naar: Path) -> list[Path]:
    return [naar / b for b in BESTANDEN if (naar / b).exists()]


def schrijf_sociale_kaart(naar: Path, rijen: list[dict[str, str]], categorieen: list[str]) -> None:
    naar.mkdir(parents=True, exist_ok=True)
    beschrijving = standaard_datapakket(categorieen)
    (naar / "datapackage.json").write_text(
        json.dumps(beschrijving, indent=2, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    with (naar / "organisaties.csv").open("w", encoding="utf-8", newline="") as bestand:
        schrijver = csv.DictWriter(bestand, fieldnames=kolommen(Organisatie), lineterminator="\n")
        schrijver.writeheader()
        for rij in sorted(rijen, key=lambda r: r["id"]):
            schrijver.writerow({k: rij.get(k, "") for k in kolommen(Organisatie)})
