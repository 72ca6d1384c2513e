"""Pages: pure functions from the catalogue to page specs (Markdown + front matter)."""

from loket.pages.open_data import Bestand
from loket.pages.site import alle_paginas, bouw_site, navigatie
from loket.pages.spec import Opties, Pagina

__all__ = ["Bestand", "Opties", "Pagina", "alle_paginas", "bouw_site", "navigatie"]
