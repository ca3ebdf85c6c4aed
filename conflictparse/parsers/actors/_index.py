"""
The alias index: every alias of a dictionary compiled into one token trie,
scanned once over a story's folded text (longest match wins).

Tokens are runs of letters and digits of :func:`conflictparse._text.fold`-ed
text, so matching ignores case and diacritics; hyphens, dots and spaces all
separate tokens ("al-Shabaab" = "al Shabaab"), and apostrophes inside a word
are dropped ("People's" = "Peoples"). A possessive "'s" and a plural "s" /
"es" / "ies" on a text token are tried after the exact form.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import re
from collections.abc import Iterable, Iterator, Sequence
from typing import Any, Final

import regex

from conflictparse._text import REGEX_TIMEOUT, fold

__all__ = ["AliasIndex", "Busy", "Match", "Token", "alias_tokens", "finditer_chunked", "tokenize"]

#: An entry's target: an actor's position in its dictionary, or a generic class.
Target = int | str

EXACT: Final = 1  # an acronym: must be written in capitals
CAPITAL: Final = 2  # a proper name: its first letter must be a capital
_END: Final = ""  # the trie key holding a node's entries (never a token)

# The tokenizer splits with the standard library's ``re``: about four times
# faster than ``regex`` here, and the pattern cannot backtrack (a run of one
# character class, then apostrophe-led runs), so it needs no time limit.
_WORD_RE: Final = re.compile(r"([^\W_]+(?:'[^\W_]+)*)")

#: Acronyms that are English words: never matched in ALL-CAPS copy.
_SHOUT_STOP: Final = frozenset(
    ["aa", "ad", "aid", "aim", "all", "am", "an", "and", "ant", "any", "are", "arm", "as", "at", "be", "but", "by", "can", "do", "fact", "fan", "far", "for", "go", "had", "has", "he", "hi", "him", "his", "how", "if", "in", "is", "it", "its", "jam", "jas", "me", "my", "nas", "new", "no", "not", "now", "of", "oh", "ok", "on", "one", "or", "our", "out", "own", "pa", "per", "sac", "say", "she", "so", "the", "to", "two", "up", "us", "was", "we", "who", "why", "war", "yes"]
)

#: An index entry: target, flags, and the acronym's letters (exact case) or "".
Entry = tuple[Target, int, str]

Token = tuple[int, int, str, str | None]
"""A text token: start, end, key, and the key without a possessive (or None)."""


def tokenize(folded: str) -> list[Token]:
    """
    Split folded text into ``(start, end, key, possessive_stem)`` tokens.

    >>> [t[2] for t in tokenize(fold("The Taliban's al-Qa'ida ties"))]
    ['the', 'talibans', 'al', 'qaida', 'ties']
    """
    parts = _WORD_RE.split(folded)  # gap, word, gap, word, ..., gap
    offsets = list(itertools.accumulate(map(len, parts), initial=0))
    words = parts[1::2]
    if "'" not in folded:
        return list(zip(offsets[1:-1:2], offsets[2::2], words, itertools.repeat(None)))
    return [
        (start, end, raw, None)
        if "'" not in raw
        else (
            start,
            end,
            raw.replace("'", ""),
            raw[:-2].replace("'", "") if raw.endswith("'s") else None,
        )
        for start, end, raw in zip(offsets[1:-1:2], offsets[2::2], words, strict=True)
    ]


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
        self._starts: list[int] = []
        self._ends: list[int] = []
        for start, end in sorted(spans):
            self.add(start, end)

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no taken span."""
        i = bisect.bisect_left(self._starts, end) - 1
        return i < 0 or self._ends[i] <= start

    def add(self, start: int, end: int) -> None:
        """Take ``[start, end)`` (callers add only free spans)."""
        i = bisect.bisect_left(self._starts, start)
        self._starts.insert(i, start)
        self._ends.insert(i, end)


def alias_tokens(alias: str) -> tuple[str, ...]:
    """
    The token keys of an alias, as the index stores them.

    >>> alias_tokens("Farabundo Martí National Liberation Front")
    ('farabundo', 'marti', 'national', 'liberation', 'front')
    >>> alias_tokens("U.S.-led coalition")
    ('u', 's', 'led', 'coalition')
    """
    return tuple(w.replace("'", "") for w in _WORD_RE.findall(fold(alias)))


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
    return (upper >= 2 and lower <= 2 and all(c.isalnum() or c in "-/&'" for c in alias)) or (
        upper == 1 and lower == 0 and any(c.isdigit() for c in alias)
    )


def _letters(s: str) -> str:
    return "".join(c for c in s if c.isalnum())


@functools.lru_cache(maxsize=1 << 15)
def _forms(key: str, stem: str | None) -> tuple[tuple[str, int, bool], ...]:
    """
    The readings of a token: itself, its possessive stem, its singulars, each
    with the offset of its end from the token's end and whether it is plural.
    """
    out = [(key, 0, False)]
    if stem:
        out.append((stem, -2, False))
    out.extend((s, 0, True) for s in _plural_stems(key))
    return tuple(out)


