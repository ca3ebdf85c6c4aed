"""
Event assembly on short modern wire copy written for the project (whole
pipeline): where an event took place when its sentences name a hospital.
"""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    "deed",
    [
        "attacked and looted a hospital in the town of Kalemba",
        "set fire to homes and looted the main clinic in Kalemba",
        "shelled a hospital in Kalemba",
    ],
)
def test_a_hospital_attacked_in_a_town_makes_that_town_the_scene(deed: str) -> None:
    """
    "taken to a hospital in X" tells where the hurt were treated, not the
    scene; but when the hospital itself is attacked, its town is the scene,
    not the dateline's city.
    """
    text = (
        f"BUNIA, Congo (Wire) - Militiamen {deed} in Ituri province on Saturday, "
        "the local administrator said on Sunday.\n\n"
        "At least nine people were killed, he said."
    )
    events = conflictparse.parse(text, published="2025-05-04").events
    assert events
    assert events[0].place is not None
    assert "Kalemba" == events[0].place.text


def test_a_hospital_the_wounded_were_taken_to_is_still_no_scene() -> None:
    """The care rule itself still holds beside an attack verb elsewhere."""
    text = (
        "BUNIA, Congo (Wire) - Militiamen attacked a displacement camp in Ituri "
        "province on Saturday, killing nine people. The wounded were taken to a "
        "hospital in the town of Kalemba, the local administrator said."
    )
    [event] = conflictparse.parse(text, published="2025-05-04").events
    assert event.place is not None
    assert "Kalemba" != event.place.text


@pytest.mark.parametrize("verb", ["had retaken", "had recaptured", "retook"])
def test_a_party_that_says_it_retook_a_town_is_side_a(verb: str) -> None:
    """
    "The army said it had retaken the town from the RSF": the speaker is
    the party that took it back, as with "said it had captured".
    """
    text = (
        f"PORT SUDAN (Wire) - The Sudanese army said on Tuesday it {verb} the town "
        "of Um Sumeima from the paramilitary Rapid Support Forces."
    )
    [event] = conflictparse.parse(text, published="2025-04-23").events
    assert event.side_a is not None
    assert "Sudanese army" == event.side_a.text
    assert event.side_b is not None
    assert "Rapid Support Forces" == event.side_b.canonical


def test_an_event_dated_only_by_its_source_s_day_gets_the_week_up_to_it() -> None:
    """
    A story published on Wednesday whose lead says only that the army
    spoke on Tuesday: the deed happened in the days up to Tuesday, not on
    an unknown date (as a lead told on the publication day already gave).
    """
    text = (
        "PORT SUDAN (Wire) - The Sudanese army said on Tuesday it had retaken the town "
        "of Um Sumeima from the paramilitary Rapid Support Forces."
    )
    report = conflictparse.parse(text, published="2025-04-23")
    [event] = report.events
    assert event.date is not None
    told = report.dates[0]
    assert "on Tuesday" == told.text
    assert (told.earliest, "week") == (event.date.latest, event.date.precision)
    assert told.earliest is not None and event.date.earliest is not None
    assert 6 == (told.earliest - event.date.earliest).days


def test_a_date_three_days_before_publication_is_no_report_day() -> None:
    """Only a day or two before the publication's is the day the source spoke."""
    text = (
        "PORT SUDAN (Wire) - The Sudanese army said on Sunday it had retaken the town "
        "of Um Sumeima from the paramilitary Rapid Support Forces."
    )
    report = conflictparse.parse(text, published="2025-04-23")
    [event] = report.events
    assert "on Sunday" == report.dates[0].text
    assert event.date is None or event.date.latest != report.dates[0].earliest


def test_an_overnight_attack_under_a_dateline_with_no_date_is_of_last_night() -> None:
    """
    "a separate attack ... overnight killed two policemen" in a story whose
    dateline gives no date: the night up to the publication day, not the
    whole week up to it.
    """
    text = (
        "PESHAWAR, Pakistan (Wire) - A suicide bomber killed seven soldiers in Bannu on "
        "Tuesday, officials said. Police said a separate attack on a checkpoint in North "
        "Waziristan overnight killed two policemen."
    )
    events = conflictparse.parse(text, published="2025-03-18").events
    assert [("Bannu", "2025-03-18"), ("North Waziristan", "2025-03-17/2025-03-18")] == [
        (e.place and e.place.text, e.date and e.date.value) for e in events
    ]


@pytest.mark.parametrize(
    "how", ["stepped on a landmine", "hit a mine", "drove over a landmine"]
)
def test_soldiers_killed_by_a_mine_are_remote_violence(how: str) -> None:
    """A patrol that steps on a landmine met an explosive, not a battle."""
    text = (
        "CUCUTA, Colombia (Wire) - Two soldiers were killed when their patrol "
        f"{how} in the rural area of El Tarra on Monday, the army said."
    )
    [event] = conflictparse.parse(text, published="2025-08-12").events
    assert "Explosions/Remote violence" == event.event_type


def test_a_mine_that_is_a_pit_is_no_explosion() -> None:
    """ "Workers at a gold mine" names no explosive."""
    text = (
        "BUNIA, Congo (Wire) - Militiamen attacked workers at a gold mine near Mongbwalu "
        "on Monday, killing five people, the army said."
    )
    [event] = conflictparse.parse(text, published="2025-08-12").events
    assert "Explosions/Remote violence" != event.event_type


def test_a_week_s_tally_of_a_state_s_strikes_is_no_part_of_a_day_s_strike() -> None:
    """
    A drone strike on a camp killed 11 people on Sunday; "the army has
    launched repeated drone strikes on RSF positions in the area, killing at
    least 30 fighters last week": the campaign's tally, an event of its own,
    not 30 more dead of the strike on the camp.
    """
    text = (
        "KHARTOUM (Wire) - A drone attack on a displacement camp near El Fasher killed "
        "11 people on Sunday, a local aid group said, blaming the paramilitary Rapid "
        "Support Forces.\n\n"
        "The army has launched repeated drone strikes on RSF positions in the area, "
        "killing at least 30 fighters last week, according to a military source."
    )
    events = conflictparse.parse(text, published="2026-02-16").events
    assert [11, 30] == [e.fatalities for e in events]
    assert events[0].side_a is not None
    assert "Rapid Support Forces" == events[0].side_a.canonical


def test_the_forces_later_raid_on_the_attackers_is_an_event_of_its_own() -> None:
    """
    Separatists killed four soldiers and a civilian in an ambush; "security
    forces later killed three separatist fighters in a raid on a camp in the
    area": the forces' own operation, whose dead are not the ambush's, and
    the ambush's attackers stay its side A.
    """
    text = (
        "BAMENDA, Cameroon (Wire) - Separatist fighters killed four soldiers and a "
        "civilian in an ambush near the town of Ndop on Saturday, the army said.\n\n"
        "Security forces later killed three separatist fighters in a raid on a camp in "
        "the area, a military official said."
    )
    events = conflictparse.parse(text, published="2025-08-25").events
    assert [5, 3] == [e.fatalities for e in events]
    assert events[0].side_b is not None
    assert "state" == events[0].side_b.kind
