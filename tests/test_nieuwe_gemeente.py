"""From the wheel to a gemeente's own repository: install the built package in a fresh venv,
`loket init` for GitHub and for GitLab, and run every loket and mkdocs command the generated CI
runs, with that venv only (tests/browser/ checks the site it builds)."""

from __future__ import annotations

from importlib.metadata import version
from pathlib import Path

import pytest

from tests.ci_commando import commando_s
from tests.conftest import ROOT, in_venv

LICENTIE = (
    "from importlib.metadata import distribution as d; m = d('loket'); "
    "print(m.metadata['License-Expression']); "
    "print(next(f for f in m.files if f.name == 'LICENSE' and 'dist-info' in str(f)).read_text())"
)


def test_the_installed_package_stands_on_its_own(wiel: Path, tmp_path: Path):
    waar = in_venv(wiel, "python", "-c", "import loket; print(loket.__file__)", cwd=tmp_path)
    assert waar.returncode == 0, waar.stderr
    pakket = Path(waar.stdout.strip()).parent
    assert ROOT not in pakket.parents  # the wheel, not this source tree
    assert (pakket / "beheer" / "decap" / "decap-cms.js").is_file()
    assert (pakket / "sjablonen" / "HANDLEIDING.md").is_file()
    assert in_venv(wiel, "loket", "--version", cwd=tmp_path).stdout.strip() == (
        f"loket {version('loket')}"
    )
    meta = in_venv(wiel, "python", "-c", LICENTIE, cwd=tmp_path).stdout.split("\n", 1)
    assert meta[0] == "EUPL-1.2" and "EUROPEAN UNION PUBLIC LICENCE v. 1.2" in meta[1]


@pytest.mark.parametrize("git", ["github", "gitlab"])
def test_a_new_repository_passes_its_own_ci(wiel: Path, tmp_path: Path, git: str):
    repo = tmp_path / "dijkstad"
    init = in_venv(wiel, "loket", "init", str(repo), "--naam", "Gemeente Dijkstad", "--git", git,
                   cwd=tmp_path)  # fmt: skip
    assert init.returncode == 0, init.stderr
    pins = in_venv(wiel, "python", "-m", "pip", "install", "-q", "-r", "requirements.txt",
                   cwd=repo)  # fmt: skip
    assert pins.returncode == 0, pins.stderr  # the pinned set is the installed one
    commando_s_ = commando_s(repo)
    assert any("mkdocs build --strict" in c for _, c in commando_s_)
    for bron, commando in commando_s_:
        uitkomst = in_venv(wiel, "sh", "-c", commando, cwd=repo)
        assert uitkomst.returncode == 0, f"{bron}: {commando}\n{uitkomst.stderr}"
    assert not (repo / "node_modules").exists()
