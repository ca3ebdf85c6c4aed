"""
Dates on short modern wire copy written for the project: a bare infinitive
after a modal ("will last from Saturday") and a quarter written "Q3" alone.
"""

from __future__ import annotations

import datetime as dt

import pytest

import conflictparse

#: A Friday.
FRIDAY = dt.date(2026, 11, 20)


def _reads_one(text: str, span: str, earliest: dt.date, latest: dt.date) -> None:
    """*text*, published on :data:`FRIDAY`, holds one date: *span*, from *earliest* to *latest*."""
    (date,) = conflictparse.parse(text, published=FRIDAY).dates
    assert date.text == span
    assert text[date.span.start : date.span.end] == span
    assert (date.earliest, date.latest) == (earliest, latest)


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest"),
    [
        # "last" after "will" is a verb, not a past cue: the coming weekend
        (
            "The curfew in the northern city will last from Saturday to Monday,"
            " the governor said.",
            "from Saturday to Monday",
            dt.date(2026, 11, 21),
            dt.date(2026, 11, 23),
        ),
        (
            "The ceasefire would last until Monday, a mediator said.",
            "Monday",
            dt.date(2026, 11, 23),
            dt.date(2026, 11, 23),
        ),
        # a past verb before the date still places it in the past
        (
            "Gunmen attacked the convoy on Monday, the police said.",
            "on Monday",
            dt.date(2026, 11, 16),
            dt.date(2026, 11, 16),
        ),
        # a day set for what a verb called or announced lies ahead of it
        (
            "The junta has stepped up air strikes since it announced elections"
            " for December.",
            "December",
            dt.date(2026, 12, 1),
            dt.date(2026, 12, 31),
        ),
        (
            "The opposition called a general strike for Monday, its leader said.",
            "Monday",
            dt.date(2026, 11, 23),
            dt.date(2026, 11, 23),
        ),
        # "Q3" alone after a preposition or a determiner: the latest third
        # quarter that has begun
        (
            "Attacks on aid convoys rose sharply in Q3, the monitoring group said.",
            "Q3",
            dt.date(2026, 7, 1),
            dt.date(2026, 9, 30),
        ),
        (
            "Displacement in Q4 2025 was the highest on record.",
            "Q4 2025",
            dt.date(2025, 10, 1),
            dt.date(2025, 12, 31),
        ),
    ],
)
def test_tense_and_quarters(
    text: str, span: str, earliest: dt.date, latest: dt.date
) -> None:
    _reads_one(text, span, earliest, latest)


@pytest.mark.parametrize(
    "text",
    [
        "The soldiers flew a Q3 drone over the lines.",  # a model name
        "Fighters of the unit known as Q3 were seen near the bridge.",
    ],
)
def test_q_codes_are_not_quarters(text: str) -> None:
    assert conflictparse.parse(text, published=FRIDAY).dates == ()


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest"),
    [
        # a part of a year in months: the year's months named, not a duration
        (
            "In the first nine months of 2026, the group carried out more than"
            " 300 attacks, the monitor said.",
            "first nine months of 2026",
            dt.date(2026, 1, 1),
            dt.date(2026, 9, 30),
        ),
        (
            "In the last three months of last year, 50 soldiers died.",
            "last three months of last year",
            dt.date(2025, 10, 1),
            dt.date(2025, 12, 31),
        ),
        (
            "The first six months of the year were the deadliest on record.",
            "first six months of the year",
            dt.date(2026, 1, 1),
            dt.date(2026, 6, 30),
        ),
        # a past verb, then a nearer future cue: the end of the current month
        (
            "Aid agencies said deliveries had been suspended and would not resume"
            " before the end of the month.",
            "end of the month",
            dt.date(2026, 11, 21),
            dt.date(2026, 11, 30),
        ),
    ],
)
def test_parts_of_a_year_and_month(
    text: str, span: str, earliest: dt.date, latest: dt.date
) -> None:
    _reads_one(text, span, earliest, latest)


def test_more_months_than_a_year_has_are_no_part_of_it() -> None:
    (date,) = conflictparse.parse(
        "In the first 13 months of the war, thousands died.", published=FRIDAY
    ).dates
    assert date.kind == "duration"
    assert date.earliest is None


@pytest.mark.parametrize(
    ("text", "span", "earliest", "latest"),
    [
        # "overnight" before a weekday is part of that day's mention, no
        # second mention of the night before the report
        (
            "Militants attacked an army position overnight on Sunday, killing 11"
            " soldiers.",
            "overnight on Sunday",
            dt.date(2026, 11, 15),
            dt.date(2026, 11, 15),
        ),
        (
            "Drones struck the port overnight on Thursday into Friday.",
            "overnight on Thursday into Friday",
            dt.date(2026, 11, 19),
            dt.date(2026, 11, 20),
        ),
        (
            "Shelling continued overnight into Sunday.",
            "overnight into Sunday",
            dt.date(2026, 11, 15),
            dt.date(2026, 11, 15),
        ),
    ],
)
def test_overnight_before_a_weekday(
    text: str, span: str, earliest: dt.date, latest: dt.date
) -> None:
    _reads_one(text, span, earliest, latest)
