"""The rows of a CSV table as a contract class, and the Table Schema derived from it.

A table (organisaties, realisatie, kanaalgebruik) is declared once, as a `Rij` model whose
fields are cell types. The cell types read the text of a cell, with a Dutch message when it
does not fit, and carry the JSON Schema that `tabel_schema` turns into a Frictionless Table
Schema. The same fields give the columns of the open-data CSV (`kolommen`, `cellen`).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, BeforeValidator, PlainValidator, WithJsonSchema

from loket.model.periode import PERIODE_PATROON, Periode
from loket.model.tekens import teken_probleem
from loket.model.typen import Model, fout, fout_over
from loket.model.veilige_tekst import tekst_probleem
from loket.model.verwijzing import verwijzingen

LIJST_SCHEIDING = ";"
JA = ("true", "ja", "1")
NEE = ("false", "nee", "0")


class Rij(Model):
    """One row of a table. `TABEL`: its name in the data package (and of its CSV file);
    `SLEUTEL`: the columns that together may occur only once."""

    TABEL: ClassVar[str]
    SLEUTEL: ClassVar[tuple[str, ...]]


def _cel_tekst(waarde: str) -> str:
    probleem = teken_probleem(waarde, regels=True) or tekst_probleem(waarde)
    if probleem:
        raise fout_over("tekst", probleem)
    return waarde


CelTekst = Annotated[str, AfterValidator(_cel_tekst)]
"""Text in a cell: several lines may be, HTML and unsafe links may not."""


def _lijst(waarde: Any) -> Any:
    if not isinstance(waarde, str):
        return waarde
    return tuple(_cel_tekst(d.strip()) for d in waarde.split(LIJST_SCHEIDING) if d.strip())


Lijst = Annotated[
    tuple[str, ...],
    BeforeValidator(_lijst),
    WithJsonSchema({"type": "string", "description": "woorden gescheiden door ';'"}),
]
"""`jongeren;ouders` in the cell, a tuple of words in the model."""


def _ja_nee(waarde: Any) -> Any:
    tekst = str(waarde).casefold()
    if isinstance(waarde, bool):
        return waarde
    if tekst in JA or tekst in NEE:
        return tekst in JA
    raise fout(
        "ja_nee",
        "'{waarde}' is geen ja of nee",
        "schrijf true (ja) of false (nee)",
        waarde=str(waarde),
    )


JaNee = Annotated[bool, BeforeValidator(_ja_nee), WithJsonSchema({"type": "boolean"})]


def _periode(waarde: Any) -> Periode:
    gelezen = waarde if isinstance(waarde, Periode) else Periode.lees(str(waarde))
    if gelezen is None:
        raise fout(
            "periode",
            "'{waarde}' is geen periode",
            "schrijf een jaar (2026), een kwartaal (2026-Q2) of een maand (2026-03), "
            "met een jaar van 1900 tot en met 2200",
            waarde=str(waarde),
        )
    return gelezen


PeriodeCel = Annotated[
    Periode,
    PlainValidator(_periode),
    WithJsonSchema({"type": "string", "pattern": PERIODE_PATROON.pattern}),
]


def getal(minimum: int, maximum: int, hint: str) -> Any:
    """A decimal number from `minimum` to `maximum` (both included)."""

    def lees(waarde: Any) -> Decimal:
        try:
            getal = Decimal(str(waarde))
        except InvalidOperation:
            raise fout("getal", "'{waarde}' is geen getal", hint, waarde=str(waarde)) from None
        if not getal.is_finite() or not minimum <= getal <= maximum:
            tekst = f"'{{waarde}}' moet tussen {minimum} en {maximum} liggen"
            raise fout("getal", tekst, hint, waarde=str(waarde))
        return getal

    schema = {"type": "number", "minimum": minimum, "maximum": maximum}
    return Annotated[Decimal, PlainValidator(lees), WithJsonSchema(schema)]


def aantal(hint: str) -> Any:
    """A whole number of 0 or more."""

    def lees(waarde: Any) -> int:
        tekst = str(waarde)
        if isinstance(waarde, bool) or not tekst.isascii() or not tekst.isdigit():
            raise fout("aantal", "'{waarde}' is geen heel getal van 0 of meer", hint, waarde=tekst)
        return int(tekst)

    return Annotated[int, PlainValidator(lees), WithJsonSchema({"type": "integer", "minimum": 0})]


def kolommen(model: type[Rij]) -> tuple[str, ...]:
    return tuple(model.model_fields)


def cellen(rij: Rij) -> dict[str, str]:
    """The row as the text of its cells, as a CSV holds it."""
    return {naam: _als_cel(getattr(rij, naam)) for naam in kolommen(type(rij))}


def _als_cel(waarde: Any) -> str:
    if waarde is None:
        return ""
    if isinstance(waarde, bool):
        return str(waarde).lower()
    if isinstance(waarde, tuple):
        return LIJST_SCHEIDING.join(waarde)
    if isinstance(waarde, date):
        return waarde.isoformat()
    return str(waarde)


def tabel_schema(
    model: type[Rij], keuzes: Mapping[str, Collection[str]] | None = None
) -> dict[str, Any]:
    """The Frictionless Table Schema of `model`. `keuzes` gives, per kind of reference
    (`categorie`), the ids a marked column may hold: they become its `enum`."""
    json_schema = model.model_json_schema(mode="validation")
    verplicht = set(json_schema.get("required", []))
    soorten = dict(verwijzingen(model))
    velden = []
    for naam, veld in model.model_fields.items():
        eigen = _zonder_null(json_schema["properties"][naam])
        beperkingen: dict[str, Any] = {"required": True} if naam in verplicht else {}
        if (naam,) == model.SLEUTEL:
            beperkingen["unique"] = True
        beperkingen |= _beperkingen(eigen)
        if keuzes and soorten.get(naam) in keuzes:
            beperkingen["enum"] = sorted(keuzes[soorten[naam]])
        velden.append(
            {
                "name": naam,
                "title": veld.title or naam,
                "description": veld.description or "",
                **_soort(eigen),
                **({"constraints": beperkingen} if beperkingen else {}),
            }
        )
    return {"fields": velden, "primaryKey": list(model.SLEUTEL)}


def _zonder_null(eigen: dict[str, Any]) -> dict[str, Any]:
    """`X | None` in JSON Schema is `anyOf: [X, null]`: the column's type is X."""
    anders = [d for d in eigen.get("anyOf", []) if d.get("type") != "null"]
    return anders[0] if len(anders) == 1 else eigen


def _soort(eigen: dict[str, Any]) -> dict[str, Any]:
    soort = eigen.get("type", "string")
    if soort == "string" and eigen.get("format") == "date":
        return {"type": "date", "format": "default"}
    if soort == "boolean":
        return {"type": "boolean", "trueValues": list(JA), "falseValues": list(NEE)}
    if soort == "string" and eigen.get("format") in ("email", "uri"):
        return {"type": "string", "format": eigen["format"]}
    return {"type": soort}


def _beperkingen(eigen: dict[str, Any]) -> dict[str, Any]:
    beperkingen = {k: eigen[k] for k in ("minimum", "maximum") if k in eigen}
    if "pattern" in eigen:
        beperkingen["pattern"] = _heel_patroon(eigen["pattern"])
    return beperkingen


def _heel_patroon(patroon: str) -> str:
    """JSON Schema searches with a pattern, Table Schema matches the whole cell with it."""
    kern = patroon.removeprefix("^")
    return kern.removesuffix("$") if kern.endswith("$") else f"{kern}.*"
