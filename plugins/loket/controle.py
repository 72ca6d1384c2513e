"""The whole check, as `loket check` runs it and the build before it touches site_dir: the
content (load → validate) and the gemeente's site folder against the pages Loket writes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from loket.load import YamlBestand
from loket.load.bronnen import Bronnen, lees_bronnen
from loket.load.datapakket import Tabel
from loket.load.site_bron import eigen_bestanden
from loket.melding import fouten
from loket.model.media import MEDIA_MAP
from loket.pages.site import site_paden
from loket.pages.spec import url_van
from loket.peildatum import peildatum
from loket.validate import Uitkomst, valideer_catalogus
from loket.validate.catalogus import VALIDATIE
from loket.validate.eigen_host import dode_eigen_links
from loket.validate.site import controleer_site_map


def laad_catalogus(gemeente_map: Path, vandaag: date | None = None) -> Uitkomst:
    """Read every source of the gemeente in `map` and validate it for `vandaag` (the
    peildatum when not given)."""
    return _lees(gemeente_map, vandaag)[1]


def _lees(gemeente_map: Path, vandaag: date | None) -> tuple[Bronnen, Uitkomst]:
    """What was read, and the catalogue validated from it."""
    bronnen = lees_bronnen(gemeente_map, VALIDATIE)
    return bronnen, valideer_catalogus(bronnen, vandaag or peildatum())


def controleer(
    gemeente_map: Path,
    docs: Path | None = None,
    basis: Path | None = None,
    ook_gegenereerd: Mapping[str, str] | None = None,
    vandaag: date | None = None,
    site_url: str = "",
    directory_urls: bool = True,
) -> Uitkomst:
    """Everything in the content that would stop a build, and, given the site folder `docs`
    (mkdocs.yml's docs_dir), what the gemeente keeps there against the pages Loket writes.
    `basis` (the folder the site's files must not leave) defaults to `map`;
    `ook_gegenereerd` adds paths Loket writes besides the pages (such as /beheer/). Given the
    `site_url`, links in the content to that host where the site has nothing are warned of."""
    bronnen, uitkomst = _lees(gemeente_map, vandaag)
    if uitkomst.catalogus is None or docs is None:
        return uitkomst
    eigen = eigen_bestanden(docs, gemeente_map, basis or gemeente_map, MEDIA_MAP)
    gegenereerd = {**site_paden(uitkomst.catalogus), **(ook_gegenereerd or {})}
    meldingen = [*uitkomst.meldingen, *controleer_site_map(eigen, gegenereerd)]
    if site_url:
        paden = {_url(p, directory_urls) for p in [*gegenereerd, *(b.pad for b in eigen)]}
        meldingen += dode_eigen_links(_yaml(bronnen), _tabellen(bronnen), site_url, paden)
    uitkomst.meldingen = sorted(meldingen)
    if fouten(uitkomst.meldingen):
        uitkomst.catalogus = None
    return uitkomst


def _url(pad: str, directory_urls: bool) -> str:
    return url_van(pad, directory_urls) if pad.endswith(".md") else pad


def _yaml(bronnen: Bronnen) -> list[YamlBestand]:
    gelezen = [*bronnen.producten, *bronnen.normen, *bronnen.mededelingen]
    bestanden = [bestand for _, bestand, _, _ in gelezen if bestand is not None]
    return [bronnen.gemeente, *bestanden] if bronnen.gemeente else bestanden


def _tabellen(bronnen: Bronnen) -> list[Tabel]:
    return list(bronnen.sociale_kaart.tabellen.values()) if bronnen.sociale_kaart else []
