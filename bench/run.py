"""The benchmark matrix: Loket against plain MkDocs + Material, at 100, 1,000 and 10,000 products.

    python -m bench.run                 # all sizes, writes bench/RESULTS.md
    python -m bench.run --n 100 1000    # fewer sizes

For each size it generates a gemeente (bench/grote_gemeente.py) with a git history of 31
commits, then measures `loket check` and `mkdocs build` with the plugin (time and peak memory)
in that repository and in a copy of the same files without `.git`, the same pages written by
`loket export` and built by plain MkDocs + Material, page and index sizes, the first visit of a
product page in Debian's Chromium, and the time `mkdocs serve` takes to show a changed product.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import tempfile
from dataclasses import asdict, dataclass, field
from datetime import date
from importlib.metadata import version
from pathlib import Path
from statistics import median

from bench.grote_gemeente import geef_historie, maak
from bench.meten import (
    BIN,
    commit,
    draai,
    eerste_bezoek_kb,
    mkdocs_build,
    omvang,
    serve_herbouw,
)

RESULTATEN = Path(__file__).parent / "RESULTS.md"
MEET_KOP = "## loket meet"
CHECK_KOP = "## loket check and its cache"
LIGHTHOUSE_KOP = "## Lighthouse"
PRODUCT = "producten/product-00001.yaml"
PRODUCT_URL = "producten/product-00001/"


@dataclass
class Meting:
    producten: int
    paginas: int
    check_s: float
    loket_s: float
    loket_mb: float
    gewoon_s: float
    gewoon_mb: float
    product_html_kb: float
    product_html_max_kb: float
    index_per_product_kb: float
    eerste_bezoek_kb: float
    herbouw_s: float | None
    check_zonder_git_s: float = 0.0
    loket_zonder_git_s: float = 0.0
    loket_cache_s: float = 0.0
    """The build again with the cache of the previous build (nightly CI, a redacteur's second
    build); 0 when not measured."""
    rondes: int = 1
    verhoudingen: list[float] = field(default_factory=list)
    """Loket without cache over plain MkDocs, per round (a pair run back to back)."""
    verhoudingen_cache: list[float] = field(default_factory=list)

    @property
    def verhouding_cache(self) -> float:
        """Median of the per-round ratios: pairing keeps it fair on a machine whose speed
        drifts; the best times alone can come from different moments."""
        if self.verhoudingen_cache:
            return median(self.verhoudingen_cache)
        return self.loket_cache_s / self.gewoon_s

    @property
    def verhouding(self) -> float:
        """Loket's build time over plain MkDocs' build of the same pages (median per round)."""
        if self.verhoudingen:
            return median(self.verhoudingen)
        return self.loket_s / self.gewoon_s

    @property
    def historie_check(self) -> float:
        """`loket check` with the git history over the same check without it."""
        return self.check_s / self.check_zonder_git_s

    @property
    def historie_build(self) -> float:
        return self.loket_s / self.loket_zonder_git_s


def meet(aantal: int, werkmap: Path, serve: bool = True, rondes: int = 2) -> Meting:
    """Every figure of one size. Builds run in rounds, Loket and plain MkDocs in turn
    (interleaved), and each figure is the best of its rounds."""
    gemeente_map = maak(aantal, werkmap / f"n{aantal}")
    geef_historie(gemeente_map)
    zonder_git = werkmap / f"n{aantal}-zonder-git"
    shutil.copytree(gemeente_map, zonder_git, symlinks=True, ignore=shutil.ignore_patterns(".git"))
    check_zonder = draai([str(BIN / "loket"), "check", "."], zonder_git)
    loket_zonder = mkdocs_build(zonder_git)
    shutil.rmtree(zonder_git)
    check = draai([str(BIN / "loket"), "check", "."], gemeente_map)
    export = werkmap / f"n{aantal}-export"
    draai([str(BIN / "loket"), "export", str(export)], gemeente_map)
    draai([str(BIN / "mkdocs"), "build", "-q"], gemeente_map, cache=True)  # fills the cache
    loket, gewoon, met_cache = [], [], []
    for _ in range(rondes):
        loket.append(mkdocs_build(gemeente_map))
        gewoon.append(mkdocs_build(export))
        met_cache.append(draai([str(BIN / "mkdocs"), "build", "-q"], gemeente_map, cache=True))
    maten = omvang(gemeente_map / "site")
    bezoek = eerste_bezoek_kb(gemeente_map / "site", PRODUCT_URL)
    herbouw = (
        min(serve_herbouw(gemeente_map, gemeente_map / PRODUCT, PRODUCT_URL, rondes))
        if serve
        else None
    )
    paginas = sum(1 for _ in (gemeente_map / "site").rglob("index.html"))
    shutil.rmtree(export)
    return Meting(
        producten=len(list((gemeente_map / "producten").glob("*.yaml"))),
        paginas=paginas,
        check_s=check.seconden,
        loket_s=min(r.seconden for r in loket),
        loket_mb=min(r.piek_mb for r in loket),
        gewoon_s=min(r.seconden for r in gewoon),
        gewoon_mb=min(r.piek_mb for r in gewoon),
        product_html_kb=maten.product_html_kb,
        product_html_max_kb=maten.product_html_max_kb,
        index_per_product_kb=maten.index_per_product_kb,
        eerste_bezoek_kb=bezoek,
        herbouw_s=herbouw,
        check_zonder_git_s=check_zonder.seconden,
        loket_zonder_git_s=loket_zonder.seconden,
        loket_cache_s=min(r.seconden for r in met_cache),
        rondes=rondes,
        verhoudingen=[a.seconden / b.seconden for a, b in zip(loket, gewoon, strict=True)],
        verhoudingen_cache=[
            a.seconden / b.seconden for a, b in zip(met_cache, gewoon, strict=True)
        ],
    )


@dataclass
class Doel:
    naam: str
    waarde: str
    gehaald: bool | None


def doelen(metingen: list[Meting]) -> list[Doel]:
    """The targets of the issue, judged on what was measured (None: size not measured)."""
    per_n = {m.producten: m for m in metingen}
    duizend, tienduizend = per_n.get(1000), per_n.get(10000)
    uit = []
    if duizend:
        uit.append(
            Doel(
                "build without cache ≤ 0.8× plain MkDocs at 1,000",
                f"{duizend.verhouding:.2f}×",
                duizend.verhouding <= 0.8,
            )
        )
    if duizend:
        uit.append(
            Doel(
                "`loket check` with git history ≤ 1.3× without, at 1,000",
                f"{duizend.historie_check:.2f}×",
                duizend.historie_check <= 1.3,
            )
        )
        uit.append(
            Doel(
                "build with git history ≤ 1.1× without, at 1,000",
                f"{duizend.historie_build:.2f}×",
                duizend.historie_build <= 1.1,
            )
        )
    if duizend and duizend.loket_cache_s:
        uit.append(
            Doel(
                "build with the previous build's cache ≤ 0.8× plain MkDocs at 1,000",
                f"{duizend.verhouding_cache:.2f}×",
                duizend.verhouding_cache <= 0.8,
            )
        )
    for n, grens in ((100, 0.7), (1000, 1.5)):
        m = per_n.get(n)
        if m and m.herbouw_s is not None:
            uit.append(
                Doel(
                    f"serve: edit to preview at {n:,} ≤ {grens} s",
                    f"{m.herbouw_s:.1f} s",
                    m.herbouw_s <= grens,
                )
            )
    if duizend and tienduizend:
        groei = tienduizend.loket_s / duizend.loket_s
        uit.append(Doel("time(10,000) / time(1,000) ≤ 11", f"{groei:.1f}", groei <= 11))
    if tienduizend:
        uit.append(
            Doel(
                "peak RSS at 10,000 ≤ 1 GB",
                f"{tienduizend.loket_mb:.0f} MB",
                tienduizend.loket_mb <= 1024,
            )
        )
        uit.append(
            Doel(
                "peak RSS at 10,000 ≤ 600 MB",
                f"{tienduizend.loket_mb:.0f} MB",
                tienduizend.loket_mb <= 600,
            )
        )
        uit.append(
            Doel(
                "`loket check` of 10,000 < 3 s",
                f"{tienduizend.check_s:.1f} s",
                tienduizend.check_s < 3,
            )
        )
    grootste = max(m.product_html_max_kb for m in metingen)
    uit.append(Doel("product page HTML ≤ 60 KB", f"{grootste:.1f} KB (largest)", grootste <= 60))
    bezoek = max(m.eerste_bezoek_kb for m in metingen)
    uit.append(
        Doel("first visit ≤ 150 KB gzip at every N", f"{bezoek:.1f} KB (largest)", bezoek <= 150)
    )
    return uit


def historie_tabel(metingen: list[Meting]) -> str:
    kop = (
        "| products | `loket check` with history | without | ratio | build with history | "
        "without | ratio |\n|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    regels = [
        f"| {m.producten:,} | {m.check_s:.2f} s | {m.check_zonder_git_s:.2f} s | "
        f"{m.historie_check:.2f}× | {m.loket_s:.1f} s | {m.loket_zonder_git_s:.1f} s | "
        f"{m.historie_build:.2f}× |"
        for m in metingen
    ]
    return kop + "\n".join(regels) + "\n"


def tabel(metingen: list[Meting]) -> str:
    kop = (
        "| products | pages | `loket check` | build with Loket | peak RSS | plain MkDocs | "
        "peak RSS | ratio | with cache | ratio | product HTML (mean / max) | "
        "index per product | first visit (gzip) | serve rebuild |\n"
        "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    regels = [
        f"| {m.producten:,} | {m.paginas:,} | {m.check_s:.2f} s | {m.loket_s:.1f} s | "
        f"{m.loket_mb:.0f} MB | {m.gewoon_s:.1f} s | {m.gewoon_mb:.0f} MB | "
        f"{m.verhouding:.2f}× | "
        + (
            f"{m.loket_cache_s:.1f} s | {m.verhouding_cache:.2f}× | "
            if m.loket_cache_s
            else "– | – | "
        )
        + f"{m.product_html_kb:.1f} / {m.product_html_max_kb:.1f} KB | "
        f"{m.index_per_product_kb:.1f} KB | {m.eerste_bezoek_kb:.1f} KB | "
        + (f"{m.herbouw_s:.1f} s |" if m.herbouw_s is not None else "– |")
        for m in metingen
    ]
    return kop + "\n".join(regels) + "\n"


def verslag(metingen: list[Meting]) -> str:
    cpu = platform.processor() or platform.machine()
    regels = [
        f"- {d.naam}: **{d.waarde}**, "
        + {True: "met", False: "**missed**", None: "not measured"}[d.gehaald]
        for d in doelen(metingen)
    ]
    pakketten = ", ".join(
        f"{p} {version(p)}"
        for p in ("mkdocs", "mkdocs-material", "pyyaml", "pydantic", "frictionless")
    )
    return (
        "# Benchmark results\n\n"
        f"Measured {date.today().isoformat()} by `python -m bench.run` (`make bench`) on "
        f"{platform.system()} {cpu}, {os.cpu_count() or 1} cores, "
        f"Python {platform.python_version()}; "
        f"{pakketten}; commit {commit()}. Builds: "
        f"{max(m.rondes for m in metingen)} interleaved rounds (Loket without cache, plain "
        "MkDocs, Loket with the previous build's cache), the best time of each and the median "
        "of the per-round ratios; other times: one run, wall-clock seconds; serve: the best of "
        "the same number of edits in one `mkdocs serve`.\n\n"
        + tabel(metingen)
        + "\n## With and without git history\n\n"
        "Each gemeente above is a git repository of 31 commits (every product in the first, "
        "then 30 commits ten days apart that each change the prices or the text of a "
        "thirtieth of the products). The same files without `.git`:\n\n"
        + historie_tabel(metingen)
        + "\n## Targets\n\n"
        + "\n".join(regels)
        + "\n\nWhere the time goes and what was done about it: `BENCHMARKS.md`. Run again with "
        "`make bench` (all sizes) or `python -m bench.run --n 1000` (one size)."
        + "\n\n<!-- ruwe metingen -->\n```json\n"
        + json.dumps([asdict(m) for m in metingen], indent=1)
        + "\n```\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000, 10000])
    parser.add_argument("--zonder-serve", action="store_true", help="skip the serve rebuild")
    parser.add_argument("--rondes", type=int, default=2, help="rounds of builds and edits")
    parser.add_argument("--uit", type=Path, default=RESULTATEN)
    args = parser.parse_args()
    metingen = []
    with tempfile.TemporaryDirectory() as tmp:
        for aantal in args.n:
            meting = meet(aantal, Path(tmp), serve=not args.zonder_serve, rondes=args.rondes)
            print(json.dumps(asdict(meting)), flush=True)
            metingen.append(meting)
    oud = args.uit.read_text(encoding="utf-8") if args.uit.exists() else ""
    eigen = [k for k in (CHECK_KOP, MEET_KOP, LIGHTHOUSE_KOP) if k in oud]  # their own modules
    andere = oud[min(oud.index(k) for k in eigen) :] if eigen else ""
    args.uit.write_text(verslag(metingen) + ("\n" + andere if andere else ""), encoding="utf-8")
    for doel in doelen(metingen):
        print(f"{doel.naam}: {doel.waarde} ({'ok' if doel.gehaald else 'MISSED'})")


if __name__ == "__main__":
    main()
