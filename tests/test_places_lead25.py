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


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("A bomb exploded in Cebu City on Monday.", "Cebu City", "PH-07"),
        ("A bomb exploded in Iloilo City on Monday.", "Iloilo City", "PH-06"),
        ("Gunmen attacked a bus in Quezon City on Monday.", "Quezon City", "PH-00"),
        ("Fighting erupted in Kalinga province on Monday.", "Kalinga", "PH-15"),
        (
            "Troops killed six rebels in Himamaylan City in Negros Occidental province.",
            "Himamaylan",
            "PH-06",
        ),
    ],
)
def test_philippine_places_take_their_regions_code(
    text: str, name: str, admin1: str
) -> None:
    """
    The Philippines' first-level units are its regions (ISO 3166-2 PH-00 to
    PH-41): Western Visayas is PH-06, not Iloilo's province code, and
    Kalinga lies in the Cordillera (PH-15), not Soccsksargen.
    """
    places = conflictparse.parse(text, published="2026-07-27").places
    place = next(p for p in places if p.text.startswith(name))
    assert (place.country, place.admin1) == ("PH", admin1)
