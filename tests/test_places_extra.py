"""
Tests of places_extra.tsv, the hand-compiled towns, villages and camps the
gazetteer lacks, and of the places parser's use of it. Sentences written
for this project.
"""

from __future__ import annotations

import datetime as _dt

import pytest

from conflictparse import parse
from conflictparse._data import read_tsv
from conflictparse.parsers.places import Gazetteer, resolve_dateline, resolve_name
from conflictparse.parsers.places._tables import _key, extra_places
from conflictparse.results import PLACE_KINDS, PlaceMention, Span

PUBLISHED = _dt.date(2025, 6, 2)


def _place(text: str, surface: str) -> PlaceMention | None:
    """The first place mention of the full pipeline's report whose text is *surface*."""
    report = parse(text, published=PUBLISHED)
    return next((m for m in report.places if m.text == surface), None)


def _reading(m: PlaceMention | None) -> tuple[object, ...] | None:
    return None if m is None else (m.kind, m.country, m.admin1)


# --- the table -------------------------------------------------------------------


def test_rows_are_well_formed() -> None:
    """Every row: a known ISO 3166-2 code of its country, a place kind, no half coordinates."""
    subdivisions = {code for code, _name, _first in read_tsv("places_subdivisions.tsv")}
    rows = read_tsv("places_extra.tsv", columns=9)
    bad = [
        row[0]
        for row in rows
        if row[3] not in subdivisions
        or not row[3].startswith(row[2] + "-")
        or row[4] not in PLACE_KINDS
        or row[5] not in ("", "cue")
        or bool(row[6]) != bool(row[7])
    ]
    assert ([], True) == (bad, len(rows) >= 250)


def test_rows_are_missing_from_the_gazetteer_in_their_country() -> None:
    """No name of a row is a town the shipped gazetteer already holds in that country."""
    gaz = Gazetteer.default()
    known = [
        name
        for name, aliases, country, *_ in read_tsv("places_extra.tsv", columns=9)
        for n in (name, *filter(None, aliases.split("|")))
        if any(p.country == country for p in gaz.lookup_key(_key(n)))
    ]
    assert [] == known


def test_every_name_has_one_row() -> None:
    """Two rows never share a lookup key (the second would hide the first)."""
    rows = read_tsv("places_extra.tsv", columns=9)
    keys = [_key(n) for row in rows for n in (row[0], *filter(None, row[1].split("|")))]
    assert len(keys) == len(extra_places())


# --- the parser ------------------------------------------------------------------

FOUND = [
    pytest.param(
        "Gunmen killed 3 in Minova.", "Minova", ("town", "CD", "CD-SK"), id="in-town"
    ),
    pytest.param(
        "M23 fighters captured Rubaya on Tuesday, a local official said.",
        "Rubaya",
        ("town", "CD", "CD-NK"),
        id="no-cue",
    ),
    pytest.param(
        "Thousands fled Kitshanga as the rebels advanced.",
        "Kitshanga",
        ("town", "CD", "CD-NK"),
        id="object-of-verb",
    ),
    pytest.param(
        "Clashes continued in Masisi territory overnight.",
        "Masisi",
        ("district", "CD", "CD-NK"),
        id="territory-after",
    ),
    pytest.param(
        "The Arakan Army said it had taken Paletwa after a month of fighting.",
        "Paletwa",
        ("town", "MM", "MM-14"),
        id="chin-town",
    ),
    pytest.param(
        "Gangs set fire to dozens of homes in Cité Soleil, residents said.",
        "Cité Soleil",
        ("town", "HT", "HT-OU"),
        id="accented-two-words",
    ),
    pytest.param(
        "Police retook Saut-d'Eau late on Friday.",
        "Saut-d'Eau",
        ("town", "HT", "HT-CE"),
        id="hyphen-apostrophe",
    ),
    pytest.param(
        "Shelling hit a school in the Zamzam camp, aid workers said.",
        "Zamzam",
        ("populated_place", "SD", "SD-DN"),
        id="camp",
    ),
    pytest.param(
        "Drones struck Tawila on Monday, days after thousands fled El Fasher for it.",
        "Tawila",
        ("town", "SD", "SD-DN"),
        id="namesake-abroad-story-country",
    ),
    pytest.param(
        "Fighters overran the town of Nasir in Upper Nile state on Sunday.",
        "Nasir",
        ("town", "SS", "SS-NU"),
        id="person-name-with-cue",
    ),
    pytest.param(
        "Bandits struck Kuriga Local Government Area of Kaduna State.",
        "Kuriga",
        ("district", "NG", "NG-KD"),
        id="lga-after",
    ),
    pytest.param(
        "Militias regrouped around Mikenge, a remote village in the highlands.",
        "Mikenge",
        ("village", "CD", "CD-SK"),
        id="apposition-noun",
    ),
    pytest.param(
        "Soldiers shelled the village of Kamituga overnight.",
        "Kamituga",
        ("village", "CD", "CD-SK"),
        id="village-of",
    ),
    pytest.param(
        "The rebels held most of Myebon, a township on the coast.",
        "Myebon",
        ("district", "MM", "MM-16"),
        id="apposition-township",
    ),
    pytest.param(
        "Gangs attacked Liancourt village before dawn.",
        "Liancourt",
        ("village", "HT", "HT-AR"),
        id="village-after",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), FOUND)
