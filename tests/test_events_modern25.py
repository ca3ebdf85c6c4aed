"""
Event assembly on short modern wire copy (whole pipeline), session 25: a
source's body and a sponsor-described agent, a launch claim by the struck
party, a deed the attack "came days after", an operation's target, clashes
that "erupted between" groups, the striker harmed after a toll across an
area, a round-up's part told by referring back, a rescue days after a
kidnapping.
"""

from __future__ import annotations

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


def test_the_body_a_source_speaks_for_is_no_agent() -> None:
    """
    "Jihadists killed 12 farmers ..., said Babakura Kolo, a leader of the
    Civilian Joint Task Force": the militia is the source's, not the killers.
    """
    text = (
        "MAIDUGURI, Nigeria, May 5 (Wire) - Jihadists killed 12 farmers in Borno "
        "state on Sunday, said Babakura Kolo, a leader of the Civilian Joint Task "
        "Force.\n\nThe farmers were working their fields near the village of Mafa "
        "when the gunmen arrived on motorcycles, he said."
    )
    (event,) = conflictparse.parse(text, published="2025-05-06").events
    assert _sides(event) == ("Unidentified Armed Group (Nigeria)", "Civilians")


def test_fighters_told_by_their_backer_are_no_named_group() -> None:
    """
    "Army-backed fighters killed 20 people": they are not the RSF another
    sentence names.
    """
    text = (
        "KHARTOUM, Feb 10 (Wire) - Army-backed fighters killed 20 people in a "
        "village in Gezira state on Sunday, a local rights group said. The RSF had "
        "withdrawn from the area days earlier."
    )
    (event,) = conflictparse.parse(text, published="2025-02-11").events
    assert _sides(event)[0] == "Unidentified Armed Group (Sudan)"


def test_the_struck_partys_launch_claim_is_an_incident_of_its_own() -> None:
    """
    "The Houthis said they had fired 18 ballistic and cruise missiles and a
    drone at the USS Harry S. Truman", after U.S. strikes on Yemen: their
    answer, not more of the strikes.
    """
    text = (
        "SANAA, March 16 (Wire) - U.S. air strikes on Houthi-held areas of Yemen "
        "killed at least 31 people on Saturday night, the Houthi-run health ministry "
        "said on Sunday.\n\nThe strikes hit residential buildings in Sanaa and targets "
        "in Saada province, the ministry said.\n\nThe Houthis said on Sunday they had "
        "fired 18 ballistic and cruise missiles and a drone at the USS Harry S. Truman "
        "aircraft carrier in the northern Red Sea."
    )
    events = conflictparse.parse(text, published="2025-03-17").events
    assert [_sides(e)[0] for e in events] == [
        "Military Forces of United States",
        "Houthis",
    ]
    assert events[0].fatalities == 31
    assert events[1].event_type == "Explosions/Remote violence"


def test_a_deed_the_attack_came_days_after_at_its_own_scene_is_an_incident() -> None:
    """
    "The attack came days after al Shabaab fighters stormed a military base
    in the Lower Shabelle region, killing seven soldiers": an incident of
    the days before, not dropped and not the bombing's.
    """
    text = (
        "MOGADISHU, May 19 (Wire) - A suicide bomber killed at least 13 people at a "
        "military recruitment centre in Mogadishu on Sunday, police said.\n\nThe attack "
        "came days after al Shabaab fighters stormed a military base in the Lower "
        "Shabelle region, killing seven soldiers."
    )
    events = conflictparse.parse(text, published="2025-05-20").events
    assert [(e.event_type, e.fatalities) for e in events] == [
        ("Explosions/Remote violence", 13),
        ("Battles", 7),
    ]
    assert _sides(events[1]) == ("al-Shabaab", "Military Forces of Somalia")
    # (some day of the week before the bombing)
    assert events[1].date is not None
    assert (str(events[1].date.earliest), str(events[1].date.latest)) == (
        "2025-05-11",
        "2025-05-17",
    )


def test_the_target_of_an_operation_is_side_b() -> None:
    """
    "Haitian police backed by a Kenya-led mission launched an operation
    against gangs ..., killing at least 12 gang members": the police acted.
    """
    text = (
        "PORT-AU-PRINCE, March 3 (Wire) - Haitian police backed by a Kenya-led "
        "mission launched an operation against gangs in the capital's Delmas "
        "district on Monday, killing at least 12 gang members, police said."
    )
    (event,) = conflictparse.parse(text, published="2025-03-04").events
    assert event.event_type == "Battles"
    assert _sides(event) == ("Police Forces of Haiti", "Unidentified Armed Group (Haiti)")


