"""One digest of everything `loket check` reads, so that a check of unchanged content can
give the meldingen of the last one without reading a single file again.

The digest covers Loket itself (version and code), the peildatum, and every file and folder
in the gemeente's folder: its path, and its bytes (a file above 64 MB by its size and
modification time instead; YAML that large is refused by its size alone). Symbolic links count
by where they point. Left out are only folders no check reads: git's, the cache's own, the
built site and installed packages (at the top of the folder, unless the site's docs folder is
one of them). When the check would read what the folder does not hold (a mkdocs.yml with `!ENV`
or `INHERIT`, a docs folder elsewhere), there is no digest and the check runs in full.
"""

from __future__ import annotations

import hashlib
import os
import re
from pathlib import Path

import yaml

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


def vingerafdruk(gemeente_map: Path, extra: str, overslaan: tuple[Path, ...] = ()) -> str | None:
    """The digest of the folder `map` for a check with `extra` (the peildatum, options);
    `overslaan` are folders to leave out as well (a cache folder elsewhere in `map`). None when
    the check would read what the digest cannot cover: a mkdocs.yml that takes values from the
    environment (`!ENV`) or from another file (`INHERIT`), or a docs folder outside `map`."""
    docs = _docs_map(gemeente_map)
    if docs is None:
        return None
    h = hashlib.sha256(f"{loket_versie()}\0{extra}\0".encode())
    weg = {os.path.abspath(p) for p in overslaan}
    niet_boven = NIET_GELEZEN - {docs}
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


class _Ruim(yaml.SafeLoader):
    """Reads any mkdocs.yml: tags it does not know (`!!python/name:…`) become None."""


_Ruim.add_multi_constructor("", lambda lezer, tag, knoop: None)


def _docs_map(gemeente_map: Path) -> str | None:
    """The top folder of mkdocs.yml's `docs_dir` inside `map` ("" without a mkdocs.yml), or
    None when the digest cannot stand for what the check reads (see `vingerafdruk`)."""
    try:
        tekst = (gemeente_map / "mkdocs.yml").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return ""
    if "!ENV" in tekst or re.search(r"^INHERIT\s*:", tekst, re.MULTILINE):
        return None
    try:
        data = yaml.load(tekst, Loader=_Ruim)
    except yaml.YAMLError:
        return ""  # the check refuses it, whatever the folder holds
    docs = data.get("docs_dir", "docs") if isinstance(data, dict) else "docs"
    if not isinstance(docs, str):
        return ""
    map_ = os.path.realpath(gemeente_map)
    volledig = os.path.realpath(os.path.join(map_, docs))
    if os.path.commonpath([map_, volledig]) != map_:
        return None
    deel = os.path.relpath(volledig, map_)
    return "" if deel == "." else deel.split(os.sep)[0]


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
