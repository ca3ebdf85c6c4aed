"""
Event assembly on short modern wire copy (whole pipeline), session 20:
compound leads, reprisals and the parties and kinds of deed that sort a
story's sentences into its incidents.
"""

from __future__ import annotations

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


def test_a_while_clause_of_another_party_and_deed_at_no_named_place_is_its_own_incident() -> (
    None
):
    """
    "Rebels seized a police post in Kyaukme on Thursday, while a junta air
    strike on a nearby village killed 11 civilians": two incidents of the
    same day; the rebels' own word on the capture returns to the capture.
    """
    text = (
        "YANGON, March 14 (Wire) - Resistance fighters seized a police post in the town "
        "of Kyaukme in Shan State on Thursday, while a junta air strike on a nearby "
        "village killed 11 civilians, residents said.\n\n"
        "The Ta'ang National Liberation Army said its fighters had taken the post "
        "after two hours of fighting."
    )
    events = conflictparse.parse(text, published="2025-03-14").events
    assert len(events) == 2
    capture, strike = events
    assert capture.side_a is not None
    assert capture.side_a.canonical == "Ta'ang National Liberation Army"
    assert capture.fatalities is None
    assert capture.event_type == "Battles"
    assert strike.event_type == "Explosions/Remote violence"
    assert strike.side_a is not None and strike.side_a.kind == "state"
    assert strike.fatalities == 11
    # (the clause's day is its sentence's)
    assert strike.date is not None and strike.date.value == "2025-03-13"


def test_another_partys_later_shelling_after_an_attack_that_killed_nobody_is_a_reprisal() -> (
    None
):
    """
    "Fano militiamen attacked a police station and freed 100 prisoners ...
    Government troops later shelled a neighbourhood of the town, killing
    seven civilians": the shelling is the troops' own incident, and the
    prisoners freed make no civilian target of the attack.
    """
    text = (
        "ADDIS ABABA, March 19 (Wire) - Fano militiamen attacked a police station in "
        "the town of Debre Markos in Ethiopia's Amhara region on Monday and freed more "
        "than 100 prisoners, residents said.\n\n"
        "Government troops later shelled a neighbourhood of the town, killing at least "
        "seven civilians, according to two residents."
    )
    events = conflictparse.parse(text, published="2024-03-19").events
    assert len(events) == 2
    attack, shelling = events
    assert attack.side_a is not None and attack.side_a.canonical == "Fano"
    assert attack.event_type == "Battles"
    assert attack.side_b is None or attack.side_b.kind != "civilians"
    assert _sides(shelling) == ("Military Forces of Ethiopia", "Civilians")
    assert shelling.fatalities == 7


def test_a_state_raid_told_in_retaliation_on_the_same_day_is_another_incident() -> None:
    """
    "Gunmen killed nine bus passengers ... Hours later, security forces said
    they had killed 12 militants in a raid in Kech in retaliation for the
    attack": the raid is the forces' own incident, its dead not the attack's.
    """
    text = (
        "QUETTA, April 28 (Wire) - Gunmen killed nine bus passengers in Pakistan's "
        "southwestern Balochistan province on Sunday after checking their identity "
        "cards, police said.\n\n"
        "The Baloch Liberation Army claimed responsibility.\n\n"
        "Hours later, security forces said they had killed 12 militants in a raid in "
        "the Kech district in retaliation for the attack."
    )
    events = conflictparse.parse(text, published="2025-04-28").events
    assert [e.fatalities for e in events] == [9, 12]
    attack, raid = events
    assert attack.side_b is not None and attack.side_b.kind == "civilians"
    assert raid.side_a is not None and raid.side_a.kind == "state"


