"""Places on short modern wire copy, lead of session 25: a province after a country's possessive and a compass word."""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    "after",
    [
        "in Nigeria's northeastern Borno state",
        "in Nigeria's Borno state",
        "in northeastern Borno state",
    ],
)
def test_an_unknown_town_takes_the_province_after_a_possessive_and_compass(
    after: str,
) -> None:
    """ "the town of Darul Jamal in Nigeria's northeastern Borno state": the town is in Borno."""
    text = f"Boko Haram fighters attacked the town of Darul Jamal {after} on Friday."
    places = conflictparse.parse(text, published="2026-08-30").places
    town = next(p for p in places if p.text == "Darul Jamal")
    assert (town.country, town.admin1) == ("NG", "NG-BO")
