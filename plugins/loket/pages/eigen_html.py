"""The HTML of a generated page, straight from the Markdown Loket wrote, without Python-Markdown.

Loket's pages are Markdown (so `loket export` gives a site any MkDocs or Zensical builds), but
a small, known part of it: headings with an attribute list, paragraphs, `- ` lists, links,
`**strong**` and `*em*`, pipe tables in a `markdown` box, and finished HTML blocks (the
redacteuren's Markdown fields, already rendered and sanitised). For that part this module
gives what MkDocs' conversion (Python-Markdown with `toc`, `tables`, `fenced_code`,
`attr_list` and `md_in_html`) gives: the HTML, the table of contents, the title and the ids.

It accepts a page only when every line is one it fully understands, and returns None for
anything else (a backslash, a code span, an image, a loose list, an unknown block): MkDocs then
converts the page as usual. What it returns is checked against MkDocs' own conversion for every
page of the example gemeente and of generated ones, and for generated texts
(`tests/test_eigen_html.py`); the adapter also checks a sample before it uses it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from html.parser import HTMLParser
from typing import Any

import markdown
from markdown.extensions.toc import nest_toc_tokens, slugify, strip_tags, unique
from markdown.serializers import _escape_attrib_html, _escape_cdata

Verwijzer = Callable[[str], str]
"""A link's destination as written → its URL in the built site (MkDocs' own resolution)."""

EXTENSIES = frozenset({"toc", "tables", "fenced_code", "attr_list", "md_in_html"})
"""The Markdown extensions this converter follows (MkDocs' defaults and Loket's)."""


class Onbekend(Exception):
    """Something outside the known part: the page goes through Python-Markdown."""


@dataclass
class Omzetting:
    html: str
    toc: list[dict[str, Any]]
    """Python-Markdown's `toc_tokens`: level, id, name, html, data-toc-label, children."""
    titel: str | None
    """The text of a first-level heading that opens the page (MkDocs' page title)."""
    ankers: set[str] = field(default_factory=set)
    """Every id in the page: headings, attribute lists and the HTML blocks."""


def omzetting(markdown: str, verwijs: Verwijzer) -> Omzetting | None:
    """The conversion of a generated page, or None when it holds something unknown here."""
    try:
        pagina = _Pagina().zet_om(markdown)
    except Onbekend:
        return None
    return pagina.met_links(verwijs)


_LINK = "\x00"
_LINK_PLEK = re.compile("\x00([0-9]+)\x00")
_ONBEKEND_TEKEN = re.compile(r"[\\`_|{}~^$\t]|  ")
"""Inline syntax this module does not follow (escapes, code, emphasis with _, hard breaks)."""
_ONBEKEND_BEGIN = re.compile(r"[-+*>#<|=:\s]|\d+[.)]|\[TOC\]")
"""The start of a line of a block other than a paragraph (a list, quote, heading, table)."""
_STERK_BEGIN = re.compile(r"\*{1,2}[^*\s]")
_ITEM = "- "

_BLOK = re.compile(r'<(div|figure|form)(?: (?!markdown\b)[a-z-]+(?:="[^"<>]*")?)*>$')
_MARKDOWN_DIV = re.compile(r'<div((?: [a-z-]+="[^"<>]*")*) markdown>$')
_KAART = "-   "
_KAART_TEKST = "    "
_ANDERE_HTML = re.compile(r"<!--|<(?:script|style|pre|textarea)|\smarkdown(?:[\s=>])")
_KOP = re.compile(r"(#{1,6}) (.+?)(?: \{:? ?([^{}\n]*?) ?\})?$")
_ATTR_LIJST_REGEL = re.compile(r"\{:? ?([^{}\n]*?) ?\}$")
_ATTR = re.compile(r'\.([\w-]+)|#([\w-]+)|([a-z][\w-]*)="([^"]*)"|([a-z][\w-]*)', re.ASCII)
_HTML_ATTR = re.compile(r' ([a-z-]+)="([^"<>]*)"')
_ID_ATTR = re.compile(r"[\s\"']\s*(?:id|name)\s*=", re.I)

