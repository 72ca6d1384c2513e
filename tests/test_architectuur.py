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
    "mkdocs.structure.toc",
    "mkdocs.exceptions",
)
"""`structure.pages` and `structure.toc`: a generated page is a `Page` subclass that sets what
MkDocs' own conversion sets (content, table of contents), as MkDocs 1.6 lets plugins do through
`File.page` (and ProperDocs keeps)."""


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


MAG_IMPORTEREN: dict[str, set[str]] = {
    "model": set(),
    "peildatum": set(),
    "melding": {"model"},
    "load": {"model", "melding"},
    "validate": {"load", "model", "melding", "peildatum"},
    "pages": {"model", "peildatum"},
    "uiterlijk": {"model", "pages"},
    "bouw": {"beheer", "controle", "load", "melding", "model", "pages", "peildatum"},
    "controle": {"load", "melding", "model", "pages", "peildatum", "validate"},
    "rapport": {"model"},
    "nieuw": {"model"},
    "export": {"model", "pages", "peildatum", "uiterlijk"},
    "beheer": {"model", "pages"},
    "importeer": {"model", "validate"},
    "meten": {"melding", "model"},
}
"""What each layer of the package may import besides itself. The model knows nothing of files,
reading knows nothing of checking, checking and pages know nothing of each other; the command
line (`cli`) and the MkDocs adapter (`mkdocs`) may use any layer, and no layer uses them,
except that the command line reads mkdocs.yml with the adapter's reader (`MKDOCS_LEZER`), so
that `loket check`, `export` and `beheer` accept the files the build accepts."""
BOVENAAN = {"cli", "mkdocs"}
MKDOCS_LEZER = "loket.mkdocs.config"


def _laag(module: str) -> str:
    """`loket.validate.kosten` → `validate`; `loket.melding` → `melding`."""
    return module.split(".")[1]


def _laag_van(bestand: Path) -> str:
    deel = bestand.relative_to(PAKKET).parts
    return deel[0] if len(deel) > 1 else bestand.stem


def _loket_imports(bestand: Path) -> list[str]:
    """The modules of the package that `bestand` imports (`from loket import x` as loket.x)."""
    boom = ast.parse(bestand.read_text(encoding="utf-8"))
    namen = []
    for knoop in ast.walk(boom):
        if isinstance(knoop, ast.ImportFrom) and knoop.module == "loket":
            namen += [f"loket.{a.name}" for a in knoop.names]
        elif isinstance(knoop, ast.ImportFrom) and (knoop.module or "").startswith("loket."):
            namen.append(knoop.module or "")
        elif isinstance(knoop, ast.Import):
            namen += [a.name for a in knoop.names if a.name.startswith("loket.")]
    return namen


def overtredingen(imports: dict[str, tuple[str, list[str]]]) -> list[tuple[str, str]]:
    """(file, module) for each import the table does not allow; `imports` maps a file to its
    layer and the package modules it imports."""
    uit = []
    for bestand, (laag, modules) in sorted(imports.items()):
        for module in modules:
            doel = _laag(module)
            if doel == laag or (laag == "cli" and module == MKDOCS_LEZER):
                continue
            if doel in BOVENAAN or (laag not in BOVENAAN and doel not in MAG_IMPORTEREN[laag]):
                uit.append((bestand, module))
    return uit


def test_every_layer_imports_only_what_it_may():
    modules = [p for p in PAKKET.rglob("*.py") if p.parent != PAKKET or p.name != "__init__.py"]
    lagen = {_laag_van(p) for p in modules}
    assert lagen == set(MAG_IMPORTEREN) | BOVENAAN, "a new layer needs a line in MAG_IMPORTEREN"
    imports = {str(p.relative_to(PAKKET)): (_laag_van(p), _loket_imports(p)) for p in modules}
    assert overtredingen(imports) == []


def test_an_import_upward_is_found():
    assert overtredingen({"pages/x.py": ("pages", ["loket.load.git_datums"])}) == [
        ("pages/x.py", "loket.load.git_datums")
    ]
    assert overtredingen({"model/x.py": ("model", ["loket.validate"])}) != []
    assert overtredingen({"load/x.py": ("load", ["loket.cli.main"])}) != []
    assert overtredingen({"cli/x.py": ("cli", ["loket.mkdocs.plugin"])}) != []
    assert overtredingen({"cli/x.py": ("cli", [MKDOCS_LEZER])}) == []
    assert overtredingen({"pages/x.py": ("pages", [MKDOCS_LEZER])}) != []
    assert overtredingen({"cli/x.py": ("cli", ["loket.validate", "loket.pages"])}) == []


ZONDER_IO = ("model", "validate", "pages")
"""Layers that get their data handed in: they open, list or write no file themselves."""
IO_AANROEPEN = {
    "open",
    "read_text",
    "read_bytes",
    "write_text",
    "write_bytes",
    "iterdir",
    "glob",
    "rglob",
    "exists",
    "is_file",
    "is_dir",
    "stat",
    "mkdir",
    "unlink",
    "run",
}


def io_aanroepen(bron: str) -> list[str]:
    """The file-system calls in a module's source (`open(…)`, `….read_text()`, …)."""
    namen = []
    for knoop in ast.walk(ast.parse(bron)):
        if isinstance(knoop, ast.Call):
            functie = knoop.func
            naam = (
                functie.attr if isinstance(functie, ast.Attribute) else getattr(functie, "id", "")
            )
            if naam in IO_AANROEPEN:
                namen.append(naam)
    return namen


def test_model_validation_and_pages_do_no_io():
    gevonden = {
        str(p.relative_to(PAKKET)): io_aanroepen(p.read_text(encoding="utf-8"))
        for laag in ZONDER_IO
        for p in (PAKKET / laag).rglob("*.py")
    }
    assert {p: namen for p, namen in gevonden.items() if namen} == {}


def test_an_io_call_is_found():
    assert io_aanroepen("def f(p):\n    return p.read_text()\n") == ["read_text"]
    assert io_aanroepen("with open('x') as f:\n    pass\n") == ["open"]
