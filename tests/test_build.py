"""Full builds of the fixture gemeenten with `mkdocs build`, inspected in the HTML."""

from __future__ import annotations

import hashlib
import json
import posixpath
import shutil
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from lxml import html

from tests.conftest import FIXTURES, ROOT, loket_check, mkdocs_build


@pytest.fixture(scope="module")
def gebouwd(tmp_path_factory: pytest.TempPathFactory) -> Path:
    gemeente_map = tmp_path_factory.mktemp("klein")
    shutil.copytree(FIXTURES / "klein", gemeente_map, dirs_exist_ok=True)
    uitkomst = mkdocs_build(gemeente_map)
    assert uitkomst.returncode == 0, uitkomst.stderr
    return gemeente_map / "site"


def pagina(site: Path, pad: str) -> html.HtmlElement:
    return html.parse(str(site / pad / "index.html")).getroot()


def alle_paginas(site: Path) -> list[Path]:
    return sorted(p for p in site.rglob("*.html") if p.name != "404.html")


def test_every_page_has_exactly_one_h1(gebouwd: Path):
    paginas = alle_paginas(gebouwd)
    assert len(paginas) >= 10
    for pad in paginas:
        assert len(html.parse(str(pad)).getroot().findall(".//h1")) == 1, pad


def test_generated_pages_are_at_their_stable_urls(gebouwd: Path):
    for pad in (
        "",
        "producten",
        "producten/paspoort",
        "producten/terrasvergunning",
        "themas",
        "themas/afval",
        "contact",
        "over",
    ):
        assert (gebouwd / pad / "index.html").is_file(), pad


def test_product_channels_are_digital_first(gebouwd: Path):
    doc = pagina(gebouwd, "producten/paspoort")
    koppen = [
        h.text_content().strip()
        for h in doc.xpath("//h2[@id='hoe-regelt-u-het']/following-sibling::h3")
    ]
    assert koppen[:3] == ["Website", "Telefoon", "Balie"]


def test_product_page_shows_dutch_amounts_and_channel_price(gebouwd: Path):
    tekst = pagina(gebouwd, "producten/paspoort").text_content()
    assert "€ 84,60" in tekst
    assert "Kosten via dit kanaal: € 1.234,50 (Spoedlevering)" in tekst
    assert "Het duurt ongeveer 5 werkdagen." in tekst
    assert "Wettelijke termijn: 8 weken (Awb 4:13)." in tekst
    assert "Laatst gecontroleerd op 1 oktober 2026 door Team Burgerzaken." in tekst


def test_free_product_says_gratis(gebouwd: Path):
    rij = pagina(gebouwd, "producten/grofvuil").xpath("//table//tr[td]")[0]
    assert [td.text_content() for td in rij.findall("td")] == ["Ophalen tot 2 m³", "gratis"]


def test_json_ld_is_a_government_service(gebouwd: Path):
    doc = pagina(gebouwd, "producten/paspoort")
    [script] = doc.xpath("//script[@type='application/ld+json']")
    data = json.loads(script.text)
    assert data["@type"] == "GovernmentService"
    assert data["name"] == "Paspoort aanvragen"
    assert data["serviceType"] == "Paspoort"
    assert data["provider"] == {"@id": "https://www.proefdorp.example/#gemeente"}
    assert data["areaServed"] == {"@type": "AdministrativeArea", "name": "Proefdorp"}
    assert data["url"] == "https://www.proefdorp.example/producten/paspoort/"
    assert [k["name"] for k in data["availableChannel"]] == ["Website", "Telefoon", "Balie"]
    assert data["offers"][0] == {
        "@type": "Offer",
        "name": "Paspoort 18 jaar en ouder",
        "price": "84.60",
        "priceCurrency": "EUR",
        "validFrom": "2026-01-01",
    }


def test_meta_description_is_the_samenvatting(gebouwd: Path):
    doc = pagina(gebouwd, "producten/terrasvergunning")
    assert doc.xpath("//meta[@name='description']/@content") == [
        "Een vergunning voor een terras bij uw horecazaak."
    ]


