"""Products by date: outside `publiceren_vanaf`–`publiceren_tot` a product is nowhere."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from loket.controle import laad_catalogus
from loket.pages import Opties, bouw_site

VENSTER = "publiceren_vanaf: 2027-07-01\npubliceren_tot: 2027-12-31\n"


def met_venster(klein: Path, venster: str = VENSTER) -> None:
    pad = klein / "producten" / "grofvuil.yaml"
    pad.write_text(pad.read_text(encoding="utf-8") + venster, encoding="utf-8")


def uitvoer(klein: Path, dag: date) -> dict[str, str]:
    """Every page and file of the site on `dag`, by path."""
    catalogus = laad_catalogus(klein, dag).catalogus
    assert catalogus is not None
    uitvoer = bouw_site(catalogus, Opties(site_url="https://x.example/", vandaag=dag))
    # The JSON Schemas name example ids of their own: not part of what a product is in.
    return {u.pad: u.inhoud + str(u.meta or "") for u in uitvoer if not u.vervangbaar}


@pytest.mark.parametrize(
    ("dag", "zichtbaar"),
    [
        (date(2027, 6, 30), False),
        (date(2027, 7, 1), True),
        (date(2027, 12, 31), True),
        (date(2028, 1, 1), False),
    ],
)
def test_a_product_is_on_the_site_only_inside_its_window(klein: Path, dag: date, zichtbaar: bool):
    met_venster(klein)
    site = uitvoer(klein, dag)
    assert ("producten/grofvuil.md" in site) is zichtbaar
    plekken = [pad for pad, inhoud in site.items() if "grofvuil" in inhoud.casefold()]
    if zichtbaar:
        # home (toptaak), theme, A–Z, related from paspoort, feed, open data
        for pad in ("index.md", "themas/afval.md", "producten/index.md", "feed.xml"):
            assert pad in plekken, pad
        assert "producten/paspoort.md" in plekken
        assert "open-data/producten.json" in plekken
    else:
        assert plekken == []


def test_toptaak_and_related_to_an_unpublished_product_are_warnings(klein: Path):
    met_venster(klein)
    uitkomst = laad_catalogus(klein, date(2027, 1, 1))
    assert uitkomst.fouten == []
    assert sorted((m.pad, m.tekst) for m in uitkomst.meldingen) == [
        (
            "gemeente.yml",
            "product 'grofvuil' staat op de peildatum niet op de site; het wordt hier weggelaten",
        ),
        (
            "producten/paspoort.yaml",
            "product 'grofvuil' staat op de peildatum niet op de site; het wordt hier weggelaten",
        ),
    ]


def test_an_end_before_the_start_is_an_error(klein: Path):
    met_venster(klein, "publiceren_vanaf: 2027-07-01\npubliceren_tot: 2027-06-30\n")
    [fout] = laad_catalogus(klein).fouten
    assert fout.pad == "producten/grofvuil.yaml"
    assert fout.tekst == "'publiceren_tot' ligt vóór 'publiceren_vanaf'"
