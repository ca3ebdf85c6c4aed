"""
Property tests of the dates parser: round trips of rendered dates, spans
that slice the source, and robustness on arbitrary text.
"""

from __future__ import annotations

import datetime as dt
import functools
import itertools
from collections.abc import Iterator
from typing import Final
from unittest import mock

import attrs
import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictparse import Document
from conflictparse.context import Context
from conflictparse.errors import ConflictParseError
from conflictparse.parsers.dates import DateParser, _parser, _patterns, parse_date
from conflictparse.results import DateMention

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]

dates_ = st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2099, 12, 31))
lag = st.integers(min_value=0, max_value=3000)
published_ = st.one_of(
    st.none(), st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2050, 12, 31))
)


def render(d: dt.date, style: str) -> str:
    """Write *d* in one of the absolute styles the parser reads."""
    month = MONTHS[d.month - 1]
    if style == "dmy":
        return f"{d.day} {month} {d.year}"
    if style == "mdy":
        return f"{month} {d.day}, {d.year}"
    if style == "iso":
        return d.isoformat()
    return f"{d.day} {month[:3].upper()} {d.year % 100:02d}"


@given(d=dates_, days_later=lag, style=st.sampled_from(["dmy", "mdy", "iso"]))
def test_rendered_dates_parse_back(d: dt.date, days_later: int, style: str) -> None:
    """'21 March 2020', 'March 21, 2020' and '2020-03-21' inside a sentence read back as the day."""
    text = f"Gunmen attacked the convoy on {render(d, style)}, police said."
    published = d + dt.timedelta(days=days_later)
    got = parse_date(text, published=published)
    assert (d.isoformat(), "day", d, d) == (
        got.value,
        got.precision,
        got.earliest,
        got.latest,
    )


@given(d=st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
       days_later=lag)  # fmt: skip
def test_wire_dates_parse_back(d: dt.date, days_later: int) -> None:
    """'10 JAN 90' in ALL-CAPS copy reads back as the day, given a later publication date."""
    text = f"THE ARMY REPORTED A CLASH ON {render(d, 'wire')} IN USULUTAN DEPARTMENT."
    published = d + dt.timedelta(days=days_later)
    got = parse_date(text, published=published)
    assert (d.isoformat(), d) == (got.value, got.earliest)


WORDS = st.sampled_from(
    [
        "on",
        "in",
        "the",
        "late",
        "early",
        "mid",
        "end",
        "of",
        "between",
        "and",
        "to",
        "from",
        "last",
        "next",
        "this",
        "past",
        "week",
        "month",
        "year",
        "weekend",
        "days",
        "day",
        "two",
        "14",
        "3-4",
        "2014",
        "2014-2016",
        "90",
        "JAN",
        "Sunday",
        "Friday",
        "October",
        "May",
        "March",
        "winter",
        "spring",
        "ago",
        "after",
        "before",
        "later",
        "earlier",
        "yesterday",
        "today",
        "night",
        "tonight",
        "1990s",
        "'90s",
        "third",
        "quarter",
        "fiscal",
        "21",
        "March",
        "2020,",
        ".",
        "-",
        "10/01/2016",
        "2016-01-10",
        "Dec.",
        "26",
        "now",
        "the",
        "past",
        "20th",
        "century",
    ]
)
texts = st.one_of(
    st.text(max_size=300),
    st.lists(WORDS, max_size=40).map(" ".join),
    st.lists(WORDS, max_size=40).map(lambda w: " ".join(w).upper()),
)


@given(text=texts, published=published_)
def test_arbitrary_text_is_safe_and_spans_slice(
    text: str, published: dt.date | None
) -> None:
    """Any text gives mentions whose spans slice the source, or a typed error only."""
    try:
        found = DateParser()(Document(text=text, context=Context(published=published)))
    except ConflictParseError:
        return
    assert [d.text for d in found] == [text[d.start : d.end] for d in found]


