"""Generated pages are converted from Markdown once: a second build (or a `mkdocs serve`
rebuild) takes the kept HTML of unchanged pages, and the site is the same byte for byte."""

from __future__ import annotations

import gzip
from pathlib import Path

import markdown
import pytest
from loket.load import cache as geheugen
from loket.load import schijfcache
from loket.mkdocs import hergebruik, omzetting
from loket.pages import per_product, site
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.pages import Page


class Omzetten:
    """Counts Python-Markdown conversions of whole pages."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.aantal = 0
        echt = markdown.Markdown.convert

        def tel(md: markdown.Markdown, tekst: str) -> str:
            if tekst.startswith("# ") or "\n# " in tekst[:200]:  # a page, not a field
                self.aantal += 1
            return echt(md, tekst)

        monkeypatch.setattr(markdown.Markdown, "convert", tel)


def _bouw(gemeente_map: Path, site: Path, serve: bool = False) -> dict[str, bytes]:
    config = load_config(str(gemeente_map / "mkdocs.yml"), site_dir=str(site))
    config.plugins.on_startup(command="serve" if serve else "build", dirty=False)
    serve_url = None
    if serve:  # as `mkdocs serve` builds: the site at the development server's address
        serve_url = config.site_url = "http://127.0.0.1:8000/"
    build(config, serve_url=serve_url)
    return {
        p.relative_to(site).as_posix(): gzip.decompress(p.read_bytes())
        if p.suffix == ".gz"
        else p.read_bytes()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


@pytest.fixture
def met_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A disk cache of its own; nothing in memory, as in a new process."""
    monkeypatch.setenv(schijfcache.OMGEVING, str(tmp_path / "cache"))
    monkeypatch.setattr(geheugen, "_cache", {})
    monkeypatch.setattr(omzetting, "_geheugen", {})
    return tmp_path / "cache"


