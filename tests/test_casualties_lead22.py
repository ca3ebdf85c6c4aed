"""
Casualties on short wire copy written for the project: a person after a
possessive and an age ("her 10-year-old son").
"""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    ("text", "span", "victim"),
    [
        (
            "A drone hit the building, killing a woman and her 10-year-old son.",
            "her 10-year-old son",
            "children",
        ),
        (
            "His 19-year-old nephew was wounded in the blast.",
            "His 19-year-old nephew",
            None,
        ),
        (
            "Shelling killed a 12-year-old student in the town.",
            "a 12-year-old student",
            "children",
        ),
    ],
    ids=["possessive-child", "possessive-adult", "student"],
)
def test_a_person_of_a_given_age_is_one(text: str, span: str, victim: str | None) -> None:
    counts = conflictparse.parse(text, published="2026-10-07").casualties
    [c] = [c for c in counts if c.text == span]
    assert 1 == c.best
    if victim is not None:
        assert victim == c.victim
    else:
        assert "children" != c.victim


def test_the_event_counts_the_child_too() -> None:
    text = "A drone hit the building on Sunday, killing a woman and her 10-year-old son."
    [event] = conflictparse.parse(text, published="2026-10-07").events
    assert 2 == event.fatalities
