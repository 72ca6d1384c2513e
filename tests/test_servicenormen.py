"""Servicenormen: the promises, their realisatie tables and the rules."""

from __future__ import annotations

import json
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from loket.controle import laad_catalogus
from loket.model import Periode, Realisatie
from loket.model.periode import is_verouderd
from loket.model.servicenorm import Norm
from loket.pages.opmaak import periode, procent

from tests.conftest import loket_check

VANDAAG = date(2026, 11, 22)


def regels(gemeente_map: Path, vandaag: date = VANDAAG) -> list[str]:
    return [str(m).splitlines()[0] for m in laad_catalogus(gemeente_map, vandaag).meldingen]


def csv(gemeente_map: Path, naam: str, tekst: str) -> None:
    (gemeente_map / "servicenormen" / naam).write_text(tekst, encoding="utf-8")


@pytest.mark.parametrize(
    ("percentage", "drempel", "gehaald"),
    [
        ("80.0", 80, True),
        ("79.9", 80, False),
        ("80.01", 80, True),
        ("99.9", None, False),
        ("100", None, True),
    ],
)
def test_gehaald_at_the_boundary(percentage: str, drempel: float | None, gehaald: bool):
    norm = Norm(waarde=30, eenheid="seconden", percentage=drempel)
    rij = Realisatie(
        servicenorm="x", periode=Periode(2026, 1), gehaald_percentage=Decimal(percentage)
    )
    assert rij.gehaald(norm) is gehaald


@pytest.mark.parametrize(
    ("tekst", "woorden", "eind"),
    [
        ("2026", "2026", date(2026, 12, 31)),
        ("2026-Q2", "2e kwartaal 2026", date(2026, 6, 30)),
        ("2026-03", "maart 2026", date(2026, 3, 31)),
        ("2026-12", "december 2026", date(2026, 12, 31)),
    ],
)
def test_periods_are_read_and_said_in_words(tekst: str, woorden: str, eind: date):
    p = Periode.lees(tekst)
    assert p is not None and str(p) == tekst
    assert periode(p) == woorden
    assert p.eind == eind


@pytest.mark.parametrize("fout", ["2026-Q5", "2026-13", "26-Q1", "2026Q1", "Q1 2026", ""])
def test_malformed_periods_are_refused(fout: str):
    assert Periode.lees(fout) is None


def test_dutch_percentages():
    assert procent(Decimal("83.1")) == "83,1 %"
    assert procent(Decimal("80.0")) == "80 %"


def test_figures_older_than_the_limit_are_outdated():
    assert not is_verouderd(date(2025, 9, 30), date(2026, 11, 22), 15)
    assert is_verouderd(date(2025, 6, 30), date(2026, 11, 22), 15)


def test_fixture_gemeente_loads_promises_and_figures(klein: Path):
    uitkomst = laad_catalogus(klein, VANDAAG)
    assert uitkomst.meldingen == []
    catalogus = uitkomst.catalogus
    assert sorted(catalogus.servicenormen) == ["reisdocument-klaar", "telefoon-opnemen"]
    assert [str(r.periode) for r in catalogus.historie("telefoon-opnemen")] == [
        "2026-Q1",
        "2026-Q2",
        "2026-Q3",
    ]
    assert len(catalogus.kanaalgebruik) == 8


def test_unknown_dimensie_and_kanaal_in_a_norm(klein: Path):
    norm = klein / "servicenormen" / "telefoon-opnemen.yaml"
    norm.write_text(
        norm.read_text()
        .replace("bereikbaarheid", "bereikbaarhied")
        .replace("kanaal: telefoon", "kanaal: fax")
    )
    assert regels(klein) == [
        "servicenormen/telefoon-opnemen.yaml:3:11: dimensie 'bereikbaarhied' bestaat niet; "
        "bedoelde u 'bereikbaarheid'?",
        "servicenormen/telefoon-opnemen.yaml:4:9: kanaal 'fax' bestaat niet",
    ]


