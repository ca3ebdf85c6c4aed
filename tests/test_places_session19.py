"""
Places: number words that open a sentence, names in capitals after a cue,
the country after a compass adjective, "States" without its own article,
and places added to the tables in session 19. Sentences written for this
project.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from conflictparse import parse
from conflictparse.parsers.places._tables import admin1_geonames_ids
from conflictparse.results import PlaceMention

PUBLISHED = _dt.date(2025, 9, 1)


def _places(text: str) -> list[PlaceMention]:
    return list(parse(text, published=PUBLISHED).places)


def _reading(text: str, surface: str) -> tuple[object, ...] | None:
    m = next((p for p in _places(text) if p.text == surface), None)
    return None if m is None else (m.name, m.kind, m.country, m.admin1)


# --- number words before a site's noun ------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Missiles hit the oil terminal at dawn. Four port workers were killed, Yemeni officials said.",
        "Shelling closed the runway. Twelve airport staff were hurt in the blast in Sudan.",
    ],
)
def test_number_word_before_a_site_noun_is_no_site(text: str) -> None:
    """A capitalised number word before "port", "airport" counts people: no place."""
    assert not [p.text for p in _places(text) if p.text in ("Four", "Twelve")]


def test_name_that_opens_with_a_number_word_is_still_a_site() -> None:
    """A longer name that opens with a number word stays ("the Three Gorges dam")."""
    text = "Officials said water levels behind the Three Gorges dam in China rose."
    assert _reading(text, "Three Gorges") == ("Three Gorges", "feature", "CN", None)


# --- names after a cue in capitals --------------------------------------------------


def test_capitals_cue_gives_the_country_named_after_the_name() -> None:
    """ "THE VILLAGE OF X IN NORTHERN MALI": a village of Mali, named in title case."""
    text = "GUNMEN KILL NINE IN THE VILLAGE OF DOGOFRY IN NORTHERN MALI"
    assert _reading(text, "DOGOFRY") == ("Dogofry", "village", "ML", None)


def test_capitals_cue_takes_the_province_found_after_it() -> None:
    """ "THE TOWN OF X IN THE SOUTHERN AREQUIPA DEPARTMENT": the province's code."""
    text = (
        "REBELS RAIDED THE TOWN OF PAMPACOLCA IN THE SOUTHERN AREQUIPA DEPARTMENT, PERU."
    )
    assert _reading(text, "PAMPACOLCA") == ("Pampacolca", "town", "PE", "PE-ARE")


def test_capitals_headline_over_a_mixed_case_story() -> None:
    """A capitals headline's cue is read; the story's country and one province place it."""
    text = (
        "JIHADISTS BURN THE VILLAGE OF SOUMBOU\n\n"
        "BAMAKO, Aug 30 (Reuters) - Jihadists burned homes in central Mali overnight, "
        "residents of the Mopti region said. Mali's army said it had sent troops."
    )
    assert _reading(text, "SOUMBOU") == ("Soumbou", "village", "ML", "ML-5")


def test_capitals_cue_takes_the_province_named_last_before_it() -> None:
    """Of two provinces the story names, the one in the sentences just before the name."""
    text = (
        "SAN SALVADOR, 4 MAY 90 -- [TEXT] TROOPS FOUGHT REBELS IN SAN VICENTE DEPARTMENT. "
        "LATER, PLANES BOMBED HILLS IN NORTHERN MORAZAN DEPARTMENT. "
        "RESIDENTS FLED THE VILLAGE OF TOROLA NUEVO."
    )
    assert _reading(text, "TOROLA NUEVO") == ("Torola Nuevo", "village", "SV", "SV-MO")


def test_capitals_cue_never_reads_a_function_word_or_a_country() -> None:
    """ "THE TOWN OF IN ..."-like runs and a country after the cue make no place."""
    text = "TROOPS SECURE THE CITY OF MALI AND THE TOWN OF THE EAST"
    assert [p.text for p in _places(text) if p.kind != "country"] == []


# --- the country after a compass adjective ------------------------------------------


@pytest.mark.parametrize(
    ("text", "country"),
    [
        ("Fighters burned the village of Dogofry in central Mali, officials said.", "ML"),
        ("A mine killed four near the village of Kourki in western Niger.", "NE"),
        ("Gunmen raided the village of Bangaza in the Central African Republic.", "CF"),
    ],
)
def test_unknown_village_takes_the_country_after_a_compass_adjective(
    text: str, country: str
) -> None:
    """ "the village of X in central Mali": X lies in Mali."""
    village = next(p for p in _places(text) if p.kind == "village")
    assert village.country == country


# --- "States" ----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Niger's junta said the Alliance of Sahel States would form a joint force.",
        "Ministers of the Gulf States met in Doha on Monday.",
    ],
)
def test_states_after_another_word_is_no_united_states(text: str) -> None:
    """ "the Gulf States", "the Alliance of Sahel States" are no US."""
    assert "US" not in {p.country for p in _places(text)}


