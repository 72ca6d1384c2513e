"""One folder of YAML files, one item per file: read, check the text, validate the model."""

from __future__ import annotations

import multiprocessing
import os
import threading
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from loket.load import YamlBestand, lees_yaml
from loket.load.bestanden import binnen, buiten_de_map, overgeslagen
from loket.load.cache import bewaar, cache_sleutel, uit_cache
from loket.melding import Melding, een_per_plek
from loket.model.typen import ID_PATROON, id_probleem
from loket.validate.model_fouten import valideer
from loket.validate.tekst import controleer_teksten

M = TypeVar("M", bound=BaseModel)


@dataclass
class Gelezen(Generic[M]):
    """A file, its id (the `id` key or the file name) and the item when it is valid."""

    bestand: YamlBestand
    id: str
    item: M | None


def yaml_bestanden(map: Path) -> list[Path]:
    if not map.is_dir():
        return []
    return sorted([*map.glob("*.yaml"), *map.glob("*.yml")])


def lees_bestand(map: Path, pad: Path, meldingen: list[Melding]) -> YamlBestand | None:
    """Read one YAML file (cached) and refuse raw HTML in it; problems go to `meldingen`."""
    weergave = pad.relative_to(map).as_posix()
    if not binnen(map, pad):
        meldingen.append(buiten_de_map(weergave))
        return None
    bestand, gevonden = next(_lees_alle([(pad, weergave)]))
    meldingen += gevonden
    return bestand


YAML = frozenset({".yaml", ".yml"})


def lees_map(
    map: Path,
    submap: str,
    model: type[M],
    soort: str,
    meldingen: list[Melding],
    ook: frozenset[str] = frozenset(),
) -> list[Gelezen[M]]:
    """Every file of `map/submap`: read, checked and validated as a `model`, in name order.

    Unchanged files come from the cache; a large number of new ones is read by worker
    processes, one per core (libyaml's parsing is most of the time of a large check). Files
    that are not read (`ook`: others that are, such as CSV) get a warning that names them.
    """
    meldingen += overgeslagen(map, map / submap, YAML | ook)
    taken = []
    for pad in yaml_bestanden(map / submap):
        weergave = pad.relative_to(map).as_posix()
        if binnen(map, pad):
            taken.append((pad, weergave))
        else:
            meldingen.append(buiten_de_map(weergave))
    gelezen: list[Gelezen[M]] = []
    for (pad, _), (bestand, gevonden) in zip(taken, _lees_alle(taken), strict=True):
        if bestand is not None:
            item, uit_model = valideer(model, bestand)
            gevonden = een_per_plek([*gevonden, *uit_model])
            gelezen.append(Gelezen(bestand, _id(bestand, pad, gevonden), item))
        meldingen += gevonden
    meldingen += _dubbele(gelezen, soort)
    return gelezen


def _lees_alle(
    taken: list[tuple[Path, str]],
) -> Iterator[tuple[YamlBestand | None, list[Melding]]]:
    """Each file read (cached) with its text checked, in order. Many unread files are read
    by worker processes, one per core: libyaml's parsing is most of a large check's time."""
    sleutels = [cache_sleutel(pad, weergave) for pad, weergave in taken]
    bronnen = [uit_cache(pad, sleutel) for (pad, _), sleutel in zip(taken, sleutels, strict=True)]
    nieuw = [taak for taak, bron in zip(taken, bronnen, strict=True) if bron is None]
    gelezen = _in_werkers(nieuw) if _parallel_loont(len(nieuw)) else map(_lees, nieuw)
    for taak, sleutel, bron in zip(taken, sleutels, bronnen, strict=True):
        if bron is None:
            bron, tekst_meldingen = next(gelezen)
            bewaar(taak[0], sleutel, bron)
        else:
            tekst_meldingen = controleer_teksten(bron[0]) if bron[0] is not None else []
        yield bron[0], [*bron[1], *tekst_meldingen]


_Gelezen = tuple[tuple[YamlBestand | None, list[Melding]], list[Melding]]
PARALLEL_VANAF = 300
"""Below this many unread files, starting workers costs more than it saves."""


def _lees(taak: tuple[Path, str]) -> _Gelezen:
    """(lees_yaml's result, the text check's messages) for one file."""
    bron = lees_yaml(*taak)
    return bron, controleer_teksten(bron[0]) if bron[0] is not None else []


def _lees_in_werker(taak: tuple[Path, str]) -> _Gelezen:
    """As `_lees`, without the text of the file: the parent reads it again if it needs a place."""
    (bestand, meldingen), tekst_meldingen = _lees(taak)
    if bestand is not None:
        bestand = YamlBestand(bestand.pad, bestand.data, _bron=taak[0])
    return (bestand, meldingen), tekst_meldingen


def _in_werkers(taken: list[tuple[Path, str]]) -> Iterator[_Gelezen]:
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


def _id(bestand: YamlBestand, pad: Path, meldingen: list[Melding]) -> str:
    eigen_id = bestand.data.get("id")
    if isinstance(eigen_id, str):
        return eigen_id
    probleem = id_probleem(pad.stem)
    if probleem:
        hint = "hernoem het bestand naar kleine letters, cijfers en streepjes, of zet 'id:' erin"
        tekst = f"de bestandsnaam '{pad.name}' is geen geldige id"
        if ID_PATROON.match(pad.stem):
            tekst, hint = f"de bestandsnaam '{pad.name}' geeft de id '{pad.stem}'", probleem[1]
        meldingen.append(bestand.melding((), tekst, hint))
    return pad.stem


def _dubbele(gelezen: list[Gelezen[M]], soort: str) -> list[Melding]:
    """Two files with one id: said in both, each at its `id` (or its start)."""
    per_id: dict[str, list[Gelezen[M]]] = {}
    for g in gelezen:
        per_id.setdefault(g.id, []).append(g)
    meldingen = []
    for id, groep in per_id.items():
        for g in groep if len(groep) > 1 else []:
            anderen = ", ".join(a.bestand.pad for a in groep if a is not g)
            tekst = f"de {soort}-id '{id}' wordt ook gebruikt in {anderen}"
            pad = ("id",) if "id" in g.bestand.data else ()
            meldingen.append(g.bestand.melding(pad, tekst, f"geef elk {soort} een eigen id"))
    return meldingen
