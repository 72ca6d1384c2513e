"""Raw HTML, event handlers and unsafe links in a text: refused wherever content holds text.

Markdown would pass raw HTML through to the page, so a text with a tag, an `on…=` handler or a
`javascript:` link is never accepted, whatever its key, file or table cell.
"""

from __future__ import annotations

import html
import re

_HTML_TAG = re.compile(r"<\s*/?\s*[a-zA-Z][^\s/>]*|<!--")
_AUTOLINK = re.compile(r"^<[a-zA-Z][a-zA-Z0-9+.-]*://|^<[^\s<>]+@")
"""`<https://…>` and `<naam@gemeente.nl>` are Markdown links, not tags."""
_GEBEURTENIS = re.compile(r"(?i)\bon[a-z]{3,}\s*=")
_GEVAARLIJK_SCHEMA = re.compile(r"(?i)\b(javascript|vbscript|livescript)\s*:")
_MD_LINK = re.compile(r"\]\(\s*<?([^)\s>]*)")
_MD_AFBEELDING = re.compile(r"!\[[^\]\n]*\]\(\s*<?([^)\s>]*)")
_MD_DEFINITIE = re.compile(r"(?m)^\s{0,3}\[[^\]]+\]:\s*<?(\S+?)>?(?:\s|$)")
_VERDACHT = re.compile(r"[<=:\]]")
_SCHEMA = re.compile(r"^([a-z][a-z0-9+.-]*):")
_VEILIGE_SCHEMAS = {"https", "mailto", "tel"}
_HINT_HTML = (
    "gebruik Markdown in plaats van HTML: **vet**, *schuin*, [tekst](https://...), "
    "'- ' voor een lijst"
)


def nog_invullen(tekst: str) -> tuple[str, str] | None:
    """(melding, hint) for a placeholder `loket nieuw` left for the redacteur, else None."""
    if "VUL IN" in tekst:
        return "deze tekst moet u nog invullen", "vervang de tekst die met 'VUL IN' begint"
    return None


def tekst_probleem(tekst: str, *, afbeeldingen: bool = False) -> tuple[str, str] | None:
    """(melding, hint) when the text holds raw HTML or an unsafe link, else None. With
    `afbeeldingen`, image sources are left to the Markdown allowlist (veilige_markdown), which
    allows the site's own images (`![kaart](/bestanden/kaart.png)`) and no others."""
    if invullen := nog_invullen(tekst):
        return invullen
    if not _VERDACHT.search(tekst):
        return None  # every check below needs one of these characters

    for tag in _HTML_TAG.finditer(tekst):
        if not _AUTOLINK.match(tekst[tag.start() :]):
            return f"HTML is niet toegestaan ('{tag.group(0).strip()}')", _HINT_HTML
    if handler := _GEBEURTENIS.search(tekst):
        return f"'{handler.group(0).strip()}' is niet toegestaan", _HINT_HTML
    if schema := _GEVAARLIJK_SCHEMA.search(tekst):
        return (
            f"een link met '{schema.group(1)}:' is niet toegestaan",
            "gebruik alleen links die beginnen met https://",
        )
    beelden = {m.end() for m in _MD_AFBEELDING.finditer(tekst)} if afbeeldingen else set()
    links = [m.group(1) for m in _MD_LINK.finditer(tekst) if m.end() not in beelden]
    for doel in [*links, *_MD_DEFINITIE.findall(tekst)]:
        if fout := _link_probleem(doel):
            return fout
    return None


def _link_probleem(doel: str) -> tuple[str, str] | None:
    schoon = re.sub(r"[\s\x00-\x1f]", "", html.unescape(doel)).lower()
    if schoon.startswith("#"):
        return None
    schema = _SCHEMA.match(schoon)
    if schema is None:
        return (
            f"de link '{doel}' is niet volledig",
            "schrijf de hele link, beginnend met https://",
        )
    if schema.group(1) not in _VEILIGE_SCHEMAS:
        hint = "gebruik een link die begint met https://"
        if schema.group(1) == "http":
            return f"de link '{doel}' is niet beveiligd (http)", hint
        return f"een link met '{schema.group(1)}:' is niet toegestaan", hint
    return None