# Inline: entities, links (with an attribute list), strong, em, and Loket's <span lang>.
_INLINE = re.compile(
    r"(?P<link>\[(?P<tekst>[^\[\]<>*]+)\]\((?P<url>[A-Za-z0-9\-._~:/?#@!$&*+,;=%]+)\)"
    r"(?:\{:? ?(?P<attrs>[^{}\n]*?) ?\})?)"
    r"|\*\*(?P<sterk>[^*\s](?:[^*]*[^*\s])?)\*\*"
    r"|\*(?P<nadruk>[^*\s](?:[^*]*[^*\s])?)\*"
    r'|(?P<span><span lang="[a-zA-Z-]+">)(?P<binnen>[^<>*\[\]]*)</span>'
)
_INLINE_REST = r"[\[\]*<]|&(?!(?:#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z0-9]+);)"
_ONBEKEND_INLINE = re.compile(f"{_INLINE_REST}|{_ONBEKEND_TEKEN.pattern}")
"""Left in a text between inline elements: syntax this module does not convert."""
_BIJZONDER = re.compile(r"[\[\]*<>&!]|" + _ONBEKEND_TEKEN.pattern)
"""Any character that inline conversion acts on or refuses."""


class _Pagina:
    def __init__(self) -> None:
        self.links: list[str] = []
        """Resolved only once the whole page is known: a page that goes to Python-Markdown
        after all must not have had its links reported already."""
        self.delen: list[str] = []
        self.koppen: list[tuple[int, str, int, dict[str, str | None]]] = []
        self.ids: set[str] = set()
        self.titel: str | None = None
        self.toc: list[dict[str, Any]] = []

    def zet_om(self, markdown: str) -> _Pagina:
        if _LINK in markdown:
            raise Onbekend("control character")
        regels = markdown.split("\n")
        i, vorige = 0, ""
        while i < len(regels):
            regel = regels[i]
            if not regel:
                i += 1
                continue
            if regel.startswith("<"):
                i, vorige = self._html_blok(regels, i), "html"
                continue
            einde = i
            while einde < len(regels) and regels[einde]:
                einde += 1
            blok = regels[i:einde]
            if any(r != r.rstrip() for r in blok):
                raise Onbekend("space at the end of a line")
            if regel.startswith("#"):
                self._kop(blok, eerste=not self.delen)
                vorige = "kop"
            elif regel.startswith(_ITEM):
                if vorige == "lijst":
                    raise Onbekend("two lists in a row make one loose list")
                self._lijst(blok)
                vorige = "lijst"
            else:
                self._alinea(blok)
                vorige = "alinea"
            i = einde
        return self._einde(markdown)

    # Blocks

    def _kop(self, blok: list[str], eerste: bool) -> None:
        m = _KOP.fullmatch(blok[0])
        if len(blok) != 1 or m is None:
            raise Onbekend("heading")
        niveau, tekst = len(m.group(1)), m.group(2)
        if tekst.endswith("#") or tekst != tekst.strip():
            raise Onbekend("heading")
        attrs = _attributen(m.group(3)) if m.group(3) is not None else {}
        binnen = self._inline(tekst)
        self.koppen.append((niveau, binnen, len(self.delen), attrs))
        self.delen.append("")  # filled in by _einde, when every id is known
        if attrs.get("id"):
            self.ids.add(str(attrs["id"]))
        if eerste and niveau == 1:
            self.titel = _zonder_tags(binnen)

    def _alinea(self, blok: list[str]) -> None:
        attrs: dict[str, str | None] = {}
        m = _ATTR_LIJST_REGEL.fullmatch(blok[-1])
        if m is not None and len(blok) > 1:
            attrs, blok = _attributen(m.group(1)), blok[:-1]
            self._tel_id(attrs)
        for regel in blok:
            if not _gewoon_begin(regel):
                raise Onbekend("paragraph line")
        self.delen.append(_element("p", attrs, self._inline("\n".join(blok))))

    def _lijst(self, blok: list[str]) -> None:
        items = []
        for regel in blok:
            if not regel.startswith(_ITEM):
                raise Onbekend("list item")
            tekst = regel[len(_ITEM) :]
            if not _gewoon_begin(tekst):
                raise Onbekend("list item")
            items.append(f"<li>{self._inline(tekst)}</li>")
        self.delen.append("<ul>\n" + "\n".join(items) + "\n</ul>")

    def _html_blok(self, regels: list[str], i: int) -> int:
        """A finished HTML block (kept as it is), or a table or cards in a `markdown` box."""
        m = _MARKDOWN_DIV.fullmatch(regels[i])
        if m is not None:
            attrs = _box_attributen(m.group(1))
            if i + 2 < len(regels) and regels[i + 2].startswith(_KAART):
                return self._kaarten_blok(regels, i, attrs)
            return self._tabel_blok(regels, i, attrs)
        m = _BLOK.fullmatch(regels[i])
        if m is None:
            raise Onbekend("HTML block")
        tag = m.group(1)
        open_, dicht = (f"<{tag} ", f"<{tag}>"), f"</{tag}>"
        diepte, j = 0, i
        while j < len(regels):
            regel = regels[j]
            diepte += regel.count(open_[0]) + regel.count(open_[1]) - regel.count(dicht)
            if diepte <= 0:
                break
            j += 1
        if diepte != 0 or regels[j] != dicht or (j + 1 < len(regels) and regels[j + 1]):
            raise Onbekend("HTML block end")
        inhoud = "\n".join(regels[i : j + 1])
        if any(not r for r in regels[i:j]) or _ANDERE_HTML.search(inhoud):
            raise Onbekend("blank line, comment or Markdown in an HTML block")
        self.delen.append(inhoud + "\n")
        return j + 1

    def _kaarten_blok(self, regels: list[str], i: int, attrs: dict[str, str | None]) -> int:
        """Material's grid cards: a loose list, each item a link and a line of text."""
        if regels[i + 1]:
            raise Onbekend("cards")
        items, j = [], i + 2
        while j + 3 < len(regels) and regels[j].startswith(_KAART):
            kop, leeg, tekst, na = regels[j : j + 4]
            if leeg or na or not tekst.startswith(_KAART_TEKST):
                raise Onbekend("card")
            kop, tekst = kop[len(_KAART) :], tekst[len(_KAART_TEKST) :]
            if not (_gewoon_begin(kop) and _gewoon_begin(tekst)):
                raise Onbekend("card")
            items.append(f"<li>\n<p>{self._inline(kop)}</p>\n<p>{self._inline(tekst)}</p>\n</li>")
            j += 4
        if not items or j >= len(regels) or regels[j] != "</div>":
            raise Onbekend("cards end")
        if j + 1 < len(regels) and regels[j + 1]:
            raise Onbekend("cards end")
        self._tel_id(attrs)
        self.delen.append(_element("div", attrs, "\n<ul>\n" + "\n".join(items) + "\n</ul>\n"))
        return j + 1

    def _tabel_blok(self, regels: list[str], i: int, attrs: dict[str, str | None]) -> int:
        einde = i + 2
        while einde < len(regels) and regels[einde]:
            einde += 1
        tabel = regels[i + 2 : einde]
        if (
            einde + 2 > len(regels)
            or regels[i + 1]
            or regels[einde + 1] != "</div>"
            or (einde + 2 < len(regels) and regels[einde + 2])
        ):
            raise Onbekend("table box")
        self._tel_id(attrs)
        self.delen.append(_element("div", attrs, "\n" + self._tabel(tabel) + "\n"))
        return einde + 2

    def _tabel(self, regels: list[str]) -> str:
        if len(regels) < 2:
            raise Onbekend("table")
        kop = _cellen(regels[0])
        if _cellen(regels[1]) != ["---"] * len(kop):
            raise Onbekend("table separator")
        rijen = [_cellen(r) for r in regels[2:]]
        if any(len(r) != len(kop) for r in rijen):
            raise Onbekend("table row")
        delen = ["<table>", "<thead>", self._rij("th", kop), "</thead>"]
        if rijen:
            delen += ["<tbody>", *(self._rij("td", r) for r in rijen), "</tbody>"]
        return "\n".join([*delen, "</table>"])

    def _rij(self, soort: str, cellen: list[str]) -> str:
        inhoud = [f"<{soort}>{self._inline(c) if c else ''}</{soort}>" for c in cellen]
        return "<tr>\n" + "\n".join(inhoud) + "\n</tr>"

    # Inline

    def _inline(self, tekst: str) -> str:
        if tekst != tekst.strip() or "![" in tekst:
            raise Onbekend("space around inline text, or an image")
        if not _BIJZONDER.search(tekst):  # most text: nothing to convert or escape
            return tekst
        delen, begin = [], 0
        for m in _INLINE.finditer(tekst):
            delen += [_tekst(tekst[begin : m.start()]), self._inline_element(m)]
            begin = m.end()
        delen.append(_tekst(tekst[begin:]))
        return "".join(delen)

    def _inline_element(self, m: re.Match[str]) -> str:
        if m.group("link") is not None:
            attrs = {"href": f"{_LINK}{len(self.links)}{_LINK}"}
            self.links.append(m.group("url"))
            if m.group("attrs") is not None:
                extra = _attributen(m.group("attrs"))
                self._tel_id(extra)
                attrs = {**extra, **attrs}
            return _element("a", attrs, _tekst(m.group("tekst")))
        if m.group("sterk") is not None:
            return f"<strong>{_tekst(m.group('sterk'))}</strong>"
        if m.group("nadruk") is not None:
            return f"<em>{_tekst(m.group('nadruk'))}</em>"
        return f"{m.group('span')}{_tekst(m.group('binnen'))}</span>"

    def _tel_id(self, attrs: dict[str, str | None]) -> None:
        if attrs.get("id"):
            self.ids.add(str(attrs["id"]))

    # The table of contents, once every id is known

    def _einde(self, markdown: str) -> _Pagina:
        gebruikt, tellers = set(self.ids), {}
        tokens = []
        for niveau, binnen, plek, attrs in self.koppen:
            naam = _zonder_tags(binnen)
            if not attrs.get("id"):
                slug = _slug(naam)
                attrs = {**attrs, "id": unique(slug, gebruikt, tellers)}
            anker = str(attrs["id"])
            self.ids.add(anker)
            tokens.append(
                {"level": niveau, "id": anker, "name": naam, "html": binnen, "data-toc-label": ""}
            )
            self.delen[plek] = _element(f"h{niveau}", attrs, binnen)
        self.toc = nest_toc_tokens(tokens)
        self.ids |= _html_ids(markdown)
        return self

    def met_links(self, verwijs: Verwijzer) -> Omzetting:
        urls = [_escape_attrib_html(verwijs(u)) for u in self.links]
        tekst = "\n".join(self.delen).rstrip("\n")
        if urls:
            tekst = _LINK_PLEK.sub(lambda m: urls[int(m.group(1))], tekst)
        return Omzetting(html=tekst, toc=self.toc, titel=self.titel, ankers=self.ids)