def test_every_page_advertises_the_feed_and_has_card_texts(gebouwd: Path):
    """Feed readers find the Atom feed from any page; link previews get title, description and
    the page's own URL (no image, so no request to another host)."""
    paginas = alle_paginas(gebouwd)
    assert len(paginas) > 20
    for bestand in paginas:
        doc = html.parse(str(bestand)).getroot()
        [feed] = doc.xpath("//link[@rel='alternate'][@type='application/atom+xml']/@href")
        doel = posixpath.normpath(
            posixpath.join(bestand.parent.relative_to(gebouwd).as_posix(), feed)
        )
        assert (gebouwd / doel).is_file(), (bestand, feed)
        eigenschap = {m.get("property"): m.get("content") for m in doc.xpath("//meta[@property]")}
        assert eigenschap["og:url"] == doc.xpath("//link[@rel='canonical']/@href")[0], bestand
        assert eigenschap["og:title"], bestand
        beschrijving = doc.xpath("//meta[@name='description']/@content")  # none: none either
        assert eigenschap.get("og:description") == (beschrijving or [None])[0], bestand
        engels = bestand.relative_to(gebouwd).parts[0] == "en"
        assert eigenschap["og:locale"] == ("en_GB" if engels else "nl_NL"), bestand
        [kaart] = doc.xpath("//meta[@name='twitter:title']/@content")
        assert kaart == eigenschap["og:title"]
        assert not doc.xpath("//meta[contains(@property, 'image')]")
    product = pagina(gebouwd, "producten/terrasvergunning")
    assert product.xpath("//meta[@property='og:title']/@content") == ["Terrasvergunning"]
    assert product.xpath("//meta[@property='og:description']/@content") == [
        "Een vergunning voor een terras bij uw horecazaak."
    ]


def test_edit_link_points_at_the_yaml_file(gebouwd: Path):
    links = pagina(gebouwd, "producten/terrasvergunning").xpath("//a/@href")
    assert "https://git.proefdorp.example/site/edit/main/producten/terras.yaml" in links


def test_navigation_stays_small(gebouwd: Path):
    van = "producten/paspoort"
    nav = pagina(gebouwd, van).xpath("//nav[contains(@class,'md-nav--primary')]")[0]
    links = {doel(van, a) for a in nav.xpath(".//a/@href")}
    assert "producten" in links and "contact" in links
    assert not any(link.startswith("producten/") for link in links), links
    titels = [a.text_content().strip() for a in nav.xpath(".//a")]
    for titel in (
        "Alle onderwerpen",
        "Afval",
        "Producten van A tot Z",
        "Contact",
        "Over deze site",
    ):
        assert titel in titels


def test_home_lists_toptaken_in_order_and_search_leads_to_a_z(gebouwd: Path):
    doc = pagina(gebouwd, "")
    assert doc.xpath("//form[@role='search']/@action") == ["producten/"]
    toptaken = doc.xpath("//h2[@id='direct-regelen']/following-sibling::div[1]//a/text()")
    assert toptaken == ["Paspoort aanvragen", "Grofvuil laten ophalen"]


def doel(van: str, href: str) -> str:
    """The site path a relative link on page `van` points at, e.g. `producten/paspoort`."""
    return posixpath.normpath(posixpath.join(van, urlsplit(href).path)).strip("/").removeprefix(".")


def test_every_product_is_reachable_from_home_by_links(gebouwd: Path):
    gezien, te_doen = set(), [""]
    while te_doen:
        pad = te_doen.pop()
        if pad in gezien or not (gebouwd / pad / "index.html").is_file():
            continue
        gezien.add(pad)
        hrefs = pagina(gebouwd, pad).xpath("//article//a/@href | //nav//a/@href")
        te_doen += [doel(pad, h) for h in hrefs if not urlsplit(h).scheme and urlsplit(h).path]
    producten = {
        p.parent.relative_to(gebouwd).as_posix()
        for p in (gebouwd / "producten").glob("*/index.html")
    }
    assert len(producten) == 3
    assert producten <= gezien


