"""The gemeente's profile (`gemeente.yml`): contact, channels, opening hours, themes, toptaken."""

from __future__ import annotations

import re
from typing import Annotated, Literal

from pydantic import AfterValidator, ConfigDict, Field, WithJsonSchema

from loket.model.huisstijl import Huisstijl
from loket.model.openingstijden import Openingstijden
from loket.model.typen import (
    Datum,
    Email,
    HttpsUrl,
    Id,
    Markdown,
    Model,
    Tekst,
    Uri,
    controleer_https,
    fout,
    tekstsoort,
)
from loket.model.verwijzing import KanaalId, ProductId

Soort = Literal["click", "call", "face", "schriftelijk"]
CBS_CODE = re.compile(r"^GM\d{4}$")
_GEMEENTE_VOOR = re.compile(r"^gemeente\s+", re.IGNORECASE)
SOORT_VOLGORDE: tuple[Soort, ...] = ("click", "call", "face", "schriftelijk")


class Contact(Model):
    model_config = ConfigDict(
        title="Contactgegevens",
        json_schema_extra={
            "description": "De algemene contactgegevens van de gemeente: telefoon, e-mail en "
            "adressen."
        },
    )

    telefoon: Tekst = Field(
        title="Algemeen telefoonnummer",
        description="Het algemene telefoonnummer van de gemeente. Zet het nummer tussen "
        'aanhalingstekens, zoals "14 0190".',
        examples=["14 0190"],
    )
    email: Email = Field(
        title="Algemeen e-mailadres",
        description="Het algemene e-mailadres van de gemeente.",
        examples=["info@lindewaard.nl"],
    )
    adres: Tekst | None = Field(
        default=None,
        title="Bezoekadres van de gemeente",
        description="Het adres waar inwoners langs kunnen komen, meestal het gemeentehuis. "
        "Schrijf straat, huisnummer, postcode en plaats op één regel.",
        examples=["Raadhuisplein 1, 7461 LW Lindewaard"],
    )
    postadres: Tekst | None = Field(
        default=None,
        title="Postadres van de gemeente",
        description="Het adres voor brieven aan de gemeente, vaak een postbus. Schrijf het op "
        "één regel.",
        examples=["Postbus 190, 7460 AD Lindewaard"],
    )


class KanaalEn(Model):
    model_config = ConfigDict(
        title="Kanaal in het Engels",
        json_schema_extra={"description": "De Engelse naam en toelichting van een kanaal."},
    )

    naam: Tekst = Field(
        title="Naam in het Engels",
        description="De naam van het kanaal op de Engelse pagina's.",
        examples=["Service desk", "Phone"],
    )
    toelichting: Markdown | None = Field(
        default=None,
        title="Toelichting in het Engels",
        description="De Engelse toelichting bij het kanaal.",
        examples=["Come to the town hall. Make an appointment first."],
    )


