"""`loket import-hsds`: an Open Referral HSDS package into Loket's sociale kaart."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from loket.importeer.hsds import HsdsFout, converteer, lees_hsds
from loket.importeer.schrijf import bestaande, schrijf_sociale_kaart
from loket.load import lees_yaml
from loket.validate.verwijzingen import ids_in

EXIT_FOUTEN, EXIT_GEBRUIK = 1, 2


class Gebruiksfout(Exception):
    """A wrong call: exit code 2 with a Dutch message."""


def voeg_toe(sub: Any) -> None:
    opdracht = sub.add_parser(
        "import-hsds", help="zet een Open Referral HSDS-datapakket om naar de sociale kaart"
    )
    opdracht.add_argument("hsds", type=Path, help="de map met het HSDS-datapakket (CSV-bestanden)")
    opdracht.add_argument(
        "--naar", type=Path, required=True, help="de map sociale_kaart/ van de gemeente"
    )
    opdracht.add_argument("--categorie", help="de categorie voor organisaties zonder passende term")
    opdracht.add_argument(
        "--categorieen", type=Path, help="YAML: taxonomie-term (naam of id) → categorie"
    )
    opdracht.add_argument(
        "--overschrijf", action="store_true", help="bestaande bestanden vervangen"
    )


def voer_uit(args: argparse.Namespace) -> int:
    try:
        return _importeer(args)
    except Gebruiksfout as fout:
        print(f"loket: {fout}", file=sys.stderr)
        return EXIT_GEBRUIK
    except HsdsFout as fout:
        print(f"loket: het HSDS-pakket klopt niet: {fout}", file=sys.stderr)
        return EXIT_FOUTEN


def _importeer(args: argparse.Namespace) -> int:
    if not (args.hsds / "organizations.csv").is_file():
        raise Gebruiksfout(f"in '{args.hsds}' staat geen organizations.csv van een HSDS-pakket")
    if bestaande(args.naar) and not args.overschrijf:
        namen = ", ".join(str(p) for p in bestaande(args.naar))
        raise Gebruiksfout(f"{namen} bestaat al; gebruik --overschrijf om te vervangen")
    koppeling = _koppeling(args.categorieen)
    standaard = args.categorie or koppeling.pop("standaard", None)
    bekend = _categorieen_van_gemeente(args.naar)
    gekozen = {c for c in [*koppeling.values(), standaard] if c}
    if not gekozen:
        raise Gebruiksfout("geef --categorie of --categorieen op")
    if bekend and gekozen - set(bekend):
        raise Gebruiksfout(
            f"categorie {', '.join(sorted(gekozen - set(bekend)))} staat niet in "
            "gemeente.yml (sociale_kaart.categorieen)"
        )
    uitkomst = converteer(lees_hsds(args.hsds), koppeling, standaard, set(bekend), args.peildatum)
    schrijf_sociale_kaart(args.naar, uitkomst.rijen, bekend or sorted(gekozen))
    for regel in uitkomst.rapport:
        print(f"- {regel}")
    print(
        f"{len(uitkomst.rijen)} organisaties geschreven naar {args.naar}; "
        f"{len(uitkomst.rapport)} opmerkingen."
    )
    return 0


def _koppeling(pad: Path | None) -> dict[str, str]:
    if pad is None:
        return {}
    bestand, meldingen = lees_yaml(pad, str(pad))
    if bestand is None or not all(isinstance(v, str) for v in bestand.data.values()):
        reden = str(meldingen[0]) if meldingen else "elke waarde moet een categorie-id zijn"
        raise Gebruiksfout(f"{pad} klopt niet: {reden}")
    return {str(k): v for k, v in bestand.data.items()}


def _categorieen_van_gemeente(naar: Path) -> list[str]:
    """The category ids in the gemeente.yml next to the target folder, if there is one."""
    bestand, _ = lees_yaml(naar.resolve().parent / "gemeente.yml", "gemeente.yml")
    kaart = bestand.data.get("sociale_kaart") if bestand else None
    return ids_in(kaart.get("categorieen") if isinstance(kaart, dict) else None)