def test_contact_page_shows_opening_hours_and_upcoming_closing_days(gebouwd: Path):
    tekst = pagina(gebouwd, "contact").text_content()
    assert "09.00 – 12.00 uur en 13.00 – 20.00 uur" in tekst
    assert "Eerste Kerstdag" in tekst
    assert "Nieuwjaarsdag 2020" not in tekst
    koppen = [h.text_content().strip() for h in pagina(gebouwd, "contact").findall(".//h2")]
    assert koppen[:4] == ["Website", "Telefoon", "Balie", "Post"]


def test_no_request_to_another_host(gebouwd: Path):
    for pad in alle_paginas(gebouwd):
        doc = html.parse(str(pad)).getroot()
        bronnen = doc.xpath(
            "//link[@rel='stylesheet' or @rel='preconnect']/@href | //script/@src | //img/@src"
        )
        extern = [b for b in bronnen if urlsplit(b).netloc]
        assert extern == [], pad
    assert "fonts.googleapis.com" not in (gebouwd / "index.html").read_text()


def _hashes(site: Path) -> dict[str, str]:
    return {
        p.relative_to(site).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(site.rglob("*"))
        if p.is_file()
    }


def test_failed_build_leaves_previous_site_untouched(klein: Path):
    assert mkdocs_build(klein).returncode == 0
    voor = _hashes(klein / "site")
    (klein / "producten" / "paspoort.yaml").write_text(
        "naam: Paspoort\nkostne: 12\n", encoding="utf-8"
    )
    uitkomst = mkdocs_build(klein)
    assert uitkomst.returncode != 0
    assert (
        "producten/paspoort.yaml:2:1: onbekende sleutel 'kostne'; bedoelde u 'kosten'?"
        in uitkomst.stderr
    )
    assert "de site is niet gebouwd" in uitkomst.stderr
    assert "Traceback" not in uitkomst.stderr
    assert _hashes(klein / "site") == voor


def test_hand_written_page_may_not_clash_with_a_generated_one(klein: Path):
    assert mkdocs_build(klein).returncode == 0
    voor = _hashes(klein / "site")
    (klein / "site_src" / "contact.md").write_text("# Contact\n", encoding="utf-8")
    uitkomst = mkdocs_build(klein)
    assert uitkomst.returncode != 0
    assert "site_src/contact.md:1:1: Loket maakt deze pagina zelf (uit gemeente.yml)" in (
        uitkomst.stderr
    )
    assert _hashes(klein / "site") == voor
    check = loket_check(klein)
    assert check.returncode == 1
    assert "site_src/contact.md:1:1: Loket maakt deze pagina zelf" in check.stderr


def test_minimal_mkdocs_yml_builds_without_servicenormen_or_sociale_kaart(tmp_path: Path):
    gemeente_map = tmp_path / "minimaal"
    shutil.copytree(FIXTURES / "minimaal", gemeente_map)
    uitkomst = mkdocs_build(gemeente_map)
    assert uitkomst.returncode == 0, uitkomst.stderr
    doc = pagina(gemeente_map / "site", "producten/afvalpas")
    assert doc.findtext(".//h1") == "Afvalpas"
    assert "fonts.googleapis.com" not in (gemeente_map / "site" / "index.html").read_text()


def test_example_gemeente_builds_strict(tmp_path: Path):
    uitkomst = mkdocs_build(ROOT, tmp_path / "site", strict=True)
    assert uitkomst.returncode == 0, uitkomst.stderr
    producten = list((tmp_path / "site" / "producten").glob("*/index.html"))
    themas = list((tmp_path / "site" / "themas").glob("*/index.html"))
    assert len(producten) >= 30 and len(themas) >= 8


