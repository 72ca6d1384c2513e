"""Dutch notation for amounts, dates, times and durations, done once in the pure renderer."""

from __future__ import annotations

import re
from datetime import date, time
from decimal import ROUND_HALF_UP, Decimal

from loket.model.openingstijden import WEEKDAGEN, Tijdvak
from loket.model.periode import Periode
from loket.model.product import Doorlooptijd

MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

_MD_SPECIAAL = re.compile(r"([\\`*_\[\]<>|#])")


def euro(bedrag: Decimal) -> str:
    """`€ 1.234,50`: a dot between thousands, a comma before the cents."""
    centen = bedrag.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    heel, _, rest = f"{centen:,.2f}".partition(".")
    return f"€ {heel.replace(',', '.')},{rest}"


def datum(dag: date, *, met_weekdag: bool = False) -> str:
    tekst = f"{dag.day} {MAANDEN[dag.month - 1]} {dag.year}"
    return f"{WEEKDAGEN[dag.weekday()]} {tekst}" if met_weekdag else tekst


def tijd(moment: time) -> str:
    return "24.00" if moment == time(23, 59) else f"{moment.hour:02d}.{moment.minute:02d}"


def tijdvakken(vakken: list[Tijdvak]) -> str:
    """`08.30 – 12.30 uur en 13.30 – 17.00 uur`, or `gesloten`."""
    if not vakken:
        return "gesloten"
    return " en ".join(f"{tijd(begin)} – {tijd(eind)} uur" for begin, eind in vakken)


def doorlooptijd(duur: Doorlooptijd) -> str:
    for aantal, enkel, meer in (
        (duur.werkdagen, "werkdag", "werkdagen"),
        (duur.dagen, "dag", "dagen"),
        (duur.weken, "week", "weken"),
    ):
        if aantal is not None:
            return "direct" if aantal == 0 else f"{aantal} {enkel if aantal == 1 else meer}"
    return ""


def md_tekst(tekst: str) -> str:
    """Plain text made safe to put in Markdown: special characters are escaped."""
    return _MD_SPECIAAL.sub(r"\\\1", " ".join(tekst.split()))


def telefoon_link(nummer: str) -> str:
    """`[14 0190](tel:140190)`; a leading + is kept for international numbers."""
    cijfers = re.sub(r"[^\d+]", "", nummer)
    return f"[{md_tekst(nummer)}](tel:{cijfers})"


def getal(waarde: Decimal | float | int, decimalen: int = 1) -> str:
    """`83,1` or `80`: Dutch decimal comma, no trailing zeros."""
    tekst = f"{Decimal(str(waarde)):.{decimalen}f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",")


def heel_getal(aantal: int) -> str:
    """`12.500`: a dot between thousands."""
    return f"{aantal:,}".replace(",", ".")


def procent(waarde: Decimal | float | int) -> str:
    """`83,1 %`, with the space the Dutch style guides ask for."""
    return f"{getal(waarde)} %"


def periode(p: Periode) -> str:
    """`2e kwartaal 2026`, `maart 2026` or `2026`."""
    if p.kwartaal:
        return f"{p.kwartaal}e kwartaal {p.jaar}"
    if p.maand:
        return f"{MAANDEN[p.maand - 1]} {p.jaar}"
    return str(p.jaar)


def periode_kort(p: Periode) -> str:
    """`K2 2026`, `mrt 2026` or `2026`: for chart labels."""
    if p.kwartaal:
        return f"K{p.kwartaal} {p.jaar}"
    if p.maand:
        return f"{MAANDEN[p.maand - 1][:3]} {p.jaar}"
    return str(p.jaar)
