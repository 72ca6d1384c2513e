"""Prices by date: the price in force on the peildatum, a later one announced beside it, an
ended one gone; the switch happens at midnight of `geldig_vanaf`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from loket.controle import laad_catalogus
from loket.model.product import Kosten, prijzen_op
from loket.pages import Opties
from loket.pages.open_data import open_data
from loket.pages.product import product_pagina

OUD = (
    "  - omschrijving: Paspoort 18 jaar en ouder\n    bedrag: 84.6\n    geldig_vanaf: 2026-01-01\n"
)
NIEUW = (
    "  - omschrijving: Paspoort 18 jaar en ouder\n    bedrag: 84.6\n    geldig_vanaf: 2026-01-01\n"
    "    geldig_tot: 2026-12-31\n"
    "  - omschrijving: Paspoort 18 jaar en ouder\n    bedrag: 86.1\n    geldig_vanaf: 2027-01-01\n"
)


def met_nieuwe_prijs(klein: Path, kosten: str = NIEUW) -> None:
    pad = klein / "producten" / "paspoort.yaml"
    tekst = pad.read_text(encoding="utf-8")
    assert OUD in tekst
    pad.write_text(tekst.replace(OUD, kosten), encoding="utf-8")


def pagina_op(klein: Path, dag: date) -> str:
    catalogus = laad_catalogus(klein, dag).catalogus
    assert catalogus is not None
    return product_pagina(catalogus, catalogus.producten["paspoort"], Opties(vandaag=dag)).inhoud


@pytest.mark.parametrize(
    ("dag", "verwacht", "niet"),
    [
        (date(2026, 12, 31), "€ 84,60. Vanaf 1 januari 2027: € 86,10", None),
        (date(2027, 1, 1), "| Paspoort 18 jaar en ouder | € 86,10 |", "84,60"),
        (date(2027, 1, 2), "| Paspoort 18 jaar en ouder | € 86,10 |", "84,60"),
    ],
)
def test_the_price_switches_at_midnight(klein: Path, dag: date, verwacht: str, niet: str | None):
    met_nieuwe_prijs(klein)
    tekst = pagina_op(klein, dag)
    assert verwacht in tekst
    if niet:
        assert niet not in tekst


def test_json_ld_carries_the_price_in_force_and_open_data_the_later_one(klein: Path):
    met_nieuwe_prijs(klein)
    dag = date(2026, 12, 31)
    catalogus = laad_catalogus(klein, dag).catalogus
    opties = Opties(vandaag=dag)
    meta = product_pagina(catalogus, catalogus.producten["paspoort"], opties).meta
    prijzen = [(o["name"], o["price"]) for o in meta["loket"]["jsonld"]["offers"]]
    assert ("Paspoort 18 jaar en ouder", "84.60") in prijzen
    assert ("Paspoort 18 jaar en ouder", "86.10") not in prijzen
    csv = next(u.inhoud for u in open_data(catalogus, opties) if u.pad.endswith("producten.csv"))
    assert "Paspoort 18 jaar en ouder: 86.1 [vanaf 2027-01-01]" in csv
    assert "Paspoort 18 jaar en ouder: 84.6 [vanaf 2026-01-01] [t/m 2026-12-31]" in csv


def test_an_ended_price_is_gone_everywhere(klein: Path):
    met_nieuwe_prijs(klein)
    dag = date(2027, 3, 1)
    catalogus = laad_catalogus(klein, dag).catalogus
    inhoud = {u.pad: u.inhoud for u in open_data(catalogus, Opties(vandaag=dag))}
    for pad in ("open-data/producten.csv", "open-data/producten.json"):
        assert "86.1" in inhoud[pad] and "84.6" not in inhoud[pad], pad


def test_overlapping_periods_are_an_error_at_the_second_entry(klein: Path):
    overlap = NIEUW.replace("geldig_vanaf: 2027-01-01", "geldig_vanaf: 2026-12-01")
    met_nieuwe_prijs(klein, overlap)
    meldingen = [str(m).splitlines()[0] for m in laad_catalogus(klein).fouten]
    assert meldingen == [
        "producten/paspoort.yaml:27:5: dit bedrag geldt op dezelfde dagen als bedrag 1 voor "
        "'Paspoort 18 jaar en ouder'"
    ]


def test_an_end_before_the_start_is_an_error(klein: Path):
    met_nieuwe_prijs(klein, OUD + "    geldig_tot: 2025-12-31\n")
    [melding] = laad_catalogus(klein).fouten
    assert "'geldig_tot' ligt vóór 'geldig_vanaf'" in str(melding)


def test_a_product_whose_prices_all_ended_is_a_warning(klein: Path):
    met_nieuwe_prijs(klein, OUD + "    geldig_tot: 2026-06-30\n")
    pad = klein / "producten" / "paspoort.yaml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(
        tekst.replace("    bedrag: 1234.5\n", "    bedrag: 1234.5\n    geldig_tot: 2026-06-30\n")
    )
    uitkomst = laad_catalogus(klein)
    assert uitkomst.fouten == []
    assert [m.tekst for m in uitkomst.meldingen] == ["alle bedragen van dit product zijn verlopen"]


def test_prices_are_grouped_by_description_and_channel():
    kosten = [
        Kosten(omschrijving="A", bedrag=1, geldig_tot=date(2026, 12, 31)),
        Kosten(omschrijving="A", bedrag=2, geldig_vanaf=date(2027, 1, 1)),
        Kosten(omschrijving="A", bedrag=3, kanaal="balie"),
        Kosten(omschrijving="B", bedrag=4, geldig_vanaf=date(2027, 6, 1)),
    ]
    prijzen = prijzen_op(kosten, date(2026, 12, 31))
    assert [(p.nu and p.nu.bedrag, [s.bedrag for s in p.straks]) for p in prijzen] == [
        (1, [2]),
        (3, []),
        (None, [4]),
    ]
