"""Links in the content to the site's own host (`site_url`) at a path no file of the build
has: once published they are 404s. A warning (`loket check --streng` fails on it), located at
the text that holds the link.

Pure: the files come in as read, and the paths of the site as a set (controle.py knows them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any
from urllib.parse import unquote, urlsplit

from loket.load import Pad, YamlBestand
from loket.load.datapakket import Tabel
from loket.melding import Ernst, Melding

_URL = re.compile(r"https?://[^\s<>()\[\]\"'`]+", re.IGNORECASE)
_ALTIJD = ("assets/", "search/", "sitemap.xml", "404.html")
"""What MkDocs and the theme write besides the pages and files Loket and the gemeente have."""


def dode_eigen_links(
    bestanden: Iterable[YamlBestand], tabellen: Iterable[Tabel], site_url: str, paden: set[str]
) -> list[Melding]:
    """`paden`: the URL path (no leading slash) of every page and file the build writes."""
    site = urlsplit(site_url)
    if not site.netloc:
        return []
    voorvoegsel = site.path if site.path.endswith("/") else site.path + "/"
    meldingen = []
    for bestand in bestanden:
        for pad, tekst in _teksten(bestand.data, ()):
            for url in _dood(tekst, site.netloc, voorvoegsel, paden):
                meldingen.append(bestand.melding(pad, _tekst(url), _HINT, ernst=Ernst.WAARSCHUWING))
    for tabel in tabellen:
        for rij in tabel.rijen:
            for kolom, tekst in rij.waarden.items():
                for url in _dood(tekst, site.netloc, voorvoegsel, paden):
                    regel, plek = rij.regel, tabel.kolom_nummer(kolom)
                    meldingen.append(
                        Melding(tabel.weergave, regel, plek, _tekst(url), _HINT, Ernst.WAARSCHUWING)
                    )
    return meldingen


_HINT = (
    "verwijs naar een pagina die Loket maakt (zoals /contact/) of naar het adres van het "
    "andere systeem (zoals het formulier); controleer de link in de browser"
)


def _tekst(url: str) -> str:
    return f"de link {url} wijst naar deze site, maar daar komt geen pagina of bestand"


def _dood(tekst: str, host: str, voorvoegsel: str, paden: set[str]) -> Iterator[str]:
    for gevonden in _URL.finditer(tekst):
        url = gevonden.group(0).rstrip(".,;:!?")
        delen = urlsplit(url)
        if delen.netloc.lower() != host.lower():
            continue
        pad = delen.path or "/"
        if not (pad + "/").startswith(voorvoegsel):
            continue
        if not _bestaat(unquote(pad[len(voorvoegsel) :]), paden):
            yield url


def _bestaat(pad: str, paden: set[str]) -> bool:
    kandidaten = {pad, pad + "/", pad.removesuffix("index.html"), pad.rstrip("/")}
    return bool(kandidaten & paden) or pad.startswith(_ALTIJD)


def _teksten(waarde: Any, pad: Pad) -> Iterator[tuple[Pad, str]]:
    if isinstance(waarde, str):
        yield pad, waarde
    elif isinstance(waarde, dict):
        for sleutel, kind in waarde.items():
            yield from _teksten(kind, (*pad, sleutel))
    elif isinstance(waarde, list):
        for i, kind in enumerate(waarde):
            yield from _teksten(kind, (*pad, i))
