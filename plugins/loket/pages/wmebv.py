"""Formal messages sent digitally (Wmebv): on each product page which designated channel takes
its aanvraag or bezwaar, and on the contact page all designated channels. In Dutch or in
English (`taal`), from the same structure."""

from __future__ import annotations

from loket.model import Catalogus, Kanaal
from loket.model.gemeente import Wmebv
from loket.pages.mededelingen import wanneer
from loket.pages.opmaak import NIET_ZOEKEN, md_link, md_tekst, md_url
from loket.pages.teksten import NL, Taal

_ANDERE_SOORTEN = ("schriftelijk", "face")
"""Channels where a formal message can still be handed in on paper or in person."""


def formeel_bericht(catalogus: Catalogus, product_id: str, taal: Taal = NL) -> str:
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
        f"## {taal.formeel_product_kop} {NIET_ZOEKEN}",
        taal.formeel_product.format(kanaal=_naar(kanaal, taal))
        + " "
        + _besluit(gemeente.wmebv, taal),
        _anders(catalogus, taal, kanaal),
        _storing(catalogus, kanaal, taal, product_id),
    ]
    return "\n\n".join(d for d in delen if d)


def officiele_berichten(catalogus: Catalogus, taal: Taal = NL) -> str:
    """The contact page's section on the designated channels."""
    wmebv = catalogus.gemeente.wmebv
    if wmebv is None:
        return ""
    kanalen = [k for k in map(catalogus.gemeente.kanaal, wmebv.formele_kanalen) if k]
    regels = [f"- {_naar(k, taal)}" for k in kanalen]
    delen = [
        f"## {taal.formeel_kop}",
        taal.formeel_uitleg,
        "\n".join(regels),
        _besluit(wmebv, taal),
        _anders(catalogus, taal, *kanalen),
        *(_storing(catalogus, k, taal) for k in kanalen),
    ]
    return "\n\n".join(d for d in delen if d)


def _naar(kanaal: Kanaal, taal: Taal) -> str:
    naam = taal.kanaal_naam(kanaal)
    if kanaal.url:
        return f"[{naam}]({md_url(kanaal.url)})"
    if kanaal.email:
        return f"{naam} ({md_link(kanaal.email, 'mailto:' + kanaal.email)})"
    return naam


def _besluit(wmebv: Wmebv, taal: Taal) -> str:
    return taal.besluit.format(url=md_url(wmebv.aanwijzingsbesluit))


def _anders(catalogus: Catalogus, taal: Taal, *formeel: Kanaal) -> str:
    andere = [
        taal.kanaal_naam(k)
        for k in catalogus.gemeente.kanalen
        if k.soort in _ANDERE_SOORTEN and k not in formeel
    ]
    if not andere:
        return ""
    return taal.anders.format(kanalen=", ".join(andere))


def _storing(
    catalogus: Catalogus, kanaal: Kanaal, taal: Taal, product_id: str | None = None
) -> str:
    """A storing of a designated channel: when, and that a late message is not held against
    the sender (Awb 6:11)."""
    for bron in catalogus.mededelingen.values():
        m = bron.mededeling
        if (
            m.soort == "storing"
            and kanaal.id in m.kanalen
            and (product_id is None or not m.producten or product_id in m.producten)
        ):
            tekst = taal.storing_formeel.format(
                kanaal=taal.kanaal_naam(kanaal), wanneer=md_tekst(wanneer(m, taal))
            )
            return tekst + "\n{: .loket-storing }"
    return ""
