"""
Event assembly on short wire copy written for the project (whole pipeline),
session 24, lead: "the same city" as the place of an incident before, and a
tally of operations over a window of days or told with no day, which is no
part of the incident told before it.
"""

from __future__ import annotations

import pytest

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


@pytest.mark.parametrize("noun", ["city", "town"])
def test_a_strike_on_the_same_city_on_another_day_is_at_that_city(noun: str) -> None:
    """
    "Last Thursday, a strike on the same city killed two people", after
    the night's strikes on Ternopil: another incident, at Ternopil, not at
    the dateline's Kyiv.
    """
    text = (
        "KYIV (Wire) - Russian drones and missiles struck Ternopil overnight into "
        "Wednesday, killing three people and wounding 17 others, officials said.\n\n"
        f"Last Thursday, a strike on the same {noun} killed two people."
    )
    first, second = conflictparse.parse(text, published="2026-11-26").events
    assert first.place is not None and first.place.name == "Ternopil"
    assert second.date is not None and second.date.value == "2026-11-19"
    assert second.place is not None and second.place.name == "Ternopil"
    assert [c.best for c in second.casualties] == [2]


@pytest.mark.parametrize(
    "tally",
    [
        "in several operations in Khyber Pakhtunkhwa province",
        "in operations in Khyber Pakhtunkhwa province over the past 48 hours",
        "in a series of raids in Khyber Pakhtunkhwa province",
    ],
)
def test_the_armys_tally_of_operations_is_no_part_of_a_checkpoint_attack(
    tally: str,
) -> None:
    """
    "Pakistan's military said its forces had killed 23 militants in several
    operations" after militants' attack on a police checkpoint: the
    forces' tally is not the checkpoint attack's toll, nor are the forces
    its attackers.
    """
    text = (
        "PESHAWAR (Wire) - Militants attacked a police checkpoint in the northwestern "
        "district of Bannu late on Wednesday, killing four policemen, police said on "
        "Thursday.\n\n"
        f"Pakistan's military said on Thursday its forces had killed 23 militants {tally}."
    )
    events = conflictparse.parse(text, published="2026-11-20").events
    attack = events[0]
    assert attack.place is not None and attack.place.name == "Bannu"
    assert [c.best for c in attack.casualties] == [4]
    assert attack.side_a is not None and attack.side_a.kind != "state"
    assert _sides(attack)[1] == "Police Forces of Pakistan"


def test_a_part_of_a_toll_told_before_is_a_detail_of_its_incident() -> None:
    """
    "Among the dead were five members of one family whose house in Khan
    Younis was hit", after strikes that killed 25 in Gaza City: a part of
    the toll, not an incident of its own with no day and no toll.
    """
    text = (
        "GAZA (Wire) - Israeli strikes killed at least 25 Palestinians in Gaza City "
        "on Thursday, health officials said.\n\n"
        "Among the dead were five members of one family whose house in Khan Younis "
        "was hit by an air strike, medics said."
    )
    (event,) = conflictparse.parse(text, published="2026-11-21").events
    assert event.date is not None and event.date.value == "2026-11-19"
    assert event.best == 25
    assert [c.best for c in event.casualties] == [25, 5]


@pytest.mark.parametrize("weapon", ["fire", "tank fire", "gunfire"])
def test_a_states_fire_that_killed_is_its_military(weapon: str) -> None:
    """ "Israeli fire killed at least 25 Palestinians": the Israeli military's deed."""
    text = (
        f"GAZA (Wire) - Israeli {weapon} killed at least 25 Palestinians across the "
        "Gaza Strip on Thursday, health officials said."
    )
    report = conflictparse.parse(text, published="2026-11-21")
    (actor,) = report.actors
    assert actor.canonical == "Military Forces of Israel"
    assert actor.text == f"Israeli {weapon}"
    (event,) = report.events
    assert _sides(event)[0] == "Military Forces of Israel"


@pytest.mark.parametrize("told", ["took place", "was carried out"])
def test_the_strike_took_place_on_a_day_dates_the_strike(told: str) -> None:
    """
    "The U.S. military said Sunday it carried out an airstrike ... The
    strike took place on Friday": the strike's day is Friday, not the week
    before the claim (nor the year of a tally told after it).
    """
    text = (
        "MOGADISHU (Wire) - The U.S. military said Sunday it carried out an airstrike "
        "against Islamic State militants in Somalia's northeastern Puntland region, "
        "killing three fighters.\n\n"
        f"The strike {told} on Friday, the U.S. Africa Command said.\n\n"
        "The U.S. has carried out more than 100 airstrikes in Somalia this year."
    )
    (event,) = conflictparse.parse(text, published="2026-11-23").events
    assert event.date is not None and event.date.value == "2026-11-20"
    assert event.best == 3


