"""One folder of YAML files, one item per file: each read file validated as the model, its id
taken from the `id` key or the file name, and ids used twice pointed out. The reading itself
(cache, worker processes) is load/yaml_map.py's."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Generic, TypeVar

from pydantic import BaseModel

from loket.load import YamlBestand
from loket.load import yaml_map as lezer
from loket.melding import Melding
from loket.model.typen import ID_PATROON, id_probleem
from loket.validate.model_fouten import valideer

M = TypeVar("M", bound=BaseModel)


@dataclass
class Gelezen(Generic[M]):
    """A file, its id (the `id` key or the file name) and the item when it is valid."""

    bestand: YamlBestand
    id: str
    item: M | None


def valideer_map(
    bestanden: list[lezer.Gelezen], model: type[M], soort: str, meldingen: list[Melding]
) -> list[Gelezen[M]]:
    """Every file read from one folder (load/yaml_map.py), validated as a `model`, in name
    order; what reading found goes to `meldingen` with what validation finds. A file the
    reader already validated (`validatie(model)`, done in its worker) is not validated again."""
    gelezen: list[Gelezen[M]] = []
    for pad, bestand, gevonden, gevalideerd in bestanden:
        if bestand is not None:
            item, uit_model = gevalideerd if gevalideerd is not None else valideer(model, bestand)
            gevonden = [*gevonden, *uit_model]
            gelezen.append(Gelezen(bestand, _id(bestand, pad, gevonden), item))
        meldingen += gevonden
    meldingen += _dubbele(gelezen, soort)
    return gelezen


def validatie(model: type[BaseModel]) -> lezer.Verwerking:
    """Validation as `model`, for the reader to run where it parses (load/yaml_map.py)."""
    return lezer.Verwerking(f"{model.__module__}.{model.__qualname__}", partial(valideer, model))


def _id(bestand: YamlBestand, pad: Path, meldingen: list[Melding]) -> str:
    eigen_id = bestand.data.get("id")
    if isinstance(eigen_id, str):
        return eigen_id
    probleem = id_probleem(pad.stem)
    if probleem:
        hint = "hernoem het bestand naar kleine letters, cijfers en streepjes, of zet 'id:' erin"
        tekst = f"de bestandsnaam '{pad.name}' is geen geldige id"
        if ID_PATROON.match(pad.stem):
            tekst, hint = f"de bestandsnaam '{pad.name}' geeft de id '{pad.stem}'", probleem[1]
        meldingen.append(bestand.melding((), tekst, hint))
    return pad.stem


def _dubbele(gelezen: list[Gelezen[M]], soort: str) -> list[Melding]:
    """Two files with one id: said in both, each at its `id` (or its start)."""
    per_id: dict[str, list[Gelezen[M]]] = {}
    for g in gelezen:
        per_id.setdefault(g.id, []).append(g)
    meldingen = []
    for dubbel_id, groep in per_id.items():
        for g in groep if len(groep) > 1 else []:
            anderen = ", ".join(a.bestand.pad for a in groep if a is not g)
            tekst = f"de {soort}-id '{dubbel_id}' wordt ook gebruikt in {anderen}"
            pad = ("id",) if "id" in g.bestand.data else ()
            meldingen.append(g.bestand.melding(pad, tekst, f"geef elk {soort} een eigen id"))
    return meldingen