def test_norm_unit_must_be_known_and_als_niet_gehaald_is_required(klein: Path):
    norm = klein / "servicenormen" / "telefoon-opnemen.yaml"
    tekst = norm.read_text().replace("eenheid: seconden", "eenheid: sec")
    norm.write_text(tekst[: tekst.index("als_niet_gehaald")])
    meldingen = laad_catalogus(klein, VANDAAG).meldingen
    assert [str(m).splitlines()[0] for m in meldingen] == [
        "servicenormen/telefoon-opnemen.yaml:1:1: "
        "de verplichte sleutel 'als_niet_gehaald' ontbreekt",
        "servicenormen/telefoon-opnemen.yaml:7:12: 'sec' is hier niet toegestaan",
    ]
    assert "seconden, minuten, uren, werkdagen, dagen, weken, procent" in meldingen[1].hint


def test_product_naming_an_unknown_norm(klein: Path):
    product = klein / "producten" / "paspoort.yaml"
    product.write_text(product.read_text().replace("[reisdocument-klaar]", "[reisdocument-klar]"))
    assert regels(klein) == [
        "producten/paspoort.yaml:30:17: servicenorm 'reisdocument-klar' bestaat niet; "
        "bedoelde u 'reisdocument-klaar'?"
    ]


def test_realisatie_errors_name_row_and_column(klein: Path):
    csv(
        klein,
        "realisatie.csv",
        (
            "servicenorm,periode,gehaald_percentage,aantal\n"
            "telefoon-opnemen,2026-Q1,84.2,1200\n"
            "telefoon-opnemen,2026-Q5,abc,5\n"
            "telefoon-opnemen,2026-Q1,80,\n"
            "telefon-opnemen,2026-Q2,120,x\n"
            ",2026,50,\n"
        ),
    )
    assert regels(klein) == [
        "servicenormen/realisatie.csv:3:2: '2026-Q5' is geen periode",
        "servicenormen/realisatie.csv:3:3: 'abc' is geen getal",
        "servicenormen/realisatie.csv:4:1: telefoon-opnemen en 2026-Q1 staat al op regel 2",
        "servicenormen/realisatie.csv:5:1: servicenorm 'telefon-opnemen' bestaat niet; "
        "bedoelde u 'telefoon-opnemen'?",
        "servicenormen/realisatie.csv:5:3: '120' moet tussen 0 en 100 liggen",
        "servicenormen/realisatie.csv:5:4: 'x' is geen heel getal van 0 of meer",
        "servicenormen/realisatie.csv:6:1: de kolom 'servicenorm' is leeg",
    ]


def test_kanaalgebruik_errors_name_row_and_column(klein: Path):
    csv(
        klein,
        "kanaalgebruik.csv",
        ("periode,kanaal,aantal_contacten,waardering\n2025,website,100,11\n2025,fax,10,7\n"),
    )
    assert regels(klein) == [
        "servicenormen/kanaalgebruik.csv:2:4: '11' moet tussen 1 en 10 liggen",
        "servicenormen/kanaalgebruik.csv:3:2: kanaal 'fax' bestaat niet",
    ]


def test_a_package_schema_other_than_loket_s_is_refused(klein: Path):
    """What others read from the package must be what Loket checked."""
    pakket = klein / "servicenormen" / "datapackage.json"
    data = json.loads(pakket.read_text())
    data["resources"][1]["schema"]["fields"][2]["type"] = "string"
    pakket.write_text(json.dumps(data))
    meldingen = laad_catalogus(klein, VANDAAG).meldingen
    assert [str(m).splitlines()[0] for m in meldingen] == [
        "servicenormen/datapackage.json:1:1: het schema van de tabel 'kanaalgebruik' wijkt af "
        "van dat van Loket (kolom 3: 'aantal_contacten' (string), verwacht 'aantal_contacten' "
        "(integer))"
    ]
    assert "kanaalgebruik.tableschema.json" in meldingen[0].hint


