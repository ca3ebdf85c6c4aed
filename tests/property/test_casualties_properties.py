"""
Property tests of the casualty parser: rendered counts read back as
themselves, arbitrary text never crashes, and spans slice the source.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from conflictparse import Document
from conflictparse.errors import ConflictParseError, UnparseableError
from conflictparse.parsers.casualties import CasualtyParser, parse_count
from conflictparse.parsers.casualties._parser import _Found

PARSER = CasualtyParser()

_ONES = ("", "one", "two", "three", "four", "five", "six", "seven", "eight",
         "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
         "sixteen", "seventeen", "eighteen", "nineteen")  # fmt: skip
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy",
         "eighty", "ninety")  # fmt: skip


def words(n: int) -> str:
    """English words for 1 <= n < 1,000,000 ("one hundred and five")."""
    if n >= 1000:
        head, rest = divmod(n, 1000)
        tail = "" if rest == 0 else (" and " if rest < 100 else " ") + words(rest)
        return f"{words(head)} thousand{tail}"
    if n >= 100:
        head, rest = divmod(n, 100)
        return f"{_ONES[head]} hundred" + ("" if rest == 0 else " and " + words(rest))
    if n >= 20:
        tens, ones = divmod(n, 10)
        return _TENS[tens] + ("" if ones == 0 else "-" + _ONES[ones])
    return _ONES[n]


#: Qualifier -> (low, best, high, approximate) as a function of n.
#: Each qualifier's reading of n: (low, best, high, approximate).
QUALIFIERS: dict[
    str, Callable[[int], tuple[int | None, int | None, int | None, bool]]
] = {
    "": lambda n: (n, n, n, False),
    "at least": lambda n: (n, n, None, False),
    "more than": lambda n: (n + 1, n + 1, None, False),
    "up to": lambda n: (None, None, n, False),
    "as many as": lambda n: (None, None, n, False),
    "about": lambda n: (n, n, None, True),
    "some": lambda n: (n, n, None, True),
    "nearly": lambda n: (None, n, n, True),
    "almost": lambda n: (None, n, n, True),
}


@st.composite
def rendered(draw: st.DrawFn) -> tuple[str, int, str]:
    """A number written in digits, digits with commas, or words."""
    n = draw(st.integers(min_value=1, max_value=999_999))
    style = draw(st.sampled_from(["digits", "commas", "words"]))
    text = {"digits": str(n), "commas": f"{n:,}", "words": words(n)}[style]
    return text, n, style


@given(
    number=rendered(),
    qualifier=st.sampled_from(sorted(QUALIFIERS)),
    case=st.sampled_from(["lower", "sentence", "upper"]),
)
@example(
    number=("one hundred and five", 105, "words"), qualifier="at least", case="upper"
)
@example(number=("1", 1, "digits"), qualifier="more than", case="sentence")
def test_rendered_count_reads_back(
    number: tuple[str, int, str], qualifier: str, case: str
) -> None:
    """ "<qualifier> <n> civilians were killed" reads back as n with its bounds."""
    rendered_n, n, _ = number
    noun, verb = ("civilian", "was") if n == 1 else ("civilians", "were")
    phrase = f"{qualifier} {rendered_n} {noun}".strip()
    sentence = f"{phrase} {verb} killed in the attack, officials said."
    if case == "sentence":
        sentence = sentence[0].upper() + sentence[1:]
    elif case == "upper":
        sentence = sentence.upper()
    found = PARSER(Document(text=sentence))
    expected = QUALIFIERS[qualifier](n)
    assert [("killed", *expected, "civilians")] == [
        (c.outcome, c.low, c.best, c.high, c.approximate, c.victim) for c in found
    ]
    assert sentence.lower().index(phrase.lower()) == found[0].start


_WIRE = (
    "KABUL (AFP) -", "at least", "more than", "up to", "between", "and", "some",
    "dozens of", "twenty-one", "one hundred and five", "1,200", "12", "0", "a",
    "one", "no one", "no", "killed", "were", "was", "wounded", "dead", "died",
    "injured", "abducted", "missing", "arrested", "civilians", "soldiers",
    "police officers", "people", "a nurse", "including", "the death toll rose to",
    "leaving", "to kill", "AK-47", "12-year-old", "$5", "Taliban", "of", "them",
    ",", ".", "(", ")", "-", "\n", "’", "İ", "ǅ", "\u200f", "\x00", "٣",
)  # fmt: skip

wire_text = st.lists(
    st.one_of(st.sampled_from(_WIRE), st.text(max_size=8)), max_size=40
).map(" ".join)


@given(st.one_of(st.text(max_size=300), wire_text, wire_text.map(str.upper)))
def test_never_crashes_and_spans_slice(text: str) -> None:
    """Any text gives valid counts whose spans slice it, or a typed error."""
    try:
        found = PARSER(Document(text=text))
    except ConflictParseError:
        return
    for c in found:
        assert text[c.start : c.end] == c.text
        assert c.text.strip() == c.text and c.text


@given(st.one_of(st.text(max_size=80), wire_text))
# ("none" as the last word after an outcome word read past the tokens' end)
@example("WOUND)NONE")
@example("killed none")
def test_parse_count_raises_only_unparseable(text: str) -> None:
    """The strict helper returns a count with a number or raises UnparseableError."""
    try:
        c = parse_count(text)
    except UnparseableError:
        return
    assert (c.low, c.best, c.high) != (None, None, None)
    assert text[c.start : c.end] == c.text


# --- the fast paths equal the plain readings they replace --------------------

#: Characters the fast paths treat specially: white space of both kinds
#: (\x1c-\x1f split for ``str.split`` but not for ``regex``), the blanked
#: punctuation, letters, digits, apostrophes and hyphens.
_PIECES = st.sampled_from(
    [" ", "  ", "\n", "\t", "\x1c", "\x1f", "\xa0", ".", ",", ";", "(", ")", "'", "-",
     "1", "12", "1,200", "a", "killed", "made", "homeless", "held", "hostage", "no",
     "one", "harmed", "number", "of", "dead", "shot", "é", "x", "u.s.", "a.m", "x."]
)  # fmt: skip
_PIECE_TEXT = st.lists(_PIECES, max_size=40).map("".join)


@given(
    st.one_of(
        _PIECE_TEXT, st.text(alphabet=st.characters(max_codepoint=127), max_size=80)
    )
)
def test_ascii_tokens_equal_regex_tokens(text: str) -> None:
    """Splitting ASCII text with ``re`` gives the tokens the ``regex`` pattern gives."""
    import regex

    from conflictparse._text import fold
    from conflictparse.parsers.casualties._reader import split_tokens

    folded = fold(text)
    # (the reader's em-dash mark, U+001F, reads as a dash wherever it comes from)
    expected = [
        ("-" if m[0] == "\x1f" else m[0], m.start(), m.end())
        for m in regex.finditer(
            r"\d++(?:[,.]\d++)*+|[^\sa-z\d]"
            # a word, or single letters joined by dots ("u.s.", "a.m")
            r"|[a-z]++(?:['-][a-z]++)*+(?:\.(?<![a-z][a-z]\.)[a-z](?![a-z])(?:\.[a-z](?![a-z]))*+\.?+)?",
            folded,
        )
    ]
    toks, texts = split_tokens(folded, 0, len(folded))
    assert expected == [tuple(t) for t in toks]
    assert [t[0] for t in expected] == texts


def _split_each(folded: str, spans: list[tuple[int, int]]) -> list[tuple[int, int, bool]]:
    """The cue sentences found by splitting each sentence on its own (the plain reading)."""
    from conflictparse.parsers.casualties import _parser as p

    expected = []
    for start, end in spans:
        words = set(folded[start:end].translate(p._SPACES).split())
        if not p._CUES.isdisjoint(words):
            expected.append((start, end, not p._WHOLE_CUES.isdisjoint(words)))
    return expected


def _cues_both_ways(p: Any, folded: str, spans: list[tuple[int, int]]) -> list[Any]:
    """The cue sentences (without their words), the same split as `str` and as bytes."""
    as_str = [f[:3] for f in p._cue_sentences(folded, spans, caps=False)[0]]
    assert as_str == [f[:3] for f in p._cue_sentences(folded, spans, caps=True)[0]]
    return as_str


@given(st.lists(_PIECE_TEXT, min_size=1, max_size=6))
@example(["Five were killed\x1din two attacks", "a\x1cdead\x1eman"])
def test_cue_sentences_equal_sentence_by_sentence(parts: list[str]) -> None:
    """The one-pass look for cue words finds the sentences a split of each finds."""
    from conflictparse.parsers.casualties import _parser as p

    text = "x. " + ". ".join(parts) + "."
    doc = Document(text=text)
    spans = list(p._bounded(doc.sentences, doc.folded))
    assert _split_each(doc.folded, spans) == _cues_both_ways(p, doc.folded, spans)


@given(
    st.lists(
        st.one_of(_PIECE_TEXT, st.text(alphabet=st.characters(max_codepoint=127))),
        min_size=1,
        max_size=4,
    )
)
@example(["Five were killed\x1cin\x1dtwo\x1eattacks.", "made\x1fhomeless 12"])
def test_cue_sentence_words_equal_a_split_of_the_text(parts: list[str]) -> None:
    """The words `_may_count` reads, cut from the blanked copy, split the sentence."""
    from conflictparse.parsers.casualties import _parser as p

    doc = Document(text=". ".join(parts))
    spans = list(p._bounded(doc.sentences, doc.folded))
    blank = p._cue_sentences(doc.folded, spans, caps=True)[1]
    for start, end in spans:
        expected = doc.folded[start:end].translate(p._SPACES).split()
        assert p._words(blank, start, end) == expected


@given(_PIECE_TEXT)
def test_needed_phrase_equals_pattern_search(sentence: str) -> None:
    """Phrases found with ``str.find`` are those a ``regex`` search finds."""
    import regex

    from conflictparse.parsers.casualties import _parser as p

    letters = set(regex.findall(r"[a-z]++", sentence))
    expected = not p._NEEDED_WORDS.isdisjoint(letters) or any(
        regex.search(
            "(?:"
            + "|".join(r"\s++".join(map(regex.escape, ph.split())) for ph in phrases)
            + ")(?![a-z])",
            sentence,
        )
        for first, phrases in p._PHRASES_BY_FIRST.items()
        if first in letters
    )
    assert expected == p._needed_phrase_in(sentence)


@given(
    st.integers(min_value=3990, max_value=4010),
    st.sampled_from(["killed", "dead", "made homeless"]),
)
def test_cue_sentences_across_a_cut_long_sentence(length: int, cue: str) -> None:
    """A sentence too long to read whole is cut, and a cue word at the cut is found as before."""
    from conflictparse.parsers.casualties import _parser as p

    text = "x" * length + cue + " twelve people " + cue + "."
    doc = Document(text=text)
    spans = list(p._bounded(doc.sentences, doc.folded))
    assert _split_each(doc.folded, spans) == _cues_both_ways(p, doc.folded, spans)


@given(
    st.integers(min_value=1, max_value=400),
    st.sampled_from(
        ["The deadline for the deadly toll passed. ", "unkilledx word ", "word " * 900]
    ),
    st.sampled_from(["One man was found dead.", "5 were killed.", "no one was hurt"]),
)
def test_cue_sentences_in_text_dense_with_cue_letters(
    repeat: int, filler: str, last: str
) -> None:
    """Cues inside many other words, and long sentences cut at spaces, find what a split finds."""
    from conflictparse.parsers.casualties import _parser as p

    doc = Document(text=filler * repeat + last)
    spans = list(p._bounded(doc.sentences, doc.folded))
    assert _split_each(doc.folded, spans) == _cues_both_ways(p, doc.folded, spans)


@given(st.lists(st.integers(1, 5000), max_size=5))
def test_bounded_leaves_short_sentences_whole(lengths: list[int]) -> None:
    """Sentences within the limit come back as they are; longer ones are cut at spaces."""
    from conflictparse.parsers.casualties import _parser as p

    folded = "".join(("word " * (n // 5 + 1))[:n] for n in lengths)
    spans, at = [], 0
    for n in lengths:
        spans.append((at, at + n))
        at += n
    out = list(p._bounded(tuple(spans), folded))
    if all(e - s <= p._MAX_SENTENCE for s, e in spans):
        assert spans == out
    assert [spans[0][0] if spans else 0, at] == [
        out[0][0] if out else 0,
        out[-1][1] if out else 0,
    ]
    assert all(e - s <= p._MAX_SENTENCE for s, e in out)


@given(
    st.lists(
        st.sampled_from(["killed", "shot", "dead", "the", "12", "men", ","]), max_size=20
    )
)
def test_last_in_equals_backward_walk(texts: list[str]) -> None:
    """The C-level search for the last outcome word equals walking back word by word."""
    from conflictparse.parsers.casualties import _lexicon as lx
    from conflictparse.parsers.casualties import _parser as p

    for words in (lx.TRIGGERS, p._PREDICATE_FIRST):
        for stop in range(len(texts) + 1):
            k = stop - 1
            while k >= 0 and texts[k] not in words:
                k -= 1
            assert k == p._last_in(words, texts, stop)


#: Pieces of wire copy for the whole reading: names after the words that
#: may open them, titles, appositions and relative clauses, quantities,
#: outcomes, tolls, zero counts, and characters with no case.
_READ_PIECES = st.sampled_from(
    ["Judge", "Ana", "Diaz", "Juan", "Perez", "Lt.", "Col.", "mayor", "union", "leader",
     "Mr", "Dr", "said", "that", "when", "after", "while", "]", ",", ",", ".", "(", ")",
     "-", "'s", "who", "was", "were", "shot", "dead", "killed", "wounded", "murder",
     "assassination", "of", "the", "a", "an", "at", "least", "in", "excess", "no", "one",
     "nobody", "including", "among", "included", "twelve", "two", "12", "1,200",
     "three-year-old", "12-year-old", "soldiers", "civilians", "people", "his", "driver",
     "death", "toll", "rose", "to", "and", "since", "war", "has", "have", "kidnapped",
     "made", "homeless", "held", "hostage", "harmed", "bodies", "found", "police",
     "Kabul", "Lima", "حسن", "ß", "ǅ", "İ", "\n", "x",
     "to replace Juan Perez, who was killed", "attacked Ana Diaz Mena, who was kidnapped",
     "Juan Perez, a judge, was shot dead", "Judge Ana Diaz's murder", "the dead included",
     "no one was harmed", "the number of dead reached 12", "among the dead were"]
)  # fmt: skip

#: Sentences of those pieces: ALL-CAPS, mixed case, or as drawn.
_READ_TEXT = st.lists(
    st.tuples(
        st.lists(_READ_PIECES, min_size=1, max_size=25).map(" ".join),
        st.sampled_from(["upper", "capitalize", "asis"]),
    ),
    min_size=1,
    max_size=4,
).map(
    lambda parts: " ".join(
        (s.upper() if c == "upper" else s[0].upper() + s[1:] if c == "capitalize" else s)
        + "."
        for s, c in parts
    )
)


def _full_read(doc: Document) -> list[object]:
    """
    Every count of *doc* read the long way: each sentence tokenized, a rule
    tried at every token (no cue, phrase or candidate filter).
    """
    from conflictparse.parsers.casualties import _parser as p

    out: list[p._Found] = []
    names: set[tuple[str, str]] = set()
    for start, end in p._bounded(doc.sentences, doc.folded):
        shouting = doc.text[start:end].isupper()
        p._read_sentence(
            doc.folded, doc.text, start, end, shouting, out, names, every=True
        )
    return list(out)


@given(_READ_TEXT)
@example("Lt. Col. Juan Perez, who was shot dead in Lima, and two soldiers were killed.")
@example("POLICE SAID THAT JUAN ANA PEREZ, WHO WAS KILLED AT LEAST, 12 WERE WOUNDED.")
@example("THE GROUP ATTACKED ANA DIAZ, WHO WAS KIDNAPPED LAST WEEK.")
@example("A soldier was killed in the blast, and no one was harmed in the second.")
@example(
    "The murder of Judge Ana Diaz . NO ONE WAS HARMED . Among the dead were 12 people."
)
# ALL-CAPS copy (its cue sentences split as bytes) with a sentence in lower
# case, whose words `_may_count` reads
@example("THE ARMY SAID REBELS BURNED THE MAYOR'S OFFICE IN SAN PEDRO. 12 men died.")
def test_read_equals_full_reading(text: str) -> None:
    """
    `read`, which skips sentences without cues and tokens no rule can start
    at, finds the counts of trying every rule at every token.
    """
    from conflictparse.parsers.casualties import _parser as p

    doc = Document(text=text)
    assert _full_read(doc) == p.read(doc)


#: Words around a quantity: subjects opened by "none of" / "neither of",
#: stops, triggers and the "who" of a relative clause.
_SUBJECT_PIECES = st.sampled_from(
    ["none", "neither", "of", "the", "four", "12", "priests", "and", "refugees", "were",
     "hurt", "killed", ",", ".", "but", "as", "who", "was", "nonetheless", "whole",
     "Juan", "Perez", "none-of", "x"]
)  # fmt: skip


@given(st.lists(_SUBJECT_PIECES, min_size=1, max_size=30).map(" ".join), st.booleans())
@example("none of the four priests and 12 refugees were hurt", True)
@example("the whole of 12 priests , who was killed", False)
def test_subject_shortcuts_equal_the_walks(sentence: str, upper: bool) -> None:
    """
    `_none_of_before`, which rejects a quantity with no "none" or "neither"
    in the span it walks, answers as the plain walk back; and
    `_relative_outcome_after` never holds in a sentence with no "," token
    just before a "who" token (the gate `_read_sentence` puts before it).
    """
    from itertools import pairwise

    from conflictparse.parsers.casualties import _lexicon as lx
    from conflictparse.parsers.casualties import _parser as p
    from conflictparse.parsers.casualties._reader import split_tokens, trigger_at

    text = sentence.upper() if upper else sentence
    doc = Document(text=text)
    toks, texts = split_tokens(doc.folded, 0, len(doc.folded))
    pair = any(a == "," and b == "who" for a, b in pairwise(texts))
    for i in range(len(toks)):
        walk = False
        for k in range(i - 1, max(i - 12, 0), -1):
            word = toks[k][0]
            if word in p._SUBJECT_STOP or (
                word in lx.TRIGGERS and trigger_at(toks, k) is not None
            ):
                break
            if word == "of" and toks[k - 1][0] in ("none", "neither"):
                walk = True
                break
        assert walk == p._none_of_before(doc.folded, toks, i)
        if not pair:
            assert not p._relative_outcome_after(toks, i)


#: Words around a count: the periods `_sums_period` reads, a perfect verb,
#: outcomes, "including" and a titled name.
_PERIOD_PIECES = st.sampled_from(
    ["so", "far", "to", "date", "this", "year", "already", "since", "the", "start", "of",
     "war", "wars", "conflict", "insurgency", "month-long", "10-year-long", "past", "last",
     "over", "12", "days", "have", "has", "been", "killed", "in", ",", ".", "during",
     "including", "Judge", "Ana", "Diaz", "forward", "farm", "x", "attacks", "raids",
     "which", "that", "month"]
)  # fmt: skip


@given(st.lists(_PERIOD_PIECES, min_size=1, max_size=30).map(" ".join))
@example("so far 12 have been killed")
@example("the month-long siege has killed 12")
@example("12 were killed , including Judge Ana Diaz")
@example("the war in which 12 were killed")
@example("12 were killed in raids last month")
def test_period_and_including_gates_lose_nothing(sentence: str) -> None:
    """
    The gates `_read_sentence` puts before `_sums_period` (one of
    `_PERIOD_WORDS` as a token, or "-long" in the sentence) and before
    `_named_members` ("including" in the sentence) never hide a yes.
    """
    from conflictparse.parsers.casualties import _parser as p
    from conflictparse.parsers.casualties._reader import split_tokens

    doc = Document(text=sentence)
    toks, texts = split_tokens(doc.folded, 0, len(doc.folded))
    period_gate = not p._PERIOD_WORDS.isdisjoint(texts) or "-long" in doc.folded
    for i in range(len(toks)):
        for j in range(i + 1, min(i + 4, len(toks)) + 1):
            if p._sums_period(toks, i, j):
                assert period_gate
        if "including" not in doc.folded:
            assert ([], i) == p._named_members(doc.text, toks, i, "killed", False)


@settings(max_examples=50)  # every token of every sentence, read twice
@given(_READ_TEXT)
@example("Twelve soldiers and a baker were killed, and Judge Ana Diaz was shot dead.")
@example("A JUDGE, JUAN PEREZ, WAS KILLED AFTER TWO MEN ATTACKED.")
def test_outcome_bounds_of_passive_and_named_lose_nothing(text: str) -> None:
    """
    `_passive` and `_named`, told where the sentence's last outcome words
    are (and so rejecting a quantity or a name that ends after them), read
    the same counts as when told nothing.
    """
    from conflictparse.parsers.casualties import _lexicon as lx
    from conflictparse.parsers.casualties import _parser as p
    from conflictparse.parsers.casualties._reader import split_tokens

    doc = Document(text=text)
    for start, end in doc.sentences:
        toks, texts = split_tokens(doc.folded, start, end)
        shouting = doc.text[start:end].isupper()
        n = len(toks)
        last_trigger = p._last_in(lx.TRIGGERS, texts, n)
        last_outcome = p._last_in(p._PREDICATE_FIRST, texts, last_trigger + 1)
        for i in range(n):
            assert p._passive(doc.folded, toks, i, n, n) == p._passive(
                doc.folded, toks, i, last_trigger, last_outcome
            )
            assert p._named(doc.folded, toks, i, doc.text, shouting) == p._named(
                doc.folded, toks, i, doc.text, shouting, last_outcome
            )


#: Texts whose sentences come back: each drawn sentence is written once or
#: more, in a drawn order (the same text and context read again).
_REPEATED_TEXT = st.tuples(
    st.lists(_READ_TEXT, min_size=1, max_size=3),
    st.lists(st.integers(min_value=0, max_value=2), min_size=2, max_size=6),
    st.sampled_from([" ", "\n", "  "]),
).map(lambda t: t[2].join(t[0][k % len(t[0])] for k in t[1]))


@settings(max_examples=60)  # every token of every sentence, read twice
@given(_REPEATED_TEXT)
@example("Two soldiers were killed. Two soldiers were killed.")
@example(
    "Judge Ana Diaz was shot dead. Judge Ana Diaz was shot dead. Lt Diaz was killed."
)
@example("Twelve were killed. Twelve were killed.  Twelve were killed")
@example("TWELVE WERE KILLED. TWELVE WERE KILLED. Twelve were killed.")
@example("Twenty were killed. Twenty were killed. Twenty-five")
def test_sentences_read_again_equal_full_reading(text: str) -> None:
    """
    `read`, which reuses the counts of a sentence read before in the same
    document (moved to the new offsets), finds the counts of reading every
    sentence the long way.
    """
    from conflictparse.parsers.casualties import _parser as p

    doc = Document(text=text)
    memo_from = p._MEMO_FROM
    p._MEMO_FROM = 0  # the memo for short texts too
    try:
        assert _full_read(doc) == p.read(doc)
    finally:
        p._MEMO_FROM = memo_from


def _cut_sentence(head: str, tail: str) -> str:
    """
    A sentence longer than the reader's limit with no ASCII space where it
    is cut: *head* (its spaces no-break spaces) ends the first piece at
    exactly ``_MAX_SENTENCE`` characters, *tail* opens the next piece (so
    the two pieces read each other's characters across the cut).
    """
    from conflictparse.parsers.casualties import _parser as p

    head = f"Police said {head}".replace(" ", "\u00a0")
    size = p._MAX_SENTENCE - len(head)
    return ("Word\u00a0" * size)[:size] + head + tail


#: Sentence bodies, openings, endings and gaps: the same sentence written
#: again after and before other text (a dateline, quotes, brackets, dashes,
#: no final period, a number or a lower-case word next), and long
#: sentences cut where a count's number meets "th", "-year-old" or "$".
_CASES: list[Callable[[str], str]] = [str.upper, str.capitalize, str]
_BODY = st.tuples(
    st.lists(_READ_PIECES, min_size=1, max_size=12).map(" ".join), st.sampled_from(_CASES)
).map(lambda t: t[1](t[0]))
#: Long sentences cut where a count's number meets "th" or "people", or
#: a "$" or a space meets it: the same piece read beside other characters.
_CUT_SENTENCES = [
    _cut_sentence("killed at least 12", "th time."),
    _cut_sentence("killed at least 12", " people."),
    _cut_sentence("paid $", "12 were killed."),
    _cut_sentence("paid ", "12 were killed."),
]
_SLOT = st.tuples(
    st.one_of(
        st.integers(0, 2),
        st.sampled_from(["12 more died.", "and 3 were hurt.", "five were killed", "the",
                         "Twenty-five", "of them soldiers.", "who was killed.", "- 40 wounded"]),
        st.sampled_from(_CUT_SENTENCES),
    ),
    st.sampled_from(["", "", '"', "(", "[", "\u201c", "-- ", "KABUL, Nov. 3 (Reuters) - ", "12 ", "and "]),
    st.sampled_from([".", ".", "", "!", "?", '."', ".)", ".]", "\u201d", ";", " --", "..."]),
    st.sampled_from([" ", " ", "\n", "  ", "\n\n", " -- ", " (", ") ", '" ']),
)  # fmt: skip


def _render(
    pool: list[str], slots: list[tuple[int | str, str, str, str]], cuts: tuple[int, int]
) -> str:
    """
    The text of *slots*: each an opening, a sentence of *pool* (by index) or
    written out, a closing and a gap; a cut sentence stands alone after a
    blank line (so the cut falls where it was built) and before a sentence
    of its own (so its last piece ends where it was built). The two
    `_CUT_SENTENCES` at *cuts* open and close the text.
    """
    first, last = (_CUT_SENTENCES[k] for k in cuts)
    slots = [(first, "", "", ""), *slots, (last, "", "", "")]
    out = []
    for pick, opening, closing, gap in slots:
        if isinstance(pick, int):
            out.append(opening + pick_of(pool, pick) + closing + gap)
        elif pick in _CUT_SENTENCES:
            out.append(f"{opening}\n\n{pick} Fighting went on.\n\n")
        else:
            out.append(opening + pick + closing + gap)
    return "".join(out)


def pick_of(pool: list[str], pick: int) -> str:
    """The sentence of *pool* at *pick*, counted round."""
    return pool[pick % len(pool)]


_CONTEXT_TEXT = st.builds(
    _render,
    st.lists(_BODY, min_size=1, max_size=3),
    st.lists(_SLOT, min_size=1, max_size=5),
    st.sampled_from([(0, 1), (1, 0), (2, 3), (3, 2), (0, 0), (2, 2)]),
)


def _memo_read(doc: Document) -> list[_Found]:
    """`read` of *doc* with the sentence memo on whatever the text's length."""
    from conflictparse.parsers.casualties import _parser as p

    memo_from = p._MEMO_FROM
    p._MEMO_FROM = 0
    try:
        return p.read(doc)
    finally:
        p._MEMO_FROM = memo_from


@settings(max_examples=60, deadline=None)
@given(_CONTEXT_TEXT)
@example(
    'Two soldiers were killed. "Two soldiers were killed." (Two soldiers were killed) 12'
)
@example(
    "Five were killed\n\nFive were killed. five more. Five were killed -- 40 wounded"
)
def test_sentences_read_again_in_other_contexts_equal_full_reading(text: str) -> None:
    """
    The sentence memo, keyed on the sentence and its context, finds the
    counts of reading every sentence the long way, whatever comes before
    and after a sentence written again.
    """
    doc = Document(text=text)
    assert _full_read(doc) == _memo_read(doc)


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        pytest.param(
            _cut_sentence("killed at least 12", "th time this year."),
            _cut_sentence("killed at least 12", " people this year."),
            [12],
            id="cut-after-number-then-ordinal",
        ),
        pytest.param(
            _cut_sentence("paid $", "12 were killed."),
            _cut_sentence("paid ", "12 were killed."),
            [12],
            id="cut-after-dollar-sign",
        ),
    ],
)
def test_sentence_memo_reads_across_a_cut(
    first: str, second: str, expected: list[int]
) -> None:
    """
    A long sentence cut with no space at the cut reads the characters across
    it ("12" then "th", "$" then "12"): the piece written again with other
    characters next to it is read again, not taken from the memo.
    """
    doc = Document(text=f"Fighting went on. {first} {second}")
    assert expected == [f.q.best for f in _memo_read(doc)]
    assert _full_read(doc) == _memo_read(doc)


