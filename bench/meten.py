"""Measuring tools for the benchmarks: a timed command with its peak memory, a built site's
sizes, a first visit in the browser and a rebuild in `mkdocs serve`."""

from __future__ import annotations

import functools
import json
import os
import socket
import subprocess
import sys
import threading
import time
import urllib.request
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import yaml

BIN = Path(sys.executable).parent
OMGEVING = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "LOKET_CACHE": "uit"}
"""Without Loket's disk cache: every measurement starts cold unless it asks for the cache."""
MET_CACHE = {k: v for k, v in OMGEVING.items() if k != "LOKET_CACHE"}


@dataclass
class Run:
    seconden: float
    piek_mb: float
    """Peak resident memory of the command's own process (its workers are forks of it)."""


def draai(opdracht: list[str], gemeente_map: Path, cache: bool = False) -> Run:
    """Run `opdracht` in `map`; its wall time and peak RSS. A failure stops the benchmark.
    With `cache`, Loket keeps and uses its disk cache in the gemeente's folder."""
    omgeving = MET_CACHE if cache else OMGEVING
    start = time.perf_counter()
    proces = subprocess.Popen(opdracht, cwd=gemeente_map, env=omgeving, stdout=subprocess.DEVNULL)
    _, status, gebruik = os.wait4(proces.pid, 0)
    seconden = time.perf_counter() - start
    proces.returncode = os.waitstatus_to_exitcode(status)
    if proces.returncode:
        raise SystemExit(f"{' '.join(opdracht)} in {gemeente_map} faalde ({proces.returncode})")
    return Run(seconden, gebruik.ru_maxrss / 1024)


def commit() -> str:
    """The commit of Loket being measured (with `+` when the work tree has changes)."""
    wortel = Path(__file__).resolve().parent.parent
    kort = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=wortel, capture_output=True, text=True
    ).stdout.strip()
    schoon = not subprocess.run(
        ["git", "status", "--porcelain", "--untracked-files=no"],
        cwd=wortel,
        capture_output=True,
        text=True,
    ).stdout.strip()
    return kort + ("" if schoon else "+")


def vervang_sectie(tekst: str, kop: str, sectie: str) -> str:
    """`tekst` with the section under `kop` (up to the next `## ` heading) replaced by
    `sectie`, or with `sectie` added at the end."""
    if kop not in tekst:
        return tekst.rstrip() + "\n\n" + sectie
    voor, na = tekst.split(kop, 1)
    volgende = na.find("\n## ")
    rest = na[volgende + 1 :] if volgende >= 0 else ""
    return voor + sectie.rstrip() + "\n" + ("\n" + rest if rest else "")


def mkdocs_build(gemeente_map: Path) -> Run:
    return draai([str(BIN / "mkdocs"), "build", "-q"], gemeente_map)


@dataclass
class Omvang:
    product_html_kb: float
    """Mean size of a product page's HTML."""
    product_html_max_kb: float
    index_per_product_kb: float
    """Search index bytes of the product pages, per product."""


def omvang(site: Path) -> Omvang:
    paginas = [p for p in (site / "producten").glob("*/index.html")]
    groottes = [p.stat().st_size / 1024 for p in paginas]
    docs = json.loads((site / "search" / "search_index.json").read_bytes())["docs"]
    index = sum(
        len(json.dumps(d, ensure_ascii=False).encode())
        for d in docs
        if d["location"].startswith("producten/") and d["location"] != "producten/"
    )
    return Omvang(
        product_html_kb=sum(groottes) / len(groottes),
        product_html_max_kb=max(groottes),
        index_per_product_kb=index / len(paginas) / 1024,
    )


class _Stil(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base signature)
        pass


def eerste_bezoek_kb(site: Path, pad: str) -> float:
    """Bytes (gzip) a fresh browser transfers to show `pad`, everything it loads included."""
    from playwright.sync_api import sync_playwright

    from tests.browser.meting import eerste_bezoek

    server = ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Stil, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
            bezoek = eerste_bezoek(browser, f"http://127.0.0.1:{server.server_port}/{pad}")
            browser.close()
    finally:
        server.shutdown()
    return bezoek.totaal / 1024


def serve_herbouw(
    gemeente_map: Path,
    product: Path,
    url_pad: str,
    keren: int = 1,
    max_wachten: float = 1800,
    veld: str = "samenvatting",
) -> list[float]:
    """Seconds from saving a changed product to `mkdocs serve` showing the new text, for each
    of `keren` edits of `veld` in one server."""
    poort = _vrije_poort()
    serve = subprocess.Popen(
        [str(BIN / "mkdocs"), "serve", "-a", f"127.0.0.1:{poort}"],
        cwd=gemeente_map,
        env=MET_CACHE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{poort}/{url_pad}"
    tijden = []
    try:
        _wacht_op(url, lambda tekst: True, max_wachten)
        for keer in range(keren):
            merk = f"Gewijzigd voor de meting {keer} {time.time_ns()}"
            data = yaml.safe_load(product.read_text(encoding="utf-8"))
            data[veld] = f"{merk}."
            tekst = yaml.safe_dump(data, allow_unicode=True, sort_keys=False)
            start = time.perf_counter()
            product.write_text(tekst, encoding="utf-8")
            _wacht_op(url, lambda html, merk=merk: merk in html, max_wachten)
            tijden.append(time.perf_counter() - start)
        return tijden
    finally:
        serve.terminate()
        serve.wait()


def _wacht_op(url: str, klaar: object, max_wachten: float) -> None:
    einde = time.monotonic() + max_wachten
    while time.monotonic() < einde:
        try:
            with urllib.request.urlopen(url, timeout=5) as antwoord:
                if klaar(antwoord.read().decode()):  # type: ignore[operator]
                    return
        except OSError:
            pass
        time.sleep(0.1)
    raise SystemExit(f"{url} gaf binnen {max_wachten} s niet wat verwacht werd")


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def schrijf_sectie(resultaten: Path, kop: str, tekst: str) -> None:
    """Print `tekst` and put it into `resultaten` as the section under `kop`."""
    print(tekst)
    oud = resultaten.read_text(encoding="utf-8") if resultaten.exists() else "# Benchmark results\n"
    resultaten.write_text(vervang_sectie(oud, kop, tekst), encoding="utf-8")