def test_a_package_without_a_table_schema_is_refused(klein: Path):
    pakket = klein / "servicenormen" / "datapackage.json"
    data = json.loads(pakket.read_text())
    del data["resources"][0]["schema"]
    pakket.write_text(json.dumps(data))
    assert regels(klein) == [
        "servicenormen/datapackage.json:1:1: de tabel 'realisatie' heeft geen Table Schema "
        "('schema' met 'fields')"
    ]


def test_broken_datapackage_json_gives_line_and_column(klein: Path):
    (klein / "servicenormen" / "datapackage.json").write_text(
        '{\n  "name": "x",\n  "resources": [,]\n}\n'
    )
    assert regels(klein) == ["servicenormen/datapackage.json:3:17: dit is geen geldige JSON"]


def test_remote_resource_paths_are_refused(klein: Path):
    pakket = klein / "servicenormen" / "datapackage.json"
    pakket.write_text(
        pakket.read_text().replace(
            '"path": "kanaalgebruik.csv"', '"path": "https://example.org/k.csv"'
        )
    )
    assert "servicenormen/datapackage.json:1:1: de tabel 'kanaalgebruik' klopt niet" in regels(
        klein
    )


def test_without_datapackage_there_are_no_figures_yet(klein: Path):
    for naam in ("datapackage.json", "realisatie.csv", "kanaalgebruik.csv"):
        (klein / "servicenormen" / naam).unlink()
    uitkomst = laad_catalogus(klein, VANDAAG)
    assert uitkomst.meldingen == []
    assert not uitkomst.catalogus.cijfers_gepubliceerd


def test_outdated_figures_warn_but_do_not_fail(klein: Path):
    meldingen = laad_catalogus(klein, date(2028, 6, 1)).meldingen
    assert [str(m).splitlines()[0] for m in meldingen] == [
        "servicenormen/kanaalgebruik.csv:1:1: de nieuwste cijfers in kanaalgebruik.csv lopen tot "
        "2025-12-31: ouder dan 15 maanden",
        "servicenormen/realisatie.csv:1:1: de nieuwste cijfers in realisatie.csv lopen tot "
        "2026-09-30: ouder dan 15 maanden",
    ]
    assert all(not m.is_fout for m in meldingen)


def test_check_reports_csv_errors_and_exits_1(klein: Path):
    csv(
        klein,
        "realisatie.csv",
        "servicenorm,periode,gehaald_percentage\ntelefoon-opnemen,2026,-1\n",
    )
    uitkomst = loket_check(klein)
    assert uitkomst.returncode == 1
    assert "servicenormen/realisatie.csv:2:3: " in uitkomst.stderr
    assert "Traceback" not in uitkomst.stderr


def test_pages_say_no_figures_are_published_yet(klein: Path):
    from loket.pages import Opties, bouw_site

    for naam in ("datapackage.json", "realisatie.csv", "kanaalgebruik.csv"):
        (klein / "servicenormen" / naam).unlink()
    catalogus = laad_catalogus(klein, VANDAAG).catalogus
    paginas = {u.pad: u.inhoud for u in bouw_site(catalogus, Opties(vandaag=VANDAAG))}
    assert (
        "Over onze beloften zijn nog geen cijfers gepubliceerd."
        in paginas["kwaliteitshandvest/index.md"]
    )
    assert (
        "Over deze belofte zijn nog geen cijfers gepubliceerd."
        in paginas["kwaliteitshandvest/telefoon-opnemen.md"]
    )
    assert "Er zijn nog geen cijfers gepubliceerd." in paginas["dienstverlening-in-cijfers.md"]


def test_outdated_figures_are_marked_on_the_page(klein: Path):
    from loket.pages import Opties, bouw_site

    later = date(2028, 6, 1)
    catalogus = laad_catalogus(klein, later).catalogus
    paginas = {u.pad: u.inhoud for u in bouw_site(catalogus, Opties(vandaag=later))}
    assert "**Let op: deze cijfers zijn verouderd.**" in paginas["kwaliteitshandvest/index.md"]
    assert (
        "**Let op: deze cijfers zijn verouderd.**"
        in paginas["kwaliteitshandvest/telefoon-opnemen.md"]
    )
