"""`loket beheer [doel]`: write the web editor (Decap CMS) for this gemeente into a site."""

from __future__ import annotations

import argparse
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from loket.bouw import BouwFout, beheer_uitvoer
from loket.cli.uitvoer import schrijf
from loket.export import schrijf_uitvoer
from loket.mkdocs.config import lees_instellingen

EXIT_GEBRUIK = 2


def voeg_toe(sub: Any) -> None:
    beheer = sub.add_parser("beheer", help="schrijf het webbeheer (Decap CMS) naar /beheer/")
    beheer.add_argument("doel", type=Path, nargs="?", default=Path("site"), help="de site-map")
    beheer.add_argument("--map", type=Path, default=Path("."), help="de map met mkdocs.yml")
    beheer.add_argument(
        "--lokaal", action="store_true", help="opslaan via decap-server op deze computer"
    )


def voer_uit(args: argparse.Namespace) -> int:
    instellingen, meldingen = lees_instellingen(args.map / "mkdocs.yml")
    if instellingen is None:
        schrijf(meldingen, "human", sys.stderr)
        return EXIT_GEBRUIK
    try:
        delen = beheer_uitvoer(replace(instellingen.opdracht, serve=args.lokaal))
    except BouwFout as fout:
        print(f"loket: {fout}", file=sys.stderr)
        return EXIT_GEBRUIK
    schrijf_uitvoer(delen, args.doel)
    print(f"Webbeheer geschreven naar {args.doel / 'beheer'} ({len(delen)} bestanden).")
    return 0
