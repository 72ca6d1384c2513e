"""One reference date: `--datum`, the plugin option `datum` or LOKET_DATUM, else today; a date
after today is a preview that says so on every page and is never built with --strict."""

from __future__ import annotations

import ast
from datetime import date, timedelta
from pathlib import Path

import pytest
from loket.peildatum import OMGEVING, PeildatumFout, is_voorbeeld, peildatum, vandaag

from tests.conftest import PEILDATUM, ROOT, loket, mkdocs_build

PAKKET = ROOT / "plugins" / "loket"
KERST = "Eerste Kerstdag"


def test_the_option_wins_then_the_environment_then_today():
    assert peildatum("2027-01-01", {OMGEVING: "2026-05-05"}) == date(2027, 1, 1)
    assert peildatum(None, {OMGEVING: "2026-05-05"}) == date(2026, 5, 5)
    assert peildatum(None, {}) == vandaag()
    with pytest.raises(PeildatumFout, match="LOKET_DATUM '2027-02-30' is geen datum"):
        peildatum(None, {OMGEVING: "2027-02-30"})


def test_nothing_else_in_the_package_reads_the_clock():
    lezers = []
    for bestand in PAKKET.rglob("*.py"):
        if bestand.name == "peildatum.py":
            continue
        for knoop in ast.walk(ast.parse(bestand.read_text(encoding="utf-8"))):
            if isinstance(knoop, ast.Attribute) and knoop.attr in ("today", "now", "utcnow"):
                lezers.append(f"{bestand.relative_to(PAKKET)}:{knoop.lineno}")
            if (
                isinstance(knoop, ast.Attribute)
                and knoop.attr == "time"
                and _is_naam(knoop, "time")
            ):
                lezers.append(f"{bestand.relative_to(PAKKET)}:{knoop.lineno}")
    assert lezers == []


def _is_naam(knoop: ast.Attribute, naam: str) -> bool:
    return isinstance(knoop.value, ast.Name) and knoop.value.id == naam


@pytest.mark.parametrize(
    "argumenten",
    [
        ["check"],
        ["rapport"],
        ["export", "uit"],
        ["nieuw", "product", "x"],
        ["init", "nieuw"],
        ["schema", "--naar", "schemas"],
        ["import-hsds", "geen", "--naar", "sk", "--categorie", "zorg"],
        ["beheer", "site"],
    ],
)
def test_every_command_takes_datum_and_refuses_a_wrong_one(tmp_path: Path, argumenten: list[str]):
    uitkomst = loket(*argumenten, "--datum", "2027-13-01", cwd=tmp_path)
    assert uitkomst.returncode == 2
    assert "--datum '2027-13-01' is geen datum; schrijf JJJJ-MM-DD" in uitkomst.stderr


def test_check_judges_by_the_peildatum(klein: Path):
    """Figures get old by the date: a warning with --datum years ahead, none on the pinned day."""
    assert loket("check", str(klein)).returncode == 0
    later = loket("check", str(klein), "--datum", "2029-06-01", "--streng")
    assert later.returncode == 1
    assert "ouder dan 15 maanden" in later.stderr


def test_plugin_option_and_environment_decide_what_the_pages_show(klein: Path):
    assert KERST in _contact(klein)  # the pinned date is before 25 December 2026
    config = klein / "mkdocs.yml"
    config.write_text(
        config.read_text().replace("bewerk_url:", "datum: '2026-12-26'\n      bewerk_url:")
    )
    assert KERST not in _contact(klein)


def test_a_date_after_today_is_a_preview_with_a_banner_and_never_strict(klein: Path):
    morgen = vandaag() + timedelta(days=1)
    config = klein / "mkdocs.yml"
    config.write_text(
        config.read_text().replace(
            "bewerk_url:", f"datum: '{morgen.isoformat()}'\n      bewerk_url:"
        )
    )
    assert is_voorbeeld(morgen) and not is_voorbeeld(PEILDATUM)
    html = _contact(klein)
    assert "Voorbeeld:</strong> zo ziet deze pagina eruit op" in html
    assert f"{morgen.day} " in html and str(morgen.year) in html
    streng = mkdocs_build(klein, strict=True)
    assert streng.returncode == 1
    assert "dit is een voorbeeld, en een voorbeeld wordt niet gepubliceerd" in streng.stderr


def test_no_banner_on_or_before_today(klein: Path):
    assert "Voorbeeld:" not in _contact(klein)


def _contact(gemeente_map: Path) -> str:
    uitkomst = mkdocs_build(gemeente_map)
    assert uitkomst.returncode == 0, uitkomst.stderr
    return (gemeente_map / "site" / "contact" / "index.html").read_text(encoding="utf-8")
