"""Parsed (and validated) files kept in memory by path, modification time and size, for fast
`mkdocs serve` rebuilds.

The reader (load/yaml_map.py) asks this cache first and stores what it had to read."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from loket.load.yaml_bron import YamlBestand
from loket.melding import Melding

Ingelezen = tuple[YamlBestand | None, list[Melding], Any]
Sleutel = tuple[str, int, int, str]
_cache: dict[str, tuple[Sleutel, Ingelezen]] = {}
_aan = False


def onthouden(aan: bool) -> None:
    """Keep read files in memory between builds: only `mkdocs serve` rebuilds; a single build
    or check would only hold every file until it ends."""
    global _aan
    _aan = aan
    if not aan:
        _cache.clear()


def geheugen_aan() -> bool:
    return _aan


def cache_sleutel(bestand: Path, weergave: str, werk: str = "") -> Sleutel | None:
    """What a cached result must match: the shown path, modification time and size, and the
    work done on the file (`Verwerking.naam`)."""
    try:
        stat = bestand.stat()
    except OSError:
        return None
    return (weergave, stat.st_mtime_ns, stat.st_size, werk)


def uit_cache(bestand: Path, sleutel: Sleutel | None) -> Ingelezen | None:
    bewaard = _cache.get(str(bestand)) if _aan else None
    if sleutel is None or bewaard is None or bewaard[0] != sleutel:
        return None
    return bewaard[1]


def bewaar(bestand: Path, sleutel: Sleutel | None, uitkomst: Ingelezen) -> None:
    """Keep `uitkomst`, read when the file matched `sleutel` (taken before reading)."""
    if _aan and sleutel is not None:
        _cache[str(bestand)] = (sleutel, uitkomst)
