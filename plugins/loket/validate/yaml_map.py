"""One folder of YAML files, one item per file: read, check the text, validate the model."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from loket.load import YamlBestand, lees_yaml_met_cache
from loket.melding import Melding
from loket.model.typen import ID_PATROON
from loket.validate.model_fouten import valideer
from loket.validate.tekst import controleer_teksten

M = TypeVar("M", bound=BaseModel)


@dataclass
class Gelezen(Generic[M]):
    """A file, its id (the `id` key or the file name) and the item when it is valid."""

    bestand: YamlBestand
    id: str
    item: M | None


def yaml_bestanden(map: Path) -> list[Path]:
    if not map.is_dir():
        return []
    return sorted([*map.glob("*.yaml"), *map.glob("*.yml")])


def lees_bestand(map: Path, pad: Path, meldingen: list[Melding]) -> YamlBestand | None:
    """Read one YAML file (cached) and refuse raw HTML in it; problems go to `meldingen`."""
    bestand, gevonden = lees_yaml_met_cache(pad, pad.relative_to(map).as_posix())
    meldingen += gevonden
    if bestand is not None:
        meldingen += controleer_teksten(bestand)
    return bestand


def lees_map(
    map: Path, submap: str, model: type[M], soort: str, meldingen: list[Melding]
) -> list[Gelezen[M]]:
    gelezen = []
    for pad in yaml_bestanden(map / submap):
        bestand = lees_bestand(map, pad, meldingen)
        if bestand is not None:
            item, gevonden = valideer(model, bestand)
            meldingen += gevonden
            gelezen.append(Gelezen(bestand, _id(bestand, pad, meldingen), item))
    meldingen += _dubbele(gelezen, soort)
    return gelezen


def _id(bestand: YamlBestand, pad: Path, meldingen: list[Melding]) -> str:
    eigen_id = bestand.data.get("id")
    if isinstance(eigen_id, str):
        return eigen_id
    if not ID_PATROON.match(pad.stem):
        hint = "hernoem het bestand naar kleine letters, cijfers en streepjes, of zet 'id:' erin"
        tekst = f"de bestandsnaam '{pad.name}' is geen geldige id"
        meldingen.append(bestand.melding((), tekst, hint))
    return pad.stem


def _dubbele(gelezen: list[Gelezen[M]], soort: str) -> list[Melding]:
    eerste: dict[str, Gelezen[M]] = {}
    meldingen = []
    for g in gelezen:
        if g.id in eerste:
            tekst = f"de {soort}-id '{g.id}' wordt ook gebruikt in {eerste[g.id].bestand.pad}"
            pad = ("id",) if "id" in g.bestand.data else ()
            meldingen.append(g.bestand.melding(pad, tekst, f"geef elk {soort} een eigen id"))
        eerste.setdefault(g.id, g)
    return meldingen
