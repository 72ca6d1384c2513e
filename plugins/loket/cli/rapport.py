"""`loket rapport`: a list for redacteuren, as text or CSV; `--streng` fails when overdue."""

from __future__ import annotations

import argparse
import csv
import sys
from itertools import groupby
from pathlib import Path
from typing import Any

from loket.cli.inhoud import gezonde_catalogus
from loket.pages.formaten import csv_cel
from loket.rapport import Punt, is_verlopen, maak_rapport

EXIT_GEBRUIK = 2


def voeg_toe(sub: Any) -> None:
    rapport = sub.add_parser("rapport", help="wat moet een redacteur nakijken?")
    rapport.add_argument("map", nargs="?", default=".", type=Path, help="de map met gemeente.yml")
    rapport.add_argument(
        "--dagen", type=int, default=30, help="ook wat binnen zoveel dagen verloopt"
    )
    rapport.add_argument("--csv", action="store_true", help="schrijf CSV in plaats van tekst")
    rapport.add_argument("--streng", action="store_true", help="exitcode 1 als er iets verlopen is")


def voer_uit(args: argparse.Namespace) -> int:
    catalogus = gezonde_catalogus(args.map, args.peildatum)
    if catalogus is None:
        return EXIT_GEBRUIK
    punten = maak_rapport(catalogus, args.peildatum, args.dagen)
    (_csv if args.csv else _tekst)(punten)
    return 1 if args.streng and is_verlopen(punten) else 0


def _tekst(punten: list[Punt]) -> None:
    if not punten:
        print("Niets na te kijken.")
        return
    for eigenaar, groep in groupby(punten, key=lambda p: p.eigenaar):
        print(f"\n{eigenaar}")
        for p in groep:
            print(f"  [{p.soort}] {p.bestand}: {p.omschrijving}")
    verlopen = sum(p.soort == "verlopen" for p in punten)
    print(f"\n{len(punten)} punten, waarvan {verlopen} verlopen.")


def _csv(punten: list[Punt]) -> None:
    schrijver = csv.writer(sys.stdout, lineterminator="\n")
    schrijver.writerow(["soort", "eigenaar", "bestand", "omschrijving", "datum"])
    for p in punten:
        datum = p.datum.isoformat() if p.datum else ""
        schrijver.writerow(map(csv_cel, [p.soort, p.eigenaar, p.bestand, p.omschrijving, datum]))
