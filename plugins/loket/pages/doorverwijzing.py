"""Old URLs keep working: each `vorige_ids` entry of a product gets a small page at its old
address that sends the visitor on (letters and other sites link to product URLs for years)."""

from __future__ import annotations

from loket.model import Catalogus, ProductBron
from loket.pages.opmaak import md_tekst
from loket.pages.product import product_pad
from loket.pages.spec import Opties, Uitvoer, html_link, link

SJABLOON = "loket/doorverwijzing.html"


def doorverwijzingen(catalogus: Catalogus, opties: Opties) -> list[Uitvoer]:
    return [
        _doorverwijzing(bron, oud, opties)
        for bron in catalogus.producten.values()
        for oud in bron.product.vorige_ids
    ]


def doorverwijzing_paden(catalogus: Catalogus) -> dict[str, str]:
    return {
        product_pad(oud): bron.bestand
        for bron in catalogus.producten.values()
        for oud in bron.product.vorige_ids
    }


def _doorverwijzing(bron: ProductBron, oud: str, opties: Opties) -> Uitvoer:
    pad, doel = product_pad(oud), product_pad(bron.id)
    naam = bron.product.naam
    meta = {
        "template": SJABLOON,
        "title": f"Deze pagina heet nu: {naam}",
        "description": bron.product.samenvatting,
        "search": {"exclude": True},
        "loket": {
            "soort": "doorverwijzing",
            "naam": naam,
            "doel": html_link(pad, doel, opties.directory_urls),
            "canonical": opties.absolute_url(doel) if opties.site_url else "",
        },
    }
    tekst = f"# Deze pagina heet nu: {md_tekst(naam)}\n\n[{md_tekst(naam)}]({link(pad, doel)})"
    return Uitvoer(pad, meta, tekst)
