"""
The shipped dictionary in its compiled form, precomputed: its actors and
their alias index.

Building the default dictionary (validating some 1,200 actors read from
TSV and generating the state actors of every country) and its alias index
(folding and splitting some 24,000 aliases) was most of the cost of the
first parse. ``tools/make_actor_index.py`` writes both, finished, to
``data/actors_index.tsv`` with the digest of their sources
(:func:`~conflictparse.parsers.actors._default.source_digest`);
:func:`load_stored` reads them back only when that digest is still the
sources' digest, so a table edited since simply builds the dictionary
afresh, and a user's dictionary always is (and is validated). Tests check
that the stored actors and index equal the ones built from the tables.

The file: a first line ``# conflictparse-actor-index/2 <digest> <actors>
<one> <two>``; then one line per actor in dictionary order,
``id<TAB>canonical<TAB>kind<TAB>country<TAB>valid_from<TAB>valid_to<TAB>parent``
(the columns of a dictionary TSV without the aliases, which only the index
needs); then one line per key of the index, ``key<TAB>entries``: the
*one* one-token keys, then the *two* two-token keys, then the others, each
group sorted;
the entries are ``;``-separated ``target[,flags[,letters]]`` (an actor's
position in the dictionary or a generic class such as ``g:armed``; flags 2
and no letters when left out), and a key with no entries is only a prefix
of longer keys.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from itertools import repeat
from typing import Final

from conflictparse.parsers.actors._dictionary import COLUMNS, Actor, actor_fields_text
from conflictparse.parsers.actors._index import CAPITAL, AliasIndex, Entry, Target
from conflictparse.results import ACTOR_KINDS

__all__ = ["FORMAT", "dump_index", "load_stored"]

#: The tag on the first line; bump it when the index's rules or the layout change.
FORMAT: Final = "conflictparse-actor-index/2"

#: The actor fields a stored row holds, in order (every column of a TSV
#: dictionary but the aliases).
_FIELDS: Final = COLUMNS[:-1]

_KINDS: Final = frozenset(ACTOR_KINDS)
_SET: Final = object.__setattr__


def _entry_text(entry: Entry) -> str:
    target, flags, letters = entry
    if letters:
        return f"{target},{flags},{letters}"
    return str(target) if flags == CAPITAL else f"{target},{flags}"


def dump_index(index: AliasIndex, digest: str, actors: Sequence[Actor] = ()) -> str:
    """
    The stored form of *actors* (their aliases left out) and their alias
    *index*, tagged with the digest of their sources.

    >>> aa = Actor(id="aa", canonical="Arakan Army", kind="rebel", country="MM", aliases=("AA",))
    >>> idx = AliasIndex([("Arakan Army", 0), ("AA", 0), ("the rebels", "g:armed", 0)])
    >>> dump_index(idx, "x", [aa]).splitlines()
    ['# conflictparse-actor-index/2 x 1 3 2', 'aa\\tArakan Army\\trebel\\tMM\\t\\t\\t', 'aa\\t0,1,AA', 'arakan\\t', 'the\\t', 'arakan army\\t0', 'the rebels\\tg:armed,0']
    """
    # the one-token keys first, then the two-token ones, then the others
    rows = sorted(index.rows(), key=lambda row: (min(2, row[0].count(" ")), row[0]))
    one = sum(" " not in key for key, _entries in rows)
    two = sum(key.count(" ") == 1 for key, _entries in rows)
    lines = [f"# {FORMAT} {digest} {len(actors)} {one} {two}"]
    lines.extend(map(actor_fields_text, actors))
    lines.extend(f"{key}\t{';'.join(map(_entry_text, entries))}" for key, entries in rows)
    return "\n".join(lines) + "\n"


def load_stored(text: str, digest: str) -> tuple[tuple[Actor, ...], AliasIndex] | None:
    """
    The actors and alias index stored in *text*, or ``None`` when they were
    made from other sources (the digest is not *digest*) or are damaged.

    The actors are not validated again (the tool built them from validated
    ones, and the digest says their sources have not changed since); a
    damaged row makes the whole file unread.

    >>> aa = Actor(id="aa", canonical="Arakan Army", kind="rebel", aliases=("AA",))
    >>> idx = AliasIndex([("Arakan Army", 0), ("AA", 0)])
    >>> actors, index = load_stored(dump_index(idx, "x", [aa]), "x")
    >>> actors == (Actor(id="aa", canonical="Arakan Army", kind="rebel"),), index.rows() == idx.rows()
    (True, True)
    >>> load_stored(dump_index(idx, "x", [aa]), "y") is None
    True
    """
    head, _, body = text.partition("\n")
    tag, _, counts = head.partition(f" {digest} ")
    if tag != f"# {FORMAT}" or not counts.replace(" ", "").isdigit():
        return None
    try:
        size, one, two = map(int, counts.split(" "))
    except ValueError:  # not three counts
        return None
    *rows, body = body.split("\n", size)
    if len(rows) != size:
        return None
    actors = _actors(rows)
    if actors is None:
        return None
    index = _index(body, size, one, two)
    return None if index is None else (actors, index)


def _actors(rows: list[str]) -> tuple[Actor, ...] | None:
    """The actors of the stored rows, made without running validators; ``None`` if damaged."""
    out: list[Actor] = []
    ids: set[str] = set()
    for row in rows:
        cells = row.split("\t")
        if len(cells) != len(_FIELDS):
            return None
        ident, canonical, kind, country, start, end, parent = cells
        if not (ident and canonical) or kind not in _KINDS or ident in ids:
            return None
        ids.add(ident)
        try:
            valid_from = _dt.date.fromisoformat(start) if start else None
            valid_to = _dt.date.fromisoformat(end) if end else None
        except ValueError:
            return None
        actor = Actor.__new__(Actor)
        _SET(actor, "id", ident)
        _SET(actor, "canonical", canonical)
        _SET(actor, "kind", kind)
        _SET(actor, "country", country or None)
        _SET(actor, "valid_from", valid_from)
        _SET(actor, "valid_to", valid_to)
        _SET(actor, "parent", parent or None)
        _SET(actor, "aliases", ())
        out.append(actor)
    if any(a.parent is not None and a.parent not in ids for a in out):
        return None
    return tuple(out)


def _index(body: str, size: int, one: int, two: int) -> AliasIndex | None:
    """
    The alias index of the stored key lines (*one* one-token keys first,
    then *two* two-token ones), for *size* actors; ``None`` if damaged.
    """
    # keys and cells alternate once line breaks read as tabs: split in C, not line by line
    parts = body.rstrip("\n").replace("\n", "\t").split("\t")
    keys, cells = parts[0::2], parts[1::2]
    if len(keys) != len(cells) or not keys:
        return None
    heads, pairs = keys[:one], keys[one : one + two]
    if " " in "".join(heads) or "".join(pairs).count(" ") != len(pairs):
        return None
    # Most cells are one actor position with the default flags ("1234"):
    # those are read in bulk, in C; the others one by one.
    distinct = set(cells)
    plain = list(filter(str.isdigit, distinct))
    try:
        positions = list(map(int, plain))
    except ValueError:  # a digit int() does not read ("²")
        return None
    if positions and max(positions) >= size:
        return None
    memo: dict[str, tuple[Entry, ...]] = dict(
        zip(plain, zip(zip(positions, repeat(CAPITAL), repeat(""))), strict=True)
    )
    memo[""] = ()  # a key that is only a prefix of longer ones
    try:
        for cell in distinct.difference(memo):
            memo[cell] = tuple(map(_parse_entry, cell.split(";")))
    except ValueError:
        return None
    targets = {e[0] for cell in distinct.difference(plain) for e in memo[cell]}
    if any(isinstance(t, int) and t >= size for t in targets):
        return None
    rows = zip(keys, map(memo.__getitem__, cells), strict=True)
    return AliasIndex.from_rows(rows, heads=heads, pairs=pairs)


def _parse_entry(text: str) -> Entry:
    parts = text.split(",")
    target: Target = int(parts[0]) if parts[0].isdigit() else parts[0]
    if isinstance(target, str) and not target.startswith("g:"):
        raise ValueError(f"bad target {target!r}")
    flags = int(parts[1]) if len(parts) > 1 else CAPITAL
    letters = parts[2] if len(parts) > 2 else ""
    return (target, flags, letters)
