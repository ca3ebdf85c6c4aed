"""
Event assembly on short modern wire copy (whole pipeline), lead of
session 25: air defences' tallies, claims of a conducted strike, and
ground operations backed by air strikes.
"""

from __future__ import annotations

import pytest

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


@pytest.mark.parametrize("second", ["jammed", "intercepted", "destroyed"])
def test_an_air_force_that_shot_down_or_jammed_part_of_a_barrage_is_not_its_sender(
    second: str,
) -> None:
    """
    "Ukraine's air force said it had shot down or jammed 45 of the drones":
    the defence's tally; the barrage, and the deaths it caused, are Russia's.
    """
    text = (
        "KYIV (Wire) - Russia launched 60 drones at Ukraine overnight, killing three "
        "people in the city of Dnipro, officials said on Friday. Ukraine's air force "
        f"said it had shot down or {second} 51 of the drones. A regional official said "
        "a woman and her two sons were killed when a drone hit their home."
    )
    (event,) = conflictparse.parse(text, published="2026-10-16").events
    assert _sides(event)[0] == "Military Forces of Russia"


@pytest.mark.parametrize("verb", ["conducted", "carried out"])
def test_a_command_that_said_it_conducted_an_air_strike_is_its_side_a(verb: str) -> None:
    """
    "The U.S. Africa Command said it had conducted an airstrike against al
    Shabaab": the command's own claim names the striker, no unidentified group.
    """
    text = (
        "MOGADISHU (Wire) - The U.S. Africa Command said on Thursday it had "
        f"{verb} an airstrike against al Shabaab fighters near the town of Jilib "
        "on Oct. 14."
    )
    (event,) = conflictparse.parse(text, published="2026-10-16").events
    assert _sides(event) == ("Military Forces of United States", "al-Shabaab")


@pytest.mark.parametrize(
    ("backing", "expected"),
    [
        ("backed by U.S. airstrikes", "Battles"),
        ("with the support of drone strikes", "Battles"),
        # (the guard: air strikes that did the killing type the incident)
        ("and U.S. airstrikes", "Explosions/Remote violence"),
    ],
)
def test_a_ground_operation_backed_by_air_strikes_is_a_battle(
    backing: str, expected: str
) -> None:
    """
    "Somali forces backed by U.S. airstrikes killed more than 50 al Shabaab
    fighters in an operation": the strikes supported the forces' deed; the
    incident is the operation, a battle the militants said they repulsed.
    """
    text = (
        f"MOGADISHU (Wire) - Somali forces {backing} killed more than 40 al Shabaab "
        "fighters in an operation in the Hiraan region, the defence ministry said on "
        "Monday. Al Shabaab said its fighters had repulsed the attack and killed "
        "15 soldiers."
    )
    events = conflictparse.parse(text, published="2026-10-12").events
    assert [e.event_type for e in events] == [expected]


def test_forces_that_fired_on_border_posts_are_side_a() -> None:
    """ "Taliban forces later fired on Pakistani border posts": a shooting, the forces its side A."""
    text = (
        "KABUL (Wire) - Pakistani airstrikes on Paktika province killed at least 10 "
        "civilians on Saturday, a Taliban government spokesman said. Taliban forces "
        "later fired on Pakistani border posts in the Kurram area, a Pakistani official "
        "said, adding that two Pakistani soldiers were wounded."
    )
    events = conflictparse.parse(text, published="2026-10-27").events
    assert [_sides(e) for e in events] == [
        ("Military Forces of Pakistan", "Civilians"),
        ("Military Forces of Afghanistan (2021-)", "Military Forces of Pakistan"),
    ]


