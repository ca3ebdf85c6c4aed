"""
The alias index of the shipped dictionary, precomputed.

Building the index of the default dictionary (some 24,000 aliases) means
folding and splitting every alias, which is most of the cost of the first
parse. ``tools/make_actor_index.py`` writes the finished index to
``data/actors_index.tsv`` with the digest of its sources
(:func:`~conflictparse.parsers.actors._default.source_digest`);
:func:`load_index` reads it back only when that digest is still the
sources' digest, so a table edited since or another pycountry release
simply builds the index afresh, and a user's dictionary always does (a test
checks that the stored index equals the built one).

The file: a first line ``# conflictparse-actor-index/1 <fingerprint>``, then
one line per key of the index, ``key<TAB>entries``, sorted; the entries are
``;``-separated ``target[,flags[,letters]]`` (an actor's position in the
dictionary or a generic class such as ``g:armed``; flags 2 and no letters
when left out), and a key with no entries is only a prefix of longer keys.
"""

from __future__ import annotations

from itertools import compress, repeat
from typing import Final

from conflictparse.parsers.actors._index import CAPITAL, AliasIndex, Entry, Target

__all__ = ["FORMAT", "dump_index", "load_index"]

#: The tag on the first line; bump it when the index's rules change.
FORMAT: Final = "conflictparse-actor-index/1"


def _entry_text(entry: Entry) -> str:
    target, flags, letters = entry
    if letters:
        return f"{target},{flags},{letters}"
    return str(target) if flags == CAPITAL else f"{target},{flags}"


def dump_index(index: AliasIndex, digest: str) -> str:
    """
    The stored form of *index*, tagged with the dictionary's *digest*.

    >>> idx = AliasIndex([("Arakan Army", 0), ("AA", 0), ("the rebels", "g:armed", 0)])
    >>> dump_index(idx, "x").splitlines()
    ['# conflictparse-actor-index/1 x', 'aa\\t0,1,AA', 'arakan\\t', 'arakan army\\t0', 'the\\t', 'the rebels\\tg:armed,0']
    """
    lines = [f"# {FORMAT} {digest}"]
    lines.extend(
        f"{key}\t{';'.join(map(_entry_text, entries))}" for key, entries in index.rows()
    )
    return "\n".join(lines) + "\n"


def load_index(text: str, digest: str, size: int) -> AliasIndex | None:
    """
    The index stored in *text* for a dictionary of *size* actors, or
    ``None`` when it was made from other sources (its digest is not
    *digest*) or is damaged.

    >>> idx = AliasIndex([("Arakan Army", 0), ("AA", 0)])
    >>> load_index(dump_index(idx, "x"), "x", 1).rows() == idx.rows()
    True
    >>> load_index(dump_index(idx, "x"), "y", 1) is None
    True
    """
    head, _, body = text.partition("\n")
    if head != f"# {FORMAT} {digest}":
        return None
    # keys and cells alternate once line breaks read as tabs: split in C, not line by line
    parts = body.rstrip("\n").replace("\n", "\t").split("\t")
    keys, cells = parts[0::2], parts[1::2]
    if len(keys) != len(cells):
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
    memo[""] = ()
    try:
        for cell in distinct.difference(memo):
            memo[cell] = tuple(map(_parse_entry, cell.split(";")))
    except ValueError:
        return None
    targets = {e[0] for cell in distinct.difference(plain) for e in memo[cell]}
    if any(isinstance(t, int) and t >= size for t in targets):
        return None
    # a key with entries: a non-empty cell
    table = dict(compress(zip(keys, map(memo.__getitem__, cells), strict=True), cells))
    return AliasIndex.from_table(table, keys)


def _parse_entry(text: str) -> Entry:
    parts = text.split(",")
    target: Target = int(parts[0]) if parts[0].isdigit() else parts[0]
    if isinstance(target, str) and not target.startswith("g:"):
        raise ValueError(f"bad target {target!r}")
    flags = int(parts[1]) if len(parts) > 1 else CAPITAL
    letters = parts[2] if len(parts) > 2 else ""
    return (target, flags, letters)
