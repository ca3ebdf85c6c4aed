"""
"Town, Region" pairs: a town and, after a comma, the region it lies in.

Wire copy places a town by the state, province or county written after
it: "Fresno, Calif.", "Vienna, Va.", "Croft, Yorkshire", "Lurgan, Co.
Armagh". The two names are read together: the region is reported (an AP
abbreviation such as "Calif." counts only there, where it cannot be a
person's initial such as Bangladesh's "Md."), and the town is the one of
that name in that region, or, when the gazetteer knows none there, a place
of the region the gazetteer lacks.

>>> from conflictparse import Document
>>> from conflictparse.parsers.places import find_places
>>> doc = Document(text="A tornado tore through Vienna, Va., on Monday.")
>>> [(m.text, m.country, m.admin1) for m in find_places(doc)]
[('Vienna', 'US', 'US-VA'), ('Va.', 'US', 'US-VA')]
>>> doc = Document(text="Flooding closed roads around Croft, Yorkshire.")
>>> [(m.text, m.kind, m.country) for m in find_places(doc)]
[('Croft', 'populated_place', 'GB'), ('Yorkshire', 'district', 'GB')]
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Callable, Sequence
from typing import Final

import regex

from conflictparse._data import read_tsv
from conflictparse.parsers.places._gazetteer import Place
from conflictparse.parsers.places._tables import (
    _key,
    _subdivisions,
    admin1_display,
    admin1_geonames_ids,
    admin1_names,
    country_names,
    features,
)
from conflictparse.results import PlaceMention, Provenance, Span, _trusted_builder

__all__ = ["region_pairs"]

#: Keyword builders of the results made per name (the checks and errors of
#: ``PlaceMention(**kw)`` etc., fewer instructions).
_new_place: Final = _trusted_builder(PlaceMention)
_new_span: Final = _trusted_builder(Span)
_new_provenance: Final = _trusted_builder(Provenance)

#: A comma after a word, then the region: an abbreviation with its dots
#: ("Calif.", "N.C.", "W.Va.", "Co. Armagh") or one to three capitalised
#: words ("Norfolk", "North Yorkshire", "Tyne and Wear").
_REGION_AFTER_COMMA: Final = regex.compile(
    r"""
    (?<=[\p{L}\p{M}.]),[ ]
    (?P<region>
      (?:Co\.|County)[ ]\p{Lu}\p{Ll}++         # Irish counties: "Co. Armagh"
      | (?:\p{Lu}\.){2,3}+(?:\p{Lu}\p{Ll}++\.)?+  # "N.C.", "P.E.I.", "W.Va."
      | \p{Lu}\p{Ll}{1,4}+\.                   # "Calif.", "Md.", "Ala."
      | \p{Lu}\p{L}++(?:[ ](?:and[ ])?+\p{Lu}\p{Ll}++){0,2}+  # "North Yorkshire"
    )
    """,
    regex.VERBOSE,
)

#: The noun of a first-level unit right after its name ("Kaduna State",
#: "Tillaberi region"), part of the region written after a town.
_UNIT_NOUN_AFTER: Final = regex.compile(
    r" (?:[Ss]tate|[Pp]rovince|[Rr]egion|[Gg]overnorate|[Dd]epartment|[Oo]blast)\b"
)

#: The capitalised words (one to three) ending the text before the comma:
#: the town ("Oulton Park", "Estey's Bridge").
_TOWN_BEFORE: Final = regex.compile(
    r"""
    (?:(?<=^)|(?<=[^\p{L}\p{M}\p{N}'\u2019.\-]))
    (?P<town>\p{Lu}[\p{L}\p{M}'\u2019\-]*+(?:[ ]\p{Lu}[\p{L}\p{M}'\u2019\-]*+){0,2}+)
    \Z
    """,
    regex.VERBOSE,
)

#: What may come right after a region written in full ("Norfolk", "Ohio"):
#: the end of the clause. After a name and " and" it is a list ("Kabul,
#: Kandahar and Herat"), not a town and its region.
_CLAUSE_END: Final = frozenset('.,;:)(\n\u2014\u2013-!?"\u201d')

#: Words before the town that make it a place ("in Croft, Yorkshire").
_PLACE_WORDS_BEFORE: Final = frozenset(
    ["in", "at", "near", "from", "outside", "to", "into", "around", "and"]
)

#: Abbreviations that are also people's initials: Bangladesh's "Md." and
#: "Mo." for Mohammed ("Dhaka, Md. Rahman said"). A capitalised word after
#: them is a name unless the town lies in the state; after any other
#: abbreviation, when the gazetteer knows the town only elsewhere.
_NAME_ABBREVIATIONS: Final = frozenset(["Md.", "Mo."])

#: Last words of an unknown name that make it a district ("Prince William
#: County, Virginia").
_DISTRICT_WORDS: Final = frozenset(
    ["County", "District", "Parish", "Township", "Borough"]
)

_TOWN_KINDS: Final = frozenset(["city", "town", "village", "populated_place", "unknown"])


@functools.cache
def _after_town() -> dict[str, tuple[str, str]]:
    """
    Region names valid only after a town: written form -> ISO code and
    kind (``"abbreviation"`` or ``"county"``).
    """
    return {
        name: (code, kind)
        for name, code, kind in read_tsv("places_after_town.tsv", columns=3)
    }


@functools.cache
def _second_level() -> dict[str, str]:
    """
    The lookup keys of ISO 3166-2 subdivisions below the first level
    ("norfolk" -> "GB-NFK"); names shared by several codes are left out.
    """
    seen: dict[str, set[str]] = {}
    names, first_level = _subdivisions()
    for code, name in names.items():
        if code not in first_level:
            seen.setdefault(_key(name.split(" [")[0]), set()).add(code)
    return {k: next(iter(v)) for k, v in seen.items() if len(v) == 1 and k}


@functools.lru_cache(maxsize=4096)
def _region_of(written: str) -> tuple[str, str, str] | None:
    """
    The region *written* names: its ISO code, how much of *written* it
    spans, and its source: ``"abbreviation"`` ("Calif.") or ``"county"``
    ("Yorkshire") of :func:`_after_town`, ``"country"`` (its alpha-2
    code), else ``"subdivision"`` (an ISO 3166-2 name, first level or
    below), longest words first.
    """
    known = _after_town().get(written)
    if known is not None:
        return known[0], written, known[1]
    words = (written[:-1] if written.endswith(".") else written).split(" ")
    for n in range(len(words), 0, -1):
        part = " ".join(words[:n])
        if part.endswith(" and"):
            continue
        known = _after_town().get(part)
        if known is not None:
            return known[0], part, known[1]
        key = _key(part)
        country = country_names().get(key)
        if country is not None:
            return country, part, "country"  # "Visbek, Germany"
        codes = admin1_names().get(key, ())
        if len(codes) == 1:
            return codes[0], part, "subdivision"
        if codes:
            return None  # several provinces of that name: left to the context
        code = _second_level().get(key)
        if code is not None:
            return code, part, "subdivision"
        feature = features().get(key)
        if feature is not None and feature.kind == "district" and feature.admin1:
            # "Mir Ali, North Waziristan": a district the features table
            # knows, in one province (read by the first pass: only the
            # town moves there)
            return feature.admin1, part, "feature"
    return None


def _town_abroad_of(towns: Sequence[Place], country: str) -> bool:
    """Whether *towns* (a region's name read as towns) lie only outside *country*."""
    return bool(towns) and all(t.country != country for t in towns)


def _in_region(t: Place, code: str) -> bool:
    """Whether town *t* lies in the region of ISO code *code*."""
    if len(code) == 2:
        return t.country == code
    if t.admin1 == code:
        return True
    # a county below the first level: its country is what is known
    return code not in admin1_display_first() and t.country == code[:2]


@functools.cache  # (called per candidate: one C-level call)
def admin1_display_first() -> frozenset[str]:
    """The ISO 3166-2 codes of first-level subdivisions."""
    return _subdivisions()[1]


#: A town known only abroad of fewer people than this, written after a
#: preposition and before a country's name, is a place of that country the
#: gazetteer lacks.
_NAMESAKE_MAX: Final = 100_000


def region_pairs(
    text: str,
    out: Sequence[PlaceMention],
    towns_of: Callable[[str], tuple[Place, ...]],
    town_kind: Callable[[Place], str],
    in_actor: Callable[[int, int], bool] | None = None,
) -> list[PlaceMention]:
    """
    *out* (sorted by start) with the "Town, Region" pairs of *text* read
    together: the region's mention added or replaced, the town's reading
    moved into the region. A town for which *in_actor* (start, end) is
    true lies inside an actor's name ("Boko Haram, Nigeria"): no pair.
    """
    if ", " not in text:
        return list(out)
    by_end = {m.end: i for i, m in enumerate(out)}
    starts = [m.start for m in out]
    result: list[PlaceMention | None] = list(out)
    added: list[PlaceMention] = []
    # (no timeout, which reads the process clock, a system call, at each
    # match: from each comma the pattern reads at most three words, once)
    for m in _REGION_AFTER_COMMA.finditer(text):
        comma = m.start()
        found = _region_of(m.group("region"))
        if found is None:
            continue
        code, written, source = found
        rs = m.start("region")
        re_ = rs + len(written)
        unit = None
        if source == "subdivision" and len(code) > 2:
            # "Kurmin Masara, Kaduna State": the unit's own noun goes with it
            # (and makes the pair no list of towns: "Boni, Tillaberi region")
            unit = _UNIT_NOUN_AFTER.match(text, re_)
            if unit is not None:
                re_ = unit.end()
        if not written.endswith(".") and not _clause_ends(text, re_):
            continue  # "Kabul, Kandahar and Herat": a list
        if _clause_goes_on(text, re_):
            continue  # "Kabul, U.S. officials said": the region opens a clause
        if (
            source == "subdivision"
            and code not in admin1_display_first()
            and any(t.country == code[:2] for t in towns_of(_key(written)))
        ):
            continue  # "Leeds, Birmingham.": a city that is also a borough, a list
        # the town: a mention ending at the comma, else the capitalised words
        ti = by_end.get(comma)
        town_mention = result[ti] if ti is not None else None
        if town_mention is not None and (
            town_mention.kind not in _TOWN_KINDS
            or town_mention.role not in ("place", "dateline")
        ):
            continue  # "Jordan, Ohio": a country, a province or an actor first
        # (60 characters: no timeout, which reads the process clock twice)
        tm = _TOWN_BEFORE.search(text, max(0, comma - 60), comma)
        if tm is None:
            continue
        ts, te = tm.span("town")
        covered: list[int] = []
        if town_mention is not None:
            ts = town_mention.start
        else:
            covered = _overlapping(starts, result, ts, te)
            if covered and not _replaceable(result, covered, ts, te, code):
                continue  # "Fairfax County, Virginia": read in the region already
        if in_actor is not None and in_actor(ts, te):
            continue  # "Boko Haram, Nigeria": an actor's name, no town
        surface = text[ts:te]
        towns = towns_of(_key(surface))
        inside = [t for t in towns if _in_region(t, code)]
        if not inside and code == "CG" and _key(written) == "congo":
            # "Goma, Congo": bare "Congo" is the DRC when the town is one of its
            inside = [t for t in towns if t.country == "CD"]
            if inside:
                code = "CD"
        if not inside:
            if (
                source == "subdivision"
                and towns
                and unit is None
                # ("in Leon, Guanajuato": a town known only abroad of the
                # province's country, after a preposition, lies in it)
                and (
                    any(t.country == code[:2] for t in towns)
                    or not _place_before(text, ts)
                    # ("in Copenhagen, Hamburg, Brasov and Mannheim": a list)
                    or (text.startswith(", ", re_) and text[re_ + 2 : re_ + 3].isupper())
                    # ("from Liverpool, Manchester.": a town abroad, no parish
                    # of Jamaica)
                    or _town_abroad_of(towns_of(_key(written)), code[:2])
                )
            ):
                continue  # "Kabul, Kandahar.", "Liverpool, Manchester.": a list
            if (
                source == "abbreviation"
                and (towns or written in _NAME_ABBREVIATIONS)
                and _capital_after(text, re_)
            ):
                # "Dhaka, Md. Rahman said", "Quetta, Pa. Khan reported": a
                # person's initial after a town known elsewhere
                continue
            if town_mention is None and not _place_before(text, ts):
                continue  # an unknown name that nothing marks as a place
            if _serial_list(text, re_):
                continue  # "Washington, Qatar, and Egypt": a list
        elif source in ("country", "feature") and _serial_list(text, re_):
            continue  # "Washington, Britain, and Germany": a list
        town = _town_mention(text, ts, te, code, inside, town_mention, town_kind)
        if source in ("country", "feature"):
            # the country is read by the first pass: only the town moves there
            if (
                town is not None
                and (
                    town_mention is not None
                    # (or a small namesake abroad only: "villagers in
                    # Darqad, Syria" is no Darqad of Afghanistan)
                    or (
                        _place_before(text, ts)
                        and (
                            inside
                            or not towns
                            or max(t.population for t in towns) < _NAMESAKE_MAX
                        )
                    )
                )
                and not _list_goes_on(text, re_, starts)
            ):
                _take(result, town, ti, covered)
                added.append(town)
            continue
        # the region's mention, replacing the reading of its words
        region = _region_mention(text, rs, re_, code, county=source == "county")
        inner = _overlapping(starts, result, rs, re_)
        if any(result[i].end > re_ or result[i].start < rs for i in inner):  # type: ignore[union-attr]
            continue  # a longer name there ("Norfolk Southern")
        for i in inner:
            old = result[i]
            assert old is not None
            if (
                old.span == region.span
                and old.country == region.country
                and old.kind not in _TOWN_KINDS
                and (old.admin1 == region.admin1 or region.admin1 is None)
            ):
                # "Columbus, Ohio": read so already (a town's reading is
                # not: "Celaya, Guanajuato" names the state)
                region = old
            result[i] = None
        added.append(region)
        if town is not None:
            _take(result, town, ti, covered)
            added.append(town)
    if not added:
        return list(out)
    merged = [m for m in result if m is not None] + added
    merged.sort(key=lambda x: (x.start, x.end))
    return merged


#: No mention is longer than this (a name of five words): how far back an
#: overlap is looked for.
_LONGEST: Final = 200


def _overlapping(
    starts: list[int], mentions: list[PlaceMention | None], start: int, end: int
) -> list[int]:
    """
    The indices of the *mentions* (sorted by start; *starts* their starts)
    that overlap ``[start, end)``: a bisection and a short walk back, so
    that many pairs in a long text cost no quadratic time.
    """
    found: list[int] = []
    i = bisect.bisect_left(starts, end) - 1
    while i >= 0 and starts[i] > start - _LONGEST:
        x = mentions[i]
        if x is not None and x.end > start:
            found.append(i)
        i -= 1
    return found


def _list_goes_on(text: str, end: int, starts: list[int]) -> bool:
    """A comma and another name right after ("Saipan, Guam, Alaska"): a list."""
    if text[end : end + 2] != ", ":
        return False
    i = bisect.bisect_left(starts, end + 2)
    return i < len(starts) and starts[i] == end + 2


def _serial_list(text: str, end: int) -> bool:
    """A comma and "and" or "or" right after the region: a list with a serial comma."""
    return text.startswith((", and ", ", or "), end)


#: Nouns that carry on a clause after a country or region written as its
#: modifier: "U.S. officials", "U.K. Forces said".
_CLAUSE_NOUNS: Final = frozenset(
    [
        "officials",
        "official",
        "forces",
        "troops",
        "soldiers",
        "officers",
        "police",
        "army",
        "military",
        "government",
        "authorities",
        "sources",
        "diplomats",
        "envoy",
        "envoys",
        "embassy",
        "ministry",
        "navy",
        "marines",
        "intelligence",
        "president",
        "spokesman",
        "spokeswoman",
        "minister",
        "ambassador",
        "agents",
        "lawmakers",
        "senator",
        "media",
        "citizens",
        "nationals",
        "aid",
    ]
)


def _clause_goes_on(text: str, end: int) -> bool:
    """
    Whether the region at *end* is followed by a word that continues its
    clause, so that the region opens a new one: a lower-case word ("U.S.
    officials said", "U.S. and Afghan"), a hyphen compound ("U.S.-backed")
    or a noun such as "Officials" or "Forces".
    """
    if text[end : end + 1] == ".":
        end += 1  # "U.S." is read as "U.S"
    nxt = text[end : end + 1]
    if nxt in ("-", "\u2010", "\u2011"):
        return text[end + 1 : end + 2].isalpha()
    if nxt != " ":
        return False
    word = text[end + 1 : end + 16].split(" ", 1)[0].rstrip(".,;:!?")
    if not word or not word[0].isalpha():
        return False
    return word[0].islower() or word.lower() in _CLAUSE_NOUNS


def _take(
    mentions: list[PlaceMention | None],
    town: PlaceMention,
    ti: int | None,
    covered: list[int],
) -> None:
    """Drop the readings the *town*'s new mention replaces."""
    if ti is not None:
        mentions[ti] = None
    for i in covered:
        mentions[i] = None  # "MARION" of "MARION COUNTY, SC"


def _replaceable(
    mentions: list[PlaceMention | None],
    covered: list[int],
    start: int,
    end: int,
    code: str,
) -> bool:
    """
    Whether the mentions *covered* inside the town's words ("MARION" of
    "MARION COUNTY, SC") give way to the town: each lies inside
    ``[start, end)``, is a town or district, and none lies in the region.
    """
    for i in covered:
        x = mentions[i]
        if x is None:
            continue
        if x.start < start or x.end > end or x.kind not in _TOWN_KINDS | {"district"}:
            return False
        if x.country == code[:2] and (
            x.admin1 == code or code not in admin1_display_first()
        ):
            return False
    return True


def _clause_ends(text: str, end: int) -> bool:
    """
    Whether the clause ends at *end*: the text ends, or punctuation follows,
    or a space and an opening bracket or a dash ("Ohio (AP)").
    """
    nxt = text[end : end + 1]
    if not nxt or nxt in _CLAUSE_END:
        return True
    return nxt == " " and text[end + 1 : end + 2] in _CLAUSE_OPENERS


#: What may follow a region and a space: "COLUMBUS, Ohio (AP) --".
_CLAUSE_OPENERS: Final = frozenset(["(", "-", "\u2014", "\u2013"])


def _capital_after(text: str, end: int) -> bool:
    """A capitalised word right after the abbreviation ("Md. Rahman")."""
    rest = text[end : end + 3]
    return rest[:1] == " " and rest[1:2].isupper()


def _place_before(text: str, start: int) -> bool:
    """
    A preposition, a line start or a colon right before an unknown town
    ("in Croft, Yorkshire", "July: Snetterton, Norfolk").
    """
    head = text[max(0, start - 12) : start]
    if not head.strip() or head.rstrip(" ")[-1:] == "\n":
        # a dateline is written in capitals ("HORRY COUNTY, SC"); a name
        # opening the text in mixed case may be a person's ("Lisa Grant, MD")
        return text[start : start + 30].split(",")[0].isupper()
    if head.rstrip(" ")[-1:] in (":", "(", "\u2014", "-"):
        return True
    if not head.endswith(" "):
        return False
    words = head.split()
    return bool(words) and words[-1].lower() in _PLACE_WORDS_BEFORE


def _region_mention(
    text: str, start: int, end: int, code: str, *, county: bool
) -> PlaceMention:
    """
    The mention of the region *code* written at ``text[start:end]``; a
    *county* of :func:`_after_town` is named as written.
    """
    surface = text[start:end]
    if county:
        return _new_place(
            text=surface,
            span=_new_span(start=start, end=end),
            name=surface,
            kind="district",
            country=code[:2],
            admin1=code if len(code) > 2 else None,
            precision="district",
            provenance=_new_provenance(
                confidence=0.8, reason="the region written after a town"
            ),
        )
    first = code in admin1_display_first()
    return _new_place(
        text=surface,
        span=_new_span(start=start, end=end),
        name=admin1_display().get(code, surface) if first or "-" in code else surface,
        kind="province" if first else "district",
        country=code[:2],
        admin1=code if first else None,
        admin2=None if first else code,
        geonames_id=admin1_geonames_ids().get(code) if first else None,
        precision="province" if first else "district",
        provenance=_new_provenance(
            confidence=0.9, reason="the region written after a town"
        ),
    )


def _town_mention(
    text: str,
    start: int,
    end: int,
    code: str,
    inside: list[Place],
    old: PlaceMention | None,
    town_kind: Callable[[Place], str],
) -> PlaceMention | None:
    """
    The town before the region: the most populous of that name inside the
    region, else a place of the region the gazetteer lacks; *old* kept
    when it lies there already.
    """
    surface = text[start:end]
    role = old.role if old is not None else "place"
    precision = old.precision if old is not None else "exact"
    country = code[:2]
    first = len(code) > 2 and code in admin1_display_first()
    if inside:
        t = max(inside, key=lambda p: p.population)
        if old is not None and old.geonames_id == t.geonames_id:
            return None
        return _new_place(
            text=surface,
            span=_new_span(start=start, end=end),
            name=t.name,
            kind=town_kind(t),
            role=role,
            country=t.country,
            admin1=t.admin1,
            admin2=t.admin2,
            latitude=t.latitude,
            longitude=t.longitude,
            geonames_id=t.geonames_id,
            precision=precision,
            provenance=_new_provenance(
                confidence=0.9, reason="the town of that name in the region after it"
            ),
        )
    if old is not None and old.country == country and (not first or old.admin1 == code):
        return None
    district = surface.rsplit(" ", 1)[-1].title() in _DISTRICT_WORDS
    return _new_place(
        text=surface,
        span=_new_span(start=start, end=end),
        name=surface,
        kind="district" if district else "populated_place",
        role=role,
        country=country,
        admin1=code if first else None,
        precision="district" if district else precision,
        provenance=_new_provenance(
            confidence=0.6, reason="not in the gazetteer; in the region after it"
        ),
    )