def test_an_older_deed_recalled_by_came_weeks_after_adds_no_toll() -> None:
    """
    "The attack came weeks after the ELN launched an offensive ... killing at
    least 80 people": the 80 dead are the offensive's, weeks before, not the
    base attack's two soldiers.
    """
    text = (
        "BOGOTA, March 30 (Wire) - ELN guerrillas attacked a military base in Tibu in "
        "Colombia's Norte de Santander province on Saturday with drones and explosives, "
        "killing two soldiers, the army said.\n\n"
        "The attack came weeks after the ELN launched an offensive against dissidents of "
        "the former FARC in the Catatumbo region, killing at least 80 people."
    )
    events = conflictparse.parse(text, published="2025-03-30").events
    assert [e.fatalities for e in events] == [2]


def test_a_commanders_his_men_claim_names_his_group_and_a_name_with_digits_is_counted() -> (
    None
):
    """
    "A Wazalendo militia commander said that his men had killed 15 M23
    fighters": 15 dead of M23 (a count, though the name holds digits), at
    the hands of the commander's militia.
    """
    text = (
        "BUKAVU, March 2 (Wire) - A Wazalendo militia commander said on Sunday that his "
        "men had killed 15 M23 fighters in clashes near Kalehe."
    )
    report = conflictparse.parse(text, published="2025-03-02")
    assert [(c.text, c.low) for c in report.casualties] == [("15 M23 fighters", 15)]
    [event] = report.events
    assert _sides(event) == ("Wazalendo", "M23")
    assert event.fatalities == 15


def test_a_party_called_on_to_stop_its_attacks_is_no_agent_of_the_incident() -> None:
    """
    "Gunmen killed 12 villagers ... The United Nations called on the RSF to
    end its attacks on villages": the call names no agent of the killing
    (neither the gunmen's group nor, by naming, the unidentified attackers').
    """
    for gunmen in ("Gunmen", "Unidentified gunmen"):
        text = (
            f"NYALA, Sudan, June 3 (Wire) - {gunmen} killed 12 villagers in an attack near "
            "Nyala on Sunday, local activists said.\n\n"
            "The United Nations called on the Rapid Support Forces to end its attacks on "
            "villages in Darfur."
        )
        [event] = conflictparse.parse(text, published="2025-06-03").events
        assert event.side_a is not None
        assert event.side_a.canonical != "Rapid Support Forces", gunmen
        assert event.fatalities == 12


def test_the_town_after_a_town_the_sentence_names_points_to_that_town() -> None:
    """
    "M23 rebels captured an army base at Nyabiondo ... A resident of
    Kitshanga said shells had landed on the town's market, killing four
    people": the shelling of Kitshanga is an incident of its own.
    """
    text = (
        "GOMA, Feb 12 (Wire) - M23 rebels captured an army base at Nyabiondo in North "
        "Kivu province on Tuesday after a day of fighting with Congolese troops, a local "
        "official said.\n\n"
        "A resident of Kitshanga said shells had landed on the town's market, killing "
        "four people and wounding 11."
    )
    events = conflictparse.parse(text, published="2025-02-12").events
    assert [e.place.name if e.place else None for e in events] == [
        "Nyabiondo",
        "Kitshanga",
    ]
    assert [e.fatalities for e in events] == [None, 4]
    assert events[0].event_type == "Battles"


def test_a_burial_day_is_no_day_of_the_incident() -> None:
    """
    "Jihadists killed 23 fishermen near Dikwa on Saturday ... 'We found 23
    bodies and we buried them on Monday'": the incident stays on Saturday.
    """
    text = (
        "MAIDUGURI, Nigeria, May 20 (Wire) - Jihadists killed 23 fishermen near Dikwa in "
        "Borno state on Saturday, a militia leader said.\n\n"
        '"We found 23 bodies and we buried them on Monday," said the militia leader.'
    )
    [event] = conflictparse.parse(text, published="2025-05-20").events
    assert event.date is not None
    assert (str(event.date.earliest), str(event.date.latest)) == (
        "2025-05-17",
        "2025-05-17",
    )
    assert event.fatalities == 23


def test_people_buried_under_rubble_keep_their_day() -> None:
    """ "buried under the rubble ... on Monday" tells the deed, not a burial."""
    text = (
        "KHARKIV, May 20 (Wire) - A Russian missile hit an apartment block in Kharkiv, "
        "and five residents were buried under the rubble on Monday, the governor said."
    )
    [event] = conflictparse.parse(text, published="2025-05-20").events
    assert event.date is not None and event.date.value == "2025-05-19"


