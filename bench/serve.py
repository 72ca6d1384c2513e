"""Edit to preview in a real `mkdocs serve` at 100 and 1,000 products, written into
bench/RESULTS.md (section "mkdocs serve: edit to preview").

    python -m bench.serve               # 100 and 1,000 products, 5 edits of each kind
    python -m bench.serve --n 100 --keren 3

Each generated gemeente is a git repository with history (bench/grote_gemeente.py). One server
per size and kind of edit, on 127.0.0.1; each edit saves one product YAML and waits until the
served product page shows the new text. Two kinds: the `beschrijving` (shown on the product
page only) and the `samenvatting` (also on the A-Z list and the theme pages).
"""

from __future__ import annotations

import argparse
import platform
import statistics
import tempfile
from datetime import date
from pathlib import Path

from bench.grote_gemeente import geef_historie, maak
from bench.meten import commit, schrijf_sectie, serve_herbouw

RESULTATEN = Path(__file__).parent / "RESULTS.md"
KOP = "## mkdocs serve: edit to preview"
PRODUCT = "producten/product-00001.yaml"
PRODUCT_URL = "producten/product-00001/"
VELDEN = {"beschrijving": "body text", "samenvatting": "summary (lists too)"}
DOEL = {100: 0.7, 1000: 1.5}
"""The targets of issue 21, in seconds."""


def meet(aantal: int, werkmap: Path, keren: int) -> dict[str, list[float]]:
    gemeente = maak(aantal, werkmap / f"n{aantal}")
    geef_historie(gemeente)
    return {
        veld: serve_herbouw(gemeente, gemeente / PRODUCT, PRODUCT_URL, keren, veld=veld)
        for veld in VELDEN
    }


def sectie(tijden: dict[int, dict[str, list[float]]], keren: int) -> str:
    regels = [
        KOP,
        "",
        f"Measured {date.today().isoformat()} at commit {commit()} by `python -m bench.serve` on "
        f"{platform.system()} {platform.machine()}, 2 cores, Python {platform.python_version()}: "
        f"{keren} edits of each kind in one `mkdocs serve`, seconds from saving the file to the "
        "served page showing the new text; median, best and worst.",
        "",
        "| products | " + " | ".join(VELDEN.values()) + " | target |",
        "|---:|" + "---:|" * (len(VELDEN) + 1),
    ]
    for n, per_veld in tijden.items():
        cellen = [
            f"{statistics.median(t):.2f} s ({min(t):.2f}–{max(t):.2f})" for t in per_veld.values()
        ]
        doel = f"≤ {DOEL[n]} s" if n in DOEL else "–"
        regels.append(f"| {n:,} | " + " | ".join(cellen) + f" | {doel} |")
    return "\n".join(regels) + "\n"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[100, 1000])
    parser.add_argument("--keren", type=int, default=5)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        tijden = {n: meet(n, Path(tmp), args.keren) for n in args.n}
    tekst = sectie(tijden, args.keren)
    schrijf_sectie(RESULTATEN, KOP, tekst)


if __name__ == "__main__":
    main()
