"""
The casualty reader's tokens: the white-space cut of ASCII text gives the
tokens the pattern's split gives.
"""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictparse.parsers.casualties import _reader


def _by_pattern(folded: str, start: int, end: int) -> list[tuple[str, int, int]]:
    """The tokens as the pattern's split over the whole piece reads them."""
    piece = folded[start:end]
    pattern = (
        _reader._ASCII_DOTTED_TOKEN_RE
        if _reader._DOTTED_RE.search(piece)
        else _reader._ASCII_TOKEN_RE
    )
    parts = pattern.split(piece)
    bounds = list(itertools.accumulate(map(len, parts), initial=start))
    return [(parts[k], bounds[k], bounds[k + 1]) for k in range(1, len(parts), 2)]


@pytest.mark.parametrize(
    "text",
    [
        "gunmen killed 12 villagers, wounded 1,200 and burned al-shabaab's base.",
        "  two (2) soldiers died;\n\nthree were hurt in the 4.5-hour raid!  ",
        "police said: 'five' people, 3 of them children--died",
        "ALL CAPS KEEPS THE PATTERN'S READING, 7 DEAD.",
        "12 34 ,. a",
    ],
)
def test_tokens_of_examples_equal_the_pattern_split(text: str) -> None:
    toks, texts = _reader.split_tokens(text, 0, len(text))
    assert toks == _by_pattern(text, 0, len(text))
    assert texts == [t[0] for t in toks]


@given(
    st.text(alphabet="abz09 \t\n\r\x0b\x0c-',.;:()\"!?\x1cAZ", max_size=40),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_tokens_equal_the_pattern_split(text: str, a: int, b: int) -> None:
    start, end = sorted((min(a, len(text)), min(b, len(text))))
    toks, texts = _reader.split_tokens(text, start, end)
    assert toks == _by_pattern(text, start, end)
    assert texts == [t[0] for t in toks]
