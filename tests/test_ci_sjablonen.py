"""The CI templates parse, and the commands they call work on the example gemeente."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from bench.grote_gemeente import maak
from tests.conftest import ROOT

WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))


def _commando_s() -> list[tuple[str, str]]:
    """(template, command) for every shell line that calls loket or mkdocs."""
    regels = []
    for workflow in WORKFLOWS:
        for job in yaml.safe_load(workflow.read_text())["jobs"].values():
            regels += [(workflow.name, s["run"]) for s in job.get("steps", []) if "run" in s]
    gitlab = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text())
    for naam, job in gitlab.items():
        if isinstance(job, dict) and "script" in job:
            regels += [(f".gitlab-ci.yml:{naam}", r) for r in job["script"]]
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text())
    regels += [(".pre-commit-hooks.yaml", h["entry"] + " .") for h in hooks]
    return [(bron, r) for bron, r in regels if r.split()[0] in ("loket", "mkdocs")]


@pytest.fixture(scope="module")
def voorbeeld(tmp_path_factory: pytest.TempPathFactory) -> Path:
    doel = maak(0, tmp_path_factory.mktemp("ci") / "voorbeeld")
    # The weekly `rapport --streng` fails when a text is overdue; keep today's run independent
    # of the calendar by moving every review date far ahead in this copy.
    for product in (doel / "producten").glob("*.yaml"):
        tekst = product.read_text(encoding="utf-8")
        product.write_text(re.sub(r"(?m)^herzien_voor: .*$", "herzien_voor: 2099-12-31", tekst))
    return doel


def test_templates_cover_pull_requests_main_and_schedules():
    triggers = {w.name: yaml.safe_load(w.read_text())[True] for w in WORKFLOWS}  # 'on' is True
    assert "pull_request" in triggers["controleren.yml"]
    assert triggers["publiceren.yml"]["push"]["branches"] == ["main"]
    assert "schedule" in triggers["rapport.yml"]
    gitlab = yaml.safe_load((ROOT / ".gitlab-ci.yml").read_text())
    assert gitlab["pages"]["artifacts"]["paths"] == ["public"]
    assert (
        gitlab["controleren"]["artifacts"]["reports"]["codequality"]
        == "gl-code-quality-report.json"
    )


@pytest.mark.parametrize(("bron", "commando"), _commando_s())
def test_template_command_runs_on_the_example(voorbeeld: Path, bron: str, commando: str):
    omgeving = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PATH": f"{Path(sys.executable).parent}:{os.environ['PATH']}",
    }
    uitkomst = subprocess.run(
        commando,
        shell=True,
        cwd=voorbeeld,
        env=omgeving,
        capture_output=True,
        text=True,
        check=False,
    )
    assert uitkomst.returncode == 0, f"{bron}: {commando}\n{uitkomst.stderr}"
