"""The Decap CMS bundle shipped inside the package is the npm version pinned in package.json,
file for file (`make decap` copies it)."""

from __future__ import annotations

import json
import os

import pytest
from loket.beheer.bestanden import DECAP, decap_kopieen

from tests.conftest import ROOT

NPM = ROOT / "node_modules" / "decap-cms"


def test_the_shipped_version_is_the_pinned_one():
    gepind = json.loads((ROOT / "package.json").read_text())["devDependencies"]["decap-cms"]
    assert (DECAP / "VERSION").read_text().strip() == gepind
    assert "MIT License" in (DECAP / "LICENSE").read_text()
    namen = {u.pad.removeprefix("beheer/") for u in decap_kopieen(DECAP)}
    assert {"decap-cms.js", "LICENSE"} <= namen


def test_the_shipped_files_are_those_of_the_npm_package():
    if not NPM.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{NPM} ontbreekt: make installeert het met npm ci")
        pytest.skip("node_modules ontbreekt; draai 'npm ci'")
    assert json.loads((NPM / "package.json").read_text())["version"] == (
        (DECAP / "VERSION").read_text().strip()
    ), "draai 'make decap'"
    dist = NPM / "dist"
    verwacht = sorted(
        p.name for p in [dist / "decap-cms.js", *dist.glob("*.decap-cms.js"), *dist.glob("*.wasm")]
    )
    gedeeld = sorted(p.name for p in DECAP.iterdir() if p.name not in {"LICENSE", "VERSION"})
    assert gedeeld == verwacht, "draai 'make decap'"
    for naam in verwacht:
        assert (DECAP / naam).read_bytes() == (dist / naam).read_bytes(), naam
