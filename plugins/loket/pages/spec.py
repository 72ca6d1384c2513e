"""What Loket writes: one type for every file of the site, and the options around it.

A page is complete as Markdown with front matter; a download is its text; a file of the web
editor may be a copy. The same list feeds the MkDocs adapter (virtual files) and `loket
export` (files on disk), so the pages do not depend on any one engine.
"""

from __future__ import annotations

import html
import posixpath
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from loket.peildatum import peildatum

_ZONDER_HTML = re.compile(r"[<>&\"']")

# libyaml's emitter when present: the pure-Python one cost a third of a large build.
_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


@dataclass(frozen=True)
class Opties:
    """What the renderer needs to know of the site around it."""

    site_url: str = ""
    bewerk_basis: str = ""
    vandaag: date = field(default_factory=peildatum)
    """The peildatum: what is shown depends on it (closing days, prices, notices)."""
    directory_urls: bool = True

    def absolute_url(self, src: str) -> str:
        return self.site_url.rstrip("/") + "/" + url_van(src, self.directory_urls)

    def bewerk_url(self, bestand: str) -> str:
        return self.bewerk_basis.rstrip("/") + "/" + bestand if self.bewerk_basis else ""


Opslag = Callable[[str, str], Path]
"""Where a build puts a download as soon as it is made: (path in the site, text) → the file it
wrote. Pages stay pure without one: the download keeps its text (`loket export`, tests)."""


@dataclass(frozen=True)
class Uitvoer:
    """One file of the site: a page (with `meta`), a download, or a copy of a file (`bron`)."""

    pad: str
    """Path as if in docs_dir, e.g. `producten/paspoort.md` or `open-data/producten.csv`."""
    meta: dict[str, Any] | None = None
    """A page's front matter; None for a file that is not a page."""
    inhoud: str = ""
    """A page's Markdown body, or the whole text of another file."""
    in_nav: bool = False
    bron: Path | None = None
    """A file copied as it is (Decap CMS's bundle); `inhoud` is then empty."""
    vervangbaar: bool = False
    """The gemeente's own file of the same path wins (the JSON Schemas under /schemas/)."""

    @property
    def is_pagina(self) -> bool:
        return self.meta is not None

    def tekst(self) -> str:
        """The file as written to disk: a page with its front matter."""
        return self.markdown() if self.is_pagina else self.inhoud

    def thema_meta(self) -> dict[str, Any]:
        """The front matter as the theme reads it.

        Material prints `title` as HTML in `<title>`, the header and the search results, so it
        gets the title escaped. Its search shows `tags` as HTML too, and they only serve
        search: characters HTML would read are left out. `description` stays text: Loket's
        `main.html` escapes it for its attribute."""
        meta = dict(self.meta or {})
        if "title" in meta:
            meta["title"] = html.escape(meta["title"])
        if "tags" in meta:
            meta["tags"] = [_ZONDER_HTML.sub(" ", t).strip() for t in meta["tags"]]
        return meta

    def markdown(self) -> str:
        kop = yaml.dump(
            self.thema_meta(), Dumper=_DUMPER, allow_unicode=True, sort_keys=False, width=1000
        )
        return f"---\n{kop}---\n\n{self.inhoud.strip()}\n"


def bewerk_basis(bewerk_url: str | None, repo_url: str | None) -> str:
    """Base of the "Deze tekst aanpassen" links: the option, else the repository's edit view."""
    if bewerk_url:
        return bewerk_url
    return f"{repo_url.rstrip('/')}/edit/main/" if repo_url else ""


def link(van: str, naar: str) -> str:
    """Relative Markdown link from page `van` to page `naar` (both source paths)."""
    return _relatief(naar, posixpath.dirname(van))


def _relatief(doel: str, van_map: str) -> str:
    """`posixpath.relpath` for clean relative paths, without its costly trip via the disk
    root (pages link to each other tens of thousands of times in a large gemeente)."""
    delen = [d for d in doel.split("/") if d not in ("", ".")]
    basis = [d for d in van_map.split("/") if d not in ("", ".")]
    if ".." in delen or ".." in basis:
        return posixpath.relpath(doel or ".", van_map or ".")
    gedeeld = 0
    while gedeeld < min(len(delen), len(basis)) and delen[gedeeld] == basis[gedeeld]:
        gedeeld += 1
    return "/".join([".."] * (len(basis) - gedeeld) + delen[gedeeld:]) or "."


def url_van(src: str, directory_urls: bool = True) -> str:
    """The URL path (without leading slash) MkDocs gives the page `src`."""
    stam = src.removesuffix(".md")
    if not directory_urls:
        return f"{stam}.html"
    if stam == "index" or stam.endswith("/index"):
        return stam.removesuffix("index")
    return f"{stam}/"


def html_link(van: str, naar: str, directory_urls: bool = True) -> str:
    """Relative URL from page `van` to page `naar`, for the few places raw HTML is needed."""
    eigen, doel = url_van(van, directory_urls), url_van(naar, directory_urls)
    basis = eigen.rstrip("/") if eigen.endswith("/") else posixpath.dirname(eigen)
    pad = _relatief(doel, basis)
    return pad + "/" if (doel.endswith("/") or not doel) and not pad.endswith("/") else pad
