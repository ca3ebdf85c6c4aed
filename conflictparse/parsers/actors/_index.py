"""
The alias index: every alias of a dictionary flattened into one immutable
table keyed by its token string ("islamic movement of uzbekistan"), in which
every token prefix of a key is a key too (with no entries when it is no
alias of its own: "islamic movement"), scanned once over a story's folded text
(longest match wins).

Tokens are runs of letters and digits of :func:`conflictparse._text.fold`-ed
text, so matching ignores case and diacritics; hyphens, dots and spaces all
separate tokens ("al-Shabaab" = "al Shabaab"), and apostrophes inside a word
are dropped ("People's" = "Peoples"). A possessive "'s" and a plural "s" /
"es" / "ies" on a text token are tried after the exact form.

The text's tokens are kept as parallel lists of offsets and strings (no
object per token), and the index holds strings and tuples only, so that a
scan allocates little and the garbage collector has little to walk.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
import re
from collections.abc import Iterable, Iterator
from itertools import compress, repeat
from typing import Final

import regex

from conflictparse._text import REGEX_TIMEOUT, fold

__all__ = [
    "AliasIndex",
    "Busy",
    "Match",
    "Tokens",
    "alias_keys",
    "alias_tokens",
    "finditer_chunked",
    "next_word",
    "previous_word",
    "tokenize",
    "tokens_in",
]

#: An entry's target: an actor's position in its dictionary, or a generic class.
Target = int | str

EXACT: Final = 1  # an acronym: must be written in capitals
CAPITAL: Final = 2  # a proper name: its first letter must be a capital

# The tokenizer of non-ASCII text splits with the standard library's ``re``:
# about four times faster than ``regex`` here, and the pattern cannot
# backtrack (a run of one character class, then apostrophe-led runs), so it
# needs no time limit.
_WORD_RE: Final = re.compile(r"([^\W_]+(?:'[^\W_]+)*)")
# For building keys of many aliases at once: a run of separators (anything
# but letters, digits and line breaks).
_SEPARATORS_RE: Final = re.compile(r"(?:[^\w\n]|_)+")

#: Acronyms that are English words: never matched in ALL-CAPS copy.
_SHOUT_STOP: Final = frozenset(
    [
        "aa",
        "ad",
        "aid",
        "aim",
        "all",
        "am",
        "an",
        "and",
        "ant",
        "any",
        "are",
        "arm",
        "as",
        "at",
        "be",
        "but",
        "by",
        "can",
        "do",
        "fact",
        "fan",
        "far",
        "for",
        "go",
        "had",
        "has",
        "he",
        "hi",
        "him",
        "his",
        "how",
        "if",
        "in",
        "is",
        "it",
        "its",
        "jam",
        "jas",
        "me",
        "my",
        "nas",
        "new",
        "no",
        "not",
        "now",
        "of",
        "oh",
        "ok",
        "on",
        "one",
        "or",
        "our",
        "out",
        "own",
        "pa",
        "per",
        "sac",
        "say",
        "she",
        "so",
        "the",
        "to",
        "two",
        "up",
        "us",
        "was",
        "we",
        "who",
        "why",
        "war",
        "yes",
    ]
)

#: An index entry: target, flags, and the acronym's letters (exact case) or "".
Entry = tuple[Target, int, str]


class Tokens:
    """
    The tokens of a folded text, split at every separator character: token
    *k* is ``words[k]`` (apostrophes removed), empty where two separators
    meet, and ``stems[k]`` is the word without a possessive "'s", for the
    tokens that have one. ``offsets[k]`` is the length of the tokens before
    *k* as written, so token *k* spans ``offsets[k] + k`` to
    ``offsets[k + 1] + k`` (a separator after each token), and an empty
    token between two words adds one character to the gap between them.

    >>> t = tokenize(fold("The Taliban's al-Qa'ida ties"))
    >>> t.words, t.stems, t.start(1), t.end(1)
    (['the', 'talibans', 'al', 'qaida', 'ties'], {1: 'taliban'}, 4, 13)
    >>> tokenize(fold("U.S.-led")).words
    ['u', 's', '', 'led']
    """

    __slots__ = ("offsets", "stems", "words")

    def __init__(
        self, words: list[str], offsets: list[int], stems: dict[int, str]
    ) -> None:
        self.words = words
        self.offsets = offsets
        self.stems = stems

    def __len__(self) -> int:
        return len(self.words)

    def start(self, k: int) -> int:
        """Where token *k* starts."""
        return self.offsets[k] + k

    def end(self, k: int) -> int:
        """Where token *k* ends."""
        return self.offsets[k + 1] + k


def tokenize(folded: str) -> Tokens:
    """
    Split folded text into :class:`Tokens`.

    >>> [w for w in tokenize(fold("Two U.S.-led patrols")).words if w]
    ['two', 'u', 's', 'led', 'patrols']
    """
    # Every separator becomes a space (in one C translation of the bytes for
    # ASCII text: a table lookup per byte, where str.translate goes through
    # a cache of the mapping for each character)
    # and the text splits at each space, so that each part is a word or empty
    # and starts one character after the end of the one before it: the
    # offsets are running sums of the lengths, in C. An apostrophe counts as
    # a letter, except where no letter or digit is on both sides of it
    # (those are separators).
    apostrophes = "'" in folded
    if folded.isascii():
        spaced = _LONE_APOSTROPHE_RE.sub(" ", folded) if apostrophes else folded
        spaced = spaced.encode("ascii").translate(_ASCII_SEPARATORS).decode("ascii")
    else:
        spaced = _LONE_APOSTROPHE_ANY_RE.sub(" ", folded) if apostrophes else folded
        spaced = _SEPARATOR_RE.sub(" ", spaced)
    words = spaced.split(" ")
    offsets = list(itertools.accumulate(map(len, words), initial=0))
    stems: dict[int, str] = {}
    if apostrophes and "'" in spaced:
        _apostrophes(spaced, words, stems)
    return Tokens(words, offsets, stems)


def next_word(words: list[str], k: int) -> int:
    """
    The index of the first non-empty token after *k*, or ``len(words)``.

    >>> next_word(["u", "s", "", "led"], 1)
    3
    """
    k += 1
    n = len(words)
    while k < n and not words[k]:
        k += 1
    return k


def previous_word(words: list[str], k: int) -> int:
    """
    The index of the last non-empty token before *k*, or -1.

    >>> previous_word(["u", "s", "", "led"], 3)
    1
    """
    k -= 1
    while k >= 0 and not words[k]:
        k -= 1
    return k


#: Every ASCII character but letters, digits and the apostrophe, to a space
#: (a table for bytes.translate).
_ASCII_SEPARATORS: Final = bytes(
    c if chr(c).isalnum() or c == ord("'") else ord(" ") for c in range(256)
)

# An apostrophe with no letter or digit on one side: no part of a word (the
# pattern opens with the apostrophe, so the search skips to each one in C).
_LONE_APOSTROPHE_RE: Final = re.compile(r"'(?:(?<![A-Za-z0-9]')|(?![A-Za-z0-9]))")
# The same for any text, and any character but letters, digits and the
# apostrophe (one at a time: each becomes one space).
_LONE_APOSTROPHE_ANY_RE: Final = re.compile(r"'(?:(?<![^\W_]')|(?![^\W_]))")
_SEPARATOR_RE: Final = re.compile(r"[^\w']|_")


def _apostrophes(spaced: str, words: list[str], stems: dict[int, str]) -> None:
    """Drop the apostrophes inside the words of *spaced*; note the stems of possessives."""
    at = spaced.find("'")
    counted = k = 0
    while at >= 0:
        # (the token holding the apostrophe: the spaces before it, counted on)
        k += spaced.count(" ", counted, at)
        counted = at
        raw = words[k]
        words[k] = raw.replace("'", "")
        if raw.endswith("'s"):
            stems[k] = raw[:-2].replace("'", "")
        at = spaced.find(" ", at)
        if at < 0:
            break
        at = spaced.find("'", at)


_CHUNK: Final = 20_000


def finditer_chunked(
    pattern: regex.Pattern[str], text: str, *, timeout: float = REGEX_TIMEOUT
) -> Iterator[regex.Match[str]]:
    """
    ``pattern.finditer(text)`` run over chunks of about 20,000 characters cut
    at line breaks or spaces, each with its own time limit, so that a long
    text is not one long match run (matches never cross a cut).
    """
    n = len(text)
    start = 0
    while start < n:
        end = min(n, start + _CHUNK)
        if end < n:
            cut = text.rfind("\n", start + _CHUNK // 2, end)
            if cut < 0:
                cut = text.rfind(" ", start + _CHUNK // 2, end)
            end = cut + 1 if cut >= 0 else end
        yield from pattern.finditer(text, start, end, timeout=timeout)
        start = end


class Busy:
    """
    Non-overlapping taken spans, for overlap checks in O(log n).

    >>> b = Busy([(0, 5), (10, 12)])
    >>> b.free(5, 10), b.free(4, 6), b.free(11, 20)
    (True, False, False)
    """

    __slots__ = ("_ends", "_starts")

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        # the order adding them one by one in sorted order gives (spans that
        # start together: the longest first), built by two stable sorts in C
        ordered = sorted(sorted(spans, key=_END, reverse=True), key=_START)
        self._starts: list[int] = list(map(_START, ordered))
        self._ends: list[int] = list(map(_END, ordered))

    @property
    def starts(self) -> list[int]:
        """The taken spans' starts, ascending (read only)."""
        return self._starts

    @property
    def ends(self) -> list[int]:
        """The taken spans' ends, in the order of :attr:`starts` (read only)."""
        return self._ends

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no taken span."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i < 0 or self._ends[i] <= start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)`` (callers add only free spans)."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