@given(text=texts, published=published_)
def test_parse_date_raises_only_typed_errors(
    text: str, published: dt.date | None
) -> None:
    """The strict helper returns a date or raises a ConflictParseError subclass."""
    try:
        got = parse_date(text, published=published)
    except ConflictParseError:
        return
    assert got.kind in ("date", "range")


# -- the forms are tried only where they can start ---------------------------

_VOCAB = sorted(
    {w for words in _patterns._FIRST_WORDS.values() for w in words if w != "#"}
    | {
        "3",
        "14",
        "2016",
        "1990s",
        "'90s",
        "3rd",
        "21st",
        "10/01/2016",
        "2016-01-10",
        "q3",
        "90",
        "123",
        "20160",
        "1990's",
        "of",
        "and",
        "to",
        "-",
        "day",
        "days",
        "week",
        "weeks",
        "month",
        "year",
        "years",
        "ago",
        "later",
        "before",
        "after",
        "quarter",
        "half",
        "fiscal",
        "century",
        "weekend",
        "morning",
        "night",
        "eve",
        "'s",
        "year's",
        "year-ago",
        "a few",
        "couple of",
        ",",
        ".",
    }
)


#: Date-ish words and the separators between them, for the form-matching properties.
_WORDS: Final = st.lists(st.sampled_from(_VOCAB), min_size=1, max_size=12)
_SEPARATORS: Final = st.lists(
    st.sampled_from([" ", "  ", "-", ", ", "\n", "/", ".", "'", "'s "]),
    min_size=12,
    max_size=12,
)


@functools.cache
def _all_forms() -> regex.Pattern[str]:
    """Every form in one alternation, in order of preference (the reference)."""
    return regex.compile("|".join(_patterns._SOURCES), regex.VERBOSE)


@given(words=_WORDS, seps=_SEPARATORS)
def test_forms_tried_by_first_word_match_the_full_alternation(
    words: list[str], seps: list[str]
) -> None:
    """At every word start, the forms that can start with the word find the same match as all forms in one alternation."""
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    for word in regex.finditer(r"[a-z0-9]++", text):
        full = _all_forms().match(text, word.start())
        got = None
        after = ""
        if text.isascii() and word.group()[0].isdigit():
            after = _patterns.next_char_class(text[word.end() : word.end() + 1])
        for form, _ in _parser._detectors(
            word.group().encode("ascii"), text.isascii(), after
        ):
            got = _patterns.form_pattern(form).match(text, word.start())
            if got is not None:
                break
        expected = (
            None
            if full is None
            else (
                full.span(),
                {
                    g: v
                    for g, v in full.groupdict().items()
                    if got is not None and g in got.re.groupindex
                },
            )
        )
        actual = None if got is None else (got.span(), got.groupdict())
        assert expected == actual


def _word_starts(text: str) -> Iterator[tuple[regex.Match[str], str]]:
    """Each ASCII word of *text* and the class of the character after it (digits only)."""
    for word in regex.finditer(r"[a-z0-9]++", text):
        after = ""
        if word.group()[0].isdigit():
            after = _patterns.next_char_class(text[word.end() : word.end() + 1])
        yield word, after


@given(words=_WORDS, seps=_SEPARATORS)
def test_forms_in_one_alternation_match_as_tried_one_by_one(
    words: list[str], seps: list[str]
) -> None:
    """At every word start, the one-call alternation of a word's forms matches as trying them in turn."""
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    for word, after in _word_starts(text):
        detectors = _parser._detectors(word.group().encode("ascii"), True, after)
        one_by_one = None
        for form, _ in detectors:
            m = _patterns.form_pattern(form).match(text, word.start())
            if m is not None:
                one_by_one = (form, m.span(), m.groupdict())
                break
        detect = _parser._detector(word.group().encode("ascii"), True, after)
        together = None
        if detect is not None:
            m = detect[0].match(text, word.start())
            if m is not None:
                forms = {
                    number: name
                    for name, number in detect[2].items()
                    if name.startswith("f_")
                }
                form = next(forms[n] for n, _ in detect[1] if m.start(n) >= 0)
                groups = detect[5](m, detect[2])  # by name, as the handlers read them
                mine = _patterns.form_pattern(form).groupindex
                together = (form, m.span(), {g: groups.group(g) for g in mine})
        assert one_by_one == together


