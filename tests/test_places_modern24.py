"""
Regression tests of the places family on modern wire copy (session 24):
capitals' own first-level units (Sanaa's Amanat al-Asimah, Yamoussoukro,
Caracas), a small town of a story that names only the country people fled
to, a front-line town as the subject after "said". Stories written for
this project.
"""

from __future__ import annotations

import datetime as _dt

from conflictparse import parse
from conflictparse.results import PlaceMention

PUBLISHED = _dt.date(2025, 6, 2)


def _places(text: str) -> list[PlaceMention]:
    return list(parse(text, published=PUBLISHED).places)


def _reading(text: str, surface: str) -> tuple[object, ...] | None:
    m = next((p for p in _places(text) if p.text == surface), None)
    return None if m is None else (m.kind, m.country, m.admin1)


# --- capitals' own units --------------------------------------------------------------


def test_sanaa_city_is_amanat_al_asimah_and_the_governorate_is_sanaa() -> None:
    text = (
        "US strikes hit the capital Sanaa overnight, the Houthi-run health ministry "
        "said. Other raids struck Bani Hushaish in Sanaa province, east of the city."
    )
    assert _reading(text, "Sanaa") == ("city", "YE", "YE-SA")
    provinces = [p for p in _places(text) if p.kind == "province"]
    assert [(p.text, p.admin1) for p in provinces] == [("Sanaa", "YE-SN")]


def test_yamoussoukro_is_its_own_district() -> None:
    text = "Opposition supporters clashed with police in Yamoussoukro on Friday, witnesses said."
    assert _reading(text, "Yamoussoukro") == ("city", "CI", "CI-YM")


def test_caracas_is_the_capital_district() -> None:
    text = "Security forces fired tear gas at protesters in Caracas on Saturday."
    assert _reading(text, "Caracas") == ("city", "VE", "VE-A")


# --- the story's country ----------------------------------------------------------------


def test_country_people_fled_to_is_not_the_home_of_a_small_town() -> None:
    text = (
        "Fighting in Bentiu and Bor has displaced tens of thousands of people this "
        "month, and many refugees fled to Chad, the UN said."
    )
    assert _reading(text, "Bentiu") == ("village", "SS", "SS-UY")


def test_front_line_town_as_the_subject_after_said() -> None:
    text = (
        "Ukrainian officials said Pokrovsk was under fire on Tuesday as Russian "
        "troops pressed their offensive. Regional officials said Kupiansk was shelled "
        "overnight."
    )
    assert _reading(text, "Pokrovsk") == ("town", "UA", "UA-14")
    assert _reading(text, "Kupiansk") == ("town", "UA", "UA-63")


def test_person_after_said_stays_a_person() -> None:
    text = "Police in Texas said Allen was arrested on Friday."
    assert _reading(text, "Allen") is None


# --- regions and zones ------------------------------------------------------------------


def test_bekaa_valley_is_a_region_of_no_one_governorate() -> None:
    text = "An Israeli strike hit the Bekaa Valley town of Baalbek on Tuesday, killing three."
    assert _reading(text, "Bekaa Valley") == ("region", "LB", None)
    assert _reading(text, "Baalbek") == ("town", "LB", "LB-BH")


def test_north_shewa_zone_of_two_regions() -> None:
    assert _reading("Fighting was reported in North Shewa on Sunday.", "North Shewa") == (
        "district",
        "ET",
        None,
    )
    text = "Fano fighters clashed with federal troops in North Shewa zone of Amhara."
    assert _reading(text, "North Shewa") == ("district", "ET", "ET-AM")
    text = "OLA rebels killed 10 people in North Shewa zone of Oromia region."
    assert _reading(text, "North Shewa") == ("district", "ET", "ET-OR")


# --- lists of villages ------------------------------------------------------------------


def test_villages_listed_after_including() -> None:
    text = (
        "CODECO militiamen attacked villages in Djugu territory, including Lopa and "
        "Ndjala, killing 12 civilians, local officials said."
    )
    assert _reading(text, "Lopa") == ("village", "CD", "CD-IT")
    assert _reading(text, "Ndjala") == ("village", "CD", "CD-IT")


def test_every_name_of_a_list_after_villagers_in() -> None:
    text = (
        "Villagers in Kutaka, Mbobo and Dirimbe in Djugu territory said the militia "
        "had attacked at night."
    )
    got = [(p.text, p.country, p.admin1) for p in _places(text)]
    assert ("Mbobo", "CD", "CD-IT") in got
    assert ("Dirimbe", "CD", "CD-IT") in got


