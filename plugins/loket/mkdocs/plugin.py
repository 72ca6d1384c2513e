"""MkDocs plugin `loket`: a thin adapter around load → validate → pages."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin, event_priority, get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.pages import Page

from loket.beheer.bestanden import DECAP_DIST, DecapOntbreekt, Kopie, Tekst, beheer_bestanden
from loket.beheer.config import BackendFout, backend_uit
from loket.bouw import voeg_historie_toe
from loket.controle import controleer
from loket.melding import Melding
from loket.mkdocs.config import LoketConfig
from loket.mkdocs.thema import richt_thema_in
from loket.model import Catalogus
from loket.model.schema import SCHEMAS, schema_tekst
from loket.pages import Bestand, Opties, Pagina, bouw_site, navigatie
from loket.pages.mededelingen import op_elke_pagina
from loket.pages.spec import bewerk_basis
from loket.peildatum import PeildatumFout, is_voorbeeld, peildatum
from loket.validate.catalogus import DATA_MAPPEN, GEMEENTE_BESTAND

log = get_plugin_logger(__name__)


class LoketPlugin(BasePlugin[LoketConfig]):
    def __init__(self) -> None:
        self._catalogus: Catalogus | None = None
        self._site: tuple[list[Pagina], list[Bestand]] = ([], [])
        self._nav: list[Any] | None = None
        self._meta: dict[str, dict[str, Any]] = {}
        self._beheer: list[Tekst | Kopie] = []
        self._serve = False
        self._historie_gemeld = False

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Validate and render before MkDocs touches site_dir: a failed build keeps the site."""
        basis = Path(config.config_file_path).parent.resolve()
        map = Path(self.config.map or basis).resolve()
        dag = _peildatum(self.config.datum, bool(config.strict))
        self._beheer = self._beheer_bestanden(config, map) if self.config.beheer else []
        beheer = {b.pad: "mkdocs.yml (beheer)" for b in self._beheer}
        uitkomst = controleer(map, Path(config.docs_dir), basis, beheer, dag)
        _meld(uitkomst.meldingen)
        if uitkomst.catalogus is None:
            aantal = len(uitkomst.fouten)
            raise PluginError(
                f"{aantal} fout(en) in de inhoud; de site is niet gebouwd en de "
                "vorige versie blijft staan. Draai 'loket check' voor de details."
            )
        self._catalogus = uitkomst.catalogus
        reden = voeg_historie_toe(self._catalogus, dag)
        if reden and not self._historie_gemeld:
            log.info(f"datums uit de bestanden zelf: {reden}")
            self._historie_gemeld = True
        self._site = bouw_site(self._catalogus, _opties(config, self.config.bewerk_url, dag))
        richt_thema_in(
            config,
            serve=self._serve,
            voorbeeld=dag if is_voorbeeld(dag) else None,
            mededelingen=op_elke_pagina(self._catalogus),
        )
        config.watch += [str(map / m) for m in (*DATA_MAPPEN, GEMEENTE_BESTAND)]
        if config.nav is None or config.nav is self._nav:
            self._nav = config.nav = []
        return config

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serve = command == "serve"

    def _beheer_bestanden(self, config: MkDocsConfig, map: Path) -> list[Tekst | Kopie]:
        """/beheer/: with git for a build, with decap-server on this machine for `serve`."""
        basis = Path(config.config_file_path).parent
        try:
            backend = backend_uit(self.config.beheer_git, config.repo_url, self._serve)
            docs, gemeente = (os.path.relpath(p, basis) for p in (config.docs_dir, map))
            return beheer_bestanden(
                backend, config.site_name, basis / DECAP_DIST, docs, config.site_url or "", gemeente
            )
        except BackendFout as fout:
            raise PluginError(f"beheer: {fout}") from None
        except DecapOntbreekt as fout:
            raise PluginError(
                f"beheer: Decap CMS ontbreekt in {fout}. Draai 'npm ci' (met decap-cms in "
                "package.json) of zet beheer: false."
            ) from None

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self._catalogus is not None
        eigen = [f.src_uri for f in files.documentation_pages() if f.generated_by is None]
        paginas, bestanden = self._site
        for bestand in bestanden:
            files.append(File.generated(config, bestand.pad, content=bestand.inhoud))
        self._meta = {}
        for pagina in paginas:
            niveau = InclusionLevel.INCLUDED if pagina.in_nav else InclusionLevel.NOT_IN_NAV
            # The body only: the front matter goes straight into page.meta below, which spares
            # dumping and re-parsing it for every page (`loket export` writes it out in full).
            files.append(
                File.generated(config, pagina.pad, content=pagina.inhoud, inclusion=niveau)
            )
            self._meta[pagina.pad] = pagina.thema_meta()
        for deel in self._beheer:
            if isinstance(deel, Tekst):
                files.append(File.generated(config, deel.pad, content=deel.inhoud))
            else:
                files.append(File.generated(config, deel.pad, abs_src_path=str(deel.bron)))
        _voeg_schemas_toe(files, config)
        if self._nav is not None:
            self._nav[:] = navigatie(self._catalogus, eigen)
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


def _peildatum(optie: str | None, strikt: bool) -> date:
    """The peildatum; a preview (a date after today) is never built with --strict."""
    try:
        dag = peildatum(optie)
    except PeildatumFout as fout:
        raise PluginError(f"loket: {fout}") from None
    if strikt and is_voorbeeld(dag):
        raise PluginError(
            f"de peildatum {dag.isoformat()} ligt na vandaag: dit is een voorbeeld, en een "
            "voorbeeld wordt niet gepubliceerd. Bouw zonder --strict om het te bekijken."
        )
    return dag


def _opties(config: MkDocsConfig, bewerk_url: str | None, dag: date) -> Opties:
    return Opties(
        site_url=config.site_url or "",
        bewerk_basis=bewerk_basis(bewerk_url, config.repo_url),
        vandaag=dag,
        directory_urls=config.use_directory_urls,
    )


def _voeg_schemas_toe(files: Files, config: MkDocsConfig) -> None:
    """Publish the JSON Schemas under /schemas/, unless the gemeente keeps its own copy there."""
    for naam in SCHEMAS:
        pad = f"schemas/{naam}.schema.json"
        if files.get_file_from_path(pad) is None:
            files.append(File.generated(config, pad, content=schema_tekst(naam)))


def _meld(meldingen: list[Melding]) -> None:
    """Errors stop the build. Warnings (figures getting old) are for `loket check` and the
    report; in the build they are informational, so `--strict` does not fail on the calendar."""
    for melding in meldingen:
        (log.error if melding.is_fout else log.info)(str(melding))
