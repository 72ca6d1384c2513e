"""When each data file last changed, first appeared, and what changed: from git history.

Two git processes for the whole repository, whatever its size: one `git log` gives every
file's dates, one `git cat-file --batch` the version before the last change of every product,
read with libyaml, to tell a change of `kosten` from a change of text. Only a build and an
export ask for this (never `loket check`). Without git, or in a shallow clone whose history
is cut off, the files' own dates are used, and the caller is told once.
"""

from __future__ import annotations

import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from loket.load.cache import geheugen_aan
from loket.model.historie import KOSTEN, NIEUW, TEKST, Datums

_LEZER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_gelezen: dict[bytes, Any] = {}
"""Under `mkdocs serve`: earlier versions already read, by git object id (their content)."""
_logs: dict[tuple[str, bytes], dict[str, Datums]] = {}
"""Under `mkdocs serve`: the dates git gave, by folder and HEAD commit (an edit that is not
committed changes no date that git gives)."""
_versies: dict[tuple[str, tuple[tuple[str, str], ...]], dict[str, Any]] = {}
"""Under `mkdocs serve`: the earlier versions of the last rebuild, by the files and commits."""


@dataclass
class Historie:
    datums: dict[str, Datums] = field(default_factory=dict)
    wijzigingen: dict[str, str] = field(default_factory=dict)
    """Per product file: `nieuw`, `kosten` or `tekst`."""
    uit_bestanden: str = ""
    """Why the dates come from the files instead of git (empty when git gave them)."""


def lees_historie(
    gemeente_map: Path,
    bestanden: list[str],
    producten: Mapping[str, Mapping[str, Any]],
    standaard: date,
) -> Historie:
    """`bestanden` relative to `map` (as in meldingen); `producten` their current data by file.
    `standaard` dates a file that is neither in git nor on disk."""
    uit_git, reden = _git_log(gemeente_map)
    historie = Historie(uit_bestanden=reden)
    for bestand in bestanden:
        if bestand in uit_git:
            historie.datums[bestand] = uit_git[bestand]
        else:
            pad = gemeente_map / bestand
            dag = date.fromtimestamp(pad.stat().st_mtime) if pad.exists() else standaard
            historie.datums[bestand] = Datums(dag, dag)
    vorige = _vorige_versies(gemeente_map, historie.datums, list(producten))
    for bestand, nu in producten.items():
        commit = historie.datums[bestand].vorige_commit if bestand in historie.datums else None
        historie.wijzigingen[bestand] = _soort(commit, vorige.get(bestand), nu)
    return historie


def _soort(commit: str | None, vorige: Any, nu: Mapping[str, Any]) -> str:
    if commit is None:
        return NIEUW
    if isinstance(vorige, dict) and vorige.get("kosten") != nu.get("kosten"):
        return KOSTEN
    return TEKST


def _git(gemeente_map: Path, *argumenten: str, invoer: bytes | None = None) -> bytes | None:
    """git's output as bytes: blob sizes count bytes, and paths are UTF-8 whatever the locale."""
    try:
        return subprocess.run(
            ["git", "-c", "core.quotePath=false", *argumenten],
            cwd=gemeente_map,
            input=invoer,
            capture_output=True,
            check=True,
            timeout=120,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None


def _git_log(gemeente_map: Path) -> tuple[dict[str, Datums], str]:
    staat = _git(gemeente_map, "rev-parse", "--is-shallow-repository", "HEAD")
    if staat is None:
        return {}, "er is geen git-geschiedenis"
    ondiep, _, kop = staat.strip().partition(b"\n")
    if ondiep == b"true":
        return {}, "de git-geschiedenis is afgekapt (een 'shallow clone'; gebruik fetch-depth: 0)"
    sleutel = (str(gemeente_map.resolve()), kop)
    if geheugen_aan() and sleutel in _logs:  # `mkdocs serve`: no commit since the last rebuild
        return _logs[sleutel], ""
    datums = _lees_log(gemeente_map)
    if datums is None:
        return {}, "git log kon niet worden gelezen"
    _logs.clear()
    if geheugen_aan():
        _logs[sleutel] = datums
    return datums, ""


def _lees_log(gemeente_map: Path) -> dict[str, Datums] | None:
    ruw = _git(gemeente_map, "log", "--format=%x00%H %cs", "--name-only", "--relative", "--", ".")
    if ruw is None:
        return None
    uitvoer = ruw.decode("utf-8", errors="replace")
    commits: dict[str, list[tuple[str, date]]] = {}
    for blok in uitvoer.split("\x00")[1:]:
        regels = [r for r in blok.splitlines() if r.strip()]
        if not regels:
            continue
        commit, dag = regels[0].split()
        for bestand in regels[1:]:
            commits.setdefault(bestand, []).append((commit, date.fromisoformat(dag)))
    # git log lists the newest commit first.
    return {
        bestand: Datums(lijst[0][1], lijst[-1][1], lijst[1][0] if len(lijst) > 1 else None)
        for bestand, lijst in commits.items()
    }


def _vorige_versies(
    gemeente_map: Path, datums: dict[str, Datums], bestanden: list[str]
) -> dict[str, Any]:
    """The data of each file's version before its last change, in one `git cat-file --batch`."""
    gevraagd = [(b, datums[b].vorige_commit) for b in bestanden if b in datums]
    gevraagd = [(b, c) for b, c in gevraagd if c]
    if not gevraagd:
        return {}
    sleutel = (str(gemeente_map.resolve()), tuple(gevraagd))
    if geheugen_aan() and sleutel in _versies:  # `mkdocs serve`: the same files and commits
        return _versies[sleutel]
    invoer = "".join(f"{commit}:./{bestand}\n" for bestand, commit in gevraagd).encode()
    uitvoer = _git(gemeente_map, "cat-file", "--batch", invoer=invoer)
    if uitvoer is None:
        return {}
    versies = dict(zip((b for b, _ in gevraagd), _blobs(uitvoer), strict=False))
    _versies.clear()
    if geheugen_aan():
        _versies[sleutel] = versies
    return versies


def _blobs(ruw: bytes) -> list[Any]:
    """Parse `git cat-file --batch` output: a header line, then that many bytes and a newline."""
    uit: list[Any] = []
    eerder, gelezen = (_gelezen, {}) if geheugen_aan() else ({}, None)
    plek = 0
    while plek < len(ruw):
        einde = ruw.index(b"\n", plek)
        kop = ruw[plek:einde].split()
        plek = einde + 1
        if len(kop) < 3 or kop[1] != b"blob":
            uit.append(None)  # "<rev> missing"
            continue
        grootte = int(kop[2])
        data = eerder[kop[0]] if kop[0] in eerder else _yaml(ruw[plek : plek + grootte])
        uit.append(data)
        if gelezen is not None:
            gelezen[kop[0]] = data
        plek += grootte + 1
    if gelezen is not None:  # keep what this build used
        _gelezen.clear()
        _gelezen.update(gelezen)
    return uit


def _yaml(ruw: bytes) -> Any:
    try:
        return yaml.load(ruw.decode("utf-8-sig"), Loader=_LEZER)
    except (UnicodeDecodeError, yaml.YAMLError, RecursionError):
        return None
