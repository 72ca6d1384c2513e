"""JSON Schemas of the YAML contract, generated from the same classes that validate it.

Editors (VS Code with the YAML extension, and others using yaml-language-server) read them to
autocomplete keys and underline mistakes while a redacteur types.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from pydantic import BaseModel

from loket.model.gemeente import Gemeente
from loket.model.mededeling import Mededeling
from loket.model.product import Product
from loket.model.servicenorm import Servicenorm

SCHEMAS: dict[str, type[BaseModel]] = {
    "product": Product,
    "servicenorm": Servicenorm,
    "gemeente": Gemeente,
    "mededeling": Mededeling,
}


def schema(naam: str) -> dict[str, Any]:
    data = SCHEMAS[naam].model_json_schema(mode="validation")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **data}


def schema_tekst(naam: str) -> str:
    return json.dumps(schema(naam), indent=2, ensure_ascii=False, sort_keys=True) + "\n"


def schrijf_schemas(naar: Path) -> list[Path]:
    naar.mkdir(parents=True, exist_ok=True)
    geschreven = []
    for naam in SCHEMAS:
        pad = naar / f"{naam}.schema.json"
        pad.write_text(schema_tekst(naam), encoding="utf-8")
        geschreven.append(pad)
    return geschreven
