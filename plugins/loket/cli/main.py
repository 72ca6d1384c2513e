"""`loket` command: exit 0 when clean, 1 on content errors, 2 on usage errors."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import NoReturn

from loket.melding import Melding
from loket.validate import laad_catalogus

EXIT_SCHOON, EXIT_FOUTEN, EXIT_GEBRUIK = 0, 1, 2


class _Parser(argparse.ArgumentParser):
    """argparse with a Dutch message for usage errors (exit code 2)."""

    def error(self, message: str) -> NoReturn:
        self.print_usage(sys.stderr)
        self.exit(EXIT_GEBRUIK, f"loket: onjuist gebruik ({message}); zie 'loket --help'\n")


def _parser() -> argparse.ArgumentParser:
    parser = _Parser(prog="loket", description="Controleer en bouw de producten van een gemeente.")
    sub = parser.add_subparsers(dest="opdracht", required=True, metavar="opdracht")
    check = sub.add_parser("check", help="controleer alle YAML-bestanden, zonder te bouwen")
    check.add_argument("map", nargs="?", default=".", help="de map met gemeente.yml (standaard: .)")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = _parser().parse_args(argv)
    if args.opdracht == "check":
        return _check(Path(args.map))
    return EXIT_GEBRUIK  # pragma: no cover - argparse refuses unknown commands itself


def _check(map: Path) -> int:
    if not map.is_dir():
        print(f"loket: de map '{map}' bestaat niet", file=sys.stderr)
        return EXIT_GEBRUIK
    uitkomst = laad_catalogus(map)
    for melding in uitkomst.meldingen:
        print(melding, file=sys.stderr)
    print(_samenvatting(uitkomst.meldingen, uitkomst.catalogus is not None), file=sys.stderr)
    return EXIT_FOUTEN if uitkomst.fouten else EXIT_SCHOON


def _samenvatting(meldingen: list[Melding], gelukt: bool) -> str:
    aantal = sum(m.is_fout for m in meldingen)
    if aantal == 0 and gelukt:
        return "Alles in orde: geen fouten gevonden."
    woord = "fout" if aantal == 1 else "fouten"
    return f"{aantal} {woord} gevonden. Los ze op en controleer opnieuw."


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
