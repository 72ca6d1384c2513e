"""The sociale kaart: local organisations for zorg, ondersteuning, opvoeden, werk en inkomen."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from loket.model.typen import ID_PATROON

POSTCODE_PATROON = r"^[1-9][0-9]{3} [A-Z]{2}$"
EMAIL_PATROON = r"^[^@\s]+@[^@\s]+\.[^@\s]+$"
WEBSITE_PATROON = r"^https://\S+$"
LIJST_SCHEIDING = ";"
KOLOMMEN = (
    "id",
    "naam",
    "omschrijving",
    "categorie",
    "doelgroep",
    "adres",
    "postcode",
    "plaats",
    "telefoon",
    "email",
    "website",
    "openingstijden",
    "kosten",
    "verwijzing_nodig",
    "trefwoorden",
    "bijgewerkt",
)


@dataclass(frozen=True)
class Organisatie:
    id: str
    naam: str
    omschrijving: str
    categorie: str
    bijgewerkt: date
    doelgroep: tuple[str, ...] = ()
    adres: str = ""
    postcode: str = ""
    plaats: str = ""
    telefoon: str = ""
    email: str = ""
    website: str = ""
    openingstijden: str = ""
    kosten: str = ""
    verwijzing_nodig: bool | None = None
    trefwoorden: tuple[str, ...] = ()

    @property
    def gratis(self) -> bool:
        """Free when `kosten` says so ("gratis", "Gratis, ook voor …")."""
        return self.kosten.strip().casefold().startswith("gratis")


def _veld(
    naam: str, soort: str, titel: str, beschrijving: str, **beperkingen: Any
) -> dict[str, Any]:
    veld: dict[str, Any] = {
        "name": naam,
        "type": soort,
        "title": titel,
        "description": beschrijving,
    }
    if soort == "date":
        veld["format"] = "default"
    if beperkingen:
        veld["constraints"] = beperkingen
    return veld


def standaard_datapakket(categorieen: list[str], naam: str = "sociale-kaart") -> dict[str, Any]:
    """Loket's Table Schema for `sociale_kaart/organisaties.csv`, as a data package descriptor."""
    velden = [
        _veld(
            "id",
            "string",
            "Id",
            "Korte naam in de link: kleine letters, cijfers, streepjes.",
            required=True,
            unique=True,
            pattern=ID_PATROON.pattern,  # the same ids as in the YAML files
        ),
        _veld("naam", "string", "Naam", "Naam van de organisatie.", required=True),
        _veld(
            "omschrijving",
            "string",
            "Omschrijving",
            "Wat de organisatie doet, in 1 tot 3 zinnen.",
            required=True,
        ),
        _veld(
            "categorie",
            "string",
            "Categorie",
            "Id van een categorie uit gemeente.yml.",
            required=True,
            enum=sorted(categorieen),
        ),
        _veld("doelgroep", "string", "Doelgroep", "Voor wie, gescheiden door ';'."),
        _veld("adres", "string", "Adres", "Straat en huisnummer."),
        _veld(
            "postcode",
            "string",
            "Postcode",
            "Nederlandse postcode, zoals 1234 AB.",
            pattern=POSTCODE_PATROON,
        ),
        _veld("plaats", "string", "Plaats", "Woonplaats."),
        _veld("telefoon", "string", "Telefoon", "Telefoonnummer."),
        _veld("email", "string", "E-mail", "E-mailadres.", pattern=EMAIL_PATROON),
        _veld(
            "website",
            "string",
            "Website",
            "Volledige link, beginnend met https://.",
            pattern=WEBSITE_PATROON,
        ),
        _veld(
            "openingstijden", "string", "Openingstijden", "In woorden, zoals 'ma-vr 9.00-17.00'."
        ),
        _veld("kosten", "string", "Kosten", "'Gratis' of wat het kost."),
        _veld(
            "verwijzing_nodig",
            "boolean",
            "Verwijzing nodig",
            "true als u een verwijzing nodig heeft.",
        ),
        _veld(
            "trefwoorden", "string", "Trefwoorden", "Woorden waarop men zoekt, gescheiden door ';'."
        ),
        _veld(
            "bijgewerkt",
            "date",
            "Bijgewerkt",
            "Datum van de laatste controle (JJJJ-MM-DD).",
            required=True,
        ),
    ]
    return {
        "name": naam,
        "title": "Sociale kaart",
        "licenses": [
            {
                "name": "CC0-1.0",
                "title": "CC0 1.0",
                "path": "https://creativecommons.org/publicdomain/zero/1.0/",
            }
        ],
        "resources": [
            {
                "name": "organisaties",
                "title": "Organisaties",
                "path": "organisaties.csv",
                "profile": "tabular-data-resource",
                "format": "csv",
                "encoding": "utf-8",
                "schema": {"fields": velden, "primaryKey": ["id"]},
            }
        ],
    }
