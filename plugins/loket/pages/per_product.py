"""Under `mkdocs serve`: what a rebuild makes per product (its page, its English page, its
open-data rows) is made again only for the products whose input changed.

A result is reused when the product's data, its dates and kind of change, and the other
arguments equal those of the previous rebuild, and the rest of the catalogue equals the rest of
the previous catalogue: every field but the products' own, the ids and names of all products
(a product page names the products it links to), and the dates of every other file. An edit to
one product's text so remakes that product only; a new name or a change to `gemeente.yml`
remakes all. A single build keeps nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import fields
from typing import Any, TypeVar

from loket.model import Catalogus
from loket.model.catalogus import ProductBron
from loket.pages.spec import Opties

T = TypeVar("T")
_EIGEN = {"producten", "datums", "wijzigingen"}
"""The catalogue fields that per-product input covers; the others are the product's context."""


class _Staat:
    """The results of the previous rebuild and of this one, with the context they had."""

    def __init__(self, aan: bool = False) -> None:
        self.aan = aan
        self.omgeving: tuple[Any, ...] | None = None
        self.vorige: dict[tuple[str, str], tuple[Any, Any]] = {}
        self.nieuw: dict[tuple[str, str], tuple[Any, Any]] = {}


_staat = _Staat()


def onthouden(aan: bool) -> None:
    """Keep results between rebuilds (`mkdocs serve` only); off forgets them."""
    global _staat
    if aan != _staat.aan:
        _staat = _Staat(aan)


def nieuwe_ronde(catalogus: Catalogus, opties: Opties) -> None:
    """Start a build: the previous results stay usable only when the context is equal."""
    if not _staat.aan:
        return
    omgeving = _context(catalogus, opties)
    _staat.vorige = _staat.nieuw if omgeving == _staat.omgeving else {}
    _staat.omgeving, _staat.nieuw = omgeving, {}


def per_product(
    functie: Callable[..., T], catalogus: Catalogus, bron: ProductBron, *rest: Any
) -> T:
    """`functie(catalogus, bron, *rest)`, or its result of the previous rebuild."""
    if not _staat.aan:
        return functie(catalogus, bron, *rest)
    sleutel = (f"{functie.__module__}.{functie.__qualname__}", bron.id)
    invoer = (bron, catalogus.datums.get(bron.bestand), catalogus.wijzigingen.get(bron.bestand))
    invoer += rest
    bewaard = _staat.vorige.get(sleutel)
    if bewaard is not None and bewaard[0] == invoer:
        uitkomst: T = bewaard[1]
    else:
        uitkomst = functie(catalogus, bron, *rest)
    _staat.nieuw[sleutel] = (invoer, uitkomst)
    return uitkomst


def _context(catalogus: Catalogus, opties: Opties) -> tuple[Any, ...]:
    velden = tuple(getattr(catalogus, v.name) for v in fields(catalogus) if v.name not in _EIGEN)
    namen = tuple((b.id, b.product.naam) for b in catalogus.producten.values())
    eigen = {b.bestand for b in catalogus.producten.values()}
    datums = tuple((f, d) for f, d in sorted(catalogus.datums.items()) if f not in eigen)
    return (opties, velden, namen, datums)
