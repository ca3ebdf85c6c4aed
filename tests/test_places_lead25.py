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


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        ("A bomb exploded in Milan on Monday.", "Milan", "IT-25"),
        ("Police arrested two men in Rome.", "Rome", "IT-62"),
        ("A riot broke out in Lille.", "Lille", "FR-HDF"),
        ("Police clashed with protesters in Dhaka on Monday.", "Dhaka", "BD-C"),
    ],
)
def test_a_town_takes_its_first_level_unit_not_one_named_after_a_seat(
    text: str, name: str, admin1: str
) -> None:
    """
    Lombardy is IT-25, not IT-MI (the metropolitan city of Milan); Dhaka
    division BD-C, not BD-13 (Dhaka district): GeoNames' first-level key
    takes the code of the first-level unit it is.
    """
    places = conflictparse.parse(text, published="2026-07-27").places
    place = next(p for p in places if p.text == name)
    assert place.admin1 == admin1


@pytest.mark.parametrize(
    ("text", "name", "admin1"),
    [
        (
            "Armed youths attacked villages in neighbouring Greater Pibor Administrative "
            "Area on Monday.",
            "Greater Pibor Administrative Area",
            "SS-JG",
        ),
        (
            "Clashes in Ruweng Administrative Area killed five.",
            "Ruweng Administrative Area",
            "SS-UY",
        ),
    ],
)
def test_south_sudans_administrative_areas_are_places(
    text: str, name: str, admin1: str
) -> None:
    """ "in neighbouring Greater Pibor Administrative Area": a district of South Sudan, the scene."""
    places = conflictparse.parse(text, published="2026-02-18").places
    assert [(p.text, p.country, p.admin1) for p in places] == [(name, "SS", admin1)]
