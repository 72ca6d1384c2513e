"""Smoke benchmark for CI: does the build grow super-linearly with the number of products?

    python -m bench.smoke

Builds a gemeente of 50 and of 200 products (the example's pages included) and compares the
build time per page. A linear build costs the same or less per page at 200 (fixed costs spread
over more pages); the check fails only when a page at 200 costs more than `GRENS` times a page
at 50. A ratio of two runs on the same machine, never an absolute time.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from bench.grote_gemeente import maak
from bench.meten import mkdocs_build

KLEIN, GROOT = 50, 200
GRENS = 1.5


def per_pagina(aantal: int, werkmap: Path) -> tuple[float, int]:
    gemeente_map = maak(aantal, werkmap / f"n{aantal}")
    mkdocs_build(gemeente_map)  # a first run warms the disk and bytecode caches
    seconden = min(mkdocs_build(gemeente_map).seconden for _ in range(2))
    paginas = sum(1 for _ in (gemeente_map / "site").rglob("index.html"))
    return seconden / paginas, paginas


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        klein, paginas_klein = per_pagina(KLEIN, Path(tmp))
        groot, paginas_groot = per_pagina(GROOT, Path(tmp))
    verhouding = groot / klein
    print(
        f"{KLEIN} producten ({paginas_klein} pagina's): {klein * 1000:.1f} ms per pagina; "
        f"{GROOT} producten ({paginas_groot} pagina's): {groot * 1000:.1f} ms per pagina; "
        f"verhouding {verhouding:.2f} (grens {GRENS})"
    )
    if verhouding > GRENS:
        print("De bouwtijd groeit sneller dan het aantal pagina's.", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