@pytest.mark.parametrize(
    "clause",
    [
        "which has been a battleground for the Santa Rosa de Lima cartel and the "
        "Jalisco New Generation Cartel",
        "where the Jalisco New Generation Cartel is active",
    ],
)
def test_the_parties_of_a_places_story_are_no_sides(clause: str) -> None:
    """
    "The attack happened in Salamanca, which has been a battleground for
    the Santa Rosa de Lima cartel and the CJNG": the clause tells the
    town's story; the family gathering's dead are civilians, not a cartel.
    """
    text = (
        "MEXICO CITY (Wire) - Gunmen opened fire on a family gathering in the state "
        "of Guanajuato late Tuesday, killing 11 people, the state prosecutor's office "
        f"said Wednesday.\n\nThe attack happened in the town of Salamanca, {clause}."
    )
    (event,) = conflictparse.parse(text, published="2026-11-26").events
    assert event.event_type == "Violence against civilians"
    assert _sides(event) == ("Unidentified Armed Group (Mexico)", "Civilians")
    assert event.place is not None and event.place.name == "Salamanca"


@pytest.mark.parametrize(
    "town", ["in Kherson on Sunday", "across Ukraine over the past day"]
)
def test_a_states_attacks_that_killed_are_its_forces_deed(town: str) -> None:
    """
    "Russian attacks killed at least seven people": Russia's forces are
    side A, not the harmed side B of a battle with nobody.
    """
    text = f"KYIV (Wire) - Russian attacks killed at least seven people {town}, officials said."
    (event,) = conflictparse.parse(text, published="2026-11-24").events
    assert _sides(event) == ("Military Forces of Russia", "Civilians")


def test_the_named_groups_a_fight_pitted_are_its_sides() -> None:
    """
    "Heavy clashes broke out between rival armed groups ... The fighting
    pitted the Radaa force against the 444th Brigade": the two named groups
    are the battle's sides, not the unidentified "armed groups".
    """
    text = (
        "TRIPOLI (Wire) - Heavy clashes broke out between rival armed groups in the "
        "Libyan capital Tripoli late on Wednesday, killing at least six people, "
        "medics said on Thursday.\n\n"
        "The fighting pitted the Radaa force against the 444th Brigade, residents said."
    )
    (event,) = conflictparse.parse(text, published="2026-11-20").events
    assert event.event_type == "Battles"
    assert _sides(event) == ("Rada Special Deterrence Force", "444 Brigade")


@pytest.mark.parametrize(
    "blame",
    [
        "They blamed a dissident faction of the former FARC rebels led by a commander "
        "known as Ivan Mordisco.",
        "Local leaders blamed FARC dissidents.",
    ],
)
def test_a_group_blamed_in_a_long_description_is_side_a(blame: str) -> None:
    """
    "They blamed a dissident faction of the former FARC rebels led by a
    commander known as Ivan Mordisco": the blamed group is side A of the
    killing told before, however long its description.
    """
    text = (
        "BOGOTA (Wire) - Colombian authorities found the bodies of six men with gunshot "
        "wounds in a rural area of Cauca province on Tuesday, the army said.\n\n"
        f"{blame}"
    )
    (event,) = conflictparse.parse(text, published="2026-11-25").events
    assert _sides(event) == ("FARC dissidents", "Civilians")


@pytest.mark.parametrize(
    "rest", ["Other attacks hit Odesa", "Other Russian drones struck Odesa"]
)
def test_the_rest_of_a_barrage_is_of_its_night_agent_and_kind(rest: str) -> None:
    """
    "Other attacks hit Odesa, where a man was killed", after a Russian
    missile strike on Dnipro early Wednesday: the same night's strikes by
    the same forces, not an undated killing of civilians by nobody.
    """
    text = (
        "KYIV (Wire) - A Russian missile strike on an apartment building in Dnipro "
        "killed at least 11 people early Wednesday, Ukrainian officials said.\n\n"
        f"{rest}, where a man was killed."
    )
    first, second = conflictparse.parse(text, published="2026-11-26").events
    assert (
        second.date is not None and second.date.value == first.date.value == "2026-11-25"
    )
    assert _sides(second) == ("Military Forces of Russia", "Civilians")
    assert second.event_type == "Explosions/Remote violence"
    assert second.place is not None and second.place.name == "Odesa"


