"""The checks a page must pass in a real browser, as functions that return problems as text.

Tests assert that a good site has none and that a deliberately broken one has the right ones.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from playwright.sync_api import BrowserContext, Page

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
# Material keeps the reader's own choices (colour scheme, open tabs) under a path-scoped key.
MATERIAL_VOORKEUR = re.compile(r"^/.*\.__(palette|tabs|expand|consent|search)$")


def _laad_axe(page: Page) -> None:
    """axe-core evaluated from outside the page: a script tag would be an inline script, which
    the pages' Content-Security-Policy rightly blocks."""
    page.evaluate(AXE.read_text(encoding="utf-8"))


def kleurschemas(page: Page) -> list[dict[str, str]]:
    """The colour schemes the page offers (Material's palette toggle), or the one it has."""
    schemas = page.evaluate(
        """() => [...document.querySelectorAll('input[name="__palette"]')].map(i => ({
            scheme: i.dataset.mdColorScheme || '', primary: i.dataset.mdColorPrimary || '',
            accent: i.dataset.mdColorAccent || ''}))"""
    )
    return schemas or [{}]


def zet_kleurschema(page: Page, schema: dict[str, str]) -> None:
    if schema:
        page.evaluate(
            """s => { const b = document.body;
               b.setAttribute('data-md-color-scheme', s.scheme);
               b.setAttribute('data-md-color-primary', s.primary);
               b.setAttribute('data-md-color-accent', s.accent); }""",
            schema,
        )
    # Material animates colour changes: measure contrast only once the transitions are done.
    page.evaluate("() => Promise.all(document.getAnimations().map(a => a.finished))")


def axe_overtredingen(page: Page, naam: str, regels: list[str] | None = None) -> list[str]:
    """Run axe-core on the loaded page in every colour scheme; one line per violating element.

    `regels`: only these axe rules, in the scheme the page has (for rules colour cannot
    change, such as scrollable-region-focusable)."""
    _laad_axe(page)
    problemen = []
    for schema in kleurschemas(page) if regels is None else [{}]:
        zet_kleurschema(page, schema)
        resultaat: dict[str, Any] = page.evaluate(
            """([soort, waarden]) => axe.run(document, {runOnly: {type: soort, values: waarden},
                                                       resultTypes: ['violations']})""",
            ["tag", AXE_TAGS] if regels is None else ["rule", regels],
        )
        for regel in resultaat["violations"]:
            for knoop in regel["nodes"]:
                problemen.append(
                    f"{naam} [{schema.get('scheme') or 'standaard'}]: {regel['id']} "
                    f"({regel['help']}) bij {' '.join(map(str, knoop['target']))}: "
                    f"{knoop['html'][:120]}"
                )
    return problemen


TELEFOON = {"width": 320, "height": 640}
"""WCAG 1.4.10 (reflow): content readable at 320 CSS px without scrolling sideways."""
OP_BREEDTE = ["scrollable-region-focusable"]
"""The axe rule whose outcome a narrow screen changes most: what scrolls sideways there (a
wide table) must be reachable with the keyboard."""


PAGINABREEDTE = "() => [document.documentElement.scrollWidth, window.innerWidth]"


def te_breed(page: Page, naam: str) -> list[str]:
    """The loaded page, if it is wider than the window (WCAG 1.4.10: no sideways scrolling).
    Material hides the page's sideways overflow; the scroll width still counts it."""
    breedte, venster = page.evaluate(PAGINABREEDTE)
    if breedte <= venster:
        return []
    return [f"{naam}: de pagina is {breedte} px breed, het venster {venster} px"]


def axe_regels(page: Page) -> list[str]:
    """The ids of the rules axe runs for our tags, for the record."""
    _laad_axe(page)
    return page.evaluate("tags => axe.getRules(tags).map(r => r.ruleId)", AXE_TAGS)


