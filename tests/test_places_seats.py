"""
Towns that name their province, provinces said by a cue before the name,
and local government areas: which unit a bare or cued name is.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from conflictparse import parse
from conflictparse.parsers.places import _parser as P
from conflictparse.parsers.places import resolve_name
from conflictparse.parsers.places._tables import seat_towns
from conflictparse.results import PlaceMention

PUBLISHED = _dt.date(2025, 6, 2)


def _place(text: str, surface: str) -> PlaceMention | None:
    report = parse(text, published=PUBLISHED)
    return next((m for m in report.places if m.text == surface), None)


def _kind(text: str, surface: str) -> tuple[object, ...] | None:
    m = _place(text, surface)
    return None if m is None else (m.kind, m.country, m.admin1)


# --- a small seat town named like its province -------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Separatist fighters shelled an army camp in Kidal on Thursday, two "
            "officers told reporters in Bamako.",
            "Kidal",
            ("town", "ML", "ML-8"),
        ),
        (
            "Drone strikes across Kidal region killed herders on Thursday, Malian "
            "officers said.",
            "Kidal",
            ("province", "ML", "ML-8"),
        ),
        (
            "Tribal fighters repelled a Houthi push on Marib overnight, a Yemeni "
            "commander said.",
            "Marib",
            ("town", "YE", "YE-MA"),
        ),
        (
            "Tribal fighters repelled a Houthi push in Marib governorate overnight.",
            "Marib",
            ("province", "YE", "YE-MA"),
        ),
        (
            "Jihadists surrounded Menaka for a week, Malian officials said on Monday.",
            "Menaka",
            ("town", "ML", "ML-9"),
        ),
        (
            "Soldiers were ambushed in the region of Tillaberi, Niger's army said.",
            "Tillaberi",
            ("province", "NE", "NE-6"),
        ),
    ],
)
def test_a_small_seat_is_the_town_unless_a_cue_says_province(
    text: str, surface: str, expected: tuple[str, str, str]
) -> None:
    assert _kind(text, surface) == expected


def test_a_namesake_that_is_no_seat_leaves_the_province() -> None:
    """Uruzgan's seat is Tarinkot: the small namesake town is not it."""
    m = _place("Taliban fighters overran a checkpoint in Uruzgan on Friday.", "Uruzgan")
    assert m is not None and (m.kind, m.admin1) == ("province", "AF-URU")


def test_a_name_shared_with_a_province_abroad_is_no_seat() -> None:
    """A seat named like provinces of two countries ("Montana") decides nothing."""
    m = _place(
        "HELENA, Mont. (AP) - Montana lawmakers voted on Tuesday to fund the prison.",
        "Montana",
    )
    assert m is not None and (m.kind, m.country) == ("province", "US")


def test_seat_table_holds_seats_only() -> None:
    seats = seat_towns()
    assert 2455290 in seats  # Kidal
    assert 72968 in seats  # Marib
    assert 2457163 not in seats  # Gao: 50,000 people and more, a town anyway


def test_a_dateline_seat_is_the_town() -> None:
    m = resolve_name("KIDAL")
    assert m is not None and (m.kind, m.country) == ("town", "ML")


def test_all_caps_copy_keeps_the_province() -> None:
    """In all-caps copy a small town needs more than its case: the department stays."""
    m = _place(
        "THE ARMY BOMBED VILLAGES IN MORAZAN, CHALATENANGO, AND GUAZAPA, THE REBELS SAID.",
        "CHALATENANGO",
    )
    assert m is not None and (m.kind, m.admin1) == ("province", "SV-CH")


# --- an unnamed village of a region ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Junta jets bomb school in Sagaing village, killing 9",
        "Soldiers burned a Sagaing village to the ground on Friday, residents said.",
    ],
)
def test_region_before_village_is_the_region(text: str) -> None:
    """The region's seat is a city, no village: "Sagaing village" is one of the region's."""
    assert _kind(text, "Sagaing") == ("province", "MM", "MM-01")


def test_region_seat_with_town_is_the_town() -> None:
    assert _kind("Nine people died in Sagaing town on Friday.", "Sagaing") == (
        "town",
        "MM",
        "MM-01",
    )


# --- "department of", "departments of" --------------------------------------------


@pytest.mark.parametrize(
    ("text", "surfaces"),
    [
        ("Troops fought rebels in the department of Cusco, Peru.", ["Cusco"]),
        (
            "Patrols were sent to the northern departments of Morazan, San Miguel, "
            "and La Union, El Salvador.",
            ["Morazan", "San Miguel", "La Union"],
        ),
        (
            "GANGS HAVE SPREAD INTO THE DEPARTMENTS OF MORAZAN AND LA UNION, EL SALVADOR.",
            ["MORAZAN", "LA UNION"],
        ),
        (
            "Gangs have spread into the Huancavelica and Cusco departments.",
            ["Huancavelica"],
        ),
    ],
)
def test_department_cue_makes_the_province(text: str, surfaces: list[str]) -> None:
    for surface in surfaces:
        m = _place(text, surface)
        assert m is not None and m.kind == "province", surface


