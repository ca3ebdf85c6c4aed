"""
Tokens and quantity phrases: the pieces the casualty rules are built from.

Everything works on the folded text (:attr:`Document.folded`: lower case,
same offsets), so ALL-CAPS copy reads like mixed case.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable
from typing import Final, NamedTuple

import regex

from conflictparse._text import NUMBER_PATTERN, REGEX_TIMEOUT, compile_re, parse_number
from conflictparse.parsers.casualties import _lexicon as lx

# Splitting with one group gives gap, token, gap, token, ..., gap: the
# offsets of every token follow from the lengths alone, with no Python code
# per token (see `split_tokens`). Single letters joined by dots are one
# token ("u.s.", "u.n.", "j.f."), so an initialism reads as one modifier
# word ("two U.S. soldiers"), as "US" does; its last dot is its own, not a
# full stop. Only a dot after a word opens the tail; it goes on after a
# word of one letter alone.
_TOKEN_RE: Final = regex.compile(
    r"""
    (
      \d++(?:[,.]\d++)*+                # a number in digits: 12, 1,200, 2.5
      | [a-z]++(?:['-][a-z]++)*+        # a word, maybe hyphenated or with 's,
        (?:\.(?<![a-z][a-z]\.)[a-z](?![a-z])(?:\.[a-z](?![a-z]))*+\.?+)?  # or dotted initials: u.s.
      | [^\sa-z\d]                      # any other single character
    )
    """,
    regex.VERBOSE,
)
# The same tokens for ASCII text (most copy), split with the standard
# library's ``re``: about 2.5 times faster than ``regex`` here. The white
# space it skips is exactly the ASCII white space of ``regex``'s ``\s``
# (``re`` would also skip \x1c-\x1f). The pattern cannot backtrack
# (possessive runs of one class), so it needs no time limit. Words come
# first: most tokens are words, and no two branches open with the same
# character, so the order changes no token (7 % fewer instructions).
_ASCII_TOKEN_RE: Final = compile_re(
    r"""
    (
      [a-z]++(?:['-][a-z]++)*+          # a word
      | [0-9]++(?:[,.][0-9]++)*+        # a number in digits
      | [^\t\n\x0b\x0c\r a-z0-9]          # any other single character
    )
    """,
    re.VERBOSE,
)
# The ASCII tokens with dotted initials, for the few sentences where
# `_DOTTED_RE` finds a dot between letters: the initials' group costs
# every other sentence 2.5 % of the stage's instructions.
_ASCII_DOTTED_TOKEN_RE: Final = compile_re(
    r"""
    (
      [a-z]++(?:['-][a-z]++)*+          # a word,
        (?:\.(?<![a-z][a-z]\.)[a-z](?![a-z])(?:\.[a-z](?![a-z]))*+\.?+)?  # or dotted initials
      | [0-9]++(?:[,.][0-9]++)*+        # a number in digits
      | [^\t\n\x0b\x0c\r a-z0-9]          # any other single character
    )
    """,
    re.VERBOSE,
)
#: A dot with a letter on each side: where initials may be (a literal
#: first character, so the search runs in C at memchr speed).
_DOTTED_RE: Final = compile_re(r"\.[a-z](?<=[a-z]\.[a-z])")

_NUMBER_RE: Final = regex.compile(NUMBER_PATTERN, regex.IGNORECASE)
_SCALE: Final = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
#: Tokens after a number word that may carry the number on ("one hundred",
#: "twenty one", "a hundred and five", "twenty-", "1.2 million").
_NUMBER_GOES_ON: Final = lx.NUMBER_WORDS | {"and", "-", "--", "million", "billion", "a"}
_AGE: Final = regex.compile(r"\d{1,3}-year-old\b")


#: One folded token: (text, start, end), offsets into the folded text. A
#: plain tuple, built in C and read by index (``tok[0]`` is its text): far
#: cheaper than a named tuple's constructor and attribute look-ups.
Token = tuple[str, int, int]


#: What an em dash of the text is in the reader's copy of the folded text
#: (:func:`em_dashes_apart`): a character of its own, split off as a token
#: and read as the token ``"-"``.
EM_DASH_MARK: Final = "\x1f"


def em_dashes_apart(text: str, folded: str) -> str:
    """
    *folded* (the fold of *text*, same length) with each em dash of *text*
    made :data:`EM_DASH_MARK` (and the text's own U+001F, a control
    character, made a space). Folding makes an em dash a hyphen, so one
    glued to its words ("civilians\u2014including two children\u2014were
    killed") joined them into one hyphenated word; an en dash stays a
    hyphen ("10\u201315 killed" is a range).

    >>> t = "Five civilians\u2014including two children\u2014died."
    >>> [tok[0] for tok in tokenize(em_dashes_apart(t, t.lower()), 0, len(t))][:4]
    ['five', 'civilians', '-', 'including']
    """
    if EM_DASH_MARK in folded:  # the text's own (a control character): a space
        folded = folded.replace(EM_DASH_MARK, " ")
    at = text.find("\u2014")
    if at < 0:
        return folded
    chars = list(folded)
    while at >= 0:
        chars[at] = EM_DASH_MARK
        at = text.find("\u2014", at + 1)
    return "".join(chars)


#: A wire service's slug before a headline: "UPDATE 2-", "REFILE-",
#: "1st LD Writethru:" (on the folded text, at its start).
_WIRE_SLUG: Final = compile_re(
    r"\s*+(?:(?:update|wrapup|refile|corrected)(?:\s++\d++)?+\s*+-"
    r"|\d++(?:st|nd|rd|th)\s++ld\s++writethru\s*+:)"
)


def wire_slug_off(folded: str) -> str:
    """
    *folded* with the wire slug that opens it blanked (same length): glued
    to the headline, its number and dash hid the count ("UPDATE 1-Two
    soldiers killed", "UPDATE 1-Teen killed" read as a range "1-two").

    >>> wire_slug_off("update 1-two soldiers killed")
    '         two soldiers killed'
    """
    m = _WIRE_SLUG.match(folded)
    if m is None:
        return folded
    return " " * m.end() + folded[m.end() :]


#: A word in quotation marks, on the folded text ("had been “neutralised”").
_QUOTED_WORD_RE: Final = re.compile(r"""["“”'‘’]([a-z]+)["“”'‘’]""")

#: Plain outcome words that quotation marks leave literal: they quote who
#: said so ("the “murder” of 19 people"). Others in quotes are as often a
#: figure of speech ("organisations “beheaded” by the offensive") and stay
#: unread, but for the euphemisms of military statements (flag E).
_PLAIN_IN_QUOTES: Final = frozenset(
    ["killed", "murder", "murdered", "murdering", "executed"]
)

#: The quotation marks :func:`quotes_off_triggers` looks for first.
_QUOTE_MARKS: Final = ('"', "“", "'", "‘")


def _quotable(word: str) -> bool:
    """Whether quotation marks around *word* leave it read (see :func:`quotes_off_triggers`)."""
    if word in _PLAIN_IN_QUOTES:
        return True
    entries = lx.TRIGGERS.get(word) or ()
    return any(len(words) == 1 and "E" in flags for words, _o, flags in entries)


def quotes_off_triggers(folded: str) -> str:
    """
    *folded* with the quotation marks around a euphemism of military
    statements ("20 assailants had been “neutralised”") or a plain word
    for killing made spaces (same length: the offsets stand), which the
    readers of a clause would take for a word between its verb and its
    subject.

    >>> quotes_off_triggers('20 were "neutralised", 3 "beheaded" and a "hero" died')
    '20 were  neutralised , 3 "beheaded" and a "hero" died'
    """
    chars: list[str] | None = None
    # (from each opening mark found in C: a scan of the whole text for the
    # marks' class costs far more, and quoted words are rare)
    for mark in _QUOTE_MARKS:
        at = folded.find(mark)
        while at >= 0:
            m = _QUOTED_WORD_RE.match(folded, at)
            if m is not None and _quotable(m.group(1)):
                if chars is None:
                    chars = list(folded)
                chars[at] = " "
                chars[m.end() - 1] = " "
            at = folded.find(mark, at + 1)
    return folded if chars is None else "".join(chars)


def split_tokens(folded: str, start: int, end: int) -> tuple[list[Token], list[str]]:
    """The tokens of ``folded[start:end]`` (offsets into *folded*) and their texts."""
    piece = folded[start:end]
    if piece.isascii():
        if _DOTTED_RE.search(piece) is None:
            if EM_DASH_MARK not in piece:
                found = _ascii_tokens(piece, start)
                if found is not None:
                    return found
            parts = _ASCII_TOKEN_RE.split(piece)
        else:
            parts = _ASCII_DOTTED_TOKEN_RE.split(piece)
    else:
        parts = _TOKEN_RE.split(piece, timeout=REGEX_TIMEOUT)
    if EM_DASH_MARK in piece:  # a token of its own, read as a dash (same length)
        parts = ["-" if part == EM_DASH_MARK else part for part in parts]
    # parts: gap, token, gap, ..., token, gap; the k-th bound is where
    # parts[k] starts. Past the first, the bounds come in pairs, a token's
    # start and end: zip draws both from the one iterator (no lists, no
    # slices) and stops with the texts, before the last bound (so not strict).
    bounds = itertools.accumulate(map(len, parts), initial=start)
    next(bounds)
    texts = parts[1::2]
    return list(zip(texts, bounds, bounds, strict=False)), texts


def _ascii_tokens(piece: str, start: int) -> tuple[list[Token], list[str]] | None:
    """
    :func:`split_tokens` of the ASCII *piece* (starting at *start*) without
    dotted initials or an em dash, or ``None`` when it has a capital (not
    folded) or no letter: the piece is cut at its white space in C, and a
    part of letters alone or of digits alone (most are) is one token as it
    stands; only the others ("said,", "al-shabaab's", "1,200") are split by
    the pattern, which a search over the whole piece tried at each white
    space character too.
    """
    raw = piece.encode("ascii")
    if not raw.islower():
        return None
    toks: list[Token] = []
    texts: list[str] = []
    at = start
    for part in raw.translate(_ASCII_WHITE_SPACE).decode("ascii").split(" "):
        if part:
            if part.isalpha() or part.isdigit():
                end = at + len(part)
                toks.append((part, at, end))
                texts.append(part)
            elif part[-1].isalnum() or not (
                (head := part[:-1]).isalpha() or head.isdigit()
            ):
                end = at
                for word in _ASCII_TOKEN_FINDALL(part):
                    begin = end
                    end += len(word)
                    toks.append((word, begin, end))
                    texts.append(word)
            else:
                # a word or number with a sign after it ("said,", "12."),
                # over which neither a word nor a number goes on
                end = at + len(head)
                mark = part[-1]
                toks.append((head, at, end))
                toks.append((mark, end, end + 1))
                texts.append(head)
                texts.append(mark)
                end += 1
            at = end + 1
        else:
            at += 1
    return toks, texts


#: The white space :data:`_ASCII_TOKEN_RE` skips, each made a space (a table
#: for ``bytes.translate``).
_ASCII_WHITE_SPACE: Final = bytes(32 if c in b"\t\n\x0b\x0c\r" else c for c in range(256))
_ASCII_TOKEN_FINDALL: Final = _ASCII_TOKEN_RE.findall


def tokenize(folded: str, start: int, end: int) -> list[Token]:
    """Tokens of ``folded[start:end]``, with offsets into *folded*."""
    return split_tokens(folded, start, end)[0]


class Quantity(NamedTuple):
    """A quantity phrase: tokens ``[i, j)``, bounds, and its victims."""

    i: int
    j: int
    low: int | None
    best: int | None
    high: int | None
    approximate: bool
    vague: str | None
    head: str | None
    victim: str | None
    anaphoric: bool


def words_at(toks: list[Token], i: int, words: tuple[str, ...]) -> bool:
    """Whether the tokens from *i* spell *words*."""
    if i + len(words) > len(toks):
        return False
    for word in words:  # a plain loop: far cheaper than all() over a generator
        if toks[i][0] != word:
            return False
        i += 1
    return True


_PhraseIndex = dict[str, tuple[tuple[tuple[str, ...], str], ...]]


def _index(keys: Iterable[str]) -> _PhraseIndex:
    """Phrases by first word, longest first."""
    table: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for key in keys:
        words = tuple(key.split())
        table.setdefault(words[0], []).append((words, key))
    return {
        k: tuple(sorted(v, key=lambda e: len(e[0]), reverse=True))
        for k, v in table.items()
    }


_QUALIFIERS: Final = _index(lx.QUALIFIERS)

#: Words that can open a quantity phrase (besides digits).
STARTERS: Final = frozenset(
    set(_index(lx.QUALIFIERS))
    | set(_index(lx.VAGUE_QUANTITIES))
    | set(_index(lx.APPROXIMATE_WORDS))
    | set(lx.NUMBER_WORDS)
    | {"a", "an", "between", "from", "his", "her", "another"}
)
_VAGUE: Final = _index(lx.VAGUE_QUANTITIES)
_APPROX: Final = _index(lx.APPROXIMATE_WORDS)
_PHRASES: Final = (*lx.QUALIFIERS, *lx.VAGUE_QUANTITIES, *lx.APPROXIMATE_WORDS)
#: The first two words of every quantity phrase of two words or more.
PAIRS: Final = frozenset(tuple(p.split()[:2]) for p in _PHRASES if " " in p)
#: Starters that only open phrases of two words or more ("at least", "in
#: excess of", "as many as"): without the right second word no quantity
#: starts there.
PAIR_ONLY: Final = (
    STARTERS
    - {p for p in _PHRASES if " " not in p}
    - lx.NUMBER_WORDS
    - {"a", "an", "one", "between", "from", "his", "her", "another"}
)


def _phrase_at(toks: list[Token], i: int, index: _PhraseIndex) -> tuple[str, int] | None:
    """The longest phrase of *index* spelled from token *i*: (phrase, next index)."""
    n = len(toks)
    if i >= n:
        return None
    entries = index.get(toks[i][0])
    if entries is None:
        return None
    nxt = toks[i + 1][0] if i + 1 < n else ""
    for words, key in entries:  # the first word matches: test the second first
        if len(words) == 1 or (words[1] == nxt and words_at(toks, i, words)):
            return key, i + len(words)
    return None


def _number_at(
    folded: str, toks: list[Token], i: int, *, after_range_dash: bool = False
) -> tuple[int, int] | None:
    """
    A whole number starting at token *i*: (value, next token index). After
    a dash it is none (AK-47, M-16) unless *after_range_dash*: the second
    number of "10-15"; after two dashes, a wire copy's em dash ("wounded--
    seven civilians"), it is one.
    """
    if i >= len(toks):
        return None
    tok = toks[i]
    start = tok[1]
    if start > 0 and (
        (
            folded[start - 1] == "-"
            and not after_range_dash
            and folded[start - 2 : start] != "--"
        )
        or folded[start - 1].isalnum()
    ):
        return None  # AK-47, M-16
    if start > 0 and folded[start - 1] in "$£€#":
        return None
    if tok[0][0].isdigit():
        if len(tok[0]) == 4 and i > 0 and toks[i - 1][0] in _TIME_BEFORE:
            return None  # a clock time or a year: "at 1300", "until 0200"
        scale = _SCALE.get(toks[i + 1][0], 0) if i + 1 < len(toks) else 0
        if scale == 100 and len(tok[0]) > 2:
            scale = 0  # "15 hundred", "4 hundred", but never "300 hundred"
        if scale and tok[0].replace(",", "").replace(".", "", 1).isdigit():
            # "1.2 million", "300 thousand"
            return round(float(tok[0].replace(",", "")) * scale), i + 2
        if "." in tok[0]:
            return None
        value = parse_number(tok[0])
        end = tok[2]
    elif tok[0] in lx.NUMBER_WORDS and (
        i + 1 >= len(toks) or toks[i + 1][0] not in _NUMBER_GOES_ON
    ):
        # one number word alone ("three soldiers"): the pattern's reading,
        # without its call
        value = parse_number(tok[0])
        end = tok[2]
    else:
        if tok[0].partition("-")[0] not in lx.NUMBER_WORDS:
            return None  # cheap test first: most words are not numbers
        # match a short slice: far faster with ``regex`` than a start position
        # (a bounded window and possessive runs: no time limit needed)
        m = _NUMBER_RE.match(folded[start : start + 160])
        if m is None:
            return None
        end = start + m.end()
        # the match must end on a token boundary
        ends = {t[2] for t in toks[i : i + 12]}
        while end > start and end not in ends:
            end -= 1
        text = folded[start:end].rstrip(" -")
        end = start + len(text)
        value = parse_number(text) if text else None
    if value is None:
        return None
    if (
        end < len(folded)
        and folded[end] in "-%"
        and not _range_dash(folded, end)
        and folded[end : end + 2] != "--"  # "killed 12--including": a wire em dash
    ):
        return None  # 12-year-old, 200-strong, one-day, 5%
    if end < len(folded) and folded[end].isalpha():
        return None  # ordinals and units glued to digits: 3d, 2nd, 10th, 5km
    j = i
    while j < len(toks) and toks[j][1] < end:
        j += 1
    return value, j


#: Words before four digits that make them a time ("at 1300", "until 0200").
_TIME_BEFORE: Final = frozenset(["at", "until", "till"])


def _range_dash(folded: str, at: int) -> bool:
    """Whether the dash at *at* joins two numbers (12-15)."""
    return folded[at] == "-" and at + 1 < len(folded) and folded[at + 1].isdigit()


def _amount(
    folded: str, toks: list[Token], i: int
) -> tuple[int | None, int | None, int | None, bool, str | None, int] | None:
    """
    Read qualifier + number, range or vague word from token *i*:
    (low, best, high, approximate, vague, next index).
    """
    n = len(toks)
    if i >= n:
        return None
    kind = "exact"
    j = i
    q = _phrase_at(toks, i, _QUALIFIERS) if toks[i][0] in _QUALIFIERS else None
    if q is not None:
        kind = lx.QUALIFIERS[q[0]]
        j = q[1]
    word = toks[j][0] if j < n else ""
    # between A and B / from A to B
    if (word == "between" or word == "from") and kind == "exact":
        a = _number_at(folded, toks, j + 1)
        if a is not None and a[1] < n and toks[a[1]][0] in ("and", "to"):
            b = _number_at(folded, toks, a[1] + 1)
            if b is not None and word == "from" and i > 0 and toks[i - 1][0] in _CHANGED:
                # "the toll rose from 12 to 19": the new figure, no range
                return b[0], b[0], b[0], False, None, b[1]
            if b is not None and b[0] > a[0]:
                return a[0], None, b[0], False, None, b[1]
        return None
    approx = _phrase_at(toks, j, _APPROX) if word in _APPROX else None
    if approx is not None:
        value = lx.APPROXIMATE_WORDS[approx[0]]
        return (*_bounds(kind if kind != "exact" else "approx", value), None, approx[1])
    vague = _phrase_at(toks, j, _VAGUE) if word in _VAGUE else None
    if vague is not None and kind == "exact":
        low, best, high = lx.VAGUE_QUANTITIES[vague[0]]
        return low, best, high, False, vague[0].removesuffix(" of"), vague[1]
    num = _number_at(folded, toks, j)
    if num is None:
        return None
    value, k = num
    # A to B, A-B, A or B (an em dash is no range: "killed 12\u2014including")
    if (
        k < n
        and (
            toks[k][0] in ("to", "or")
            or (
                toks[k][0] == "-"
                and toks[k][1] == toks[k - 1][2]
                and folded[toks[k][1] : toks[k][1] + 2]
                != "--"  # "12--including": an em dash
                and (
                    folded[toks[k][1]] != EM_DASH_MARK
                    or (k + 1 < n and toks[k + 1][0][:1].isdigit())  # "12\u201415 people"
                )
            )
        )
    ):
        dash = toks[k][0] == "-"
        b = _number_at(folded, toks, k + 1, after_range_dash=dash)
        if b is not None:
            value = _scaled_like(value, toks, k + 1, b)
        if b is not None and b[0] > value:
            return value, None, b[0], kind == "approx", None, b[1]
        if dash:
            return None  # no range: "1989-90", "3-2", "12-AK"
    if (
        kind == "exact"
        and k < n
        and toks[k][0] == "+"
        and toks[k][1] == toks[k - 1][2]
        and (k + 1 >= n or not toks[k + 1][0][0].isdigit())
    ):
        return value, value, None, False, None, k + 1  # "10+ dead": 10 or more
    if kind in ("low", "exact") and k < n and toks[k][0] in (",", "or", "and"):
        more = possibly_more(folded, toks, k, value)
        if more is not None:  # "at least 20, possibly 30 residents"
            return value, value, more[0], False, None, more[1]
    return (*_bounds(kind, value), None, k)


#: Verbs of a figure that changed, before "from A to B": B is the figure.
_CHANGED: Final = frozenset(
    [
        "rose",
        "risen",
        "climbed",
        "jumped",
        "increased",
        "grew",
        "soared",
        "fell",
        "dropped",
    ]
)


#: Hedges that open a higher figure after a count ("at least 20, possibly
#: 30"; "20 people, and perhaps as many as 30").
_HEDGES: Final = frozenset(["possibly", "perhaps", "maybe", "probably", "likely"])
#: Words of such a figure between the hedge and its number.
_HEDGE_BOUNDS: Final = (("as", "many", "as"), ("up", "to"), ("more", "than"))


def possibly_more(
    folded: str, toks: list[Token], k: int, value: int
) -> tuple[int | None, int] | None:
    """
    The higher figure a hedge after a count gives, from the comma at token
    *k*: ", possibly 30", ", and possibly as many as 30", ", perhaps up to
    30" (a high bound above *value*), and the index after its number; None
    when there is none. A hedge of no number (", perhaps more", "or more",
    ", if not more") leaves the high bound open: its figure is ``None``,
    as the count's writer does not know how many more there were.
    """
    n = len(toks)
    m = k + 1 if toks[k][0] == "," else k
    if m < n and toks[m][0] in ("and", "or"):
        m += 1
        if m == k + 1 and m < n and toks[m][0] == "more" and toks[k][0] == "or":
            # "12 or more" (not "12 or more than 20")
            return None if _more_than(toks, m) else (None, m + 1)
    if m >= n:
        return None
    if toks[m][0] == "if" and words_at(toks, m + 1, ("not", "more")):
        return None if _more_than(toks, m + 2) else (None, m + 3)  # ", if not more"
    if toks[m][0] not in _HEDGES:
        return None
    m += 1
    if m < n and toks[m][0] == "more" and not _more_than(toks, m):
        return None, m + 1  # ", perhaps more"
    for words in _HEDGE_BOUNDS:
        if words_at(toks, m, words):
            m += len(words)
            break
    num = _number_at(folded, toks, m)
    if num is None or num[0] <= value:
        return None
    return num


def _more_than(toks: list[Token], m: int) -> bool:
    """Whether the "more" at *m* opens a figure: "more than 30"."""
    return m + 1 < len(toks) and toks[m + 1][0] == "than"


def _years(low: int | None, best: int | None, high: int | None) -> bool:
    """Whether a bare quantity is a year (low = best = high) or a range of years."""
    if best is not None:
        return low == high and 1900 <= best <= 2100
    return low is not None and high is not None and 1900 <= low < high <= 2100


def _scaled_like(value: int, toks: list[Token], i: int, b: tuple[int, int]) -> int:
    """
    The first number of a range in the second's scale: "2-3 million" is
    2,000,000 to 3,000,000, "3-4,000" 3,000 to 4,000 (*b*: the second
    number read from token *i*, and the index after it). A first number
    not below the second's leading group stays as it is ("5 to 5,000",
    "1 to 1,500", "200-4,000").
    """
    scale = _SCALE.get(toks[b[1] - 1][0], 0) if b[1] - i >= 2 else 0
    if (
        not scale
        and toks[i][0][:1].isdigit()
        and "," in toks[i][0]
        and "." not in toks[i][0]
    ):
        scale = 1000 ** toks[i][0].count(",")  # "4,000": thousands
    if scale and value < b[0] // scale:
        return value * scale
    return value


def _bounds(kind: str, n: int) -> tuple[int | None, int | None, int | None, bool]:
    """(low, best, high, approximate) for a qualifier kind and a number."""
    if kind == "low":
        return n, n, None, False
    if kind == "above":
        return n + 1, n + 1, None, False
    if kind == "high":
        return None, None, n, False
    if kind == "below":
        return None, None, max(n - 1, 0), False
    if kind == "near":
        return None, n, n, True
    if kind == "approx":
        return n, n, None, True
    return n, n, n, False


def _name_digits(toks: list[Token], m: int) -> bool:
    """
    Whether the digits token *m* ends a name of letters and digits written
    as one word ("m23", "m-23", "g5"): glued to the letters before it.
    """
    prev = toks[m - 1]
    if prev[2] != toks[m][1]:
        return False
    if prev[0] == "-" and m > 1:
        prev = toks[m - 2]
        if prev[2] != toks[m - 1][1]:
            return False
    return prev[0].isalpha() and len(prev[0]) <= 3


def noun_phrase(
    toks: list[Token], j: int, *, singular: bool
) -> tuple[str, str, int] | None:
    """
    A victim noun phrase from token *j*: up to four modifiers and a head
    noun from the lexicon, optionally "of the <noun>". Returns (head,
    category, next index).
    """
    n = len(toks)
    k = j
    while k < n and toks[k][0] in ("more", "other", "further", "additional"):
        k += 1
    # the last victim noun of a run of content words: "Taliban key commanders"
    last = -1
    m = k
    aside = 0  # the tokens of a bracketed initialism, not counted as words
    while m < n and m - k - aside < 6:
        word = toks[m][0]
        if (
            word == "("
            and m > k
            and m + 3 < n
            and toks[m + 2][0] == ")"
            and toks[m + 1][0].isalpha()
            and len(toks[m + 1][0]) <= 6
            and toks[m + 3][0] in lx.HEADS
        ):
            # a group's initialism told in brackets inside the phrase: "three
            # Somali National Army (SNA) soldiers" runs on to "soldiers"
            m += 3
            aside += 3
            continue
        if word in lx.HEADS:
            last = m
        elif last < 0 and word in lx.ADJECTIVAL and m + 1 < n:
            pass  # "four displaced persons"
        elif word == "is" and m == k and m + 1 < n and toks[m + 1][0] in lx.HEADS:
            pass  # "56 IS militants": after a number "is" is the group's name
        elif word == "#" and m + 1 < n and toks[m + 1][0][0].isalpha():
            pass  # a hashtag of social-media copy: "20 #Taliban fighters"
        elif word in _QUOTES and last < 0 and m + 1 < n and toks[m + 1][0][0].isalpha():
            pass  # a quoted modifier: 'killed 41 "apostate" troops'
        elif last < 0 and m > k and word.isdigit() and _name_digits(toks, m):
            pass  # the digits of a group's name: "15 M23 fighters", "two M-23 rebels"
        elif (
            not (
                word.isalpha()
                or "-" in word
                or "'" in word
                # an initialism: "two U.S. soldiers" (not "10 p.m.")
                or ("." in word and word[0].isalpha() and word not in lx.NON_PEOPLE_AFTER)
            )
            or word in _STOP
            or word in lx.TRIGGERS
            or parse_number(word) is not None
        ):
            break
        m += 1
    if last < 0:
        return None
    word = toks[last][0]
    category, is_singular = lx.HEADS[word]
    if singular and not is_singular:
        return None
    mods = [t[0] for t in toks[k:last]]
    if not category:
        category = _category_from(mods, word)
    elif word in lx.GUARD_HEADS:
        category = guard_category(mods)
    k = last + 1
    # "members of the security forces"
    if k + 1 < n and toks[k][0] == "of" and word in lx.GENERIC_DEFAULTS:
        m = k + 1
        if toks[m][0] in ("the", "a", "an", "its", "their"):
            m += 1
        tail = noun_phrase(toks, m, singular=False)
        titled = None
        if (
            tail is not None
            and lx.HEADS[tail[0]][1]
            and tail[2] < n
            and toks[tail[2]][0][0].isalpha()
            and toks[tail[2]][0] not in _STOP
            and toks[tail[2]][0] not in lx.TRIGGERS
        ):
            # a singular noun that runs on into a name is its title: "members
            # of the General Jose Arce Battalion" are of the battalion
            titled, tail = tail, None
        if tail is not None:
            # "members of the Burkinabe army": the victim noun read there
            # may only qualify an organisation noun after it, which then
            # ends the phrase and, when the noun's own is the generic
            # "people", tells the members' category ("the rebel group"
            # keeps militants)
            end = tail[2]
            category = tail[1]
            while end < n and toks[end][0] in _ORGANISATIONS:
                if category == "people":
                    category = _ORGANISATIONS[toks[end][0]]
                end += 1
            return word, category, end
        for w in range(m, min(m + 3, n)):
            if not toks[w][0][0].isalpha():
                break  # ("members of the congregation, police said": the source)
            if toks[w][0] in lx.MODIFIER_CATEGORIES:
                end = w + 1
                while end < n and toks[end][0] in _ORGANISATIONS:
                    end += 1  # "the Patriotic Union party"
                return word, lx.MODIFIER_CATEGORIES[toks[w][0]], end
        # "members of the Jose Arce Battalion": up to the organisation noun
        org = None
        for w in range(m, min(m + 7, n)):
            text = toks[w][0]
            if not text[0].isalpha() or text in _STOP or text in lx.TRIGGERS:
                break
            if text in _ORGANISATIONS:
                org = (word, _ORGANISATIONS[text], w + 1)  # the last one
        if org is not None:
            return org
        if titled is not None:  # "members of the peasant defense patrols"
            end = titled[2]
            while (
                end < n
                and end - m < 7
                and toks[end][0][0].isalpha()
                and toks[end][0] not in _STOP
                and toks[end][0] not in lx.TRIGGERS
            ):
                end += 1
            return word, titled[1], end
    return word, category, k


#: Organisation nouns that end "members of the ..." and their members' category.
_ORGANISATIONS: Final = {
    **dict.fromkeys(lx.MILITARY_UNITS, "soldiers"),
    **dict.fromkeys(lx.ORGANISATIONS, "people"),
}


def guard_category(mods: Iterable[str]) -> str:
    """The category of a guard noun after modifiers *mods* (`lx.GUARD_HEADS`)."""
    if lx.CIVILIAN_GUARD_MODIFIERS.isdisjoint(mods):
        return "security forces"
    return "civilians"  # "a security guard", "private guards"


def _category_from(mods: list[str], head: str) -> str:
    if head == "forces":  # "government forces", "Afghan forces"
        for word in reversed(mods):
            if word in ("police", "rebel", "militant", "insurgent", "guerrilla"):
                return lx.MODIFIER_CATEGORIES[word]
        return "security forces"
    for word in reversed(mods):
        if "." in word:
            word = word.replace(".", "")  # "u.n.": the "un" of the word list
        if word in lx.MODIFIER_CATEGORIES:
            return lx.MODIFIER_CATEGORIES[word]
        entry = lx.HEADS.get(word)
        if entry and entry[0]:
            return entry[0]
    return lx.GENERIC_DEFAULTS.get(head, "people")


_STOP: Final = lx.words(
    """
    the a an of in on at by for with from to and or but as that which who whom
    whose this these those there their his her its our your my were was are is
    be been being have has had do did does will would could should may might
    must can not no than then when while after before during since into onto
    near over under up down out off about against between through per each
    all both some any many few more most other such only also said says say
    told according yesterday today including among while if
    """
)


#: Double quotation marks, straight and curly, as tokens of the folded text.
_QUOTES: Final = frozenset('"\u201c\u201d\u201e')


#: Outcomes only people suffer, after which a bare "another" is one more
#: victim: "and another was wounded", "one was killed and another wounded"
#: (not "another attack", nor "one helicopter was shot down and another is
#: missing").
_PEOPLE_OUTCOME_WORDS: Final = frozenset(
    ["died", "killed", "wounded", "injured", "hurt", "succumbed", "shot", "stabbed"]
)
#: Words that may stand between that "another" and such an outcome.
_ANOTHER_GAP: Final = frozenset(
    [
        "was",
        "were",
        "had",
        "has",
        "been",
        "later",
        "also",
        "seriously",
        "critically",
        "badly",
        "slightly",
        "gravely",
        "fatally",
    ]
)


def _outcome_of_people_next(toks: list[Token], i: int) -> bool:
    """Whether an outcome of :data:`_PEOPLE_OUTCOME_WORDS` follows token *i* within a short gap."""
    for m in range(i, min(i + 4, len(toks))):
        word = toks[m][0]
        if word in _PEOPLE_OUTCOME_WORDS:
            return True
        if word not in _ANOTHER_GAP:
            return False
    return False


def quantity_at(
    folded: str, toks: list[Token], i: int, *, bare: bool = True
) -> Quantity | None:
    """
    A quantity phrase at token *i*: "at least six Afghan soldiers",
    "a policeman", "dozens of civilians", "12" (bare, when allowed).
    """
    n = len(toks)
    if i >= n:
        return None
    word = toks[i][0]
    if not (
        word[0].isdigit() or word.partition("-")[0] in STARTERS or word.endswith("'s")
    ):
        if word in _QUOTES and i + 1 < n and toks[i + 1][0] not in _QUOTES:
            # a quoted quantity after its verb ('killed "several dozen"
            # rebels', 'killed "40 rebels"') starts at its opening quote:
            # read it from the amount (which takes the quotes in)
            q = quantity_at(folded, toks, i + 1, bare=bare)
            if q is not None and q.i == i:
                return q
        return None  # no quantity, article or possessive starts here
    if word in PAIR_ONLY and (i + 1 == n or (word, toks[i + 1][0]) not in PAIRS):
        return (
            None  # "in", "at", "as" opening no "in excess of", "at least", "as many as"
        )
    anaphoric = i > 0 and toks[i - 1][0] in ("the", "these", "those", "their", "his")
    if word == "another":
        # one more: "another soldier was wounded", "two were killed and
        # another was wounded"; "another 20 people" is the 20 (read there)
        nxt = toks[i + 1][0] if i + 1 < n else ""
        if nxt[:1].isdigit() or nxt.partition("-")[0] in STARTERS:
            return None
        np = noun_phrase(toks, i + 1, singular=True)
        if np is not None:
            return Quantity(i, np[2], 1, 1, 1, False, None, np[0], np[1], False)
        if bare and _outcome_of_people_next(toks, i + 1):
            return Quantity(i, i + 1, 1, 1, 1, False, None, None, "unknown", False)
        return None
    big_one = word == "one" and (_number_at(folded, toks, i) or (1, 0))[0] > 1
    if word in ("a", "an", "one") and not big_one and not _phrase_at(toks, i, _APPROX):
        if word != "one" and (
            _phrase_at(toks, i, _VAGUE) or _phrase_at(toks, i, _QUALIFIERS)
        ):
            pass
        else:
            if i > 0 and toks[i - 1][0] == "no":
                return None
            age = _age_phrase(folded, toks, i + 1)
            if age is not None:
                return Quantity(i, age[0], 1, 1, 1, False, None, None, age[1], anaphoric)
            np = noun_phrase(toks, i + 1, singular=True)
            if (
                np is None
                and word != "one"
                and folded.find("couple", toks[i][2], toks[i][2] + _COUPLE_WINDOW) >= 0
            ):
                couple = _couple_end(toks, i + 1)
                if couple:  # "killing an elderly couple and their two sons": two
                    return Quantity(
                        i, couple, 2, 2, 2, False, None, "couple", "civilians", anaphoric
                    )
            if np is None:
                if word == "one" and i + 1 < n and toks[i + 1][0] == "of":
                    return _of_phrase(toks, i, i + 1, (1, 1, 1, False, None), anaphoric)
                if word == "one" and bare:
                    return Quantity(
                        i, i + 1, 1, 1, 1, False, None, None, "unknown", anaphoric
                    )
                return None
            return Quantity(i, np[2], 1, 1, 1, False, None, np[0], np[1], anaphoric)
    if word in ("his", "her") or (word.endswith("'s") and len(word) > 3):
        # "his driver was killed", "the mayor's son was wounded": one person
        age = _age_phrase(folded, toks, i + 1)
        if age is not None:  # "her 10-year-old son": one person, of that age
            return Quantity(i, age[0], 1, 1, 1, False, None, None, age[1], False)
        return _one_possessed(toks, i)
    if i > 0 and toks[i - 1][0] in lx.NON_PEOPLE_BEFORE:
        return None
    amount = _amount(folded, toks, i)
    if amount is None:
        return None
    low, best, high, approximate, vague, j = amount
    if j < n and toks[j][0] in _QUOTES and i > 0 and toks[i - 1][0] in _QUOTES:
        # a quoted amount, its noun after the closing quote: 'killed
        # "several dozen" rebels', '"at least 40" people were killed'
        i -= 1
        j += 1
    if j < n and toks[j][0] == "of":
        q = _of_phrase(toks, i, j, (low, best, high, approximate, vague), anaphoric)
        if q is not None:
            return q
    np = noun_phrase(toks, j, singular=False)
    if (
        np is None
        and vague is not None
        and j + 1 < n
        and toks[j][0] in ("the", "their")
        and toks[j - 1][0] == "of"
    ):
        np = noun_phrase(toks, j + 1, singular=False)  # "dozens of the attackers"
    if np is not None:
        j = np[2]
        if j < n and toks[j][0] in _QUOTES:
            if i > 0 and toks[i - 1][0] in _QUOTES:
                i -= 1  # a quoted quantity: '"40 rebels" were killed'
                j += 1
            elif sum(1 for t in toks[i:j] if t[0] in _QUOTES) % 2:
                j += 1  # a quoted noun: 'killed seven "Christians"' (its closing quote)
        if (
            best is not None
            and high in (None, best)
            and j < n
            and toks[j][0] in (",", "or", "and")
        ):
            more = possibly_more(folded, toks, j, best)
            if more is not None:  # "at least 20 people, and possibly as many as 30"
                high = more[0]
        return Quantity(
            i, j, low, best, high, approximate, vague, np[0], np[1], anaphoric
        )
    if j < n and _open_noun(folded, toks, i, j):  # "two lifeguards were killed"
        return Quantity(
            i, j + 1, low, best, high, approximate, vague, toks[j][0], "people", anaphoric
        )
    if not bare:
        return None
    if j < n and toks[j][0] in lx.NON_PEOPLE_AFTER:
        return None
    if (
        vague is None
        and _years(low, best, high)
        and "," not in folded[toks[i][1] : toks[j - 1][2]]
    ):
        return None  # a year, or years ("in 1990-1991,", "between 2014 and 2016,")
    while j < n and toks[j][0] in ("more", "others", "other"):
        j += 1
    # "a family of six": a household's people, civilians as "family" makes them
    victim = (
        "civilians" if toks[i][0] == "a" and toks[i + 1][0] == "family" else "unknown"
    )
    return Quantity(i, j, low, best, high, approximate, vague, None, victim, anaphoric)


#: How many modifiers may stand before "couple" ("an elderly Christian couple").
_COUPLE_MODIFIERS: Final = 2
#: How many characters after "a" its "couple" is looked for in first (found
#: in C: most "a" open no couple).
_COUPLE_WINDOW: Final = 40


def _couple_end(toks: list[Token], k: int) -> int:
    """
    Where "couple" ends when it heads the words from token *k* after "a"
    ("a couple", "a young married couple"): two people, unlike "a couple
    of" (a vague few, read as a quantity word). 0 when it is not there.
    """
    n = len(toks)
    for m in range(k, min(k + _COUPLE_MODIFIERS + 1, n)):
        word = toks[m][0]
        if word == "couple":
            return m + 1 if m + 1 == n or toks[m + 1][0] != "of" else 0
        if not word.isalpha() or word in _STOP or word in lx.TRIGGERS:
            return 0
    return 0


#: Outcomes that only befall people, for a plural noun the word list lacks.
_PERSON_ONLY: Final = frozenset({"killed", "wounded", "kidnapped"})


def _active_phrases() -> dict[str, tuple[tuple[str, ...], ...]]:
    table: dict[str, list[tuple[str, ...]]] = {}
    for phrase, (outcome, flags) in lx.PHRASES.items():
        if "A" in flags and "E" not in flags and outcome in _PERSON_ONLY:
            words = tuple(phrase.split())
            table.setdefault(words[-1], []).append(words)
    return {last: tuple(v) for last, v in table.items()}


#: Active outcome phrases of people only ("killing", "claimed the lives
#: of") by their last word.
_ACTIVE_BY_LAST: Final = _active_phrases()


def _one_possessed(toks: list[Token], i: int) -> Quantity | None:
    """
    One person after the possessive at token *i*: "his driver", "the
    mayor's son", "their commander"; None unless a singular victim noun of
    a known category follows.
    """
    np = noun_phrase(toks, i + 1, singular=True)
    if np is None or (not lx.HEADS[np[0]][0] and np[0] not in lx.GENERIC_DEFAULTS):
        return None
    return Quantity(i, np[2], 1, 1, 1, False, None, np[0], np[1], False)


def _plural_word(word: str) -> bool:
    """
    Whether *word* is a plural noun whose form names people although the
    word list lacks it: an agent or person ending ("lifeguards",
    "electricians", "linemen"), never any other plural ("monkeys", "sources").
    """
    return (
        len(word) > 4
        and word[0].isalpha()
        and word.endswith(_PERSON_ENDINGS)
        and word not in _NOT_OPEN
        and word not in lx.TRIGGERS
    )


#: Plural endings of agent and person nouns (-ans: demonyms such as
#: "Salvadorans", "Guatemalans", "electricians"). Rejected as too often things or
#: animals: -ants/-ents (documents, shipments, elephants, rodents, events),
#: -ics (clinics, tactics, statistics), -ites (sites, termites), -ards
#: (leopards, lizards, boards), bare -s (sources, monkeys, donkeys, camels).
_PERSON_ENDINGS: Final = ("ers", "ors", "ists", "ans", "men", "ees", "guards", "stewards")
#: Words a plural-looking noun after a number must not be: function words,
#: units, things and animals that can also be killed or hit.
_NOT_OPEN: Final = (
    lx.BOUNDARY_WORDS
    | lx.GAP_WORDS
    | lx.NON_PEOPLE_AFTER
    | lx.NON_PERSON
    | lx.NUMBER_WORDS
    | lx.NOT_PEOPLE
    | lx.words("others times")
)


def _open_noun(folded: str, toks: list[Token], i: int, j: int) -> bool:
    """
    Whether the plural noun at token *j*, after the number that opens at
    *i*, names people although the word list lacks it: an outcome only
    people suffer must follow it ("two lifeguards were killed", "… died")
    or, as its object, precede the number ("killing four lifeguards."); other
    groups of known victims may stand between ("two lifeguards and a nurse
    were killed").
    """
    n = len(toks)
    if not _plural_word(toks[j][0]):
        return False
    if i > 0:  # the object of "killing", "claimed the lives of"
        for words in _ACTIVE_BY_LAST.get(toks[i - 1][0], ()):
            if i >= len(words) and words_at(toks, i - len(words), words):
                k = j + 1
                return (
                    k >= n
                    or not toks[k][0][0].isalnum()
                    or toks[k][0] in lx.BOUNDARY_WORDS
                )
    k = j + 1
    listed = k < n and toks[k][0] in (",", "and")
    if listed:  # more groups before the outcome
        m = (
            k + 2
            if k + 1 < n and toks[k][0] == "," and toks[k + 1][0] == "and"
            else k + 1
        )
        more = quantity_list(folded, toks, m, bare=False)
        if not more or any(q.head is None for q in more):
            return False
        k = more[-1].j
    start = k
    has_be = False
    while k < n and k - start <= 3 and toks[k][0] in lx.GAP_WORDS:
        has_be = has_be or toks[k][0] in lx.BE_WORDS
        k += 1
    trig = trigger_at(toks, k)
    if (
        trig is None
        or "P" not in trig[1]
        or "E" in trig[1]
        or trig[0] not in _PERSON_ONLY
    ):
        return False
    if has_be:
        return True
    if listed:  # a list of results: "53 clashes, 37 guerrillas and 12 soldiers killed"
        return False
    if "T" not in trig[1]:
        return True
    end = trig[2]  # no "be": "two bombs killed at least 31" is active
    if end >= n:
        return True
    word = toks[end][0]
    nxt = toks[end + 1][0] if end + 1 < n else ""
    return (not word[0].isalnum() or word in lx.BOUNDARY_WORDS) and (
        word,
        nxt,
    ) not in PAIRS


#: Categories a person under 18 counts as a child in ("a 12-year-old
#: student", "her 10-year-old son").
_AGED_CHILDREN: Final = frozenset(["people", "men", "women", "civilians"])


def _age_phrase(folded: str, toks: list[Token], k: int) -> tuple[int, str] | None:
    """
    "17-year-old (boy)" after an article: one person, a child under 18.
    Returns (next index, victim category).
    """
    if k >= len(toks) or not toks[k][0].isdigit():
        return None
    m = _AGE.match(folded[toks[k][1] : toks[k][1] + 20])  # 20 characters: no time limit
    if m is None:
        return None
    j = k
    while j < len(toks) and toks[j][1] < toks[k][1] + m.end():
        j += 1
    child = int(toks[k][0]) < 18
    np = noun_phrase(toks, j, singular=True)
    if np is not None:
        return np[2], "children" if child and np[1] in _AGED_CHILDREN else np[1]
    return j, "children" if child else "people"


#: Participles that, after "of the", name a group of people hurt earlier
#: in the story ("two of the wounded", "three of the injured").
HURT_GROUPS: Final = frozenset({"wounded", "injured"})


def _of_phrase(
    toks: list[Token],
    i: int,
    j: int,
    amount: tuple[int | None, int | None, int | None, bool, str | None],
    anaphoric: bool,
) -> Quantity | None:
    """ "two of them", "one of the soldiers", "dozens of civilians"."""
    n = len(toks)
    k = j + 1
    if k < n and toks[k][0] in ("them", "whom", "those"):
        return Quantity(i, k + 1, *amount, None, "people", True)
    if k + 1 < n and toks[k][0] == "the" and toks[k + 1][0] in HURT_GROUPS:
        # "two of the wounded died": people counted as hurt, the participle
        # their head; no restatement of an earlier count of their new
        # outcome, so not anaphoric
        m = k + 2
        victim = "people"
        head = lx.HEADS.get(toks[m][0]) if m < n else None
        if head is not None and head[0] and not head[1]:
            # "one of the wounded soldiers died": the hurt, of their kind
            victim = head[0]
            m += 1
        return Quantity(i, m, *amount, toks[k + 1][0], victim, False)
    if k < n and toks[k][0] in ("the", "its", "their", "his", "her", "these", "our"):
        m = k + 1
        sized = m + 1 < n and parse_number(toks[m][0]) is not None
        if sized:
            m += 1  # "nine of the 17 hostages": the group's size before its noun
        np = noun_phrase(toks, m, singular=False)
        if np is not None and not (
            sized and _told_of_group(toks, np[2]) and not _captive_group(toks, m, np[2])
        ):
            return Quantity(i, np[2], *amount, np[0], np[1], anaphoric)
        return None
    sized = k + 1 < n and parse_number(toks[k][0]) is not None
    if sized:
        k += 1  # a headline's "9 of 17 abducted missionaries"
    np = noun_phrase(toks, k, singular=False)
    if np is not None and not (sized and _told_of_group(toks, np[2])):
        return Quantity(i, np[2], *amount, np[0], np[1], anaphoric)
    return None


def _told_of_group(toks: list[Token], k: int) -> bool:
    """
    Whether the words at *k*, right after "N of the M <noun>", may tell what
    befell the whole group: a relative clause or a participle ("one of the
    two women who were injured", "four of the six persons injured", "one of
    the six Jesuits murdered"), whose count is M, not N. The phrase is read
    as the object of an active verb only ("released nine of the 17
    hostages"): as a subject ("seven of the nine soldiers were wounded")
    copy often contradicts the group told before ("the nine soldiers were
    wounded").
    """
    return k < len(toks) and (toks[k][0] in _GROUP_TOLD or toks[k][0] in lx.TRIGGERS)


def _captive_group(toks: list[Token], m: int, end: int) -> bool:
    """
    Whether the group of tokens ``[m, end)`` after "N of the M" is of
    captives ("37 of the 40 abducted students have been freed"): what the
    sentence tells befell the N (freed, killed), the M being who was taken.
    """
    return any(toks[k][0] in _CAPTIVE_GROUP for k in range(m, end))


#: Words of a group of captives (`_captive_group`).
_CAPTIVE_GROUP: Final = frozenset(
    ["abducted", "kidnapped", "hostages", "captives", "abductees", "hostage"]
)


#: Words after "N of the M <noun>" that leave the group's size unread.
_GROUP_TOLD: Final = frozenset(
    ["who", "that", "which", "were", "was", "are", "is", "had", "have"]
)


#: Possessive determiners a later group of a list may open with.
_POSSESSIVES: Final = frozenset(["her", "his", "their"])


#: Kin nouns: after a possessed one a bare singular one is one more person
#: of the same family ("his wife and child"; "his driver and bodyguard" may
#: be one man).
_KIN: Final = lx.words(
    "wife husband son daughter child baby mother father brother sister nephew niece cousin"
    " grandmother grandfather grandson granddaughter uncle aunt"
)
#: Plural kin nouns: possessed, or after a possessed kin noun ("her
#: children", "his wife and children"), a group of at least two, its size
#: untold.
_KIN_PLURAL: Final = lx.words(
    "children sons daughters brothers sisters parents cousins grandchildren grandsons"
    " granddaughters grandparents uncles aunts"
)


def _kin_group(toks: list[Token], k: int) -> Quantity | None:
    """
    The plural kin noun at token *k* ("children" of "his wife and
    children"): a vague count of at least two, its noun as its vague word.
    """
    word = toks[k][0]
    if word not in _KIN_PLURAL or (k + 1 < len(toks) and toks[k + 1][0] in lx.HEADS):
        return None  # "his sons' bodyguards", "her children's teachers" stay unread
    return Quantity(k, k + 1, 2, None, None, False, word, word, lx.HEADS[word][0], False)


#: Determiners after an "of" that leaves the person one ("a member of the
#: council", "a signatory of the peace deal").
_OF_DETERMINERS: Final = frozenset(["the", "a", "an", "his", "her", "their", "its"])
#: What ends a person named by an article and words of no table (`_person_at`).
_PERSON_END: Final = frozenset([",", ".", ";", ":", ")", "-", "and", "who", "whose"])


def _person_at(toks: list[Token], i: int) -> Quantity | None:
    """
    One person named by "a"/"an" and up to five words of no table, where
    the sentence says the item is a person ("among the dead were a former
    peace accord signatory"): the last word is the head.
    """
    if toks[i][0] not in ("a", "an"):
        return None
    n = len(toks)
    m = i + 1
    while (
        m < n
        and m - i <= 5
        and toks[m][0]
        .replace("-", "")
        .replace(".", "")
        .isalpha()  # "a well-known U.N. presenter"
        and toks[m][0] not in _STOP
        and toks[m][0] not in lx.TRIGGERS
        and toks[m][0] not in lx.NUMBER_WORDS
    ):
        m += 1
    if m == i + 1 or (
        m < n and toks[m][0] not in _PERSON_END and toks[m][0] not in _STOP
    ):
        return None
    if m + 1 < n and toks[m][0] == "of" and toks[m + 1][0] not in _OF_DETERMINERS:
        return (
            None  # "a group of 12 fishermen", "a father of four": not one person read so
        )
    return Quantity(i, m, 1, 1, 1, False, None, toks[m - 1][0], "people", False)


def _definite_one(toks: list[Token], i: int) -> Quantity | None:
    """
    One person opening a list by a definite noun the word list knows, maybe
    after one modifier ("the driver", "the village chief"), or by "himself"
    or "herself" (a suicide attacker): "killed the driver and two
    passengers", "killing himself and three others". Alone, such a noun may
    be someone counted before; :func:`quantity_list` keeps it only when a
    counted group follows it.
    """
    n = len(toks)
    word = toks[i][0]
    if word in ("himself", "herself"):
        return Quantity(i, i + 1, 1, 1, 1, False, None, word, "people", False)
    if word != "the":
        return None
    for m in range(i + 1, min(i + _DEFINITE_REACH, n)):
        head = lx.HEADS.get(toks[m][0])
        if head is not None:
            category, singular = head
            if singular and not category and toks[m][0] == "chief":
                # a chief is what his modifier makes him: "the police chief"
                # is police, "the village chief" a civil figure
                category = _category_from([t[0] for t in toks[i + 1 : m]], "chief")
            if not singular or not category:
                return None
            if toks[m][0] in lx.GUARD_HEADS:
                category = guard_category((toks[m - 1][0],))  # "the security guard"
            return Quantity(i, m + 1, 1, 1, 1, False, None, toks[m][0], category, False)
        mod = toks[m][0]
        if not mod.isalpha():
            # (a possessive or hyphenated modifier: "the Houthi-run
            # government's prime minister")
            mod = mod.removesuffix("'s").replace("-", "")
            if not mod.isalpha():
                return None
        if toks[m][0] in lx.TRIGGERS or toks[m][0] in _STOP:
            return None
    return None


#: How far (in tokens, from "the") the head of a definite person may stand:
#: up to three modifiers ("the Houthi-run government's prime minister").
_DEFINITE_REACH: Final = 5


def quantity_list(
    folded: str,
    toks: list[Token],
    i: int,
    *,
    bare: bool = True,
    people: bool = False,
    definite: bool = False,
) -> list[Quantity]:
    """
    Quantities joined by commas or "and": "two men and three women". With
    *people* (the items are people: "among the dead were ...") a group of
    "a" and words of no table is one person (`_person_at`). A definite
    person opens a list only when a counted group follows ("the driver and
    two passengers": :func:`_definite_one`), or with *definite* alone too
    ("shot dead the driver": maybe someone told of before, which the
    parser checks in the whole story).
    """
    first = quantity_at(folded, toks, i, bare=bare)
    if first is None and people and i < len(toks):
        first = _person_at(toks, i)
    lone = False  # a definite person opens the list
    if first is None and i < len(toks) and toks[i][0] in _DEFINITE_OPENERS:
        first = _definite_one(toks, i)
        lone = True
    if first is None:
        return []
    out = [first]
    j = first.j
    n = len(toks)
    while j < n:
        k = j
        if toks[k][0] == ",":
            k += 1
        if k < n and toks[k][0] in ("and", "plus"):
            k += 1
        elif words_at(toks, k, ("as", "well", "as")):
            k += 3
        if k == j:
            break
        nxt = quantity_at(folded, toks, k, bare=False)
        if nxt is None and k + 1 < n and toks[k][0] in _POSSESSIVES:
            # "a woman and her two children", "a man and his three sons"
            nxt = quantity_at(folded, toks, k + 1, bare=False)
            if nxt is not None:
                # the possessive points to the list's own person, not back
                # to people told before ("a couple and their two children")
                nxt = nxt._replace(anaphoric=False)
            if nxt is None:  # "a woman and her children": two or more
                nxt = _kin_group(toks, k + 1)
                if nxt is not None:
                    nxt = nxt._replace(i=k)
            if nxt is None and toks[k][0] == "their":
                # "two fighters and their commander": one more person ("his
                # driver" is read above: "his" and "her" open quantities)
                nxt = _one_possessed(toks, k)
        if nxt is None and k < n:
            prev = toks[out[-1].i][0]
            if (
                toks[k][0] in _KIN
                and (prev in _POSSESSIVES or prev.endswith("'s"))
                and (k + 1 == n or toks[k + 1][0] not in lx.HEADS)
            ):
                # "his wife and child": the possessive serves both nouns
                nxt = Quantity(
                    k,
                    k + 1,
                    1,
                    1,
                    1,
                    False,
                    None,
                    toks[k][0],
                    lx.HEADS[toks[k][0]][0] or "civilians",
                    False,
                )
            elif prev in _POSSESSIVES or prev.endswith("'s"):
                nxt = _kin_group(toks, k)  # "his wife and children"
            elif people:
                nxt = _person_at(toks, k)
        if nxt is None or (nxt.head is None and nxt.anaphoric):
            break  # "…, four of them" is a subset, not another group
        if toks[j][0] == "," and _speaker_after(toks, nxt.j):
            break  # "…, a member of the local militia said": the source
        out.append(nxt)
        j = nxt.j
    if lone and len(out) == 1:
        if (
            definite
            and first.head not in _NOT_LONE
            and (j >= n or not toks[j][0].isalpha() or toks[j][0] in _AFTER_DEFINITE)
        ):  # ("killing the peasant family": the noun is a modifier)
            return [first]
        return []  # "killed the driver": maybe the one told before
    return out


#: How far after a group a verb of telling is looked for (`_speaker_after`):
#: "a member of the local People's Defence Force (PDF) said".
_SPEAKER_REACH: Final = 12


def _speaker_after(toks: list[Token], k: int) -> bool:
    """
    Whether a verb of telling closes the words from token *k* on, with no
    comma, clause end or outcome before it: a group after a comma then
    names the source ("…, a member of the local People's Defence Force
    (PDF) said", "…, a military officer and hospital staff said").
    """
    for m in range(k, min(k + _SPEAKER_REACH, len(toks))):
        word = toks[m][0]
        if word in lx.SPEAKER_VERBS:
            return True
        if word == "," or word in ".;:!?" or (word in _TRIGGERS and trigger_at(toks, m)):
            return False
    return False


#: Definite heads that are no one person alone: the attacker's own self
#: ("killing himself") and a collective ("the drug that is killing the youth").
_NOT_LONE: Final = frozenset({"himself", "herself", "youth"})

#: Words that may follow a definite person alone ("shot dead the driver
#: of the bus", "… the driver on Monday"): no noun it would modify.
_AFTER_DEFINITE: Final = lx.BOUNDARY_WORDS | lx.words("of was is who")

#: The words :func:`_definite_one` reads.
_DEFINITE_OPENERS: Final = frozenset({"the", "himself", "herself"})


def trigger_at(toks: list[Token], i: int) -> tuple[str, str, int] | None:
    """An outcome phrase at token *i*: (outcome, flags, next index)."""
    if i >= len(toks):
        return None
    entries = _TRIGGERS.get(toks[i][0])
    if entries is None:
        return None
    for words, outcome, flags in entries:
        if len(words) == 1 or words_at(toks, i, words):
            return outcome, flags, i + len(words)
    return None


_TRIGGERS: Final = lx.TRIGGERS
