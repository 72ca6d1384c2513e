"""/beheer/ in the real browser: Decap CMS starts with the generated config, and it is the one
page outside the public checks."""

from __future__ import annotations

import os
import socket
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml
from playwright.sync_api import Browser, Page

from bench.grote_gemeente import maak
from tests.browser.conftest import BEHEER, Site, bouw_en_serveer, vereist
from tests.browser.controles import (
    LUISTER_CSP,
    alleen_lokaal,
    csp_overtredingen,
    vreemde_hosts,
)
from tests.conftest import ROOT, loket, loket_check, mkdocs_build

DECAP_SERVER = ROOT / "node_modules" / "decap-server" / "dist" / "index.js"

GIT_HOSTS = ("github.com", "api.github.com", "gitlab.com")


@pytest.mark.parametrize("naam", ["voorbeeld_site", "nieuw_site"])
def test_decap_starts_with_the_generated_config(
    browser: Browser, naam: str, request: pytest.FixtureRequest
):
    """The shipped Decap bundle loads without errors: in this repository and in a gemeente's
    own, installed from the wheel without Node."""
    voorbeeld_site: Site = request.getfixturevalue(naam)
    context = browser.new_context()
    context.add_init_script(LUISTER_CSP)
    # Nothing leaves the machine: requests to the git host are recorded, then aborted.
    verzoeken = alleen_lokaal(context, voorbeeld_site.url)
    page = context.new_page()
    fouten: list[str] = []
    page.on("pageerror", lambda fout: fouten.append(str(fout)))
    page.goto(voorbeeld_site.url + BEHEER, wait_until="networkidle")
    knop = page.get_by_role("button", name="GitHub")
    knop.wait_for(timeout=20_000)
    tekst = page.inner_text("body")
    robots = page.locator('meta[name="robots"]').get_attribute("content")
    overtredingen = csp_overtredingen(page, "/beheer/")
    context.close()
    assert overtredingen == [], overtredingen
    assert "Config Errors" not in tekst and "Error loading" not in tekst, tekst[:500]
    assert fouten == []
    assert robots == "noindex, nofollow"
    anders = vreemde_hosts(verzoeken, urlsplit(voorbeeld_site.url).netloc)
    assert all(urlsplit(u).hostname in GIT_HOSTS for u in anders), anders


def test_beheer_is_the_only_page_left_out_of_the_public_checks(voorbeeld_site: Site):
    alle = sorted(
        p.relative_to(voorbeeld_site.map).as_posix() for p in voorbeeld_site.map.rglob("*.html")
    )
    publiek = voorbeeld_site.paginas()
    doorverwijzingen = voorbeeld_site.doorverwijzingen()
    weggelaten = [p for p in alle if p.removesuffix("index.html") not in publiek + doorverwijzingen]
    assert weggelaten == ["beheer/index.html"]


@dataclass(frozen=True)
class Beheer:
    map: Path
    url: str


@pytest.fixture(scope="module")
def beheer(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Beheer]:
    """A copy of the example gemeente, its site with /beheer/ for decap-server, and
    decap-server saving into the copy: what a webteam runs to try the editor locally."""
    vereist(DECAP_SERVER, "npm ci")
    gemeente_map = maak(0, tmp_path_factory.mktemp("beheer") / "gemeente")
    assert mkdocs_build(gemeente_map).returncode == 0
    uitkomst = loket("beheer", str(gemeente_map / "site"), "--map", str(gemeente_map), "--lokaal")
    assert uitkomst.returncode == 0, uitkomst.stderr
    poort = _vrije_poort()
    config = gemeente_map / "site" / "beheer" / "config.yml"
    config.write_text(config.read_text().replace("localhost:8081", f"localhost:{poort}"))
    server = subprocess.Popen(
        ["node", str(DECAP_SERVER)],
        env={
            **os.environ,
            "PORT": str(poort),
            "GIT_REPO_DIRECTORY": str(gemeente_map),
            "MODE": "fs",
        },
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for site in bouw_en_serveer(
            "beheer", gemeente_map, gemeente_map / "serve", gebouwd=gemeente_map / "site"
        ):
            yield Beheer(gemeente_map, site.url.replace("127.0.0.1", "localhost") + BEHEER)
    finally:
        server.terminate()
        server.wait()


def _open_product(browser: Browser, beheer: Beheer, product: str) -> Page:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.add_init_script(LUISTER_CSP)
    page.goto(beheer.url, wait_until="networkidle")
    page.get_by_role("button", name="Inloggen").click()
    page.goto(f"{beheer.url}#/collections/producten/entries/{product}", wait_until="networkidle")
    page.get_by_label("Korte samenvatting").wait_for(timeout=20_000)
    return page


def _publiceer(page: Page) -> None:
    page.get_by_role("button", name="Publiceer").click()
    page.get_by_role("menuitem", name="Publiceer nu").click()


def test_editing_a_product_saves_valid_yaml_that_the_next_build_shows(
    browser: Browser, beheer: Beheer
):
    bestand = beheer.map / "producten" / "paspoort.yaml"
    voor = yaml.safe_load(bestand.read_text(encoding="utf-8"))
    page = _open_product(browser, beheer, "paspoort")
    _schermafdruk(page, "beheer-product.png")
    nieuw = "Vraag uw paspoort aan in het gemeentehuis. Maak eerst online een afspraak."
    page.get_by_label("Korte samenvatting").fill(nieuw)
    _publiceer(page)
    page.get_by_text("Gepubliceerd", exact=True).first.wait_for(timeout=20_000)
    _schermafdruk(page, "beheer-opgeslagen.png")
    overtredingen = csp_overtredingen(page, "/beheer/")
    page.close()
    assert overtredingen == [], overtredingen
    na = yaml.safe_load(bestand.read_text(encoding="utf-8"))
    assert na["samenvatting"] == nieuw
    assert {k: v for k, v in na.items() if k != "samenvatting"} == {
        k: v for k, v in voor.items() if k != "samenvatting"
    }
    assert loket_check(beheer.map).returncode == 0
    assert mkdocs_build(beheer.map, beheer.map / "opnieuw").returncode == 0
    html = (beheer.map / "opnieuw" / "producten" / "paspoort" / "index.html").read_text()
    assert nieuw in html


def test_a_required_field_left_empty_is_refused(browser: Browser, beheer: Beheer):
    bestand = beheer.map / "producten" / "afvalpas.yaml"
    voor = bestand.read_bytes()
    page = _open_product(browser, beheer, "afvalpas")
    page.get_by_label("Naam van het product").fill("")
    _publiceer(page)
    page.get_by_text("Naam van het product is vereist").wait_for(timeout=10_000)
    _schermafdruk(page, "beheer-verplicht.png")
    page.close()
    assert bestand.read_bytes() == voor


def _schermafdruk(page: Page, naam: str) -> None:
    """With LOKET_SCHERMAFDRUKKEN=<map> (make schermafdrukken), keep screenshots for the guide."""
    gemeente_map = os.environ.get("LOKET_SCHERMAFDRUKKEN")
    if gemeente_map:
        Path(gemeente_map).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(gemeente_map) / naam))


def _vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]
