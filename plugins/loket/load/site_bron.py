"""The gemeente's own site folder (docs_dir): the files it keeps there.

`loket check` and the plugin both look at what the gemeente keeps there: hand-written pages
where Loket writes one, uploads in the editor's media folder, files that point elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from loket.load.bestanden import binnen

MAX_MEDIA = 20 * 1024 * 1024


@dataclass(frozen=True)
class EigenBestand:
    pad: str
    """Relative to docs_dir, as MkDocs publishes it: `over.md`, `bestanden/kaart.png`."""
    weergave: str
    """As shown in messages: relative to the gemeente's folder, `site_src/over.md`."""
    bron: Path
    binnen: bool
    """False when the file (a symlink) lies outside the folder of mkdocs.yml."""
    inhoud: bytes | None = None
    """The bytes, for files in the folder asked for (the editor's uploads); else not read."""


def eigen_bestanden(docs: Path, root: Path, basis: Path, lees: str) -> list[EigenBestand]:
    """Every file in `docs` (hidden ones left out, as MkDocs does), shown relative to `root`;
    `basis` is the folder of mkdocs.yml, which the files must not leave. The files in the
    folder `lees` (inside `docs`) are read too."""
    if not docs.is_dir():
        return []
    uit = []
    for pad in _alle_paden(docs, basis):
        deel = pad.relative_to(docs)
        weergave, veilig = _weergave(pad, root), binnen(basis, pad)
        inhoud = _lees(pad) if veilig and pad.is_file() and deel.parts[0] == lees else None
        uit.append(EigenBestand(deel.as_posix(), weergave, pad, veilig, inhoud))
    return uit


def _alle_paden(docs: Path, basis: Path) -> list[Path]:
    """The files MkDocs would publish from `docs`, following symlinked folders as it does;
    a symlinked folder that leads outside `basis` is listed itself (and not entered), as is
    one already seen (a loop)."""
    gezien: set[Path] = set()
    uit: list[Path] = []
    te_doen = [docs]
    while te_doen:
        deze_map = te_doen.pop()
        gezien.add(deze_map.resolve())
        for pad in sorted(deze_map.iterdir()):
            if pad.name.startswith("."):
                continue
            if not pad.is_dir() or not binnen(basis, pad) or pad.resolve() in gezien:
                uit.append(pad)
            else:
                te_doen.append(pad)
    return sorted(uit)


def _lees(pad: Path) -> bytes:
    try:
        with pad.open("rb") as bestand:
            return bestand.read(MAX_MEDIA + 1)
    except OSError:
        return b""


def _weergave(pad: Path, root: Path) -> str:
    try:
        return pad.relative_to(root).as_posix()
    except ValueError:
        return pad.as_posix()
