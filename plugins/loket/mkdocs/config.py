"""The plugin's options, declared once with defaults that make a minimal mkdocs.yml work."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class LoketConfig(Config):
    map = c.Optional(c.Type(str))
    """Folder with gemeente.yml and producten/; default: the folder of mkdocs.yml."""
    datum = c.Optional(c.Type(str))
    """The peildatum (JJJJ-MM-DD) the site shows; default LOKET_DATUM, else today."""
    bewerk_url = c.Optional(c.Type(str))
    """Base URL for 'Deze tekst aanpassen' links, e.g. https://github.com/org/repo/edit/main/."""
    beheer = c.Type(bool, default=False)
    """Write the web editor (Decap CMS) to /beheer/."""
    beheer_git = c.Type(dict, default={})
    """Where the editor saves: {backend: github|gitlab, repo: org/site, branch, base_url}."""