_START: Final = operator.itemgetter(0)
_END: Final = operator.itemgetter(1)


def alias_tokens(alias: str) -> tuple[str, ...]:
    """
    The token keys of an alias, as the index stores them.

    >>> alias_tokens("Farabundo Martí National Liberation Front")
    ('farabundo', 'marti', 'national', 'liberation', 'front')
    >>> alias_tokens("U.S.-led coalition")
    ('u', 's', 'led', 'coalition')
    """
    return tuple(w.replace("'", "") for w in _WORD_RE.findall(fold(alias)))


def alias_keys(aliases: list[str]) -> list[str]:
    """
    The index key of each alias: its :func:`alias_tokens` joined by spaces,
    computed for all aliases in a few passes over one joined string.

    >>> alias_keys(["Lord's Resistance Army", "U.S.-led coalition", "Séléka"])
    ['lords resistance army', 'u s led coalition', 'seleka']
    """
    joined = "\n".join(aliases)
    if joined.count("\n") != len(aliases) - 1 or not aliases:
        return [" ".join(alias_tokens(a)) for a in aliases]  # line breaks inside
    if not joined.isascii() or "'" in joined:
        joined = "\n".join(
            a.lower() if a.isascii() and "'" not in a else _key(a) for a in aliases
        )
    else:
        joined = joined.lower()
    return [line.strip(" ") for line in _SEPARATORS_RE.sub(" ", joined).split("\n")]


