"""
Event assembly on short modern wire copy (whole pipeline), session 21:
incidents told by stepping back in time, and the parties a sentence's
asides and side remarks must not lend an incident.
"""

from __future__ import annotations

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


def test_deeds_told_by_stepping_back_without_a_toll_are_incidents_of_their_own() -> None:
    """
    "Earlier this week, the group seized the town of X, and late last month
    it overran a base near Y", after Wednesday's attack: three incidents,
    each at its own place and day (the week's seizure took the attack's
    place, the month's its day).
    """
    text = (
        "BAIDOA, Somalia (Wire) - Al Shabaab fighters attacked an army post in the Bay "
        "region on Wednesday, residents said. Earlier this week, the group captured "
        "the town of Qansax Dheere, and late last month it overran a base near Wajid."
    )
    events = conflictparse.parse(text, published="2025-06-04").events
    assert [
        (e.place.text if e.place else None, e.date.value if e.date else None)
        for e in events
    ] == [
        ("Bay", "2025-06-04"),
        ("Qansax Dheere", "2025-W23"),
        ("Wajid", "2025-05"),
    ]
    assert all(
        e.side_a is not None and e.side_a.canonical == "al-Shabaab" for e in events
    )