def test_word_town_listed_with_towns_of_its_country() -> None:
    text = "Fighting in Goma, Sake and Minova continued on Monday, the army said."
    m = next(p for p in _places(text) if p.text == "Sake")
    assert (m.country, m.admin1) == ("CD", "CD-NK")
    assert m.geonames_id is not None


def test_namesake_abroad_before_an_area_of_a_province() -> None:
    text = (
        "Bandits killed 15 villagers in Maga, in the Danko-Wasagu area of Kebbi state, "
        "police said on Sunday."
    )
    assert _reading(text, "Maga") == ("populated_place", "NG", "NG-KE")


def test_zone_of_oromia_known_by_no_town() -> None:
    text = (
        "Suspected rebels abducted 15 passengers from a bus near Gida Ayana in East "
        "Wollega zone, a local official said."
    )
    assert _reading(text, "East Wollega") == ("district", "ET", "ET-OR")


def test_towns_and_districts_of_yemen_the_gazetteer_lacks() -> None:
    text = (
        "Southern separatist forces seized the city of Seiyun on Tuesday. In the "
        "capital, the Houthis said air strikes hit Bani Matar district."
    )
    assert _reading(text, "Seiyun") == ("city", "YE", "YE-HD")
    assert _reading(text, "Bani Matar") == ("district", "YE", "YE-SN")


def test_tripoli_suburbs_and_districts() -> None:
    text = (
        "Clashes between rival armed groups in the Abu Salim and Souq al-Juma districts "
        "of Tripoli killed eight people. Schools were shut in Tajoura and Janzour."
    )
    assert _reading(text, "Abu Salim") == ("district", "LY", "LY-TB")
    assert _reading(text, "Souq al-Juma") == ("district", "LY", "LY-TB")
    tajoura = next(p for p in _places(text) if p.text == "Tajoura")
    assert (tajoura.country, tajoura.admin1, tajoura.geonames_id) == (
        "LY",
        "LY-TB",
        2210394,
    )
    assert _reading(text, "Janzour") is not None


# --- metonymy ---------------------------------------------------------------------------


def _role(text: str, surface: str) -> str | None:
    m = next((p for p in _places(text) if p.text == surface), None)
    return None if m is None else m.role


def test_capital_struck_is_the_place() -> None:
    assert (
        _role("Kyiv was struck by missiles overnight, officials said.", "Kyiv") == "place"
    )
    assert _role("Russia was accused of war crimes.", "Russia") == "metonymy"


def test_polities_that_act_together() -> None:
    text = "Washington, London and Paris condemned the attack on Sunday."
    assert [_role(text, n) for n in ("Washington", "London", "Paris")] == ["metonymy"] * 3
    text = "Iran and Israel exchanged fire overnight."
    assert [_role(text, n) for n in ("Iran", "Israel")] == ["metonymy"] * 2
    text = "Air strikes in Iran and Israel killed dozens."
    assert [_role(text, n) for n in ("Iran", "Israel")] == ["place"] * 2


def test_english_names_of_yemen_and_ethiopia_units() -> None:
    text = (
        "Fighting flared in al-Dhale and Lahij provinces, and government forces "
        "repelled an attack near the city of al-Dhale."
    )
    got = [(p.text, p.kind, p.admin1) for p in _places(text)]
    assert got[:2] == [("al-Dhale", "province", "YE-DA"), ("Lahij", "province", "YE-LA")]
    assert ("al-Dhale", "city", "YE-DA") in got
    text = "Civilians fled across the border into Ethiopia's Gambella region."
    assert _reading(text, "Gambella") == ("province", "ET", "ET-GA")


def test_word_town_in_a_pair_after_an_attack_on() -> None:
    text = "The army repelled an RSF assault on Dilling and Kadugli in South Kordofan."
    assert _reading(text, "Dilling") == ("town", "SD", "SD-KS")
    assert _reading("Attacks on Monday and Tuesday killed five.", "Monday") is None


def test_shire_of_tigray_by_its_common_name() -> None:
    text = "Residents of Adigrat and Shire said they had seen troop movements."
    m = next(p for p in _places(text) if p.text == "Shire")
    assert (m.country, m.admin1, m.geonames_id) == ("ET", "ET-TI", 334227)
    assert _reading("He bred a Shire horse for shows.", "Shire") is None


def test_polity_beside_an_armed_group_and_agent_of_a_welcome() -> None:
    text = "Damascus and the SDF signed a deal last week, a move welcomed by Washington."
    assert _role(text, "Damascus") == "metonymy"
    assert _role(text, "Washington") == "metonymy"


def test_site_in_a_compass_part_of_a_country() -> None:
    text = "Drone strikes killed 12 fighters near the Tishrin Dam in northern Syria."
    assert _reading(text, "Tishrin Dam") == ("feature", "SY", None)
