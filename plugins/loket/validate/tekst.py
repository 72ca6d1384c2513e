"""Refuse raw HTML, event handlers and unsafe links anywhere in a file's text.

Markdown is rendered with raw HTML passed through, so HTML in YAML would reach the page
unescaped. We check every string of every file, whatever its key, before rendering.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from loket.load import Pad, YamlBestand
from loket.melding import Melding
from loket.model.tekens import teken_probleem
from loket.model.veilige_tekst import tekst_probleem


def controleer_teksten(bestand: YamlBestand) -> list[Melding]:
    meldingen: list[Melding] = []
    for pad, tekst in _teksten(bestand.data, ()):
        probleem = teken_probleem(tekst, regels=True) or tekst_probleem(tekst)
        if probleem:
            meldingen.append(bestand.melding(pad, *probleem))
    return meldingen


def _teksten(waarde: Any, pad: Pad) -> Iterator[tuple[Pad, str]]:
    if isinstance(waarde, str):
        yield pad, waarde
    elif isinstance(waarde, dict):
        for sleutel, kind in waarde.items():
            yield from _teksten(kind, (*pad, sleutel))
    elif isinstance(waarde, list):
        for i, kind in enumerate(waarde):
            yield from _teksten(kind, (*pad, i))
