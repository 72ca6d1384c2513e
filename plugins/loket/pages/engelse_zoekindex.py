"""The search index of the English pages: English products found with English words.

Material's search plugin indexes the Dutch pages (the English ones carry `search: exclude`);
this index holds the English pages only, in the same format and language (`lang: en`). The
English pages ask for it instead of the Dutch one (assets/loket/zoeken.js reads
`loket.zoekindex` from the page's meta).

Stemming is done here, on the index side. Material searches every word as a prefix
(`passports*`), and lunr does not stem a prefix: with lunr's stemmer in the pipeline the
index would hold `passport` and `appli`, and neither `passports` nor `apply` would find
anything. So the index keeps the words as written, and each page gets the other forms of its
words (`passport` → `passports`, `renew` → `renewing`, `applies` → `apply`) in a field that
is searched but never shown: `vormen`, with the weight of the field they come from.

Every text is HTML-escaped: Material shows titles and texts as HTML.
"""

from __future__ import annotations

import html
import json
import re

from loket.model import Catalogus, ProductBron
from loket.model.veilige_markdown import naar_tekst
from loket.pages.per_product import per_product
from loket.pages.spec import Opties, Uitvoer, url_van
from loket.pages.talen import ENGELS_CONTACT, ENGELS_HOME, ENGELS_INDEX, engels_pad

CONFIG = {
    "lang": ["en"],
    "separator": r"[\s\-]+",
    "pipeline": ["stopWordFilter", "trimmer"],
    "fields": {
        "title": {"boost": 1000.0},
        "text": {"boost": 1.0},
        "titelvormen": {"boost": 100.0},
        "vormen": {"boost": 1.0},
    },
}
_WOORD = re.compile(r"[a-z]{4,}")
_KLINKERS = "aeiou"


def engelse_zoekindex(
    catalogus: Catalogus, producten: list[ProductBron], opties: Opties, gemeente: str
) -> Uitvoer:
    """The index: the English home, the contact page and every English product page."""
    docs = [
        index_item(ENGELS_HOME, gemeente, "Information in English about our services.", opties),
        index_item(ENGELS_CONTACT, "Contact us", _contact(catalogus), opties),
        *(per_product(_product_item, catalogus, b, opties) for b in producten),
    ]
    return Uitvoer(ENGELS_INDEX, inhoud=json.dumps({"config": CONFIG, "docs": docs}))


def _product_item(catalogus: Catalogus, bron: ProductBron, opties: Opties) -> dict[str, str]:
    return _product(bron, opties)


def index_item(pad: str, titel: str, tekst: str, opties: Opties) -> dict[str, str]:
    return {
        "location": url_van(pad, opties.directory_urls),
        "title": html.escape(titel),
        "text": tekst,
        "titelvormen": vormen(titel),
        "vormen": vormen(tekst),
    }


def vormen(tekst: str) -> str:
    """The other English forms of the words in `tekst` (the forms it has itself left out)."""
    woorden = set(_WOORD.findall(tekst.lower()))
    alle = {vorm for woord in woorden for basis in _basissen(woord) for vorm in _vormen(basis)}
    return " ".join(sorted(alle - woorden))


def _basissen(woord: str) -> set[str]:
    """The word and the words it may be a form of: `applies` → `apply`, `moving` → `move`."""
    basissen = {woord}
    if woord.endswith("ies"):
        basissen.add(woord[:-3] + "y")
    elif woord.endswith("es"):
        basissen |= {woord[:-2], woord[:-1]}
    elif woord.endswith("s") and not woord.endswith("ss"):
        basissen.add(woord[:-1])
    for uitgang in ("ing", "ed"):
        if woord.endswith(uitgang) and len(woord) > len(uitgang) + 2:
            stam = woord[: -len(uitgang)]
            basissen |= {stam, stam + "e"}
    return basissen


def _vormen(basis: str) -> set[str]:
    if basis.endswith("y") and basis[-2:-1] not in _KLINKERS:
        return {basis, basis[:-1] + "ies", basis[:-1] + "ied", basis + "ing"}
    if basis.endswith("e"):
        return {basis, basis + "s", basis + "d", basis[:-1] + "ing"}
    return {basis, basis + "s", basis + "es", basis + "ing", basis + "ed"}


def _product(bron: ProductBron, opties: Opties) -> dict[str, str]:
    en = bron.product.en
    assert en is not None
    delen = [html.escape(en.samenvatting)]
    delen += [naar_tekst(t) for t in (en.beschrijving, en.voorwaarden) if t]
    delen += [naar_tekst(t) for t in en.meenemen]
    delen += [f"{html.escape(v.vraag)} {naar_tekst(v.antwoord)}" for v in en.veelgestelde_vragen]
    return index_item(engels_pad(bron.id), en.naam, " ".join(delen), opties)


def _contact(catalogus: Catalogus) -> str:
    namen = [k.en.naam for k in catalogus.gemeente.kanalen if k.en]
    woorden = ["phone", "email", "address", "opening hours", "closed", *namen]
    return html.escape(" ".join(woorden))
