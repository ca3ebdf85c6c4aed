"""
Event assembly on short modern wire copy (whole pipeline), session 22: the
side a struck post names, fights among one kind of group, looting and
coming under fire as deeds, and a country's round-up toll after an incident.
"""

from __future__ import annotations

import pytest

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


@pytest.mark.parametrize(
    ("deed", "side_b"),
    [
        ("seized a police post", "Police Forces of Mali (2020-)"),
        ("ambushed an army convoy", "Military Forces of Mali (2020-)"),
    ],
)
def test_a_struck_post_of_no_named_force_makes_the_states_forces_side_b(
    deed: str, side_b: str
) -> None:
    """
    "JNIM fighters seized a police post near Nioro", the police named
    nowhere else: side B is the police of the incident's country, named by
    the post's words.
    """
    text = (
        f"BAMAKO (Wire) - JNIM fighters {deed} near Nioro du Sahel in western Mali "
        "on Friday, killing five officers, security sources said."
    )
    (event,) = conflictparse.parse(text, published="2026-03-14").events
    assert _sides(event) == ("Jama'at Nusrat al-Islam wal-Muslimin", side_b)
    assert event.side_b is not None and event.side_b.kind == "state"
    assert text[event.side_b.span.start : event.side_b.span.end] == event.side_b.text


def test_a_fight_between_armed_groups_has_the_group_on_both_sides() -> None:
    """
    "A gunfight between armed groups" killed eight: a battle of the
    unidentified armed group with itself, not an attack on civilians (the
    families who fled are no side).
    """
    text = (
        "PORT-AU-PRINCE (Wire) - At least eight people were killed in a gunfight "
        "between armed groups in Carrefour-Feuilles on Wednesday, residents said.\n\n"
        "Dozens of families fled the area as the shooting continued into the night."
    )
    (event,) = conflictparse.parse(text, published="2026-04-03").events
    assert event.event_type == "Battles"
    assert _sides(event) == (
        "Unidentified Armed Group (Haiti)",
        "Unidentified Armed Group (Haiti)",
    )


def test_looting_is_a_deed_of_its_own_place_and_day() -> None:
    """
    "Gangs looted a hospital in Mirebalais on Tuesday. At least 10 people
    were killed during the attack": the looting is the incident, at its
    town and day, not at the dateline in the week up to the report.
    """
    text = (
        "PORT-AU-PRINCE (Wire) - Gangs looted a hospital in Mirebalais in central Haiti "
        "on Tuesday, health officials said. At least 10 people were killed during the "
        "attack, they said."
    )
    (event,) = conflictparse.parse(text, published="2026-03-20").events
    assert event.place is not None and event.place.name == "Mirebalais"
    assert event.date is not None and event.date.value == "2026-03-17"
    assert event.fatalities == 10


@pytest.mark.parametrize("under", ["came under fire", "came under attack"])
def test_what_came_under_fire_is_no_agent(under: str) -> None:
    """
    "A convoy of the World Food Programme came under fire on Thursday near
    El Fasher": the convoy was shot at, on its day; its agency attacked
    nobody.
    """
    text = (
        f"PORT SUDAN (Wire) - A convoy of the World Food Programme {under} on "
        "Thursday near El Fasher, killing two drivers, the agency said."
    )
    (event,) = conflictparse.parse(text, published="2026-05-16").events
    assert event.date is not None and event.date.value == "2026-05-14"
    assert event.place is not None and event.place.name == "El Fasher"
    assert event.side_a is None or event.side_a.canonical != "United Nations"
    assert event.fatalities == 2


def test_a_countrys_round_up_toll_is_no_part_of_a_towns_incident() -> None:
    """
    "In the past 24 hours, Russian attacks killed at least nine civilians
    across Ukraine", after a drone strike on Kherson that killed three: the
    country's sum is neither the Kherson strike's toll nor an incident.
    """
    text = (
        "KYIV (Wire) - Russian drones struck an apartment building in Kherson on "
        "Monday, killing three people and wounding seven, the governor said.\n\n"
        "In the past 24 hours, Russian attacks killed at least nine civilians across "
        "Ukraine, officials said."
    )
    (event,) = conflictparse.parse(text, published="2026-04-14").events
    assert event.place is not None and event.place.name == "Kherson"
    assert event.fatalities == 3


