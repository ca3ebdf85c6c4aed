"""
Regression tests of the places family on modern wire copy (session 20):
a province named like its seat town where the story speaks of the
province, a region across borders that is one country's province, ...
Stories written for this project.
"""

from __future__ import annotations

import datetime as _dt

from conflictparse import parse
from conflictparse.results import PlaceMention

PUBLISHED = _dt.date(2025, 3, 17)


def _places(text: str) -> list[PlaceMention]:
    return list(parse(text, published=PUBLISHED).places)


def _reading(m: PlaceMention) -> tuple[object, ...]:
    return (m.text, m.role, m.kind, m.country, m.admin1)


# --- a province's seat spoken of as the province ------------------------------------


def test_headline_province_over_a_town_of_it_below() -> None:
    text = (
        "Junta airstrike kills 9 in Sagaing\n\n"
        "An airstrike by the military killed nine people in Kyauk Myaung "
        "township on Wednesday, a local official said."
    )
    got = [_reading(m) for m in _places(text)]
    assert got[0] == ("Sagaing", "place", "province", "MM", "MM-01")
    # the township takes the province's country
    assert got[1][:4] == ("Kyauk Myaung", "place", "district", "MM")


def test_predicate_and_headline_make_the_state() -> None:
    text = (
        "Gunmen kill 12 in Guanajuato bar attack\n\n"
        "Gunmen opened fire inside a bar in Irapuato on Saturday night, killing "
        "12 people, prosecutors said. Guanajuato has been the most violent state "
        "in Mexico for several years."
    )
    got = {(m.text, m.start): m for m in _places(text)}
    kinds = [(k[0], m.kind) for k, m in sorted(got.items(), key=lambda kv: kv[0][1])]
    assert kinds[:3] == [
        ("Guanajuato", "province"),
        ("Irapuato", "city"),
        ("Guanajuato", "province"),
    ]
    events = parse(text, published=PUBLISHED).events
    assert [e.place.text for e in events if e.place is not None] == ["Irapuato"]


def test_headline_town_named_again_below_stays_the_town() -> None:
    text = (
        "Clashes in Kidal\n\n"
        "Fighting broke out in Kidal and in Anefis on Monday, residents said."
    )
    got = [_reading(m) for m in _places(text) if m.text == "Kidal"]
    assert got and all(r[2] != "province" for r in got)


# --- a region across borders that is one country's province ------------------------


def test_cross_border_region_in_a_story_of_its_country_is_the_province() -> None:
    text = (
        "Militants kill 18 soldiers in Balochistan\n\n"
        "QUETTA, Feb 1 (AP) - Separatist militants attacked a paramilitary post in "
        "Kalat district overnight, killing 18 soldiers, the military said."
    )
    m = next(m for m in _places(text) if m.text == "Balochistan")
    assert (m.kind, m.country, m.admin1) == ("province", "PK", "PK-BA")
    sahel = (
        "Militants ambushed a convoy near Djibo in northern Burkina Faso. JNIM, "
        "al Qaeda's affiliate in the Sahel, claimed the attack."
    )
    s = next(m for m in _places(sahel) if m.text == "Sahel")
    assert (s.kind, s.country) == ("region", None)


# --- names of two words in a list before a plural cue -------------------------------


def test_two_word_names_before_a_plural_cue() -> None:
    text = (
        "Military jets bombed Nat Chaung and Yay Shin villages in Sagaing region "
        "on Thursday, killing at least 11 civilians, residents said."
    )
    got = [_reading(m) for m in _places(text)]
    assert got[:2] == [
        ("Nat Chaung", "place", "village", "MM", "MM-01"),
        ("Yay Shin", "place", "village", "MM", "MM-01"),
    ]
    assert "Shin" not in [r[0] for r in got]


def test_three_two_word_names_before_a_plural_cue() -> None:
    text = (
        "Bandits attacked Kan Gyi, Dan Kure and Gidan Bawa villages in Zamfara "
        "State, killing 14 people."
    )
    names = [m.text for m in _places(text) if m.kind == "village"]
    assert names == ["Kan Gyi", "Dan Kure", "Gidan Bawa"]


# --- a suburb named by its cue -------------------------------------------------------


