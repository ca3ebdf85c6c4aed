"""
Event assembly on short modern wire copy (whole pipeline), session 23: the
undated parts of a round-up lead of areas, ... .
"""

from __future__ import annotations

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


def test_an_undated_part_of_a_roundup_of_areas_takes_the_leads_night() -> None:
    """
    "Russian drones and missiles struck several regions overnight into
    Sunday", then "A man was killed in the Dnipropetrovsk region": the
    lead's night and strikes, not the dateline's week and a killing of
    civilians.
    """
    text = (
        "KYIV (Wire) - Russian drones and missiles struck several regions of Ukraine "
        "overnight into Sunday, damaging power plants in Odesa, officials said.\n\n"
        "A man was killed in the Dnipropetrovsk region, the governor said.\n\n"
        "In the Sumy region, a drone hit a school, wounding a teacher."
    )
    events = conflictparse.parse(text, published="2025-03-10").events
    assert [e.place.name if e.place else None for e in events] == [
        "Odesa",
        "Dnipropetrovsk",
        "Sumy",
    ]
    for event in events:
        assert event.date is not None and event.date.value == "2025-03-09"
        assert event.event_type == "Explosions/Remote violence"
    assert _sides(events[1]) == ("Military Forces of Russia", "Civilians")


def test_a_fight_on_the_next_day_dated_by_a_sentence_of_no_deed_is_its_own() -> None:
    """
    "Police arrived on Sunday afternoon. Two officers were wounded in an
    exchange of fire with the gang", after Saturday's massacre: Sunday's
    battle of the police with the gang, apart; the massacre stays violence
    against civilians.
    """
    text = (
        "GUADALAJARA (Wire) - Gunmen killed nine people at a family party in the "
        "town of Tlajomulco in Jalisco state late on Saturday, prosecutors said.\n\n"
        "The attackers opened fire on the guests before fleeing in pickup trucks. "
        "Police arrived on Sunday afternoon. Two officers were wounded in an "
        "exchange of fire with the gang near the town, officials said."
    )
    massacre, fight = conflictparse.parse(text, published="2024-06-04").events
    assert massacre.event_type == "Violence against civilians"
    assert massacre.date is not None and massacre.date.value == "2024-06-01"
    assert [c.best for c in massacre.casualties] == [9]
    assert fight.event_type == "Battles"
    assert fight.date is not None and fight.date.value == "2024-06-02"
    assert _sides(fight) == (
        "Police Forces of Mexico",
        "Unidentified Armed Group (Mexico)",
    )


def test_a_looting_massacre_after_a_battle_is_its_own_incident() -> None:
    """
    "In a nearby village, the militants looted food stores and killed 11
    farmers", after the army's fight with them: an attack on civilians of
    its own, on the battle's day, not more dead of the battle.
    """
    text = (
        "MAIDUGURI (Wire) - Soldiers fought Boko Haram fighters for several hours "
        "near the town of Dikwa in Borno state on Sunday, killing 20 insurgents, "
        "the military said.\n\n"
        "In a nearby village, the militants looted food stores and killed 11 "
        "farmers, a local official said."
    )
    battle, raid = conflictparse.parse(text, published="2025-01-20").events
    assert battle.event_type == "Battles"
    assert [c.best for c in battle.casualties] == [20]
    assert raid.event_type == "Violence against civilians"
    assert [c.best for c in raid.casualties] == [11]
    assert raid.date is not None and raid.date.value == "2025-01-19"
    assert _sides(raid) == ("Boko Haram", "Civilians")