LUISTER_CSP = """window.__loketCsp = [];
document.addEventListener('securitypolicyviolation', e => window.__loketCsp.push(
  e.effectiveDirective + ' blokkeerde ' + (e.blockedURI || 'inline') +
  (e.sourceFile ? ' (' + e.sourceFile + ':' + e.lineNumber + ')' : '')));"""
"""An init script: every Content-Security-Policy violation of the page, as text."""


def csp_overtredingen(page: Page, naam: str) -> list[str]:
    """The violations `LUISTER_CSP` (added to the context) recorded on the loaded page."""
    return [f"{naam}: {v}" for v in page.evaluate("window.__loketCsp || []")]


def opslag_buiten_material(page: Page) -> list[str]:
    sleutels = page.evaluate("() => Object.keys(localStorage).concat(Object.keys(sessionStorage))")
    return [s for s in sleutels if not MATERIAL_VOORKEUR.match(s)]


def vreemde_hosts(verzoeken: list[str], eigen_host: str) -> list[str]:
    return sorted(
        {
            u
            for u in verzoeken
            if urlsplit(u).netloc not in ("", eigen_host) and not u.startswith(("data:", "blob:"))
        }
    )


WACHT = "() => Promise.all(document.getAnimations().map(a => a.finished))"
ACTIEF = """() => { const e = document.activeElement;
  return e && e !== document.body ? e.tagName.toLowerCase() + '.' + [...e.classList].join('.')
    + (e.getAttribute('href') ? '[' + e.getAttribute('href') + ']' : '') : null; }"""
_VAK = """() => { const r = document.activeElement.getBoundingClientRect();
  return {x: Math.max(r.x - 4, 0), y: Math.max(r.y - 4, 0),
          width: r.width + 8, height: r.height + 8}; }"""


def focus_problemen(page: Page, naam: str) -> tuple[list[str], int]:
    """Tab through the loaded page; every stop must look different focused and unfocused.

    Returns the problems and the number of tab stops seen.
    """
    page.evaluate(WACHT)
    gezien: set[str] = set()
    problemen = []
    for _ in range(300):
        page.keyboard.press("Tab")
        element = page.evaluate(ACTIEF)
        if element is None or element in gezien:
            break
        gezien.add(element)
        page.evaluate(WACHT)
        vak = page.evaluate(_VAK)
        if vak["width"] <= 8 or vak["height"] <= 8:
            problemen.append(f"{naam}: {element} is onzichtbaar maar krijgt focus")
            continue
        met_focus = page.screenshot(clip=vak)
        page.evaluate("() => document.activeElement.blur()")
        page.evaluate(WACHT)
        if met_focus == page.screenshot(clip=vak):
            problemen.append(f"{naam}: {element} toont geen zichtbare focus")
    return problemen, len(gezien)


def privacy_problemen(context: BrowserContext, basis: str, paden: list[str]) -> list[str]:
    """Visit every page; report requests to other hosts, storage and cookies.

    Requests that are not ours are recorded and aborted, so nothing leaves the machine.
    """
    verzoeken: list[str] = []
    context.add_init_script(LUISTER_CSP)  # what the CSP stops never becomes a request
    context.on("request", lambda verzoek: verzoeken.append(verzoek.url))
    context.route(
        "**/*",
        lambda route: route.continue_() if route.request.url.startswith(basis) else route.abort(),
    )
    page = context.new_page()
    problemen = []
    host = urlsplit(basis).netloc
    for pad in paden:
        verzoeken.clear()
        page.goto(basis + pad, wait_until="networkidle")
        problemen += [f"/{pad}: verzoek naar {u}" for u in vreemde_hosts(verzoeken, host)]
        problemen += [f"/{pad}: opslag '{s}'" for s in opslag_buiten_material(page)]
        problemen += csp_overtredingen(page, f"/{pad}")
    problemen += [f"cookie {c['name']}" for c in context.cookies()]
    page.close()
    return problemen


