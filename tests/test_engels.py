"""English texts of products (`en:`): checked like the Dutch ones, lists item by item, and
SDG products without English pointed out."""

from __future__ import annotations

import html
import json
import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from loket.controle import laad_catalogus
from loket.model.veilige_markdown import naar_tekst
from loket.pages import Opties, Uitvoer, bouw_site
from loket.pages.engelse_zoekindex import index_item, vormen
from loket.pages.opmaak import md_tekst
from loket.pages.talen import ENGELS_INDEX
from lxml import etree

from tests.conftest import met_storing, mkdocs_build

DAG = date(2026, 11, 22)
ENGELS = (
    "en:\n"
    "  naam: Apply for a passport\n"
    "  samenvatting: Apply for a passport at the desk. It is ready after 5 working days.\n"
    "  meenemen:\n"
    "    - A passport photo\n"
)


def regels(gemeente_map: Path) -> list[str]:
    return [str(m).splitlines()[0] for m in laad_catalogus(gemeente_map, DAG).meldingen]


def met_engels(gemeente_map: Path, blok: str = ENGELS) -> None:
    """The fixture's passport with `blok` as its English text instead of its own."""
    pad = gemeente_map / "producten" / "paspoort.yaml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(tekst[: tekst.index("\nen:\n") + 1] + blok, encoding="utf-8")


def test_an_sdg_product_without_english_is_a_warning_with_its_code(klein: Path):
    met_engels(klein, "")
    assert regels(klein) == ["producten/paspoort.yaml:1:1: SDG-product (A1) zonder Engelse tekst"]


def test_an_english_block_is_read(klein: Path):
    met_engels(klein)
    assert regels(klein) == []
    en = laad_catalogus(klein, DAG).catalogus.producten["paspoort"].product.en
    assert (en.naam, en.meenemen) == ("Apply for a passport", ["A passport photo"])


def test_an_english_list_of_another_length_is_a_located_error(klein: Path):
    met_engels(klein, ENGELS + "    - Your old passport\n")
    assert regels(klein) == [
        "producten/paspoort.yaml:55:5: de Engelse lijst 'meenemen' heeft 2 item(s), de "
        "Nederlandse 1"
    ]


def test_an_english_block_needs_a_name_and_a_summary(klein: Path):
    met_engels(klein, "en:\n  naam: Apply for a passport\n")
    assert regels(klein) == [
        "producten/paspoort.yaml:52:3: de verplichte sleutel 'samenvatting' ontbreekt"
    ]


def zonder_engels(gemeente_map: Path, *namen: str) -> None:
    """Take the English name away from the fixture's channels or themes `namen` (Dutch)."""
    pad = gemeente_map / "gemeente.yml"
    regels = pad.read_text(encoding="utf-8").splitlines(keepends=True)
    for i, regel in enumerate(regels):
        if regel.strip().removeprefix("naam: ").removeprefix("titel: ") in namen:
            assert regels[i + 1].startswith("    en: ")
            regels[i + 1] = ""
    pad.write_text("".join(regels), encoding="utf-8")


def test_dutch_names_on_english_pages_are_one_warning(klein: Path):
    zonder_engels(klein, "Balie", "Post", "Paspoort en ID-kaart", "Afval")
    assert regels(klein) == [
        "gemeente.yml:1:1: de Engelse pagina's tonen Nederlandse namen voor: kanaal 'balie', "
        "kanaal 'post', thema 'documenten'"  # 'afval' has no English product
    ]
    met_engels(klein, "")  # no English pages: Dutch names are no concern
    assert regels(klein) == ["producten/paspoort.yaml:1:1: SDG-product (A1) zonder Engelse tekst"]


# The English pages --------------------------------------------------------------------------

OPTIES = Opties(site_url="https://www.proefdorp.example/", vandaag=DAG)


def paginas(gemeente_map: Path) -> dict[str, Uitvoer]:
    catalogus = laad_catalogus(gemeente_map, DAG).catalogus
    assert catalogus is not None
    return {u.pad: u for u in bouw_site(catalogus, OPTIES) if u.is_pagina}


