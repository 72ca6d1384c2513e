"""`loket init`: a repository a webteam can push as it is, for GitHub or GitLab, whose CI
commands all run on it."""

from __future__ import annotations

import json
from importlib.metadata import version
from pathlib import Path

import pytest
import yaml

from tests.ci_commando import commando_s, voer_uit
from tests.conftest import ROOT, loket


@pytest.fixture(scope="module", params=["github", "gitlab"])
def repo(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    doel = tmp_path_factory.mktemp(request.param) / "dijkstad"
    uitkomst = loket("init", str(doel), "--naam", "Gemeente Dijkstad", "--git", request.param)
    assert uitkomst.returncode == 0, uitkomst.stderr
    return doel


def test_the_repository_has_ci_for_its_host_only(repo: Path):
    github = sorted(p.name for p in (repo / ".github" / "workflows").glob("*.yml"))
    if repo.parent.name.startswith("github"):
        assert github == ["controleren.yml", "publiceren.yml", "rapport.yml"]
        assert not (repo / ".gitlab-ci.yml").exists()
    else:
        assert github == []
        jobs = yaml.safe_load((repo / ".gitlab-ci.yml").read_text())
        assert {"controleren", "pages", "rapport"} <= set(jobs)


def test_ci_installs_loket_from_the_pinned_requirements_never_from_a_path(repo: Path):
    vereisten = (repo / "requirements.txt").read_text().splitlines()
    assert vereisten[0] == f"loket=={version('loket')}"
    assert all("==" in r for r in vereisten)
    for naam in ("mkdocs", "mkdocs-material", "pydantic", "nh3"):
        assert any(r.lower().startswith(f"{naam}==") for r in vereisten), naam
    ci = [
        p.read_text() for p in repo.rglob("*.yml") if ".github" in p.parts or p.name.startswith(".")
    ]
    assert ci and all("pip install -r requirements.txt" in t for t in ci)
    assert not any("-e ." in t or "constraints.txt" in t for t in ci)


def test_every_loket_and_mkdocs_command_of_its_ci_runs_on_it(repo: Path):
    commando_s_ = commando_s(repo)
    assert any(c.startswith("mkdocs build --strict") for _, c in commando_s_)
    assert any(c.startswith("loket rapport") for _, c in commando_s_)
    for bron, commando in commando_s_:
        uitkomst = voer_uit(commando, repo)
        assert uitkomst.returncode == 0, f"{bron}: {commando}\n{uitkomst.stdout}{uitkomst.stderr}"


def test_editor_settings_readme_and_guide(repo: Path):
    instellingen = json.loads((repo / ".vscode" / "settings.json").read_text())
    for schema in instellingen["yaml.schemas"]:
        assert (repo / schema).is_file(), schema
    readme = (repo / "README.md").read_text()
    assert readme.startswith("# De website van Gemeente Dijkstad")
    assert "mkdocs serve" in readme and "HANDLEIDING.md" in readme
    host = "GitHub Pages" if repo.parent.name.startswith("github") else "GitLab Pages"
    assert host in readme and "$" not in readme.replace("$naam", "")
    handleiding = (repo / "HANDLEIDING.md").read_text(encoding="utf-8")
    assert handleiding == (ROOT / "docs" / "redacteuren.md").read_text(encoding="utf-8"), (
        "kopieer docs/redacteuren.md naar plugins/loket/sjablonen/HANDLEIDING.md"
    )
    hooks = yaml.safe_load((repo / ".pre-commit-config.yaml").read_text())["repos"][0]["hooks"]
    assert hooks[0]["entry"] == "loket check"
    assert "site/" in (repo / ".gitignore").read_text().splitlines()


def test_init_refuses_a_folder_in_use_unless_told_to_overwrite(tmp_path: Path):
    doel = tmp_path / "bezet"
    doel.mkdir()
    (doel / "notities.txt").write_text("van ons")
    geweigerd = loket("init", str(doel))
    assert geweigerd.returncode == 2 and "--overschrijf" in geweigerd.stderr
    assert sorted(p.name for p in doel.iterdir()) == ["notities.txt"]
    assert loket("init", str(doel), "--overschrijf").returncode == 0
    assert (doel / "gemeente.yml").is_file() and (doel / "notities.txt").read_text() == "van ons"
