"""The old address of a renamed product sends the visitor on, and is nothing else."""

from __future__ import annotations

from lxml import html
from playwright.sync_api import Browser

from tests.browser.conftest import Site


def test_an_old_address_leads_to_the_product_in_the_browser(browser: Browser, voorbeeld_site: Site):
    assert voorbeeld_site.doorverwijzingen() == ["producten/verklaring-omtrent-gedrag/"]
    page = browser.new_page()
    page.goto(voorbeeld_site.url + "producten/verklaring-omtrent-gedrag/")
    page.wait_for_url(voorbeeld_site.url + "producten/vog/")
    assert page.locator("h1").inner_text().startswith("Verklaring Omtrent het Gedrag")
    page.close()


def test_the_old_address_is_noindex_canonical_and_out_of_search_and_sitemap(voorbeeld_site: Site):
    bestand = voorbeeld_site.map / "producten/verklaring-omtrent-gedrag/index.html"
    doc = html.parse(str(bestand)).getroot()
    assert doc.get("lang") == "nl"
    assert doc.xpath("//meta[@name='robots']/@content") == ["noindex"]
    assert doc.xpath("//meta[@http-equiv='refresh']/@content") == ["0; url=../vog/"]
    assert doc.xpath("//link[@rel='canonical']/@href") == [
        "https://www.lindewaard.example/producten/vog/"
    ]
    assert doc.xpath("//a/@href") == ["../vog/"]
    assert doc.findtext(".//h1").startswith("Deze pagina heet nu: Verklaring Omtrent")
    assert doc.xpath("//meta[@http-equiv='Content-Security-Policy']")
    sitemap = (voorbeeld_site.map / "sitemap.xml").read_text(encoding="utf-8")
    assert "verklaring-omtrent-gedrag" not in sitemap and "/producten/vog/" in sitemap
    index = (voorbeeld_site.map / "search/search_index.json").read_text(encoding="utf-8")
    assert "verklaring-omtrent-gedrag" not in index
