"""The JSON Schemas for editors: up to date, accept every example file, reject typical mistakes."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest
import yaml
from loket.model.schema import SCHEMAS, schema, schema_tekst

from tests.conftest import ROOT, mkdocs_build

BESTANDEN = {
    "product": sorted((ROOT / "producten").glob("*.yaml")),
    "servicenorm": sorted((ROOT / "servicenormen").glob("*.yaml")),
    "gemeente": [ROOT / "gemeente.yml"],
    "mededeling": sorted((ROOT / "mededelingen").glob("*.yaml")),
}


def als_json(pad: Path) -> Any:
    """YAML as an editor sees it: dates are text."""
    return json.loads(json.dumps(yaml.safe_load(pad.read_text(encoding="utf-8")), default=str))


def fouten(soort: str, data: Any) -> list[str]:
    controle = jsonschema.Draft202012Validator(
        schema(soort), format_checker=jsonschema.FormatChecker()
    )
    return [f.message for f in controle.iter_errors(data)]


@pytest.mark.parametrize("soort", SCHEMAS)
def test_committed_schemas_are_up_to_date(soort: str):
    """`loket schema` writes site_src/schemas/; regenerate after a model change."""
    opgeslagen = ROOT / "site_src" / "schemas" / f"{soort}.schema.json"
    assert opgeslagen.read_text(encoding="utf-8") == schema_tekst(soort)


@pytest.mark.parametrize(
    ("soort", "pad"),
    [(s, p) for s, paden in BESTANDEN.items() for p in paden],
    ids=lambda x: x.name if isinstance(x, Path) else x,
)
def test_schema_accepts_every_example_file(soort: str, pad: Path):
    assert fouten(soort, als_json(pad)) == []
    assert pad.read_text(encoding="utf-8").startswith("# yaml-language-server: $schema=")


@pytest.mark.parametrize(
    ("wijziging", "melding"),
    [
        ({"kostne": []}, "Additional properties are not allowed ('kostne' was unexpected)"),
        (
            {"doelgroep": ["burger"]},
            "'burger' is not one of ['inwoner', 'ondernemer', 'instelling']",
        ),
        ({"samenvatting": "x" * 161}, "is too long"),
        ({"links": [{"titel": "a", "url": "http://x.nl/"}]}, "does not match '^https://'"),
        ({"herzien_voor": "31-03-2027"}, "is not a 'date'"),
        (
            {"aanvragen": [{"kanaal": "website", "inloggen": "DigiD"}]},
            "is not valid under any of the given schemas",
        ),
    ],
)
def test_schema_rejects_typical_mistakes(wijziging: dict[str, Any], melding: str):
    data = als_json(ROOT / "producten" / "paspoort.yaml") | wijziging
    assert any(melding in f for f in fouten("product", data)), fouten("product", data)


def test_every_key_has_dutch_help():
    def eigenschappen(s: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        alle = list(s.get("properties", {}).items())
        for deel in s.get("$defs", {}).values():
            alle += list(deel.get("properties", {}).items())
        return alle

    for soort in SCHEMAS:
        for naam, eigenschap in eigenschappen(schema(soort)):
            assert eigenschap.get("title") and eigenschap.get("description"), (soort, naam)
            assert eigenschap.get("examples"), (soort, naam)


def test_site_publishes_schemas(tmp_path: Path):
    from tests.conftest import FIXTURES

    assert mkdocs_build(FIXTURES / "minimaal", tmp_path / "site").returncode == 0
    gepubliceerd = json.loads((tmp_path / "site" / "schemas" / "product.schema.json").read_text())
    assert gepubliceerd["title"] == schema("product")["title"]


@pytest.mark.parametrize("bedrag", [77.85, 318.4, 0.1, 1234.5, 0])
def test_editors_accept_every_price_loket_accepts(bedrag: float):
    data = als_json(ROOT / "producten" / "paspoort.yaml")
    data["kosten"] = [{"omschrijving": "Paspoort", "bedrag": bedrag}]
    assert fouten("product", data) == []
