"""
Casualty counts on short wire copy written for the project, session 24: a
count told as a rate ("kill hundreds of people every year") is a tally of
many incidents, never one incident's dead.
"""

from __future__ import annotations

import pytest

import conflictparse

CUMULATIVE_REASON = "cumulative toll"


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        (
            "Cattle raids and revenge attacks kill hundreds of people every year in "
            "South Sudan.",
            "hundreds of people",
        ),
        ("Landmines kill about 50 people a month in the region.", "about 50 people"),
        ("Every year, mines kill about 50 people in the province.", "about 50 people"),
        ("Such raids kill more than 1,000 people annually.", "more than 1,000 people"),
    ],
)
def test_a_count_told_as_a_rate_is_no_incidents_toll(sentence: str, count: str) -> None:
    text = (
        "JUBA (Wire) - At least 17 people were killed when armed youths attacked "
        "cattle camps in South Sudan's Warrap state on Wednesday, a local official "
        f"said.\n\n{sentence}"
    )
    report = conflictparse.parse(text, published="2026-11-21")
    (rate,) = [c for c in report.casualties if c.text == count]
    assert rate.provenance.reason == CUMULATIVE_REASON
    (event,) = report.events
    assert [c.best for c in event.casualties] == [17]
    assert event.best == 17


@pytest.mark.parametrize(
    "sentence",
    [
        "Gunmen killed 10 people a day after the vote, police said.",
        "Gunmen killed 10 people, a week after another attack, police said.",
    ],
)
def test_a_day_after_is_no_rate(sentence: str) -> None:
    (count,) = conflictparse.parse(sentence, published="2026-11-21").casualties
    assert count.best == 10
    assert count.provenance.reason is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Protesters demanded the release of an opposition leader.",
        "The group is pressing for the release of three hostages.",
        "Talks on the release of two hostages stalled on Monday.",
        "The UN called for the immediate release of 40 students.",
    ],
)
def test_a_release_only_asked_for_is_no_count(sentence: str) -> None:
    assert conflictparse.parse(sentence, published="2026-11-22").casualties == ()


@pytest.mark.parametrize(
    ("sentence", "best", "outcome"),
    [
        ("Hamas released three hostages on Saturday.", 3, "released"),
        ("Police called the killing of two officers a terrorist act.", 2, "killed"),
        ("Protesters demanded justice after the killing of five students.", 5, "killed"),
    ],
)
def test_a_release_or_killing_told_as_done_is_still_a_count(
    sentence: str, best: int, outcome: str
) -> None:
    (count,) = conflictparse.parse(sentence, published="2026-11-22").casualties
    assert (count.best, count.outcome) == (best, outcome)


@pytest.mark.parametrize(
    ("sentence", "best", "victim"),
    [
        (
            "Two soldiers and police officers were killed in the attack.",
            2,
            "security forces",
        ),
        ("Five soldiers and army officers were killed in the attack.", 5, "soldiers"),
    ],
)
def test_officers_shared_with_soldiers_are_of_their_modifiers_kind(
    sentence: str, best: int, victim: str
) -> None:
    (count,) = conflictparse.parse(sentence, published="2026-11-20").casualties
    assert (count.best, count.victim) == (best, victim)