@given(words=_WORDS, seps=_SEPARATORS)
def test_handler_found_in_c_is_that_of_the_first_form_group_set(
    words: list[str], seps: list[str]
) -> None:
    """The handler picked by compress over the forms' groups is that of the first form group with a start."""
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    for word, after in _word_starts(text):
        detect = _parser._detector(word.group().encode("ascii"), True, after)
        if detect is None:
            continue
        m = detect[0].match(text, word.start())
        if m is None or m.end() <= word.start():
            continue
        expected = next(h for n, h in detect[1] if m.start(n) >= 0)
        assert expected == _parser._handler(m, detect[3], detect[4])


# -- a sentence is read up to MAX_PER_SENTENCE dates -------------------------

_PHRASES = st.sampled_from(
    [
        "on 3 May 2015",
        "5 May 12",
        "in March",
        "on Friday",
        "last week",
        "2014-2016",
        "the 1990s",
        "two days ago",
        "between 14 and 16 February",
        "from March to May",
        "10/01/2016",
        "yesterday",
        "rebels shelled the town",
        "and",
        "until",
        "the next day",
        ",",
        ".",
        "\n\n",
        "?",
        "3 JAN 90",
        "on the 9th",
        "the first week of May",
        "on Tuesday of last week",
        "from the 5th to the 8th",
    ]
)


@settings(max_examples=30)
@given(phrases=st.lists(_PHRASES, max_size=23), published=published_)
def test_sentence_limit_reads_as_without_it(
    phrases: list[str], published: dt.date | None
) -> None:
    """Text of fewer dates than the limit (two at most per phrase) reads the same as without it."""
    text = " ".join(phrases)
    with_limit = _parser.scan(text, published=published)
    with mock.patch.object(_parser, "MAX_PER_SENTENCE", 10**9):
        without = _parser.scan(text, published=published)
    assert without == with_limit


@settings(max_examples=30)
@given(
    repeat=st.integers(min_value=1, max_value=_parser.MAX_PER_SENTENCE - 1),
    phrase=st.sampled_from(["5 May 12 ", "on 3 May 2015, ", "Friday ", "in 2014 and "]),
)
def test_dense_sentence_under_the_limit_reads_as_without_it(
    repeat: int, phrase: str
) -> None:
    """A sentence of fewer dates than the limit, back to back, reads the same as without the limit."""
    text = phrase * repeat
    with_limit = _parser.scan(text, published=dt.date(2016, 1, 10))
    with mock.patch.object(_parser, "MAX_PER_SENTENCE", 10**9):
        without = _parser.scan(text, published=dt.date(2016, 1, 10))
    assert without == with_limit


def _candidates_part_by_part(line: bytes) -> list[tuple[int, int]]:
    """The candidates of *line* as the earlier split on every single space found them: (word index, offset)."""
    out: list[tuple[int, int]] = []
    offset = rank = 0
    for part in line.split(b" "):
        if part:
            if part in _parser._candidate_tokens():
                out.append((rank, offset))
            rank += 1
        offset += len(part) + 1
    return out


