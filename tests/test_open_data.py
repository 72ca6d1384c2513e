"""Open data: a valid Frictionless package and a Samenwerkende Catalogi feed valid per the XSD."""

from __future__ import annotations

import csv
import json
import re
from datetime import date
from pathlib import Path

import pytest
from frictionless import validate
from loket.controle import laad_catalogus
from loket.load.git_datums import lees_historie
from loket.model.historie import KOSTEN, NIEUW, TEKST, Datums
from lxml import etree, html

from tests.conftest import ROOT

SC_XSD = ROOT.parent / "shared" / "standaarden" / "sc" / "4.0" / "xsd" / "sc.xsd"
NS = {"p": "http://standaarden.overheid.nl/product/terms/", "dcterms": "http://purl.org/dc/terms/"}
VERWACHT_ONLINE = {
    "klein": {"grofvuil": "digid", "paspoort": "ja", "terrasvergunning": "ja"},
    "voorbeeld": {"paspoort": "ja", "verhuizing-doorgeven": "digid", "grofvuil-ophalen": "digid"},
}
"""onlineAanvragen per product, for each gemeente the fixture builds."""


@pytest.fixture
def open_data(gebouwde_site: Path) -> Path:
    return gebouwde_site / "open-data"


def test_data_package_is_valid_frictionless(open_data: Path):
    rapport = validate(str(open_data / "datapackage.json"))
    assert rapport.valid, rapport.flatten(["rowNumber", "fieldName", "type", "note"])
    namen = {
        r["path"] for r in json.loads((open_data / "datapackage.json").read_text())["resources"]
    }
    assert {
        "producten.json",
        "producten.csv",
        "servicenormen.json",
        "realisatie.csv",
        "kanaalgebruik.csv",
        "organisaties.csv",
        "samenwerkende-catalogi.xml",
    } <= namen


def test_samenwerkende_catalogi_feed_validates_against_the_xsd(open_data: Path):
    assert SC_XSD.is_file(), f"{SC_XSD} ontbreekt: shared/ hoort naast de repository te staan"
    schema = etree.XMLSchema(etree.parse(str(SC_XSD)))
    feed = etree.parse(str(open_data / "samenwerkende-catalogi.xml"))
    assert schema.validate(feed), schema.error_log
    producten = json.loads((open_data / "producten.json").read_text())
    per_taal: dict[str, list[str]] = {"nl": [], "en": []}
    for product in feed.findall("p:scproduct", NS):
        kern = product.find("p:meta/p:owmskern", NS)
        taal = kern.findtext("dcterms:language", namespaces=NS)
        per_taal[taal].append(kern.findtext("dcterms:identifier", namespaces=NS))
    assert per_taal["nl"] == [p["url"] for p in producten]
    engels = sorted((open_data.parent / "en" / "products").glob("*/index.html"))
    assert engels, "the example and the fixture have English pages"
    site_url = producten[0]["url"].split("/producten/")[0]
    assert sorted(per_taal["en"]) == [f"{site_url}/en/products/{p.parent.name}/" for p in engels]


def test_english_entries_share_the_product_id_and_carry_english_text(open_data: Path):
    feed = etree.parse(str(open_data / "samenwerkende-catalogi.xml"))
    versies = {
        (
            p.findtext("p:meta/p:scmeta/p:productID", namespaces=NS),
            p.findtext("p:meta/p:owmskern/dcterms:language", namespaces=NS),
        ): p
        for p in feed.findall("p:scproduct", NS)
    }
    engels = versies[("paspoort", "en")]
    assert ("paspoort", "nl") in versies
    titel = engels.findtext("p:meta/p:owmskern/dcterms:title", namespaces=NS)
    assert titel == "Apply for a passport"
    assert "passport" in engels.findtext("p:body/p:productHTML", namespaces=NS).lower()