def test_forces_that_fought_a_gang_beside_a_foreign_force_are_no_auxiliary_of_it() -> (
    None
):
    """
    "Haitian police and a Kenyan-led multinational force killed at least 12
    gang members ... One police officer was wounded": the gang is side B,
    not the police (who acted, with "a" before their partner), and
    "Michel-Ange Louis-Jeune" is a spokesman, no place Michel.
    """
    text = (
        "PORT-AU-PRINCE (Wire) - Haitian police and a Kenyan-led multinational force "
        "killed at least 12 gang members during an operation in the capital's Solino "
        "neighbourhood on Sunday, police said.\n\n"
        "One police officer was wounded in the operation, spokesperson Michel-Ange "
        "Louis-Jeune said. The gang coalition Viv Ansanm did not comment."
    )
    report = conflictparse.parse(text, published="2026-11-17")
    assert "Michel" not in {p.text for p in report.places}
    (event,) = report.events
    assert _sides(event)[1] == "Viv Ansanm"
    assert sorted(c.best for c in event.casualties) == [1, 12]


def test_the_group_a_town_was_retaken_from_is_side_b() -> None:
    """
    "Myanmar's military retook the town of Nawnghkio after more than a year
    under the control of the TNLA, state media reported": the TNLA lost the
    town to the deed (side B of a battle), and is no source of the report.
    """
    text = (
        "YANGON (Wire) - Myanmar's military retook the town of Nawnghkio in northern "
        "Shan state on Monday after more than a year under the control of the Ta'ang "
        "National Liberation Army (TNLA), state media reported.\n\n"
        "Residents said fighting around the town had killed at least six civilians "
        "since Friday."
    )
    (event,) = conflictparse.parse(text, published="2026-11-18").events
    assert event.event_type == "Battles"
    assert _sides(event) == (
        "Military Forces of Myanmar (2021-)",
        "Ta'ang National Liberation Army",
    )


def test_a_village_under_a_groups_control_struck_makes_no_side() -> None:
    """The holder of a struck village, no capture told, is still no party."""
    text = (
        "YANGON (Wire) - A junta air strike on Kyauk Ni Maw village, which is under "
        "the control of the Arakan Army, killed 12 civilians on Monday, residents said."
    )
    (event,) = conflictparse.parse(text, published="2026-11-18").events
    assert _sides(event)[1] == "Civilians"


@pytest.mark.parametrize(
    "after",
    [
        "The attack came days after 40 people were killed in Bokkos, about 100 km away.",
        "The attack came three days after a drone strike killed 10 to 15 people at a "
        "market in the same area.",
    ],
)
def test_a_toll_the_attack_came_days_after_is_not_its_own(after: str) -> None:
    """
    "The attack came days after 40 people were killed in Bokkos": an older
    incident recalled; its dead are not the attack's.
    """
    text = (
        "JOS, Nigeria (Wire) - Gunmen killed at least 52 people in overnight attacks "
        f"on Zike village in Plateau state, police said on Tuesday.\n\n{after}"
    )
    events = conflictparse.parse(text, published="2026-04-22").events
    assert events[0].best == 52
    assert [c.best for c in events[0].casualties] == [52]


@pytest.mark.parametrize(
    ("deed", "kind"),
    [
        (
            "struck an oil refinery in Russia's Saratov region",
            "Explosions/Remote violence",
        ),
        ("struck a fuel depot near Belgorod", "Explosions/Remote violence"),
    ],
)
def test_forces_that_struck_a_facility_struck_from_afar(deed: str, kind: str) -> None:
    """ "its forces struck an oil refinery": a strike on a facility, not a battle."""
    text = (
        "KYIV (Wire) - Ukraine's General Staff said on Wednesday its forces "
        f"{deed} overnight, causing a fire."
    )
    (event,) = conflictparse.parse(text, published="2026-11-26").events
    assert event.event_type == kind
    assert _sides(event)[0] == "Military Forces of Ukraine"
