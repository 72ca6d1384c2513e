"""`loket meet`: realisatie computed from a zaaksysteem export (ZGW Zaken API pages, a plain
array, CSV) and a telephone export, with known answers; bad input changes nothing."""

from __future__ import annotations

import csv
import json
from datetime import date, datetime
from pathlib import Path

import pytest
from loket.meten.lezen import Gesprek, Zaak, lees_zaken
from loket.meten.regels import Meter, meet
from loket.meten.schrijven import voeg_samen
from loket.model.periode import Periode
from loket.model.servicenorm import Servicenorm

from bench.grote_gemeente import maak
from tests.conftest import ROOT, loket, loket_check, mkdocs_build

PEIL = date(2026, 11, 22)
ZAAKTYPE = "https://zaken.proefdorp.example/catalogi/api/v1/zaaktypen/7f3c"


def norm(waarde: float, eenheid: str, bron: str = "zaken", periode: str = "kwartaal"):
    meting = {"bron": bron, "periode": periode}
    if bron == "zaken":
        meting["zaaktypen"] = [ZAAKTYPE]
    return Servicenorm.model_validate(
        {
            "titel": "t",
            "belofte": "b",
            "dimensie": "doorlooptijd",
            "norm": {"waarde": waarde, "eenheid": eenheid},
            "als_niet_gehaald": "x",
            "meting": meting,
        }
    )


def zaak(start: str, einde: str | None, **extra) -> Zaak:
    return Zaak(
        extra.pop("identificatie", f"Z-{start}"),
        ZAAKTYPE,
        date.fromisoformat(start),
        date.fromisoformat(einde) if einde else None,
        **extra,
    )


# The rules ------------------------------------------------------------------------------------


def test_closed_zaken_count_in_the_period_they_ended_gehaald_by_werkdagen():
    meter = Meter(norm(5, "werkdagen"), PEIL)
    meter.zaak(zaak("2026-09-24", "2026-10-01"))  # Thu → 5th werkdag Thu 1 Oct: in time, Q4
    meter.zaak(zaak("2026-09-23", "2026-09-30"))  # Wed → Wed 30 Sep: in time, Q3
    meter.zaak(zaak("2026-09-22", "2026-09-30"))  # Tue → Tue 29 Sep: one day late, Q3
    assert {str(p): (t.gehaald, t.aantal) for p, t in meter.uitkomst()} == {"2026-Q3": (1, 2)}


def test_an_open_zaak_past_its_last_day_counts_as_late_in_that_period():
    meter = Meter(norm(5, "werkdagen", periode="maand"), PEIL)
    meter.zaak(zaak("2026-09-24", None))  # last day 1 Oct: October, niet gehaald
    meter.zaak(zaak("2026-11-18", None))  # last day 25 Nov: still in time, not counted
    meter.zaak(zaak("2026-10-05", "2026-10-09", verlengd=True, opgeschort=True))
    uitkomst = dict(meter.uitkomst())
    oktober = uitkomst[Periode(2026, maand=10)]
    assert (oktober.gehaald, oktober.aantal, str(oktober.percentage)) == (1, 2, "50.0")
    assert (oktober.verlengd, oktober.opgeschort) == (1, 1)
    assert list(uitkomst) == [Periode(2026, maand=10)]


def test_periods_that_have_not_ended_are_not_written():
    meter = Meter(norm(5, "dagen", periode="maand"), PEIL)
    meter.zaak(zaak("2026-10-29", "2026-10-31"))  # October: ended
    meter.zaak(zaak("2026-11-02", "2026-11-03"))  # November: the peildatum is in it
    assert [str(p) for p, _ in meter.uitkomst()] == ["2026-10"]


def test_period_boundaries_by_the_day_the_zaak_ended():
    meter = Meter(norm(2, "weken"), PEIL)
    meter.zaak(zaak("2026-03-20", "2026-03-31"))
    meter.zaak(zaak("2026-03-20", "2026-04-01"))
    assert [str(p) for p, _ in meter.uitkomst()] == ["2026-Q1", "2026-Q2"]