def alleen_lokaal(context: BrowserContext, site_url: str) -> list[str]:
    """Let the context reach `site_url` only: every other request is recorded, then aborted
    (nothing leaves the machine). Returns the list the requests are recorded in."""
    verzoeken: list[str] = []
    context.on("request", lambda verzoek: verzoeken.append(verzoek.url))
    context.route(
        "**/*",
        lambda route: (
            route.continue_() if route.request.url.startswith(site_url) else route.abort()
        ),
    )
    return verzoeken


GRAFIEK_METING = """() => {
  const vlak = e => { const r = e.getBoundingClientRect();
    return {links: r.left, rechts: r.right, breedte: r.width}; };
  const getoond = e => e.getClientRects().length > 0 && !e.closest('[hidden]');
  // The size text is drawn at: its font size times every scale between it and the screen
  // (an SVG viewBox, a CSS transform), read from the rendered geometry, not the stylesheet.
  const schaal = e => {
    if (e instanceof SVGGraphicsElement) {
      const m = e.getScreenCTM(); return Math.hypot(m.c, m.d);
    }
    let s = 1;
    for (let x = e; x; x = x.parentElement) {
      const stijl = getComputedStyle(x);
      const m = new DOMMatrix(stijl.transform === 'none' ? undefined : stijl.transform);
      const xyz = stijl.scale.split(' '), los = stijl.scale === 'none' ? 1 : +(xyz[1] ?? xyz[0]);
      s *= Math.hypot(m.c, m.d) * los * (parseFloat(stijl.zoom) || 1);
    }
    return s;
  };
  const grootte = e => parseFloat(getComputedStyle(e).fontSize) * schaal(e);
  const artikel = document.querySelector('article.md-typeset');
  const stijl = getComputedStyle(artikel), a = vlak(artikel);
  const inhoud = {links: a.links + parseFloat(stijl.paddingLeft),
                  rechts: a.rechts - parseFloat(stijl.paddingRight)};
  let achter = document.querySelector('figure.loket-figuur') || document.body, achtergrond;
  for (; achter; achter = achter.parentElement) {
    achtergrond = getComputedStyle(achter).backgroundColor;
    if (!/^rgba\\(.*, 0\\)$|^transparent$/.test(achtergrond)) break;
  }
  const beschrijf = e => e.tagName.toLowerCase() +
    (e.getAttribute('class') ? '.' + e.getAttribute('class').trim().split(/\\s+/).join('.') : '');
  const figuren = [...document.querySelectorAll('figure.loket-figuur')].map(f => {
    const teksten = [], looper = document.createTreeWalker(f, NodeFilter.SHOW_TEXT);
    for (let n = looper.nextNode(); n; n = looper.nextNode()) {
      const e = n.parentElement;
      if (!n.data.trim() || !getoond(e)) continue;
      const svg = e instanceof SVGElement, s = getComputedStyle(e);
      teksten.push({tekst: n.data.trim(), grootte: grootte(e), kleur: svg ? s.fill : s.color});
    }
    const vormen = [...f.querySelectorAll('rect, line, .loket-legenda__kleur')].filter(getoond)
      .map(e => { const s = getComputedStyle(e);
        return {vorm: beschrijf(e),
                kleur: e.tagName === 'line' ? s.stroke : e instanceof SVGElement ? s.fill
                                                        : s.backgroundColor}; });
    const delen = [...f.querySelectorAll('*')].filter(getoond)
      .map(e => ({deel: beschrijf(e), ...vlak(e)}));
    const beeld = f.querySelector('[role="img"]');
    return {beeld: beeld && vlak(beeld), teksten, vormen, delen};
  });
  return {tekstgrootte: grootte(artikel), inhoud, achtergrond, figuren,
          paginabreedte: document.documentElement.scrollWidth, venster: window.innerWidth};
}"""
"""Every chart on the page: where it lies, the size and colour of its text and its shapes."""
ACHTERGRONDKLEUR = ("loket-grafiek__scheiding", "loket-grafiek__norm-rand")
"""Lines drawn in the background colour on purpose: they part segments, or set the norm off."""
TEKST_CONTRAST, VORM_CONTRAST = 4.5, 3.0
"""WCAG 2.1 AA: 1.4.3 for text, 1.4.11 for the graphics needed to read the chart."""


