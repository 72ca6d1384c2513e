"""schema.org data for search engines, built as plain dicts for the page's front matter.

The gemeente is one node, `<site_url>#gemeente`: the home and contact pages carry it whole
(`jsonld_gemeente.py`), every other block refers to it by `{"@id": …}`."""

from __future__ import annotations

from datetime import date
from typing import Any

from loket.model import Gemeente, Kanaal, ProductBron
from loket.model.product import Kosten
from loket.model.sociale_kaart import Organisatie
from loket.pages.kanalen import in_volgorde
from loket.pages.spec import Opties

SCHEMA = "https://schema.org"
_PUBLIEK = {
    "inwoner": ("Audience", "inwoners"),
    "ondernemer": ("BusinessAudience", "ondernemers"),
    "instelling": ("Audience", "instellingen"),
}


def gemeente_id(opties: Opties) -> str:
    """The one identifier of the gemeente as an organisation, on every page."""
    return opties.site_url.rstrip("/") + "/#gemeente"


def naar_gemeente(opties: Opties) -> dict[str, str]:
    return {"@id": gemeente_id(opties)}


def dienst_id(url: str) -> str:
    """The identifier of the service a product page describes."""
    return url + "#dienst"


def gebied(gemeente: Gemeente) -> dict[str, Any]:
    """The area the gemeente serves: its name without "Gemeente", and its CBS code if given."""
    data: dict[str, Any] = {
        "@type": "AdministrativeArea",
        "name": gemeente.plaatsnaam(),
    }
    if gemeente.cbs_code:
        data["identifier"] = {
            "@type": "PropertyValue",
            "propertyID": "CBS",
            "value": gemeente.cbs_code,
        }
    return data


def government_service(
    gemeente: Gemeente,
    bron: ProductBron,
    opties: Opties,
    pad: str,
    sdg: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    """The service with the prices in force on the peildatum; `sdg` are the Single Digital
    Gateway annex codes of an SDG product, as `identifier`s. `serviceType` is the UPL name,
    left out when the product has none."""
    p = bron.product
    url = opties.absolute_url(pad)
    data: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "GovernmentService",
        "@id": dienst_id(url),
        "name": p.naam,
        "description": p.samenvatting,
        "url": url,
    }
    if p.upl:
        data["serviceType"] = p.upl
    data |= {
        "provider": naar_gemeente(opties),
        "areaServed": gebied(gemeente),
        "audience": [
            {"@type": _PUBLIEK[d][0], "audienceType": _PUBLIEK[d][1]} for d in p.doelgroep
        ],
        "availableChannel": [_kanaal(k, a.url) for a, k in in_volgorde(gemeente, p.aanvragen)],
    }
    in_kracht = [k for k in p.kosten if k.geldt_op(opties.vandaag)]
    if in_kracht:
        data["offers"] = [_aanbod(k) for k in in_kracht]
    if sdg:
        data["identifier"] = [
            {"@type": "PropertyValue", "propertyID": "SDG", "value": code} for code in sdg
        ]
    return data


def _aanbod(k: Kosten) -> dict[str, Any]:
    aanbod = {"@type": "Offer", "name": k.omschrijving, "price": f"{k.bedrag:.2f}"}
    aanbod["priceCurrency"] = "EUR"
    if k.geldig_vanaf:
        aanbod["validFrom"] = k.geldig_vanaf.isoformat()
    if k.geldig_tot:
        aanbod["validThrough"] = k.geldig_tot.isoformat()
    return aanbod


def _kanaal(kanaal: Kanaal, url: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "ServiceChannel", "name": kanaal.naam}
    if url or kanaal.url:
        data["serviceUrl"] = url or kanaal.url
    if kanaal.telefoon:
        data["servicePhone"] = {"@type": "ContactPoint", "telephone": kanaal.telefoon}
    if kanaal.adres:
        data["serviceLocation"] = {"@type": "Place", "address": kanaal.adres}
    return data


def webpagina(
    titel: str,
    beschrijving: str,
    url: str,
    opties: Opties,
    over: list[str] | None = None,
    deel_van: str | None = None,
    delen: list[str] | None = None,
) -> dict[str, Any]:
    """A page of the gemeente (`publisher`) about the nodes with the ids in `over` (the
    gemeente itself when None), part of the page `deel_van`, with the pages `delen`."""
    data = _pagina_knoop("WebPage", titel, beschrijving, url, opties)
    data["about"] = [{"@id": i} for i in over] if over else naar_gemeente(opties)
    if deel_van:
        data["isPartOf"] = {"@id": deel_van}
    if delen:
        data["hasPart"] = [{"@id": d} for d in delen]
    return data


def data_catalogus(
    titel: str,
    beschrijving: str,
    url: str,
    datasets: list[dict[str, Any]],
    opties: Opties,
) -> dict[str, Any]:
    """The open data of the gemeente (`publisher`): its `dataset` nodes."""
    return _pagina_knoop("DataCatalog", titel, beschrijving, url, opties) | {"dataset": datasets}


def _pagina_knoop(
    soort: str, titel: str, beschrijving: str, url: str, opties: Opties
) -> dict[str, Any]:
    """A Dutch page of the gemeente's site, by its URL, published by the gemeente."""
    return {
        "@context": SCHEMA,
        "@type": soort,
        "@id": url,
        "url": url,
        "name": titel,
        "description": beschrijving,
        "inLanguage": "nl",
        "publisher": naar_gemeente(opties),
    }


def dataset(
    titel: str, beschrijving: str, gewijzigd: date, download: tuple[str, str], licentie: str
) -> dict[str, Any]:
    """One download as a Dataset with its one distribution: `download` is (address, media
    type)."""
    return {
        "@type": "Dataset",
        "name": titel,
        "description": beschrijving,
        "dateModified": gewijzigd.isoformat(),
        "license": licentie,
        "isAccessibleForFree": True,
        "distribution": {
            "@type": "DataDownload",
            "contentUrl": download[0],
            "encodingFormat": download[1],
        },
    }


def organisatie(o: Organisatie, url: str) -> dict[str, Any]:
    """schema.org/Organization with its postal address and telephone."""
    data: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "Organization",
        "name": o.naam,
        "description": o.omschrijving,
        "url": o.website or url,
    }
    if o.adres or o.plaats:
        adres = {
            "@type": "PostalAddress",
            "streetAddress": o.adres,
            "postalCode": o.postcode,
            "addressLocality": o.plaats,
            "addressCountry": "NL",
        }
        data["address"] = {k: v for k, v in adres.items() if v}
    if o.telefoon:
        data["telephone"] = o.telefoon
    if o.email:
        data["email"] = o.email
    return data
