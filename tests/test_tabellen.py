"""The CSV tables are declared once, as `Rij` models: their Table Schemas, the shipped data
packages and frictionless' reading of them all follow from that one declaration."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest
import yaml
from frictionless import validate
from hypothesis import given, settings
from hypothesis import strategies as st
from loket.controle import laad_catalogus
from loket.model.schema import TABELLEN, tabel_schema_tekst
from loket.model.servicenorm import Kanaalgebruik, Realisatie
from loket.model.sociale_kaart import Organisatie
from loket.model.tabel import cellen, kolommen, tabel_schema

from tests.conftest import FIXTURES, ROOT

GEMEENTEN = [ROOT, FIXTURES / "klein"]
PAKKETTEN = [
    (gemeente / submap / "datapackage.json")
    for gemeente in GEMEENTEN
    for submap in ("servicenormen", "sociale_kaart")
]


def _categorieen(gemeente: Path) -> list[str]:
    data = yaml.safe_load((gemeente / "gemeente.yml").read_text(encoding="utf-8"))
    return [c["id"] for c in data["sociale_kaart"]["categorieen"]]


@pytest.mark.parametrize("pakket", PAKKETTEN, ids=lambda p: "/".join(p.parts[-3:-1]))
def test_shipped_packages_hold_the_generated_table_schemas(pakket: Path):
    keuzes = {"categorie": _categorieen(pakket.parent.parent)}
    for bron in json.loads(pakket.read_text(encoding="utf-8"))["resources"]:
        assert bron["schema"] == tabel_schema(TABELLEN[bron["name"]], keuzes), bron["name"]


@pytest.mark.parametrize("pakket", PAKKETTEN, ids=lambda p: "/".join(p.parts[-3:-1]))
def test_frictionless_accepts_the_shipped_packages(pakket: Path):
    rapport = validate(str(pakket))
    assert rapport.valid, rapport.flatten(["rowNumber", "fieldNumber", "type", "note"])


@pytest.mark.parametrize("naam", TABELLEN)
def test_committed_table_schemas_are_up_to_date(naam: str):
    """`loket schema` writes them next to the JSON Schemas; regenerate after a model change."""
    opgeslagen = ROOT / "site_src" / "schemas" / f"{naam}.tableschema.json"
    assert opgeslagen.read_text(encoding="utf-8") == tabel_schema_tekst(naam)


def test_the_schema_follows_the_model():
    velden = {v["name"]: v for v in tabel_schema(Realisatie)["fields"]}
    assert list(velden) == list(kolommen(Realisatie))
    assert velden["gehaald_percentage"]["type"] == "number"
    assert velden["gehaald_percentage"]["constraints"] == {
        "required": True,
        "minimum": 0,
        "maximum": 100,
    }
    assert velden["aantal"]["type"] == "integer"
    assert "required" not in velden["aantal"].get("constraints", {})
    assert tabel_schema(Realisatie)["primaryKey"] == ["servicenorm", "periode"]
    organisatie = {
        v["name"]: v for v in tabel_schema(Organisatie, {"categorie": ["b", "a"]})["fields"]
    }
    assert organisatie["categorie"]["constraints"]["enum"] == ["a", "b"]
    assert organisatie["id"]["constraints"]["unique"] is True
    assert organisatie["bijgewerkt"]["type"] == "date"
    assert organisatie["verwijzing_nodig"]["type"] == "boolean"
    assert organisatie["website"]["constraints"]["pattern"] == "https://.*"


KANAALGEBRUIK = (
    "periode,kanaal,aantal_contacten,waardering\n"
    "2025,website,100,7.5\n"
    "2025-Q5,telefoon,100,7\n"
    "2025,balie,-3,7\n"
    "2025,post,12,11\n"
    "2024,telefoon,veel,\n"
    ",balie,4,\n"
    "2024,website,100,0.5\n"
)


def test_loket_and_frictionless_refuse_the_same_cells(klein: Path):
    """The derived Table Schema says what the model says: for each bad cell both readers
    point at the same row and column."""
    (klein / "servicenormen" / "kanaalgebruik.csv").write_text(KANAALGEBRUIK, encoding="utf-8")
    meldingen = laad_catalogus(klein, date(2026, 11, 22)).meldingen
    loket = {(m.regel, m.kolom) for m in meldingen if m.pad.endswith("kanaalgebruik.csv")}
    rapport = validate(str(klein / "servicenormen" / "datapackage.json"))
    frictionless = {
        (rij, kolom)
        for rij, kolom in rapport.flatten(["rowNumber", "fieldNumber"])
        if rij is not None
    }
    assert loket == frictionless == {(3, 1), (4, 3), (5, 4), (6, 3), (7, 1), (8, 4)}


def test_a_row_written_back_reads_the_same():
    rij = Kanaalgebruik.model_validate(
        {"periode": "2025-Q2", "kanaal": "balie", "aantal_contacten": "12", "waardering": "7.4"}
    )
    assert cellen(rij) == {
        "periode": "2025-Q2",
        "kanaal": "balie",
        "aantal_contacten": "12",
        "waardering": "7.4",
    }
    assert Kanaalgebruik.model_validate({k: v for k, v in cellen(rij).items() if v}) == rij


# Any text in a cell ---------------------------------------------------------------------------

CEL = st.one_of(
    st.text(max_size=12),
    st.sampled_from(
        ["7.4", "10", "1", "0.5", "1e1", "NaN", "-0", "Infinity", "٣", "²", "7,4", " 8 ", "", "0x1"]
    ),
)


@settings(max_examples=200, deadline=None, derandomize=True, database=None)
@given(waardering=CEL, aantal=CEL, periode=CEL)
def test_any_cell_is_read_or_refused_at_its_own_column(waardering: str, aantal: str, periode: str):
    """Whatever a spreadsheet puts in a cell: no crash, and a refusal names the cell's own row
    and column, and what is read keeps to the model's bounds."""
    from loket.load.datapakket import CsvRegel, Tabel
    from loket.validate.tabel import lees_tabel

    namen = list(kolommen(Kanaalgebruik))
    tabel = Tabel("kanaalgebruik", Path("k.csv"), "k.csv", namen)
    cellen = {
        "periode": periode,
        "kanaal": "balie",
        "aantal_contacten": aantal,
        "waardering": waardering,
    }
    tabel.rijen.append(CsvRegel(2, {k: v.strip() for k, v in cellen.items()}, 4))
    rijen, meldingen = lees_tabel(tabel, Kanaalgebruik, {"kanaal": {"balie"}})
    assert (len(rijen) == 1) != bool(meldingen)
    for m in meldingen:
        assert (m.pad, m.regel) == ("k.csv", 2)
        assert namen[m.kolom - 1] in ("periode", "aantal_contacten", "waardering"), m
    if rijen:
        rij = rijen[0]
        assert str(rij.periode) == periode.strip()
        assert rij.aantal_contacten >= 0 and (rij.waardering is None or 1 <= rij.waardering <= 10)


def test_a_package_from_before_an_optional_column_still_passes(klein: Path):
    """`bron` came later: a package that lacks it (and a CSV without it) stays valid; a
    missing required column or a changed order does not."""
    pakket = klein / "servicenormen" / "datapackage.json"
    data = json.loads(pakket.read_text(encoding="utf-8"))
    velden = data["resources"][0]["schema"]["fields"]
    assert velden[-1]["name"] == "bron"
    data["resources"][0]["schema"]["fields"] = velden[:-1]
    pakket.write_text(json.dumps(data), encoding="utf-8")
    assert laad_catalogus(klein, date(2026, 11, 22)).meldingen == []
    data["resources"][0]["schema"]["fields"] = [velden[1], velden[0], *velden[2:-1]]
    pakket.write_text(json.dumps(data), encoding="utf-8")
    meldingen = [m.tekst for m in laad_catalogus(klein, date(2026, 11, 22)).meldingen]
    assert any("wijkt af van dat van Loket" in m for m in meldingen)
