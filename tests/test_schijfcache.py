"""The disk cache: parsed files and whole checks survive a restart, change with the content and
with Loket, and a corrupt or foreign cache file is ignored, never trusted."""

from __future__ import annotations

import json
import shutil
from datetime import date, datetime
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from loket.load import cache as geheugen
from loket.load import schijfcache, yaml_map
from loket.load.vingerafdruk import vingerafdruk
from loket.model import Product
from loket.validate.yaml_map import validatie

from tests.conftest import FIXTURES, ROOT, loket


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A cache folder of its own, and an empty in-memory cache: as a new process would find."""
    monkeypatch.setenv(schijfcache.OMGEVING, str(tmp_path / "cache"))
    monkeypatch.setattr(geheugen, "_cache", {})
    return tmp_path / "cache"


@pytest.fixture
def gemeente(tmp_path: Path) -> Path:
    doel = tmp_path / "gemeente"
    shutil.copytree(FIXTURES / "klein", doel, ignore=shutil.ignore_patterns(".loket-cache"))
    return doel


class Teller:
    """Counts the real parses, by wrapping the reader's parser."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.paden: list[str] = []
        echt = yaml_map.lees_yaml_tekst

        def tel(ruw: bytes, weergave: str):
            self.paden.append(weergave)
            return echt(ruw, weergave)

        monkeypatch.setattr(yaml_map, "lees_yaml_tekst", tel)


def _lees(gemeente_map: Path) -> tuple[list, list]:
    geheugen._cache.clear()  # a restart: nothing in memory, only what is on disk
    return yaml_map.lees_yaml_map(gemeente_map, "producten", verwerk=validatie(Product))


def _vergelijkbaar(gelezen: list) -> list:
    return [
        (pad.name, b.data if b else None, [str(m) for m in m_], v[0], [str(x) for x in v[1]])
        for pad, b, m_, v in gelezen
    ]


def test_parsed_files_survive_a_restart(cache: Path, gemeente: Path, monkeypatch):
    eerst, meldingen_eerst = _lees(gemeente)
    teller = Teller(monkeypatch)
    daarna, meldingen_daarna = _lees(gemeente)
    assert teller.paden == []
    assert _vergelijkbaar(daarna) == _vergelijkbaar(eerst)
    assert meldingen_daarna == meldingen_eerst
    assert len(list((cache / "yaml").rglob("*.json"))) == len(eerst)


def test_a_changed_file_is_parsed_again_and_only_that_file(
    cache: Path, gemeente: Path, monkeypatch
):
    _lees(gemeente)
    bestand = sorted((gemeente / "producten").glob("*.yaml"))[0]
    bestand.write_text(bestand.read_text(encoding="utf-8") + "\nonbekend: true\n", encoding="utf-8")
    teller = Teller(monkeypatch)
    gelezen, _ = _lees(gemeente)
    assert teller.paden == [f"producten/{bestand.name}"]
    eigen = next(g for g in gelezen if g[0] == bestand)
    assert eigen[1].data["onbekend"] is True
    assert any("onbekend" in m.tekst for m in eigen[3][1])  # validated on the new content


def test_another_loket_does_not_read_this_cache(cache: Path, gemeente: Path, monkeypatch):
    eerst, _ = _lees(gemeente)
    monkeypatch.setattr(schijfcache, "loket_versie", lambda: "9.9.9+anders")
    teller = Teller(monkeypatch)
    _lees(gemeente)
    assert len(teller.paden) == len(eerst)


