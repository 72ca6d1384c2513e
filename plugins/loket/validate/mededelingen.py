"""Notices: the files of `mededelingen/` validated, the ended ones pointed out."""

from __future__ import annotations

from datetime import date, datetime

from loket.load import yaml_map as lezer
from loket.melding import Ernst, Melding
from loket.model.mededeling import Mededeling, MededelingBron
from loket.validate.yaml_map import Gelezen, valideer_map


def mededelingen(
    bestanden: list[lezer.Gelezen], vandaag: date
) -> tuple[list[Gelezen[Mededeling]], list[Melding]]:
    """Every notice file, validated, and a warning for each that has ended."""
    meldingen: list[Melding] = []
    gelezen = valideer_map(bestanden, Mededeling, "mededeling", meldingen)
    for g in gelezen:
        if g.item is not None and g.item.voorbij_op(vandaag):
            meldingen.append(_voorbij(g, g.item))
    return gelezen, meldingen


def _voorbij(g: Gelezen[Mededeling], mededeling: Mededeling) -> Melding:
    tot = mededeling.tot
    tekst = tot.strftime("%Y-%m-%d %H:%M") if isinstance(tot, datetime) else tot.isoformat()
    return g.bestand.melding(
        ("tot",),
        f"deze mededeling is voorbij (tot {tekst}) en staat niet meer op de site",
        f"verwijder {g.bestand.pad}",
        ernst=Ernst.WAARSCHUWING,
    )


def actieve(gelezen: list[Gelezen[Mededeling]], vandaag: date) -> dict[str, MededelingBron]:
    """The notices shown on the site built for `vandaag`, by id."""
    return {
        g.id: MededelingBron(g.id, g.item, g.bestand.pad)
        for g in sorted(gelezen, key=lambda g: g.id)
        if g.item is not None and g.item.actief_op(vandaag)
    }
