"""The gemeente's content for the commands that need it sound (`rapport`, `meet`)."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

from loket.controle import laad_catalogus
from loket.model import Catalogus


def gezonde_catalogus(gemeente_map: Path, vandaag: date) -> Catalogus | None:
    """The catalogue; None, with the reason on stderr, when the content has errors."""
    uitkomst = laad_catalogus(gemeente_map, vandaag) if gemeente_map.is_dir() else None
    if uitkomst is None or uitkomst.catalogus is None:
        print(
            "loket: de inhoud bevat fouten of ontbreekt; draai eerst 'loket check'", file=sys.stderr
        )
        return None
    return uitkomst.catalogus
