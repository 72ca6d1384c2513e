"""Pages: pure functions from the catalogue to the files of the site (`Uitvoer`)."""

from loket.pages.site import bouw_site, navigatie
from loket.pages.spec import Opslag, Opties, Uitvoer

__all__ = ["Opslag", "Opties", "Uitvoer", "bouw_site", "navigatie"]
