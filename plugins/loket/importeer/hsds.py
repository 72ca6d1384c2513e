"""Open Referral HSDS (tabular, 1.x/2.x and 3.0) → rows of Loket's sociale kaart.

One row per organization: address and phone from its first location, opening hours in words
from its schedules, category from a mapping of taxonomy terms or one default. What does not fit
(a foreign postcode, an `http` website, unsafe text, a dangling reference) is left out and
written in the report, so the result always passes `loket check`.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from pathlib import Path

from pydantic import TypeAdapter, ValidationError

from loket.model.openingstijden import WEEKDAGEN
from loket.model.sociale_kaart import Organisatie
from loket.model.tekens import teken_probleem
from loket.model.veilige_tekst import tekst_probleem

HsdsRij = dict[str, str]
# HSDS 3.0 name first, then the 1.x/2.x name of the same table.
TABELLEN = {
    "organizations": ("organizations",),
    "services": ("services",),
    "locations": ("locations",),
    "addresses": ("addresses", "physical_addresses"),
    "phones": ("phones",),
    "schedules": ("schedules", "regular_schedules"),
    "taxonomy_terms": ("taxonomy_terms", "taxonomy"),
    "attributes": ("attributes", "services_taxonomy"),
}
_BYDAY = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_NL = {"", "nl", "nld", "nederland", "netherlands", "the netherlands"}


@dataclass
class Omzetting:
    rijen: list[HsdsRij] = field(default_factory=list)
    rapport: list[str] = field(default_factory=list)


class HsdsFout(ValueError):
    """A table of the package cannot be read; the message (Dutch) names it."""


def lees_hsds(gemeente_map: Path) -> dict[str, list[HsdsRij]]:
    """Every known HSDS table in `map` that exists, under its HSDS 3.0 name."""
    tabellen: dict[str, list[HsdsRij]] = {}
    for naam, bestandsnamen in TABELLEN.items():
        for bestandsnaam in bestandsnamen:
            pad = gemeente_map / f"{bestandsnaam}.csv"
            if pad.is_file():
                tabellen[naam] = _lees_tabel(pad)
                break
    return tabellen


def _lees_tabel(pad: Path) -> list[HsdsRij]:
    try:
        with pad.open(encoding="utf-8-sig", newline="") as bestand:
            return [
                {k: v.strip() for k, v in r.items() if isinstance(k, str) and isinstance(v, str)}
                for r in csv.DictReader(bestand)
            ]
    except UnicodeDecodeError:
        raise HsdsFout(f"{pad.name} is niet in UTF-8") from None
    except csv.Error as fout:
        raise HsdsFout(f"{pad.name} is geen leesbare CSV ({fout})") from None


def converteer(
    tabellen: Mapping[str, list[HsdsRij]],
    categorieen: Mapping[str, str],
    standaard: str | None,
    verboden_ids: set[str],
    vandaag: date,
) -> Omzetting:
    """`categorieen` maps taxonomy term names or ids to Loket category ids."""
    omzetter = _Omzetter(tabellen, categorieen, standaard, verboden_ids, vandaag)
    for organisatie in tabellen.get("organizations", []):
        omzetter.organisatie(organisatie)
    return omzetter.uitkomst


class _Omzetter:
    def __init__(
        self,
        tabellen: Mapping[str, list[HsdsRij]],
        categorieen: Mapping[str, str],
        standaard: str | None,
        verboden_ids: set[str],
        vandaag: date,
    ) -> None:
        self.t = tabellen
        self.categorieen = categorieen
        self.standaard = standaard
        self.gebruikt = set(verboden_ids)
        self.vandaag = vandaag
        self.uitkomst = Omzetting()
        org_ids = {o.get("id", "") for o in tabellen.get("organizations", [])}
        self.locaties = _per(tabellen.get("locations", []), "organization_id")
        self.diensten = _per(tabellen.get("services", []), "organization_id")
        for locatie in tabellen.get("locations", []):
            if locatie.get("organization_id") and locatie["organization_id"] not in org_ids:
                self._meld(
                    locatie.get("name", locatie.get("id", "?")),
                    "locatie overgeslagen: verwijst naar een onbekende organisatie",
                )

    def _meld(self, naam: str, tekst: str) -> None:
        self.uitkomst.rapport.append(f"{naam}: {tekst}")

    def organisatie(self, org: HsdsRij) -> None:
        naam = _schoon(org.get("name", ""))
        if not naam:
            self._meld(org.get("id", "?"), "overgeslagen: de organisatie heeft geen naam")
            return
        categorie = self._categorie(org)
        if categorie is None:
            self._meld(naam, "overgeslagen: geen categorie (gebruik --categorie of --categorieen)")
            return
        locatie = (self.locaties.get(org.get("id", "")) or [{}])[0]
        rij = {
            "id": self._id(naam),
            "naam": naam,
            "categorie": categorie,
            "omschrijving": self._tekst(naam, "omschrijving", org.get("description", "")),
            "bijgewerkt": self.vandaag.isoformat(),
        }
        if not rij["omschrijving"]:
            rij["omschrijving"] = "Over deze organisatie is nog geen omschrijving bekend."
        rij |= self._adres(naam, locatie)
        rij["telefoon"] = self._telefoon(org, locatie)
        rij["email"] = self._email(naam, org.get("email", ""))
        rij["website"] = self._website(naam, org.get("website") or org.get("url", ""))
        rij["openingstijden"] = self._openingstijden(org, locatie)
        rij["kosten"] = self._kosten(naam, org)
        rij["trefwoorden"] = ";".join(
            _schoon(d.get("name", "")).replace(";", ",")
            for d in self.diensten.get(org.get("id", ""), [])[:4]
            if d.get("name")
        )
        self.uitkomst.rijen.append(rij)

    def _id(self, naam: str) -> str:
        basis = _slug(naam) or "organisatie"
        kandidaat, teller = basis, 2
        while kandidaat in self.gebruikt:
            kandidaat, teller = f"{basis}-{teller}", teller + 1
        self.gebruikt.add(kandidaat)
        return kandidaat

    def _categorie(self, org: HsdsRij) -> str | None:
        for term in self._termen(org):
            if term in self.categorieen:
                return self.categorieen[term]
        return self.standaard

    def _termen(self, org: HsdsRij) -> list[str]:
        """Names and ids of the taxonomy terms of the organization and its services."""
        namen = {t.get("id", ""): t.get("name", "") for t in self.t.get("taxonomy_terms", [])}
        diensten = {d.get("id", "") for d in self.diensten.get(org.get("id", ""), [])}
        koppelingen = [
            a.get("taxonomy_term_id") or a.get("taxonomy_id") or ""
            for a in self.t.get("attributes", [])
            if (a.get("link_id") or a.get("service_id")) in diensten | {org.get("id")}
        ]
        for dienst in self.diensten.get(org.get("id", ""), []):
            koppelingen += [
                t.strip() for t in dienst.get("taxonomy_ids", "").split(",") if t.strip()
            ]
        termen = []
        for term_id in koppelingen:
            termen += [term_id, namen.get(term_id, "")]
        return [t for t in termen if t]

    def _tekst(self, naam: str, veld: str, waarde: str) -> str:
        schoon = _schoon(waarde)
        if "<" in schoon and tekst_probleem(schoon):
            schoon = _schoon(re.sub(r"<[^>]*>", " ", schoon))
            self._meld(naam, f"HTML uit {veld} gehaald")
        if schoon and tekst_probleem(schoon):
            self._meld(naam, f"{veld} weggelaten: bevat HTML of een onveilige link")
            return ""
        if teken_probleem(schoon, regels=False):
            self._meld(naam, f"{veld} weggelaten: bevat een onzichtbaar of ongeldig teken")
            return ""
        return schoon

    def _adres(self, naam: str, locatie: HsdsRij) -> HsdsRij:
        adressen = [
            a for a in self.t.get("addresses", []) if a.get("location_id") == locatie.get("id")
        ]
        if not locatie or not adressen:
            return {"adres": "", "postcode": "", "plaats": ""}
        adressen.sort(key=lambda a: a.get("address_type", "physical") != "physical")
        a = adressen[0]
        straat = ", ".join(d for d in (a.get("address_1", ""), a.get("address_2", "")) if d)
        return {
            "adres": self._tekst(naam, "adres", straat),
            "postcode": self._postcode(naam, a.get("postal_code", ""), a.get("country", "")),
            "plaats": self._tekst(naam, "plaats", a.get("city", "")),
        }

    def _postcode(self, naam: str, postcode: str, land: str) -> str:
        kandidaat = re.sub(r"^(\d{4})\s*([A-Za-z]{2})$", r"\1 \2", postcode.strip()).upper()
        if not postcode:
            return ""
        if land.strip().casefold() in _NL and _past("postcode", kandidaat):
            return kandidaat
        self._meld(naam, f"postcode '{postcode}' weggelaten: geen Nederlandse postcode")
        return ""

    def _telefoon(self, org: HsdsRij, locatie: HsdsRij) -> str:
        diensten = {d.get("id") for d in self.diensten.get(org.get("id", ""), [])}
        telefoons = self.t.get("phones", [])
        for past in (
            lambda p: p.get("organization_id") == org.get("id"),
            lambda p: locatie and p.get("location_id") == locatie.get("id"),
            lambda p: p.get("service_id") in diensten,
        ):
            gevonden = [p for p in telefoons if past(p) and p.get("number")]
            if gevonden:
                return _schoon(gevonden[0]["number"].strip('"'))
        return ""

    def _email(self, naam: str, email: str) -> str:
        if email and not _past("email", email):
            self._meld(naam, f"e-mail '{email}' weggelaten: geen geldig e-mailadres")
            return ""
        return email

    def _website(self, naam: str, url: str) -> str:
        if url and not _past("website", url):
            self._meld(naam, f"website '{url}' weggelaten: alleen https-links zijn toegestaan")
            return ""
        return url

    def _openingstijden(self, org: HsdsRij, locatie: HsdsRij) -> str:
        diensten = {d.get("id") for d in self.diensten.get(org.get("id", ""), [])}
        regels = [
            s
            for s in self.t.get("schedules", [])
            if (locatie and s.get("location_id") == locatie.get("id"))
            or s.get("service_id") in diensten
        ]
        per_tijd: dict[str, set[int]] = defaultdict(set)
        for regel in regels:
            tijden = _tijden(regel.get("opens_at", ""), regel.get("closes_at", ""))
            if tijden:
                per_tijd[tijden] |= _dagen(regel)
        delen = [
            f"{_opsomming([WEEKDAGEN[d] for d in sorted(dagen)])} {tijden}"
            for tijden, dagen in per_tijd.items()
            if dagen
        ]
        return "; ".join(delen)

    def _kosten(self, naam: str, org: HsdsRij) -> str:
        for dienst in self.diensten.get(org.get("id", ""), []):
            tekst = dienst.get("fees_description") or dienst.get("fees") or ""
            if tekst and tekst not in ("fees", "fees_description"):
                return self._tekst(naam, "kosten", tekst)
        return ""


def _past(kolom: str, cel: str) -> bool:
    """Whether `loket check` would accept the cell: the importer uses the model's own type."""
    try:
        _kolom_type(kolom).validate_python(cel)
    except ValidationError:
        return False
    return True


