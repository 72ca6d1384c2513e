"""The `loket` command; each subcommand lives in its own module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from importlib.metadata import PackageNotFoundError, version
from typing import Any, NoReturn

from loket.cli import beheer, check, export, importeer, meet, nieuw, rapport, schema
from loket.peildatum import OMGEVING, PeildatumFout, peildatum

Opdracht = tuple[Callable[[Any], None], Callable[[argparse.Namespace], int]]
OPDRACHTEN: dict[str, Opdracht] = {
    "check": (check.voeg_toe, check.voer_uit),
    "rapport": (rapport.voeg_toe, rapport.voer_uit),
    "nieuw": (nieuw.voeg_toe, nieuw.voer_uit),
    "init": (nieuw.voeg_init_toe, nieuw.voer_init_uit),
    "schema": (schema.voeg_toe, schema.voer_uit),
    "export": (export.voeg_toe, export.voer_uit),
    "import-hsds": (importeer.voeg_toe, importeer.voer_uit),
    "beheer": (beheer.voeg_toe, beheer.voer_uit),
    "meet": (meet.voeg_toe, meet.voer_uit),
}
EXIT_GEBRUIK = 2


class _Parser(argparse.ArgumentParser):
    """argparse with a Dutch message for usage errors (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_GEBRUIK, f"loket: onjuist gebruik ({message}); zie 'loket --help'\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="loket", description="Controleer en bouw de producten van een gemeente.")
    parser.add_argument(
        "--version", action="version", version=f"loket {versie()}", help="toon de versie van Loket"
    )
    sub = parser.add_subparsers(
        dest="opdracht", required=True, metavar="opdracht", parser_class=_Parser
    )
    for voeg_toe, _ in OPDRACHTEN.values():
        voeg_toe(sub)
    for opdracht in sub.choices.values():
        opdracht.add_argument(
            "--datum",
            metavar="JJJJ-MM-DD",
            help=f"de peildatum (standaard: {OMGEVING}, anders vandaag)",
        )
    return parser


def versie() -> str:
    """The installed package's version (pyproject.toml)."""
    try:
        return version("loket")
    except PackageNotFoundError:  # pragma: no cover - run from a source tree without install
        return "onbekend"


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    try:
        args.peildatum = peildatum(args.datum)
    except PeildatumFout as fout:
        print(f"loket: {fout}", file=sys.stderr)
        return EXIT_GEBRUIK
    return OPDRACHTEN[args.opdracht][1](args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
