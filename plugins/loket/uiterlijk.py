"""What Loket adds to the theme: the same for the MkDocs plugin and for `loket export`."""

from __future__ import annotations

from pathlib import Path

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


VOORBEELD_CSP = CSP.replace("script-src 'self'", "script-src 'self' 'unsafe-inline'")
"""For `mkdocs serve` only: its live reload is an inline script. Never published."""


def extra(bestaand: dict | None, *, voorbeeld: bool = False) -> dict:
    """`config.extra` with what Loket's templates read: `extra.loket.csp`."""
    uit = dict(bestaand or {})
    uit["loket"] = {**(uit.get("loket") or {}), "csp": VOORBEELD_CSP if voorbeeld else CSP}
    return uit


MARKDOWN_EXTENSIES = ("attr_list", "md_in_html", "tables", "toc")
"""The generated Markdown uses attribute lists (classes, search exclusion) and Markdown in HTML."""