def test_a_merchant_ship_struck_by_a_missile_fired_by_a_group() -> None:
    """
    "A Greek-owned merchant ship was struck by a missile fired by Yemen's
    Houthis": the Houthis fired it (side A, not its target) and the ship's
    crew are side B, foreign civilians at sea.
    """
    text = (
        "ADEN (Wire) - A Greek-owned merchant ship was struck by a missile fired by "
        "Yemen's Houthis in the Gulf of Aden on Monday, injuring one crew member, "
        "a maritime security agency said."
    )
    (event,) = conflictparse.parse(text, published="2024-02-20").events
    assert event.event_type == "Explosions/Remote violence"
    assert _sides(event) == ("Houthis", "Civilians (International)")
    assert event.side_b is not None and event.side_b.kind == "civilians"
    assert text[event.side_b.span.start : event.side_b.span.end] == event.side_b.text


def test_a_patrol_that_came_under_attack_by_no_one_named() -> None:
    """
    "A police patrol came under attack near Afgoye": attacked by nobody the
    story names, the unidentified armed group of Somalia is side A.
    """
    text = (
        "MOGADISHU (Wire) - A police patrol came under attack near the town of "
        "Afgoye in Somalia's Lower Shabelle region on Sunday, killing three "
        "officers, a police officer said."
    )
    (event,) = conflictparse.parse(text, published="2025-05-12").events
    assert event.event_type == "Battles"
    assert _sides(event) == (
        "Unidentified Armed Group (Somalia)",
        "Police Forces of Somalia",
    )
    assert event.side_a is not None
    assert text[event.side_a.span.start : event.side_a.span.end] == event.side_a.text


def test_gunmen_who_shot_dead_an_intelligence_officer_fought_the_states_forces() -> None:
    """
    "Gunmen shot dead a senior intelligence officer": the officer is of the
    state's forces, side B of the attack (a battle), named by the count.
    """
    text = (
        "PESHAWAR (Wire) - Gunmen shot dead a senior intelligence officer in the "
        "northwestern city of Peshawar on Sunday, police said.\n\n"
        "The officer was driving home when the attackers on a motorcycle opened "
        "fire, a police official said."
    )
    (event,) = conflictparse.parse(text, published="2024-09-30").events
    assert event.event_type == "Battles"
    assert _sides(event) == (
        "Unidentified Armed Group (Pakistan)",
        "Military Forces of Pakistan",
    )
    assert (
        event.side_b is not None and event.side_b.text == "a senior intelligence officer"
    )


def test_a_roadside_bomb_that_killed_a_soldier_has_both_sides() -> None:
    """
    "A Nigerian trooper was killed when a roadside bomb exploded": the bomb
    is an unidentified armed group's, the trooper of Nigeria's military.
    """
    text = (
        "MAIDUGURI (Wire) - A Nigerian trooper was killed and two others were "
        "wounded when a roadside bomb exploded as their patrol passed near Gwoza "
        "on Tuesday morning, police said."
    )
    (event,) = conflictparse.parse(text, published="2025-12-03").events
    assert event.event_type == "Explosions/Remote violence"
    assert _sides(event) == (
        "Unidentified Armed Group (Nigeria)",
        "Military Forces of Nigeria",
    )


def test_a_detail_and_the_attackers_return_to_an_incident_two_back() -> None:
    """
    "The attack on the police station in Gusau began shortly after midnight.
    Three of the attackers were killed": Monday's attack, told two incidents
    back, not Wednesday's air strike told last.
    """
    text = (
        "LAGOS (Wire) - Gunmen attacked a police station in the town of Gusau in "
        "Zamfara state on Monday, killing four officers, police said.\n\n"
        "On Tuesday, a roadside bomb killed two soldiers near Bama in Borno state, "
        "the army said.\n\n"
        "On Wednesday, an air strike killed 12 militants near Monguno, the air "
        "force said.\n\n"
        "The attack on the police station in Gusau began shortly after midnight. "
        "Three of the attackers were killed when police returned fire."
    )
    gusau, bama, monguno = conflictparse.parse(text, published="2025-03-13").events
    assert [c.best for c in gusau.casualties] == [4, 3]
    assert [c.best for c in monguno.casualties] == [12]
    assert [c.best for c in bama.casualties] == [2]


