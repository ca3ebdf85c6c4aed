"""
The shared text machinery in ``conflictparse._text``: case and diacritic
folding (offsets kept) and the ALL-CAPS test every stage shares.
"""

from __future__ import annotations

import re
import unicodedata

import pytest
from hypothesis import given
from hypothesis import strategies as st

from conflictparse import Document
from conflictparse._text import fold, is_shouting

# Latin with diacritics, Greek, Cyrillic, Arabic, typographic quotes and dashes,
# characters whose lower case is longer (U+0130), astral letters and lone
# surrogates: the shared table covers some, the per-character path the rest.
_MIXED = st.text(
    alphabet=st.one_of(
        st.characters(min_codepoint=0x20, max_codepoint=0x7E),
        st.characters(min_codepoint=0xC0, max_codepoint=0x24F),
        st.characters(min_codepoint=0x370, max_codepoint=0x52F),
        st.characters(min_codepoint=0x600, max_codepoint=0x6FF),
        st.characters(min_codepoint=0x1E00, max_codepoint=0x1EFF),
        st.characters(min_codepoint=0x2000, max_codepoint=0x2212),
        st.sampled_from(
            ["\u0130", "\u1e9e", "\u2126", "\u212a", "\ufb01", "\U0001d400", "\udc80"]
        ),
        st.characters(),
    ),
    max_size=60,
)


def _fold_each(text: str) -> str:
    """The definition of folding, one character at a time."""
    out = []
    for ch in text:
        if ch in "\u2019\u2018\u02bc\u02bb`\u00b4":
            out.append("'")
        elif ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
            out.append("-")
        elif len(ch.lower()) != 1:
            out.append(ch)
        else:
            low = ch.lower()
            base = unicodedata.normalize("NFD", low)[0]
            keep = base.isascii() or (not low.isascii() and len(base) == 1)
            out.append(base if keep else low)
    return "".join(out)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("KUNDUZ", "kunduz", id="ascii-capitals"),
        pytest.param("Takhār’s ÉLITE", "takhar's elite", id="macron-and-apostrophe"),
        pytest.param("Hà Nội — Đà Nẵng", "ha noi - đa nang", id="vietnamese-and-dash"),
        pytest.param("ΑΘΗΝΑ Ἀθῆναι", "αθηνα αθηναι", id="greek"),
        pytest.param("ДОНЕЦК Й", "донецк и", id="cyrillic"),
        pytest.param("İdlib", "İdlib", id="dotted-capital-i-kept"),
        pytest.param("قندوز", "قندوز", id="arabic-unchanged"),
        pytest.param("the `Ali' brigade", "the 'ali' brigade", id="ascii-grave-accent"),
        pytest.param(
            "the `Alī' brigade", "the 'ali' brigade", id="non-ascii-grave-accent"
        ),
    ],
)
def test_fold_examples(text: str, expected: str) -> None:
    """Folding lower-cases, strips diacritics and unifies apostrophes and dashes."""
    assert expected == fold(text)


@given(_MIXED)
def test_fold_is_the_per_character_fold(text: str) -> None:
    """The shared table and the fallback give exactly the per-character fold, same length."""
    assert _fold_each(text) == fold(text)
    assert len(text) == len(fold(text))


@given(
    st.text(alphabet=st.characters(min_codepoint=0x20, max_codepoint=0x7E), max_size=80),
    st.lists(st.characters(min_codepoint=0x80), max_size=20),
    st.randoms(use_true_random=False),
)
def test_fold_of_mostly_ascii_text_is_the_per_character_fold(
    text: str, extra: list[str], rnd: object
) -> None:
    """
    ASCII copy with a few other characters (the path that replaces each
    kind of them) and with many (the table's path) fold as one character
    at a time does.
    """
    chars = list(text) + extra
    rnd.shuffle(chars)  # type: ignore[attr-defined]
    mixed = "".join(chars)
    assert _fold_each(mixed) == fold(mixed)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY REPORTED CLASHES",
            True,
            id="muc-style-wire",
        ),
        pytest.param(
            "Kabul: Afghan forces retook the district on Sunday.", False, id="normal"
        ),
        pytest.param(
            "ATTACK ON CONVOY\nGunmen opened fire on a convoy near the border on Monday, "
            "killing two drivers and wounding a guard, police said.",
            False,
            id="shouted-headline-over-normal-copy",
        ),
        pytest.param(
            "ÇAĞLAYAN İLÇESİNDE ÇATIŞMA ÇIKTI, İKİ ASKER ÖLDÜ", True, id="non-ascii"
        ),
        pytest.param("UN", False, id="too-few-letters"),
    ],
)
def test_is_shouting_examples(text: str, expected: bool) -> None:
    """ALL-CAPS copy is recognised, a shouted headline over normal copy is not."""
    assert expected == is_shouting(text)


