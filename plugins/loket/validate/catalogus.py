"""Load and validate a whole gemeente: every file, every problem, in one run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from pydantic import BaseModel

from loket.load import YamlBestand
from loket.load.datapakket import DATA_BESTANDEN
from loket.melding import Ernst, Melding, een_per_plek, fouten
from loket.model import Catalogus, Gemeente, NormBron, Product, ProductBron, Servicenorm
from loket.model.gemeente import STANDAARD_DIMENSIES
from loket.model.mededeling import Mededeling
from loket.model.verwijzing import verwijzingen
from loket.peildatum import peildatum
from loket.validate.kosten import kosten_meldingen
from loket.validate.mededelingen import MEDEDELINGEN_MAP, actieve, lees_mededelingen
from loket.validate.model_fouten import valideer
from loket.validate.servicenormen import NORMEN_MAP, lees_cijfers, verouderd
from loket.validate.sociale_kaart import SK_MAP, lees_sociale_kaart
from loket.validate.upl import upl_uris
from loket.validate.verwijzingen import dubbele_ids, ids_in, onbekende_ids
from loket.validate.vorige_ids import vorige_ids_meldingen
from loket.validate.yaml_map import lees_bestand, lees_map

GEMEENTE_BESTAND = "gemeente.yml"
PRODUCTEN_MAP = "producten"
DATA_MAPPEN = (PRODUCTEN_MAP, NORMEN_MAP, SK_MAP, MEDEDELINGEN_MAP)


@dataclass
class Uitkomst:
    """The catalogue when it is sound, and every melding found on the way."""

    catalogus: Catalogus | None
    meldingen: list[Melding] = field(default_factory=list)

    @property
    def fouten(self) -> list[Melding]:
        return fouten(self.meldingen)


def laad_catalogus(map: Path, vandaag: date | None = None) -> Uitkomst:
    vandaag = vandaag or peildatum()
    meldingen: list[Melding] = []
    gemeente_bron, gemeente = _lees_gemeente(map, meldingen)
    producten = lees_map(map, PRODUCTEN_MAP, Product, "product", meldingen)
    normen = lees_map(map, NORMEN_MAP, Servicenorm, "servicenorm", meldingen, DATA_BESTANDEN)
    ids = _Ids(gemeente_bron, {g.id for g in producten}, {g.id for g in normen})
    if gemeente_bron is None:  # without the channels and themes, references cannot be checked
        return Uitkomst(None, sorted(meldingen))
    kaart, gevonden = lees_sociale_kaart(map, ids.categorieen, vandaag)
    meldingen += gevonden
    ids.organisaties = kaart.ids
    mededelingen, gevonden = lees_mededelingen(map, vandaag)
    meldingen += gevonden
    bronnen = [
        (Gemeente, "gemeente", [(gemeente_bron, "")]),
        (Product, "product", [(g.bestand, g.id) for g in producten]),
        (Servicenorm, "servicenorm", [(g.bestand, g.id) for g in normen]),
        (Mededeling, "mededeling", [(g.bestand, g.id) for g in mededelingen]),
    ]
    meldingen += _verwijzingen(bronnen, ids.per_soort())
    meldingen += [m for g in producten for m in kosten_meldingen(g, vandaag)]
    weg = {g.id for g in producten if g.item and not g.item.gepubliceerd_op(vandaag)}
    meldingen += _niet_gepubliceerd(bronnen, weg)
    meldingen += vorige_ids_meldingen(producten)
    cijfers, gevonden = lees_cijfers(map, ids.normen, ids.kanalen)
    meldingen += gevonden
    uris, gevonden = upl_uris(map, gemeente_bron, producten)
    meldingen += gevonden
    if gemeente is not None:
        maanden = gemeente.kwaliteitshandvest.verouderd_na_maanden
        meldingen += verouderd(cijfers, vandaag, maanden)
    meldingen.sort()
    if fouten(meldingen) or gemeente is None:
        return Uitkomst(None, meldingen)
    catalogus = Catalogus(
        map,
        gemeente,
        cijfers_gepubliceerd=cijfers.gepubliceerd,
        realisatie=cijfers.realisatie,
        kanaalgebruik=cijfers.kanaalgebruik,
    )
    if kaart.organisaties is not None:
        catalogus.sociale_kaart = True
        catalogus.organisaties = {o.id: o for o in sorted(kaart.organisaties, key=lambda o: o.id)}

    for g in sorted(producten, key=lambda g: g.id):
        assert g.item is not None
        bron = ProductBron(g.id, g.item, g.bestand.pad, g.bestand.data.get("kosten"))
        if g.item.gepubliceerd_op(vandaag):
            catalogus.producten[g.id] = bron
        elif g.item.publiceren_vanaf and g.item.publiceren_vanaf > vandaag:
            catalogus.later[g.id] = bron
    catalogus.upl_uris = uris
    catalogus.mededelingen = actieve(mededelingen, vandaag)
    for n in sorted(normen, key=lambda g: g.id):
        assert n.item is not None
        catalogus.servicenormen[n.id] = NormBron(n.id, n.item, n.bestand.pad)
    return Uitkomst(catalogus, meldingen)


Bronnen = list[tuple[type[BaseModel], str, list[tuple[YamlBestand, str]]]]
"""Per model: its soort and its files, each with the id of what it defines."""


def _verwijzingen(bronnen: Bronnen, bekend: dict[str, set[str]]) -> list[Melding]:
    """Every marked reference (model/verwijzing.py) to an id that does not exist, or to the
    file's own id (a product related to itself)."""
    meldingen = []
    for model, eigen_soort, bestanden in bronnen:
        for sleutel, soort in verwijzingen(model):
            for bestand, eigen_id in bestanden:
                zelf = eigen_id if soort == eigen_soort else ""
                meldingen += onbekende_ids(bestand, sleutel, bekend[soort], soort, zelf)
    return meldingen


