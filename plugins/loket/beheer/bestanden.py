"""The files of /beheer/: the page, the generated config.yml, the preview and Decap CMS itself.

Decap CMS ships inside this package (`beheer/decap/`, copied by `make decap` from the npm
package pinned in package.json): a gemeente needs no Node for its web editor. It is served from
the site, never from a CDN.
"""

from __future__ import annotations

import html
from importlib.resources import files
from pathlib import Path

from loket.beheer.config import Backend, config_tekst
from loket.pages.spec import Uitvoer

MAP = "beheer"
DECAP = Path(str(files("loket.beheer").joinpath("decap")))
"""The shipped Decap CMS bundle (its version in VERSION, its licence in LICENSE)."""


class DecapOntbreekt(Exception):
    """Decap CMS is not installed where it was looked for."""


def beheer_bestanden(
    backend: Backend,
    site_naam: str,
    decap_dist: Path = DECAP,
    docs_dir: str = "site_src",
    site_url: str = "",
    gemeente_map: str = "",
) -> list[Uitvoer]:
    """Everything to write under /beheer/. Raises `DecapOntbreekt` without Decap's files."""
    return [
        Uitvoer(f"{MAP}/index.html", inhoud=beheer_pagina(site_naam, backend)),
        Uitvoer(
            f"{MAP}/config.yml", inhoud=config_tekst(backend, docs_dir, site_url, gemeente_map)
        ),
        Uitvoer(
            f"{MAP}/voorbeeld.js",
            inhoud=files("loket.beheer").joinpath("voorbeeld.js").read_text(),
        ),
        *decap_kopieen(decap_dist),
    ]


def decap_kopieen(dist: Path) -> list[Uitvoer]:
    """Decap's bundle with the chunks and WebAssembly it loads from beside itself."""
    hoofd = dist / "decap-cms.js"
    if not hoofd.is_file():
        raise DecapOntbreekt(str(dist))
    delen = sorted([*dist.glob("*.decap-cms.js"), *dist.glob("*.wasm"), dist / "LICENSE"])
    return [Uitvoer(f"{MAP}/{p.name}", bron=p) for p in [hoofd, *delen] if p.is_file()]


def beheer_csp(backend: Backend) -> str:
    """/beheer/'s own policy: the public one, plus the git host Decap CMS talks to, the avatars
    it shows, the inline styles its interface injects (CSS-in-JS) and `eval`, which its bundle
    uses. Inline scripts stay blocked; the public pages allow none of these."""
    if backend.lokaal:
        api, beelden = ["http://localhost:*"], []
    elif backend.naam == "gitlab":
        host = (backend.base_url or "https://gitlab.com").rstrip("/")
        api, beelden = [host], [host, "https://secure.gravatar.com"]
    else:
        api = ["https://api.github.com"]
        beelden = ["https://avatars.githubusercontent.com", "https://raw.githubusercontent.com"]
    return "; ".join(
        [
            "default-src 'self'",
            "script-src 'self' 'unsafe-eval'",
            "style-src 'self' 'unsafe-inline'",
            " ".join(["img-src 'self' data: blob:", *beelden]),
            " ".join(["connect-src 'self'", *api]),
            "font-src 'self' data:",
            "worker-src 'self' blob:",
            "frame-src 'self' blob:",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
        ]
    )


def beheer_pagina(site_naam: str, backend: Backend) -> str:
    titel = html.escape(f"Beheer – {site_naam}")
    csp = html.escape(beheer_csp(backend))
    return f"""<!doctype html>
<html lang="nl">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="{csp}">
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