def _key(alias: str) -> str:
    folded = alias.lower() if alias.isascii() else fold(alias)
    return " ".join(w.replace("'", "") for w in _WORD_RE.findall(folded))


def is_acronym(alias: str) -> bool:
    """
    Whether *alias* is an acronym (no spaces, two or more capitals: "FMLN",
    "IS-K", "LeT", "M23"), which must then be written exactly so to match.

    >>> is_acronym("FMLN"), is_acronym("IS-K"), is_acronym("LeT"), is_acronym("Hamas")
    (True, True, True, False)
    """
    if not alias or len(alias) > 12 or alias.split() != [alias]:
        return False
    upper = sum(c.isupper() for c in alias)
    lower = sum(c.islower() for c in alias)
    return (
        upper >= 2 and lower <= 2 and all(c.isalnum() or c in "-/&'" for c in alias)
    ) or (upper == 1 and lower == 0 and any(c.isdigit() for c in alias))


def _letters(s: str) -> str:
    return "".join(filter(str.isalnum, s))


@functools.lru_cache(maxsize=4096)
def _readings(word: str, stem: str | None) -> tuple[tuple[str, int, bool], ...]:
    """
    The readings of a token: itself, its possessive stem, its singulars, each
    with the offset of its end from the token's end and whether it is plural.
    """
    out = [(word, 0, False)]
    if stem:
        out.append((stem, -2, False))
    if len(word) >= 4 and word[-1] == "s" and word[-2] != "s":
        if word.endswith("ies"):
            out.append((word[:-3] + "y", 0, True))
            out.append((word[:-1], 0, True))
        elif word.endswith("es"):
            out.append((word[:-1], 0, True))
            out.append((word[:-2], 0, True))
        else:
            out.append((word[:-1], 0, True))
    return tuple(out)


class Match:
    """One match of the scan: token range, character span and its entries."""

    __slots__ = ("end", "entries", "first", "last", "start")

    def __init__(
        self,
        start: int,
        end: int,
        first: int,
        last: int,
        entries: tuple[Entry, ...],
    ) -> None:
        self.start = start
        self.end = end
        self.first = first
        self.last = last
        self.entries = entries

    def __repr__(self) -> str:
        return f"Match({self.start}, {self.end}, {self.entries!r})"