def _niet_gepubliceerd(bronnen: Bronnen, weg: set[str]) -> list[Melding]:
    """A toptaak, related product or notice's product that is not on the site on the peildatum
    is left out of the pages; say so, it is easily forgotten when a product starts or stops on
    a date."""
    if not weg:
        return []
    meldingen = []
    for model, _, bestanden in bronnen:
        for sleutel, soort in verwijzingen(model):
            if soort == "product" and "." not in sleutel:
                for bestand, _ in bestanden:
                    meldingen += _verwijst_naar(bestand, sleutel, weg)
    return meldingen


def _verwijst_naar(bestand: YamlBestand, sleutel: str, weg: set[str]) -> list[Melding]:
    lijst = bestand.data.get(sleutel)
    return [
        bestand.melding(
            (sleutel, i),
            f"product '{waarde}' staat op de peildatum niet op de site; het wordt hier weggelaten",
            "controleer 'publiceren_vanaf' en 'publiceren_tot' van dat product",
            ernst=Ernst.WAARSCHUWING,
        )
        for i, waarde in enumerate(lijst if isinstance(lijst, list) else [])
        if waarde in weg
    ]


class _Ids:
    """The ids that exist, read from the raw data so that one bad entry hides no other."""

    def __init__(self, gemeente: YamlBestand | None, producten: set[str], normen: set[str]) -> None:
        data = gemeente.data if gemeente is not None else {}
        self.themas = ids_in(data.get("themas"))
        self.kanalen = ids_in(data.get("kanalen"))
        dimensies = data.get("dimensies")
        self.dimensies = ids_in(dimensies) if dimensies else [d.id for d in STANDAARD_DIMENSIES]
        kaart = data.get("sociale_kaart")
        self.categorieen = ids_in(kaart.get("categorieen") if isinstance(kaart, dict) else None)
        self.producten = producten
        self.normen = normen
        self.organisaties: set[str] = set()

    def per_soort(self) -> dict[str, set[str]]:
        """The known ids of each soort a reference can point at (model/verwijzing.py)."""
        return {
            "thema": set(self.themas),
            "kanaal": set(self.kanalen),
            "dimensie": set(self.dimensies),
            "product": self.producten,
            "servicenorm": self.normen,
            "organisatie": self.organisaties,
        }


def _lees_gemeente(
    map: Path, meldingen: list[Melding]
) -> tuple[YamlBestand | None, Gemeente | None]:
    pad = map / GEMEENTE_BESTAND
    if not pad.is_file():
        hint = "maak gemeente.yml aan in deze map, of start een nieuwe gemeente met 'loket init'"
        meldingen.append(Melding(GEMEENTE_BESTAND, 1, 1, "gemeente.yml ontbreekt", hint))
        return None, None
    bestand = lees_bestand(map, pad, meldingen)
    if bestand is None:
        return None, None
    gemeente, gevonden = valideer(Gemeente, bestand)
    meldingen[:] = een_per_plek([*meldingen, *gevonden])
    for lijst, soort in (
        (("kanalen",), "kanaal"),
        (("themas",), "thema"),
        (("dimensies",), "dimensie"),
        (("sociale_kaart", "categorieen"), "categorie"),
    ):
        meldingen += dubbele_ids(bestand, lijst, soort)
    return bestand, gemeente
