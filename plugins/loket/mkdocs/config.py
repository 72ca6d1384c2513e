"""The plugin's options, declared once with defaults that make a minimal mkdocs.yml work."""

from __future__ import annotations

from mkdocs.config import config_options as c
from mkdocs.config.base import Config


class BeheerGit(Config):
    """Where the web editor saves its changes; unset values come from `repo_url`."""

    backend = c.Optional(c.Choice(("github", "gitlab")))
    """The git host: github or gitlab."""
    repo = c.Optional(c.Type(str))
    """The repository, as organisatie/site."""
    branch = c.Type(str, default="main")
    """The branch the editor proposes changes to."""
    base_url = c.Optional(c.Type(str))
    """For a self-hosted GitLab, e.g. https://gitlab.gemeente.nl."""


class LoketConfig(Config):
    map = c.Optional(c.Type(str))
    """Folder with gemeente.yml and producten/; default: the folder of mkdocs.yml."""
    datum = c.Optional(c.Type(str))
    """The peildatum (JJJJ-MM-DD) the site shows; default LOKET_DATUM, else today."""
    bewerk_url = c.Optional(c.Type(str))
    """Base URL for 'Deze tekst aanpassen' links, e.g. https://github.com/org/repo/edit/main/."""
    beheer = c.Type(bool, default=False)
    """Write the web editor (Decap CMS) to /beheer/."""
    beheer_git = c.SubConfig(BeheerGit)
    """Where the editor saves: {backend: github|gitlab, repo: org/site, branch, base_url}."""
