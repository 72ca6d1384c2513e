"""`loket beheer [doel]`: write the web editor (Decap CMS) for this gemeente into a site."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any

from loket.beheer.bestanden import DECAP_DIST, DecapOntbreekt, beheer_bestanden
from loket.beheer.config import BackendFout, backend_uit
from loket.export import schrijf_uitvoer
from loket.load.site_bron import lees_mkdocs_yml

EXIT_GEBRUIK = 2


def voeg_toe(sub: Any) -> None:
    beheer = sub.add_parser("beheer", help="schrijf het webbeheer (Decap CMS) naar /beheer/")
    beheer.add_argument("doel", type=Path, nargs="?", default=Path("site"), help="de site-map")
    beheer.add_argument("--map", type=Path, default=Path("."), help="de map met mkdocs.yml")
    beheer.add_argument(
        "--lokaal", action="store_true", help="opslaan via decap-server op deze computer"
    )


def voer_uit(args: argparse.Namespace) -> int:
    try:
        config = lees_mkdocs_yml(args.map / "mkdocs.yml")
        if not config:
            raise OSError("mkdocs.yml")
        opties = _loket_opties(config)
        backend = backend_uit(opties.get("beheer_git") or {}, config.get("repo_url"), args.lokaal)
        gemeente = args.map / str(opties.get("map") or ".")
        docs = os.path.relpath(args.map / config.get("docs_dir", "docs"), args.map)
        delen = beheer_bestanden(
            backend,
            str(config.get("site_name", "")),
            args.map / DECAP_DIST,
            docs,
            str(config.get("site_url") or ""),
            os.path.relpath(gemeente, args.map),
        )
    except OSError:
        print(f"loket: {args.map / 'mkdocs.yml'} kan niet worden gelezen", file=sys.stderr)
        return EXIT_GEBRUIK
    except BackendFout as fout:
        print(f"loket: {fout}", file=sys.stderr)
        return EXIT_GEBRUIK
    except DecapOntbreekt as fout:
        print(f"loket: Decap CMS ontbreekt in {fout}; draai 'npm ci'", file=sys.stderr)
        return EXIT_GEBRUIK
    schrijf_uitvoer(delen, args.doel)
    print(f"Webbeheer geschreven naar {args.doel / 'beheer'} ({len(delen)} bestanden).")
    return 0


def _loket_opties(config: dict[str, Any]) -> dict[str, Any]:
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "loket" in plugin:
            return plugin["loket"] or {}
    return {}
