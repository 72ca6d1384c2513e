"""Notices (`mededelingen/`): shown while active, on the pages they concern; a storing marks its
channel; ended ones are gone and pointed out; every mistake is a located Dutch message."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date, datetime
from pathlib import Path

import pytest
from loket.controle import laad_catalogus
from loket.melding import Ernst
from loket.model.mededeling import Mededeling, MededelingBron
from loket.pages import Opties, bouw_site
from loket.pages.feed import ATOM, nederlandse_tijd
from loket.pages.mededelingen import mededeling_html, op_elke_pagina, wanneer

from tests.conftest import PEILDATUM, ROOT, loket_check, mkdocs_build

ZATERDAG = date(2026, 12, 5)
STORING = """\
titel: Online betalen lukt even niet
tekst: |
  Door onderhoud kunt u **zaterdagochtend** niet online betalen.
soort: storing
vanaf: 2026-12-05 08:00
tot: 2026-12-05 12:00
kanalen: [website]
"""


def schrijf(gemeente_map: Path, naam: str, tekst: str) -> Path:
    pad = gemeente_map / "mededelingen" / f"{naam}.yaml"
    pad.parent.mkdir(exist_ok=True)
    pad.write_text(tekst, encoding="utf-8")
    return pad


def site(gemeente_map: Path, dag: date) -> dict[str, str]:
    catalogus = laad_catalogus(gemeente_map, dag).catalogus
    assert catalogus is not None
    uitvoer = bouw_site(catalogus, Opties(site_url="https://x.example/", vandaag=dag))
    return {u.pad: u.inhoud for u in uitvoer}


def kanaal_blok(pagina: str, kop: str) -> str:
    """The text under a heading `kop` up to the next heading of any level."""
    begin = pagina.index(kop)
    volgende = pagina.find("\n#", begin + len(kop))
    return pagina[begin : volgende if volgende != -1 else None]


@pytest.mark.parametrize(
    ("dag", "actief"),
    [(date(2026, 12, 4), False), (ZATERDAG, True), (date(2026, 12, 6), False)],
)
def test_a_storing_marks_its_channel_on_its_day_only(klein: Path, dag: date, actief: bool):
    schrijf(klein, "betalen", STORING)
    pagina = site(klein, dag)
    paspoort, contact = pagina["producten/paspoort.md"], pagina["contact.md"]
    merk = "**Tijdelijk niet beschikbaar** op zaterdag 5 december 2026 van 08.00 tot 12.00 uur"
    assert (merk in kanaal_blok(paspoort, "### Website")) is actief
    assert (merk in kanaal_blok(contact, "## Website")) is actief
    # The other channels stay as they are.
    assert "Tijdelijk niet beschikbaar" not in kanaal_blok(paspoort, "### Balie")
    # About a channel: on the contact page's top, not above every page.
    assert ("Storing: Online betalen lukt even niet" in contact) is actief
    assert "Online betalen" not in pagina["index.md"]


def test_a_notice_about_a_product_is_on_that_page_and_the_contact_page(klein: Path):
    schrijf(
        klein,
        "drukte",
        "titel: Vraag op tijd aan\ntekst: In het voorjaar is het druk.\nsoort: info\n"
        "vanaf: 2026-11-01\ntot: 2027-03-31\nproducten: [paspoort]\n",
    )
    pagina = site(klein, ZATERDAG)
    for pad in ("producten/paspoort.md", "contact.md"):
        assert '<p class="admonition-title">Mededeling: Vraag op tijd aan</p>' in pagina[pad]
        assert "In het voorjaar is het druk." in pagina[pad]
    assert "Vraag op tijd aan" not in pagina["producten/grofvuil.md"]
    # It is about a product, not the product's channels: none is marked.
    assert "Tijdelijk niet beschikbaar" not in pagina["producten/paspoort.md"]
    # At the top: right after the title, before the summary.
    paspoort = pagina["producten/paspoort.md"]
    assert paspoort.index("Vraag op tijd aan") < paspoort.index("loket-samenvatting")


def test_a_storing_of_a_channel_for_one_product_marks_it_there_only(klein: Path):
    schrijf(klein, "betalen", STORING + "producten: [paspoort]\n")
    pagina = site(klein, ZATERDAG)
    assert "Tijdelijk niet beschikbaar" in kanaal_blok(
        pagina["producten/paspoort.md"], "### Website"
    )
    assert "Tijdelijk niet beschikbaar" not in pagina["producten/grofvuil.md"]
    # The channel itself works for everything else: the contact page says so in the notice only.
    assert "Tijdelijk niet beschikbaar" not in kanaal_blok(pagina["contact.md"], "## Website")
    assert "Storing: Online betalen lukt even niet" in pagina["contact.md"]


def test_a_notice_for_everyone_is_in_the_banner_of_every_page(klein: Path, tmp_path: Path):
    schrijf(
        klein,
        "feestdagen",
        'titel: "Feestdagen: 24 & 31 december korter open"\n'
        'tekst: "Op **24 december** tot 12.00 uur."\n'
        "soort: let_op\nvanaf: 2026-11-01\ntot: 2026-12-31\n",
    )
    uit = tmp_path / "site"
    resultaat = mkdocs_build(klein, uit)
    assert resultaat.returncode == 0, resultaat.stderr
    paginas = [
        uit / "index.html",
        uit / "contact/index.html",
        uit / "producten/paspoort/index.html",
    ]
    paginas.append(uit / "over/index.html")  # the gemeente's own page too
    for pagina in paginas:
        html = pagina.read_text(encoding="utf-8")
        banner = html[html.index('<aside class="md-banner">') : html.index("</aside>")]
        assert "Let op: Feestdagen: 24 &amp; 31 december korter open" in banner, pagina
        assert "<strong>24 december</strong>" in banner
    # Not in the search index: it is gone in a month.
    index = (uit / "search/search_index.json").read_text(encoding="utf-8")
    assert "Feestdagen" not in index


def test_no_banner_before_a_notice_starts(klein: Path, tmp_path: Path):
    """The suite's peildatum (2026-11-22) is before this notice."""
    schrijf(
        klein,
        "feestdagen",
        "titel: Feestdagen\ntekst: Korter open.\nsoort: let_op\n"
        "vanaf: 2026-12-01\ntot: 2026-12-31\n",
    )
    uit = tmp_path / "site"
    assert mkdocs_build(klein, uit).returncode == 0
    assert "md-banner" not in (uit / "index.html").read_text(encoding="utf-8")