def test_table_towns_resolve_to_their_province(
    text: str, surface: str, expected: tuple[object, ...]
) -> None:
    """A town of the table takes its country, province and kind; it has no coordinates."""
    m = _place(text, surface)
    assert (expected, None, None) == (
        _reading(m),
        m.latitude if m else None,
        m.geonames_id if m else None,
    )


NOT_PLACES = [
    pytest.param(
        "Pale said he would not resign before the vote.", "Pale", id="person-surname"
    ),
    pytest.param(
        "Nasir Ahmed told reporters the count would resume.", "Nasir", id="given-name"
    ),
    pytest.param(
        "Rashad, 34, said the soldiers took his brother.", "Rashad", id="person-with-age"
    ),
]


@pytest.mark.parametrize(("text", "surface"), NOT_PLACES)
def test_table_names_that_need_a_cue(text: str, surface: str) -> None:
    """A name of the table that is also a person's is no place without a cue."""
    assert _place(text, surface) is None


def test_near_a_table_town_is_near() -> None:
    """The precision of a table town follows the words before it."""
    m = _place("An army convoy was ambushed near Fizi on Sunday.", "Fizi")
    assert ("near", "CD-SK") == (m.precision if m else None, m.admin1 if m else None)


def test_namesake_abroad_in_another_story_keeps_the_gazetteer() -> None:
    """A table name the gazetteer knows abroad stays abroad when the story is about there."""
    m = _place(
        "Police in Spain said a man was arrested in Palma, Mallorca, on Monday.", "Palma"
    )
    assert m is not None and m.country == "ES"


def test_dateline_and_bare_name() -> None:
    """A dateline town of the table, with its country after it; a bare name."""
    m = resolve_dateline("MINOVA", Span(start=0, end=6), region="Congo")
    n = resolve_name("Kawlin")
    assert (("CD", "CD-SK"), ("MM", "MM-01")) == (
        (m.country, m.admin1) if m else None,
        (n.country, n.admin1) if n else None,
    )


# --- names the readings cut short -------------------------------------------------

WHOLE = [
    pytest.param(
        "Thousands of refugees reached Cox's Bazar by boat on Monday.",
        "Cox's Bazar",
        ("city", "BD", "BD-B"),
        id="possessive-inside-name",
    ),
    pytest.param(
        "Thousands of refugees reached Cox\u2019s Bazar by boat on Monday.",
        "Cox\u2019s Bazar",
        ("city", "BD", "BD-B"),
        id="curly-possessive-inside-name",
    ),
    pytest.param(
        "Militiamen looted the village of Um Kurdous on Saturday, witnesses said.",
        "Um Kurdous",
        ("village", None, None),
        id="two-letter-first-word",
    ),
    pytest.param(
        "Militiamen looted the village of Umm Shagira in North Kordofan, witnesses said.",
        "Umm Shagira",
        ("village", "SD", "SD-KN"),
        id="province-after-in",
    ),
]


@pytest.mark.parametrize(("text", "surface", "expected"), WHOLE)
def test_names_read_whole(text: str, surface: str, expected: tuple[object, ...]) -> None:
    """A possessive inside a name, an Arabic name's two-letter first word, a province after "in"."""
    assert expected == _reading(_place(text, surface))


def test_possessive_of_a_country_is_no_name() -> None:
    """ "Syria's" stays the country's possessive: no longer name starts with it."""
    found = [
        (m.text, m.country) for m in parse("Syria's army shelled Idlib on Friday.").places
    ]
    assert ("Syria's", "SY") not in found and ("Idlib", "SY") in found


def test_province_before_a_town_noun_is_the_province() -> None:
    """ "the North Darfur town that ..." names the province, no town called North Darfur."""
    text = "Shells hit a clinic in Kutum, the third attack on the North Darfur town this week."
    assert ("province", "SD", "SD-DN") == _reading(_place(text, "North Darfur"))


def test_other_spellings_carry_their_gazetteer_place() -> None:
    """A row with a GeoNames id is that gazetteer place: its country, province and coordinates."""
    gaz = Gazetteer.default()
    rows = {
        int(gid): (name, country, admin1, float(lat), float(lon))
        for name, _aliases, country, admin1, _kind, _cue, lat, lon, gid in read_tsv(
            "places_extra.tsv", columns=9
        )
        if gid
    }
    found = {}
    for i in range(len(gaz)):
        p = gaz._place(i)
        if p.geonames_id in rows:
            found[p.geonames_id] = (p.country, p.admin1, p.latitude, p.longitude)
    wrong = [row[0] for gid, row in rows.items() if found.get(gid) != row[1:]]
    m = _place("Fighting resumed around Laukkaing on Friday.", "Laukkaing")
    assert ([], True, ("MM-17", 13494766)) == (
        wrong,
        len(rows) > 0,
        (m.admin1, m.geonames_id) if m else None,
    )
