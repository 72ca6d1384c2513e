"""Golden files: input YAML → the exact Markdown + front matter of each generated page.

Update after an intended change with `pytest --update-goldens`, then review the diff.
"""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

import pytest
from loket.controle import laad_catalogus
from loket.pages import Opties, bouw_site
from loket.pages.product import product_pagina

from tests.conftest import FIXTURES

OPTIES = Opties(
    site_url="https://www.proefdorp.example/",
    bewerk_basis="https://git.proefdorp.example/site/edit/main/",
    vandaag=date(2026, 11, 22),
)


@pytest.mark.golden_test("golden/product/*.yml")
def test_product_page_markdown(golden, tmp_path: Path):
    gemeente_map = tmp_path / "gemeente"
    shutil.copytree(FIXTURES / "klein", gemeente_map)
    (gemeente_map / "producten" / f"{golden['id']}.yaml").write_text(
        golden["product"], encoding="utf-8"
    )
    uitkomst = laad_catalogus(gemeente_map)
    assert uitkomst.meldingen == []
    uitkomst.catalogus.datums = {}  # dates from git or mtime would make the goldens drift
    pagina = product_pagina(uitkomst.catalogus, uitkomst.catalogus.producten[golden["id"]], OPTIES)
    assert pagina.markdown() == golden.out["markdown"]


@pytest.mark.golden_test("golden/klein/*.yml")
def test_fixture_gemeente_pages_markdown(golden):
    catalogus = laad_catalogus(FIXTURES / "klein").catalogus
    catalogus.datums = {}  # dates from git or mtime would make the goldens drift
    paginas = {u.pad: u for u in bouw_site(catalogus, OPTIES) if u.is_pagina}
    assert paginas[golden["pagina"]].markdown() == golden.out["markdown"]


def test_the_plugin_and_the_export_hand_over_the_same_page():
    """The plugin gives MkDocs `inhoud` and `thema_meta()`; the export writes `markdown()`.
    Read back as MkDocs reads a page, the export's file is the plugin's hand-over, so the
    goldens above cover both ways."""
    from mkdocs.utils.meta import get_data

    catalogus = laad_catalogus(FIXTURES / "klein").catalogus
    paginas = [u for u in bouw_site(catalogus, OPTIES) if u.is_pagina]
    assert len(paginas) > 20
    for pagina in paginas:
        lichaam, meta = get_data(pagina.markdown())
        assert (lichaam.strip(), meta) == (pagina.inhoud.strip(), pagina.thema_meta()), pagina.pad
