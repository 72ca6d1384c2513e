"""Loket's output as MkDocs files, and the build's messages in MkDocs' log."""

from __future__ import annotations

from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import get_plugin_logger
from mkdocs.structure.files import File, Files, InclusionLevel

from loket.bouw import BouwFout, Opdracht, Site, maak_site
from loket.melding import Melding
from loket.pages import Uitvoer

log = get_plugin_logger("loket")


def maak_of_stop(opdracht: Opdracht, historie_melden: bool) -> Site:
    """The whole site, or a `PluginError` after every melding is logged."""
    try:
        site = maak_site(opdracht)
    except BouwFout as fout:
        _meld(fout.meldingen)
        raise PluginError(str(fout)) from None
    _meld(site.meldingen)
    if site.historie and historie_melden:
        log.info(f"datums uit de bestanden zelf: {site.historie}")
    return site


def voeg_toe(files: Files, config: MkDocsConfig, uitvoer: list[Uitvoer]) -> dict[str, Any]:
    """Add every file (the gemeente's own copy of a replaceable one wins); returns each page's
    meta, which goes straight into `page.meta` and spares dumping and re-parsing it."""
    meta = {}
    for u in uitvoer:
        if not (u.vervangbaar and files.get_file_from_path(u.pad)):
            files.append(_bestand(config, u))
        if u.is_pagina:
            meta[u.pad] = u.thema_meta()
    return meta


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
