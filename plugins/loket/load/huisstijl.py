"""The huisstijl's image files (logo, favicon) named in gemeente.yml, read from the gemeente's
folder: only from inside it, and each one named with its place in gemeente.yml when missing."""

from __future__ import annotations

from pathlib import Path

from loket.load.bestanden import binnen, buiten_de_map, veilig_pad
from loket.load.yaml_bron import YamlBestand
from loket.melding import Melding
from loket.model.huisstijl import AFBEELDINGEN

BEELDEN = ("logo", "favicon")


def huisstijl_bestanden(
    gemeente_map: Path, gemeente: YamlBestand
) -> tuple[dict[str, bytes], list[Melding]]:
    """path (as written in gemeente.yml) → the file's bytes, for every image that exists."""
    huisstijl = gemeente.data.get("huisstijl")
    if not isinstance(huisstijl, dict):
        return {}, []
    gelezen: dict[str, bytes] = {}
    meldingen: list[Melding] = []
    for sleutel in BEELDEN:
        pad = huisstijl.get(sleutel)
        if (
            not isinstance(pad, str)
            or not veilig_pad(pad)
            or not pad.lower().endswith(AFBEELDINGEN)
        ):
            continue  # the model names what is wrong with the value itself
        plek = gemeente.melding(("huisstijl", sleutel), "")
        bestand = gemeente_map / pad
        if bestand.exists() and not binnen(gemeente_map, bestand):
            meldingen.append(buiten_de_map(plek.pad, plek.regel, plek.kolom))
        elif not bestand.is_file():
            meldingen.append(
                Melding(
                    plek.pad,
                    plek.regel,
                    plek.kolom,
                    f"het bestand '{pad}' bestaat niet",
                    "zet het bestand in de map van de gemeente, of verbeter het pad",
                )
            )
        else:
            gelezen[pad] = bestand.read_bytes()
    return gelezen, meldingen