def _plural_stems(key: str) -> tuple[str, ...]:
    if len(key) < 4 or not key.endswith("s") or key.endswith("ss"):
        return ()
    if key.endswith("ies"):
        return (key[:-3] + "y", key[:-1])
    if key.endswith("es"):
        return (key[:-1], key[:-2])
    return (key[:-1],)


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
    A token trie of aliases. Each alias maps to one or more ``(target, flags)``
    entries, where target is an actor position or a generic class name.

    >>> idx = AliasIndex([("Islamic Movement of Uzbekistan", 0), ("IMU", 0)])
    >>> text = "Fighters of the Islamic Movement of Uzbekistan (IMU) fled."
    >>> [(text[m.start:m.end]) for m in idx.scan(text, fold(text))]
    ['Islamic Movement of Uzbekistan', 'IMU']
    """

    __slots__ = ("_first", "_root", "size")

    def __init__(self, aliases: Iterable[tuple[str, Target]] = ()) -> None:
        self._root: dict[str, Any] = {}
        self._first: set[str] = set()  # token keys that may start an alias
        self.size = 0
        for alias, target in aliases:
            self.add(alias, target)

    def add(self, alias: str, target: Target, *, flags: int | None = None) -> None:
        """Add *alias* for *target*; flags default from the alias's form."""
        keys = alias_tokens(alias)
        if not keys:
            return
        if flags is None:
            if is_acronym(alias):
                flags = EXACT
            elif alias[:1].isupper():
                flags = CAPITAL
            else:
                flags = 0
        first = keys[0]
        self._first.update((first, first + "s", first + "es"))
        if first.endswith("y"):
            self._first.add(first[:-1] + "ies")
        node: dict[str, Any] = self._root
        for k in keys:
            node = node.setdefault(k, {})
        letters = _letters(alias) if flags & EXACT else ""
        entries: list[Entry] = node.setdefault(_END, [])
        for i, (t, f, lt) in enumerate(entries):
            if t == target and lt == letters:
                entries[i] = (t, f & flags, lt)  # the most permissive form wins
                return
        entries.append((target, flags, letters))
        self.size += 1

    def scan(
        self,
        text: str,
        folded: str,
        *,
        shouting: bool = False,
        tokens: Sequence[Token] | None = None,
    ) -> list[Match]:
        """
        Find the longest alias at each position, left to right, without
        overlaps; entries whose case rules the text breaks are dropped.
        """
        toks = tokenize(folded) if tokens is None else tokens
        n = len(toks)
        first = self._first
        out: list[Match] = []
        i = 0
        root = self._root
        while i < n:
            tok = toks[i]
            if tok[2] not in first and not (tok[3] and tok[3] in root):
                i += 1
                continue
            found = self._longest(text, toks, i, root, shouting)
            if found is None:
                i += 1
                continue
            out.append(found)
            i = found.last + 1
        return out

    def _longest(
        self,
        text: str,
        toks: Sequence[Token],
        i: int,
        root: dict[str, Any],
        shouting: bool,
    ) -> Match | None:
        # Depth-first over the trie; each token may be read as itself, as a
        # possessive stem or as a singular. Longest (then earliest-found) wins.
        candidates: list[tuple[int, int, int, list[Entry], bool]] = []
        stack: list[tuple[dict[str, Any], int, bool]] = [(root, i, False)]
        n = len(toks)
        while stack:
            node, j, stemmed = stack.pop()
            if j >= n:
                continue
            tok = toks[j]
            if j > i and not (
                text[toks[j - 1][1] : tok[0]] == " " or _joins(text, toks[j - 1][1], tok[0])
            ):
                continue  # punctuation other than "-", "." or "/" breaks the name
            for form, delta, plural_form in _forms(tok[2], tok[3]):
                child = node.get(form)
                if child is None:
                    continue
                plural = plural_form or stemmed
                entries = child.get(_END)
                if entries:
                    candidates.append((j, tok[1] + delta, len(candidates), entries, plural))
                stack.append((child, j + 1, plural))
        if not candidates:
            return None
        candidates.sort(key=lambda c: (-c[0], c[2]))
        first_start = toks[i][0]
        for last, stop, _order, entries, plural in candidates:
            kept = tuple(
                e
                for e in entries
                if not (plural and e[1] & EXACT)
                and _case_ok(text, first_start, stop, e, shouting)
            )
            if kept:
                return Match(first_start, stop, i, last, kept)
        return None


def _joins(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    if gap == " " or not gap:
        return True
    gap = "".join(gap.split())
    return len(gap) <= 2 and all(c in _JOINERS for c in gap)


_JOINERS: Final = frozenset("-./'\u2010\u2011\u2013\u2019")


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
        return text[start:start + 1].isupper() or not text[start:start + 1].isalpha()
    return True