def test_an_ended_notice_is_gone_and_a_warning(klein: Path):
    schrijf(klein, "betalen", STORING)
    dag = date(2026, 12, 6)
    uitkomst = laad_catalogus(klein, dag)
    assert uitkomst.catalogus is not None and uitkomst.catalogus.mededelingen == {}
    [melding] = uitkomst.meldingen
    assert melding.ernst is Ernst.WAARSCHUWING
    assert (melding.pad, melding.regel) == ("mededelingen/betalen.yaml", 6)
    assert melding.tekst == (
        "deze mededeling is voorbij (tot 2026-12-05 12:00) en staat niet meer op de site"
    )
    assert melding.hint == "verwijder mededelingen/betalen.yaml"
    assert "Online betalen" not in "".join(site(klein, dag).values())
    # The same day it is not ended yet: shown, and no warning.
    assert laad_catalogus(klein, ZATERDAG).meldingen == []


def test_a_future_notice_is_not_shown_yet(klein: Path):
    schrijf(klein, "betalen", STORING)
    assert "Online betalen" not in "".join(site(klein, date(2026, 12, 4)).values())
    assert laad_catalogus(klein, date(2026, 12, 4)).meldingen == []


def test_mistakes_are_located_dutch_errors_all_at_once(klein: Path):
    schrijf(
        klein,
        "kapot",
        "titel: Storing\ntekst: <b>hallo</b>\nsoort: stroring\nvanaf: 2026-12-05 25:00\n"
        "tot: 2026-12-01\nkanalen: [webiste]\nproducten: [paspoort, onbekend]\n",
    )
    schrijf(klein, "omgekeerd", STORING.replace("tot: 2026-12-05 12:00", "tot: 2026-12-05 07:00"))
    resultaat = loket_check(klein)
    assert resultaat.returncode == 1
    uit = resultaat.stdout + resultaat.stderr
    for verwacht in (
        "mededelingen/kapot.yaml:2:8: ",
        "mededelingen/kapot.yaml:3:8: ",
        "mededelingen/kapot.yaml:4:8: '2026-12-05 25:00' is geen datum of tijdstip",
        "mededelingen/kapot.yaml:6:11: kanaal 'webiste' bestaat niet; bedoelde u 'website'?",
        "mededelingen/kapot.yaml:7:23: product 'onbekend' bestaat niet",
        "mededelingen/omgekeerd.yaml:6:6: 'tot' ligt niet na 'vanaf'",
    ):
        assert verwacht in uit, (verwacht, uit)
    assert "Traceback" not in resultaat.stderr


