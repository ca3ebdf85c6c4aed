"""
Property tests of the places parser: arbitrary text never raises anything
but ConflictParseError, and every mention's span slices the source.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from conflictparse import Document
from conflictparse.errors import ConflictParseError
from conflictparse.parsers.places import (
    Gazetteer,
    PlaceParser,
    capital_country,
    resolve_name,
)

_WORDS = [
    "Kabul", "KABUL", "Takhar", "province", "district", "of", "in", "the", "near",
    "Darqad", "Syria", "U.S.", "US-led", "Afghan", "said", "Police", "Central",
    "Asia", "Oxus", "river", "Movement", "Uzbekistan", "town", "village", "Sana'a",
    "Côte", "d'Ivoire", "between", "and", "talks", ",", ".", "\n", "—", "’s",
]  # fmt: skip

wire_like = st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join)
texts = st.one_of(st.text(max_size=300), wire_like)


@given(text=texts)
def test_spans_slice_the_source(text: str) -> None:
    """Every mention's text is exactly the source at its span."""
    for m in PlaceParser()(Document(text=text)):
        assert text[m.start : m.end] == m.text


@given(text=texts)
def test_arbitrary_text_raises_only_library_errors(text: str) -> None:
    """Arbitrary input yields mentions or a ConflictParseError, nothing else."""
    try:
        result = PlaceParser()(Document(text=text))
    except ConflictParseError:
        return
    assert isinstance(result, tuple)


@given(name=st.text(max_size=40))
def test_name_helpers_never_raise(name: str) -> None:
    """capital_country and resolve_name accept any string."""
    code = capital_country(name)
    m = resolve_name(name)
    assert code is None or len(code) == 2
    assert m is None or m.text == name


#: Words for the word-start cache: ALL-CAPS and mixed case, hyphens, and a
#: run of letters longer than any name (never looked up).
_CACHE_WORDS = [
    *_WORDS,
    "TAKHAR",
    "PROVINCE",
    "IN",
    "THE",
    "SYRIA-TURKEY",
    "A" + "b" * 130,
    "X" * 125,
]
cache_texts = st.lists(st.sampled_from(_CACHE_WORDS), max_size=40).map(" ".join)


@given(text=st.one_of(cache_texts, texts))
def test_shared_word_starts_read_as_a_fresh_call(text: str) -> None:
    """
    The shipped gazetteer's shared cache of which words may start a name
    (and the offsets summed only for the words visited) reads a text as a
    call with its own, empty caches does.
    """
    fresh = PlaceParser(gazetteer=Gazetteer.default())(Document(text=text))
    assert fresh == PlaceParser()(Document(text=text))
