"""The whole check, as `loket check` runs it and the build before it touches site_dir: the
content (load → validate) and the gemeente's site folder against the pages Loket writes."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from pathlib import Path

from loket.load.bronnen import lees_bronnen
from loket.load.site_bron import docs_map, eigen_bestanden
from loket.melding import fouten
from loket.model.media import MEDIA_MAP
from loket.pages.site import site_paden
from loket.peildatum import peildatum
from loket.validate import Uitkomst, valideer_catalogus
from loket.validate.site import controleer_site_map
from loket.validate.tekst import controleer_teksten


def laad_catalogus(map: Path, vandaag: date | None = None) -> Uitkomst:
    """Read every source of the gemeente in `map` and validate it for `vandaag` (the
    peildatum when not given)."""
    return valideer_catalogus(lees_bronnen(map, controleer_teksten), vandaag or peildatum())


def controleer(
    map: Path,
    docs: Path | None = None,
    basis: Path | None = None,
    ook_gegenereerd: Mapping[str, str] | None = None,
    vandaag: date | None = None,
) -> Uitkomst:
    """Everything that would stop a build. `docs` defaults to the docs_dir of `map/mkdocs.yml`,
    `basis` (the folder the site's files must not leave) to `map`; `ook_gegenereerd` adds
    paths Loket writes besides the pages (such as /beheer/)."""
    uitkomst = laad_catalogus(map, vandaag)
    docs = docs if docs is not None else docs_map(map)
    if uitkomst.catalogus is None or docs is None:
        return uitkomst
    eigen = eigen_bestanden(docs, map, basis or map, MEDIA_MAP)
    gegenereerd = {**site_paden(uitkomst.catalogus), **(ook_gegenereerd or {})}
    uitkomst.meldingen = sorted([*uitkomst.meldingen, *controleer_site_map(eigen, gegenereerd)])
    if fouten(uitkomst.meldingen):
        uitkomst.catalogus = None
    return uitkomst
