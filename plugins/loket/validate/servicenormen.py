"""Servicenormen: the YAML promises and the realisatie and kanaalgebruik tables beside them."""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

from loket.load.datapakket import Tabel, lees_datapakket
from loket.melding import Ernst, Melding
from loket.model.periode import is_verouderd
from loket.model.servicenorm import Kanaalgebruik, Realisatie
from loket.validate.rijen import (
    PERIODE_HINT,
    Kolom,
    aantal,
    bekend_id,
    een_per_plek,
    getal,
    lees_rijen,
    periode,
)
from loket.validate.tabel_fouten import valideer_pakket

NORMEN_MAP = "servicenormen"
REALISATIE = "realisatie"
KANAALGEBRUIK = "kanaalgebruik"


@dataclass
class Cijfers:
    """The measured figures; `gepubliceerd` is False when there is no data package yet."""

    gepubliceerd: bool = False
    realisatie: list[Realisatie] = field(default_factory=list)
    kanaalgebruik: list[Kanaalgebruik] = field(default_factory=list)


def lees_cijfers(
    map: Path, norm_ids: Collection[str], kanaal_ids: Collection[str]
) -> tuple[Cijfers, list[Melding]]:
    pakket, meldingen = lees_datapakket(map, map / NORMEN_MAP, NORMEN_MAP)
    if pakket is None:
        return Cijfers(), meldingen
    if pakket.veilig:
        meldingen += valideer_pakket(pakket)
    cijfers = Cijfers(gepubliceerd=True)
    if REALISATIE not in pakket.tabellen:
        hint = "beschrijf realisatie.csv als tabel 'realisatie' in datapackage.json"
        meldingen.append(Melding(pakket.weergave, 1, 1, "de tabel 'realisatie' ontbreekt", hint))
    else:
        cijfers.realisatie, gevonden = _realisatie(pakket.tabellen[REALISATIE], norm_ids)
        meldingen += gevonden
    if KANAALGEBRUIK in pakket.tabellen:
        cijfers.kanaalgebruik, gevonden = _kanaalgebruik(pakket.tabellen[KANAALGEBRUIK], kanaal_ids)
        meldingen += gevonden
    return cijfers, een_per_plek(meldingen)


def _realisatie(tabel: Tabel, norm_ids: Collection[str]) -> tuple[list[Realisatie], list[Melding]]:
    kolommen = [
        Kolom("servicenorm", bekend_id("servicenorm", norm_ids), hint=_ids_hint(norm_ids)),
        Kolom("periode", periode, hint=PERIODE_HINT),
        Kolom(
            "gehaald_percentage",
            getal(Decimal(0), Decimal(100)),
            hint="een percentage van 0 tot en met 100, met een punt: 83.5",
        ),
        Kolom("aantal", aantal, verplicht=False, hint="het aantal metingen, zoals 1250"),
    ]
    rijen, meldingen = lees_rijen(tabel, kolommen, ("servicenorm", "periode"))
    return [
        Realisatie(r["servicenorm"], r["periode"], r["gehaald_percentage"], r["aantal"])
        for r in rijen
    ], meldingen


def _kanaalgebruik(
    tabel: Tabel, kanaal_ids: Collection[str]
) -> tuple[list[Kanaalgebruik], list[Melding]]:
    kolommen = [
        Kolom("periode", periode, hint=PERIODE_HINT),
        Kolom("kanaal", bekend_id("kanaal", kanaal_ids), hint=_ids_hint(kanaal_ids)),
        Kolom("aantal_contacten", aantal, hint="het aantal contacten, zoals 12500"),
        Kolom(
            "waardering",
            getal(Decimal(1), Decimal(10)),
            verplicht=False,
            hint="een rapportcijfer van 1 tot en met 10, zoals 7.4",
        ),
    ]
    rijen, meldingen = lees_rijen(tabel, kolommen, ("periode", "kanaal"))
    return [
        Kanaalgebruik(r["periode"], r["kanaal"], r["aantal_contacten"], r["waardering"])
        for r in rijen
    ], meldingen


def _ids_hint(ids: Collection[str]) -> str:
    return f"bekende ids: {', '.join(sorted(ids))}" if ids else ""


def verouderd(cijfers: Cijfers, vandaag: date, maanden: int) -> list[Melding]:
    """A warning when the newest figures end more than `maanden` months before today."""
    meldingen = []
    for naam, rijen in ((REALISATIE, cijfers.realisatie), (KANAALGEBRUIK, cijfers.kanaalgebruik)):
        if not rijen:
            continue
        nieuwste = max(r.periode.eind for r in rijen)
        if is_verouderd(nieuwste, vandaag, maanden):
            tekst = (
                f"de nieuwste cijfers in {naam}.csv lopen tot {nieuwste.isoformat()}: "
                f"ouder dan {maanden} maanden"
            )
            meldingen.append(
                Melding(
                    f"{NORMEN_MAP}/{naam}.csv",
                    1,
                    1,
                    tekst,
                    "voeg de cijfers van de laatste periode toe",
                    Ernst.WAARSCHUWING,
                )
            )
    return meldingen
