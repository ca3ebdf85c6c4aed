"""
Event assembly on short modern wire copy (whole pipeline), session 24: a
massacre of "people" that security forces later engaged, a lead's agent
outvoted by its own wounded, ... .
"""

from __future__ import annotations

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


def test_a_massacre_of_people_engaged_later_by_soldiers_is_against_civilians() -> None:
    """
    "Gunmen killed at least 60 people in the village ... Soldiers later
    engaged the attackers and two soldiers were wounded": the dead of the
    massacre are civilians, side B; the soldiers' later fight makes no
    battle of it.
    """
    text = (
        "JOS, Nigeria (Wire) - Gunmen killed at least 60 people in the village of "
        "Dogo Nahawa in Plateau state on Sunday night, a local official said.\n\n"
        "Survivors said the attackers set homes on fire. The army said soldiers had "
        "engaged the attackers and that two soldiers were wounded."
    )
    events = conflictparse.parse(text, published="2025-04-08").events
    assert len(events) == 1
    event = events[0]
    assert event.event_type == "Violence against civilians"
    assert _sides(event) == ("Unidentified Armed Group (Nigeria)", "Civilians")
    assert event.best == 60


def test_people_killed_in_a_clash_stay_the_fighters() -> None:
    """A toll told with a clash ("clashes killed 20 people") is no massacre."""
    text = (
        "JOS, Nigeria (Wire) - Clashes between soldiers and gunmen killed 20 people "
        "in the village of Dogo Nahawa in Plateau state on Sunday, a local official "
        "said.\n\nThe army said two soldiers were wounded."
    )
    events = conflictparse.parse(text, published="2025-04-08").events
    assert [e.event_type for e in events] == ["Battles"]


def test_the_leads_agent_is_not_outvoted_by_its_own_wounded() -> None:
    """
    "Israeli troops killed two Palestinians in a raid ... fired at gunmen
    who threw explosives at them. Three soldiers were lightly wounded": the
    raiders of the lead stay side A; their wounded, told later, make no
    attacker of the gunmen.
    """
    text = (
        "JERUSALEM (Wire) - Israeli troops killed two Palestinians in a raid on the "
        "Tulkarm refugee camp in the occupied West Bank on Tuesday, the Palestinian "
        "health ministry said.\n\n"
        "The military said soldiers had fired at gunmen who threw explosives at them. "
        "Three soldiers were lightly wounded, it said."
    )
    events = conflictparse.parse(text, published="2025-02-12").events
    assert len(events) == 1
    assert _sides(events[0])[0] == "Military Forces of Israel"


def test_a_toll_of_similar_violence_a_week_before_is_not_the_incidents() -> None:
    """
    "Gunmen killed 28 people ..., a week after similar violence left 50
    dead": the clause recalls an earlier incident, whose toll is not this
    one's.
    """
    text = (
        "MAKURDI, Nigeria (Wire) - Gunmen killed 28 people in attacks on three "
        "villages in Benue state on Tuesday night, a local official said, a week "
        "after similar violence left 50 dead in a neighbouring district.\n\n"
        "The attackers burned homes and a church, the official said."
    )
    events = conflictparse.parse(text, published="2025-05-21").events
    assert [e.best for e in events] == [28]


def test_a_dated_deed_at_a_town_is_apart_from_a_runs_toll_since_a_day() -> None:
    """
    "Fighting ... in the Catatumbo region has killed at least 60 people
    since Thursday", then "ELN fighters attacked the town of El Tarra on
    Saturday": a run's toll sums many incidents; the town's attack, dated
    and placed of its own, is one of them, not the run's first day.
    """
    text = (
        "BOGOTA (Wire) - Fighting between the ELN guerrilla group and FARC dissidents "
        "in Colombia's Catatumbo region has killed at least 60 people since Thursday, "
        "the government said.\n\n"
        "ELN fighters attacked the town of El Tarra on Saturday, officials said."
    )
    events = conflictparse.parse(text, published="2025-01-20").events
    assert [e.place.name if e.place else None for e in events] == [
        "Catatumbo",
        "El Tarra",
    ]
    assert [e.best for e in events] == [60, None]


def test_rebels_who_entered_a_town_make_an_incident() -> None:
    """
    "M23 rebels entered Uvira ... after Congolese troops withdrew": armed
    men entering a town took it, a deed (a battle in this parser's closed
    set of types), though no other verb of fighting is told.
    """
    text = (
        "GOMA (Wire) - M23 rebels entered Uvira, a town in South Kivu province, on "
        "Wednesday after Congolese troops withdrew, residents said."
    )
    events = conflictparse.parse(text, published="2025-12-11").events
    assert len(events) == 1
    assert events[0].event_type == "Battles"
    assert _sides(events[0])[0] == "M23"
    assert events[0].place is not None and events[0].place.name == "Uvira"


def test_a_definite_deed_refers_back_past_an_incident_of_another_kind() -> None:
    """
    "the bomber had tried to reach the palace gates before detonating his
    vest", after a suicide bombing and then, recalled, a hotel stormed by
    gunmen on another day: a detail of the bombing, not of the storming.
    """
    text = (
        "MOGADISHU (Wire) - A suicide bomber blew himself up at a cafe near the "
        "presidential palace in Mogadishu on Tuesday, killing at least nine people, "
        "police said.\n\n"
        "Al Shabaab claimed responsibility for the attack. On Oct. 2, gunmen stormed "
        "a hotel in the city, killing six.\n\n"
        "Police spokesman Ali Hassan said the bomber had tried to reach the palace gates "
        "before detonating his vest."
    )
    events = conflictparse.parse(text, published="2025-10-15").events
    assert [e.best for e in events] == [9, 6]
    bombing, storming = events
    told = "the bomber had tried"
    at = text.index(told)
    assert any(s.start <= at < s.end for s in bombing.support)
    assert not any(s.start <= at < s.end for s in storming.support)


def test_a_deed_the_next_day_at_a_town_of_its_own_is_another_incident() -> None:
    """
    "Soldiers killed 40 militants in an operation in Borno state on
    Tuesday ... The next day, troops killed 12 insurgents near the town of
    Gwoza": the story steps to the next day's deed at a town of its own,
    another incident, though of the same kind and paragraph.
    """
    text = (
        "MAIDUGURI, Nigeria (Wire) - Nigerian soldiers killed 40 militants in an "
        "operation against Boko Haram in Borno state on Tuesday, the army said. The "
        "next day, troops killed 12 insurgents near the town of Gwoza, it said."
    )
    events = conflictparse.parse(text, published="2025-06-13").events
    assert [(e.date.value if e.date else None) for e in events] == [
        "2025-06-10",
        "2025-06-11",
    ]
    assert [e.place.name if e.place else None for e in events][1] == "Gwoza"
