"""
Organisation-like names missing from the dictionary: a run of name words
ending in an organisation head ("Cinchonero People's Liberation Front",
"1st Infantry Brigade", "Army of National Liberation").

In mixed-case text the run is the capitalised words before the head; in
ALL-CAPS copy it is the words of :data:`ORG_WORDS` (plus one name word in
front), since capitals tell nothing there.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import compress, repeat
from typing import Final

import regex

from conflictparse.parsers.actors._index import Busy, Tokens, next_word, previous_word

__all__ = ["ARMED_HEADS", "HEADS", "ORG_WORDS", "find_org_names"]

#: Head nouns of organisation names.
HEADS: Final = frozenset(
    ["front", "movement", "army", "forces", "brigade", "brigades", "battalion", "battalions", "group", "organization", "organisation", "party", "command", "commando", "commandos", "council", "union", "alliance", "militia", "militias", "cartel", "committee", "committees", "league", "corps", "squad", "squads", "detachment", "column", "faction", "federation", "confederation", "network", "gang", "legion", "guard", "guards", "resistance", "mujahideen", "fund", "board", "agency", "commission", "foundation", "institute", "service", "services", "mission", "regiment", "regiments", "division", "divisions", "squadron", "squadrons", "battery", "fleet", "platoon"]
)

#: Heads of names of armed groups (the others name parties, councils, unions ...).
ARMED_HEADS: Final = HEADS - frozenset(
    ["party", "council", "union", "committee", "committees", "federation", "confederation", "league", "alliance", "network", "organization", "organisation", "fund", "board", "agency", "commission", "foundation", "institute", "service", "services", "mission"]
)

#: Words that make a run of capitals an organisation name.
ORG_WORDS: Final = frozenset(
    ["national", "liberation", "revolutionary", "popular", "peoples", "people", "patriotic", "democratic", "islamic", "islamist", "socialist", "communist", "anticommunist", "independence", "republican", "united", "unity", "freedom", "salvation", "justice", "workers", "christian", "social", "nationalist", "marxist", "leninist", "maoist", "castroite", "castrist", "military", "infantry", "special", "secret", "rapid", "mobile", "elite", "urban", "guerrilla", "defense", "defence", "youth", "free", "peasant", "indigenous", "armed", "resistance", "action", "sovereign", "holy", "jihad", "martyrs", "ansar", "jaish", "jamaat", "harakat", "liwa", "kataib", "saraya", "red", "rightist", "leftist", "anti", "self", "left", "right", "wing", "extreme", "death"]
)

_CONNECTORS: Final = frozenset(["of", "the", "for", "and", "de", "del", "la", "los", "al", "el"])
_ORDINAL_RE: Final = regex.compile(r"\d++(?:st|nd|rd|th)")
_STOP: Final = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "by", "to", "for", "from", "with", "and", "or", "but", "as", "is", "was", "were", "are", "be", "been", "this", "that", "these", "those", "its", "their", "his", "her", "our", "they", "he", "she", "it", "we", "said", "says", "against", "between", "into", "during", "after", "before", "under", "over", "said"]
)


#: The most name words read before a head, and after "of" (longer runs of
#: capitals are headlines or lists, and the walk must stay bounded).
_MAX_WORDS: Final = 8


def _joined(text: str, end: int, start: int) -> bool:
    gap = text[end:start]
    if gap == " ":
        return True
    return len(gap) <= 3 and all(c in " -'’\n" for c in gap) and "\n\n" not in gap


def _capital(text: str, start: int, word: str) -> bool:
    return text[start].isupper() or (word[:1].isdigit() and bool(_ORDINAL_RE.fullmatch(word)))


def find_org_names(
    text: str,
    tokens: Tokens,
    taken: Sequence[tuple[int, int]],
    *,
    shouting: bool,
    hits: list[int] | None = None,
    _doomed: bool = True,
) -> list[tuple[int, int]]:
    """
    Spans of organisation-like names in *text* that overlap nothing in *taken*.

    >>> from conflictparse._text import fold
    >>> from conflictparse.parsers.actors._index import tokenize
    >>> t = "Gunmen of the Popular Revolutionary Vanguard Front attacked a bus."
    >>> [t[s:e] for s, e in find_org_names(t, tokenize(fold(t)), [], shouting=False)]
    ['Popular Revolutionary Vanguard Front']

    *hits*, when given, are the tokens of a superset of :data:`HEADS`, in
    order (a caller's one pass for several uses).

    (``_doomed=False`` turns off the shortcut that gives up a name whose
    left walk reached a taken span, for the tests that compare both.)
    """
    # (token k spans offsets[k] + k to offsets[k + 1] + k; empty tokens are
    # gaps of more than one separator, skipped by next_word / previous_word)
    words, offsets = tokens.words, tokens.offsets
    # the words of HEADS picked out in C, then the capital tested on those only
    named = (
        compress(range(len(words)), map(HEADS.__contains__, words))
        if hits is None
        else [h for h in hits if words[h] in HEADS]
    )
    heads = list(named) if shouting else [h for h in named if text[offsets[h] + h].isupper()]
    if not heads:
        return []
    busy = Busy(taken)
    taken_starts, taken_ends = busy.starts, busy.ends  # sorted by start
    out: list[tuple[int, int]] = []
    n = len(words)
    after = 0
    # Heads given up as doomed: head -> (floor, name words read before the
    # taken span). A later head whose left walk reaches one of them with the
    # same floor would read the same words from there on: it is doomed too,
    # unless the longer run reaches the word limit first (a run of capitals
    # with a dictionary name every few words is walked once, not per head).
    doomed_heads: dict[int, tuple[int, int]] = {}
    for h in heads:
        if h < after:
            continue
        # A name reaching left into a taken span (the dictionary's "Taliban"
        # before "Taliban Kabul Province Army") overlaps it and is dropped; when
        # no "of" can extend it right, dropping it leaves nothing else behind
        # (the next heads start after it), so the walk stops there.
        floor = -1
        h_start, h_end = offsets[h] + h, offsets[h + 1] + h
        k = h + 1 if h + 1 < n and words[h + 1] else next_word(words, h)
        if _doomed and taken_starts and not (
            k < n and words[k] == "of" and _joined(text, h_end, offsets[k] + k)
        ):
            t = bisect_right(taken_starts, h_start) - 1
            if t >= 0 and taken_ends[t] <= h_start:
                floor = taken_ends[t]
        # walk left over the name words
        doomed = False
        first = h
        names: list[str] = []
        j = h - 1 if h >= 1 and words[h - 1] else previous_word(words, h)
        first_start = h_start
        while (
            j >= 0
            and len(names) < _MAX_WORDS
            and (
                (first - j == 1 and text[first_start - 1] == " ")  # the common gap
                or _joined(text, offsets[j + 1] + j, first_start)
            )
        ):
            key = words[j]
            j_start = offsets[j] + j
            if shouting:
                ok = (
                    key in ORG_WORDS
                    or key in HEADS
                    or (key[:1].isdigit() and bool(_ORDINAL_RE.fullmatch(key)))
                )
            else:
                ok = (
                    text[j_start].isupper() or _capital(text, j_start, key)
                ) and key not in _STOP
            if not ok:
                break
            if j_start < floor:
                doomed = True  # a name word in a taken span: see above
                break
            if j in doomed_heads:
                seen_floor, seen = doomed_heads[j]
                if seen_floor == floor and len(names) + 1 + seen < _MAX_WORDS:
                    names.extend(repeat("", seen + 1))  # (only counted below)
                    doomed = True
                    break
            names.append(key)
            first = j
            first_start = j_start
            j = j - 1 if j >= 1 and words[j - 1] else previous_word(words, j)
        if doomed:
            doomed_heads[h] = (floor, len(names))
            continue
        if shouting and names and j >= 0 and _joined(text, offsets[j + 1] + j, first_start):
            key = words[j]
            if (
                key not in _STOP
                and len(key) >= 4
                and not key.endswith(("ed", "ing", "ly"))
                and key not in HEADS
            ):
                names.append(key)
                first = j
        # extend right: "Army of National Liberation"
        last = h
        if k < n and words[k] == "of" and _joined(text, h_end, offsets[k] + k):
            before = k
            m = next_word(words, k)
            if m < n and words[m] == "the":
                before = m
                m = next_word(words, m)
            read: list[str] = []
            while (
                m < n
                and len(read) < _MAX_WORDS
                and _joined(text, offsets[m] + before, offsets[m] + m)
            ):
                key = words[m]
                if shouting:
                    ok = key in ORG_WORDS or key in HEADS
                else:
                    ok = _capital(text, offsets[m] + m, key) and key not in _STOP
                if not ok:
                    break
                read.append(key)
                before = m
                m = next_word(words, m)
            if read and any(w in ORG_WORDS for w in read):
                last = before
                names.extend(read)
        has_org_word = any(w in ORG_WORDS for w in names)
        if shouting and len(names) < 2:
            continue  # "MILITARY DETACHMENT", "SOCIAL FORCES": too generic in capitals
        if not names or not (
            has_org_word
            or (not shouting and len(names) >= 2)
            or (len(names) == 1 and _ORDINAL_RE.fullmatch(names[0]))  # "3rd Battalion"
        ):
            continue
        if not shouting and all(w in HEADS for w in names):
            continue
        start, end = offsets[first] + first, offsets[last + 1] + last
        if last in tokens.stems:
            end -= 2  # "Brigade's": the name without the possessive
        if busy.free(start, end):
            out.append((start, end))  # names are found left to right: no overlaps
        after = last + 1
    return out
