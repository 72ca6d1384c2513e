"""The huisstijl: colours checked for WCAG 2.1 AA contrast with a located error and a passing
shade, the shades of the dark scheme derived, the logo shown with the gemeente's name."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from loket.controle import laad_catalogus
from loket.model.huisstijl import Huisstijl, palet
from loket.model.kleur import SLATE_ACHTERGROND, WIT, ZWART, contrast, dichtstbij, lichtheid
from loket.pages.huisstijl import stylesheet

from tests.conftest import mkdocs_build

DAG = date(2026, 11, 22)
LOGO = (
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><title>Proefdorp</title>'
    '<rect width="10" height="10" fill="#ffffff"/></svg>'
)


def met_huisstijl(gemeente_map: Path, blok: str, logo: str | None = LOGO) -> None:
    pad = gemeente_map / "gemeente.yml"
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(tekst.replace("website:", blok + "website:", 1), encoding="utf-8")
    if logo is not None:
        (gemeente_map / "huisstijl").mkdir(exist_ok=True)
        (gemeente_map / "huisstijl" / "logo.svg").write_text(logo, encoding="utf-8")


def regels(gemeente_map: Path) -> list[str]:
    return [str(m) for m in laad_catalogus(gemeente_map, DAG).meldingen]


def test_wcag_contrast_of_known_pairs():
    assert contrast(ZWART, WIT) == pytest.approx(21)
    assert contrast("#767676", WIT) == pytest.approx(4.54, abs=0.01)  # the lightest AA grey
    assert contrast(WIT, WIT) == 1


def test_a_light_brand_colour_is_a_located_error_with_a_passing_shade(klein: Path):
    met_huisstijl(klein, 'huisstijl:\n  kleur: "#f7a600"\n  logo: huisstijl/logo.svg\n')
    assert regels(klein) == [
        "gemeente.yml:3:10: kleur '#f7a600' geeft 2,0:1 met witte tekst, en als link op wit; "
        "minimaal 4,5:1 (WCAG 2.1 AA)\n    tip: '#a16c00' haalt 4,5:1: dezelfde kleurtoon, "
        "donkerder"
    ]
    assert contrast("#a16c00", WIT) >= 4.5


def test_a_dark_brand_colour_passes_and_gets_a_lighter_shade_for_the_dark_scheme(klein: Path):
    met_huisstijl(klein, 'huisstijl:\n  kleur: "#0b2545"\n')
    assert regels(klein) == []
    p = palet(Huisstijl(kleur="#0b2545"))
    assert contrast("#0b2545", SLATE_ACHTERGROND) < 4.5  # as it is, unreadable on dark
    assert contrast(p.link_donker_schema, SLATE_ACHTERGROND) >= 4.5
    assert lichtheid(p.link_donker_schema) > lichtheid("#0b2545")
    css = stylesheet(Huisstijl(kleur="#0b2545"))
    slate = css[css.index('[data-md-color-scheme="slate"][data-md-color-primary]') :]
    assert f"--md-typeset-a-color: {p.link_donker_schema};" in slate


def test_an_accent_colour_that_fails_on_white_is_named(klein: Path):
    met_huisstijl(klein, 'huisstijl:\n  kleur: "#245c3b"\n  accentkleur: "#ff9e80"\n', None)
    gevonden = regels(klein)
    assert len(gevonden) == 1  # the strictest pair only: not the focus ring (3:1) as well
    assert gevonden[0].startswith(
        "gemeente.yml:4:16: accentkleur '#ff9e80' geeft 2,0:1 als link onder de muis op wit; "
        "minimaal 4,5:1"
    )


GROEN = '  kleur: "#245c3b"\n'


@pytest.mark.parametrize(
    ("blok", "melding"),
    [
        (GROEN + "  logo: huisstijl/weg.svg\n", "het bestand 'huisstijl/weg.svg' bestaat niet"),
        (GROEN + "  logo: ../logo.svg\n", "'../logo.svg' ligt niet in de map van de gemeente"),
        (GROEN + "  logo: huisstijl/logo.gif\n", "'huisstijl/logo.gif' is geen SVG of PNG"),
        ("  kleur: groen\n", "'groen' is geen kleur"),
    ],
)  # fmt: skip
def test_a_wrong_logo_or_colour_is_a_located_error(klein: Path, blok: str, melding: str):
    met_huisstijl(klein, "huisstijl:\n" + blok)
    gevonden = regels(klein)
    assert len(gevonden) == 1 and re.match(r"gemeente\.yml:\d+:\d+: ", gevonden[0])
    assert melding in gevonden[0]


def test_an_svg_logo_with_a_script_is_refused(klein: Path):
    kwaad = LOGO.replace("</svg>", "<script>alert(1)</script></svg>")
    met_huisstijl(klein, 'huisstijl:\n  kleur: "#245c3b"\n  logo: huisstijl/logo.svg\n', kwaad)
    gevonden = regels(klein)
    assert len(gevonden) == 1 and gevonden[0].startswith("gemeente.yml:4:9: ")
    assert "script" in gevonden[0]


KLEUREN = st.from_regex(r"#[0-9a-f]{6}", fullmatch=True)


@given(KLEUREN, st.one_of(st.none(), KLEUREN))
def test_the_derived_dark_scheme_shades_always_pass(kleur: str, accent: str | None):
    p = palet(Huisstijl(kleur=kleur, accentkleur=accent))
    for paar in p.paren():
        if paar.achtergrond == SLATE_ACHTERGROND:
            assert paar.verhouding >= paar.minimum


@given(KLEUREN)
def test_the_suggested_shade_passes_and_keeps_the_hue(kleur: str):
    tip = dichtstbij(kleur, WIT, 4.5)
    assert tip is not None and contrast(tip, WIT) >= 4.5


def test_the_built_site_carries_the_logo_colours_and_favicon(klein: Path):
    met_huisstijl(klein, 'huisstijl:\n  kleur: "#245c3b"\n  logo: huisstijl/logo.svg\n')
    assert mkdocs_build(klein).returncode == 0
    site = klein / "site"
    html = (site / "index.html").read_text(encoding="utf-8")
    assert '<img src="assets/huisstijl/logo.svg" alt="Gemeente Proefdorp">' in html
    assert '<link rel="icon" href="assets/huisstijl/favicon.svg">' in html
    assert 'href="assets/loket/huisstijl.css"' in html
    assert (site / "assets/huisstijl/logo.svg").read_text(encoding="utf-8") == LOGO
    css = (site / "assets/loket/huisstijl.css").read_text(encoding="utf-8")
    assert "--md-primary-fg-color: #245c3b;" in css
