"""Werkdagen as Dutch law counts them, and the deadline of a service norm.

A werkdag is Monday to Friday, except the algemeen erkende feestdagen of the Algemene
termijnenwet (art. 3): Nieuwjaarsdag, tweede Paasdag, Hemelvaartsdag, tweede Pinksterdag,
Koningsdag (27 April, 26 April when the 27th is a Sunday), 5 mei, eerste en tweede Kerstdag.
Easter is computed (the anonymous Gregorian algorithm), so every year works, none is listed.
"""

from __future__ import annotations

from datetime import date, timedelta
from functools import cache
from typing import Literal

Termijneenheid = Literal["werkdagen", "dagen", "weken"]
TERMIJNEENHEDEN: tuple[Termijneenheid, ...] = ("werkdagen", "dagen", "weken")


def pasen(jaar: int) -> date:
    """Easter Sunday of `jaar` in the Gregorian calendar (Meeus/Jones/Butcher)."""
    a, b, c = jaar % 19, jaar // 100, jaar % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    maand, dag = divmod(h + ell - 7 * m + 114, 31)
    return date(jaar, maand, dag + 1)


@cache
def feestdagen(jaar: int) -> dict[date, str]:
    """The algemeen erkende feestdagen of `jaar` (Algemene termijnenwet, art. 3)."""
    paasdag = pasen(jaar)
    koningsdag = date(jaar, 4, 27)
    if koningsdag.weekday() == 6:  # a Sunday: the day before
        koningsdag = date(jaar, 4, 26)
    return {
        date(jaar, 1, 1): "Nieuwjaarsdag",
        paasdag + timedelta(days=1): "Tweede Paasdag",
        paasdag + timedelta(days=39): "Hemelvaartsdag",
        paasdag + timedelta(days=50): "Tweede Pinksterdag",
        koningsdag: "Koningsdag",
        date(jaar, 5, 5): "Bevrijdingsdag",
        date(jaar, 12, 25): "Eerste Kerstdag",
        date(jaar, 12, 26): "Tweede Kerstdag",
    }


def is_werkdag(dag: date) -> bool:
    return dag.weekday() < 5 and dag not in feestdagen(dag.year)


def werkdag_na(start: date, aantal: int) -> date:
    """The `aantal`-th werkdag after `start` (the start day itself does not count)."""
    dag, geteld = start, 0
    while geteld < aantal:
        dag += timedelta(days=1)
        geteld += is_werkdag(dag)
    return dag


def uiterste_datum(start: date, aantal: int, eenheid: Termijneenheid) -> date:
    """The last day on which a case started on `start` is in time for a norm of `aantal`
    `eenheid`: the N-th werkdag after the start, or the start plus N days or N weeks."""
    if eenheid == "werkdagen":
        return werkdag_na(start, aantal)
    return start + timedelta(days=aantal * (7 if eenheid == "weken" else 1))