@pytest.mark.parametrize(
    "place", ["the RSF-held town of Kabkabiya", "the RSF-controlled town of Kabkabiya"]
)
def test_the_group_holding_the_scene_is_no_side(place: str) -> None:
    """ "killed 10 people at a market in the RSF-held town of Kabkabiya": the dead are civilians, the RSF no target."""
    text = (
        "KHARTOUM (Wire) - An army drone strike killed at least 10 people at a market "
        f"in {place} in North Darfur on Monday, a monitoring group said."
    )
    (event,) = conflictparse.parse(text, published="2026-09-26").events
    assert _sides(event) == ("Military Forces of Sudan (2021-)", "Civilians")


@pytest.mark.parametrize(
    "claim",
    [
        "Ukrainian forces said they had struck a Russian ammunition depot",
        "Ukraine's military said it hit an ammunition depot",
    ],
)
def test_a_partys_word_that_it_struck_a_depot_is_its_strike(claim: str) -> None:
    """ "Ukrainian forces said they had struck a Russian ammunition depot ... overnight": a strike, theirs."""
    text = (
        "KYIV (Wire) - Russian glide bombs struck a residential area of Kharkiv on "
        "Sunday, killing two people, the governor said. "
        f"{claim} in the occupied part of the Zaporizhzhia region overnight."
    )
    events = conflictparse.parse(text, published="2026-09-28").events
    assert [(e.place.text if e.place else None, _sides(e)[0]) for e in events] == [
        ("Kharkiv", "Military Forces of Russia"),
        ("Zaporizhzhia", "Military Forces of Ukraine"),
    ]


def test_a_storm_that_hit_a_port_is_no_strike() -> None:
    """The guard: "hit" of no party's claim tells no deed."""
    text = "The storm hit the port city of Odesa on Monday, officials said."
    assert conflictparse.parse(text, published="2026-09-28").events == ()


@pytest.mark.parametrize(
    ("claimant", "expected"),
    [
        ("Islamic State", "Islamic State Khorasan Province"),
        ("the Islamic State group", "Islamic State Khorasan Province"),
    ],
)
def test_an_attack_claimed_by_a_group_is_its(claimant: str, expected: str) -> None:
    """ "in an attack claimed by Islamic State": the claimant is side A, as after "claimed responsibility"."""
    text = (
        "KABUL (Wire) - A roadside bomb killed four members of the Taliban's security "
        "forces in Badakhshan province on Saturday, a provincial spokesman said, in "
        f"an attack claimed by {claimant}."
    )
    (event,) = conflictparse.parse(text, published="2026-06-15").events
    assert _sides(event) == (expected, "Military Forces of Afghanistan (2021-)")


def test_the_paramilitary_force_is_the_reports_armed_group() -> None:
    """ "the paramilitary force looted homes ... killing 18 people": the RSF's deed, not an unnamed one."""
    text = (
        "KHARTOUM (Wire) - The Rapid Support Forces attacked villages around Bara "
        "in North Kordofan state this week, a doctors' group said on Thursday. The "
        "group said the paramilitary force looted homes and set fire to a health "
        "centre in the village of Shag Alnom on Tuesday, killing 18 people."
    )
    report = conflictparse.parse(text, published="2026-06-12")
    assert {_sides(e)[0] for e in report.events} == {"Rapid Support Forces"}
    assert [a.canonical for a in report.actors if a.text == "the paramilitary force"] == [
        "Rapid Support Forces"
    ]


@pytest.mark.parametrize(
    ("subject", "expected"),
    [
        (
            "Members of the Gulf Clan, Colombia's largest drug trafficking group,",
            "Clan del Golfo",
        ),
        ("Separately, the Pakistani Taliban, or TTP,", "Tehrik-i-Taliban Pakistan"),
    ],
)
def test_an_apposition_does_not_part_a_group_from_its_harm_verb(
    subject: str, expected: str
) -> None:
    """ "Members of the Gulf Clan, Colombia's largest drug trafficking group, killed seven soldiers": the group acted."""
    text = f"{subject} killed seven soldiers in an ambush on Wednesday, officials said."
    (event,) = conflictparse.parse(text, published="2026-03-27").events
    assert _sides(event)[0] == expected
