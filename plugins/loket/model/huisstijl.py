"""The gemeente's own look: its logo, favicon and colours (`huisstijl` in gemeente.yml).

The colours must stay readable (WCAG 2.1 AA): `loket check` computes the contrast of every
colour pair the theme uses (validate/huisstijl.py); the pages derive the shades the dark
scheme needs (pages/huisstijl.py).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Annotated

from pydantic import AfterValidator, ConfigDict, Field

from loket.model.kleur import (
    GROOT,
    SLATE_ACHTERGROND,
    TEKST,
    WIT,
    Kleur,
    contrast,
    lichtheid,
    passend,
    tint,
)
from loket.model.typen import Model, Tekst, fout

AFBEELDINGEN = (".svg", ".png")


def _afbeelding(pad: str) -> str:
    deel = PurePosixPath(pad.replace("\\", "/"))
    if deel.is_absolute() or ".." in deel.parts or "://" in pad or ":" in deel.parts[0]:
        raise fout(
            "pad",
            f"'{pad}' ligt niet in de map van de gemeente",
            "geef een pad in de map van de gemeente, zoals 'huisstijl/logo.svg'",
        )
    if deel.suffix.lower() not in AFBEELDINGEN:
        raise fout(
            "pad",
            f"'{pad}' is geen SVG of PNG",
            "gebruik een logo als .svg (het scherpst) of als .png",
        )
    return deel.as_posix()


Afbeelding = Annotated[Tekst, AfterValidator(_afbeelding)]
"""A path inside the gemeente's folder to an SVG or PNG file."""


class Huisstijl(Model):
    model_config = ConfigDict(
        title="Huisstijl",
        json_schema_extra={
            "description": "Het logo en de kleuren van de gemeente. Loket controleert of de "
            "kleuren goed leesbaar zijn (WCAG 2.1 AA)."
        },
    )

    kleur: Kleur = Field(
        title="Hoofdkleur",
        description="De kleur van de balk bovenaan en van knoppen en links, als #rrggbb. Witte "
        "tekst op deze kleur moet goed leesbaar zijn: 'loket check' rekent het na.",
        examples=["#1a5e9a"],
    )
    accentkleur: Kleur | None = Field(
        default=None,
        title="Accentkleur",
        description="De kleur van een link waar de muis op staat en van de focusrand, als "
        "#rrggbb. Zonder accentkleur gebruikt de site de hoofdkleur.",
        examples=["#8a3b12"],
    )
    logo: Afbeelding | None = Field(
        default=None,
        title="Logo",
        description="Het logo in de balk bovenaan: een SVG- of PNG-bestand in de map van de "
        "gemeente. De naam van de gemeente is de tekst voor wie het logo niet ziet.",
        examples=["huisstijl/logo.svg"],
    )
    favicon: Afbeelding | None = Field(
        default=None,
        title="Favicon",
        description="Het kleine icoon in het tabblad van de browser: een SVG- of PNG-bestand in "
        "de map van de gemeente. Zonder favicon gebruikt de site het logo.",
        examples=["huisstijl/favicon.png"],
    )


@dataclass(frozen=True)
class Kleurpaar:
    """Two colours the theme puts on each other, and what WCAG asks of them."""

    sleutel: str
    """The key in `huisstijl` the foreground or background comes from."""
    gebruik: str
    """Where the pair appears, in words: 'met witte tekst', 'op de donkere achtergrond'."""
    voorgrond: str
    achtergrond: str
    minimum: float

    @property
    def verhouding(self) -> float:
        return contrast(self.voorgrond, self.achtergrond)


@dataclass(frozen=True)
class Palet:
    """Every colour the theme uses, per scheme, derived from the one or two the gemeente
    names: white text on the main colour (header, buttons); in the dark scheme the lighter
    shades of the same hues that links need on its background."""

    hoofd: str
    hoofd_licht: str
    hoofd_donker: str
    tekst_op_hoofd: str
    link: str
    accent: str
    link_donker_schema: str
    accent_donker_schema: str

    def paren(self) -> list[Kleurpaar]:
        """Each pair once: white text on the main colour has the same ratio as the main
        colour as a link on white."""
        accent = "accentkleur" if self.accent != self.hoofd else "kleur"
        donker = SLATE_ACHTERGROND
        paren = [
            ("kleur", "met witte tekst, en als link op wit", WIT, self.hoofd, TEKST),
            ("kleur", "als link op de donkere achtergrond", self.link_donker_schema, donker, TEKST),
        ]
        if accent == "accentkleur":
            paren += [
                (accent, "als link onder de muis op wit", self.accent, WIT, TEKST),
                (accent, "onder de muis op de donkere achtergrond", self.accent_donker_schema,
                 donker, TEKST),
                (accent, "als focusrand op wit", self.accent, WIT, GROOT),
            ]  # fmt: skip
        return [Kleurpaar(*paar) for paar in paren]


def palet(huisstijl: Huisstijl) -> Palet:
    hoofd = huisstijl.kleur
    accent = huisstijl.accentkleur or hoofd
    licht = lichtheid(hoofd)
    return Palet(
        hoofd=hoofd,
        hoofd_licht=tint(hoofd, min(1.0, licht + 0.1)),
        hoofd_donker=tint(hoofd, max(0.0, licht - 0.1)),
        tekst_op_hoofd=WIT,
        link=hoofd,
        accent=accent,
        link_donker_schema=passend(hoofd, SLATE_ACHTERGROND, TEKST),
        accent_donker_schema=passend(accent, SLATE_ACHTERGROND, TEKST),
    )