def test_a_leftover_shell_that_exploded_is_not_the_storys_perpetrators_deed() -> None:
    """
    "Pakistani Taliban militants attacked a police checkpoint ... Separately,
    an explosion at a cricket ground killed two children ... the device
    appeared to be a leftover mortar shell": no side A for the explosion.
    """
    text = (
        "PESHAWAR, Pakistan, July 21 (Wire) - Pakistani Taliban militants attacked a "
        "police checkpoint in Bannu on Sunday, killing three policemen, officials said.\n\n"
        "Separately, an explosion at a cricket ground in Bajaur killed two children on "
        "Monday. Police said the device appeared to be a leftover mortar shell."
    )
    events = conflictparse.parse(text, published="2025-07-21").events
    assert len(events) == 2
    assert events[0].side_a is not None
    assert events[0].side_a.canonical == "Tehrik-i-Taliban Pakistan"
    assert events[1].side_a is None
    assert events[1].fatalities == 2


def test_gunmen_after_elsewhere_are_not_the_group_of_the_other_attack() -> None:
    """ "Elsewhere, gunmen shot dead a clan elder": not al-Shabaab's base attack's group."""
    text = (
        "MOGADISHU, June 10 (Wire) - Al Shabaab militants attacked a military base in "
        "Baidoa on Monday, killing 10 soldiers, an army officer said.\n\n"
        "Elsewhere, gunmen shot dead a clan elder in Mogadishu on Tuesday, police said."
    )
    events = conflictparse.parse(text, published="2025-06-10").events
    assert [e.side_a.canonical if e.side_a else None for e in events] == [
        "al-Shabaab",
        "Unidentified Armed Group (Somalia)",
    ]


def test_suspected_criminals_killed_by_soldiers_are_counted() -> None:
    """ "soldiers clashed with cartel gunmen ..., killing three suspected criminals": 3 dead."""
    text = (
        "CULIACAN, Mexico, July 2 (Wire) - Soldiers clashed with cartel gunmen in the town "
        "of Navolato on Tuesday, killing three suspected criminals, the defence ministry "
        "said."
    )
    report = conflictparse.parse(text, published="2025-07-02")
    assert [(c.text, c.victim) for c in report.casualties] == [
        ("three suspected criminals", "militants")
    ]
    [event] = report.events
    assert event.fatalities == 3


def test_a_claim_of_repelling_the_attack_returns_to_the_attack_past_a_reprisal() -> None:
    """
    "Fano militiamen attacked a police station ... Government troops later
    shelled a neighbourhood of the town, killing seven civilians ... The
    army said it had repelled the attack and killed dozens of extremists":
    the defence is the attack's, not an incident of its own.
    """
    text = (
        "ADDIS ABABA, March 19 (Wire) - Fano militiamen attacked a police station in "
        "the town of Debre Markos in Ethiopia's Amhara region on Monday and freed more "
        "than 100 prisoners, residents said.\n\n"
        "Government troops later shelled a neighbourhood of the town, killing at least "
        "seven civilians, according to two residents. The army said it had repelled the "
        'attack and killed dozens of "extremists".'
    )
    events = conflictparse.parse(text, published="2024-03-19").events
    assert len(events) == 2
    attack, shelling = events
    assert attack.side_a is not None and attack.side_a.canonical == "Fano"
    assert attack.fatalities is not None and attack.fatalities > 7
    assert shelling.fatalities == 7


def test_hostages_freed_in_an_operation_make_no_kidnapping() -> None:
    """ "troops had killed seven ADF fighters and freed 30 hostages": a battle, no abduction."""
    text = (
        "BENI, Congo, June 25 (Wire) - An army officer said on Tuesday that troops had "
        "killed seven ADF fighters and freed 30 hostages in an operation near Eringeti."
    )
    [event] = conflictparse.parse(text, published="2025-06-25").events
    assert event.event_type == "Battles"
    assert event.fatalities == 7