def test_a_ministry_called_department_is_no_province() -> None:
    m = _place(
        "Officials of the Department of Jerusalem Affairs met on Sunday.", "Jerusalem"
    )
    assert m is None or m.kind != "province"


# --- local government areas -----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Bandits killed seven farmers in Dandume LGA of Katsina State on Sunday.",
        "Bandits killed seven farmers in Dandume local government area on Sunday.",
        "Bandits killed seven farmers in Dandume Local Government of Katsina State.",
    ],
)
def test_a_local_government_area_is_the_unit(text: str) -> None:
    assert _kind(text, "Dandume") == ("district", "NG", "NG-KT")


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided Tsagem Local government area at dawn.",
        "Gunmen raided Tsagem in KATSINA STATE at dawn.",
        "Gunmen raided Tsagem in Katsina PROVINCE at dawn.",
    ],
)
def test_unknown_cue_words_in_other_cases_are_looked_for(text: str) -> None:
    """The quick test before the cue scan reads the cases the scan reads."""
    assert P._may_hold_unknown_cue(text)
    assert any(m.span() for m in P._unknown_cue_matches(text))


def test_a_capitalised_local_government_area_names_an_unknown_unit() -> None:
    m = _place("Gunmen raided Tsagem Local government area at dawn.", "Tsagem")
    assert m is not None and m.kind == "district"


def test_shipped_seat_table_matches_its_sources() -> None:
    """
    ``places_seat_towns.tsv`` is what the build tool derives from the shipped
    gazetteer and province keys; after editing either, run
    ``python tools/build_gazetteer.py --only seats``.
    """
    from importlib import resources

    from tests._scripts import load_script

    tool = load_script("tools/build_gazetteer.py")
    data = resources.files("conflictparse") / "data"
    shipped = (data / "places_seat_towns.tsv").read_text("utf-8")
    blob = (data / "gazetteer.bin").read_bytes()
    with resources.as_file(data / "places_admin1_keys.tsv") as keys:
        assert tool.seat_towns_tsv(blob, keys) == shipped


# --- units named by a list, a holder after "of", a news agency ----------------------


def test_a_district_name_ending_in_an_owns_its_cue() -> None:
    """ "Dand-e-Patan" ends as "Afghan" does, but names the district Paktia holds."""
    text = "Mortars hit the Dand-e-Patan district of Paktia overnight."
    assert _kind(text, "Paktia") == ("province", "AF", "AF-PIA")
    assert _kind(text, "Dand-e-Patan") == ("district", "AF", "AF-PIA")


def test_an_adjective_before_a_cue_leaves_it_to_the_name_after() -> None:
    m = _place("Gunmen attacked the mainly Christian town of Kafr Batna.", "Kafr Batna")
    assert m is not None and m.kind in ("town", "city", "village", "populated_place")


def test_seat_towns_before_a_plural_province_cue_are_provinces() -> None:
    """ "Raqqa and Hasakah provinces": provinces the tables know by another name."""
    text = "Kurdish-led forces still hold parts of Raqqa and Hasakah provinces."
    assert _kind(text, "Raqqa") == ("province", "SY", "SY-RA")
    assert _kind(text, "Hasakah") == ("province", "SY", "SY-HA")


def test_a_capital_joined_to_a_province_stays_the_city() -> None:
    text = "Jets struck targets in Kabul and Paktika overnight, officials said."
    m = _place(text, "Kabul")
    assert m is not None and m.kind == "city"
    m = _place("Fighting spread to Kabul and Logar provinces.", "Kabul")
    assert m is not None and m.kind == "province"


def test_townships_of_a_region_name_the_region() -> None:
    text = "Troops torched villages in Ayadaw and Kani townships of Sagaing last week."
    assert _kind(text, "Sagaing") == ("province", "MM", "MM-01")


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Yemen's official Saba news agency carried the statement.", "Saba"),
        ("The semi-official Fars news agency carried the statement.", "Fars"),
    ],
)
def test_a_news_agency_name_is_no_place(text: str, surface: str) -> None:
    assert _place(text, surface) is None


# --- persons' names with an initial, handles ------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Staff Sgt Brandon K. Dunbar of Ohio was killed in the blast.", "Dunbar"),
        ('"It will not hold," said Maria T. Taylor, an analyst in Nairobi.', "Taylor"),
        ("Major General Idris B. Kaduna told reporters the road was open.", "Kaduna"),
        ("Colonel Kidal A. Moussa said the convoy was hit.", "Kidal"),
        ("Fans replied to @Gillette within minutes.", "Gillette"),
    ],
)
def test_a_name_beside_a_middle_initial_or_after_at_is_no_place(
    text: str, surface: str
) -> None:
    assert _place(text, surface) is None


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Officials in Pyongyang, N. Korea's capital, said nothing.", "Pyongyang"),
        ("Troops entered Kaduna. A. Bello, a trader, said shops were shut.", "Kaduna"),
    ],
)
def test_an_initial_elsewhere_leaves_the_place(text: str, surface: str) -> None:
    assert _place(text, surface) is not None


