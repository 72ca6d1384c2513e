"""The MkDocs plugin: what it sets up in on_config, before MkDocs touches site_dir."""

from __future__ import annotations

from pathlib import Path

from loket.mkdocs.thema import CSS, TEMPLATES
from mkdocs.config import load_config


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
