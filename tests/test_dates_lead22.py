"""
Dates on short modern wire copy written for the project: two weekdays
joined as a range ("between Monday and Friday last week").
"""

from __future__ import annotations

import datetime as dt

import pytest

import conflictparse

#: A Monday.
MONDAY = dt.date(2026, 10, 5)
#: A Wednesday.
WEDNESDAY = dt.date(2026, 10, 7)


@pytest.mark.parametrize(
    ("text", "published", "span", "earliest", "latest"),
    [
        # the end is tied to last week, the bare Monday moves to it (it was
        # read as the story's own Monday and the range put a year ahead)
        (
            "Between Monday and Friday last week, the air force said it had"
            " shot down more than 400 drones.",
            MONDAY,
            "Between Monday and Friday last week",
            dt.date(2026, 9, 28),
            dt.date(2026, 10, 2),
        ),
        # "this week": the Tuesday is this week's, not the one before
        (
            "Fighting between Tuesday and Thursday this week killed 12 people.",
            MONDAY,
            "between Tuesday and Thursday this week",
            dt.date(2026, 10, 6),
            dt.date(2026, 10, 8),
        ),
        # no tie: a past stretch ends on the Friday the tense gives
        (
            "Between Monday and Friday, rebels shelled the town daily.",
            WEDNESDAY,
            "Between Monday and Friday",
            dt.date(2026, 9, 28),
            dt.date(2026, 10, 2),
        ),
        # the start tied to a week: the end follows it
        (
            "Clashes raged from last Monday to Wednesday, residents said.",
            MONDAY,
            "from last Monday to Wednesday",
            dt.date(2026, 9, 28),
            dt.date(2026, 9, 30),
        ),
        # a start ahead (future talks): the end follows the start
        (
            "The talks will run from Tuesday to Thursday.",
            WEDNESDAY,
            "from Tuesday to Thursday",
            dt.date(2026, 10, 13),
            dt.date(2026, 10, 15),
        ),
    ],
    ids=["end-tied", "this-week", "past-bare", "start-tied", "future"],
)
def test_two_weekdays_joined_are_one_stretch_of_under_a_week(
    text: str, published: dt.date, span: str, earliest: dt.date, latest: dt.date
) -> None:
    [d] = conflictparse.parse(text, published=published).dates
    assert (span, "range", earliest, latest) == (d.text, d.kind, d.earliest, d.latest)


def test_weekdays_already_in_order_keep_their_days() -> None:
    """ "From Friday to Monday" told on a Wednesday: the weekend just gone."""
    [d] = conflictparse.parse(
        "Fighting from Friday to Monday killed five people.", published=WEDNESDAY
    ).dates
    assert ("2026-10-02/2026-10-05", "range") == (d.value, d.kind)
