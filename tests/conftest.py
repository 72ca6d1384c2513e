"""Shared helpers: copies of the fixture gemeenten and a way to run `loket check`."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
from loket.peildatum import OMGEVING

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

PEILDATUM = date(2026, 11, 22)
"""The one date the whole suite runs on, whatever the clock says (`.ci/run` also runs the fast
suite with the clock set years ahead). Every `loket` command, build and check in the tests
takes it from LOKET_DATUM, as a webteam's CI would take it from the real today."""
os.environ[OMGEVING] = PEILDATUM.isoformat()


@pytest.fixture
def klein(tmp_path: Path) -> Path:
    """A writable copy of the small fixture gemeente."""
    doel = tmp_path / "klein"
    shutil.copytree(FIXTURES / "klein", doel)
    return doel


def loket(*argumenten: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    """Run the real `loket` command, as a redacteur or CI would."""
    return subprocess.run(
        [sys.executable, "-m", "loket.cli.main", *argumenten],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
    )


def loket_check(gemeente_map: Path) -> subprocess.CompletedProcess[str]:
    return loket("check", str(gemeente_map))


def mkdocs_build(
    gemeente_map: Path, site: Path | None = None, *, strict: bool = False
) -> subprocess.CompletedProcess[str]:
    opdracht = [
        sys.executable,
        "-m",
        "mkdocs",
        "build",
        "-q",
        "-f",
        str(gemeente_map / "mkdocs.yml"),
    ]
    if strict:
        opdracht.append("--strict")
    if site is not None:
        opdracht += ["-d", str(site)]
    return subprocess.run(
        opdracht,
        capture_output=True,
        text=True,
        check=False,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", OMGEVING: PEILDATUM.isoformat()},
    )
