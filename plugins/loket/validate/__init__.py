"""Validate: the content model plus cross-references, every problem as a Dutch `Melding`."""

from loket.validate.catalogus import Uitkomst, laad_catalogus

__all__ = ["Uitkomst", "laad_catalogus"]
