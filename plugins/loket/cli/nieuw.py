"""`loket nieuw product|servicenorm|mededeling <id>` and `loket init <map>`: skeletons."""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from typing import Any

from loket.load import lees_yaml
from loket.nieuw import (
    GIT_HOSTS,
    gemeente_bestanden,
    is_id,
    mededeling_skelet,
    product_skelet,
    repo_bestanden,
    servicenorm_skelet,
    vastgepind,
)
from loket.validate.verwijzingen import ids_in

EXIT_GEBRUIK = 2
MAPPEN = {"product": "producten", "servicenorm": "servicenormen", "mededeling": "mededelingen"}


def voeg_toe(sub: Any) -> None:
    nieuw = sub.add_parser(
        "nieuw", help="maak een nieuw product, een nieuwe servicenorm of een mededeling"
    )
    nieuw.add_argument("soort", choices=tuple(MAPPEN))
    nieuw.add_argument(
        "id", help="kleine letters, cijfers en streepjes, zoals 'paspoort-aanvragen'"
    )
    nieuw.add_argument("--map", type=Path, default=Path("."), help="de map met gemeente.yml")


def voeg_init_toe(sub: Any) -> None:
    init = sub.add_parser("init", help="begin een nieuwe gemeente: een repository die meteen bouwt")
    init.add_argument("map", type=Path)
    init.add_argument("--naam", help="de naam, zoals 'Gemeente Dijkstad'")
    init.add_argument(
        "--git", choices=GIT_HOSTS, default="github", help="waar de repository komt (CI)"
    )
    init.add_argument(
        "--overschrijf", action="store_true", help="schrijf ook in een map die niet leeg is"
    )


def voer_uit(args: argparse.Namespace) -> int:
    if not is_id(args.id):
        return _fout(
            f"'{args.id}' is geen geldige id: gebruik kleine letters, cijfers en streepjes"
        )
    doel = args.map / MAPPEN[args.soort] / f"{args.id}.yaml"
    if doel.exists():
        return _fout(f"{doel} bestaat al")
    gemeente, _ = lees_yaml(args.map / "gemeente.yml", "gemeente.yml")
    data = gemeente.data if gemeente else {}
    if args.soort == "product":
        tekst = product_skelet(
            args.id,
            _eerste_id(data, "themas", "thema-id"),
            _eerste_id(data, "kanalen", "website"),
            args.peildatum,
        )
    elif args.soort == "servicenorm":
        tekst = servicenorm_skelet(args.id, _eerste_id(data, "dimensies", "bereikbaarheid"))
    else:
        tekst = mededeling_skelet(args.id, args.peildatum)
    doel.parent.mkdir(parents=True, exist_ok=True)
    doel.write_text(tekst, encoding="utf-8")
    print(f"{doel} gemaakt. Vul de teksten met 'VUL IN' in en draai 'loket check'.")
    return 0


def voer_init_uit(args: argparse.Namespace) -> int:
    if args.map.exists() and any(args.map.iterdir()) and not args.overschrijf:
        return _fout(
            f"de map '{args.map}' is niet leeg; kies een lege map of gebruik --overschrijf"
        )
    naam = args.naam or f"Gemeente {args.map.resolve().name.replace('-', ' ').title()}"
    slug = re.sub(r"[^a-z0-9]+", "", naam.lower().removeprefix("gemeente ")) or "gemeente"
    bestanden = gemeente_bestanden(naam, slug, args.peildatum)
    bestanden |= repo_bestanden(naam, args.git, vastgepind())
    for pad, tekst in bestanden.items():
        bestand = args.map / pad
        bestand.parent.mkdir(parents=True, exist_ok=True)
        bestand.write_text(tekst, encoding="utf-8")
    _schemas(args.map / "site_src" / "schemas")
    print(
        f"{naam} staat klaar in {args.map}: controleer met 'loket check', bekijk met "
        "'mkdocs serve'. Lees README.md voor publiceren."
    )
    return 0


def _schemas(naar: Path) -> None:
    from loket.cli.schema import schrijf_schemas

    schrijf_schemas(naar)


def _eerste_id(data: dict[str, Any], lijst: str, anders: str) -> str:
    return next(iter(ids_in(data.get(lijst))), anders)


def _fout(tekst: str) -> int:
    print(f"loket: {tekst}", file=sys.stderr)
    return EXIT_GEBRUIK
