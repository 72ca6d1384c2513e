"""When each data file last changed (and first appeared): from git history, else its mtime.

One `git log` over the data folders gives every file's dates at once, so this stays linear in
the number of files.
"""

from __future__ import annotations

import subprocess
from dataclasses import dataclass
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Datums:
    gewijzigd: date
    nieuw: date


def datums(map: Path, bestanden: list[str]) -> dict[str, Datums]:
    """`bestanden` relative to `map` (as in meldingen) → their dates."""
    uit_git = _git_log(map)
    uitkomst = {}
    for bestand in bestanden:
        if bestand in uit_git:
            uitkomst[bestand] = uit_git[bestand]
        else:
            pad = map / bestand
            dag = date.fromtimestamp(pad.stat().st_mtime) if pad.exists() else date.today()
            uitkomst[bestand] = Datums(dag, dag)
    return uitkomst


def _git_log(map: Path) -> dict[str, Datums]:
    try:
        uitvoer = subprocess.run(
            ["git", "log", "--format=%x00%cs", "--name-only", "--relative", "--", "."],
            cwd=map,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return {}
    gevonden: dict[str, Datums] = {}
    for blok in uitvoer.split("\x00")[1:]:
        regels = [r for r in blok.splitlines() if r.strip()]
        if not regels:
            continue
        dag = date.fromisoformat(regels[0])
        for bestand in regels[1:]:
            eerder = gevonden.get(bestand)
            # git log runs newest first: the first date seen is the last change.
            gevonden[bestand] = Datums(eerder.gewijzigd if eerder else dag, dag)
    return gevonden