@pytest.mark.parametrize(
    "bederf",
    [
        lambda t: b"\x00\xff niet eens JSON",
        lambda t: t[: len(t) // 2],
        lambda t: json.dumps({**json.loads(t), "sleutel": "0" * 64}).encode(),
        lambda t: json.dumps({**json.loads(t), "data": ["geen", "map"]}).encode(),
        lambda t: json.dumps({**json.loads(t), "data": {"naam": {"$datum": "gisteren"}}}).encode(),
        lambda t: json.dumps(
            {**json.loads(t), "meldingen": [["x", "1", 1, "t", "", "fout"]]}
        ).encode(),
        lambda t: json.dumps({**json.loads(t), "pad": 42}).encode(),
    ],
    ids=["binair", "half", "andere-sleutel", "geen-map", "valse-datum", "valse-melding", "pad"],
)
def test_a_corrupt_or_foreign_cache_file_is_ignored(
    cache: Path, gemeente: Path, monkeypatch, bederf
):
    eerst, _ = _lees(gemeente)
    for bestand in (cache / "yaml").rglob("*.json"):
        bestand.write_bytes(bederf(bestand.read_bytes()))
    teller = Teller(monkeypatch)
    daarna, _ = _lees(gemeente)
    assert len(teller.paden) == len(eerst)  # every file parsed again
    assert _vergelijkbaar(daarna) == _vergelijkbaar(eerst)


def test_a_cache_that_cannot_be_written_costs_only_speed(
    tmp_path: Path, gemeente: Path, monkeypatch
):
    bezet = tmp_path / "bezet"
    bezet.write_text("een bestand, geen map")
    monkeypatch.setenv(schijfcache.OMGEVING, str(bezet))
    monkeypatch.setattr(geheugen, "_cache", {})
    gelezen, _ = _lees(gemeente)
    assert gelezen and all(b is not None for _, b, _, _ in gelezen)


def test_the_cache_can_be_switched_off(tmp_path: Path, gemeente: Path, monkeypatch):
    monkeypatch.setenv(schijfcache.OMGEVING, "uit")
    assert schijfcache.cache_map(gemeente) is None
    monkeypatch.delenv(schijfcache.OMGEVING)
    assert schijfcache.cache_map(gemeente) == gemeente / ".loket-cache"


_SLEUTELS = st.text(max_size=6) | st.sampled_from(["$datum", "$tijd", "$", "$$x", "naam"])
_WAARDEN = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=False)
    | st.text(max_size=8)
    | st.dates()
    | st.datetimes(),
    lambda kind: st.lists(kind, max_size=3) | st.dictionaries(_SLEUTELS, kind, max_size=3),
    max_leaves=12,
)


@settings(max_examples=200, deadline=None)
@given(st.dictionaries(_SLEUTELS, _WAARDEN, max_size=4))
def test_yaml_data_comes_back_as_it_went_in(data: dict):
    """Dates stay dates, and a key that looks like the cache's own marks stays a key."""
    terug = schijfcache._terug(json.loads(json.dumps(schijfcache._heen(data))))
    assert terug == data
    assert _typen(terug) == _typen(data)


def _typen(waarde: object) -> object:
    if isinstance(waarde, dict):
        return {k: _typen(v) for k, v in waarde.items()}
    if isinstance(waarde, list):
        return [_typen(v) for v in waarde]
    return type(waarde).__name__


# The whole check: the meldingen of the last run when nothing it reads has changed.


def _check(gemeente_map: Path, cache: Path, *extra: str):
    import os
    import subprocess
    import sys

    omgeving = {**os.environ, schijfcache.OMGEVING: str(cache)}
    return subprocess.run(
        [sys.executable, "-m", "loket.cli.main", "check", *extra, str(gemeente_map)],
        capture_output=True,
        text=True,
        env=omgeving,
    )


def test_a_repeated_check_gives_the_same_answer_from_the_cache(tmp_path: Path, gemeente: Path):
    cache = tmp_path / "cache"
    eerst = _check(gemeente, cache, "--format", "json")
    assert list((cache / "check").rglob("*.json")), "the whole check is kept"
    daarna = _check(gemeente, cache, "--format", "json")
    assert (daarna.returncode, daarna.stdout) == (eerst.returncode, eerst.stdout)
    # The kept answer is what the check says: spoil it, and the next check says so too.
    for bestand in (cache / "check").rglob("*.json"):
        inhoud = json.loads(bestand.read_text())
        inhoud["meldingen"] = [["producten/x.yaml", 1, 1, "uit de cache", "", "fout"]]
        bestand.write_text(json.dumps(inhoud))
    bedorven = _check(gemeente, cache, "--format", "json")
    assert "uit de cache" in bedorven.stdout and bedorven.returncode == 1


def test_a_change_anywhere_in_the_folder_is_seen(tmp_path: Path, gemeente: Path):
    cache = tmp_path / "cache"
    assert _check(gemeente, cache).returncode == 0
    bestand = sorted((gemeente / "producten").glob("*.yaml"))[0]
    bestand.write_text(bestand.read_text(encoding="utf-8").replace("naam: ", "naam: <b>", 1))
    fout = _check(gemeente, cache)
    assert fout.returncode == 1 and "HTML is niet toegestaan" in fout.stderr
    bestand.unlink()
    (gemeente / "producten" / "notities.txt").write_text("een los bestand")
    los = _check(gemeente, cache)
    assert "notities.txt" in los.stderr


