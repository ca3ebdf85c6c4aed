"""
Actors on short wire copy written for the project, session 24: a think
tank, monitor or aid group whose name ends like an armed group's ("Group")
is never the report's salient armed group.
"""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    "source",
    ["the International Crisis Group", "the Minority Rights Group", "a local aid group"],
)
def test_a_think_tank_named_group_is_not_who_the_fighters_are(source: str) -> None:
    text = (
        "YAOUNDE (Wire) - Separatist fighters killed four gendarmes in an attack on a "
        "checkpoint in Cameroon's North-West region on Wednesday, a military source "
        "said.\n\nThe conflict has killed more than 6,500 people since 2017, "
        f"according to {source}."
    )
    report = conflictparse.parse(text, published="2026-11-20")
    (fighters,) = [a for a in report.actors if a.text == "fighters"]
    assert fighters.canonical == "Unidentified Armed Group (Cameroon)"
    (event,) = report.events
    assert event.side_a is not None
    assert event.side_a.canonical == "Unidentified Armed Group (Cameroon)"
