"""One digest of everything `loket check` reads, so that a check of unchanged content can
give the meldingen of the last one without reading a single file again.

The digest covers Loket itself (version and code), the peildatum, and every file and folder
in the gemeente's folder: its path, and its bytes (a file above 64 MB by its size and
modification time instead; YAML that large is refused by its size alone). Symbolic links count
by where they point. Left out are only folders no check reads: git's, the cache's own, the
built site and installed packages (at the top of the folder, unless the site's docs folder is
one of them).
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

from loket.load.schijfcache import loket_versie

GROOT = 64 * 1024 * 1024
NIET_GELEZEN = frozenset(
    {
        ".git",
        ".loket-cache",
        ".venv",
        ".venv-zensical",
        "venv",
        "node_modules",
        "site",
        "public",
        "proefbouw",
        ".pytest_cache",
        ".ruff_cache",
        ".hypothesis",
    }
)


def vingerafdruk(gemeente_map: Path, extra: str, overslaan: tuple[Path, ...] = ()) -> str:
    """The digest of the folder `map` for a check with `extra` (the peildatum, options);
    `overslaan` are folders to leave out as well (a cache folder elsewhere in `map`)."""
    h = hashlib.sha256(f"{loket_versie()}\0{extra}\0".encode())
    weg = {os.path.abspath(p) for p in overslaan}
    niet_boven = NIET_GELEZEN - {_docs_map(gemeente_map)}
    for root, mappen, bestanden in os.walk(gemeente_map):
        boven = root == str(gemeente_map)
        mappen[:] = sorted(
            m
            for m in mappen
            if not (boven and m in niet_boven) and os.path.abspath(os.path.join(root, m)) not in weg
        )
        for naam in sorted(bestanden) + [
            m for m in mappen if os.path.islink(os.path.join(root, m))
        ]:
            pad = os.path.join(root, naam)
            h.update(os.path.relpath(pad, gemeente_map).encode("utf-8", "surrogateescape") + b"\0")
            h.update(_bestand(pad) + b"\0")
    return h.hexdigest()


def _docs_map(gemeente_map: Path) -> str:
    """The first folder of mkdocs.yml's `docs_dir`, as written (its text is in the digest)."""
    try:
        tekst = (gemeente_map / "mkdocs.yml").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    gevonden = re.search(r"^docs_dir:\s*['\"]?([^'\"\s#]+)", tekst, re.MULTILINE)
    return gevonden.group(1).strip("./").split("/")[0] if gevonden else ""


def _bestand(pad: str) -> bytes:
    try:
        if os.path.islink(pad):
            doel = os.readlink(pad)
            soort = "map" if os.path.isdir(pad) else "bestand" if os.path.isfile(pad) else "weg"
            return f"link {doel} {soort}".encode("utf-8", "surrogateescape")
        stat = os.stat(pad)
        if stat.st_size > GROOT:
            return f"groot {stat.st_size} {stat.st_mtime_ns}".encode()
        with open(pad, "rb") as bron:
            return hashlib.sha256(bron.read()).digest()
    except OSError as fout:
        return f"fout {fout.errno}".encode()
