"""`loket schema --naar <map>`: write the JSON Schemas for editors."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from loket.model.schema import schema_bestanden


def voeg_toe(sub: Any) -> None:
    schema = sub.add_parser("schema", help="schrijf de JSON Schemas voor editors")
    schema.add_argument(
        "--naar",
        type=Path,
        default=Path("site_src/schemas"),
        help="de map voor de schemas (standaard: site_src/schemas)",
    )


def voer_uit(args: argparse.Namespace) -> int:
    for pad in schrijf_schemas(args.naar):
        print(f"{pad} geschreven")
    return 0


def schrijf_schemas(naar: Path) -> list[Path]:
    naar.mkdir(parents=True, exist_ok=True)
    geschreven = []
    for naam, tekst in schema_bestanden().items():
        pad = naar / naam
        pad.write_text(tekst, encoding="utf-8")
        geschreven.append(pad)
    return geschreven