class AliasIndex:
    """
    An immutable index of aliases. Each alias maps to one or more
    ``(target, flags, letters)`` entries, where target is an actor position
    or a generic class name; *aliases* are ``(alias, target)`` or
    ``(alias, target, flags)`` (flags ``None``: from the alias's form).

    >>> idx = AliasIndex([("Islamic Movement of Uzbekistan", 0), ("IMU", 0)])
    >>> text = "Fighters of the Islamic Movement of Uzbekistan (IMU) fled."
    >>> [(text[m.start:m.end]) for m in idx.scan(text, tokenize(fold(text)))]
    ['Islamic Movement of Uzbekistan', 'IMU']
    """

    __slots__ = (
        "_acronyms",
        "_after_the",
        "_first",
        "_heads",
        "_pair_only",
        "_scan_words",
        "_seconds",
        "_seconds_plural",
        "_singles",
        "_singles_plural",
        "_table",
        "size",
    )

    def __init__(
        self, aliases: Iterable[tuple[str, Target] | tuple[str, Target, int | None]] = ()
    ) -> None:
        items = [item if len(item) == 3 else (item[0], item[1], None) for item in aliases]
        keys = alias_keys([item[0] for item in items])
        building: dict[str, list[Entry]] = {}
        for (alias, target, flags), key in zip(items, keys, strict=True):
            if not key:
                continue
            if flags is None:
                if " " not in alias and len(alias) <= 12 and is_acronym(alias):
                    flags = EXACT
                else:
                    flags = CAPITAL if alias[:1].isupper() else 0
            entry = (target, flags, _letters(alias) if flags & EXACT else "")
            entries = building.get(key)
            if entries is None:
                building[key] = [entry]
            else:
                _merge(entries, entry)
        table = {k: tuple(v) for k, v in building.items()}
        # every proper token prefix of a key, with no entries of its own, one
        # level (one token less) at a time
        level = {key[: key.rfind(" ")] for key in building if " " in key}
        while level:
            level.difference_update(table)
            table.update(zip(level, repeat(())))
            level = {key[: key.rfind(" ")] for key in level if " " in key}
        self._setup(table)

    @classmethod
    def from_rows(
        cls,
        rows: Iterable[tuple[str, tuple[Entry, ...]]],
        *,
        heads: Iterable[str] | None = None,
        pairs: Iterable[str] | None = None,
    ) -> AliasIndex:
        """
        Rebuild an index from its :meth:`rows` (a stored, precomputed index).
        *heads* and *pairs*, when given, are its one-token and its two-token
        keys (a stored index lists them apart, which spares finding them).

        >>> idx = AliasIndex([("Shining Path", 0), ("Sendero Luminoso", 0)])
        >>> AliasIndex.from_rows(idx.rows()).rows() == idx.rows()
        True
        """
        # an empty index, refilled (not cls.__new__: mypyc cannot compile it)
        index = cls()
        index._setup(dict(rows), heads, pairs)
        return index

    def rows(self) -> list[tuple[str, tuple[Entry, ...]]]:
        """
        Every key with its entries, and every proper prefix of a key with
        none, sorted: what :meth:`from_rows` reads.

        >>> AliasIndex([("Arakan Army", 3)]).rows()
        [('arakan', ()), ('arakan army', ((3, 2, ''),))]
        """
        return sorted(self._table.items())

    def _setup(
        self,
        table: dict[str, tuple[Entry, ...]],
        heads: Iterable[str] | None = None,
        pairs: Iterable[str] | None = None,
    ) -> None:
        # (each step maps a C function over the keys: this runs on first use)
        # Every key's token prefixes are keys too (with no entries when they
        # are no alias): the one-token keys are the tokens that may start an
        # alias, and the second tokens of the two-token keys are all the
        # tokens that may come second.
        if heads is None or pairs is None:
            keys = list(table)
            counts = list(map(str.count, keys, repeat(" ")))
            heads = compress(keys, map((0).__eq__, counts))
            pairs = compress(keys, map((1).__eq__, counts))
        heads = set(heads)
        pairs = list(pairs)
        seconds = {pair[pair.find(" ") + 1 :] for pair in pairs}
        singles = set(compress(heads, map(table.__getitem__, heads)))
        self._table = table
        # Token keys that may start an alias, and the same with plural endings.
        self._heads = frozenset(heads)
        self._first = _with_plurals(heads)
        # Token keys that are a whole alias, and that are second in one: a start
        # whose token is neither a whole alias nor followed by a second token
        # cannot match (a cheap test that spares most walks).
        self._singles = frozenset(singles)
        self._singles_plural = _with_plurals(singles)
        self._seconds = frozenset(seconds)
        self._seconds_plural = _with_plurals(seconds)
        # Whole-alias tokens all of whose entries are acronyms with a capital
        # ("is" for "IS"): a start with no capital in its text cannot match them.
        self._acronyms = frozenset(
            key
            for key in singles
            if all(e[1] & EXACT and e[2] != e[2].lower() for e in table[key])
        )
        # Start words with one reading that are no whole alias ("the"): only
        # the pair of the first two words can tell whether a walk may match.
        self._pair_only = frozenset(
            w
            for w in self._first
            if (w[-1] != "s" or len(w) < 4 or w[-2] == "s") and w not in self._singles
        )
        # The words that may come second after "the" (every generic phrase is
        # also an alias with "the" before it, so "the" begins most walks and
        # is most starts): a scan may find those walks from the word after
        # it, and leave "the" out of the words it starts from (scan_words).
        if _THE in self._pair_only:
            self._after_the = _with_plurals(
                {pair[len(_THE) + 1 :] for pair in pairs if pair.startswith(_THE_SPACE)}
            )
            self._scan_words = (self._first - {_THE}) | self._after_the
        else:
            self._after_the = frozenset()
            self._scan_words = self._first
        self.size = sum(map(len, table.values()))

    @property
    def first_words(self) -> frozenset[str]:
        """The tokens that may start an alias (with their plural forms)."""
        return self._first

    @property
    def scan_words(self) -> frozenset[str]:
        """
        The tokens a scan with ``led=True`` must be given as hits: those of
        :attr:`first_words` but "the", and the words that may come after it.
        """
        return self._scan_words

    def scan(
        self,
        text: str,
        tokens: Tokens,
        *,
        shouting: bool = False,
        hits: list[int] | None = None,
        led: bool = False,
        _memo_from: int | None = None,
    ) -> list[Match]:
        """
        Find the longest alias at each position, left to right, without
        overlaps; entries whose case rules the text breaks are dropped.
        *hits*, when given, are the tokens of a superset of
        :attr:`first_words`, in order (a caller's one pass for several uses);
        with *led*, of a superset of :attr:`scan_words` (without "the", whose
        walks are then tried from the word after it).

        A walk from a word whose written run (the tokens the walk read and the
        separator after them) is seen again in the same text is not walked
        again, in a text with :data:`_MEMO_FROM` starts or more (*_memo_from*
        sets another bound, for the tests that compare).
        """
        first = self._first
        words = tokens.words
        stems = tokens.stems
        # (the hits whose word may start no alias are passed over in the loop
        # below: one test there costs less than a pass to drop them)
        starts = (
            list(compress(range(len(words)), map(first.__contains__, words)))
            if hits is None
            else hits
        )
        # and the possessives whose stem may start an alias
        extra = _stem_starts(stems, words, first, self._heads) if stems else None
        if extra:
            starts = sorted(set(starts).union(extra))
        singles, singles_plural = self._singles, self._singles_plural
        seconds, seconds_plural = self._seconds, self._seconds_plural
        prefixes, acronyms = self._table, self._acronyms
        offsets = tokens.offsets
        last = len(words) - 1
        out: list[Match] = []
        after = 0
        pair_only = self._pair_only
        # the outcome of a walk, by its first word, for the written run it
        # read (see _remembered)
        memo: dict[str, list[tuple[str, _Outcome]]] | None = (
            {}
            if len(starts) >= (_MEMO_FROM if _memo_from is None else _memo_from)
            else None
        )
        after_the = self._after_the if led else None
        for i in starts:
            if i < after:
                continue
            word = words[i]
            if after_the and word in after_the:
                # the walk from a "the" just before it first, as the loop
                # would have tried it had "the" been a start (such a walk,
                # when it matches, reads this word too)
                p = i - 1 if words[i - 1] else previous_word(words, i)
                if p >= after and words[p] == _THE:
                    found = self._from_the(text, tokens, p, i, shouting, memo)
                    if found is not None:
                        if not shouting:
                            found = self._past_the(text, tokens, found, shouting)
                        out.append(found)
                        after = found.last + 1
                        continue
            # (the pair-only words, most starts, are first words: the test
            # for a hit of another pass is made after theirs)
            if word in pair_only and not (stems and i in stems):
                # the common case ("the"): one reading and no whole alias, so
                # the first two words must begin one (the second read every way)
                if i >= last:
                    continue
                k = i + 1
                second = words[k]
                if not second:  # (a gap of more than one separator)
                    k = next_word(words, k)
                    if k > last:
                        continue
                    second = words[k]
                if second not in seconds_plural and not (stems and k in stems):
                    continue  # no reading of it is second in any alias
                if f"{word} {second}" not in prefixes and (
                    (
                        (second[-1] != "s" or len(second) < 4 or second[-2] == "s")
                        and not (stems and k in stems)
                    )
                    or not _pair_known(
                        prefixes,
                        (word,),
                        _readings(second, stems.get(k) if stems else None),
                    )
                ):
                    continue
                found = (
                    self._longest(text, tokens, i, shouting)
                    if memo is None
                    else self._remembered(text, tokens, i, shouting, memo)
                )
                if found is not None:
                    if word == _THE and not shouting:
                        found = self._past_the(text, tokens, found, shouting)
                    out.append(found)
                    after = found.last + 1
                continue
            if word not in first and not (extra and i in extra):
                continue  # (a hit of another pass)
            # A walk can only match when token i is a whole alias or the first
            # two tokens begin one. Where neither token has another reading (a
            # possessive stem or a singular), both are tested exactly, and an
            # acronym-only whole alias also needs a capital in the text
            # (shouted copy: the acronym must not be an English word); else by
            # the looser tests of each token alone.
            simple = not (stems and i in stems) and (
                word[-1] != "s" or len(word) < 4 or word[-2] == "s"
            )
            if simple:
                whole = word in singles
                if whole and word in acronyms:
                    written = text[offsets[i] + i : offsets[i + 1] + i]
                    if written == written.lower() or (
                        shouting
                        and written.isascii()
                        and (len(word) <= 2 or word in _SHOUT_STOP)
                    ):
                        whole = False
            else:
                whole = word in singles_plural or (stems.get(i) in singles)
            if not whole:
                if i >= last:
                    continue
                k = i + 1
                second = words[k]
                if not second:  # (a gap of more than one separator)
                    k = next_word(words, k)
                    if k > last:
                        continue
                    second = words[k]
                if (
                    simple
                    and not (stems and k in stems)
                    and (second[-1] != "s" or len(second) < 4 or second[-2] == "s")
                ):
                    if f"{word} {second}" not in prefixes:
                        continue
                elif not (
                    second in seconds_plural or (stems and stems.get(k) in seconds)
                ):
                    continue
                else:
                    # each reading of the one against each of the other
                    if not _pair_known(
                        prefixes,
                        [
                            a
                            for a, _da, _pa in _readings(
                                word, stems.get(i) if stems else None
                            )
                        ],
                        _readings(second, stems.get(k) if stems else None),
                    ):
                        continue
            found = (
                self._longest(text, tokens, i, shouting)
                if memo is None
                else self._remembered(text, tokens, i, shouting, memo)
            )
            if found is not None:
                out.append(found)
                after = found.last + 1
        return out

    def _past_the(self, text: str, tokens: Tokens, found: Match, shouting: bool) -> Match:
        """
        *found*, a walk from "the" of one word more ("the group", "the
        gang"), unless a longer alias starts at that word (in copy that is
        not shouted, where a capital tells a name): "the Group for the
        Support of Islam and Muslims", "the Gang Suppression Force" are the
        names, not "the group" and "the gang".
        """
        words = tokens.words
        k = found.first + 1
        if not words[k]:  # (a gap of more than one separator)
            k = next_word(words, k)
        # (a name is capitalised: not "the governments of Kenya and Uganda")
        if k != found.last or not text[tokens.start(k)].isupper():
            return found
        longer = self._longest(text, tokens, k, shouting)
        return longer if longer is not None and longer.last > found.last else found

    def _from_the(
        self,
        text: str,
        tokens: Tokens,
        p: int,
        k: int,
        shouting: bool,
        memo: dict[str, list[tuple[str, _Outcome]]] | None,
    ) -> Match | None:
        """
        The walk from the "the" at token *p*, whose next word is token *k*,
        when the scan's tests for a pair-only start let it be tried.
        """
        words, stems = tokens.words, tokens.stems
        second = words[k]
        if second not in self._seconds_plural and not (stems and k in stems):
            return None  # no reading of it is second in any alias
        if f"{_THE} {second}" not in self._table and (
            (
                (second[-1] != "s" or len(second) < 4 or second[-2] == "s")
                and not (stems and k in stems)
            )
            or not _pair_known(
                self._table, (_THE,), _readings(second, stems.get(k) if stems else None)
            )
        ):
            return None
        if memo is None:
            return self._longest(text, tokens, p, shouting)
        return self._remembered(text, tokens, p, shouting, memo)

    def entries_of(self, key: str) -> tuple[Entry, ...]:
        """
        The entries of the alias whose key (:func:`alias_keys`) is *key*,
        before any case rule (none when no alias has it).

        >>> AliasIndex([("Arakan Army", 3)]).entries_of("arakan army")
        ((3, 2, ''),)
        """
        return self._table.get(key, ())

    def keys_with_word(self, word: str) -> Iterator[str]:
        """The keys that have *word* (folded) as one of their words, unsorted."""
        for key, entries in self._table.items():
            if entries and word in key and word in key.split():
                yield key

    def entries_with_word(self, word: str) -> Iterator[Entry]:
        """The entries of every key that has *word* (folded) as one of its words, unsorted."""
        for key, entries in self._table.items():
            if word in key and word in key.split():
                yield from entries

    def match_at(
        self, text: str, tokens: Tokens, i: int, *, shouting: bool = False
    ) -> Match | None:
        """The longest alias starting at token *i* (entries kept as :meth:`scan` keeps them)."""
        return self._longest(text, tokens, i, shouting)

    def _remembered(
        self,
        text: str,
        tokens: Tokens,
        i: int,
        shouting: bool,
        memo: dict[str, list[tuple[str, _Outcome]]],
    ) -> Match | None:
        """The outcome of :meth:`_longest` from token *i*, read once per written run."""
        # The walk reads only the characters from its first token to the end
        # of the last token it looked at (and, in ASCII text with no
        # apostrophe, each token is the same wherever those characters are
        # written): the same run gives the same outcome.
        words, offsets = tokens.words, tokens.offsets
        first_start = offsets[i] + i
        seen = memo.get(words[i])
        if seen:
            for run, outcome in seen:
                if text.startswith(run, first_start):
                    if outcome is None:
                        return None
                    return Match(
                        first_start,
                        first_start + outcome[0],
                        i,
                        i + outcome[1],
                        outcome[2],
                    )
        reached = [0]
        found = self._longest(text, tokens, i, shouting, reached)
        outcome = (
            None
            if found is None
            else (found.end - first_start, found.last - i, found.entries)
        )
        reach = reached[0]
        stop = offsets[reach + 1] + reach + 1 if reach < len(words) else 0
        if stop and stop <= len(text):
            # (the run takes the separator after its last token: a longer
            # word there is another token)
            run = text[first_start:stop]
            if run.isascii() and "'" not in run and "`" not in run:
                if seen is None:
                    if len(memo) < _MEMO_WORDS:
                        memo[words[i]] = [(run, outcome)]
                elif len(seen) < _MEMO_RUNS:
                    seen.append((run, outcome))
        return found

    def _longest(
        self,
        text: str,
        tokens: Tokens,
        i: int,
        shouting: bool,
        reached: list[int] | None = None,
    ) -> Match | None:
        """
        The walk from token *i*: its match; *reached*, when given, is set to
        the last token it looked at (``len(words)`` when it ran to the end).
        """
        # Each token may be read as itself, as a possessive stem or as a
        # singular. Longest (then earliest-found) wins. While every token has
        # one reading the walk is a straight line; from the first token with
        # more it goes depth-first over the prefixes.
        words, offsets, stems = tokens.words, tokens.offsets, tokens.stems
        table = self._table
        candidates: list[tuple[int, int, int, tuple[Entry, ...], bool]] = []
        n = len(words)
        key = ""
        j = i
        before = i  # the word before j
        branched = False
        while j < n:
            word = words[j]
            if not word:
                j += 1  # (a gap of more than one separator)
                continue
            if j > i and (
                # (the common gap, one separator, and a gap's first character
                # are tested inline)
                text[offsets[j] + before] not in _ONE_JOINS
                or (
                    j - before != 1
                    and not _joins(text, offsets[j] + before, offsets[j] + j)
                )
            ):
                break
            if (stems and j in stems) or (
                word[-1] == "s" and len(word) >= 4 and word[-2] != "s"
            ):
                branched = True
                break
            key = f"{key} {word}" if key else word
            entries = table.get(key)
            if entries is None:
                break  # not even the start of an alias
            if entries:
                candidates.append(
                    (j, offsets[j + 1] + j, len(candidates), entries, False)
                )
            before = j
            j += 1
        if branched:
            reach = self._walk(text, tokens, i, key, j, before, candidates)
            if reached is not None:
                reached[0] = reach
            if len(candidates) > 1:
                # longest first, then in the order found: a stable sort on
                # the last token, descending, keeps ties in order
                candidates.sort(key=_LAST, reverse=True)
        else:
            if reached is not None:
                reached[0] = j
            if len(candidates) > 1:
                candidates.reverse()  # found in order of length
            elif not candidates:
                return None
        first_start = offsets[i] + i
        # (shouted copy: a proper name's capital is no test, and _case_ok
        # passes it without a call)
        tested = EXACT if shouting else EXACT | CAPITAL
        for last, stop, _order, entries, plural in candidates:
            kept = entries
            for e in entries:
                if e[1] & tested and (
                    (plural and e[1] & EXACT)
                    or not _case_ok(text, first_start, stop, e, shouting)
                ):
                    kept = _case_kept(text, first_start, stop, entries, plural, shouting)
                    break
            if kept:
                return Match(first_start, stop, i, last, kept)
        return None

    def _walk(
        self,
        text: str,
        tokens: Tokens,
        i: int,
        prefix: str,
        j: int,
        before: int,
        candidates: list[tuple[int, int, int, tuple[Entry, ...], bool]],
    ) -> int:
        """
        Depth-first over the prefixes from token *j* on (after token
        *before*), after *prefix*; returns the last token looked at
        (``len(words)`` when a path ran to the end).
        """
        words, offsets, stems = tokens.words, tokens.offsets, tokens.stems
        table = self._table
        stack: list[tuple[str, int, int, bool]] = [(prefix, j, before, False)]
        n = len(words)
        reach = j
        while stack:
            prefix, j, before, stemmed = stack.pop()
            while j < n and not words[j]:
                j += 1  # (a gap of more than one separator)
            if j > reach:
                reach = j
            if j >= n:
                continue
            if j > i and (
                text[offsets[j] + before] not in _ONE_JOINS  # (as in _longest)
                or (
                    j - before != 1
                    and not _joins(text, offsets[j] + before, offsets[j] + j)
                )
            ):
                continue
            word = words[j]
            end = offsets[j + 1] + j
            stem = stems.get(j) if stems else None
            if stem is None and (word[-1] != "s" or len(word) < 4 or word[-2] == "s"):
                # the common case, a word with no other reading
                key = f"{prefix} {word}" if prefix else word
                entries = table.get(key)
                if entries is not None:
                    if entries:
                        candidates.append((j, end, len(candidates), entries, stemmed))
                    stack.append((key, j + 1, j, stemmed))
                continue
            for form, delta, plural_form in _readings(word, stem):
                key = f"{prefix} {form}" if prefix else form
                entries = table.get(key)
                if entries is None:
                    continue
                plural = plural_form or stemmed
                if entries:
                    candidates.append((j, end + delta, len(candidates), entries, plural))
                stack.append((key, j + 1, j, plural))
        return reach


