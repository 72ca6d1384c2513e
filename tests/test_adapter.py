"""The MkDocs plugin: what it sets up in on_config, before MkDocs touches site_dir."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from loket.controle import laad_catalogus
from loket.pages import Opties, bouw_site
from loket.pages.site import site_paden
from loket.uiterlijk import CSS, TEMPLATES
from mkdocs.config import load_config
from mkdocs.structure.files import Files, InclusionLevel

from tests.conftest import PEILDATUM, ROOT


def test_on_config_watches_data_and_ships_templates_without_google_fonts(klein: Path):
    config = load_config(str(klein / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    assert str(klein.resolve() / "producten") in config.watch
    assert str(klein.resolve() / "gemeente.yml") in config.watch
    assert config.theme["font"] is False
    assert config.theme.dirs[0] == str(TEMPLATES)
    assert CSS in config.extra_css
    assert {"attr_list", "md_in_html"} <= set(config.markdown_extensions)


def test_on_config_twice_keeps_one_template_dir(klein: Path):
    """`mkdocs serve` runs on_config again for every rebuild."""
    config = load_config(str(klein / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    config = config.plugins.on_config(config)
    assert config.theme.dirs.count(str(TEMPLATES)) == 1
    assert config.extra_css.count(CSS) == 1


def test_the_paths_check_knows_are_the_paths_the_build_writes(klein: Path):
    """`loket check` compares the gemeente's own files with `site_paden` without rendering;
    it must name exactly what `bouw_site` writes (the schemas give way to the gemeente's own)."""
    for gemeente_map, dag in ((klein, PEILDATUM), (ROOT, PEILDATUM), (ROOT, date(2027, 7, 1))):
        catalogus = laad_catalogus(gemeente_map, dag).catalogus
        assert catalogus is not None
        uitvoer = bouw_site(catalogus, Opties(site_url="https://x.example/", vandaag=dag))
        assert set(site_paden(catalogus)) == {u.pad for u in uitvoer if not u.vervangbaar}
        assert all(u.pad.startswith("schemas/") for u in uitvoer if u.vervangbaar)


def test_the_plugin_hands_mkdocs_every_file_with_its_meta(klein: Path):
    """One output type: pages with their front matter, downloads and the editor's copies."""
    config = load_config(str(klein / "mkdocs.yml"))
    config = config.plugins.on_config(config)
    files = config.plugins.on_files(Files([]), config=config)
    paspoort = files.get_file_from_path("producten/paspoort.md")
    assert paspoort is not None and paspoort.inclusion is InclusionLevel.NOT_IN_NAV
    assert files.get_file_from_path("contact.md").inclusion is InclusionLevel.INCLUDED
    feed = files.get_file_from_path("feed.xml")
    assert feed is not None and feed.content_string.startswith("<?xml")
    assert files.get_file_from_path("schemas/mededeling.schema.json") is not None
    plugin = config.plugins["loket"]
    assert plugin._meta["producten/paspoort.md"]["loket"]["soort"] == "product"
    assert "feed.xml" not in plugin._meta