def test_a_paragraph_opened_by_the_next_day_at_a_town_of_its_own_is_apart() -> None:
    """
    "On Saturday, militants ambushed a convoy near Gao, killing four
    soldiers", a paragraph after Friday's attack on an army post in central
    Mali: another day's incident, with its own attackers' dead.
    """
    text = (
        "BAMAKO (Wire) - Jihadists attacked an army post in central Mali on Friday, "
        "killing seven soldiers, security sources said. The army said it killed 20 "
        "of the attackers.\n\n"
        "On Saturday, militants ambushed a convoy near Gao, killing four soldiers. "
        "Troops killed six of the attackers, the army said."
    )
    friday, saturday = conflictparse.parse(text, published="2025-08-18").events
    assert friday.date is not None and friday.date.value == "2025-08-15"
    assert [c.best for c in friday.casualties] == [7, 20]
    assert saturday.date is not None and saturday.date.value == "2025-08-16"
    assert saturday.place is not None and saturday.place.name == "Gao"
    assert [c.best for c in saturday.casualties] == [4, 6]


def test_an_attack_on_military_positions_with_civilians_killed_by_stray_bullets() -> None:
    """
    "Jihadists attacked several military positions ... Two civilians were
    killed by stray bullets": a battle with the army whose positions were
    attacked, not violence against the civilians the fight killed.
    """
    text = (
        "BAMAKO (Wire) - Jihadists attacked several military positions in the town "
        "of Kayes in western Mali on Tuesday, the army said, adding that it had "
        "killed more than 80 attackers. JNIM claimed responsibility for the "
        "attacks.\n\nTwo civilians were killed by stray bullets, a hospital source said."
    )
    (event,) = conflictparse.parse(text, published="2025-07-03").events
    assert event.event_type == "Battles"
    assert _sides(event) == (
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Military Forces of Mali (2020-)",
    )


def test_further_north_opens_another_incident() -> None:
    """
    "Further north, ADF militants killed 23 civilians ... on Saturday",
    after three people shot dead overnight in "the city" (of no date or
    place of its own): another incident, its dead no part of the first.
    """
    text = (
        "GOMA (Wire) - M23 rebels entered Bukavu on Sunday, residents said.\n\n"
        "Looters ransacked warehouses in the city overnight, and at least three "
        "people were shot dead, a civil society leader said.\n\n"
        "Further north, ADF militants killed 23 civilians with machetes in the "
        "village of Mayba in North Kivu's Lubero territory on Saturday, local "
        "officials said."
    )
    first, mayba = conflictparse.parse(text, published="2025-02-17").events
    assert [c.best for c in first.casualties] == [3]
    assert [c.best for c in mayba.casualties] == [23]
    assert mayba.place is not None and mayba.place.name == "Mayba"


def test_the_group_that_holds_a_village_struck_is_no_side() -> None:
    """
    "The strike hit Kyauk Ni Maw village, which is under the control of the
    Arakan Army": the group that holds the village is no side of the junta's
    air strike that killed 40 people; the dead are side B.
    """
    text = (
        "YANGON (Wire) - A military air strike on a village in Myanmar's Rakhine "
        "state killed at least 40 people on Wednesday, a local official said.\n\n"
        "The strike hit Kyauk Ni Maw village on Ramree island, which is under the "
        "control of the Arakan Army."
    )
    (event,) = conflictparse.parse(text, published="2025-01-10").events
    assert event.event_type == "Explosions/Remote violence"
    assert _sides(event) == ("Military Forces of Myanmar (2021-)", "Civilians")


def test_officers_who_exchanged_fire_with_gangs_make_a_battle() -> None:
    """
    "Police said officers exchanged fire with the gangs for several hours",
    after gangs attacked a town and killed 10 people: a battle of the police
    with the gangs ("exchanged fire" is a deed, as "an exchange of fire" is).
    """
    text = (
        "PORT-AU-PRINCE (Wire) - Gang members attacked the town of Mirebalais in "
        "central Haiti on Monday, killing at least 10 people, residents said.\n\n"
        "Police said officers exchanged fire with the gangs for several hours "
        "before withdrawing."
    )
    (event,) = conflictparse.parse(text, published="2025-04-01").events
    assert event.event_type == "Battles"
    assert "Police Forces of Haiti" in _sides(event)


