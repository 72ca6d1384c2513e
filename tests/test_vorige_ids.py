"""`vorige_ids`: an old id gets a page at its old address, in the plugin build and the export;
an old id that is a current id, or that two products claim, is an error."""

from __future__ import annotations

from pathlib import Path

from loket.controle import laad_catalogus
from lxml import html

from tests.conftest import loket, mkdocs_build


def hernoem(klein: Path, bestand: str, oud: str) -> None:
    pad = klein / "producten" / bestand
    pad.write_text(pad.read_text(encoding="utf-8") + f"vorige_ids: [{oud}]\n", encoding="utf-8")


def test_the_old_address_sends_the_visitor_on_in_build_and_export(klein: Path, tmp_path: Path):
    hernoem(klein, "terras.yaml", "terras-aanvragen")
    assert mkdocs_build(klein).returncode == 0
    doc = html.parse(str(klein / "site/producten/terras-aanvragen/index.html")).getroot()
    assert doc.xpath("//meta[@http-equiv='refresh']/@content") == ["0; url=../terrasvergunning/"]
    uitkomst = loket("export", str(tmp_path / "uit"), "--map", str(klein))
    assert uitkomst.returncode == 0, uitkomst.stderr
    export = (tmp_path / "uit/docs/producten/terras-aanvragen.md").read_text(encoding="utf-8")
    assert "template: loket/doorverwijzing.html" in export
    assert "doel: ../terrasvergunning/" in export


def test_an_old_id_that_is_current_or_claimed_twice_is_an_error(klein: Path):
    hernoem(klein, "terras.yaml", "paspoort")
    hernoem(klein, "grofvuil.yaml", "oud-adres")
    hernoem(klein, "paspoort.yaml", "oud-adres")
    meldingen = [(m.pad, m.tekst) for m in laad_catalogus(klein).fouten]
    assert meldingen == [
        (
            "producten/paspoort.yaml",
            "de vorige id 'oud-adres' staat ook bij producten/grofvuil.yaml",
        ),
        (
            "producten/terras.yaml",
            "'paspoort' is de id van een product; een oud adres kan het niet zijn",
        ),
    ]
