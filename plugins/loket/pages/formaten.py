"""Escaping for the file formats Loket writes besides HTML: CSV cells and XML text.

ElementTree escapes `<`, `&` and quotes, but writes characters XML 1.0 does not allow, and a
spreadsheet reads a CSV cell that starts with `=`, `+`, `-` or `@` as a formula. Validation
refuses such text already; these functions hold when it misses something.
"""

from __future__ import annotations

import re

_NIET_IN_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
_FORMULE_BEGIN = ("=", "+", "-", "@", "\t", "\r")
_GEWOON_GETAL = re.compile(r"^[+-]?[\d ().,/-]*$")
"""A phone number (`+31 6 1234 5678`) or an amount: read as a number at worst, never run."""


def xml_tekst(tekst: str) -> str:
    """`tekst` without the characters XML 1.0 cannot hold."""
    return _NIET_IN_XML.sub("", tekst)


def csv_cel(waarde: str) -> str:
    """A cell no spreadsheet runs as a formula (OWASP's advice: a leading apostrophe), while
    phone numbers and amounts stay as they are."""
    if waarde.startswith(_FORMULE_BEGIN) and not _GEWOON_GETAL.match(waarde):
        return "'" + waarde
    return waarde
