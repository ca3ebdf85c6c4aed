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


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        (
            "Over the past two weeks, at least 30 people were killed.",
            "past two weeks",
            "2026-09-23/2026-10-07",
            "range",
        ),
        (
            "Over the past fortnight, at least 30 people were killed.",
            "past fortnight",
            "2026-09-23/2026-10-07",
            "range",
        ),
        (
            "In the past three weeks, 30 people were killed.",
            "past three weeks",
            "2026-09-16/2026-10-07",
            "range",
        ),
        # longer than a month: a duration, as "the past six months" is
        (
            "In the past six weeks, 30 people were killed.",
            "past six weeks",
            None,
            "duration",
        ),
        # no "in"/"over" before it: a duration ("spent the past fortnight")
        ("He spent the past fortnight in hiding.", "past fortnight", None, "duration"),
    ],
    ids=["two-weeks", "fortnight", "three-weeks", "six-weeks", "spent"],
)
def test_the_past_weeks_are_the_days_up_to_the_report(
    text: str, span: str, value: str | None, kind: str
) -> None:
    [d] = conflictparse.parse(text, published=WEDNESDAY).dates
    assert (span, value, kind) == (d.text, d.value, d.kind)


@pytest.mark.parametrize(
    ("text", "span"),
    [
        (
            "In the week to Sunday, 70 people were killed in the region.",
            "the week to Sunday",
        ),
        ("In the week ending Oct. 4, 70 people were killed.", "the week ending Oct. 4"),
        # the duration "seven days" is taken into the range
        (
            "In the seven days to Sunday, 70 people were killed.",
            "the seven days to Sunday",
        ),
    ],
    ids=["to-weekday", "ending-date", "seven-days"],
)
def test_the_week_to_a_day_is_the_seven_days_up_to_it(text: str, span: str) -> None:
    [d] = conflictparse.parse(text, published=WEDNESDAY).dates
    assert (span, "2026-09-28/2026-10-04", "range") == (d.text, d.value, d.kind)


def test_since_the_weekend_is_the_weekend_just_gone() -> None:
    [d] = conflictparse.parse(
        "Since the weekend, at least 40 people have died in the fighting.",
        published=WEDNESDAY,
    ).dates
    assert ("the weekend", "2026-10-03", "2026-10-04") == (
        d.text,
        str(d.earliest),
        str(d.latest),
    )
