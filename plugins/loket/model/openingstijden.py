"""Opening hours: a weekday → "09:00-12:00, 13:00-20:00" mapping; days left out are closed."""

from __future__ import annotations

import re
from datetime import time
from typing import Annotated, Any

from pydantic import AfterValidator, ConfigDict, Field

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


def _dag(dag: str, *voorbeelden: str) -> Any:
    """The optional field of one weekday, with its Dutch help for the JSON Schema."""
    return Field(
        default=None,
        title=f"Open op {dag}",
        description=(
            f'Tijden waarop het kanaal op {dag} open is, zoals "09:00-17:00". Zet een komma '
            f"tussen twee tijdvakken en laat {dag} weg als het kanaal dan dicht is."
        ),
        examples=list(voorbeelden),
    )


class Openingstijden(Model):
    model_config = ConfigDict(
        title="Openingstijden",
        json_schema_extra={
            "description": "De tijden waarop een kanaal open is, per dag van de week. "
            "Dagen die u weglaat, zijn dicht."
        },
    )

    maandag: Tijden | None = _dag("maandag", "09:00-17:00", "09:00-12:30, 13:30-16:30")
    dinsdag: Tijden | None = _dag("dinsdag", "09:00-17:00", "09:00-12:30, 13:30-16:30")
    woensdag: Tijden | None = _dag("woensdag", "09:00-17:00", "09:00-12:00, 13:00-20:00")
    donderdag: Tijden | None = _dag("donderdag", "09:00-17:00", "09:00-12:30, 13:30-20:00")
    vrijdag: Tijden | None = _dag("vrijdag", "09:00-17:00", "09:00-12:30")
    zaterdag: Tijden | None = _dag("zaterdag", "10:00-14:00")
    zondag: Tijden | None = _dag("zondag", "12:00-16:00")

    def per_dag(self) -> list[tuple[str, list[Tijdvak]]]:
        """Every weekday in order, with an empty list for a closed day."""
        return [
            (dag, tijdvakken(getattr(self, dag)) if getattr(self, dag) else []) for dag in WEEKDAGEN
        ]