@given(
    words=st.lists(
        st.sampled_from(
            [
                "3",
                "12",
                "1",
                "000",
                "may",
                "days",
                "rebels",
                "st",
                "q",
                "the",
                "2016",
                "1990s",
                "21st",
                "mayor",
                "nowadays",
                "now",
                "x3",
            ]
        ),
        max_size=40,
    ),
    gaps=st.lists(
        st.sampled_from([" ", "  ", ", ", "-", "...", "\u00e9", "/"]),
        min_size=41,
        max_size=41,
    ),
    lead=st.sampled_from(["", " ", "--"]),
)
def test_candidates_found_by_find_are_those_of_the_part_walk(
    words: list[str], gaps: list[str], lead: str
) -> None:
    """Each candidate word and its offset, found by one find per candidate, are those of the walk over every part."""
    text = lead + "".join(w + g for w, g in zip(words, gaps, strict=False))
    line = (
        _parser.quick_fold(text)
        .encode("ascii", "replace")
        .translate(_parser._TOKEN_TABLE)
    )
    got = _parser._candidates(line, line.split(), _parser._candidate_tokens())
    assert _candidates_part_by_part(line) == got


def _prefix_walk_part_by_part(line: bytes, at: int, done: int) -> list[tuple[bytes, int]]:
    """The prefix run before the word at *at*, as the earlier walk over every single-space part found it."""
    parts = line.split(b" ")
    starts = [0]
    for part in parts:
        starts.append(starts[-1] + len(part) + 1)
    prefixes = _parser._bytes_sets()[1]
    p = starts.index(at)
    run = [p]
    while len(run) <= 6:
        q = p - 1
        while q >= 0 and q > p - 4 and not parts[q]:
            q -= 1
        if q < 0 or not parts[q] or parts[q] not in prefixes or starts[q] < done:
            break
        run.append(q)
        p = q
    return [(parts[q], starts[q]) for q in run]


@given(
    words=st.lists(
        st.sampled_from(
            [
                "on",
                "the",
                "night",
                "of",
                "between",
                "early",
                "last",
                "3",
                "may",
                "2015",
                "march",
                "rebels",
                "mid",
                "st",
            ]
        ),
        min_size=1,
        max_size=30,
    ),
    gaps=st.lists(
        st.sampled_from(
            [
                " ",
                "  ",
                "   ",
                "    ",
                "     ",
                "      ",
                "\r\n",
                "\r\n  ",
                "\n   ",
                "\t",
                "\t\t",
                " \t \t",
                ", ",
                " -- ",
            ]
        ),
        min_size=30,
        max_size=30,
    ),
    done=st.integers(min_value=0, max_value=60),
)
def test_prefix_run_is_that_of_the_part_walk(
    words: list[str], gaps: list[str], done: int
) -> None:
    """The prefix words found before each candidate, with gaps of one to six bytes, are those of the earlier part walk."""
    text = "".join(w + g for w, g in zip(words, gaps, strict=False))
    line = (
        _parser.quick_fold(text)
        .encode("ascii", "replace")
        .translate(_parser._TOKEN_TABLE)
    )
    split = line.split()
    candidates = _parser._candidates(line, split, _parser._candidate_tokens())
    prefixes = _parser._bytes_sets()[1]
    expected = [_prefix_walk_part_by_part(line, at, done) for _, at in candidates]
    assert expected == [
        _parser._prefix_run(line, split, k, at, prefixes, done) for k, at in candidates
    ]


@given(
    verb=st.sampled_from(
        ["postponed", "delayed", "deferred", "adjourned", "extended", "extends"]
    ),
    middle=st.lists(st.sampled_from(["the", "vote", "talks", "again"]), max_size=5),
    joiner=st.sampled_from(["until", "till", "through"]),
    tail=st.lists(st.sampled_from(["early", "late", "mid"]), max_size=2),
)
def test_future_cue_word_check_passes_for_a_moved_deadline(
    verb: str, middle: list[str], joiner: str, tail: list[str]
) -> None:
    """A deadline moved to the date ("postponed the vote until"), a cue by its verb's stem alone, passes the word check."""
    before = " ".join(["they", verb, *middle, joiner, *tail]) + " "
    assert _patterns.FUTURE_CUE.search(before)
    assert _parser._may_have_future_cue(before, _parser._cue_words(before))


