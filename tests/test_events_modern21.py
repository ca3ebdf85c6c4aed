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


def test_weapons_recovered_after_a_clash_make_no_side_of_it() -> None:
    """
    "Security forces recovered four rifles and a grenade from the scene",
    after a gunfight between armed groups: the forces found weapons, they
    fought nobody (the grenade is no blast either).
    """
    text = (
        "IMPHAL, India (Wire) - Three people were killed in a gunfight between armed "
        "groups in Manipur's Churachandpur district on Sunday, police said.\n\n"
        "Security forces recovered four rifles and a grenade from the scene."
    )
    (event,) = conflictparse.parse(text, published="2025-09-08").events
    assert event.event_type == "Battles"
    assert all(a is None or a.kind != "state" for a in (event.side_a, event.side_b))
    assert event.fatalities == 3


def test_an_ally_named_in_a_relative_clause_after_the_subject_is_not_the_agent() -> None:
    """
    "The army, which is allied with local Joint Forces, has launched
    repeated drone strikes on RSF positions": the army struck; its ally,
    named only to describe it, is no side of the strikes.
    """
    text = (
        "PORT SUDAN (Wire) - The army, which is allied with local Joint Forces, has "
        "launched repeated drone strikes on positions near Kadugli, killing at "
        "least 20 RSF fighters last week, a military source said."
    )
    (event,) = conflictparse.parse(text, published="2026-02-16").events
    assert _sides(event) == ("Military Forces of Sudan (2021-)", "Rapid Support Forces")


def test_the_parties_of_a_clause_of_the_war_around_a_strike_are_not_its_target() -> None:
    """
    "Government drone strikes killed 9 civilians ..., as fighting between
    federal forces and Fano militiamen intensified": the clause tells the
    war around the strikes, whose victims are the civilians, not Fano
    (the government's strikes are its forces', side A).
    """
    text = (
        "ADDIS ABABA (Wire) - Ethiopian government drone strikes killed at least nine "
        "civilians in the Amhara region's West Gojjam zone on Saturday, residents said, "
        "as fighting between federal forces and Fano militiamen intensified."
    )
    (event,) = conflictparse.parse(text, published="2025-03-10").events
    assert _sides(event) == ("Military Forces of Ethiopia", "Civilians")
    assert event.fatalities == 9


def test_who_repelled_an_assault_killing_the_attackers_is_a_side_of_the_battle() -> None:
    """
    "Ukrainian forces repelled a Russian assault near Kupiansk ..., killing
    35 Russian soldiers": the forces that fought the assault off killed the
    attackers; they are a side, not a source answering the deed.
    """
    text = (
        "KYIV (Wire) - Ukrainian forces repelled a Russian assault near Kupiansk in the "
        "Kharkiv region on Sunday, killing 35 Russian soldiers, the general staff said."
    )
    (event,) = conflictparse.parse(text, published="2025-03-10").events
    assert event.event_type == "Battles"
    assert _sides(event) == ("Military Forces of Ukraine", "Military Forces of Russia")


def test_dead_of_no_group_at_a_displacement_camp_attacked_are_civilians() -> None:
    """
    "CODECO militiamen attacked a camp for displaced people ..., killing 11":
    the dead, of no group named, at a civilian site attacked, are civilians
    (a village attacked is left as read: it may be a fight).
    """
    text = (
        "BUNIA, Congo (Wire) - CODECO militiamen attacked a camp for displaced people "
        "near Djugu in Ituri province on Sunday, killing 11, local officials said."
    )
    (event,) = conflictparse.parse(text, published="2025-03-10").events
    assert event.event_type == "Violence against civilians"
    assert _sides(event) == ("CODECO", "Civilians")
    assert event.fatalities == 11


def test_a_battle_recalled_by_its_place_lends_the_incident_neither_toll_nor_place() -> (
    None
):
    """
    After Saturday's fighting in South Kivu, "The rebels, who seized Goma
    last week, were advancing on ..." (a dated relative clause, the only
    deed) and "more than 2,000 people were killed in the fighting for Goma"
    (another battle, recalled by its place) are no part of the incident:
    not its place, not a rival toll.
    """
    text = (
        "BUKAVU, Congo (Wire) - Fighting between M23 rebels and Congolese troops killed "
        "at least 18 people in South Kivu province on Saturday, civil society groups "
        "said on Monday.\n\n"
        "The rebels, who seized Goma last week, were advancing on the town of Kavumu, "
        "residents said. The United Nations said more than 2,000 people were killed in "
        "the fighting for Goma."
    )
    (event,) = conflictparse.parse(text, published="2025-02-03").events
    assert event.fatalities == 18
    assert event.high is None or event.high < 2000
    assert all(c.best != 2001 for c in event.casualties)
    assert event.place is not None and event.place.name != "Goma"