def test_clashes_that_erupted_between_armed_groups_are_a_battle() -> None:
    """ "Clashes erupted between rival armed groups": no attack on civilians."""
    text = (
        "TRIPOLI, May 12 (Wire) - Clashes erupted between rival armed groups in the "
        "Libyan capital on Monday night after the killing of a militia leader, "
        "residents said. Heavy gunfire was heard in several districts of Tripoli."
    )
    (event,) = conflictparse.parse(text, published="2025-05-13").events
    assert event.event_type == "Battles"


def test_the_striker_harmed_at_a_town_after_a_toll_across_an_area() -> None:
    """
    "Israeli fire killed 25 Palestinians across the Gaza Strip ... Militants
    opened fire on troops in Rafah, wounding a soldier": two incidents, the
    lead's not placed at Rafah.
    """
    text = (
        "GAZA, June 9 (Wire) - Israeli fire killed 25 Palestinians across the Gaza "
        "Strip on Monday, health officials said. Militants opened fire on troops in "
        "Rafah, wounding a soldier, the Israeli military said."
    )
    events = conflictparse.parse(text, published="2025-06-10").events
    assert [(e.place.text if e.place else None) for e in events] == [
        "Gaza Strip",
        "Rafah",
    ]
    assert events[1].event_type == "Battles"
    assert _sides(events[1])[1] == "Military Forces of Israel"


def test_a_roundup_part_told_by_referring_back() -> None:
    """
    "In Kayes, the assailants struck an army camp", after attacks "including
    in Kayes and Nioro du Sahel": one incident per town, the army's tally of
    attackers killed no deed of its own.
    """
    text = (
        "BAMAKO, July 1 (Wire) - Al Qaeda-linked militants attacked military "
        "positions in western Mali on Tuesday, including in Kayes and Nioro du "
        "Sahel, the army said.\n\nIn Kayes, the assailants struck an army camp at "
        "dawn before troops pushed them back. In Nioro du Sahel, they attacked the "
        "governor's residence and a gendarmerie post.\n\nThe army said it had killed "
        "80 of the attackers. JNIM claimed the attacks in a statement."
    )
    events = conflictparse.parse(text, published="2025-07-02").events
    assert [e.place.text for e in events if e.place] == ["Kayes", "Nioro du Sahel"]
    assert {_sides(e) for e in events} == {
        ("Jama'at Nusrat al-Islam wal-Muslimin", "Military Forces of Mali (2020-)")
    }


def test_a_rescue_days_after_a_kidnapping_is_a_battle_of_its_own() -> None:
    """
    A kidnapping (Tuesday), the soldiers' rescue after a gunfight with the
    kidnappers (Thursday) and the arrests (Sunday): two incidents, the
    arrests none.
    """
    text = (
        "ABUJA, April 20 (Wire) - Gunmen kidnapped 15 worshippers from a church in "
        "Nigeria's Kogi state on Tuesday, police said.\n\nSoldiers rescued 11 of the "
        "hostages in a forest near the village on Thursday after a gunfight with the "
        "kidnappers, the army said.\n\nPolice arrested three suspects on Sunday in "
        "connection with the abduction, a police spokesman said."
    )
    events = conflictparse.parse(text, published="2025-04-21").events
    assert [(e.event_type, str(e.date.value) if e.date else None) for e in events] == [
        ("Violence against civilians", "2025-04-15"),
        ("Battles", "2025-04-17"),
    ]
    assert _sides(events[1]) == (
        "Military Forces of Nigeria",
        "Unidentified Armed Group (Nigeria)",
    )


def test_killings_of_civilians_after_an_attack_on_the_killers() -> None:
    """
    "Security forces killed hundreds of members of the Alawite minority ...
    after an insurgent attack on government forces near Jableh on Thursday":
    the forces killed civilians; the insurgents' attack, its day and place
    are another incident's.
    """
    text = (
        "DAMASCUS, March 8 (Wire) - Security forces killed hundreds of members of the "
        "Alawite minority in coastal Syria in two days of reprisal killings after an "
        "insurgent attack on government forces near Jableh on Thursday, a war monitor "
        "said on Saturday.\n\nThe Syrian Observatory for Human Rights said 745 "
        "civilians had been killed in Latakia and Tartus provinces since Thursday."
    )
    (event,) = conflictparse.parse(text, published="2025-03-09").events
    assert _sides(event) == ("Military Forces of Syria (2024-)", "Civilians")
    assert event.place is not None and event.place.text != "Jableh"


