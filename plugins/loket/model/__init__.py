"""Model: the typed YAML contract (pydantic v2, unknown keys forbidden)."""

from loket.model.catalogus import Catalogus, ProductBron
from loket.model.gemeente import SOORT_VOLGORDE, Gemeente, Kanaal, Thema
from loket.model.product import Product

__all__ = ["SOORT_VOLGORDE", "Catalogus", "Gemeente", "Kanaal", "Product", "ProductBron", "Thema"]
