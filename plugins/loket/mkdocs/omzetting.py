"""Generated pages converted without Python-Markdown where Loket knows their HTML, and the
others converted once.

A generated page in the part of Markdown that `pages/eigen_html.py` knows (every product page,
in both languages) gets its HTML, table of contents, title and ids from there, with links
resolved by MkDocs' own code. That converter is used only while the site's Markdown settings
are the ones it follows and a sample converts the same in both (`Omzettingen.begin`).

A generated page whose Markdown, site and settings are unchanged gets the HTML of its last
conversion from memory under `mkdocs serve`; any other generated page also from the disk cache
(a build, or CI with a restored cache), instead of going through Python-Markdown again.

The key holds everything the conversion reads: the page's path and Markdown (after every
plugin's `on_page_markdown`), the Markdown extensions and their settings, `use_directory_urls`,
the path and URL of every file of the site (links resolve against them), and the versions of
Loket, MkDocs, Python-Markdown and Material. A conversion that logged anything (a broken link,
say) is never kept, so a build with `--strict` fails the same way with or without the cache.
What is kept is what MkDocs' own conversion sets: the HTML, the table of contents, the title
from the first heading and the anchors. The cache holds the conversions of the last build; older
ones are removed after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
from collections.abc import Iterator
from contextlib import contextmanager
from importlib.metadata import version
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page, _RelativePathTreeprocessor
from mkdocs.structure.toc import AnchorLink, get_toc

from loket.load.schijfcache import loket_versie, naar_json, opruimen, uit_json
from loket.pages import eigen_html

SUBMAP = "html"
_geheugen: dict[str, dict[str, Any]] = {}


class Omzettingen:
    """The conversions of one build: where they are kept and what this build used."""

    def __init__(self, cache: Path | None, onthouden: bool = False) -> None:
        self.cache = cache
        self.onthouden = onthouden
        """Keep this build's conversions in memory for the next (`mkdocs serve`); a single
        build keeps only their keys, so its peak memory does not grow with the cache."""
        self.basis = ""
        self.eigen = False
        """Loket's own converter is used for the pages it knows (set in `begin`)."""
        self.gebruikt: set[str] = set()
        self.nieuw_geheugen: dict[str, dict[str, Any]] = {}

    def begin(self, files: Files, config: MkDocsConfig) -> None:
        """The part of the key shared by every page of this build."""
        h = hashlib.sha256()
        for pakket in ("mkdocs", "markdown", "mkdocs-material", "pymdown-extensions"):
            h.update(f"{pakket}={_versie(pakket)}\0".encode())
        h.update(loket_versie().encode())
        instellingen = [config.markdown_extensions, config.mdx_configs, config.use_directory_urls]
        h.update(json.dumps(instellingen, sort_keys=True, default=str).encode())
        for f in sorted(files, key=lambda f: f.src_uri):
            h.update(f"{f.src_uri}\0{f.url}\0{f.inclusion.name}\0".encode())
        self.basis = h.hexdigest()
        self.eigen = eigen_html_past(config)

    def sleutel(self, src_uri: str, markdown: str) -> str:
        h = hashlib.sha256(f"{self.basis}\0{src_uri}\0".encode())
        h.update(markdown.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def in_geheugen(self, code: str) -> dict[str, Any] | None:
        bewaard = _geheugen.get(code)
        if bewaard is not None:
            self._gebruik(code, bewaard)
        return bewaard

    def op_schijf(self, code: str) -> dict[str, Any] | None:
        bewaard = None
        if self.cache is not None:
            bewaard = uit_json(self.cache / SUBMAP, code, ingepakt=True)
        if bewaard is not None:
            self._gebruik(code, bewaard)
        return bewaard

    def bewaar(self, code: str, omzetting: dict[str, Any], schijf: bool = True) -> None:
        """Keep a conversion for the next build: in memory under serve, and on disk unless it
        is Loket's own (converting that again is as quick as reading it)."""
        self._gebruik(code, omzetting)
        if schijf and self.cache is not None:
            naar_json(self.cache / SUBMAP, code, omzetting, ingepakt=True)

    def _gebruik(self, code: str, omzetting: dict[str, Any]) -> None:
        self.gebruikt.add(code)
        if self.onthouden:
            self.nieuw_geheugen[code] = omzetting

    def einde(self) -> None:
        """Keep in memory and on disk only what this build used."""
        _geheugen.clear()
        _geheugen.update(self.nieuw_geheugen)
        if self.cache is not None:
            opruimen(self.cache / SUBMAP, self.gebruikt)


class OmgezettePagina(Page):
    """A generated page: converted by Loket where it knows the page, else by MkDocs as any
    page, unless an equal conversion is kept."""

    def __init__(
        self, titel: str | None, file: File, config: MkDocsConfig, omzettingen: Omzettingen
    ) -> None:
        super().__init__(titel, file, config)
        self._omzettingen = omzettingen

    def render(self, config: MkDocsConfig, files: Files) -> None:
        """From memory (serve), else Loket's own converter, else the disk cache, else
        Python-Markdown. A conversion that logged anything is not kept."""
        assert self.markdown is not None
        omzettingen = self._omzettingen
        code = omzettingen.sleutel(self.file.src_uri, self.markdown)
        if _zet(self, omzettingen.in_geheugen(code), files):
            return
        with _meldingen() as gelogd:
            if omzettingen.eigen and _eigen(self, config, files):
                bron = "eigen"
            elif _zet(self, omzettingen.op_schijf(code), files):
                bron = "schijf"
            else:
                super().render(config, files)
                bron = "Python-Markdown"
        if bron != "schijf" and not gelogd:
            omzettingen.bewaar(code, _omzetting(self), schijf=bron == "Python-Markdown")


def eigen_html_past(config: MkDocsConfig) -> bool:
    """Loket's converter follows these Markdown settings, and converts its sample as
    Python-Markdown does in this installation."""
    if set(config.markdown_extensions) - eigen_html.EXTENSIES or any(
        config.mdx_configs.get(e) for e in eigen_html.EXTENSIES
    ):
        return False
    return eigen_html.proef(config.markdown_extensions)


def _eigen(page: Page, config: MkDocsConfig, files: Files) -> bool:
    """Set what MkDocs' conversion would, from Loket's converter; False for a page it does
    not know. Links are resolved (and a broken one reported) by MkDocs' own code."""
    assert page.markdown is not None
    links = _RelativePathTreeprocessor(page.file, files, config)
    omgezet = eigen_html.omzetting(page.markdown, links.path_to_url)
    if omgezet is None:
        return False
    page.content = omgezet.html
    page.toc = get_toc(omgezet.toc)  # type: ignore[arg-type]
    page._title_from_render = omgezet.titel
    page.present_anchor_ids = omgezet.ankers
    if logging.getLogger("mkdocs.structure.pages").getEffectiveLevel() > logging.DEBUG:
        page.links_to_anchors = links.links_to_anchors
    return True


def nav_titels(items: Any, titels: dict[str, str | None] | None = None) -> dict[str, str | None]:
    """Every path in MkDocs' `nav` setting with the title the setting gives its page (the
    first, as MkDocs takes it; None where the setting names only the path)."""
    titels = {} if titels is None else titels
    for item in items if isinstance(items, list) else []:
        if isinstance(item, str):
            titels.setdefault(item, None)
        for titel, waarde in item.items() if isinstance(item, dict) else []:
            if isinstance(waarde, str):
                titels.setdefault(waarde, str(titel))
            else:
                nav_titels(waarde, titels)
    return titels


def _omzetting(page: Page) -> dict[str, Any]:
    links = page.links_to_anchors
    return {
        "html": page.content,
        "toc": [toc_vorm(a) for a in page.toc],
        "titel": page._title_from_render,
        "ankers": sorted(page.present_anchor_ids or ()),
        "links": None if links is None else {f.src_uri: d for f, d in links.items()},
    }


def _zet(page: Page, bewaard: dict[str, Any] | None, files: Files) -> bool:
    """Set what MkDocs' conversion would; False when nothing is kept or the kept data does not
    fit (then the page is converted as usual)."""
    if bewaard is None:
        return False
    try:
        links = bewaard["links"]
        doelen = None
        if links is not None:
            doelen = {files.get_file_from_path(s): dict(d) for s, d in links.items()}
            if None in doelen:
                return False
        page.content = str(bewaard["html"])
        page.toc = get_toc(bewaard["toc"])
        titel = bewaard["titel"]
        page._title_from_render = titel if isinstance(titel, str) else None
        page.present_anchor_ids = {str(a) for a in bewaard["ankers"]}
        if doelen is not None:
            page.links_to_anchors = doelen  # type: ignore[assignment]
        return True
    except (KeyError, TypeError, ValueError, AttributeError):
        return False


def toc_vorm(anker: AnchorLink) -> dict[str, Any]:
    kinderen = [toc_vorm(k) for k in anker.children]
    return {"level": anker.level, "id": anker.id, "name": anker.title, "children": kinderen}


class _Vanger(logging.Handler):
    """Keeps what is logged while it is attached."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.gelogd: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.gelogd.append(record)


@contextmanager
def _meldingen() -> Iterator[list[logging.LogRecord]]:
    """What MkDocs logs while it converts one page (link warnings and notes)."""
    vanger, logger = _Vanger(), logging.getLogger("mkdocs")
    logger.addHandler(vanger)
    try:
        yield vanger.gelogd
    finally:
        logger.removeHandler(vanger)


def _versie(pakket: str) -> str:
    try:
        return version(pakket)
    except Exception:  # not installed: part of the key all the same
        return "-"
