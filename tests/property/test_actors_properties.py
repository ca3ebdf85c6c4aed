"""
Property tests of the actors family: dictionary files round-trip, any
text gives well-formed mentions (or a ConflictParseError, never anything
else), and the alias scan's shortcuts find what a plain walk finds.
"""

from __future__ import annotations

import datetime as _dt

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflictparse import Document
from conflictparse._text import fold
from conflictparse.context import Context
from conflictparse.errors import ConflictParseError
from conflictparse.parsers.actors import Actor, ActorDictionary, ActorParser
from conflictparse.parsers.actors._index import (
    EXACT,
    AliasIndex,
    Entry,
    Tokens,
    _case_ok,
    tokenize,
)
from conflictparse.parsers.actors._parser import _default_compiled
from conflictparse.results import ACTOR_KINDS, ActorMention

PARSER = ActorParser()

_cell = (
    st.text(
        alphabet=st.characters(
            blacklist_categories=("Cc", "Cs", "Zl", "Zp", "Co", "Cn"),
            blacklist_characters="|\t\n\r",
        ),
        min_size=1,
        max_size=20,
    )
    .map(str.strip)
    .filter(bool)
)
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


def _reference_scan(
    index: AliasIndex, text: str, tokens: Tokens, shouting: bool
) -> list[tuple[int, int, int, int, tuple[Entry, ...]]]:
    """The scan without its pre-filters and straight-line walk: every token tried depth-first."""
    out: list[tuple[int, int, int, int, tuple[Entry, ...]]] = []
    after = 0
    for i in range(len(tokens)):
        if i < after or not tokens.words[i]:
            continue  # (an empty token: a gap of more than one separator)
        candidates: list[tuple[int, int, int, tuple[Entry, ...], bool]] = []
        index._walk(text, tokens, i, "", i, i, candidates)
        candidates.sort(key=lambda c: (-c[0], c[2]))
        for last, stop, _order, entries, plural in candidates:
            kept = tuple(
                e
                for e in entries
                if not (plural and e[1] & EXACT)
                and _case_ok(text, tokens.start(i), stop, e, shouting)
            )
            if kept:
                out.append((tokens.start(i), stop, i, last, kept))
                after = last + 1
                break
    return out


_SCAN_WORDS = [
    "the", "The", "THE", "is", "IS", "Is", "US", "us", "U.S.", "u.s.", "forces", "Forces",
    "FORCES", "force", "Taliban", "Taliban's", "TALIBAN'S", "rebels", "rebel's", "army",
    "Army", "Afghan", "AFGHAN", "police", "Police", "militias", "militia", "Islamic",
    "State", "state", "FMLN", "fmln", "Fmln", "ISIS", "ISWAP", "Shabaab", "al-Shabaab",
    "Al", "al", "Front", "fronts", "Liberation", "National", "people's", "PEOPLES",
    "the rebels'", "guerrillas", "GUERRILLAS", "party", "parties", "army's", ",", ".",
    "-", "/", "(", ")", "\n", "  ", "and", "of", "said", "ELN", "eln", "NPA", "M23", "LeT",
    "IMU", "AQAP", "Aqap",
    # words that are prefixes of other words, and of the words of aliases
    # ("Islamic State of Ira" then "... of Iraq": a remembered run must end
    # past the separator after its last word, or "Ira" matches "Iraq")
    "Ira", "Iraq", "Iraqi", "Levan", "Levant", "Khorasa", "Khorasan", "Liby", "Libya",
    "in", "i", "militant", "militants", "Stat", "Taliba", "Shabaa", "ISI", "IS", "M2",
    "Shining", "Pat", "Path", "Sinai", "Provinc", "Province", "coalitio", "coalition",
    "US-led", "Fron", "fro",
]  # fmt: skip

