"""`loket check` and its cache at 1,000 and 10,000 products, written into bench/RESULTS.md
(section "loket check and its cache").

    python -m bench.check               # 1,000 and 10,000 products, 3 rounds
    python -m bench.check --n 1000 --rondes 2

Each generated gemeente is a git repository with history (bench/grote_gemeente.py). Per round,
in this order: a cold check (no cache), the same check again (a redacteur's second run), a check
after one product changed, and a check in a fresh clone with the cache of the first folder
restored (CI on a new commit with no content change). Best and worst of the rounds are written.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from bench.grote_gemeente import geef_historie, maak
from bench.meten import BIN, Run, commit, draai, schrijf_sectie

RESULTATEN = Path(__file__).parent / "RESULTS.md"
KOP = "## loket check and its cache"
PRODUCT = "producten/product-00001.yaml"
CACHE = ".loket-cache"
SOORTEN = {
    "koud": "cold (no cache)",
    "herhaald": "repeat, nothing changed",
    "gewijzigd": "one product changed",
    "kloon": "fresh clone, cache restored",
}
DOEL = {"koud": 3.0, "herhaald": 1.0}
"""The targets at 10,000 products (issue 21): first run ≤ 3 s, repeat ≤ 1 s."""


@dataclass
class Reeks:
    producten: int
    runs: dict[str, list[Run]] = field(default_factory=lambda: {s: [] for s in SOORTEN})


def _check(gemeente_map: Path) -> Run:
    return draai([str(BIN / "loket"), "check", "."], gemeente_map, cache=True)


def meet(aantal: int, werkmap: Path, rondes: int) -> Reeks:
    gemeente = maak(aantal, werkmap / f"n{aantal}")
    geef_historie(gemeente)
    product = gemeente / PRODUCT
    origineel = product.read_bytes()
    reeks = Reeks(aantal)
    for ronde in range(rondes):
        shutil.rmtree(gemeente / CACHE, ignore_errors=True)
        reeks.runs["koud"].append(_check(gemeente))
        reeks.runs["herhaald"].append(_check(gemeente))
        product.write_bytes(origineel.replace(b"naam: ", f"naam: Ronde {ronde} ".encode(), 1))
        reeks.runs["gewijzigd"].append(_check(gemeente))
        product.write_bytes(origineel)
        kloon = werkmap / f"kloon-{aantal}"
        subprocess.run(["git", "clone", "-q", str(gemeente), str(kloon)], check=True)
        shutil.copytree(gemeente / CACHE, kloon / CACHE)
        reeks.runs["kloon"].append(_check(kloon))
        shutil.rmtree(kloon)
    shutil.rmtree(gemeente)
    return reeks


def sectie(reeksen: list[Reeks], rondes: int) -> str:
    regels = [
        KOP,
        "",
        f"Measured {date.today().isoformat()} at commit {commit()} by `python -m bench.check` on "
        f"{platform.system()} {platform.machine()}, 2 cores, Python {platform.python_version()}: "
        f"{rondes} rounds, each in the order of the rows (interleaved), wall time of the whole "
        "`loket check` process; best of the rounds, worst in brackets.",
        "",
        "| products | " + " | ".join(SOORTEN.values()) + " | peak RSS (cold) |",
        "|---:|" + "---:|" * (len(SOORTEN) + 1),
    ]
    for r in reeksen:
        cellen = [
            f"{min(x.seconden for x in r.runs[s]):.2f} s ({max(x.seconden for x in r.runs[s]):.2f})"
            for s in SOORTEN
        ]
        piek = min(x.piek_mb for x in r.runs["koud"])
        regels.append(f"| {r.producten:,} | " + " | ".join(cellen) + f" | {piek:.0f} MB |")
    groot = max(reeksen, key=lambda r: r.producten)
    regels += ["", f"Targets at {groot.producten:,} products:", ""]
    for soort, grens in DOEL.items():
        beste = min(x.seconden for x in groot.runs[soort])
        oordeel = "met" if beste <= grens else "**missed**"
        regels.append(f"- {SOORTEN[soort]} ≤ {grens:.0f} s: **{beste:.2f} s**, {oordeel}")
    return "\n".join(regels) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--rondes", type=int, default=3)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        reeksen = [meet(aantal, Path(tmp), args.rondes) for aantal in args.n]
    tekst = sectie(reeksen, args.rondes)
    schrijf_sectie(RESULTATEN, KOP, tekst)


if __name__ == "__main__":
    main()
