"""Single Digital Gateway and Wmebv: which products are SDG products, the information the EU
asks for, the feedback link on SDG pages only, and the designated channel for formal
messages."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from loket.controle import laad_catalogus
from loket.model import Catalogus
from loket.pages import Opties, bouw_site
from loket.pages.contact import contact_pagina
from loket.pages.product import product_pagina
from loket.pages.sdg import betalen, feedback_link

from tests.conftest import met_storing, mkdocs_build

DAG = date(2026, 11, 22)
OPTIES = Opties(site_url="https://www.proefdorp.example/", vandaag=DAG)


def regels(gemeente_map: Path) -> list[str]:
    return [str(m).splitlines()[0] for m in laad_catalogus(gemeente_map, DAG).meldingen]


def catalogus(gemeente_map: Path) -> Catalogus:
    uitkomst = laad_catalogus(gemeente_map, DAG)
    assert uitkomst.catalogus is not None, [str(m) for m in uitkomst.meldingen]
    return uitkomst.catalogus


def pagina(gemeente_map: Path, product_id: str) -> str:
    c = catalogus(gemeente_map)
    return product_pagina(c, c.producten[product_id], OPTIES).inhoud


def wijzig(gemeente_map: Path, bestand: str, oud: str, nieuw: str) -> None:
    pad = gemeente_map / bestand
    tekst = pad.read_text(encoding="utf-8")
    assert oud in tekst, oud
    pad.write_text(tekst.replace(oud, nieuw, 1), encoding="utf-8")


def test_the_upl_list_says_which_products_are_sdg_products(klein: Path):
    assert catalogus(klein).sdg == {"paspoort": ("A1",)}


def test_an_sdg_product_without_the_eu_information_gets_warnings_with_its_code(klein: Path):
    wijzig(klein, "producten/paspoort.yaml", "betaalmethoden: [pin, ideal]\n", "")
    wijzig(klein, "producten/paspoort.yaml", "wettelijke_termijn: 8 weken (Awb 4:13)\n", "")
    assert regels(klein) == [
        "producten/paspoort.yaml:1:1: SDG-product (A1): 'wettelijke_termijn' ontbreekt",
        "producten/paspoort.yaml:23:3: SDG-product (A1): 'betaalmethoden' ontbreekt",
    ]


def test_sdg_false_needs_a_reason_and_then_overrides_the_list(klein: Path):
    wijzig(klein, "producten/paspoort.yaml", "upl: Paspoort\n", "upl: Paspoort\nsdg: false\n")
    assert regels(klein) == [
        "producten/paspoort.yaml:1:1: bij 'sdg: false' hoort 'sdg_toelichting'"
    ]
    wijzig(
        klein,
        "producten/paspoort.yaml",
        "sdg: false\n",
        "sdg: false\nsdg_toelichting: Wij geven alleen noodpaspoorten uit.\n",
    )
    assert catalogus(klein).sdg == {}
    assert "Geef uw mening" not in pagina(klein, "paspoort")


def test_sdg_true_makes_a_product_an_sdg_product_without_a_code(klein: Path):
    wijzig(klein, "producten/grofvuil.yaml", "themas:", "sdg: true\nthemas:")
    assert catalogus(klein).sdg["grofvuil"] == ()
    assert any("SDG-product (sdg: true): 'bezwaar_en_beroep' ontbreekt" in r for r in regels(klein))


def test_payment_methods_are_a_fixed_set_and_shown_under_the_costs(klein: Path):
    assert betalen(["pin", "contant", "ideal"]) == "Betalen kan met pin, contant geld of iDEAL."
    tekst = pagina(klein, "paspoort")
    kosten = tekst[tekst.index("## Wat kost het?") : tekst.index("## Hoe lang duurt het?")]
    assert "Betalen kan met pin of iDEAL." in kosten
    wijzig(klein, "producten/paspoort.yaml", "[pin, ideal]", "[pin, bitcoin]")
    fout = laad_catalogus(klein, DAG).meldingen
    assert [str(m).splitlines()[0] for m in fout] == [
        "producten/paspoort.yaml:29:23: 'bitcoin' is hier niet toegestaan"
    ]
    assert fout[0].hint == "kies uit: pin, contant, ideal, creditcard, factuur, acceptgiro"


def test_what_happens_when_we_decide_too_late_is_under_how_long(klein: Path):
    tekst = pagina(klein, "paspoort")
    duur = tekst[tekst.index("## Hoe lang duurt het?") :]
    kop = "### Als wij niet op tijd beslissen\n\n"
    assert kop + '<div class="loket-tekst">\n<p>Beslissen wij niet op tijd?' in duur


def test_every_product_page_says_when_it_last_changed(klein: Path):
    c = catalogus(klein)
    for bron in c.producten.values():
        tekst = product_pagina(c, bron, OPTIES).inhoud
        assert "Laatst gewijzigd op " in tekst, bron.id


def test_the_feedback_link_is_on_sdg_pages_only_with_page_and_language(klein: Path):
    c = catalogus(klein)
    paginas = {u.pad: u.inhoud for u in bouw_site(c, OPTIES) if u.is_pagina}
    met_link = sorted(p for p, t in paginas.items() if "feedback.proefdorp.example" in t)
    assert met_link == ["en/products/paspoort.md", "producten/paspoort.md"]
    verwacht = feedback_link(
        "https://feedback.proefdorp.example/sdg?pagina={url}&taal={lang}",
        "https://www.proefdorp.example/producten/paspoort/",
    )
    assert verwacht == (
        "https://feedback.proefdorp.example/sdg?pagina="
        "https%3A%2F%2Fwww.proefdorp.example%2Fproducten%2Fpaspoort%2F&taal=nl"
    )
    assert f"]({verwacht})" in paginas["producten/paspoort.md"]


def test_without_a_feedback_address_check_warns_once_and_no_link_is_made(klein: Path):
    wijzig(
        klein,
        "gemeente.yml",
        "sdg:\n  feedback_url: https://feedback.proefdorp.example/sdg?pagina={url}&taal={lang}\n",
        "",
    )
    assert regels(klein) == [
        "gemeente.yml:1:1: 1 SDG-product(en) zonder link naar de feedbacktool van "
        "de Europese Commissie"
    ]
    assert "Geef uw mening" not in pagina(klein, "paspoort")


@pytest.mark.parametrize(
    "adres",
    ["http://feedback.example/?p={url}", "https://feedback.example/?p={pagina}", "geen adres"],
)
def test_a_wrong_feedback_address_is_a_located_error(klein: Path, adres: str):
    wijzig(
        klein,
        "gemeente.yml",
        "https://feedback.proefdorp.example/sdg?pagina={url}&taal={lang}",
        adres,
    )
    gevonden = regels(klein)
    assert len(gevonden) == 1 and gevonden[0].startswith("gemeente.yml:"), gevonden


def test_the_sdg_code_is_in_the_json_ld_and_the_open_data_but_not_in_the_text(klein: Path):
    c = catalogus(klein)
    uitvoer = {u.pad: u for u in bouw_site(c, OPTIES)}
    paspoort = uitvoer["producten/paspoort.md"]
    assert paspoort.meta["loket"]["jsonld"]["identifier"] == [
        {"@type": "PropertyValue", "propertyID": "SDG", "value": "A1"}
    ]
    assert "A1" not in paspoort.inhoud
    assert "identifier" not in uitvoer["producten/grofvuil.md"].meta["loket"]["jsonld"]
    rijen = {
        r["id"]: r for r in csv.DictReader(io.StringIO(uitvoer["open-data/producten.csv"].inhoud))
    }
    assert (rijen["paspoort"]["sdg_codes"], rijen["grofvuil"]["sdg_codes"]) == ("A1", "")
    producten = {p["id"]: p for p in json.loads(uitvoer["open-data/producten.json"].inhoud)}
    assert producten["paspoort"]["sdg_codes"] == ["A1"]


# Wmebv --------------------------------------------------------------------------------------


def test_a_product_page_says_where_to_send_formal_messages_digitally(klein: Path):
    tekst = pagina(klein, "paspoort")
    sectie = tekst[tekst.index("## Aanvraag of bezwaar digitaal sturen") :]
    assert "via [Website](https://mijn.proefdorp.example/)" in sectie
    assert (
        "[aanwijzingsbesluit](https://bekendmakingen.proefdorp.example/aanwijzing-2026)" in sectie
    )
    assert "U kunt ook kiezen voor: Balie, Post." in sectie


def test_the_contact_page_lists_the_designated_channels(klein: Path):
    tekst = contact_pagina(catalogus(klein), OPTIES).inhoud
    sectie = tekst[tekst.index("## Officiële berichten digitaal sturen") :]
    assert "- [Website](https://mijn.proefdorp.example/)" in sectie
    assert "aanwijzingsbesluit" in sectie


def test_without_wmebv_there_is_no_section(klein: Path):
    wijzig(
        klein,
        "gemeente.yml",
        "wmebv:\n  aanwijzingsbesluit: https://bekendmakingen.proefdorp.example/aanwijzing-2026\n"
        "  formele_kanalen: [website]\n",
        "",
    )
    assert "digitaal sturen" not in pagina(klein, "paspoort")
    assert "Officiële berichten" not in contact_pagina(catalogus(klein), OPTIES).inhoud


def test_a_formal_channel_must_be_designated_and_exist(klein: Path):
    wijzig(klein, "producten/paspoort.yaml", "gerelateerd:", "formeel_kanaal: balie\ngerelateerd:")
    assert regels(klein) == [
        "producten/paspoort.yaml:45:17: kanaal 'balie' is niet aangewezen voor officiële berichten"
    ]
    wijzig(klein, "gemeente.yml", "formele_kanalen: [website]", "formele_kanalen: [website, fax]")
    assert regels(klein)[0] == "gemeente.yml:58:30: kanaal 'fax' bestaat niet"


def test_a_storing_of_the_formal_channel_says_what_it_means_for_deadlines(klein: Path):
    met_storing(klein)
    tekst = pagina(klein, "paspoort")
    sectie = tekst[tekst.index("## Aanvraag of bezwaar digitaal sturen") :]
    assert "**Website werkt op zondag 22 november 2026 van 08.00 tot 12.00 uur niet.**" in sectie
    assert "Dan is dat niet uw schuld." in sectie


def test_the_built_pages_carry_the_feedback_link_as_a_plain_link(klein: Path):
    assert mkdocs_build(klein).returncode == 0
    html = (klein / "site" / "producten" / "paspoort" / "index.html").read_text(encoding="utf-8")
    assert (
        'href="https://feedback.proefdorp.example/sdg?pagina='
        'https%3A%2F%2Fwww.proefdorp.example%2Fproducten%2Fpaspoort%2F&amp;taal=nl"'
    ) in html
    grofvuil = (klein / "site" / "producten" / "grofvuil" / "index.html").read_text(
        encoding="utf-8"
    )
    assert "feedback.proefdorp.example" not in grofvuil