#: A walk's outcome relative to its first token: ``(end - start, last - first,
#: entries)``, or ``None`` for no match.
_Outcome = tuple[int, int, tuple[Entry, ...]] | None

#: Bounds of a scan's memo: first words, and runs per first word. A scan with
#: fewer starts than ``_MEMO_FROM`` keeps none (in news copy few walks repeat
#: their run: keeping them costs more than it spares).
_MEMO_FROM: Final = 512
_MEMO_WORDS: Final = 256
_MEMO_RUNS: Final = 4


def tokens_in(hits: list[int], words: list[str], wanted: frozenset[str]) -> list[int]:
    """
    The tokens of *hits* whose word is in *wanted*, in order.

    (A function of its own: a comprehension inside a walk would make the
    walk's locals that it reads closure cells, slower at every use.)
    """
    return [i for i in hits if words[i] in wanted]


def _stem_starts(
    stems: dict[int, str], words: list[str], first: frozenset[str], heads: frozenset[str]
) -> list[int]:
    """The possessives whose stem, not their word, may start an alias."""
    return [i for i, stem in stems.items() if stem in heads and words[i] not in first]


def _pair_known(
    prefixes: dict[str, tuple[Entry, ...]],
    firsts: Iterable[str],
    seconds: tuple[tuple[str, int, bool], ...],
) -> bool:
    """Whether a reading of the first word and one of the second (see _readings) begin a key."""
    return any(f"{a} {b}" in prefixes for a in firsts for b, _db, _pb in seconds)


