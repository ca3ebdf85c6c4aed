"""
Dates on short modern wire copy written for the project: the parts of a
week a story names ("late last week").
"""

from __future__ import annotations

import datetime as dt

import pytest

import conflictparse

#: A Wednesday.
PUBLISHED = dt.date(2025, 6, 4)


@pytest.mark.parametrize(
    ("words", "earliest", "latest"),
    [
        # Thursday 29 May to Sunday 1 June: the attack was most often on the
        # Thursday or Friday, which Saturday-Sunday alone left out
        ("late last week", dt.date(2025, 5, 29), dt.date(2025, 6, 1)),
        ("early last week", dt.date(2025, 5, 26), dt.date(2025, 5, 28)),
        ("in the middle of last week", dt.date(2025, 5, 27), dt.date(2025, 5, 29)),
    ],
)
def test_a_part_of_a_week_is_a_part_of_its_working_days(
    words: str, earliest: dt.date, latest: dt.date
) -> None:
    text = f"Gunmen attacked the village {words}, officials said."
    [d] = conflictparse.parse(text, published=PUBLISHED).dates
    assert ("2025-W22", "week", earliest, latest) == (
        d.value,
        d.precision,
        d.earliest,
        d.latest,
    )