def test_the_city_after_a_camp_near_a_city_is_that_city() -> None:
    """
    "The army said its forces repelled an RSF assault on the city's southern
    defences the same day", after the shelling of a camp on the outskirts of
    El Fasher: the city is El Fasher (the only city told), not the dateline.
    """
    text = (
        "PORT SUDAN, June 2 (Wire) - The paramilitary Rapid Support Forces shelled "
        "the Abu Shouk displacement camp on the outskirts of El Fasher on Sunday, "
        "killing at least 14 people, a local resistance committee said.\n\n"
        "The army said its forces repelled an RSF assault on the city's southern "
        "defences the same day, killing dozens of fighters."
    )
    shelling, assault = conflictparse.parse(text, published="2025-06-02").events
    assert shelling.place is not None and shelling.place.name == "Abu Shouk"
    assert assault.place is not None and assault.place.name == "El Fasher"
    assert assault.event_type == "Battles"


def test_a_battle_the_next_day_at_a_town_of_its_own_is_apart_from_strikes() -> None:
    """
    "Fano fighters seized the town of Debre Tabor on Monday after clashes
    with the army", a paragraph after Sunday's drone strikes in the Amhara
    region: a battle of its own, not the strikes' second day and town.
    """
    text = (
        "ADDIS ABABA (Wire) - Ethiopian government drone strikes killed at least 12 "
        "civilians in the Amhara region on Sunday, residents said, as fighting "
        "between federal forces and Fano militiamen intensified.\n\n"
        "Fano fighters seized the town of Debre Tabor on Monday after clashes with "
        "the army, a local official said."
    )
    strikes, battle = conflictparse.parse(text, published="2025-04-22").events
    assert strikes.event_type == "Explosions/Remote violence"
    assert strikes.date is not None and strikes.date.value == "2025-04-20"
    assert battle.event_type == "Battles"
    assert battle.date is not None and battle.date.value == "2025-04-21"
    assert battle.place is not None and battle.place.name == "Debre Tabor"


def test_a_barrage_lead_types_and_dates_its_undated_parts() -> None:
    """
    "Russia attacked Kyiv with hundreds of drones and missiles overnight",
    then "In the southern port of Odesa, a drone attack killed one person":
    the lead is remote violence, and Odesa's drone is of the same night and
    the same Russian barrage, not an unidentified party's of the week.
    """
    text = (
        "KYIV (Wire) - Russia attacked Kyiv with hundreds of drones and missiles "
        "overnight, killing at least 15 people, officials said on Tuesday.\n\n"
        "In the southern port of Odesa, a drone attack killed one person, the "
        "regional governor said."
    )
    kyiv, odesa = conflictparse.parse(text, published="2025-06-17").events
    assert kyiv.event_type == "Explosions/Remote violence"
    assert odesa.event_type == "Explosions/Remote violence"
    assert kyiv.date is not None and odesa.date is not None
    assert odesa.date.value == kyiv.date.value == "2025-06-16/2025-06-17"
    assert _sides(odesa) == ("Military Forces of Russia", "Civilians")


def test_the_army_before_another_speaker_is_a_party() -> None:
    """
    "Fano fighters seized the town of Debre Tabor on Monday after clashes
    with the army, a local official said": the official speaks, the army is
    side B of the battle (it was taken for the source).
    """
    text = (
        "ADDIS ABABA (Wire) - Fano fighters seized the town of Debre Tabor on Monday "
        "after clashes with the army, a local official said."
    )
    (event,) = conflictparse.parse(text, published="2025-04-22").events
    assert event.event_type == "Battles"
    assert _sides(event) == ("Fano", "Military Forces of Ethiopia")
