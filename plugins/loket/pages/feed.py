"""`/feed.xml`: an Atom feed of product changes, newest first, so anyone can follow them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from loket.model import Catalogus
from loket.model.historie import KOSTEN, NIEUW, TEKST
from loket.pages.formaten import xml_tekst
from loket.pages.product import product_pad
from loket.pages.spec import Opties

FEED_PAD = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"
MAXIMUM = 50
_SOORTEN = {NIEUW: "Nieuw", KOSTEN: "Kosten gewijzigd", TEKST: "Tekst gewijzigd"}

ET.register_namespace("", ATOM)


def _sub(ouder: ET.Element, naam: str, tekst: str | None = None, **attributen: str) -> ET.Element:
    schoon = {k: xml_tekst(v) for k, v in attributen.items()}
    element = ET.SubElement(ouder, f"{{{ATOM}}}{naam}", schoon)
    element.text = None if tekst is None else xml_tekst(tekst)
    return element


def _tijd(dag: date) -> str:
    return f"{dag.isoformat()}T00:00:00Z"


def atom_feed(catalogus: Catalogus, opties: Opties) -> str:
    wijzigingen = sorted(
        ((catalogus.gewijzigd(b.bestand, opties.vandaag), b) for b in catalogus.producten.values()),
        key=lambda paar: (paar[0].gewijzigd, paar[1].id),
        reverse=True,
    )[:MAXIMUM]
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "nl"})
    zelf = opties.site_url.rstrip("/") + "/" + FEED_PAD
    _sub(feed, "id", zelf)
    _sub(feed, "title", f"Wijzigingen in de producten van {catalogus.gemeente.naam}")
    _sub(feed, "updated", _tijd(max((d.gewijzigd for d, _ in wijzigingen), default=opties.vandaag)))
    _sub(feed, "link", href=zelf, rel="self")
    auteur = _sub(feed, "author")
    _sub(auteur, "name", catalogus.gemeente.naam)
    for datums, bron in wijzigingen:
        url = opties.absolute_url(product_pad(bron.id))
        soort = _SOORTEN[catalogus.wijzigingen.get(bron.bestand, NIEUW)]
        entry = _sub(feed, "entry")
        _sub(entry, "id", f"{url}#{datums.gewijzigd.isoformat()}")
        _sub(entry, "title", f"{soort}: {bron.product.naam}")
        _sub(entry, "updated", _tijd(datums.gewijzigd))
        _sub(entry, "link", href=url)
        _sub(entry, "summary", bron.product.samenvatting)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
