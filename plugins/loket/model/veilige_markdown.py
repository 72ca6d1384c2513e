"""The Markdown redacteuren may write: a small language, rendered here and sanitised here.

Fields marked Markdown are rendered by this module only, with the features redacteuren need
(paragraphs, lists, emphasis, links, headings from ### down, tables, quotes), and the HTML
passes the allowlist below through nh3 (the Ammonia sanitiser). The site's own Markdown
extensions never see this text: pages embed the result as a finished HTML block.

`problemen` says in Dutch what the sanitiser would remove, so `loket check` teaches what the
sanitiser enforces anyway. Both read the same allowlist.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from html.parser import HTMLParser
from typing import Any

import markdown
import nh3

TOEGESTAAN: dict[str, frozenset[str]] = {
    **{t: frozenset() for t in ("p", "br", "strong", "em", "code", "pre", "blockquote", "hr")},
    **{t: frozenset() for t in ("ul", "ol", "li", "h3", "h4", "h5", "h6")},
    **{t: frozenset() for t in ("table", "thead", "tbody", "tr", "th", "td")},
    "a": frozenset({"href", "title"}),
    "img": frozenset({"src", "alt", "title"}),
}
"""Every element and attribute that rendered Markdown may hold: no `style`, `id` or `class`."""
SCHEMAS = frozenset({"https", "mailto", "tel"})
"""Link schemes besides site-relative links."""

_SCHEMA = re.compile(r"^([a-z][a-z0-9+.-]*):")
_VERDACHT = re.compile(r"[<&\[\]!{}#]|^ {0,3}(?:=+|-+)[ \t]*$", re.MULTILINE)
"""Text without any of these renders to paragraphs, lists and emphasis only: always allowed."""
_ATTRIBUTEN = re.compile(r"\{:|\{\s*[.#][\w-]")
_HINT_HTML = (
    "gebruik Markdown in plaats van HTML: **vet**, *schuin*, [tekst](https://...), "
    "'- ' voor een lijst"
)
_HINT_KOP = "gebruik ### voor een tussenkop: de pagina heeft zelf al koppen met # en ##"
_HINT_AFBEELDING = (
    "een afbeelding van een andere website is niet toegestaan: zet het bestand in site_src/ "
    "(in het webbeheer: 'Afbeelding invoegen') en link ernaar met /bestanden/…"
)


def schema_van(url: str) -> str | None:
    """The scheme as a browser reads it (case, whitespace and control characters ignored)."""
    schoon = re.sub(r"[\x00-\x20\x7f]", "", url).lower()
    gevonden = _SCHEMA.match(schoon)
    return gevonden.group(1) if gevonden else None


def is_eigen_adres(url: str) -> bool:
    """A link or image on this site itself: no scheme and no `//host`."""
    schoon = re.sub(r"[\x00-\x20\x7f]", "", url).replace("\\", "/")
    return schema_van(url) is None and not schoon.startswith("//")


def naar_html(tekst: str) -> str:
    """Markdown → sanitised HTML fragment (empty for what validation refuses)."""
    return _bewaard(tekst) if _onthouden else _naar_html(tekst)


def onthouden(aan: bool) -> None:
    """Keep rendered fields per text (`mkdocs serve`: a rebuild renders only the fields that
    changed); a single build would only hold them all until it ends."""
    global _onthouden
    _onthouden = aan
    if not aan:
        _bewaard.cache_clear()


def _naar_html(tekst: str) -> str:
    if len(tekst) > MAX_LENGTE:
        return ""
    eenvoudig = _eenvoudig(tekst)
    if eenvoudig is not None:
        return eenvoudig
    try:
        return _schoon(_render(tekst))
    except _TeDiep:
        return ""


_GEEN_OPMAAK = re.compile(r"[\\`*_\[\]!<>&|#]")
"""Characters Python-Markdown (with tables) reads as syntax, or escapes, anywhere in a line."""
_BEGIN_BLOK = re.compile(r"[-+*>#=]|\d+[.)]")


def _eenvoudig(tekst: str) -> str | None:
    """The HTML of a text of plain paragraphs and plain `- ` lists, the commonest fields, as
    Python-Markdown renders it and nh3 leaves it, without either; None for any other text.

    Plain means: printable characters only, none that Markdown reads as syntax, no space at
    either end of a line, blocks apart by blank lines, and no two lists in a row (Markdown
    would join them into one loose list). `tests/test_veilige_markdown.py` holds it to the
    full renderer."""
    if _GEEN_OPMAAK.search(tekst):
        return None
    blokken: list[str] = []
    lijst_ervoor = False
    for blok in re.split(r"\n{2,}", tekst.strip("\n")):
        regels = blok.split("\n")
        if any(not r.isprintable() or r != r.strip() or not r for r in regels):
            return None
        if regels[0].startswith("- "):
            items = [r[2:] for r in regels if r.startswith("- ")]
            if lijst_ervoor or len(items) != len(regels) or not _gewone_regels(items):
                return None
            blokken.append("<ul>\n" + "".join(f"<li>{i}</li>\n" for i in items) + "</ul>")
            lijst_ervoor = True
        else:
            if not _gewone_regels(regels):
                return None
            blokken.append("<p>" + "\n".join(regels) + "</p>")
            lijst_ervoor = False
    return "\n".join(blokken)


def _gewone_regels(regels: list[str]) -> bool:
    """No line (or list item's text) is empty, has a space at either end, or starts a block
    of another kind (a list, quote, heading or numbered item)."""
    return all(r and r == r.strip() and not _BEGIN_BLOK.match(r) for r in regels)


_bewaard = lru_cache(maxsize=1 << 15)(_naar_html)
_onthouden = False


def naar_html_regel(tekst: str) -> str:
    """As `naar_html`, for one line in a list: without the paragraph around it."""
    html = naar_html(tekst)
    if html.startswith("<p>") and html.endswith("</p>") and html.count("<p>") == 1:
        return html[3:-4]
    return html


def naar_tekst(tekst: str) -> str:
    """Markdown → its words only, as HTML text (`&`, `<` and `>` as entities), on one line:
    for a search index, whose text the browser reads as HTML."""
    return " ".join(nh3.clean(naar_html(tekst), tags=set()).split())


MAX_LENGTE = 10_000
"""Characters in one Markdown field: a long page's worth. Rendering odd Markdown takes time
that grows faster than its length, so the length is bounded before anything renders."""


class _TeDiep(Exception):
    """Lists or quotes nested so deep that the renderer gives up."""


def problemen(tekst: str) -> list[tuple[str, str]]:
    """(melding, hint) for each thing the sanitiser would remove or that does not render."""
    if len(tekst) > MAX_LENGTE:
        hint = "maak de tekst korter of verdeel hem over meer velden"
        return [(f"deze tekst is {len(tekst)} tekens lang; de grens is {MAX_LENGTE}", hint)]
    if not _VERDACHT.search(tekst):
        return []
    gevonden = []
    if _ATTRIBUTEN.search(tekst):
        gevonden.append(
            (
                "opmaak met '{: ... }' is niet toegestaan",
                "haal het deel tussen { } weg; Loket kiest de opmaak van de pagina zelf",
            )
        )
    try:
        html = _render(tekst)
    except _TeDiep:
        hint = "gebruik hooguit een paar niveaus van lijsten in lijsten of citaten in citaten"
        return [*gevonden, ("de lijsten of citaten zijn te diep genest", hint)]
    lezer = _Lezer()
    lezer.feed(html)
    lezer.close()
    return gevonden + lezer.problemen


@cache
def _md() -> markdown.Markdown:
    md = markdown.Markdown(extensions=["tables"], output_format="html")
    md.treeprocessors.register(_ZonderStijl(md), "loket_zonder_stijl", 0)
    return md


def _render(tekst: str) -> str:
    md = _md()
    try:
        return md.reset().convert(tekst)
    except RecursionError:
        raise _TeDiep from None


class _ZonderStijl(markdown.treeprocessors.Treeprocessor):
    """Table alignment arrives as `style`, which neither the allowlist nor the CSP allows."""

    def run(self, root: Any) -> None:
        for element in root.iter():
            element.attrib.pop("style", None)


def _filter(tag: str, attribuut: str, waarde: str) -> str | None:
    """Second look at every URL, read as a browser reads it: whitespace cannot hide a scheme."""
    if attribuut not in ("href", "src"):
        return waarde
    if tag == "img" and not is_eigen_adres(waarde):
        return None
    return waarde if schema_van(waarde) in (None, *SCHEMAS) else None


def _schoon(html: str) -> str:
    return nh3.clean(
        html,
        tags=set(TOEGESTAAN),
        # "*": no attribute on every element (Ammonia's default keeps `lang` and `title`)
        attributes={"*": set(), **{t: set(a) for t, a in TOEGESTAAN.items() if a}},
        url_schemes=set(SCHEMAS),
        attribute_filter=_filter,
        strip_comments=True,
    )


class _Lezer(HTMLParser):
    """Walks the rendered HTML and says what the allowlist does not hold, once per kind."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.problemen: list[tuple[str, str]] = []

    def _meld(self, melding: str, hint: str) -> None:
        if (melding, hint) not in self.problemen:
            self.problemen.append((melding, hint))

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in ("h1", "h2"):
            self._meld("een kop met # of ## is hier niet toegestaan", _HINT_KOP)
            return
        if tag not in TOEGESTAAN:
            self._meld(f"HTML is niet toegestaan ('<{tag}')", _HINT_HTML)
            return
        for naam, waarde in attrs:
            if naam not in TOEGESTAAN[tag]:
                self._meld(f"HTML is niet toegestaan ('{naam}=')", _HINT_HTML)
            elif naam in ("href", "src"):
                self._url(tag, waarde or "")

    def _url(self, tag: str, url: str) -> None:
        schema = schema_van(url)
        if tag == "img" and not is_eigen_adres(url):
            self._meld(f"de afbeelding '{url}' staat op een andere website", _HINT_AFBEELDING)
        elif schema == "http":
            hint = "gebruik een link die begint met https://"
            self._meld(f"de link '{url}' is niet beveiligd (http)", hint)
        elif schema is not None and schema not in SCHEMAS:
            hint = "gebruik alleen links die beginnen met https://, mailto: of tel:"
            self._meld(f"een link met '{schema}:' is niet toegestaan", hint)

    def handle_comment(self, data: str) -> None:
        self._meld("HTML is niet toegestaan ('<!--')", _HINT_HTML)

    def handle_pi(self, data: str) -> None:
        self._meld("HTML is niet toegestaan ('<?')", _HINT_HTML)

    def handle_decl(self, decl: str) -> None:
        self._meld("HTML is niet toegestaan ('<!')", _HINT_HTML)

    def unknown_decl(self, data: str) -> None:
        self._meld("HTML is niet toegestaan ('<![')", _HINT_HTML)