def test_suburb_named_by_its_cue_is_a_place_of_its_town() -> None:
    for text in (
        "Clashes erupted in the Tripoli suburb of Ain Zara on Sunday, killing four people.",
        "TRIPOLI, May 20 (AFP) - Clashes erupted overnight in Ain Zara, a southern "
        "suburb of the Libyan capital, killing at least four people.",
    ):
        m = next(m for m in _places(text) if m.text.startswith(("Ain", "Zara")))
        assert _reading(m) == ("Ain Zara", "place", "populated_place", "LY", "LY-TB")


# --- a place someone arrived in, a base at a place -------------------------------------


def test_unknown_place_after_arrived_in_and_a_base_at() -> None:
    arrived = (
        "OUAGADOUGOU, Jan 1 (Reuters) - Dozens of gunmen on motorbikes arrived in "
        "Ngoulmi late on Friday and burned homes, killing nine villagers, a local "
        "official said."
    )
    base = (
        "Fighters arrived in Kolofata late on Friday and burned houses. Soldiers at "
        "a base at Tchakamadje repelled an attack by Boko Haram, killing six "
        "militants. Cameroon's Far North region has faced repeated raids."
    )
    got = {m.text: m for m in _places(arrived) + _places(base)}
    assert (got["Ngoulmi"].country, got["Ngoulmi"].precision) == ("BF", "exact")
    assert (got["Tchakamadje"].country, got["Tchakamadje"].admin1) == ("CM", "CM-EN")
    # no deed in the sentence: no place
    visit = "The minister arrived in Ramadan to discuss the talks in Mali. Mali said so."
    assert "Ramadan" not in [m.text for m in _places(visit)]


# --- a small foreign namesake in a story of another country ------------------------


def test_small_foreign_namesake_is_a_place_of_the_story_country() -> None:
    text = (
        "Paramilitaries killed 30 villagers in Shagra on Saturday, a rights group "
        "said, the latest in a wave of attacks across El Gezira state in central Sudan."
    )
    m = next(m for m in _places(text) if m.text == "Shagra")
    assert (m.country, m.geonames_id, m.latitude) == ("SD", None, None)


# --- names a cue marks: an Arabic article inside, "the community of", title words ----


