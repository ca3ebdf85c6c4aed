"""
Second-level subdivisions named with their cue: "in Soum province" (a
province of Burkina Faso's Sahel region), "Tillaberi region" is first
level and found elsewhere.

The names are the ISO 3166-2 subdivisions below the first level in
``places_subdivisions.tsv``; a name is read only right before a cue word
("province", "district", ...), and only when no other reading took it.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import operator
from collections import Counter
from collections.abc import Sequence
from typing import Final

import regex

from conflictparse._document import Document
from conflictparse.parsers.places._tables import _key, _subdivisions
from conflictparse.results import PlaceMention, Provenance, Span, _trusted_builder

__all__ = ["second_level_parents", "second_level_places"]

_new_place: Final = _trusted_builder(PlaceMention)
_new_span: Final = _trusted_builder(Span)
_new_provenance: Final = _trusted_builder(Provenance)

#: The cue words, one of which is in every match of :data:`_CUE_WORD`.
_CUES: Final = ("province", "district", "prefecture", "department")

#: A cue word after a space: the scan looks for these first (a literal
#: alternation, cheap) and reads the name before each only then.
_CUE_WORD: Final = regex.compile(r"[ ](?P<cue>province|district|prefecture|department)\b")

_NAME_BEFORE: Final = regex.compile(
    r"""
    (?<![\p{L}\p{N}\-'\u2019])
    (?P<name>\p{Lu}[\p{Ll}'\u2019\-]{2,}+(?:[ ]\p{Lu}[\p{Ll}'\u2019\-]{2,}+)?+)  # one or two words
    \Z                                                                       # right before the cue
    """,
    regex.VERBOSE,
)

#: How far before a cue a name may start (two words of up to 30 letters).
_WINDOW: Final = 64

#: Capitalised words that are no names before a cue ("the Northern district").
_NOT_NAMES: Final = frozenset(
    [
        "the",
        "a",
        "this",
        "that",
        "its",
        "his",
        "her",
        "their",
        "every",
        "each",
        "central",
        "eastern",
        "northern",
        "western",
        "southern",
        "north",
        "south",
        "east",
        "west",
        "capital",
        "new",
        "same",
        "next",
        "neighbouring",
        "neighboring",
        "federal",
        "national",
        "border",
    ]
)


@functools.cache
def _second_level_names() -> dict[str, tuple[str, ...]]:
    """The lookup key of every ISO 3166-2 name below the first level -> its codes."""
    names, first_level = _subdivisions()
    out: dict[str, list[str]] = {}
    for code, name in names.items():
        if code not in first_level:
            out.setdefault(_key(name), []).append(code)
    return {k: tuple(v) for k, v in out.items()}


@functools.lru_cache(maxsize=256)
def _parent(code: str) -> str | None:
    """The first-level subdivision above *code* (read from pycountry, on first use only)."""
    import pycountry

    first_level = _subdivisions()[1]
    parent: str | None = code
    while parent is not None:
        # pycountry's Database.get has no annotations
        sub = pycountry.subdivisions.get(code=parent)  # type: ignore[no-untyped-call]
        up = getattr(sub, "parent_code", None) if sub is not None else None
        parent = up if isinstance(up, str) else None
        if parent in first_level:
            return parent
    return None


def _reaches(found: Sequence[PlaceMention]) -> tuple[list[int], list[int]]:
    """
    The starts of *found*'s spans in order, and how far the spans up to
    each reach: a span overlaps one of them when some span starting
    before its end reaches past its start (one bisection per question).
    """
    spans = sorted((f.span.start, f.span.end) for f in found)
    return [a for a, _ in spans], list(itertools.accumulate((b for _, b in spans), max))


def _cue_words(text: str) -> list[regex.Match[str]]:
    """
    The matches of :data:`_CUE_WORD` in *text*, in order, as its
    ``finditer`` gives them: the pattern matched where ``str.find`` finds a
    space and a cue word (no two matches can overlap: each starts with a
    space, which no cue word holds). Its scan from every offset costs some
    140 instructions per character.
    """
    found: list[regex.Match[str]] = []
    for cue in _CUES:
        needle = " " + cue
        at = text.find(needle)
        while at >= 0:
            # (anchored and bounded by the cue's length: no time limit needed)
            m = _CUE_WORD.match(text, at)
            if m is not None:
                found.append(m)
            at = text.find(needle, at + 1)
    if len(found) > 1:
        found.sort(key=_START)
    return found


_START: Final = operator.methodcaller("start")


def second_level_places(
    doc: Document, found: Sequence[PlaceMention], context: Counter[str]
) -> list[PlaceMention]:
    """
    The second-level subdivisions of *doc* named before a cue and not
    overlapping a mention of *found*; a name of several countries needs
    the story's evidence (*context*) for one of them.

    >>> from conflictparse import Document
    >>> doc = Document(text="Gunmen attacked a market in Soum province on Saturday.")
    >>> [(m.text, m.country, m.admin1, m.admin2) for m in second_level_places(doc, [], Counter())]
    [('Soum', 'BF', 'BF-12', 'BF-SOM')]
    """
    text = doc.text
    if doc.shouting or not any(cue in text for cue in _CUES):
        return []
    out: list[PlaceMention] = []
    starts: list[int] | None = None
    reach: list[int] = []
    for c in _cue_words(text):
        at = c.start()
        lo = at - _WINDOW if at > _WINDOW else 0
        # a short window: no time limit needed (possessive runs, bounded text)
        m = _NAME_BEFORE.search(text, lo, at)
        if m is None or (m.start() == lo and lo > 0):
            continue  # no name, or one cut by the window's start
        name = m.group("name")
        s, e = m.span()
        owner = max(name.find("'s "), name.find("\u2019s "))
        if owner >= 0:
            # "Burkina Faso's Yagha province": the possessor is no part of the name
            s += owner + 3
            name = name[owner + 3 :]
        key = _key(name)
        codes = _second_level_names().get(key)
        if name.split()[0].lower() in _NOT_NAMES:
            continue
        if not codes and (c.group("cue") != "department" or key in _OFFICE_NAMES):
            continue
        if starts is None:
            starts, reach = _reaches(found)
        i = bisect.bisect_left(starts, e)
        if i and reach[i - 1] > s:
            continue  # inside (or across) a mention found before
        if not codes:
            if (home := _department_country(context)) is not None:
                # "Tongomayel department" in a story about Burkina
                # Faso: a unit below the province, which ISO 3166-2
                # does not list
                admin1 = _admin1_near(text, c.end(), found, home)
                out.append(_unlisted_department(name, s, e, home, admin1))
            continue
        if len(codes) > 1:
            codes = tuple(c for c in codes if context.get(c[:2], 0) > 0)
            if len({c[:2] for c in codes}) != 1:
                continue  # a name of several countries, none (or several) in the story
        code = codes[0]
        out.append(
            _new_place(
                text=name,
                span=_new_span(start=s, end=e),
                name=name,
                kind="province" if c.group("cue") == "province" else "district",
                country=code[:2],
                admin1=_parent(code),
                admin2=code,
                precision="district",
                provenance=_new_provenance(
                    confidence=0.8, reason="second-level subdivision by its cue"
                ),
            )
        )
    return out


#: Countries whose provinces or regions hold "departments" that ISO 3166-2
#: does not list (Burkina Faso, Niger, Chad, Cameroon, Senegal, Gabon):
#: there a capitalised name before a lower-case "department" is such a unit.
_DEPARTMENT_COUNTRIES: Final = frozenset(["BF", "NE", "TD", "CM", "SN", "GA"])
#: Names of offices before "department" ("the State department"), no units.
_OFFICE_NAMES: Final = frozenset(
    ["state", "justice", "defense", "defence", "police", "health", "treasury", "fire"]
)


def _department_country(context: Counter[str]) -> str | None:
    """The story's leading country when its second-level units are departments."""
    if not context:
        return None
    (home, n), *rest = context.most_common(2)
    if home not in _DEPARTMENT_COUNTRIES or (rest and rest[0][1] == n):
        return None
    return home


#: A distance to a place right after a unit's cue: ", about 30 km south
#: of ", " near ", " outside ".
_TOWARD: Final = regex.compile(
    r",?[ ](?:(?:(?:(?:some|about|around|nearly|roughly)[ ])?\d+[ ]"
    r"(?:km|kilometres|kilometers|miles)[ ](?:\(\d+[ ](?:miles|km)\)[ ])?)?"
    r"(?:(?:(?:north|south)(?:-?(?:east|west))?|east|west)[ ]of|from)|near|outside)[ ]"
)


def _admin1_near(
    text: str, at: int, found: Sequence[PlaceMention], country: str
) -> str | None:
    """
    The province of the place of *country* that a distance right after *at*
    measures from: "Tongomayel department, about 30 km south of Djibo".
    """
    m = _TOWARD.match(text, at, at + 60)
    if m is None:
        return None
    near = next((f for f in found if f.span.start == m.end()), None)
    if near is None or near.country != country or near.kind == "country":
        return None
    return near.admin1


def _unlisted_department(
    name: str, s: int, e: int, country: str, admin1: str | None
) -> PlaceMention:
    return _new_place(
        text=name,
        span=_new_span(start=s, end=e),
        name=name,
        kind="district",
        country=country,
        admin1=admin1,
        precision="district",
        provenance=_new_provenance(
            confidence=0.6, reason="a department the tables lack, by its cue"
        ),
    )


def second_level_parents(name: str) -> tuple[str, ...]:
    """
    The first-level subdivisions above the second-level ones called
    *name*: what "in Soum province" after an unknown town tells of it.

    >>> second_level_parents("Soum")
    ('BF-12',)
    """
    codes = _second_level_names().get(_key(name), ())
    return tuple(dict.fromkeys(p for p in map(_parent, codes) if p is not None))
