"""What the Single Digital Gateway asks of an SDG product's page beyond its texts: how to pay,
and a link to the European Commission's user feedback tool."""

from __future__ import annotations

from urllib.parse import quote

from loket.model.product import Betaalmethode
from loket.pages.opmaak import md_url

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
    namen = [BETAALMETHODEN[m] for m in methoden]
    opsomming = namen[0] if len(namen) == 1 else f"{', '.join(namen[:-1])} of {namen[-1]}"
    return f"Betalen kan met {opsomming}."


def feedback_link(feedback_url: str, pagina_url: str, taal: str = "nl") -> str:
    """The feedback tool's address for this page: `{url}` becomes the page's address
    (URL-encoded), `{lang}` its language."""
    return feedback_url.replace("{url}", quote(pagina_url, safe="")).replace("{lang}", taal)


def feedback(feedback_url: str, pagina_url: str) -> str:
    """The section at the foot of an SDG product page: a plain link, no script."""
    doel = feedback_link(feedback_url, pagina_url)
    return (
        "## Wat vindt u van deze informatie? { data-search-exclude }\n\n"
        "Deze informatie is er ook voor mensen uit andere landen van de Europese Unie. De "
        "Europese Commissie wil weten of u vond wat u zocht. "
        f"[Geef uw mening aan de Europese Commissie]({md_url(doel)})"
    )