def test_online_aanvragen_says_digid_when_a_click_channel_needs_it(open_data: Path):
    feed = etree.parse(str(open_data / "samenwerkende-catalogi.xml"))
    waarden = {
        p.findtext("p:meta/p:scmeta/p:productID", namespaces=NS): p.findtext(
            "p:meta/p:scmeta/p:onlineAanvragen", namespaces=NS
        )
        for p in feed.findall("p:scproduct", NS)
    }
    verwacht = VERWACHT_ONLINE[open_data.parent.parent.name.rstrip("0123456789")]
    assert {k: waarden[k] for k in verwacht} == verwacht


def test_products_csv_has_one_row_per_product_and_flat_cells(open_data: Path):
    with (open_data / "producten.csv").open(encoding="utf-8") as bestand:
        rijen = list(csv.DictReader(bestand))
    assert len(rijen) == len(json.loads((open_data / "producten.json").read_text()))
    assert all(r["url"].startswith("https://") for r in rijen)


def test_products_csv_has_a_typed_column_for_every_key_of_the_json(open_data: Path):
    """The CSV follows the model: every key a product can have in producten.json is a column
    (plus its URL), and the dates are typed as dates for whoever loads the table."""
    producten = json.loads((open_data / "producten.json").read_text())
    with (open_data / "producten.csv").open(encoding="utf-8") as bestand:
        kolommen = next(csv.reader(bestand))
    assert {k for p in producten for k in p} <= set(kolommen)
    assert {"vorige_ids", "publiceren_vanaf", "veelgestelde_vragen"} <= set(kolommen)
    pakket = json.loads((open_data / "datapackage.json").read_text())
    velden = next(r for r in pakket["resources"] if r["path"] == "producten.csv")["schema"]
    soorten = {v["name"]: v["type"] for v in velden["fields"]}
    assert [v["name"] for v in velden["fields"]] == kolommen
    assert soorten["herzien_voor"] == soorten["publiceren_tot"] == "date"
    assert soorten["naam"] == soorten["kosten"] == "string"


def test_open_data_page_lists_each_download_with_licence_size_and_date(open_data: Path):
    doc = html.parse(str(open_data / "index.html")).getroot()
    links = doc.xpath("//article//table//a/@href")
    assert "producten.json" in links and "datapackage.json" in links
    assert doc.xpath("//a[@href='https://creativecommons.org/publicdomain/zero/1.0/']")
    cellen = [td.text_content() for td in doc.xpath("//article//table//tr[td][1]/td")]
    assert cellen[2].endswith("kB") and cellen[3][0].isdigit()


ATOM = "{http://www.w3.org/2005/Atom}"
SITEMAP = "{http://www.sitemaps.org/schemas/sitemap/0.9}"


def test_change_feed_is_valid_atom(open_data: Path):
    feed = etree.parse(str(open_data.parent / "feed.xml")).getroot()
    assert feed.tag == f"{ATOM}feed"
    for verplicht in ("id", "title", "updated"):
        assert feed.findtext(f"{ATOM}{verplicht}"), verplicht
    entries = feed.findall(f"{ATOM}entry")
    assert entries
    for entry in entries:
        assert entry.findtext(f"{ATOM}id") and entry.findtext(f"{ATOM}title")
        # A product's change has a day; a notice starts at a time (in UTC here).
        tijd = r"\d{2}:\d{2}" if "#mededeling-" in entry.findtext(f"{ATOM}id") else "00:00"
        assert re.fullmatch(
            rf"\d{{4}}-\d{{2}}-\d{{2}}T{tijd}:00Z", entry.findtext(f"{ATOM}updated")
        )
        assert entry.find(f"{ATOM}link").get("href").startswith("https://")
        # Each entry has a summary (products) or its content as HTML (notices).
        assert (
            entry.findtext(f"{ATOM}summary") or entry.find(f"{ATOM}content").get("type") == "html"
        )
    datums = [e.findtext(f"{ATOM}updated") for e in entries]
    assert datums == sorted(datums, reverse=True)


