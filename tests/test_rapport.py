"""`loket rapport`: what needs attention, grouped by eigenaar; `--streng` for a scheduled job."""

from __future__ import annotations

import csv
import io
import subprocess
from datetime import date, timedelta
from pathlib import Path

from loket.controle import laad_catalogus
from loket.rapport import (
    BINNENKORT,
    GEEN_BELOFTE,
    GEEN_CIJFERS,
    ONVEILIGE_LINK,
    VERLOPEN,
    maak_rapport,
)

from tests.conftest import PEILDATUM, loket


def rapport(gemeente_map: Path, *opties: str) -> subprocess.CompletedProcess[str]:
    return loket("rapport", str(gemeente_map), *opties)


def zet_herzien(gemeente_map: Path, bestand: str, dag: date) -> None:
    pad = gemeente_map / "producten" / bestand
    tekst = pad.read_text()
    begin = tekst.index("herzien_voor: ")
    pad.write_text(tekst[:begin] + f"herzien_voor: {dag.isoformat()}" + tekst[begin + 24 :])


def test_overdue_and_due_products_by_owner(klein: Path):
    vandaag = date(2027, 4, 1)
    punten = maak_rapport(laad_catalogus(klein, vandaag).catalogus, vandaag, dagen=30)
    soorten = {(p.soort, p.bestand) for p in punten}
    assert (VERLOPEN, "producten/paspoort.yaml") in soorten  # herzien_voor 2027-03-31
    assert (GEEN_BELOFTE, "producten/grofvuil.yaml") in soorten
    assert (GEEN_CIJFERS, "servicenormen/reisdocument-klaar.yaml") not in soorten
    later = maak_rapport(laad_catalogus(klein, vandaag).catalogus, date(2027, 6, 5), dagen=30)
    assert (BINNENKORT, "producten/terras.yaml") in {(p.soort, p.bestand) for p in later}


def test_promise_without_figures_in_latest_period(klein: Path):
    realisatie = klein / "servicenormen" / "realisatie.csv"
    realisatie.write_text(
        realisatie.read_text().replace("reisdocument-klaar,2026-Q3,93.1,380,\n", ""),
        encoding="utf-8",
    )
    punten = maak_rapport(laad_catalogus(klein).catalogus, date(2026, 11, 22))
    assert [p.omschrijving for p in punten if p.soort == GEEN_CIJFERS] == [
        "'Reisdocument op tijd klaar' heeft geen cijfers in periode 2026-Q3"
    ]


def test_http_links_in_hand_written_pages(klein: Path):
    (klein / "site_src" / "over.md").write_text("# Over\n\nZie [dit](http://oud.example/).\n")
    punten = maak_rapport(laad_catalogus(klein).catalogus, date(2026, 11, 22))
    assert [(p.soort, p.bestand, p.omschrijving) for p in punten if p.soort == ONVEILIGE_LINK] == [
        (ONVEILIGE_LINK, "site_src/over.md", "link zonder https: http://oud.example/")
    ]


def test_cli_csv_and_strict_exit_code(klein: Path):
    zet_herzien(klein, "grofvuil.yaml", PEILDATUM - timedelta(days=1))
    uitkomst = rapport(klein, "--csv", "--streng")
    assert uitkomst.returncode == 1
    rijen = list(csv.DictReader(io.StringIO(uitkomst.stdout)))
    verlopen = [r for r in rijen if r["soort"] == VERLOPEN]
    assert verlopen[0]["eigenaar"] == "Team Afval"
    assert verlopen[0]["bestand"] == "producten/grofvuil.yaml"
    zonder = rapport(klein)
    assert zonder.returncode == 0
    assert "Team Afval" in zonder.stdout and "[verlopen] producten/grofvuil.yaml" in zonder.stdout


def test_strict_passes_when_nothing_is_overdue(klein: Path):
    for bestand in ("paspoort.yaml", "grofvuil.yaml", "terras.yaml"):
        zet_herzien(klein, bestand, PEILDATUM + timedelta(days=400))
    assert rapport(klein, "--streng").returncode == 0


def test_a_product_that_goes_live_later_is_reviewed_too(klein: Path):
    """Not on the site yet, so in no page: its text is read before it is public."""
    pad = klein / "producten" / "grofvuil.yaml"
    pad.write_text(pad.read_text(encoding="utf-8") + "publiceren_vanaf: 2027-07-01\n")
    zet_herzien(klein, "grofvuil.yaml", PEILDATUM + timedelta(days=10))
    catalogus = laad_catalogus(klein, PEILDATUM).catalogus
    assert catalogus is not None and "grofvuil" not in catalogus.producten
    punten = maak_rapport(catalogus, PEILDATUM, dagen=30)
    assert (BINNENKORT, "producten/grofvuil.yaml") in {(p.soort, p.bestand) for p in punten}
    # One that has left the site is not: it is gone from every page.
    pad.write_text(pad.read_text(encoding="utf-8").replace("vanaf: 2027-07-01", "tot: 2026-01-31"))
    catalogus = laad_catalogus(klein, PEILDATUM).catalogus
    assert catalogus is not None
    assert "producten/grofvuil.yaml" not in {p.bestand for p in maak_rapport(catalogus, PEILDATUM)}
