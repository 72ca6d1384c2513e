"""`loket export <doel>`: the site as plain files for another engine (MkDocs, Zensical)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from loket.bouw import voeg_historie_toe
from loket.controle import controleer
from loket.export import exporteer
from loket.load.site_bron import lees_mkdocs_yml

EXIT_FOUTEN, EXIT_GEBRUIK = 1, 2


def voeg_toe(sub: Any) -> None:
    export = sub.add_parser("export", help="schrijf de hele site als bestanden, zonder plugin")
    export.add_argument("doel", type=Path, help="een lege map")
    export.add_argument("--map", type=Path, default=Path("."), help="de map met mkdocs.yml")


def voer_uit(args: argparse.Namespace) -> int:
    if args.doel.exists() and any(args.doel.iterdir()):
        print(f"loket: de map '{args.doel}' is niet leeg", file=sys.stderr)
        return EXIT_GEBRUIK
    # The same tolerant reader as `loket check`: Material's usual `!!python/name:` settings
    # (emoji) are accepted, as `mkdocs build` accepts them.
    config = lees_mkdocs_yml(args.map / "mkdocs.yml")
    if not config:
        print(f"loket: {args.map / 'mkdocs.yml'} kan niet worden gelezen", file=sys.stderr)
        return EXIT_GEBRUIK
    uitkomst = controleer(args.map, vandaag=args.peildatum)
    if uitkomst.catalogus is None:
        print("loket: de inhoud bevat fouten; draai eerst 'loket check'", file=sys.stderr)
        return EXIT_FOUTEN
    reden = voeg_historie_toe(uitkomst.catalogus, args.peildatum)
    if reden:
        print(f"loket: datums uit de bestanden zelf: {reden}", file=sys.stderr)
    paginas = exporteer(uitkomst.catalogus, config, args.doel, args.peildatum)
    print(
        f"{len(paginas)} pagina's geschreven naar {args.doel}. Bouw met: mkdocs build "
        f"(of zensical build) in die map."
    )
    return 0
