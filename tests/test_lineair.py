"""The shortcuts that keep a large build linear give the same answers as the plain way."""

from __future__ import annotations

import itertools
import posixpath
import shutil
from pathlib import Path

import pytest
from loket.load import yaml_bron
from loket.model.product import Product
from loket.pages.spec import link
from loket.validate import laad_catalogus, yaml_map

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
        "a: &x 1\nb: *x\n",
        "a: !!python/int 1\n",
    ],
)
def test_what_the_fast_read_cannot_judge_goes_the_careful_way(tekst: str):
    assert yaml_bron._direct(tekst) is None or yaml_bron._heeft_anker(tekst)


def _kopie_met_fout(tmp_path: Path, aantal: int) -> Path:
    map = tmp_path / "g"
    (map / "producten").mkdir(parents=True)
    for i in range(aantal):
        shutil.copy(VOORBEELDEN[i % len(VOORBEELDEN)], map / "producten" / f"p-{i:03d}.yaml")
    kapot = map / "producten" / "p-007.yaml"
    kapot.write_text(kapot.read_text(encoding="utf-8").replace("naam: ", "naam: <b>", 1))
    (map / "producten" / "p-008.yaml").write_text("naam: [\n", encoding="utf-8")
    return map


def test_worker_processes_read_the_same_as_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    map = _kopie_met_fout(tmp_path, 40)
    uitkomsten = []
    _geteld.aantal = 0  # type: ignore[attr-defined]
    monkeypatch.setattr(yaml_map, "_in_werkers", _geteld(yaml_map._in_werkers))
    for vanaf in (10_000, 10):  # first all in this process, then in workers
        monkeypatch.setattr(yaml_map, "PARALLEL_VANAF", vanaf)
        _leeg_cache()
        meldingen: list = []
        gelezen = yaml_map.lees_map(map, "producten", Product, "product", meldingen)
        uitkomsten.append(([(g.id, g.item) for g in gelezen], [str(m) for m in meldingen]))
    assert _geteld.aantal == 1
    assert uitkomsten[0] == uitkomsten[1]
    ids, meldingen = uitkomsten[1]
    assert len(ids) == 39
    assert any(m.startswith("producten/p-007.yaml:2:7: HTML is niet toegestaan") for m in meldingen)
    assert any(m.startswith("producten/p-008.yaml:") for m in meldingen)


def _geteld(functie):  # type: ignore[no-untyped-def]
    def geteld(*args):  # type: ignore[no-untyped-def]
        _geteld.aantal += 1
        return functie(*args)

    return geteld


_geteld.aantal = 0  # type: ignore[attr-defined]


def _leeg_cache() -> None:
    from loket.load import cache

    cache._cache.clear()


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
