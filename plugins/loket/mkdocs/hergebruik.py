"""Under `mkdocs serve`: a generated page whose whole input is the same as in the previous
rebuild is written as it was then, without going through the theme's templates and the search
indexer again. After an edit to one product, only the pages that show the change are rendered.

What a page's output depends on, and so what its key holds:

- the page itself: its path, URL, title, meta, converted HTML, table of contents, and its edit
  and canonical URLs;
- the site around it: the navigation (every item's kind, title, URL and meta, in order), the
  settings (`mkdocs.yml`, every plugin's options included), the files of the theme folders
  outside installed packages (path, size and time), and the part of the conversion key that
  every page shares (versions, Markdown extensions, every file's path and URL).

A reused page gets a one-line template that writes its last output; the output kept is the
template's own, before any plugin's `on_post_page`, so those run as in a clean build. Its search
entries are excluded while the page is indexed and put back afterwards, in the order a clean
build writes them. Reuse stays off when another plugin than Material's search acts on a page's
context, since that could change what a page shows.
"""

from __future__ import annotations

import hashlib
import json
import zlib
from collections.abc import Collection, Iterable
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, DictLoader, Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from loket.mkdocs.omzetting import toc_vorm

SJABLOON = "loket/hergebruik.html"
_ZOEKEN = "material.plugins.search.plugin"
_INDEX = Path("search") / "search_index.json"


class _Vorig:
    """A page's last output (compressed) and search entries, with the key they belong to."""

    __slots__ = ("sleutel", "uitvoer", "zoek")

    def __init__(self, sleutel: str, uitvoer: bytes, zoek: list[Any]) -> None:
        self.sleutel, self.uitvoer, self.zoek = sleutel, uitvoer, zoek


class _Uitvoer:
    """A kept output, unpacked only when the template writes it."""

    __slots__ = ("_data",)

    def __init__(self, data: bytes) -> None:
        self._data = data

    def __str__(self) -> str:
        return zlib.decompress(self._data).decode("utf-8", "surrogatepass")

    __html__ = __str__


_vorige: dict[str, _Vorig] = {}
"""By source path: the pages of the previous rebuild in this `mkdocs serve` process."""


class Hergebruik:
    """The reuse of one build."""

    def __init__(self, paginas: Collection[str] = (), actief: bool = False) -> None:
        self.paginas = paginas
        self.actief = actief
        self.sleutels: dict[str, str] = {}
        self.hergebruikt: set[str] = set()
        self.uitvoer: dict[str, bytes] = {}

    def kies(
        self, env: Environment, files: Files, config: MkDocsConfig, nav: Any, basis: str
    ) -> Environment:
        """Key every generated page; the pages whose key is unchanged get the reuse template."""
        if not self.actief or not _alleen_zoeken(config):
            return env
        site = _site_sleutel(config, nav, basis)
        if site is None:
            return env
        eigen = DictLoader({SJABLOON: "{{ page.meta.loket_hergebruik }}"})
        env.loader = ChoiceLoader([eigen, env.loader] if env.loader else [eigen])
        for file in files.documentation_pages():
            if file.page is None or file.src_uri not in self.paginas:
                continue
            sleutel = _pagina_sleutel(site, file.page)
            if sleutel is None:
                continue
            self.sleutels[file.src_uri] = sleutel
            vorig = _vorige.get(file.src_uri)
            if vorig is not None and vorig.sleutel == sleutel:
                _hergebruik(file.page, vorig)
                self.hergebruikt.add(file.src_uri)
        return env

    def vang(self, src_uri: str, output: str) -> None:
        """Keep the template's output of a page rendered in this build."""
        if src_uri in self.sleutels and src_uri not in self.hergebruikt:
            self.uitvoer[src_uri] = zlib.compress(output.encode("utf-8", "surrogatepass"), 1)

    def einde(self, config: MkDocsConfig, files: Files) -> None:
        """Put the reused pages' search entries back; keep this build's pages for the next."""
        if not self.actief:
            return
        pad = Path(config.site_dir) / _INDEX
        index = _lees_index(pad)
        per_url = _per_url(index["docs"]) if index is not None else {}
        nieuw: dict[str, _Vorig] = {}
        terug: dict[str, list[Any]] = {}  # by URL: the reused pages' search entries
        for src_uri, sleutel in self.sleutels.items():
            file, vorig = files.get_file_from_path(src_uri), _vorige.get(src_uri)
            if file is None:
                continue
            if src_uri in self.hergebruikt and vorig is not None:
                nieuw[src_uri] = vorig
                terug[file.url] = vorig.zoek
            elif src_uri in self.uitvoer:
                zoek = per_url.get(file.url, [])
                nieuw[src_uri] = _Vorig(sleutel, self.uitvoer[src_uri], zoek)
        if index is not None and terug:
            index["docs"] = _in_volgorde(per_url, terug, _urls(files))
            pad.write_text(json.dumps(index, separators=(",", ":"), default=str), "utf-8")
        _vorige.clear()
        _vorige.update(nieuw)