def test_calls_by_waiting_time_and_the_share_rounded_half_up():
    meter = Meter(norm(30, "seconden", bron="telefonie"), PEIL)
    for i, wacht in enumerate([10, 30, 31, 5, 29, 60]):
        meter.gesprek(Gesprek(datetime(2026, 7, 1 + i, 9, 0), wacht))
    ((_, telling),) = meter.uitkomst()
    assert (telling.gehaald, telling.aantal, str(telling.percentage)) == (4, 6, "66.7")


def test_zaken_of_types_no_norm_measures_are_skipped_and_counted():
    normen = {"n": norm(5, "werkdagen")}
    anders = Zaak("Z-X", "https://elders/zaaktypen/1", date(2026, 1, 5), date(2026, 1, 6))
    meters, overgeslagen = meet(normen, [zaak("2026-01-05", "2026-01-06"), anders], [], PEIL)
    assert overgeslagen == 1 and meters["n"].uitkomst()[0][1].aantal == 1


# Reading the exports --------------------------------------------------------------------------


def zgw(zaak_: Zaak) -> dict:
    """A zaak as the Zaken API serves it."""
    return {
        "url": f"https://zaken.proefdorp.example/zaken/api/v1/zaken/{zaak_.identificatie}",
        "identificatie": zaak_.identificatie,
        "bronorganisatie": "001479179",
        "zaaktype": zaak_.zaaktype,
        "registratiedatum": zaak_.startdatum.isoformat(),
        "startdatum": zaak_.startdatum.isoformat(),
        "einddatum": zaak_.einddatum.isoformat() if zaak_.einddatum else None,
        "verlenging": {"reden": "advies nodig", "duur": "P10D"} if zaak_.verlengd else None,
        "opschorting": {"indicatie": zaak_.opgeschort, "reden": ""},
    }


def pagina(zaken: list[Zaak], volgende: str | None = None) -> str:
    data = {"count": len(zaken), "next": volgende, "previous": None,
            "results": [zgw(z) for z in zaken]}  # fmt: skip
    return json.dumps(data, indent=2)


def test_a_zgw_page_a_plain_array_and_csv_read_the_same(tmp_path: Path):
    zaken = [zaak("2026-02-02", "2026-02-05"), zaak("2026-02-03", None, verlengd=True)]
    (tmp_path / "pagina.json").write_text(pagina(zaken))
    (tmp_path / "lijst.json").write_text(json.dumps([zgw(z) for z in zaken]))
    with (tmp_path / "zaken.csv").open("w", newline="") as uit:
        schrijver = csv.writer(uit)
        schrijver.writerow(["identificatie", "zaaktype", "startdatum", "einddatum"])
        for z in zaken:
            schrijver.writerow([z.identificatie, z.zaaktype, z.startdatum, z.einddatum or ""])
    gelezen = {n: list(lees_zaken(tmp_path / n)) for n in ("pagina.json", "lijst.json")}
    assert gelezen["pagina.json"] == gelezen["lijst.json"] == zaken
    assert [(z.identificatie, z.einddatum) for z in lees_zaken(tmp_path / "zaken.csv")] == [
        (z.identificatie, z.einddatum) for z in zaken
    ]


@pytest.mark.parametrize(
    ("inhoud", "melding"),
    [
        ('{"count": 1, "results": [{"identificatie": "Z', "z.json:1:44: ongeldige JSON"),
        ('[{"identificatie": "Z-1", "zaaktype": "T"}]',
         "z.json:1:2: [0].startdatum: ontbreekt"),
        ('{"results": [\n {"identificatie": "Z-1", "zaaktype": "T", "startdatum": "2026-01-05"},'
         '\n {"identificatie": "Z-2", "zaaktype": "T", "startdatum": "5-1-2026"}]}',
         "z.json:3:2: results[1].startdatum: '5-1-2026' is geen datum"),
        ('[{"identificatie": "Z-1", "zaaktype": "T", "startdatum": "2026-01-05", '
         '"einddatum": "2026-01-02"}]',
         "z.json:1:2: [0].einddatum: 2026-01-02 ligt voor de startdatum 2026-01-05"),
        ('{"count": 0}', "z.json:1:12: deze pagina heeft geen 'results'"),
    ],
)  # fmt: skip
def test_bad_json_is_located(tmp_path: Path, inhoud: str, melding: str):
    pad = tmp_path / "z.json"
    pad.write_text(inhoud)
    gelezen = [str(x) for x in lees_zaken(pad) if not isinstance(x, Zaak)]
    assert gelezen and gelezen[0].removeprefix(f"{tmp_path.as_posix()}/").startswith(melding)


