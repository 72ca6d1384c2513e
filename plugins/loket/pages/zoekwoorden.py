"""Extra words for the search index: what Material's Dutch search does not match by itself.

Measured in the browser (tests/browser/test_zoeken.py): the last word of a query is matched as
a prefix, and "paspoorten" does not find "paspoort", nor "vergunningen" "vergunning". Words in
compounds are not found either ("vergunning" in "parkeervergunning"), and common typos
("rijbewys", "pasport") find nothing. So each product page carries, for the index only, the
plural and singular forms of the words in its name and trefwoorden, the parts of known compounds
and the usual spelling slips.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

# Heads of Dutch compounds that inwoners also type as separate words.
KOPPEN = (
    "vergunning",
    "kaart",
    "belasting",
    "toeslag",
    "uitkering",
    "container",
    "aangifte",
    "hulp",
    "plaats",
    "pas",
    "bak",
    "vuil",
    "afval",
    "waarde",
    "bewijs",
    "akte",
    "regeling",
    "heffing",
    "vervoer",
    "zorg",
    "ruimte",
    "document",
)
_WOORD = re.compile(r"[a-zà-ÿ]+")
_STOPWOORDEN = {
    "voor",
    "van",
    "bij",
    "met",
    "het",
    "een",
    "aan",
    "uw",
    "tot",
    "over",
    "naar",
    "doen",
}
_KLINKERS = "aeiou"


def zoekwoorden(teksten: Iterable[str]) -> list[str]:
    """Variants of the words in `teksten` that are not in them already, sorted."""
    woorden = {
        w
        for t in teksten
        for w in _WOORD.findall(t.casefold())
        if len(w) >= 4 and w not in _STOPWOORDEN
    }
    varianten: set[str] = set()
    for woord in woorden:
        delen, werkwoorden = _delen(woord)
        varianten |= set(werkwoorden)
        for deel in [woord, *delen]:
            varianten |= {deel, *_meervoud_enkelvoud(deel), *_tikfouten(deel)}
    return sorted(v for v in varianten - woorden if len(v) >= 3)


def _delen(woord: str) -> tuple[list[str], list[str]]:
    """`parkeervergunning` → (`parkeer`, `vergunning`), (`parkeren`)."""
    for kop in KOPPEN:
        if woord.endswith(kop) and len(woord) - len(kop) >= 3:
            voor = woord[: -len(kop)]
            if voor.endswith("s") and len(voor) >= 6:  # bewoners|vergunning
                voor = voor[:-1]
            return [voor, kop], _werkwoord(voor)
    return [], []


def _werkwoord(stam: str) -> list[str]:
    """`parkeer` → `parkeren`; `bouw` → `bouwen`."""
    if len(stam) >= 3 and stam[-2] == stam[-3] and stam[-2] in _KLINKERS:
        return [stam[:-2] + stam[-1] + "en"]
    return [stam + "en"]


def _meervoud_enkelvoud(woord: str) -> list[str]:
    if woord.endswith(("ren", "gen", "len", "ven", "ken", "nen")) and len(woord) > 6:
        return []  # verbs and plurals we cannot tell apart: leave them
    if woord.endswith("en") and len(woord) > 5:
        stam = woord[:-2]
        return [stam[:-1] if stam[-1] == stam[-2] else stam]
    if woord.endswith("s") and len(woord) > 4 and woord[-2] in "elr":
        return [woord[:-1]]
    if woord.endswith(("er", "el", "em", "je", "ie")):
        return [woord + "s"]
    if woord[-1] in _KLINKERS or len(woord) < 3:
        return []
    if woord[-2] in _KLINKERS and woord[-3] not in _KLINKERS:
        return [woord + woord[-1] + "en", woord + "en"]  # pas → passen
    return [woord + "en"]


def _tikfouten(woord: str) -> list[str]:
    """`rijbewijs` → `rybewys`, `rijbewys`; `paspoort` → `pasport`."""
    varianten = []
    if "ij" in woord:
        varianten.append(woord.replace("ij", "y"))
        plekken = [m.start() for m in re.finditer("ij", woord)]
        varianten += [woord[:p] + "y" + woord[p + 2 :] for p in plekken]

    for dubbel in ("aa", "ee", "oo", "uu"):
        if dubbel in woord:
            varianten.append(woord.replace(dubbel, dubbel[0]))
    return varianten