def _case_kept(
    text: str,
    start: int,
    stop: int,
    entries: tuple[Entry, ...],
    plural: bool,
    shouting: bool,
) -> tuple[Entry, ...]:
    """The *entries* whose case rules the text at ``start:stop`` keeps (an acronym is never plural)."""
    return tuple(
        e
        for e in entries
        if not (plural and e[1] & EXACT) and _case_ok(text, start, stop, e, shouting)
    )


def _merge(entries: list[Entry], entry: Entry) -> None:
    """Add *entry* to *entries*; the same target and letters twice keep the most permissive flags."""
    target, flags, letters = entry
    for i, (t, f, lt) in enumerate(entries):
        if t == target and lt == letters:
            entries[i] = (t, f & flags, lt)
            return
    entries.append(entry)


_LAST: Final = operator.itemgetter(0)

#: The article that begins most alias walks (see AliasIndex.scan_words).
_THE: Final = "the"
_THE_SPACE: Final = "the "


def _with_plurals(keys: set[str]) -> frozenset[str]:
    """*keys* and their plural forms as :func:`_readings` undoes them."""
    return frozenset(keys).union(
        map(str.__add__, keys, repeat("s")),
        map(str.__add__, keys, repeat("es")),
        [key[:-1] + "ies" for key in keys if key.endswith("y")],
    )


