"""Read the rows of a CSV table as `Rij` models, every problem at its row and column in Dutch.

The model is the whole contract: the header must hold its columns, each cell is read by the
field's cell type, the marked references must exist, and the model's `SLEUTEL` may occur once.
The data package's own Table Schema must describe the same columns with the same types, so
what others read from the package is what Loket checked.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass
from typing import Any, TypeVar

from loket.load import Pad
from loket.load.datapakket import CsvRegel, Tabel
from loket.melding import Ernst, Melding
from loket.model.tabel import Rij, kolommen, tabel_schema
from loket.model.verwijzing import verwijzingen
from loket.validate.model_fouten import valideer
from loket.validate.suggesties import bedoelde_u
from loket.validate.verwijzingen import onbekende_ids

R = TypeVar("R", bound=Rij)


@dataclass(frozen=True)
class _Cellen:
    """One CSV row as the data a model validates, with messages placed at its cells."""

    tabel: Tabel
    regel: int
    data: dict[str, str]

    def melding(
        self,
        pad: Pad,
        tekst: str,
        hint: str = "",
        *,
        op_sleutel: bool = False,
        ernst: Ernst = Ernst.FOUT,
    ) -> Melding:
        kolom = str(pad[0]) if pad else ""
        return Melding(
            self.tabel.weergave, self.regel, self.tabel.kolom_nummer(kolom), tekst, hint, ernst
        )


def _kolom_leeg(pad: Pad) -> tuple[Pad, str, str]:
    return pad, f"de kolom '{pad[-1]}' is leeg", "deze kolom is verplicht: vul een waarde in"


def lees_tabel(
    tabel: Tabel, model: type[R], bekend: Mapping[str, Collection[str]]
) -> tuple[list[R], list[Melding]]:
    """The rows that are sound, and a melding for every problem; `bekend` gives the existing
    ids per kind of reference."""
    ontbrekend = [
        tabel.melding(1, "", f"de kolom '{naam}' ontbreekt", "voeg hem toe aan de eerste regel")
        for naam, veld in model.model_fields.items()
        if veld.is_required() and naam not in tabel.kolommen
    ]
    meldingen = [*ontbrekend, *_kop(tabel, kolommen(model))]
    if ontbrekend:
        return [], meldingen
    bekende = {soort: set(ids) for soort, ids in bekend.items()}  # once: linear in rows
    gezien: dict[tuple[str, ...], int] = {}
    rijen = []
    for rij in tabel.rijen:
        item, fouten = _lees_rij(tabel, rij, model, bekende)
        if item is not None:
            sleutel = tuple(str(getattr(item, k)) for k in model.SLEUTEL)
            if sleutel in gezien:
                tekst = f"{' en '.join(sleutel)} staat al op regel {gezien[sleutel]}"
                kolom = model.SLEUTEL[0]
                fouten.append(tabel.melding(rij.regel, kolom, tekst, "haal een van beide weg"))
            gezien.setdefault(sleutel, rij.regel)
        meldingen += fouten
        if item is not None and not fouten:
            rijen.append(item)
    return rijen, meldingen


def _lees_rij(
    tabel: Tabel, rij: CsvRegel, model: type[R], bekend: Mapping[str, set[str]]
) -> tuple[R | None, list[Melding]]:
    if rij.cellen > len(tabel.kolommen):
        hint = "zet tekst met een komma tussen aanhalingstekens, of haal de extra komma weg"
        tekst = "deze rij heeft meer cellen dan er kolommen zijn"
        return None, [Melding(tabel.weergave, rij.regel, len(tabel.kolommen) + 1, tekst, hint)]
    velden = model.model_fields
    cellen = _Cellen(tabel, rij.regel, {k: v for k, v in rij.waarden.items() if v and k in velden})
    item, fouten = valideer(model, cellen, _kolom_leeg)
    fout_in = {m.kolom for m in fouten}
    for sleutel, soort in verwijzingen(model):
        if tabel.kolom_nummer(sleutel) not in fout_in:  # a malformed id is not looked up too
            fouten += onbekende_ids(cellen, sleutel, bekend.get(soort, set()), soort)
    return (item if not fouten else None), fouten


def _kop(tabel: Tabel, verwacht: tuple[str, ...]) -> list[Melding]:
    """The first line: no unknown or doubled column."""
    meldingen = []
    gezien: set[str] = set()
    for nummer, naam in enumerate(tabel.kolommen, start=1):
        if naam in gezien:
            hint = "geef elke kolom een eigen naam"
            meldingen.append(
                Melding(tabel.weergave, 1, nummer, f"de kolom '{naam}' staat er twee keer", hint)
            )
        elif naam not in verwacht:
            voorstel = bedoelde_u(naam, verwacht)
            tekst = f"onbekende kolom '{naam}'" + (f"; {voorstel}" if voorstel else "")
            hint = f"de kolommen zijn: {', '.join(verwacht)}"
            meldingen.append(Melding(tabel.weergave, 1, nummer, tekst, hint))
        gezien.add(naam)
    return meldingen


def schema_verschil(tabel: Tabel, model: type[Rij], weergave: str) -> list[Melding]:
    """The table's Table Schema in datapackage.json must have Loket's columns and types, in
    Loket's order; an optional column may be missing."""
    eigen = _kolommen_en_typen(tabel.schema)
    loket = _kolommen_en_typen(tabel_schema(model))
    hint = f"neem het schema over uit {model.TABEL}.tableschema.json, dat 'loket schema' schrijft"
    if not eigen:
        tekst = f"de tabel '{tabel.naam}' heeft geen Table Schema ('schema' met 'fields')"
        return [Melding(weergave, 1, 1, tekst, hint)]
    if eigen == loket:
        return []
    namen = {naam for naam, _ in eigen}
    verplicht = {n for n, v in model.model_fields.items() if v.is_required()}
    if verplicht <= namen and eigen == [k for k in loket if k[0] in namen]:
        return []  # optional columns may be left out (a package from before they existed)
    verschil = next(
        (
            f"kolom {i}: '{e[0]}' ({e[1]}), verwacht '{v[0]}' ({v[1]})"
            for i, (e, v) in enumerate(zip(eigen, loket, strict=False), start=1)
            if e != v
        ),
        f"{len(eigen)} kolommen, verwacht {len(loket)}",
    )
    tekst = f"het schema van de tabel '{tabel.naam}' wijkt af van dat van Loket ({verschil})"
    return [Melding(weergave, 1, 1, tekst, hint)]


def _kolommen_en_typen(schema: Any) -> list[tuple[str, str]]:
    velden = schema.get("fields") if isinstance(schema, dict) else None
    return [
        (str(v.get("name")), str(v.get("type", "string")))
        for v in (velden if isinstance(velden, list) else [])
        if isinstance(v, dict)
    ]
