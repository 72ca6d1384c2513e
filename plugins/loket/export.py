"""`loket export`: the whole site as plain files, so any MkDocs-compatible engine can build it.

Material for MkDocs ends its life on 2027-05-05 and Zensical, its successor, ignores third-party
plugins. The export writes every generated page as Markdown with front matter next to the
hand-written pages, Loket's templates as a theme override folder, and a `mkdocs.yml` without the
`loket` plugin: plain MkDocs + Material and Zensical build the same site from it.
"""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import yaml

from loket.model import Catalogus, Gemeente
from loket.pages import Opties, Uitvoer, bouw_site, navigatie
from loket.pages.mededelingen import op_elke_pagina
from loket.peildatum import is_voorbeeld
from loket.uiterlijk import MARKDOWN_EXTENSIES, TEMPLATES, extra, stylesheets, thema_beelden


def exporteer(
    catalogus: Catalogus, opties: Opties, bron: Path, config: dict[str, Any], doel: Path
) -> list[str]:
    """Write the site to `doel`: the pages for `opties`, the gemeente's own files from `bron`
    (its docs_dir); `config` is its mkdocs.yml as written. Returns the pages."""
    vandaag = opties.vandaag
    docs = doel / "docs"
    if bron.is_dir():
        shutil.copytree(bron, docs, dirs_exist_ok=True)
    eigen = (
        sorted(p.relative_to(docs).as_posix() for p in docs.rglob("*.md")) if docs.exists() else []
    )
    uitvoer = bouw_site(catalogus, opties)
    schrijf_uitvoer(uitvoer, docs, overschrijven=False)
    shutil.copytree(TEMPLATES, doel / "overrides", dirs_exist_ok=True, ignore=_alleen_loket)
    nav = navigatie(catalogus, [p for p in eigen if p not in {u.pad for u in uitvoer}])
    thema = extra(
        config.get("extra"),
        catalogus.gemeente,
        voorbeeld=vandaag if is_voorbeeld(vandaag) else None,
        mededelingen=op_elke_pagina(catalogus),
    )
    (doel / "mkdocs.yml").write_text(
        _config(config, nav, thema, catalogus.gemeente), encoding="utf-8"
    )
    return [u.pad for u in uitvoer if u.is_pagina]


def schrijf_uitvoer(uitvoer: list[Uitvoer], doel: Path, *, overschrijven: bool = True) -> None:
    """Write each file under `doel` (a page with its front matter, a copy as it is); with
    `overschrijven=False` a file that is already there (the gemeente's own) stays."""
    for u in uitvoer:
        bestand = doel / u.pad
        if bestand.exists() and not overschrijven:
            continue
        bestand.parent.mkdir(parents=True, exist_ok=True)
        if u.bron is not None:
            shutil.copyfile(u.bron, bestand)
        else:
            bestand.write_text(u.tekst(), encoding="utf-8")


def _config(
    config: dict[str, Any], nav: list[Any], extra_loket: dict[str, Any], gemeente: Gemeente
) -> str:
    thema = dict(config.get("theme") or {"name": "material"})
    thema |= {"custom_dir": "overrides", "font": False, **thema_beelden(gemeente)}
    uit = {
        "site_name": config.get("site_name", "Gemeente"),
        "site_url": config.get("site_url"),
        "docs_dir": "docs",
        "theme": thema,
        "nav": nav,
        "markdown_extensions": list(MARKDOWN_EXTENSIES),
        "extra_css": stylesheets(gemeente),
        "extra": extra_loket,
        "plugins": [{"search": {"lang": "nl"}}],
    }
    for sleutel in ("site_description", "copyright", "repo_url", "use_directory_urls"):
        if sleutel in config:
            uit[sleutel] = config[sleutel]
    kop = "# Exported by `loket export`: builds without the loket plugin (MkDocs or Zensical).\n"
    return kop + yaml.safe_dump(
        {k: v for k, v in uit.items() if v is not None}, allow_unicode=True, sort_keys=False
    )


ALLEEN_IN_DE_PLUGIN = {"sitemap.xml", "base.html", "partials/nav-item.html", "partials/toc.html"}
"""Templates the export leaves out. MkDocs' sitemap template uses page objects Zensical does not
have (both engines make their own sitemap). The copies of Material's base, navigation item and
table of contents name Material's own asset files and partials; each engine's own are used."""


def _alleen_loket(submap: str, namen: list[str]) -> list[str]:
    onder = Path(submap).relative_to(TEMPLATES)
    return [n for n in namen if (onder / n).as_posix() in ALLEEN_IN_DE_PLUGIN]
