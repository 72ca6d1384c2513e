"""Validate a data package with frictionless and say each problem in Dutch, by row and column."""

from __future__ import annotations

import re
from typing import Any

from loket.load.datapakket import Datapakket, Tabel
from loket.melding import Melding

_TYPEN = {
    "number": ("een getal", "schrijf een getal met een punt, zoals 83.5"),
    "integer": ("een heel getal", "schrijf alleen cijfers, zoals 120"),
    "date": ("een datum", "schrijf de datum als JJJJ-MM-DD, zoals 2026-03-31"),
    "boolean": ("ja of nee", "schrijf true of false"),
    "year": ("een jaartal", "schrijf vier cijfers, zoals 2026"),
}


def valideer_pakket(pakket: Datapakket) -> list[Melding]:
    """Frictionless' checks of the Table Schema: types, required, unique, enum, pattern, ranges."""
    from frictionless import validate  # heavy import: only when there is a package

    rapport = validate(str(pakket.map / "datapackage.json"))
    meldingen = [_pakket_fout(pakket, fout) for fout in rapport.errors]
    for taak in rapport.tasks:
        tabel = pakket.tabellen.get(taak.name)
        if tabel is not None:
            meldingen += [_vertaal(tabel, fout) for fout in taak.errors]
    return meldingen


def _pakket_fout(pakket: Datapakket, fout: Any) -> Melding:
    hint = "vergelijk het met het voorbeeld-datapakket van Loket"
    return Melding(pakket.weergave, 1, 1, f"het datapakket klopt niet ({fout.type})", hint)


def _vertaal(tabel: Tabel, fout: Any) -> Melding:
    regel = getattr(fout, "row_number", None) or 1
    kolom = getattr(fout, "field_number", None) or 1
    veld = getattr(fout, "field_name", None) or getattr(fout, "label", None) or ""
    cel = getattr(fout, "cell", None)
    tekst, hint = _tekst(fout.type, str(veld), cel, str(getattr(fout, "note", "")))
    return Melding(tabel.weergave, regel, kolom, tekst, hint)


def _tekst(soort: str, veld: str, cel: Any, noot: str) -> tuple[str, str]:
    if soort == "type-error":
        naam, hint = _TYPEN.get(_type_in(noot), ("het goede soort waarde", ""))
        return f"'{cel}' in kolom '{veld}' is geen {naam}", hint
    if soort == "constraint-error":
        return _beperking(veld, cel, noot)
    if soort in ("primary-key", "unique-error"):
        eerder = re.search(r"position (\d+)", noot)
        waar = f" staat al op regel {eerder.group(1)}" if eerder else " komt al eerder voor"
        return "deze rij" + waar, "elke combinatie mag maar één keer voorkomen"
    vaste = {
        "missing-cell": (
            f"in deze rij ontbreekt de kolom '{veld}'",
            "vul de ontbrekende cellen aan",
        ),
        "extra-cell": (
            "deze rij heeft meer cellen dan er kolommen zijn",
            "haal de extra komma weg of zet tekst met een komma tussen aanhalingstekens",
        ),
        "blank-row": ("deze rij is leeg", "haal de lege rij weg"),
        "missing-label": (f"de kolom '{veld}' ontbreekt", "voeg de kolom toe aan de eerste regel"),
        "incorrect-label": (
            f"de kolomnaam klopt niet; verwacht is '{veld}'",
            "gebruik de kolomnamen uit datapackage.json, in dezelfde volgorde",
        ),
        "duplicate-label": (
            f"de kolomnaam '{veld}' staat er twee keer",
            "geef elke kolom een eigen naam",
        ),
        "blank-label": ("deze kolom heeft geen naam", "geef de kolom een naam of haal hem weg"),
        "extra-label": (
            "deze kolom staat niet in datapackage.json",
            "haal de kolom weg of beschrijf hem",
        ),
    }
    return vaste.get(soort, (f"de tabel klopt hier niet ({soort})", ""))


def _type_in(noot: str) -> str:
    gevonden = re.search(r'type is "(\w+)', noot)
    return gevonden.group(1) if gevonden else ""


def _beperking(veld: str, cel: Any, noot: str) -> tuple[str, str]:
    gevonden = re.search(r'constraint "(\w+)" is "(.*)"', noot)
    naam, waarde = gevonden.groups() if gevonden else ("", "")
    if naam == "required":
        return f"de kolom '{veld}' is leeg", "deze kolom is verplicht: vul een waarde in"
    if naam == "minimum":
        return (
            f"'{cel}' in kolom '{veld}' is kleiner dan {waarde}",
            f"de kleinste waarde is {waarde}",
        )
    if naam == "maximum":
        return (
            f"'{cel}' in kolom '{veld}' is groter dan {waarde}",
            f"de grootste waarde is {waarde}",
        )
    if naam == "enum":
        keuzes = ", ".join(re.findall(r"'([^']*)'", waarde)) or waarde
        return f"'{cel}' is niet toegestaan in kolom '{veld}'", f"kies uit: {keuzes}"
    if naam == "unique":
        return f"'{cel}' komt al eerder voor in kolom '{veld}'", "elke waarde mag maar één keer"
    if naam == "pattern":
        return f"'{cel}' in kolom '{veld}' heeft niet de goede vorm", f"het patroon is {waarde}"
    return f"'{cel}' in kolom '{veld}' voldoet niet aan '{naam}' ({waarde})", ""
