"""What the Single Digital Gateway asks of an SDG product's page beyond its texts: how to pay,
and a link to the European Commission's user feedback tool."""

from __future__ import annotations

from urllib.parse import quote

from loket.model import Catalogus
from loket.model.product import Betaalmethode
from loket.pages.opmaak import NIET_ZOEKEN, md_url, opsomming

BETAALMETHODEN: dict[Betaalmethode, str] = {
    "pin": "pin",
    "contant": "contant geld",
    "ideal": "iDEAL",
    "creditcard": "creditcard",
    "factuur": "een factuur",
    "acceptgiro": "een acceptgiro",
}


def betalen(methoden: list[Betaalmethode]) -> str:
    """`Betalen kan met pin, contant geld of iDEAL.`"""
    if not methoden:
        return ""
    return f"Betalen kan met {opsomming([BETAALMETHODEN[m] for m in methoden], 'of')}."


def feedback_link(feedback_url: str, pagina_url: str, taal: str = "nl") -> str:
    """The feedback tool's address for this page: `{url}` becomes the page's address
    (URL-encoded), `{lang}` its language."""
    return feedback_url.replace("{url}", quote(pagina_url, safe="")).replace("{lang}", taal)


_FEEDBACK = {
    "nl": (
        "Wat vindt u van deze informatie?",
        "Deze informatie is er ook voor mensen uit andere landen van de Europese Unie. De "
        "Europese Commissie wil weten of u vond wat u zocht.",
        "Geef uw mening aan de Europese Commissie",
    ),
    "en": (
        "What do you think of this information?",
        "This information is also meant for people from other countries of the European Union. "
        "The European Commission wants to know whether you found what you were looking for.",
        "Give your opinion to the European Commission",
    ),
}


def feedback(catalogus: Catalogus, product_id: str, pagina_url: str, taal: str = "nl") -> str:
    """The section at the foot of an SDG product page, in its language: a plain link, no
    script. Nothing without an address (`loket check` warns) or for other products."""
    adres = catalogus.gemeente.sdg.feedback_url
    if product_id not in catalogus.sdg or adres is None:
        return ""
    kop, tekst, link = _FEEDBACK[taal]
    doel = feedback_link(adres, pagina_url, taal)
    return f"## {kop} {NIET_ZOEKEN}\n\n{tekst} [{link}]({md_url(doel)})"
