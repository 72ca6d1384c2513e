"""Measure the search index and a first page visit, for the example and a large gemeente.

    python -m bench.zoeken 1000

Builds the example gemeente and one with N extra products, serves each on 127.0.0.1 and loads a
product page in Debian's Chromium. Prints index size (raw, gzip, per product) and the bytes a
first visit transfers (gzip). Results are written down in BENCHMARKS.md.
"""

from __future__ import annotations

import functools
import gzip
import json
import subprocess
import sys
import tempfile
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from playwright.sync_api import sync_playwright

from bench.grote_gemeente import maak
from tests.browser.meting import eerste_bezoek


class _Stil(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass


def meet(map: Path) -> dict[str, float]:
    subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(map / "mkdocs.yml")],
        check=True,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    site = map / "site"
    index = (site / "search" / "search_index.json").read_bytes()
    producten = len(list((map / "producten").glob("*.yaml")))
    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Stil, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        bezoek = eerste_bezoek(
            browser, f"http://127.0.0.1:{server.server_port}/producten/paspoort/"
        )
        browser.close()
    server.shutdown()
    docs = json.loads(index)["docs"]
    product_bytes = sum(
        len(json.dumps(d, ensure_ascii=False).encode())
        for d in docs
        if d["location"].startswith("producten/") and d["location"] != "producten/"
    )
    return {
        "producten": producten,
        "index_kb": len(index) / 1024,
        "index_gzip_kb": len(gzip.compress(index, 9)) / 1024,
        "index_per_product_kb": product_bytes / producten / 1024,
        "eerste_bezoek_kb": bezoek.totaal / 1024,
        "index_bij_eerste_bezoek": bezoek.geladen("search_index.json"),
    }


def main() -> None:
    extra = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    with tempfile.TemporaryDirectory() as tmp:
        for naam, map in (
            ("voorbeeld", maak(0, Path(tmp) / "voorbeeld")),
            (f"+{extra}", maak(extra, Path(tmp) / "groot")),
        ):
            print(
                naam,
                json.dumps(
                    {k: round(v, 1) if isinstance(v, float) else v for k, v in meet(map).items()}
                ),
            )


if __name__ == "__main__":
    main()