@cache
def _kolom_type(kolom: str) -> TypeAdapter[object]:
    return TypeAdapter(Organisatie.model_fields[kolom].rebuild_annotation())


def _per(rijen: list[HsdsRij], sleutel: str) -> dict[str, list[HsdsRij]]:
    groepen: dict[str, list[HsdsRij]] = defaultdict(list)
    for rij in rijen:
        groepen[rij.get(sleutel, "")].append(rij)
    return groepen


def _schoon(tekst: str) -> str:
    return " ".join(tekst.split())


def _slug(naam: str) -> str:
    ascii_naam = unicodedata.normalize("NFKD", naam).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_naam.lower()).strip("-")[:60].strip("-")


def _tijden(open_: str, dicht: str) -> str:
    delen = [re.match(r"^(\d{1,2}):(\d{2})", t) for t in (open_, dicht)]
    if not all(delen):
        return ""
    begin, eind = (f"{int(d.group(1)):02d}.{d.group(2)}" for d in delen if d)
    return f"{begin} – {eind} uur"


def _dagen(regel: HsdsRij) -> set[int]:
    """ISO weekday numbers (HSDS 1.x/2.x `weekday`, 1 = maandag) or 3.0 `byday` codes."""
    dagen = {_BYDAY[d.strip()] for d in regel.get("byday", "").split(",") if d.strip() in _BYDAY}
    weekdag = regel.get("weekday", "")
    if weekdag.isdigit() and 1 <= int(weekdag) <= 7:
        dagen.add(int(weekdag) - 1)
    return dagen


def _opsomming(woorden: list[str]) -> str:
    return woorden[0] if len(woorden) == 1 else ", ".join(woorden[:-1]) + " en " + woorden[-1]
