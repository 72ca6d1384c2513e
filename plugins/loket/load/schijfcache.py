"""Loket's disk cache (`.loket-cache/`): parsed YAML files, whole checks
(load/vingerafdruk.py) and converted pages (mkdocs/omzetting.py), kept between runs so that a
second `loket check` or build (a redacteur's, or CI's with a restored cache) redoes only what
changed.

Every entry is named by a SHA-256 of what it depends on; for a parse: Loket (its version and a
digest of its code), the path shown in messages and the file's bytes, so a changed file, a
moved file and another Loket each miss. JSON and never pickle: a cache folder may come from
elsewhere (a CI cache), and reading it must not run code. An entry that does not decode, names
another key or holds anything but plain YAML data is ignored and the work is done again; what
comes from the cache is validated and escaped as any content is. Writes go to a temporary file
that is renamed into place, so concurrent runs never read half a file. The folder is safe to
delete at any time.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
import zlib
from datetime import date, datetime
from functools import cache
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from loket.load.yaml_bron import YamlBestand
from loket.melding import Ernst, Melding

CACHE_MAP = ".loket-cache"
"""The default cache folder, inside the gemeente's folder (ignored by git)."""
OMGEVING = "LOKET_CACHE"
"""A folder for the cache instead of the default, or `uit` for no cache at all."""
_UIT = frozenset({"uit", "0", "nee", "false", "off"})
_YAML, _CHECK = "yaml", "check"
BEWAARDE_CHECKS = 16
"""How many whole checks are kept (each is a few kB)."""
_DATUM, _TIJD, _SLEUTEL = "$datum", "$tijd", "$"

Ingelezen = tuple[YamlBestand | None, list[Melding]]


def cache_map(gemeente_map: Path) -> Path | None:
    """The cache folder for this gemeente, or None when it is switched off."""
    eigen = os.environ.get(OMGEVING, "").strip()
    if eigen.lower() in _UIT:
        return None
    loket_versie()  # once here, before any worker process is forked
    return Path(eigen) if eigen else gemeente_map / CACHE_MAP


@cache
def loket_versie() -> str:
    """Loket's version and a digest of its code and data: a development change, or a new UPL
    list, invalidates the cache as a new release does."""
    try:
        uitgave = version("loket")
    except PackageNotFoundError:
        uitgave = "?"
    pakket = Path(__file__).resolve().parent.parent
    h = hashlib.sha256()
    for pad in sorted([*pakket.rglob("*.py"), *(pakket / "data").iterdir()]):
        h.update(pad.relative_to(pakket).as_posix().encode() + b"\0" + pad.read_bytes())
    return f"{uitgave}+{h.hexdigest()[:16]}"


def schijf_sleutel(ruw: bytes, weergave: str) -> str:
    h = hashlib.sha256(f"{loket_versie()}\0{weergave}\0".encode())
    h.update(ruw)
    return h.hexdigest()


def uit_schijf(cache: Path, code: str, bron: Path) -> Ingelezen | None:
    """The parse kept under `code`, or None when there is none or it cannot be trusted."""
    try:
        inhoud = uit_json(cache / _YAML, code)
        if inhoud is None:
            return None
        meldingen = [_melding(m) for m in inhoud["meldingen"]]
        data = inhoud["data"]
        if data is None:
            return None, meldingen
        if not isinstance(data, dict) or not isinstance(inhoud["pad"], str):
            return None
        return YamlBestand(inhoud["pad"], _terug(data), _bron=bron), meldingen
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def naar_schijf(cache: Path, code: str, uitkomst: Ingelezen) -> None:
    """Keep a parse."""
    bestand, meldingen = uitkomst
    inhoud = {
        "pad": bestand.pad if bestand else "",
        "data": _heen(bestand.data) if bestand else None,
        "meldingen": _meldingen(meldingen),
    }
    naar_json(cache / _YAML, code, inhoud)


def ruim_yaml_op(cache: Path, behouden: set[str]) -> None:
    """Keep only the parses in `behouden` (those of the files as they are now)."""
    opruimen(cache / _YAML, behouden)


