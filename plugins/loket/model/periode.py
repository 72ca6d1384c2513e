"""A reporting period: a year (`2026`), a quarter (`2026-Q2`) or a month (`2026-03`)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

EERSTE_JAAR, LAATSTE_JAAR = 1900, 2200
"""Periods outside these years are typing errors (and year 0 does not exist)."""
PERIODE_PATROON = re.compile(r"^(\d{4})(?:-Q([1-4])|-(0[1-9]|1[0-2]))?$")


@dataclass(frozen=True)
class Periode:
    jaar: int
    kwartaal: int | None = None
    maand: int | None = None

    @classmethod
    def lees(cls, tekst: str) -> Periode | None:
        """`Periode` for a well-formed text, else None."""
        passend = PERIODE_PATROON.match(tekst.strip())
        if not passend:
            return None
        jaar, kwartaal, maand = passend.groups()
        if not EERSTE_JAAR <= int(jaar) <= LAATSTE_JAAR:
            return None
        return cls(int(jaar), int(kwartaal) if kwartaal else None, int(maand) if maand else None)

    @property
    def begin(self) -> date:
        if self.kwartaal:
            return date(self.jaar, 3 * self.kwartaal - 2, 1)
        return date(self.jaar, self.maand or 1, 1)

    @property
    def eind(self) -> date:
        """The last day of the period."""
        if self.maand:
            laatste_maand = self.maand
        elif self.kwartaal:
            laatste_maand = 3 * self.kwartaal
        else:
            laatste_maand = 12
        volgende = date(self.jaar + laatste_maand // 12, laatste_maand % 12 + 1, 1)
        return volgende - timedelta(days=1)

    @property
    def sleutel(self) -> tuple[date, date]:
        """Sort key: by end, then longer periods after shorter ones that end the same day."""
        return (self.eind, self.begin)

    def __str__(self) -> str:
        if self.kwartaal:
            return f"{self.jaar}-Q{self.kwartaal}"
        if self.maand:
            return f"{self.jaar}-{self.maand:02d}"
        return str(self.jaar)


def is_verouderd(eind: date, vandaag: date, maanden: int) -> bool:
    """True when figures that run until `eind` are more than `maanden` months old today."""
    totaal = vandaag.year * 12 + vandaag.month - 1 - maanden
    grens = date(totaal // 12, totaal % 12 + 1, min(vandaag.day, 28))
    return eind < grens
