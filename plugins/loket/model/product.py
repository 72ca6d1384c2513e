"""A product or service (`producten/<id>.yaml`): what it is and how an inwoner arranges it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Annotated, Any, Literal

from pydantic import (
    AfterValidator,
    BeforeValidator,
    ConfigDict,
    Field,
    WithJsonSchema,
    model_validator,
)

from loket.model.typen import (
    Bedrag,
    Datum,
    HttpsUrl,
    Id,
    Markdown,
    Model,
    Tekst,
    Uri,
    controleer_https,
    controleer_periode,
    fout,
)
from loket.model.verwijzing import KanaalId, NormId, OrganisatieId, ProductId, ThemaId

Doelgroep = Literal["inwoner", "ondernemer", "instelling"]
Betaalmethode = Literal["pin", "contant", "ideal", "creditcard", "factuur", "acceptgiro"]
Inloggen = Literal["digid", "eherkenning", "geen"]
MAX_SAMENVATTING = 160
_JA_NEE = {"true": True, "false": False, "ja": True, "nee": False}


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
    if isinstance(waarde, str) and waarde.strip().lower() in _JA_NEE:
        return _JA_NEE[waarde.strip().lower()]  # a form field (the web editor) saves text
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

    model_config = ConfigDict(
        title="Manier van aanvragen",
        json_schema_extra={
            "description": "Eén manier om het product te regelen, via een kanaal uit "
            "gemeente.yml. Samen vormen ze het blok 'Hoe regelt u het?'."
        },
    )

    kanaal: KanaalId = Field(
        title="Kanaal uit gemeente.yml",
        description="De id van een kanaal uit gemeente.yml, zoals website of balie.",
        examples=["website", "balie"],
    )
    url: HttpsUrl | None = Field(
        default=None,
        title="Link om te regelen",
        description="De pagina waar inwoners het product regelen, beginnend met https://. "
        "Zonder deze link gebruikt de site bij een click-kanaal de link uit gemeente.yml.",
        examples=["https://mijn.lindewaard.nl/paspoort"],
    )
    inloggen: Inloggen | None = Field(
        default=None,
        title="Manier van inloggen",
        description="Hoe inwoners inloggen via dit kanaal. Kies digid, eherkenning (voor "
        "ondernemers) of geen.",
        examples=["digid", "eherkenning"],
    )
    afspraak: Afspraak | None = Field(
        default=None,
        title="Afspraak nodig",
        description="Schrijf true als een afspraak nodig is, false als dat niet hoeft, of de "
        "https-link om een afspraak te maken. Laat u het weg, dan geldt wat bij het kanaal staat.",
        examples=[True, "https://afspraak.lindewaard.nl/paspoort"],
    )
    toelichting: Markdown | None = Field(
        default=None,
        title="Toelichting bij dit kanaal",
        description="Extra uitleg over het regelen via dit kanaal. U mag Markdown gebruiken.",
        examples=["Maak online een afspraak. De aanvraag zelf doet u aan de balie."],
    )


class Kosten(Model):
    model_config = ConfigDict(
        title="Kosten",
        json_schema_extra={
            "description": "Eén bedrag dat inwoners betalen voor het product. Schrijf voor elk "
            "tarief een eigen regel."
        },
    )

    omschrijving: Tekst = Field(
        title="Waarvoor u betaalt",
        description="Waar het bedrag voor is, zoals het soort document of de leeftijd.",
        examples=["Paspoort 18 jaar en ouder (10 jaar geldig)", "Extra kosten voor spoed"],
    )
    bedrag: Bedrag = Field(
        title="Bedrag in euro",
        description="Het bedrag in euro als getal met een punt, zonder €-teken, zoals 77.25. "
        "Schrijf 0 als het gratis is.",
        examples=[77.25, 0],
    )
    kanaal: KanaalId | None = Field(
        default=None,
        title="Alleen via kanaal",
        description="Vul dit alleen in als de prijs per kanaal verschilt. Schrijf de id van het "
        "kanaal uit gemeente.yml.",
        examples=["website", "balie"],
    )
    geldig_vanaf: Datum | None = Field(
        default=None,
        title="Geldig vanaf datum",
        description="De eerste dag waarop dit bedrag geldt. Schrijf JJJJ-MM-DD. Een bedrag "
        "dat later ingaat, staat tot die dag als aankondiging op de pagina.",
        examples=["2027-01-01"],
    )
    geldig_tot: Datum | None = Field(
        default=None,
        title="Geldig tot en met datum",
        description="De laatste dag waarop dit bedrag geldt. Schrijf JJJJ-MM-DD. Daarna "
        "verdwijnt het bedrag van de pagina.",
        examples=["2026-12-31"],
    )

    @model_validator(mode="after")
    def _tot_na_vanaf(self) -> Kosten:
        controleer_periode(self.geldig_vanaf, self.geldig_tot, "geldig", "van een bedrag")
        return self

    @property
    def sleutel(self) -> tuple[str, str | None]:
        """Entries with the same description and channel are one price over time."""
        return (" ".join(self.omschrijving.split()).casefold(), self.kanaal)

    def geldt_op(self, dag: date) -> bool:
        return (self.geldig_vanaf or dag) <= dag <= (self.geldig_tot or dag)

    def later(self, dag: date) -> bool:
        """Announced: it starts after `dag`."""
        return self.geldig_vanaf is not None and self.geldig_vanaf > dag


@dataclass(frozen=True)
class Prijs:
    """One price as the peildatum sees it: the amount in force and what comes next."""

    nu: Kosten | None
    straks: list[Kosten]


def prijzen_op(kosten: list[Kosten], dag: date) -> list[Prijs]:
    """Per description and channel (in the order written), the price in force on `dag` and the
    ones announced after it; a price whose period has ended is gone."""
    groepen: dict[tuple[str, str | None], list[Kosten]] = {}
    for k in kosten:
        groepen.setdefault(k.sleutel, []).append(k)
    prijzen = []
    for groep in groepen.values():
        nu = next((k for k in groep if k.geldt_op(dag)), None)
        straks = sorted((k for k in groep if k.later(dag)), key=lambda k: k.geldig_vanaf or dag)
        if nu or straks:
            prijzen.append(Prijs(nu, straks))
    return prijzen


class Doorlooptijd(Model):
    model_config = ConfigDict(
        title="Doorlooptijd",
        json_schema_extra={
            "description": "Hoe lang het ongeveer duurt voordat het product klaar is. Gebruik "
            "precies één van werkdagen, dagen of weken."
        },
    )

    werkdagen: int | None = Field(
        default=None,
        ge=0,
        title="Aantal werkdagen",
        description="Hoeveel werkdagen het duurt, als heel getal. Gebruik werkdagen, dagen of "
        "weken, nooit twee tegelijk.",
        examples=[5],
    )
    dagen: int | None = Field(
        default=None,
        ge=0,
        title="Aantal dagen",
        description="Hoeveel dagen het duurt, als heel getal. Gebruik werkdagen, dagen of "
        "weken, nooit twee tegelijk.",
        examples=[14],
    )
    weken: int | None = Field(
        default=None,
        ge=0,
        title="Aantal weken",
        description="Hoeveel weken het duurt, als heel getal. Gebruik werkdagen, dagen of "
        "weken, nooit twee tegelijk.",
        examples=[8],
    )
    toelichting: Markdown | None = Field(
        default=None,
        title="Toelichting bij doorlooptijd",
        description="Extra uitleg over hoe lang het duurt, bijvoorbeeld bij spoed. U mag "
        "Markdown gebruiken.",
        examples=["Met een spoedaanvraag kunt u uw paspoort vaak de volgende werkdag ophalen."],
    )

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
    model_config = ConfigDict(
        title="Veelgestelde vraag",
        json_schema_extra={
            "description": "Een vraag die inwoners vaak stellen over dit product, met het antwoord."
        },
    )

    vraag: Tekst = Field(
        title="Tekst van de vraag",
        description="De vraag zoals een inwoner die stelt, met een vraagteken aan het eind.",
        examples=["Mijn paspoort is kwijt. Wat moet ik doen?"],
    )
    antwoord: Markdown = Field(
        title="Antwoord op de vraag",
        description="Een kort antwoord in gewone taal. U mag Markdown gebruiken.",
        examples=["Meld het bij de balie. Is het gestolen? Doe dan ook aangifte bij de politie."],
    )


class Link(Model):
    model_config = ConfigDict(
        title="Link naar meer informatie",
        json_schema_extra={
            "description": "Een link naar een andere pagina met meer informatie, ook buiten de "
            "site van de gemeente."
        },
    )

    titel: Tekst = Field(
        title="Tekst van de link",
        description="De tekst die bezoekers zien. Zeg waar de link naartoe gaat.",
        examples=["Eisen voor een pasfoto (Rijksoverheid)"],
    )
    url: HttpsUrl = Field(
        title="Adres van de link",
        description="Het adres van de pagina. Schrijf de hele link, beginnend met https://.",
        examples=["https://www.rijksoverheid.nl/onderwerpen/paspoort-en-identiteitskaart"],
    )


class AanvraagEn(Model):
    model_config = ConfigDict(
        title="Kanaal in het Engels",
        json_schema_extra={"description": "De Engelse tekst bij een kanaal onder 'aanvragen'."},
    )

    toelichting: Markdown | None = Field(
        default=None,
        title="Toelichting in het Engels",
        description="De Engelse vertaling van de toelichting bij dit kanaal.",
        examples=["Come to the desk yourself."],
    )


class KostenEn(Model):
    model_config = ConfigDict(
        title="Bedrag in het Engels",
        json_schema_extra={"description": "De Engelse omschrijving van een bedrag."},
    )

    omschrijving: Tekst = Field(
        title="Omschrijving in het Engels",
        description="De Engelse vertaling van de omschrijving van dit bedrag.",
        examples=["Passport, 18 years and older"],
    )


class VraagEn(Model):
    model_config = ConfigDict(
        title="Vraag in het Engels",
        json_schema_extra={"description": "Een veelgestelde vraag met antwoord, in het Engels."},
    )

    vraag: Tekst = Field(
        title="Vraag in het Engels",
        description="De Engelse vertaling van de vraag.",
        examples=["Can I apply for a passport and an ID card at the same time?"],
    )
    antwoord: Markdown = Field(
        title="Antwoord in het Engels",
        description="De Engelse vertaling van het antwoord. U mag Markdown gebruiken.",
        examples=["Yes. You pay for both documents."],
    )


class ProductEn(Model):
    """The English texts of a product, for its page under /en/ (Single Digital Gateway)."""

    model_config = ConfigDict(
        title="Engelse tekst",
        json_schema_extra={
            "description": "De Engelse tekst van het product, voor de Engelse pagina. Lijsten "
            "staan in dezelfde volgorde als de Nederlandse."
        },
    )

    naam: Tekst = Field(
        title="Naam in het Engels",
        description="De titel van de Engelse pagina.",
        examples=["Apply for a passport"],
    )
    samenvatting: Annotated[Tekst, AfterValidator(_korte_samenvatting)] = Field(
        title="Samenvatting in het Engels",
        description="Eén of twee Engelse zinnen over het product, hooguit 160 tekens.",
        examples=["Apply for a passport at the desk. Make an appointment first."],
        json_schema_extra={"maxLength": MAX_SAMENVATTING},
    )
    beschrijving: Markdown | None = Field(
        default=None,
        title="Wat is het? (Engels)",
        description="De Engelse uitleg van het product.",
        examples=["With a passport you can travel to every country."],
    )
    voorwaarden: Markdown | None = Field(
        default=None,
        title="Voorwaarden (Engels)",
        description="De Engelse voorwaarden.",
        examples=["- You are registered in the municipality."],
    )
    meenemen: list[Markdown] = Field(
        default=[],
        title="Wat heeft u nodig? (Engels)",
        description="De Engelse lijst, in dezelfde volgorde als 'meenemen'.",
        examples=[["Your current passport or ID card"]],
    )
    aanvragen: list[AanvraagEn] = Field(
        default=[],
        title="Kanalen (Engels)",
        description="Per kanaal onder 'aanvragen', in dezelfde volgorde, de Engelse toelichting.",
        examples=[[{"toelichting": "Come to the desk yourself."}]],
    )
    kosten: list[KostenEn] = Field(
        default=[],
        title="Kosten (Engels)",
        description="Per bedrag onder 'kosten', in dezelfde volgorde, de Engelse omschrijving.",
        examples=[[{"omschrijving": "Passport, 18 years and older"}]],
    )
    wettelijke_termijn: Tekst | None = Field(
        default=None,
        title="Wettelijke termijn (Engels)",
        description="De wettelijke termijn in het Engels.",
        examples=["8 weeks (General Administrative Law Act, section 4:13)"],
    )
    als_wij_niet_op_tijd_beslissen: Markdown | None = Field(
        default=None,
        title="Als wij niet op tijd beslissen (Engels)",
        description="In het Engels: wat er gebeurt als de gemeente niet op tijd beslist.",
        examples=["If we do not decide in time, send us a notice of default."],
    )
    bezwaar_en_beroep: Markdown | None = Field(
        default=None,
        title="Bezwaar en beroep (Engels)",
        description="In het Engels: hoe inwoners bezwaar maken.",
        examples=["Do you disagree with our decision? Object within 6 weeks."],
    )
    veelgestelde_vragen: list[VraagEn] = Field(
        default=[],
        title="Veelgestelde vragen (Engels)",
        description="De Engelse vragen en antwoorden, in dezelfde volgorde.",
        examples=[[{"vraag": "My passport is lost. What now?", "antwoord": "Report it."}]],
    )


TALIG_GELIJK = ("meenemen", "aanvragen", "kosten", "veelgestelde_vragen")
"""The lists of `en:` that follow the Dutch list item by item."""


class Product(Model):
    model_config = ConfigDict(
        title="Product",
        json_schema_extra={
            "description": "Een product of dienst van de gemeente, met alles wat een inwoner "
            "moet weten om het te regelen. Elk product heeft een eigen bestand in de map "
            "producten."
        },
    )

    naam: Tekst = Field(
        title="Naam van het product",
        description="De titel van de pagina. Zeg kort wat de inwoner regelt.",
        examples=["Paspoort aanvragen", "Grofvuil laten ophalen"],
    )
    id: Id | None = Field(
        default=None,
        title="Id van het product",
        description="Het deel van de link na /producten/, in kleine letters, cijfers en "
        "streepjes. Laat u het weg, dan is het de naam van het bestand.",
        examples=["paspoort"],
    )
    samenvatting: Annotated[Tekst, AfterValidator(_korte_samenvatting)] = Field(
        title="Korte samenvatting",
        description="Eén of twee zinnen over het product, hooguit 160 tekens. Deze tekst staat "
        "onder meer bij zoekresultaten.",
        examples=["Vraag een paspoort aan bij de balie. Maak eerst een afspraak."],
        json_schema_extra={"maxLength": MAX_SAMENVATTING},
    )

    upl: Tekst | None = Field(
        default=None,
        title="Uniforme productnaam (UPL)",
        description="De naam van het product in de Uniforme Productnamenlijst (UPL) van de "
        "overheid.",
        examples=["paspoort"],
    )
    upl_uri: Uri | None = Field(
        default=None,
        title="URI van de UPL-naam",
        description="De URI van deze naam in de Uniforme Productnamenlijst, zoals hij in de "
        "lijst staat. Vul hem in als de naam niet in de UPL-lijst van Loket staat.",
        examples=["http://standaarden.overheid.nl/owms/terms/Paspoort"],
    )

    doelgroep: list[Doelgroep] = Field(
        min_length=1,
        title="Voor wie het is",
        description="Voor wie het product is: inwoner, ondernemer of instelling. Noem er "
        "minstens één.",
        examples=[["inwoner"], ["inwoner", "ondernemer"]],
    )
    themas: list[ThemaId] = Field(
        min_length=1,
        title="Thema's van het product",
        description="De ids van de thema's uit gemeente.yml waaronder dit product valt. Noem er "
        "minstens één.",
        examples=[["documenten"]],
    )
    trefwoorden: list[Tekst] = Field(
        default=[],
        title="Andere zoekwoorden",
        description="Woorden waarmee mensen dit product ook zoeken, zoals andere namen of "
        "spreektaal.",
        examples=[["identiteitskaart", "ID-bewijs"]],
    )
    beschrijving: Markdown = Field(
        title="Wat is het?",
        description="Uitleg van het product voor het blok 'Wat is het?'. Schrijf korte zinnen; "
        "u mag Markdown gebruiken.",
        examples=["Met een paspoort kunt u naar alle landen reizen. Het is 10 jaar geldig."],
    )
    voorwaarden: Markdown | None = Field(
        default=None,
        title="Voorwaarden van het product",
        description="Waaraan iemand moet voldoen, voor het blok 'Voorwaarden'. U mag Markdown "
        "gebruiken, zoals een lijst.",
        examples=["- U staat ingeschreven in de gemeente.\n- U komt zelf naar de balie.\n"],
    )
    meenemen: list[Markdown] = Field(
        default=[],
        title="Wat heeft u nodig?",
        description="Wat inwoners nodig hebben of moeten meenemen. Zet elk ding op een eigen "
        "regel met '- ' ervoor; u mag Markdown gebruiken.",
        examples=[["Uw huidige paspoort of ID-kaart", "Een pasfoto van niet ouder dan 6 maanden"]],
    )
    aanvragen: list[Aanvraagkanaal] = Field(
        min_length=1,
        title="Hoe regelt u het?",
        description="De kanalen waarlangs inwoners het product regelen, minstens één. Elk "
        "kanaal komt uit gemeente.yml.",
        examples=[
            [
                {"kanaal": "website", "url": "https://mijn.lindewaard.nl/", "inloggen": "digid"},
                {"kanaal": "balie", "afspraak": True},
            ]
        ],
    )
    kosten: list[Kosten] = Field(
        default=[],
        title="Wat kost het?",
        description="De bedragen die inwoners betalen, één regel per tarief. Schrijf het bedrag "
        "in euro, zoals 77.25.",
        examples=[
            [
                {
                    "omschrijving": "Paspoort 18 jaar en ouder",
                    "bedrag": 84.6,
                    "geldig_vanaf": "2026-01-01",
                }
            ]
        ],
    )
    betaalmethoden: list[Betaalmethode] = Field(
        default=[],
        title="Hoe betaalt u?",
        description="Hoe inwoners kunnen betalen: pin, contant, ideal, creditcard, factuur of "
        "acceptgiro.",
        examples=[["pin", "ideal"]],
    )
    doorlooptijd: Doorlooptijd | None = Field(
        default=None,
        title="Hoe lang duurt het?",
        description="Hoe lang het ongeveer duurt, in precies één eenheid: werkdagen, dagen of "
        "weken.",
        examples=[{"werkdagen": 5}, {"weken": 8, "toelichting": "Soms duurt het langer."}],
    )
    servicenormen: list[NormId] = Field(
        default=[],
        title="Servicenormen bij product",
        description="De ids van de servicenormen die voor dit product gelden. Ze staan in de map "
        "servicenormen.",
        examples=[["reisdocument-klaar"]],
    )
    wettelijke_termijn: Tekst | None = Field(
        default=None,
        title="Wettelijke termijn",
        description="De termijn die de wet geeft voor een besluit, met de wet erbij.",
        examples=["8 weken (Awb 4:13)"],
    )
    als_wij_niet_op_tijd_beslissen: Markdown | None = Field(
        default=None,
        title="Als wij niet op tijd beslissen",
        description="Wat er gebeurt als de gemeente niet op tijd beslist: bijvoorbeeld dat de "
        "vergunning vanzelf verleend is, of dat u een dwangsom kunt vragen. U mag Markdown "
        "gebruiken.",
        examples=[
            "Beslissen wij niet op tijd? Stuur ons dan een brief (een ingebrekestelling). "
            "Beslissen we daarna binnen 2 weken nog niet, dan krijgt u een dwangsom."
        ],
    )
    bezwaar_en_beroep: Markdown | None = Field(
        default=None,
        title="Bezwaar en beroep",
        description="Wat inwoners kunnen doen als ze het niet eens zijn met het besluit. U mag "
        "Markdown gebruiken.",
        examples=["Bent u het niet eens met het besluit? Dan kunt u binnen 6 weken bezwaar maken."],
    )
    veelgestelde_vragen: list[Vraag] = Field(
        default=[],
        title="Veelgestelde vragen",
        description="Vragen die inwoners vaak stellen, elk met een antwoord.",
        examples=[
            [
                {
                    "vraag": "Kan ik een paspoort en een ID-kaart tegelijk aanvragen?",
                    "antwoord": "Ja. U betaalt dan voor beide documenten.",
                }
            ]
        ],
    )
    links: list[Link] = Field(
        default=[],
        title="Links naar meer informatie",
        description="Links naar andere pagina's met meer informatie, elk met een titel en een url.",
        examples=[
            [
                {
                    "titel": "Eisen voor een pasfoto (Rijksoverheid)",
                    "url": "https://www.rijksoverheid.nl/onderwerpen/paspoort-en-identiteitskaart",
                }
            ]
        ],
    )
    formeel_kanaal: KanaalId | None = Field(
        default=None,
        title="Kanaal voor officiële berichten",
        description="Het aangewezen digitale kanaal waarlangs inwoners een aanvraag of bezwaar "
        "voor dit product sturen. Laat u het weg, dan is het het eerste kanaal onder "
        "'wmebv: formele_kanalen' in gemeente.yml.",
        examples=["website"],
    )
    gerelateerd: list[ProductId] = Field(
        default=[],
        title="Producten die erbij horen",
        description="De ids van andere producten die inwoners misschien ook nodig hebben.",
        examples=[["id-kaart", "rijbewijs"]],
    )
    organisaties: list[OrganisatieId] = Field(
        default=[],
        title="Hulp in de buurt",
        description="De ids van organisaties uit de sociale kaart die bij dit product helpen. "
        "Ze staan onder 'Hulp in de buurt'.",
        examples=[["voedselbank-lindewaard"]],
    )
    eigenaar: Tekst = Field(
        title="Eigenaar van de tekst",
        description="Het team dat deze tekst schrijft en bijhoudt.",
        examples=["Team Burgerzaken"],
    )
    herzien_voor: Datum = Field(
        title="Opnieuw controleren vóór",
        description="Datum waarop de tekst opnieuw gecontroleerd moet zijn. Schrijf JJJJ-MM-DD.",
        examples=["2027-03-31"],
    )
    laatst_gecontroleerd: Datum | None = Field(
        default=None,
        title="Laatst gecontroleerd op",
        description="Datum waarop de tekst voor het laatst is gecontroleerd. Schrijf "
        "JJJJ-MM-DD; de pagina toont dan 'Laatst gecontroleerd op …'.",
        examples=["2026-10-02"],
    )
    vorige_ids: list[Id] = Field(
        default=[],
        title="Vorige ids",
        description="Ids die dit product eerder had. Hun oude adres (/producten/<oude-id>/) "
        "blijft werken en stuurt bezoekers door naar deze pagina.",
        examples=[["paspoort-aanvragen"]],
    )
    sdg: bool | None = Field(
        default=None,
        title="Valt onder de Single Digital Gateway",
        description="Loket ziet aan de UPL-naam of een product onder de Europese Single Digital "
        "Gateway (SDG) valt. Schrijf true als het er toch onder valt, of false als het er niet "
        "onder valt; bij false is 'sdg_toelichting' verplicht.",
        examples=[True, False],
    )
    sdg_toelichting: Tekst | None = Field(
        default=None,
        title="Waarom niet onder de SDG",
        description="Waarom dit product niet onder de Single Digital Gateway valt, hoewel de "
        "UPL-naam dat zegt. Verplicht bij 'sdg: false'.",
        examples=["Wij geven deze vergunning alleen aan bedrijven in de eigen haven."],
    )
    en: ProductEn | None = Field(
        default=None,
        title="Engelse tekst",
        description="De Engelse tekst van het product. Dan maakt Loket ook een Engelse pagina. "
        "Voor producten onder de Single Digital Gateway is dit verplicht volgens de EU.",
        examples=[{"naam": "Apply for a passport", "samenvatting": "Apply at the desk."}],
    )
    publiceren_vanaf: Datum | None = Field(
        default=None,
        title="Op de site vanaf",
        description="De eerste dag waarop het product op de site staat. Schrijf JJJJ-MM-DD. "
        "Daarvoor is er geen pagina, en staat het nergens op de site.",
        examples=["2027-07-01"],
    )
    publiceren_tot: Datum | None = Field(
        default=None,
        title="Op de site tot en met",
        description="De laatste dag waarop het product op de site staat. Schrijf JJJJ-MM-DD. "
        "Daarna verdwijnt de pagina vanzelf.",
        examples=["2027-12-31"],
    )

    @model_validator(mode="after")
    def _publiceren_tot_na_vanaf(self) -> Product:
        controleer_periode(self.publiceren_vanaf, self.publiceren_tot, "publiceren", "op de site")
        return self

    @model_validator(mode="after")
    def _sdg_false_zegt_waarom(self) -> Product:
        if self.sdg is False and not self.sdg_toelichting:
            raise fout(
                "sdg",
                "bij 'sdg: false' hoort 'sdg_toelichting'",
                "schrijf in 'sdg_toelichting' waarom dit product niet onder de SDG valt",
            )
        return self

    def gepubliceerd_op(self, dag: date) -> bool:
        """On the site on `dag`: inside its window (both ends included)."""
        return (self.publiceren_vanaf or dag) <= dag <= (self.publiceren_tot or dag)
