"""The one date that decides what is shown: the peildatum. Nothing else in Loket reads the clock.

A build is a pure function of (content, peildatum). The date comes from `--datum JJJJ-MM-DD`
(every `loket` command), the plugin option `datum`, or the environment variable `LOKET_DATUM`
(used by both when no option is given); the default is today. A peildatum after today is a
preview: the pages say so, and a `--strict` build refuses it, so a preview is never published.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from datetime import date

OMGEVING = "LOKET_DATUM"
_PATROON = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class PeildatumFout(ValueError):
    """The date given is not a date; the message (Dutch) says where it came from."""


def vandaag() -> date:
    """The real today, from the clock: only to tell whether a peildatum is a preview."""
    return date.today()


def peildatum(optie: str | date | None = None, omgeving: Mapping[str, str] = os.environ) -> date:
    """The option when given, else `LOKET_DATUM`, else today."""
    if isinstance(optie, date):
        return optie
    if optie:
        return _lees(optie, "--datum")
    if omgeving.get(OMGEVING):
        return _lees(omgeving[OMGEVING], OMGEVING)
    return vandaag()


def is_voorbeeld(dag: date) -> bool:
    """True when `dag` lies after the real today: the site shows the future."""
    return dag > vandaag()


def _lees(tekst: str, bron: str) -> date:
    try:
        if _PATROON.match(tekst.strip()):
            return date.fromisoformat(tekst.strip())
    except ValueError:
        pass
    raise PeildatumFout(f"{bron} '{tekst}' is geen datum; schrijf JJJJ-MM-DD, zoals 2027-01-01")
