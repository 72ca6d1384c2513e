"""`loket check`: load and validate only; exit 0 clean, 1 content errors, 2 usage errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from loket.melding import Melding
from loket.validate import laad_catalogus

EXIT_SCHOON, EXIT_FOUTEN, EXIT_GEBRUIK = 0, 1, 2


def voeg_toe(sub: Any) -> None:
    check = sub.add_parser("check", help="controleer alle bestanden, zonder te bouwen")
    check.add_argument(
        "map", nargs="?", default=".", type=Path, help="de map met gemeente.yml (standaard: .)"
    )


def voer_uit(args: argparse.Namespace) -> int:
    if not args.map.is_dir():
        print(f"loket: de map '{args.map}' bestaat niet", file=sys.stderr)
        return EXIT_GEBRUIK
    uitkomst = laad_catalogus(args.map)
    for melding in uitkomst.meldingen:
        print(melding, file=sys.stderr)
    print(_samenvatting(uitkomst.meldingen), file=sys.stderr)
    return EXIT_FOUTEN if uitkomst.fouten else EXIT_SCHOON


def _samenvatting(meldingen: list[Melding]) -> str:
    fouten = sum(m.is_fout for m in meldingen)
    waarschuwingen = len(meldingen) - fouten
    extra = f" ({waarschuwingen} waarschuwing(en))" if waarschuwingen else ""
    if fouten == 0:
        return f"Alles in orde: geen fouten gevonden{extra}."
    woord = "fout" if fouten == 1 else "fouten"
    return f"{fouten} {woord} gevonden{extra}. Los ze op en controleer opnieuw."