def test_a_product_with_english_gets_an_english_page_and_an_english_home(klein: Path):
    gebouwd = paginas(klein)
    engels = gebouwd["en/products/paspoort.md"]
    assert engels.meta["title"] == "Apply for a passport"
    assert engels.meta["loket"]["taal"] == "en"
    assert engels.meta["search"] == {"exclude": True}
    for kop in ("What is it?", "How to apply", "What does it cost?", "How long does it take?"):
        assert f"## {kop}" in engels.inhoud
    assert "€ 84.60" in engels.inhoud and "€ 1,234.50" in engels.inhoud
    assert "You can pay by debit card (PIN) or iDEAL." in engels.inhoud
    assert "It takes about **5 working days**." in engels.inhoud
    assert "Last changed on " in engels.inhoud
    jsonld = engels.meta["loket"]["jsonld"]
    assert (jsonld["name"], jsonld["url"]) == (
        "Apply for a passport",
        OPTIES.absolute_url("en/products/paspoort.md"),
    )
    assert "inLanguage" not in jsonld  # schema.org has none for a GovernmentService
    home = gebouwd["en/index.md"]
    assert "[Apply for a passport](products/paspoort.md)" in home.inhoud
    assert "## Passports and ID cards" in home.inhoud  # its theme's English title
    assert "[All channels and opening hours](contact.md)" in home.inhoud
    assert sorted(p for p in gebouwd if p.startswith("en/")) == [
        "en/contact.md",
        "en/index.md",
        "en/products/paspoort.md",
    ]


def test_names_not_translated_stay_dutch_and_are_marked_so(klein: Path):
    zonder_engels(klein, "Balie", "Paspoort en ID-kaart")
    gebouwd = paginas(klein)
    assert '### <span lang="nl">Balie</span>' in gebouwd["en/products/paspoort.md"].inhoud
    contact = gebouwd["en/contact.md"].inhoud
    assert '## <span lang="nl">Balie</span>\n\n*Visit us*' in contact
    assert '### Opening hours: <span lang="nl">Balie</span>' in contact
    home = gebouwd["en/index.md"].inhoud
    assert "# Municipality of Proefdorp" in home
    assert "## Services" in home  # its theme has no English title: no Dutch heading


def test_hreflang_pairs_are_symmetric_on_every_page(klein: Path):
    gebouwd = paginas(klein)
    paren = {}
    for pad, uitvoer in gebouwd.items():
        alternatief = uitvoer.meta.get("loket", {}).get("alternatief")
        if alternatief:
            paren[pad] = alternatief
    assert set(paren) == {
        "index.md",
        "en/index.md",
        "contact.md",
        "en/contact.md",
        "producten/paspoort.md",
        "en/products/paspoort.md",
    }
    pad_van = {OPTIES.absolute_url(pad): pad for pad in gebouwd}
    for pad, alternatief in paren.items():
        assert set(alternatief) == {"nl", "en"}
        assert OPTIES.absolute_url(pad) in alternatief.values()
        for adres in alternatief.values():
            assert paren[pad_van[adres]] == alternatief
    assert paren["producten/paspoort.md"] == {
        "nl": "https://www.proefdorp.example/producten/paspoort/",
        "en": "https://www.proefdorp.example/en/products/paspoort/",
    }


def test_each_language_links_to_the_other(klein: Path):
    gebouwd = paginas(klein)
    assert '[English](../en/products/paspoort.md){: lang="en" hreflang="en" }' in (
        gebouwd["producten/paspoort.md"].inhoud
    )
    assert '[Nederlands](../../producten/paspoort.md){: lang="nl" hreflang="nl" }' in (
        gebouwd["en/products/paspoort.md"].inhoud
    )
    assert "English" not in gebouwd["producten/grofvuil.md"].inhoud


def test_the_feedback_link_on_an_english_page_says_english(klein: Path):
    engels = paginas(klein)["en/products/paspoort.md"].inhoud
    assert "taal=en)" in engels and "taal=nl" not in engels


def test_the_built_english_page_is_english_for_the_browser(klein: Path):
    assert mkdocs_build(klein).returncode == 0
    engels = (klein / "site/en/products/paspoort/index.html").read_text(encoding="utf-8")
    nederlands = (klein / "site/producten/paspoort/index.html").read_text(encoding="utf-8")
    assert '<html lang="en"' in engels and '<html lang="nl"' in nederlands
    assert 'hreflang="nl"' in engels and 'hreflang="en"' in nederlands  # the visible links
    assert "Skip to content" in engels
    sitemap = etree.fromstring((klein / "site/sitemap.xml").read_bytes())
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
    paren = {
        u.findtext("s:loc", namespaces=ns): {
            a.get("hreflang"): a.get("href") for a in u.findall("x:link", ns)
        }
        for u in sitemap.findall("s:url", ns)
    }
    beide = {
        "nl": "https://www.proefdorp.example/producten/paspoort/",
        "en": "https://www.proefdorp.example/en/products/paspoort/",
    }
    assert paren[beide["nl"]] == paren[beide["en"]] == beide
    assert paren["https://www.proefdorp.example/producten/grofvuil/"] == {}
    index = (klein / "site/search/search_index.json").read_text(encoding="utf-8")
    assert "en/products/paspoort" not in index


