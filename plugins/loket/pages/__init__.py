"""Pages: pure functions from the catalogue to page specs (Markdown + front matter)."""

from loket.pages.site import alle_paginas, navigatie
from loket.pages.spec import Opties, Pagina

__all__ = ["Opties", "Pagina", "alle_paginas", "navigatie"]
