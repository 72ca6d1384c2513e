"""Servicenormen: the realisatie and kanaalgebruik tables beside the YAML promises."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from loket.load.bronnen import NORMEN_MAP
from loket.load.datapakket import Datapakket
from loket.melding import Ernst, Melding
from loket.model.periode import is_verouderd
from loket.model.servicenorm import Kanaalgebruik, Realisatie
from loket.validate.tabel import lees_tabel, schema_verschil


@dataclass
class Cijfers:
    """The measured figures; `gepubliceerd` is False when there is no data package yet."""

    gepubliceerd: bool = False
    realisatie: list[Realisatie] = field(default_factory=list)
    kanaalgebruik: list[Kanaalgebruik] = field(default_factory=list)


def cijfers(
    pakket: Datapakket | None, bekend: Mapping[str, Collection[str]]
) -> tuple[Cijfers, list[Melding]]:
    """The realisatie and kanaalgebruik rows; `bekend` gives the ids of each kind of reference."""
    if pakket is None:
        return Cijfers(), []
    uitkomst = Cijfers(gepubliceerd=True)
    meldingen: list[Melding] = []
    realisatie = pakket.tabellen.get(Realisatie.TABEL)
    if realisatie is None:
        hint = "beschrijf realisatie.csv als tabel 'realisatie' in datapackage.json"
        meldingen.append(Melding(pakket.weergave, 1, 1, "de tabel 'realisatie' ontbreekt", hint))
    else:
        meldingen += schema_verschil(realisatie, Realisatie, pakket.weergave)
        uitkomst.realisatie, gevonden = lees_tabel(realisatie, Realisatie, bekend)
        meldingen += gevonden
    kanaalgebruik = pakket.tabellen.get(Kanaalgebruik.TABEL)
    if kanaalgebruik is not None:
        meldingen += schema_verschil(kanaalgebruik, Kanaalgebruik, pakket.weergave)
        uitkomst.kanaalgebruik, gevonden = lees_tabel(kanaalgebruik, Kanaalgebruik, bekend)
        meldingen += gevonden
    return uitkomst, meldingen


def verouderd(cijfers: Cijfers, vandaag: date, maanden: int) -> list[Melding]:
    """A warning when the newest figures end more than `maanden` months before today."""
    meldingen = []
    for naam, rijen in (
        (Realisatie.TABEL, cijfers.realisatie),
        (Kanaalgebruik.TABEL, cijfers.kanaalgebruik),
    ):
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