def test_a_time_zone_is_refused_with_a_hint(klein: Path):
    schrijf(klein, "betalen", STORING.replace("2026-12-05 08:00", "2026-12-05T08:00:00+01:00"))
    [fout] = laad_catalogus(klein).fouten
    assert (fout.pad, fout.regel) == ("mededelingen/betalen.yaml", 5)
    assert "tijdzone" in fout.tekst and "Nederlandse tijd" in fout.hint


def test_a_notice_naming_an_unpublished_product_is_a_warning(klein: Path):
    pad = klein / "producten" / "grofvuil.yaml"
    pad.write_text(pad.read_text(encoding="utf-8") + "publiceren_vanaf: 2027-07-01\n")
    schrijf(klein, "betalen", STORING + "producten: [grofvuil]\n")
    meldingen = laad_catalogus(klein, ZATERDAG).meldingen
    assert [(m.pad, m.ernst) for m in meldingen if "grofvuil" in m.tekst] == [
        ("gemeente.yml", Ernst.WAARSCHUWING),
        ("mededelingen/betalen.yaml", Ernst.WAARSCHUWING),
        ("producten/paspoort.yaml", Ernst.WAARSCHUWING),
    ]


@pytest.mark.parametrize(
    ("vanaf", "tot", "tekst"),
    [
        ("2026-12-05", "2026-12-05", "op zaterdag 5 december 2026"),
        (
            "2026-12-05",
            "2026-12-07",
            "van zaterdag 5 december 2026 tot en met maandag 7 december 2026",
        ),
        (
            "2026-12-05 08:00",
            "2026-12-05 12:30",
            "op zaterdag 5 december 2026 van 08.00 tot 12.30 uur",
        ),
        ("2026-12-05", "2026-12-05 12:00", "op zaterdag 5 december 2026 van 00.00 tot 12.00 uur"),
        (
            "2026-12-05 22:00",
            "2026-12-06 06:00",
            "van zaterdag 5 december 2026 22.00 uur tot zondag 6 december 2026 06.00 uur",
        ),
        (
            "2026-12-05 22:00",
            "2026-12-06",
            "van zaterdag 5 december 2026 22.00 uur tot en met zondag 6 december 2026",
        ),
    ],
)
def test_the_period_in_words(vanaf: str, tot: str, tekst: str):
    m = Mededeling(titel="t", tekst="t", soort="storing", vanaf=vanaf, tot=tot)
    assert wanneer(m) == tekst


@pytest.mark.parametrize(
    ("vanaf", "tot", "dag", "actief"),
    [
        ("2026-12-05", "2026-12-05", date(2026, 12, 4), False),
        ("2026-12-05", "2026-12-05", date(2026, 12, 5), True),
        ("2026-12-05", "2026-12-05", date(2026, 12, 6), False),
        # until midnight: not the next day
        ("2026-12-05 20:00", "2026-12-06 00:00", date(2026, 12, 6), False),
        ("2026-12-05 20:00", "2026-12-06 00:01", date(2026, 12, 6), True),
        # from midnight: that day, not the one before
        ("2026-12-06 00:00", "2026-12-07", date(2026, 12, 5), False),
    ],
)
def test_active_on_a_day_when_the_periods_overlap(vanaf: str, tot: str, dag: date, actief: bool):
    m = Mededeling(titel="t", tekst="t", soort="info", vanaf=vanaf, tot=tot)
    assert m.actief_op(dag) is actief
    assert m.voorbij_op(dag) is (
        not actief and m.eind <= datetime.combine(dag, datetime.min.time())
    )