_TENSE_PIECES: Final = st.sampled_from(
    ["rebels", "were", "due", "to", "x" * 70, "on 3 May", ". ", "? ", "! ", "\n\n", ".\n", ".",
     " ", "   ", "\n", "Dec. ", "!", "?"]
)  # fmt: skip


@settings(max_examples=60)
@given(
    pieces=st.lists(_TENSE_PIECES, max_size=40),
    length=st.integers(min_value=0, max_value=60),
)
def test_tense_window_bounds_are_those_of_the_sentence(
    pieces: list[str], length: int
) -> None:
    """Where tense reads from and up to, found near the date, is what the 200-character sentence gives."""
    text = "".join(pieces)
    ctx = _parser._Ctx(text, _parser.quick_fold(text), None)
    for start in range(len(text) + 1):
        end = min(len(text), start + length)
        s0, s1 = ctx.sentence(start)
        assert ctx._cue_start(start) == max(s0, start - 80)
        for reach in (25, 40):  # what tense reads after the date
            assert min(end + reach, max(ctx._cue_end(start, end), end)) == min(
                end + reach, max(s1, end)
            )


@given(
    words=st.lists(
        st.sampled_from(
            [
                "is",
                "to",
                "will",
                "'ll",
                "as",
                "soon",
                "early",
                "held",
                "be",
                "set",
                "postponed",
                "delayed",
                "deferred",
                "adjourned",
                "extended",
                "until",
                "the",
                "plan",
                "due",
                "rebels",
                "took",
                "on",
                "were",
                "was",
            ]
        ),
        max_size=12,
    ),
    gaps=st.lists(
        st.sampled_from([" ", "  ", ", ", "-", "\u00e9"]), min_size=12, max_size=12
    ),
)
def test_future_cue_word_check_passes_whenever_the_pattern_matches(
    words: list[str], gaps: list[str]
) -> None:
    """The word check before the future-cue pattern never says no where the pattern would match."""
    before = "".join(w + g for w, g in zip(words, gaps, strict=False))
    if _patterns.FUTURE_CUE.search(before):
        assert _parser._may_have_future_cue(before, _parser._cue_words(before))
        assert _parser._may_have_future_cue(before)


@given(phrases=st.lists(_PHRASES, max_size=23), published=published_)
def test_mentions_built_by_slot_equal_checked_ones(
    phrases: list[str], published: dt.date | None
) -> None:
    """
    Mentions built by setting their slots pass the checked constructor
    unchanged: its validators accept every value and its converters change none.
    """
    found = _parser.scan(" ".join(phrases), published=published)
    checked = [
        DateMention(**{f.name: getattr(m, f.name) for f in attrs.fields(DateMention)})
        for m in found
    ]
    assert checked == found


@functools.cache
def _verbose_form(form: str) -> regex.Pattern[str]:
    """A form compiled as written, in VERBOSE mode."""
    return regex.compile(_patterns._SOURCES[_patterns.FORMS.index(form)], regex.VERBOSE)


@settings(max_examples=60)
@given(
    phrases=st.lists(_PHRASES, min_size=1, max_size=6),
    form=st.sampled_from(_patterns.FORMS),
)
def test_compact_forms_match_as_written(phrases: list[str], form: str) -> None:
    """Each form compiled without what VERBOSE mode ignores finds the same matches and groups as written."""
    text = _parser.quick_fold(" ".join(phrases))
    compact = regex.compile(
        _patterns.compact(_patterns._SOURCES[_patterns.FORMS.index(form)])
    )
    expected = [(m.span(), m.groupdict()) for m in _verbose_form(form).finditer(text)]
    assert expected == [(m.span(), m.groupdict()) for m in compact.finditer(text)]


# -- the forms of a costly first word are chosen by the word after it --------

