"""/beheer/: Decap CMS's config generated from the content model, and the files beside it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from loket.beheer.bestanden import DECAP, DecapOntbreekt, beheer_bestanden
from loket.beheer.config import Backend, BackendFout, backend_uit, config_tekst, decap_config
from loket.model.product import ProductEn
from loket.model.schema import schema

from tests.conftest import loket, loket_check, mkdocs_build


@pytest.mark.golden_test("golden/beheer/*.yml")
def test_generated_config(golden):
    tekst = config_tekst(
        Backend(**golden["backend"]),
        "site_src",
        "https://www.proefdorp.example/",
        golden.get("map", ""),
    )
    assert tekst == golden.out["config"]


def _velden(collectie: dict) -> dict[str, dict]:
    velden = collectie["fields"] if "fields" in collectie else collectie["files"][0]["fields"]
    return {v["name"]: v for v in velden}


def test_every_key_of_the_model_is_a_field_with_its_dutch_label_and_required_flag():
    config = decap_config(Backend(repo="a/b"))
    for collectie, soort in zip(
        config["collections"], ("product", "servicenorm", "mededeling", "gemeente"), strict=True
    ):
        model = schema(soort)
        velden = _velden(collectie)
        assert list(velden) == list(model["properties"])
        for naam, eigenschap in model["properties"].items():
            assert velden[naam]["label"] == eigenschap["title"]
            assert velden[naam].get("required", True) == (naam in model["required"])


def test_notices_have_moments_lookups_and_may_be_deleted():
    mededelingen = decap_config(Backend(repo="a/b"))["collections"][2]
    assert mededelingen["folder"] == "mededelingen" and mededelingen["delete"] is True
    velden = _velden(mededelingen)
    # Typed, not picked: a picker would add a time to `tot: 2026-12-05` and end it at 00:00.
    assert velden["tot"]["widget"] == "string"
    patroon = re.compile(velden["tot"]["pattern"][0])
    for goed in ("2026-12-05", "2026-12-05 08:00", "2026-12-05T08:00"):
        assert patroon.match(goed)
    for fout in ("5-12-2026", "2026-12-05 8u", "morgen"):
        assert not patroon.match(fout)
    assert velden["kanalen"]["value_field"] == "kanalen.*.id"
    assert velden["kanalen"]["multiple"] is True and velden["kanalen"]["min"] == 0
    assert velden["producten"]["collection"] == "producten"
    assert velden["soort"]["options"] == ["storing", "let_op", "info"]
    # Products and norms are never deleted in the editor: links and figures point at them.
    assert [c.get("delete") for c in decap_config(Backend(repo="a/b"))["collections"]] == [
        False,
        False,
        True,
        False,
    ]


def test_english_blocks_are_folded_objects_with_the_keys_of_their_model():
    config = decap_config(Backend(repo="a/b"))
    product, gemeente = _velden(config["collections"][0]), _velden(config["collections"][3])
    en = product["en"]
    assert en["widget"] == "object" and en["collapsed"] is True and en["required"] is False
    assert [v["name"] for v in en["fields"]] == list(ProductEn.model_fields)
    kanaal = {v["name"]: v for v in gemeente["kanalen"]["fields"]}
    thema = {v["name"]: v for v in gemeente["themas"]["fields"]}
    for blok in (gemeente["en"], kanaal["en"], thema["en"]):
        assert blok["collapsed"] is True
    assert "collapsed" not in gemeente["wmebv"]


def test_config_has_no_yaml_anchors():
    assert "&id" not in config_tekst(Backend(repo="a/b"))


def test_widgets_follow_the_types_of_the_model():
    product = _velden(decap_config(Backend(repo="a/b"))["collections"][0])
    assert product["beschrijving"]["widget"] == "markdown"
    assert product["naam"]["widget"] == "string"
    assert product["herzien_voor"]["widget"] == "datetime"
    assert product["herzien_voor"]["format"] == "YYYY-MM-DD"
    assert product["doelgroep"] == {**product["doelgroep"], "widget": "select", "multiple": True}
    assert product["themas"]["widget"] == "relation"
    assert product["themas"]["value_field"] == "themas.*.id"
    assert product["gerelateerd"]["collection"] == "producten"
    assert product["servicenormen"]["collection"] == "servicenormen"
    kosten = {v["name"]: v for v in product["kosten"]["fields"]}
    assert kosten["bedrag"]["widget"] == "number" and kosten["bedrag"]["value_type"] == "float"
    assert kosten["kanaal"]["widget"] == "relation"
    aanvragen = {v["name"]: v for v in product["aanvragen"]["fields"]}
    assert aanvragen["inloggen"]["options"] == ["digid", "eherkenning", "geen"]
    assert product["meenemen"]["field"]["widget"] == "markdown"


def test_git_hosts_use_the_editorial_workflow_and_serve_uses_decap_server():
    git = decap_config(Backend(naam="gitlab", repo="a/b"))
    assert git["publish_mode"] == "editorial_workflow" and "local_backend" not in git
    lokaal = decap_config(Backend(lokaal=True))
    assert lokaal["local_backend"] == {"url": "http://localhost:8081/api/v1"}
    assert "publish_mode" not in lokaal
    assert lokaal["backend"]["proxy_url"].startswith("http://localhost:8081/")


def test_backend_from_options_or_repo_url():
    gateway = {"base_url": "https://gw.nl"}
    assert backend_uit(gateway, "https://github.com/gemeente/site.git", False) == Backend(
        "github", "gemeente/site", base_url="https://gw.nl"
    )
    eigen = backend_uit(
        {"backend": "gitlab", "repo": "x/y", "branch": "live", "app_id": "a"}, None, False
    )
    assert (eigen.naam, eigen.repo, eigen.branch) == ("gitlab", "x/y", "live")
    assert backend_uit({}, None, True).lokaal
    with pytest.raises(BackendFout, match="beheer_git"):
        backend_uit({}, "https://git.example/site", False)
    with pytest.raises(BackendFout, match="onbekende sleutel"):
        backend_uit({"repos": "x/y"}, None, False)


def test_each_host_gets_what_logging_in_needs():
    with pytest.raises(BackendFout, match="OAuth-gateway"):
        backend_uit({"backend": "github", "repo": "x/y"}, None, False)
    with pytest.raises(BackendFout, match="Application ID"):
        backend_uit({"backend": "gitlab", "repo": "x/y"}, None, False)
    with pytest.raises(BackendFout, match="https://"):
        backend_uit({"backend": "github", "repo": "x/y", "base_url": "http://gw"}, None, False)
    github = _backend_config({"backend": "github", "repo": "x/y", "base_url": "https://gw.nl/"})
    assert github["base_url"] == "https://gw.nl" and "auth_type" not in github
    gitlab = _backend_config({"backend": "gitlab", "repo": "x/y", "app_id": "abc"})
    assert (gitlab["auth_type"], gitlab["app_id"]) == ("pkce", "abc")
    assert "base_url" not in gitlab  # gitlab.com, Decap's default
    eigen = _backend_config(
        {"backend": "gitlab", "repo": "x/y", "app_id": "abc", "base_url": "https://git.nl"}
    )
    assert (eigen["base_url"], eigen["api_root"]) == ("https://git.nl", "https://git.nl/api/v4")


def _backend_config(instellingen: dict[str, str]) -> dict[str, str]:
    return decap_config(backend_uit(instellingen, None, False))["backend"]


def test_loket_check_says_when_nobody_could_log_in(klein: Path):
    _met_beheer(klein)
    assert loket_check(klein).returncode == 0
    pad = klein / "mkdocs.yml"
    pad.write_text(pad.read_text(encoding="utf-8").replace("app_id: abc123", ""), encoding="utf-8")
    uitkomst = loket_check(klein)
    assert uitkomst.returncode == 1
    assert re.search(
        r"mkdocs\.yml:\d+:\d+: inloggen bij GitLab heeft de Application ID", uitkomst.stderr
    )


def test_files_of_beheer(tmp_path: Path):
    dist = tmp_path / "dist"
    dist.mkdir()
    for naam in ("decap-cms.js", "12.decap-cms.js", "ab.wasm", "decap-cms.js.map", "cms.js"):
        (dist / naam).write_text("//")
    delen = beheer_bestanden(Backend(repo="a/b"), "Gemeente <Proef>", dist)
    paden = [d.pad for d in delen]
    assert paden[:3] == ["beheer/index.html", "beheer/config.yml", "beheer/voorbeeld.js"]
    assert sorted(d.pad for d in delen if d.bron is not None) == [
        "beheer/12.decap-cms.js",
        "beheer/ab.wasm",
        "beheer/decap-cms.js",
    ]
    pagina = next(d for d in delen if d.pad.endswith("index.html"))
    assert pagina.bron is None and not pagina.is_pagina  # written as it is, not as Markdown
    assert '<meta name="robots" content="noindex, nofollow">' in pagina.inhoud
    assert "Gemeente &lt;Proef&gt;" in pagina.inhoud
    # Nothing loaded from elsewhere: Decap is served from the site; only its API calls leave.
    assert not re.search(r'(src|href)="[a-z]+:', pagina.inhoud)
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]*)"', pagina.inhoud)
    assert csp and "connect-src &#x27;self&#x27; https://api.github.com;" in csp.group(1)
    assert "script-src &#x27;self&#x27; &#x27;unsafe-eval&#x27;;" in csp.group(1)
    config = yaml.safe_load(next(d.inhoud for d in delen if d.pad.endswith("config.yml")))
    assert config["collections"][0]["folder"] == "producten"
    with pytest.raises(DecapOntbreekt):
        beheer_bestanden(Backend(repo="a/b"), "X", tmp_path / "leeg")


def _met_beheer(gemeente_map: Path) -> Path:
    config = yaml.safe_load((gemeente_map / "mkdocs.yml").read_text(encoding="utf-8"))
    plugins = config["plugins"]
    i = next(i for i, p in enumerate(plugins) if p == "loket" or "loket" in p)
    opties = plugins[i]["loket"] if isinstance(plugins[i], dict) else {}
    git = {"backend": "gitlab", "repo": "p/site", "app_id": "abc123"}
    plugins[i] = {"loket": {**(opties or {}), "beheer": True, "beheer_git": git}}
    (gemeente_map / "mkdocs.yml").write_text(
        yaml.safe_dump(config, sort_keys=False), encoding="utf-8"
    )
    return gemeente_map


def test_build_writes_beheer_outside_search_sitemap_and_nav(klein: Path):
    gemeente_map = _met_beheer(klein)
    uitkomst = mkdocs_build(gemeente_map, strict=True)
    assert uitkomst.returncode == 0, uitkomst.stderr
    site = gemeente_map / "site"
    assert not (gemeente_map / "node_modules").exists()  # no Node: Decap comes with Loket
    assert (site / "beheer" / "decap-cms.js").read_bytes() == (DECAP / "decap-cms.js").read_bytes()
    delen = sorted(p.name for p in DECAP.glob("*.decap-cms.js"))
    assert delen and sorted(p.name for p in (site / "beheer").glob("*.decap-cms.js")) == delen
    assert "MIT License" in (site / "beheer" / "LICENSE").read_text(encoding="utf-8")
    config = yaml.safe_load((site / "beheer" / "config.yml").read_text(encoding="utf-8"))
    assert config["backend"]["name"] == "gitlab" and config["backend"]["repo"] == "p/site"
    assert config["media_folder"] == "site_src/bestanden"
    assert "noindex" in (site / "beheer" / "index.html").read_text(encoding="utf-8")
    assert "beheer" not in (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "beheer" not in (site / "sitemap.xml").read_text(encoding="utf-8")
    assert "Disallow: /beheer/" in (site / "robots.txt").read_text(encoding="utf-8")
    assert "beheer/" not in (site / "index.html").read_text(encoding="utf-8")


def test_loket_beheer_writes_the_editor_into_a_site(klein: Path):
    gemeente_map = _met_beheer(klein)
    uitkomst = loket("beheer", str(gemeente_map / "uit"), "--map", str(gemeente_map))
    assert uitkomst.returncode == 0, uitkomst.stderr
    config = yaml.safe_load(
        (gemeente_map / "uit" / "beheer" / "config.yml").read_text(encoding="utf-8")
    )
    assert config["backend"]["repo"] == "p/site"
    assert (gemeente_map / "uit" / "beheer" / "decap-cms.js").is_file()
    lokaal = loket("beheer", str(gemeente_map / "lokaal"), "--map", str(gemeente_map), "--lokaal")
    assert lokaal.returncode == 0, lokaal.stderr
    tekst = (gemeente_map / "lokaal" / "beheer" / "config.yml").read_text(encoding="utf-8")
    assert yaml.safe_load(tekst)["backend"]["name"] == "proxy"


def test_loket_beheer_says_what_is_missing(klein: Path):
    uitkomst = loket("beheer", str(klein / "uit"), "--map", str(klein))
    assert uitkomst.returncode == 2
    assert "beheer_git" in uitkomst.stderr and "Traceback" not in uitkomst.stderr
    assert not (klein / "uit").exists()


@pytest.mark.parametrize(("tekst", "verwacht"), [("'true'", True), ("nee", False), ("true", True)])
def test_afspraak_as_text_from_a_form_field_is_read_as_yes_or_no(tekst: str, verwacht: bool):
    from loket.model.product import Aanvraagkanaal

    data = yaml.safe_load(f"kanaal: balie\nafspraak: {tekst}\n")
    assert Aanvraagkanaal.model_validate(data).afspraak is verwacht


def test_mkdocs_serve_writes_beheer_for_decap_server(klein: Path):
    from mkdocs.config import load_config

    config = load_config(str(_met_beheer(klein) / "mkdocs.yml"))
    config.plugins.on_startup(command="serve", dirty=False)
    config = config.plugins.on_config(config)
    plugin = config.plugins["loket"]
    tekst = next(d.inhoud for d in plugin._site.uitvoer if d.pad == "beheer/config.yml")
    assert yaml.safe_load(tekst)["backend"]["name"] == "proxy"
