"""The layers stay apart: only the adapter imports MkDocs, and only its plugin-facing modules."""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PAKKET = ROOT / "plugins" / "loket"
ADAPTER = PAKKET / "mkdocs"
TOEGESTAAN = (
    "mkdocs.plugins",
    "mkdocs.config",
    "mkdocs.structure.files",
    "mkdocs.structure.pages",
    "mkdocs.exceptions",
)


def _imports(bestand: Path) -> list[str]:
    boom = ast.parse(bestand.read_text(encoding="utf-8"))
    namen = []
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.Import):
            namen += [a.name for a in knoop.names]
        elif isinstance(knoop, ast.ImportFrom) and knoop.module and knoop.level == 0:
            namen.append(knoop.module)
    return namen


def test_only_the_adapter_imports_mkdocs():
    overtreders = {
        str(p.relative_to(PAKKET)): naam
        for p in PAKKET.rglob("*.py")
        if ADAPTER not in p.parents
        for naam in _imports(p)
        if naam == "mkdocs" or naam.startswith("mkdocs.")
    }
    assert overtreders == {}


def test_adapter_uses_only_the_stable_plugin_api():
    gebruikt = {n for p in ADAPTER.rglob("*.py") for n in _imports(p) if n.startswith("mkdocs")}
    assert gebruikt
    assert all(n.startswith(TOEGESTAAN) for n in gebruikt), gebruikt


def test_templates_use_no_python_method_calls():
    """MiniJinja (Zensical) runs filters and tests, not `.get()` or `.startswith()`."""
    for sjabloon in (PAKKET / "templates").rglob("*.html"):
        tekst = sjabloon.read_text(encoding="utf-8")
        for verboden in (".get(", ".startswith(", ".upper(", ".lower(", ".items(", ".format("):
            assert verboden not in tekst, (sjabloon, verboden)