def test_cue_run_goes_on_through_an_arabic_article() -> None:
    text = (
        "Strikes hit homes in Nabatieh and in the village of Yohmor al-Shqif on Monday."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Yohmor al-Shqif", "place", "village", "LB", "LB-NA") in got
    assert "Yohmor" not in [r[0] for r in got]


def test_the_community_of_x_is_a_settlement() -> None:
    text = (
        "Gunmen attacked a ranch in the community of El Pozo, in the municipality "
        "of Navolato, the Sinaloa state prosecutor's office said."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("El Pozo", "place", "populated_place", "MX", "MX-SIN") in got
    other = "The international community of Sant Egidio said the attack in Mali killed 5."
    assert [m.text for m in _places(other)] == ["Mali"]


def test_last_word_of_a_longer_name_before_in_province_is_no_place() -> None:
    text = (
        "The Arakan Army said it had captured Ann, home to the military's Western "
        "Command, in Rakhine state, after weeks of fighting."
    )
    names = [m.text for m in _places(text)]
    assert "Command" not in names
    assert "Ann" in names


# --- a province several countries name, after a settlement of one of them ----------


def test_shared_province_name_after_a_town_is_the_towns_province() -> None:
    text = (
        "NEW DELHI, May 7 (Reuters) - India struck nine sites in Pakistan, including "
        "Bahawalpur and Muridke in Punjab province, killing 26 people, Pakistan's "
        "military said. India said it had acted with restraint."
    )
    m = next(m for m in _places(text) if m.text == "Punjab")
    assert (m.country, m.admin1) == ("PK", "PK-PB")
    indian = "Farmers protested in Amritsar in Punjab on Monday, India's police said."
    p = next(m for m in _places(indian) if m.text == "Punjab")
    assert p.admin1 == "IN-PB"


def test_locality_apposition_is_a_place() -> None:
    text = (
        "BENI, Democratic Republic of Congo, April 3 (AP) - ADF rebels killed at least "
        "40 people in Mayi-Moya, a locality in Beni territory of North Kivu province, "
        "local officials said."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Mayi-Moya", "place", "populated_place", "CD", "CD-NK") in got
    event = parse(text, published=PUBLISHED).events[0]
    assert event.place is not None and event.place.text == "Mayi-Moya"


def test_villages_of_a_list_near_a_town_take_its_province() -> None:
    text = (
        "DAMASCUS, March 9 (Reuters) - Fighting killed dozens of people in the "
        "villages of Snobar and Mukhtariyah near Jableh, a war monitor said."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Snobar", "place", "village", "SY", "SY-LA") in got
    assert ("Mukhtariyah", "place", "village", "SY", "SY-LA") in got


def test_town_known_abroad_before_a_province_is_a_place_of_that_province() -> None:
    text = "Gunmen killed four people in the rural community of Las Tablas in Michoacan."
    m = next(m for m in _places(text) if m.text == "Las Tablas")
    assert (m.country, m.admin1, m.geonames_id) == ("MX", "MX-MIC", None)


def test_cross_border_region_in_a_story_of_a_neighbour_stays_the_region() -> None:
    text = (
        "Sahel: attack near Niger-Burkina border\n\n"
        "Gunmen attacked a wedding party in Gotheye, about 100 km west of Niamey, "
        "killing 21 civilians. The attackers came from across the border in Burkina Faso."
    )
    m = next(m for m in _places(text) if m.text == "Sahel")
    assert (m.kind, m.country) == ("region", None)


def test_headline_town_the_story_speaks_of_stays_the_town() -> None:
    for text in (
        "Rebels attack Kidal\n\nFighters attacked the town on Monday. Many fled to Anefis.",
        "Fighting in Kidal\n\nFighters attacked the town's army camp on Monday and "
        "later the village of Anefis, residents said.",
    ):
        m = next(m for m in _places(text) if m.text == "Kidal")
        assert m.kind == "town"


def test_community_apposition_and_road_partner_province() -> None:
    text = (
        "Bandits abducted 30 worshippers from a church in Kasuwan Magani, a community "
        "in Kajuru local government area of Kaduna State, police said."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Kasuwan Magani", "place", "populated_place", "NG", "NG-KD") in got
    leader = "Gunmen killed Musa Bello, a community leader in Kaduna State, police said."
    assert "Musa Bello" not in [m.text for m in _places(leader)]
    road = (
        "An explosive device hit a bus on the road between Mopti and Sevare in "
        "central Mali, killing eight passengers, the army said."
    )
    got = [_reading(m) for m in _places(road)]
    assert ("Sevare", "place", "populated_place", "ML", "ML-5") in got


def test_somali_member_states_and_golis_mountains() -> None:
    text = (
        "The U.S. military said it carried out air strikes against Islamic State "
        "militants in the Golis Mountains of Somalia's semi-autonomous Puntland "
        "region, southeast of Bosaso."
    )
    got = {m.text: (m.kind, m.country) for m in _places(text)}
    assert got["Puntland"] == ("region", "SO")
    assert got["Golis Mountains"] == ("mountain", "SO")


def test_town_naming_a_front_is_near() -> None:
    text = (
        "Ukraine's military said its forces repelled 45 Russian assaults in the "
        "Pokrovsk direction, and fighting continued near Udachne in the Donetsk region."
    )
    m = next(m for m in _places(text) if m.text == "Pokrovsk")
    assert (m.country, m.precision) == ("UA", "near")


def test_place_on_the_edge_of_a_town_is_a_place() -> None:
    text = (
        "Clashes in Tripoli suburb kill four\n\nClashes between rival militias in "
        "Ain Zara, on the southern edge of Tripoli, killed four people overnight."
    )
    m = next(m for m in _places(text) if m.text.endswith("Zara"))
    assert _reading(m) == ("Ain Zara", "place", "populated_place", "LY", "LY-TB")


def test_small_namesake_abroad_before_a_country_is_a_place_of_it() -> None:
    text = "Gunmen killed five villagers in Darqad, Syria, on Monday."
    m = next(m for m in _places(text) if m.text == "Darqad")
    assert (m.country, m.geonames_id) == ("SY", None)
    big = "He flew to Manchester, Jamaica, on Monday."
    assert next(m for m in _places(big) if m.text == "Manchester").country == "JM"


def test_headline_province_over_the_town_of_another_place() -> None:
    text = (
        "Mexico: gunmen kill mayor in Oaxaca\n\nGunmen shot dead a mayor on a road "
        "near the town of Pochutla, in the southern state of Oaxaca, on Sunday."
    )
    first = _places(text)[1]
    assert (first.text, first.kind) == ("Oaxaca", "province")


def test_name_before_era_is_no_place() -> None:
    text = "A judge said it makes little sense to keep the Obama-era rule in Wyoming."
    assert [m.text for m in _places(text)] == ["Wyoming"]
