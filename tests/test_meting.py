"""A norm's `meting` (where `loket meet` measures it) is checked like every other key."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from loket.controle import laad_catalogus

DAG = date(2026, 11, 22)


def met_meting(gemeente_map: Path, norm: str, blok: str) -> None:
    pad = gemeente_map / "servicenormen" / f"{norm}.yaml"
    pad.write_text(pad.read_text(encoding="utf-8") + blok, encoding="utf-8")


def regels(gemeente_map: Path) -> list[str]:
    return [str(m).splitlines()[0] for m in laad_catalogus(gemeente_map, DAG).meldingen]


def test_a_meting_is_read_with_kwartaal_by_default(klein: Path):
    met_meting(klein, "reisdocument-klaar", "meting: {bron: zaken, zaaktypen: [ZT-REISDOC]}\n")
    met_meting(klein, "telefoon-opnemen", "meting: {bron: telefonie, periode: maand}\n")
    uitkomst = laad_catalogus(klein, DAG)
    assert regels(klein) == []
    normen = uitkomst.catalogus.servicenormen
    reisdocument = normen["reisdocument-klaar"].servicenorm.meting
    assert (reisdocument.bron, reisdocument.zaaktypen, reisdocument.periode) == (
        "zaken",
        ["ZT-REISDOC"],
        "kwartaal",
    )
    assert normen["telefoon-opnemen"].servicenorm.meting.periode == "maand"


@pytest.mark.parametrize(
    ("norm", "blok", "melding"),
    [
        (
            "reisdocument-klaar",
            "meting: {bron: zaken}\n",
            "servicenormen/reisdocument-klaar.yaml:12:9: bij bron 'zaken' hoort een lijst "
            "'zaaktypen'",
        ),
        (
            "telefoon-opnemen",
            "meting: {bron: telefonie, zaaktypen: [X]}\n",
            "servicenormen/telefoon-opnemen.yaml:11:9: bij bron 'telefonie' horen geen zaaktypen",
        ),
        (
            "telefoon-opnemen",
            "meting: {bron: zaken, zaaktypen: [X]}\n",
            "servicenormen/telefoon-opnemen.yaml:11:16: bron 'zaken' kan een norm in seconden "
            "niet meten",
        ),
        (
            "reisdocument-klaar",
            "meting: {bron: telefonie}\n",
            "servicenormen/reisdocument-klaar.yaml:12:16: bron 'telefonie' kan een norm in "
            "werkdagen niet meten",
        ),
        (
            "reisdocument-klaar",
            "meting: {bron: zaaksysteem, zaaktypen: [X]}\n",
            "servicenormen/reisdocument-klaar.yaml:12:16: ",
        ),
        (
            "reisdocument-klaar",
            "meting: {bron: zaken, zaaktypen: [X], periode: week}\n",
            "servicenormen/reisdocument-klaar.yaml:12:48: 'week' is hier niet toegestaan",
        ),
    ],
)
def test_a_wrong_meting_is_a_located_error(klein: Path, norm: str, blok: str, melding: str):
    met_meting(klein, norm, blok)
    gevonden = regels(klein)
    assert len(gevonden) == 1 and gevonden[0].startswith(melding), gevonden


def test_a_term_in_part_of_a_day_cannot_be_counted(klein: Path):
    pad = klein / "servicenormen" / "reisdocument-klaar.yaml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("waarde: 5", "waarde: 4.5"))
    met_meting(klein, "reisdocument-klaar", "meting: {bron: zaken, zaaktypen: [X]}\n")
    assert regels(klein) == [
        "servicenormen/reisdocument-klaar.yaml:5:11: een termijn van 4.5 werkdagen kan Loket "
        "niet tellen"
    ]
