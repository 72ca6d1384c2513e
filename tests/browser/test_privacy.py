"""No request to any host but our own, no cookies, no storage beyond Material's preferences."""

from __future__ import annotations

from playwright.sync_api import Browser

from tests.browser.conftest import Site
from tests.browser.controles import privacy_problemen


def test_no_third_party_requests_cookies_or_storage(browser: Browser, site: Site):
    context = browser.new_context()
    problemen = privacy_problemen(context, site.url, site.paginas())
    context.close()
    assert problemen == [], "\n".join(problemen)
