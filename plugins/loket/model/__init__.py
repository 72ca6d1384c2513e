"""Model: the typed YAML contract (pydantic v2, unknown keys forbidden)."""

from loket.model.catalogus import Catalogus, ProductBron
from loket.model.gemeente import SOORT_VOLGORDE, Gemeente, Kanaal, Thema
from loket.model.periode import Periode
from loket.model.product import Product
from loket.model.servicenorm import Kanaalgebruik, NormBron, Realisatie, Servicenorm

__all__ = [
    "SOORT_VOLGORDE",
    "Catalogus",
    "Gemeente",
    "Kanaal",
    "Kanaalgebruik",
    "NormBron",
    "Periode",
    "Product",
    "ProductBron",
    "Realisatie",
    "Servicenorm",
    "Thema",
]
