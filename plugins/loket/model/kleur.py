"""Colours and WCAG 2.1 contrast: the relative luminance and contrast ratio of the standard
(success criterion 1.4.3, with its sRGB formula), and shades of one hue found by lightness.
"""

from __future__ import annotations

import colorsys
import re
from typing import Annotated

from pydantic import AfterValidator, Field

from loket.model.typen import fout

WIT = "#ffffff"
ZWART = "#000000"
SLATE_ACHTERGROND = "#1e2129"
"""Material's dark scheme background: hsl(225deg, 15%, 14%)."""
TEKST = 4.5
"""WCAG 2.1 AA minimum for normal text (1.4.3)."""
GROOT = 3.0
"""WCAG 2.1 AA minimum for large text and user-interface components (1.4.3, 1.4.11)."""

_HEX = re.compile(r"#[0-9a-f]{6}")


def _kleur(tekst: str) -> str:
    waarde = tekst.strip().lower()
    if not _HEX.fullmatch(waarde):
        raise fout(
            "kleur",
            f"'{tekst}' is geen kleur",
            "schrijf een kleur als #rrggbb, zoals '#1a5e9a'",
        )
    return waarde


Kleur = Annotated[
    str,
    AfterValidator(_kleur),
    Field(json_schema_extra={"pattern": "^#[0-9a-fA-F]{6}$"}),
]
"""`#rrggbb`, stored in lower case."""


def rgb(kleur: str) -> tuple[float, float, float]:
    return tuple(int(kleur[i : i + 2], 16) / 255 for i in (1, 3, 5))  # type: ignore[return-value]


def hex_van(r: float, g: float, b: float) -> str:
    return "#" + "".join(f"{round(max(0.0, min(1.0, c)) * 255):02x}" for c in (r, g, b))


def luminantie(kleur: str) -> float:
    """Relative luminance (WCAG 2.1 definition)."""

    def lineair(c: float) -> float:
        return c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (lineair(c) for c in rgb(kleur))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(een: str, twee: str) -> float:
    """The contrast ratio, from 1 (none) to 21 (black on white)."""
    licht, donker = sorted((luminantie(een), luminantie(twee)), reverse=True)
    return (licht + 0.05) / (donker + 0.05)


def tint(kleur: str, lichtheid: float) -> str:
    """The same hue and saturation at another lightness (0 black … 1 white)."""
    h, _, s = colorsys.rgb_to_hls(*rgb(kleur))
    return hex_van(*colorsys.hls_to_rgb(h, lichtheid, s))


def lichtheid(kleur: str) -> float:
    return colorsys.rgb_to_hls(*rgb(kleur))[1]


def dichtstbij(kleur: str, tegen: str, minimum: float) -> str | None:
    """The shade of `kleur`'s hue closest in lightness that reaches `minimum` against `tegen`
    (None when no shade does)."""
    eigen = lichtheid(kleur)
    stappen = sorted(range(1001), key=lambda i: abs(i / 1000 - eigen))
    for stap in stappen:
        kandidaat = tint(kleur, stap / 1000)
        if contrast(kandidaat, tegen) >= minimum:
            return kandidaat
    return None


def passend(kleur: str, tegen: str, minimum: float) -> str:
    """`kleur` itself when it reaches `minimum` against `tegen`, else its closest shade that
    does (black or white at worst)."""
    if contrast(kleur, tegen) >= minimum:
        return kleur
    gevonden = dichtstbij(kleur, tegen, minimum)
    if gevonden is not None:
        return gevonden
    return max((ZWART, WIT), key=lambda k: contrast(k, tegen))
