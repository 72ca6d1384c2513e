"""Dutch notation: amounts, dates, opening hours, durations and safe Markdown text."""

from __future__ import annotations

from datetime import date, time
from decimal import Decimal
from html.parser import HTMLParser
from typing import get_args

import markdown
import pytest
from hypothesis import given
from hypothesis import strategies as st
from loket.model.openingstijden import tijdvakken as lees_tijdvakken
from loket.model.product import Betaalmethode, Doorlooptijd
from loket.pages.opmaak import (
    md_link,
    md_tekst,
    md_url,
    tabel,
    telefoon_link,
)
from loket.pages.teksten import EN, NL
from loket.uiterlijk import MARKDOWN_EXTENSIES


@pytest.mark.parametrize(
    ("bedrag", "tekst"),
    [
        ("0", "€ 0,00"),
        ("7.5", "€ 7,50"),
        ("84.60", "€ 84,60"),
        ("1234.5", "€ 1.234,50"),
        ("1234567.891", "€ 1.234.567,89"),
    ],
)
def test_euro_uses_dutch_separators(bedrag: str, tekst: str):
    assert NL.euro(Decimal(bedrag)) == tekst


def test_dates_in_words():
    assert NL.datum(date(2026, 12, 25)) == "25 december 2026"
    assert NL.datum(date(2026, 12, 25), met_weekdag=True) == "vrijdag 25 december 2026"
    assert EN.datum(date(2027, 1, 1)) == "1 January 2027"
    assert EN.datum(date(2026, 12, 25), met_weekdag=True) == "Friday 25 December 2026"


def test_opening_hours_in_dutch():
    assert NL.tijdvakken(lees_tijdvakken("08:30-12:30")) == "08.30 – 12.30 uur"
    assert NL.tijdvakken(lees_tijdvakken("9:00-12:00, 13:00-20:00")) == (
        "09.00 – 12.00 uur en 13.00 – 20.00 uur"
    )
    assert NL.tijdvakken([]) == "gesloten"
    assert NL.tijdvakken([(time(0, 0), time(23, 59))]) == "00.00 – 24.00 uur"


def test_opening_hours_in_english():
    assert EN.tijdvakken(lees_tijdvakken("9:00-12:00, 13:00-20:00")) == (
        "09:00 – 12:00 and 13:00 – 20:00"
    )
    assert EN.tijdvakken([]) == "closed"
    assert EN.tijdvakken([(time(0, 0), time(23, 59))]) == "00:00 – 24:00"


def test_both_languages_have_every_channel_kind_login_and_payment_method():
    for taal in (NL, EN):
        assert set(taal.soort_titels) == {"click", "call", "face", "schriftelijk"}
        assert set(taal.inloggen) == {"digid", "eherkenning", "geen"}
        assert set(taal.betaalmethoden) == set(get_args(Betaalmethode))


@pytest.mark.parametrize("fout", ["9-17", "12:00-11:00", "25:00-26:00", "09:00-12:00, 11:00-13:00"])
def test_bad_opening_hours_are_refused(fout: str):
    with pytest.raises(ValueError):
        lees_tijdvakken(fout)


def test_doorlooptijd_singular_and_plural():
    assert NL.doorlooptijd(Doorlooptijd(werkdagen=1)) == "1 werkdag"
    assert NL.doorlooptijd(Doorlooptijd(weken=8)) == "8 weken"
    assert NL.doorlooptijd(Doorlooptijd(dagen=0)) == "direct"


def test_plain_text_is_escaped_for_markdown():
    assert (
        md_tekst("Melding *openbare* ruimte [x] <y>")
        == r"Melding \*openbare\* ruimte &#91;x&#93; &lt;y&gt;"
    )


def test_plain_text_cannot_set_attributes_start_a_block_or_wake_an_extension():
    assert md_tekst('Tekst {: style="x" }') == r"Tekst \{: style&#61;&quot;x&quot; \}"
    assert md_tekst("- geen lijst") == r"\- geen lijst"
    assert md_tekst("12. geen lijst") == r"12\. geen lijst"
    assert md_tekst(":smile: a:b ==m== x|y") == r"&#58;smile: a&#58;b &#61;&#61;m&#61;&#61; x\|y"
    assert md_tekst("Let op: één regel\nnu") == "Let op: één regel nu"


def test_a_url_cannot_end_its_link_or_add_attributes():
    assert md_url('https://x.nl/a){onclick="y"}') == "https://x.nl/a%29%7Bonclick=%22y%22%7D"
    assert md_link("Site [x]", "https://x.nl/a b") == "[Site &#91;x&#93;](https://x.nl/a%20b)"
    assert md_url("https://x.nl/a'b") == "https://x.nl/a%27b"


def test_plain_text_cannot_become_a_reference_or_an_admonition():
    assert md_tekst("Folder]: download") == "Folder&#93;: download"
    assert md_tekst("!!! danger x") == "&#33;!! danger x"
    assert md_tekst("??? x") == "&#63;?? x"


def test_phone_link_keeps_only_digits():
    assert telefoon_link("14 0190") == "[14 0190](tel:140190)"
    assert telefoon_link("+31 6 1234 5678") == r"[\+31 6 1234 5678](tel:+31612345678)"


def test_amounts_and_durations_in_english():
    assert EN.euro(Decimal("1234.5")) == "€ 1,234.50"
    assert EN.euro(Decimal("0.125")) == NL.euro(Decimal("0.125")).replace(",", ".")  # half up
    assert (EN.bedrag(Decimal(0)), NL.bedrag(Decimal(0))) == ("free", "gratis")
    assert EN.doorlooptijd(Doorlooptijd(werkdagen=1)) == "1 working day"
    assert EN.doorlooptijd(Doorlooptijd(weken=8)) == "8 weeks"


class _Vakken(HTMLParser):
    """The attributes of every <div> in an HTML fragment, as the browser reads them."""

    def __init__(self) -> None:
        super().__init__()
        self.vakken: list[dict[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "div":
            self.vakken.append(dict(attrs))


def _vakken(markdown_tekst: str) -> list[dict[str, str | None]]:
    html = markdown.markdown(markdown_tekst, extensions=list(MARKDOWN_EXTENSIES))
    lezer = _Vakken()
    lezer.feed(html)
    return lezer.vakken


def test_a_table_is_a_named_box_the_keyboard_can_scroll():
    vakken = _vakken(tabel(["Periode", "Gehaald"], [["2026", "80 %"]], "Cijfers", rechts=(2,)))
    assert vakken == [
        {
            "class": "loket-tabel loket-getallen",
            "role": "region",
            "tabindex": "0",
            "aria-label": "Cijfers",
        }
    ]
    assert _vakken(tabel(["Dag", "Open"], [["maandag", "9 uur"]], "Open"))[0]["class"] == (
        "loket-tabel"
    )


TEKST = st.characters(exclude_categories=("Cs", "Cc"), include_characters="\n\t")


@given(st.text(TEKST, min_size=1))
def test_a_table_name_stays_one_attribute_whatever_it_holds(naam: str):
    """The name comes from the content (a channel's name, a norm's title), on one line."""
    vakken = _vakken(tabel(["Dag", "Open"], [["maandag", "9 uur"]], naam))
    assert len(vakken) == 1
    assert vakken[0]["aria-label"] == " ".join(naam.split())
    assert set(vakken[0]) == {"class", "role", "tabindex", "aria-label"}
