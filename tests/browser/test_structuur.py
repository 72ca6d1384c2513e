"""Page structure: language, one h1, unique titles, landmarks, text at 200 %. Reflow at 320 px
is checked with axe-core at that width, on the same page visits (test_axe.py)."""

from __future__ import annotations

from collections import Counter

from playwright.sync_api import Browser

from tests.browser.conftest import Site

LANDMARKEN = """() => ({
  header: document.querySelectorAll('header, [role=banner]').length,
  nav: document.querySelectorAll('nav, [role=navigation]').length,
  main: document.querySelectorAll('main, [role=main]').length,
  footer: document.querySelectorAll('footer, [role=contentinfo]').length,
})"""

# Text that is cut off: an element that clips its overflow but has more content than room.
AFGEKAPT = """() => [...document.querySelectorAll('body *')].filter(e => {
  const s = getComputedStyle(e);
  const knipt = v => ['hidden', 'clip'].includes(v);
  if (!knipt(s.overflowX) && !knipt(s.overflowY)) return false;
  if (!e.innerText || !e.innerText.trim()) return false;
  if (!e.checkVisibility({opacityProperty: true, visibilityProperty: true})) return false;
  const r = e.getBoundingClientRect();
  if (r.width < 2 || r.height < 2) return false;
  return e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1;
}).map(e => e.tagName.toLowerCase() + '.' + [...e.classList].join('.'))"""


def test_language_h1_titles_and_landmarks(browser: Browser, site: Site):
    page = browser.new_page()
    titels: Counter[str] = Counter()
    problemen = []
    for pad in site.paginas():
        page.goto(site.url + pad)
        taal = "en" if pad.startswith("en/") else "nl"  # the English pages live under /en/
        if page.get_attribute("html", "lang") != taal:
            problemen.append(f"/{pad}: lang is niet {taal}")
        if page.locator("h1").count() != 1:
            problemen.append(f"/{pad}: {page.locator('h1').count()} h1-koppen")
        landmarken = page.evaluate(LANDMARKEN)
        problemen += [f"/{pad}: geen {naam}" for naam, aantal in landmarken.items() if aantal == 0]
        titels[page.title()] += 1
    problemen += [f"titel '{t}' komt {n} keer voor" for t, n in titels.items() if n > 1]
    page.close()
    assert problemen == [], "\n".join(problemen)


def test_text_at_200_percent_loses_nothing(browser: Browser, site: Site):
    """Text-only zoom (WCAG 1.4.4): root font size doubled at a desktop width."""
    page = browser.new_page(viewport={"width": 1280, "height": 800})
    problemen = []
    for pad in site.paginas():
        page.goto(site.url + pad)
        # Material's root is 125 %; set from outside (CSSOM), as a style tag would be an
        # inline style, which the pages' Content-Security-Policy rightly blocks.
        page.evaluate(
            "() => document.documentElement.style.setProperty('font-size', '250%', 'important')"
        )
        breedte = page.evaluate("() => document.documentElement.scrollWidth")
        if breedte > 1280:
            problemen.append(f"/{pad}: {breedte} px breed bij 200 % tekst")
        problemen += [f"/{pad}: tekst afgekapt in {e}" for e in page.evaluate(AFGEKAPT)]
    page.close()
    assert problemen == [], "\n".join(problemen)
