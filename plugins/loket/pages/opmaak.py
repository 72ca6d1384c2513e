"""Dutch notation for amounts, dates, times and durations, done once in the pure renderer."""

from __future__ import annotations

import html
import re
from decimal import Decimal
from urllib.parse import quote

from loket.model.periode import Periode
from loket.model.veilige_markdown import naar_html, naar_html_regel

NIET_ZOEKEN = "{ data-search-exclude }"
"""Material's documented marker: this section stays out of the search index. Channel details,
appeal text and links to other pages are the same on many pages: in the index they would only
make it larger and let a product be found for another product's words."""


def opsomming(namen: list[str], laatste: str) -> str:
    """`a, b of c` (`laatste` is the word before the last item: `of`, `or`)."""
    return namen[0] if len(namen) == 1 else f"{', '.join(namen[:-1])} {laatste} {namen[-1]}"


MAANDEN = (
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
)

_MD_VERTALING = str.maketrans(
    {
        **{t: f"&{n};" for t, n in (("&", "amp"), ("<", "lt"), (">", "gt"), ('"', "quot"))},
        **{t: "\\" + t for t in "\\`*_{}#|"},
        **{t: f"&#{ord(t)};" for t in "[]=~^$"},
    }
)
_MD_DUBBELE_PUNT = re.compile(r"^:|:(?=\S)")
_MD_BEGIN = re.compile(r"^(\d*)([-+.)])")
"""A leading `-` or `+` (a list item) or `1.` (a numbered one)."""
_MD_BEGIN_BLOK = re.compile(r"^[!?/]")
"""A leading `!!!`, `???` or `///` starts an admonition, details or a block in extensions."""


def md_tekst(tekst: str) -> str:
    """Plain text made inert in Markdown, whatever extensions the site enables: it shows as typed.

    HTML's own characters become entities; what Python-Markdown can escape is escaped with a
    backslash (emphasis, links, attribute lists `{: }`, headings, table cells); characters
    that only extensions read (`:smile:`, `==mark==`, `~~`, `^^`, `$math$`) become numeric
    entities; and the text cannot start a list or a quote."""
    tekst = " ".join(tekst.split()).translate(_MD_VERTALING)
    tekst = _MD_DUBBELE_PUNT.sub("&#58;", tekst)
    tekst = _MD_BEGIN_BLOK.sub(lambda m: f"&#{ord(m.group())};", tekst)
    return _MD_BEGIN.sub(r"\1\\\2", tekst)


def telefoon_link(nummer: str) -> str:
    """`[14 0190](tel:140190)`; a leading + is kept for international numbers."""
    cijfers = re.sub(r"[^\d+]", "", nummer)
    return f"[{md_tekst(nummer)}](tel:{cijfers})"


def md_blok(tekst: str) -> str:
    """A Markdown field of the content, rendered and sanitised (`veilige_markdown`), as a
    finished HTML block: the site's Markdown and its extensions never read the text itself."""
    return f'<div class="loket-tekst">\n{naar_html(tekst)}\n</div>'


def md_lijst(items: list[str]) -> str:
    """A list of Markdown fields (such as `meenemen`) as one finished HTML list."""
    regels = "".join(f"<li>{naar_html_regel(i)}</li>\n" for i in items)
    return f'<div class="loket-tekst">\n<ul>\n{regels}</ul>\n</div>'


def tabel(kop: list[str], rijen: list[list[str]], naam: str, rechts: tuple[int, ...] = ()) -> str:
    """A Markdown table of cells already in Markdown, in a box of its own that scrolls sideways
    when the table is wider than the screen: the page itself never does (WCAG 1.4.10). The box
    takes the keyboard focus, so arrow keys scroll it too (2.1.1), and is a region named `naam`
    (plain text put on one line and escaped here: the heading above the table), so a screen
    reader says what got the focus. The columns in `rechts` (1-based) are right-aligned by a
    class, not by the `style` attributes a strict CSP would block."""
    regels = [
        "| " + " | ".join(kop) + " |",
        "|" + " --- |" * len(kop),
        *("| " + " | ".join(rij) + " |" for rij in rijen),
    ]
    klassen = ["loket-tabel"]
    if rechts and rechts == tuple(range(2, len(kop) + 1)):
        klassen.append("loket-getallen")
    else:
        klassen += [f"loket-rechts-{k}" for k in rechts]
    label = html.escape(" ".join(naam.split()))
    return (
        f'<div class="{" ".join(klassen)}" role="region" tabindex="0" aria-label="{label}" '
        "markdown>\n\n" + "\n".join(regels) + "\n\n</div>"
    )


def md_url(url: str) -> str:
    """A URL as a Markdown link destination: nothing in it can end the link or add to it."""
    return re.sub(r"[^A-Za-z0-9\-._~:/?#@!$&*+,;=%]", lambda m: quote(m.group(), safe=""), url)


def md_link(tekst: str, url: str) -> str:
    """`[tekst](url)` with both parts made inert."""
    return f"[{md_tekst(tekst)}]({md_url(url)})"


def getal(waarde: Decimal | float | int, decimalen: int = 1) -> str:
    """`83,1` or `80`: Dutch decimal comma, no trailing zeros."""
    tekst = f"{Decimal(str(waarde)):.{decimalen}f}".rstrip("0").rstrip(".")
    return tekst.replace(".", ",")


def heel_getal(aantal: int) -> str:
    """`12.500`: a dot between thousands."""
    return f"{aantal:,}".replace(",", ".")


def procent(waarde: Decimal | float | int) -> str:
    """`83,1 %`, with the space the Dutch style guides ask for."""
    return f"{getal(waarde)} %"


def periode(p: Periode) -> str:
    """`2e kwartaal 2026`, `maart 2026` or `2026`."""
    if p.kwartaal:
        return f"{p.kwartaal}e kwartaal {p.jaar}"
    if p.maand:
        return f"{MAANDEN[p.maand - 1]} {p.jaar}"
    return str(p.jaar)


def periode_kort(p: Periode) -> str:
    """`K2 2026`, `mrt 2026` or `2026`: for chart labels."""
    if p.kwartaal:
        return f"K{p.kwartaal} {p.jaar}"
    if p.maand:
        return f"{MAANDEN[p.maand - 1][:3]} {p.jaar}"
    return str(p.jaar)
