"""Problems found in content, kept as values until the CLI or the adapter reports them."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from loket.model.tekens import toonbaar


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

    def __post_init__(self) -> None:
        """Text quoted from content may hold anything: print it safely, and not too much."""
        object.__setattr__(self, "tekst", toonbaar(self.tekst))
        object.__setattr__(self, "hint", toonbaar(self.hint, 600))

    def __str__(self) -> str:
        regel = f"{self.pad}:{self.regel}:{self.kolom}: {self.tekst}"
        return f"{regel}\n    tip: {self.hint}" if self.hint else regel

    @property
    def is_fout(self) -> bool:
        return self.ernst is Ernst.FOUT


def fouten(meldingen: list[Melding]) -> list[Melding]:
    return [m for m in meldingen if m.is_fout]
