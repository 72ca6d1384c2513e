"""A product or service (`producten/<id>.yaml`): what it is and how an inwoner arranges it."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from pydantic import AfterValidator, BeforeValidator, Field, WithJsonSchema, model_validator

from loket.model.typen import (
    Bedrag,
    Datum,
    HttpsUrl,
    Id,
    Markdown,
    Model,
    Tekst,
    controleer_https,
    fout,
)

Doelgroep = Literal["inwoner", "ondernemer", "instelling"]
Inloggen = Literal["digid", "eherkenning", "geen"]
MAX_SAMENVATTING = 160


def _korte_samenvatting(tekst: str) -> str:
    if len(tekst) > MAX_SAMENVATTING:
        raise fout(
            "te_lang",
            "de samenvatting is {lengte} tekens lang; de grens is {grens}",
            "houd het bij één of twee korte zinnen; de rest hoort in 'beschrijving'",
            lengte=len(tekst),
            grens=MAX_SAMENVATTING,
        )
    return tekst


def _afspraak(waarde: Any) -> bool | str:
    """`afspraak` is `true`/`false` or the https link where the appointment is made."""
    if isinstance(waarde, bool):
        return waarde
    if isinstance(waarde, str) and waarde.startswith(("http://", "https://")):
        return controleer_https(waarde)
    raise fout(
        "afspraak",
        "'{waarde}' past niet bij 'afspraak'",
        "schrijf true (afspraak nodig), false, of de https-link om een afspraak te maken",
        waarde=str(waarde),
    )


Afspraak = Annotated[
    bool | str,
    BeforeValidator(_afspraak),
    WithJsonSchema({"oneOf": [{"type": "boolean"}, {"type": "string", "pattern": "^https://"}]}),
]


class Aanvraagkanaal(Model):
    """One way to arrange the product, pointing at a channel of `gemeente.yml`."""

    kanaal: Id
    url: HttpsUrl | None = None
    inloggen: Inloggen | None = None
    afspraak: Afspraak | None = None
    toelichting: Markdown | None = None


class Kosten(Model):
    omschrijving: Tekst
    bedrag: Bedrag
    kanaal: Id | None = None
    geldig_vanaf: Datum | None = None


class Doorlooptijd(Model):
    werkdagen: int | None = Field(default=None, ge=0)
    dagen: int | None = Field(default=None, ge=0)
    weken: int | None = Field(default=None, ge=0)
    toelichting: Markdown | None = None

    @model_validator(mode="after")
    def _precies_een_eenheid(self) -> Doorlooptijd:
        if sum(v is not None for v in (self.werkdagen, self.dagen, self.weken)) != 1:
            raise fout(
                "doorlooptijd",
                "noem de doorlooptijd in precies één eenheid",
                "gebruik één van 'werkdagen', 'dagen' of 'weken', zoals 'werkdagen: 5'",
            )
        return self


class Vraag(Model):
    vraag: Tekst
    antwoord: Markdown


class Link(Model):
    titel: Tekst
    url: HttpsUrl


class Product(Model):
    naam: Tekst
    id: Id | None = None
    samenvatting: Annotated[Tekst, AfterValidator(_korte_samenvatting)]
    upl: Tekst | None = None
    upl_uri: HttpsUrl | None = None
    doelgroep: list[Doelgroep] = Field(min_length=1)
    themas: list[Id] = Field(min_length=1)
    trefwoorden: list[Tekst] = []
    beschrijving: Markdown
    voorwaarden: Markdown | None = None
    meenemen: list[Markdown] = []
    aanvragen: list[Aanvraagkanaal] = Field(min_length=1)
    kosten: list[Kosten] = []
    doorlooptijd: Doorlooptijd | None = None
    servicenormen: list[Id] = []
    wettelijke_termijn: Tekst | None = None
    bezwaar_en_beroep: Markdown | None = None
    veelgestelde_vragen: list[Vraag] = []
    links: list[Link] = []
    gerelateerd: list[Id] = []
    organisaties: list[Id] = []
    eigenaar: Tekst
    herzien_voor: Datum
    laatst_gecontroleerd: Datum | None = None
