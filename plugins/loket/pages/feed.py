"""`/feed.xml`: an Atom feed of product changes and current notices, newest first, so anyone
can follow them."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from loket.model import Catalogus, Gemeente
from loket.model.historie import KOSTEN, NIEUW, TEKST
from loket.model.mededeling import MededelingBron
from loket.pages.contact import CONTACT_PAD
from loket.pages.formaten import xml_tekst
from loket.pages.home import HOME_PAD
from loket.pages.mededelingen import LABELS, inhoud_html
from loket.pages.product import product_pad
from loket.pages.spec import Opties

FEED_PAD = "feed.xml"
ATOM = "http://www.w3.org/2005/Atom"
MAXIMUM = 50
_SOORTEN = {NIEUW: "Nieuw", KOSTEN: "Kosten gewijzigd", TEKST: "Tekst gewijzigd"}


def feed_titel(gemeente: Gemeente) -> str:
    """The feed's title, also on every page's link to it."""
    return f"Wijzigingen en mededelingen van {gemeente.naam}"


ET.register_namespace("", ATOM)


@dataclass(frozen=True)
class _Entry:
    moment: datetime
    """When, with its offset: products at midnight UTC, notices in Dutch local time."""
    id: str
    titel: str
    url: str
    samenvatting: str = ""
    html: str = ""


def _sub(ouder: ET.Element, naam: str, tekst: str | None = None, **attributen: str) -> ET.Element:
    schoon = {k: xml_tekst(v) for k, v in attributen.items()}
    element = ET.SubElement(ouder, f"{{{ATOM}}}{naam}", schoon)
    element.text = None if tekst is None else xml_tekst(tekst)
    return element


def _middernacht(dag: date) -> datetime:
    return datetime.combine(dag, time(), UTC)


def nederlandse_tijd(moment: datetime) -> datetime:
    """A Dutch wall-clock time with its offset (CET, or CEST from the last Sunday of March
    02.00 to the last Sunday of October 03.00): the EU rule, without a time zone database."""
    zomer_van = datetime.combine(_laatste_zondag(moment.year, 3), time(2))
    zomer_tot = datetime.combine(_laatste_zondag(moment.year, 10), time(3))
    uren = 2 if zomer_van <= moment < zomer_tot else 1
    return moment.replace(tzinfo=UTC) - timedelta(hours=uren)


def _laatste_zondag(jaar: int, maand: int) -> date:
    laatste = date(jaar, maand + 1, 1) - timedelta(days=1)
    return laatste - timedelta(days=(laatste.weekday() + 1) % 7)


def _producten(catalogus: Catalogus, opties: Opties) -> list[_Entry]:
    entries = []
    for bron in catalogus.producten.values():
        gewijzigd = catalogus.gewijzigd(bron.bestand, opties.vandaag).gewijzigd
        url = opties.absolute_url(product_pad(bron.id))
        soort = _SOORTEN[catalogus.wijzigingen.get(bron.bestand, NIEUW)]
        entries.append(
            _Entry(
                _middernacht(gewijzigd),
                f"{url}#{gewijzigd.isoformat()}",
                f"{soort}: {bron.product.naam}",
                url,
                samenvatting=bron.product.samenvatting,
            )
        )
    return entries


def _mededelingen(catalogus: Catalogus, opties: Opties) -> list[_Entry]:
    return [
        _Entry(
            nederlandse_tijd(b.mededeling.begin),
            f"{opties.absolute_url(HOME_PAD)}#mededeling-{b.id}",
            f"{LABELS[b.mededeling.soort]}: {b.mededeling.titel}",
            opties.absolute_url(_pagina_van(catalogus, b)),
            html=inhoud_html(b.mededeling),
        )
        for b in catalogus.mededelingen.values()
    ]


def _pagina_van(catalogus: Catalogus, bron: MededelingBron) -> str:
    """Where the notice is shown: every page, one product's page, or the contact page."""
    m = bron.mededeling
    if m.overal:
        return HOME_PAD
    producten = [p for p in m.producten if p in catalogus.producten]
    if len(producten) == 1 and not m.kanalen:
        return product_pad(producten[0])
    return CONTACT_PAD


def atom_feed(catalogus: Catalogus, opties: Opties) -> str:
    entries = sorted(
        [*_producten(catalogus, opties), *_mededelingen(catalogus, opties)],
        key=lambda e: (e.moment, e.id),
        reverse=True,
    )[:MAXIMUM]
    feed = ET.Element(f"{{{ATOM}}}feed", {"xml:lang": "nl"})
    zelf = opties.site_url.rstrip("/") + "/" + FEED_PAD
    _sub(feed, "id", zelf)
    _sub(feed, "title", feed_titel(catalogus.gemeente))
    laatste = max((e.moment for e in entries), default=_middernacht(opties.vandaag))
    _sub(feed, "updated", _tijd(laatste))
    _sub(feed, "link", href=zelf, rel="self")
    auteur = _sub(feed, "author")
    _sub(auteur, "name", catalogus.gemeente.naam)
    for e in entries:
        entry = _sub(feed, "entry")
        _sub(entry, "id", e.id)
        _sub(entry, "title", e.titel)
        _sub(entry, "updated", _tijd(e.moment))
        _sub(entry, "link", href=e.url)
        if e.html:
            _sub(entry, "content", e.html, type="html")
        else:
            _sub(entry, "summary", e.samenvatting)
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _tijd(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