def test_kwaliteitshandvest_groups_promises_by_dimension(gebouwd: Path):
    doc = pagina(gebouwd, "kwaliteitshandvest")
    assert [h.text_content() for h in doc.findall(".//article//h2")] == [
        "Bereikbaarheid",
        "Doorlooptijd",
    ]
    tekst = doc.text_content()
    assert "Onze norm: binnen 30 seconden, bij 80 % van de gesprekken." in tekst
    assert "Gemeten in het 3e kwartaal 2026: 80 %, gehaald." in tekst
    assert "Gemeten in het 3e kwartaal 2026: 93,1 %, niet gehaald." in tekst
    assert "In het 3e kwartaal 2026 hielden we ons aan 1 van de 2 beloften." in tekst


def test_norm_page_has_an_accessible_chart_and_its_table(gebouwd: Path):
    doc = pagina(gebouwd, "kwaliteitshandvest/telefoon-opnemen")
    [grafiek] = doc.xpath("//figure/*[@role='img']")
    namen = grafiek.get("aria-labelledby").split()
    [titel] = grafiek.xpath(f".//*[@id='{namen[0]}']")
    assert titel.text == "Telefoon snel opnemen: percentage gehaald per periode, norm 80 %"
    assert "De tabel onder de grafiek" in grafiek.xpath(f".//*[@id='{namen[1]}']")[0].text
    staven = grafiek.xpath(".//*[local-name()='rect']")
    assert [(s.get("class"), s.get("width")) for s in staven] == [
        ("loket-grafiek__staaf--gehaald", "84.2%"),
        ("loket-grafiek__staaf--niet-gehaald", "79.9%"),
        ("loket-grafiek__staaf--gehaald", "80.0%"),
    ]
    labels = grafiek.xpath(".//*[@class='loket-grafiek__label']/text()")
    assert labels == ["K1 2026", "K2 2026", "K3 2026"]
    assert grafiek.xpath(".//*[@class='loket-grafiek__norm']/@x1") == ["80.0%"] * 3
    # lxml lowercases attribute names: a viewBox would scale whatever is drawn in it
    assert not grafiek.xpath(".//*[@viewbox or @style]")
    rijen = [[td.text_content() for td in tr.findall("td")] for tr in doc.xpath("//table//tr[td]")]
    assert rijen[1] == ["2e kwartaal 2026", "79,9 %", "nee", "1.350"]
    assert "Wat kunt u doen als wij ons niet aan de belofte houden?" in doc.text_content()
    assert not doc.xpath("//script[not(@src)][contains(., 'svg')]")


def test_product_page_shows_its_promise_with_latest_figure(gebouwd: Path):
    tekst = pagina(gebouwd, "producten/paspoort").text_content()
    assert (
        "Uw paspoort of ID-kaart is binnen 5 werkdagen klaar. Gemeten in het 3e kwartaal "
        "2026: 93,1 %, niet gehaald."
    ) in tekst


def test_home_says_how_many_promises_were_kept(gebouwd: Path):
    doc = pagina(gebouwd, "")
    assert doc.xpath("//h2[@id='hoe-goed-houden-we-ons-aan-onze-beloften']")
    assert "hielden we ons aan 1 van de 2 beloften" in doc.text_content()


def test_dienstverlening_in_cijfers_shows_channel_shift(gebouwd: Path):
    doc = pagina(gebouwd, "dienstverlening-in-cijfers")
    rijen = [
        [td.text_content() for td in tr.findall("td")] for tr in doc.xpath("(//table)[1]//tr[td]")
    ]
    assert rijen == [
        ["2024", "40 %", "30 %", "25 %", "5 %", "10.000"],
        ["2025", "55 %", "26 %", "16 %", "3 %", "10.000"],
    ]
    [grafiek] = doc.xpath("//figure/*[@role='img']")
    assert grafiek.xpath(".//*[@class='loket-grafiek__label']/text()") == ["2024", "2025"]
    balken = grafiek.xpath(".//*[local-name()='svg']")
    assert [[(r.get("x"), r.get("width")) for r in b.findall("rect")] for b in balken] == [
        [("0.0%", "40.0%"), ("40.0%", "30.0%"), ("70.0%", "25.0%"), ("95.0%", "5.0%")],
        [("0.0%", "55.0%"), ("55.0%", "26.0%"), ("81.0%", "16.0%"), ("97.0%", "3.0%")],
    ]


