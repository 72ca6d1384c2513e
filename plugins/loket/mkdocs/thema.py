"""What the plugin sets up in Material: its own templates and CSS, and no external assets."""

from __future__ import annotations

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
