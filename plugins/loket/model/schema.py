"""JSON Schemas of the YAML contract and Table Schemas of the CSV tables, generated from the
same classes that validate them.

Editors (VS Code with the YAML extension, and others using yaml-language-server) read the JSON
Schemas to autocomplete keys and underline mistakes while a redacteur types; a data package's
`datapackage.json` holds the Table Schemas.
"""

from __future__ import annotations

import json
from typing import Any

from pydantic import BaseModel

from loket.model.gemeente import Gemeente
from loket.model.mededeling import Mededeling
from loket.model.product import Product
from loket.model.servicenorm import Kanaalgebruik, Realisatie, Servicenorm
from loket.model.sociale_kaart import Organisatie
from loket.model.tabel import Rij, tabel_schema

SCHEMAS: dict[str, type[BaseModel]] = {
    "product": Product,
    "servicenorm": Servicenorm,
    "gemeente": Gemeente,
    "mededeling": Mededeling,
}


TABELLEN: dict[str, type[Rij]] = {m.TABEL: m for m in (Organisatie, Realisatie, Kanaalgebruik)}


def schema(naam: str) -> dict[str, Any]:
    data = SCHEMAS[naam].model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **data}


def schema_tekst(naam: str) -> str:
    return json.dumps(schema(naam), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def tabel_schema_tekst(naam: str) -> str:
    """The Table Schema of a table, as its data package's `schema` (without the choices that
    gemeente.yml adds, such as the sociale-kaart categories)."""
    return json.dumps(tabel_schema(TABELLEN[naam]), indent=2, ensure_ascii=False) + "\n"


def schema_bestanden() -> dict[str, str]:
    """Every schema Loket publishes for editors and data packages: file name → text."""
    teksten = {f"{naam}.schema.json": schema_tekst(naam) for naam in SCHEMAS}
    return teksten | {f"{naam}.tableschema.json": tabel_schema_tekst(naam) for naam in TABELLEN}
