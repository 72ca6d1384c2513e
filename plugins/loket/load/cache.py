"""Parsed files cached by path, modification time and size, for fast `mkdocs serve` rebuilds."""

from __future__ import annotations

from pathlib import Path

from loket.load.yaml_bron import YamlBestand, lees_yaml
from loket.melding import Melding

_Sleutel = tuple[str, int, int]
_cache: dict[str, tuple[_Sleutel, YamlBestand | None, list[Melding]]] = {}


def lees_yaml_met_cache(bestand: Path, weergave: str) -> tuple[YamlBestand | None, list[Melding]]:
    """Like `lees_yaml`, but reuses the last result while the file is unchanged on disk."""
    try:
        stat = bestand.stat()
    except OSError:
        return lees_yaml(bestand, weergave)
    sleutel = (weergave, stat.st_mtime_ns, stat.st_size)
    bewaard = _cache.get(str(bestand))
    if bewaard is not None and bewaard[0] == sleutel:
        return bewaard[1], bewaard[2]
    uitkomst = lees_yaml(bestand, weergave)
    _cache[str(bestand)] = (sleutel, *uitkomst)
    return uitkomst
