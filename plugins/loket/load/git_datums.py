"""When each data file last changed, first appeared, and what changed: from git history.

One `git log` over the gemeente's folder gives every file's dates at once, so this stays linear
in the number of files. What a product's last change was about (its `kosten` or its text) is
found by reading the version before it (`git show`), cached by commit so `mkdocs serve`
rebuilds do not ask git again. Without git, the file's mtime gives the dates.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from loket.peildatum import peildatum

NIEUW, KOSTEN, TEKST = "nieuw", "kosten", "tekst"


@dataclass(frozen=True)
class Datums:
    gewijzigd: date
    nieuw: date
    vorige_commit: str | None = None
    """The commit with the version before the last change (None when there is no history)."""


def datums(map: Path, bestanden: list[str]) -> dict[str, Datums]:
    """`bestanden` relative to `map` (as in meldingen) → their dates."""
    uit_git = _git_log(map)
    uitkomst = {}
    for bestand in bestanden:
        if bestand in uit_git:
            uitkomst[bestand] = uit_git[bestand]
        else:
            pad = map / bestand
            dag = date.fromtimestamp(pad.stat().st_mtime) if pad.exists() else peildatum()
            uitkomst[bestand] = Datums(dag, dag)
    return uitkomst


def soort_wijziging(map: Path, bestand: str, datums: Datums, nu: dict[str, Any]) -> str:
    """`nieuw`, `kosten` (the costs changed) or `tekst` (anything else changed)."""
    if datums.vorige_commit is None:
        return NIEUW
    vorige = _vorige_versie(str(map), bestand, datums.vorige_commit)
    if vorige is not None and vorige.get("kosten") != nu.get("kosten"):
        return KOSTEN
    return TEKST


@cache
def _vorige_versie(map: str, bestand: str, commit: str) -> dict[str, Any] | None:
    try:
        tekst = subprocess.run(
            ["git", "show", f"{commit}:./{bestand}"],
            cwd=map,
            capture_output=True,
            text=True,
            check=True,
            timeout=30,
        ).stdout
        data = yaml.safe_load(tekst)
    except (OSError, subprocess.SubprocessError, yaml.YAMLError):
        return None
    return data if isinstance(data, dict) else None


def _git_log(map: Path) -> dict[str, Datums]:
    try:
        uitvoer = subprocess.run(
            ["git", "log", "--format=%x00%H %cs", "--name-only", "--relative", "--", "."],
            cwd=map,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
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