def test_the_digest_follows_content_peildatum_and_loket(
    tmp_path: Path, gemeente: Path, monkeypatch
):
    cache = gemeente / ".loket-cache"
    basis = vingerafdruk(gemeente, "2026-11-22", (cache,))
    assert vingerafdruk(gemeente, "2026-11-22", (cache,)) == basis
    assert vingerafdruk(gemeente, "2026-11-23", (cache,)) != basis
    (cache / "yaml").mkdir(parents=True, exist_ok=True)
    (cache / "yaml" / "x.json").write_text("{}")  # the cache itself does not count
    (gemeente / "site").mkdir()
    (gemeente / "site" / "index.html").write_text("gebouwd")  # nor does the built site
    assert vingerafdruk(gemeente, "2026-11-22", (cache,)) == basis
    (gemeente / "site_src").mkdir(exist_ok=True)
    (gemeente / "site_src" / "over.md").write_text("# Over")
    met_pagina = vingerafdruk(gemeente, "2026-11-22", (cache,))
    assert met_pagina != basis
    (gemeente / "site_src" / "over.md").write_text("# Over ons")  # same folder, other bytes
    assert vingerafdruk(gemeente, "2026-11-22", (cache,)) != met_pagina
    monkeypatch.setattr("loket.load.vingerafdruk.loket_versie", lambda: "9.9.9+anders")
    assert vingerafdruk(gemeente, "2026-11-22", (cache,)) != basis


def test_a_docs_folder_named_like_a_built_site_still_counts(tmp_path: Path):
    gemeente_map = tmp_path / "g"
    (gemeente_map / "public").mkdir(parents=True)
    (gemeente_map / "mkdocs.yml").write_text("site_name: X\ndocs_dir: public\n")
    eerst = vingerafdruk(gemeente_map, "")
    (gemeente_map / "public" / "index.md").write_text("# Welkom")
    assert vingerafdruk(gemeente_map, "") != eerst


def test_the_example_checks_the_same_with_and_without_cache(tmp_path: Path):
    zonder = loket("check", "--format", "json", str(ROOT))
    met = _check(ROOT, tmp_path / "cache", "--format", "json")
    weer = _check(ROOT, tmp_path / "cache", "--format", "json")
    assert zonder.returncode == met.returncode == weer.returncode == 0
    assert json.loads(zonder.stdout) == json.loads(met.stdout) == json.loads(weer.stdout)


def test_dates_in_cached_files_stay_dates(cache: Path, gemeente: Path):
    bestand = sorted((gemeente / "producten").glob("*.yaml"))[0]
    tekst = bestand.read_text(encoding="utf-8")
    bestand.write_text(tekst + "\npubliceren_vanaf: 2020-01-01\n", encoding="utf-8")
    _lees(gemeente)
    gelezen, _ = _lees(gemeente)
    eigen = next(g for g in gelezen if g[0] == bestand)
    assert eigen[1].data["publiceren_vanaf"] == date(2020, 1, 1)
    assert not isinstance(eigen[1].data["publiceren_vanaf"], datetime)


def test_the_parses_of_changed_and_deleted_files_are_removed(cache: Path, gemeente: Path):
    from loket.load.bronnen import lees_bronnen

    lees_bronnen(gemeente)
    voor = {p.name for p in (cache / "yaml").rglob("*.json")}
    gelezen = [gemeente / "gemeente.yml", *gemeente.glob("*/*.yaml")]  # not mkdocs.yml
    assert len(voor) == len(gelezen)
    producten = sorted((gemeente / "producten").glob("*.yaml"))
    producten[0].write_text(producten[0].read_text(encoding="utf-8") + "\n# nieuw\n")
    producten[1].unlink()
    lees_bronnen(gemeente)
    na = {p.name for p in (cache / "yaml").rglob("*.json")}
    assert len(na) == len(voor) - 1 and len(na - voor) == 1


@pytest.mark.parametrize(
    "mkdocs_yml",
    [
        "site_name: X\nsite_url: !ENV [SITE_URL, 'https://x.example/']\n",
        "INHERIT: ../gedeeld.yml\nsite_name: X\n",
        "site_name: X\ndocs_dir: ../elders\n",
    ],
    ids=["env", "inherit", "docs-elders"],
)
def test_no_digest_when_the_check_reads_outside_the_folder(tmp_path: Path, mkdocs_yml: str):
    """The environment, another mkdocs.yml or a docs folder elsewhere: the check runs in full."""
    gemeente_map = tmp_path / "g"
    gemeente_map.mkdir()
    (gemeente_map / "mkdocs.yml").write_text(mkdocs_yml)
    assert vingerafdruk(gemeente_map, "") is None
    (gemeente_map / "mkdocs.yml").write_text(
        "site_name: X\nmarkdown_extensions:\n  - x: !!python/name:y.z\n"
    )
    assert vingerafdruk(gemeente_map, "") is not None
