"""
The unknown-place cue pattern looked for sentence by sentence gives what
its scan over the whole story gives.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictparse._text import REGEX_TIMEOUT
from conflictparse.parsers.places import _parser as P


def _whole(text: str) -> list[tuple[Any, ...]]:
    return [
        (m.span(), m.groupdict())
        for m in P._UNKNOWN_CUE.finditer(text, timeout=REGEX_TIMEOUT)
    ]


def _by_piece(text: str) -> list[tuple[Any, ...]]:
    return [(m.span(), m.groupdict()) for m in P._unknown_cue_matches(text)]


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen raided Tamanrasset district. The village of Ouro Sogui\nwas hit.",
        "Fighters entered Kafr Nabl town on Monday.\nLater, Ma'arat al-Nu'man, "
        "Saraqib and Jisr villages were shelled.",
        "He left Damboa, in Borno STATE. Troops held Bama LGA.",
        "She was seen near Bulo Hawo, in Gedo region, officials said.",
        "The army said. Zone\nNorth Kivu zone, the Central Azawad Zone",
        "An attack hit the northern city of Kharkiv. No cue here.",
        "Mosul's al-Zuhur Neighbourhood and the Local government of Guma.",
        "Rebels raided Kibirizi, Rutshuru territory. Then Lubero Territory.",
    ],
)
def test_examples_equal_the_whole_scan(text: str) -> None:
    assert _by_piece(text) == _whole(text)


_WORDS = st.sampled_from(
    [
        "Kafr",
        "Nabl",
        "Al-Bab",
        "town",
        "Town",
        "village",
        "villages",
        "district",
        "city",
        "of",
        "the",
        "in",
        "and",
        "Borno",
        "State",
        "state",
        "province",
        "LGA",
        "Local",
        "Government",
        "zone",
        "North",
        "northern",
        "near",
        "Gedo",
        "region",
        "neighbourhood",
        "county",
        "Ouro",
        "Sogui",
        "territory",
        "Rutshuru",
    ]
)
_GLUE = st.sampled_from([" ", " ", " ", ", ", ". ", ".", "\n", "\n\n", " (", ") "])


@given(st.lists(st.tuples(_WORDS, _GLUE), max_size=30))
def test_pieces_equal_the_whole_scan(parts: list[tuple[str, str]]) -> None:
    text = "".join(word + glue for word, glue in parts)
    assert _by_piece(text) == _whole(text)


_CUE_PARTS = st.sampled_from(
    [
        "province",
        "district",
        "prefecture",
        "department",
        "provinces",
        "district_",
        "district\u00e9",
        "district1",
        " ",
        "  ",
        "\u00a0",
        "Soum",
        "\u0301",
        "-",
        "\n",
    ]
)


@given(st.lists(_CUE_PARTS, max_size=14))
def test_second_level_cue_words_equal_the_scan(parts: list[str]) -> None:
    """The cue words found with ``str.find`` are the matches of the scan over the text."""
    from conflictparse.parsers.places import _second_level as S

    text = "".join(parts)
    assert [(m.span(), m.group("cue")) for m in S._cue_words(text)] == [
        (m.span(), m.group("cue"))
        for m in S._CUE_WORD.finditer(text, timeout=REGEX_TIMEOUT)
    ]


_MODERN_WORDS = st.sampled_from(
    [
        "Kafr",
        "Nabl",
        "town",
        "downtown",
        "townspeople",
        "village",
        "city",
        "capacity",
        "ethnicity",
        "district",
        "in",
        "the",
        "of",
        "Borno",
        "State",
        "statement",
        "\u017ftate",
        "ST\u0130TE",
        "regional",
        "region",
        "Gedo",
        "\u00c9touri",
        "Kalehe",
        "territory",
        "\u212aivu",
        "LGA",
        "Local",
        "government",
        "zone",
        "neighbourhood",
        "\u201cGuma",
        "caf\u00e9",
    ]
)
_MODERN_GLUE = st.sampled_from(
    [" ", " ", ", ", ". ", "\n", "\u201d ", " \u2014 ", "\u2019s ", "-", "\u00a0"]
)


@given(st.lists(st.tuples(_MODERN_WORDS, _MODERN_GLUE), max_size=30))
def test_modern_pieces_equal_the_whole_scan(parts: list[tuple[str, str]]) -> None:
    """Curly quotes, dashes and accented names: the pieces' scan is the whole one's."""
    text = "".join(word + glue for word, glue in parts)
    assert _by_piece(text) == _whole(text)


@pytest.mark.parametrize(
    "text",
    [
        "Officials said in a statement that the capacity of the downtown camp was full.",
        "\u201cWe fled,\u201d she said in a statement about regional aid.",
    ],
)
def test_words_inside_other_words_need_no_scan(text: str) -> None:
    """ "statement", "capacity", "downtown" hold no cue: the piece is not scanned."""
    assert not P._line_may_hold_unknown_cue(text)


_ASCII_WORDS = st.sampled_from(
    [
        "Kafr",
        "al-Zuhur",
        "ad-Dawr",
        "ash-Sham",
        "Tell",
        "x-Ray",
        "town",
        "townships",
        "downtown",
        "villages",
        "district",
        "districts",
        "city",
        "of",
        "the",
        "in",
        "and",
        "northern",
        "North",
        "Borno",
        "STATE",
        "statement",
        "Local",
        "Government",
        "Area",
        "LGA",
        "zone",
        "neighborhood",
        "county",
        "territory",
        "Gedo",
        "region",
        "Um",
        "Sayala",
        "said",
        "a",
    ]
)
_ASCII_GLUE = st.sampled_from([" ", " ", " ", "  ", ", ", "-", "_", "1", "'s "])


@given(st.lists(st.tuples(_ASCII_WORDS, _ASCII_GLUE), max_size=24))
def test_ascii_starts_equal_the_whole_scan(parts: list[tuple[str, str]]) -> None:
    """
    ASCII pieces are matched only at the offsets a match may begin at, near
    a cue word: articles joined to names, capitals after hyphens, digits and
    underscores, cue words inside other words, several cues in one piece.
    """
    text = "".join(word + glue for word, glue in parts)
    assert _by_piece(text) == _whole(text)


@pytest.mark.parametrize(
    "text",
    [
        "Troops entered the ad-Dawr district and Hamra, Tell and Kafr villages.",
        "Gunmen hit Kalehe, Rutshuru territory, then the Goma town of Sake Bay.",
        "He was held near Kibati in North Kivu province with his son Jean Paul.",
        # six gaps of spaces between a name and its province's word
        "She was seen near Bulo, in the northern Gedo Hawo region. Then Baidoa.",
    ],
)
def test_ascii_examples_equal_the_whole_scan(text: str) -> None:
    assert _by_piece(text) == _whole(text)
    assert _by_piece(text)  # (each holds a match)


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen hit Damboa, in Borno \u017ftate, on Monday.",  # a long s
        "Troops entered the ad-Dawr district, \u00c9ric said.",
        # a letter whose lower case is longer, before the cue: offsets move
        "\u0130" * 30 + " said "
        "Hamra, Tell and Kafr villages a b c d e f g h i j k l m n o p.",
    ],
)
def test_other_script_examples_equal_the_whole_scan(text: str) -> None:
    """Pieces in other scripts are matched near their cue words as ASCII ones are."""
    assert _by_piece(text) == _whole(text)
    assert _by_piece(text)