def test_a_ship_struck_by_a_missile_is_a_strike_of_its_claimant() -> None:
    """
    "A merchant ship was struck by a missile west of Hodeidah on Wednesday
    ... The Houthis said they had targeted the ship": a strike, on its day,
    by those who claimed it.
    """
    text = (
        "SANAA (Wire) - A merchant ship was struck by a missile about 60 nautical miles "
        "west of Hodeidah in the Red Sea on Wednesday, the UKMTO agency said.\n\n"
        "The Houthis said they had targeted the ship."
    )
    (event,) = conflictparse.parse(text, published="2026-01-22").events
    assert event.event_type == "Explosions/Remote violence"
    assert event.date is not None and event.date.value == "2026-01-21"
    assert event.side_a is not None and event.side_a.canonical == "Houthis"


def test_a_vessel_attacked_is_typed_by_what_struck_it() -> None:
    """
    "A merchant vessel reported being attacked ... The vessel was struck by
    an unknown projectile": an attack at sea by a projectile, not a battle.
    """
    text = (
        "DUBAI (Wire) - A merchant vessel reported being attacked west of Hodeidah on "
        "Wednesday, the UKMTO agency said. The vessel was struck by an unknown "
        "projectile, it said."
    )
    (event,) = conflictparse.parse(text, published="2026-01-22").events
    assert event.event_type == "Explosions/Remote violence"


def test_a_group_blamed_as_fighters_loyal_to_it_is_side_a() -> None:
    """
    "Insurgents killed 14 farmers ... He blamed fighters loyal to ISWAP": the
    group the official blamed, named as the fighters' allegiance, is side A,
    not an unidentified armed group.
    """
    text = (
        "MAIDUGURI, Nigeria (Wire) - Insurgents killed at least 14 farmers in Borno's "
        "Gwoza district on Saturday, a local official said. He blamed fighters loyal "
        "to ISWAP, which has stepped up attacks on farmers."
    )
    (event,) = conflictparse.parse(text, published="2026-02-08").events
    assert event.side_a is not None
    assert event.side_a.canonical == "Islamic State West Africa Province"


def test_the_day_of_a_claim_is_not_the_incidents() -> None:
    """
    "Militants killed 50 soldiers ... on Sunday. JNIM claimed the attack on
    Monday": the attack was on Sunday; Monday is the claim's day.
    """
    text = (
        "OUAGADOUGOU (Wire) - Militants killed at least 50 soldiers in an attack on an "
        "army post near Djibasso in western Burkina Faso on Sunday, security sources "
        "said.\n\nJNIM claimed the attack on Monday."
    )
    (event,) = conflictparse.parse(text, published="2026-07-02").events
    assert event.date is not None and event.date.value == "2026-06-28"


def test_the_juntas_later_air_strikes_on_villages_are_an_incident_of_its_forces() -> None:
    """
    "Resistance fighters ambushed a military column in Magway region ...
    The junta later carried out air strikes on two nearby villages, killing
    six civilians": a reprisal of its own, in the ambush's region and day,
    by the military (not the government), with its own dead.
    """
    text = (
        "YANGON (Wire) - Resistance fighters ambushed a military column in Myanmar's "
        "Magway region on Saturday, killing at least 15 soldiers, a local People's "
        "Defence Force group said.\n\n"
        "The junta later carried out air strikes on two nearby villages, killing six "
        "civilians, residents said."
    )
    ambush, strikes = conflictparse.parse(text, published="2026-04-06").events
    assert ambush.fatalities == 15
    assert strikes.event_type == "Explosions/Remote violence"
    assert strikes.fatalities == 6
    assert _sides(strikes) == ("Military Forces of Myanmar (2021-)", "Civilians")
    assert strikes.place is not None and strikes.place.text == "Magway"
    assert strikes.date is not None and strikes.date.value == "2026-04-04"