class Kanaal(Model):
    """A way to reach the gemeente; `soort` puts digital channels before personal ones."""

    model_config = ConfigDict(
        title="Kanaal",
        json_schema_extra={
            "description": "Een manier om de gemeente te bereiken, zoals de website, de "
            "telefoon of de balie. Bij 'aanvragen' in een product verwijst u naar de id."
        },
    )

    id: Id = Field(
        title="Id van het kanaal",
        description="Korte naam waarmee u in andere bestanden naar dit kanaal verwijst. Gebruik "
        "alleen kleine letters, cijfers en streepjes.",
        examples=["balie", "telefoon"],
    )
    naam: Tekst = Field(
        title="Naam van het kanaal",
        description="De naam van het kanaal zoals bezoekers die op de site zien.",
        examples=["Balie in het gemeentehuis", "WhatsApp"],
    )
    soort: Soort = Field(
        title="Soort kanaal",
        description="Kies click (website), call (telefoon, WhatsApp, chat), face (balie, "
        "huisbezoek) of schriftelijk (e-mail, post). De site toont de kanalen in die volgorde.",
        examples=["click", "face"],
    )
    url: HttpsUrl | None = Field(
        default=None,
        title="Link naar het kanaal",
        description="De webpagina van dit kanaal, zoals uw Mijn-omgeving. Schrijf de hele link, "
        "beginnend met https://.",
        examples=["https://mijn.lindewaard.nl/"],
    )
    telefoon: Tekst | None = Field(
        default=None,
        title="Telefoonnummer van het kanaal",
        description="Het nummer om te bellen of een bericht te sturen. Zet het nummer tussen "
        'aanhalingstekens, zoals "14 0190".',
        examples=["14 0190", "06 19019019"],
    )
    email: Email | None = Field(
        default=None,
        title="E-mailadres van het kanaal",
        description="Het e-mailadres waarop inwoners dit kanaal bereiken.",
        examples=["info@lindewaard.nl"],
    )
    adres: Tekst | None = Field(
        default=None,
        title="Adres van het kanaal",
        description="Het adres van de balie, of het postadres voor brieven. Schrijf het op één "
        "regel.",
        examples=["Raadhuisplein 1, 7461 LW Lindewaard", "Postbus 190, 7460 AD Lindewaard"],
    )
    openingstijden: Openingstijden | None = Field(
        default=None,
        title="Openingstijden van het kanaal",
        description="De tijden per dag waarop het kanaal open is. Dagen die u weglaat, zijn dicht.",
        examples=[
            {
                "maandag": "09:00-17:00",
                "woensdag": "09:00-12:00, 13:00-20:00",
                "vrijdag": "09:00-12:00",
            }
        ],
    )
    op_afspraak: bool = Field(
        default=False,
        title="Alleen op afspraak",
        description="Schrijf true als inwoners hier alleen met een afspraak terecht kunnen. Laat "
        "u het weg, dan is het false.",
        examples=[True],
    )
    toelichting: Markdown | None = Field(
        default=None,
        title="Toelichting bij het kanaal",
        description="Extra uitleg over dit kanaal, zoals hoe u inlogt of wat bellen kost. U mag "
        "Markdown gebruiken.",
        examples=["Bel het nummer 14 en dan het netnummer 0190. U betaalt de gewone belkosten."],
    )
    en: KanaalEn | None = Field(
        default=None,
        title="Engelse tekst",
        description="De Engelse naam en toelichting van het kanaal, voor de Engelse pagina's.",
        examples=[{"naam": "Service desk"}],
    )


class SluitingsdagEn(Model):
    model_config = ConfigDict(
        title="Sluitingsdag in het Engels",
        json_schema_extra={"description": "De Engelse reden van sluiting."},
    )

    omschrijving: Tekst = Field(
        title="Reden van sluiting in het Engels",
        description="De naam van de feestdag of de reden in het Engels.",
        examples=["Christmas Day", "King's Day"],
    )


class Sluitingsdag(Model):
    model_config = ConfigDict(
        title="Sluitingsdag",
        json_schema_extra={
            "description": "Een dag waarop de gemeente dicht is, zoals een feestdag. De site "
            "toont de komende sluitingsdagen op de contactpagina."
        },
    )

    datum: Datum = Field(
        title="Datum van sluiting",
        description="De dag waarop de gemeente dicht is. Schrijf JJJJ-MM-DD.",
        examples=["2026-12-25"],
    )
    omschrijving: Tekst = Field(
        title="Reden van sluiting",
        description="Waarom de gemeente die dag dicht is, meestal de naam van de feestdag.",
        examples=["Eerste Kerstdag", "Koningsdag"],
    )
    en: SluitingsdagEn | None = Field(
        default=None,
        title="Sluitingsdag in het Engels",
        description="De reden van sluiting op de Engelse contactpagina. Zonder dit blok staat "
        "daar de Nederlandse reden.",
        examples=[{"omschrijving": "Christmas Day"}],
    )


class ThemaEn(Model):
    model_config = ConfigDict(
        title="Thema in het Engels",
        json_schema_extra={"description": "De Engelse titel van een thema."},
    )

    titel: Tekst = Field(
        title="Titel in het Engels",
        description="De naam van het thema op de Engelse pagina's.",
        examples=["Waste", "Passports and moving house"],
    )


class Thema(Model):
    model_config = ConfigDict(
        title="Thema",
        json_schema_extra={
            "description": "Een onderwerp waaronder producten vallen, zoals Afval of Werk en "
            "inkomen. Elk thema krijgt een eigen pagina."
        },
    )

    id: Id = Field(
        title="Id van het thema",
        description="Korte naam waarmee u bij 'themas' in een product naar dit thema verwijst. "
        "Gebruik alleen kleine letters, cijfers en streepjes.",
        examples=["afval", "werk-en-inkomen"],
    )
    titel: Tekst = Field(
        title="Titel van het thema",
        description="De naam van het thema zoals bezoekers die op de site zien.",
        examples=["Werk en inkomen"],
    )
    omschrijving: Tekst = Field(
        title="Omschrijving van het thema",
        description="Eén korte zin over wat er onder dit thema valt. Deze zin staat op de "
        "startpagina.",
        examples=["Uw afvalpas, grofvuil laten ophalen en een extra container voor uw afval."],
    )
    en: ThemaEn | None = Field(
        default=None,
        title="Thema in het Engels",
        description="De Engelse titel van het thema. De Engelse startpagina zet de Engelse "
        "producten onder deze titel.",
        examples=[{"titel": "Waste"}],
    )


