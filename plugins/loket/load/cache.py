"""Parsed files cached by path, modification time and size, for fast `mkdocs serve` rebuilds.

The reader (load/yaml_map.py) asks the cache first and stores what it had to parse."""

from __future__ import annotations

from pathlib import Path

from loket.load.yaml_bron import YamlBestand
from loket.melding import Melding

Ingelezen = tuple[YamlBestand | None, list[Melding]]
Sleutel = tuple[str, int, int]
_cache: dict[str, tuple[Sleutel, Ingelezen]] = {}


def cache_sleutel(bestand: Path, weergave: str) -> Sleutel | None:
    """What a cached result must match: the shown path, modification time and size."""
    try:
        stat = bestand.stat()
    except OSError:
        return None
    return (weergave, stat.st_mtime_ns, stat.st_size)


def uit_cache(bestand: Path, sleutel: Sleutel | None) -> Ingelezen | None:
    bewaard = _cache.get(str(bestand))
    if sleutel is None or bewaard is None or bewaard[0] != sleutel:
        return None
    return bewaard[1]


def bewaar(bestand: Path, sleutel: Sleutel | None, uitkomst: Ingelezen) -> None:
    """Keep `uitkomst`, read when the file matched `sleutel` (taken before reading)."""
    if sleutel is not None:
        _cache[str(bestand)] = (sleutel, uitkomst)
