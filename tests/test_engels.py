"""English texts of products (`en:`): checked like the Dutch ones, lists item by item, and
SDG products without English pointed out."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from loket.controle import laad_catalogus

DAG = date(2026, 11, 22)
ENGELS = (
    "en:\n"
    "  naam: Apply for a passport\n"
    "  samenvatting: Apply for a passport at the desk. It is ready after 5 working days.\n"
    "  meenemen:\n"
    "    - A passport photo\n"
)


def regels(gemeente_map: Path) -> list[str]:
    return [str(m).splitlines()[0] for m in laad_catalogus(gemeente_map, DAG).meldingen]


def met_engels(gemeente_map: Path, blok: str = ENGELS) -> None:
    pad = gemeente_map / "producten" / "paspoort.yaml"
    pad.write_text(pad.read_text(encoding="utf-8") + blok, encoding="utf-8")


def test_an_sdg_product_without_english_is_a_warning_with_its_code(klein: Path):
    assert regels(klein) == ["producten/paspoort.yaml:1:1: SDG-product (A1) zonder Engelse tekst"]


def test_an_english_block_is_read(klein: Path):
    met_engels(klein)
    assert regels(klein) == []
    en = laad_catalogus(klein, DAG).catalogus.producten["paspoort"].product.en
    assert (en.naam, en.meenemen) == ("Apply for a passport", ["A passport photo"])


def test_an_english_list_of_another_length_is_a_located_error(klein: Path):
    met_engels(klein, ENGELS + "    - Your old passport\n")
    assert regels(klein) == [
        "producten/paspoort.yaml:55:5: de Engelse lijst 'meenemen' heeft 2 item(s), de "
        "Nederlandse 1"
    ]


def test_an_english_block_needs_a_name_and_a_summary(klein: Path):
    met_engels(klein, "en:\n  naam: Apply for a passport\n")
    assert regels(klein) == [
        "producten/paspoort.yaml:52:3: de verplichte sleutel 'samenvatting' ontbreekt"
    ]
