"""Werkdagen by the Algemene termijnenwet, and the deadline of a case, across years."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st
from loket.model.werkdagen import feestdagen, is_werkdag, pasen, uiterste_datum, werkdag_na

FEESTDAGEN = {
    2025: ["01-01", "04-21", "04-26", "05-05", "05-29", "06-09", "12-25", "12-26"],
    2026: ["01-01", "04-06", "04-27", "05-05", "05-14", "05-25", "12-25", "12-26"],
    2027: ["01-01", "03-29", "04-27", "05-05", "05-06", "05-17", "12-25", "12-26"],
    2028: ["01-01", "04-17", "04-27", "05-05", "05-25", "06-05", "12-25", "12-26"],
    2029: ["01-01", "04-02", "04-27", "05-05", "05-10", "05-21", "12-25", "12-26"],
    2030: ["01-01", "04-22", "04-27", "05-05", "05-30", "06-10", "12-25", "12-26"],
}
"""Every algemeen erkende feestdag of 2025-2030; in 2025 Koningsdag is on 26 April (the 27th
is a Sunday)."""


@pytest.mark.parametrize("jaar", sorted(FEESTDAGEN))
def test_every_feestdag_of_2025_to_2030(jaar: int):
    verwacht = [date.fromisoformat(f"{jaar}-{d}") for d in FEESTDAGEN[jaar]]
    assert sorted(feestdagen(jaar)) == verwacht


@pytest.mark.parametrize(
    "paasdag",
    ["2019-04-21", "2024-03-31", "2025-04-20", "2026-04-05", "2038-04-25", "2285-03-22"],
)
def test_easter_by_algorithm(paasdag: str):
    dag = date.fromisoformat(paasdag)
    assert pasen(dag.year) == dag


def test_koningsdag_moves_only_from_a_sunday():
    assert date(2025, 4, 26) in feestdagen(2025) and date(2025, 4, 27) not in feestdagen(2025)
    assert date(2030, 4, 27) in feestdagen(2030)  # a Saturday: it stays
    assert not is_werkdag(date(2031, 4, 26))  # a Saturday anyway


def test_good_friday_is_a_werkdag_and_weekends_are_not():
    assert is_werkdag(date(2026, 4, 3))  # Goede Vrijdag: not in the Algemene termijnenwet
    assert not is_werkdag(date(2026, 4, 4)) and not is_werkdag(date(2026, 4, 5))


@pytest.mark.parametrize(
    ("start", "aantal", "eenheid", "uiterste"),
    [
        ("2026-12-18", 5, "werkdagen", "2026-12-28"),  # over Christmas and a weekend
        ("2026-04-02", 2, "werkdagen", "2026-04-07"),  # Goede Vrijdag counts, Paasmaandag not
        ("2026-12-31", 1, "werkdagen", "2027-01-04"),  # over New Year into the next year
        ("2026-11-30", 8, "weken", "2027-01-25"),
        ("2026-11-30", 3, "dagen", "2026-12-03"),
        ("2026-12-24", 0, "werkdagen", "2026-12-24"),
    ],
)
def test_deadlines(start: str, aantal: int, eenheid: str, uiterste: str):
    dag = date.fromisoformat(start)
    assert uiterste_datum(dag, aantal, eenheid) == date.fromisoformat(uiterste)  # type: ignore[arg-type]


@given(st.dates(date(1900, 1, 1), date(2200, 12, 31)), st.integers(0, 60))
def test_the_deadline_is_a_werkdag_with_exactly_n_werkdagen_after_the_start(
    start: date, aantal: int
):
    uiterste = werkdag_na(start, aantal)
    tussen = [start + timedelta(days=i) for i in range(1, (uiterste - start).days + 1)]
    assert sum(is_werkdag(d) for d in tussen) == aantal
    assert aantal == 0 or is_werkdag(uiterste)
