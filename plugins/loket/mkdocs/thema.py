"""What the plugin sets up in Material: its own templates and CSS, and no external assets."""

from __future__ import annotations

from datetime import date

from mkdocs.config.defaults import MkDocsConfig

from loket.uiterlijk import CSS, MARKDOWN_EXTENSIES, TEMPLATES, extra


def richt_thema_in(
    config: MkDocsConfig,
    *,
    serve: bool = False,
    voorbeeld: date | None = None,
    mededelingen: list[str] | None = None,
) -> None:
    """Ship Loket's templates and CSS; no Google Fonts, so no third-party requests."""
    dirs = config.theme.dirs
    if str(TEMPLATES) not in dirs:
        plek = 1 if config.theme.custom_dir else 0
        dirs.insert(plek, str(TEMPLATES))
    config.theme["font"] = False
    config.extra = extra(config.extra, serve=serve, voorbeeld=voorbeeld, mededelingen=mededelingen)
    if CSS not in config.extra_css:
        config.extra_css.append(CSS)
    for extensie in MARKDOWN_EXTENSIES:
        if extensie not in config.markdown_extensions:
            config.markdown_extensions.append(extensie)
