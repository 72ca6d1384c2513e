"""Lighthouse on every page type of the example gemeente, mobile and desktop, written into
bench/RESULTS.md (section "Lighthouse").

    python -m bench.lighthouse                  # every page type, both presets, 3 runs each
    python -m bench.lighthouse --rondes 1 --pagina home sociale-kaart --preset mobile

The example site is built into a temporary folder and served on 127.0.0.1 by
bench/pages_server.py, which compresses like GitHub Pages and GitLab Pages (gzip of text
types). Lighthouse (npm, pinned in package.json) drives Debian's Chromium with its default
simulated throttling; each page type and preset is measured `--rondes` times and the median of
each score and of the transferred bytes is written.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from importlib.metadata import version
from pathlib import Path

from bench.meten import BIN, OMGEVING, commit, schrijf_sectie
from bench.pages_server import serveer

WORTEL = Path(__file__).resolve().parent.parent
RESULTATEN = Path(__file__).parent / "RESULTS.md"
KOP = "## Lighthouse"
LIGHTHOUSE = WORTEL / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = "/usr/bin/chromium"
CATEGORIEEN = ("performance", "accessibility", "best-practices", "seo")
PRESETS = ("mobile", "desktop")
PAGINAS = {
    "home": "",
    "theme": "themas/documenten/",
    "product": "producten/paspoort/",
    "product-en": "en/products/paspoort/",
    "contact": "contact/",
    "kwaliteitshandvest": "kwaliteitshandvest/",
    "norm": "kwaliteitshandvest/telefoon-opnemen/",
    "sociale-kaart": "sociale-kaart/",
    "sociale-kaart-category": "sociale-kaart/zorg/",
    "organisation": "sociale-kaart/wijkteam-lindewaard/",
    "open-data": "open-data/",
    "cijfers": "dienstverlening-in-cijfers/",
    "a-z": "producten/",
}
"""One page of every type; Material's search is an overlay on every page, not a page."""
DOEL_PERFORMANCE = 95
"""Issue 22: performance ≥ 95 on mobile on every page type, the other three categories 100."""


@dataclass
class Uitslag:
    scores: dict[str, int]
    """Per category, 0-100 as Lighthouse shows it."""
    bytes: int
    """Total byte weight: what the browser transferred for the page."""
    cpu: float = 0.0
    """Lighthouse's benchmark index of the machine during the run (lower: busier or slower)."""
    fouten: frozenset[str] = frozenset()
    """Audits that errored (no category score depends on them, or `uitslag` had stopped)."""


@dataclass
class Reeks:
    pagina: str
    preset: str
    uitslagen: list[Uitslag]

    def score(self, categorie: str) -> int:
        return round(statistics.median(u.scores[categorie] for u in self.uitslagen))

    def bereik(self, categorie: str) -> tuple[int, int]:
        waarden = [u.scores[categorie] for u in self.uitslagen]
        return min(waarden), max(waarden)

    @property
    def kb(self) -> float:
        return statistics.median(u.bytes for u in self.uitslagen) / 1024


def bouw(doel: Path) -> Path:
    """The example gemeente, built into `doel`."""
    subprocess.run(
        [str(BIN / "mkdocs"), "build", "-q", "-d", str(doel)], cwd=WORTEL, env=OMGEVING, check=True
    )
    return doel


def lighthouse(url: str, preset: str, werkmap: Path) -> tuple[Uitslag, dict]:
    """One Lighthouse run; the scores and the raw report."""
    rapport = werkmap / "rapport.json"
    opdracht = [
        str(LIGHTHOUSE),
        url,
        "--quiet",
        "--output=json",
        f"--output-path={rapport}",
        f"--only-categories={','.join(CATEGORIEEN)}",
        "--chrome-flags=--headless=new --no-sandbox --disable-gpu",
        "--disable-full-page-screenshot",
    ]
    if preset == "desktop":
        opdracht.append("--preset=desktop")
    uit = subprocess.run(
        opdracht, env={**os.environ, "CHROME_PATH": CHROMIUM}, capture_output=True, text=True
    )
    if uit.returncode:
        raise SystemExit(f"lighthouse {url} ({preset}) faalde:\n{uit.stderr[-2000:]}")
    data = json.loads(rapport.read_text(encoding="utf-8"))
    return uitslag(data), data


def uitslag(rapport: dict) -> Uitslag:
    """The four scores and the byte weight of a Lighthouse JSON report; a category without a
    score (an audit that errored) stops the benchmark."""
    if rapport.get("runtimeError"):
        raise SystemExit(f"lighthouse: {rapport['runtimeError']}")
    scores = {}
    for categorie in CATEGORIEEN:
        score = rapport["categories"][categorie]["score"]
        if score is None:
            raise SystemExit(f"lighthouse gaf geen score voor {categorie} op {rapport['finalUrl']}")
        scores[categorie] = round(score * 100)
    fouten = frozenset(
        naam for naam, audit in rapport["audits"].items() if audit["scoreDisplayMode"] == "error"
    )
    gewicht = int(rapport["audits"]["total-byte-weight"]["numericValue"])
    cpu = rapport.get("environment", {}).get("benchmarkIndex", 0.0)
    return Uitslag(scores, gewicht, cpu, fouten)


def cel(reeks: Reeks, categorie: str) -> str:
    """The median, with the range of the runs when they differ."""
    laag, hoog = reeks.bereik(categorie)
    score = reeks.score(categorie)
    return str(score) if laag == hoog else f"{score} ({laag}–{hoog})"


