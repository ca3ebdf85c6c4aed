"""Dates on short modern wire copy, lead of session 25: meetings set in the present tense."""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("Officials said the envoys meet separately Monday in Doha.", "2026-11-30"),
        ("The council meets Monday to discuss the attack.", "2026-11-30"),
        ("Talks resume Tuesday in Geneva, the mediators said.", "2026-12-01"),
        ("The trial of the suspects begins in March.", "2027-03"),
        # (guards: past tenses and a noun stay in the past)
        ("Fighting resumed on Monday.", "2026-11-23"),
        ("The offensive started Monday.", "2026-11-23"),
        ("Since the start on Monday, 40 people have died.", "2026-11-23"),
    ],
)
def test_a_meeting_set_in_the_present_tense_is_ahead(sentence: str, value: str) -> None:
    """
    "The two delegations meet separately Monday": a present tense of a meeting
    set for the day right after it is the coming Monday, even after "said".
    """
    (date,) = conflictparse.parse(sentence, published="2026-11-25").dates
    assert date.value == value
