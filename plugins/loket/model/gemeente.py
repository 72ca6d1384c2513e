"""The gemeente's profile (`gemeente.yml`): contact, channels, opening hours, themes, toptaken."""

from __future__ import annotations

from typing import Annotated, Literal

from pydantic import AfterValidator, Field

from loket.model.openingstijden import Openingstijden
from loket.model.typen import Datum, HttpsUrl, Id, Markdown, Model, Tekst

Soort = Literal["click", "call", "face", "schriftelijk"]
SOORT_VOLGORDE: tuple[Soort, ...] = ("click", "call", "face", "schriftelijk")


class Contact(Model):
    telefoon: Tekst
    email: Tekst
    adres: Tekst | None = None
    postadres: Tekst | None = None


class Kanaal(Model):
    """A way to reach the gemeente; `soort` puts digital channels before personal ones."""

    id: Id
    naam: Tekst
    soort: Soort
    url: HttpsUrl | None = None
    telefoon: Tekst | None = None
    email: Tekst | None = None
    adres: Tekst | None = None
    openingstijden: Openingstijden | None = None
    op_afspraak: bool = False
    toelichting: Markdown | None = None


class Sluitingsdag(Model):
    datum: Datum
    omschrijving: Tekst


class Thema(Model):
    id: Id
    titel: Tekst
    omschrijving: Tekst


class Dimensie(Model):
    id: Id
    titel: Tekst


class Categorie(Model):
    id: Id
    titel: Tekst
    omschrijving: Tekst


class SocialeKaartInstellingen(Model):
    categorieen: list[Categorie] = Field(min_length=1)


class KwaliteitshandvestInstellingen(Model):
    intro: Markdown | None = None
    """Replaces Loket's own introduction on /kwaliteitshandvest/."""
    verouderd_na_maanden: int = Field(default=15, ge=1)
    """Figures older than this are marked as outdated."""


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


class Gemeente(Model):
    naam: Tekst
    website: HttpsUrl
    contact: Contact
    kanalen: Annotated[list[Kanaal], AfterValidator(_in_volgorde)] = Field(min_length=1)
    sluitingsdagen: list[Sluitingsdag] = []
    themas: list[Thema] = Field(min_length=1)
    toptaken: list[Id] = []
    dimensies: list[Dimensie] = Field(default=list(STANDAARD_DIMENSIES), min_length=1)
    sociale_kaart: SocialeKaartInstellingen | None = None
    kwaliteitshandvest: KwaliteitshandvestInstellingen = KwaliteitshandvestInstellingen()

    def kanaal(self, kanaal_id: str) -> Kanaal | None:
        return next((k for k in self.kanalen if k.id == kanaal_id), None)

    def thema(self, thema_id: str) -> Thema | None:
        return next((t for t in self.themas if t.id == thema_id), None)

    def dimensie(self, dimensie_id: str) -> Dimensie | None:
        return next((d for d in self.dimensies if d.id == dimensie_id), None)
