"""The `loket` command; each subcommand lives in its own module."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from typing import NoReturn

from loket.cli import check, importeer

OPDRACHTEN = {"check": check, "import-hsds": importeer}
EXIT_GEBRUIK = 2


class _Parser(argparse.ArgumentParser):
    """argparse with a Dutch message for usage errors (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_GEBRUIK, f"loket: onjuist gebruik ({message}); zie 'loket --help'\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="loket", description="Controleer en bouw de producten van een gemeente.")
    sub = parser.add_subparsers(
        dest="opdracht", required=True, metavar="opdracht", parser_class=_Parser
    )
    for module in OPDRACHTEN.values():
        module.voeg_toe(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    return OPDRACHTEN[args.opdracht].voer_uit(args)


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
