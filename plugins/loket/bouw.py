"""What a build adds to the checked catalogue before rendering: the git history of its files.

Only the plugin and `loket export` ask for it (the change feed and the sitemap's lastmod need
it); `loket check` never does, so a long history costs the check nothing.
"""

from __future__ import annotations

from datetime import date

from loket.load.git_datums import lees_historie
from loket.model import Catalogus


def voeg_historie_toe(catalogus: Catalogus, vandaag: date) -> str:
    """Fill in the dates and change kinds; returns why git was not used ("" when it was)."""
    producten = {b.bestand: {"kosten": b.kosten_ruw} for b in catalogus.producten.values()}
    bestanden = [*producten, *(n.bestand for n in catalogus.servicenormen.values())]
    historie = lees_historie(catalogus.map, bestanden, producten, vandaag)
    catalogus.datums, catalogus.wijzigingen = historie.datums, historie.wijzigingen
    return historie.uit_bestanden
