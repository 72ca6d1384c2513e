"""Material's search index written entry by entry, in a single build.

Material writes `search/search_index.json` as one string and then as its bytes: at 10,000
products that is twice 63 MB on top of the entries themselves, the build's peak memory. Loket
writes the same bytes a batch of entries at a time, just before Material's own `on_post_build`,
and turns that one write off for this build. Under `mkdocs serve` Material keeps writing it (its
rebuilds merge indexes), and so it does whenever its search plugin is not the one Loket knows.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig

_ZOEKEN = "material.plugins.search.plugin"
_INSTELLINGEN = ("lang", "separator", "pipeline", "fields")
"""What Material's `generate_search_index` puts under `config`, in its order."""
_PER_KEER = 500


def schrijf(config: MkDocsConfig) -> Any | None:
    """Write the index; returns the search plugin whose own write is now off, or None when
    Loket left the index to it."""
    plugin = _zoeken(config)
    if plugin is None:
        return None
    index = plugin.search_index
    pad = Path(config.site_dir) / "search" / "search_index.json"
    pad.parent.mkdir(parents=True, exist_ok=True)
    instellingen = {k: index.config[k] for k in _INSTELLINGEN}
    with pad.open("wb") as uit:
        uit.write(b'{"config":' + _json(instellingen) + b',"docs":[')
        for begin in range(0, len(index.entries), _PER_KEER):
            deel = index.entries[begin : begin + _PER_KEER]
            uit.write((b"," if begin else b"") + b",".join(_json(e) for e in deel))
        uit.write(b"]}")
    plugin.config.enabled = False
    return plugin


def zet_terug(plugin: Any | None) -> None:
    """Material's search as it was before `schrijf`."""
    if plugin is not None:
        plugin.config.enabled = True


def _zoeken(config: MkDocsConfig) -> Any | None:
    """Material's search plugin, when it is on, in a single build, and as Loket knows it."""
    for plugin in config.plugins.values():
        if type(plugin).__module__ != _ZOEKEN or not plugin.config.enabled:
            continue
        index = getattr(plugin, "search_index", None)
        if plugin.is_dirty or getattr(plugin, "search_index_prev", None) is not None:
            return None
        if index is None or not isinstance(getattr(index, "entries", None), list):
            return None
        if not all(k in getattr(index, "config", {}) for k in _INSTELLINGEN):
            return None
        return plugin
    return None


def _json(waarde: Any) -> bytes:
    """As Material writes it: compact, ASCII, anything unknown as its text."""
    return json.dumps(waarde, separators=(",", ":"), default=str).encode("utf-8")
