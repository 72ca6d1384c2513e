"""Validate plain data against a contract class and say every problem in Dutch.

Pydantic's own (English) texts never reach a redacteur: each error type has a Dutch
sentence here, and our own `loket_*` errors already carry Dutch text and a hint.
"""

from __future__ import annotations

import re
import types
from collections.abc import Callable
from typing import Annotated, Any, Protocol, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ValidationError
from pydantic_core import ErrorDetails

from loket.load import Pad
from loket.melding import Ernst, Melding
from loket.validate.suggesties import bedoelde_u

M = TypeVar("M", bound=BaseModel)

_SOORT_NAMEN = {
    "string_type": "tekst",
    "int_type": "een heel getal",
    "int_parsing": "een heel getal",
    "int_from_float": "een heel getal",
    "float_type": "een getal",
    "float_parsing": "een getal",
    "bool_type": "true of false",
    "bool_parsing": "true of false",
    "list_type": "een lijst",
    "dict_type": "een groep sleutels",
    "model_type": "een groep sleutels",
    "model_attributes_type": "een groep sleutels",
}
_SOORT_HINTS = {
    "een lijst": "zet elk item op een eigen regel, beginnend met '- '",
    "een groep sleutels": "schrijf op de regels eronder, ingesprongen, 'sleutel: waarde'",
    "true of false": "schrijf true (ja) of false (nee)",
    "een heel getal": "schrijf alleen cijfers, zoals 5",
    "een getal": "schrijf een getal met een punt, zoals 77.25",
    "tekst": "zet de tekst tussen aanhalingstekens als hij met een teken begint",
}


class Gegevens(Protocol):
    """Plain data and a way to place a message in its file: a YAML file or a CSV row."""

    @property
    def data(self) -> Any: ...

    def melding(
        self,
        pad: Pad,
        tekst: str,
        hint: str = "",
        *,
        op_sleutel: bool = False,
        ernst: Ernst = Ernst.FOUT,
    ) -> Melding: ...


Ontbreekt = Callable[[Pad], tuple[Pad, str, str]]
"""Where and how to say that a required key is missing: (place, text, hint)."""


def _sleutel_ontbreekt(pad: Pad) -> tuple[Pad, str, str]:
    veld = str(pad[-1])
    return (
        pad[:-1],
        f"de verplichte sleutel '{veld}' ontbreekt",
        f"voeg '{veld}:' toe met een waarde",
    )


def valideer(
    model: type[M], bron: Gegevens, ontbreekt: Ontbreekt = _sleutel_ontbreekt
) -> tuple[M | None, list[Melding]]:
    try:
        return model.model_validate(bron.data), []
    except ValidationError as fouten:
        return None, [_vertaal(model, bron, f, ontbreekt) for f in fouten.errors(include_url=False)]


def _vertaal(
    model: type[BaseModel], bron: Gegevens, fout: ErrorDetails, ontbreekt: Ontbreekt
) -> Melding:
    pad: Pad = tuple(fout["loc"])
    soort = fout["type"]
    context: dict[str, Any] = dict(fout.get("ctx") or {})
    if soort.startswith("loket_"):
        return bron.melding(pad, fout["msg"], str(context.get("hint", "")))
    if soort == "extra_forbidden":
        return _onbekende_sleutel(model, bron, pad)
    if soort == "missing":
        return bron.melding(*ontbreekt(pad))
    return bron.melding(pad, *_tekst_en_hint(soort, pad, fout.get("input"), context))


def _tekst_en_hint(soort: str, pad: Pad, invoer: Any, context: dict[str, Any]) -> tuple[str, str]:
    veld = next((str(d) for d in reversed(pad) if isinstance(d, str)), "waarde")
    if invoer is None:
        return f"'{veld}' is leeg", "vul een waarde in na de dubbele punt of laat de sleutel weg"
    if soort in ("literal_error", "enum"):
        keuzes = ", ".join(re.findall(r"'([^']*)'", str(context.get("expected", ""))))
        return f"'{invoer}' is hier niet toegestaan", f"kies uit: {keuzes}"
    if soort == "too_short":
        return f"'{veld}' is leeg", "noem er minstens één"
    if soort in ("greater_than_equal", "greater_than"):
        grens = context.get("ge", context.get("gt"))
        return f"'{invoer}' is te klein", f"de waarde moet minstens {grens} zijn"
    if soort in ("less_than_equal", "less_than"):
        grens = context.get("le", context.get("lt"))
        return f"'{invoer}' is te groot", f"de waarde mag hooguit {grens} zijn"
    if soort == "finite_number":
        return f"'{veld}' moet een gewoon getal zijn", "schrijf een getal zoals 30 of 2.5"
    verwacht = _SOORT_NAMEN.get(soort)
    if verwacht:
        return f"'{veld}' moet {verwacht} zijn", _SOORT_HINTS[verwacht]
    return f"de waarde van '{veld}' klopt niet", "vergelijk met een voorbeeldbestand"


def _onbekende_sleutel(model: type[BaseModel], bestand: Gegevens, pad: Pad) -> Melding:
    sleutel = str(pad[-1])
    ouder = _model_op(model, pad[:-1])
    toegestaan = list(ouder.model_fields) if ouder else []
    voorstel = bedoelde_u(sleutel, toegestaan)
    tekst = f"onbekende sleutel '{sleutel}'" + (f"; {voorstel}" if voorstel else "")
    hint = f"toegestaan zijn: {', '.join(toegestaan)}"
    return bestand.melding(pad, tekst, hint, op_sleutel=True)


def _model_op(model: type[BaseModel], pad: Pad) -> type[BaseModel] | None:
    """The contract class that describes the mapping at `pad`, found by walking the fields."""
    soort: Any = model
    for deel in pad:
        if isinstance(deel, int):
            soort = _element(soort)
        elif (
            isinstance(soort, type) and issubclass(soort, BaseModel) and deel in soort.model_fields
        ):
            soort = _kern(soort.model_fields[deel].annotation)
        else:
            return None
    return soort if isinstance(soort, type) and issubclass(soort, BaseModel) else None


def _kern(soort: Any) -> Any:
    """Strip `Annotated[...]` and `X | None` down to X."""
    while True:
        if get_origin(soort) is Annotated:
            soort = get_args(soort)[0]
        elif get_origin(soort) in (Union, types.UnionType):
            anders = [a for a in get_args(soort) if a is not type(None)]
            soort = anders[0] if len(anders) == 1 else soort
            if len(anders) != 1:
                return soort
        else:
            return soort


def _element(soort: Any) -> Any:
    args = get_args(_kern(soort))
    return _kern(args[0]) if args else None
