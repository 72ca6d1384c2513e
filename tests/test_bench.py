"""The benchmark tools: the generated gemeente is valid, and the smoke check can fail."""

from __future__ import annotations

from pathlib import Path

import pytest
from loket.validate import laad_catalogus

from bench import run, smoke
from bench.grote_gemeente import maak


def test_generated_gemeente_passes_check_and_grows_every_kind_of_page(tmp_path: Path):
    map = maak(250, tmp_path / "g")
    uitkomst = laad_catalogus(map)
    assert uitkomst.fouten == []
    catalogus = uitkomst.catalogus
    assert catalogus is not None
    assert len(catalogus.producten) == 250
    assert len(catalogus.servicenormen) == 13 + 2  # one extra norm per 100 generated products
    assert len(catalogus.organisaties) == 56 + 21  # one extra organisation per 10
    extra = catalogus.producten["product-00004"].product
    assert extra.gerelateerd == ["product-00005", "product-00006"]
    assert "norm-0001" in extra.servicenormen or "norm-0002" in extra.servicenormen


@pytest.mark.parametrize(("klein", "groot", "code"), [(0.010, 0.011, 0), (0.010, 0.020, 1)])
def test_smoke_fails_only_when_a_page_costs_more_at_the_larger_size(
    monkeypatch: pytest.MonkeyPatch, klein: float, groot: float, code: int
):
    tijden = {smoke.KLEIN: (klein, 150), smoke.GROOT: (groot, 320)}
    monkeypatch.setattr(smoke, "per_pagina", lambda aantal, map: tijden[aantal])
    assert smoke.main() == code


def _meting(producten: int, loket_s: float, gewoon_s: float, check_s: float) -> run.Meting:
    return run.Meting(
        producten,
        producten + 100,
        check_s,
        loket_s,
        300.0,
        gewoon_s,
        250.0,
        27.0,
        31.0,
        5.0,
        80.0,
        2.0,
    )


def test_results_judge_every_target():
    doelen = {
        d.naam: d
        for d in run.doelen([_meting(1000, 13.0, 13.5, 1.0), _meting(10000, 150.0, 140.0, 5.0)])
    }
    assert doelen["build ≤ 1.0× plain MkDocs at 1,000"].gehaald is True
    assert doelen["time(10,000) / time(1,000) ≤ 11"].gehaald is False  # 150 / 13 = 11.5
    assert doelen["`loket check` of 10,000 < 3 s"].gehaald is False
    assert doelen["peak RSS at 10,000 ≤ 1 GB"].gehaald is True
    verslag = run.verslag([_meting(1000, 13.0, 13.5, 1.0)])
    assert "| 1,000 | 1,100 | 1.00 s | 13.0 s |" in verslag
    assert "0.96×" in verslag
