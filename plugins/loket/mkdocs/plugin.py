"""MkDocs plugin `loket`: a thin adapter around the build of loket/bouw.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from loket.bouw import BouwFout, Opdracht, Site, maak_site
from loket.load.bronnen import DATA_MAPPEN, GEMEENTE_BESTAND
from loket.melding import Melding
from loket.mkdocs.config import LoketConfig
from loket.mkdocs.thema import richt_thema_in
from loket.pages import Uitvoer, navigatie

log = get_plugin_logger(__name__)


class LoketPlugin(BasePlugin[LoketConfig]):
    def __init__(self) -> None:
        self._site: Site | None = None
        self._meta: dict[str, dict[str, Any]] = {}
        self._nav: list[Any] | None = None
        self._serve = self._historie_gemeld = False

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serve = command == "serve"

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Validate and render before MkDocs touches site_dir: a failed build keeps the site."""
        try:
            self._site = site = maak_site(_opdracht(config, self.config, self._serve))
        except BouwFout as fout:
            _meld(fout.meldingen)
            raise PluginError(str(fout)) from None
        _meld(site.meldingen)
        if site.historie and not self._historie_gemeld:
            log.info(f"datums uit de bestanden zelf: {site.historie}")
            self._historie_gemeld = True
        richt_thema_in(
            config, serve=self._serve, voorbeeld=site.voorbeeld, mededelingen=site.mededelingen
        )
        config.watch += [str(site.catalogus.map / m) for m in (*DATA_MAPPEN, GEMEENTE_BESTAND)]
        if config.nav is None or config.nav is self._nav:
            self._nav = config.nav = []
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self._site is not None
        eigen = [f.src_uri for f in files.documentation_pages() if f.generated_by is None]
        self._meta = {}
        for uitvoer in self._site.uitvoer:
            if not (uitvoer.vervangbaar and files.get_file_from_path(uitvoer.pad)):
                files.append(_bestand(config, uitvoer))
            if uitvoer.is_pagina:
                # The body only: the front matter goes straight into page.meta below, which
                # spares dumping and re-parsing it for every page.
                self._meta[uitvoer.pad] = uitvoer.thema_meta()
        if self._nav is not None:
            self._nav[:] = navigatie(self._site.catalogus, eigen)
        return files

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        """An empty front matter before the body, so MkDocs reads no metadata from the text."""
        if page.file.src_uri not in self._meta:
            return None
        return "---\n{}\n---\n\n" + page.file.content_string

    @event_priority(100)  # before any other plugin reads page.meta
    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        meta = self._meta.get(page.file.src_uri)
        if meta is not None:
            page.meta = dict(meta)
        return markdown


def _opdracht(config: MkDocsConfig, opties: LoketConfig, serve: bool) -> Opdracht:
    basis = Path(config.config_file_path).parent.resolve()
    return Opdracht(
        map=Path(opties.map or basis).resolve(),
        docs=Path(config.docs_dir),
        basis=basis,
        datum=opties.datum,
        strikt=bool(config.strict),
        serve=serve,
        site_naam=config.site_name,
        site_url=config.site_url or "",
        repo_url=config.repo_url,
        bewerk_url=opties.bewerk_url,
        directory_urls=config.use_directory_urls,
        beheer=opties.beheer,
        beheer_git={k: v for k, v in opties.beheer_git.items() if v is not None},
    )


def _bestand(config: MkDocsConfig, uitvoer: Uitvoer) -> File:
    if uitvoer.bron is not None:
        return File.generated(config, uitvoer.pad, abs_src_path=str(uitvoer.bron))
    if not uitvoer.is_pagina:
        return File.generated(config, uitvoer.pad, content=uitvoer.inhoud)
    niveau = InclusionLevel.INCLUDED if uitvoer.in_nav else InclusionLevel.NOT_IN_NAV
    return File.generated(config, uitvoer.pad, content=uitvoer.inhoud, inclusion=niveau)


def _meld(meldingen: list[Melding]) -> None:
    """Errors stop the build. Warnings (figures getting old) are for `loket check` and the
    report; in the build they are informational, so `--strict` does not fail on the calendar."""
    for melding in meldingen:
        (log.error if melding.is_fout else log.info)(str(melding))
