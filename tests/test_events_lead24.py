"""
Event assembly on short wire copy written for the project (whole pipeline),
session 24, lead: "the same city" as the place of an incident before, and a
tally of operations over a window of days or told with no day, which is no
part of the incident told before it.
"""

from __future__ import annotations

import pytest

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


@pytest.mark.parametrize("noun", ["city", "town"])
def test_a_strike_on_the_same_city_on_another_day_is_at_that_city(noun: str) -> None:
    """
    "Last Thursday, a strike on the same city killed two people", after
    the night's strikes on Ternopil: another incident, at Ternopil, not at
    the dateline's Kyiv.
    """
    text = (
        "KYIV (Wire) - Russian drones and missiles struck Ternopil overnight into "
        "Wednesday, killing three people and wounding 17 others, officials said.\n\n"
        f"Last Thursday, a strike on the same {noun} killed two people."
    )
    first, second = conflictparse.parse(text, published="2026-11-26").events
    assert first.place is not None and first.place.name == "Ternopil"
    assert second.date is not None and second.date.value == "2026-11-19"
    assert second.place is not None and second.place.name == "Ternopil"
    assert [c.best for c in second.casualties] == [2]


@pytest.mark.parametrize(
    "tally",
    [
        "in several operations in Khyber Pakhtunkhwa province",
        "in operations in Khyber Pakhtunkhwa province over the past 48 hours",
        "in a series of raids in Khyber Pakhtunkhwa province",
    ],
)
def test_the_armys_tally_of_operations_is_no_part_of_a_checkpoint_attack(
    tally: str,
) -> None:
    """
    "Pakistan's military said its forces had killed 23 militants in several
    operations" after militants' attack on a police checkpoint: the
    forces' tally is not the checkpoint attack's toll, nor are the forces
    its attackers.
    """
    text = (
        "PESHAWAR (Wire) - Militants attacked a police checkpoint in the northwestern "
        "district of Bannu late on Wednesday, killing four policemen, police said on "
        "Thursday.\n\n"
        f"Pakistan's military said on Thursday its forces had killed 23 militants {tally}."
    )
    events = conflictparse.parse(text, published="2026-11-20").events
    attack = events[0]
    assert attack.place is not None and attack.place.name == "Bannu"
    assert [c.best for c in attack.casualties] == [4]
    assert attack.side_a is not None and attack.side_a.kind != "state"
    assert _sides(attack)[1] == "Police Forces of Pakistan"
