"""Problems found in content, kept as values until the CLI or the adapter reports them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Ernst(StrEnum):
    FOUT = "fout"
    WAARSCHUWING = "waarschuwing"


@dataclass(frozen=True, order=True)
class Melding:
    """One problem at one place: `path:line:col: tekst` plus a hint that says how to fix it."""

    pad: str
    regel: int
    kolom: int
    tekst: str
    hint: str = ""
    ernst: Ernst = Ernst.FOUT

    def __str__(self) -> str:
        regel = f"{self.pad}:{self.regel}:{self.kolom}: {self.tekst}"
        return f"{regel}\n    tip: {self.hint}" if self.hint else regel

    @property
    def is_fout(self) -> bool:
        return self.ernst is Ernst.FOUT


def fouten(meldingen: list[Melding]) -> list[Melding]:
    return [m for m in meldingen if m.is_fout]