def test_sitemap_lists_pages_with_lastmod_and_robots_points_to_it(open_data: Path):
    site = open_data.parent
    urlset = etree.parse(str(site / "sitemap.xml")).getroot()
    assert urlset.tag == f"{SITEMAP}urlset"
    urls = {u.findtext(f"{SITEMAP}loc"): u.findtext(f"{SITEMAP}lastmod") for u in urlset}
    producten = [u for u in urls if "/producten/" in u and not u.endswith("/producten/")]
    assert len(producten) == len(json.loads((open_data / "producten.json").read_text()))
    assert all(re.fullmatch(r"\d{4}-\d{2}-\d{2}", urls[u]) for u in producten)
    robots = (site / "robots.txt").read_text()
    assert re.search(r"^Sitemap: https://\S+/sitemap.xml$", robots, re.M)


def _git(gemeente_map: Path, *args: str, datum: str = "2026-01-05T10:00:00") -> None:
    import subprocess

    omgeving = {
        "GIT_AUTHOR_DATE": datum,
        "GIT_COMMITTER_DATE": datum,
        "PATH": "/usr/bin:/bin",
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@t",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@t",
        "HOME": str(gemeente_map),
    }
    subprocess.run(["git", *args], cwd=gemeente_map, env=omgeving, check=True, capture_output=True)


def _historie(gemeente_map: Path, bestand: str, nu: dict) -> tuple[Datums, str]:
    historie = lees_historie(gemeente_map, [bestand], {bestand: nu}, date(2026, 11, 22))
    assert historie.uit_bestanden == ""
    return historie.datums[bestand], historie.wijzigingen[bestand]


def _twee_versies(gemeente_map: Path, eerst: str, daarna: str, naam: str = "a.yaml") -> None:
    """A repository with producten/<naam> committed on 5 January, changed on 7 March."""
    (gemeente_map / "producten").mkdir(parents=True)
    (gemeente_map / "producten" / naam).write_bytes(eerst.encode())
    _git(gemeente_map, "init", "-q")
    _git(gemeente_map, "add", ".")
    _git(gemeente_map, "commit", "-qm", "a")
    (gemeente_map / "producten" / naam).write_bytes(daarna.encode())
    _git(gemeente_map, "commit", "-qam", "b", datum="2026-03-07T10:00:00")


def test_git_history_gives_the_dates_and_kind_of_a_change(tmp_path: Path):
    _twee_versies(tmp_path, "naam: a\nkosten: 1\n", "naam: a\nkosten: 2\n")
    a, soort = _historie(tmp_path, "producten/a.yaml", {"kosten": 2})
    assert (a.nieuw.isoformat(), a.gewijzigd.isoformat(), soort) == (
        "2026-01-05",
        "2026-03-07",
        KOSTEN,
    )
    (tmp_path / "producten" / "a.yaml").write_text("naam: b\nkosten: 2\n")
    _git(tmp_path, "commit", "-qam", "c", datum="2026-04-01T10:00:00")
    assert _historie(tmp_path, "producten/a.yaml", {"kosten": 2})[1] == TEKST
    (tmp_path / "producten" / "b.yaml").write_text("naam: b\n")
    _git(tmp_path, "add", ".")
    _git(tmp_path, "commit", "-qm", "d", datum="2026-04-02T10:00:00")
    assert _historie(tmp_path, "producten/b.yaml", {})[1] == NIEUW


def test_a_shallow_clone_falls_back_to_file_dates_and_says_why(tmp_path: Path):
    bron = tmp_path / "bron"
    _twee_versies(bron, "naam: a\n", "naam: b\n")
    _git(tmp_path, "clone", "-q", "--depth", "1", f"file://{bron}", "ondiep")
    historie = lees_historie(
        tmp_path / "ondiep", ["producten/a.yaml"], {"producten/a.yaml": {}}, date(2026, 11, 22)
    )
    assert "shallow clone" in historie.uit_bestanden
    assert historie.wijzigingen == {"producten/a.yaml": NIEUW}


def test_loket_check_reads_no_history(klein: Path):
    catalogus = laad_catalogus(klein).catalogus
    assert catalogus is not None and catalogus.datums == {} and catalogus.wijzigingen == {}


def test_history_reads_crlf_and_non_ascii_files_by_their_bytes(tmp_path: Path):
    _twee_versies(tmp_path, "naam: Zoë\r\nkosten: 1\r\n", "naam: Zoë\r\nkosten: 2\r\n", "é.yaml")
    assert _historie(tmp_path, "producten/é.yaml", {"kosten": 2})[1] == KOSTEN


