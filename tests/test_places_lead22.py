"""
Places on short wire copy written for the project: the country written
after a dateline's town with a comma ("DAKAR, Senegal, Oct. 6 (AFP) -").
"""

from __future__ import annotations

import pytest

import conflictparse

PUBLISHED = "2026-10-07"


@pytest.mark.parametrize(
    "head",
    [
        "DAKAR, Senegal, Oct. 6 (AFP) -- ",
        "DAKAR, Senegal (AP) — ",
        "DAKAR, Senegal - ",
    ],
    ids=["date", "agency", "dash"],
)
def test_the_country_after_a_datelines_town_is_part_of_the_dateline(head: str) -> None:
    text = (
        head
        + "Jihadists killed 12 soldiers in an attack in Mali on Sunday, the army said."
    )
    report = conflictparse.parse(text, published=PUBLISHED)
    roles = {p.text: p.role for p in report.places}
    assert {"DAKAR": "dateline", "Senegal": "dateline", "Mali": "place"} == roles
    # the event is where the story says it happened, not where it was filed
    [event] = report.events
    assert event.place is not None
    assert ("Mali", "ML") == (event.place.text, event.place.country)


def test_a_country_later_in_the_first_sentence_stays_a_place() -> None:
    """Only the name right after the town's comma belongs to the dateline."""
    text = "DAKAR, Oct. 6 (AFP) - Senegal, Mali and Niger agreed to share intelligence."
    roles = [
        (p.text, p.role) for p in conflictparse.parse(text, published=PUBLISHED).places
    ]
    # (no dateline's; "Senegal, Mali and Niger agreed": the states acting
    # together, metonymy all three)
    assert ("Senegal", "metonymy") in roles