def rgba(kleur: str) -> tuple[float, float, float, float]:
    """A computed CSS colour, `rgb(1, 2, 3)` or `rgba(1, 2, 3, 0.5)`, as channels and alpha."""
    gevonden = re.fullmatch(r"rgba?\(([\d.]+), ([\d.]+), ([\d.]+)(?:, ([\d.]+))?\)", kleur)
    if gevonden is None:
        raise ValueError(f"onbekende kleur: {kleur}")
    r, g, b, alfa = gevonden.groups()
    return float(r), float(g), float(b), float(alfa or 1)


def contrast(voor: str, achter: str) -> float:
    """The WCAG contrast ratio of colour `voor`, laid over the opaque colour `achter`."""
    *v, alfa = rgba(voor)
    a = rgba(achter)[:3]
    gemengd = [alfa * x + (1 - alfa) * y for x, y in zip(v, a, strict=True)]
    licht = sorted((_luminantie(gemengd), _luminantie(a)), reverse=True)
    return (licht[0] + 0.05) / (licht[1] + 0.05)


def _luminantie(kanalen: list[float] | tuple[float, ...]) -> float:
    lineair = [
        c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
        for c in (k / 255 for k in kanalen)
    ]
    return 0.2126 * lineair[0] + 0.7152 * lineair[1] + 0.0722 * lineair[2]


def grafiek_problemen(page: Page, naam: str) -> tuple[list[str], int]:
    """The charts on the loaded page, as they are drawn now: text smaller than the body text,
    a chart narrower than the content or sticking out of it, text or shapes too faint
    against the background. Returns the problems and the number of text pieces measured."""
    meting: dict[str, Any] = page.evaluate(GRAFIEK_METING)
    body, inhoud, achter = meting["tekstgrootte"], meting["inhoud"], meting["achtergrond"]
    problemen = []
    if meting["paginabreedte"] > meting["venster"]:
        problemen.append(
            f"{naam}: de pagina is {meting['paginabreedte']} px breed, "
            f"het venster {meting['venster']} px"
        )
    gemeten = 0
    for figuur in meting["figuren"]:
        beeld = figuur["beeld"]
        if beeld is None:
            problemen.append(f"{naam}: een figuur zonder grafiek met role=img")
        elif beeld["breedte"] < inhoud["rechts"] - inhoud["links"] - 1:
            problemen.append(f"{naam}: grafiek {beeld['breedte']:.0f} px, smaller dan de tekst")
        problemen += [
            f"{naam}: {d['deel']} steekt buiten de tekstkolom uit"
            for d in figuur["delen"]
            if d["links"] < inhoud["links"] - 0.5 or d["rechts"] > inhoud["rechts"] + 0.5
        ]
        for t in figuur["teksten"]:
            gemeten += 1
            if t["grootte"] < body - 0.01:
                problemen.append(
                    f"{naam}: '{t['tekst']}' is {t['grootte']:.1f} px, de tekst {body:.1f} px"
                )
            if (c := contrast(t["kleur"], achter)) < TEKST_CONTRAST:
                problemen.append(f"{naam}: '{t['tekst']}' heeft contrast {c:.2f}")
        for v in figuur["vormen"]:
            if any(k in v["vorm"] for k in ACHTERGRONDKLEUR):
                continue
            if (c := contrast(v["kleur"], achter)) < VORM_CONTRAST:
                problemen.append(f"{naam}: {v['vorm']} heeft contrast {c:.2f}")
    return problemen, gemeten
