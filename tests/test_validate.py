"""Validation: every kind of content error, as `path:line:col: melding` in Dutch, all at once."""

from __future__ import annotations

from pathlib import Path

import pytest
from loket.controle import laad_catalogus

from tests.conftest import loket_check

GOED = """\
naam: Afvalpas
samenvatting: Met de afvalpas opent u de container.
doelgroep: [inwoner]
themas: [afval]
beschrijving: U krijgt de pas als u hier komt wonen.
aanvragen:
  - kanaal: website
    url: https://mijn.proefdorp.example/afvalpas
eigenaar: Team Afval
herzien_voor: 2027-01-31
"""


def regels(gemeente_map: Path) -> list[str]:
    """The first line of every melding, as the redacteur sees it."""
    return [str(m).splitlines()[0] for m in laad_catalogus(gemeente_map).meldingen]


def schrijf(gemeente_map: Path, naam: str, tekst: str) -> None:
    (gemeente_map / "producten" / naam).write_text(tekst, encoding="utf-8")


def test_fixture_gemeente_is_clean(klein: Path):
    uitkomst = laad_catalogus(klein)
    assert uitkomst.meldingen == []
    assert sorted(uitkomst.catalogus.producten) == ["grofvuil", "paspoort", "terrasvergunning"]


def test_unknown_key_suggests_closest(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED + "kostne: []\n")
    assert regels(klein) == [
        "producten/afvalpas.yaml:11:1: onbekende sleutel 'kostne'; bedoelde u 'kosten'?"
    ]


def test_unknown_nested_key_lists_allowed_keys(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("    url:", "    urll:"))
    meldingen = laad_catalogus(klein).meldingen
    assert str(meldingen[0]).splitlines() == [
        "producten/afvalpas.yaml:8:5: onbekende sleutel 'urll'; bedoelde u 'url'?",
        "    tip: toegestaan zijn: kanaal, url, inloggen, afspraak, toelichting",
    ]


def test_missing_required_key_points_at_the_mapping(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("eigenaar: Team Afval\n", ""))
    assert regels(klein) == [
        "producten/afvalpas.yaml:1:1: de verplichte sleutel 'eigenaar' ontbreekt"
    ]


def test_wrong_type_names_the_expected_type(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("doelgroep: [inwoner]", "doelgroep: inwoner"))
    [melding] = laad_catalogus(klein).meldingen
    assert (
        str(melding).splitlines()[0]
        == "producten/afvalpas.yaml:3:12: 'doelgroep' moet een lijst zijn"
    )
    assert melding.hint == "zet elk item op een eigen regel, beginnend met '- '"


def test_number_where_text_is_meant(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("naam: Afvalpas", "naam: 112"))
    assert regels(klein) == ["producten/afvalpas.yaml:1:7: '112' moet tekst zijn"]


def test_value_not_in_enum_lists_the_allowed_values(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("[inwoner]", "[inwoner, burger]"))
    [melding] = laad_catalogus(klein).meldingen
    assert str(melding).splitlines() == [
        "producten/afvalpas.yaml:3:22: 'burger' is hier niet toegestaan",
        "    tip: kies uit: inwoner, ondernemer, instelling",
    ]


def test_impossible_date(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("2027-01-31", "2027-02-30"))
    [melding] = laad_catalogus(klein).meldingen
    assert str(melding).splitlines()[0] == (
        "producten/afvalpas.yaml:10:15: '2027-02-30' is geen bestaande datum"
    )
    assert "JJJJ-MM-DD" in melding.hint


def test_date_in_dutch_notation_is_refused(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("2027-01-31", "31-01-2027"))
    assert regels(klein) == ["producten/afvalpas.yaml:10:15: '31-01-2027' is geen bestaande datum"]


@pytest.mark.parametrize(
    ("url", "melding"),
    [
        (
            "http://mijn.proefdorp.example/a",
            "de link 'http://mijn.proefdorp.example/a' is niet beveiligd (http)",
        ),
        ("/afvalpas", "'/afvalpas' is geen volledige link"),
        ("mijn.proefdorp.example", "'mijn.proefdorp.example' is geen volledige link"),
    ],
)
def test_url_must_be_absolute_https(klein: Path, url: str, melding: str):
    schrijf(klein, "afvalpas.yaml", GOED.replace("https://mijn.proefdorp.example/afvalpas", url))
    assert regels(klein) == [f"producten/afvalpas.yaml:8:10: {melding}"]


