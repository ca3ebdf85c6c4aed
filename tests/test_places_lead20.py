"""
Places on short modern wire copy written for the project: a common
village name the gazetteer knows only in other provinces.
"""

from __future__ import annotations

import conflictparse


def test_a_common_village_name_lies_in_the_one_province_the_story_names() -> None:
    """
    "the governor of the Belgorod region said a drone hit a car near the
    village of Nikolskoye": the gazetteer's Nikolskoyes lie in other
    provinces; the village is the Belgorod region's, with no point of its own.
    """
    text = (
        "KYIV (Wire) - The governor of Russia's Belgorod region said a Ukrainian drone "
        "had hit a car near the village of Nikolskoye on Sunday, wounding a woman."
    )
    places = conflictparse.parse(text, published="2025-05-04").places
    [village] = [p for p in places if p.text == "Nikolskoye"]
    assert ("RU", "RU-BEL") == (village.country, village.admin1)
    assert village.latitude is None


def test_a_town_with_no_cue_keeps_its_gazetteer_namesake() -> None:
    """
    Without a settlement cue ("near Lyman"), a known frontline town stays the
    gazetteer's likeliest namesake, whatever province the story names.
    """
    text = (
        "KYIV (Wire) - Russian shelling killed three people in Kherson on Monday. "
        "The Third Assault Brigade said its fighters had destroyed a Russian tank near Lyman."
    )
    places = conflictparse.parse(text, published="2025-05-13").places
    [town] = [p for p in places if p.text == "Lyman"]
    assert "UA-14" == town.admin1


def test_a_town_told_as_a_government_s_seat_is_no_scene() -> None:
    """
    "Port Sudan, the army-backed government's seat, accused the RSF of
    killing 40 civilians ... in El Fasher": Port Sudan speaks for the
    government (role "metonymy"), and the event is El Fasher's.
    """
    text = (
        "PORT SUDAN (Wire) - Port Sudan, the army-backed government's seat, accused the "
        "RSF on Monday of killing 40 civilians in a drone strike on a market in El Fasher."
    )
    report = conflictparse.parse(text, published="2025-02-04")
    [seat] = [p for p in report.places if p.text == "Port Sudan"]
    assert "metonymy" == seat.role
    [event] = report.events
    assert event.place is not None and "El Fasher" == event.place.text


def test_a_town_told_as_a_province_s_capital_stays_a_place() -> None:
    """ "Goma, the capital of North Kivu": a town, not a government."""
    text = (
        "GOMA (Wire) - Rebels shelled Goma, the capital of North Kivu province, on "
        "Monday, killing five civilians."
    )
    places = conflictparse.parse(text, published="2025-02-04").places
    assert {"place"} == {p.role for p in places if p.text == "Goma"}
