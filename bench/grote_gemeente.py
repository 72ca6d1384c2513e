"""Make a large fictional gemeente: the example plus N generated products (for benchmarks).

python -m bench.grote_gemeente 1000 /tmp/groot
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
VOORBEELD = (
    "gemeente.yml",
    "mkdocs.yml",
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


def maak(aantal: int, doel: Path) -> Path:
    """A copy of the example gemeente with `aantal` extra products (ids product-0001 …)."""
    if doel.exists():
        shutil.rmtree(doel)
    doel.mkdir(parents=True)
    for naam in VOORBEELD:
        bron = ROOT / naam
        (shutil.copytree if bron.is_dir() else shutil.copy)(bron, doel / naam)
    voorbeelden = sorted((doel / "producten").glob("*.yaml"))
    for i in range(1, aantal + 1):
        data = yaml.safe_load(voorbeelden[i % len(voorbeelden)].read_text(encoding="utf-8"))
        onderwerp = ONDERWERPEN[i % len(ONDERWERPEN)]
        data["naam"] = f"{onderwerp.capitalize()} {i} {data['naam']}"
        data["trefwoorden"] = [f"{onderwerp}{i}", *data.get("trefwoorden", [])]
        data.pop("gerelateerd", None)
        tekst = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
        (doel / "producten" / f"product-{i:04d}.yaml").write_text(tekst, encoding="utf-8")
    return doel


if __name__ == "__main__":
    print(maak(int(sys.argv[1]), Path(sys.argv[2])))