class Dimensie(Model):
    model_config = ConfigDict(
        title="Dimensie",
        json_schema_extra={
            "description": "Een kant van de dienstverlening, zoals bereikbaarheid. Elke "
            "servicenorm hoort bij één dimensie."
        },
    )

    id: Id = Field(
        title="Id van de dimensie",
        description="Korte naam die u bij 'dimensie' in een servicenorm gebruikt. Gebruik "
        "alleen kleine letters, cijfers en streepjes.",
        examples=["bereikbaarheid", "doorlooptijd"],
    )
    titel: Tekst = Field(
        title="Titel van de dimensie",
        description="De naam van de dimensie zoals bezoekers die op de site zien.",
        examples=["Bereikbaarheid"],
    )


class Categorie(Model):
    model_config = ConfigDict(
        title="Categorie van de sociale kaart",
        json_schema_extra={
            "description": "Een groep organisaties op de sociale kaart, zoals Zorg en "
            "gezondheid. Elke categorie krijgt een eigen pagina."
        },
    )

    id: Id = Field(
        title="Id van de categorie",
        description="Korte naam die u in de kolom 'categorie' van organisaties.csv gebruikt. "
        "Gebruik alleen kleine letters, cijfers en streepjes.",
        examples=["zorg", "geld-en-schulden"],
    )
    titel: Tekst = Field(
        title="Titel van de categorie",
        description="De naam van de categorie zoals bezoekers die op de site zien.",
        examples=["Geld en schulden"],
    )
    omschrijving: Tekst = Field(
        title="Omschrijving van de categorie",
        description="Eén korte zin over de hulp die u in deze categorie vindt.",
        examples=["Hulp bij geldzorgen, schulden en formulieren."],
    )


class SocialeKaartInstellingen(Model):
    model_config = ConfigDict(
        title="Instellingen sociale kaart",
        json_schema_extra={
            "description": "Instellingen voor de sociale kaart: de lijst met organisaties die "
            "hulp bieden in de buurt."
        },
    )

    categorieen: list[Categorie] = Field(
        min_length=1,
        title="Categorieën van organisaties",
        description="De groepen waarin u de organisaties van de sociale kaart indeelt. Noem er "
        "minstens één.",
        examples=[
            [
                {
                    "id": "zorg",
                    "titel": "Zorg en gezondheid",
                    "omschrijving": "Hulp van de huisarts, de wijkverpleging en andere zorg.",
                }
            ]
        ],
    )


class KwaliteitshandvestInstellingen(Model):
    model_config = ConfigDict(
        title="Instellingen kwaliteitshandvest",
        json_schema_extra={
            "description": "Instellingen voor de pagina Kwaliteitshandvest, met de beloften "
            "van de gemeente en de cijfers."
        },
    )

    intro: Markdown | None = Field(
        default=None,
        title="Eigen inleiding",
        description="Uw eigen inleiding bovenaan de pagina Kwaliteitshandvest. Deze tekst "
        "vervangt de standaardinleiding; u mag Markdown gebruiken.",
        examples=["In dit kwaliteitshandvest leest u wat u van ons mag verwachten."],
    )
    """Replaces Loket's own introduction on /kwaliteitshandvest/."""
    verouderd_na_maanden: int = Field(
        default=15,
        ge=1,
        title="Cijfers verouderd na",
        description="Cijfers ouder dan dit aantal maanden krijgen op de site de melding "
        "'verouderd'. Schrijf een heel getal; laat u het weg, dan is het 15.",
        examples=[15, 12],
    )
    """Figures older than this are marked as outdated."""


SDG_PLEKKEN = ("{url}", "{lang}")
"""Placeholders in `sdg.feedback_url`: the page's address (URL-encoded) and its language."""