# Writing realisatie.csv -----------------------------------------------------------------------

KOP = "servicenorm,periode,gehaald_percentage,aantal\n"


def test_measured_rows_replace_measured_ones_and_never_typed_ones():
    gemeten = [{"servicenorm": "n", "periode": "2026-Q3", "gehaald_percentage": "80.0",
                "aantal": "10", "bron": "zaken"}]  # fmt: skip
    tekst, fouten = voeg_samen(KOP + "n,2026-Q2,90.0,5\n", gemeten, "r.csv")
    assert fouten == [] and tekst.splitlines() == [
        "servicenorm,periode,gehaald_percentage,aantal,bron",
        "n,2026-Q2,90.0,5,",
        "n,2026-Q3,80.0,10,zaken",
    ]
    getypt = KOP + "n,2026-Q3,95.0,12\n"
    tekst, fouten = voeg_samen(getypt, gemeten, "r.csv")
    assert tekst == getypt and [str(f).splitlines()[0] for f in fouten] == [
        "r.csv:2:3: n 2026-Q3: hier staat 95.0 % (ingetypt), gemeten is 80.0 % uit 10 gevallen"
    ]
    tekst, fouten = voeg_samen(getypt, gemeten, "r.csv", overschrijf=True)
    assert fouten == [] and "n,2026-Q3,80.0,10,zaken" in tekst


# End to end: export → loket meet → realisatie.csv → the norm page -----------------------------

MEET_REISDOC = "meting: {bron: zaken, zaaktypen: [ZT-REISDOC]}\n"
MEET_TELEFOON = "meting: {bron: telefonie}\n"


def _export(map_: Path) -> None:
    """Q3 2026: 10 reisdocument zaken, 8 in time (5 werkdagen); 2 zaken of another type.
    Q3 2026: 5 calls, 4 within 30 seconds. Known answers: 80.0 % of 10, 80.0 % of 5."""
    zaken = [Zaak(f"Z-{i}", "ZT-REISDOC", date(2026, 8, 3), date(2026, 8, 7 if i < 8 else 12))
             for i in range(10)]  # fmt: skip
    zaken += [Zaak(f"A-{i}", "ZT-ANDERS", date(2026, 8, 3), None) for i in range(2)]
    (map_ / "zaken").mkdir()
    (map_ / "zaken" / "pagina-1.json").write_text(pagina(zaken[:6], "pagina-2"))
    (map_ / "zaken" / "pagina-2.json").write_text(pagina(zaken[6:]))
    with (map_ / "telefonie.csv").open("w", newline="") as uit:
        schrijver = csv.writer(uit)
        schrijver.writerow(["tijdstip", "wachttijd_seconden"])
        for i, wacht in enumerate([12, 30, 45, 8, 20]):
            schrijver.writerow([f"2026-07-{i + 1:02d}T10:00:00", wacht])


def _met_metingen(klein: Path) -> None:
    for naam, blok in (("reisdocument-klaar", MEET_REISDOC), ("telefoon-opnemen", MEET_TELEFOON)):
        pad = klein / "servicenormen" / f"{naam}.yaml"
        pad.write_text(pad.read_text(encoding="utf-8") + blok, encoding="utf-8")


