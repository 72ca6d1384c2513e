"""Property-based: hostile text in every text field never escapes its context.

Strings drawn from a hostile alphabet (quotes, angle brackets, `{:`, `](`, entities, control
and bidi characters, extension syntax, long runs) go into every text field of the products,
the norms, gemeente.yml, the sociale kaart and two notices at once. Then either `loket check`
refuses them with located Dutch meldingen, or the build succeeds and:
- every page has the element and attribute structure of the build with a harmless text, apart
  from the sanitised Markdown blocks, which hold only allowlisted elements and attributes;
- every XML output parses (the Samenwerkende Catalogi feed against its XSD), every JSON output
  parses, every JSON-LD block parses and type-checks against schema.org, and no open-data CSV
  cell starts a formula.

`make test` runs a fixed, small set of examples; `make fuzz` runs many more, at random.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from loket.controle import controleer
from loket.model.veilige_markdown import TOEGESTAAN
from lxml import etree, html
from mkdocs.commands.build import build
from mkdocs.config import load_config

from tests import schemaorg
from tests.conftest import FIXTURES, ROOT
from tests.dubbel import Dubbel

XSD = ROOT.parent / "shared" / "standaarden" / "sc" / "4.0" / "xsd" / "sc.xsd"
VOORBEELDEN = int(os.environ.get("LOKET_VOORBEELDEN", "20"))
WILLEKEURIG = os.environ.get("LOKET_FUZZ") == "1"

GEDULD = [
    '"', "'", "&", "&amp;", "&#58;", "&lt;script&gt;", "{:", "{: #__config }",
    "{ .md-button }", "](", "[a](https://evil.example/b)", "*", "_", "`", "#", "|", "\\", "=",
    "~", "^", "$", ":smile:", "--8<-- ", "- ", "1. ", "> ", "é", "€", " ", "Woord", "-->",
    "]]>", "https://evil.example/x\"y", "@", "+31 6",
]  # fmt: skip
"""Pieces the check lets through: they must reach the site inert."""
GEWEIGERD = [
    "<", ">", "[a](javascript:alert(1))", "![x](https://evil.example/p.png)", "\n", "\t",
    "\x00", "\x01", "\x1b", "\u202e", "\u2066", "\ufffe", "\ud800", "\u2028", "<script>",
    "<x_y>", "</title>", "javascript:", "&#106;avascript:",
]  # fmt: skip
"""Pieces that may well be refused, alone or next to others."""


def _tekst(stukken: list[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.lists(st.sampled_from(stukken), min_size=1, max_size=10).map("".join),
        st.tuples(st.sampled_from(stukken), st.integers(20, 400)).map(lambda p: p[0] * p[1]),
    )


tekst = st.one_of(_tekst(GEDULD), _tekst(GEDULD + GEWEIGERD))
HARMLOOS = "Harmloze tekst"

# (file, path of a text field; "*" is every item of a list)
PLAIN = [
    ("producten/paspoort.yaml", ("naam",)),  # no piece starts like another product (A–Z)
    ("producten/paspoort.yaml", ("samenvatting",)),
    ("producten/paspoort.yaml", ("trefwoorden", "*")),
    ("producten/paspoort.yaml", ("kosten", "*", "omschrijving")),
    ("producten/paspoort.yaml", ("wettelijke_termijn",)),
    ("producten/paspoort.yaml", ("eigenaar",)),
    ("producten/paspoort.yaml", ("veelgestelde_vragen", "*", "vraag")),
    ("producten/paspoort.yaml", ("links", "*", "titel")),
    ("servicenormen/telefoon-opnemen.yaml", ("titel",)),
    ("servicenormen/telefoon-opnemen.yaml", ("belofte",)),
    ("servicenormen/reisdocument-klaar.yaml", ("wettelijke_grondslag",)),
    ("gemeente.yml", ("naam",)),
    ("gemeente.yml", ("themas", "*", "titel")),
    ("gemeente.yml", ("themas", "*", "omschrijving")),
    ("gemeente.yml", ("kanalen", "*", "naam")),
    ("gemeente.yml", ("contact", "adres")),
    ("gemeente.yml", ("kanalen", "*", "adres")),
    ("gemeente.yml", ("sluitingsdagen", "*", "omschrijving")),
    ("gemeente.yml", ("sociale_kaart", "categorieen", "*", "titel")),
]
MARKDOWN = [
    ("producten/paspoort.yaml", ("beschrijving",)),
    ("producten/paspoort.yaml", ("voorwaarden",)),
    ("producten/paspoort.yaml", ("meenemen", "*")),
    ("producten/paspoort.yaml", ("aanvragen", "*", "toelichting")),
    ("producten/paspoort.yaml", ("bezwaar_en_beroep",)),
    ("producten/paspoort.yaml", ("veelgestelde_vragen", "*", "antwoord")),
    ("servicenormen/telefoon-opnemen.yaml", ("als_niet_gehaald",)),
    ("gemeente.yml", ("kanalen", "*", "toelichting")),
]
CSV_KOLOMMEN = ["naam", "omschrijving", "adres", "openingstijden", "kosten", "trefwoorden"]


def _zet(data: Any, pad: tuple[str, ...], waarde: str) -> None:
    """Put `waarde` at `pad` (every item for "*"); keys that hold a mapping get it on each."""
    if not pad:
        return
    kop, *rest = pad
    if kop == "*":
        for i in range(len(data)):
            if rest:
                _zet(data[i], tuple(rest), waarde)
            else:
                data[i] = waarde
    elif isinstance(data, dict):
        if rest:
            _zet(data.setdefault(kop, {}), tuple(rest), waarde)
        else:
            data[kop] = waarde


def gemeente_met(doel: Path, plat: str, md: str) -> Path:
    """The klein fixture with `plat` in every plain-text field and `md` in every Markdown one."""
    shutil.copytree(FIXTURES / "klein", doel)
    per_bestand: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for bestand, pad in PLAIN:
        per_bestand.setdefault(bestand, []).append((pad, plat))
    for bestand, pad in MARKDOWN:
        per_bestand.setdefault(bestand, []).append((pad, md))
    for bestand, paden in per_bestand.items():
        data = yaml.safe_load((doel / bestand).read_text(encoding="utf-8"))
        for pad, waarde in paden:
            _zet(data, pad, waarde)
        tekst = yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=10_000)
        (doel / bestand).write_text(tekst, encoding="ascii")
    _csv_met(doel / "sociale_kaart" / "organisaties.csv", plat)
    _mededelingen_met(doel / "mededelingen", plat, md)
    return doel


def _mededelingen_met(gemeente_map: Path, plat: str, md: str) -> None:
    """A notice above every page, and a storing of a channel for one product (the contact
    page, the product page and the channel mark), both active on the suite's peildatum."""
    gemeente_map.mkdir()
    basis = {"titel": plat, "tekst": md, "vanaf": "2026-11-01", "tot": "2026-12-31"}
    for naam, data in (
        ("overal", {**basis, "soort": "let_op"}),
        (
            "storing",
            {**basis, "soort": "storing", "kanalen": ["website"], "producten": ["paspoort"]},
        ),
    ):
        tekst = yaml.safe_dump(data, allow_unicode=False, sort_keys=False, width=10_000)
        (gemeente_map / f"{naam}.yaml").write_text(tekst, encoding="ascii")


