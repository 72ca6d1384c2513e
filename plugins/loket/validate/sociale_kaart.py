"""The sociale kaart package: frictionless checks plus our own, each error by row and column."""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from loket.load.bestanden import overgeslagen
from loket.load.datapakket import DATA_BESTANDEN, lees_datapakket
from loket.melding import Melding
from loket.model.sociale_kaart import (
    EMAIL_PATROON,
    LIJST_SCHEIDING,
    POSTCODE_PATROON,
    WEBSITE_PATROON,
    Organisatie,
)
from loket.model.typen import id_probleem
from loket.validate.rijen import Kolom, bekend_id, een_per_plek, lees_rijen
from loket.validate.tabel_fouten import valideer_pakket
from loket.validate.tekst import tekst_probleem

SK_MAP = "sociale_kaart"
TABEL = "organisaties"
_WAAR = {"true": True, "ja": True, "1": True, "false": False, "nee": False, "0": False}


@dataclass
class SocialeKaart:
    organisaties: list[Organisatie] | None = None
    """None when there is no sociale kaart package."""
    ids: set[str] = field(default_factory=set)
    """Every id in the table, also of rows with errors, so references to them do not fail too."""


def lees_sociale_kaart(
    map: Path, categorieen: Collection[str], vandaag: date
) -> tuple[SocialeKaart, list[Melding]]:
    pakket, meldingen = lees_datapakket(map, map / SK_MAP, SK_MAP)
    meldingen += overgeslagen(map, map / SK_MAP, DATA_BESTANDEN)
    if pakket is None:
        return SocialeKaart(), meldingen
    if not categorieen:
        hint = "voeg in gemeente.yml 'sociale_kaart: {categorieen: [...]}' toe"
        fout = Melding(pakket.weergave, 1, 1, "er zijn geen categorieën", hint)
        return SocialeKaart([]), [*meldingen, fout]
    if pakket.veilig:
        meldingen += valideer_pakket(pakket)
    tabel = pakket.tabellen.get(TABEL)
    if tabel is None:
        hint = "beschrijf organisaties.csv als tabel 'organisaties' in datapackage.json"
        fout = Melding(pakket.weergave, 1, 1, "de tabel 'organisaties' ontbreekt", hint)
        return SocialeKaart([]), [*meldingen, fout]
    rijen, gevonden = lees_rijen(tabel, _kolommen(categorieen, vandaag), ("id",))
    organisaties = [Organisatie(**{k: v for k, v in r.items() if v is not None}) for r in rijen]
    ids = {r.waarden.get("id", "") for r in tabel.rijen}
    return SocialeKaart(organisaties, ids), een_per_plek(meldingen + gevonden)


def _kolommen(categorieen: Collection[str], vandaag: date) -> list[Kolom]:
    def optioneel(naam: str, lees: Callable[[str], object] = tekst, hint: str = "") -> Kolom:
        return Kolom(naam, lees, verplicht=False, hint=hint)

    return [
        Kolom(
            "id",
            _id(categorieen),
            hint="kleine letters, cijfers en streepjes, zoals 'wijkteam-noord'",
        ),
        Kolom("naam", tekst),
        Kolom("omschrijving", tekst),
        Kolom(
            "categorie",
            bekend_id("categorie", categorieen),
            hint=f"bekende categorieën: {', '.join(sorted(categorieen))}",
        ),
        optioneel("doelgroep", lijst, "woorden gescheiden door ';', zoals 'jongeren;ouders'"),
        optioneel("adres"),
        optioneel(
            "postcode", postcode, "schrijf vier cijfers, een spatie en twee hoofdletters: 7461 AB"
        ),
        optioneel("plaats"),
        optioneel("telefoon"),
        optioneel("email", email, "een e-mailadres zoals info@organisatie.nl"),
        optioneel("website", website, "schrijf de hele link, beginnend met https://"),
        optioneel("openingstijden"),
        optioneel("kosten"),
        optioneel("verwijzing_nodig", ja_nee, "schrijf true (ja) of false (nee)"),
        optioneel("trefwoorden", lijst, "woorden gescheiden door ';'"),
        Kolom("bijgewerkt", _bijgewerkt(vandaag), hint="schrijf de datum als JJJJ-MM-DD"),
    ]


def tekst(cel: str) -> str:
    probleem = tekst_probleem(cel)
    if probleem:
        raise ValueError(probleem[0])
    return cel


def lijst(cel: str) -> tuple[str, ...]:
    return tuple(deel.strip() for deel in tekst(cel).split(LIJST_SCHEIDING) if deel.strip())


def postcode(cel: str) -> str:
    if not re.match(POSTCODE_PATROON, cel):
        raise ValueError(f"'{cel}' is geen Nederlandse postcode")
    return cel


def email(cel: str) -> str:
    if not re.match(EMAIL_PATROON, cel):
        raise ValueError(f"'{cel}' is geen e-mailadres")
    return cel


def website(cel: str) -> str:
    if not re.match(WEBSITE_PATROON, cel):
        raise ValueError(f"de link '{cel}' begint niet met https://")
    return cel


def ja_nee(cel: str) -> bool:
    if cel.casefold() not in _WAAR:
        raise ValueError(f"'{cel}' is geen ja of nee")
    return _WAAR[cel.casefold()]


def _id(categorieen: Collection[str]) -> Callable[[str], str]:
    def lees(cel: str) -> str:
        probleem = id_probleem(cel)
        if probleem:
            raise ValueError(probleem[0])
        if cel in categorieen:
            raise ValueError(f"de id '{cel}' is ook een categorie; hun pagina's zouden botsen")
        return cel

    return lees


def _bijgewerkt(vandaag: date) -> Callable[[str], date]:
    def lees(cel: str) -> date:
        try:
            dag = date.fromisoformat(cel)
        except ValueError:
            raise ValueError(f"'{cel}' is geen bestaande datum") from None
        if dag > vandaag:
            raise ValueError(f"'{cel}' ligt in de toekomst")
        return dag

    return lees
