"""`loket check`: load and validate only; exit 0 clean, 1 content errors, 2 usage errors."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from loket.beheer.config import BackendFout, backend_uit
from loket.bouw import Opdracht
from loket.cli.uitvoer import FORMATEN, schrijf
from loket.controle import controleer
from loket.load.schijfcache import cache_map, meldingen_naar_schijf, meldingen_uit_schijf
from loket.load.vingerafdruk import vingerafdruk
from loket.melding import Melding
from loket.mkdocs.config import lees_instellingen

EXIT_SCHOON, EXIT_FOUTEN, EXIT_GEBRUIK = 0, 1, 2


def voeg_toe(sub: Any) -> None:
    check = sub.add_parser("check", help="controleer alle bestanden, zonder te bouwen")
    check.add_argument(
        "map", nargs="?", default=".", type=Path, help="de map met gemeente.yml (standaard: .)"
    )
    check.add_argument(
        "--format",
        choices=FORMATEN,
        default="human",
        help="human (standaard), github (annotaties), gitlab (Code Quality), json",
    )
    check.add_argument(
        "--streng",
        action="store_true",
        help="ook waarschuwingen (zoals verouderde cijfers) laten falen",
    )


def voer_uit(args: argparse.Namespace) -> int:
    if not args.map.is_dir():
        print(f"loket: de map '{args.map}' bestaat niet", file=sys.stderr)
        return EXIT_GEBRUIK
    meldingen = _controleer(args.map, args.peildatum)
    if args.format == "human":
        schrijf(meldingen, "human", sys.stderr, kleur=sys.stderr.isatty())
        print(_samenvatting(meldingen), file=sys.stderr)
    else:
        schrijf(meldingen, args.format, sys.stdout)
    falen = [m for m in meldingen if m.is_fout or args.streng]
    return EXIT_FOUTEN if falen else EXIT_SCHOON


def _controleer(gemeente_map: Path, vandaag: date) -> list[Melding]:
    """As `_alles`; the meldingen of an earlier check when nothing it reads has changed."""
    cache = cache_map(gemeente_map)
    if cache is None:
        return _alles(gemeente_map, vandaag)
    code = vingerafdruk(gemeente_map, vandaag.isoformat(), overslaan=(cache,))
    if code is None:
        return _alles(gemeente_map, vandaag)
    bewaard = meldingen_uit_schijf(cache, code)
    if bewaard is not None:
        return bewaard
    meldingen = _alles(gemeente_map, vandaag)
    meldingen_naar_schijf(cache, code, meldingen)
    return meldingen


def _alles(gemeente_map: Path, vandaag: date) -> list[Melding]:
    """The content and, when there is a mkdocs.yml, that file and the site folder it names:
    everything the build would refuse."""
    mkdocs_yml = gemeente_map / "mkdocs.yml"
    if not mkdocs_yml.is_file():
        return controleer(gemeente_map, vandaag=vandaag).meldingen
    instellingen, meldingen = lees_instellingen(mkdocs_yml)
    if instellingen is None:
        return sorted([*meldingen, *controleer(gemeente_map, vandaag=vandaag).meldingen])
    opdracht = instellingen.opdracht
    meldingen = controleer(
        gemeente_map,
        opdracht.docs,
        opdracht.basis,
        vandaag=vandaag,
        site_url=opdracht.site_url,
        directory_urls=opdracht.directory_urls,
    ).meldingen
    return sorted([*meldingen, *_beheer(mkdocs_yml, opdracht)])


def _beheer(mkdocs_yml: Path, opdracht: Opdracht) -> list[Melding]:
    """With `beheer: true`: can redacteuren log in on the published site?"""
    if not opdracht.beheer:
        return []
    try:
        backend_uit(opdracht.beheer_git, opdracht.repo_url, lokaal=False)
    except BackendFout as fout:
        regels = mkdocs_yml.read_text(encoding="utf-8").splitlines()
        regel = next((i for i, r in enumerate(regels, 1) if "beheer" in r), 1)
        kolom = regels[regel - 1].find("beheer") + 1 if regels else 1
        hint = "zonder deze instelling kan niemand inloggen op /beheer/"
        return [Melding("mkdocs.yml", regel, max(kolom, 1), str(fout), hint)]
    return []


def _samenvatting(meldingen: list[Melding]) -> str:
    fouten = sum(m.is_fout for m in meldingen)
    waarschuwingen = len(meldingen) - fouten
    extra = f" ({waarschuwingen} waarschuwing(en))" if waarschuwingen else ""
    if fouten == 0:
        return f"Alles in orde: geen fouten gevonden{extra}."
    woord = "fout" if fouten == 1 else "fouten"
    return f"{fouten} {woord} gevonden{extra}. Los ze op en controleer opnieuw."
