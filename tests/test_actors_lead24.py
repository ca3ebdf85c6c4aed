"""
Actors on short wire copy written for the project, session 24: a think
tank, monitor or aid group whose name ends like an armed group's ("Group")
is never the report's salient armed group.
"""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    "source",
    ["the International Crisis Group", "the Minority Rights Group", "a local aid group"],
)
def test_a_think_tank_named_group_is_not_who_the_fighters_are(source: str) -> None:
    text = (
        "YAOUNDE (Wire) - Separatist fighters killed four gendarmes in an attack on a "
        "checkpoint in Cameroon's North-West region on Wednesday, a military source "
        "said.\n\nThe conflict has killed more than 6,500 people since 2017, "
        f"according to {source}."
    )
    report = conflictparse.parse(text, published="2026-11-20")
    (fighters,) = [a for a in report.actors if a.text == "fighters"]
    assert fighters.canonical == "Unidentified Armed Group (Cameroon)"
    (event,) = report.events
    assert event.side_a is not None
    assert event.side_a.canonical == "Unidentified Armed Group (Cameroon)"


def test_a_shared_alias_inside_a_longer_name_abroad_is_neither_group() -> None:
    """
    "Saraya Ansar al-Sunna" in a Syrian story: "Ansar al-Sunna", an alias
    of Mozambique's Islamic State province and of an Iraqi group, inside a
    longer name, is neither of them.
    """
    text = (
        "DAMASCUS (Wire) - An explosion tore through a mosque in Homs during Friday "
        "prayers, killing at least eight worshippers, state media reported.\n\n"
        "A previously unknown Sunni militant group, Saraya Ansar al-Sunna, claimed a "
        "suicide bombing at a church in Damascus in June."
    )
    report = conflictparse.parse(text, published="2026-11-22")
    assert all(a.country in (None, "SY") for a in report.actors)
    assert "Islamic State Mozambique Province" not in {a.canonical for a in report.actors}


@pytest.mark.parametrize("name", ["Al-Shabaab fighters", "Somali al-Shabaab fighters"])
def test_a_shared_alias_in_a_neighbours_story_is_still_read(name: str) -> None:
    text = (
        f"NAIROBI (Wire) - {name} killed five police officers in Mandera on Monday, "
        "police said."
    )
    (group, *_) = conflictparse.parse(text, published="2026-11-24").actors
    assert group.canonical == "al-Shabaab"


@pytest.mark.parametrize(
    ("where", "country"),
    [
        ("in the North Kivu province of Congo", "Democratic Republic of Congo"),
        ("in Congo, officials in Brazzaville said,", "Republic of Congo"),
    ],
)
def test_bare_congo_is_the_democratic_republic_unless_brazzaville_says_otherwise(
    where: str, country: str
) -> None:
    text = f"Rebels killed 12 people {where} on Monday."
    (rebels,) = conflictparse.parse(text, published="2026-11-20").actors
    assert rebels.canonical == f"Unidentified Armed Group ({country})"
