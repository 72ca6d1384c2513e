"""schema.org data for search engines, built as plain dicts for the page's front matter."""

from __future__ import annotations

from datetime import date
from typing import Any

from loket.model import Gemeente, Kanaal, ProductBron
from loket.model.product import Kosten
from loket.model.sociale_kaart import Organisatie
from loket.pages.kanalen import in_volgorde

_PUBLIEK = {
    "inwoner": ("Audience", "inwoners"),
    "ondernemer": ("BusinessAudience", "ondernemers"),
    "instelling": ("Audience", "instellingen"),
}


def government_service(
    gemeente: Gemeente,
    bron: ProductBron,
    url: str,
    dag: date,
    sdg: tuple[str, ...] | None = None,
) -> dict[str, Any]:
    """The service with the prices in force on the peildatum `dag`; `sdg` are the Single
    Digital Gateway annex codes of an SDG product, as `identifier`s."""
    p = bron.product
    data: dict[str, Any] = {
        "@context": "https://schema.org",
        "@type": "GovernmentService",
        "name": p.naam,
        "description": p.samenvatting,
        "url": url,
        "serviceType": p.upl or p.naam,
        "provider": aanbieder(gemeente),
        "areaServed": {"@type": "AdministrativeArea", "name": gemeente.naam},
        "audience": [
            {"@type": _PUBLIEK[d][0], "audienceType": _PUBLIEK[d][1]} for d in p.doelgroep
        ],
        "availableChannel": [_kanaal(k, a.url) for a, k in in_volgorde(gemeente, p.aanvragen)],
    }
    in_kracht = [k for k in p.kosten if k.geldt_op(dag)]
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


def aanbieder(gemeente: Gemeente) -> dict[str, Any]:
    return {
        "@type": "GovernmentOrganization",
        "name": gemeente.naam,
        "url": gemeente.website,
        "telephone": gemeente.contact.telefoon,
        "email": gemeente.contact.email,
    }


def _kanaal(kanaal: Kanaal, url: str | None) -> dict[str, Any]:
    data: dict[str, Any] = {"@type": "ServiceChannel", "name": kanaal.naam}
    if url or kanaal.url:
        data["serviceUrl"] = url or kanaal.url
    if kanaal.telefoon:
        data["servicePhone"] = {"@type": "ContactPoint", "telephone": kanaal.telefoon}
    if kanaal.adres:
        data["serviceLocation"] = {"@type": "Place", "address": kanaal.adres}
    return data


def organisatie(o: Organisatie, url: str) -> dict[str, Any]:
    """schema.org/Organization with its postal address and telephone."""
    data: dict[str, Any] = {
        "@context": "https://schema.org",
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
