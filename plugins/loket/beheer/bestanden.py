"""The files of /beheer/: the page, the generated config.yml, the preview and Decap CMS itself.

Decap CMS is served from the site (copied from the pinned npm package), never from a CDN.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from importlib.resources import files
from pathlib import Path

from loket.beheer.config import Backend, config_tekst

MAP = "beheer"
DECAP_DIST = Path("node_modules") / "decap-cms" / "dist"
"""Where `npm ci` puts Decap CMS, relative to the folder of mkdocs.yml."""


@dataclass(frozen=True)
class Tekst:
    pad: str
    inhoud: str


@dataclass(frozen=True)
class Kopie:
    pad: str
    bron: Path


class DecapOntbreekt(Exception):
    """Decap CMS is not installed where it was looked for."""


def beheer_bestanden(
    backend: Backend,
    site_naam: str,
    decap_dist: Path,
    docs_dir: str = "site_src",
    site_url: str = "",
    map: str = "",
) -> list[Tekst | Kopie]:
    """Everything to write under /beheer/. Raises `DecapOntbreekt` without Decap's files."""
    return [
        Tekst(f"{MAP}/index.html", beheer_pagina(site_naam)),
        Tekst(f"{MAP}/config.yml", config_tekst(backend, docs_dir, site_url, map)),
        Tekst(f"{MAP}/voorbeeld.js", files("loket.beheer").joinpath("voorbeeld.js").read_text()),
        *decap_kopieen(decap_dist),
    ]


def decap_kopieen(dist: Path) -> list[Kopie]:
    """Decap's bundle with the chunks and WebAssembly it loads from beside itself."""
    hoofd = dist / "decap-cms.js"
    if not hoofd.is_file():
        raise DecapOntbreekt(str(dist))
    delen = sorted([*dist.glob("*.decap-cms.js"), *dist.glob("*.wasm")])
    return [Kopie(f"{MAP}/{p.name}", p) for p in [hoofd, *delen]]


def beheer_pagina(site_naam: str) -> str:
    titel = html.escape(f"Beheer – {site_naam}")
    return f"""<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta name="robots" content="noindex, nofollow">
  <title>{titel}</title>
  <link href="config.yml" type="text/yaml" rel="cms-config-url">
</head>
<body>
  <noscript>Het beheer werkt alleen met JavaScript aan.</noscript>
  <script src="decap-cms.js"></script>
  <script src="voorbeeld.js"></script>
</body>
</html>
"""
