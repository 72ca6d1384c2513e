"""A notice (`mededelingen/<id>.yaml`): a disruption, a warning or news, shown for a while."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Annotated, Any, Literal

from pydantic import (
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationInfo,
    WithJsonSchema,
    field_validator,
)

from loket.model.typen import Id, Markdown, Model, Tekst, fout
from loket.model.verwijzing import KanaalId, ProductId

Soort = Literal["storing", "let_op", "info"]

MOMENT_PATROON = r"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2})?)?$"
_MOMENT = re.compile(MOMENT_PATROON)
_HINT_MOMENT = "schrijf een datum (2026-12-05) of een datum met tijd (2026-12-05 08:00)"


def _als_moment(waarde: Any) -> date | datetime:
    """A day, or a day and a time in Dutch local time (no time zone: one clock for all)."""
    if isinstance(waarde, datetime):
        if waarde.tzinfo is not None:
            raise fout(
                "moment",
                "'{waarde}' heeft een tijdzone",
                "laat de tijdzone weg: Loket rekent met de Nederlandse tijd, "
                "zoals 2026-12-05 08:00",
                waarde=str(waarde),
            )
        return waarde.replace(second=0, microsecond=0)
    if isinstance(waarde, date):
        return waarde
    if isinstance(waarde, str) and _MOMENT.match(waarde.strip()):
        tekst = waarde.strip()
        try:
            if len(tekst) == 10:
                return date.fromisoformat(tekst)
            return datetime.fromisoformat(tekst.replace(" ", "T")).replace(second=0)
        except ValueError:
            pass
    raise fout("moment", "'{waarde}' is geen datum of tijdstip", _HINT_MOMENT, waarde=str(waarde))


Moment = Annotated[
    date | datetime,
    BeforeValidator(_als_moment),
    WithJsonSchema({"type": "string", "pattern": MOMENT_PATROON}),
]
"""`2026-12-05` (the whole day) or `2026-12-05 08:00` (from or until that minute)."""


def begin_van(moment: date | datetime) -> datetime:
    """The first minute a notice is active from `vanaf`."""
    return moment if isinstance(moment, datetime) else datetime.combine(moment, time())


def eind_van(moment: date | datetime) -> datetime:
    """The first minute a notice is no longer active after `tot`: a day is included whole."""
    if isinstance(moment, datetime):
        return moment
    return datetime.combine(moment + timedelta(days=1), time())


class Mededeling(Model):
    model_config = ConfigDict(
        title="Mededeling",
        json_schema_extra={
            "description": "Een tijdelijke mededeling op de site: een storing, iets om op te "
            "letten of nieuws. Elke mededeling heeft een eigen bestand in de map mededelingen."
        },
    )

    id: Id | None = Field(
        default=None,
        title="Id",
        description="Laat u het weg, dan is de bestandsnaam de id.",
        examples=["storing-digid"],
    )
    titel: Tekst = Field(
        title="Titel",
        description="Kort en duidelijk, zoals: Online aanvragen tijdelijk niet mogelijk.",
        examples=["Online aanvragen tijdelijk niet mogelijk"],
    )
    tekst: Markdown = Field(
        title="Tekst",
        description="Wat er aan de hand is en wat de inwoner nu kan doen.",
        examples=["Door onderhoud aan DigiD kunt u niet inloggen. Bel ons gerust."],
    )
    soort: Soort = Field(
        title="Soort",
        description="storing (iets werkt niet), let_op (iets om rekening mee te houden) of "
        "info (nieuws).",
        examples=["storing"],
    )
    vanaf: Moment = Field(
        title="Zichtbaar vanaf",
        description="Vanaf wanneer de mededeling op de site staat: een datum (2026-12-05) of "
        "een datum met tijd (2026-12-05 08:00).",
        examples=["2026-12-05 08:00", "2026-12-01"],
    )
    tot: Moment = Field(
        title="Zichtbaar tot",
        description="Tot wanneer de mededeling op de site staat. Een datum telt de hele dag "
        "mee; een tijd is het einde, zoals 2026-12-05 12:00.",
        examples=["2026-12-05 12:00", "2026-12-31"],
    )
    kanalen: list[KanaalId] = Field(
        default=[],
        title="Over deze kanalen",
        description="Ids van kanalen uit gemeente.yml. Dan staat de mededeling op de "
        "contactpagina; een storing zet het kanaal op 'Tijdelijk niet beschikbaar'. Laat u "
        "kanalen en producten weg, dan staat de mededeling bovenaan elke pagina.",
        examples=[["website"]],
    )
    producten: list[ProductId] = Field(
        default=[],
        title="Over deze producten",
        description="Ids van producten. Dan staat de mededeling bovenaan die productpagina's "
        "en op de contactpagina.",
        examples=[["paspoort"]],
    )

    @field_validator("tot")
    @classmethod
    def _tot_na_vanaf(cls, tot: date | datetime, info: ValidationInfo) -> date | datetime:
        vanaf = info.data.get("vanaf")
        if vanaf is not None and eind_van(tot) <= begin_van(vanaf):
            raise fout(
                "periode",
                "'tot' ligt niet na 'vanaf'",
                "de mededeling stopt na het begin: zet bij 'tot' een later moment",
            )
        return tot

    @property
    def begin(self) -> datetime:
        return begin_van(self.vanaf)

    @property
    def eind(self) -> datetime:
        return eind_van(self.tot)

    def actief_op(self, dag: date) -> bool:
        """Shown on the site built for `dag`: its period and that day overlap."""
        return self.begin < eind_van(dag) and self.eind > begin_van(dag)

    def voorbij_op(self, dag: date) -> bool:
        return self.eind <= begin_van(dag)

    @property
    def overal(self) -> bool:
        """About no channel or product in particular: shown on every page."""
        return not self.kanalen and not self.producten


@dataclass(frozen=True)
class MededelingBron:
    """A notice with its id and the YAML file it came from (relative to the gemeente map)."""

    id: str
    mededeling: Mededeling
    bestand: str
