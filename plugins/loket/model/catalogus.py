"""The whole validated catalogue: one object the page renderers read from."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from loket.model.gemeente import Gemeente, Thema
from loket.model.product import Product


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

    def op_naam(self) -> list[ProductBron]:
        return sorted(self.producten.values(), key=lambda p: (p.product.naam.casefold(), p.id))

    def van_thema(self, thema: Thema) -> list[ProductBron]:
        return [p for p in self.op_naam() if thema.id in p.product.themas]
