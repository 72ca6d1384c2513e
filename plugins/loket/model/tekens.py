"""Which characters text may hold: what cannot be shown, stored as XML or read safely is refused.

Control characters break the XML feeds and the terminal of whoever reads a CI log; lone
surrogates cannot be written as UTF-8 at all; non-characters are not text; bidi overrides make
a name read differently from what it is ("Trojan Source"). One rule for YAML and CSV alike.
"""

from __future__ import annotations

import re
import unicodedata

_BIDI = frozenset("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069")
_REGELEINDE = frozenset("\n\u2028\u2029")
_GEWOON = "\x20-\x7e\xa0-\u2027\u202f-\u2065\u206a-\ud7ff\ue000-\ufdcf\ufdf0-\ufffd" + "".join(
    f"\\U{v:08x}-\\U{v + 0xFFFD:08x}" for v in range(0x10000, 0x110000, 0x10000)
)
_ONZICHTBAAR = re.compile(f"[^{_GEWOON}]")
"""Anything but printable ASCII and ordinary Unicode: only these few characters (newlines and
tabs among them) get the exact rules below, every ordinary character has none."""


def is_non_teken(teken: str) -> bool:
    """U+FDD0–U+FDEF and the last two code points of every plane are not characters."""
    punt = ord(teken)
    return 0xFDD0 <= punt <= 0xFDEF or (punt & 0xFFFE) == 0xFFFE


def teken_probleem(tekst: str, *, regels: bool) -> tuple[str, str] | None:
    """(melding, hint) for the first character text may not hold, else None.

    `regels` allows newlines and tabs (Markdown fields); plain text stays on one line."""
    for gevonden in _ONZICHTBAAR.finditer(tekst if regels else tekst.strip(" \n\t")):
        reden = _reden(gevonden.group(), regels)
        if reden:
            return reden
    return None


def _reden(teken: str, regels: bool) -> tuple[str, str] | None:
    code = f"U+{ord(teken):04X}"
    if regels and teken in "\n\t":
        return None
    if teken in _REGELEINDE or teken == "\t":
        return (
            "deze tekst moet op één regel staan",
            "haal de regelovergang of tab weg; alleen teksten waarin Markdown mag, hebben "
            "meer regels",
        )
    if teken in _BIDI:
        return (
            f"hier staat een onzichtbaar teken dat de leesrichting omdraait ({code})",
            "typ de tekst opnieuw zonder dat teken",
        )
    soort = unicodedata.category(teken)
    if soort == "Cs" or is_non_teken(teken):
        return f"hier staat een ongeldig teken ({code})", "typ de tekst opnieuw op deze plek"
    if soort == "Cc":
        return (
            f"hier staat een onzichtbaar stuurteken ({code})",
            "typ de tekst opnieuw; het teken komt vaak mee bij kopiëren uit een ander programma",
        )
    return None


def toonbaar(tekst: str, maximum: int = 300) -> str:
    """`tekst` safe to print in a message: invisible characters as `<U+…>`, long text cut."""
    if _ONZICHTBAAR.search(tekst):
        tekst = "".join(
            f"<U+{ord(teken):04X}>" if _ONZICHTBAAR.match(teken) else teken for teken in tekst
        )
    return tekst if len(tekst) <= maximum else tekst[: maximum - 1] + "…"
