"""Decap CMS's `config.yml`, generated from the JSON Schemas of the content model.

The schemas come from the same pydantic classes that validate the YAML, so the form has the
same keys, labels, help texts, required fields and choices as `loket check` expects. What a
schema says which fields hold ids of something else (the mark of model/verwijzing.py);
`OPZOEKEN` says where the form looks those up.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any

import yaml

from loket.model.mededeling import MOMENT_PATROON
from loket.model.schema import schema
from loket.model.verwijzing import SCHEMA_SLEUTEL

Veld = dict[str, Any]

OPZOEKEN: dict[str, Veld] = {
    "thema": {
        "collection": "gemeente",
        "file": "gemeente",
        "value_field": "themas.*.id",
        "search_fields": ["themas.*.titel"],
        "display_fields": ["themas.*.titel"],
    },
    "kanaal": {
        "collection": "gemeente",
        "file": "gemeente",
        "value_field": "kanalen.*.id",
        "search_fields": ["kanalen.*.naam"],
        "display_fields": ["kanalen.*.naam"],
    },
    "dimensie": {
        "collection": "gemeente",
        "file": "gemeente",
        "value_field": "dimensies.*.id",
        "search_fields": ["dimensies.*.titel"],
        "display_fields": ["dimensies.*.titel"],
    },
    "servicenorm": {
        "collection": "servicenormen",
        "value_field": "{{slug}}",
        "search_fields": ["titel"],
        "display_fields": ["titel"],
    },
    "product": {
        "collection": "producten",
        "value_field": "{{slug}}",
        "search_fields": ["naam"],
        "display_fields": ["naam"],
    },
}
"""Where the form looks up the ids a marked field refers to (`x-loket-verwijzing` in the
schema, from model/verwijzing.py). Organisations live in a CSV file the editor does not edit:
their ids are typed."""

_MOMENT_UITLEG = "schrijf een datum (2026-12-05) of een datum met tijd (2026-12-05 08:00)"
_MARKDOWN_KNOPPEN = ["bold", "italic", "link", "bulleted-list", "numbered-list"]


@dataclass(frozen=True)
class Backend:
    """Where the editor saves: a git host with the editorial workflow, or decap-server."""

    naam: str = "github"
    repo: str = ""
    branch: str = "main"
    base_url: str = ""
    """Where logging in happens (Decap's `base_url`): for GitHub the OAuth gateway, e.g.
    https://beheer-login.gemeente.nl; for GitLab the GitLab itself (default gitlab.com)."""
    app_id: str = ""
    """GitLab: the Application ID of the gemeente's OAuth application (PKCE, no secret)."""
    lokaal: bool = False
    """True for `mkdocs serve` with decap-server: files on disk, no branches."""


def decap_config(
    backend: Backend, docs_dir: str = "site_src", site_url: str = "", gemeente_map: str = ""
) -> dict[str, Any]:
    """The whole configuration, ready to be written as config.yml next to /beheer/.

    Paths are relative to the repository: `map` is the gemeente's folder in it ("" for the top)."""
    voor = f"{gemeente_map.strip('/')}/" if gemeente_map.strip("/.") else ""
    config: dict[str, Any] = {"backend": _backend(backend), "locale": "nl"}
    if backend.lokaal:
        config["local_backend"] = {"url": config["backend"]["proxy_url"]}
    else:
        config["publish_mode"] = "editorial_workflow"
    if site_url:
        config["site_url"] = site_url
        config["display_url"] = site_url
    config["media_folder"] = f"{docs_dir}/bestanden"
    config["public_folder"] = "/bestanden"
    config["collections"] = [
        _map_collectie(voor, "producten", "Producten", "product", "naam"),
        _map_collectie(voor, "servicenormen", "Servicenormen", "servicenorm", "titel"),
        _map_collectie(
            voor, "mededelingen", "Mededelingen", "mededeling", "titel", verwijderen=True
        ),
        _gemeente_collectie(voor),
    ]
    return config


def config_tekst(
    backend: Backend, docs_dir: str = "site_src", site_url: str = "", gemeente_map: str = ""
) -> str:
    kop = "# Made by Loket from the content model; changes here are overwritten.\n"
    config = decap_config(backend, docs_dir, site_url, gemeente_map)
    tekst = yaml.safe_dump(config, allow_unicode=True, sort_keys=False, width=100)
    return kop + tekst


def _backend(backend: Backend) -> dict[str, Any]:
    if backend.lokaal:
        return {"name": "proxy", "proxy_url": "http://localhost:8081/api/v1", "branch": "main"}
    uit: dict[str, Any] = {"name": backend.naam, "repo": backend.repo, "branch": backend.branch}
    if backend.naam == "gitlab":
        uit |= {"auth_type": "pkce", "app_id": backend.app_id}
        if backend.base_url:
            uit |= {"base_url": backend.base_url, "api_root": f"{backend.base_url}/api/v4"}
    elif backend.base_url:
        uit["base_url"] = backend.base_url
    uit["commit_messages"] = {
        "create": "Nieuw {{collection}}: {{slug}} (via beheer)",
        "update": "{{collection}} {{slug}} bijgewerkt (via beheer)",
        "delete": "{{collection}} {{slug}} verwijderd (via beheer)",
    }
    return uit


def _map_collectie(
    voor: str, submap: str, label: str, soort: str, titel: str, *, verwijderen: bool = False
) -> dict[str, Any]:
    """A folder of YAML files; only notices may be deleted in the editor (an ended notice
    should go; a product or norm that goes wrong would break links and figures)."""
    return {
        "name": submap,
        "label": label,
        "label_singular": soort.capitalize(),
        "folder": f"{voor}{submap}",
        "extension": "yaml",
        "format": "yaml",
        "create": True,
        "delete": verwijderen,
        "identifier_field": titel,
        "slug": "{{slug}}",
        "summary": f"{{{{{titel}}}}}",
        "sortable_fields": [titel],
        "editor": {"preview": soort == "product"},
        "fields": _velden(schema(soort)),
    }


def _gemeente_collectie(voor: str) -> dict[str, Any]:
    velden = _velden(schema("gemeente"))
    return {
        "name": "gemeente",
        "label": "Gemeente",
        "delete": False,
        "editor": {"preview": False},
        "files": [
            {
                "name": "gemeente",
                "label": "Gegevens van de gemeente",
                "file": f"{voor}gemeente.yml",
                "fields": velden,
            }
        ],
    }


def _velden(schema_data: dict[str, Any]) -> list[Veld]:
    """The fields of a schema; fields marked as references become lookups (see OPZOEKEN)."""
    return _object_velden(schema_data, schema_data.get("$defs", {}))


def _object_velden(object_schema: dict[str, Any], definities: dict[str, Any]) -> list[Veld]:
    verplicht = set(object_schema.get("required", []))
    return [
        _veld(naam, eigenschap, naam in verplicht, definities)
        for naam, eigenschap in object_schema.get("properties", {}).items()
    ]


INGEKLAPT = {"en"}
"""Objects the form shows folded shut until opened: the English texts (`en:`), which most
redacteuren do not fill in, would otherwise make every form twice as long."""


def _veld(
    naam: str, eigenschap: dict[str, Any], verplicht: bool, definities: dict[str, Any]
) -> Veld:
    soort = _zonder_null(eigenschap, definities)
    veld: Veld = {"name": naam, "label": eigenschap.get("title", naam)}
    if eigenschap.get("description"):
        veld["hint"] = eigenschap["description"]
    if not verplicht:
        veld["required"] = False
    meervoud = soort.get("type") == "array"
    verwijst = (soort.get("items", {}) if meervoud else soort).get(SCHEMA_SLEUTEL)
    if verwijst in OPZOEKEN:
        veld.update(_relatie(verwijst, veld, meervoud=meervoud))
        return veld
    veld.update(_widget(soort, definities))
    if naam in INGEKLAPT and veld["widget"] == "object":
        veld["collapsed"] = True
    if "default" in eigenschap and eigenschap["default"] not in (None, [], {}):
        veld["default"] = eigenschap["default"]
    return veld


def _relatie(soort: str, veld: Veld, *, meervoud: bool) -> Veld:
    relatie: Veld = {"widget": "relation", **copy.deepcopy(OPZOEKEN[soort])}
    if meervoud:
        relatie["multiple"] = True
        relatie["min"] = 1 if veld.get("required", True) else 0
    return relatie


def _zonder_null(eigenschap: dict[str, Any], definities: dict[str, Any]) -> dict[str, Any]:
    """The schema of the value itself: `X | None` unwrapped, a `$ref` looked up."""
    opties = eigenschap.get("anyOf")
    if opties:
        echte = [o for o in opties if o.get("type") != "null"]
        if len(echte) == 1:
            eigenschap = echte[0]
    ref = eigenschap.get("$ref")
    if ref:
        return definities[ref.rsplit("/", 1)[-1]]
    return eigenschap


def _widget(soort: dict[str, Any], definities: dict[str, Any]) -> Veld:
    if "enum" in soort:
        return {"widget": "select", "options": list(soort["enum"])}
    match soort.get("type"):
        case "object":
            return {"widget": "object", "fields": _object_velden(soort, definities)}
        case "array":
            return _lijst(soort, definities)
        case "boolean":
            return {"widget": "boolean"}
        case "integer":
            return {"widget": "number", "value_type": "int"}
        case "number":
            return {"widget": "number", "value_type": "float", "step": 0.01}
        case "string" if soort.get("format") == "date":
            return {
                "widget": "datetime",
                "format": "YYYY-MM-DD",
                "date_format": "DD-MM-YYYY",
                "time_format": False,
                "picker_utc": True,
            }
        case "string" if soort.get("pattern") == MOMENT_PATROON:
            # A day or a day and a time: Decap's date picker always writes a time, and would
            # turn `tot: 2026-12-05` (that whole day) into its first minute. So typed text,
            # checked by the same pattern as the schema.
            return {"widget": "string", "pattern": [MOMENT_PATROON, _MOMENT_UITLEG]}
        case "string" if soort.get("contentMediaType") == "text/markdown":
            # Plain Markdown first: the rich-text mode parses what it opens and writes it back
            # its own way (emphasis markers, code blocks); raw mode keeps the text as typed.
            return {
                "widget": "markdown",
                "modes": ["raw", "rich_text"],
                "buttons": list(_MARKDOWN_KNOPPEN),
                "editor_components": [],
            }
    # Plain text, and values that may be text or something else (afspraak: true or a link).
    return {"widget": "string"}


def _lijst(soort: dict[str, Any], definities: dict[str, Any]) -> Veld:
    item = _zonder_null(soort.get("items", {}), definities)
    if "enum" in item:
        return {"widget": "select", "multiple": True, "options": list(item["enum"])}
    lijst: Veld = {"widget": "list"}
    if soort.get("minItems"):
        lijst["min"] = soort["minItems"]
    if item.get("type") == "object":
        lijst["fields"] = _object_velden(item, definities)
        eerste = next(iter(item.get("properties", {})), None)
        if eerste:
            lijst["summary"] = f"{{{{fields.{eerste}}}}}"
    else:
        lijst["field"] = {"name": "item", "label": "Regel", **_widget(item, definities)}
    return lijst


class BackendFout(ValueError):
    """The git settings for /beheer/ are missing or wrong; the message is for the webteam."""


SLEUTELS = ("backend", "repo", "branch", "base_url", "app_id")


def backend_uit(instellingen: dict[str, Any], repo_url: str | None, lokaal: bool) -> Backend:
    """The backend from the plugin's `beheer_git` option, else from MkDocs' `repo_url`, with
    what each host needs to log in on the published site."""
    if lokaal:
        return Backend(lokaal=True)
    onbekend = set(instellingen) - set(SLEUTELS)
    if onbekend:
        raise BackendFout(f"onbekende sleutel(s) in beheer_git: {', '.join(sorted(onbekend))}")
    naam = str(instellingen.get("backend") or _host(repo_url) or "")
    repo = str(instellingen.get("repo") or _repo(repo_url) or "")
    if naam not in ("github", "gitlab") or not repo:
        raise BackendFout(
            "zet in mkdocs.yml bij de loket-plugin: beheer_git: {backend: github, repo: "
            "organisatie/site} (of backend: gitlab), of een repo_url op github.com of gitlab.com"
        )
    base_url = str(instellingen.get("base_url") or "").rstrip("/")
    app_id = str(instellingen.get("app_id") or "")
    if base_url and not base_url.startswith("https://"):
        raise BackendFout(f"beheer_git: base_url '{base_url}' moet met https:// beginnen")
    if naam == "github" and not base_url:
        raise BackendFout(
            "inloggen bij GitHub kan alleen via een OAuth-gateway: zet beheer_git: {base_url: "
            "https://…} met het adres van de gateway (zie docs/beheer.md, 'Inloggen')"
        )
    if naam == "gitlab" and not app_id:
        raise BackendFout(
            "inloggen bij GitLab heeft de Application ID van een OAuth-applicatie nodig: zet "
            "beheer_git: {app_id: …} (zie docs/beheer.md, 'Inloggen')"
        )
    return Backend(naam, repo, str(instellingen.get("branch") or "main"), base_url, app_id)


def _host(repo_url: str | None) -> str | None:
    for naam in ("github", "gitlab"):
        if repo_url and f"//{naam}.com/" in repo_url:
            return naam
    return None


def _repo(repo_url: str | None) -> str | None:
    if not repo_url or _host(repo_url) is None:
        return None
    delen = repo_url.split("://", 1)[-1].split("/")[1:3]
    return "/".join(delen).removesuffix(".git") if len(delen) == 2 else None
