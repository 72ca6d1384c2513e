"""A norm's `meting` must fit its unit: zaken measure a term in werkdagen, dagen or weken (a
whole number), the telephone system measures a waiting time in seconden or minuten."""

from __future__ import annotations

from loket.melding import Melding
from loket.model import Servicenorm
from loket.model.werkdagen import TERMIJNEENHEDEN
from loket.validate.yaml_map import Gelezen

PAST_BIJ = {"zaken": TERMIJNEENHEDEN, "telefonie": ("seconden", "minuten")}


def meting_meldingen(normen: list[Gelezen[Servicenorm]]) -> list[Melding]:
    meldingen = []
    for g in normen:
        norm = g.item
        if norm is None or norm.meting is None:
            continue
        bron, eenheid = norm.meting.bron, norm.norm.eenheid
        if eenheid not in PAST_BIJ[bron]:
            meldingen.append(
                g.bestand.melding(
                    ("meting", "bron"),
                    f"bron '{bron}' kan een norm in {eenheid} niet meten",
                    f"bron '{bron}' meet een norm in {' of '.join(PAST_BIJ[bron])}; typ de "
                    "cijfers van deze norm zelf in realisatie.csv en laat 'meting' weg",
                )
            )
        elif bron == "zaken" and norm.norm.waarde != int(norm.norm.waarde):
            meldingen.append(
                g.bestand.melding(
                    ("norm", "waarde"),
                    f"een termijn van {norm.norm.waarde:g} {eenheid} kan Loket niet tellen",
                    f"schrijf een heel aantal {eenheid}",
                )
            )
    return meldingen