def _feedback_url(waarde: str) -> str:
    """An https address in which `{url}` and `{lang}` may stand (no other braces)."""
    proef = waarde
    for plek in SDG_PLEKKEN:
        proef = proef.replace(plek, "x")
    if "{" in proef or "}" in proef:
        raise fout(
            "feedback_url",
            "in 'feedback_url' mogen alleen {url} en {lang} tussen haakjes staan",
            "schrijf bijvoorbeeld https://voorbeeld.eu/feedback?pagina={url}&taal={lang}",
        )
    controleer_https(proef)
    return waarde.strip()


FeedbackUrl = Annotated[
    str,
    AfterValidator(_feedback_url),
    WithJsonSchema({"type": "string", "pattern": "^https://"}),
]


class SdgInstellingen(Model):
    model_config = ConfigDict(
        title="Instellingen Single Digital Gateway",
        json_schema_extra={
            "description": "Instellingen voor de producten die onder de Europese Single Digital "
            "Gateway (SDG) vallen."
        },
    )

    feedback_url: FeedbackUrl | None = Field(
        default=None,
        title="Adres van de feedbacktool",
        description="Het adres van de feedbacktool van de Europese Commissie, zoals u het van "
        "de Commissie of uw SDG-coördinator krijgt. Op elke SDG-pagina staat een link "
        "ernaartoe. {url} in het adres wordt het adres van de pagina, {lang} de taal (nl of en).",
        examples=["https://feedback.voorbeeld.eu/sdg?pagina={url}&taal={lang}"],
    )


class Wmebv(Model):
    model_config = ConfigDict(
        title="Officiële berichten digitaal (Wmebv)",
        json_schema_extra={
            "description": "Welke digitale kanalen de gemeente heeft aangewezen voor officiële "
            "berichten, zoals een aanvraag of een bezwaar (Wet modernisering elektronisch "
            "bestuurlijk verkeer)."
        },
    )

    aanwijzingsbesluit: HttpsUrl = Field(
        title="Aanwijzingsbesluit",
        description="De link naar het gepubliceerde besluit waarin de gemeente de digitale "
        "kanalen aanwijst, beginnend met https://.",
        examples=["https://zoek.officielebekendmakingen.nl/gmb-2026-12345.html"],
    )
    formele_kanalen: list[KanaalId] = Field(
        min_length=1,
        title="Aangewezen kanalen",
        description="De ids van de kanalen uit 'kanalen' waarlangs inwoners officiële berichten "
        "digitaal mogen sturen. Het eerste is het standaardkanaal voor elk product.",
        examples=[["website", "email"]],
    )


class OpenDataLicentie(Model):
    model_config = ConfigDict(
        title="Licentie",
        json_schema_extra={"description": "De licentie van de open data van de gemeente."},
    )

    naam: Tekst = Field(
        default="CC0-1.0",
        title="Naam van de licentie",
        description="De korte naam, zoals CC0-1.0 of CC-BY-4.0.",
        examples=["CC0-1.0"],
    )
    url: HttpsUrl = Field(
        default="https://creativecommons.org/publicdomain/zero/1.0/",
        title="Link naar de licentie",
        description="De volledige link naar de tekst van de licentie.",
        examples=["https://creativecommons.org/publicdomain/zero/1.0/"],
    )


def _cbs_code(waarde: str) -> str:
    if not CBS_CODE.match(waarde.strip()):
        raise fout(
            "cbs_code",
            "'{waarde}' is geen gemeentecode van het CBS",
            "schrijf GM en vier cijfers, zoals GM0363",
            waarde=waarde,
        )
    return waarde.strip()


CbsCode = tekstsoort(_cbs_code, {"type": "string", "pattern": CBS_CODE.pattern})
"""The CBS code of a gemeente, `GM` and four digits (GM0363 is Amsterdam)."""


STANDAARD_DIMENSIES: tuple[Dimensie, ...] = (
    Dimensie(id="bereikbaarheid", titel="Bereikbaarheid"),
    Dimensie(id="doorlooptijd", titel="Doorlooptijd"),
    Dimensie(id="deskundigheid", titel="Deskundigheid"),
    Dimensie(id="hostmanship", titel="Gastvrijheid"),
    Dimensie(id="transparantie", titel="Transparantie"),
)


def _in_volgorde(kanalen: list[Kanaal]) -> list[Kanaal]:
    """Digital first: click, call, face, schriftelijk; list order within a soort."""
    return sorted(kanalen, key=lambda k: SOORT_VOLGORDE.index(k.soort))