def _csv_met(pad: Path, waarde: str) -> None:
    rijen = list(csv.DictReader(io.StringIO(pad.read_text(encoding="utf-8"))))
    for rij in rijen:
        rij.update(dict.fromkeys(CSV_KOLOMMEN, waarde))
    uit = io.StringIO()
    schrijver = csv.DictWriter(uit, fieldnames=list(rijen[0]), lineterminator="\n")
    schrijver.writeheader()
    schrijver.writerows(rijen)
    pad.write_text(uit.getvalue(), encoding="utf-8", errors="surrogatepass")


def bouw(gemeente_map: Path) -> Path:
    """Build, with every page Loket converts itself converted by Python-Markdown as well: the
    two must agree on hostile text too."""
    with pytest.MonkeyPatch.context() as monkeypatch:
        dubbel = Dubbel(monkeypatch)
        config = load_config(str(gemeente_map / "mkdocs.yml"), site_dir=str(gemeente_map / "site"))
        build(config)
    dubbel.assert_gelijk()
    return gemeente_map / "site"


def structuur(pagina: Path) -> list[tuple[str, tuple[str, ...]]]:
    """Each element with its attribute names, sorted (the A–Z list orders products by the
    name under test); sanitised Markdown blocks as one item, their inside checked against the
    allowlist instead."""
    doc = html.parse(str(pagina)).getroot()
    uit = []
    for element in _elementen(doc):
        if _is_markdown_blok(element):
            uit.append(("loket-tekst", ()))
            assert_alleen_toegestaan(element)
        else:
            uit.append((str(element.tag), tuple(sorted(element.attrib))))
    return sorted(uit)


def _elementen(element: Any) -> Iterator[Any]:
    for kind in element:
        if not isinstance(kind.tag, str):
            continue
        yield kind
        if not _is_markdown_blok(kind):
            yield from _elementen(kind)


def _is_markdown_blok(element: Any) -> bool:
    return element.tag == "div" and element.get("class") == "loket-tekst"


