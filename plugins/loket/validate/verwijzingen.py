"""Cross-references between files: every id that is named must exist, and exist once."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from loket.load import Pad, YamlBestand
from loket.melding import Melding
from loket.validate.model_fouten import Gegevens
from loket.validate.suggesties import bedoelde_u, keuzes


def onbekende_ids(
    bestand: Gegevens, sleutel: str, bekend: Iterable[str], soort: str, behalve: str = ""
) -> list[Melding]:
    """Ids named under `sleutel` that do not exist (or are `behalve`, the file's own id).

    `sleutel` is either `"themas"` (a list of ids) or `"aanvragen.kanaal"` (the `kanaal` of each
    mapping in the list `aanvragen`). Pass a set as `bekend` when calling once per file: it is
    used as it is, so a check over n files stays linear.
    """
    bekende = bekend if isinstance(bekend, set | frozenset) else set(bekend)
    meldingen = []
    for pad, waarde in _ids_onder(bestand.data, sleutel):
        if isinstance(waarde, str) and (waarde not in bekende or waarde == behalve):
            bekende = set(bekende) - {behalve}
            voorstel = bedoelde_u(waarde, bekende)
            tekst = f"{soort} '{waarde}' bestaat niet" + (f"; {voorstel}" if voorstel else "")
            hint = f"bekende {soort}-ids: {keuzes(bekende)}" if bekende else ""
            meldingen.append(bestand.melding(pad, tekst, hint))
    return meldingen


def _ids_onder(data: dict[str, Any], sleutel: str) -> list[tuple[Pad, Any]]:
    """(place, value) of every id under a dotted key: a mapping's key, or each item's key in a
    list of mappings; at the end one id or a list of ids."""
    plekken: list[tuple[Pad, Any]] = [((), data)]
    for deel in sleutel.split("."):
        verder: list[tuple[Pad, Any]] = []
        for pad, waarde in plekken:
            if isinstance(waarde, dict) and deel in waarde:
                verder.append(((*pad, deel), waarde[deel]))
            elif isinstance(waarde, list) and pad:
                verder += [
                    ((*pad, i, deel), item[deel])
                    for i, item in enumerate(waarde)
                    if isinstance(item, dict) and deel in item
                ]
        plekken = verder
    uit: list[tuple[Pad, Any]] = []
    for pad, waarde in plekken:
        if isinstance(waarde, list):
            uit += [((*pad, i), w) for i, w in enumerate(waarde)]
        elif waarde is not None:
            uit.append((pad, waarde))
    return uit


def ids_in(items: object) -> list[str]:
    """The `id`s of a list of mappings in raw YAML data (as in gemeente.yml's `kanalen`)."""
    lijst = items if isinstance(items, list) else []
    return [i["id"] for i in lijst if isinstance(i, dict) and isinstance(i.get("id"), str)]


def dubbele_ids(bestand: YamlBestand, lijst_pad: Pad, soort: str) -> list[Melding]:
    """Mappings in the list at `lijst_pad` whose `id` was used before in the same list."""
    lijst: Any = bestand.data
    for deel in lijst_pad:
        lijst = lijst.get(deel) if isinstance(lijst, dict) else None
    gezien: set[str] = set()
    meldingen = []
    for i, item in enumerate(lijst if isinstance(lijst, list) else []):
        waarde = item.get("id") if isinstance(item, dict) else None
        if isinstance(waarde, str) and waarde in gezien:
            tekst = f"de {soort}-id '{waarde}' komt twee keer voor"
            meldingen.append(bestand.melding((*lijst_pad, i, "id"), tekst, "geef elk een eigen id"))
        gezien.add(str(waarde))
    return meldingen
