"""
Regression tests of the places family on modern wire copy (session 20,
second round): province names as the news hyphenates them, ... Stories
written for this project.
"""

from __future__ import annotations

import datetime as _dt

from conflictparse import parse
from conflictparse.results import PlaceMention

PUBLISHED = _dt.date(2024, 10, 27)


def _places(text: str) -> list[PlaceMention]:
    return list(parse(text, published=PUBLISHED).places)


def _reading(m: PlaceMention) -> tuple[object, ...]:
    return (m.text, m.role, m.kind, m.country, m.admin1)


def test_hyphenated_province_name_of_the_news() -> None:
    text = (
        "DUBAI, Oct 26 (Reuters) - Gunmen killed 10 police officers in an "
        "attack on a patrol in Sistan-Baluchestan province on Saturday, "
        "state media reported."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Sistan-Baluchestan", "place", "province", "IR", "IR-11") in got


def test_kashmir_named_by_who_holds_it_is_that_side_province() -> None:
    text = (
        "ISLAMABAD, May 7 (AFP) - Indian missile strikes on six sites in "
        "Pakistani Kashmir and Punjab province killed 26 civilians overnight, "
        "the military said. India said it also hit a camp in "
        "Pakistan-administered Kashmir, and Pakistani shelling killed 12 "
        "people in Indian-administered Kashmir."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Pakistani Kashmir", "place", "province", "PK", "PK-JK") in got
    assert ("Pakistan-administered Kashmir", "place", "province", "PK", "PK-JK") in got
    assert ("Indian-administered Kashmir", "place", "province", "IN", "IN-JK") in got


def test_villages_torched_in_a_region_lie_in_it() -> None:
    text = (
        "YANGON, Feb 10 (AFP) - Myanmar troops killed at least eight people "
        "as Kan Gyi and Yay Shin villages were torched in Magway region, "
        "residents said on Saturday."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Kan Gyi", "place", "village", "MM", "MM-03") in got
    assert ("Yay Shin", "place", "village", "MM", "MM-03") in got


def test_site_in_a_countrys_named_province_lies_in_it() -> None:
    text = (
        "KYIV, May 20 (Reuters) - Ukrainian drones hit the Marinovka air base "
        "in Russia's Volgograd region overnight, damaging several aircraft, "
        "Ukraine's military said."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Marinovka", "place", "feature", "RU", "RU-VGG") in got
