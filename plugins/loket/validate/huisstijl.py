"""The huisstijl: every colour pair the theme will use reaches WCAG 2.1 AA contrast, and the
logo and favicon are images that may be published (an SVG without scripts)."""

from __future__ import annotations

import math

from loket.load import YamlBestand
from loket.load.huisstijl import BEELDEN
from loket.melding import Melding
from loket.model import Gemeente
from loket.model.huisstijl import Huisstijl, Kleurpaar, palet
from loket.model.kleur import WIT, contrast, dichtstbij
from loket.model.media import media_probleem


def huisstijl_meldingen(
    bestand: YamlBestand, gemeente: Gemeente | None, beelden: dict[str, bytes]
) -> list[Melding]:
    if gemeente is None or gemeente.huisstijl is None:
        return []
    huisstijl = gemeente.huisstijl
    te_weinig = [p for p in palet(huisstijl).paren() if p.verhouding < p.minimum]
    eerste = {p.sleutel: p for p in reversed(te_weinig)}  # the strictest pair per key
    meldingen = [_te_weinig(bestand, huisstijl, paar) for paar in eerste.values()]
    for sleutel in BEELDEN:
        pad = getattr(huisstijl, sleutel)
        probleem = media_probleem(pad, beelden[pad]) if pad in beelden else None
        if probleem:
            meldingen.append(bestand.melding(("huisstijl", sleutel), *probleem))
    return meldingen


def _te_weinig(bestand: YamlBestand, huisstijl: Huisstijl, paar: Kleurpaar) -> Melding:
    kleur = getattr(huisstijl, paar.sleutel)
    tegen = paar.achtergrond if paar.voorgrond == kleur else paar.voorgrond
    tip = dichtstbij(kleur, tegen, paar.minimum)
    hint = (
        f"'{tip}' haalt {_verhouding(tip, tegen)}:1: dezelfde kleurtoon, "
        + ("donkerder" if tegen == WIT else "lichter")
        if tip
        else "kies een donkerdere kleur"
    )
    return bestand.melding(
        ("huisstijl", paar.sleutel),
        f"{paar.sleutel} '{kleur}' geeft {_getal(paar.verhouding)}:1 {paar.gebruik}; minimaal "
        f"{_getal(paar.minimum)}:1 (WCAG 2.1 AA)",
        hint,
    )


def _verhouding(een: str, twee: str) -> str:
    return _getal(contrast(een, twee))


def _getal(waarde: float) -> str:
    """One decimal, rounded down (4,49 is not 4,5), with a Dutch comma."""
    return f"{math.floor(waarde * 10) / 10:.1f}".replace(".", ",")