def test_gemeente_without_servicenormen_has_no_handvest(tmp_path: Path):
    gemeente_map = tmp_path / "minimaal"
    shutil.copytree(FIXTURES / "minimaal", gemeente_map)
    assert mkdocs_build(gemeente_map).returncode == 0
    assert not (gemeente_map / "site" / "kwaliteitshandvest").exists()


def test_sociale_kaart_overview_counts_categories(gebouwd: Path):
    doc = pagina(gebouwd, "sociale-kaart")
    kaarten = [a.text_content() for a in doc.xpath("//div[contains(@class,'cards')]//a")]
    assert kaarten == [
        "Zorg en gezondheid (1 organisatie)",
        "Geld en schulden (2 organisaties)",
        "Wonen (1 organisatie)",
    ]
    items = doc.xpath("//*[@data-loket-organisatie]")
    assert [i.tag for i in items] == ["li"] * 4
    assert [(a.text, a.get("href")) for a in items[0].xpath("./a")] == [
        ("Huurteam Proefdorp", "huurteam-proefdorp/")
    ]
    assert items[0].text_content() == "Huurteam Proefdorp"  # the description is on its page
    assert (items[0].get("data-verwijzing"), items[0].get("data-trefwoorden")) == ("nee", "huur")
    assert not doc.xpath("//h3"), "one heading per organisation made the overview heavy"


def test_sociale_kaart_category_lists_by_name_with_filter_data(gebouwd: Path):
    doc = pagina(gebouwd, "sociale-kaart/geld")
    items = doc.xpath("//*[@data-loket-organisatie]")
    assert [i.findtext(".//h2/a") for i in items] == [
        "Maatjes bij geldzorgen",
        "Voedselbank Proefdorp",
    ]
    assert items[1].get("data-verwijzing") == "ja" and items[1].get("data-gratis") == "ja"
    [formulier] = doc.xpath("//form[@data-loket-filter]")
    assert formulier.xpath(".//select/option/@value") == ["", "iedereen", "ouderen", "ouders"]
    assert formulier.xpath(".//label/@for") == [
        f"loket-filter-{n}" for n in ("zoek", "doelgroep", "gratis", "zonder-verwijzing")
    ]
    assert formulier.findtext(".//p[@role='status']") == "2 van de 2 organisaties"
    assert doc.xpath("//script[contains(@src, 'sociale-kaart.js')]")


def test_organisation_page_with_tel_link_and_json_ld(gebouwd: Path):
    doc = pagina(gebouwd, "sociale-kaart/wijkteam-proefdorp")
    assert doc.xpath("//a[@href='tel:140999']/text()") == ["14 0999"]
    assert "Bijgewerkt op 1 oktober 2026." in doc.text_content()
    [script] = doc.xpath("//script[@type='application/ld+json']")
    data = json.loads(script.text)
    assert data["@type"] == "Organization"
    assert data["telephone"] == "14 0999"
    assert data["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Dorpsstraat 3",
        "postalCode": "9999 ZZ",
        "addressLocality": "Proefdorp",
        "addressCountry": "NL",
    }


def test_product_page_shows_hulp_in_de_buurt(gebouwd: Path):
    doc = pagina(gebouwd, "producten/paspoort")
    assert doc.xpath("//h2[@id='hulp-in-de-buurt']")
    assert doc.xpath("//a[@href='../../sociale-kaart/wijkteam-proefdorp/']/text()") == [
        "Wijkteam Proefdorp"
    ]
