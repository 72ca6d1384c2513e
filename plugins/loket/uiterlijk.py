"""What Loket adds to the theme: the same for the MkDocs plugin and for `loket export`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from loket.model import Gemeente
from loket.pages.feed import FEED_PAD, feed_titel
from loket.pages.huisstijl import HUISSTIJL_CSS, beeld_pad
from loket.pages.teksten import NL

TEMPLATES = Path(__file__).resolve().parent / "templates"
"""Material overrides (page templates, partials) and assets/loket/ (CSS, first-party JS)."""
CSS = "assets/loket/loket.css"
CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "worker-src 'self'",
        "manifest-src 'self'",
        "media-src 'self'",
        "frame-src 'none'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
    ]
)
"""Every public page's Content-Security-Policy: scripts, styles, images, fonts and connections
from the site itself only; no inline script at all (Loket's templates load Material's start-up
code from files); images also as `data:` (Material's icons in its CSS). As an HTTP header the
webserver adds `frame-ancestors 'self'`, which a `<meta>` cannot carry (docs/beveiliging.md)."""


SERVE_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
"""For `mkdocs serve` only: its live reload is an inline script. Never published."""


def extra(
    bestaand: dict | None,
    gemeente: Gemeente,
    *,
    serve: bool = False,
    voorbeeld: date | None = None,
    mededelingen: list[str] | None = None,
) -> dict:
    """`config.extra` with what Loket's templates read: `extra.loket.csp`; the gemeente's name
    (`extra.loket.naam`, the logo's text alternative); for a peildatum after today
    `extra.loket.voorbeeld` (the date in words, for the preview banner); and the notices for
    every page as finished, sanitised HTML blocks (`extra.loket.mededelingen`); the change feed
    every page links to (`extra.loket.feed`: its path and title)."""
    uit = dict(bestaand or {})
    loket = {**(uit.get("loket") or {}), "csp": SERVE_CSP if serve else CSP}
    loket["naam"] = gemeente.naam
    loket["feed"] = {"pad": FEED_PAD, "titel": feed_titel(gemeente)}
    loket.pop("voorbeeld", None)
    loket["mededelingen"] = list(mededelingen or [])
    if voorbeeld is not None:
        loket["voorbeeld"] = NL.datum(voorbeeld)
    uit["loket"] = loket
    return uit


MARKDOWN_EXTENSIES = ("attr_list", "md_in_html", "tables", "toc")
"""The generated Markdown uses attribute lists (classes, search exclusion) and Markdown in HTML."""


def stylesheets(gemeente: Gemeente) -> list[str]:
    """Loket's CSS, and the huisstijl's after it (it sets Material's colours)."""
    return [CSS, HUISSTIJL_CSS] if gemeente.huisstijl else [CSS]


def thema_beelden(gemeente: Gemeente) -> dict[str, str]:
    """`theme.logo` and `theme.favicon` for the huisstijl's images, where it has them."""
    if gemeente.huisstijl is None:
        return {}
    paden = {s: beeld_pad(gemeente.huisstijl, s) for s in ("logo", "favicon")}
    return {sleutel: pad for sleutel, pad in paden.items() if pad}
