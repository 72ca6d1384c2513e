"""`loket check --format`: one problem, four ways to say it."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from tests.conftest import loket, loket_check


def check(gemeente_map: Path, *opties: str) -> subprocess.CompletedProcess[str]:
    return loket("check", str(gemeente_map), *opties)


def fout_erin(gemeente_map: Path) -> None:
    product = gemeente_map / "producten" / "grofvuil.yaml"
    product.write_text(product.read_text() + "kostne: 1\n", encoding="utf-8")


def test_github_annotation_points_at_file_line_and_column(klein: Path):
    fout_erin(klein)
    uitkomst = check(klein, "--format", "github")
    assert uitkomst.returncode == 1
    assert uitkomst.stdout.splitlines() == [
        "::error file=producten/grofvuil.yaml,line=19,col=1::onbekende sleutel 'kostne'; "
        "bedoelde u 'kosten'? (tip: toegestaan zijn: naam, id, samenvatting, upl, upl_uri, "
        "doelgroep, themas, trefwoorden, beschrijving, voorwaarden, meenemen, aanvragen, kosten, "
        "betaalmethoden, doorlooptijd, servicenormen, wettelijke_termijn, "
        "als_wij_niet_op_tijd_beslissen, bezwaar_en_beroep, veelgestelde_vragen, links, "
        "formeel_kanaal, gerelateerd, organisaties, eigenaar, herzien_voor, laatst_gecontroleerd, "
        "vorige_ids, sdg, sdg_toelichting, en, publiceren_vanaf, publiceren_tot)"
    ]


def test_gitlab_code_quality_report_has_the_documented_shape(klein: Path):
    fout_erin(klein)
    uitkomst = check(klein, "--format", "gitlab")
    assert uitkomst.returncode == 1
    [probleem] = json.loads(uitkomst.stdout)
    assert set(probleem) == {"description", "check_name", "fingerprint", "severity", "location"}
    assert probleem["severity"] in {"info", "minor", "major", "critical", "blocker"}
    assert probleem["location"] == {"path": "producten/grofvuil.yaml", "lines": {"begin": 19}}
    assert len(probleem["fingerprint"]) == 64
    assert probleem["description"].startswith("onbekende sleutel 'kostne'")


def test_json_format_for_tools(klein: Path):
    fout_erin(klein)
    [probleem] = json.loads(check(klein, "--format", "json").stdout)
    assert probleem["pad"] == "producten/grofvuil.yaml"
    assert (probleem["regel"], probleem["kolom"], probleem["ernst"]) == (19, 1, "fout")


def test_human_format_groups_by_file_without_colour_off_a_terminal(klein: Path):
    fout_erin(klein)
    uitkomst = loket_check(klein)
    regels = uitkomst.stderr.splitlines()
    assert "producten/grofvuil.yaml" in regels
    assert (
        "  producten/grofvuil.yaml:19:1: onbekende sleutel 'kostne'; bedoelde u 'kosten'?" in regels
    )
    assert "\x1b[" not in uitkomst.stderr


def test_warnings_fail_only_when_strict(klein: Path):
    """Stale figures are a warning: exit 0, unless --streng."""
    realisatie = klein / "servicenormen" / "realisatie.csv"
    realisatie.write_text(realisatie.read_text().replace("2026-Q", "2020-Q"), encoding="utf-8")
    assert check(klein).returncode == 0
    streng = check(klein, "--streng", "--format", "github")
    assert streng.returncode == 1
    assert streng.stdout.startswith("::warning file=servicenormen/realisatie.csv,line=1,col=1::")


def test_version_is_the_package_version():
    uitkomst = loket("--version")
    assert uitkomst.returncode == 0
    regels = (Path(__file__).parents[1] / "pyproject.toml").read_text(encoding="utf-8")
    versie = next(r.split('"')[1] for r in regels.splitlines() if r.startswith("version = "))
    assert uitkomst.stdout.strip() == f"loket {versie}"
    changelog = (Path(__file__).parents[1] / "CHANGELOG.md").read_text(encoding="utf-8")
    assert f"## [{versie}]" in changelog
