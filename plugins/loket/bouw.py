"""A whole build without MkDocs: check, add the git history, render every file.

The MkDocs plugin hands in what mkdocs.yml says (`Opdracht`) and gets back every file of the
site (`Site.uitvoer`); `loket export` uses the same history step. Only the build and the export
read the git history (the change feed and the sitemap's lastmod need it); `loket check` never
does, so a long history costs the check nothing.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import weakref
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from loket.beheer.bestanden import DecapOntbreekt, beheer_bestanden
from loket.beheer.config import BackendFout, backend_uit
from loket.controle import controleer
from loket.load.git_datums import lees_historie
from loket.melding import Melding
from loket.model import Catalogus
from loket.pages import Opties, Uitvoer, bouw_site
from loket.pages.mededelingen import op_elke_pagina
from loket.pages.spec import bewerk_basis
from loket.peildatum import PeildatumFout, is_voorbeeld, peildatum


@dataclass(frozen=True)
class Opdracht:
    """What a build needs to know of mkdocs.yml and the command that runs it."""

    map: Path
    """The gemeente's folder (gemeente.yml, producten/, …)."""
    docs: Path
    basis: Path
    """The folder of mkdocs.yml: no file of the site may come from outside it."""
    datum: str | None = None
    strikt: bool = False
    serve: bool = False
    site_naam: str = ""
    site_url: str = ""
    repo_url: str | None = None
    bewerk_url: str | None = None
    directory_urls: bool = True
    beheer: bool = False
    beheer_git: dict[str, Any] = field(default_factory=dict)


@dataclass
class Site:
    catalogus: Catalogus
    uitvoer: list[Uitvoer]
    meldingen: list[Melding]
    dag: date
    historie: str
    """Why the dates come from the files and not from git ("" when git was used)."""
    downloads: Downloads | None = None
    """Where the downloads are until MkDocs copies them (a single build)."""

    @property
    def voorbeeld(self) -> date | None:
        """The peildatum when it lies after today: a preview, shown as such on every page."""
        return self.dag if is_voorbeeld(self.dag) else None

    @property
    def mededelingen(self) -> list[str]:
        """The notices above every page, as finished HTML."""
        return op_elke_pagina(self.catalogus)


class Downloads:
    """A temporary folder for the downloads of one build: a large open-data file is written
    there as soon as it is made, and MkDocs copies it from there. Removed by `opruimen`, or
    else when the object is let go or the process ends."""

    def __init__(self) -> None:
        self.map = Path(tempfile.mkdtemp(prefix="loket-downloads-"))
        self._weg = weakref.finalize(self, shutil.rmtree, self.map, ignore_errors=True)

    def __call__(self, pad: str, inhoud: str) -> Path:
        bestand = self.map.joinpath(*pad.split("/"))
        bestand.parent.mkdir(parents=True, exist_ok=True)
        bestand.write_bytes(inhoud.encode("utf-8"))
        return bestand

    def opruimen(self) -> None:
        self._weg()


class BouwFout(Exception):
    """The site cannot be built; the message says why in Dutch, `meldingen` say where."""

    def __init__(self, tekst: str, meldingen: list[Melding] | None = None) -> None:
        super().__init__(tekst)
        self.meldingen = meldingen or []


def maak_site(opdracht: Opdracht) -> Site:
    """Every file of the site, or `BouwFout` before anything is written."""
    dag = _peildatum(opdracht.datum, opdracht.strikt)
    beheer = beheer_uitvoer(opdracht) if opdracht.beheer else []
    ook = {b.pad: "mkdocs.yml (beheer)" for b in beheer}
    uitkomst = controleer(
        opdracht.map,
        opdracht.docs,
        opdracht.basis,
        ook,
        dag,
        site_url=opdracht.site_url,
        directory_urls=opdracht.directory_urls,
    )
    if uitkomst.catalogus is None:
        raise BouwFout(
            f"{len(uitkomst.fouten)} fout(en) in de inhoud; de site is niet gebouwd en de "
            "vorige versie blijft staan. Draai 'loket check' voor de details.",
            uitkomst.meldingen,
        )
    reden = voeg_historie_toe(uitkomst.catalogus, dag)
    downloads = None if opdracht.serve else Downloads()  # serve: rebuilt often, kept in memory
    uitvoer = [*bouw_site(uitkomst.catalogus, opties(opdracht, dag), downloads), *beheer]
    return Site(uitkomst.catalogus, uitvoer, uitkomst.meldingen, dag, reden, downloads)


def opties(opdracht: Opdracht, dag: date) -> Opties:
    """What the pages need of mkdocs.yml, for the site of `dag`."""
    return Opties(
        site_url=opdracht.site_url,
        bewerk_basis=bewerk_basis(opdracht.bewerk_url, opdracht.repo_url),
        vandaag=dag,
        directory_urls=opdracht.directory_urls,
    )


def voeg_historie_toe(catalogus: Catalogus, vandaag: date) -> str:
    """Fill in the dates and change kinds; returns why git was not used ("" when it was)."""
    producten = {b.bestand: {"kosten": b.kosten_ruw} for b in catalogus.producten.values()}
    bestanden = [*producten, *(n.bestand for n in catalogus.servicenormen.values())]
    historie = lees_historie(catalogus.map, bestanden, producten, vandaag)
    catalogus.datums, catalogus.wijzigingen = historie.datums, historie.wijzigingen
    return historie.uit_bestanden


def _peildatum(optie: str | None, strikt: bool) -> date:
    """The peildatum; a preview (a date after today) is never built with --strict."""
    try:
        dag = peildatum(optie)
    except PeildatumFout as fout:
        raise BouwFout(f"loket: {fout}") from None
    if strikt and is_voorbeeld(dag):
        raise BouwFout(
            f"de peildatum {dag.isoformat()} ligt na vandaag: dit is een voorbeeld, en een "
            "voorbeeld wordt niet gepubliceerd. Bouw zonder --strict om het te bekijken."
        )
    return dag


def beheer_uitvoer(opdracht: Opdracht) -> list[Uitvoer]:
    """/beheer/: with git for a build, with decap-server on this machine for `serve` (and
    `loket beheer --lokaal`)."""
    try:
        backend = backend_uit(opdracht.beheer_git, opdracht.repo_url, opdracht.serve)
        docs, gemeente = (os.path.relpath(p, opdracht.basis) for p in (opdracht.docs, opdracht.map))
        return beheer_bestanden(
            backend,
            opdracht.site_naam,
            docs_dir=docs,
            site_url=opdracht.site_url,
            gemeente_map=gemeente,
        )
    except BackendFout as fout:
        raise BouwFout(f"beheer: {fout}") from None
    except DecapOntbreekt as fout:
        raise BouwFout(
            f"beheer: Decap CMS ontbreekt in {fout}: de installatie van Loket is niet compleet. "
            "Installeer Loket opnieuw, of zet beheer: false."
        ) from None
