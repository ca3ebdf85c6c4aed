"""
Casualty counts on short modern wire copy written for the project: a
party's claim told as "claimed to have killed", and its place in the sums.
"""

from __future__ import annotations

import conflictparse
from conflictparse.parsers.casualties import summarize

TEXT = (
    "GOMA (Wire) - Between 20 and 30 soldiers were killed in fighting near Sake on "
    "Monday, local officials said. The M23 rebels claimed to have killed 45 soldiers."
)


def test_claimed_to_have_killed_is_the_party_s_claim() -> None:
    """ "The rebels claimed to have killed 45 soldiers": their own word, no toll."""
    counts = conflictparse.parse(TEXT, published="2025-02-04").casualties
    [claim] = [c for c in counts if c.best == 45]
    assert "claim of its own kills" == claim.provenance.reason


def test_a_claim_above_a_range_is_the_high_bound_not_added() -> None:
    """
    Officials' 20 to 30 dead and the rebels' claim of 45: the claim is the
    high bound (45), never added to the toll (65 or 75) nor to its low end.
    """
    counts = conflictparse.parse(TEXT, published="2025-02-04").casualties
    [killed] = summarize(counts).totals
    assert (20, 20, 45) == (killed.low, killed.best, killed.high)


def test_a_claim_below_a_range_s_top_leaves_the_range() -> None:
    """A claim of 25 inside officials' 20 to 30 widens nothing."""
    text = TEXT.replace("45 soldiers", "25 soldiers")
    counts = conflictparse.parse(text, published="2025-02-04").casualties
    [killed] = summarize(counts).totals
    assert (20, 30) == (killed.low, killed.high)


def test_the_wounded_told_with_had_been_who_died_are_dead() -> None:
    """ "Two soldiers who had been injured in the blast died": killed, as with "were"."""
    text = "GOMA (Wire) - Two soldiers who had been injured in the blast died on Monday."
    [count] = conflictparse.parse(text, published="2025-02-04").casualties
    assert ("killed", 2) == (count.outcome, count.best)


def test_captives_told_in_a_relative_clause_who_were_killed_are_dead() -> None:
    """
    "Three civilians who had been abducted by the rebels were killed": the
    clause tells how they were taken, the main verb that they were killed.
    """
    for clause in ("who had been abducted by the rebels", "who were kidnapped last week"):
        text = f"GOMA (Wire) - Three civilians {clause} were killed on Monday."
        [count] = conflictparse.parse(text, published="2025-02-04").casualties
        assert ("killed", 3) == (count.outcome, count.best)


def test_people_taken_captive_are_kidnapped() -> None:
    """ "Armed men took 25 passengers captive", as "took 12 aid workers hostage"."""
    text = (
        "KANO (Wire) - Armed men took 25 passengers captive on the Abuja road on Monday."
    )
    [count] = conflictparse.parse(text, published="2025-02-04").casualties
    assert ("kidnapped", 25) == (count.outcome, count.best)


def test_another_source_s_bare_figure_is_a_rival_not_more_dead() -> None:
    """
    "Between 20 and 30 people were killed in the attack, while local
    officials said 45.": 45 is the officials' figure for the same dead (a
    high bound), not 45 more.
    """
    text = (
        "KANO (Wire) - Between 20 and 30 people were killed in the attack, while "
        "local officials said 45."
    )
    counts = conflictparse.parse(text, published="2025-02-04").casualties
    [rival] = [c for c in counts if c.text == "45"]
    assert ("killed", "another source's figure") == (
        rival.outcome,
        rival.provenance.reason,
    )
    [killed] = summarize(counts).totals
    assert (20, 45) == (killed.low, killed.high)


def test_a_bare_figure_of_soldiers_is_their_rival_too() -> None:
    """The rival takes the first count's victims, whoever they are."""
    text = "KANO (Wire) - At least 12 soldiers were killed, but residents said 20."
    counts = conflictparse.parse(text, published="2025-02-04").casualties
    [killed] = summarize(counts).totals
    assert 12 == killed.low


def test_a_year_after_said_is_no_rival_figure() -> None:
    """ "… while residents said 2024 was the worst year": no figure, a clause."""
    text = (
        "KANO (Wire) - Police said 12 people were killed, while residents said 2024 "
        "was the worst year."
    )
    counts = conflictparse.parse(text, published="2025-02-04").casualties
    assert [12] == [c.best for c in counts]


def test_arrests_have_no_rival_figures() -> None:
    """Only counts of the dead, hurt or taken have rivals: arrests are left alone."""
    text = "KANO (Wire) - Ten people were arrested, but police said 20."
    counts = conflictparse.parse(text, published="2025-02-04").casualties
    assert [10] == [c.best for c in counts]
