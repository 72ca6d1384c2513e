"""Every internal link and asset in a built site resolves: a fast check without a browser."""

from __future__ import annotations

import posixpath
from functools import cache
from pathlib import Path
from urllib.parse import unquote, urlsplit

from lxml import html

_ATTRIBUTEN = ("//a/@href", "//link/@href", "//script/@src", "//img/@src", "//source/@src")


def kapotte_links(site: Path) -> list[str]:
    """`page: link` for every internal href/src that points at no file or no anchor."""

    @cache
    def ids(bestand: Path) -> frozenset[str]:
        return frozenset(html.parse(str(bestand)).getroot().xpath("//@id"))

    problemen = []
    for bestand in sorted(site.rglob("*.html")):
        pagina = bestand.relative_to(site).as_posix()
        for link in html.parse(str(bestand)).getroot().xpath(" | ".join(_ATTRIBUTEN)):
            doel = _doel(site, pagina, str(link))
            if doel is None:
                continue
            pad, anker = doel
            if not pad.is_file():
                problemen.append(f"{pagina}: {link} (bestand ontbreekt)")
            elif anker and pad.suffix == ".html" and anker not in ids(pad):
                problemen.append(f"{pagina}: {link} (anker ontbreekt)")
    return problemen


def _doel(site: Path, pagina: str, link: str) -> tuple[Path, str] | None:
    delen = urlsplit(link)
    if delen.scheme or delen.netloc or (not delen.path and not delen.fragment):
        return None
    pad = unquote(delen.path) if delen.path else posixpath.basename(pagina)
    # Root-relative links (the 404 page uses them) start at the site root.
    basis = "" if pad.startswith("/") else posixpath.dirname(pagina)
    volledig = posixpath.normpath(posixpath.join(basis, pad.lstrip("/")))
    kandidaat = site / volledig
    if delen.path.endswith("/") or kandidaat.is_dir():
        kandidaat = kandidaat / "index.html"
    return kandidaat, unquote(delen.fragment)
