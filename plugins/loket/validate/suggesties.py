"""'Bedoelde u …?': the closest known name for a mistyped key or id."""

from __future__ import annotations

import difflib
from collections.abc import Iterable


def bedoelde_u(woord: str, kandidaten: Iterable[str]) -> str:
    """`bedoelde u 'kosten'?` for `kostne`, or "" when nothing is close enough."""
    lijst = list(kandidaten)
    gevonden = difflib.get_close_matches(woord, lijst, n=1, cutoff=0.6)
    if not gevonden:
        gevonden = [k for k in lijst if woord.casefold() == k.casefold()]
    return f"bedoelde u '{gevonden[0]}'?" if gevonden else ""


def keuzes(kandidaten: Iterable[str], maximum: int = 15) -> str:
    """A short list of the allowed ids, for a hint."""
    lijst = sorted(kandidaten)
    if len(lijst) > maximum:
        return ", ".join(lijst[:maximum]) + f" en nog {len(lijst) - maximum}"
    return ", ".join(lijst)
