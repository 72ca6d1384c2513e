"""`loket export`: plain MkDocs and Zensical build the same site as the plugin does."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
import yaml
from lxml import html

from tests.conftest import ROOT, loket, mkdocs_build

ZENSICAL = ROOT / ".venv-zensical" / "bin" / "zensical"


def kenmerken(site: Path) -> dict[str, tuple[str, str, str, str, str]]:
    """Per page: title, h1, JSON-LD, the main text and the banner (notices), whitespace
    normalised."""
    uitkomst = {}
    for pad in sorted(site.rglob("*.html")):
        if pad.name == "404.html" or pad.parts[len(site.parts)] == "beheer":
            continue  # the editor for redacteuren is no content page
        doc = html.parse(str(pad)).getroot()
        ld = doc.xpath("//script[@type='application/ld+json']/text()")
        artikel = doc.xpath("//article")
        tekst = " ".join(artikel[0].text_content().split()) if artikel else ""
        banner = doc.xpath("//aside[contains(@class, 'md-banner')]")
        uitkomst[pad.relative_to(site).as_posix()] = (
            doc.findtext(".//title") or "",
            " ".join((doc.findtext(".//h1") or "").split()),
            json.dumps(json.loads(ld[0]), sort_keys=True) if ld else "",
            tekst,
            " ".join(banner[0].text_content().split()) if banner else "",
        )
    return uitkomst


@pytest.fixture(scope="module")
def export(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, tuple[str, ...]]]:
    tmp = tmp_path_factory.mktemp("export")
    assert mkdocs_build(ROOT, tmp / "plugin-site").returncode == 0
    uitkomst = loket("export", str(tmp / "export"), "--map", str(ROOT))
    assert uitkomst.returncode == 0, uitkomst.stderr
    return tmp / "export", kenmerken(tmp / "plugin-site")


def test_export_builds_with_plain_mkdocs_to_the_same_pages(export):
    gemeente_map, verwacht = export
    config = yaml.safe_load((gemeente_map / "mkdocs.yml").read_text())
    assert "loket" not in json.dumps(config["plugins"])
    assert mkdocs_build(gemeente_map).returncode == 0
    assert kenmerken(gemeente_map / "site") == verwacht
    # The example's notice for everyone, above every page (a redirect page shows nothing).
    paginas = [k for k in verwacht.values() if k[3]]
    assert len(paginas) > 40
    assert all("Let op: Rond de feestdagen" in k[4] for k in paginas)


def test_export_builds_with_zensical_to_the_same_pages(export):
    if not ZENSICAL.exists():
        melding = f"{ZENSICAL} ontbreekt; 'make test' installeert het"
        if os.environ.get("CI") == "true":
            pytest.fail(melding)
        pytest.skip(melding)
    gemeente_map, verwacht = export
    config = yaml.safe_load((gemeente_map / "mkdocs.yml").read_text())
    config["theme"]["variant"] = "classic"
    config["site_dir"] = "site-zensical"
    (gemeente_map / "zensical.yml").write_text(yaml.safe_dump(config, allow_unicode=True))
    uitkomst = subprocess.run(
        [str(ZENSICAL), "build", "--config-file", "zensical.yml"],
        cwd=gemeente_map,
        capture_output=True,
        text=True,
        check=False,
        env=_zonder_faketime(),
        timeout=600,
    )
    assert uitkomst.returncode == 0, uitkomst.stdout + uitkomst.stderr
    gebouwd = kenmerken(gemeente_map / "site-zensical")
    assert set(gebouwd) == set(verwacht)
    verschillen = [
        (p, gebouwd[p][:3], verwacht[p][:3]) for p in verwacht if gebouwd[p][:3] != verwacht[p][:3]
    ]
    assert verschillen == [], verschillen[:2]
    tekst = [p for p in verwacht if gebouwd[p][3:] != verwacht[p][3:]]
    assert tekst == [], tekst[:5]


def _zonder_faketime() -> dict[str, str]:
    """Zensical's runtime stalls under libfaketime (`.ci/run` runs this suite with the clock
    moved); it only renders the exported files, which carry Loket's peildatum already."""
    return {k: v for k, v in os.environ.items() if k not in ("LD_PRELOAD", "FAKETIME")}


def test_export_reads_what_mkdocs_reads_and_keeps_the_url_style(klein: Path, tmp_path: Path):
    """Material's usual emoji settings (`!!python/name:`) and `use_directory_urls: false`."""
    config = klein / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8")
        + "use_directory_urls: false\nmarkdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "      emoji_generator: !!python/name:material.extensions.emoji.to_svg\n",
        encoding="utf-8",
    )
    assert mkdocs_build(klein).returncode == 0  # MkDocs itself accepts the file
    uitkomst = loket("export", str(tmp_path / "export"), "--map", str(klein))
    assert uitkomst.returncode == 0, uitkomst.stderr
    geexporteerd = yaml.safe_load((tmp_path / "export" / "mkdocs.yml").read_text())
    assert geexporteerd["use_directory_urls"] is False
    # Absolute links the pages write themselves follow the same style as MkDocs' own.
    feed = (tmp_path / "export" / "docs" / "feed.xml").read_text(encoding="utf-8")
    assert "/producten/paspoort.html" in feed and "/producten/paspoort/" not in feed


@pytest.mark.parametrize("opdracht", ["check", "export", "beheer"])
def test_every_command_refuses_the_mkdocs_yml_the_build_refuses(
    klein: Path, tmp_path: Path, opdracht: str
):
    """One reader of mkdocs.yml (MkDocs' own, with the plugin's config class): an option of
    the wrong type stops `mkdocs build`, and every command says so at the line of `plugins`."""
    config = klein / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8").replace("  - loket:\n", "  - loket:\n      beheer: 12\n")
    )
    assert mkdocs_build(klein).returncode != 0
    argumenten = {"check": [str(klein)], "export": [str(tmp_path / "uit"), "--map", str(klein)]}
    uitkomst = loket(
        opdracht, *argumenten.get(opdracht, [str(tmp_path / "uit"), "--map", str(klein)])
    )
    assert uitkomst.returncode == (1 if opdracht == "check" else 2), uitkomst.stderr
    assert "mkdocs.yml:7:1: de instelling 'plugins' klopt niet" in uitkomst.stderr
    assert "Traceback" not in uitkomst.stderr
    assert not (tmp_path / "uit").exists()


def test_check_accepts_what_mkdocs_accepts(klein: Path):
    config = klein / "mkdocs.yml"
    config.write_text(
        config.read_text(encoding="utf-8") + "markdown_extensions:\n  - pymdownx.emoji:\n"
        "      emoji_index: !!python/name:material.extensions.emoji.twemoji\n"
        "site_description: !ENV [LOKET_OMSCHRIJVING, 'Producten van Proefdorp']\n",
        encoding="utf-8",
    )
    assert mkdocs_build(klein).returncode == 0
    uitkomst = loket("check", str(klein))
    assert uitkomst.returncode == 0, uitkomst.stderr
