"""Value types of the YAML contract, each with a Dutch message when a value does not fit.

Errors are raised as `PydanticCustomError` whose type starts with `loket_`: its message is
already Dutch and its `hint` context says how to fix it, so validation passes it on as is.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Annotated, Any
from urllib.parse import urlsplit

from pydantic import AfterValidator, BaseModel, BeforeValidator, ConfigDict, WithJsonSchema
from pydantic_core import PydanticCustomError

from loket.model import veilige_markdown
from loket.model.tekens import teken_probleem
from loket.model.veilige_tekst import tekst_probleem

ID_PATROON = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
_NIET_IN_URL = re.compile(r"[\x00-\x20\x7f<>\"{}|\\^`]")
"""Characters RFC 3986 never allows in a URL: they could end the link where it is used."""
EMAIL_PATROON = re.compile(r"^[A-Za-z0-9._%+'-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}$")
MAX_BEDRAG = Decimal(10_000_000)
_DATUM_PATROON = re.compile(r"^\d{4}-\d{2}-\d{2}$")


class Model(BaseModel):
    """Base of every contract class: unknown keys are errors, values never change after load."""

    model_config = ConfigDict(extra="forbid", frozen=True, allow_inf_nan=False)


def fout(soort: str, tekst: str, hint: str = "", **context: Any) -> PydanticCustomError:
    return PydanticCustomError(f"loket_{soort}", tekst, {"hint": hint, **context})


def fout_over(soort: str, probleem: tuple[str, str]) -> PydanticCustomError:
    """The error for a (melding, hint) that may quote content: the melding goes in as a value,
    so braces in the content are never read as placeholders."""
    return fout(soort, "{melding}", probleem[1], melding=probleem[0])


GERESERVEERD = frozenset({"index"})
"""Ids that would take the place of an overview page (`/producten/index.md` is the A–Z list)."""


def id_probleem(waarde: str) -> tuple[str, str] | None:
    """(melding, hint) when `waarde` cannot be an id, else None."""
    if not ID_PATROON.match(waarde):
        hint = "gebruik alleen kleine letters, cijfers en streepjes, zoals 'paspoort-aanvragen'"
        return f"'{waarde}' is geen geldige id", hint
    if waarde in GERESERVEERD:
        hint = "kies een andere id: op deze plek staat al een overzichtspagina"
        return f"de id '{waarde}' is gereserveerd", hint
    return None


def _controleer_id(waarde: str) -> str:
    probleem = id_probleem(waarde)
    if probleem:
        raise fout_over("id", probleem)
    return waarde


def _delen(waarde: str) -> Any:
    """`urlsplit`, with what it refuses (a broken IPv6 host) and invisible characters as our
    own Dutch error."""
    probleem = teken_probleem(waarde, regels=False)
    if probleem:
        raise fout("teken", probleem[0], probleem[1])
    try:
        return urlsplit(waarde.strip())
    except ValueError:
        raise fout(
            "url",
            "'{waarde}' is geen volledige link",
            "schrijf de hele link, zoals https://www.gemeente.nl/paspoort",
            waarde=waarde,
        ) from None


def controleer_https(waarde: str) -> str:
    delen = _delen(waarde)
    if delen.scheme == "http":
        raise fout(
            "url",
            "de link '{waarde}' is niet beveiligd (http)",
            "gebruik een link die begint met https://",
            waarde=waarde,
        )
    if delen.scheme != "https" or not delen.netloc or _NIET_IN_URL.search(waarde.strip()):
        raise fout(
            "url",
            "'{waarde}' is geen volledige link",
            "schrijf de hele link, beginnend met https://, zoals https://www.gemeente.nl/paspoort",
            waarde=waarde,
        )
    return waarde.strip()


def controleer_periode(vanaf: date | None, tot: date | None, naam: str, waarvan: str) -> None:
    """`<naam>_tot` may not lie before `<naam>_vanaf` (both days included)."""
    if vanaf and tot and tot < vanaf:
        raise fout(
            "periode",
            f"'{naam}_tot' ligt vóór '{naam}_vanaf'",
            f"de laatste dag {waarvan} komt na de eerste dag",
        )


def _alleen_datum(waarde: Any) -> date:
    if isinstance(waarde, date) and not isinstance(waarde, datetime):
        return waarde
    tekst = str(waarde)
    try:
        if isinstance(waarde, str) and _DATUM_PATROON.match(waarde):
            return date.fromisoformat(waarde)
    except ValueError:
        pass
    raise fout(
        "datum",
        "'{waarde}' is geen bestaande datum",
        "schrijf de datum als JJJJ-MM-DD, bijvoorbeeld 2027-03-31",
        waarde=tekst,
    )


def _als_bedrag(waarde: Any) -> Decimal:
    hint = "schrijf het bedrag als getal met een punt, zonder €-teken, bijvoorbeeld 77.25"
    if isinstance(waarde, bool) or not isinstance(waarde, int | float):
        raise fout("bedrag", "'{waarde}' is geen bedrag", hint, waarde=str(waarde))
    try:
        bedrag = Decimal(str(waarde))
    except InvalidOperation:
        raise fout("bedrag", "'{waarde}' is geen bedrag", hint, waarde=str(waarde)) from None
    if (
        not bedrag.is_finite() or not 0 <= bedrag <= MAX_BEDRAG or bedrag.as_tuple().exponent < -2  # type: ignore[operator]
    ):
        raise fout(
            "bedrag",
            "'{waarde}' is geen geldig bedrag",
            hint + " (hooguit 2 decimalen, niet negatief, hooguit 10 miljoen)",
            waarde=str(waarde),
        )
    return bedrag


def _alleen_tekst(waarde: Any) -> Any:
    """Refuse numbers and booleans where text is meant: YAML reads `ja` or `14 0190` loosely."""
    if waarde is None:
        raise fout("leeg", "deze waarde is leeg", "vul een tekst in na de dubbele punt")
    if isinstance(waarde, bool | int | float):
        raise fout(
            "tekst",
            "'{waarde}' moet tekst zijn",
            'zet de waarde tussen aanhalingstekens: "..."',
            waarde=str(waarde),
        )
    if not isinstance(waarde, str):
        raise fout(
            "tekst", "deze waarde moet tekst zijn", "schrijf gewone tekst na de dubbele punt"
        )
    return waarde


def _niet_leeg(waarde: str) -> str:
    if not waarde.strip():
        raise fout("leeg", "deze tekst is leeg", "vul een tekst in of laat de sleutel weg")
    return waarde


def _een_regel(waarde: str) -> str:
    """One line of plain text: no invisible characters, no HTML, no unsafe links."""
    probleem = teken_probleem(waarde, regels=False) or tekst_probleem(waarde)
    if probleem:
        raise fout_over("tekst", probleem)
    return waarde


def _veilige_markdown(waarde: str) -> str:
    """Markdown: no raw HTML or unsafe or incomplete links, and within the one allowlist of
    `veilige_markdown` (images only from the site itself)."""
    probleem = teken_probleem(waarde, regels=True) or tekst_probleem(waarde, afbeeldingen=True)
    if probleem is None:
        gevonden = veilige_markdown.problemen(waarde)
        probleem = gevonden[0] if gevonden else None
    if probleem:
        raise fout_over("markdown", probleem)
    return waarde


Tekst = Annotated[
    str, BeforeValidator(_alleen_tekst), AfterValidator(_niet_leeg), AfterValidator(_een_regel)
]
"""Plain text on one line: shown as it is, never read as Markdown; HTML is refused all the
same, as a sign of a copy-paste that would show tags to inwoners."""

Markdown = Annotated[
    str,
    BeforeValidator(_alleen_tekst),
    AfterValidator(_niet_leeg),
    AfterValidator(_veilige_markdown),
    WithJsonSchema({"type": "string", "contentMediaType": "text/markdown"}),
]
"""Text in the small Markdown of `veilige_markdown`: never raw HTML, attributes or h1/h2."""


def _controleer_email(waarde: str) -> str:
    if not EMAIL_PATROON.match(waarde.strip()):
        raise fout(
            "email",
            "'{waarde}' is geen e-mailadres",
            "schrijf een adres zoals info@gemeente.nl",
            waarde=waarde,
        )
    return waarde.strip()


def tekstsoort(controle: Any, schema: dict[str, Any]) -> Any:
    """A text type: refuses what is not text, then `controle`; `schema` for editors."""
    return Annotated[
        str, BeforeValidator(_alleen_tekst), AfterValidator(controle), WithJsonSchema(schema)
    ]


Email = tekstsoort(_controleer_email, {"type": "string", "format": "email"})
Id = tekstsoort(_controleer_id, {"type": "string", "pattern": ID_PATROON.pattern})


def _controleer_uri(waarde: str) -> str:
    delen = _delen(waarde)
    schoon = waarde.strip()
    if delen.scheme not in ("http", "https") or not delen.netloc or _NIET_IN_URL.search(schoon):
        raise fout(
            "uri",
            "'{waarde}' is geen volledige URI",
            "schrijf de hele URI, zoals http://standaarden.overheid.nl/owms/terms/Paspoort",
            waarde=waarde,
        )
    return waarde.strip()


Uri = tekstsoort(_controleer_uri, {"type": "string", "format": "uri", "pattern": "^https?://"})
"""An identifier such as a UPL URI: never shown as a link, so http is allowed (the UPL uses it)."""

HttpsUrl = tekstsoort(controleer_https, {"type": "string", "format": "uri", "pattern": "^https://"})

Datum = Annotated[
    date,
    BeforeValidator(_alleen_datum),
    WithJsonSchema({"type": "string", "format": "date"}),
]

Bedrag = Annotated[
    Decimal,
    BeforeValidator(_als_bedrag),
    # No multipleOf 0.01: in floating point 77.85 is not a multiple of it, and editors would
    # underline correct prices. The two decimals are checked by Loket itself.
    WithJsonSchema({"type": "number", "minimum": 0, "maximum": float(MAX_BEDRAG)}),
]
