"""The sociale kaart filter: progressive enhancement with first-party JavaScript."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.conftest import Site


def zichtbaar(page) -> list[str]:
    return page.eval_on_selector_all(
        "[data-loket-organisatie]:not([hidden]) h2 a", "as => as.map(a => a.textContent)"
    )


def test_filter_hides_what_does_not_match(browser: Browser, klein_site: Site):
    page = browser.new_page()
    page.goto(klein_site.url + "sociale-kaart/geld/")
    assert zichtbaar(page) == ["Maatjes bij geldzorgen", "Voedselbank Proefdorp"]
    page.get_by_label("Zonder verwijzing").check()
    assert zichtbaar(page) == ["Maatjes bij geldzorgen"]
    assert page.get_by_role("status").inner_text() == "1 van de 2 organisaties"
    page.get_by_label("Zonder verwijzing").uncheck()
    page.get_by_label("Voor wie").select_option("ouderen")
    assert zichtbaar(page) == ["Voedselbank Proefdorp"]
    page.get_by_label("Voor wie").select_option("")
    page.get_by_label("Zoek op naam of onderwerp").fill("voedselpakket")
    assert zichtbaar(page) == ["Voedselbank Proefdorp"]
    page.close()


def test_without_javascript_everything_is_listed_and_no_filter_shows(
    browser: Browser, klein_site: Site
):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(klein_site.url + "sociale-kaart/geld/")
    assert zichtbaar(page) == ["Maatjes bij geldzorgen", "Voedselbank Proefdorp"]
    assert page.locator("form.loket-filter").count() == 0
    context.close()
