"""A service promise (`servicenormen/<id>.yaml`) and its measured realisatie."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Literal

from pydantic import Field, model_validator

from loket.model.periode import Periode
from loket.model.typen import Id, Markdown, Model, Tekst, fout

Eenheid = Literal["seconden", "minuten", "uren", "werkdagen", "dagen", "weken", "procent"]


class Norm(Model):
    """`{waarde: 30, eenheid: seconden, percentage: 80}`: within 30 seconds for 80 % of cases."""

    waarde: float = Field(gt=0)
    eenheid: Eenheid
    percentage: float | None = Field(default=None, gt=0, le=100)

    @model_validator(mode="after")
    def _procent_is_zelf_een_aandeel(self) -> Norm:
        if self.eenheid == "procent" and (self.percentage is not None or self.waarde > 100):
            raise fout(
                "procent",
                "bij eenheid 'procent' is 'waarde' zelf het percentage (hooguit 100)",
                "schrijf bijvoorbeeld {waarde: 80, eenheid: procent} en laat 'percentage' weg",
            )
        return self

    @property
    def drempel(self) -> float:
        """The share that must be reached for the norm to count as kept.

        A time norm is kept when `percentage` of cases (100 when absent) were in time; a norm
        in `procent` is itself a share, so its `waarde` is the threshold.
        """
        if self.eenheid == "procent":
            return self.waarde
        return 100.0 if self.percentage is None else self.percentage


class Servicenorm(Model):
    titel: Tekst
    belofte: Tekst
    dimensie: Id
    kanaal: Id | None = None
    norm: Norm
    wettelijke_grondslag: Tekst | None = None
    als_niet_gehaald: Markdown
    toelichting: Markdown | None = None


@dataclass(frozen=True)
class NormBron:
    id: str
    norm: Servicenorm
    bestand: str


@dataclass(frozen=True)
class Realisatie:
    """One row of realisatie.csv: how often a norm was kept in one period."""

    servicenorm: str
    periode: Periode
    gehaald_percentage: Decimal
    aantal: int | None = None

    def gehaald(self, norm: Norm) -> bool:
        """Kept when the share reached is at least the norm's percentage (100 when it has none)."""
        return self.gehaald_percentage >= Decimal(str(norm.drempel))


@dataclass(frozen=True)
class Kanaalgebruik:
    """One row of kanaalgebruik.csv: contacts and rating of one channel in one period."""

    periode: Periode
    kanaal: str
    aantal_contacten: int
    waardering: Decimal | None = None
