"""
Events on short modern wire copy written for the project: an earlier
incident recalled after an undated lead is an incident of its own.
"""

from __future__ import annotations

import datetime as dt

import conflictparse

#: A Monday.
MONDAY = dt.date(2026, 11, 23)

LEAD = (
    "KYIV, Ukraine (AP) — Russian forces launched 120 drones and four ballistic"
    " missiles at Ukraine overnight, the air force said Monday, in the largest"
    " attack in three weeks.\n\nTwo people were killed in Kharkiv and five"
    " wounded in Odesa, regional officials said."
)


def test_a_previous_attack_recalled_keeps_the_overnight_attack_apart() -> None:
    text = LEAD + " The previous large-scale attack, on Nov. 2, killed nine people."
    events = conflictparse.parse(text, published=MONDAY).events
    assert len(events) == 2
    tonight, earlier = events
    # the overnight attack keeps its night and its own toll (the recalled
    # attack's day and nine dead were taken for its own)
    assert tonight.date is not None
    assert (tonight.date.earliest, tonight.date.latest) == (
        dt.date(2026, 11, 22),
        dt.date(2026, 11, 23),
    )
    assert sorted((c.outcome, c.best) for c in tonight.casualties) == [
        ("killed", 2),
        ("wounded", 5),
    ]
    assert earlier.date is not None
    assert earlier.date.earliest == dt.date(2026, 11, 2)
    assert [(c.outcome, c.best) for c in earlier.casualties] == [("killed", 9)]


def test_the_attack_told_again_stays_one_incident() -> None:
    text = LEAD + " The attack, on Nov. 22, also killed a child in Sumy."
    events = conflictparse.parse(text, published=MONDAY).events
    assert len(events) == 1