def test_the_english_contact_page_has_channels_hours_and_closing_days_in_english(klein: Path):
    gebouwd = paginas(klein)
    contact = gebouwd["en/contact.md"]
    assert contact.meta["loket"]["taal"] == "en" and contact.meta["search"] == {"exclude": True}
    tekst = contact.inhoud
    assert tekst.startswith("# Contact us\n\n[Nederlands](../contact.md)")
    assert "## Phone\n\n*Phone or chat*" in tekst  # the English name from gemeente.yml
    assert "### Opening hours: Service desk" in tekst
    assert "| Thursday | 09:00 – 12:00 and 13:00 – 20:00 |" in tekst
    assert '- Address: <span lang="nl">Dorpsstraat 1, 9999 ZZ Proefdorp</span>' in tekst
    assert "## Send official messages digitally" in tekst
    assert "- Friday 25 December 2026: Christmas Day" in tekst
    assert "2020" not in tekst  # a closing day in the past is left out
    assert "[English](en/contact.md)" in gebouwd["contact.md"].inhoud


def test_the_english_home_lists_products_under_english_theme_titles(klein: Path):
    home = paginas(klein)["en/index.md"].inhoud
    assert "## Passports and ID cards\n\n- [Apply for a passport](products/paspoort.md)" in home
    assert "## Services" not in home and "## Waste" not in home  # no English waste product


def test_a_storing_is_on_the_english_pages_too(klein: Path):
    met_storing(klein)
    gebouwd = paginas(klein)
    product = gebouwd["en/products/paspoort.md"].inhoud
    wanneer = md_tekst("on Sunday 22 November 2026 from 08:00 to 12:00")  # as Markdown
    assert f"**Website does not work {wanneer}.**" in product
    assert "Then it is not your fault." in product
    merk = f'**Temporarily not available** {wanneer}: <span lang="nl">Storing Mijn Proefdorp</span>'
    assert merk in product and merk in gebouwd["en/contact.md"].inhoud


# The English search index ---------------------------------------------------------------------


def test_the_english_index_holds_the_english_pages_only_with_their_word_forms(klein: Path):
    catalogus = laad_catalogus(klein, DAG).catalogus
    index = next(u for u in bouw_site(catalogus, OPTIES) if u.pad == ENGELS_INDEX)
    data = json.loads(index.inhoud)
    assert data["config"]["lang"] == ["en"]
    docs = {d["location"]: d for d in data["docs"]}
    assert set(docs) == {"en/", "en/contact/", "en/products/paspoort/"}
    paspoort = docs["en/products/paspoort/"]
    assert paspoort["title"] == "Apply for a passport"
    assert "passports" in paspoort["titelvormen"].split()
    assert "applying" in paspoort["titelvormen"].split()
    gebouwd = paginas(klein)
    for pad in ("en/index.md", "en/contact.md", "en/products/paspoort.md"):
        assert gebouwd[pad].meta["loket"]["zoekindex"] == ENGELS_INDEX
    assert "zoekindex" not in gebouwd["producten/paspoort.md"].meta["loket"]


@pytest.mark.parametrize(
    ("woord", "vorm"),
    [
        ("passport", "passports"),
        ("licence", "licences"),
        ("renew", "renewing"),
        ("move", "moving"),
        ("applies", "apply"),
        ("apply", "applies"),
        ("moving", "move"),
        ("permits", "permit"),
        ("parking", "parked"),
    ],
)
def test_word_forms_reach_the_forms_people_type(woord: str, vorm: str):
    assert vorm in vormen(woord).split()


@given(st.text(max_size=200))
def test_word_forms_are_plain_lower_case_words(tekst: str):
    assert all(re.fullmatch(r"[a-z]+", v) for v in vormen(tekst).split())


@given(st.text(max_size=200))
def test_titles_and_texts_in_the_index_are_html_escaped(tekst: str):
    doc = index_item("en/x.md", tekst, naar_tekst(tekst), OPTIES)
    for veld in ("title", "text"):
        assert "<" not in doc[veld] and ">" not in doc[veld]
    assert html.unescape(doc["title"]) == tekst
