"""Inline SVG charts: no JavaScript, no library, an accessible name, and a table beside them.

Each chart is a `<figure>` with `role="img"`, a `<title>` and a `<desc>` that points at the
table with the same figures (the text alternative). Colours come from CSS classes, so the
charts follow the light and dark colour schemes.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

BREEDTE, HOOGTE = 640, 260
LINKS, ONDER, BOVEN = 44, 36, 16
PLOT_H = HOOGTE - ONDER - BOVEN


@dataclass(frozen=True)
class Staaf:
    label: str
    waarde: float
    """0–100."""
    gehaald: bool = True


@dataclass(frozen=True)
class Segment:
    soort: str
    aandeel: float
    """0–100; the segments of one bar add up to 100."""


def _y(waarde: float) -> float:
    return BOVEN + PLOT_H * (1 - waarde / 100)


def _as() -> list[str]:
    regels = []
    for stap in (0, 50, 100):
        y = _y(stap)
        regels.append(
            f'<line class="loket-grafiek__raster" x1="{LINKS}" y1="{y:.1f}" '
            f'x2="{BREEDTE}" y2="{y:.1f}"/>'
        )
        regels.append(f'<text x="{LINKS - 6}" y="{y + 4:.1f}" text-anchor="end">{stap} %</text>')
    return regels


def _omhulsel(
    grafiek_id: str,
    titel: str,
    beschrijving: str,
    inhoud: list[str],
    bijschrift: str,
    legenda: list[tuple[str, str]] | None = None,
) -> str:
    kop = (
        f'<svg class="loket-grafiek" viewBox="0 0 {BREEDTE} {HOOGTE}" role="img" '
        f'aria-labelledby="{grafiek_id}-titel {grafiek_id}-desc" xmlns="http://www.w3.org/2000/svg">'
    )
    delen = [
        '<figure class="loket-figuur">',
        kop,
        f'<title id="{grafiek_id}-titel">{escape(titel)}</title>',
        f'<desc id="{grafiek_id}-desc">{escape(beschrijving)}</desc>',
        *inhoud,
        "</svg>",
        f"<figcaption>{escape(bijschrift)}{_legenda(legenda or [])}</figcaption>",
        "</figure>",
    ]
    return "\n".join(delen)


def _legenda(items: list[tuple[str, str]]) -> str:
    """A visible key: a colour swatch and the name of each kind of segment."""
    if not items:
        return ""
    regels = "".join(
        f'<li><span class="loket-legenda__kleur loket-grafiek__deel--{soort}" '
        f'aria-hidden="true"></span>{escape(naam)}</li>'
        for soort, naam in items
    )
    return f'<ul class="loket-legenda">{regels}</ul>'


def staafgrafiek(
    grafiek_id: str,
    titel: str,
    beschrijving: str,
    staven: list[Staaf],
    norm: float | None,
    bijschrift: str,
) -> str:
    """Bars per period (kept or not), with the norm as a dashed line."""
    vak = (BREEDTE - LINKS) / max(len(staven), 1)
    inhoud = _as()
    for i, staaf in enumerate(staven):
        x = LINKS + i * vak + vak * 0.2
        y = _y(staaf.waarde)
        klasse = "gehaald" if staaf.gehaald else "niet-gehaald"
        midden = x + vak * 0.3
        inhoud += [
            f'<rect class="loket-grafiek__staaf--{klasse}" x="{x:.1f}" y="{y:.1f}" '
            f'width="{vak * 0.6:.1f}" height="{BOVEN + PLOT_H - y:.1f}"/>',
            f'<text x="{midden:.1f}" y="{HOOGTE - ONDER + 16}" text-anchor="middle">'
            f"{escape(staaf.label)}</text>",
        ]
    if norm is not None:
        inhoud.append(
            f'<line class="loket-grafiek__norm" x1="{LINKS}" y1="{_y(norm):.1f}" '
            f'x2="{BREEDTE}" y2="{_y(norm):.1f}"/>'
        )
    return _omhulsel(grafiek_id, titel, beschrijving, inhoud, bijschrift)


def gestapelde_staven(
    grafiek_id: str,
    titel: str,
    beschrijving: str,
    staven: list[tuple[str, list[Segment]]],
    bijschrift: str,
    legenda: list[tuple[str, str]],
) -> str:
    """One bar per period, split into the shares of each kind of channel."""
    vak = (BREEDTE - LINKS) / max(len(staven), 1)
    inhoud = _as()
    for i, (label, segmenten) in enumerate(staven):
        x = LINKS + i * vak + vak * 0.2
        onder = 0.0
        for segment in segmenten:
            y_boven, y_onder = _y(onder + segment.aandeel), _y(onder)
            inhoud.append(
                f'<rect class="loket-grafiek__deel--{segment.soort}" x="{x:.1f}" '
                f'y="{y_boven:.1f}" width="{vak * 0.6:.1f}" '
                f'height="{y_onder - y_boven:.1f}"/>'
            )
            onder += segment.aandeel
        inhoud.append(
            f'<text x="{x + vak * 0.3:.1f}" y="{HOOGTE - ONDER + 16}" '
            f'text-anchor="middle">{escape(label)}</text>'
        )
    return _omhulsel(grafiek_id, titel, beschrijving, inhoud, bijschrift, legenda)
