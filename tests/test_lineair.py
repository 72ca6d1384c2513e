"""The shortcuts that keep a large build linear give the same answers as the plain way."""

from __future__ import annotations

import itertools
import json
import posixpath
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from loket.controle import laad_catalogus
from loket.load import yaml_bron
from loket.pages.spec import link

from tests.conftest import ROOT

VOORBEELDEN = sorted((ROOT / "producten").glob("*.yaml"))


@pytest.mark.parametrize("bestand", VOORBEELDEN[:12], ids=lambda p: p.stem)
def test_fast_read_equals_the_careful_read(bestand: Path):
    tekst = bestand.read_text(encoding="utf-8")
    snel, meldingen = yaml_bron.lees_yaml_tekst(tekst.encode(), "p.yaml")
    careful = yaml_bron._langzaam(tekst, "p.yaml")[0]
    assert careful is not None and meldingen == []
    omgezet = yaml_bron._Omzetter.van(careful)
    assert snel is not None and snel._posities is None  # positions wait until needed
    assert snel.data == omgezet.data
    assert snel.posities.waarden == omgezet.posities.waarden
    assert snel.posities.sleutels == omgezet.posities.sleutels


@pytest.mark.parametrize(
    "tekst",
    [
        "a: 1\na: 2\n",
        "1: x\n",
        "on: x\n",
        "a: 2027-02-30\n",
        "a: !!python/int 1\n",
        "a: !!binary aGFsbG8=\n",
        "a: !!bool x\n",
    ],
)
def test_what_the_fast_read_cannot_judge_goes_the_careful_way(tekst: str):
    assert yaml_bron._direct(tekst) is None


def test_anchors_never_reach_the_fast_read():
    """The fast reader would resolve an alias; anchors are found before it runs."""
    assert yaml_bron._heeft_anker("a: &x 1\nb: *x\n")
    assert not yaml_bron._heeft_anker("a: 'Tom & Jerry'\nb: '*ster'\n")


def _kopie_met_fout(tmp_path: Path, aantal: int) -> Path:
    gemeente_map = tmp_path / "g"
    (gemeente_map / "producten").mkdir(parents=True)
    for i in range(aantal):
        shutil.copy(
            VOORBEELDEN[i % len(VOORBEELDEN)], gemeente_map / "producten" / f"p-{i:03d}.yaml"
        )
    kapot = gemeente_map / "producten" / "p-007.yaml"
    kapot.write_text(kapot.read_text(encoding="utf-8").replace("naam: ", "naam: <b>", 1))
    (gemeente_map / "producten" / "p-008.yaml").write_text("naam: [\n", encoding="utf-8")
    return gemeente_map


_LEES = """
import json, sys
from pathlib import Path
from loket.model.product import Product
from loket.load import yaml_map as lezer
from loket.validate import yaml_map
lezer.PARALLEL_VANAF = int(sys.argv[2])
echt, aantal = lezer._in_werkers, []
lezer._in_werkers = lambda taken: (aantal.append(1), echt(taken))[1]
validatie = yaml_map.validatie(Product) if sys.argv[3] == "ja" else None
bestanden, meldingen = lezer.lees_yaml_map(Path(sys.argv[1]), "producten", verwerk=validatie)
gelezen = yaml_map.valideer_map(bestanden, Product, "product", meldingen)
print(json.dumps({
    "items": [[g.id, g.item.model_dump(mode="json") if g.item else None] for g in gelezen],
    "meldingen": [str(m) for m in meldingen],
    "werkers": len(aantal),
}))
"""


def _lees_in_proces(gemeente_map: Path, vanaf: int, valideren: bool = False) -> dict:
    """Reading and validating a folder in a fresh single-threaded process, as `loket check`
    runs it: forking is only allowed there, not in this test process with the browser tests'
    server threads."""
    uit = subprocess.run(
        [sys.executable, "-c", _LEES, str(gemeente_map), str(vanaf), "ja" if valideren else "nee"],
        capture_output=True,
        text=True,
    )
    assert uit.returncode == 0, uit.stderr
    return json.loads(uit.stdout)


@pytest.mark.parametrize("valideren", [False, True], ids=["lezen", "lezen-en-valideren"])
def test_worker_processes_read_the_same_as_one_process(tmp_path: Path, valideren: bool):
    """Also when the workers validate each file where they parse it (as `loket check` does)."""
    gemeente_map = _kopie_met_fout(tmp_path, 40)
    alleen = _lees_in_proces(gemeente_map, 10_000, valideren)
    werkers = _lees_in_proces(gemeente_map, 10, valideren)
    assert (alleen["werkers"], werkers["werkers"]) == (0, 1)
    assert werkers["items"] == alleen["items"] and werkers["meldingen"] == alleen["meldingen"]
    assert len(werkers["items"]) == 39
    meldingen = werkers["meldingen"]
    assert any(m.startswith("producten/p-007.yaml:2:7: HTML is niet toegestaan") for m in meldingen)
    assert any(m.startswith("producten/p-008.yaml:") for m in meldingen)


def test_lookups_by_theme_and_norm_equal_a_scan():
    catalogus = laad_catalogus(ROOT).catalogus
    assert catalogus is not None
    for thema in catalogus.gemeente.themas:
        verwacht = [p for p in catalogus.op_naam() if thema.id in p.product.themas]
        assert catalogus.van_thema(thema) == verwacht
    for norm in catalogus.servicenormen:
        verwacht = [p for p in catalogus.op_naam() if norm in p.product.servicenormen]
        assert catalogus.met_norm(norm) == verwacht
        rijen = sorted(
            (r for r in catalogus.realisatie if r.servicenorm == norm),
            key=lambda r: r.periode.sleutel,
        )
        assert catalogus.historie(norm) == rijen


def test_links_equal_posixpath_relpath():
    paden = ["index.md", "contact.md", "producten/a.md", "producten/index.md", "a/b/c.md", "a/d.md"]
    for van, naar in itertools.product(paden, paden):
        assert link(van, naar) == posixpath.relpath(naar, posixpath.dirname(van) or ".")
