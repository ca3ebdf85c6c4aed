"""
Dates on short wire copy written for the project, session 24: a month that
ends its sentence's subject, "Fighting in January killed 80 people", takes
the tense of the verb right after it.
"""

from __future__ import annotations

import datetime as dt

import pytest

import conflictparse

#: A Wednesday late in the year, when the nearest January is the next one.
PUBLISHED = dt.date(2026, 11, 25)


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Violence in Catatumbo in January left more than 80 people dead.", 2026),
        ("Fighting in January killed 80 people, the monitor said.", 2026),
        ("Clashes in the region in January also killed 80 people.", 2026),
        ("Protests in January turned violent, witnesses said.", 2026),
        # the verb after the date tells a future: the next January
        ("Elections in January will decide the next president.", 2027),
        ("Talks in January could end the war.", 2027),
        # a comma after the date: the verb is a clause's, not the subject's
        ("Elections in January, officials said, will be held.", 2027),
    ],
)
def test_a_month_in_its_sentences_subject_takes_the_tense_of_the_verb_after_it(
    text: str, year: int
) -> None:
    (date,) = conflictparse.parse(text, published=PUBLISHED).dates
    assert text[date.span.start : date.span.end] == date.text == "January"
    assert (date.earliest, date.latest) == (dt.date(year, 1, 1), dt.date(year, 1, 31))


@pytest.mark.parametrize(
    "text",
    [
        "Russian attacks killed at least seven people across Ukraine over the past day.",
        "IN THE PAST DAY, RUSSIAN ATTACKS KILLED SEVEN PEOPLE.",
    ],
)
def test_the_past_day_is_the_day_up_to_the_report(text: str) -> None:
    """ "over the past day": the day up to the report, as "the past 24 hours"."""
    (date,) = conflictparse.parse(text, published=PUBLISHED).dates
    assert text[date.span.start : date.span.end] == date.text
    assert date.text.lower() == "past day"
    assert (date.earliest, date.latest) == (dt.date(2026, 11, 24), PUBLISHED)
    assert date.kind == "range"


@pytest.mark.parametrize(
    "text", ["Talks ended on the last day of the summit.", "This day will be remembered."]
)
def test_a_day_after_last_or_this_is_no_period(text: str) -> None:
    assert conflictparse.parse(text, published=PUBLISHED).dates == ()
