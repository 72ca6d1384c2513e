"""The rules by which a case counts, exact and in one place (the page "Hoe meten we?" says
them in words):

- A zaak's last day is the N-th werkdag after its `startdatum` (N days or N weeks for a norm in
  dagen or weken). It is *gehaald* when its `einddatum` is on or before that day. `verlenging`
  and `opschorting` do not move it; they are counted apart.
- A closed zaak counts in the period of its `einddatum`. An open zaak whose last day has
  passed counts as *niet gehaald* in the period of that last day: a late case cannot be hidden
  by leaving it open. An open zaak still in time does not count yet.
- A call is *gehaald* when its waiting time is at most the norm; it counts in the period of
  its `tijdstip`.
- Only periods that have ended before the peildatum are counted.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from loket.meten.lezen import Gesprek, Zaak
from loket.model.periode import Periode
from loket.model.servicenorm import Meetperiode, Servicenorm
from loket.model.werkdagen import uiterste_datum

KOP = {
    "zaken": ("identificatie", "startdatum", "uiterste_datum", "einddatum", "gehaald"),
    "telefonie": ("tijdstip", "wachttijd_seconden", "norm_seconden", "gehaald"),
}
"""The columns of the verantwoording, per source."""


@dataclass(frozen=True)
class Geval:
    """One counted case, for the verantwoording: anyone can redo the count."""

    cellen: tuple[str, ...]
    gehaald: bool

    def rij(self) -> list[str]:
        return [*self.cellen, "ja" if self.gehaald else "nee"]


@dataclass
class Telling:
    gehaald: int = 0
    verlengd: int = 0
    opgeschort: int = 0
    gevallen: list[Geval] = field(default_factory=list)

    @property
    def aantal(self) -> int:
        return len(self.gevallen)

    @property
    def percentage(self) -> Decimal:
        """100 × gehaald / counted, one decimal, half up."""
        return (Decimal(100 * self.gehaald) / self.aantal).quantize(
            Decimal("0.1"), rounding=ROUND_HALF_UP
        )

    def tel(self, geval: Geval) -> None:
        self.gevallen.append(geval)
        self.gehaald += geval.gehaald


def periode_van(dag: date, soort: Meetperiode) -> Periode:
    if soort == "maand":
        return Periode(dag.year, maand=dag.month)
    if soort == "kwartaal":
        return Periode(dag.year, kwartaal=(dag.month - 1) // 3 + 1)
    return Periode(dag.year)


class Meter:
    """Counts the cases of one norm, period by period, up to the peildatum."""

    def __init__(self, norm: Servicenorm, vandaag: date) -> None:
        assert norm.meting is not None
        self.norm, self.meting, self.vandaag = norm.norm, norm.meting, vandaag
        self.tellingen: dict[Periode, Telling] = {}
        self._per_maand: dict[tuple[int, int], Telling | None] = {}

    def zaak(self, zaak: Zaak) -> None:
        eenheid = self.norm.eenheid
        assert eenheid in ("werkdagen", "dagen", "weken")
        uiterste = uiterste_datum(zaak.startdatum, int(self.norm.waarde), eenheid)
        if zaak.einddatum is not None:
            dag, gehaald = zaak.einddatum, zaak.einddatum <= uiterste
        elif uiterste < self.vandaag:
            dag, gehaald = uiterste, False
        else:
            return  # open and still in time: not counted yet
        einde = zaak.einddatum.isoformat() if zaak.einddatum else ""
        cellen = (zaak.identificatie, zaak.startdatum.isoformat(), uiterste.isoformat(), einde)
        geval = Geval(cellen, gehaald)
        telling = self._telling(dag)
        if telling is not None:
            telling.tel(geval)
            telling.verlengd += zaak.verlengd
            telling.opgeschort += zaak.opgeschort

    def gesprek(self, gesprek: Gesprek) -> None:
        grens = self.norm.waarde * (60 if self.norm.eenheid == "minuten" else 1)
        gehaald = gesprek.wachttijd_seconden <= grens
        telling = self._telling(gesprek.tijdstip.date())
        if telling is not None:
            cellen = (gesprek.tijdstip.isoformat(), f"{gesprek.wachttijd_seconden:g}", f"{grens:g}")
            telling.tel(Geval(cellen, gehaald))

    def _telling(self, dag: date) -> Telling | None:
        """The count of the period `dag` falls in; None while that period has not ended on
        the peildatum. Looked up per month: the same few periods for many cases."""
        maand = (dag.year, dag.month)
        if maand not in self._per_maand:
            periode = periode_van(dag, self.meting.periode)
            telling = self.tellingen.setdefault(periode, Telling())
            self._per_maand[maand] = None if periode.eind >= self.vandaag else telling
        return self._per_maand[maand]

    def uitkomst(self) -> list[tuple[Periode, Telling]]:
        """The ended periods with at least one case, in order."""
        tellingen = [(p, t) for p, t in self.tellingen.items() if t.aantal]
        return sorted(tellingen, key=lambda paar: paar[0].sleutel)


def meet(
    normen: dict[str, Servicenorm],
    zaken: Iterable[Zaak],
    gesprekken: Iterable[Gesprek],
    vandaag: date,
) -> tuple[dict[str, Meter], int]:
    """Every norm with a `meting`, counted from one pass over the zaken and one over the calls.
    Also returns how many zaken no norm measures."""
    meters = {i: Meter(n, vandaag) for i, n in normen.items() if n.meting is not None}
    per_zaaktype: dict[str, list[Meter]] = {}
    for meter in meters.values():
        if meter.meting.bron == "zaken":
            for zaaktype in meter.meting.zaaktypen:
                per_zaaktype.setdefault(zaaktype.rstrip("/"), []).append(meter)
    overgeslagen = 0
    for zaak in zaken:
        voor = per_zaaktype.get(zaak.zaaktype.rstrip("/"), [])
        overgeslagen += not voor
        for meter in voor:
            meter.zaak(zaak)
    telefonie = [m for m in meters.values() if m.meting.bron == "telefonie"]
    for gesprek in gesprekken:
        for meter in telefonie:
            meter.gesprek(gesprek)
    return meters, overgeslagen
