"""Browser fixtures: the built sites served on 127.0.0.1 and Debian's Chromium via Playwright.

In CI (`CI=true`) a missing browser or axe-core fails the run; locally the suite is skipped
with the command that installs what is missing.
"""

from __future__ import annotations

import functools
import os
import shutil
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from playwright.sync_api import Browser, sync_playwright

from tests.browser.controles import AXE
from tests.conftest import FIXTURES, ROOT, in_venv, mkdocs_build

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]


def vereist(pad: Path, installeer: str) -> None:
    if pad.exists():
        return
    melding = f"{pad} ontbreekt; installeer het met: {installeer}"
    if os.environ.get("CI") == "true":
        pytest.fail(melding)
    pytest.skip(melding)


BEHEER = "beheer/"
"""The only pages outside the public checks (see Site.paginas)."""


@dataclass(frozen=True)
class Site:
    naam: str
    map: Path
    url: str
    zoek: str = "paspoort"
    """A word the Dutch search of this site finds."""

    @property
    def host(self) -> str:
        return self.url.split("//", 1)[1].rstrip("/")

    def paginas(self) -> list[str]:
        """Every public HTML page under the site, as a URL path: `producten/paspoort/`.

        The exceptions are /beheer/, the editor for redacteuren: it talks to the git host
        and is checked on its own (test_beheer.py), and the old addresses of renamed products,
        which send the visitor on at once (test_doorverwijzing.py)."""
        paden = []
        for bestand in sorted(self.map.rglob("*.html")):
            pad = bestand.relative_to(self.map).as_posix()
            if not pad.startswith(BEHEER) and not is_doorverwijzing(bestand):
                paden.append(pad.removesuffix("index.html"))
        return paden

    def bestand(self, pad: str) -> Path:
        """The built file of a page's URL path (`404.html` is a page too)."""
        return self.map / pad / "index.html" if pad == "" or pad.endswith("/") else self.map / pad

    def doorverwijzingen(self) -> list[str]:
        return [
            p.relative_to(self.map).as_posix().removesuffix("index.html")
            for p in sorted(self.map.rglob("*.html"))
            if is_doorverwijzing(p)
        ]


def is_doorverwijzing(bestand: Path) -> bool:
    return 'http-equiv="refresh"' in bestand.read_text(encoding="utf-8")


class _StilleHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 (the base signature)
        pass


@pytest.fixture(scope="session")
def browser() -> Iterator[Browser]:
    vereist(CHROMIUM, "apt-get install chromium chromium-driver")
    vereist(AXE, "npm ci")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def bouw_en_serveer(
    naam: str,
    bron: Path,
    doel: Path,
    *,
    overlay: Path | None = None,
    extra_css: str = "",
    gebouwd: Path | None = None,
) -> Iterator[Site]:
    """Build the gemeente in `bron` into `doel/site` and serve it on a free local port.

    `overlay` adds files on top of a copy of `bron`; `extra_css` adds a stylesheet to it;
    `gebouwd` serves a site that is already built instead.
    """
    if gebouwd is not None:
        yield from _serveer(naam, gebouwd)
        return
    if bron != ROOT:
        shutil.copytree(bron, doel / "bron")
        bron = doel / "bron"
    if overlay is not None:
        shutil.copytree(overlay, bron, dirs_exist_ok=True)
    if extra_css:
        config = bron / "mkdocs.yml"
        config.write_text(config.read_text() + f"extra_css: [{extra_css}]\n")
    uitkomst = mkdocs_build(bron, doel / "site")
    assert uitkomst.returncode == 0, uitkomst.stderr
    yield from _serveer(naam, doel / "site")


def _serveer(naam: str, site: Path, zoek: str = "paspoort") -> Iterator[Site]:
    handler = functools.partial(_StilleHandler, directory=str(site))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    draad = threading.Thread(target=server.serve_forever, daemon=True)
    draad.start()
    try:
        yield Site(naam, site, f"http://127.0.0.1:{server.server_port}/", zoek)
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture(scope="session")
def voorbeeld_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The example gemeente Lindewaard."""
    yield from bouw_en_serveer("voorbeeld", ROOT, tmp_path_factory.mktemp("voorbeeld"))


@pytest.fixture(scope="session")
def klein_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The small fixture gemeente, whose content the tests know."""
    yield from bouw_en_serveer("klein", FIXTURES / "klein", tmp_path_factory.mktemp("klein"))


@pytest.fixture(scope="session")
def kapot_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """The small gemeente with deliberate faults, to prove the checks catch them."""
    yield from bouw_en_serveer(
        "kapot",
        FIXTURES / "klein",
        tmp_path_factory.mktemp("kapot"),
        overlay=FIXTURES / "kapot",
        extra_css="kapot.css",
    )


NIEUW_LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 40 40"><title>Dijkstad</title>'
    '<circle cx="20" cy="20" r="18" fill="#ffffff"/><path d="M8 26 H32 V30 H8 Z" fill="#7a1f5c"/>'
    "</svg>"
)
NIEUW_BEHEER = """\
      beheer: true
      beheer_git: {backend: github, repo: dijkstad/website, base_url: https://login.dijkstad.example}
"""


@pytest.fixture(scope="session")
def nieuw_site(wiel: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    """A gemeente as a webteam starts it: `loket init` from the installed wheel, its own
    huisstijl and the web editor on, built with that venv's mkdocs --strict."""
    repo = tmp_path_factory.mktemp("nieuw") / "dijkstad"
    init = in_venv(wiel, "loket", "init", str(repo), "--naam", "Gemeente Dijkstad", cwd=repo.parent)
    assert init.returncode == 0, init.stderr
    (repo / "huisstijl").mkdir()
    (repo / "huisstijl" / "logo.svg").write_text(NIEUW_LOGO, encoding="utf-8")
    gemeente = repo / "gemeente.yml"
    huisstijl = 'huisstijl: {kleur: "#7a1f5c", logo: huisstijl/logo.svg}\n'
    gemeente.write_text(gemeente.read_text(encoding="utf-8") + huisstijl, encoding="utf-8")
    mkdocs_yml = repo / "mkdocs.yml"
    tekst = mkdocs_yml.read_text(encoding="utf-8").replace(
        "  - loket\n", "  - loket:\n" + NIEUW_BEHEER
    )
    mkdocs_yml.write_text(tekst, encoding="utf-8")
    bouw = in_venv(wiel, "mkdocs", "build", "--strict", cwd=repo)
    assert bouw.returncode == 0, bouw.stderr
    yield from _serveer("nieuw", repo / "site", zoek="afvalpas")


@pytest.fixture(params=["voorbeeld_site", "klein_site", "nieuw_site"])
def site(request: pytest.FixtureRequest) -> Site:
    """Each site in turn: checks that hold for every page of every gemeente, the one a
    webteam starts with `loket init` from the wheel included."""
    return request.getfixturevalue(request.param)