#: Aliases of several words, each also cut short in its last word: a cut
#: run read (and remembered) before the whole one.
_CUT_PHRASES = [
    "Islamic State of Ira", "Islamic State of Iraq", "Islamic State militant",
    "Islamic State militants", "Islamic State Khorasa", "Islamic State Khorasan",
    "Islamic State in Liby", "Islamic State in Libya", "Islamic State of Iraq and the Levan",
    "Islamic State of Iraq and the Levant", "Islamic Stat", "Islamic State",
    "Sinai Provinc", "Sinai Province", "US-led coalitio", "US-led coalition",
    "Shining Pat", "Shining Path", "ISI", "ISIS",
]  # fmt: skip


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_SCAN_WORDS), max_size=30), st.booleans())
@example(
    ["the", "Taliban's", "Front", "the", "rebel's", "army", "the"], False
)  # stems, last
@example(
    ["the", ",", "forces", "Islamic", "State", "militias", "the", "  ", "rebels"], True
)  # gaps
@example(
    ["the", "taliban", "said", "shining", "path"], False
)  # proper names written lower case
@example(["The", "Armed\nForces", "and", "U.S.\nled", "coalition"], False)  # line breaks
def test_scan_equals_unfiltered_walk(words: list[str], shouting: bool) -> None:
    """The scan's pre-filters and straight-line walk find what trying every token would."""
    index = _default_compiled().index
    text = " ".join(words)
    tokens = tokenize(fold(text))
    expected = _reference_scan(index, text, tokens, shouting)
    actual = [
        (m.start, m.end, m.first, m.last, m.entries)
        for m in index.scan(text, tokens, shouting=shouting)
    ]
    assert expected == actual


@settings(max_examples=150, deadline=None)
@given(
    st.lists(
        st.sampled_from([*_SCAN_WORDS, "authorities", "navy's", "the the"]), max_size=30
    ),
    st.booleans(),
    st.sampled_from([0, 10**9]),
)
@example(["the", "army's", "the", "  ", "rebels", "the"], False, 10**9)  # stem, gap, last
@example(["The", "the", "Taliban", "THE", "(", "FMLN"], True, 0)  # "the" twice, a bracket
@example(["the", "authorities", "the", "navy's"], False, 10**9)  # no alias starts them
def test_scan_led_from_the_next_word_equals_unfiltered_walk(
    words: list[str], shouting: bool, memo_from: int
) -> None:
    """A scan given hits without "the" (``led``) finds what trying every token would."""
    index = _default_compiled().index
    text = " ".join(words)
    tokens = tokenize(fold(text))
    expected = _reference_scan(index, text, tokens, shouting)
    wanted = index.scan_words
    assert "the" not in wanted
    hits = [k for k, word in enumerate(tokens.words) if word in wanted]
    actual = [
        (m.start, m.end, m.first, m.last, m.entries)
        for m in index.scan(
            text, tokens, shouting=shouting, hits=hits, led=True, _memo_from=memo_from
        )
    ]
    assert expected == actual


def _scanned(text: str, shouting: bool, memo_from: int) -> list[tuple[object, ...]]:
    """The scan's matches of *text*, remembering runs from *memo_from* characters."""
    index = _default_compiled().index
    tokens = tokenize(fold(text))
    return [
        (m.start, m.end, m.first, m.last, m.entries)
        for m in index.scan(text, tokens, shouting=shouting, _memo_from=memo_from)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "the Islamic State of Ira and the Islamic State of Iraq",
            ["Islamic State", "Islamic State of Iraq"],
            id="cut-word-then-whole",
        ),
        pytest.param(
            "Islamic State in Liby and Islamic State in Libya",
            ["Islamic State", "Islamic State in Libya"],
            id="cut-last-word-then-whole",
        ),
        pytest.param(
            "Sinai Provinc, then Sinai Province",
            ["Sinai Province"],
            id="no-match-then-match",
        ),
    ],
)
def test_remembered_walk_of_a_cut_word(text: str, expected: list[str]) -> None:
    """A run remembered with a word cut short is not reused for the whole word."""
    index = _default_compiled().index
    tokens = tokenize(fold(text))
    found = index.scan(text, tokens, shouting=False, _memo_from=0)
    assert expected == [text[m.start : m.end] for m in found]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.sampled_from(_CUT_PHRASES), min_size=2, max_size=8),
    st.sampled_from([" ", " and the ", ", ", "\n", " - ", "-"]),
    st.booleans(),
)
@example(["Islamic State of Ira", "Islamic State of Iraq"], " and the ", False)
def test_remembered_walks_of_cut_aliases_equal_walks(
    phrases: list[str], gap: str, shouting: bool
) -> None:
    """Aliases cut short in their last word, then whole: remembered walks find what walks find."""
    text = gap.join(phrases)
    if shouting:
        text = text.upper()
    assert _scanned(text, shouting, 10**9) == _scanned(text, shouting, 0)


