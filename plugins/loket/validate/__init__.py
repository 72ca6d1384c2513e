"""Validate: the content model plus cross-references, every problem as a Dutch `Melding`.

Pure: it gets what load/ read and opens no file itself."""

from loket.validate.catalogus import Uitkomst, valideer_catalogus

__all__ = ["Uitkomst", "valideer_catalogus"]
