"""The whole validated catalogue: one object the page renderers read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from loket.load.git_datums import Datums
from loket.model.gemeente import Gemeente, Thema
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
    datums: dict[str, Datums] = field(default_factory=dict)
    """When each YAML file last changed and first appeared (git history, else mtime)."""
    wijzigingen: dict[str, str] = field(default_factory=dict)
    """Per product file what its last change was: `nieuw`, `kosten` or `tekst`."""

    def gewijzigd(self, bestand: str, standaard: date) -> Datums:
        """The file's dates, or `standaard` for both when nothing is known."""
        return self.datums.get(bestand, Datums(standaard, standaard))

    def op_naam(self) -> list[ProductBron]:
        return sorted(self.producten.values(), key=lambda p: (p.product.naam.casefold(), p.id))

    def van_thema(self, thema: Thema) -> list[ProductBron]:
        return [p for p in self.op_naam() if thema.id in p.product.themas]

    def met_norm(self, norm_id: str) -> list[ProductBron]:
        return [p for p in self.op_naam() if norm_id in p.product.servicenormen]

    def historie(self, norm_id: str) -> list[Realisatie]:
        """The norm's realisatie, oldest period first."""
        rijen = [r for r in self.realisatie if r.servicenorm == norm_id]
        return sorted(rijen, key=lambda r: r.periode.sleutel)

    def laatste(self, norm_id: str) -> Realisatie | None:
        historie = self.historie(norm_id)
        return historie[-1] if historie else None

    def realisatie_perioden(self) -> list[Periode]:
        return sorted({r.periode for r in self.realisatie}, key=lambda p: p.sleutel)

    def verouderd(self, eind: date, vandaag: date) -> bool:
        return is_verouderd(eind, vandaag, self.gemeente.kwaliteitshandvest.verouderd_na_maanden)

    def organisaties_op_naam(self, categorie: str | None = None) -> list[Organisatie]:
        gekozen = [o for o in self.organisaties.values() if categorie in (None, o.categorie)]
        return sorted(gekozen, key=lambda o: (o.naam.casefold(), o.id))
