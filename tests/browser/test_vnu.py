"""The Nu HTML Checker (vnu, pinned in package.json; Debian's Java) on every page of each served
site, in both languages where the site has English pages: nothing to report.

vnu fetches the pages from the local server, so the Content-Security-Policy is judged against
the page's real origin. One kind of its warnings is left out, and only that kind: "inline script
violates the CSP" on a data block (`<script type="application/json">`, Material's settings, and
`application/ld+json`, the structured data). By the HTML standard a data block is never run, so
no policy applies to it (browsers agree: test_csp.py sees no violation on any page)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
from typing import Any

import pytest

from tests.browser.conftest import Site, vereist
from tests.conftest import ROOT

VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
DATABLOK = re.compile(r'<script\b[^>]*\btype="application/(?:ld\+)?json"')


def _java() -> str:
    java = shutil.which("java")
    if java is None:
        melding = "java ontbreekt; installeer het met: apt-get install default-jre-headless"
        if os.environ.get("CI") == "true":
            pytest.fail(melding)
        pytest.skip(melding)
    return java


def is_datablok_melding(bericht: dict[str, Any]) -> bool:
    return bericht.get("message", "").startswith(
        "Inline script violates Content Security Policy"
    ) and bool(DATABLOK.search(bericht.get("extract", "")))


def test_vnu_reports_nothing_on_any_page(site: Site):
    vereist(VNU, "npm ci")
    paginas = [*site.paginas(), *site.doorverwijzingen()]
    assert len(paginas) > 10
    uitkomst = subprocess.run(
        [
            _java(),
            "-Xss8m",  # its default stack overflows on Material's nested navigation
            "-Dnu.validator.servlet.allow-forbidden-hosts=true",  # the server is on 127.0.0.1
            "-jar",
            str(VNU),
            "--format",
            "json",
            *(site.url + pad for pad in paginas),
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=900,
    )
    berichten = json.loads(uitkomst.stderr)["messages"]
    over = [b for b in berichten if not is_datablok_melding(b)]
    samengevat = [(b.get("url"), b.get("lastLine"), b["message"][:160]) for b in over[:10]]
    assert over == [], samengevat
    geprobeerd = {b["url"] for b in berichten}
    assert geprobeerd <= {site.url + pad for pad in paginas}


def test_the_data_block_exception_covers_nothing_else():
    melding = "Inline script violates Content Security Policy (meta tag): blocked"
    assert is_datablok_melding(
        {"message": melding, "extract": '<script type="application/ld+json">{'}
    )
    assert is_datablok_melding(
        {"message": melding, "extract": '  <script id="__config" type="application/json">{"a'}
    )
    assert not is_datablok_melding({"message": melding, "extract": "<script>alert(1)</script>"})
    assert not is_datablok_melding(
        {"message": melding, "extract": '<script type="module">import x</script>'}
    )
    assert not is_datablok_melding(
        {"message": "Bad value “” for attribute “tabindex”", "extract": 'type="application/json"'}
    )
