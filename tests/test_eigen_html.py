"""Generated pages skip Python-Markdown: Loket's converter (`pages/eigen_html.py`) gives the same
HTML, table of contents, title and ids as MkDocs' own conversion, and steps aside for anything
it does not know. The hostile-text properties of `test_eigenschappen.py` hold it to
Python-Markdown too."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import event, given, settings
from hypothesis import strategies as st
from loket.mkdocs import omzetting
from loket.pages import eigen_html
from loket.pages.kaarten import kaarten
from loket.pages.opmaak import md_blok, md_link, md_tekst, tabel
from markdown import Markdown
from mkdocs.commands.build import build
from mkdocs.config import load_config

from bench import grote_gemeente
from tests.conftest import ROOT
from tests.dubbel import Dubbel


def _bouw(gemeente_map: Path, site: Path, monkeypatch: pytest.MonkeyPatch) -> Dubbel:
    dubbel = Dubbel(monkeypatch)
    build(load_config(str(gemeente_map / "mkdocs.yml"), site_dir=str(site)))
    return dubbel


def _productpaginas(site: Path) -> set[str]:
    nl = {f"producten/{p.name}.md" for p in (site / "producten").iterdir() if p.is_dir()}
    en = {f"en/products/{p.name}.md" for p in (site / "en" / "products").iterdir() if p.is_dir()}
    return nl | en


def test_every_product_page_of_the_example_skips_python_markdown_and_converts_the_same(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    dubbel = _bouw(ROOT, tmp_path / "site", monkeypatch)
    dubbel.assert_gelijk()
    assert _productpaginas(tmp_path / "site") <= set(dubbel.genomen)
    anders = {"producten/index.md", "contact.md", "en/index.md", "index.md", "themas/index.md"}
    anders |= {"themas/documenten.md", "kwaliteitshandvest/telefoon-opnemen.md"}  # cards, chart
    assert anders <= set(dubbel.genomen)


def test_a_generated_gemeente_converts_the_same(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    gemeente = grote_gemeente.maak(60, tmp_path / "gemeente")
    dubbel = _bouw(gemeente, tmp_path / "site", monkeypatch)
    dubbel.assert_gelijk()
    assert len(dubbel.genomen) > 60 + 30  # every product page, and the English ones


@pytest.mark.parametrize(
    "markdown",
    [
        "# Kop\n\nTekst met een \\*ster.",  # a backslash escape
        "# Kop\n\nTekst met `code`.",
        "# Kop\n\n![plaatje](a.png)",
        "# Kop\n\n- een\n\n- twee",  # a loose list
        "# Kop\n\n    ingesprongen",  # a code block
        "# Kop\n\n1. genummerd",
        "# Kop\n\n> citaat",
        "# Kop\n\n<section>\n<p>blok</p>\n</section>",
        "# Kop\n\n<div>\n\n<p>lege regel</p>\n</div>",
        '# Kop\n\n<div class="a" markdown>\n\n*Markdown*\n\n</div>',
        "# Kop\n\nregel met harde  \nafbreking",
        "# Kop\n\n[verwijzing][1]\n\n[1]: https://voorbeeld.example/",
        "# Kop\n\nTekst & meer",  # a bare ampersand
        "# Kop #",
        "Kop\n===",
    ],
)
def test_what_the_converter_does_not_know_goes_to_python_markdown(markdown: str):
    verwezen: list[str] = []
    assert eigen_html.omzetting(markdown, lambda url: verwezen.append(url) or url) is None
    assert verwezen == []  # nothing reported for a page Python-Markdown converts after all


def test_links_are_resolved_in_page_order_once_the_page_is_known():
    markdown = "# Kop\n\n[a](a.md) en [b](b.md#x)\n\n- [c](https://c.example/)"
    verwezen: list[str] = []
    omgezet = eigen_html.omzetting(markdown, lambda url: verwezen.append(url) or f"/{url}")
    assert omgezet is not None
    assert verwezen == ["a.md", "b.md#x", "https://c.example/"]
    assert '<a href="/a.md">a</a>' in omgezet.html
    assert '<a href="/https://c.example/">c</a>' in omgezet.html


def test_the_sample_converts_the_same_in_this_installation():
    assert eigen_html.proef(sorted(eigen_html.EXTENSIES))


@pytest.mark.parametrize(
    ("instelling", "eigen"),
    [
        ("", True),
        ("markdown_extensions:\n  - toc:\n      permalink: true\n", False),
        ("markdown_extensions:\n  - admonition\n", False),
        ("markdown_extensions:\n  - toc\n  - tables\n", True),
    ],
)
def test_other_markdown_settings_turn_the_converter_off(
    tmp_path: Path, instelling: str, eigen: bool
):
    (tmp_path / "docs").mkdir()
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Proef\n{instelling}", encoding="utf-8")
    config = load_config(str(tmp_path / "mkdocs.yml"))
    config.markdown_extensions += ["attr_list", "md_in_html"]  # as the plugin adds them
    assert omzetting.eigen_html_past(config) is eigen


VOORBEELDEN = 5 * int(os.environ.get("LOKET_VOORBEELDEN", "20"))
WILLEKEURIG = os.environ.get("LOKET_FUZZ") == "1"
STUKKEN = [
    '"', "'", "&", "&amp;", "&#58;", "<", ">", "{:", "{ .a }", "](", "[a](b)", "*", "**", "_",
    "`", "#", "|", "\\", "=", "~", "- ", "1. ", "> ", "é", "€", " ", "  ", "Woord", "-->", "!",
    "[", "]", "(", ")", ":", "<span>", "x", "\u00a0",
]  # fmt: skip


REGELS = [
    '<div class="a" markdown>', '<div class="a">', "<div>", "</div>", "", "| a | b |",
    "| --- | --- |", "| c |", "- item", "# Kop", "## Kop {#x}", "{: .a }", "Tekst",
    '<figure class="a">', "</figure>", '<form class="a" data-b>', "</form>",
    '<div class="grid cards" markdown>', "-   [a](b.md)", "    tekst", "-   ",
]  # fmt: skip
GEWOON = ["Woord", " ", "een", ".", ",", "?", "(", ")", "'", '"', "é", "€", ":", "4:13", "&", ">"]


def _tekst() -> st.SearchStrategy[str]:
    """Mostly ordinary text (so the converter takes most pages), with hostile pieces."""
    stuk = st.one_of(st.sampled_from(GEWOON), st.sampled_from(GEWOON), st.sampled_from(STUKKEN))
    return st.lists(stuk, min_size=1, max_size=8).map("".join)


@st.composite
def _pagina(draw: st.DrawFn) -> str:
    """A page as the page builders write one, from texts of a hostile alphabet."""
    delen = [f"# {md_tekst(draw(_tekst())) or 'Kop'}"]
    for _ in range(draw(st.integers(1, 6))):
        soorten = ["kop", "alinea", "lijst", "link", "tabel", "kaarten", "blok", "ruw", "regels"]
        soort = draw(st.sampled_from(soorten))
        tekst = draw(_tekst())
        if soort == "kop":
            delen.append(f"{'#' * draw(st.integers(2, 3))} {md_tekst(tekst) or 'Kop'}")
        elif soort == "alinea":
            delen.append(f"{md_tekst(tekst)}\n{{: .loket-samenvatting }}")
        elif soort == "lijst":
            items = draw(st.lists(_tekst(), min_size=1, max_size=3))
            delen.append("\n".join(f"- {md_tekst(t)}" for t in items))
        elif soort == "link":
            url = draw(st.sampled_from(["https://a.example/?b=1&c", "x.md"]))
            delen.append(md_link(tekst, url))
        elif soort == "tabel":
            rij = [md_tekst(t) for t in draw(st.lists(_tekst(), min_size=2, max_size=2))]
            delen.append(tabel(["Wat", "Bedrag"], [rij], tekst))
        elif soort == "kaarten":
            teksten = draw(st.lists(_tekst(), min_size=1, max_size=3))
            delen.append(kaarten([(t, "x.md", t) for t in teksten]))
        elif soort == "blok":
            delen.append(md_blok(tekst))
        elif soort == "ruw":
            delen.append(tekst)
        else:  # lines of the block syntax the converter reads, in any order
            delen.append("\n".join(draw(st.lists(st.sampled_from(REGELS), max_size=6))))
    return "\n\n".join(delen) + draw(st.sampled_from(["\n", ""]))


@settings(max_examples=VOORBEELDEN, deadline=None, derandomize=not WILLEKEURIG, database=None)
@given(_pagina())
def test_hostile_text_in_page_markdown_converts_as_python_markdown_does(markdown: str):
    omgezet = eigen_html.omzetting(markdown, lambda url: url)
    event("eigen" if omgezet is not None else "Python-Markdown")
    if omgezet is None:
        return
    md = Markdown(extensions=sorted(eigen_html.EXTENSIES))
    assert omgezet.html == md.convert(markdown)
    assert omgezet.toc == md.toc_tokens  # type: ignore[attr-defined]
