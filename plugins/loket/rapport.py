"""What needs a redacteur's attention: texts due for review, promises without figures, links."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from loket.model import Catalogus

VERLOPEN = "verlopen"
BINNENKORT = "binnenkort"
GEEN_CIJFERS = "geen cijfers"
GEEN_BELOFTE = "geen belofte"
ONVEILIGE_LINK = "geen https"
_HTTP_LINK = re.compile(r"\]\(\s*(http://[^)\s]+)|<(http://[^>\s]+)>")


@dataclass(frozen=True, order=True)
class Punt:
    soort: str
    eigenaar: str
    bestand: str
    omschrijving: str
    datum: date | None = None


def maak_rapport(catalogus: Catalogus, vandaag: date, dagen: int = 30) -> list[Punt]:
    punten = _herzien(catalogus, vandaag, dagen)
    punten += _zonder_cijfers(catalogus)
    punten += _zonder_belofte(catalogus)
    punten += _http_links(catalogus.map / "site_src")
    return sorted(punten, key=lambda p: (p.eigenaar, p.soort, p.datum or date.max, p.bestand))


def is_verlopen(punten: list[Punt]) -> bool:
    return any(p.soort == VERLOPEN for p in punten)


def _herzien(catalogus: Catalogus, vandaag: date, dagen: int) -> list[Punt]:
    grens = vandaag + timedelta(days=dagen)
    punten = []
    # Products that go live later are reviewed too: their text is read before it is public.
    for bron in [*catalogus.producten.values(), *catalogus.later.values()]:
        p = bron.product
        if p.herzien_voor < vandaag:
            tekst = f"'{p.naam}' had vóór {p.herzien_voor.isoformat()} gecontroleerd moeten zijn"
            punten.append(Punt(VERLOPEN, p.eigenaar, bron.bestand, tekst, p.herzien_voor))
        elif p.herzien_voor <= grens:
            tekst = f"'{p.naam}' moet vóór {p.herzien_voor.isoformat()} gecontroleerd worden"
            punten.append(Punt(BINNENKORT, p.eigenaar, bron.bestand, tekst, p.herzien_voor))
    return punten


def _zonder_cijfers(catalogus: Catalogus) -> list[Punt]:
    perioden = catalogus.realisatie_perioden()
    if not catalogus.servicenormen:
        return []
    laatste = perioden[-1] if perioden else None
    gemeten = {r.servicenorm for r in catalogus.realisatie if r.periode == laatste}
    waar = f"in periode {laatste}" if laatste else "(er zijn nog geen cijfers)"
    return [
        Punt(
            GEEN_CIJFERS,
            "(kwaliteitshandvest)",
            n.bestand,
            f"'{n.servicenorm.titel}' heeft geen cijfers {waar}",
        )
        for n in catalogus.servicenormen.values()
        if n.id not in gemeten
    ]


def _zonder_belofte(catalogus: Catalogus) -> list[Punt]:
    if not catalogus.servicenormen:
        return []
    return [
        Punt(
            GEEN_BELOFTE,
            b.product.eigenaar,
            b.bestand,
            f"'{b.product.naam}' noemt geen servicenorm",
        )
        for b in catalogus.producten.values()
        if not b.product.servicenormen
    ]


def _http_links(site_src: Path) -> list[Punt]:
    """Hand-written pages are not validated like YAML: look for links without https there."""
    punten = []
    for pagina in sorted(site_src.rglob("*.md")) if site_src.is_dir() else []:
        for gevonden in _HTTP_LINK.finditer(pagina.read_text(encoding="utf-8", errors="replace")):
            link = gevonden.group(1) or gevonden.group(2)
            bestand = pagina.relative_to(site_src.parent).as_posix()
            punten.append(Punt(ONVEILIGE_LINK, "(webteam)", bestand, f"link zonder https: {link}"))
    return punten
