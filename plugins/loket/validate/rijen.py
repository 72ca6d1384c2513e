"""Loket's own checks on the rows of a table, whatever its Table Schema says.

A gemeente may describe its CSV loosely; the pages still need known ids, real periods and
numbers in range. Each column is read by a small parser that raises `ValueError` with the
Dutch reason, so every cell problem becomes one melding at its row and column.
"""

from __future__ import annotations

from collections.abc import Callable, Collection
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from loket import melding
from loket.load.datapakket import Rij, Tabel
from loket.melding import Melding
from loket.model.periode import Periode
from loket.model.tekens import teken_probleem
from loket.validate.suggesties import bedoelde_u


@dataclass(frozen=True)
class Kolom:
    naam: str
    lees: Callable[[str], Any]
    verplicht: bool = True
    hint: str = ""


def lees_rijen(
    tabel: Tabel, kolommen: list[Kolom], sleutel: tuple[str, ...]
) -> tuple[list[dict[str, Any]], list[Melding]]:
    """Parse every row; rows with a problem are reported and left out."""
    meldingen = [
        tabel.melding(1, "", f"de kolom '{k.naam}' ontbreekt", "voeg hem toe aan de eerste regel")
        for k in kolommen
        if k.verplicht and k.naam not in tabel.kolommen
    ]
    if meldingen:
        return [], meldingen
    gezien: dict[tuple[Any, ...], int] = {}
    uitkomst = []
    for rij in tabel.rijen:
        waarden, fouten = _lees_rij(tabel, rij, kolommen)
        if not fouten:
            dubbel = tuple(str(waarden[k]) for k in sleutel)
            if dubbel in gezien:
                tekst = f"{' en '.join(dubbel)} staat al op regel {gezien[dubbel]}"
                fouten.append(tabel.melding(rij.regel, sleutel[0], tekst, "haal een van beide weg"))
            gezien.setdefault(dubbel, rij.regel)
        meldingen += fouten
        if not fouten:
            uitkomst.append(waarden)
    return uitkomst, meldingen


def _lees_rij(
    tabel: Tabel, rij: Rij, kolommen: list[Kolom]
) -> tuple[dict[str, Any], list[Melding]]:
    waarden: dict[str, Any] = {}
    fouten = []
    for kolom in kolommen:
        cel = rij.waarden.get(kolom.naam, "")
        if not cel:
            waarden[kolom.naam] = None
            if kolom.verplicht:
                fouten.append(
                    tabel.melding(
                        rij.regel,
                        kolom.naam,
                        f"de kolom '{kolom.naam}' is leeg",
                        "deze kolom is verplicht: vul een waarde in",
                    )
                )
            continue
        try:
            _controleer_tekens(cel)
            waarden[kolom.naam] = kolom.lees(cel)
        except ValueError as reden:
            fouten.append(tabel.melding(rij.regel, kolom.naam, str(reden), kolom.hint))
    return waarden, fouten


def _controleer_tekens(cel: str) -> None:
    probleem = teken_probleem(cel, regels=True)
    if probleem:
        raise ValueError(probleem[0])


def periode(cel: str) -> Periode:
    gelezen = Periode.lees(cel)
    if gelezen is None:
        raise ValueError(f"'{cel}' is geen periode")
    return gelezen


PERIODE_HINT = (
    "schrijf een jaar (2026), een kwartaal (2026-Q2) of een maand (2026-03), "
    "met een jaar van 1900 tot en met 2200"
)


def getal(minimum: Decimal, maximum: Decimal | None = None) -> Callable[[str], Decimal]:
    def lees(cel: str) -> Decimal:
        try:
            waarde = Decimal(cel)
        except InvalidOperation:
            raise ValueError(f"'{cel}' is geen getal") from None
        if not waarde.is_finite() or waarde < minimum or (maximum is not None and waarde > maximum):
            bereik = (
                f"tussen {minimum} en {maximum}" if maximum is not None else f"minstens {minimum}"
            )
            raise ValueError(f"'{cel}' moet {bereik} liggen")
        return waarde

    return lees


def aantal(cel: str) -> int:
    if not cel.isdigit():
        raise ValueError(f"'{cel}' is geen heel getal van 0 of meer")
    return int(cel)


def bekend_id(soort: str, ids: Collection[str]) -> Callable[[str], str]:
    def lees(cel: str) -> str:
        if cel not in ids:
            voorstel = bedoelde_u(cel, ids)
            raise ValueError(
                f"{soort} '{cel}' bestaat niet" + (f"; {voorstel}" if voorstel else "")
            )
        return cel

    return lees


def een_per_plek(meldingen: list[Melding]) -> list[Melding]:
    """Frictionless and Loket may both find the same cell: say it once (Loket's words win)."""
    return melding.een_per_plek(meldingen[::-1])
