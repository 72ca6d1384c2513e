"""Validate a whole gemeente: every source read by load/bronnen.py, every problem, in one run.

No file is opened here: `valideer_catalogus` gets what was read and gives the catalogue (when
it is sound) and every melding.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from pydantic import BaseModel

from loket.load import YamlBestand
from loket.load.bronnen import MEDEDELINGEN_MAP, NORMEN_MAP, PRODUCTEN_MAP, Bronnen
from loket.melding import Ernst, Melding, fouten
from loket.model import Catalogus, Gemeente, NormBron, Product, ProductBron, Servicenorm
from loket.model.gemeente import STANDAARD_DIMENSIES
from loket.model.mededeling import Mededeling
from loket.model.verwijzing import verwijzingen
from loket.validate.engels import engels_meldingen, nederlandse_namen
from loket.validate.huisstijl import huisstijl_meldingen
from loket.validate.kosten import kosten_meldingen
from loket.validate.mededelingen import actieve, mededelingen
from loket.validate.meting import meting_meldingen
from loket.validate.model_fouten import valideer
from loket.validate.sdg import feedback_melding, sdg_codes, sdg_meldingen, wmebv_meldingen
from loket.validate.servicenormen import cijfers, verouderd
from loket.validate.sociale_kaart import sociale_kaart
from loket.validate.upl import upl_uris
from loket.validate.verwijzingen import dubbele_ids, ids_in, onbekende_ids
from loket.validate.vorige_ids import vorige_ids_meldingen
from loket.validate.yaml_map import validatie, valideer_map

VALIDATIE = {
    PRODUCTEN_MAP: validatie(Product),
    NORMEN_MAP: validatie(Servicenorm),
    MEDEDELINGEN_MAP: validatie(Mededeling),
}
"""Per folder, the validation the reader runs on each file where it parses it."""


@dataclass
class Uitkomst:
    """The catalogue when it is sound, and every melding found on the way."""

    catalogus: Catalogus | None
    meldingen: list[Melding] = field(default_factory=list)

    @property
    def fouten(self) -> list[Melding]:
        return fouten(self.meldingen)


def valideer_catalogus(bronnen: Bronnen, vandaag: date) -> Uitkomst:
    meldingen: list[Melding] = list(bronnen.meldingen)
    gemeente_bron = bronnen.gemeente
    gemeente = _gemeente(gemeente_bron, meldingen) if gemeente_bron is not None else None
    producten = valideer_map(bronnen.producten, Product, "product", meldingen)
    normen = valideer_map(bronnen.normen, Servicenorm, "servicenorm", meldingen)
    ids = _Ids(gemeente_bron, {g.id for g in producten}, {g.id for g in normen})
    if gemeente_bron is None:  # without the channels and themes, references cannot be checked
        return Uitkomst(None, sorted(meldingen))
    kaart, gevonden = sociale_kaart(bronnen.sociale_kaart, ids.per_soort(), vandaag)
    meldingen += gevonden
    ids.organisaties = kaart.ids
    berichten, gevonden = mededelingen(bronnen.mededelingen, vandaag)
    meldingen += gevonden
    per_model = [
        (Gemeente, "gemeente", [(gemeente_bron, "")]),
        (Product, "product", [(g.bestand, g.id) for g in producten]),
        (Servicenorm, "servicenorm", [(g.bestand, g.id) for g in normen]),
        (Mededeling, "mededeling", [(g.bestand, g.id) for g in berichten]),
    ]
    meldingen += _verwijzingen(per_model, ids.per_soort())
    meldingen += [m for g in producten for m in kosten_meldingen(g, vandaag)]
    weg = {g.id for g in producten if g.item and not g.item.gepubliceerd_op(vandaag)}
    meldingen += _niet_gepubliceerd(per_model, weg)
    meldingen += vorige_ids_meldingen(producten)
    meldingen += meting_meldingen(normen)
    gemeten, gevonden = cijfers(bronnen.cijfers, ids.per_soort())
    meldingen += gevonden
    uris, gevonden = upl_uris(producten, bronnen.upl)
    meldingen += gevonden
    sdg = sdg_codes(producten, bronnen.upl)
    meldingen += sdg_meldingen(producten, bronnen.upl)
    meldingen += engels_meldingen(producten, bronnen.upl)
    meldingen += nederlandse_namen(gemeente_bron, gemeente, producten)
    meldingen += huisstijl_meldingen(gemeente_bron, gemeente, bronnen.beelden)
    meldingen += feedback_melding(gemeente_bron, gemeente, sdg)
    meldingen += wmebv_meldingen(producten, gemeente)
    if gemeente is not None:
        maanden = gemeente.kwaliteitshandvest.verouderd_na_maanden
        meldingen += verouderd(gemeten, vandaag, maanden)
    meldingen.sort()
    if fouten(meldingen) or gemeente is None:
        return Uitkomst(None, meldingen)
    catalogus = Catalogus(
        bronnen.map,
        gemeente,
        cijfers_gepubliceerd=gemeten.gepubliceerd,
        realisatie=gemeten.realisatie,
        kanaalgebruik=gemeten.kanaalgebruik,
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
    catalogus.sdg = sdg
    catalogus.mededelingen = actieve(berichten, vandaag)
    for n in sorted(normen, key=lambda g: g.id):
        assert n.item is not None
        catalogus.servicenormen[n.id] = NormBron(n.id, n.item, n.bestand.pad)
    return Uitkomst(catalogus, meldingen)


PerModel = list[tuple[type[BaseModel], str, list[tuple[YamlBestand, str]]]]
"""Per model: its soort and its files, each with the id of what it defines."""


def _verwijzingen(per_model: PerModel, bekend: dict[str, set[str]]) -> list[Melding]:
    """Every marked reference (model/verwijzing.py) to an id that does not exist, or to the
    file's own id (a product related to itself)."""
    meldingen = []
    for model, eigen_soort, bestanden in per_model:
        for sleutel, soort in verwijzingen(model):
            for bestand, eigen_id in bestanden:
                zelf = eigen_id if soort == eigen_soort else ""
                meldingen += onbekende_ids(bestand, sleutel, bekend[soort], soort, zelf)
    return meldingen


def _niet_gepubliceerd(per_model: PerModel, weg: set[str]) -> list[Melding]:
    """A toptaak, related product or notice's product that is not on the site on the peildatum
    is left out of the pages; say so, it is easily forgotten when a product starts or stops on
    a date."""
    if not weg:
        return []
    meldingen = []
    for model, _, bestanden in per_model:
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
            "categorie": set(self.categorieen),
        }


def _gemeente(bestand: YamlBestand, meldingen: list[Melding]) -> Gemeente | None:
    gemeente, gevonden = valideer(Gemeente, bestand)
    meldingen += gevonden
    for lijst, soort in (
        (("kanalen",), "kanaal"),
        (("themas",), "thema"),
        (("dimensies",), "dimensie"),
        (("sociale_kaart", "categorieen"), "categorie"),
    ):
        meldingen += dubbele_ids(bestand, lijst, soort)
    return gemeente
