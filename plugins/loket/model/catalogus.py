"""The whole validated catalogue: one object the page renderers read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from pathlib import Path
from typing import Any

from loket.model.gemeente import Gemeente, Thema
from loket.model.historie import Datums
from loket.model.mededeling import MededelingBron
from loket.model.periode import Periode, is_verouderd
from loket.model.product import Product
from loket.model.servicenorm import Kanaalgebruik, NormBron, Realisatie
from loket.model.sociale_kaart import Organisatie


@dataclass(frozen=True)
class ProductBron:
    """A product with its id and the YAML file it came from (relative to the gemeente map)."""

    id: str
    product: Product
    bestand: str
    kosten_ruw: Any = None
    """`kosten` as written in the YAML file: compared with the version before (change feed)."""


@dataclass
class Catalogus:
    map: Path
    gemeente: Gemeente
    producten: dict[str, ProductBron] = field(default_factory=dict)
    servicenormen: dict[str, NormBron] = field(default_factory=dict)
    cijfers_gepubliceerd: bool = False
    """False when there is no servicenormen/datapackage.json yet."""
    realisatie: list[Realisatie] = field(default_factory=list)
    kanaalgebruik: list[Kanaalgebruik] = field(default_factory=list)
    sociale_kaart: bool = False
    """True when there is a sociale_kaart/ data package."""
    organisaties: dict[str, Organisatie] = field(default_factory=dict)
    upl_uris: dict[str, str] = field(default_factory=dict)
    """Product id → URI of its Uniforme Productnaam (from the UPL list or `upl_uri`)."""
    sdg: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """The Single Digital Gateway products: id → their annex codes from the UPL list (empty
    for a product that says `sdg: true` itself)."""
    datums: dict[str, Datums] = field(default_factory=dict)
    """When each YAML file last changed and first appeared (git history, else mtime)."""
    wijzigingen: dict[str, str] = field(default_factory=dict)
    """Per product file what its last change was: `nieuw`, `kosten` or `tekst`."""
    later: dict[str, ProductBron] = field(default_factory=dict)
    """Sound products that come on the site after the peildatum: not on any page, but their
    texts are reviewed before they go live (`loket rapport`)."""
    mededelingen: dict[str, MededelingBron] = field(default_factory=dict)
    """The notices shown on the peildatum, by id."""

    def gewijzigd(self, bestand: str, standaard: date) -> Datums:
        """The file's dates, or `standaard` for both when nothing is known."""
        return self.datums.get(bestand, Datums(standaard, standaard))

    # The lookups below are built once, on first use, when the catalogue is complete: pages
    # ask them once per product, theme or norm, so a scan per question would make a build
    # quadratic in the number of products.

    def op_naam(self) -> list[ProductBron]:
        return self._op_naam

    def van_thema(self, thema: Thema) -> list[ProductBron]:
        return self._per_thema.get(thema.id, [])

    def met_norm(self, norm_id: str) -> list[ProductBron]:
        return self._per_norm.get(norm_id, [])

    def historie(self, norm_id: str) -> list[Realisatie]:
        """The norm's realisatie, oldest period first."""
        return self._historie.get(norm_id, [])

    def laatste(self, norm_id: str) -> Realisatie | None:
        historie = self.historie(norm_id)
        return historie[-1] if historie else None

    @cached_property
    def _op_naam(self) -> list[ProductBron]:
        return sorted(self.producten.values(), key=lambda p: (p.product.naam.casefold(), p.id))

    @cached_property
    def _per_thema(self) -> dict[str, list[ProductBron]]:
        return self._per_id("themas")

    @cached_property
    def _per_norm(self) -> dict[str, list[ProductBron]]:
        return self._per_id("servicenormen")

    def _per_id(self, veld: str) -> dict[str, list[ProductBron]]:
        """Products by each id in their list `veld` (themas, servicenormen), in name order."""
        index: dict[str, list[ProductBron]] = {}
        for p in self._op_naam:
            for waarde in dict.fromkeys(getattr(p.product, veld)):
                index.setdefault(waarde, []).append(p)
        return index

    @cached_property
    def _historie(self) -> dict[str, list[Realisatie]]:
        index: dict[str, list[Realisatie]] = {}
        for r in sorted(self.realisatie, key=lambda r: r.periode.sleutel):
            index.setdefault(r.servicenorm, []).append(r)
        return index

    def realisatie_perioden(self) -> list[Periode]:
        return sorted({r.periode for r in self.realisatie}, key=lambda p: p.sleutel)

    def verouderd(self, eind: date, vandaag: date) -> bool:
        return is_verouderd(eind, vandaag, self.gemeente.kwaliteitshandvest.verouderd_na_maanden)

    def organisaties_op_naam(self, categorie: str | None = None) -> list[Organisatie]:
        gekozen = [o for o in self.organisaties.values() if categorie in (None, o.categorie)]
        return sorted(gekozen, key=lambda o: (o.naam.casefold(), o.id))
