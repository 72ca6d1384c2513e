"""What the web editor's media folder may publish: images and documents the site needs, each
really what its name says, and SVG only without anything that runs or loads from elsewhere.

An SVG opened on its own (at /bestanden/x.svg) is a document of the site: a script in it would
run with the site's rights, and no `<meta>` CSP protects it. So SVG is held to an allowlist of
drawing elements; anything else is refused with the element named.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

MEDIA_MAP = "bestanden"
"""The editor's media folder inside docs_dir, published as /bestanden/."""

_HANDTEKENINGEN: dict[str, tuple[bytes, ...]] = {
    ".png": (b"\x89PNG\r\n\x1a\n",),
    ".jpg": (b"\xff\xd8\xff",),
    ".jpeg": (b"\xff\xd8\xff",),
    ".gif": (b"GIF87a", b"GIF89a"),
    ".webp": (b"RIFF",),
    ".pdf": (b"%PDF-",),
    ".docx": (b"PK\x03\x04",),
    ".xlsx": (b"PK\x03\x04",),
    ".odt": (b"PK\x03\x04",),
    ".ods": (b"PK\x03\x04",),
}
TEKST_SOORTEN = (".csv", ".txt")
SOORTEN = (*_HANDTEKENINGEN, *TEKST_SOORTEN, ".svg")

SVG_ELEMENTEN = frozenset(
    {
        "svg", "g", "path", "rect", "circle", "ellipse", "line", "polyline", "polygon",
        "text", "tspan", "title", "desc", "defs", "linearGradient", "radialGradient", "stop",
        "clipPath", "mask", "use", "symbol", "metadata",
    }
)  # fmt: skip
_URL_BUITEN = re.compile(r"url\(\s*['\"]?(?!#)", re.IGNORECASE)
_VERBODEN_IN_WAARDE = ("javascript:", "\\", "image-set", "@import", "expression(")
"""CSS escapes (`u\\72l(`) and functions that load from elsewhere."""
_INSTRUCTIE = re.compile(rb"<\?(?!xml\s)", re.IGNORECASE)
"""Processing instructions (`<?xml-stylesheet …?>`); the XML declaration itself is fine."""


MAX_GROOTTE = 20 * 1024 * 1024


def media_probleem(naam: str, inhoud: bytes) -> tuple[str, str] | None:
    """(melding, hint) when the file may not be published, else None."""
    if len(inhoud) > MAX_GROOTTE:
        return "dit bestand is groter dan 20 MB", "maak het bestand kleiner of zet het elders"
    soort = "." + naam.rsplit(".", 1)[-1].lower() if "." in naam else ""
    if soort not in SOORTEN:
        return (
            f"een bestand van het soort '{soort or naam}' wordt niet gepubliceerd",
            "toegestaan zijn: " + ", ".join(s.lstrip(".") for s in SOORTEN),
        )
    if soort == ".svg":
        return _svg_probleem(inhoud)
    if soort in TEKST_SOORTEN:
        return _tekst_probleem(inhoud)
    if not inhoud.startswith(_HANDTEKENINGEN[soort]) or (
        soort == ".webp" and inhoud[8:12] != b"WEBP"
    ):
        return (
            f"dit bestand is geen echt {soort.lstrip('.').upper()}-bestand",
            "sla het bestand opnieuw op in het juiste formaat, of geef het de juiste extensie",
        )
    return None


def _tekst_probleem(inhoud: bytes) -> tuple[str, str] | None:
    try:
        inhoud.decode("utf-8")
    except UnicodeDecodeError:
        return "dit tekstbestand is niet in UTF-8", "sla het bestand op als UTF-8"
    return None


def _svg_probleem(inhoud: bytes) -> tuple[str, str] | None:
    hint = (
        "een SVG mag alleen tekenen: geen scripts, links, stijlblokken of bestanden van "
        "elders; sla hem opnieuw op als 'gewone SVG' of gebruik PNG"
    )
    if b"<!DOCTYPE" in inhoud.upper() or b"<!ENTITY" in inhoud.upper():
        return "deze SVG bevat een DOCTYPE of ENTITY", hint
    if _INSTRUCTIE.search(inhoud):
        return "deze SVG bevat een verwerkingsinstructie (<?…?>)", hint
    try:
        wortel = ET.fromstring(inhoud)
    except (ET.ParseError, ValueError):
        return "deze SVG is geen geldige XML", hint
    for element in wortel.iter():
        naam = _lokaal(str(element.tag))
        if naam not in SVG_ELEMENTEN:
            return f"deze SVG bevat het element <{naam}>", hint
        for attribuut, waarde in element.attrib.items():
            probleem = _attribuut_probleem(_lokaal(attribuut), waarde)
            if probleem:
                return f"deze SVG bevat {probleem} bij <{naam}>", hint
    return None


def _attribuut_probleem(naam: str, waarde: str) -> str | None:
    if naam.lower().startswith("on"):
        return f"het attribuut '{naam}'"
    if naam == "href" and not waarde.strip().startswith("#"):
        return f"een link naar '{waarde}'"
    if _URL_BUITEN.search(waarde) or any(w in waarde.lower() for w in _VERBODEN_IN_WAARDE):
        return f"een verwijzing naar elders in '{naam}'"
    return None


def _lokaal(naam: str) -> str:
    return naam.rsplit("}", 1)[-1]