# --- units and villages by their distance to a known place ---------------------------


def test_a_village_measured_from_the_town_of_y_takes_its_province() -> None:
    text = (
        "ADF rebels raided Mangodomu, a village 18 km from the town of Mambasa, in Congo."
    )
    assert _kind(text, "Mangodomu") == ("village", "CD", "CD-IT")


def test_an_unlisted_department_of_burkina_faso_is_a_district() -> None:
    text = (
        "Jihadists overran a gendarmerie post in Arbinda's Koutougou department, "
        "about 25 km west of Djibo, in northern Burkina Faso."
    )
    m = _place(text, "Koutougou")
    assert m is not None and (m.kind, m.country, m.admin1) == ("district", "BF", "BF-12")


@pytest.mark.parametrize(
    "text",
    [
        "Burkina Faso's junta rejected the Treasury department report on Monday.",
        "Police in Texas said the Harris department had closed the road.",
    ],
)
def test_department_of_an_office_or_elsewhere_is_no_unit(text: str) -> None:
    report = parse(text, published=PUBLISHED)
    assert not [m for m in report.places if m.kind == "district"]


@pytest.mark.parametrize(
    "text",
    [
        "Shelling went on in Marib and Hodeidah. In Taiz, a sniper shot a girl in "
        "the Al-Jahmaliya district, medics said.",
        "Shelling went on in Marib and Hodeidah. In Taiz province, a sniper shot a "
        "girl in the Al-Jahmaliya district, medics said.",
    ],
)
def test_a_district_takes_the_province_its_sentence_opens_with(text: str) -> None:
    assert _kind(text, "Al-Jahmaliya") == ("district", "YE", "YE-TA")


def test_a_district_in_another_sentence_keeps_no_province() -> None:
    text = (
        "Shelling went on in Marib and Hodeidah. In Taiz, a sniper shot a girl. "
        "Shells also hit the Al-Jahmaliya district."
    )
    assert _kind(text, "Al-Jahmaliya") == ("district", "YE", None)


def test_a_district_named_like_a_small_town_abroad_is_the_storys() -> None:
    """ "the Kech district" in a story about Pakistan is no German village's."""
    text = (
        "Separatists attacked a convoy in Pakistan's Balochistan province on Monday. "
        "Pakistan's army said five soldiers died. In the Kech district, gunmen "
        "burned two trucks."
    )
    assert _kind(text, "Kech") == ("district", "PK", "PK-BA")


def test_unknown_villages_take_the_one_country_and_province_of_the_story() -> None:
    """A story whose places all lie in Plateau State, Nigeria, which it never names."""
    text = (
        "Gunmen killed 12 people in Mangu Local Government Area of Plateau State. "
        "The attackers targeted Kwahaslalek and Bwai villages, the council chairman said."
    )
    assert _kind(text, "Kwahaslalek") == ("village", "NG", "NG-PL")


def test_an_unknown_village_beside_one_far_place_keeps_no_province() -> None:
    m = _place(
        "Gunmen killed three in Ceel Jaale, 110 km southwest of Mogadishu.", "Ceel Jaale"
    )
    assert m is None or m.admin1 is None


def test_two_countries_leave_an_unknown_village_without_one() -> None:
    text = (
        "An Israeli drone struck a car near the village of Kfar Dounine, "
        "Lebanon's health ministry said."
    )
    m = _place(text, "Kfar Dounine")
    assert m is not None and m.country is None


@pytest.mark.parametrize(
    ("text", "surface", "expected"),
    [
        (
            "Jihadists hit Tawori, a village some 15 km (9 miles) east of Djibo, and "
            "Kaya in Centre-Nord.",
            "Tawori",
            ("village", "BF", "BF-12"),
        ),
        (
            "Gunmen raided Dabanga village, 60 km (37 miles) north of Marte, and Kano.",
            "Dabanga",
            ("village", "NG", "NG-BO"),
        ),
    ],
)
def test_a_distance_in_both_units_still_gives_the_province(
    text: str, surface: str, expected: tuple[str, str, str]
) -> None:
    """Wire copy gives the distance twice: "15 km (9 miles) east of Djibo"."""
    assert _kind(text, surface) == expected


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Russian drone strikes on Odesa killed four people overnight.", "Odesa"),
        ("Pakistani air strikes on Kabul wounded 12, officials said.", "Kabul"),
        ("An RSF drone attack on Port Sudan damaged the airport.", "Port Sudan"),
    ],
)
def test_the_target_of_an_attack_is_the_place_not_the_actor(
    text: str, surface: str
) -> None:
    m = _place(text, surface)
    assert m is not None and m.role == "place"


def test_a_capital_before_its_verb_still_acts() -> None:
    m = _place("Kabul condemned the strikes on Monday.", "Kabul")
    assert m is not None and m.role == "metonymy"
