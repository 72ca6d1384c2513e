"""Load and validate a whole gemeente: every file, every problem, in one run."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from loket.load import YamlBestand
from loket.load.datapakket import DATA_BESTANDEN
from loket.melding import Ernst, Melding, een_per_plek, fouten
from loket.model import Catalogus, Gemeente, NormBron, Product, ProductBron, Servicenorm
from loket.model.gemeente import STANDAARD_DIMENSIES
from loket.model.mededeling import Mededeling
from loket.peildatum import peildatum
from loket.validate.kosten import kosten_meldingen
from loket.validate.mededelingen import MEDEDELINGEN_MAP, actieve, lees_mededelingen
from loket.validate.model_fouten import valideer
from loket.validate.servicenormen import NORMEN_MAP, lees_cijfers, verouderd
from loket.validate.sociale_kaart import SK_MAP, lees_sociale_kaart
from loket.validate.upl import upl_uris
from loket.validate.verwijzingen import dubbele_ids, ids_in, onbekende_ids
from loket.validate.vorige_ids import vorige_ids_meldingen
from loket.validate.yaml_map import Gelezen, lees_bestand, lees_map

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
    meldingen += onbekende_ids(gemeente_bron, "toptaken", ids.producten, "product")
    meldingen += _product_verwijzingen(producten, ids)
    meldingen += [m for g in producten for m in kosten_meldingen(g, vandaag)]
    mededelingen, gevonden = lees_mededelingen(map, set(ids.kanalen), ids.producten, vandaag)
    meldingen += gevonden
    meldingen += _niet_gepubliceerd(gemeente_bron, producten, mededelingen, vandaag)
    meldingen += vorige_ids_meldingen(producten)
    meldingen += _norm_verwijzingen(normen, ids)
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


def _niet_gepubliceerd(
    gemeente: YamlBestand,
    producten: list[Gelezen[Product]],
    mededelingen: list[Gelezen[Mededeling]],
    vandaag: date,
) -> list[Melding]:
    """A toptaak, related product or notice's product that is not on the site on the peildatum
    is left out of the pages; say so, it is easily forgotten when a product starts or stops on
    a date."""
    weg = {g.id for g in producten if g.item and not g.item.gepubliceerd_op(vandaag)}
    if not weg:
        return []
    meldingen = _verwijst_naar(gemeente, "toptaken", weg)
    for g in producten:
        meldingen += _verwijst_naar(g.bestand, "gerelateerd", weg)
    for m in mededelingen:
        meldingen += _verwijst_naar(m.bestand, "producten", weg)
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


def _product_verwijzingen(producten: list[Gelezen[Product]], ids: _Ids) -> list[Melding]:
    meldingen = []
    themas, kanalen = set(ids.themas), set(ids.kanalen)
    for g in producten:
        meldingen += onbekende_ids(g.bestand, "themas", themas, "thema")
        meldingen += onbekende_ids(g.bestand, "aanvragen.kanaal", kanalen, "kanaal")
        meldingen += onbekende_ids(g.bestand, "kosten.kanaal", kanalen, "kanaal")
        meldingen += onbekende_ids(g.bestand, "gerelateerd", ids.producten, "product", g.id)
        meldingen += onbekende_ids(g.bestand, "servicenormen", ids.normen, "servicenorm")
        meldingen += onbekende_ids(g.bestand, "organisaties", ids.organisaties, "organisatie")
    return meldingen


def _norm_verwijzingen(normen: list[Gelezen[Servicenorm]], ids: _Ids) -> list[Melding]:
    meldingen = []
    for g in normen:
        meldingen += onbekende_ids(g.bestand, "dimensie", ids.dimensies, "dimensie")
        meldingen += onbekende_ids(g.bestand, "kanaal", ids.kanalen, "kanaal")
    return meldingen