def test_under_serve_an_earlier_version_is_read_once(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    from loket.load import cache, git_datums

    _twee_versies(tmp_path, "naam: a\nkosten: 1\n", "naam: a\nkosten: 2\n")
    gelezen: list[bytes] = []
    echt = git_datums._yaml

    def tellend(ruw: bytes) -> object:
        gelezen.append(ruw)
        return echt(ruw)

    monkeypatch.setattr(git_datums, "_yaml", tellend)
    cache.onthouden(True)
    eerste = _historie(tmp_path, "producten/a.yaml", {"kosten": 2})
    assert _historie(tmp_path, "producten/a.yaml", {"kosten": 2}) == eerste
    assert gelezen == [b"naam: a\nkosten: 1\n"] and eerste[1] == KOSTEN
    cache.onthouden(False)  # a single build reads it again
    assert _historie(tmp_path, "producten/a.yaml", {"kosten": 2}) == eerste
    assert len(gelezen) == 2


def test_with_a_store_each_download_leaves_memory_as_it_is_made():
    from loket.pages import Opties
    from loket.pages.open_data import open_data as maak_open_data

    catalogus = laad_catalogus(ROOT, date(2026, 11, 30)).catalogus
    opties = Opties(site_url="https://x.example/", vandaag=date(2026, 11, 30))
    opgeslagen: dict[str, str] = {}

    def opslag(pad: str, inhoud: str) -> Path:
        assert pad not in opgeslagen  # each once
        opgeslagen[pad] = inhoud
        return Path("/opslag", pad)

    los = {u.pad: u for u in maak_open_data(catalogus, opties)}
    bewaard = {u.pad: u for u in maak_open_data(catalogus, opties, opslag)}
    downloads = [p for p in los if p != "open-data/index.md"]
    assert sorted(opgeslagen) == sorted(downloads)
    for pad in downloads:
        assert bewaard[pad].inhoud == "" and bewaard[pad].bron == Path("/opslag", pad)
        assert opgeslagen[pad] == los[pad].inhoud and los[pad].bron is None
    assert bewaard["open-data/index.md"] == los["open-data/index.md"]  # sizes as before
    assert "kB" in los["open-data/index.md"].inhoud


def test_a_build_copies_the_downloads_from_a_folder_it_then_removes(klein: Path, monkeypatch):
    from loket import bouw
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    mappen: list[Path] = []
    echt = bouw.Downloads.__call__

    def schrijf(self, pad: str, inhoud: str) -> Path:
        bestand = echt(self, pad, inhoud)
        mappen.append(self.map)
        return bestand

    monkeypatch.setattr(bouw.Downloads, "__call__", schrijf)
    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    config.plugins.on_startup(command="build", dirty=False)
    build(config)
    assert mappen and len(set(mappen)) == 1
    assert not mappen[0].exists()
    data = json.loads((klein / "site" / "open-data" / "producten.json").read_text("utf-8"))
    assert len(data) == len(list((klein / "producten").glob("*.yaml")))


def test_a_failed_build_removes_the_downloads_folder(klein: Path):
    from mkdocs.config import load_config
    from mkdocs.structure.files import get_files

    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    plugin = config.plugins["loket"]
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    config.plugins.on_files(get_files(config), config=config)
    map_ = plugin._downloads.map
    assert (map_ / "open-data" / "producten.csv").is_file()
    config.plugins.on_build_error(error=RuntimeError("kapot"))
    assert not map_.exists() and plugin._downloads is None


def test_a_build_that_fails_before_on_files_removes_the_downloads_folder(klein: Path):
    from mkdocs.config import load_config

    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    plugin = config.plugins["loket"]
    config.plugins.on_startup(command="build", dirty=False)
    config = config.plugins.on_config(config)
    map_ = plugin._site.downloads.map
    assert (map_ / "open-data" / "producten.json").is_file()
    config.plugins.on_build_error(error=RuntimeError("kapot in on_pre_build"))
    assert not map_.exists()
