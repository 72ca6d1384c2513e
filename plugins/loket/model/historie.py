"""When content files changed and what the last change was about: the values the change feed
and the sitemap show. Read from git by load/git_datums.py, only for a build or an export."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

NIEUW, KOSTEN, TEKST = "nieuw", "kosten", "tekst"


@dataclass(frozen=True)
class Datums:
    gewijzigd: date
    nieuw: date
    vorige_commit: str | None = None
    """The commit with the version before the last change (None when there is no history)."""