def _joins(text: str, end: int, start: int) -> bool:
    """
    Whether the gap ``text[end:start]`` between two tokens lets the second
    go on a name begun before it: a space, or at most two of "-", ".", "/"
    and apostrophes among spaces (other punctuation breaks the name).

    A full stop and a space after a word of three letters or more end a
    sentence, not an abbreviation ("... in India. Security forces killed"
    is no "India security forces"; "U.S. forces" and "U.N. troops" join).

    >>> t = "U.S.-led troops, rebels"
    >>> _joins(t, 1, 2), _joins(t, 3, 5), _joins(t, 8, 9), _joins(t, 15, 17)
    (True, True, True, False)
    >>> t = "India. Police"
    >>> _joins(t, 5, 7)
    False
    """
    if start - end == 1 and text[end] == " ":
        return True  # the common case
    gap = "".join(text[end:start].split())
    if not (len(gap) <= 2 and _JOINERS.issuperset(gap)):
        return False
    # (not a sentence's end)
    return not (
        text.startswith(".", end)
        and end + 1 < start
        and text[end + 1].isspace()
        and end >= 3
        and text[end - 3 : end].isalpha()
    )


_JOINERS: Final = frozenset("-./'\u2010\u2011\u2013\u2019")
#: The one-character gaps that join: a joiner, or any white space (a line
#: break inside a name, common in wire copy).
_ONE_JOINS: Final = _JOINERS | frozenset(
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def _case_ok(text: str, start: int, end: int, entry: Entry, shouting: bool) -> bool:
    flags = entry[1]
    if flags & EXACT:
        letters = _letters(text[start:end])
        if shouting:
            return (
                letters == entry[2]  # "LeT" is never written in capitals
                and letters.isupper()
                and len(letters) > 2
                and letters.lower() not in _SHOUT_STOP
            )
        return letters == entry[2]
    if flags & CAPITAL and not shouting:
        return text[start : start + 1].isupper() or not text[start : start + 1].isalpha()
    return True
