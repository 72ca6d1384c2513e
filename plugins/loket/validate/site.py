"""The gemeente's site folder against what Loket writes: clashes, uploads, files elsewhere.

Pure: the files come in as `EigenBestand` values (read by load/site_bron.py), with their bytes
for the media folder only. `loket check` and the plugin call the same function, so
the check finds everything the build refuses.
"""

from __future__ import annotations

from collections.abc import Mapping

from loket.load.bestanden import buiten_de_map
from loket.load.site_bron import EigenBestand
from loket.melding import Melding
from loket.model.media import MEDIA_MAP, media_probleem


def controleer_site_map(eigen: list[EigenBestand], gegenereerd: Mapping[str, str]) -> list[Melding]:
    """`gegenereerd`: each path Loket writes → the content file it comes from."""
    meldingen = []
    for bestand in eigen:
        if not bestand.binnen:
            meldingen.append(buiten_de_map(bestand.weergave))
        elif bestand.pad in gegenereerd:
            meldingen.append(_botsing(bestand, gegenereerd[bestand.pad]))
        elif bestand.pad.startswith(f"{MEDIA_MAP}/"):
            probleem = media_probleem(bestand.pad, bestand.inhoud or b"")
            if probleem:
                meldingen.append(Melding(bestand.weergave, 1, 1, *probleem))
    return meldingen


def _botsing(bestand: EigenBestand, bron: str) -> Melding:
    return Melding(
        bestand.weergave,
        1,
        1,
        f"Loket maakt deze pagina zelf (uit {bron}); dit bestand zou hem vervangen",
        "verwijder of hernoem het bestand; de inhoud hoort in " + bron,
    )