def test_notices_are_in_the_atom_feed_with_dutch_time(klein: Path):
    schrijf(klein, "betalen", STORING)
    feed = ET.fromstring(site(klein, ZATERDAG)["feed.xml"])
    entries = feed.findall(f"{{{ATOM}}}entry")
    eerste = entries[0]  # newest first: 5 December 08.00 is after every product change
    assert eerste.findtext(f"{{{ATOM}}}title") == "Storing: Online betalen lukt even niet"
    assert eerste.findtext(f"{{{ATOM}}}updated") == "2026-12-05T07:00:00Z"
    assert eerste.find(f"{{{ATOM}}}link").get("href") == "https://x.example/contact/"
    inhoud = eerste.findtext(f"{{{ATOM}}}content")
    assert "<strong>zaterdagochtend</strong>" in inhoud
    assert inhoud.startswith("<p>Op zaterdag 5 december 2026 van 08.00 tot 12.00 uur.</p>")


@pytest.mark.parametrize(
    ("lokaal", "utc"),
    [
        (datetime(2026, 12, 5, 8, 0), datetime(2026, 12, 5, 7, 0)),
        (datetime(2027, 3, 28, 1, 59), datetime(2027, 3, 28, 0, 59)),  # last Sunday of March
        (datetime(2027, 3, 28, 3, 0), datetime(2027, 3, 28, 1, 0)),
        (datetime(2027, 7, 1, 12, 0), datetime(2027, 7, 1, 10, 0)),
        (datetime(2027, 10, 31, 3, 0), datetime(2027, 10, 31, 2, 0)),  # last Sunday of October
    ],
)
def test_dutch_time_follows_summer_time(lokaal: datetime, utc: datetime):
    assert nederlandse_tijd(lokaal).replace(tzinfo=None) == utc


def test_hostile_text_in_a_notice_is_refused_and_escaped_anyway(klein: Path):
    schrijf(
        klein,
        "vijandig",
        "titel: '</p><script>alert(1)</script>'\ntekst: '[klik](javascript:alert(1))'\n"
        "soort: info\nvanaf: 2026-12-01\ntot: 2026-12-31\n",
    )
    fouten = laad_catalogus(klein, ZATERDAG).fouten
    assert [(f.pad, f.regel) for f in fouten] == [
        ("mededelingen/vijandig.yaml", 1),
        ("mededelingen/vijandig.yaml", 2),
    ]
    # Should the check miss something, the block holds escaped text and sanitised HTML only.
    m = Mededeling.model_construct(
        titel="</p><script>alert(1)</script>",
        tekst="[klik](javascript:alert(1))",
        soort="info",
        vanaf=date(2026, 12, 1),
        tot=date(2026, 12, 31),
        kanalen=[],
        producten=[],
    )
    html = mededeling_html(MededelingBron("x", m, "mededelingen/x.yaml"))
    assert "<script>" not in html and "&lt;/p&gt;&lt;script&gt;" in html
    assert "javascript" not in html


def test_the_example_uses_every_kind_of_notice():
    catalogus = laad_catalogus(ROOT, PEILDATUM).catalogus
    assert catalogus is not None
    assert sorted(catalogus.mededelingen) == [
        "drukte-reisdocumenten",
        "feestdagen",
        "onderhoud-digid",
    ]
    assert [b.mededeling.soort for b in catalogus.mededelingen.values()] == [
        "info",
        "let_op",
        "storing",
    ]
    assert len(op_elke_pagina(catalogus)) == 1
