"""The sociale kaart filter: progressive enhancement with first-party JavaScript."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.conftest import Site


def zichtbaar(page) -> list[str]:
    return page.eval_on_selector_all(
        "[data-loket-organisatie]:not([hidden]) a", "as => as.map(a => a.textContent)"
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
    assert page.locator("form.loket-filter").is_hidden()
    context.close()


def test_the_overview_filters_its_short_list_of_names(browser: Browser, klein_site: Site):
    """The overview lists names only; the filter still reads each organisation's data."""
    page = browser.new_page()
    page.goto(klein_site.url + "sociale-kaart/")
    assert zichtbaar(page) == [
        "Huurteam Proefdorp",
        "Maatjes bij geldzorgen",
        "Voedselbank Proefdorp",
        "Wijkteam Proefdorp",
    ]
    page.get_by_label("Zoek op naam of onderwerp").fill("huur")
    assert zichtbaar(page) == ["Huurteam Proefdorp"]
    assert page.get_by_role("status").inner_text() == "1 van de 4 organisaties"
    page.get_by_label("Zoek op naam of onderwerp").fill("")
    page.get_by_label("Zonder verwijzing").check()
    assert zichtbaar(page) == ["Huurteam Proefdorp", "Maatjes bij geldzorgen", "Wijkteam Proefdorp"]
    page.close()


def test_the_filter_is_there_at_the_first_paint_so_the_list_does_not_move(
    browser: Browser, klein_site: Site
):
    """Added by the script, the form pushed the list down after the first paint."""
    page = browser.new_page(viewport={"width": 412, "height": 823})
    page.goto(klein_site.url + "sociale-kaart/geld/", wait_until="networkidle")
    verschuivingen = page.evaluate(
        """() => new Promise(klaar => {
            new PerformanceObserver(lijst => klaar(lijst.getEntries().map(e => e.value)))
                .observe({type: "layout-shift", buffered: true});
            setTimeout(() => klaar([]), 500);
        })"""
    )
    assert verschuivingen == []
    assert page.locator("form.loket-filter").is_visible()
    page.close()