#: Lower-case words with and without digits, hyphens and quantity words.
_MAY_PIECES = st.sampled_from(
    ["killed", "were", "soldiers", "in", "the", "attack", "twelve", "three-year",
     "well-known", "12", "x12", "a", "some", "no", "at", "least", "-", "'s", "'",
     "mayor's", ",", ".", "ß", "٣", "²", "twenty-five", "one-day", "e-mail"]
)  # fmt: skip


@given(st.lists(_MAY_PIECES, min_size=1, max_size=15).map(" ".join))
@example("killed killed killed")
@example("soldiers were killed in a well-known attack")
@example("killed ² people")
def test_may_count_shortcut_equals_word_walk(sentence: str) -> None:
    """
    `_may_count`, which answers no in C when the sentence holds neither a
    digit nor a hyphen, agrees with testing every word for a leading digit
    or a quantity word before a hyphen.
    """
    from conflictparse.parsers.casualties import _parser as p
    from conflictparse.parsers.casualties._reader import STARTERS

    words = sentence.translate(p._SPACES).split()
    walk = (
        not p._QUANTITY_OPENERS.isdisjoint(words)
        or "'s " in sentence
        or any(w[0].isdigit() or w.partition("-")[0] in STARTERS for w in words)
    )
    assert walk == p._may_count(words, sentence, sentence, 0, len(sentence), False)
