"""One folder of YAML files read at once: unchanged files from the in-memory cache (`mkdocs
serve`) or the disk cache (load/schijfcache.py), many new ones by worker processes that also
do the per-file work the caller asks for (validation), since parsing and validating are most
of a large check's time."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from loket.load.bestanden import binnen, buiten_de_map, overgeslagen
from loket.load.cache import bewaar, cache_sleutel, geheugen_aan, uit_cache
from loket.load.schijfcache import (
    Ingelezen,
    cache_map,
    naar_schijf,
    ruim_yaml_op,
    schijf_sleutel,
    uit_schijf,
)
from loket.load.yaml_bron import YamlBestand, lees_ruw, lees_yaml_tekst
from loket.melding import Melding

YAML = frozenset({".yaml", ".yml"})
PARALLEL_VANAF = 300
"""Below this many unread files, starting workers costs more than it saves."""

Gelezen = tuple[Path, YamlBestand | None, list[Melding], Any]
"""A file, its data (None when unreadable), what reading found, and what `verwerk` made of it
(None without one, or when the file could not be read)."""


@dataclass(frozen=True)
class Verwerking:
    """Work to do on each read file in the process that read it (validation, in practice):
    with many files, workers parse and validate in parallel. `functie` must be picklable
    (a module-level function or a `functools.partial` of one)."""

    naam: str
    """Names the work in the in-memory cache's key."""
    functie: Callable[[YamlBestand], Any]


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
    bestand, gevonden, _ = next(_lees_alle([_Taak(pad, weergave, cache_map(gemeente_map))]))
    meldingen += gevonden
    return bestand


def lees_yaml_map(
    gemeente_map: Path,
    submap: str,
    ook: frozenset[str] = frozenset(),
    verwerk: Verwerking | None = None,
) -> tuple[list[Gelezen], list[Melding]]:
    """Every YAML file of `map/submap`, in name order; other files (`ook`: those read
    elsewhere, such as CSV) and files that point outside `map` are named in a melding.
    `verwerk` runs on each read file where it was read (in the worker), and its result is the
    fourth part of each `Gelezen`."""
    meldingen = overgeslagen(gemeente_map, gemeente_map / submap, YAML | ook)
    taken, schijf = [], cache_map(gemeente_map)
    for pad in yaml_bestanden(gemeente_map / submap):
        weergave = pad.relative_to(gemeente_map).as_posix()
        if binnen(gemeente_map, pad):
            taken.append(_Taak(pad, weergave, schijf, verwerk))
        else:
            meldingen.append(buiten_de_map(weergave))
    gelezen = [
        (taak.pad, bestand, gevonden, verwerkt)
        for taak, (bestand, gevonden, verwerkt) in zip(taken, _lees_alle(taken), strict=True)
    ]
    return gelezen, meldingen


@dataclass(frozen=True)
class _Taak:
    pad: Path
    weergave: str
    schijf: Path | None
    """The disk cache's folder, None when it is switched off."""
    verwerk: Verwerking | None = None


_Uitkomst = tuple[YamlBestand | None, list[Melding], Any]
_gebruikt: set[str] = set()


def _lees_alle(taken: list[_Taak]) -> Iterator[_Uitkomst]:
    """Each file read and processed (from the cache when unchanged), in order."""
    sleutels = [cache_sleutel(t.pad, t.weergave, _naam(t.verwerk)) for t in taken]
    bronnen = [uit_cache(t.pad, sleutel) for t, sleutel in zip(taken, sleutels, strict=True)]
    nieuw = [taak for taak, bron in zip(taken, bronnen, strict=True) if bron is None]
    gelezen = _in_werkers(nieuw) if _parallel_loont(len(nieuw)) else map(_lees, nieuw)
    for taak, sleutel, bron in zip(taken, sleutels, bronnen, strict=True):
        if bron is None:
            bron, code = next(gelezen)
            _gebruikt.add(code)
            bewaar(taak.pad, sleutel, bron)
        yield bron


def _lees(taak: _Taak) -> tuple[_Uitkomst, str]:
    """The file read and processed, and its key in the disk cache ("" without one)."""
    (bestand, meldingen), code = _ontleed(taak)
    if bestand is None or taak.verwerk is None:
        return (bestand, meldingen, None), code
    return (bestand, meldingen, taak.verwerk.functie(bestand)), code


def _ontleed(taak: _Taak) -> tuple[Ingelezen, str]:
    """The parse, from the disk cache when this file's bytes were parsed before."""
    ruw = lees_ruw(taak.pad, taak.weergave)
    if not isinstance(ruw, bytes):
        return ruw, ""
    if taak.schijf is None:
        return lees_yaml_tekst(ruw, taak.weergave), ""
    code = schijf_sleutel(ruw, taak.weergave)
    bewaard = uit_schijf(taak.schijf, code, taak.pad)
    if bewaard is not None:
        return bewaard, code
    uitkomst = lees_yaml_tekst(ruw, taak.weergave)
    naar_schijf(taak.schijf, code, uitkomst)
    return uitkomst, code


def _lees_in_werker(taak: _Taak) -> tuple[_Uitkomst, str]:
    """As `_lees`, without the text of the file: the parent reads it again if it needs a place."""
    (bestand, meldingen, verwerkt), code = _lees(taak)
    if bestand is not None:
        bestand = YamlBestand(bestand.pad, bestand.data, _bron=taak.pad)
    return (bestand, meldingen, verwerkt), code


def nieuwe_ronde() -> None:
    """Start counting the disk cache's files this read uses (`ruim_op`)."""
    _gebruikt.clear()


def ruim_op(gemeente_map: Path) -> None:
    """After every YAML file of the gemeente was read: remove the parses of files that changed
    or are gone, so the cache does not grow with every edit. Not under `mkdocs serve`, whose
    in-memory cache answers without the disk."""
    schijf = cache_map(gemeente_map)
    if schijf is not None and not geheugen_aan():
        ruim_yaml_op(schijf, _gebruikt)


def _in_werkers(taken: list[_Taak]) -> Iterator[tuple[_Uitkomst, str]]:
    kernen = min(os.cpu_count() or 1, 8)
    with ProcessPoolExecutor(kernen, mp_context=multiprocessing.get_context("fork")) as pool:
        yield from pool.map(_lees_in_werker, taken, chunksize=max(1, len(taken) // (kernen * 8)))


def _naam(verwerk: Verwerking | None) -> str:
    return verwerk.naam if verwerk else ""


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