@given(_MIXED)
def test_is_shouting_counts_every_letter(text: str) -> None:
    """The fast count agrees with counting ``isupper``/``islower`` over every character."""
    upper = sum(map(str.isupper, text))
    lower = sum(map(str.islower, text))
    assert (upper > 20 and upper > 4 * lower) == is_shouting(text)
    assert is_shouting(text) == Document(text=text).shouting


def _sentence_spans_by_search(text: str) -> tuple[tuple[int, int], ...]:
    """The earlier reading of ``sentence_spans``: the pattern searched over the whole text."""
    from conflictparse import _text

    spans: list[tuple[int, int]] = []
    start = 0
    while start < len(text) and text[start].isspace():
        start += 1
    for m in _text._SENTENCE_END.finditer(text):
        if "\n" not in m.group(1):
            last = _text._last_word(text[max(start, m.start(1) - 40) : m.start(1)])
            if last and last.lower().rstrip(".") in _text._ABBREVIATIONS:
                continue
            if last and len(last) == 1 and last.isupper():
                continue
            if (
                last
                and last.lower() in _text._CLOCK
                and _text._clock_goes_on(text, m.end(1))
            ):
                continue
        if m.start(1) > start:
            spans.append((start, m.start(1)))
        start = m.end(1)
    end = len(text)
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
    # a blank line ends a sentence too: cut each span at every run of white
    # space holding one
    out: list[tuple[int, int]] = []
    for s, e in spans:
        at = s
        for m in re.finditer(r"\s*\n\r?\n\s*", text[s:e]):
            if m.start() > 0 and s + m.start() > at:
                out.append((at, s + m.start()))
            at = s + m.end()
        if e > at:
            out.append((at, e))
    return tuple(out)


_SENTENCE_PIECES = st.sampled_from(
    [
        ".",
        "!",
        "?",
        " ",
        "  ",
        "\n",
        "\t",
        "\x1c",
        "\x85",
        "\u2028",
        "\u00a0",
        '"',
        "'",
        "\u201d",
        "\u201c",
        ")",
        "(",
        "]",
        "[",
        "A",
        "Five",
        "died",
        "5",
        "\u0663",
        "Gen",
        "U.S",
        "J",
        "e",
        "\u00c9",
        "x",
        "...",
    ]
)


@given(st.lists(_SENTENCE_PIECES, max_size=40).map("".join))
def test_sentence_spans_equal_the_searched_pattern(text: str) -> None:
    """Finding the stops with ``str.find`` gives the sentences the pattern's own search gives."""
    from conflictparse._text import sentence_spans

    assert sentence_spans(text) == _sentence_spans_by_search(text)


@given(st.lists(_SENTENCE_PIECES.filter(str.isascii), max_size=40).map("".join))
def test_sentence_spans_of_ascii_text_equal_the_searched_pattern(text: str) -> None:
    """ASCII text goes through the standard library's twin of the pattern: same sentences."""
    from conflictparse._text import sentence_spans

    assert text.isascii()
    assert sentence_spans(text) == _sentence_spans_by_search(text)


@pytest.mark.parametrize(
    "text",
    [
        "He left.\x1cThen",
        'Five died!" Ten fled? (Two) were hurt.',
        "A. B. Gen. Ali came. U.S. troops left.",
    ],
)
def test_sentence_spans_examples(text: str) -> None:
    """Stops before odd white space, closing quotes, initials and abbreviations."""
    from conflictparse._text import sentence_spans

    assert sentence_spans(text) == _sentence_spans_by_search(text)


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        ("They overran the base around 2 a.m. (0100 GMT) on Tuesday. Five died.", 2),
        ("The blast came at 4 p.m. Saturday near the market. Police left.", 2),
        ("At 9 A.M. GMT the talks began. Then rain fell.", 2),
        ("The raid ended at 5 a.m. Police then left.", 2),
    ],
)
def test_time_of_day_ends_a_sentence_only_before_a_new_one(
    text: str, sentences: int
) -> None:
    """'a.m.' before a bracket, a day or a time zone goes on with its sentence."""
    from conflictparse._text import sentence_spans

    assert sentences == len(sentence_spans(text))


def test_a_word_met_before_a_stop_is_read_alike_the_second_time() -> None:
    """The verdict kept for a word before a stop gives the sentences the first reading gave, cleared or not."""
    from conflictparse import _text

    text = "Lt. Col. Diaz spoke at 6 a.m. (1100 GMT). Maj. Ruiz left at 7 a.m. Police stayed."
    _text._WORD_VERDICTS.clear()
    first = _text.sentence_spans(text)
    assert [text[s:e] for s, e in first] == [
        "Lt. Col. Diaz spoke at 6 a.m. (1100 GMT).",
        "Maj. Ruiz left at 7 a.m.",
        "Police stayed.",
    ]
    assert _text._WORD_VERDICTS["Col"] == _text._GOES_ON
    assert _text._WORD_VERDICTS["a.m"] == _text._CLOCK_TIME
    assert _text.sentence_spans(text) == first