def test_the_states_is_the_united_states() -> None:
    """ "the States" with its own article stays the US."""
    text = "The colonel trained in the States before he joined the coup."
    assert _reading(text, "States") == ("United States", "country", "US", None)


# --- places added to the tables -----------------------------------------------------


def test_town_of_north_darfur_without_a_cue() -> None:
    """Kuma, a town of North Darfur, in a story about Sudan's war."""
    text = (
        "PORT SUDAN, Aug 30 (Reuters) - Shells hit the cattle market in Kuma on "
        "Friday, killing nine people, medics in North Darfur said."
    )
    assert _reading(text, "Kuma") == ("Kuma", "town", "SD", "SD-DN")


def test_syrian_desert_by_its_arabic_name() -> None:
    """ "the Badia" is the Syrian desert."""
    text = "Troops hunted Islamic State cells in the Badia east of Palmyra, Syrian media said."
    assert _reading(text, "Badia") == ("Syrian Desert", "region", "SY", None)


# --- provinces: GeoNames ids and names -----------------------------------------------


@pytest.mark.parametrize(
    ("text", "surface", "code"),
    [
        (
            "Drones struck a market in North Darfur state, medics said.",
            "North Darfur",
            "SD-DN",
        ),
        ("Shelling hit Kramatorsk in the Donetsk region overnight.", "Donetsk", "UA-14"),
    ],
)
def test_province_carries_its_geonames_id(text: str, surface: str, code: str) -> None:
    """A first-level unit beyond the US states carries its division's GeoNames id."""
    m = next(p for p in _places(text) if p.text == surface)
    assert (m.admin1, m.geonames_id) == (code, admin1_geonames_ids().get(code))
    assert m.geonames_id is not None


def test_lima_department_is_lima_not_callao() -> None:
    """ "LIMA DEPARTMENT" is Lima's unit (GeoNames named Callao's key "Lima")."""
    text = "GUERRILLAS KILLED A MAYOR IN YAUYOS PROVINCE, LIMA DEPARTMENT, PERU."
    assert _reading(text, "LIMA") == ("Lima", "province", "PE", "PE-LIM")


# --- a list after a plural cue --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "names", "country"),
    [
        (
            "Gunmen burned the villages of Tingoro and Dogofry in central Mali, officials said.",
            ["Tingoro", "Dogofry"],
            "ML",
        ),
        (
            "GOMA, Oct 2 (Reuters) - Troops retook the towns of Kasoro, Nyamilima and Buganza, "
            "officials in eastern Congo said.",
            ["Kasoro", "Nyamilima", "Buganza"],
            "CD",
        ),
    ],
)
def test_each_name_after_a_plural_cue_is_a_place(
    text: str, names: list[str], country: str
) -> None:
    """ "the villages of X and Y": both names, of the cue's kind, in the country named."""
    got = [(p.text, p.country) for p in _places(text) if p.text in names]
    assert got == [(n, country) for n in names]


def test_plural_cue_list_takes_the_province_after_it() -> None:
    """ "the villages of X and Y in North Kordofan": that province."""
    text = (
        "Fighters looted the villages of Shaqa and Abu Gaoud in North Kordofan on Monday."
    )
    got = {p.text: p.admin1 for p in _places(text) if p.kind == "village"}
    assert got == {"Shaqa": "SD-KN", "Abu Gaoud": "SD-KN"}


def test_plural_cue_list_takes_a_known_partners_country() -> None:
    """Where the story gives no one country, a known name of the list gives it."""
    text = (
        "Israeli jets struck Haifa's port area and Lebanese towns on Tuesday. "
        "Strikes on the villages of Qsarnaba and Brital killed seven people, "
        "Lebanon's news agency said, after rockets hit Haifa and Israel's north."
    )
    got = next(p for p in _places(text) if p.text == "Qsarnaba")
    assert got.country == "LB"


# --- a place on a road between two others -----------------------------------------


def test_place_on_a_road_between_two_towns() -> None:
    """ "X, on the A-B road": X is a place of the story's country."""
    text = (
        "MOGADISHU, Oct 2 (Reuters) - Militants ambushed a convoy at Lafoole, on the "
        "Afgoye-Mogadishu road, killing four soldiers, Somali officials said."
    )
    assert _reading(text, "Lafoole") == ("Lafoole", "populated_place", "SO", None)


def test_hearer_before_a_road_is_no_place() -> None:
    """ "told Reuters, on the A-B road": the hearer, no place."""
    text = (
        "MOGADISHU, Oct 2 (Reuters) - A driver told Reuters, on the Afgoye-Mogadishu "
        "road, that the militants had gone."
    )
    assert _reading(text, "Reuters") is None
