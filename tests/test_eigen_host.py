"""Links in the content to the site's own host where the site has nothing: a located warning
in `loket check`, an error with `--streng`."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st
from loket.load.yaml_bron import lees_yaml_tekst
from loket.melding import Ernst
from loket.validate.eigen_host import dode_eigen_links

from tests.conftest import loket

PADEN = {"", "producten/paspoort/", "open-data/producten.csv", "contact/"}


def _meldingen(tekst: str, site_url: str = "https://www.proefdorp.example/"):  # type: ignore[no-untyped-def]
    bestand, fouten = lees_yaml_tekst(tekst.encode(), "producten/a.yaml")
    assert bestand is not None and fouten == []
    return dode_eigen_links([bestand], [], site_url, PADEN)


def test_only_paths_the_site_lacks_on_its_own_host_are_warned_of():
    tekst = (
        "naam: A\n"
        "beschrijving: |\n"
        "  Zie [de pas](https://www.proefdorp.example/producten/paspoort/) en\n"
        "  [het formulier](https://WWW.proefdorp.example/formulieren/a).\n"
        "  Ook https://www.proefdorp.example/open-data/producten.csv, de\n"
        "  [home](https://www.proefdorp.example/) en https://www.proefdorp.example/contact.\n"
        "aanvragen:\n"
        "  - url: https://mijn.proefdorp.example/a\n"
        "  - url: https://www.proefdorp.example/producten/paspoort/index.html\n"
        "  - url: https://www.proefdorp.example/klacht?x=1#boven\n"
    )
    meldingen = _meldingen(tekst)
    assert [(m.regel, m.kolom) for m in meldingen] == [
        (2, 15),
        (10, 10),
    ]  # the text that holds the link
    assert "https://WWW.proefdorp.example/formulieren/a" in meldingen[0].tekst
    assert "https://www.proefdorp.example/klacht?x=1#boven" in meldingen[1].tekst
    assert all(m.ernst is Ernst.WAARSCHUWING and m.hint for m in meldingen)


def test_a_site_under_a_path_checks_only_links_below_it():
    site = "https://www.proefdorp.example/loket/"
    tekst = (
        "a: https://www.proefdorp.example/elders\n"
        "b: https://www.proefdorp.example/loket/contact/\n"
        "c: https://www.proefdorp.example/loket/weg\n"
    )
    assert [m.regel for m in _meldingen(tekst, site)] == [3]


@given(st.text(max_size=200))
def test_any_text_gives_only_warnings_about_the_own_host(tekst: str):
    bestand, _ = lees_yaml_tekst(b"a: x\n", "a.yaml")
    assert bestand is not None
    bestand.data["a"] = tekst
    for melding in dode_eigen_links([bestand], [], "https://www.proefdorp.example/", PADEN):
        assert "proefdorp.example" in melding.tekst.lower()


def test_loket_check_locates_the_link_and_fails_only_when_strict(klein: Path):
    product = klein / "producten" / "grofvuil.yaml"
    tekst = product.read_text(encoding="utf-8")
    assert "op afspraak" in tekst
    product.write_text(
        tekst.replace("op afspraak", "op afspraak (https://www.proefdorp.example/x)")
    )
    gewoon = loket("check", str(klein))
    assert gewoon.returncode == 0, gewoon.stderr
    assert re.search(
        r"producten/grofvuil\.yaml:\d+:\d+: waarschuwing: de link "
        r"https://www\.proefdorp\.example/x wijst naar deze site",
        gewoon.stderr,
    ), gewoon.stderr
    streng = loket("check", str(klein), "--streng")
    assert streng.returncode == 1 and "Traceback" not in streng.stderr
    product.write_text(tekst.replace("op afspraak", "op afspraak (https://www.proefdorp.example/)"))
    assert "wijst naar deze site" not in loket("check", str(klein)).stderr
