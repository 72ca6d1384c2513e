"""The gemeente as schema.org/GovernmentOrganization: a ContactPoint per channel, with its
opening hours and the coming closing days (for the home and contact pages)."""

from __future__ import annotations

import re
from datetime import date, time
from typing import Any

from loket.model import Gemeente, Kanaal
from loket.model.gemeente import Sluitingsdag
from loket.model.openingstijden import Openingstijden, Tijdvak
from loket.pages.jsonld import SCHEMA, gebied, gemeente_id
from loket.pages.kanalen import komende_sluitingsdagen
from loket.pages.spec import Opties
from loket.pages.teksten import NL

DAGEN = tuple(
    f"{SCHEMA}/{dag}"
    for dag in ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
)
"""schema.org's DayOfWeek members, Monday first as in `Openingstijden.per_dag`."""
_ADRES = re.compile(r"^(?P<straat>.+?),\s*(?P<postcode>[1-9]\d{3}\s?[A-Z]{2})\s+(?P<plaats>.+)$")
_POSTBUS = re.compile(r"^postbus\s+(?P<nummer>\d+)$", re.IGNORECASE)


def overheidsorganisatie(gemeente: Gemeente, opties: Opties) -> dict[str, Any]:
    """The whole node of the gemeente; other pages refer to it by its `@id`."""
    sluiting = komende_sluitingsdagen(gemeente, opties.vandaag)
    data: dict[str, Any] = {
        "@context": SCHEMA,
        "@type": "GovernmentOrganization",
        "@id": gemeente_id(opties),
        "name": gemeente.naam,
        "url": gemeente.website,
        "telephone": gemeente.contact.telefoon,
        "email": gemeente.contact.email,
    }
    if gemeente.contact.adres:
        data["address"] = postadres(gemeente.contact.adres) or gemeente.contact.adres
    data["areaServed"] = gebied(gemeente)
    data["contactPoint"] = [contactpunt(k, sluiting) for k in gemeente.kanalen]
    return data


def contactpunt(kanaal: Kanaal, sluiting: list[Sluitingsdag]) -> dict[str, Any]:
    """A channel as a ContactPoint; one with an address Loket can read as a Dutch address is
    a PostalAddress (a kind of ContactPoint: ContactPoint itself has no address)."""
    adres = postadres(kanaal.adres) if kanaal.adres else None
    data: dict[str, Any] = adres or {"@type": "ContactPoint"}
    data |= {"name": kanaal.naam, "contactType": NL.soort_titels[kanaal.soort]}
    if kanaal.url:
        data["url"] = kanaal.url
    if kanaal.telefoon:
        data["telephone"] = kanaal.telefoon
    if kanaal.email:
        data["email"] = kanaal.email
    if kanaal.openingstijden:
        data["hoursAvailable"] = openingsuren(kanaal.openingstijden, sluiting)
    return data


def openingsuren(tijden: Openingstijden, sluiting: list[Sluitingsdag]) -> list[dict[str, Any]]:
    """One specification per time slot with the days it holds on, in the order of the week;
    then each closing day as closed all day (opens and closes at 00:00)."""
    per_vak: dict[Tijdvak, list[str]] = {}
    for dag, (_, vakken) in zip(DAGEN, tijden.per_dag(), strict=True):
        for vak in vakken:
            per_vak.setdefault(vak, []).append(dag)
    uren: list[dict[str, Any]] = [
        {
            "@type": "OpeningHoursSpecification",
            "dayOfWeek": dagen,
            "opens": _tijd(begin),
            "closes": _tijd(eind),
        }
        for (begin, eind), dagen in per_vak.items()
    ]
    uren += [_gesloten(d.datum, d.omschrijving) for d in sluiting]
    return uren


def _gesloten(dag: date, reden: str) -> dict[str, Any]:
    return {
        "@type": "OpeningHoursSpecification",
        "name": reden,
        "validFrom": dag.isoformat(),
        "validThrough": dag.isoformat(),
        "opens": "00:00",
        "closes": "00:00",
    }


def _tijd(moment: time) -> str:
    """`08:30`; the end of the day (24:00, kept as 23:59) stays 23:59."""
    return moment.strftime("%H:%M")


def postadres(tekst: str) -> dict[str, Any] | None:
    """`Raadhuisplein 1, 7461 LW Lindewaard` or `Postbus 190, 7460 AD Lindewaard` as a
    PostalAddress; None for an address in another form."""
    delen = _ADRES.match(tekst.strip())
    if not delen:
        return None
    adres: dict[str, Any] = {"@type": "PostalAddress"}
    postbus = _POSTBUS.match(delen["straat"].strip())
    if postbus:
        adres["postOfficeBoxNumber"] = postbus["nummer"]
    else:
        adres["streetAddress"] = delen["straat"].strip()
    adres |= {
        "postalCode": delen["postcode"],
        "addressLocality": delen["plaats"].strip(),
        "addressCountry": "NL",
    }
    return adres