def _zonder_tags(binnen: str) -> str:
    """toc's `strip_tags` (tags out, whitespace collapsed), quick for text without tags."""
    return strip_tags(binnen) if "<" in binnen else " ".join(binnen.split())


@lru_cache(maxsize=4096)
def _slug(naam: str) -> str:
    """toc's id for a heading (before it is made unique); many pages share their headings."""
    return slugify(html.unescape(naam), "-")


def _gewoon_begin(regel: str) -> bool:
    """No block syntax at the start of a line (`**sterk**` and `*nadruk*` are inline, `* ` a
    list)."""
    return not _ONBEKEND_BEGIN.match(regel) or _STERK_BEGIN.match(regel) is not None


def _tekst(tekst: str) -> str:
    if _ONBEKEND_INLINE.search(tekst):
        raise Onbekend("inline syntax")
    return _escape_cdata(tekst)


def _box_attributen(tekst: str) -> dict[str, str | None]:
    """The attributes of a `markdown` box as md_in_html reads them (HTML entities undone)."""
    gevonden = _HTML_ATTR.findall(tekst)
    if "".join(f' {k}="{v}"' for k, v in gevonden) != tekst:
        raise Onbekend("box attributes")
    return {k: html.unescape(v) for k, v in gevonden}


def _cellen(regel: str) -> list[str]:
    if not (regel.startswith("| ") and regel.endswith(" |")):
        raise Onbekend("table row")
    return [c.strip() for c in regel[2:-2].split(" | ")]


