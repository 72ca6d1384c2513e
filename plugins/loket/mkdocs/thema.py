"""What the plugin sets up in Material: its own templates and CSS, and no external assets."""

from __future__ import annotations

from jinja2 import BytecodeCache, Environment
from jinja2.bccache import Bucket
from mkdocs.config.defaults import MkDocsConfig

from loket.bouw import Site
from loket.load.bronnen import DATA_MAPPEN, GEMEENTE_BESTAND
from loket.uiterlijk import MARKDOWN_EXTENSIES, TEMPLATES, extra, stylesheets, thema_beelden


def richt_in(config: MkDocsConfig, site: Site, *, serve: bool = False) -> None:
    """Ship Loket's templates and CSS (no Google Fonts, so no third-party requests), the
    gemeente's huisstijl (colours, logo, favicon), the banners of the site, and watch the
    content folders under `mkdocs serve`."""
    dirs = config.theme.dirs
    if str(TEMPLATES) not in dirs:
        plek = 1 if config.theme.custom_dir else 0
        dirs.insert(plek, str(TEMPLATES))
    config.theme["font"] = False
    gemeente = site.catalogus.gemeente
    for sleutel, pad in thema_beelden(gemeente).items():
        config.theme[sleutel] = pad
    config.extra = extra(
        config.extra,
        gemeente,
        serve=serve,
        voorbeeld=site.voorbeeld,
        mededelingen=site.mededelingen,
    )
    for css in stylesheets(gemeente):
        if css not in config.extra_css:
            config.extra_css.append(css)
    for extensie in MARKDOWN_EXTENSIES:
        if extensie not in config.markdown_extensions:
            config.markdown_extensions.append(extensie)
    config.watch += [str(site.catalogus.map / m) for m in (*DATA_MAPPEN, GEMEENTE_BESTAND)]


class _Gecompileerd(BytecodeCache):
    """Compiled templates kept between `mkdocs serve` rebuilds: MkDocs makes a new Jinja
    environment, with the same settings, for every build. Jinja takes a kept template only
    while its source is unchanged (the bucket's checksum)."""

    def __init__(self) -> None:
        self.code: dict[str, bytes] = {}

    def load_bytecode(self, bucket: Bucket) -> None:
        code = self.code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket: Bucket) -> None:
        self.code[bucket.key] = bucket.bytecode_to_string()


_gecompileerd = _Gecompileerd()


def onthoud_sjablonen(env: Environment) -> None:
    env.bytecode_cache = _gecompileerd