def assert_alleen_toegestaan(blok: Any) -> None:
    for element in blok.iterdescendants():
        if not isinstance(element.tag, str):
            continue
        assert element.tag in TOEGESTAAN, element.tag
        toegestaan = TOEGESTAAN[element.tag] | ({"rel"} if element.tag == "a" else set())
        assert set(element.attrib) <= toegestaan, (element.tag, element.attrib)
        for naam in ("href", "src"):
            waarde = re.sub(r"[\x00-\x20]", "", element.get(naam, "")).lower()
            assert not re.match(r"^(javascript|data|vbscript|http):", waarde), waarde
        if element.tag == "img":
            assert not re.match(r"^(\w+:|//)", element.get("src", "")), element.get("src")


def paginas(site: Path) -> dict[str, Path]:
    return {p.relative_to(site).as_posix(): p for p in sorted(site.rglob("*.html"))}


class Structuren(dict[str, list[Any]]):
    """The harmless build's page structures (short repr: hypothesis prints its arguments)."""

    def __repr__(self) -> str:
        return f"<structuur van {len(self)} pagina's>"


@pytest.fixture(scope="module")
def harmloos(tmp_path_factory: pytest.TempPathFactory) -> Structuren:
    site = bouw(gemeente_met(tmp_path_factory.mktemp("h") / "g", HARMLOOS, HARMLOOS))
    return Structuren({naam: structuur(pad) for naam, pad in paginas(site).items()})


def assert_uitvoer_klopt(site: Path) -> None:
    assert XSD.is_file(), f"{XSD} ontbreekt: shared/ hoort naast de repository te staan"
    schema = etree.XMLSchema(etree.parse(str(XSD)))
    sc = etree.parse(str(site / "open-data/samenwerkende-catalogi.xml"))
    assert schema.validate(sc), schema.error_log
    for xml in ("feed.xml", "sitemap.xml"):
        etree.parse(str(site / xml))
    for pad in [*site.glob("open-data/*.json"), site / "search/search_index.json"]:
        json.loads(pad.read_text(encoding="utf-8"))
    for pad in site.glob("open-data/*.csv"):
        for rij in csv.reader(io.StringIO(pad.read_text(encoding="utf-8"))):
            for cel in rij:
                assert not cel.startswith(("=", "@", "\t", "\r")), cel
                assert not re.match(r"^[+-].*[^\d ().,/-]", cel), cel
    for pad in site.rglob("*.html"):
        for blok in html.parse(str(pad)).xpath("//script[@type='application/ld+json']/text()"):
            assert schemaorg.controleer(json.loads(blok)) == [], pad


def assert_geweigerd_met_plek(gemeente_map: Path, uitkomst: Any) -> None:
    bestanden = {str(p.relative_to(gemeente_map)) for p in gemeente_map.rglob("*") if p.is_file()}
    for melding in uitkomst.fouten:
        assert melding.pad in bestanden, melding
        assert melding.regel >= 1 and melding.kolom >= 1, melding
        assert melding.tekst and "Traceback" not in melding.tekst, melding


def _instellingen(functie: Callable[..., None]) -> Callable[..., None]:
    return settings(
        max_examples=VOORBEELDEN,
        deadline=None,
        derandomize=not WILLEKEURIG,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )(functie)


@_instellingen
@given(plat=tekst, md=tekst)
def test_hostile_text_is_refused_with_a_place_or_stays_in_its_context(
    plat: str, md: str, tmp_path_factory: pytest.TempPathFactory, harmloos: Structuren
):
    gemeente_map = gemeente_met(tmp_path_factory.mktemp("v") / "g", plat, md)
    uitkomst = controleer(gemeente_map)
    event("geweigerd" if uitkomst.catalogus is None else "gebouwd")
    if uitkomst.catalogus is None:
        assert uitkomst.fouten
        assert_geweigerd_met_plek(gemeente_map, uitkomst)
        return
    site = bouw(gemeente_map)
    gebouwd = paginas(site)
    assert set(gebouwd) == set(harmloos)
    for naam, pad in gebouwd.items():
        assert structuur(pad) == harmloos[naam], naam
    assert_uitvoer_klopt(site)


@_instellingen
@given(plat=tekst)
def test_plain_text_alone_builds_the_same_structure(
    plat: str, tmp_path_factory: pytest.TempPathFactory, harmloos: Structuren
):
    """Markdown fields harmless: a plain-text string either is refused or changes nothing."""
    gemeente_map = gemeente_met(tmp_path_factory.mktemp("p") / "g", plat, HARMLOOS)
    uitkomst = controleer(gemeente_map)
    event("geweigerd" if uitkomst.catalogus is None else "gebouwd")
    if uitkomst.catalogus is None:
        assert_geweigerd_met_plek(gemeente_map, uitkomst)
        return
    site = bouw(gemeente_map)
    for naam, pad in paginas(site).items():
        assert structuur(pad) == harmloos[naam], naam
    assert_uitvoer_klopt(site)
