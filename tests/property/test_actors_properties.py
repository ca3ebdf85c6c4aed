"""
Property tests of the actors family: dictionary files round-trip, and any
text gives well-formed mentions (or a ConflictParseError, never anything else).
"""

from __future__ import annotations

import datetime as _dt

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictparse import Document
from conflictparse.context import Context
from conflictparse.errors import ConflictParseError
from conflictparse.parsers.actors import Actor, ActorDictionary, ActorParser
from conflictparse.results import ACTOR_KINDS, ActorMention

PARSER = ActorParser()

_cell = st.text(
    alphabet=st.characters(
        blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"),
        blacklist_characters="|\t\n\r",
    ),
    min_size=1,
    max_size=20,
).map(str.strip).filter(bool)
_dates = st.one_of(st.none(), st.dates(_dt.date(1900, 1, 1), _dt.date(2100, 1, 1)))


@st.composite
def actors(draw: st.DrawFn, ident: str) -> Actor:
    """An actor with a valid period and clean cells."""
    start, end = draw(_dates), draw(_dates)
    if start and end and end < start:
        start, end = end, start
    return Actor(
        id=ident,
        canonical=draw(_cell),
        kind=draw(st.sampled_from(ACTOR_KINDS)),
        country=draw(st.one_of(st.none(), st.sampled_from(["AF", "SY", "CO", "ML"]))),
        valid_from=start,
        valid_to=end,
        aliases=tuple(draw(st.lists(_cell, max_size=5))),
    )


@st.composite
def dictionaries(draw: st.DrawFn) -> ActorDictionary:
    """A dictionary of unique ids; some actors have a parent among the others."""
    n = draw(st.integers(0, 6))
    items = [draw(actors(f"a{i}")) for i in range(n)]
    if n > 1 and draw(st.booleans()):
        items[-1] = attrs.evolve(items[-1], parent="a0")
    return ActorDictionary(items)


@settings(max_examples=40)
@given(dictionaries(), st.sampled_from(["d.tsv", "d.json"]))
def test_round_trip(
    tmp_path_factory: pytest.TempPathFactory, d: ActorDictionary, name: str
) -> None:
    """Writing a dictionary and reading it back gives the same dictionary."""
    path = tmp_path_factory.mktemp("dictionary") / name
    d.to_file(path)
    assert d == ActorDictionary.from_file(path)


_WORDS = [
    "Taliban", "militants", "the", "Afghan", "forces", "IS", "is", "Kabul", "said",
    "FMLN", "(", ")", "of", "Islamic", "State", "Front", "the group", "between",
    "and", "talks", "Washington", "’s", "-", "ISWAP", "police", "station", "\n",
    "Liberation", "Army", "National", "GUERRILLAS", "ELN", "(IMU)",
]  # fmt: skip
_texts = st.one_of(
    st.lists(st.sampled_from(_WORDS), max_size=40).map(" ".join),
    st.text(max_size=200),
)


@settings(max_examples=80)
@given(_texts, st.one_of(st.none(), st.dates(_dt.date(1980, 1, 1), _dt.date(2030, 1, 1))))
def test_any_text(text: str, published: _dt.date | None) -> None:
    """Mentions are well formed and their spans slice the source."""
    try:
        found = PARSER(Document(text=text, context=Context(published=published)))
    except ConflictParseError:
        return
    for m in found:
        assert isinstance(m, ActorMention)
        assert text[m.start : m.end] == m.text
        assert m.text.strip() == m.text and m.text
