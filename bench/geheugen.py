"""Where a build's memory goes: resident memory after each step, for one generated gemeente.

    python -m bench.geheugen /tmp/g10k            # a gemeente made by bench.grote_gemeente

Builds in this process and prints, after each step of Loket's own build (check, history, the
open data, …) and after each MkDocs event of the build, the peak (VmHWM) and current (VmRSS)
resident memory in MB. The last line is the peak of the whole build. Linux only (/proc).
"""

from __future__ import annotations

import argparse
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

_PER_PAGINA = {"page_read_source", "page_markdown", "page_content", "page_context"}
_PER_PAGINA |= {"pre_page", "post_page", "pre_template", "template_context", "post_template"}


def geheugen() -> tuple[int, int]:
    """(peak, current) resident memory of this process in MB."""
    waarden = {}
    for regel in Path("/proc/self/status").read_text().splitlines():
        naam, _, rest = regel.partition(":")
        if naam in ("VmHWM", "VmRSS"):
            waarden[naam] = int(rest.split()[0]) // 1024
    return waarden["VmHWM"], waarden["VmRSS"]


def _na(naam: str, functie: Callable[..., Any]) -> Callable[..., Any]:
    def gemeten(*args: Any, **kwargs: Any) -> Any:
        uitkomst = functie(*args, **kwargs)
        piek, nu = geheugen()
        print(f"{naam:28s} peak {piek:5d} MB   now {nu:5d} MB", flush=True)
        return uitkomst

    return gemeten


def _meet_stappen() -> None:
    import loket.bouw as bouw
    import loket.pages.site as site
    from mkdocs import plugins

    for naam in ("controleer", "voeg_historie_toe", "bouw_site"):
        setattr(bouw, naam, _na(naam, getattr(bouw, naam)))
    for naam in ("open_data", "engelse_paginas"):
        setattr(site, naam, _na(naam, getattr(site, naam)))
    echt = plugins.PluginCollection.run_event

    def run_event(self: Any, naam: str, *args: Any, **kwargs: Any) -> Any:
        if naam in _PER_PAGINA:
            return echt(self, naam, *args, **kwargs)
        return _na(f"on_{naam}", echt)(self, naam, *args, **kwargs)

    plugins.PluginCollection.run_event = run_event  # type: ignore[method-assign]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gemeente", type=Path, help="folder with mkdocs.yml")
    args = parser.parse_args()
    _meet_stappen()
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    with tempfile.TemporaryDirectory() as site_map:
        config = load_config(str(args.gemeente / "mkdocs.yml"), site_dir=site_map)
        config.plugins.on_startup(command="build", dirty=False)
        build(config)
    piek, _ = geheugen()
    print(f"peak RSS of the build: {piek} MB")


if __name__ == "__main__":
    main()
