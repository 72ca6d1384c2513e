"""The sociale kaart package: its `organisaties` table read as `Organisatie` rows."""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date

from loket.load.datapakket import Datapakket, Tabel
from loket.melding import Melding
from loket.model.sociale_kaart import Organisatie
from loket.validate.tabel import lees_tabel, schema_verschil


@dataclass
class SocialeKaart:
    organisaties: list[Organisatie] | None = None
    """None when there is no sociale kaart package."""
    ids: set[str] = field(default_factory=set)
    """Every id in the table, also of rows with errors, so references to them do not fail too."""


def sociale_kaart(
    pakket: Datapakket | None, bekend: Mapping[str, Collection[str]], vandaag: date
) -> tuple[SocialeKaart, list[Melding]]:
    """The organisations of the package; `bekend` gives the ids of each kind of reference."""
    categorieen = bekend.get("categorie", ())
    if pakket is None:
        return SocialeKaart(), []
    if not categorieen:
        hint = "voeg in gemeente.yml 'sociale_kaart: {categorieen: [...]}' toe"
        return SocialeKaart([]), [Melding(pakket.weergave, 1, 1, "er zijn geen categorieën", hint)]
    tabel = pakket.tabellen.get(Organisatie.TABEL)
    if tabel is None:
        hint = "beschrijf organisaties.csv als tabel 'organisaties' in datapackage.json"
        fout = Melding(pakket.weergave, 1, 1, "de tabel 'organisaties' ontbreekt", hint)
        return SocialeKaart([]), [fout]
    meldingen = schema_verschil(tabel, Organisatie, pakket.weergave)
    rijen, gevonden = lees_tabel(tabel, Organisatie, bekend)
    meldingen += gevonden
    regels = {r.waarden.get("id", ""): r.regel for r in tabel.rijen}
    meldingen += [
        m for o in rijen for m in _eigen_fouten(tabel, regels[o.id], o, categorieen, vandaag)
    ]
    ids = {r.waarden.get("id", "") for r in tabel.rijen}
    return SocialeKaart(rijen, ids), meldingen


def _eigen_fouten(
    tabel: Tabel,
    regel: int,
    organisatie: Organisatie,
    categorieen: Collection[str],
    vandaag: date,
) -> list[Melding]:
    """What one row cannot say of itself: its id against the categories, its date against
    the peildatum."""
    meldingen = []
    if organisatie.id in categorieen:
        tekst = f"de id '{organisatie.id}' is ook een categorie; hun pagina's zouden botsen"
        hint = "kies een andere id, zoals de naam van de organisatie"
        meldingen.append(tabel.melding(regel, "id", tekst, hint))
    if organisatie.bijgewerkt > vandaag:
        tekst = f"'{organisatie.bijgewerkt.isoformat()}' ligt in de toekomst"
        hint = "schrijf de datum van de laatste controle, vandaag of eerder"
        meldingen.append(tabel.melding(regel, "bijgewerkt", tekst, hint))
    return meldingen
