"""Internal links of the built sites all resolve (run in `make test`, no browser needed)."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import FIXTURES, ROOT, mkdocs_build
from tests.linkcheck import kapotte_links


def test_example_site_has_no_broken_internal_links(tmp_path: Path):
    assert mkdocs_build(ROOT, tmp_path / "site").returncode == 0
    assert kapotte_links(tmp_path / "site") == []


def test_fixture_site_has_no_broken_internal_links(tmp_path: Path):
    assert mkdocs_build(FIXTURES / "klein", tmp_path / "site").returncode == 0
    assert kapotte_links(tmp_path / "site") == []


def test_broken_links_and_anchors_are_reported(tmp_path: Path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "index.html").write_text(
        '<p id="hier"><a href="../b/">b</a> <a href="#weg">x</a> <a href="#hier">ok</a>'
        ' <img src="../plaatje.png"> <a href="https://example.org/">extern</a></p>'
    )
    assert kapotte_links(tmp_path) == [
        "a/index.html: ../b/ (bestand ontbreekt)",
        "a/index.html: #weg (anker ontbreekt)",
        "a/index.html: ../plaatje.png (bestand ontbreekt)",
    ]
