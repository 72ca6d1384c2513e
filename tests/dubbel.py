"""Loket's own converter held to Python-Markdown during a real build: every page the converter
takes is converted by MkDocs' `Page.render` as well, and both must give the same HTML, table of
contents, title, ids and links to anchors."""

from __future__ import annotations

from typing import Any

import pytest
from loket.mkdocs import omzetting
from mkdocs.structure.pages import Page


def _uitkomst(page: Page) -> dict[str, Any]:
    links = page.links_to_anchors or {}
    return {
        "html": page.content,
        "toc": [omzetting.toc_vorm(a) for a in page.toc],
        "titel": page._title_from_render,
        "ankers": sorted(page.present_anchor_ids or ()),
        "links": {f.src_uri: d for f, d in links.items()},
    }


class Dubbel:
    """The pages Loket's converter took, and those where Python-Markdown disagreed."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.genomen: list[str] = []
        self.anders: dict[str, tuple[dict[str, Any], dict[str, Any]]] = {}
        echt = omzetting._eigen

        def beide(page: Page, config: Any, files: Any) -> bool:
            if not echt(page, config, files):
                return False
            eigen = _uitkomst(page)
            Page.render(page, config, files)  # Python-Markdown, as MkDocs converts a page
            verwacht = _uitkomst(page)
            self.genomen.append(page.file.src_uri)
            if eigen != verwacht:
                self.anders[page.file.src_uri] = (eigen, verwacht)
            return True

        monkeypatch.setattr(omzetting, "_eigen", beide)

    def assert_gelijk(self) -> None:
        """No page converted differently (the pages and what differs on each, if any)."""
        verschillen = {
            pagina: {k: (eigen[k], verwacht[k]) for k in eigen if eigen[k] != verwacht[k]}
            for pagina, (eigen, verwacht) in self.anders.items()
        }
        assert verschillen == {}
