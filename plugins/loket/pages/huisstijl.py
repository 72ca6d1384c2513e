"""The huisstijl on the site: a stylesheet that gives Material the gemeente's colours through
its CSS custom properties (light and dark scheme), and the logo and favicon as files.

The colours come from the model only (validated `#rrggbb`), so nothing from the content is
written into the CSS as it was typed.
"""

from __future__ import annotations

from pathlib import PurePosixPath

from loket.model import Catalogus
from loket.model.huisstijl import Huisstijl, palet
from loket.pages.spec import Uitvoer

HUISSTIJL_CSS = "assets/loket/huisstijl.css"
BEELD_MAP = "assets/huisstijl"


def beeld_bron(huisstijl: Huisstijl, sleutel: str) -> str | None:
    """The file in the gemeente's folder for the logo or favicon (no favicon: the logo)."""
    return getattr(huisstijl, sleutel) or (huisstijl.logo if sleutel == "favicon" else None)


def beeld_pad(huisstijl: Huisstijl, sleutel: str) -> str | None:
    """Where the site publishes the logo or favicon."""
    bron = beeld_bron(huisstijl, sleutel)
    return f"{BEELD_MAP}/{sleutel}{PurePosixPath(bron).suffix.lower()}" if bron else None


def huisstijl_bestanden(catalogus: Catalogus) -> list[Uitvoer]:
    huisstijl = catalogus.gemeente.huisstijl
    if huisstijl is None:
        return []
    uitvoer = [Uitvoer(HUISSTIJL_CSS, inhoud=stylesheet(huisstijl))]
    for sleutel in ("logo", "favicon"):
        pad, bron = beeld_pad(huisstijl, sleutel), beeld_bron(huisstijl, sleutel)
        if pad and bron:
            uitvoer.append(Uitvoer(pad, bron=catalogus.map / bron))
    return uitvoer


def stylesheet(huisstijl: Huisstijl) -> str:
    p = palet(huisstijl)
    return f"""/* Loket: the huisstijl from gemeente.yml, checked for WCAG 2.1 AA contrast. */
body[data-md-color-scheme][data-md-color-primary] {{
  --md-primary-fg-color: {p.hoofd};
  --md-primary-fg-color--light: {p.hoofd_licht};
  --md-primary-fg-color--dark: {p.hoofd_donker};
  --md-primary-bg-color: {p.tekst_op_hoofd};
  --md-primary-bg-color--light: {p.tekst_op_hoofd}b3;
  --md-typeset-a-color: {p.link};
}}
body[data-md-color-scheme][data-md-color-accent] {{
  --md-accent-fg-color: {p.accent};
  --md-accent-fg-color--transparent: {p.accent}1a;
  --md-accent-bg-color: {p.tekst_op_hoofd};
}}
body[data-md-color-scheme="slate"][data-md-color-primary] {{
  --md-typeset-a-color: {p.link_donker_schema};
}}
body[data-md-color-scheme="slate"][data-md-color-accent] {{
  --md-accent-fg-color: {p.accent_donker_schema};
  --md-accent-fg-color--transparent: {p.accent_donker_schema}1a;
}}
"""
