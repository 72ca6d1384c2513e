"""Formal messages sent digitally (Wmebv): on each product page which designated channel takes
its aanvraag or bezwaar, and on the contact page all designated channels."""

from __future__ import annotations

from loket.model import Catalogus, Kanaal
from loket.model.gemeente import Wmebv
from loket.pages.mededelingen import wanneer
from loket.pages.opmaak import NIET_ZOEKEN, md_link, md_tekst, md_url

KOP = "Officiële berichten digitaal sturen"
_ANDERE_SOORTEN = ("schriftelijk", "face")
"""Channels where a formal message can still be handed in on paper or in person."""


def formeel_bericht(catalogus: Catalogus, product_id: str) -> str:
    """The product page's section: where to send the aanvraag or bezwaar digitally, which
    other routes stay open, and a storing on that channel with what it means for deadlines."""
    gemeente = catalogus.gemeente
    if gemeente.wmebv is None:
        return ""
    product = catalogus.producten[product_id].product
    kanaal = gemeente.kanaal(product.formeel_kanaal or gemeente.wmebv.formele_kanalen[0])
    if kanaal is None:
        return ""
    delen = [
        f"## Aanvraag of bezwaar digitaal sturen {NIET_ZOEKEN}",
        f"U mag uw aanvraag of bezwaar digitaal sturen via {_naar(kanaal)}. Dat kanaal hebben "
        f"wij daarvoor aangewezen. {_besluit(gemeente.wmebv)}",
        _anders(catalogus, kanaal),
        _storing(catalogus, kanaal, product_id),
    ]
    return "\n\n".join(d for d in delen if d)


def officiele_berichten(catalogus: Catalogus) -> str:
    """The contact page's section on the designated channels."""
    wmebv = catalogus.gemeente.wmebv
    if wmebv is None:
        return ""
    kanalen = [k for k in map(catalogus.gemeente.kanaal, wmebv.formele_kanalen) if k]
    regels = [f"- {_naar(k)}" for k in kanalen]
    delen = [
        f"## {KOP}",
        "Een aanvraag, een bezwaar of een zienswijze is een officieel bericht. U mag zo'n "
        "bericht digitaal sturen via deze kanalen:",
        "\n".join(regels),
        _besluit(wmebv),
        _anders(catalogus, *kanalen),
        *(_storing(catalogus, k) for k in kanalen),
    ]
    return "\n\n".join(d for d in delen if d)


def _naar(kanaal: Kanaal) -> str:
    if kanaal.url:
        return md_link(kanaal.naam, kanaal.url)
    if kanaal.email:
        return f"{md_tekst(kanaal.naam)} ({md_link(kanaal.email, 'mailto:' + kanaal.email)})"
    return md_tekst(kanaal.naam)


def _besluit(wmebv: Wmebv) -> str:
    return f"Dit staat in ons [aanwijzingsbesluit]({md_url(wmebv.aanwijzingsbesluit)})."


def _anders(catalogus: Catalogus, *formeel: Kanaal) -> str:
    andere = [
        k.naam
        for k in catalogus.gemeente.kanalen
        if k.soort in _ANDERE_SOORTEN and k not in formeel
    ]
    if not andere:
        return ""
    return f"Liever niet digitaal? Dat mag. U kunt ook kiezen voor: {md_tekst(', '.join(andere))}."


def _storing(catalogus: Catalogus, kanaal: Kanaal, product_id: str | None = None) -> str:
    """A storing of a designated channel: when, and that a late message is not held against
    the sender (Awb 6:11)."""
    for bron in catalogus.mededelingen.values():
        m = bron.mededeling
        if (
            m.soort == "storing"
            and kanaal.id in m.kanalen
            and (product_id is None or not m.producten or product_id in m.producten)
        ):
            return (
                f"**{md_tekst(kanaal.naam)} werkt {md_tekst(wanneer(m))} niet.** Komt u daardoor "
                "te laat met uw aanvraag of bezwaar? Dan is dat niet uw schuld. Stuur uw bericht "
                "zodra het weer werkt, of stuur het per post. Wij behandelen het dan gewoon."
                "\n{: .loket-storing }"
            )
    return ""