class GemeenteEn(Model):
    model_config = ConfigDict(
        title="Gemeente in het Engels",
        json_schema_extra={"description": "Wat de Engelse pagina's van de gemeente nodig hebben."},
    )

    naam: Tekst = Field(
        title="Naam in het Engels",
        description="De naam van de gemeente op de Engelse pagina's.",
        examples=["Municipality of Lindewaard"],
    )
    contact: Markdown | None = Field(
        default=None,
        title="Extra tekst op de Engelse contactpagina",
        description="Staat bovenaan de Engelse contactpagina, bijvoorbeeld dat medewerkers ook "
        "Engels spreken of hoe iemand een tolk regelt.",
        examples=[
            "Our staff speak English. You can ask for an interpreter when you make an appointment."
        ],
    )


class Gemeente(Model):
    model_config = ConfigDict(
        title="Gemeente",
        json_schema_extra={
            "description": "Het profiel van de gemeente in gemeente.yml: naam, contact, "
            "kanalen, thema's en toptaken."
        },
    )

    naam: Tekst = Field(
        title="Naam van de gemeente",
        description="De naam van de gemeente zoals die op de site staat.",
        examples=["Gemeente Lindewaard"],
    )
    website: HttpsUrl = Field(
        title="Website van de gemeente",
        description="Het adres van de hoofdsite van de gemeente. Schrijf de hele link, "
        "beginnend met https://.",
        examples=["https://www.lindewaard.nl/"],
    )
    contact: Contact = Field(
        title="Algemene contactgegevens",
        description="Het algemene telefoonnummer, e-mailadres, bezoekadres en postadres van de "
        "gemeente.",
        examples=[
            {
                "telefoon": "14 0190",
                "email": "info@lindewaard.nl",
                "adres": "Raadhuisplein 1, 7461 LW Lindewaard",
                "postadres": "Postbus 190, 7460 AD Lindewaard",
            }
        ],
    )
    kanalen: Annotated[list[Kanaal], AfterValidator(_in_volgorde)] = Field(
        min_length=1,
        title="Kanalen voor contact",
        description="Alle manieren om de gemeente te bereiken, minstens één. De site zet eerst "
        "click, dan call, face en schriftelijk; binnen een soort blijft uw volgorde.",
        examples=[
            [
                {
                    "id": "website",
                    "naam": "Website en Mijn Lindewaard",
                    "soort": "click",
                    "url": "https://mijn.lindewaard.nl/",
                },
                {
                    "id": "telefoon",
                    "naam": "Telefoon",
                    "soort": "call",
                    "telefoon": "14 0190",
                    "openingstijden": {"maandag": "08:30-17:00", "dinsdag": "08:30-17:00"},
                },
            ]
        ],
    )
    sluitingsdagen: list[Sluitingsdag] = Field(
        default=[],
        title="Sluitingsdagen van de gemeente",
        description="Dagen waarop de gemeente dicht is, zoals feestdagen. De site toont alleen "
        "de dagen die nog komen.",
        examples=[[{"datum": "2026-12-25", "omschrijving": "Eerste Kerstdag"}]],
    )
    themas: list[Thema] = Field(
        min_length=1,
        title="Thema's van de site",
        description="De onderwerpen waarin u de producten indeelt, minstens één. Elk thema "
        "krijgt een eigen pagina.",
        examples=[
            [
                {
                    "id": "afval",
                    "titel": "Afval",
                    "omschrijving": "Uw afvalpas, grofvuil laten ophalen en een extra "
                    "container voor uw afval.",
                }
            ]
        ],
    )
    toptaken: list[ProductId] = Field(
        default=[],
        title="Toptaken op de startpagina",
        description="De ids van de producten die inwoners het vaakst zoeken. Ze staan in deze "
        "volgorde op de startpagina.",
        examples=[["paspoort", "verhuizing-doorgeven", "grofvuil-ophalen"]],
    )
    dimensies: list[Dimensie] = Field(
        default=list(STANDAARD_DIMENSIES),
        min_length=1,
        title="Dimensies van servicenormen",
        description="De kanten van de dienstverlening waarin u de servicenormen indeelt. Laat "
        "u dit weg, dan gelden bereikbaarheid, doorlooptijd, deskundigheid, gastvrijheid "
        "(hostmanship) en transparantie.",
        examples=[
            [
                {"id": "bereikbaarheid", "titel": "Bereikbaarheid"},
                {"id": "doorlooptijd", "titel": "Doorlooptijd"},
            ]
        ],
    )
    sociale_kaart: SocialeKaartInstellingen | None = Field(
        default=None,
        title="Instellingen sociale kaart",
        description="De categorieën van de sociale kaart. Dit is nodig als u een map "
        "sociale_kaart heeft.",
        examples=[
            {
                "categorieen": [
                    {
                        "id": "zorg",
                        "titel": "Zorg en gezondheid",
                        "omschrijving": "Hulp van de huisarts, de wijkverpleging en andere zorg.",
                    }
                ]
            }
        ],
    )
    kwaliteitshandvest: KwaliteitshandvestInstellingen = Field(
        default=KwaliteitshandvestInstellingen(),
        title="Pagina kwaliteitshandvest",
        description="Een eigen inleiding voor de pagina Kwaliteitshandvest, en na hoeveel "
        "maanden cijfers verouderd zijn.",
        examples=[{"verouderd_na_maanden": 12}],
    )
    upl_lijst: Tekst | None = Field(
        default=None,
        title="UPL-lijst",
        description="Pad naar een kopie van de Uniforme Productnamenlijst (CSV), vanaf de map van "
        "gemeente.yml. Dan controleert Loket elke 'upl' en zet de URI in de feed.",
        examples=["upl/UPL-actueel.csv"],
    )
    owms_identifier: Uri | None = Field(
        default=None,
        title="OWMS-identificatie",
        description="De URI van de gemeente in de OWMS-lijst van gemeenten. Die staat in de "
        "Samenwerkende Catalogi-feed. Zonder deze sleutel maakt Loket hem uit de naam.",
        examples=["http://standaarden.overheid.nl/owms/terms/Lindewaard"],
    )
    cbs_code: CbsCode | None = Field(
        default=None,
        title="Gemeentecode van het CBS",
        description="De code van de gemeente bij het CBS: GM en vier cijfers. Zoekmachines "
        "lezen er het gebied van de gemeente uit. Zonder code noemt de site alleen de naam.",
        examples=["GM0363"],
    )
    huisstijl: Huisstijl | None = Field(
        default=None,
        title="Huisstijl",
        description="Het logo en de kleuren van de gemeente. Zonder huisstijl krijgt de site "
        "de standaardkleuren van het thema.",
        examples=[{"kleur": "#1a5e9a", "logo": "huisstijl/logo.svg"}],
    )
    en: GemeenteEn | None = Field(
        default=None,
        title="Engelse tekst",
        description="De Engelse naam van de gemeente, voor de Engelse pagina's.",
        examples=[{"naam": "Municipality of Lindewaard"}],
    )
    sdg: SdgInstellingen = Field(
        default=SdgInstellingen(),
        title="Single Digital Gateway",
        description="Instellingen voor producten onder de Europese Single Digital Gateway, zoals "
        "het adres van de feedbacktool.",
        examples=[{"feedback_url": "https://feedback.voorbeeld.eu/sdg?pagina={url}&taal={lang}"}],
    )
    wmebv: Wmebv | None = Field(
        default=None,
        title="Officiële berichten digitaal",
        description="De kanalen die de gemeente heeft aangewezen voor officiële berichten, en "
        "de link naar het aanwijzingsbesluit (Wmebv).",
        examples=[
            {
                "aanwijzingsbesluit": "https://zoek.officielebekendmakingen.nl/gmb-2026-12345.html",
                "formele_kanalen": ["website"],
            }
        ],
    )
    open_data_licentie: OpenDataLicentie = Field(
        default=OpenDataLicentie(),
        title="Licentie open data",
        description="Onder welke licentie u de gegevens op /open-data/ deelt. Standaard CC0: "
        "iedereen mag ze vrij gebruiken.",
        examples=[{"naam": "CC-BY-4.0", "url": "https://creativecommons.org/licenses/by/4.0/"}],
    )

    def kanaal(self, kanaal_id: str) -> Kanaal | None:
        return next((k for k in self.kanalen if k.id == kanaal_id), None)

    def plaatsnaam(self) -> str:
        """The name of the area: the gemeente's name without a leading "Gemeente"."""
        return _GEMEENTE_VOOR.sub("", self.naam).strip() or self.naam

    def thema(self, thema_id: str) -> Thema | None:
        return next((t for t in self.themas if t.id == thema_id), None)

    def dimensie(self, dimensie_id: str) -> Dimensie | None:
        return next((d for d in self.dimensies if d.id == dimensie_id), None)