_MEMO_PIECES = _SCAN_WORDS + _CUT_PHRASES


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.sampled_from(_MEMO_PIECES), min_size=1, max_size=8),
    st.integers(1, 6),
    st.lists(st.sampled_from(_MEMO_PIECES), max_size=6),
    st.booleans(),
)
@example(
    ["the", "Islamic", "State", "of", "Ira", "and"],
    1,
    ["the", "Islamic State of Iraq"],
    False,
)
@example(
    ["Taliban", "Kabul", "Province", "Army", "Forces", "Said"], 4, [], False
)  # hostile run
@example(
    ["THE", "REBELS", "AND", "THE", "ARMY", "FORCES"], 3, ["THE"], True
)  # shouted copy
@example(["Islamic", "State", "militias"], 3, ["Islamic"], False)  # a run cut by the end
@example(["the", "rebel's", "army", "IS"], 3, [], False)  # apostrophes: never remembered
def test_remembered_walks_equal_walks(
    run: list[str], times: int, tail: list[str], shouting: bool
) -> None:
    """A scan that remembers each written run's walk finds what walking every start finds."""
    index = _default_compiled().index
    words = run * times + tail
    text = " ".join(words)
    if shouting:
        text = text.upper()
    tokens = tokenize(fold(text))
    walked = [
        (m.start, m.end, m.first, m.last, m.entries)
        for m in index.scan(text, tokens, shouting=shouting, _memo_from=10**9)
    ]
    remembered = [
        (m.start, m.end, m.first, m.last, m.entries)
        for m in index.scan(text, tokens, shouting=shouting, _memo_from=0)
    ]
    assert _reference_scan(index, text, tokens, shouting) == walked
    assert walked == remembered


_ORG_WORDS = [
    "Taliban", "TALIBAN", "Kabul", "Province", "Army", "ARMY", "Forces", "forces", "Said",
    "said", "of", "the", "The", "National", "NATIONAL", "Liberation", "LIBERATION", "Front",
    "FRONT", "People's", "Brigade's", "3rd", "Battalion", "Islamic", "State", "Afghan",
    "troops", "Shining", "Path", "-", ",", ".", "\n", "and", "Popular", "Revolutionary",
    "Vanguard", "Movement", "Infantry", "Division",
]  # fmt: skip


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(_ORG_WORDS), max_size=30), st.booleans())
@example(["troops", "National", "Army"], False)  # a lower-case taken word ends the walk
@example(
    ["Taliban", "Kabul", "Province", "Army", "Forces", "Said"] * 3, False
)  # doomed heads
@example(
    ["ARMY", "THE", "3RD", "BRIGADE", ",", "FORCES", "OF", "THE", "ARMY"], True
)  # no name word
@example(
    ["Taliban", "People's", "Army", "Forces", "of", "Taliban", "People's", "Army"] * 2,
    False,
)
@example(
    ["Taliban"]
    + ["National", "Front", "Liberation"] * 3
    + ["Army"]
    + ["Taliban", "Army"] * 2,
    False,
)
def test_org_walk_shortcut_equals_full_walk(words: list[str], shouting: bool) -> None:
    """Giving up a head with nothing before it, or a name whose left walk reaches a dictionary match (walked or remembered), finds what the full walk finds."""
    from conflictparse.parsers.actors._orgs import find_org_names

    index = _default_compiled().index
    text = " ".join(words)
    tokens = tokenize(fold(text))
    taken = [(m.start, m.end) for m in index.scan(text, tokens, shouting=shouting)]
    expected = find_org_names(text, tokens, taken, shouting=shouting, _doomed=False)
    assert expected == find_org_names(text, tokens, taken, shouting=shouting)


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="ab Z09'-_.,\n\t\x00\x7f", max_size=40))
@example("the rebels' 'base' a''b Qa'ida's")
def test_ascii_tokenizer_equals_word_pattern(text: str) -> None:
    """The translate-and-split tokenizer of ASCII text gives what the word pattern gives."""
    import re

    expected = [
        (m.start(), m.end(), m.group().replace("'", ""), m.group().endswith("'s"))
        for m in re.finditer(r"[^\W_]+(?:'[^\W_]+)*", text)
    ]
    actual = tokenize(text)
    words = [k for k, word in enumerate(actual.words) if word]
    assert expected == [
        (actual.start(k), actual.end(k), actual.words[k], k in actual.stems)
        for k in words
    ]