_SECOND_VOCAB: Final = _VOCAB + sorted(
    _patterns.SECOND_KEYED
    | _patterns.SECOND_WORDS - {"#"}
    | {
        "monday2",
        "may2015",
        "sept.",
        "mid-may",
        "3-the",
        "14 to the",
        "2016's",
        "20th",
        "5-day",
        "early-1990s",
        "twenty-one",
        "a couple of",
        "year-earlier",
        "centuries",
        "centurie",
        "centurys",
        "1st",
        "q3",
        "nightclub",
        "rebels",
        "'90s",
        "this morning",
        "last night",
        "the past two days",
        "in recent years",
        "the 9th",
        "9th",
        "on the 21st",
        "the 3rd of last",
        "when",
        "fortnight",
        "the first week of",
    }
)


@given(
    words=st.lists(
        st.one_of(st.sampled_from(_SECOND_VOCAB), st.from_regex(r"\A[a-z0-9]{1,7}\Z")),
        min_size=1,
        max_size=12,
    ),
    seps=_SEPARATORS,
)
def test_forms_chosen_by_the_next_word_match_as_all_forms_of_the_first(
    words: list[str], seps: list[str]
) -> None:
    """Before any next word, a costly first word's (or a number's) forms narrowed by that word find the match all its forms find."""
    text = "".join(w + s for w, s in zip(words, seps, strict=False))
    tokens = list(regex.finditer(r"[a-z0-9]++", text))
    for word, nxt in itertools.pairwise(tokens):
        first = word.group().encode("ascii")
        after = ""
        if first[:1].isdigit():
            after = _patterns.next_char_class(text[word.end() : word.end() + 1])
        elif first not in _parser._SECOND_KEYED:
            continue
        second = _parser._second_key(nxt.group().encode("ascii"))
        found: list[object] = []
        for detect in (
            _parser._detector(first, True, after),
            _parser._detector(first, True, after, second),
        ):
            if detect is None or (m := detect[0].match(text, word.start())) is None:
                found.append(None)
                continue
            form = next(
                name
                for name, n in detect[2].items()
                if name.startswith("f_") and m.start(n) >= 0
            )
            groups = detect[5](m, detect[2])  # by name, as the handlers read them
            mine = _patterns.form_pattern(form).groupindex
            found.append((form, m.span(), {g: groups.group(g) for g in mine}))
        assert found[0] == found[1]


# Every costly first word (and a number of every shape before every kind of
# character), before every word a form's table lists second and some no
# table lists, then a short tail that can finish a date: the forms dropped
# for that second word never give the match.  The forms of a detector are
# an ordered alternation (``forms_pattern``: a match is the one the first
# form that matches gives alone), so the narrowed detector finds what all
# the forms find exactly when no dropped form is the first to match; a
# text where no dropped form matches at all is settled without the big
# pattern, and a first and second word no dropped form can start
# (a ``regex`` partial match) settles all its tails.

