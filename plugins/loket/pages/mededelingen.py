"""Notices on the pages: at the top of every page, of the products they name and of the contact
page; a `storing` of a channel also marks that channel where it is offered."""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from loket.model import Catalogus
from loket.model.mededeling import Mededeling, MededelingBron
from loket.pages.opmaak import md_blok, md_tekst
from loket.pages.teksten import NL, Taal

LABELS = {"storing": "Storing", "let_op": "Let op", "info": "Mededeling"}
_ADMONITIES = {"storing": "danger", "let_op": "warning", "info": "info"}
"""Material's admonition styles: colour and icon per kind, without styles of our own."""


def wanneer(m: Mededeling, taal: Taal = NL) -> str:
    """The period in words: `op zaterdag 5 december 2026 van 08.00 tot 12.00 uur`."""
    eerste = m.vanaf if isinstance(m.vanaf, datetime) else None
    laatste = m.tot if isinstance(m.tot, datetime) else None
    dag1, dag2 = m.begin.date(), (laatste.date() if laatste else m.eind.date() - timedelta(days=1))

    def dag(d: date, moment: datetime | None = None) -> str:
        tekst = taal.datum(d, met_weekdag=True)
        return f"{tekst} {taal.tijd(moment.time())}{taal.uur}" if moment else tekst

    if laatste is None:
        if dag1 == dag2 and eerste is None:
            return taal.op_dag.format(dag=dag(dag1))
        return taal.van_tot_en_met.format(van=dag(dag1, eerste), tot=dag(dag2))
    if dag1 == dag2:
        van, tot = taal.tijd(m.begin.time()), taal.tijd(laatste.time())
        return taal.op_dag_van_tot.format(dag=dag(dag1), van=van, tot=tot)
    return taal.van_tot.format(van=dag(dag1, eerste), tot=dag(dag2, laatste))


def mededeling_html(bron: MededelingBron) -> str:
    """One notice as a finished HTML block (title escaped, text sanitised), out of search:
    it is gone in a while, and its words are not what the page is about."""
    m = bron.mededeling
    titel = html.escape(f"{LABELS[m.soort]}: {m.titel}")
    return (
        f'<div class="admonition {_ADMONITIES[m.soort]} loket-mededeling" data-search-exclude>\n'
        f'<p class="admonition-title">{titel}</p>\n{inhoud_html(m)}\n</div>'
    )


def inhoud_html(m: Mededeling) -> str:
    """The notice's text as a sanitised block (as every Markdown field); a storing first
    says when."""
    tekst = md_blok(m.tekst)
    if m.soort != "storing":
        return tekst
    periode = wanneer(m)
    return f"<p>{html.escape(periode[0].upper() + periode[1:])}.</p>\n{tekst}"


def op_elke_pagina(catalogus: Catalogus) -> list[str]:
    """The notices about no channel or product: the banner above every page."""
    return [mededeling_html(b) for b in catalogus.mededelingen.values() if b.mededeling.overal]


def bovenaan(catalogus: Catalogus, product_id: str | None = None) -> str:
    """The notices at the top of a product page (those naming it) or, without a product, of
    the contact page (all that name a channel or a product)."""
    blokken = [
        mededeling_html(b)
        for b in catalogus.mededelingen.values()
        if (product_id in b.mededeling.producten if product_id else not b.mededeling.overal)
    ]
    return "\n\n".join(blokken)


def storingen(
    catalogus: Catalogus, kanaal_id: str, product_id: str | None = None, taal: Taal = NL
) -> str:
    """'Tijdelijk niet beschikbaar' for a channel with a storing: on the contact page those
    about the whole channel, on a product page also those about that product only."""
    regels = [
        taal.niet_beschikbaar.format(wanneer=md_tekst(wanneer(m, taal)), titel=taal.inhoud(m.titel))
        + "\n{: .loket-storing }"
        for m in (b.mededeling for b in catalogus.mededelingen.values())
        if m.soort == "storing"
        and kanaal_id in m.kanalen
        and (not m.producten or product_id in m.producten)
    ]
    return "\n\n".join(regels)
