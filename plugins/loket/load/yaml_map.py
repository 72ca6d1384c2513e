"""One folder of YAML files read at once: unchanged files from the cache, many new ones by
worker processes (libyaml's parsing is most of a large check's time)."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from loket.load.bestanden import binnen, buiten_de_map, overgeslagen
from loket.load.cache import bewaar, cache_sleutel, uit_cache
from loket.load.yaml_bron import YamlBestand, lees_yaml
from loket.melding import Melding

YAML = frozenset({".yaml", ".yml"})
PARALLEL_VANAF = 300
"""Below this many unread files, starting workers costs more than it saves."""

Gelezen = tuple[Path, YamlBestand | None, list[Melding]]
"""A file, its data (None when unreadable) and what reading found."""


def yaml_bestanden(deze_map: Path) -> list[Path]:
    if not deze_map.is_dir():
        return []
    return sorted([*deze_map.glob("*.yaml"), *deze_map.glob("*.yml")])


def lees_bestand(gemeente_map: Path, pad: Path, meldingen: list[Melding]) -> YamlBestand | None:
    """Read one YAML file (cached); problems go to `meldingen`."""
    weergave = pad.relative_to(gemeente_map).as_posix()
    if not binnen(gemeente_map, pad):
        meldingen.append(buiten_de_map(weergave))
        return None
    bestand, gevonden = next(_lees_alle([(pad, weergave)]))
    meldingen += gevonden
    return bestand


def lees_yaml_map(
    gemeente_map: Path, submap: str, ook: frozenset[str] = frozenset()
) -> tuple[list[Gelezen], list[Melding]]:
    """Every YAML file of `map/submap`, in name order; other files (`ook`: those read
    elsewhere, such as CSV) and files that point outside `map` are named in a melding."""
    meldingen = overgeslagen(gemeente_map, gemeente_map / submap, YAML | ook)
    taken = []
    for pad in yaml_bestanden(gemeente_map / submap):
        weergave = pad.relative_to(gemeente_map).as_posix()
        if binnen(gemeente_map, pad):
            taken.append((pad, weergave))
        else:
            meldingen.append(buiten_de_map(weergave))
    gelezen = [
        (pad, bestand, gevonden)
        for (pad, _), (bestand, gevonden) in zip(taken, _lees_alle(taken), strict=True)
    ]
    return gelezen, meldingen


def _lees_alle(
    taken: list[tuple[Path, str]],
) -> Iterator[tuple[YamlBestand | None, list[Melding]]]:
    """Each file read (cached), in order."""
    sleutels = [cache_sleutel(pad, weergave) for pad, weergave in taken]
    bronnen = [uit_cache(pad, sleutel) for (pad, _), sleutel in zip(taken, sleutels, strict=True)]
    nieuw = [taak for taak, bron in zip(taken, bronnen, strict=True) if bron is None]
    gelezen = _in_werkers(nieuw) if _parallel_loont(len(nieuw)) else map(_lees, nieuw)
    for taak, sleutel, bron in zip(taken, sleutels, bronnen, strict=True):
        if bron is None:
            bron = next(gelezen)
            bewaar(taak[0], sleutel, bron)
        yield bron


_Taak = tuple[Path, str]
_Uitkomst = tuple[YamlBestand | None, list[Melding]]


def _lees(taak: _Taak) -> _Uitkomst:
    return lees_yaml(*taak)


def _lees_in_werker(taak: _Taak) -> _Uitkomst:
    """As `_lees`, without the text of the file: the parent reads it again if it needs a place."""
    bestand, meldingen = _lees(taak)
    if bestand is not None:
        bestand = YamlBestand(bestand.pad, bestand.data, _bron=taak[0])
    return bestand, meldingen


def _in_werkers(taken: list[_Taak]) -> Iterator[_Uitkomst]:
    kernen = min(os.cpu_count() or 1, 8)
    with ProcessPoolExecutor(kernen, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(_lees_in_werker, taken, chunksize=max(1, len(taken) // (kernen * 8)))


def _parallel_loont(aantal: int) -> bool:
    """Workers pay off for many files on several cores; fork only from a single-threaded
    process (not from `mkdocs serve` with its watcher threads)."""
    return (
        aantal >= PARALLEL_VANAF
        and (os.cpu_count() or 1) > 1
        and "fork" in multiprocessing.get_all_start_methods()
        and threading.active_count() == 1
        and multiprocessing.parent_process() is None
    )
