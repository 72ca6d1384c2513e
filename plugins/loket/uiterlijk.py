"""What Loket adds to the theme: the same for the MkDocs plugin and for `loket export`."""

from __future__ import annotations

from pathlib import Path

TEMPLATES = Path(__file__).resolve().parent / "templates"
"""Material overrides (page templates, partials) and assets/loket/ (CSS, first-party JS)."""
CSS = "assets/loket/loket.css"
MARKDOWN_EXTENSIES = ("attr_list", "md_in_html", "tables", "toc")
"""The generated Markdown uses attribute lists (classes, search exclusion) and Markdown in HTML."""