def _attributen(tekst: str) -> dict[str, str | None]:
    """An attribute list `{: .klasse #id sleutel="waarde" kaal }`, as attr_list reads it."""
    attrs: dict[str, str | None] = {}
    klassen: list[str] = []
    rest = _ATTR.sub("", tekst)
    if rest.strip() or not tekst.strip():
        raise Onbekend("attribute list")
    for m in _ATTR.finditer(tekst):
        klasse, anker, sleutel, waarde, kaal = m.groups()
        if klasse:
            klassen.append(klasse)
        elif anker:
            attrs["id"] = anker
        elif sleutel:
            attrs[sleutel] = waarde
        elif kaal:
            attrs[kaal] = None
    if klassen:
        attrs["class"] = " ".join(klassen)
    if "data-toc-label" in attrs:  # toc reads it and takes it away
        raise Onbekend("attribute list")
    return attrs


def _element(tag: str, attrs: dict[str, str | None], binnen: str) -> str:
    delen = [f"<{tag}"]
    for k, v in sorted(attrs.items()):
        delen.append(f" {k}" if v is None else f' {k}="{_escape_attrib_html(v)}"')
    return "".join(delen) + f">{binnen}</{tag}>"


class _Ids(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for k, v in attrs:
            if v is not None and (k == "id" or (k == "name" and tag == "a")):
                self.ids.add(v)


def _html_ids(markdown: str) -> set[str]:
    """The ids MkDocs finds in the page's HTML (its `_RawHTMLPreprocessor`)."""
    if not _ID_ATTR.search(markdown):
        return set()
    parser = _Ids()
    parser.feed(markdown)
    parser.close()
    return parser.ids


PROEF = """# Kop met &amp; entiteit

[English](../en/index.md){: lang="en" hreflang="en" }

<div class="admonition info" data-search-exclude>
<p class="admonition-title">Mededeling</p>
<div class="loket-tekst">
<p id="alinea">Tekst met <em>opmaak</em>.</p>
</div>
</div>

Een samenvatting met **sterk**, *nadruk* en 4&#58;13.
{: .loket-samenvatting }

## Kanalen { data-search-exclude }

- Telefoon: [14 0190](tel:140190)
- Adres: <span lang="nl">Raadhuisplein 1</span>

[Direct regelen](https://voorbeeld.example/a?b=1&c=2){ .md-button .md-button--primary }

## Kosten {#kosten}

<div class="loket-tabel" role="region" tabindex="0" aria-label="Kosten &amp; meer" markdown>

| Wat | Bedrag |
| --- | --- |
| Paspoort | € 84,60 |
| Leeg |  |

</div>

Betalen kan met pin.

### Kanalen

Nog een kop met dezelfde naam > 2.
"""
"""A sample of every construct the converter knows, converted by both before a build uses it."""


def proef(extensies: list[str]) -> bool:
    """Does Python-Markdown, as installed and set up, convert the sample as this module does?"""
    md = markdown.Markdown(extensions=extensies)
    verwacht = md.convert(PROEF)
    eigen = omzetting(PROEF, lambda url: url)
    return eigen is not None and (eigen.html, eigen.toc) == (verwacht, md.toc_tokens)  # type: ignore[attr-defined]
