"""`loket nieuw` skeletons pass `loket check` once filled; `loket init` builds at once."""

from __future__ import annotations

import re
from pathlib import Path

from loket.controle import laad_catalogus

from tests.conftest import PEILDATUM, loket, loket_check, mkdocs_build


def vul_in(pad: Path) -> None:
    """What a redacteur does: replace every 'VUL IN: …' with a real text."""
    tekst = pad.read_text(encoding="utf-8")
    pad.write_text(
        re.sub(r"VUL IN: ([^\"\n]*)", lambda m: m.group(1).capitalize() + ".", tekst),
        encoding="utf-8",
    )


def test_new_product_is_refused_until_filled_in_then_passes(klein: Path):
    uitkomst = loket("nieuw", "product", "bouwvergunning", "--map", str(klein))
    assert uitkomst.returncode == 0, uitkomst.stderr
    pad = klein / "producten" / "bouwvergunning.yaml"
    assert pad.read_text().startswith("# yaml-language-server: $schema=")
    leeg = loket_check(klein)
    assert leeg.returncode == 1
    assert "producten/bouwvergunning.yaml:6:7: deze tekst moet u nog invullen" in leeg.stderr
    vul_in(pad)
    gevuld = loket_check(klein)
    assert gevuld.returncode == 0, gevuld.stderr


def test_new_servicenorm_is_refused_until_filled_in_then_passes(klein: Path):
    assert loket("nieuw", "servicenorm", "post-op-tijd", "--map", str(klein)).returncode == 0
    pad = klein / "servicenormen" / "post-op-tijd.yaml"
    assert loket_check(klein).returncode == 1
    vul_in(pad)
    assert loket_check(klein).returncode == 0


def test_new_notice_is_refused_until_filled_in_then_shows_from_the_peildatum(klein: Path):
    assert loket("nieuw", "mededeling", "storing-digid", "--map", str(klein)).returncode == 0
    pad = klein / "mededelingen" / "storing-digid.yaml"
    tekst = pad.read_text(encoding="utf-8")
    # From the peildatum (the suite's: 2026-11-22) for a week.
    assert "vanaf: 2026-11-22\ntot: 2026-11-29\n" in tekst
    assert loket_check(klein).returncode == 1
    vul_in(pad)
    assert loket_check(klein).returncode == 0
    catalogus = laad_catalogus(klein, PEILDATUM).catalogus
    assert catalogus is not None and list(catalogus.mededelingen) == ["storing-digid"]


def test_new_refuses_existing_files_and_bad_ids(klein: Path):
    assert loket("nieuw", "product", "paspoort", "--map", str(klein)).returncode == 2
    fout = loket("nieuw", "product", "Paspoort Aanvragen", "--map", str(klein))
    assert fout.returncode == 2 and "geen geldige id" in fout.stderr


def test_init_creates_a_gemeente_that_builds(tmp_path: Path):
    gemeente_map = tmp_path / "dijkstad"
    uitkomst = loket("init", str(gemeente_map), "--naam", "Gemeente Dijkstad")
    assert uitkomst.returncode == 0, uitkomst.stderr
    assert loket_check(gemeente_map).returncode == 0
    bouw = mkdocs_build(gemeente_map)
    assert bouw.returncode == 0, bouw.stderr
    assert "Gemeente Dijkstad" in (gemeente_map / "site" / "index.html").read_text()
    assert (gemeente_map / "site" / "producten" / "afvalpas" / "index.html").is_file()
    assert (gemeente_map / "site_src" / "schemas" / "product.schema.json").is_file()
    assert loket("init", str(gemeente_map)).returncode == 2  # not empty any more
