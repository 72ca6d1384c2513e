"""The exports `loket meet` reads, one case at a time: zaken in the shape of the ZGW Zaken API
(a list response per page, or a plain JSON array) or as CSV, and calls from the telephone
system as CSV. Every problem is a located melding; a bad case is left out, never guessed.

JSON is read from the file's text one zaak at a time (`raw_decode`), so memory holds the
text and one zaak, not a list of all of them.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

from loket.melding import Melding

ZAAK_KOLOMMEN = ("identificatie", "zaaktype", "startdatum", "einddatum")
GESPREK_KOLOMMEN = ("tijdstip", "wachttijd_seconden")
_DECODER = json.JSONDecoder()
_WIT = " \t\r\n"
T = TypeVar("T")


@dataclass(frozen=True)
class Zaak:
    identificatie: str
    zaaktype: str
    startdatum: date
    einddatum: date | None
    verlengd: bool = False
    opgeschort: bool = False


@dataclass(frozen=True)
class Gesprek:
    tijdstip: datetime
    wachttijd_seconden: float


def bestanden(paden: list[Path], *patronen: str) -> list[Path]:
    """The files named, with a folder standing for the files in it that match `patronen`."""
    uit: list[Path] = []
    for pad in paden:
        uit += sorted(p for x in patronen for p in pad.glob(x)) if pad.is_dir() else [pad]
    return uit


def lees_zaken(pad: Path) -> Iterator[Zaak | Melding]:
    if pad.suffix.lower() == ".csv":
        yield from _uit_csv(pad, ZAAK_KOLOMMEN, _zaak)
    else:
        yield from _zaken_json(pad)


def lees_gesprekken(pad: Path) -> Iterator[Gesprek | Melding]:
    yield from _uit_csv(pad, GESPREK_KOLOMMEN, _gesprek)


def _gesprek(rij: dict[str, str]) -> Gesprek | tuple[str, str, str]:
    """The call, or (column, problem, hint)."""
    tijdstip = _moment(rij["tijdstip"])
    if tijdstip is None:
        hint = "schrijf het tijdstip als 2026-03-02T09:15:00"
        return "tijdstip", f"'{rij['tijdstip']}' is geen tijdstip", hint
    wachttijd = _getal(rij["wachttijd_seconden"])
    if wachttijd is None or wachttijd < 0:
        tekst = f"'{rij['wachttijd_seconden']}' is geen wachttijd in seconden"
        return "wachttijd_seconden", tekst, "schrijf een getal van 0 of meer, zoals 42"
    return Gesprek(tijdstip, wachttijd)


# CSV ------------------------------------------------------------------------------------------


def _uit_csv(
    pad: Path, kolommen: tuple[str, ...], lees: Callable[[dict[str, str]], T | tuple[str, str, str]]
) -> Iterator[T | Melding]:
    """Every row read by `lees`, which gives the item or (column, problem, hint)."""
    for regel, rij, fout in _csv_rijen(pad, kolommen):
        if fout:
            yield fout
            continue
        gelezen = lees(rij)
        if isinstance(gelezen, tuple):
            veld, tekst, hint = gelezen
            yield _fout(pad, regel, list(rij).index(veld) + 1, tekst, hint)
        else:
            yield gelezen


def _csv_rijen(
    pad: Path, kolommen: tuple[str, ...]
) -> Iterator[tuple[int, dict[str, str], Melding | None]]:
    """(line, row, problem) per data row; a missing column or a row of the wrong length is a
    problem of that row (a missing column: of the header, once)."""
    try:
        bestand = pad.open(encoding="utf-8-sig", newline="")
    except OSError as fout:
        yield 1, {}, _fout(pad, 1, 1, f"het bestand kan niet worden gelezen ({fout.strerror})")
        return
    with bestand:
        lezer = csv.reader(bestand)
        kop = [k.strip() for k in next(lezer, [])]
        ontbreekt = [k for k in kolommen if k not in kop]
        if ontbreekt:
            tekst = f"de kolom '{ontbreekt[0]}' ontbreekt"
            yield 1, {}, _fout(pad, 1, 1, tekst, f"de eerste regel noemt: {', '.join(kolommen)}")
            return
        try:
            for cellen in lezer:
                regel = lezer.line_num
                if not any(c.strip() for c in cellen):
                    continue
                if len(cellen) != len(kop):
                    tekst = f"deze regel heeft {len(cellen)} cellen, de eerste regel {len(kop)}"
                    yield regel, {}, _fout(pad, regel, 1, tekst, "zet een komma tussen de cellen")
                    continue
                yield regel, dict(zip(kop, (c.strip() for c in cellen), strict=True)), None
        except (csv.Error, UnicodeDecodeError) as fout:
            yield lezer.line_num, {}, _fout(pad, lezer.line_num, 1, f"geen leesbare CSV ({fout})")


# JSON -----------------------------------------------------------------------------------------


def _zaken_json(pad: Path) -> Iterator[Zaak | Melding]:
    try:
        tekst = pad.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as fout:
        yield _fout(pad, 1, 1, f"het bestand kan niet worden gelezen ({fout})")
        return
    try:
        positie, voorvoegsel = _begin_van_de_lijst(tekst)
    except _JsonFout as fout:
        yield _fout(pad, *_plek(tekst, fout.positie), fout.tekst, fout.hint)
        return
    for index, begin, waarde in _elementen(tekst, positie, pad):
        if isinstance(waarde, Melding):
            yield waarde
            return
        gelezen = _zaak(waarde) if isinstance(waarde, dict) else ("", "dit is geen zaak", "")
        if isinstance(gelezen, Zaak):
            yield gelezen
            continue
        veld, melding, hint = gelezen  # the place is counted only for a problem
        plaats = f"{voorvoegsel}[{index}]" + (f".{veld}" if veld else "")
        yield _fout(pad, *_plek(tekst, begin), f"{plaats}: {melding}", hint)


class _JsonFout(Exception):
    def __init__(self, positie: int, tekst: str, hint: str = "") -> None:
        super().__init__(tekst)
        self.positie, self.tekst, self.hint = positie, tekst, hint


def _begin_van_de_lijst(tekst: str) -> tuple[int, str]:
    """Where the list of zaken starts: the array itself, or the `results` of a list response
    (`{"count", "next", "previous", "results": [...]}`)."""
    positie = _overslaan(tekst, 0)
    if tekst.startswith("[", positie):
        return positie, ""
    if not tekst.startswith("{", positie):
        raise _JsonFout(
            positie,
            "geen JSON-lijst van zaken",
            "verwacht [ … ] of een pagina van de Zaken API met 'results'",
        )
    positie += 1
    while True:
        positie = _overslaan(tekst, positie)
        if tekst.startswith("}", positie):
            hint = 'exporteer de zaken zoals de Zaken API ze geeft: {"count": …, "results": […]}'
            raise _JsonFout(positie, "deze pagina heeft geen 'results'", hint)
        sleutel, positie = _decodeer(tekst, positie)
        positie = _overslaan(tekst, positie)
        if not tekst.startswith(":", positie):
            raise _JsonFout(positie, "ongeldige JSON: ':' verwacht")
        positie = _overslaan(tekst, positie + 1)
        if sleutel == "results":
            if not tekst.startswith("[", positie):
                raise _JsonFout(positie, "'results' is geen lijst")
            return positie, "results"
        _, positie = _decodeer(tekst, positie)
        positie = _overslaan(tekst, positie)
        if tekst.startswith(",", positie):
            positie += 1


def _elementen(tekst: str, positie: int, pad: Path) -> Iterator[tuple[int, int, Any]]:
    """(index, position, value) for every element of the array that starts at `positie`."""
    positie = _overslaan(tekst, positie + 1)
    index = 0
    if tekst.startswith("]", positie):
        return
    while True:
        try:
            waarde, einde = _decodeer(tekst, positie)
        except _JsonFout as fout:
            yield index, fout.positie, _fout(pad, *_plek(tekst, fout.positie), fout.tekst)
            return
        yield index, positie, waarde
        index += 1
        positie = _overslaan(tekst, einde)
        if tekst.startswith("]", positie):
            return
        if not tekst.startswith(",", positie):
            yield (
                index,
                positie,
                _fout(pad, *_plek(tekst, positie), "ongeldige JSON: ',' of ']' verwacht"),
            )
            return
        positie = _overslaan(tekst, positie + 1)


def _decodeer(tekst: str, positie: int) -> tuple[Any, int]:
    try:
        return _DECODER.raw_decode(tekst, positie)
    except json.JSONDecodeError as fout:
        raise _JsonFout(fout.pos, f"ongeldige JSON: {fout.msg}") from None


def _overslaan(tekst: str, positie: int) -> int:
    while positie < len(tekst) and tekst[positie] in _WIT:
        positie += 1
    return positie


def _plek(tekst: str, positie: int) -> tuple[int, int]:
    regel = tekst.count("\n", 0, positie) + 1
    return regel, positie - (tekst.rfind("\n", 0, positie) + 1) + 1


# One zaak ------------------------------------------------------------------------------------


def _zaak(data: dict[str, Any]) -> Zaak | tuple[str, str, str]:
    """The zaak, or (field, problem, hint)."""
    for veld in ("identificatie", "zaaktype"):
        if not isinstance(data.get(veld), str) or not data[veld].strip():
            return veld, "ontbreekt of is leeg", f"elke zaak heeft een '{veld}'"
    start = _datum(data.get("startdatum"))
    if start is None:
        return "startdatum", _geen_datum(data.get("startdatum")), "schrijf JJJJ-MM-DD"
    einde = None
    if data.get("einddatum") not in (None, ""):
        einde = _datum(data["einddatum"])
        if einde is None:
            return "einddatum", _geen_datum(data["einddatum"]), "schrijf JJJJ-MM-DD, of leeg"
        if einde < start:
            return "einddatum", f"{einde} ligt voor de startdatum {start}", "controleer de data"
    verlenging, opschorting = data.get("verlenging"), data.get("opschorting")
    return Zaak(
        data["identificatie"].strip(),
        data["zaaktype"].strip(),
        start,
        einde,
        verlengd=isinstance(verlenging, dict) and bool(verlenging.get("duur")),
        opgeschort=isinstance(opschorting, dict) and opschorting.get("indicatie") is True,
    )


def _datum(waarde: Any) -> date | None:
    """An ISO date (`2026-03-02`), or the date of an ISO date-time."""
    if not isinstance(waarde, str):
        return None
    tekst = waarde.strip()
    try:
        return (
            date.fromisoformat(tekst) if len(tekst) == 10 else datetime.fromisoformat(tekst).date()
        )
    except ValueError:
        return None


def _geen_datum(waarde: Any) -> str:
    return "ontbreekt" if waarde in (None, "") else f"'{waarde}' is geen datum"


def _moment(waarde: str) -> datetime | None:
    try:
        return datetime.fromisoformat(waarde)
    except ValueError:
        return None


def _getal(waarde: str) -> float | None:
    try:
        getal = float(waarde)
    except ValueError:
        return None
    return getal if getal == getal and getal not in (float("inf"), float("-inf")) else None


def _fout(pad: Path, regel: int, kolom: int, tekst: str, hint: str = "") -> Melding:
    return Melding(pad.as_posix(), regel, kolom, tekst, hint)