def test_unknown_thema_suggests_closest(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("[afval]", "[afvall]"))
    assert regels(klein) == [
        "producten/afvalpas.yaml:4:10: thema 'afvall' bestaat niet; bedoelde u 'afval'?"
    ]


def test_unknown_kanaal(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("kanaal: website", "kanaal: whatsapp"))
    [melding] = laad_catalogus(klein).meldingen
    assert (
        str(melding).splitlines()[0]
        == "producten/afvalpas.yaml:7:13: kanaal 'whatsapp' bestaat niet"
    )
    assert melding.hint == "bekende kanaal-ids: balie, post, telefoon, website"


def test_unknown_kanaal_in_kosten(klein: Path):
    tekst = GOED + "kosten:\n  - omschrijving: Nieuwe pas\n    bedrag: 10\n    kanaal: loket\n"
    schrijf(klein, "afvalpas.yaml", tekst)
    assert regels(klein) == ["producten/afvalpas.yaml:14:13: kanaal 'loket' bestaat niet"]


def test_unknown_gerelateerd_product(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED + "gerelateerd: [paspoort, grofvuill]\n")
    assert regels(klein) == [
        "producten/afvalpas.yaml:11:25: product 'grofvuill' bestaat niet; bedoelde u 'grofvuil'?"
    ]


def test_unknown_toptaak(klein: Path):
    gemeente = klein / "gemeente.yml"
    gemeente.write_text(
        gemeente.read_text().replace("  - grofvuil\n", "  - grofvuil\n  - rijbewijs\n")
    )
    assert regels(klein) == ["gemeente.yml:54:5: product 'rijbewijs' bestaat niet"]


def test_duplicate_product_id(klein: Path):
    schrijf(klein, "zz-kopie.yaml", GOED.replace("naam: Afvalpas", "naam: Afvalpas\nid: paspoort"))
    assert regels(klein) == [
        "producten/paspoort.yaml:1:1: de product-id 'paspoort' wordt ook gebruikt in "
        "producten/zz-kopie.yaml",
        "producten/zz-kopie.yaml:2:5: de product-id 'paspoort' wordt ook gebruikt in "
        "producten/paspoort.yaml",
    ]


def test_duplicate_kanaal_id_in_gemeente(klein: Path):
    gemeente = klein / "gemeente.yml"
    gemeente.write_text(gemeente.read_text().replace("  - id: post\n", "  - id: balie\n", 1))
    found = regels(klein)
    assert "gemeente.yml:19:9: de kanaal-id 'balie' komt twee keer voor" in found


def test_samenvatting_over_160_characters(klein: Path):
    schrijf(
        klein, "afvalpas.yaml", GOED.replace("Met de afvalpas opent u de container.", "a" * 161)
    )
    [melding] = laad_catalogus(klein).meldingen
    assert str(melding).splitlines()[0] == (
        "producten/afvalpas.yaml:2:15: de samenvatting is 161 tekens lang; de grens is 160"
    )


@pytest.mark.parametrize(
    ("tekst", "melding"),
    [
        ("Kijk <b>hier</b>.", "HTML is niet toegestaan ('<b')"),
        ("<script>alert(1)</script>", "HTML is niet toegestaan ('<script')"),
        ("<!-- verborgen -->", "HTML is niet toegestaan ('<!--')"),
        ("Klik onclick=alert(1)", "'onclick=' is niet toegestaan"),
        ("[klik](javascript:alert(1))", "een link met 'javascript:' is niet toegestaan"),
        ("[klik](&#106;avascript:alert(1))", "een link met 'javascript:' is niet toegestaan"),
        ("[klik](data:text/html,x)", "een link met 'data:' is niet toegestaan"),
        (
            "[klik](http://www.example.nl/)",
            "de link 'http://www.example.nl/' is niet beveiligd (http)",
        ),
        ("[klik](/paspoort)", "de link '/paspoort' is niet volledig"),
        ("[klik][1]\n\n[1]: vbscript:x", "een link met 'vbscript:' is niet toegestaan"),
    ],
)
def test_raw_html_and_unsafe_links_are_refused(klein: Path, tekst: str, melding: str):
    blok = "beschrijving: |\n" + "".join(f"  {r}\n" for r in tekst.splitlines())
    schrijf(
        klein,
        "afvalpas.yaml",
        GOED.replace("beschrijving: U krijgt de pas als u hier komt wonen.\n", blok),
    )
    assert regels(klein) == [f"producten/afvalpas.yaml:5:15: {melding}"]