@pytest.fixture
def alleen_python_markdown(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loket's own converter off: every generated page goes through Python-Markdown and the
    disk cache, as on a site with other Markdown settings."""
    monkeypatch.setattr(omzetting, "eigen_html_past", lambda config: False)


def _nieuw_proces(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(per_product, "_staat", per_product._Staat())
    monkeypatch.setattr(hergebruik, "_vorige", {})
    monkeypatch.setattr(omzetting, "_geheugen", {})
    monkeypatch.setattr(geheugen, "_cache", {})


def test_a_second_build_converts_only_the_gemeentes_own_pages(
    klein: Path, tmp_path: Path, met_cache: Path, monkeypatch: pytest.MonkeyPatch
):
    teller = Omzetten(monkeypatch)
    eerste = _bouw(klein, tmp_path / "eerste")
    koud = teller.aantal
    assert list((met_cache / "html").rglob("*.json"))
    _nieuw_proces(monkeypatch)
    teller.aantal = 0
    tweede = _bouw(klein, tmp_path / "tweede")
    eigen = len(list((klein / "site_src").rglob("*.md")))
    assert teller.aantal <= eigen + 12  # own pages and the pages in the nav
    assert teller.aantal < koud
    assert tweede == eerste


def test_the_kept_html_equals_a_build_without_cache(
    klein: Path, tmp_path: Path, met_cache: Path, monkeypatch: pytest.MonkeyPatch
):
    _bouw(klein, tmp_path / "vullen")
    _nieuw_proces(monkeypatch)
    uit_cache = _bouw(klein, tmp_path / "uit-cache")
    monkeypatch.setenv(schijfcache.OMGEVING, "uit")
    _nieuw_proces(monkeypatch)
    zonder = _bouw(klein, tmp_path / "zonder")
    assert uit_cache == zonder


def test_a_changed_product_is_converted_again(
    klein: Path, tmp_path: Path, met_cache: Path, monkeypatch: pytest.MonkeyPatch
):
    _bouw(klein, tmp_path / "eerste")
    product = klein / "producten" / "paspoort.yaml"
    product.write_text(product.read_text().replace("Paspoort", "Reispas", 1))
    _nieuw_proces(monkeypatch)
    teller = Omzetten(monkeypatch)
    tweede = _bouw(klein, tmp_path / "tweede")
    assert "Reispas" in tweede["producten/paspoort/index.html"].decode()
    monkeypatch.setenv(schijfcache.OMGEVING, "uit")
    _nieuw_proces(monkeypatch)
    assert _bouw(klein, tmp_path / "koud") == tweede
    assert teller.aantal > 0


def test_a_corrupt_kept_conversion_is_ignored(
    klein: Path, tmp_path: Path, met_cache: Path, monkeypatch: pytest.MonkeyPatch
):
    eerste = _bouw(klein, tmp_path / "eerste")
    bestanden = list((met_cache / "html").rglob("*.json"))
    for i, bestand in enumerate(bestanden):
        bestand.write_bytes(b"kapot" if i % 2 else bestand.read_bytes()[:20])
    _nieuw_proces(monkeypatch)
    assert _bouw(klein, tmp_path / "tweede") == eerste


@pytest.mark.usefixtures("alleen_python_markdown")
def test_only_the_last_builds_conversions_are_kept(
    klein: Path, tmp_path: Path, met_cache: Path, monkeypatch: pytest.MonkeyPatch
):
    _bouw(klein, tmp_path / "eerste")
    voor = {p.name for p in (met_cache / "html").rglob("*.json")}
    product = klein / "producten" / "paspoort.yaml"
    product.write_text(product.read_text().replace("Paspoort", "Reispas", 1))
    _nieuw_proces(monkeypatch)
    _bouw(klein, tmp_path / "tweede")
    na = {p.name for p in (met_cache / "html").rglob("*.json")}
    assert len(na) == len(voor) and na != voor


class Hergebruikt:
    """The pages a rebuild wrote from their last output."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paginas: set[str] = set()
        echt = hergebruik._hergebruik

        def noteer(page: Page, vorig: object) -> None:
            self.paginas.add(page.file.src_uri)
            echt(page, vorig)  # type: ignore[arg-type]

        monkeypatch.setattr(hergebruik, "_hergebruik", noteer)


class Gemaakt:
    """The products whose page a build made anew (not taken from the previous rebuild)."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.ids: set[str] = set()
        echt = site.product_pagina

        def product_pagina(catalogus, bron, opties):  # type: ignore[no-untyped-def]
            self.ids.add(bron.id)
            return echt(catalogus, bron, opties)

        monkeypatch.setattr(site, "product_pagina", product_pagina)


def _wijzig(bestand: Path, oud: str, nieuw: str) -> None:
    tekst = bestand.read_text(encoding="utf-8")
    assert oud in tekst
    bestand.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def _nieuw_product(klein: Path) -> None:
    tekst = (klein / "producten" / "grofvuil.yaml").read_text(encoding="utf-8")
    tekst = tekst.replace("Grofvuil laten ophalen", "Tuinafval laten ophalen")
    (klein / "producten" / "tuinafval.yaml").write_text(tekst, encoding="utf-8")


WIJZIGINGEN = [
    ("tekst", lambda k: _wijzig(k / "producten/grofvuil.yaml", "op afspraak", "op een afspraak")),
    (
        "titel",
        lambda k: _wijzig(k / "producten/grofvuil.yaml", "naam: Grofvuil", "naam: Grof afval"),
    ),
    ("thema", lambda k: _wijzig(k / "producten/grofvuil.yaml", "[afval]", "[afval, documenten]")),
    ("nieuw", _nieuw_product),
    ("weg", lambda k: (k / "producten" / "tuinafval.yaml").unlink()),
    (
        "gemeente",
        lambda k: _wijzig(k / "gemeente.yml", "titel: Afval", "titel: Afval en grondstoffen"),
    ),
]


OPNIEUW: dict[str, set[str] | None] = {
    "tekst": {"producten/grofvuil.md"},
    "titel": {
        "producten/grofvuil.md",
        "producten/paspoort.md",  # links to it under "zie ook"
        "themas/afval.md",
        "producten/index.md",
        "index.md",
    },
    "thema": {"themas/documenten.md"},
    # A new or deleted page changes the site's file list, a theme title the navigation of
    # every page: the whole site is rendered again.
    "nieuw": None,
    "weg": None,
    "gemeente": None,
}
"""The generated pages a serve rebuild renders anew after each edit; the others it reuses."""

GEMAAKT: dict[str, set[str] | None] = {
    "tekst": {"grofvuil"},
    "titel": None,  # a product page names the products it links to
    "thema": {"grofvuil"},
    "nieuw": None,
    "weg": None,
    "gemeente": None,
}
"""The products whose page Loket makes anew after each edit (None: every product)."""


@pytest.mark.parametrize("schijf", [True, False], ids=["met-schijfcache", "alleen-geheugen"])
def test_the_served_site_stays_equal_to_a_clean_build_through_edits(
    klein: Path, tmp_path: Path, met_cache: Path, monkeypatch: pytest.MonkeyPatch, schijf: bool
):
    """As `mkdocs serve`: one process, its memory kept between rebuilds. After every edit the
    site equals a clean serve build (no cache, nothing in memory) of the same content, and only
    the pages that show the change were rendered again."""
    serve_cache = str(met_cache) if schijf else "uit"
    monkeypatch.setenv(schijfcache.OMGEVING, serve_cache)
    serve = tmp_path / "serve"
    gemaakt = Gemaakt(monkeypatch)
    eerste = _bouw(klein, serve, serve=True)
    assert omzetting._geheugen, "serve keeps the conversions in memory"
    hergebruikt = Hergebruikt(monkeypatch)
    assert _bouw(klein, serve, serve=True) == eerste
    alle = hergebruikt.paginas
    assert len(alle) > 20 and "producten/grofvuil.md" in alle
    for naam, wijzig in WIJZIGINGEN:
        wijzig(klein)
        hergebruikt = Hergebruikt(monkeypatch)
        gemaakt.ids.clear()
        herbouwd = _bouw(klein, serve, serve=True)
        in_serve, gemaakt.ids = gemaakt.ids, set()
        opnieuw = OPNIEUW[naam]
        assert hergebruikt.paginas == (set() if opnieuw is None else alle - opnieuw), naam
        bewaard = (
            omzetting._geheugen.copy(),
            geheugen._cache.copy(),
            hergebruik._vorige.copy(),
            per_product._staat,
        )
        monkeypatch.setenv(schijfcache.OMGEVING, "uit")
        _nieuw_proces(monkeypatch)
        schoon = _bouw(klein, tmp_path / f"schoon-{naam}", serve=True)
        assert herbouwd == schoon, naam
        assert in_serve == (GEMAAKT[naam] or gemaakt.ids), naam  # a clean build makes all
        monkeypatch.setenv(schijfcache.OMGEVING, serve_cache)
        monkeypatch.setattr(omzetting, "_geheugen", bewaard[0])
        monkeypatch.setattr(geheugen, "_cache", bewaard[1])
        monkeypatch.setattr(hergebruik, "_vorige", bewaard[2])
        monkeypatch.setattr(per_product, "_staat", bewaard[3])


def test_a_single_build_keeps_no_html_in_memory(
    klein: Path, tmp_path: Path, met_cache: Path, monkeypatch: pytest.MonkeyPatch
):
    _bouw(klein, tmp_path / "site")
    assert omzetting._geheugen == {} and hergebruik._vorige == {}
    assert per_product._staat.nieuw == {}
    assert list((met_cache / "html").rglob("*.json"))


@pytest.mark.usefixtures("alleen_python_markdown")
def test_a_conversion_that_logged_something_is_not_kept(
    klein: Path, tmp_path: Path, met_cache: Path, monkeypatch: pytest.MonkeyPatch
):
    """So that `--strict` fails the same way with the cache as without it."""
    import logging

    from mkdocs.structure.pages import Page

    _bouw(klein, tmp_path / "zonder-melding")
    alle = len(list((met_cache / "html").rglob("*.json")))
    echt = Page.render

    def met_melding(page: Page, config, files) -> None:  # type: ignore[no-untyped-def]
        echt(page, config, files)
        if page.file.src_uri == "producten/paspoort.md":
            logging.getLogger("mkdocs.structure.pages").warning("een kapotte link")

    monkeypatch.setattr(Page, "render", met_melding)
    (klein / "producten" / "paspoort.yaml").write_text(
        (klein / "producten" / "paspoort.yaml").read_text().replace("Paspoort", "Reispas", 1)
    )
    _nieuw_proces(monkeypatch)
    _bouw(klein, tmp_path / "met-melding")
    assert len(list((met_cache / "html").rglob("*.json"))) == alle - 1


def test_no_reuse_when_another_plugin_acts_on_a_pages_context(
    klein: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    """A hook could put anything in a page: then every page is rendered, every rebuild."""
    (klein / "haak.py").write_text("def on_page_context(context, **kwargs):\n    return context\n")
    mkdocs_yml = klein / "mkdocs.yml"
    mkdocs_yml.write_text(mkdocs_yml.read_text() + "\nhooks:\n  - haak.py\n")
    eerste = _bouw(klein, tmp_path / "serve", serve=True)
    hergebruikt = Hergebruikt(monkeypatch)
    assert _bouw(klein, tmp_path / "serve", serve=True) == eerste
    assert hergebruikt.paginas == set()


def test_reused_search_entries_go_back_in_page_order():
    docs = [{"location": "a/"}, {"location": "a/#x"}, {"location": "c/"}]
    terug = {"b/": [{"location": "b/"}, {"location": "b/#y"}], "d/": []}
    per_url = hergebruik._per_url(docs)
    assert hergebruik._in_volgorde(per_url, terug, ["a/", "b/", "c/", "d/"]) == [
        {"location": "a/"},
        {"location": "a/#x"},
        {"location": "b/"},
        {"location": "b/#y"},
        {"location": "c/"},
    ]
