"""
Places on short wire copy written for the project, session 24: a village
no table knows takes the province, or the country, its sentence opens on
("In North Darfur, RSF fighters attacked the village of Um Baru"), before
the country of a regional hub's dateline.
"""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    ("opener", "village", "country", "admin1"),
    [
        ("In North Darfur, RSF fighters", "Um Baru", "SD", "SD-DN"),
        ("In Niger, jihadists", "Dargol", "NE", None),
    ],
)
def test_an_unknown_village_takes_the_place_its_sentence_opens_on(
    opener: str, village: str, country: str, admin1: str | None
) -> None:
    text = (
        "CAIRO (Wire) - Fighting continued across the region on Tuesday.\n\n"
        f"{opener} attacked the village of {village} on Tuesday, killing 12 people, "
        "a rights group said."
    )
    places = conflictparse.parse(text, published="2026-11-27").places
    (place,) = [p for p in places if p.text == village]
    assert (place.country, place.admin1) == (country, admin1)
    assert place.kind == "village"


def test_a_province_opening_a_sentence_needs_its_comma() -> None:
    """ "In North Darfur state and beyond ..." opens on no province alone."""
    text = (
        "KHARTOUM (Wire) - In North Darfur and Kordofan, RSF fighters attacked the "
        "village of Um Baru on Tuesday, killing 12 people."
    )
    places = conflictparse.parse(text, published="2026-11-27").places
    (place,) = [p for p in places if p.text == "Um Baru"]
    assert (place.country, place.admin1) == ("SD", None)


@pytest.mark.parametrize(
    "name", ["Michel-Ange Louis-Jeune", "Jean-Pierre Bemba", "Paul-Henri Damiba"]
)
def test_a_compound_given_name_is_no_place(name: str) -> None:
    text = f"PORT-AU-PRINCE (Wire) - {name} spoke to reporters in the capital on Sunday."
    places = conflictparse.parse(text, published="2026-11-17").places
    assert [p.text for p in places] == ["PORT-AU-PRINCE"]


def test_a_hyphenated_town_is_still_a_place() -> None:
    text = "Gunmen killed five people in Port-au-Prince on Sunday."
    (place,) = conflictparse.parse(text, published="2026-11-17").places
    assert (place.text, place.country) == ("Port-au-Prince", "HT")


def test_a_town_named_after_a_saint_is_no_given_name() -> None:
    text = "Gunmen attacked Saint-Denis Hospital in Reunion on Sunday."
    places = conflictparse.parse(text, published="2026-11-17").places
    assert "Saint-Denis" in {p.text for p in places}
