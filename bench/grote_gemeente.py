"""Make a large fictional gemeente of N products, for benchmarks.

    python -m bench.grote_gemeente 1000 /tmp/groot [--historie]

The 34 products of the example gemeente Lindewaard stay; the rest are generated from them with
their own name, costs, search words, questions and related products. Servicenormen and the
sociale kaart grow with the catalogue: one extra norm (with its realisatie rows) per 100
products and one extra organisation per 10, so every kind of page is in the measurement.

`geef_historie` makes it a git repository with a year of history, as a real gemeente's is: every
file in a first commit, then commits that each change the prices or the text of a share of the
products, so every product has an older version and the change feed has work to do.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

import yaml

ROOT = Path(__file__).resolve().parent.parent
VOORBEELD = (
    "export",
    "gemeente.yml",
    "huisstijl",
    "mkdocs.yml",
    "mededelingen",
    "producten",
    "servicenormen",
    "sociale_kaart",
    "site_src",
)
ONDERWERPEN = (
    "afvalbak",
    "parkeerplek",
    "subsidie",
    "ontheffing",
    "melding",
    "vergunning",
    "pas",
    "toeslag",
    "aanvraag",
    "inschrijving",
)
WIJKEN = ("Oosterbroek", "Lindewaard-Noord", "De Heuvel", "Kerkdorp", "Molenveld", "Zandhoek")


def maak(aantal: int, doel: Path) -> Path:
    """A gemeente with `aantal` products (at least the example's 34) in `doel`."""
    if doel.exists():
        shutil.rmtree(doel)
    doel.mkdir(parents=True)
    for naam in VOORBEELD:
        bron = ROOT / naam
        (shutil.copytree if bron.is_dir() else shutil.copy)(bron, doel / naam)
    voorbeelden = sorted((doel / "producten").glob("*.yaml"))
    extra = max(0, aantal - len(voorbeelden))
    normen = _extra_normen(doel / "servicenormen", extra // 100)
    for i in range(1, extra + 1):
        data = _product(i, extra, voorbeelden[i % len(voorbeelden)], normen)
        tekst = yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)
        (doel / "producten" / f"product-{i:05d}.yaml").write_text(tekst, encoding="utf-8")
    _extra_organisaties(doel / "sociale_kaart" / "organisaties.csv", extra // 10)
    return doel


def _product(i: int, totaal: int, voorbeeld: Path, normen: list[str]) -> dict[str, Any]:
    data = yaml.safe_load(voorbeeld.read_text(encoding="utf-8"))
    data.pop("vorige_ids", None)  # an old address belongs to the one example product
    onderwerp = ONDERWERPEN[i % len(ONDERWERPEN)]
    wijk = WIJKEN[i % len(WIJKEN)]
    data["naam"] = f"{onderwerp.capitalize()} {i} {data['naam']}"
    data["trefwoorden"] = [f"{onderwerp}{i}", wijk.lower(), *data.get("trefwoorden", [])]
    for kosten in data.get("kosten", []):
        kosten["bedrag"] = round(kosten["bedrag"] * (1 + (i % 7) / 20), 2)
    data["veelgestelde_vragen"] = [
        *data.get("veelgestelde_vragen", []),
        {
            "vraag": f"Geldt dit ook als ik in {wijk} woon?",
            "antwoord": f"Ja. Voor {wijk} gelden dezelfde regels als voor de rest van de gemeente.",
        },
    ]
    engels = data.get("en") or {}
    if engels.get("veelgestelde_vragen"):  # the English list follows the Dutch one item by item
        engels["veelgestelde_vragen"] = [
            *engels["veelgestelde_vragen"],
            {
                "vraag": f"Does this also apply if I live in {wijk}?",
                "antwoord": f"Yes. The same rules apply in {wijk} as in the rest of the town.",
            },
        ]
    data["gerelateerd"] = [f"product-{(i + stap - 1) % totaal + 1:05d}" for stap in (1, 2)]
    if normen and i % 4 == 0:
        data["servicenormen"] = [*data.get("servicenormen", []), normen[i % len(normen)]]
    return data


def _extra_normen(gemeente_map: Path, aantal: int) -> list[str]:
    """`aantal` norms copied from the example's, each with the realisatie of its model."""
    voorbeelden = sorted(gemeente_map.glob("*.yaml"))
    realisatie = gemeente_map / "realisatie.csv"
    rijen = list(csv.DictReader(io.StringIO(realisatie.read_text(encoding="utf-8"))))
    ids = []
    for i in range(1, aantal + 1):
        voorbeeld = voorbeelden[i % len(voorbeelden)]
        data = yaml.safe_load(voorbeeld.read_text(encoding="utf-8"))
        data["titel"] = f"{data['titel']} ({WIJKEN[i % len(WIJKEN)]} {i})"
        norm_id = f"norm-{i:04d}"
        (gemeente_map / f"{norm_id}.yaml").write_text(
            yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8"
        )
        rijen += [
            {**r, "servicenorm": norm_id} for r in rijen if r["servicenorm"] == voorbeeld.stem
        ]
        ids.append(norm_id)
    _schrijf_csv(realisatie, rijen)
    return ids


def _extra_organisaties(bestand: Path, aantal: int) -> None:
    rijen = list(csv.DictReader(io.StringIO(bestand.read_text(encoding="utf-8"))))
    voorbeelden = list(rijen)
    for i in range(1, aantal + 1):
        rij = dict(voorbeelden[i % len(voorbeelden)])
        rij["id"] = f"organisatie-{i:05d}"
        rij["naam"] = f"{rij['naam']} {WIJKEN[i % len(WIJKEN)]} {i}"
        rijen.append(rij)
    _schrijf_csv(bestand, rijen)


def _schrijf_csv(bestand: Path, rijen: list[dict[str, str]]) -> None:
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=list(rijen[0]), lineterminator="\n")
    schrijver.writeheader()
    schrijver.writerows(rijen)
    bestand.write_text(uit.getvalue(), encoding="utf-8")


COMMITS = 30
"""Commits after the first, each touching products (the issue asks for at least 30)."""
EERSTE_COMMIT = date(2025, 11, 3)


def geef_historie(gemeente_map: Path, commits: int = COMMITS) -> None:
    """Put `map` under git: one commit with everything, then `commits` commits ten days apart,
    commit k changing every `commits`-th product from the k-th on (prices in even commits,
    the description in odd ones). Every product ends up with two versions."""
    _git(gemeente_map, EERSTE_COMMIT, "init", "-q", "-b", "main")
    _git(gemeente_map, EERSTE_COMMIT, "add", "-A")
    _git(gemeente_map, EERSTE_COMMIT, "commit", "-q", "-m", "Producten van de gemeente")
    producten = sorted((gemeente_map / "producten").glob("*.yaml"))
    for k in range(commits):
        for pad in producten[k::commits]:
            data = yaml.safe_load(pad.read_text(encoding="utf-8"))
            if k % 2 == 0 and data.get("kosten"):
                data["kosten"][0]["bedrag"] = round(data["kosten"][0]["bedrag"] + 1, 2)
            else:
                data["beschrijving"] += f"\n\nDeze tekst is in ronde {k + 1} nagekeken.\n"
            pad.write_text(
                yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100),
                encoding="utf-8",
            )
        dag = EERSTE_COMMIT + timedelta(days=10 * (k + 1))
        _git(gemeente_map, dag, "commit", "-q", "-a", "-m", f"Producten bijgewerkt (ronde {k + 1})")


def _git(gemeente_map: Path, dag: date, *argumenten: str) -> None:
    moment = f"{dag.isoformat()}T10:00:00+01:00"
    omgeving = {
        **os.environ,
        "GIT_AUTHOR_DATE": moment,
        "GIT_COMMITTER_DATE": moment,
        "GIT_AUTHOR_NAME": "Redactie Lindewaard",
        "GIT_AUTHOR_EMAIL": "redactie@lindewaard.example",
        "GIT_COMMITTER_NAME": "Redactie Lindewaard",
        "GIT_COMMITTER_EMAIL": "redactie@lindewaard.example",
    }
    subprocess.run(["git", *argumenten], cwd=gemeente_map, env=omgeving, check=True)


if __name__ == "__main__":
    gemaakt = maak(int(sys.argv[1]), Path(sys.argv[2]))
    if "--historie" in sys.argv[3:]:
        geef_historie(gemaakt)
    print(gemaakt)
