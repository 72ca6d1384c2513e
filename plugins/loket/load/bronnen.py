"""Every source of a gemeente, read from its folder in one go: gemeente.yml, the folders of
YAML files, the two data packages, the UPL list and the huisstijl's images. Validation then
works on these alone."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from loket.load.bestanden import overgeslagen
from loket.load.datapakket import DATA_BESTANDEN, Datapakket, lees_datapakket
from loket.load.huisstijl import huisstijl_bestanden
from loket.load.upl import UplLijst, upl_lijst
from loket.load.yaml_bron import YamlBestand
from loket.load.yaml_map import (
    Gelezen,
    Verwerking,
    lees_bestand,
    lees_yaml_map,
    nieuwe_ronde,
    ruim_op,
)
from loket.melding import Melding

GEMEENTE_BESTAND = "gemeente.yml"
PRODUCTEN_MAP = "producten"
NORMEN_MAP = "servicenormen"
SK_MAP = "sociale_kaart"
MEDEDELINGEN_MAP = "mededelingen"
DATA_MAPPEN = (PRODUCTEN_MAP, NORMEN_MAP, SK_MAP, MEDEDELINGEN_MAP)


@dataclass
class Bronnen:
    map: Path
    gemeente: YamlBestand | None = None
    producten: list[Gelezen] = field(default_factory=list)
    normen: list[Gelezen] = field(default_factory=list)
    mededelingen: list[Gelezen] = field(default_factory=list)
    sociale_kaart: Datapakket | None = None
    cijfers: Datapakket | None = None
    upl: UplLijst = field(default_factory=lambda: UplLijst(None))
    beelden: dict[str, bytes] = field(default_factory=dict)
    """The huisstijl's logo and favicon: their path in gemeente.yml → their bytes."""
    meldingen: list[Melding] = field(default_factory=list)
    """What reading found: unreadable files, files outside the folder, files not read."""


def lees_bronnen(gemeente_map: Path, verwerk: Mapping[str, Verwerking] | None = None) -> Bronnen:
    """Read everything; what cannot be read is a melding. `verwerk` names, per folder of YAML
    files, the work to do on each file where it is read (validation, in the workers)."""
    nieuwe_ronde()
    bronnen = Bronnen(gemeente_map)
    meldingen = bronnen.meldingen
    werk = verwerk or {}
    bronnen.gemeente = _lees_gemeente(gemeente_map, meldingen)
    bronnen.producten = _map(gemeente_map, PRODUCTEN_MAP, meldingen, werk=werk)
    bronnen.normen = _map(gemeente_map, NORMEN_MAP, meldingen, DATA_BESTANDEN, werk)
    bronnen.mededelingen = _map(gemeente_map, MEDEDELINGEN_MAP, meldingen, werk=werk)
    bronnen.sociale_kaart = _pakket(gemeente_map, SK_MAP, meldingen)
    meldingen += overgeslagen(gemeente_map, gemeente_map / SK_MAP, DATA_BESTANDEN)
    bronnen.cijfers = _pakket(gemeente_map, NORMEN_MAP, meldingen)
    if bronnen.gemeente is not None:
        bronnen.upl, gevonden = upl_lijst(gemeente_map, bronnen.gemeente)
        meldingen += gevonden
        bronnen.beelden, gevonden = huisstijl_bestanden(gemeente_map, bronnen.gemeente)
        meldingen += gevonden
    ruim_op(gemeente_map)
    return bronnen


def _lees_gemeente(gemeente_map: Path, meldingen: list[Melding]) -> YamlBestand | None:
    pad = gemeente_map / GEMEENTE_BESTAND
    if not pad.is_file():
        hint = "maak gemeente.yml aan in deze map, of start een nieuwe gemeente met 'loket init'"
        meldingen.append(Melding(GEMEENTE_BESTAND, 1, 1, "gemeente.yml ontbreekt", hint))
        return None
    return lees_bestand(gemeente_map, pad, meldingen)


def _map(
    gemeente_map: Path,
    submap: str,
    meldingen: list[Melding],
    ook: frozenset[str] = frozenset(),
    werk: Mapping[str, Verwerking] | None = None,
) -> list[Gelezen]:
    gelezen, gevonden = lees_yaml_map(gemeente_map, submap, ook, (werk or {}).get(submap))
    meldingen += gevonden
    return gelezen


def _pakket(gemeente_map: Path, submap: str, meldingen: list[Melding]) -> Datapakket | None:
    pakket, gevonden = lees_datapakket(gemeente_map, gemeente_map / submap, submap)
    meldingen += gevonden
    return pakket