def test_loket_meet_writes_the_known_answers_that_the_site_shows(klein: Path, tmp_path: Path):
    _met_metingen(klein)
    _export(tmp_path)
    realisatie = klein / "servicenormen" / "realisatie.csv"
    getypt = realisatie.read_text().splitlines(keepends=True)  # from now on measured, not typed
    realisatie.write_text("".join(r for r in getypt if ",2026-Q3," not in r))
    uitkomst = loket(
        "meet", str(klein), "--zaken", str(tmp_path / "zaken"),
        "--telefonie", str(tmp_path / "telefonie.csv"), "--verantwoording", str(tmp_path / "v"),
    )  # fmt: skip
    assert uitkomst.returncode == 0, uitkomst.stderr
    assert "2 zaken overgeslagen" in uitkomst.stdout
    regels = realisatie.read_text().splitlines()
    assert regels[0] == "servicenorm,periode,gehaald_percentage,aantal,bron"
    assert "reisdocument-klaar,2026-Q3,80.0,10,zaken" in regels
    assert "telefoon-opnemen,2026-Q3,80.0,5,telefonie" in regels
    pakket = json.loads((klein / "servicenormen" / "datapackage.json").read_text())
    velden = [v["name"] for v in pakket["resources"][0]["schema"]["fields"]]
    assert velden[-1] == "bron"
    verantwoording = (tmp_path / "v" / "reisdocument-klaar" / "2026-Q3.csv").read_text()
    assert verantwoording.count(",nee\n") == 2 and verantwoording.count(",ja\n") == 8
    assert loket_check(klein).returncode == 0
    assert mkdocs_build(klein).returncode == 0
    norm = (klein / "site" / "kwaliteitshandvest" / "reisdocument-klaar" / "index.html").read_text()
    assert "uit 10 zaken" in norm and "<td>80 %</td>" in norm.replace("&nbsp;", " ")
    assert (klein / "site" / "kwaliteitshandvest" / "hoe-meten-we" / "index.html").is_file()


def test_bad_input_changes_nothing(klein: Path, tmp_path: Path):
    _met_metingen(klein)
    _export(tmp_path)
    (tmp_path / "zaken" / "pagina-2.json").write_text('{"results": [{"identificatie": "Z"}]}')
    (tmp_path / "telefonie.csv").write_text("tijdstip,wachttijd_seconden\nmorgen,12\n")
    realisatie = klein / "servicenormen" / "realisatie.csv"
    voor = realisatie.read_bytes()
    uitkomst = loket("meet", str(klein), "--zaken", str(tmp_path / "zaken"), "--telefonie",
                     str(tmp_path / "telefonie.csv"))  # fmt: skip
    assert uitkomst.returncode == 1 and "Traceback" not in uitkomst.stderr
    assert "results[0].zaaktype: ontbreekt" in uitkomst.stderr
    assert "telefonie.csv:2:1: 'morgen' is geen tijdstip" in uitkomst.stderr
    assert realisatie.read_bytes() == voor


def test_a_typed_figure_is_kept_unless_overwritten(klein: Path, tmp_path: Path):
    _met_metingen(klein)
    _export(tmp_path)
    realisatie = klein / "servicenormen" / "realisatie.csv"
    assert "telefoon-opnemen,2026-Q3,80.0,1100,\n" in realisatie.read_text()  # typed by hand
    voor = realisatie.read_bytes()
    argumenten = ["meet", str(klein), "--telefonie", str(tmp_path / "telefonie.csv")]
    uitkomst = loket(*argumenten)
    assert uitkomst.returncode == 1
    assert "hier staat 80.0 % (ingetypt), gemeten is 80.0 % uit 5" in uitkomst.stderr
    assert realisatie.read_bytes() == voor
    assert loket(*argumenten, "--overschrijf").returncode == 0
    assert "telefoon-opnemen,2026-Q3,80.0,5,telefonie" in realisatie.read_text()


def test_the_examples_measured_figures_are_what_its_export_gives(tmp_path: Path):
    """The example keeps its exports in export/; measuring them again changes nothing."""
    gemeente = maak(0, tmp_path / "lindewaard")
    realisatie = gemeente / "servicenormen" / "realisatie.csv"
    assert realisatie.read_bytes() == (ROOT / "servicenormen" / "realisatie.csv").read_bytes()
    uitkomst = loket("meet", str(gemeente), "--zaken", str(gemeente / "export" / "zaken"),
                     str(gemeente / "export" / "meldingen"), "--telefonie",
                     str(gemeente / "export" / "telefonie.csv"))  # fmt: skip
    assert uitkomst.returncode == 0, uitkomst.stderr
    assert realisatie.read_bytes() == (ROOT / "servicenormen" / "realisatie.csv").read_bytes()
    gemeten = [
        r for r in realisatie.read_text().splitlines() if r.endswith((",zaken", ",telefonie"))
    ]
    assert len(gemeten) == 3