def doelen(reeksen: list[Reeks]) -> list[tuple[str, str, bool]]:
    mobiel = [r for r in reeksen if r.preset == "mobile"]
    uit = []
    if mobiel:
        laagste = min(mobiel, key=lambda r: r.score("performance"))
        uit.append(
            (
                f"performance ≥ {DOEL_PERFORMANCE} on mobile on every page type",
                f"lowest {laagste.score('performance')} ({laagste.pagina})",
                laagste.score("performance") >= DOEL_PERFORMANCE,
            )
        )
    for categorie in CATEGORIEEN[1:]:
        laagste = min(reeksen, key=lambda r: r.score(categorie))
        uit.append(
            (
                f"{categorie} 100 on every page type, both presets",
                f"lowest {laagste.score(categorie)} ({laagste.pagina}, {laagste.preset})",
                laagste.score(categorie) == 100,
            )
        )
    return uit


def sectie(reeksen: list[Reeks], rondes: int, versies: dict[str, str]) -> str:
    regels = [
        KOP,
        "",
        f"Measured {date.today().isoformat()} at commit {commit()} by `python -m bench.lighthouse` "
        f"on {platform.system()} {platform.machine()}, {os.cpu_count()} cores, 15-minute load "
        f"average {os.getloadavg()[2]:.1f} at the end; "
        + ", ".join(f"{naam} {v}" for naam, v in versies.items())
        + ". The example gemeente, served on 127.0.0.1 with gzip like GitHub and GitLab Pages "
        "(`bench/pages_server.py`); Lighthouse's default simulated throttling (mobile: a mid-range "
        f"phone on slow 4G; desktop: the desktop preset). Median of {rondes} "
        f"run{'s' if rondes > 1 else ''} per page and preset, the range in brackets where the "
        "runs differ; weight is Lighthouse's total byte weight (transferred, gzip).",
        "",
        "| page type | path | preset | performance | accessibility | best practices | SEO "
        "| weight |",
        "|---|---|---|---:|---:|---:|---:|---:|",
    ]
    for reeks in reeksen:
        cellen = " | ".join(cel(reeks, c) for c in CATEGORIEEN)
        regels.append(
            f"| {reeks.pagina} | `/{PAGINAS[reeks.pagina]}` | {reeks.preset} | {cellen} "
            f"| {reeks.kb:.1f} KB |"
        )
    cpu = sorted(u.cpu for r in reeksen for u in r.uitslagen)
    regels += [
        "",
        f"Lighthouse's CPU benchmark index over all runs: median {statistics.median(cpu):.0f} "
        f"({cpu[0]:.0f}–{cpu[-1]:.0f}). The simulated mobile phone runs the measured main-thread "
        "work four times slower, so a busy machine (a low index) raises the Total Blocking Time "
        "and lowers the mobile performance score; the paint metrics and the weight do not move.",
    ]
    fouten = sorted({f for r in reeksen for u in r.uitslagen for f in u.fouten})
    if fouten:
        regels += [
            "",
            "Audits that errored in this Lighthouse and Chromium (no category score depends on "
            "them): " + ", ".join(f"`{f}`" for f in fouten) + ".",
        ]
    regels += ["", "Targets:", ""]
    for naam, waarde, gehaald in doelen(reeksen):
        regels.append(f"- {naam}: **{waarde}**, {'met' if gehaald else '**missed**'}")
    return "\n".join(regels) + "\n"


def versies(rapport: dict) -> dict[str, str]:
    node = subprocess.run(["node", "--version"], capture_output=True, text=True).stdout.strip()
    chromium = subprocess.run([CHROMIUM, "--version"], capture_output=True, text=True).stdout
    return {
        "Lighthouse": rapport["lighthouseVersion"],
        "Chromium": chromium.split()[1],
        "Node": node.removeprefix("v"),
        "Python": platform.python_version(),
        "mkdocs": version("mkdocs"),
        "mkdocs-material": version("mkdocs-material"),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rondes", type=int, default=3)
    parser.add_argument("--pagina", nargs="+", choices=list(PAGINAS), default=list(PAGINAS))
    parser.add_argument("--preset", nargs="+", choices=PRESETS, default=list(PRESETS))
    parser.add_argument("--rapporten", type=Path, help="keep every JSON report in this folder")
    parser.add_argument("--niet-schrijven", action="store_true", help="print, leave RESULTS.md")
    args = parser.parse_args()
    reeksen, laatste = [], {}
    with tempfile.TemporaryDirectory() as tmp, serveer(bouw(Path(tmp) / "site")) as basis:
        for pagina in args.pagina:
            for preset in args.preset:
                reeks = Reeks(pagina, preset, [])
                for ronde in range(args.rondes):
                    uit, laatste = lighthouse(basis + PAGINAS[pagina], preset, Path(tmp))
                    reeks.uitslagen.append(uit)
                    if args.rapporten:
                        args.rapporten.mkdir(parents=True, exist_ok=True)
                        naam = f"{pagina}-{preset}-{ronde}.json"
                        (args.rapporten / naam).write_text(json.dumps(laatste), encoding="utf-8")
                print(pagina, preset, [u.scores for u in reeks.uitslagen], flush=True)
                reeksen.append(reeks)
    tekst = sectie(reeksen, args.rondes, versies(laatste))
    if args.niet_schrijven:
        print(tekst)
    else:
        schrijf_sectie(RESULTATEN, KOP, tekst)


if __name__ == "__main__":
    main()