def test_two_tolls_at_two_towns_joined_by_and_are_two_incidents_on_the_storys_day() -> (
    None
):
    """
    "Four people were killed when a guided bomb struck a village near
    Kupiansk, and three died in shelling of Nikopol": no day in either half,
    each its own toll and town; two incidents (the three no part of the four).
    """
    text = (
        "KYIV, Nov 3 (Wire) - Russian strikes killed at least seven people across Ukraine "
        "on Sunday, officials said.\n\n"
        "Four people were killed when a guided bomb struck a village near Kupiansk in the "
        "Kharkiv region, and three died in shelling of Nikopol."
    )
    events = conflictparse.parse(text, published="2025-11-03").events
    by_place = {e.place.name if e.place else None: e.fatalities for e in events}
    assert by_place.get("Nikopol") == 3
    assert 4 in by_place.values()


def test_the_enemy_of_a_war_a_relative_clause_recalls_is_no_side() -> None:
    """
    "Israel says its near-daily strikes target Hezbollah, which fought a
    year-long war with Israel": neither Hezbollah's war nor Israel as its
    enemy makes a side of a strike told before.
    """
    text = (
        "BEIRUT, Feb 9 (Wire) - A drone strike on a motorcycle in Bint Jbeil killed two "
        "people on Monday, the health ministry said.\n\n"
        "Israel says its near-daily strikes target Hezbollah, which fought a year-long war "
        "with Israel."
    )
    [event] = conflictparse.parse(text, published="2025-02-09").events
    assert event.side_b is None or event.side_b.canonical != "Military Forces of Israel"
    assert event.side_a is None or event.side_a.canonical != "Hezbollah"


def test_forces_and_allied_militia_are_one_side_led_by_the_forces() -> None:
    """ "government forces and allied clan militia ambushed an Al Shabaab convoy": side A the forces."""
    text = (
        "MOGADISHU, Feb 3 (Wire) - Al Shabaab militants killed two traders in Baidoa on "
        "Sunday, police said.\n\n"
        "In a separate attack on Saturday, government forces and allied clan militia "
        "ambushed an Al Shabaab convoy near Mahas, killing eight fighters, the regional "
        "governor said."
    )
    events = conflictparse.parse(text, published="2025-02-03").events
    [ambush] = [e for e in events if e.fatalities == 8]
    assert _sides(ambush) == ("Military Forces of Somalia", "al-Shabaab")


def test_a_group_that_denied_the_attack_is_not_its_unnamed_bomber() -> None:
    """
    "A suicide bomber ... killing six people ... No group immediately claimed
    responsibility, but suspicion fell on the Pakistani Taliban ... The TTP
    denied involvement": the bomber stays unidentified.
    """
    text = (
        "ISLAMABAD, Feb 20 (Wire) - A suicide bomber blew himself up at a seminary in "
        "Akora Khattak in northwest Pakistan on Friday, killing six people, police said.\n\n"
        "No group immediately claimed responsibility, but suspicion fell on the Pakistani "
        "Taliban. The TTP denied involvement."
    )
    [event] = conflictparse.parse(text, published="2025-02-20").events
    assert event.side_a is not None
    assert event.side_a.canonical != "Tehrik-i-Taliban Pakistan"
    assert event.fatalities == 6


def test_a_blame_with_a_relative_clause_on_the_blamed_names_the_agent() -> None:
    """ "Residents blamed the army, which has used Turkish-made drones ...": side A the army."""
    text = (
        "BAMAKO, Aug 14 (Wire) - A drone strike on a wedding in the village of Dina near "
        "Mopti killed 11 civilians on Wednesday, a local official said. Residents blamed "
        "the army, which has used Turkish-made drones against the jihadists."
    )
    [event] = conflictparse.parse(text, published="2025-08-14").events
    assert event.side_a is not None
    assert (event.side_a.canonical or "").startswith("Military Forces of Mali")
