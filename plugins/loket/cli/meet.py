"""`loket meet`: compute the realisatie of every norm with a `meting` from the exports of the
zaaksysteem and the telephone system, and write it into servicenormen/realisatie.csv.

All or nothing: with any problem in an export, or a measured figure that would replace one
typed by hand, nothing is written and every problem is reported at once.
"""

from __future__ import annotations

import argparse
import csv
import os
import sys
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

from loket.cli.inhoud import gezonde_catalogus
from loket.cli.uitvoer import schrijf
from loket.load.bronnen import NORMEN_MAP
from loket.melding import Melding
from loket.meten.lezen import bestanden, lees_gesprekken, lees_zaken
from loket.meten.regels import KOP, Meter, meet
from loket.meten.schrijven import gemeten_rijen, pakket_met_bron, voeg_samen
from loket.mkdocs.config import lees_instellingen

EXIT_FOUTEN, EXIT_GEBRUIK = 1, 2
T = TypeVar("T")


def voeg_toe(sub: Any) -> None:
    meet_ = sub.add_parser(
        "meet", help="bereken de realisatie van de servicenormen uit zaken en telefonie"
    )
    meet_.add_argument(
        "map", nargs="?", default=Path("."), type=Path, help="de map met gemeente.yml"
    )
    meet_.add_argument(
        "--zaken",
        nargs="+",
        type=Path,
        default=[],
        metavar="BESTAND",
        help="export van de zaken: JSON van de Zaken API, CSV, of een map",
    )
    meet_.add_argument(
        "--telefonie",
        nargs="+",
        type=Path,
        default=[],
        metavar="CSV",
        help="gesprekken: CSV met tijdstip en wachttijd_seconden",
    )
    meet_.add_argument(
        "--verantwoording",
        type=Path,
        metavar="MAP",
        help="schrijf per norm en periode elke getelde zaak of elk gesprek",
    )
    meet_.add_argument(
        "--overschrijf",
        action="store_true",
        help="een gemeten cijfer mag een ingetypt cijfer vervangen",
    )


def voer_uit(args: argparse.Namespace) -> int:
    catalogus = gezonde_catalogus(args.map, args.peildatum)
    if catalogus is None:
        return EXIT_GEBRUIK
    normen = {i: b.servicenorm for i, b in catalogus.servicenormen.items()}
    if not any(n.meting for n in normen.values()):
        print(
            "loket: geen servicenorm heeft een 'meting'; zet er een in de YAML van de norm",
            file=sys.stderr,
        )
        return EXIT_GEBRUIK
    realisatie = args.map / NORMEN_MAP / "realisatie.csv"
    if not realisatie.is_file():
        print(
            f"loket: {realisatie} ontbreekt; maak eerst het datapakket van de servicenormen",
            file=sys.stderr,
        )
        return EXIT_GEBRUIK
    meldingen: list[Melding] = []
    zaken = _zonder_meldingen(
        (z for p in bestanden(args.zaken, "*.json", "*.csv") for z in lees_zaken(p)), meldingen
    )
    gesprekken = _zonder_meldingen(
        (g for p in bestanden(args.telefonie, "*.csv") for g in lees_gesprekken(p)), meldingen
    )
    meters, overgeslagen = meet(normen, zaken, gesprekken, args.peildatum)
    if meldingen:
        return _stop(meldingen, "de exports bevatten fouten")
    oud = realisatie.read_text(encoding="utf-8")
    nieuw, conflicten = voeg_samen(
        oud, gemeten_rijen(meters), f"{NORMEN_MAP}/realisatie.csv", overschrijf=args.overschrijf
    )
    if conflicten:
        return _stop(conflicten, "gemeten cijfers zouden ingetypte cijfers vervangen")
    if args.verantwoording:
        if _gepubliceerd(args.map, args.verantwoording):
            print(
                f"loket: {args.verantwoording} ligt in de map die de site publiceert; kies "
                "een map daarbuiten (de verantwoording noemt zaken)",
                file=sys.stderr,
            )
            return EXIT_GEBRUIK
        _verantwoording(args.verantwoording, meters)
    _schrijf_atomair(realisatie, nieuw)
    pakket = args.map / NORMEN_MAP / "datapackage.json"
    met_bron = pakket_met_bron(pakket.read_text(encoding="utf-8")) if pakket.is_file() else None
    if met_bron is not None:
        _schrijf_atomair(pakket, met_bron)
    _samenvatting(meters, overgeslagen)
    return 0


def _gepubliceerd(gemeente_map: Path, doel: Path) -> bool:
    """True when `doel` lies in the docs_dir of the gemeente's mkdocs.yml."""
    mkdocs_yml = gemeente_map / "mkdocs.yml"
    instellingen = lees_instellingen(mkdocs_yml)[0] if mkdocs_yml.is_file() else None
    if instellingen is None:
        return False
    docs = (instellingen.opdracht.basis / instellingen.opdracht.docs).resolve()
    return doel.resolve().is_relative_to(docs)


def _zonder_meldingen(bron: Iterable[T | Melding], meldingen: list[Melding]) -> Iterator[T]:
    for item in bron:
        if isinstance(item, Melding):
            meldingen.append(item)
        else:
            yield item


def _stop(meldingen: list[Melding], reden: str) -> int:
    schrijf(sorted(meldingen), "human", sys.stderr, kleur=sys.stderr.isatty())
    print(f"{len(meldingen)} fout(en): {reden}; realisatie.csv is niet veranderd.", file=sys.stderr)
    return EXIT_FOUTEN


def _verantwoording(map_: Path, meters: dict[str, Meter]) -> None:
    """Per norm and period a CSV of every counted case: anyone can redo the figure."""
    for norm_id, meter in meters.items():
        for periode, telling in meter.uitkomst():
            doel = map_ / norm_id / f"{periode}.csv"
            doel.parent.mkdir(parents=True, exist_ok=True)
            with doel.open("w", encoding="utf-8", newline="") as uit:
                schrijver = csv.writer(uit, lineterminator="\n")
                schrijver.writerow(KOP[meter.meting.bron])
                schrijver.writerows(g.rij() for g in telling.gevallen)


def _schrijf_atomair(pad: Path, tekst: str) -> None:
    """Replace the file in one step: a reader never sees half a file."""
    with tempfile.NamedTemporaryFile(
        "w", encoding="utf-8", dir=pad.parent, delete=False, newline=""
    ) as tijdelijk:
        tijdelijk.write(tekst)
    os.replace(tijdelijk.name, pad)


def _samenvatting(meters: dict[str, Meter], overgeslagen: int) -> None:
    for norm_id, meter in sorted(meters.items()):
        uitkomst = meter.uitkomst()
        if not uitkomst:
            print(f"{norm_id}: nog geen afgelopen periode met gevallen")
            continue
        for periode, t in uitkomst:
            extra = (
                f"; {t.verlengd} verlengd, {t.opgeschort} opgeschort"
                if meter.meting.bron == "zaken"
                else ""
            )
            print(f"{norm_id} {periode}: {t.percentage} % gehaald van {t.aantal}{extra}")
    if overgeslagen:
        print(f"{overgeslagen} zaken overgeslagen: hun zaaktype meet geen enkele norm")
