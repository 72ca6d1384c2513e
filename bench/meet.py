"""`loket meet` on 200,000 zaken in the shape of the ZGW Zaken API (2,000 pages) and 100,000
calls: time and peak memory, written into bench/RESULTS.md (section "loket meet").

    python -m bench.meet            # 200,000 zaken
    python -m bench.meet --n 20000  # fewer
"""

from __future__ import annotations

import argparse
import platform
import shutil
import tempfile
from datetime import date
from pathlib import Path

from bench.grote_gemeente import maak
from bench.meten import BIN, draai, vervang_sectie
from bench.zgw_export import schrijf_telefonie, schrijf_zaken

RESULTATEN = Path(__file__).parent / "RESULTS.md"
KOP = "## loket meet"
DOEL_SECONDEN, DOEL_MB = 10.0, 300.0


def meet(aantal: int, tmp: Path) -> tuple[float, float]:
    gemeente = maak(0, tmp / "gemeente")
    export = tmp / "export"
    zaaktypen = {"ZT-OMGEVINGSVERGUNNING": (40, 15), "ZT-MELDING": (4, 3), "ZT-OVERIG": (10, 5)}
    schrijf_zaken(export / "zaken", aantal, zaaktypen, date(2025, 1, 1), date(2026, 10, 1))
    schrijf_telefonie(export / "telefonie.csv", aantal // 2, date(2025, 1, 1), date(2026, 10, 1))
    run = draai(
        [str(BIN / "loket"), "meet", ".", "--zaken", str(export / "zaken"), "--telefonie",
         str(export / "telefonie.csv"), "--overschrijf", "--datum", "2026-11-22"],
        gemeente,
    )  # fmt: skip
    shutil.rmtree(tmp)
    return run.seconden, run.piek_mb


def sectie(aantal: int, seconden: float, piek: float) -> str:
    oordeel = "ok" if seconden <= DOEL_SECONDEN and piek <= DOEL_MB else "MISSED"
    return (
        f"{KOP}\n\nMeasured {date.today().isoformat()} by `python -m bench.meet` on "
        f"{platform.system()} {platform.machine()}, Python {platform.python_version()}: "
        f"{aantal:,} zaken in {aantal // 100:,} pages of the Zaken API and {aantal // 2:,} calls, "
        "three norms with a `meting` (the example gemeente's), one run.\n\n"
        "| zaken | calls | time | peak RSS | target | |\n|---:|---:|---:|---:|---|---|\n"
        f"| {aantal:,} | {aantal // 2:,} | {seconden:.1f} s | {piek:.0f} MB | "
        f"≤ {DOEL_SECONDEN:.0f} s, ≤ {DOEL_MB:.0f} MB | {oordeel} |\n"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=200_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        seconden, piek = meet(args.n, Path(tmp) / "meet")
    print(f"{args.n} zaken: {seconden:.1f} s, {piek:.0f} MB")
    oud = RESULTATEN.read_text(encoding="utf-8") if RESULTATEN.exists() else "# Benchmark results\n"
    RESULTATEN.write_text(
        vervang_sectie(oud, KOP, sectie(args.n, seconden, piek)), encoding="utf-8"
    )


if __name__ == "__main__":
    main()
