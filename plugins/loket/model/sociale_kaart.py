"""The sociale kaart: local organisations for zorg, ondersteuning, opvoeden, werk en inkomen.

`sociale_kaart/organisaties.csv` holds one `Organisatie` per row; its Table Schema, the
open-data columns and the HSDS import's columns all come from this one class.
"""

from __future__ import annotations

import re
from typing import Annotated, Any, ClassVar

from pydantic import AfterValidator, Field, WithJsonSchema

from loket.model.tabel import CelTekst, JaNee, Lijst, Rij, tabel_schema
from loket.model.typen import Datum, Email, HttpsUrl, Id, fout
from loket.model.verwijzing import CategorieId

POSTCODE_PATROON = re.compile(r"^[1-9][0-9]{3} [A-Z]{2}$")


def _postcode(waarde: str) -> str:
    if not POSTCODE_PATROON.match(waarde):
        raise fout(
            "postcode",
            "'{waarde}' is geen Nederlandse postcode",
            "schrijf vier cijfers, een spatie en twee hoofdletters: 7461 AB",
            waarde=waarde,
        )
    return waarde


Postcode = Annotated[
    str,
    AfterValidator(_postcode),
    WithJsonSchema({"type": "string", "pattern": POSTCODE_PATROON.pattern}),
]


class Organisatie(Rij):
    TABEL: ClassVar[str] = "organisaties"
    SLEUTEL: ClassVar[tuple[str, ...]] = ("id",)

    id: Id = Field(
        title="Id", description="Korte naam in de link: kleine letters, cijfers, streepjes."
    )
    naam: CelTekst = Field(title="Naam", description="Naam van de organisatie.")
    omschrijving: CelTekst = Field(
        title="Omschrijving", description="Wat de organisatie doet, in 1 tot 3 zinnen."
    )
    categorie: CategorieId = Field(
        title="Categorie", description="Id van een categorie uit gemeente.yml."
    )
    doelgroep: Lijst = Field(
        default=(), title="Doelgroep", description="Voor wie, gescheiden door ';'."
    )
    adres: CelTekst = Field(default="", title="Adres", description="Straat en huisnummer.")
    postcode: Postcode = Field(
        default="", title="Postcode", description="Nederlandse postcode, zoals 1234 AB."
    )
    plaats: CelTekst = Field(default="", title="Plaats", description="Woonplaats.")
    telefoon: CelTekst = Field(default="", title="Telefoon", description="Telefoonnummer.")
    email: Email = Field(default="", title="E-mail", description="E-mailadres.")
    website: HttpsUrl = Field(
        default="", title="Website", description="Volledige link, beginnend met https://."
    )
    openingstijden: CelTekst = Field(
        default="", title="Openingstijden", description="In woorden, zoals 'ma-vr 9.00-17.00'."
    )
    kosten: CelTekst = Field(default="", title="Kosten", description="'Gratis' of wat het kost.")
    verwijzing_nodig: JaNee | None = Field(
        default=None,
        title="Verwijzing nodig",
        description="true als u een verwijzing nodig heeft.",
    )
    trefwoorden: Lijst = Field(
        default=(),
        title="Trefwoorden",
        description="Woorden waarop men zoekt, gescheiden door ';'.",
    )
    bijgewerkt: Datum = Field(
        title="Bijgewerkt", description="Datum van de laatste controle (JJJJ-MM-DD)."
    )

    @property
    def gratis(self) -> bool:
        """Free when `kosten` says so ("gratis", "Gratis, ook voor …")."""
        return self.kosten.strip().casefold().startswith("gratis")


def standaard_datapakket(categorieen: list[str], naam: str = "sociale-kaart") -> dict[str, Any]:
    """The data package descriptor of `sociale_kaart/`, with Loket's Table Schema."""
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
                "schema": tabel_schema(Organisatie, {"categorie": categorieen}),
            }
        ],
    }
