"""Opening hours: a weekday → "09:00-12:00, 13:00-20:00" mapping; days left out are closed."""

from __future__ import annotations

import re
from datetime import time
from typing import Annotated

from pydantic import AfterValidator

from loket.model.typen import Model, Tekst, fout

WEEKDAGEN: tuple[str, ...] = (
    "maandag",
    "dinsdag",
    "woensdag",
    "donderdag",
    "vrijdag",
    "zaterdag",
    "zondag",
)
_TIJDVAK = re.compile(r"^\s*(\d{1,2})[:.](\d{2})\s*-\s*(\d{1,2})[:.](\d{2})\s*$")

Tijdvak = tuple[time, time]


def tijdvakken(tekst: str) -> list[Tijdvak]:
    """Parse "09:00-12:00, 13:00-20:00"; raises ValueError with a Dutch reason."""
    vakken: list[Tijdvak] = []
    for deel in tekst.split(","):
        passend = _TIJDVAK.match(deel)
        if not passend:
            raise ValueError(f"'{deel.strip()}' is geen tijdvak")
        uren = [int(g) for g in passend.groups()]
        if uren[0] > 23 or uren[2] > 24 or uren[1] > 59 or uren[3] > 59:
            raise ValueError(f"'{deel.strip()}' bevat een tijd die niet bestaat")
        begin, eind = time(uren[0], uren[1]), _eindtijd(uren[2], uren[3])
        if eind <= begin or (vakken and begin < vakken[-1][1]):
            raise ValueError(f"'{deel.strip()}' sluit niet aan: tijden moeten oplopen")
        vakken.append((begin, eind))
    return vakken


def _eindtijd(uur: int, minuut: int) -> time:
    return time(23, 59) if uur == 24 else time(uur, minuut)


def _controleer_tijden(tekst: str) -> str:
    try:
        tijdvakken(tekst)
    except ValueError as reden:
        raise fout(
            "tijden",
            "{reden}",
            'schrijf tijden als "09:00-17:00", meer tijdvakken gescheiden door een komma: '
            '"09:00-12:00, 13:00-20:00"',
            reden=str(reden),
        ) from None
    return tekst


Tijden = Annotated[Tekst, AfterValidator(_controleer_tijden)]


class Openingstijden(Model):
    maandag: Tijden | None = None
    dinsdag: Tijden | None = None
    woensdag: Tijden | None = None
    donderdag: Tijden | None = None
    vrijdag: Tijden | None = None
    zaterdag: Tijden | None = None
    zondag: Tijden | None = None

    def per_dag(self) -> list[tuple[str, list[Tijdvak]]]:
        """Every weekday in order, with an empty list for a closed day."""
        return [
            (dag, tijdvakken(getattr(self, dag)) if getattr(self, dag) else []) for dag in WEEKDAGEN
        ]
