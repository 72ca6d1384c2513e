"""A page in two languages: where the English version lives, the visible link between the
two, and both addresses for `hreflang`."""

from __future__ import annotations

from loket.model import Catalogus
from loket.pages.spec import Opties, link

ENGELS_HOME = "en/index.md"
ENGELS_CONTACT = "en/contact.md"
ENGELS_INDEX = "en/search/search_index.json"


def heeft_engels(catalogus: Catalogus) -> bool:
    """Whether the site has English pages: one product with an `en:` block is enough."""
    return any(b.product.en for b in catalogus.producten.values())


def engels_pad(product_id: str) -> str:
    return f"en/products/{product_id}.md"


def taallink(van: str, naar: str, taal: str) -> str:
    """The visible link to the same page in the other language, marked with that language."""
    naam = {"en": "English", "nl": "Nederlands"}[taal]
    return f'[{naam}]({link(van, naar)}){{: lang="{taal}" hreflang="{taal}" }}'


def alternatieven(opties: Opties, nl: str, en: str) -> dict[str, str]:
    """Both language versions of a page, for `hreflang` (each page lists itself too)."""
    return {"nl": opties.absolute_url(nl), "en": opties.absolute_url(en)}


def engels_meta(soort: str, alternatief: dict[str, str]) -> dict[str, str | dict[str, str]]:
    """`loket:` of an English page's front matter: its kind, its language (the template sets
    `<html lang>` and Material's texts from it), both versions, and its search index."""
    return {"soort": soort, "taal": "en", "alternatief": alternatief, "zoekindex": ENGELS_INDEX}