def test_safe_markdown_is_accepted(klein: Path):
    tekst = (
        "**Let op:** zie [de regels](https://www.proefdorp.example/regels) of <https://x.example/>."
    )
    schrijf(
        klein, "afvalpas.yaml", GOED.replace("U krijgt de pas als u hier komt wonen.", f'"{tekst}"')
    )
    assert regels(klein) == []


def test_amount_with_euro_sign_is_refused(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED + "kosten:\n  - omschrijving: Pas\n    bedrag: € 10,00\n")
    [melding] = laad_catalogus(klein).meldingen
    assert str(melding).splitlines()[0] == "producten/afvalpas.yaml:13:13: '€ 10,00' is geen bedrag"
    assert "77.25" in melding.hint


def test_doorlooptijd_needs_exactly_one_unit(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED + "doorlooptijd:\n  werkdagen: 5\n  weken: 1\n")
    assert regels(klein) == [
        "producten/afvalpas.yaml:12:3: noem de doorlooptijd in precies één eenheid"
    ]


def test_bad_opening_hours(klein: Path):
    gemeente = klein / "gemeente.yml"
    gemeente.write_text(
        gemeente.read_text().replace('maandag: "08:30-17:00"', 'maandag: "17:00-08:30"')
    )
    assert regels(klein) == [
        "gemeente.yml:34:16: '17:00-08:30' sluit niet aan: tijden moeten oplopen"
    ]


def test_unknown_weekday_in_opening_hours(klein: Path):
    gemeente = klein / "gemeente.yml"
    gemeente.write_text(
        gemeente.read_text().replace('      maandag: "08:30-17:00"', '      mandag: "08:30-17:00"')
    )
    assert regels(klein) == ["gemeente.yml:34:7: onbekende sleutel 'mandag'; bedoelde u 'maandag'?"]


def test_invalid_file_name_as_id(klein: Path):
    schrijf(klein, "Afval Pas.yaml", GOED)
    assert regels(klein) == [
        "producten/Afval Pas.yaml:1:1: de bestandsnaam 'Afval Pas.yaml' is geen geldige id"
    ]


def test_all_errors_in_all_files_at_once(klein: Path):
    schrijf(klein, "afvalpas.yaml", GOED.replace("[afval]", "[onbekend]") + "kostne: []\n")
    schrijf(klein, "kapot.yaml", "naam: a: b\n")
    gemeente = klein / "gemeente.yml"
    gemeente.write_text(gemeente.read_text().replace("soort: face", "soort: balie"))
    gevonden = regels(klein)
    assert len(gevonden) == 4
    assert [r.split(":")[0] for r in gevonden] == [
        "gemeente.yml",
        "producten/afvalpas.yaml",
        "producten/afvalpas.yaml",
        "producten/kapot.yaml",
    ]


def test_missing_gemeente_yml(klein: Path):
    (klein / "gemeente.yml").unlink()
    assert regels(klein) == ["gemeente.yml:1:1: gemeente.yml ontbreekt"]


def test_check_exits_0_when_clean(klein: Path):
    uitkomst = loket_check(klein)
    assert uitkomst.returncode == 0
    assert "geen fouten" in uitkomst.stderr


def test_check_exits_1_on_content_errors_without_traceback(klein: Path):
    schrijf(klein, "afvalpas.yaml", "naam: [\n")
    schrijf(klein, "leeg.yaml", "")
    uitkomst = loket_check(klein)
    assert uitkomst.returncode == 1
    assert "producten/afvalpas.yaml:2:1: " in uitkomst.stderr
    assert "producten/leeg.yaml:1:1: het bestand is leeg" in uitkomst.stderr
    assert "Traceback" not in uitkomst.stderr + uitkomst.stdout
    assert "2 fouten gevonden" in uitkomst.stderr


def test_check_exits_2_on_usage_errors(tmp_path: Path):
    assert loket_check(tmp_path / "bestaat-niet").returncode == 2
