"""`loket import-hsds` on the two real Open Referral example packages."""

from __future__ import annotations

import csv
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import FIXTURES, ROOT, loket, loket_check

HSDS_1 = ROOT.parent / "shared" / "hsds" / "hsds-1.x-sample"
HSDS_3 = ROOT.parent / "shared" / "hsds" / "hsds-3.0-examples"


@pytest.fixture
def gemeente(tmp_path: Path) -> Path:
    """The fixture gemeente without its own sociale kaart and without product links to it."""
    doel = tmp_path / "gemeente"
    shutil.copytree(FIXTURES / "klein", doel)
    shutil.rmtree(doel / "sociale_kaart")
    product = doel / "producten" / "paspoort.yaml"
    product.write_text(product.read_text().replace("organisaties: [wijkteam-proefdorp]\n", ""))
    return doel


def importeer(bron: Path, naar: Path, *opties: str) -> subprocess.CompletedProcess[str]:
    assert bron.is_dir(), f"{bron} ontbreekt: shared/ hoort naast de repository te staan"
    return loket("import-hsds", str(bron), "--naar", str(naar), *opties)


def rijen(naar: Path) -> list[dict[str, str]]:
    with (naar / "organisaties.csv").open(encoding="utf-8") as bestand:
        return list(csv.DictReader(bestand))


def test_hsds_1x_every_organization_comes_out_and_passes_check(gemeente: Path):
    uitkomst = importeer(HSDS_1, gemeente / "sociale_kaart", "--categorie", "zorg")
    assert uitkomst.returncode == 0, uitkomst.stderr
    with (HSDS_1 / "organizations.csv").open(encoding="utf-8") as bestand:
        namen = {r["name"] for r in csv.DictReader(bestand)}
    geimporteerd = rijen(gemeente / "sociale_kaart")
    assert {r["naam"] for r in geimporteerd} == namen and len(namen) == 10
    sanctuary = next(r for r in geimporteerd if r["naam"] == "Sanctuary Example City")
    assert sanctuary["adres"] == "Address 1, Address 2"
    assert sanctuary["plaats"] == "New York City"
    assert sanctuary["postcode"] == ""
    assert sanctuary["openingstijden"] == "maandag, dinsdag en woensdag 09.00 – 17.00 uur"
    roz = next(r for r in geimporteerd if r["naam"] == "Roz Bernstein Sample Org")
    assert roz["telefoon"] == "(0123) 4567 8900"
    assert (
        "Sanctuary Example City: postcode '10001' weggelaten: geen Nederlandse postcode"
        in uitkomst.stdout
    )
    assert "website 'http://example.com' weggelaten" in uitkomst.stdout
    assert "Example City Silvers: HTML uit omschrijving gehaald" in uitkomst.stdout
    assert loket_check(gemeente).returncode == 0


def test_hsds_3_organization_phone_hours_and_category_mapping(gemeente: Path, tmp_path: Path):
    koppeling = tmp_path / "koppeling.yml"
    koppeling.write_text("name: geld\nstandaard: wonen\n", encoding="utf-8")
    uitkomst = importeer(HSDS_3, gemeente / "sociale_kaart", "--categorieen", str(koppeling))
    assert uitkomst.returncode == 0, uitkomst.stderr
    [org] = rijen(gemeente / "sociale_kaart")
    assert org["naam"] == "Example Organization Inc."
    assert org["telefoon"] == "+44 1234 234567"
    assert org["openingstijden"] == "donderdag en vrijdag 10.00 – 18.00 uur"
    assert org["categorie"] == "wonen"  # its only taxonomy link dangles: the mapping's standaard

    assert "MyCity Civic Center: locatie overgeslagen: verwijst naar een onbekende organisatie" in (
        uitkomst.stdout
    )
    assert loket_check(gemeente).returncode == 0


def test_refuses_to_overwrite_without_flag(gemeente: Path):
    naar = gemeente / "sociale_kaart"
    assert importeer(HSDS_3, naar, "--categorie", "zorg").returncode == 0
    tweede = importeer(HSDS_1, naar, "--categorie", "zorg")
    assert tweede.returncode == 2
    assert "bestaat al; gebruik --overschrijf" in tweede.stderr
    assert len(rijen(naar)) == 1
    assert importeer(HSDS_1, naar, "--categorie", "zorg", "--overschrijf").returncode == 0
    assert len(rijen(naar)) == 10


def test_unknown_or_missing_category_is_a_usage_error(gemeente: Path):
    naar = gemeente / "sociale_kaart"
    assert importeer(HSDS_1, naar).returncode == 2
    onbekend = importeer(HSDS_1, naar, "--categorie", "sport")
    assert onbekend.returncode == 2
    assert "categorie sport staat niet in gemeente.yml" in onbekend.stderr
    assert not naar.exists()


def test_taxonomy_terms_map_to_categories():
    from datetime import date

    from loket.importeer.hsds import converteer

    tabellen = {
        "organizations": [
            {"id": "o1", "name": "Voedselhulp", "description": "Eten."},
            {"id": "o2", "name": "Huurhulp", "description": "Huur."},
        ],
        "services": [
            {"id": "s1", "organization_id": "o1", "name": "Pakketten"},
            {"id": "s2", "organization_id": "o2", "name": "Spreekuur"},
        ],
        "taxonomy_terms": [{"id": "t1", "name": "Food"}, {"id": "t2", "name": "Housing"}],
        "attributes": [
            {"link_id": "s1", "taxonomy_term_id": "t1"},
            {"link_id": "s2", "taxonomy_term_id": "t2"},
        ],
    }
    uitkomst = converteer(tabellen, {"Food": "geld", "t2": "wonen"}, None, set(), date(2026, 1, 1))
    assert [(r["id"], r["categorie"], r["trefwoorden"]) for r in uitkomst.rijen] == [
        ("voedselhulp", "geld", "Pakketten"),
        ("huurhulp", "wonen", "Spreekuur"),
    ]
