"""The gemeente's own site folder (docs_dir): its files, and where mkdocs.yml says it is.

`loket check` and the plugin both look at what the gemeente keeps there: hand-written pages
where Loket writes one, uploads in the editor's media folder, files that point elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

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


class _Lezer(yaml.SafeLoader):
    """mkdocs.yml may hold !!python/name tags (Material's emoji); they do not matter here.
    The one tolerant reader of mkdocs.yml for `loket check` and `loket beheer`."""


_Lezer.add_multi_constructor("tag:yaml.org,2002:python/", lambda lezer, tag, node: None)
_Lezer.add_multi_constructor("!", lambda lezer, tag, node: None)


def lees_mkdocs_yml(pad: Path) -> dict[str, Any]:
    """mkdocs.yml as plain data ({} when it is missing or unreadable)."""
    try:
        data = yaml.load(pad.read_text(encoding="utf-8"), Loader=_Lezer)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    return data if isinstance(data, dict) else {}


def docs_map(root: Path) -> Path | None:
    """The docs_dir of the mkdocs.yml in `root`, if there is one."""
    if not (root / "mkdocs.yml").is_file():
        return None
    docs = lees_mkdocs_yml(root / "mkdocs.yml").get("docs_dir", "docs")
    return root / str(docs)


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
        map = te_doen.pop()
        gezien.add(map.resolve())
        for pad in sorted(map.iterdir()):
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
