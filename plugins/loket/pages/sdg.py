"""What the Single Digital Gateway asks of an SDG product's page beyond its texts: how to pay,
and a link to the European Commission's user feedback tool."""

from __future__ import annotations

from urllib.parse import quote

from loket.model import Catalogus
from loket.model.product import Betaalmethode
from loket.pages.opmaak import NIET_ZOEKEN, md_url
from loket.pages.teksten import NL, Taal


def betalen(methoden: list[Betaalmethode], taal: Taal = NL) -> str:
    """`Betalen kan met pin, contant geld of iDEAL.`"""
    if not methoden:
        return ""
    return taal.betalen.format(methoden=taal.opsomming([taal.betaalmethoden[m] for m in methoden]))


def feedback_link(feedback_url: str, pagina_url: str, taal: str = "nl") -> str:
    """The feedback tool's address for this page: `{url}` becomes the page's address
    (URL-encoded), `{lang}` its language."""
    return feedback_url.replace("{url}", quote(pagina_url, safe="")).replace("{lang}", taal)


def feedback(catalogus: Catalogus, product_id: str, pagina_url: str, taal: Taal = NL) -> str:
    """The section at the foot of an SDG product page, in its language: a plain link, no
    script. Nothing without an address (`loket check` warns) or for other products."""
    adres = catalogus.gemeente.sdg.feedback_url
    if product_id not in catalogus.sdg or adres is None:
        return ""
    kop, tekst, link = taal.feedback
    doel = feedback_link(adres, pagina_url, taal.code)
    return f"## {kop} {NIET_ZOEKEN}\n\n{tekst} [{link}]({md_url(doel)})"
