"""The search index of a single build: written by Loket entry by entry, the bytes Material's
search plugin would have written, and Material's plugin left as it was."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from loket.mkdocs import zoekindex
from mkdocs.commands.build import build
from mkdocs.config import load_config


def _zoeken(config):
    return next(p for p in config.plugins.values() if type(p).__module__ == zoekindex._ZOEKEN)


def test_a_build_writes_the_index_material_would_write(klein: Path, monkeypatch):
    geschreven = []

    def schrijf(config):
        geschreven.append(uitkomst := zoekindex.schrijf.__wrapped__(config))
        return uitkomst

    schrijf.__wrapped__ = zoekindex.schrijf
    monkeypatch.setattr(zoekindex, "schrijf", schrijf)
    monkeypatch.setattr(zoekindex, "_PER_KEER", 7)  # several batches, also for a small site
    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)

    zoeken = _zoeken(config)
    assert geschreven == [zoeken]  # Loket wrote it, Material did not
    assert zoeken.config.enabled  # and Material's plugin is as it was
    index = (klein / "site" / "search" / "search_index.json").read_bytes()
    assert index == zoeken.search_index.generate_search_index(None).encode("utf-8")
    docs = json.loads(index)["docs"]
    assert len(docs) > 2 * 7
    assert {"location", "title", "text"} <= docs[0].keys()


@pytest.mark.parametrize("dirty", [False, True])
def test_serve_leaves_the_index_to_material(klein: Path, dirty: bool, monkeypatch):
    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    config.plugins.on_startup(command="serve", dirty=dirty)
    loket, zoeken = config.plugins["loket"], _zoeken(config)
    aangeroepen = []
    monkeypatch.setattr(zoekindex, "schrijf", lambda config: aangeroepen.append(config))
    loket._zoekindex(config)  # the half of on_post_build that runs before Material's
    assert aangeroepen == [] and loket._zoeken is None
    assert zoeken.config.enabled


def test_a_dirty_search_plugin_keeps_its_own_index(klein: Path):
    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    config.plugins.on_startup(command="build", dirty=True)
    assert _zoeken(config).is_dirty
    assert zoekindex.schrijf(config) is None


@pytest.mark.parametrize("uit", ["enabled", "index"])
def test_no_index_is_written_for_a_search_plugin_that_is_off_or_unknown(klein: Path, uit: str):
    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    zoeken = _zoeken(config)
    if uit == "enabled":
        zoeken.config.enabled = False
    else:
        zoeken.search_index = None
    assert zoekindex.schrijf(config) is None
    assert not (klein / "site" / "search" / "search_index.json").exists()


def test_a_failed_build_gives_material_its_search_back(klein: Path):
    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    loket = config.plugins["loket"]
    zoeken = _zoeken(config)
    zoeken.on_config(config)  # Material's index exists from its on_config on
    loket._zoeken = zoekindex.schrijf(config)
    assert loket._zoeken is zoeken and not zoeken.config.enabled
    loket.on_build_error(error=RuntimeError("kapot"))
    assert zoeken.config.enabled
