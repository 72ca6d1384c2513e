"""A service promise (`servicenormen/<id>.yaml`) and its measured realisatie."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import ClassVar, Literal

from pydantic import ConfigDict, Field, model_validator

from loket.model.tabel import PeriodeCel, Rij, aantal, getal
from loket.model.typen import Markdown, Model, Tekst, fout
from loket.model.verwijzing import DimensieId, KanaalId, NormId

Eenheid = Literal["seconden", "minuten", "uren", "werkdagen", "dagen", "weken", "procent"]


class Norm(Model):
    """`{waarde: 30, eenheid: seconden, percentage: 80}`: within 30 seconds for 80 % of cases."""

    model_config = ConfigDict(
        title="Norm",
        json_schema_extra={
            "description": "De meetbare grens van de belofte, zoals binnen 30 seconden in 80 "
            "procent van de gevallen. Bij eenheid procent is de waarde zelf de grens."
        },
    )

    waarde: float = Field(
        gt=0,
        title="Waarde van de norm",
        description="Het getal van de norm, groter dan 0, zoals 30 bij 30 seconden. Bij eenheid "
        "procent is dit het percentage dat de gemeente wil halen, hooguit 100.",
        examples=[30, 2],
    )
    eenheid: Eenheid = Field(
        title="Eenheid van de norm",
        description="De eenheid van de waarde. Kies seconden, minuten, uren, werkdagen, dagen, "
        "weken of procent.",
        examples=["seconden", "werkdagen"],
    )
    percentage: float | None = Field(
        default=None,
        gt=0,
        le=100,
        title="Percentage van de gevallen",
        description="In hoeveel procent van de gevallen de gemeente de norm moet halen. Laat u "
        "het weg, dan is het 100; bij eenheid procent laat u het altijd weg.",
        examples=[80, 95],
    )

    @model_validator(mode="after")
    def _procent_is_zelf_een_aandeel(self) -> Norm:
        if self.eenheid == "procent" and (self.percentage is not None or self.waarde > 100):
            raise fout(
                "procent",
                "bij eenheid 'procent' is 'waarde' zelf het percentage (hooguit 100)",
                "schrijf bijvoorbeeld {waarde: 80, eenheid: procent} en laat 'percentage' weg",
            )
        return self

    @property
    def drempel(self) -> float:
        """The share that must be reached for the norm to count as kept.

        A time norm is kept when `percentage` of cases (100 when absent) were in time; a norm
        in `procent` is itself a share, so its `waarde` is the threshold.
        """
        if self.eenheid == "procent":
            return self.waarde
        return 100.0 if self.percentage is None else self.percentage


Bron = Literal["zaken", "telefonie"]
Meetperiode = Literal["maand", "kwartaal", "jaar"]


class Meting(Model):
    """Where the realisatie of a norm is measured: the source system, the zaaktypen it counts,
    the period it is counted over."""

    model_config = ConfigDict(
        title="Meting",
        json_schema_extra={
            "description": "Waar de realisatie van deze norm gemeten wordt: in de zaken uit het "
            "zaaksysteem of in de gesprekken van de telefooncentrale."
        },
    )

    bron: Bron = Field(
        title="Bron van de meting",
        description="zaken (het zaaksysteem, voor een norm in werkdagen, dagen of weken) of "
        "telefonie (de telefooncentrale, voor een norm in seconden of minuten).",
        examples=["zaken", "telefonie"],
    )
    zaaktypen: list[Tekst] = Field(
        default=[],
        title="Zaaktypen",
        description="Bij bron zaken: de zaaktypen die deze norm meet, als URL uit de Zaken API "
        "of als identificatie. Bij telefonie laat u dit weg.",
        examples=[["https://zaken.gemeente.nl/catalogi/api/v1/zaaktypen/7f3c…", "ZT-OMGEVING"]],
    )
    periode: Meetperiode = Field(
        default="kwartaal",
        title="Periode van de meting",
        description="Over welke periode Loket de cijfers telt: maand, kwartaal of jaar. Zonder "
        "periode: kwartaal.",
        examples=["kwartaal", "maand"],
    )

    @model_validator(mode="after")
    def _zaaktypen_bij_zaken(self) -> Meting:
        if self.bron == "zaken" and not self.zaaktypen:
            raise fout(
                "zaaktypen",
                "bij bron 'zaken' hoort een lijst 'zaaktypen'",
                "zet de zaaktypen uit het zaaksysteem die deze norm meet, zoals "
                "zaaktypen: [ZT-OMGEVING]",
            )
        if self.bron == "telefonie" and self.zaaktypen:
            raise fout(
                "zaaktypen",
                "bij bron 'telefonie' horen geen zaaktypen",
                "laat 'zaaktypen' weg: de telefooncentrale telt gesprekken, geen zaken",
            )
        return self


class Servicenorm(Model):
    model_config = ConfigDict(
        title="Servicenorm",
        json_schema_extra={
            "description": "Een belofte van de gemeente over de dienstverlening, met een "
            "meetbare norm. Elke servicenorm heeft een eigen bestand in de map servicenormen."
        },
    )

    titel: Tekst = Field(
        title="Titel van de servicenorm",
        description="Een korte titel voor de belofte.",
        examples=["Telefoon snel opnemen", "E-mail binnen 2 werkdagen beantwoord"],
    )
    belofte: Tekst = Field(
        title="Belofte aan inwoners",
        description="De belofte in één gewone zin. Schrijf met 'we' en 'u'.",
        examples=["We beantwoorden uw e-mail binnen 2 werkdagen."],
    )
    dimensie: DimensieId = Field(
        title="Dimensie van de norm",
        description="De id van een dimensie uit gemeente.yml, zoals bereikbaarheid, "
        "doorlooptijd, deskundigheid, hostmanship of transparantie.",
        examples=["bereikbaarheid", "doorlooptijd"],
    )
    kanaal: KanaalId | None = Field(
        default=None,
        title="Kanaal van de norm",
        description="De id van het kanaal uit gemeente.yml waar de belofte over gaat. Laat het "
        "weg als de belofte niet over één kanaal gaat.",
        examples=["telefoon", "email"],
    )
    norm: Norm = Field(
        title="Meetbare norm",
        description="De grens die de gemeente meet: waarde, eenheid en soms een percentage. Bij "
        "eenheid procent laat u percentage weg.",
        examples=[
            {"waarde": 30, "eenheid": "seconden", "percentage": 80},
            {"waarde": 95, "eenheid": "procent"},
        ],
    )
    wettelijke_grondslag: Tekst | None = Field(
        default=None,
        title="Wettelijke grondslag",
        description="De wet waarop de belofte steunt, als die er is.",
        examples=["Awb 4:13"],
    )
    als_niet_gehaald: Markdown = Field(
        title="Als het niet lukt",
        description="Wat inwoners kunnen doen als de gemeente de belofte niet nakomt. U mag "
        "Markdown gebruiken.",
        examples=["Heeft u na 2 werkdagen nog geen antwoord? Bel ons dan op 14 0190."],
    )
    toelichting: Markdown | None = Field(
        default=None,
        title="Toelichting bij de norm",
        description="Extra uitleg, bijvoorbeeld hoe de gemeente meet. U mag Markdown gebruiken.",
        examples=["We meten elke dag hoe lang u wacht. Het keuzemenu tellen we niet mee."],
    )
    meting: Meting | None = Field(
        default=None,
        title="Meting",
        description="Waar de cijfers van deze norm gemeten worden: in het zaaksysteem (zaken) "
        "of in de telefooncentrale (telefonie), en over welke periode. Loket controleert of de "
        "bron past bij de eenheid van de norm.",
        examples=[
            {"bron": "zaken", "zaaktypen": ["ZT-OMGEVING"], "periode": "kwartaal"},
            {"bron": "telefonie"},
        ],
    )


@dataclass(frozen=True)
class NormBron:
    id: str
    servicenorm: Servicenorm
    bestand: str


Percentage = getal(0, 100, "een percentage van 0 tot en met 100, met een punt: 83.5")
Metingen = aantal("het aantal metingen, zoals 1250")
Contacten = aantal("het aantal contacten, zoals 12500")
Rapportcijfer = getal(1, 10, "een rapportcijfer van 1 tot en met 10, zoals 7.4")


class Realisatie(Rij):
    """One row of realisatie.csv: how often a norm was kept in one period."""

    TABEL: ClassVar[str] = "realisatie"
    SLEUTEL: ClassVar[tuple[str, ...]] = ("servicenorm", "periode")

    servicenorm: NormId = Field(
        title="Servicenorm",
        description="De id van de servicenorm: de naam van het bestand in de map servicenormen, "
        "zonder .yaml.",
    )
    periode: PeriodeCel = Field(
        title="Periode",
        description="Het jaar (2026), het kwartaal (2026-Q1) of de maand (2026-03) van de meting.",
    )
    gehaald_percentage: Percentage = Field(
        title="Gehaald (procent)",
        description="Het deel van de gevallen dat binnen de norm bleef, in procenten, met een "
        "punt: 83.5. De norm is gehaald als dit cijfer minstens het percentage van de norm is.",
    )
    aantal: Metingen | None = Field(
        default=None,
        title="Aantal gemeten gevallen",
        description="Hoeveel gevallen we in deze periode hebben gemeten, zoals gesprekken, "
        "e-mails of besluiten. Mag leeg zijn.",
    )
    bron: Literal["zaken", "telefonie", "handmatig"] | None = Field(
        default=None,
        title="Bron van het cijfer",
        description="Waar het cijfer vandaan komt: zaken of telefonie als 'loket meet' het "
        "berekende, handmatig (of leeg) als iemand het intypte.",
    )

    def gehaald(self, norm: Norm) -> bool:
        """Kept when the share reached is at least the norm's percentage (100 when it has none)."""
        return self.gehaald_percentage >= Decimal(str(norm.drempel))


class Kanaalgebruik(Rij):
    """One row of kanaalgebruik.csv: contacts and rating of one channel in one period."""

    TABEL: ClassVar[str] = "kanaalgebruik"
    SLEUTEL: ClassVar[tuple[str, ...]] = ("periode", "kanaal")

    periode: PeriodeCel = Field(
        title="Periode",
        description="Het jaar (2025), het kwartaal (2025-Q1) of de maand (2025-03) van de telling.",
    )
    kanaal: KanaalId = Field(title="Kanaal", description="De id van het kanaal uit gemeente.yml.")
    aantal_contacten: Contacten = Field(
        title="Aantal contacten",
        description="Hoeveel contacten we in deze periode via dit kanaal hadden.",
    )
    waardering: Rapportcijfer | None = Field(
        default=None,
        title="Waardering",
        description="Het gemiddelde rapportcijfer dat inwoners dit kanaal gaven, van 1 tot en "
        "met 10, met een punt: 7.4. Mag leeg zijn.",
    )
