"""The redacteur guide that `loket init` puts in a new repository is this repository's own."""

from __future__ import annotations

from loket.nieuw import SJABLONEN

from tests.conftest import ROOT


def test_the_shipped_guide_is_docs_redacteuren():
    gedeeld = SJABLONEN.joinpath("HANDLEIDING.md").read_text(encoding="utf-8")
    assert gedeeld == (ROOT / "docs" / "redacteuren.md").read_text(encoding="utf-8"), (
        "kopieer docs/redacteuren.md naar plugins/loket/sjablonen/HANDLEIDING.md"
    )