def test_taking_full_control_of_a_city_is_a_deed() -> None:
    """ "said they had taken full control of El Fasher": a capture."""
    text = (
        "KHARTOUM, Oct 26 (Wire) - The paramilitary Rapid Support Forces said on "
        "Sunday they had taken full control of El Fasher, the army's last stronghold "
        "in Darfur."
    )
    (event,) = conflictparse.parse(text, published="2025-10-27").events
    assert event.event_type == "Battles"
    assert _sides(event)[0] == "Rapid Support Forces"


def test_a_rescue_told_by_the_forces_speaker_is_theirs() -> None:
    """
    "Police said officers had rescued 12 of the abducted on Sunday after a
    gun battle with the bandits", after Saturday's raids: the police's
    battle, an incident of its own.
    """
    text = (
        "ABUJA, Nov 9 (Wire) - Bandits killed 17 villagers and abducted dozens more "
        "in raids on three villages in Zamfara state on Saturday, residents and "
        "police said.\n\nPolice said officers had rescued 12 of the abducted on "
        "Sunday after a gun battle with the bandits."
    )
    events = conflictparse.parse(text, published="2025-11-10").events
    assert [e.event_type for e in events] == ["Violence against civilians", "Battles"]
    assert _sides(events[1]) == (
        "Police Forces of Nigeria",
        "Unidentified Armed Group (Nigeria)",
    )


def test_a_days_fight_after_a_massacre_told_as_last_week() -> None:
    """
    Insurgents "beheaded six Christians ... last week"; troops "clashed with
    the insurgents ... on Saturday, killing 10 of them": two incidents.
    """
    text = (
        "MAPUTO, Aug 4 (Wire) - Islamic State-linked insurgents beheaded six "
        "Christians in a village in Mozambique's Cabo Delgado province last week, "
        "the group said in a statement on Monday.\n\nRwandan troops deployed in the "
        "province clashed with the insurgents near the town of Mocimboa da Praia on "
        "Saturday, killing 10 of them, a local official said."
    )
    events = conflictparse.parse(text, published="2025-08-05").events
    assert [(e.event_type, e.fatalities) for e in events] == [
        ("Violence against civilians", 6),
        ("Battles", 10),
    ]


def test_the_deed_a_retaliation_answers_is_none_of_its_own() -> None:
    """
    "Afghan Taliban forces attacked Pakistani border posts ... overnight,
    ... saying the assault was in retaliation for Pakistani air strikes on
    Kabul ... on Thursday": the border attack's night and agent, not the
    strikes'.
    """
    text = (
        "KABUL, Oct 12 (Wire) - Afghan Taliban forces attacked Pakistani border posts "
        "along the Durand Line overnight, Taliban officials said, saying the assault "
        "was in retaliation for Pakistani air strikes on Kabul and Paktika province "
        "on Thursday."
    )
    (event,) = conflictparse.parse(text, published="2025-10-13").events
    assert event.event_type == "Battles"
    assert _sides(event)[0] == "Military Forces of Afghanistan (2021-)"
    assert event.date is not None and str(event.date.latest) == "2025-10-12"


def test_warplanes_that_later_struck_the_attackers_are_another_incident() -> None:
    """
    "Iraqi warplanes later struck an Islamic State hideout ..., killing five
    militants", after the militants' ambush: the air force's strike apart.
    """
    text = (
        "BAGHDAD, Feb 24 (Wire) - Islamic State militants killed four Iraqi soldiers "
        "in an ambush on an army patrol in Kirkuk province on Monday, security "
        "sources said. Iraqi warplanes later struck an Islamic State hideout in the "
        "Hamrin mountains, killing five militants, the military said."
    )
    events = conflictparse.parse(text, published="2025-02-25").events
    assert [(e.event_type, e.fatalities) for e in events] == [
        ("Battles", 4),
        ("Explosions/Remote violence", 5),
    ]
    assert _sides(events[1]) == ("Military Forces of Iraq", "Islamic State")
