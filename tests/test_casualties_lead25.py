"""
Casualty counts on short wire copy written for the project, lead of session
25: members "of" a named group, a party's claim beside an official count,
and quoted victim nouns.
"""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize("group", ["Hezbollah", "Hamas"])
def test_members_of_a_named_group_are_its_members(group: str) -> None:
    """ "killed two members of Hezbollah": the group ends the count and owns it."""
    text = (
        "BEIRUT (Wire) - An Israeli drone strike on a car in southern Lebanon on "
        f"Wednesday killed two members of {group}, the health ministry said."
    )
    report = conflictparse.parse(text, published="2026-11-05")
    (count,) = report.casualties
    assert (count.text, count.victim, count.actor) == (
        f"two members of {group}",
        "militants",
        group,
    )
    assert report.events[0].side_b is not None
    assert report.events[0].side_b.canonical == group


def test_members_of_a_party_stay_people() -> None:
    """The guard: "three members of the ruling party" are no group's fighters."""
    text = "Gunmen killed three members of the ruling party in the town on Monday."
    (count,) = conflictparse.parse(text, published="2026-11-05").casualties
    assert (count.victim, count.actor) == ("people", None)


def test_a_partys_claim_does_not_refine_an_officials_count() -> None:
    """
    "at least six people", then the group's claim of "seven": the claim is
    the party's own word, not the body's exact figure, so the official's
    count stands and the claim is the high bound.
    """
    text = (
        "MAPUTO (Wire) - Islamist insurgents beheaded at least six people in an "
        "attack on a village in Cabo Delgado province, a local official said on "
        "Tuesday. Islamic State claimed the attack and said its fighters had killed "
        'seven "Christians".'
    )
    report = conflictparse.parse(text, published="2026-11-03")
    assert [(c.text, c.superseded) for c in report.casualties] == [
        ("at least six people", False),
        ('seven "Christians"', False),
    ]
    (event,) = report.events
    assert (event.low, event.best, event.high) == (6, 6, 7)


def test_a_later_exact_figure_still_refines_a_round_one() -> None:
    """The guard: a body's own later figure still replaces the lead's "at least"."""
    text = (
        "Gunmen killed at least six people in an attack on a village, a local "
        "official said on Tuesday. The provincial governor later said seven "
        "people had been killed."
    )
    report = conflictparse.parse(text, published="2026-11-03")
    assert [c.superseded for c in report.casualties] == [True, False]


@pytest.mark.parametrize(
    ("sentence", "victim", "replaced"),
    [
        (
            "The army said the attackers had been repulsed and that 20 of them were "
            "killed.",
            "militants",
            False,
        ),
        (
            "The militants fled and 12 of them were captured, the army said.",
            "militants",
            False,
        ),
        # (guards: a speaker is no antecedent, and such a "them" may be the
        # soldiers, a newer toll; people counted before stay people)
        ("Police said 20 of them were killed.", "people", True),
        ("Seven villagers were wounded and four of them were killed.", "people", False),
    ],
)
def test_a_passives_of_them_counts_the_armed_group_named_before(
    sentence: str, victim: str, replaced: bool
) -> None:
    """
    "the attackers had been repulsed and that 20 of them were killed": the
    twenty are attackers, so they do not replace the soldiers the attack
    killed as a newer toll of "people" would.
    """
    text = (
        "JUBA (Wire) - Gunmen attacked a military barracks in Nasir county on Monday, "
        f"killing at least 15 soldiers, a local official said. {sentence}"
    )
    counts = conflictparse.parse(text, published="2026-10-28").casualties
    assert (counts[0].text, counts[0].superseded) == ("at least 15 soldiers", replaced)
    assert counts[-1].victim == victim


def test_an_earlier_toll_is_outdated_by_the_risen_one() -> None:
    """
    "The death toll ... rose to 21 ... Earlier, officials had put the toll at
    12": the earlier toll is the outdated one, and it neither replaces the
    attackers killed nor takes their category.
    """
    text = (
        "MOGADISHU (Wire) - The death toll from an al Shabaab siege of a hotel in "
        "central Mogadishu rose to 21 on Tuesday, including 17 civilians and four "
        "security personnel, police said. All six attackers were killed. Earlier, "
        "officials had put the toll at 12."
    )
    counts = conflictparse.parse(text, published="2026-09-30").casualties
    got = {c.text: (c.superseded, c.victim) for c in counts}
    assert got["21"] == (False, "unknown")
    assert got["six attackers"] == (False, "militants")
    assert got["12"] == (True, "unknown")


@pytest.mark.parametrize(
    ("group", "victim"),
    [
        ("the Jalisco New Generation Cartel", "militants"),
        ("the RSF", "militants"),
        # (the guard: a party's members are people)
        ("the Arena party", "people"),
    ],
)
def test_members_of_an_armed_militia_are_its_fighters(group: str, victim: str) -> None:
    """ "killed 11 members of the Jalisco New Generation Cartel": militants of the cartel."""
    text = f"Soldiers killed 11 members of {group} in a shootout on Tuesday."
    (count,) = conflictparse.parse(text, published="2026-09-24").casualties
    assert (count.text, count.victim) == (f"11 members of {group}", victim)


@pytest.mark.parametrize("victim", ["a religious scholar", "a preacher", "a muezzin"])
def test_a_scholar_shot_dead_is_a_civilian_killed(victim: str) -> None:
    """ "gunmen ... shot dead a religious scholar outside a mosque": one civilian killed."""
    text = (
        f"Gunmen on a motorcycle shot dead {victim} outside a mosque in Herat on Sunday."
    )
    report = conflictparse.parse(text, published="2026-06-15")
    assert [(c.text, c.victim, c.best) for c in report.casualties] == [
        (victim, "civilians", 1)
    ]
    assert [e.event_type for e in report.events] == ["Violence against civilians"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Fighting between Fano and the army killed another 12 people, a health worker said.",
        "Another 12 people were killed in fighting, a health worker said.",
    ],
)
def test_another_n_people_killed_is_a_count(sentence: str) -> None:
    """ "killed another 12 people": twelve, in the active voice as in the passive."""
    counts = conflictparse.parse(sentence, published="2026-05-20").casualties
    assert [(c.text, c.outcome, c.best) for c in counts] == [("12 people", "killed", 12)]