def test_an_incident_the_one_before_came_a_day_after_is_of_the_day_before() -> None:
    """
    "Russian drones struck Kherson on Monday ... The attack came a day after
    a missile strike on Sumy killed four people": the Sumy strike was on
    Sunday, not some day of the week up to the report.
    """
    text = (
        "KYIV (Wire) - Russian drones struck an apartment building in Kherson on "
        "Monday, killing three people, the governor said.\n\n"
        "The attack came a day after a missile strike on Sumy killed four people."
    )
    kherson, sumy = conflictparse.parse(text, published="2026-04-14").events
    assert kherson.date is not None and kherson.date.value == "2026-04-13"
    assert sumy.place is not None and sumy.place.text == "Sumy"
    assert sumy.date is not None and sumy.date.value == "2026-04-12"
    assert sumy.fatalities == 4


def test_a_group_that_said_it_had_taken_control_of_a_base_is_side_a() -> None:
    """
    "The Arakan Army said on Wednesday it had taken control of the last
    military base in Maungdaw": the group's claim of its own deed makes it
    side A, not only the source.
    """
    text = (
        "YANGON (Wire) - The Arakan Army said on Wednesday it had taken control of the "
        "last military base in Maungdaw township after weeks of fighting.\n\n"
        "Dozens of junta soldiers were killed, the group said in a statement."
    )
    (event,) = conflictparse.parse(text, published="2026-10-30").events
    assert _sides(event) == ("Arakan Army", "Military Forces of Myanmar (2021-)")


def test_a_deed_of_its_own_at_the_city_before_is_at_that_city() -> None:
    """
    "The army said its aircraft had struck RSF positions east of the city in
    response", after the RSF's shelling near El Fasher: an incident of its
    own, at El Fasher, not at the dateline's Khartoum.
    """
    text = (
        "KHARTOUM (Wire) - The Rapid Support Forces shelled a displacement camp near "
        "El Fasher on Sunday, killing at least 23 people, a local committee said.\n\n"
        "The RSF has besieged El Fasher, the army's last stronghold in Darfur, for "
        "more than a year. The army said its aircraft had struck RSF positions east "
        "of the city in response."
    )
    shelling, strikes = conflictparse.parse(text, published="2026-03-02").events
    assert shelling.place is not None and shelling.place.name == "El Fasher"
    assert strikes.place is not None and strikes.place.name == "El Fasher"
    assert _sides(strikes) == ("Military Forces of Sudan (2021-)", "Rapid Support Forces")


def test_a_fight_between_unnamed_factions_has_the_unidentified_group_on_both_sides() -> (
    None
):
    """
    "Clashes between rival armed factions in Tripoli killed six people": no
    mention names the factions; both sides are Libya's unidentified armed
    group, named by the words of the fight.
    """
    text = (
        "TRIPOLI (Wire) - Clashes between rival armed factions in the Libyan capital "
        "Tripoli killed at least six people overnight, the health ministry said on "
        "Wednesday."
    )
    (event,) = conflictparse.parse(text, published="2026-06-11").events
    assert event.event_type == "Battles"
    assert _sides(event) == (
        "Unidentified Armed Group (Libya)",
        "Unidentified Armed Group (Libya)",
    )
    assert event.side_a is not None
    assert text[event.side_a.span.start : event.side_a.span.end] == "rival armed factions"


