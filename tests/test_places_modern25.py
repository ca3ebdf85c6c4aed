"""
Regression tests of the places family on modern wire copy (session 25):
Manipur's small towns, the Gondar zones of Amhara, a state noun after
"remained", a French "Saint-" compound, a village listed with villages of
one province, a town after a building's "in". Stories written for this
project.
"""

from __future__ import annotations

# (the readers of the session before: one story's places, one name's reading)
from .test_places_modern24 import _places, _reading


def test_bishnupur_of_a_manipur_story_is_manipurs() -> None:
    text = (
        "Suspected militants fired on farmers in Bishnupur in India's Manipur "
        "state on Monday, killing two, police said."
    )
    m = next(p for p in _places(text) if p.text == "Bishnupur")
    assert (m.country, m.admin1, m.geonames_id) == ("IN", "IN-MN", 8740324)


def test_the_gondar_zones_are_zones_not_the_city() -> None:
    text = (
        "Government forces killed at least 40 Fano militiamen in the North Wollo "
        "and North Gondar zones of the Amhara region, state media said."
    )
    assert _reading(text, "North Gondar") == ("district", "ET", "ET-AM")
    assert "Gondar" not in [p.text for p in _places(text)]
    # the city alone stays the city
    text = "Fano fighters attacked Gondar on Sunday, residents said."
    assert _reading(text, "Gondar") == ("city", "ET", "ET-AM")


def test_a_seat_that_remained_the_most_violent_state_is_the_state() -> None:
    text = (
        "Gunmen killed five people near Apatzingan on Sunday. Guanajuato remained "
        "the country's most violent state, with 3,000 murders last year."
    )
    assert _reading(text, "Guanajuato") == ("province", "MX", "MX-GUA")


def test_a_french_saint_compound_is_never_st_louis_missouri() -> None:
    text = "Clashes broke out in Saint-Louis on Friday. Three people were wounded."
    assert _reading(text, "Saint-Louis") == ("city", "SN", "SN-SL")
    text = "Police shot a man in St. Louis on Friday, officials said."
    assert _reading(text, "St. Louis") == ("city", "US", "US-MO")


def test_a_village_listed_with_villages_of_one_province_lies_in_it() -> None:
    text = (
        "Villagers in Galayi, Fataki and Lopa said CODECO fighters had burned "
        "houses and killed at least 16 people over the weekend. In North Kivu, "
        "M23 rebels took control of Goma after days of fighting."
    )
    assert _reading(text, "Galayi") == ("populated_place", "CD", "CD-IT")


def test_a_town_after_a_named_church_in() -> None:
    text = (
        "Police said on Sunday they had arrested 14 suspects over the kidnapping "
        "of worshippers in Kwara state. The attack on the Christ Apostolic Church "
        "in Eruku on Tuesday was filmed by a member of the congregation."
    )
    m = next((p for p in _places(text) if p.text == "Eruku"), None)
    assert m is not None
    assert (m.country, m.role) == ("NG", "place")


def test_a_capital_that_did_not_comment_is_its_government() -> None:
    text = (
        "JNIM claimed an attack on an army base in Djibo, saying it had killed "
        "50 soldiers. Ouagadougou has not commented."
    )
    m = next(p for p in _places(text) if p.text == "Ouagadougou")
    assert m.role == "metonymy"
    text = "M23 rebels seized Goma. Kinshasa did not immediately respond."
    m = next(p for p in _places(text) if p.text == "Kinshasa")
    assert m.role == "metonymy"


def test_a_seat_after_neighbouring_is_the_state() -> None:
    text = (
        "In Zamfara, gunmen abducted 50 villagers from Kairu. In neighbouring "
        "Sokoto, the Lakurawa group killed 15 people, police said."
    )
    assert _reading(text, "Sokoto") == ("province", "NG", "NG-SO")


def test_governments_pressed_or_mediated_between_are_metonymy() -> None:
    text = (
        "Egypt and Qatar said they were pressing Israel and Hamas to finalise the "
        "ceasefire. Oman offered to mediate between Tehran and Washington."
    )
    roles = {p.text: p.role for p in _places(text)}
    assert roles["Israel"] == "metonymy"
    assert roles["Tehran"] == "metonymy"
    assert roles["Washington"] == "metonymy"


def test_a_saints_school_is_no_town() -> None:
    text = (
        "Bandits abducted more than 300 pupils from St Mary's Catholic school in "
        "Papiri in Niger state's Agwara local government area, police said."
    )
    assert not [p for p in _places(text) if p.text.startswith("St")]
