"""`loket export <doel>`: the site as plain files for another engine (MkDocs, Zensical)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from loket.bouw import opties, voeg_historie_toe
from loket.cli.uitvoer import schrijf
from loket.controle import controleer
from loket.export import exporteer
from loket.mkdocs.config import lees_instellingen

EXIT_FOUTEN, EXIT_GEBRUIK = 1, 2


def voeg_toe(sub: Any) -> None:
    export = sub.add_parser("export", help="schrijf de hele site als bestanden, zonder plugin")
    export.add_argument("doel", type=Path, help="een lege map")
    export.add_argument("--map", type=Path, default=Path("."), help="de map met mkdocs.yml")


def voer_uit(args: argparse.Namespace) -> int:
    if args.doel.exists() and any(args.doel.iterdir()):
        print(f"loket: de map '{args.doel}' is niet leeg", file=sys.stderr)
        return EXIT_GEBRUIK
    instellingen, meldingen = lees_instellingen(args.map / "mkdocs.yml")
    if instellingen is None:
        schrijf(meldingen, "human", sys.stderr)
        return EXIT_GEBRUIK
    opdracht = instellingen.opdracht
    uitkomst = controleer(opdracht.map, opdracht.docs, opdracht.basis, vandaag=args.peildatum)
    if uitkomst.catalogus is None:
        print("loket: de inhoud bevat fouten; draai eerst 'loket check'", file=sys.stderr)
        return EXIT_FOUTEN
    reden = voeg_historie_toe(uitkomst.catalogus, args.peildatum)
    if reden:
        print(f"loket: datums uit de bestanden zelf: {reden}", file=sys.stderr)
    paginas = exporteer(
        uitkomst.catalogus,
        opties(opdracht, args.peildatum),
        opdracht.docs,
        instellingen.ruw,
        args.doel,
    )
    print(
        f"{len(paginas)} pagina's geschreven naar {args.doel}. Bouw met: mkdocs build "
        f"(of zensical build) in die map."
    )
    return 0
