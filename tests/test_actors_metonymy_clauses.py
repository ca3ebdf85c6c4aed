"""
The metonymy pattern looked for clause by clause gives what its scan over
the whole story gives.
"""

from __future__ import annotations

from itertools import compress
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictparse._text import REGEX_TIMEOUT, fold
from conflictparse.parsers.actors import _parser as A
from conflictparse.parsers.actors._index import tokenize, tokens_in

_WANTED = A._CUE_WORDS | A._OTHER_WORDS


def _both(text: str) -> tuple[list[Any], list[Any]] | None:
    tokens = tokenize(fold(text))
    words = tokens.words
    hits = list(compress(range(len(words)), map(_WANTED.__contains__, words)))
    others = tokens_in(hits, words, A._OTHER_WORDS)
    if not A._has_cue(text, tokens, others):
        return None
    whole = [
        (m.span(), m.groupdict())
        for m in A._METONYMY_RE.finditer(text, timeout=REGEX_TIMEOUT)
    ]
    clauses = [
        (m.span(), m.groupdict()) for m in A._metonymy_matches(text, tokens, others)
    ]
    return whole, clauses


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Monday that Moscow had launched 40 drones; Warsaw's envoy left.",
        "In 2024, Tehran denied it. Ankara (officially) warned, and the Kabul "
        "government said nothing.",
        "Officials in Khartoum, who spoke to reporters, said Nairobi has denied it.",
        "Washington has also repeatedly urged calm.\nBeijing says it backs the plan.",
        "Caracas's refusal came after Bogota-based analysts said so.",
        "Kyiv said'Kyiv, said it",  # a cue word the tokens join to what follows
        "Kinshasa accused'Kigali of it",  # ... and no other cue word
    ],
)
def test_examples_equal_the_whole_scan(text: str) -> None:
    both = _both(text)
    assert both is not None
    assert both[0], "each example holds a match"
    assert both[1] == both[0]


_WORDS = st.sampled_from(
    [
        "Kyiv",
        "Moscow",
        "Warsaw",
        "New",
        "Delhi",
        "said",
        "has",
        "also",
        "denied",
        "government",
        "envoy",
        "is",
        "committed",
        "to",
        "the",
        "on",
        "Monday",
        "talks",
        "12",
        "'s",
        "Al-Bab",
    ]
)
_GLUE = st.sampled_from([" ", " ", " ", ", ", ". ", "; ", "(", ") ", "\n", "-", "'", '"'])


@given(st.lists(st.tuples(_WORDS, _GLUE), max_size=25))
def test_clauses_equal_the_whole_scan(parts: list[tuple[str, str]]) -> None:
    both = _both("".join(word + glue for word, glue in parts))
    if both is not None:
        assert both[1] == both[0]


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said on Monday \u2014 as Moscow denied it \u2014 that Warsaw\u2019s envoy left.",
        "\u201cWe will respond,\u201d Tehran warned. Is it? Ankara has\u00a0also urged calm.",
        "Bogot\u00e1 said it; \u00c9douard, Caracas\u2019s envoy, was there?",
        "Kinshasa accused\u2019Kigali of it",  # a curly apostrophe, no other cue word
    ],
)
def test_other_script_examples_equal_the_whole_scan(text: str) -> None:
    both = _both(text)
    assert both is not None
    assert both[0], "each example holds a match"
    assert both[1] == both[0]


_MODERN_WORDS = st.sampled_from(
    [
        "Kyiv",
        "Bogot\u00e1",
        "\u00c9douard",
        "said",
        "has",
        "envoy",
        "government",
        "the",
        "is",
    ]
)
_MODERN_GLUE = st.sampled_from(
    [
        " ",
        " ",
        ", ",
        "? ",
        "\u2014",
        " \u2014 ",
        "\u2019s ",
        "\u2019",
        "\u201c",
        "\u00a0",
        "\u2009",
    ]
)


@given(st.lists(st.tuples(_MODERN_WORDS, _MODERN_GLUE), max_size=25))
def test_other_script_clauses_equal_the_whole_scan(parts: list[tuple[str, str]]) -> None:
    """Dashes, curly quotes, accented names and "?": each clause reads as the whole scan."""
    both = _both("".join(word + glue for word, glue in parts))
    if both is not None:
        assert both[1] == both[0]
