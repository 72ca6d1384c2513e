"""`mkdocs serve` rebuilds: unchanged files are not parsed again; an error keeps the last site."""

from __future__ import annotations

from pathlib import Path

import loket.load.yaml_map as yaml_map
import pytest
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort


def test_unchanged_files_are_parsed_once_across_rebuilds(
    klein: Path, monkeypatch: pytest.MonkeyPatch
):
    gelezen: list[str] = []
    echt = yaml_map.lees_yaml_tekst

    def tellend(ruw: bytes, weergave: str):  # type: ignore[no-untyped-def]
        gelezen.append(weergave)
        return echt(ruw, weergave)

    monkeypatch.setattr(yaml_map, "lees_yaml_tekst", tellend)
    config = load_config(str(klein / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    config.plugins.on_config(config)
    eerste = sorted(gelezen)
    assert "producten/paspoort.yaml" in eerste
    gelezen.clear()
    product = klein / "producten" / "grofvuil.yaml"
    product.write_text(product.read_text().replace("Team Afval", "Team Reiniging"))
    config.plugins.on_config(config)
    assert gelezen == ["producten/grofvuil.yaml"]


def test_error_during_rebuild_keeps_the_last_good_site(klein: Path):
    config = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    build(config)
    voor = (klein / "site" / "producten" / "paspoort" / "index.html").read_bytes()
    (klein / "producten" / "paspoort.yaml").write_text("naam: [\n", encoding="utf-8")
    opnieuw = load_config(str(klein / "mkdocs.yml"), site_dir=str(klein / "site"))
    with pytest.raises(Abort):
        build(opnieuw)
    assert (klein / "site" / "producten" / "paspoort" / "index.html").read_bytes() == voor


def test_templates_are_compiled_once_across_rebuilds(
    klein: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
):
    import jinja2
    from loket.mkdocs import thema

    monkeypatch.setattr(thema._gecompileerd, "code", {})
    gecompileerd: list[str | None] = []
    echt = jinja2.Environment.compile

    def tellend(env: jinja2.Environment, bron: str, name: str | None = None, *a, **k):  # type: ignore[no-untyped-def]
        gecompileerd.append(name)
        return echt(env, bron, name, *a, **k)

    monkeypatch.setattr(jinja2.Environment, "compile", tellend)
    for keer in range(2):
        config = load_config(str(klein / "mkdocs.yml"), site_dir=str(tmp_path / "site"))
        if keer == 0:
            config.plugins.on_startup(command="serve", dirty=False)
        build(config)
        if keer == 0:
            assert {"main.html", "base.html", "partials/nav.html"} <= set(gecompileerd)
            gecompileerd.clear()
    # Material's search plugin translates with an environment of its own: only the page
    # templates go through the plugin's environment.
    assert {"main.html", "base.html", "partials/nav.html"} & set(gecompileerd) == set()