def meldingen_uit_schijf(cache: Path, code: str) -> list[Melding] | None:
    """The meldingen of a whole check kept under `code` (load/vingerafdruk.py), or None."""
    try:
        inhoud = uit_json(cache / _CHECK, code)
        return None if inhoud is None else [_melding(m) for m in inhoud["meldingen"]]
    except (ValueError, KeyError, TypeError):
        return None


def meldingen_naar_schijf(cache: Path, code: str, meldingen: list[Melding]) -> None:
    naar_json(cache / _CHECK, code, {"meldingen": _meldingen(meldingen)})
    _houd_nieuwste(cache / _CHECK, BEWAARDE_CHECKS)


def uit_json(submap: Path, code: str, ingepakt: bool = False) -> dict[str, Any] | None:
    """A cache file's content when it is JSON (zlib-compressed when `ingepakt`) and names
    `code` itself, else None."""
    try:
        ruw = (submap / code[:2] / f"{code}.json").read_bytes()
        inhoud = json.loads(zlib.decompress(ruw) if ingepakt else ruw)
    except (OSError, ValueError, zlib.error):
        return None
    return inhoud if isinstance(inhoud, dict) and inhoud.get("sleutel") == code else None


def naar_json(submap: Path, code: str, inhoud: dict[str, Any], ingepakt: bool = False) -> None:
    """Write atomically; a folder that cannot be written (read-only checkout) costs only speed."""
    doel = submap / code[:2]
    try:
        tekst = json.dumps({**inhoud, "sleutel": code}, ensure_ascii=False).encode()
        doel.mkdir(parents=True, exist_ok=True)
        fd, tijdelijk = tempfile.mkstemp(dir=doel, prefix=".", suffix=".tmp")
        with os.fdopen(fd, "wb") as uit:
            uit.write(zlib.compress(tekst, 1) if ingepakt else tekst)
        os.replace(tijdelijk, doel / f"{code}.json")
    except (OSError, ValueError, TypeError):
        return


def opruimen(submap: Path, behouden: set[str]) -> None:
    """Remove the files of `submap` whose key is not in `behouden` (the last run's)."""
    try:
        for bestand in submap.glob("*/*.json"):
            if bestand.stem not in behouden:
                bestand.unlink(missing_ok=True)
    except OSError:
        return


def _houd_nieuwste(submap: Path, aantal: int) -> None:
    """Keep the `aantal` most recently written files of `submap` (a branch switched back and
    forth, or CI on a commit that only touched the README, still finds its check)."""
    try:
        bestanden = sorted(submap.glob("*/*.json"), key=lambda p: p.stat().st_mtime_ns)
        for bestand in bestanden[:-aantal]:
            bestand.unlink(missing_ok=True)
    except OSError:
        return


def _meldingen(meldingen: list[Melding]) -> list[list[Any]]:
    return [[m.pad, m.regel, m.kolom, m.tekst, m.hint, m.ernst.value] for m in meldingen]


def _melding(ruw: Any) -> Melding:
    pad, regel, kolom, tekst, hint, ernst = ruw
    if not all(isinstance(x, str) for x in (pad, tekst, hint)) or not all(
        type(x) is int for x in (regel, kolom)
    ):
        raise ValueError("geen melding")
    return Melding(pad, regel, kolom, tekst, hint, Ernst(ernst))


def _heen(waarde: Any) -> Any:
    """YAML data as JSON: dates tagged, keys that look like a tag escaped."""
    if isinstance(waarde, dict):
        return {_SLEUTEL + k if k[:1] == _SLEUTEL else k: _heen(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_heen(v) for v in waarde]
    if isinstance(waarde, datetime):
        return {_TIJD: waarde.isoformat()}
    if isinstance(waarde, date):
        return {_DATUM: waarde.isoformat()}
    return waarde


def _terug(waarde: Any) -> Any:
    if isinstance(waarde, dict):
        if len(waarde) == 1 and _DATUM in waarde:
            return date.fromisoformat(waarde[_DATUM])
        if len(waarde) == 1 and _TIJD in waarde:
            return datetime.fromisoformat(waarde[_TIJD])
        return {(k[1:] if k.startswith(_SLEUTEL) else k): _terug(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_terug(v) for v in waarde]
    if isinstance(waarde, str | int | float | bool) or waarde is None:
        return waarde
    raise TypeError("geen YAML-waarde")
