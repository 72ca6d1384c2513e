"""Which files of a gemeente Loket reads: only those inside its folder, and it says what it skips.

Content names paths (the UPL list, data-package resources) and content folders may hold
symlinks: whatever a path says, the file read must lie inside the gemeente's folder once
symlinks are resolved. A file Loket would pass over silently (`x.YAML`, a sub-folder) gets a
warning that names it, so a redacteur does not wait in vain for a page.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path, PurePosixPath

from loket.melding import Ernst, Melding

README = frozenset({"readme.md", "lees-mij.md", "leesmij.md"})


def binnen(root: Path, pad: Path) -> bool:
    """True when `pad`, with every symlink resolved, lies inside `root`."""
    try:
        return pad.resolve().is_relative_to(root.resolve())
    except (OSError, RuntimeError):  # a symlink loop
        return False


def veilig_pad(tekst: str) -> bool:
    """A relative path as content may name one: no URL, no absolute path, no `..`."""
    deel = PurePosixPath(tekst.replace("\\", "/"))
    return (
        bool(tekst.strip())
        and bool(deel.parts)
        and deel.parts != (".",)
        and "://" not in tekst
        and not deel.is_absolute()
        and ".." not in deel.parts
        and ":" not in deel.parts[0]
    )


def buiten_de_map(weergave: str, regel: int = 1, kolom: int = 1) -> Melding:
    return Melding(
        weergave,
        regel,
        kolom,
        "dit bestand ligt buiten de map van de gemeente (of verwijst ernaar)",
        "zet het bestand zelf in de map van de gemeente, niet als snelkoppeling naar elders",
    )


def overgeslagen(root: Path, submap: Path, gelezen: Iterable[str]) -> list[Melding]:
    """Warnings for files and folders in `map` that Loket does not read.

    `gelezen` are the file names it does read (or the suffixes, as `.yaml`)."""
    if not submap.is_dir():
        return []
    namen = set(gelezen)
    meldingen = []
    for pad in sorted(submap.iterdir()):
        if pad.name.startswith(".") or pad.name.lower() in README:
            continue
        if pad.name in namen or (pad.is_file() and pad.suffix in namen):
            continue
        weergave = pad.relative_to(root).as_posix()
        meldingen.append(_overgeslagen(weergave, pad, namen))
    return meldingen


def _overgeslagen(weergave: str, pad: Path, namen: set[str]) -> Melding:
    if pad.is_dir():
        tekst = f"de map '{pad.name}' wordt niet gelezen"
        hint = "Loket leest alleen bestanden die direct in deze map staan; verplaats ze"
    elif pad.suffix.lower() in namen:
        tekst = f"'{pad.name}' wordt niet gelezen: de extensie moet in kleine letters"
        hint = f"hernoem het naar {pad.stem}{pad.suffix.lower()}"
    else:
        tekst = f"'{pad.name}' wordt niet gelezen"
        hint = "Loket leest hier alleen " + ", ".join(sorted(namen))
    return Melding(weergave, 1, 1, tekst, hint, Ernst.WAARSCHUWING)
