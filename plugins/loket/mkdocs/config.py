"""The plugin's options, declared once with defaults that make a minimal mkdocs.yml work, and
mkdocs.yml read the way MkDocs reads it, for the commands that do not build."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import MkDocsException

from loket.bouw import Opdracht
from loket.melding import Melding


class BeheerGit(Config):
    """Where the web editor saves its changes; unset values come from `repo_url`."""

    backend = c.Optional(c.Choice(("github", "gitlab")))
    """The git host: github or gitlab."""
    repo = c.Optional(c.Type(str))
    """The repository, as organisatie/site."""
    branch = c.Type(str, default="main")
    """The branch the editor proposes changes to."""
    base_url = c.Optional(c.Type(str))
    """Where logging in happens: GitHub's OAuth gateway, or a self-hosted GitLab."""
    app_id = c.Optional(c.Type(str))
    """GitLab: the Application ID of the OAuth application (PKCE)."""


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
    """Where the editor saves: {backend: github|gitlab, repo: org/site, branch, base_url,
    app_id}."""


@dataclass(frozen=True)
class Instellingen:
    """mkdocs.yml as `mkdocs build` reads it, for the commands that do not build."""

    opdracht: Opdracht
    ruw: dict[str, Any]
    """The file as written (MkDocs' own YAML loader): the export copies the theme from it."""


def opdracht(config: MkDocsConfig, opties: LoketConfig, serve: bool = False) -> Opdracht:
    """What the build needs of a validated mkdocs.yml and the plugin's options."""
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


def lees_instellingen(pad: Path) -> tuple[Instellingen | None, list[Melding]]:
    """Read and validate mkdocs.yml with MkDocs' own loader and config classes, the plugin's
    options with `LoketConfig`: `loket check`, `export` and `beheer` accept what the build
    accepts (Material's `!!python/name:` emoji settings, `!ENV`) and refuse what it refuses."""
    weergave = pad.name
    config = MkDocsConfig(config_file_path=str(pad))
    try:
        with pad.open("rb") as bestand:
            config.load_file(bestand)
    except (OSError, MkDocsException) as fout:
        hint = "controleer de inspringing en de dubbele punten in mkdocs.yml"
        return None, [Melding(weergave, 1, 1, f"mkdocs.yml kan niet worden gelezen ({fout})", hint)]
    fouten, _ = config.validate()
    if fouten:
        tekst = pad.read_text(encoding="utf-8", errors="replace")
        return None, [_instelling_fout(weergave, tekst, naam, fout) for naam, fout in fouten]
    plugin = config.plugins.get("loket")
    if plugin is None:
        hint = "zet '- loket' onder 'plugins:' in mkdocs.yml"
        return None, [Melding(weergave, 1, 1, "mkdocs.yml gebruikt de plugin loket niet", hint)]
    ruw = config.user_configs[0] if config.user_configs else {}
    return Instellingen(opdracht(config, plugin.config), dict(ruw)), []


def _instelling_fout(weergave: str, tekst: str, naam: str, fout: Exception) -> Melding:
    """MkDocs' own reason (in English), placed at the line of its top-level key."""
    regel = next(
        (i for i, r in enumerate(tekst.splitlines(), start=1) if r.startswith(f"{naam}:")), 1
    )
    hint = "zie de uitleg van deze instelling in de documentatie van MkDocs of Material"
    return Melding(weergave, regel, 1, f"de instelling '{naam}' klopt niet: {fout}", hint)
