"""What a first visit costs: every response a page loads, measured gzipped."""

from __future__ import annotations

import gzip
from dataclasses import dataclass, field

from playwright.sync_api import Browser


@dataclass
class Bezoek:
    bestanden: dict[str, int] = field(default_factory=dict)
    """URL → bytes transferred when gzipped (as a server with compression sends it)."""

    @property
    def totaal(self) -> int:
        return sum(self.bestanden.values())

    def geladen(self, deel: str) -> bool:
        return any(deel in url for url in self.bestanden)


def eerste_bezoek(browser: Browser, url: str) -> Bezoek:
    """Load `url` in a fresh browser (empty cache) and wait until the network is quiet."""
    context = browser.new_context()
    bezoek = Bezoek()

    def bewaar(antwoord) -> None:  # type: ignore[no-untyped-def]
        try:
            bezoek.bestanden[antwoord.url] = len(gzip.compress(antwoord.body(), 9))
        except Exception:  # a redirect or an aborted request has no body
            bezoek.bestanden.setdefault(antwoord.url, 0)

    context.on("response", bewaar)
    page = context.new_page()
    page.goto(url, wait_until="networkidle")
    page.wait_for_timeout(500)
    context.close()
    return bezoek
