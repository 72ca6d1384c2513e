"""UPL: product names checked against the Uniforme Productnamenlijst, its URI in the SC feed."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from loket.controle import laad_catalogus
from loket.load.upl import STANDAARD, standaard_lijst
from loket.pages import Opties
from loket.pages.samenwerkende_catalogi import sc_feed

from tests.conftest import ROOT

UPL = ROOT.parent / "shared" / "upl" / "UPL-actueel.csv"


def met_lijst(gemeente_map: Path, upl: str) -> None:
    assert UPL.is_file(), f"{UPL} ontbreekt: shared/ hoort naast de repository te staan"
    product = gemeente_map / "producten" / "paspoort.yaml"
    tekst = product.read_text().replace("upl: Paspoort", f"upl: {upl}")
    product.write_text(
        tekst.replace("upl_uri: http://standaarden.overheid.nl/owms/terms/paspoort\n", "")
    )


def regels(gemeente_map: Path) -> list[tuple[str, bool]]:
    return [(str(m).splitlines()[0], m.is_fout) for m in laad_catalogus(gemeente_map).meldingen]


def test_unknown_upl_name_is_an_error_with_the_closest_names(klein: Path):
    met_lijst(klein, "paspoortt")
    [melding] = laad_catalogus(klein).meldingen
    assert str(melding).splitlines() == [
        "producten/paspoort.yaml:3:6: 'paspoortt' staat niet in de UPL",
        "    tip: bedoelde u: paspoort, paspoort tweede, zakenpaspoort",
    ]


def test_name_not_for_gemeenten_is_a_warning(klein: Path):
    met_lijst(klein, "adoptie")
    assert regels(klein) == [
        ("producten/paspoort.yaml:3:6: de UPL-naam 'adoptie' is niet bedoeld voor gemeenten", False)
    ]


def test_feed_carries_the_uri_from_the_list(klein: Path):
    met_lijst(klein, "Paspoort")
    uitkomst = laad_catalogus(klein)
    assert uitkomst.meldingen == []
    feed = sc_feed(uitkomst.catalogus, Opties(site_url="https://x.example/"), date(2026, 1, 1))
    assert (
        'resourceIdentifier="http://standaarden.overheid.nl/owms/terms/paspoort">Paspoort' in feed
    )


def test_without_upl_lijst_the_shipped_list_checks_names_and_gives_uris(klein: Path):
    product = klein / "producten" / "paspoort.yaml"
    product.write_text(
        product.read_text().replace(
            "upl_uri: http://standaarden.overheid.nl/owms/terms/paspoort\n", ""
        )
    )
    uitkomst = laad_catalogus(klein)
    assert uitkomst.meldingen == []
    assert uitkomst.catalogus.upl_uris == {
        "paspoort": "http://standaarden.overheid.nl/owms/terms/paspoort"
    }
    product.write_text(product.read_text().replace("upl: Paspoort", "upl: paspoortt"))
    assert regels(klein) == [
        ("producten/paspoort.yaml:3:6: 'paspoortt' staat niet in de UPL", True)
    ]


def test_the_shipped_list_is_a_whole_upl_list():
    kop = STANDAARD.read_text(encoding="utf-8").splitlines()[0].split(",")
    assert kop[:2] == ["UniformeProductnaam", "URI"] and "Gemeente" in kop and "SDG" in kop
    assert len(standaard_lijst()) > 1000
    assert standaard_lijst()["paspoort"].uri == "http://standaarden.overheid.nl/owms/terms/paspoort"


def test_a_list_outside_the_gemeente_or_unreadable_is_a_located_error(klein: Path):
    gemeente = klein / "gemeente.yml"
    basis = gemeente.read_text()
    gemeente.write_text(basis + "upl_lijst: ../../../etc/passwd\n")
    [(regel, fout)] = regels(klein)
    assert regel.startswith("gemeente.yml:") and "buiten de map van de gemeente" in regel and fout
    (klein / "upl.csv").write_bytes(b"\xff\xfeUniformeProductnaam")
    gemeente.write_text(basis + "upl_lijst: upl.csv\n")
    assert [r for r, _ in regels(klein)] == [
        f"gemeente.yml:{_regel(basis)}:12: de UPL-lijst is niet in UTF-8"
    ]
    (klein / "upl.csv").write_text("UniformeProductnaam,Gemeente\nPaspoort,X\n")
    assert [r for r, _ in regels(klein)] == [
        f"gemeente.yml:{_regel(basis)}:12: in de UPL-lijst ontbreekt de kolom 'URI'"
    ]


def _regel(basis: str) -> int:
    return basis.count("\n") + 1


def test_missing_list_file_is_a_warning_not_a_failure(klein: Path):
    gemeente = klein / "gemeente.yml"
    gemeente.write_text(gemeente.read_text() + "upl_lijst: bestaat/niet.csv\n")
    assert (
        f"gemeente.yml:{_regel(gemeente.read_text()) - 1}:12: de UPL-lijst 'bestaat/niet.csv' is "
        "niet gevonden; de UPL-namen zijn "
        "niet gecontroleerd",
        False,
    ) in regels(klein)
