"""The A–Z page: its letter links, also for a gemeente without products yet."""

from __future__ import annotations

import shutil
from pathlib import Path

import markdown
from loket.controle import laad_catalogus
from loket.pages.az import az_pagina

from tests.conftest import FIXTURES, PEILDATUM


def _html(map_: Path) -> str:
    uitkomst = laad_catalogus(map_, PEILDATUM)
    assert uitkomst.catalogus is not None, uitkomst.meldingen
    tekst = az_pagina(uitkomst.catalogus).inhoud
    return markdown.markdown(tekst, extensions=["attr_list"])


def test_the_letters_link_to_their_groups(tmp_path: Path):
    shutil.copytree(FIXTURES / "minimaal", tmp_path / "g")
    html = _html(tmp_path / "g")
    assert '<p class="loket-letters"><a href="#' in html
    assert "{:" not in html


def test_without_products_no_letters_and_no_stray_markup(tmp_path: Path):
    shutil.copytree(FIXTURES / "minimaal", tmp_path / "g")
    for bestand in (tmp_path / "g" / "producten").glob("*.yaml"):
        bestand.unlink()
    html = _html(tmp_path / "g")
    assert "loket-letters" not in html
    assert "{:" not in html
    assert "Alle producten en diensten van de gemeente op alfabet." in html