def _hergebruik(page: Page, vorig: _Vorig) -> None:
    page.content = ""  # the kept output has it; the search plugin need not scan it again
    page.meta = {
        **page.meta,
        "template": SJABLOON,
        "search": {"exclude": True},  # its entries are put back after the build
        "loket_hergebruik": _Uitvoer(vorig.uitvoer),
    }


def _alleen_zoeken(config: MkDocsConfig) -> bool:
    """True when no plugin but Material's search handles `on_page_context`."""
    for methode in config.plugins.events["page_context"]:
        if type(getattr(methode, "__self__", None)).__module__ != _ZOEKEN:
            return False
    return True


def _site_sleutel(config: MkDocsConfig, nav: Any, basis: str) -> str | None:
    try:
        instellingen = _json(_instellingen(config))
        navigatie = _json(_nav(nav.items if nav is not None else []))
    except (TypeError, ValueError):  # a setting that has no stable text: no reuse
        return None
    h = hashlib.sha256(f"{basis}\0".encode())
    for deel in (instellingen, navigatie, _sjablonen(config.theme.dirs)):
        h.update(deel.encode("utf-8", "surrogatepass") + b"\0")
    return h.hexdigest()


def _pagina_sleutel(site: str, page: Page) -> str | None:
    try:
        meta, toc = _json(page.meta), _json([toc_vorm(a) for a in page.toc])
    except (TypeError, ValueError):
        return None
    delen = [page.file.src_uri, page.url, str(page.title), str(page.canonical_url)]
    delen += [str(page.edit_url), meta, toc, page.content or ""]
    h = hashlib.sha256(site.encode())
    for deel in delen:
        h.update(b"\0" + deel.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


def _instellingen(config: MkDocsConfig) -> dict[str, Any]:
    alles = {k: v for k, v in config.items() if k not in ("plugins", "nav", "theme")}
    alles["theme"] = {"naam": config.theme.name, "mappen": config.theme.dirs, **config.theme}
    alles["plugins"] = {naam: dict(p.config) for naam, p in config.plugins.items()}
    return alles


def _nav(items: Iterable[Any]) -> list[Any]:
    return [
        [
            type(i).__name__,
            i.title,
            getattr(i, "url", None),
            getattr(i, "meta", None),
            _nav(getattr(i, "children", None) or []),
        ]
        for i in items
    ]


def _sjablonen(mappen: Iterable[str]) -> str:
    """Path, size and time of every file in the theme folders a gemeente or Loket's source
    tree holds; installed packages change only with their version, which the key holds."""
    regels = []
    for thema_map in mappen:
        if {"site-packages", "dist-packages"} & set(Path(thema_map).parts):
            continue
        for p in sorted(Path(thema_map).rglob("*")):
            if p.is_file():
                s = p.stat()
                regels.append(f"{p}\0{s.st_size}\0{s.st_mtime_ns}")
    return "\n".join(regels)


def _json(waarde: Any) -> str:
    return json.dumps(waarde, sort_keys=True, default=str)


def _lees_index(pad: Path) -> dict[str, Any] | None:
    try:
        index = json.loads(pad.read_text("utf-8"))
    except (OSError, ValueError):
        return None
    if isinstance(index, dict) and isinstance(index.get("docs"), list):
        return index
    return None


def _pagina_url(item: Any) -> str:
    locatie = item.get("location", "") if isinstance(item, dict) else ""
    return str(locatie).split("#", 1)[0]


def _per_url(docs: list[Any]) -> dict[str, list[Any]]:
    per_url: dict[str, list[Any]] = {}
    for item in docs:
        per_url.setdefault(_pagina_url(item), []).append(item)
    return per_url


def _urls(files: Files) -> list[str]:
    """The pages' URLs in the order the build renders (and indexes) them."""
    return [f.url for f in files if f.is_documentation_page()]


def _in_volgorde(
    per_url: dict[str, list[Any]], terug: dict[str, list[Any]], urls: list[str]
) -> list[Any]:
    """This build's entries (by page URL) and the reused pages' entries, in page order."""
    per_url = dict(per_url)
    uit: list[Any] = []
    for url in urls:
        uit.extend(terug[url] if url in terug else per_url.pop(url, []))
    for rest in per_url.values():
        uit.extend(rest)
    return uit
