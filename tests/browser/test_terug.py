"""Coming back to a page with the browser's back button: the menu and the search are closed.

Material keeps them closed with autocomplete="off" on their checkboxes, which HTML does not
allow there (vnu); Loket's base.html leaves it out and md-basis.js closes them instead."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.conftest import Site


def test_menu_and_search_are_closed_after_going_back(browser: Browser, klein_site: Site):
    context = browser.new_context(viewport={"width": 375, "height": 740})
    page = context.new_page()
    for schakelaar in ("__drawer", "__search"):
        page.goto(klein_site.url + "contact/")
        page.wait_for_load_state("load")
        page.evaluate(
            """id => {
                const s = document.getElementById(id);
                s.checked = true;
                s.dispatchEvent(new CustomEvent("change"));
            }""",
            schakelaar,
        )
        assert page.eval_on_selector(f"#{schakelaar}", "s => s.checked")
        page.goto(klein_site.url + "producten/paspoort/")
        page.wait_for_load_state("load")
        page.go_back()
        page.wait_for_load_state("load")
        page.wait_for_function(f"!document.getElementById('{schakelaar}').checked", timeout=5000)
        assert page.url.endswith("/contact/")
    context.close()
