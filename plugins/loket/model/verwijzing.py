"""References between content: a field that holds the id of something defined elsewhere.

A field is marked once, on the model (`kanaal: KanaalId`). From that mark come the check that
every id exists (validate/catalogus.py), the warnings about products that are not on the site,
the JSON Schema keyword `x-loket-verwijzing` and the web editor's lookups (beheer/config.py).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from typing import Annotated, Any, get_args, get_origin

from pydantic import BaseModel

from loket.model.typen import Id

SCHEMA_SLEUTEL = "x-loket-verwijzing"
"""The JSON Schema keyword that carries the mark (validators ignore unknown keywords)."""


@dataclass(frozen=True)
class Verwijzing:
    soort: str
    """What the id points at: `kanaal`, `thema`, `dimensie`, `product`, `servicenorm`,
    `organisatie` or `categorie`; also the word the messages use."""

    def __get_pydantic_json_schema__(self, core_schema: Any, handler: Any) -> dict[str, Any]:
        schema = handler.resolve_ref_schema(handler(core_schema))
        schema[SCHEMA_SLEUTEL] = self.soort
        return schema


KanaalId = Annotated[Id, Verwijzing("kanaal")]
ThemaId = Annotated[Id, Verwijzing("thema")]
DimensieId = Annotated[Id, Verwijzing("dimensie")]
ProductId = Annotated[Id, Verwijzing("product")]
NormId = Annotated[Id, Verwijzing("servicenorm")]
OrganisatieId = Annotated[Id, Verwijzing("organisatie")]
CategorieId = Annotated[Id, Verwijzing("categorie")]
"""A category of the sociale kaart, from `sociale_kaart.categorieen` in gemeente.yml."""


@cache
def verwijzingen(model: type[BaseModel], voor: str = "") -> tuple[tuple[str, str], ...]:
    """(key, soort) for every marked field of `model`: `themas` for a list of ids,
    `aanvragen.kanaal` for the field of each item in a list of mappings. Worked out once per
    model (the check asks for every build)."""
    uit: list[tuple[str, str]] = []
    for naam, veld in model.model_fields.items():
        sleutel = f"{voor}{naam}"
        soort = _merk(veld.metadata) or _merk_in(veld.annotation)
        if soort:
            uit.append((sleutel, soort))
        for deel in _modellen_in(veld.annotation):
            uit += verwijzingen(deel, f"{sleutel}.")
    return tuple(uit)


def _merk(metadata: Any) -> str | None:
    return next((m.soort for m in metadata if isinstance(m, Verwijzing)), None)


def _merk_in(annotatie: Any) -> str | None:
    """The mark inside `list[…]`, `… | None` or `Annotated[…]`."""
    if get_origin(annotatie) is Annotated:
        basis, *metadata = get_args(annotatie)
        return _merk(metadata) or _merk_in(basis)
    return next(filter(None, (_merk_in(a) for a in get_args(annotatie))), None)


def _modellen_in(annotatie: Any) -> Iterator[type[BaseModel]]:
    if isinstance(annotatie, type) and issubclass(annotatie, BaseModel):
        yield annotatie
        return
    for deel in get_args(annotatie):
        yield from _modellen_in(deel)
