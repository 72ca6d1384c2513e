"""Shared helpers: copies of the fixture gemeenten and a way to run `loket check`."""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
import sysconfig
from datetime import date
from pathlib import Path

import pytest
from loket.load.schijfcache import OMGEVING as CACHE_OMGEVING
from loket.peildatum import OMGEVING

ROOT = Path(__file__).resolve().parent.parent
FIXTURES = ROOT / "tests" / "fixtures"

PEILDATUM = date(2026, 11, 22)
"""The one date the whole suite runs on, whatever the clock says (`.ci/run` also runs the fast
suite with the clock set years ahead). Every `loket` command, build and check in the tests
takes it from LOKET_DATUM, as a webteam's CI would take it from the real today."""
os.environ[OMGEVING] = PEILDATUM.isoformat()
# No disk cache unless a test asks for one (tests/test_schijfcache.py): a test that patches
# Loket's code in-process must not get the meldingen of an earlier run.
os.environ[CACHE_OMGEVING] = "uit"


@pytest.fixture(autouse=True)
def _geen_geheugen_van_een_vorige_test(monkeypatch: pytest.MonkeyPatch) -> None:
    """A test that ran as `mkdocs serve` leaves Loket's in-memory file cache on: every test
    starts as a fresh process would."""
    from loket.load import cache, git_datums
    from loket.mkdocs import hergebruik
    from loket.model import veilige_markdown
    from loket.pages import per_product

    monkeypatch.setattr(hergebruik, "_vorige", {})
    monkeypatch.setattr(per_product, "_staat", per_product._Staat())
    monkeypatch.setattr(cache, "_aan", False)
    monkeypatch.setattr(cache, "_cache", {})
    monkeypatch.setattr(veilige_markdown, "_onthouden", False)
    monkeypatch.setattr(git_datums, "_logs", {})
    monkeypatch.setattr(git_datums, "_versies", {})


@pytest.fixture
def klein(tmp_path: Path) -> Path:
    """A writable copy of the small fixture gemeente."""
    doel = tmp_path / "klein"
    shutil.copytree(FIXTURES / "klein", doel)
    return doel


def met_storing(gemeente_map: Path) -> None:
    """A storing of the fixture's website channel, on the suite's peildatum, 08:00-12:00."""
    (gemeente_map / "mededelingen").mkdir(exist_ok=True)
    (gemeente_map / "mededelingen" / "storing.yaml").write_text(
        "titel: Storing Mijn Proefdorp\ntekst: Inloggen lukt niet.\nsoort: storing\n"
        f"vanaf: {PEILDATUM} 08:00\ntot: {PEILDATUM} 12:00\nkanalen: [website]\n",
        encoding="utf-8",
    )


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
        env={
            "NO_MKDOCS_2_WARNING": "1",
            "PATH": "/usr/bin:/bin",
            OMGEVING: PEILDATUM.isoformat(),
            **_PYTHONPATH,
        },
    )


_PYTHONPATH = {k: v for k, v in os.environ.items() if k == "PYTHONPATH"}
"""A work tree that puts its own plugins/ first on PYTHONPATH builds with its own Loket."""


@pytest.fixture(scope="session", params=["voorbeeld", "klein"])
def gebouwde_site(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example gemeente and the small fixture, each built once for the whole run (in
    `<naam><n>/site`)."""
    doel = tmp_path_factory.mktemp(request.param)
    if request.param == "voorbeeld":
        uitkomst = mkdocs_build(ROOT, doel / "site")
    else:
        shutil.copytree(FIXTURES / "klein", doel / "bron")
        uitkomst = mkdocs_build(doel / "bron", doel / "site")
    assert uitkomst.returncode == 0, uitkomst.stderr
    return doel / "site"


SITE = "import sysconfig; print(sysconfig.get_paths()['purelib'])"
SCRIPTS = """
import sys
from importlib.metadata import entry_points
from pathlib import Path
bin_ = Path(sys.executable).parent
for ep in entry_points(group="console_scripts"):
    doel = bin_ / ep.name
    if not doel.exists():
        module, _, attr = ep.value.partition(":")
        doel.write_text(f"#!{sys.executable}\\nimport sys\\nfrom {module} import {attr}\\n"
                        f"sys.exit({attr}())\\n")
        doel.chmod(0o755)
"""
"""Console scripts for the dependencies (pip writes those of what it installs itself)."""


@pytest.fixture(scope="session")
def wiel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Loket as a gemeente gets it: the wheel built from a clean copy of the source, installed
    in a fresh virtual environment (no editable install, no node_modules). Returns its bin/."""
    map_ = tmp_path_factory.mktemp("wiel")
    bron = map_ / "bron"
    shutil.copytree(
        ROOT / "plugins",
        bron / "plugins",
        ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"),
    )
    for naam in ("pyproject.toml", "README.md", "LICENSE"):
        shutil.copy(ROOT / naam, bron / naam)
    draai = functools.partial(subprocess.run, check=True, capture_output=True, text=True)
    draai([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", map_ / "dist", bron])
    draai([sys.executable, "-m", "venv", map_ / "venv"])
    bin_ = map_ / "venv" / "bin"
    # The dependencies: this suite's own, pinned by constraints.txt, made visible to the new
    # venv after its own site-packages (a .pth line; the editable loket there stays inactive,
    # as .pth files of such a path are not read). No index is asked: the suite also runs with
    # the clock years ahead, when TLS to a package index fails.
    eigen = Path(draai([bin_ / "python", "-c", SITE]).stdout.strip())
    (eigen / "loket-test-afhankelijkheden.pth").write_text(sysconfig.get_paths()["purelib"])
    wielen = list((map_ / "dist").glob("loket-*.whl"))
    draai([bin_ / "python", "-m", "pip", "install", "-q", "--no-deps", "--no-index", *wielen])
    draai([bin_ / "python", "-m", "pip", "check"])  # every requirement of the wheel is met
    draai([bin_ / "python", "-c", SCRIPTS])  # `mkdocs` and the others, run by this venv
    return bin_


def in_venv(bin_: Path, *opdracht: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """Run a command of the installed package with only its venv and the system on the PATH."""
    omgeving = {
        "PATH": f"{bin_}:/usr/bin:/bin",
        "NO_MKDOCS_2_WARNING": "1",
        OMGEVING: PEILDATUM.isoformat(),
        "HOME": os.environ.get("HOME", "/tmp"),
    }
    return subprocess.run(
        list(opdracht), cwd=cwd, env=omgeving, capture_output=True, text=True, check=False
    )