_FIRST_DIGITS: Final = (
    "3",
    "21",
    "123",
    "2016",
    "1990",
    "12345",
    "21st",
    "1990s",
    "20th",
    "3rd",
    "90s",
)
_AFTER_DIGIT: Final = (" ", "-", "'", "/", ".", ",")
_AFTER_WORD: Final = (" ", "-")
#: The second words: those the tables list, the first words of every form,
#: and words written here (so that a word dropped from a table is still tried).
_SECONDS: Final = sorted(
    _patterns.SECOND_WORDS - {"#", "*"}
    | {w for words in _patterns._FIRST_WORDS.values() for w in words if w != "#"}
    | {"s", "of", "in", "the", "and", "to", "or", "until", "through", "between", "from", "first",
       "second", "third", "fourth", "last", "fiscal", "quarter", "half", "year", "years", "day",
       "days", "week", "month", "decade", "century", "centuries", "night", "morning", "eve",
       "may", "sept", "friday", "weekend", "winter", "today", "ago", "earlier", "later",
       "3", "01", "21st", "2016", "1990s", "may2015", "monday2", "sept.", "q3",
       "rebels", "x", "nightclub", "mayor"}
)  # fmt: skip
_TAILS: Final = (
    "", "s", " may", " may 2016", " of may 2016", " 3 may", " may 3, 2015", ", 3 may 2016", "-5 may",
    " 2016", " quarter", " third quarter", " quarter of 2016", " 2016's third quarter", " half",
    " friday", " night", " morning", " day", " week", " weekend", " month", " year", " ago",
    " earlier", " later", " before", " after", " the 1990s", " 1990s", " '90s", " century",
    " 20th century", " of the year", " the year", " days", " two days ago", " of days",
    " to 5 may", " and 5 may 2016", " until friday", " winter", " christmas", " yesterday", " today",
    " of last month", " week of may", " half of june 2016", " days of may", ", killing", " when", " and 10th",
)  # fmt: skip
_TOKEN: Final = regex.compile(r"[a-z0-9]++")


def test_the_exhaustive_first_words_cover_every_digit_shape_and_next_character() -> None:
    """The numbers and separators below stand for every digit shape and every class of the character after."""
    shapes = set().union(*_patterns._DIGIT_SHAPES.values())
    classes = {_patterns.next_char_class(c) for c in " /.-'x"}
    assert (set(), set()) == (
        shapes - {_patterns.digit_shape(w) for w in _FIRST_DIGITS},
        classes - {_patterns.next_char_class(s[0]) for s in _AFTER_DIGIT},
    )


@pytest.mark.parametrize("first", [*sorted(_patterns.SECOND_KEYED), *_FIRST_DIGITS])
def test_forms_chosen_by_every_listed_next_word_match_as_all_forms_of_the_first(
    first: str,
) -> None:
    """Before every listed second word and a tail finishing a date, the narrowed forms find what all forms of the first word find."""
    word = first.encode("ascii")
    wrong = []
    for sep in _AFTER_DIGIT if word[:1].isdigit() else _AFTER_WORD:
        after = _patterns.next_char_class(sep[0]) if word[:1].isdigit() else ""
        every = [form for form, _ in _parser._detectors(word, True, after)]
        for second in _SECONDS:
            token = _TOKEN.match(second)
            assert token is not None
            key = _parser._second_key(token[0].encode("ascii"))
            kept = {form for form, _ in _parser._detectors(word, True, after, key)}
            dropped = [_patterns.form_pattern(form) for form in every if form not in kept]
            start = f"{first}{sep}{second}"
            if not any(p.match(start, partial=True) for p in dropped):
                continue
            for tail in _TAILS:
                text = f"{start}{tail} ."
                if not any(p.match(text) for p in dropped):
                    continue
                detect = _parser._detector(word, True, after)
                assert detect is not None
                m = detect[0].match(text)
                assert m is not None
                won = every[[m.start(number) >= 0 for number in detect[3]].index(True)]
                if won not in kept:
                    wrong.append((text, key.decode("ascii"), won, m.group()))
    assert [] == wrong


def _forms_tried() -> list[tuple[str, ...]]:
    """Every form alone, and the forms tried together after each first word (and second word) in ASCII text."""
    tried = {(form,) for form in _patterns.FORMS}
    shapes = ["#2", "#3", "#4", "#5", "#a"]
    for word in sorted(
        {w for words in _patterns._FIRST_WORDS.values() for w in words} - {"#"}
    ):
        tried.add(_patterns.forms_starting_with(word))
        if word in _patterns.SECOND_KEYED:
            tried.update(
                _patterns.forms_before(word, s)
                for s in sorted(_patterns.SECOND_WORDS | {"-"})
            )
    for shape in shapes:
        for after in ["", " ", "/", ".", "-", "'", "x"]:
            tried.add(_patterns.forms_starting_with(shape, after))
            tried.update(
                _patterns.forms_before(shape, s, after)
                for s in sorted(_patterns.SECOND_WORDS | {"-"})
            )
    return sorted(forms for forms in tried if forms)


