"""Exports in the shape the source systems give them, with fictional content: zaken as pages
of the ZGW Zaken API (as Open Zaak serves them) and calls as the telephone system's CSV.

Deterministic for a seed, so the example gemeente's export can be made again and the
benchmark's 200,000 zaken are the same on every run.
"""

from __future__ import annotations

import csv
import json
import random
from datetime import date, datetime, timedelta
from pathlib import Path

API = "https://zaken.lindewaard.example/zaken/api/v1"
CATALOGI = "https://zaken.lindewaard.example/catalogi/api/v1/zaaktypen"


def zaak(nummer: int, zaaktype: str, start: date, einde: date | None, kans: random.Random) -> dict:
    uuid = f"{nummer:08x}-0000-4000-8000-{nummer:012x}"
    return {
        "url": f"{API}/zaken/{uuid}",
        "uuid": uuid,
        "identificatie": f"ZAAK-{start.year}-{nummer:07d}",
        "bronorganisatie": "999990000",
        "omschrijving": "",
        "zaaktype": zaaktype,
        "registratiedatum": start.isoformat(),
        "verantwoordelijkeOrganisatie": "999990000",
        "startdatum": start.isoformat(),
        "einddatum": einde.isoformat() if einde else None,
        "einddatumGepland": None,
        "uiterlijkeEinddatumAfdoening": None,
        "publicatiedatum": None,
        "communicatiekanaal": "",
        "vertrouwelijkheidaanduiding": "openbaar",
        "betalingsindicatie": "",
        "archiefstatus": "nog_te_archiveren",
        "verlenging": {"reden": "advies nodig", "duur": "P14D"} if kans.random() < 0.03 else None,
        "opschorting": {"indicatie": kans.random() < 0.02, "reden": ""},
        "resultaat": None,
    }


def schrijf_zaken(
    map_: Path,
    aantal: int,
    zaaktypen: dict[str, tuple[int, int]],
    van: date,
    tot: date,
    seed: int = 1,
    per_pagina: int = 100,
    als_csv: bool = False,
) -> None:
    """`aantal` zaken started between `van` and `tot`, in pages of `per_pagina` like the
    Zaken API's list response (or one CSV with the columns a zaaksysteem's report gives).
    `zaaktypen` maps a zaaktype to (usual days, spread): most zaken end around the usual
    time, some later, a few are still open."""
    kans = random.Random(seed)
    map_.mkdir(parents=True, exist_ok=True)
    typen = sorted(zaaktypen)
    dagen = (tot - van).days
    pagina: list[dict] = []
    nummer_pagina = 1
    rijen = []
    for nummer in range(1, aantal + 1):
        zaaktype = typen[nummer % len(typen)]
        gewoon, spreiding = zaaktypen[zaaktype]
        start = van + timedelta(days=kans.randrange(dagen))
        duur = max(0, int(kans.gauss(gewoon, spreiding)))
        einde = None if kans.random() < 0.01 else start + timedelta(days=duur)
        pagina.append(zaak(nummer, f"{CATALOGI}/{zaaktype}", start, einde, kans))
        if als_csv:
            z = pagina.pop()
            rijen.append([z["identificatie"], z["zaaktype"], z["startdatum"], z["einddatum"] or ""])
            continue
        if len(pagina) == per_pagina or nummer == aantal:
            volgende = None if nummer == aantal else f"{API}/zaken?page={nummer_pagina + 1}"
            data = {"count": aantal, "next": volgende, "previous": None, "results": pagina}
            (map_ / f"zaken-{nummer_pagina:05d}.json").write_text(
                json.dumps(data, ensure_ascii=False), encoding="utf-8"
            )
            pagina, nummer_pagina = [], nummer_pagina + 1
    if als_csv:
        with (map_ / "zaken.csv").open("w", encoding="utf-8", newline="") as uit:
            schrijver = csv.writer(uit, lineterminator="\n")
            schrijver.writerow(["identificatie", "zaaktype", "startdatum", "einddatum"])
            schrijver.writerows(rijen)


def schrijf_telefonie(pad: Path, aantal: int, van: date, tot: date, seed: int = 1) -> None:
    """`aantal` calls on werkdag hours between `van` and `tot`, most answered within half a
    minute."""
    kans = random.Random(seed)
    dagen = (tot - van).days
    with pad.open("w", encoding="utf-8", newline="") as uit:
        schrijver = csv.writer(uit, lineterminator="\n")
        schrijver.writerow(["tijdstip", "wachttijd_seconden"])
        for _ in range(aantal):
            dag = van + timedelta(days=kans.randrange(dagen))
            while dag.weekday() > 4:
                dag += timedelta(days=1)
            moment = datetime(dag.year, dag.month, dag.day, 8, 30) + timedelta(
                seconds=kans.randrange(8 * 3600)
            )
            schrijver.writerow([moment.isoformat(), max(0, int(kans.expovariate(1 / 22)))])


def voorbeeld(map_: Path) -> None:
    """The example gemeente's export of the third quarter of 2026 (export/ in this repository):
    omgevingsvergunningen as pages of the Zaken API, meldingen as a CSV report, and calls."""
    q3 = (date(2026, 7, 1), date(2026, 9, 20))
    vergunningen = {"ZT-OMGEVINGSVERGUNNING": (44, 9)}
    schrijf_zaken(map_ / "zaken", 240, vergunningen, *q3, seed=2026)
    schrijf_zaken(map_ / "meldingen", 600, {"ZT-MELDING": (4, 3)}, *q3, seed=2027, als_csv=True)
    schrijf_telefonie(map_ / "telefonie.csv", 2000, date(2026, 7, 1), date(2026, 10, 1), seed=7)


if __name__ == "__main__":
    voorbeeld(Path(__file__).resolve().parent.parent / "export")
