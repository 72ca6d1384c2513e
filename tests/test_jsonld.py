"""The structured data Loket puts in the pages' front matter: the gemeente once, with its
channels, hours and closing days; the area with its CBS code; the open data as datasets."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

from loket.controle import laad_catalogus
from loket.model import Catalogus
from loket.pages import Opties, bouw_site
from loket.pages.jsonld_gemeente import postadres
from loket.pages.open_data import open_data_paden

from tests.conftest import loket_check

DAG = date(2026, 11, 22)
OPTIES = Opties(site_url="https://www.proefdorp.example/", vandaag=DAG)
GEMEENTE = {"@id": "https://www.proefdorp.example/#gemeente"}


def vervang(gemeente_map: Path, oud: str, nieuw: str) -> None:
    pad = gemeente_map / "gemeente.yml"
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, oud
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def catalogus_van(gemeente_map: Path, dag: date = DAG) -> Catalogus:
    catalogus = laad_catalogus(gemeente_map, dag).catalogus
    assert catalogus is not None
    return catalogus


def jsonld(gemeente_map: Path, opties: Opties = OPTIES) -> dict[str, Any]:
    """Page path → its JSON-LD, for every page that has one."""
    catalogus = catalogus_van(gemeente_map, opties.vandaag)
    return {
        u.pad: u.meta["loket"]["jsonld"]
        for u in bouw_site(catalogus, opties)
        if u.is_pagina and "jsonld" in u.meta.get("loket", {})
    }


def test_the_cbs_code_names_the_area_of_every_service_and_of_the_gemeente(klein: Path):
    vervang(klein, "naam: Gemeente Proefdorp\n", "naam: Gemeente Proefdorp\ncbs_code: GM9999\n")
    blokken = jsonld(klein)
    gebied = {
        "@type": "AdministrativeArea",
        "name": "Proefdorp",
        "identifier": {"@type": "PropertyValue", "propertyID": "CBS", "value": "GM9999"},
    }
    assert blokken["index.md"]["areaServed"] == gebied
    for pad in ("producten/paspoort.md", "producten/grofvuil.md", "en/products/paspoort.md"):
        assert blokken[pad]["areaServed"] == gebied, pad
        assert blokken[pad]["provider"] == GEMEENTE, pad


def test_a_code_that_is_not_a_cbs_code_is_a_located_melding(klein: Path):
    vervang(klein, "naam: Gemeente Proefdorp\n", "naam: Gemeente Proefdorp\ncbs_code: '0363'\n")
    uitkomst = loket_check(klein)
    assert uitkomst.returncode == 1
    assert "gemeente.yml:2:11: '0363' is geen gemeentecode van het CBS" in uitkomst.stderr, (
        uitkomst.stderr
    )
    assert "schrijf GM en vier cijfers, zoals GM0363" in uitkomst.stderr


def test_home_and_contact_carry_the_whole_gemeente_with_a_contact_point_per_channel(klein: Path):
    blokken = jsonld(klein)
    gemeente = blokken["contact.md"]
    assert blokken["index.md"] == gemeente
    assert gemeente["@id"] == GEMEENTE["@id"] and gemeente["name"] == "Gemeente Proefdorp"
    punten = {p["name"]: p for p in gemeente["contactPoint"]}
    assert list(punten) == ["Website", "Telefoon", "Balie", "Post"]  # digital first
    assert punten["Website"] == {
        "@type": "ContactPoint",
        "name": "Website",
        "contactType": "Online",
        "url": "https://mijn.proefdorp.example/",
    }
    assert punten["Post"]["@type"] == "PostalAddress"
    assert punten["Post"]["postOfficeBoxNumber"] == "9"
    balie = punten["Balie"]
    assert (balie["@type"], balie["streetAddress"], balie["postalCode"]) == (
        "PostalAddress",
        "Dorpsstraat 1",
        "9999 ZZ",
    )
    donderdag = "https://schema.org/Thursday"
    assert [(u.get("dayOfWeek"), u["opens"], u["closes"]) for u in balie["hoursAvailable"]] == [
        (["https://schema.org/Tuesday"], "08:30", "12:30"),
        ([donderdag], "09:00", "12:00"),
        ([donderdag], "13:00", "20:00"),
        (None, "00:00", "00:00"),
    ]
    assert balie["hoursAvailable"][-1] | {"name": ""} == {
        "@type": "OpeningHoursSpecification",
        "name": "",
        "validFrom": "2026-12-25",
        "validThrough": "2026-12-25",
        "opens": "00:00",
        "closes": "00:00",
    }


def test_only_the_coming_closing_days_are_in_the_hours(klein: Path):
    later = Opties(site_url=OPTIES.site_url, vandaag=date(2026, 12, 26))
    telefoon = next(
        p for p in jsonld(klein, later)["contact.md"]["contactPoint"] if p["name"] == "Telefoon"
    )
    assert [u.get("validFrom") for u in telefoon["hoursAvailable"]] == [None]


def test_the_same_slot_on_several_days_is_one_specification(klein: Path):
    oud = '      dinsdag: "08:30-12:30"\n'
    vervang(klein, oud, oud + '      woensdag: "08:30-12:30"\n      vrijdag: "08:30-12:30"\n')
    balie = next(p for p in jsonld(klein)["contact.md"]["contactPoint"] if p["name"] == "Balie")
    assert balie["hoursAvailable"][0]["dayOfWeek"] == [
        "https://schema.org/Tuesday",
        "https://schema.org/Wednesday",
        "https://schema.org/Friday",
    ]


def test_an_address_in_another_form_stays_text():
    assert postadres("Raadhuisplein 1, 7461 LW Lindewaard") == {
        "@type": "PostalAddress",
        "streetAddress": "Raadhuisplein 1",
        "postalCode": "7461 LW",
        "addressLocality": "Lindewaard",
        "addressCountry": "NL",
    }
    assert postadres("Postbus 190, 7460AD Lindewaard")["postOfficeBoxNumber"] == "190"
    assert postadres("Raadhuisplein 1 in Lindewaard") is None
    assert postadres("Raadhuisplein 1, Lindewaard") is None


def test_the_gemeente_keeps_an_address_in_another_form_as_its_text(klein: Path):
    vervang(
        klein,
        "  adres: Dorpsstraat 1, 9999 ZZ Proefdorp\n",
        "  adres: Dorpsstraat 1 in Proefdorp\n",
    )
    blokken = jsonld(klein)
    assert blokken["contact.md"]["address"] == "Dorpsstraat 1 in Proefdorp"
    assert blokken["index.md"]["address"] == "Dorpsstraat 1 in Proefdorp"


def test_a_product_without_a_upl_name_has_no_service_type(klein: Path):
    blokken = jsonld(klein)
    assert blokken["producten/paspoort.md"]["serviceType"] == "Paspoort"
    assert "serviceType" not in blokken["producten/terrasvergunning.md"]


def test_open_data_is_a_catalogue_with_a_dataset_per_download(klein: Path):
    catalogus = jsonld(klein)["open-data/index.md"]
    assert (catalogus["@type"], catalogus["publisher"]) == ("DataCatalog", GEMEENTE)
    downloads = {d["name"]: d for d in catalogus["dataset"]}
    csv = downloads["Producten (CSV)"]
    assert csv["distribution"] == {
        "@type": "DataDownload",
        "contentUrl": "https://www.proefdorp.example/open-data/producten.csv",
        "encodingFormat": "text/csv",
    }
    assert csv["license"] == "https://creativecommons.org/publicdomain/zero/1.0/"
    assert (
        downloads["Samenwerkende Catalogi"]["distribution"]["encodingFormat"] == "application/xml"
    )
    paden = [p for p in open_data_paden(catalogus_van(klein)) if not p.endswith("index.md")]
    assert len(downloads) == len(paden)
    assert {d["distribution"]["contentUrl"] for d in downloads.values()} == {
        f"https://www.proefdorp.example/{p}" for p in paden
    }


def test_a_norm_page_is_about_the_services_it_is_for(klein: Path):
    blokken = jsonld(klein)
    norm = blokken["kwaliteitshandvest/reisdocument-klaar.md"]
    assert norm["about"] == [{"@id": "https://www.proefdorp.example/producten/paspoort/#dienst"}]
    assert blokken["producten/paspoort.md"]["@id"] == norm["about"][0]["@id"]
    assert norm["isPartOf"] == {"@id": "https://www.proefdorp.example/kwaliteitshandvest/"}
    assert blokken["kwaliteitshandvest/telefoon-opnemen.md"]["about"] == GEMEENTE
    handvest = blokken["kwaliteitshandvest/index.md"]
    assert {"@id": norm["@id"]} in handvest["hasPart"]