_TWIN_WORDS = [
    "on",
    "the",
    "night",
    "of",
    "between",
    "from",
    "3",
    "21st",
    "12",
    "1",
    "90",
    "2015",
    "1990s",
    "'90s",
    "90's",
    "may",
    "jan",
    "jan.",
    "january",
    "sept.",
    "monday",
    "friday",
    "last",
    "next",
    "this",
    "early",
    "mid",
    "late",
    "end",
    "beginning",
    "to",
    "and",
    "until",
    "or",
    "weekend",
    "week",
    "year",
    "years",
    "ago",
    "later",
    "earlier",
    "day",
    "days",
    "two",
    "a",
    "few",
    "couple",
    "quarter",
    "half",
    "third",
    "fiscal",
    "q3",
    "christmas",
    "eve",
    "new",
    "year's",
    "today",
    "yesterday",
    "morning",
    "now",
    "recently",
    "in",
    "recent",
    "at",
    "present",
    "past",
    "future",
    "century",
    "20th",
    "spring",
    "winter",
    "01/02/2016",
    "9th",
    "first",
    "final",
    "fortnight",
    "when",
    "as",
    "month",
    "coming",
    "weeks",
    "2016-01-10",
    "'s",
    "s",
    "old",
    "that",
    "same",
    "following",
    "hundred",
    "twenty-one",
    "$5",
    "over",
]


@settings(max_examples=400)
@given(
    forms=st.sampled_from(_forms_tried()),
    lead=st.sampled_from(
        ["", " ", "x", "3", ".", "$", "3-", "the ", "over the ", "\x1c"]
    ),
    words=st.lists(st.sampled_from(_TWIN_WORDS), min_size=1, max_size=7),
    gaps=st.lists(
        st.sampled_from(
            [" ", "  ", "     ", "\n", "\t", "-", " - ", ", ", ",", ".", "\x1c", "\x1c "]
        ),
        min_size=7,
        max_size=7,
    ),
)
def test_ascii_twin_matches_as_the_forms_pattern(
    forms: tuple[str, ...], lead: str, words: list[str], gaps: list[str]
) -> None:
    """In ASCII text the ``re`` twin of some forms gives the match and the groups by name that ``regex`` gives."""
    twin = _patterns.ascii_twin(forms)
    if twin is None:
        assert "f_weekend" in forms  # the one form with a lookbehind of varying width
        return
    text = lead + "".join(w + g for w, g in zip(words, gaps, strict=False))
    pattern, index = twin
    want, got = (
        _patterns.forms_pattern(forms).match(text, len(lead)),
        pattern.match(text, len(lead)),
    )
    assert (want is None) == (got is None)
    if want is not None and got is not None:
        groups = _parser._TwinGroups(got, index)
        assert want.span() == got.span()
        # and read through the group numbers of the form that matched alone
        numbers = tuple(index[form] for form in forms)
        k = next(k for k, number in enumerate(numbers) if got.start(number) >= 0)
        own = _parser._form_indexes(forms, dict(index), numbers)[k]
        cls = _parser._TwinGroups if tuple in map(type, own.values()) else _parser._Groups
        alone = cls(got, own)
        names = tuple(_patterns.forms_pattern(forms).groupindex)
        for name in names:
            assert (want.group(name), want.start(name), want.end(name)) == (
                groups.group(name),
                groups.start(name),
                groups.end(name),
            ), name
            assert (want.group(name), want.start(name), want.end(name)) == (
                alone.group(name),
                alone.start(name),
                alone.end(name),
            ), name
        if len(names) > 1:
            assert alone.several(names) == want.group(*names)
            assert alone.several(names) == want.group(*names)  # (numbers kept by then)
