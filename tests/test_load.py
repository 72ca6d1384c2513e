"""Loading YAML: positions kept, and every kind of unreadable file refused in Dutch."""

from __future__ import annotations

from pathlib import Path

from loket.load import lees_yaml, lees_yaml_tekst
from loket.load.yaml_bron import MAX_GROOTTE


def lees(tekst: str | bytes):
    ruw = tekst.encode() if isinstance(tekst, str) else tekst
    return lees_yaml_tekst(ruw, "producten/x.yaml")


def enige_melding(tekst: str | bytes) -> str:
    bestand, meldingen = lees(tekst)
    assert bestand is None
    assert len(meldingen) == 1
    return str(meldingen[0])


def test_positions_of_keys_and_values_are_kept():
    bestand, meldingen = lees("naam: Paspoort\naanvragen:\n  - kanaal: balie\n    url: x\n")
    assert meldingen == []
    assert bestand.data == {"naam": "Paspoort", "aanvragen": [{"kanaal": "balie", "url": "x"}]}
    assert bestand.posities.sleutel(("aanvragen", 0, "url")).regel == 4
    plek = bestand.posities.waarde(("aanvragen", 0, "kanaal"))
    assert (plek.regel, plek.kolom) == (3, 13)


def test_dates_are_read_as_dates_and_impossible_dates_stay_text():
    bestand, _ = lees("a: 2027-03-31\nb: 2027-02-30\n")
    assert str(bestand.data["a"]) == "2027-03-31" and not isinstance(bestand.data["a"], str)
    assert bestand.data["b"] == "2027-02-30"


def test_empty_file_is_refused():
    assert (
        enige_melding("\n  \n")
        == "producten/x.yaml:1:1: het bestand is leeg\n    tip: vul het bestand of verwijder het"
    )


def test_top_level_list_is_refused():
    assert (
        "producten/x.yaml:1:1: het bestand moet uit sleutels met waarden bestaan"
        in enige_melding("- a\n- b\n")
    )


def test_non_utf8_file_names_line_and_column():
    melding = enige_melding("naam: ok\nbeschrijving: caf\xe9\n".encode("latin-1"))
    assert melding.startswith("producten/x.yaml:2:18: dit bestand is niet in UTF-8")


def test_utf8_bom_is_accepted():
    bestand, meldingen = lees("\ufeffnaam: Café\n".encode())
    assert meldingen == [] and bestand.data == {"naam": "Café"}


def test_file_over_one_megabyte_is_refused(tmp_path: Path):
    groot = tmp_path / "groot.yaml"
    groot.write_text("a: " + "x" * MAX_GROOTTE + "\n")
    bestand, meldingen = lees_yaml(groot, "producten/groot.yaml")
    assert bestand is None
    assert "het bestand is te groot" in meldingen[0].tekst


def test_alias_bomb_fails_fast_at_the_first_anchor():
    bom = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    melding = enige_melding(bom)
    assert melding.startswith(
        "producten/x.yaml:1:4: ankers (&) en verwijzingen (*) zijn niet toegestaan"
    )


def test_alias_without_anchor_definition_is_refused_too():
    assert "ankers (&) en verwijzingen (*)" in enige_melding("a: *onbekend\n")


def test_duplicate_key_is_reported_at_the_second_key():
    _, meldingen = lees("naam: a\nnaam: b\n")
    assert [str(m).splitlines()[0] for m in meldingen] == [
        "producten/x.yaml:2:1: de sleutel 'naam' staat hier twee keer"
    ]


def test_syntax_error_is_explained_in_dutch():
    melding = enige_melding("naam: Paspoort: aanvragen\n")
    assert melding.startswith(
        "producten/x.yaml:1:15: hier staat een dubbele punt die YAML niet begrijpt"
    )


def test_tab_indentation_is_explained():
    assert "hier staat een tab" in enige_melding("naam: a\n\tb: c\n")


def test_unclosed_quote_is_explained():
    assert "aanhalingsteken wordt niet gesloten" in enige_melding('naam: "Paspoort\n')


def test_python_tags_are_refused_not_executed():
    _, meldingen = lees("naam: !!python/object/apply:os.system ['true']\n")
    assert meldingen and "onbekende YAML-markering" in meldingen[0].tekst
