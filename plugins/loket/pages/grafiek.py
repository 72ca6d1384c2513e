"""Charts in HTML and CSS: no JavaScript, no library, an accessible name, and a table beside them.

Each chart is a `<figure>` holding a grid with `role="img"`, named by a hidden title and
description that points at the table with the same figures (the text alternative). The bars lie
horizontally, one row per period, so the chart reflows at any width: every label is HTML text in
the body font size, never scaled with the chart. The bars themselves are small SVGs sized in
percentages (no viewBox, so nothing in them scales with the width); the pages'
Content-Security-Policy allows no style attributes. Colours come from CSS classes, so the charts
follow the light and dark colour schemes.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

STAPPEN = (0, 50, 100)
"""The percentages on the axis; each has a gridline and a label (`loket-grafiek__stap--50`)."""
BALK_Y = ("20%", "80%")
"""The bar fills the middle of its row; the rows touch, so gridlines and the norm run through."""
BALK = f'y="{BALK_Y[0]}" height="{int(BALK_Y[1][:-1]) - int(BALK_Y[0][:-1])}%"'


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


def _pct(waarde: float) -> str:
    return f"{min(max(waarde, 0.0), 100.0):.1f}%"


def _verticaal(klasse: str, x: float, y: tuple[str, str] = ("0", "100%")) -> str:
    return f'<line class="{klasse}" x1="{_pct(x)}" y1="{y[0]}" x2="{_pct(x)}" y2="{y[1]}"/>'


def _balk(delen: list[str], norm: float | None) -> str:
    """One row's bar: gridlines under it, the norm (on a band of background colour) over it."""
    lijnen = [_verticaal("loket-grafiek__raster", stap) for stap in STAPPEN]
    if norm is not None:
        delen = [
            *delen,
            _verticaal("loket-grafiek__norm-rand", norm),
            _verticaal("loket-grafiek__norm", norm),
        ]
    inhoud = "".join([*lijnen, *delen])
    return f'<svg class="loket-grafiek__balk" xmlns="http://www.w3.org/2000/svg">{inhoud}</svg>'


def _rij(label: str, delen: list[str], norm: float | None = None) -> str:
    return f'<span class="loket-grafiek__label">{escape(label)}</span>\n{_balk(delen, norm)}'


def _as() -> str:
    stappen = "".join(
        f'<span class="loket-grafiek__stap loket-grafiek__stap--{stap}">{stap} %</span>'
        for stap in STAPPEN
    )
    return f'<span class="loket-grafiek__as">{stappen}</span>'


def _omhulsel(
    grafiek_id: str,
    titel: str,
    beschrijving: str,
    rijen: list[str],
    bijschrift: str,
    legenda: list[tuple[str, str]] | None = None,
) -> str:
    naam = escape(grafiek_id)
    delen = [
        '<figure class="loket-figuur">',
        f'<div class="loket-grafiek" role="img" aria-labelledby="{naam}-titel {naam}-desc">',
        f'<span id="{naam}-titel" hidden>{escape(titel)}</span>',
        f'<span id="{naam}-desc" hidden>{escape(beschrijving)}</span>',
        *rijen,
        _as(),
        "</div>",
        f"<figcaption>{escape(bijschrift)}{_legenda(legenda or [])}</figcaption>",
        "</figure>",
    ]
    return "\n".join(delen)


def _legenda(items: list[tuple[str, str]]) -> str:
    """A visible key: a colour swatch and the name of each kind of segment."""
    if not items:
        return ""
    regels = "".join(
        f'<li><span class="loket-legenda__kleur loket-grafiek__deel--{escape(soort)}" '
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
    """A bar per period (kept or not), with the norm as a dashed line."""
    rijen = []
    for staaf in staven:
        klasse = "gehaald" if staaf.gehaald else "niet-gehaald"
        rect = (
            f'<rect class="loket-grafiek__staaf--{klasse}" x="0" {BALK} '
            f'width="{_pct(staaf.waarde)}"/>'
        )
        rijen.append(_rij(staaf.label, [rect], norm))
    return _omhulsel(grafiek_id, titel, beschrijving, rijen, bijschrift)


def _segmenten(segmenten: list[Segment]) -> list[str]:
    """The shares side by side, from the left; a line in the background colour parts them."""
    delen, scheidingen, links = [], [], 0.0
    for segment in segmenten:
        if segment.aandeel <= 0:
            continue
        if links > 0:
            scheidingen.append(_verticaal("loket-grafiek__scheiding", links, BALK_Y))
        delen.append(
            f'<rect class="loket-grafiek__deel--{escape(segment.soort)}" x="{_pct(links)}" {BALK} '
            f'width="{_pct(segment.aandeel)}"/>'
        )
        links += segment.aandeel
    return delen + scheidingen


def gestapelde_staven(
    grafiek_id: str,
    titel: str,
    beschrijving: str,
    staven: list[tuple[str, list[Segment]]],
    bijschrift: str,
    legenda: list[tuple[str, str]],
) -> str:
    """A bar per period, split into the shares of each kind of channel."""
    rijen = [_rij(label, _segmenten(segmenten)) for label, segmenten in staven]
    return _omhulsel(grafiek_id, titel, beschrijving, rijen, bijschrift, legenda)
