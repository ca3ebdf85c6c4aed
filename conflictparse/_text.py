"""
Text machinery shared by every parser family: sentence boundaries, case
and diacritic folding that keeps offsets, and English number words.

One copy lives here so that dates, casualties, places and actors agree on
what a sentence is and what "twenty-one" means.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
import unicodedata
from collections.abc import Callable
from types import FrameType
from typing import Any, Final, cast

import regex

__all__ = [
    "NUMBER_PATTERN",
    "fold",
    "is_shouting",
    "parse_number",
    "sentence_spans",
    "word_set",
    "word_spans",
]

#: The time limit (seconds) for patterns run on text from outside. It is a
#: last guard against catastrophic backtracking, not a speed budget: the
#: ``regex`` module counts it over a whole ``finditer`` loop, in wall-clock
#: time, so it must leave room for a multi-megabyte document on a busy machine.
REGEX_TIMEOUT: Final = 10.0

_UNITS: Final = {
    "zero": 0, "no": 0, "none": 0,
    "one": 1, "a": 1, "an": 1, "single": 1, "lone": 1,
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_TENS: Final = {
    "twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
_SCALES: Final = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_WORD_NUMBERS: Final = {"dozen": 12, "score": 20}

_UNIT_WORDS = "|".join(
    sorted(
        (w for w in _UNITS if w not in {"no", "none", "a", "an", "single", "lone"}),
        key=len,
        reverse=True,
    )
)
_TENS_WORDS = "|".join(_TENS)

#: A regex fragment (no groups) matching a number in digits ("1,200",
#: "12") or English words ("twenty-one", "one hundred and five").
#: Compile it with ``regex.IGNORECASE``.
NUMBER_PATTERN: Final = (
    r"(?:\d{1,3}(?:,\d{3})++(?!\d)|\d++(?:\.\d++)?+"
    r"|(?:(?:" + _TENS_WORDS + r")(?:[-\s](?:" + _UNIT_WORDS + r"))?+"
    r"|(?:" + _UNIT_WORDS + r"))"
    r"(?:[-\s](?:and[-\s])?(?:hundred|thousand|million)"
    r"(?:[-\s](?:and[-\s])?(?:(?:"
    + _TENS_WORDS
    + r")(?:[-\s](?:"
    + _UNIT_WORDS
    + r"))?+|(?:"
    + _UNIT_WORDS
    + r")))?+)*+)"
)

_NUMBER_RE: Final = regex.compile(r"\A" + NUMBER_PATTERN + r"\Z", regex.IGNORECASE)
_TOKEN_RE: Final = regex.compile(r"[a-z]++", regex.IGNORECASE)


@functools.lru_cache(maxsize=4096)
def parse_number(text: str) -> int | None:
    """
    Read a whole number written in digits or English words.

    >>> parse_number("twenty")
    20
    >>> parse_number("one hundred and five")
    105
    >>> parse_number("1,200")
    1200
    >>> parse_number("Twenty-One")
    21
    >>> parse_number("many") is None
    True
    >>> parse_number("²") is None
    True
    >>> parse_number("9" * 5000) is None
    True

    Returns:
        The number, or ``None`` when *text* is not a number.
    """
    s = text.strip()
    if not s:
        return None
    if s[0].isdigit():
        digits = s.replace(",", "")
        if not digits.isdecimal():  # not isdigit(): int() rejects "²"
            return None
        try:
            return int(digits)
        except ValueError:  # more digits than int() converts (sys.get_int_max_str_digits)
            return None
    if not _NUMBER_RE.match(s):
        low = s.lower()
        if low in _WORD_NUMBERS:
            return _WORD_NUMBERS[low]
        return None
    total = 0
    current = 0
    for token in _TOKEN_RE.findall(s.lower()):
        if token == "and":
            continue
        if token in _UNITS:
            current += _UNITS[token]
        elif token in _TENS:
            current += _TENS[token]
        elif token == "hundred":
            current = max(current, 1) * 100
        elif token in _SCALES:
            total += max(current, 1) * _SCALES[token]
            current = 0
        else:
            return None
    return total + current


_APOSTROPHES: Final = "\u2019\u2018\u02bc\u02bb`\u00b4"
_HYPHENS: Final = "\u2010\u2011\u2012\u2013\u2014\u2212"


def _fold_one(ch: str) -> str:
    if ch in _APOSTROPHES:
        return "'"
    if ch in _HYPHENS:
        return "-"
    low = ch.lower()
    if len(low) != 1:
        return ch
    base = unicodedata.normalize("NFD", low)[0]
    return base if base.isascii() or (not low.isascii() and len(base) == 1) else low


_fold_char: Final = functools.lru_cache(maxsize=65536)(_fold_one)

#: The code points folded through one shared table: Latin (with its
#: extensions), IPA, combining marks, Greek, Cyrillic, Latin Extended
#: Additional (Vietnamese) and the general punctuation block.
_TABLE_RANGES: Final = (
    (0x0000, 0x0530),
    (0x1E00, 0x1F00),
    (0x2000, 0x2070),
    (0x2212, 0x2213),
)


@functools.cache
def _fold_table() -> tuple[dict[int, str], regex.Pattern[str]]:
    """
    The translation table of the common characters (only those that change)
    and a pattern matching runs of the characters it covers, built on the
    first non-ASCII fold (~1,700 characters, about a millisecond).

    A character is covered only when its folded form is covered too, so a
    second pass over the characters left uncovered cannot touch what the
    table wrote. (The pattern, rather than a set of the covered characters,
    keeps ~250 KB of small strings out of memory.)
    """
    ranges = "".join(f"\\u{low:04x}-\\u{high - 1:04x}" for low, high in _TABLE_RANGES)
    outside = regex.compile(f"[^{ranges}]")
    table: dict[int, str] = {}
    runs: list[str] = []  # the covered code points, as class ranges
    for low, high in _TABLE_RANGES:
        first = -1
        for cp in range(low, high + 1):
            to = _fold_one(chr(cp)) if cp < high else ""  # always one character
            if to and outside.match(to) is None:
                if to != chr(cp):
                    table[cp] = to
                if first < 0:
                    first = cp
            elif first >= 0:
                runs.append(f"\\u{first:04x}-\\u{cp - 1:04x}")
                first = -1
    return table, regex.compile(f"[{''.join(runs)}]++")


def fold(text: str) -> str:
    """
    Lower-case *text*, strip diacritics and unify apostrophes and dashes,
    keeping its length, so offsets found in the folded text are offsets in
    the original.

    >>> fold("Takhār’s ÉLITE")
    "takhar's elite"
    >>> fold("Hà Nội — ΑΘΗΝΑ")
    'ha noi - αθηνα'
    >>> len(fold("İstanbul")) == len("İstanbul")
    True
    """
    if text.isascii():
        out = text.lower()
        # the grave accent is the one ASCII apostrophe-like character
        return out.replace("`", "'") if "`" in out else out
    # Most copy is ASCII but for a few kinds of characters (curly quotes,
    # dashes, accented letters): each is replaced by its folded form with
    # one C-level str.replace, then the ASCII is lowered. A translate over
    # the whole text costs far more (each character the table leaves alone
    # raises and clears a KeyError inside str.translate): about a seventh
    # of the instructions on a 2 KB story with one curly apostrophe.
    kinds = set(_NON_ASCII.findall(text))
    if len(kinds) <= _FEW_KINDS:
        out = text
        for ch in kinds:
            to = _fold_char(ch)
            if to.lower() != to:
                break  # ("İ" is kept, and lower() would make it two characters)
            if to != ch:
                out = out.replace(ch, to)
        else:
            out = out.lower()
            return out.replace("`", "'") if "`" in out else out
    return _fold_by_table(text)


#: A character outside ASCII (the standard library's ``re``: a plain class).
_NON_ASCII: Final = re.compile("[^\x00-\x7f]")
#: How many kinds of non-ASCII characters :func:`fold` replaces one by one;
#: a text with more (Greek, Cyrillic, a name list) goes through the table.
_FEW_KINDS: Final = 12


def _fold_by_table(text: str) -> str:
    """:func:`fold` of a non-ASCII *text* through the shared table."""
    table, covered = _fold_table()
    out = text.translate(table)  # one C-level pass with the shared table
    if out.isascii():
        return out
    rare = set(covered.sub("", out, timeout=REGEX_TIMEOUT))
    if not rare:
        return out
    # then one lookup per distinct character the table does not cover
    extra = {}
    for ch in rare:
        to = _fold_char(ch)
        if to != ch:
            extra[ord(ch)] = to
    return out.translate(extra) if extra else out


def is_shouting(text: str) -> bool:
    """
    Whether *text* is ALL-CAPS wire copy, as in older news archives.

    This is the one definition every stage shares: a parser reads it as
    :attr:`Document.shouting <conflictparse.Document.shouting>` (computed
    once per story); other code calls this function. The rule: among the
    first 20,000 characters, more than 20 letters are upper case and more
    than four times as many as are lower case (so a shouted headline over
    normal copy does not count). Every letter counts, not only ASCII ones.
    It costs a few microseconds per kilobyte (the ASCII letters are
    counted in C; only the non-ASCII characters are looked at one by one).

    >>> is_shouting("SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY SAID")
    True
    >>> is_shouting("Kabul: Afghan forces on Sunday")
    False
    >>> is_shouting("KUNDUZ (WIRE) - TALIBAN FIGHTERS ATTACKED A CHECKPOINT IN ÇAĞLAYAN")
    True
    """
    sample = text[:20000]
    if sample.isascii():
        ascii_part = sample.encode("ascii")
        rest = ""
    else:
        ascii_part = sample.encode("ascii", "ignore")
        # the other characters, in C: UTF-8 writes them with no ASCII byte
        rest = (
            sample.encode("utf-8", "surrogatepass")
            .translate(None, _ASCII_BYTES)
            .decode("utf-8", "surrogatepass")
        )
    # for ASCII, isupper() is A-Z exactly: one pass in C keeps the letters,
    # each upper-case one as "U", and the "U"s are counted
    letters = ascii_part.translate(_CASE_MARKS, _NOT_ASCII_LETTERS)
    upper = letters.count(b"U")
    lower = len(letters) - upper
    if rest:
        upper += sum(map(str.isupper, rest))
        lower += sum(map(str.islower, rest))
    return upper > 20 and upper > 4 * lower


#: For ``bytes.translate``: A-Z to "U", a-z to "l" (what else is kept is
#: dropped by :data:`_NOT_ASCII_LETTERS`).
_CASE_MARKS: Final = bytes(
    ord("U") if 65 <= c <= 90 else ord("l") if 97 <= c <= 122 else c for c in range(256)
)
_NOT_ASCII_LETTERS: Final = bytes(
    c for c in range(256) if not (65 <= c <= 90 or 97 <= c <= 122)
)
_ASCII_BYTES: Final = bytes(range(128))


#: ``re``'s flags as ``regex`` numbers them (``ASCII`` differs).
_REGEX_FLAGS: Final = (
    (re.IGNORECASE, regex.IGNORECASE),
    (re.MULTILINE, regex.MULTILINE),
    (re.DOTALL, regex.DOTALL),
    (re.VERBOSE, regex.VERBOSE),
    (re.ASCII, regex.ASCII),
)


def compile_re(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """
    The standard library's ``re.compile(pattern, flags)``, for the ``re``
    twins of patterns that read ASCII text (a ``re`` call costs a fraction
    of a ``regex`` one).

    Python 3.10's ``re`` knows no possessive quantifiers (``a++``) and no
    atomic groups, which these twins use so that no input can make them
    backtrack; there the same pattern is compiled by ``regex``, which reads
    it alike (with its own numbers for the flags) and answers the same
    calls. Python 3.11 and later always get ``re``.

    >>> compile_re(r"[a-z]++").findall("two u.s. soldiers")
    ['two', 'u', 's', 'soldiers']
    """
    try:
        return re.compile(pattern, flags)
    except re.error:
        if sys.version_info >= (3, 11):
            raise  # a mistake in the pattern, not a Python too old for it
    native = 0
    for ours, theirs in _REGEX_FLAGS:
        if flags & ours:
            native |= theirs
    # the calls the twins make (match, search, split, finditer, sub) take
    # the same arguments and give the same answers
    return cast("re.Pattern[str]", regex.compile(pattern, native))


def lazy(
    namespace: dict[str, Any], name: str, source: str, flags: int = 0
) -> regex.Pattern[str]:
    r"""
    A stand-in for the pattern *source* (compiled with *flags*) bound to
    *name* in *namespace* (a module's globals): the first use of any of its
    attributes compiles the pattern and binds *name* to it, so every later
    use finds the pattern itself and costs nothing more.  For the helper
    patterns few stories need, which an import of the family then does not
    pay for (``regex`` parses a pattern in Python, 0.1-3 ms each).

    Only for a pattern every use of which looks its name up when it runs:
    a copy taken at import (``_X.match`` kept in a constant, a default
    argument, a tuple of patterns, an ``is`` test against the name) would
    keep the stand-in, and each call through it pays an extra look-up.
    Two threads using it at once may both compile it, which is harmless:
    each gets an equal pattern and the name ends up holding one of them.

    >>> space = {}
    >>> space["YEAR"] = lazy(space, "YEAR", r"\d{4}")
    >>> space["YEAR"].match("2016")[0], isinstance(space["YEAR"], regex.Pattern)
    ('2016', True)
    """
    if _compiled_caller(namespace):
        return regex.compile(source, flags)
    stand_in = _Lazy(namespace, name, source, flags, regex.compile)
    return cast("regex.Pattern[str]", stand_in)


def lazy_re(
    namespace: dict[str, Any], name: str, source: str, flags: int = 0
) -> re.Pattern[str]:
    r"""
    :func:`lazy` for a pattern of the standard library's ``re`` (*flags*
    are ``re``'s), compiled by :func:`compile_re`.

    >>> space = {}
    >>> space["WORD"] = lazy_re(space, "WORD", r"[a-z]++")
    >>> space["WORD"].findall("two u.s. soldiers"), type(space["WORD"]).__name__
    (['two', 'u', 's', 'soldiers'], 'Pattern')
    """
    if _compiled_caller(namespace):
        return compile_re(source, flags)
    return cast("re.Pattern[str]", _Lazy(namespace, name, source, flags, compile_re))


def _compiled_caller(namespace: dict[str, Any]) -> bool:
    """
    Whether *namespace* is the globals of a module compiled by mypyc (the
    opt-in compiled build): compiled code reads its ``Final`` globals from
    C variables set once at import, so a stand-in there would never be
    replaced and every use would pay the detour; such a module compiles its
    patterns at once. A module being imported as Python runs in a frame
    whose globals are *namespace* (this function's caller's, or its
    caller's when :func:`lazy` is itself compiled and pushes no frame); a
    compiled module runs in none. A plain dict (no ``__name__``) is never a
    compiled module's.
    """
    if "__name__" not in namespace:
        return False
    frame: FrameType | None = sys._getframe(0)
    for _ in range(3):
        if frame is None:
            break
        if frame.f_globals is namespace:
            return False
        frame = frame.f_back
    return True


class _Lazy:
    """
    What :func:`lazy` gives: compiles its pattern on first use. Its
    ``pattern`` and ``flags`` are read without compiling, so that a twin in
    another engine can be made from it at import: ``pattern`` is the
    compiled pattern's, ``flags`` those given (``regex`` adds its defaults,
    such as UNICODE, to the compiled pattern's).
    """

    __slots__ = ("_compile", "_compiled", "_name", "_namespace", "flags", "pattern")

    def __init__(
        self,
        namespace: dict[str, Any],
        name: str,
        source: str,
        flags: int,
        compiler: Callable[[str, int], Any],
    ) -> None:
        self._namespace = namespace
        self._name = name
        self.pattern = source
        self.flags = flags
        self._compile = compiler
        self._compiled: Any = None

    def __getattr__(self, attribute: str) -> Any:
        compiled = self._compiled
        if compiled is None:  # (a copy of the stand-in kept elsewhere compiles once too)
            compiled = self._compiled = self._compile(self.pattern, self.flags)
            self._namespace[self._name] = compiled  # later look-ups find the pattern
        return getattr(compiled, attribute)


#: The days of the week and the months by name, folded (Monday first, as
#: ``date.weekday()`` counts), and the months' abbreviations: the word lists
#: of the families that stop at, skip or read a day's or a month's name are
#: made from these.
WEEKDAY_NAMES: Final = (
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
)  # fmt: skip
MONTH_NAMES: Final = (
    "january", "february", "march", "april", "may", "june", "july", "august",
    "september", "october", "november", "december",
)  # fmt: skip
MONTH_ABBREVIATIONS: Final = (
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
)  # fmt: skip


_ABBREVIATIONS: Final = frozenset(
    [
        *MONTH_ABBREVIATIONS,
        "mr",
        "mrs",
        "ms",
        "dr",
        "gen",
        "lt",
        "col",
        "maj",
        "capt",
        "sgt",
        "cpl",
        "pvt",
        "adm",
        "cmdr",
        "gov",
        "sen",
        "rep",
        "st",
        "mt",
        "ft",
        "no",
        "vs",
        "etc",
        "inc",
        "ltd",
        "co",
        "corp",
        "u.s",
        "u.k",
        "u.n",
        "e.g",
        "i.e",
        "prof",
        "rev",
        "gen.",
        "brig",
        "hon",
        "pres",
    ]
)

_SENTENCE_END: Final = regex.compile(
    r"""
    [.!?][\"'\u201d\u2019)\]]*+  # a full stop, maybe closed by a quote
    (\s++)                        # then white space (group 1: a look-behind
                                  # here costs a second per megabyte)
    (?=[\"'\u201c\u2018(\[]*+[\p{Lu}\d])  # and a capital or digit to start the next
    """,
    regex.VERBOSE,
)
#: :data:`_SENTENCE_END` for ASCII text, in the standard library's ``re``,
#: whose calls cost half as much. Its white space is ``regex``'s ``\s`` in
#: ASCII (``re``'s would add U+001C..U+001F); no runs can backtrack far: a
#: shorter run is followed by a closer or a space, which fail at once.
_SENTENCE_END_ASCII: Final = re.compile(
    r"[.!?][\"')\]]*([\t\n\x0b\x0c\r ]+)(?=[\"'(\[]*[A-Z0-9])"
)
_CLOSERS: Final = "\"'\u201d\u2019)]"


def _stops(text: str) -> list[int]:
    """
    The offsets where :data:`_SENTENCE_END` can match, in order: a full stop
    before white space or a closing quote (``str.isspace`` holds every
    character of ``regex``'s ``\\s``, and U+001C..U+001F).

    ``str.find`` skips to each stop at C speed; a pattern searched over the
    text (``regex``'s or the standard library's) tests every character.
    """
    out: list[int] = []
    find = text.find
    for mark in ".!?":
        at = find(mark)
        while at >= 0:
            after = text[at + 1 : at + 2]
            if after and (after.isspace() or after in _CLOSERS):
                out.append(at)
            at = find(mark, at + 1)
        if mark == ".":
            first = len(out)
    if len(out) > first:
        out.sort()  # "!" and "?" among the full stops
    return out


def _last_word(head: str) -> str | None:
    """
    The word before the full stop that ends *head* ("Gen" in "said Gen."),
    with its inner dots ("U.S" in "the U.S."), or ``None``.

    A scan from the end, linear in the word's length (a regex searched from
    every start is quadratic, and this runs at every full stop).
    """
    end = len(head)
    while end and head[end - 1] in _CLOSERS:
        end -= 1
    if not end or head[end - 1] not in ".!?":
        return None
    end -= 1
    # the usual case in one step: the text after the last space is all
    # letters and dots (then the scan below would stop at that space)
    word = head[head.rfind(" ", 0, end) + 1 : end]
    if word.replace(".", "").isalpha():
        return word.lstrip(".") or None
    start = end
    while start and (head[start - 1].isalpha() or head[start - 1] == "."):
        start -= 1
    while start < end and head[start] == ".":
        start += 1
    return head[start:end] if start < end else None


#: A time of day's "a.m." and "p.m." (as :func:`_last_word` reads them).
_CLOCK: Final = frozenset(["a.m", "p.m"])
#: Words after "a.m." or "p.m." that go on with the same sentence.
_AFTER_CLOCK: Final = frozenset(
    [
        *WEEKDAY_NAMES,
        "gmt",
        "utc",
        "local",
        "today",
        "yesterday",
        "tomorrow",
        "et",
        "est",
        "edt",
        "cet",
        "bst",
    ]
)


def _clock_goes_on(text: str, at: int) -> bool:
    """
    Whether the text after a time of day's "a.m." or "p.m." at *at* goes on
    with its sentence: a bracket ("(0100 GMT)"), a day's name or a time zone.
    """
    head = text[at : at + 12]
    if head.startswith(("(", "[")):
        return True
    word = head.split(None, 1)[0] if head.strip() else ""
    return word.rstrip(",.;:").lower() in _AFTER_CLOCK


#: What the word before a stop says of it (:func:`_verdict`).
_ENDS: Final = "ends"
_GOES_ON: Final = "goes on"
_CLOCK_TIME: Final = "clock"
#: The verdicts on the words of letters and dots met before stops, by the
#: word as written (most stops follow a word seen before); bounded.
_WORD_VERDICTS: Final[dict[str, str]] = {}
_MAX_VERDICTS: Final = 8192


def _verdict(last: str | None) -> str:
    """
    Whether a stop after the word *last* ends its sentence: not after an
    abbreviation or an initial; after "a.m." or "p.m." only when the text
    after it does not go on with the sentence (:func:`_clock_goes_on`).
    """
    if last and last.lower().rstrip(".") in _ABBREVIATIONS:
        return _GOES_ON
    if last and len(last) == 1 and last.isupper():
        return _GOES_ON
    if last and last.lower() in _CLOCK:
        return _CLOCK_TIME
    return _ENDS


def sentence_spans(text: str) -> tuple[tuple[int, int], ...]:
    """
    Split *text* into sentences and return their ``(start, end)`` offsets.

    Abbreviations ("Gen.", "Jan.", "U.S.") do not end a sentence; white
    space between sentences belongs to neither.

    >>> t = "Gen. Ali said on Jan. 5 the U.S. left. Five died."
    >>> [t[s:e] for s, e in sentence_spans(t)]
    ['Gen. Ali said on Jan. 5 the U.S. left.', 'Five died.']
    """
    spans: list[tuple[int, int]] = []
    start = 0
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    done = 0  # where the last sentence end's match ended
    # an anchored match with possessive runs: its work is bounded by the
    # closers, white space and openers after the stop, so no timeout (which
    # costs two reads of the process clock per call)
    match = (_SENTENCE_END_ASCII if text.isascii() else _SENTENCE_END).match
    for at in _stops(text):
        if at < done:
            continue
        m = match(text, at)
        if m is None:
            continue
        gap, done = m.span(1)
        if "\n" not in m.group(1):
            # only the last 40 characters: slicing from *start* is quadratic
            # when many abbreviations in a row do not end the sentence
            lo = gap - 40 if gap - 40 > start else start
            # _last_word's usual case inline: letters and dots after a space
            space = text.rfind(" ", lo, at)
            word = text[space + 1 if space >= 0 else lo : at]
            # the verdict on a word of letters and dots is the word's alone:
            # one look-up for the words met before (most are)
            verdict = _WORD_VERDICTS.get(word) if at >= lo else None
            if verdict is None:
                if at >= lo and word.replace(".", "").isalpha():
                    verdict = _verdict(word.lstrip(".") or None)
                    if len(_WORD_VERDICTS) >= _MAX_VERDICTS:
                        _WORD_VERDICTS.clear()  # bounded; rebuilt as met
                    _WORD_VERDICTS[word] = verdict
                else:
                    verdict = _verdict(_last_word(text[lo:gap]))
            if verdict is _GOES_ON:
                continue  # an abbreviation ("Gen."), an initial ("John F. Kennedy")
            if verdict is _CLOCK_TIME and _clock_goes_on(text, done):
                continue  # "at 2 a.m. (0100 GMT) on Tuesday", "at 4 p.m. Saturday"
        if gap > start:
            spans.append((start, gap))
        start = done
    end = n
    while end > start and text[end - 1].isspace():
        end -= 1
    if end > start:
        spans.append((start, end))
    if "\n\n" in text or "\n\r\n" in text:
        # a blank line ends a sentence, stop or none: a headline line
        # ("Gunmen kill 17 in Plateau\n\nGunmen have killed ...") is one
        return tuple(_split_at_blank_lines(text, spans))
    return tuple(spans)


def _split_at_blank_lines(
    text: str, spans: list[tuple[int, int]]
) -> list[tuple[int, int]]:
    """*spans* with each one holding a blank line cut there (white space belongs to neither part)."""
    # the blank lines inside a sentence, found with one pass of str.find
    # (most lie between sentences already: paragraphs end with a stop)
    inside: set[int] = set()
    starts = [s for s, _ in spans]
    for mark in ("\n\n", "\n\r\n"):
        at = text.find(mark)
        while at >= 0:
            k = bisect.bisect_right(starts, at) - 1
            if k >= 0 and at < spans[k][1]:
                inside.add(k)
            at = text.find(mark, at + len(mark))
    if not inside:
        return spans
    out: list[tuple[int, int]] = []
    for k, (start, end) in enumerate(spans):
        if k not in inside:
            out.append((start, end))
            continue
        at = _blank_line(text, start, end)
        while at >= 0:
            gap_end = at
            while gap_end < end and text[gap_end].isspace():
                gap_end += 1
            gap_start = at
            while gap_start > start and text[gap_start - 1].isspace():
                gap_start -= 1
            if gap_start > start:
                out.append((start, gap_start))
            start = gap_end
            at = _blank_line(text, start, end)
        if end > start:
            out.append((start, end))
    return out


def _blank_line(text: str, start: int, end: int) -> int:
    """Where the first blank line ("\n\n" or "\n\r\n") in ``text[start:end]`` starts, else -1."""
    a = text.find("\n\n", start, end)
    b = text.find("\n\r\n", start, end)
    if a < 0:
        return b
    return a if b < 0 or a < b else b


# A word: a run of letters (with their combining marks) and digits. Apostrophes,
# hyphens and every other character split words.
_WORD: Final = regex.compile(
    r"""
    [\p{L}\p{M}\p{N}]++   # letters, marks and digits, possessive: no backtracking
    """,
    regex.VERBOSE,
)


def word_spans(text: str) -> tuple[tuple[int, int], ...]:
    """
    Return the ``(start, end)`` offsets of the words of *text*: runs of
    letters and digits (apostrophes, hyphens and punctuation split them).

    >>> t = "Gunmen killed 12 in al-Shabaab's raid."
    >>> [t[s:e] for s, e in word_spans(t)]
    ['Gunmen', 'killed', '12', 'in', 'al', 'Shabaab', 's', 'raid']
    """
    return tuple(m.span() for m in _WORD.finditer(text, timeout=REGEX_TIMEOUT))


def word_set(folded: str) -> frozenset[str]:
    """
    Return the set of the words of *folded* (text already passed through
    :func:`fold`): a cheap test of whether a story can hold a cue at all.

    >>> sorted(word_set(fold("Gunmen KILLED 12 in Bamako; 12 fled.")))
    ['12', 'bamako', 'fled', 'gunmen', 'in', 'killed']
    """
    return frozenset(_WORD.findall(folded, timeout=REGEX_TIMEOUT))


#: A suffix that makes the name before it another group's affiliation ("the
#: al-Qaeda-linked al-Shabaab", "an IS-affiliated faction", "Iran-backed"):
#: joined by a hyphen only ("Al-Shabaab backed the assault" is the group's
#: own deed). Any case, in the text or its fold.
_AFFILIATION_AFTER: Final = regex.compile(
    r"[-\u2010\u2011](?:linked|backed|affiliated|allied|aligned|inspired|supported"
    r"|sponsored|funded|leaning)\b",
    regex.IGNORECASE,
)


def affiliation_after(text: str, end: int) -> bool:
    """
    Whether the name ending at *end* in *text* is followed by an affiliation
    suffix: the actor it names is another group's backer or parent, not the
    group the story is about.

    >>> t = "the al-Qaeda-linked al-Shabaab group"
    >>> affiliation_after(t, 12), affiliation_after(t, 30)
    (True, False)
    """
    return (
        end < len(text)
        and text[end] in "-\u2010\u2011"
        and _AFFILIATION_AFTER.match(text, end) is not None
    )


def unnamed_before(text: str, at: int) -> bool:
    """
    Whether "unidentified" or "unknown" stands right before *at*
    ("unidentified gunmen": the report says it does not know them), not after
    a count ("six unidentified insurgents were killed": fighters whose names
    are unknown, of a group the story may name).

    >>> t = "shot by unidentified gunmen; six unidentified insurgents"
    >>> unnamed_before(t, 21), unnamed_before(t, 50)
    (True, False)
    """
    before = text[at - 30 if at > 30 else 0 : at].lower()
    if not before.endswith(("unidentified ", "unknown ")):
        return False
    words = before.split()
    return len(words) < 2 or not (words[-2].isdigit() or words[-2] in _COUNT_WORDS)


#: Number words before "unidentified" that make it a count of unnamed people.
_COUNT_WORDS: Final = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "several",
        "some",
        "many",
    ]
)


#: Words right before a name that make it another group's affiliation
#: ("rebels linked to the Islamic State group", "fighters loyal to X",
#: "a faction affiliated with al-Qaeda"), on the folded text. The
#: preposition must end right before the name (maybe after "the"). Not
#: "close to": as often a place ("fighting close to the army's base").
_AFFILIATION_BEFORE: Final = regex.compile(
    r"\b(?:linked|affiliated|allied|aligned|tied|loyal|inspired|backed)"
    r"[ ]++(?:to|with|by)[ ]++(?:the[ ]++)?\Z"
)


def affiliation_before(folded: str, start: int) -> bool:
    """
    Whether the name starting at *start* in the folded text *folded* follows
    a phrase of affiliation: the actor it names is another group's parent or
    backer, not the group acting.

    >>> t = "rebels linked to the islamic state group killed 38 people"
    >>> affiliation_before(t, 21), affiliation_before(t, 0)
    (True, False)
    """
    if start < 8 or not folded.endswith(_AFFILIATION_LAST, 0, start):
        return False  # (the cheap test first: most names follow no such word)
    return _AFFILIATION_BEFORE.search(folded, max(0, start - 40), start) is not None


#: The last word of every :data:`_AFFILIATION_BEFORE` match, with its spaces.
_AFFILIATION_LAST: Final = (" to ", " with ", " by ", " the ")