def test_an_operation_to_free_hostages_is_a_battle_of_its_own() -> None:
    """
    "Militants attacked a passenger train ..., taking dozens of people
    hostage ... Security forces launched an operation to free the hostages,
    killing 16 militants": the rescue is the forces' battle with the
    kidnappers; its dead are no toll of the abduction.
    """
    text = (
        "ISLAMABAD (Wire) - Militants attacked a passenger train in southwest "
        "Pakistan's Balochistan province on Tuesday, taking dozens of people hostage, "
        "officials said.\n\n"
        "The Baloch Liberation Army claimed responsibility. Security forces launched "
        "an operation to free the hostages, killing 16 militants, the military said."
    )
    hijack, rescue = conflictparse.parse(text, published="2026-07-08").events
    assert hijack.event_type == "Violence against civilians"
    assert not hijack.fatalities
    assert rescue.event_type == "Battles"
    assert rescue.fatalities == 16
    assert _sides(rescue) == (
        "Military Forces of Pakistan",
        "Balochistan Liberation Army",
    )
    assert rescue.place is not None and rescue.place.text == "Balochistan"


def test_a_region_of_one_country_is_a_better_scene_than_the_dateline() -> None:
    """
    "an air strike against Islamic State fighters in the Golis mountains of
    Somalia's Puntland region", filed from Mogadishu: the scene is Puntland,
    not the dateline's capital (the country named beside it tells less).
    """
    text = (
        "MOGADISHU (Wire) - The U.S. military said on Thursday it had carried out an "
        "air strike against Islamic State fighters in the Golis mountains of "
        "Somalia's Puntland region, killing three militants."
    )
    (event,) = conflictparse.parse(text, published="2026-05-23").events
    assert event.place is not None and event.place.text == "Puntland"


def test_looting_named_as_a_concern_is_no_deed() -> None:
    """ "concerned about widespread looting": the noun, told of no one doing it, is no deed."""
    text = (
        "PORT-AU-PRINCE (Wire) - The U.N. said it was concerned about widespread "
        "looting in the capital."
    )
    assert conflictparse.parse(text, published="2026-05-16").events == ()


def test_the_other_sides_later_air_strike_in_another_territory_is_its_own() -> None:
    """
    "Palestinian militants fired rockets from the Gaza Strip at southern
    Israel on Sunday ... Israeli aircraft later struck a rocket launching
    site in Beit Hanoun, in the northern Gaza Strip": an incident of its
    own, at Beit Hanoun on the same day, by Israel's military (its
    aircraft's demonym names it).
    """
    text = (
        "GAZA (Wire) - Palestinian militants fired rockets from the Gaza Strip at "
        "southern Israel on Sunday, the Israeli military said. There were no reports "
        "of casualties.\n\n"
        "Israeli aircraft later struck what the military said was a rocket launching "
        "site in Beit Hanoun, in the northern Gaza Strip."
    )
    rockets, strike = conflictparse.parse(text, published="2026-04-14").events
    assert rockets.event_type == "Explosions/Remote violence"
    assert strike.place is not None and strike.place.text == "Beit Hanoun"
    assert strike.date is not None and strike.date.value == "2026-04-12"
    assert strike.side_a is not None
    assert strike.side_a.canonical == "Military Forces of Israel"
    assert text[strike.side_a.span.start : strike.side_a.span.end] == "Israeli aircraft"


def test_a_lead_toll_over_part_of_a_country_lends_its_day_to_the_towns_after() -> None:
    """
    "Israeli strikes on southern Lebanon killed five people on Friday ...
    Another strike on a motorcycle near Tyre killed three people": the
    lead's toll sums the strikes the body tells; Tyre's is of Friday too.
    """
    text = (
        "BEIRUT (Wire) - Israeli strikes on southern Lebanon killed five people on "
        "Friday, including two paramedics, Lebanon's health ministry said.\n\n"
        "One strike hit a civil defence centre in the town of Bint Jbeil, killing the "
        "two paramedics, the ministry said. Another strike on a motorcycle near Tyre "
        "killed three people."
    )
    events = conflictparse.parse(text, published="2026-03-28").events
    tyre = events[-1]
    assert tyre.place is not None and tyre.place.text == "Tyre"
    assert tyre.date is not None and tyre.date.value == "2026-03-27"
    assert tyre.fatalities == 3
