"""The shell lines of a repository's CI files (GitHub workflows, GitLab CI, pre-commit hooks)
that call loket or mkdocs, and a way to run them as CI would."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import yaml


def commando_s(repo: Path) -> list[tuple[str, str]]:
    """(file, command) for every shell line in `repo`'s CI files that calls loket or mkdocs."""
    regels = []
    for workflow in sorted((repo / ".github" / "workflows").glob("*.yml")):
        for job in yaml.safe_load(workflow.read_text())["jobs"].values():
            regels += [(workflow.name, s["run"]) for s in job.get("steps", []) if "run" in s]
    gitlab = repo / ".gitlab-ci.yml"
    if gitlab.is_file():
        for naam, job in yaml.safe_load(gitlab.read_text()).items():
            if isinstance(job, dict) and "script" in job:
                regels += [(f".gitlab-ci.yml:{naam}", r) for r in job["script"]]
    for bestand in (".pre-commit-hooks.yaml", ".pre-commit-config.yaml"):
        if (repo / bestand).is_file():
            data = yaml.safe_load((repo / bestand).read_text())
            lijst = data if isinstance(data, list) else data["repos"]
            hooks = [h for r in lijst for h in r.get("hooks", [r])]
            regels += [(bestand, h["entry"] + " .") for h in hooks]
    return [(bron, r) for bron, r in regels if r.split()[0] in ("loket", "mkdocs")]


def voer_uit(
    commando: str, repo: Path, bin_map: Path | None = None
) -> subprocess.CompletedProcess[str]:
    """Run a CI line in `repo` with `bin_map` (default: this Python's) first on the PATH."""
    omgeving = {
        **os.environ,
        "NO_MKDOCS_2_WARNING": "1",
        "PATH": f"{bin_map or Path(sys.executable).parent}:{os.environ['PATH']}",
    }
    return subprocess.run(
        commando, shell=True, cwd=repo, env=omgeving, capture_output=True, text=True, check=False
    )
