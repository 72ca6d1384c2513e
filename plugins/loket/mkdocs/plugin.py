"""MkDocs plugin `loket`: a thin adapter around the build of loket/bouw.py."""

from __future__ import annotations

from typing import Any

from jinja2 import Environment
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.plugins import BasePlugin, CombinedEvent, event_priority
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page

from loket.bouw import Downloads, Site
from loket.load.cache import onthouden
from loket.load.schijfcache import cache_map
from loket.mkdocs import zoekindex
from loket.mkdocs.bestanden import maak_of_stop, voeg_toe
from loket.mkdocs.config import LoketConfig, opdracht
from loket.mkdocs.geheugen import geef_terug
from loket.mkdocs.hergebruik import Hergebruik
from loket.mkdocs.omzetting import OmgezettePagina, Omzettingen, nav_titels
from loket.mkdocs.thema import onthoud_sjablonen, richt_in
from loket.model.veilige_markdown import onthouden as velden_onthouden
from loket.pages import navigatie
from loket.pages.per_product import onthouden as per_product_onthouden


class LoketPlugin(BasePlugin[LoketConfig]):
    def __init__(self) -> None:
        self._site: Site | None = None
        self._meta: dict[str, dict[str, Any]] = {}
        self._nav: list[Any] | None = None
        self._serve, self._eerste = False, True  # kept across `mkdocs serve` rebuilds
        self._omzettingen = Omzettingen(None)
        self._hergebruik = Hergebruik()
        self._files: Files | None = None
        self._site_nav: Any = None
        self._zoeken: Any = None
        self._downloads: Downloads | None = None

    def on_startup(self, *, command: str, dirty: bool) -> None:
        self._serve = command == "serve"
        onthouden(self._serve)
        velden_onthouden(self._serve)
        per_product_onthouden(self._serve)

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        """Validate and render before MkDocs touches site_dir: a failed build keeps the site."""
        self._site = maak_of_stop(opdracht(config, self.config, self._serve), self._eerste)
        self._downloads = self._site.downloads  # MkDocs copies from there after on_env
        self._eerste = False
        richt_in(config, self._site, serve=self._serve)
        if config.nav is None or config.nav is self._nav:  # ours: filled in on_files
            self._nav = config.nav = []
        return config

    def on_files(self, files: Files, config: MkDocsConfig) -> Files:
        assert self._site is not None
        # From here on the pages are in `files`: the catalogue and Loket's copy of every page
        # are let go, so the memory they held serves MkDocs' conversions.
        site, self._site = self._site, None
        eigen = [f.src_uri for f in files.documentation_pages() if f.generated_by is None]
        self._meta = voeg_toe(files, config, site.uitvoer)
        site.uitvoer = []
        if self._nav is not None:
            self._nav[:] = navigatie(site.catalogus, eigen)
        self._omzettingen = Omzettingen(cache_map(site.catalogus.map), self._serve)
        self._hergebruik = Hergebruik(self._meta.keys(), actief=self._serve)
        self._files = files
        titels = nav_titels(config.nav)
        for file in files.documentation_pages():
            in_nav = not file.inclusion.is_not_in_nav()
            if file.src_uri in self._meta and (file.src_uri in titels or not in_nav):
                titel = titels.get(file.src_uri)
                OmgezettePagina(titel, file, config, self._omzettingen)  # as MkDocs' nav would
        if not self._serve:  # a rebuild under serve keeps its pace; its memory is reused
            del site
            geef_terug()
        return files

    def on_nav(self, nav: Any, config: MkDocsConfig, files: Files) -> Any:
        self._omzettingen.begin(files, config)
        self._site_nav = nav
        return nav

    def on_env(self, env: Environment, config: MkDocsConfig, files: Files) -> Environment:
        """Every page is read and converted: under serve, unchanged pages get their last output."""
        if self._serve:
            onthoud_sjablonen(env)
        basis = self._omzettingen.basis
        return self._hergebruik.kies(env, files, config, self._site_nav, basis)

    @event_priority(100)  # the template's own output, before any plugin's changes
    def on_post_page(self, output: str, page: Page, config: MkDocsConfig) -> str:
        """Keep the output for the next serve rebuild; a written page's HTML is not needed
        again (its anchors and links are checked from what the conversion recorded)."""
        self._hergebruik.vang(page.file.src_uri, output)
        if page.file.src_uri in self._meta:
            page.content = None
        return output

    @event_priority(100)  # before Material's search plugin writes its index
    def _zoekindex(self, config: MkDocsConfig) -> None:
        """A single build writes the search index entry by entry (see mkdocs/zoekindex.py)."""
        if not self._serve:
            self._zoeken = zoekindex.schrijf(config)

    @event_priority(-100)  # after the search plugin has written its index
    def _na_de_bouw(self, config: MkDocsConfig) -> None:
        self._ruim_op()
        self._omzettingen.einde()
        if self._files is not None:
            self._hergebruik.einde(config, self._files)
        self._files = self._site_nav = None

    on_post_build = CombinedEvent(_zoekindex, _na_de_bouw)

    def on_build_error(self, *, error: Exception) -> None:
        self._ruim_op()

    def _ruim_op(self) -> None:
        """Material's search as it was; the downloads' temporary folder removed."""
        zoekindex.zet_terug(self._zoeken)
        self._zoeken = None
        if self._downloads is not None:
            self._downloads.opruimen()
            self._downloads = None

    def on_page_read_source(self, page: Page, config: MkDocsConfig) -> str | None:
        """A blank line before the body: MkDocs then reads no metadata from the text, and needs
        no YAML parser to find that out (the metadata comes in `on_page_markdown`)."""
        if page.file.src_uri not in self._meta:
            return None
        bron, page.file.content_string = page.file.content_string, ""  # read once: let it go
        return "\n" + bron

    @event_priority(100)  # before any other plugin reads page.meta
    def on_page_markdown(
        self, markdown: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        if page.file.src_uri in self._meta:
            page.meta = dict(self._meta[page.file.src_uri])
        return markdown

    @event_priority(-100)  # after every other plugin has seen the page's Markdown
    def on_page_content(
        self, html: str, page: Page, config: MkDocsConfig, files: Files
    ) -> str | None:
        """A generated page's Markdown is not needed once converted: a large site keeps only
        its HTML until the pages are written."""
        if page.file.src_uri in self._meta:
            page.markdown = ""
        return html
