"""Load and validate a whole gemeente: every file, every problem, in one run."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from loket.load import YamlBestand, lees_yaml_met_cache
from loket.melding import Melding, fouten
from loket.model import Catalogus, Gemeente, Product, ProductBron
from loket.model.typen import ID_PATROON
from loket.validate.model_fouten import valideer
from loket.validate.tekst import controleer_teksten
from loket.validate.verwijzingen import dubbele_ids, onbekende_ids

GEMEENTE_BESTAND = "gemeente.yml"
PRODUCTEN_MAP = "producten"


@dataclass
class Uitkomst:
    """The catalogue when it is sound, and every melding found on the way."""

    catalogus: Catalogus | None
    meldingen: list[Melding] = field(default_factory=list)

    @property
    def fouten(self) -> list[Melding]:
        return fouten(self.meldingen)


@dataclass
class _Gelezen:
    bestand: YamlBestand
    id: str
    product: Product | None


def laad_catalogus(map: Path) -> Uitkomst:
    meldingen: list[Melding] = []
    gemeente_bron, gemeente = _lees_gemeente(map, meldingen)
    gelezen = [_lees_product(map, pad, meldingen) for pad in product_bestanden(map)]
    producten = [g for g in gelezen if g is not None]
    meldingen += _dubbele_producten(producten)
    if gemeente_bron is not None:
        ids = {g.id for g in producten}
        meldingen += _product_verwijzingen(gemeente_bron, producten, ids)
        meldingen += onbekende_ids(gemeente_bron, "toptaken", ids, "product")
    meldingen.sort()
    if fouten(meldingen) or gemeente is None:
        return Uitkomst(None, meldingen)
    catalogus = Catalogus(map, gemeente)
    for g in sorted(producten, key=lambda g: g.id):
        assert g.product is not None
        catalogus.producten[g.id] = ProductBron(g.id, g.product, g.bestand.pad)
    return Uitkomst(catalogus, meldingen)


def product_bestanden(map: Path) -> list[Path]:
    producten = map / PRODUCTEN_MAP
    if not producten.is_dir():
        return []
    return sorted([*producten.glob("*.yaml"), *producten.glob("*.yml")])


def _lees(map: Path, pad: Path, meldingen: list[Melding]) -> YamlBestand | None:
    bestand, gevonden = lees_yaml_met_cache(pad, pad.relative_to(map).as_posix())
    meldingen += gevonden
    if bestand is not None:
        meldingen += controleer_teksten(bestand)
    return bestand


def _lees_gemeente(
    map: Path, meldingen: list[Melding]
) -> tuple[YamlBestand | None, Gemeente | None]:
    pad = map / GEMEENTE_BESTAND
    if not pad.is_file():
        hint = "maak gemeente.yml aan in deze map, of start een nieuwe gemeente met 'loket init'"
        meldingen.append(Melding(GEMEENTE_BESTAND, 1, 1, "gemeente.yml ontbreekt", hint))
        return None, None
    bestand = _lees(map, pad, meldingen)
    if bestand is None:
        return None, None
    gemeente, gevonden = valideer(Gemeente, bestand)
    meldingen += gevonden
    for lijst, soort in (
        (("kanalen",), "kanaal"),
        (("themas",), "thema"),
        (("dimensies",), "dimensie"),
        (("sociale_kaart", "categorieen"), "categorie"),
    ):
        meldingen += dubbele_ids(bestand, lijst, soort)
    return bestand, gemeente


def _lees_product(map: Path, pad: Path, meldingen: list[Melding]) -> _Gelezen | None:
    bestand = _lees(map, pad, meldingen)
    if bestand is None:
        return None
    product, gevonden = valideer(Product, bestand)
    meldingen += gevonden
    eigen_id = bestand.data.get("id")
    if isinstance(eigen_id, str):
        return _Gelezen(bestand, eigen_id, product)
    if not ID_PATROON.match(pad.stem):
        hint = "hernoem het bestand naar kleine letters, cijfers en streepjes, of zet 'id:' erin"
        meldingen.append(
            bestand.melding((), f"de bestandsnaam '{pad.name}' is geen geldige id", hint)
        )
    return _Gelezen(bestand, pad.stem, product)


def _dubbele_producten(producten: list[_Gelezen]) -> list[Melding]:
    eerste: dict[str, _Gelezen] = {}
    meldingen = []
    for g in producten:
        if g.id in eerste:
            tekst = f"de product-id '{g.id}' wordt ook gebruikt in {eerste[g.id].bestand.pad}"
            pad = ("id",) if "id" in g.bestand.data else ()
            meldingen.append(g.bestand.melding(pad, tekst, "geef elk product een eigen id"))
        eerste.setdefault(g.id, g)
    return meldingen


def _ids_in(bestand: YamlBestand, lijst: str) -> list[str]:
    """Ids declared in a list of `gemeente.yml`, read from the raw data so that one bad
    channel does not hide the references to all the others."""
    items = bestand.data.get(lijst)
    return [i["id"] for i in items or [] if isinstance(i, dict) and isinstance(i.get("id"), str)]


def _product_verwijzingen(
    gemeente: YamlBestand, producten: list[_Gelezen], ids: set[str]
) -> list[Melding]:
    themas, kanalen = _ids_in(gemeente, "themas"), _ids_in(gemeente, "kanalen")
    meldingen = []
    for g in producten:
        meldingen += onbekende_ids(g.bestand, "themas", themas, "thema")
        meldingen += onbekende_ids(g.bestand, "aanvragen.kanaal", kanalen, "kanaal")
        meldingen += onbekende_ids(g.bestand, "kosten.kanaal", kanalen, "kanaal")
        meldingen += onbekende_ids(g.bestand, "gerelateerd", ids - {g.id}, "product")
    return meldingen
