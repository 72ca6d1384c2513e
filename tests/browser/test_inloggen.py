"""Logging in to /beheer/ on the published site starts the right flow, without any network:
GitLab with PKCE (a navigation to the GitLab's /oauth/authorize with the application's id, a
code challenge and this page as redirect), GitHub through the configured OAuth gateway."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import Browser

from tests.browser.conftest import BEHEER, Site, bouw_en_serveer
from tests.browser.controles import alleen_lokaal
from tests.conftest import FIXTURES

GITLAB = "https://git.gemeente.example"
MKDOCS = """\
site_name: Gemeente Proefdorp
site_url: https://www.proefdorp.example/
docs_dir: site_src
theme: {name: material, language: nl}
plugins:
  - search: {lang: nl}
  - loket:
      beheer: true
      beheer_git: {backend: gitlab, repo: proefdorp/site, app_id: abc123, base_url: %s}
"""


@pytest.fixture(scope="module")
def gitlab_site(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Site]:
    overlay = tmp_path_factory.mktemp("overlay")
    (overlay / "mkdocs.yml").write_text(MKDOCS % GITLAB, encoding="utf-8")
    doel = tmp_path_factory.mktemp("gitlab")
    yield from bouw_en_serveer("gitlab", FIXTURES / "klein", doel, overlay=overlay)


def _klik_inloggen(browser: Browser, site: Site, host: str) -> tuple[list[str], list[str]]:
    """Click the login button with every request off this machine recorded and aborted;
    returns (requests, popup addresses)."""
    context = browser.new_context()
    verzoeken = alleen_lokaal(context, site.url)
    popups: list[str] = []
    page = context.new_page()
    page.on("popup", lambda p: popups.append(p.url))
    page.goto(site.url + BEHEER, wait_until="networkidle")
    knop = page.get_by_role("button", name=host)
    knop.wait_for(timeout=20_000)
    knop.click()
    page.wait_for_timeout(1_500)
    context.close()
    return verzoeken, popups


def test_gitlab_login_goes_to_authorize_with_pkce(browser: Browser, gitlab_site: Site):
    verzoeken, _ = _klik_inloggen(browser, gitlab_site, "GitLab")
    autoriseer = [u for u in verzoeken if u.startswith(f"{GITLAB}/oauth/authorize?")]
    assert autoriseer, verzoeken
    vraag = parse_qs(urlsplit(autoriseer[0]).query)
    assert vraag["client_id"] == ["abc123"]
    assert vraag["response_type"] == ["code"]
    assert vraag["code_challenge_method"] == ["S256"]
    assert len(vraag["code_challenge"][0]) >= 43  # base64url of a SHA-256
    assert vraag["redirect_uri"] == [gitlab_site.url + BEHEER]


def test_github_login_opens_the_configured_gateway(browser: Browser, voorbeeld_site: Site):
    verzoeken, popups = _klik_inloggen(browser, voorbeeld_site, "GitHub")
    assert popups, "geen venster geopend"  # Decap opens the gateway in a window of its own
    gateway = [u for u in verzoeken if u.startswith("https://beheer-login.lindewaard.example/")]
    assert gateway, verzoeken
    assert parse_qs(urlsplit(gateway[0]).query)["provider"] == ["github"]


def test_the_example_names_its_gateway(voorbeeld_site: Site):
    config = (voorbeeld_site.map / "beheer" / "config.yml").read_text(encoding="utf-8")
    assert "base_url: https://beheer-login.lindewaard.example" in config
    assert Path(voorbeeld_site.map / "beheer" / "LICENSE").is_file()
