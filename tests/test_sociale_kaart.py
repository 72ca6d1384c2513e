"""Sociale kaart: the package read as `Organisatie` rows, each error by row and column."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from loket.controle import laad_catalogus

KOP = (
    "id,naam,omschrijving,categorie,doelgroep,adres,postcode,plaats,telefoon,email,website,"
    "openingstijden,kosten,verwijzing_nodig,trefwoorden,bijgewerkt\n"
)
GOED = "wijkteam-proefdorp,Wijkteam,Helpt u.,zorg,iedereen,Straat 1,9999 ZZ,Proefdorp,14 0999,a@b.example,https://w.example/,ma,Gratis,false,hulp,2026-10-01\n"


def regels(gemeente_map: Path) -> list[str]:
    return [
        str(m).splitlines()[0] for m in laad_catalogus(gemeente_map, date(2026, 11, 22)).meldingen
    ]


def organisaties(gemeente_map: Path, *rijen: str) -> None:
    (gemeente_map / "sociale_kaart" / "organisaties.csv").write_text(
        KOP + "".join(rijen), encoding="utf-8"
    )


def test_fixture_sociale_kaart_loads(klein: Path):
    catalogus = laad_catalogus(klein, date(2026, 11, 22)).catalogus
    assert catalogus.sociale_kaart
    assert [o.id for o in catalogus.organisaties_op_naam("geld")] == [
        "schuldhulp-maatjes",
        "voedselbank-proefdorp",
    ]
    voedselbank = catalogus.organisaties["voedselbank-proefdorp"]
    assert voedselbank.doelgroep == ("ouders", "ouderen")
    assert voedselbank.verwijzing_nodig is True and voedselbank.gratis


@pytest.mark.parametrize(
    ("vervang", "melding"),
    [
        (("9999 ZZ", "9999zz"), "wijk.csv:2:7: '9999zz' is geen Nederlandse postcode"),
        (
            ("https://w.example/", "http://w.example/"),
            "wijk.csv:2:11: de link 'http://w.example/' is niet beveiligd (http)",
        ),
        (("a@b.example", "geen-mail"), "wijk.csv:2:10: 'geen-mail' is geen e-mailadres"),
        (("2026-10-01", "2027-01-01"), "wijk.csv:2:16: '2027-01-01' ligt in de toekomst"),
        (("2026-10-01", "2026-02-30"), "wijk.csv:2:16: '2026-02-30' is geen bestaande datum"),
        ((",zorg,", ",zorgg,"), "wijk.csv:2:4: categorie 'zorgg' bestaat niet; bedoelde u 'zorg'?"),
        (
            ("wijkteam-proefdorp,", "zorg,"),
            "wijk.csv:2:1: de id 'zorg' is ook een categorie; hun pagina's zouden botsen",
        ),
        (("Helpt u.", "Helpt <b>u</b>."), "wijk.csv:2:3: HTML is niet toegestaan ('<b')"),
        ((",false,", ",misschien,"), "wijk.csv:2:14: 'misschien' is geen ja of nee"),
        (("Wijkteam,Helpt", ",Helpt"), "wijk.csv:2:2: de kolom 'naam' is leeg"),
    ],
)
def test_organisation_errors_name_row_and_column(
    klein: Path, vervang: tuple[str, str], melding: str
):
    organisaties(klein, GOED.replace(*vervang))
    in_csv = [r for r in regels(klein) if r.startswith("sociale_kaart/")]
    assert in_csv == [f"sociale_kaart/organisaties.csv:{melding.removeprefix('wijk.csv:')}"]


def test_duplicate_ids_and_every_error_at_once(klein: Path):
    organisaties(
        klein, GOED, GOED, GOED.replace("wijkteam-proefdorp,", "ander,").replace("9999 ZZ", "1")
    )
    assert regels(klein) == [
        "sociale_kaart/organisaties.csv:3:1: wijkteam-proefdorp staat al op regel 2",
        "sociale_kaart/organisaties.csv:4:7: '1' is geen Nederlandse postcode",
    ]


def test_an_unquoted_comma_is_one_error_at_the_extra_cell(klein: Path):
    """The cells after it have shifted: their errors would only mislead."""
    organisaties(klein, GOED.replace("Proefdorp,14", "Proefdorp,14 0999 (ma, di),14"))
    assert regels(klein) == [
        "sociale_kaart/organisaties.csv:2:17: deze rij heeft meer cellen dan er kolommen zijn"
    ]


def test_an_unknown_column_is_named_with_a_suggestion(klein: Path):
    (klein / "sociale_kaart" / "organisaties.csv").write_text(
        KOP.replace(",telefoon,", ",telefon,") + GOED, encoding="utf-8"
    )
    assert regels(klein) == [
        "sociale_kaart/organisaties.csv:1:9: onbekende kolom 'telefon'; bedoelde u 'telefoon'?"
    ]


def test_product_naming_an_unknown_organisation(klein: Path):
    product = klein / "producten" / "paspoort.yaml"
    product.write_text(product.read_text().replace("[wijkteam-proefdorp]", "[wijkteam-proefdrop]"))
    assert regels(klein) == [
        "producten/paspoort.yaml:46:16: organisatie 'wijkteam-proefdrop' bestaat niet; "
        "bedoelde u 'wijkteam-proefdorp'?"
    ]


def test_sociale_kaart_without_categories_in_gemeente(klein: Path):
    gemeente = klein / "gemeente.yml"
    tekst = gemeente.read_text()
    gemeente.write_text(tekst[: tekst.index("sociale_kaart:")])
    assert "sociale_kaart/datapackage.json:1:1: er zijn geen categorieën" in regels(klein)