def test_a_stand_in_reads_its_source_and_flags_without_compiling() -> None:
    """``pattern`` and ``flags`` of a stand-in answer as given, and leave it a stand-in (a re twin is made from them at import)."""
    import regex

    from conflictparse._text import lazy

    space: dict[str, object] = {}
    space["P"] = stand_in = lazy(space, "P", r"a  b # two letters", regex.VERBOSE)
    assert (stand_in.pattern, stand_in.flags & regex.VERBOSE) == (
        "a  b # two letters",
        regex.VERBOSE,
    )
    assert space["P"] is stand_in  # not compiled yet
    assert stand_in.fullmatch("ab") is not None
    assert isinstance(space["P"], regex.Pattern)
    assert space["P"].pattern == stand_in.pattern


def test_lazy_re_compiles_an_re_pattern_on_first_use() -> None:
    """:func:`lazy_re` binds the name to the pattern ``compile_re`` makes, on first use."""
    import re

    from conflictparse._text import compile_re, lazy_re

    space: dict[str, object] = {}
    space["W"] = stand_in = lazy_re(space, "W", r"[a-z]++", re.IGNORECASE)
    assert space["W"] is stand_in
    assert stand_in.findall("Two U.S. soldiers") == ["Two", "U", "S", "soldiers"]
    assert type(space["W"]) is type(compile_re(r"[a-z]++", re.IGNORECASE))
    assert space["W"].flags == compile_re(r"[a-z]++", re.IGNORECASE).flags


def _first_uses_at_once(threads: int) -> tuple[list[object], object]:
    """What *threads* threads find making the first use of one stand-in at once, and what its name holds after."""
    import threading

    from conflictparse._text import lazy

    space: dict[str, object] = {}
    space["N"] = stand_in = lazy(space, "N", r"\d++(?:,\d{3})*+")
    barrier = threading.Barrier(threads)
    found: list[object] = [None] * threads

    def work(i: int) -> None:
        barrier.wait()
        found[i] = stand_in.findall(f"{i} dead, 1,200 displaced")

    workers = [threading.Thread(target=work, args=(i,)) for i in range(threads)]
    for t in workers:
        t.start()
    for t in workers:
        t.join()
    return found, space["N"]


def test_threads_using_one_stand_in_at_once_get_the_same_answers() -> None:
    """Eight threads making the first use of one stand-in at once all match, and the name ends up holding a compiled pattern."""
    import regex

    for _ in range(5):
        found, bound = _first_uses_at_once(8)
        assert found == [[str(i), "1,200"] for i in range(8)]
        assert isinstance(bound, regex.Pattern)


def test_lazy_is_eager_only_for_a_module_no_python_frame_runs() -> None:
    """A module body running as Python gets stand-ins; a namespace no frame runs (as a mypyc-compiled module's) gets patterns at once; a plain dict gets stand-ins."""
    import regex

    from conflictparse._text import lazy

    body = "import regex\nfrom conflictparse._text import lazy\nP = lazy(globals(), 'P', r'a')\n"
    module: dict[str, object] = {"__name__": "a_python_module"}
    exec(body, module)  # a module body run as Python: its frame's globals are `module`
    assert type(module["P"]).__name__ == "_Lazy"
    foreign: dict[str, object] = {"__name__": "a_compiled_module"}
    assert isinstance(lazy(foreign, "P", r"a"), regex.Pattern)  # no frame runs `foreign`
    assert type(lazy({}, "P", r"a")).__name__ == "_Lazy"


def _syntax_of_python_3_11(pattern: str) -> bool:
    """Whether *pattern* holds a possessive quantifier or an atomic group (``re`` reads them from 3.11)."""
    i, in_class = 0, False
    while i < len(pattern):
        char = pattern[i]
        if char == "\\":
            i += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            i += (
                2 if pattern[i + 1 : i + 2] == "]" else 1
            )  # "[]...]": a "]" first is a member
            continue
        elif (char in "*+?}" and pattern[i + 1 : i + 2] == "+") or pattern.startswith(
            "(?>", i
        ):
            return True
        i += 1
    return False


def test_no_re_pattern_needs_python_3_11() -> None:
    """Every ``re.compile`` of the package reads on Python 3.10 (possessive twins go through ``compile_re``)."""
    import ast
    from pathlib import Path

    import conflictparse

    assert _syntax_of_python_3_11(r"[a-z]++ (?:x)")
    assert not _syntax_of_python_3_11(r"[+*]+ \++ [a]+")
    found = 0
    for path in Path(conflictparse.__file__).parent.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and node.func.attr == "compile"
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                found += 1
                assert not _syntax_of_python_3_11(node.args[0].value), (
                    path.name,
                    node.lineno,
                )
    assert found > 5
