"""Meldingen for people and for CI: grouped text, GitHub annotations, GitLab Code Quality, JSON."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable
from itertools import groupby
from typing import Any, TextIO

from loket.melding import Melding

FORMATEN = ("human", "github", "gitlab", "json")


def schrijf(meldingen: list[Melding], formaat: str, uit: TextIO, kleur: bool = False) -> None:
    SCHRIJVERS[formaat](meldingen, uit, kleur)


def _mens(meldingen: list[Melding], uit: TextIO, kleur: bool) -> None:
    """Per file a heading, then `path:line:col: melding` lines (clickable in most editors)."""
    if kleur:
        _mens_in_kleur(meldingen, uit)
        return
    for pad, groep in groupby(sorted(meldingen), key=lambda m: m.pad):
        uit.write(f"\n{pad}\n")
        for melding in groep:
            soort = "" if melding.is_fout else "waarschuwing: "
            uit.write(f"  {melding.pad}:{melding.regel}:{melding.kolom}: {soort}{melding.tekst}\n")
            if melding.hint:
                uit.write(f"      tip: {melding.hint}\n")


def _mens_in_kleur(meldingen: list[Melding], uit: TextIO) -> None:
    from rich.console import Console
    from rich.markup import escape

    console = Console(file=uit, force_terminal=True, highlight=False)
    for pad, groep in groupby(sorted(meldingen), key=lambda m: m.pad):
        console.print(f"\n[bold]{escape(pad)}[/bold]")
        for m in groep:
            kleur = "red" if m.is_fout else "yellow"
            console.print(
                f"  [dim]{escape(m.pad)}:{m.regel}:{m.kolom}:[/dim] "
                f"[{kleur}]{escape(m.tekst)}[/{kleur}]"
            )
            if m.hint:
                console.print(f"      [cyan]tip:[/cyan] {escape(m.hint)}")


def _github(meldingen: list[Melding], uit: TextIO, kleur: bool) -> None:
    """Workflow commands: each melding appears on its line in the pull request."""
    for m in meldingen:
        niveau = "error" if m.is_fout else "warning"
        tekst = f"{m.tekst} (tip: {m.hint})" if m.hint else m.tekst
        uit.write(
            f"::{niveau} file={_gh(m.pad, True)},line={m.regel},col={m.kolom}::"
            f"{_gh(tekst, False)}\n"
        )


def _gh(tekst: str, eigenschap: bool) -> str:
    """Escape as GitHub's workflow command syntax asks."""
    tekst = tekst.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")
    return tekst.replace(":", "%3A").replace(",", "%2C") if eigenschap else tekst


def gitlab_rapport(meldingen: list[Melding]) -> list[dict[str, Any]]:
    """GitLab's Code Quality report: a list of issues with a stable fingerprint."""
    return [
        {
            "description": f"{m.tekst} (tip: {m.hint})" if m.hint else m.tekst,
            "check_name": "loket-check",
            "fingerprint": hashlib.sha256(
                f"{m.pad}:{m.regel}:{m.kolom}:{m.tekst}".encode()
            ).hexdigest(),
            "severity": "major" if m.is_fout else "minor",
            "location": {"path": m.pad, "lines": {"begin": m.regel}},
        }
        for m in meldingen
    ]


def _gitlab(meldingen: list[Melding], uit: TextIO, kleur: bool) -> None:
    json.dump(gitlab_rapport(meldingen), uit, ensure_ascii=False, indent=2)
    uit.write("\n")


def _json(meldingen: list[Melding], uit: TextIO, kleur: bool) -> None:
    data = [
        {
            "pad": m.pad,
            "regel": m.regel,
            "kolom": m.kolom,
            "ernst": m.ernst.value,
            "melding": m.tekst,
            "tip": m.hint,
        }
        for m in meldingen
    ]
    json.dump(data, uit, ensure_ascii=False, indent=2)
    uit.write("\n")


SCHRIJVERS: dict[str, Callable[[list[Melding], TextIO, bool], None]] = {
    "human": _mens,
    "github": _github,
    "gitlab": _gitlab,
    "json": _json,
}
