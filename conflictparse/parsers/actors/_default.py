"""
The shipped dictionary: non-state groups and international forces from
``actors.tsv``, and the state forces and governments of every country,
generated from the ISO country list (:mod:`conflictparse._countries`, built
from pycountry), ``demonyms.tsv`` and the regime periods of
``actors_states.tsv``. The parser reads these actors and their alias index
precomputed (:mod:`conflictparse.parsers.actors._stored`).
"""

from __future__ import annotations

import datetime as _dt
import functools
import hashlib
from typing import Final

from conflictparse._countries import Country, countries
from conflictparse._data import read_bytes, read_text, read_tsv
from conflictparse._text import fold
from conflictparse.errors import DataError
from conflictparse.parsers.actors._dictionary import Actor, ActorDictionary

__all__ = [
    "GENERIC_CLASSES",
    "STATE_CLASSES",
    "country_short_name",
    "default_dictionary",
    "demonym_countries",
    "generic_phrases",
    "source_digest",
    "state_actors",
]

#: The three state actors generated for each country, with their canonical prefix.
STATE_CLASSES: Final = {
    "military": "Military Forces of",
    "police": "Police Forces of",
    "government": "Government of",
}

#: Classes of generic mentions (``actors_generic.tsv``).
GENERIC_CLASSES: Final = (
    "armed",
    "military",
    "police",
    "government",
    "external",
    "junta",
    "protesters",
    "rioters",
)

_MILITARY: Final = (
    "{d} forces", "{d} army", "{d} troops", "{d} soldiers", "{d} military",
    "{d} armed forces", "{d} security forces", "{d} security force members",
    "{d} special forces", "{d} air force", "{d} navy", "{d} government forces",
    "{d} government troops", "{d} regime forces", "{d} national army",
    "{d} army troops", "{d} army soldiers", "{d} military forces", "{d} commandos",
    "{d} warplanes", "{d} marines", "{d} paratroopers", "{d} defence forces",
    "{d} defense forces", "{d} army units", "{d} ground forces", "{d} ground troops", "{d} soldier",
    "{d} troop", "{d} commando", "{d} security force", "{d} personnel", "{d} units",
    "{n} army", "{n} armed forces", "{n} military", "{n} security forces",
    "{n} forces", "{n} troops", "{n} air force", "{n} navy", "armed forces of {n}", "army of {n}",
    "military forces of {n}", "security forces of {n}",
)  # fmt: skip
_POLICE: Final = (
    "{d} police", "{d} policemen", "{d} police officers", "{d} national police",
    "{d} police forces", "{d} police force", "{d} border police", "{d} riot police",
    "{d} gendarmerie", "{d} gendarmes", "{d} policeman", "{d} police officer",
    "{n} police", "police forces of {n}",
    "national police of {n}",
)  # fmt: skip
_GOVERNMENT: Final = (
    "{d} government", "{d} government officials", "{d} authorities", "{d} regime",
    "{d} officials", "{d} defence ministry", "{d} defense ministry",
    "{d} ministry of defence", "{d} ministry of defense", "{d} interior ministry",
    "{d} foreign ministry", "{d} administration", "{d} official", "{d} junta", "{d} cabinet",
    "{n} government", "government of {n}", "{n} authorities", "{n} regime",
    "{n} junta", "{d} military junta", "{n} military junta", "{d} military government",
    "{n} military government", "{n} internationally recognised government",
    "{n} internationally recognized government",
)  # fmt: skip
_TEMPLATES: Final = {"military": _MILITARY, "police": _POLICE, "government": _GOVERNMENT}
#: Plural nouns of a force's members whose singular (the plural less its
#: "s") names one of them: the table's "Thai rangers", "U.S. Marines".
_MEMBER_PLURALS: Final = frozenset(
    ["rangers", "Rangers", "marines", "Marines", "guards", "Guards", "members"]
)


def _short_name(c: Country) -> str:
    """The short English name of a country ("Bolivia", "Iran", "Congo")."""
    name = c.common_name or c.name
    if ", " in name:
        head, tail = name.split(", ", 1)
        name = (
            f"{tail} {head}"
            if tail.endswith((" of", " of the")) or " " not in tail
            else head
        )
    return name


@functools.cache
def country_short_name(code: str) -> str | None:
    """
    The name a country's generated state actors carry ("Sudan",
    "Democratic Republic of Congo"), for naming an unidentified group of it
    as its army is named; ``None`` for an unknown code.

    >>> country_short_name("SD"), country_short_name("CD")
    ('Sudan', 'Democratic Republic of Congo')
    """
    for name, _suffix, _start, _end, _extras in _periods().get(code, ()):
        if name:
            return name
    for c in countries():
        if c.alpha2 == code:
            return _short_name(c)
    return None


@functools.cache
def _demonym_forms() -> dict[str, tuple[str, ...]]:
    """alpha2 -> adjective forms (plural people forms dropped)."""
    try:
        rows = read_tsv("demonyms.tsv", columns=2)
    except DataError:
        return {}
    out: dict[str, tuple[str, ...]] = {}
    for code, forms in rows:
        items = [f.strip() for f in forms.split("|") if f.strip()]
        keep = [f for f in items if not (f.endswith("s") and f[:-1] in items)]
        out[code] = tuple(keep)
    return out


@functools.cache
def demonym_countries() -> dict[str, tuple[str, ...]]:
    """
    Map each folded adjective demonym ("afghan") to the countries it names.

    >>> demonym_countries()["pakistani"]
    ('PK',)
    """
    out: dict[str, list[str]] = {}
    for code, forms in _demonym_forms().items():
        for form in forms:
            out.setdefault(fold(form), []).append(code)
    return {k: tuple(v) for k, v in out.items()}


def _date(value: str, where: str) -> _dt.date | None:
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(
            f"bad date {value!r}", path="actors_states.tsv", line=None
        ) from None


def _periods() -> dict[str, list[tuple[str, str, str, str, tuple[str, str, str]]]]:
    out: dict[str, list[tuple[str, str, str, str, tuple[str, str, str]]]] = {}
    for code, name, suffix, start, end, mil, pol, gov in read_tsv(
        "actors_states.tsv", columns=8
    ):
        out.setdefault(code, []).append((name, suffix, start, end, (mil, pol, gov)))
    return out


def _slug(suffix: str) -> str:
    return "".join(c for c in suffix if c.isdigit() or c == "-").strip("-")


@functools.cache
def state_actors() -> tuple[Actor, ...]:
    """
    The generated state actors: for every ISO 3166-1 country, its military,
    police and government, one of each per regime period.

    >>> mil = [a for a in state_actors() if a.id.startswith("military-af")]
    >>> [a.canonical for a in mil]
    ['Military Forces of Afghanistan (1996-2001)', 'Military Forces of Afghanistan', 'Military Forces of Afghanistan (2021-)']
    >>> "Afghan troops" in mil[1].aliases
    True

    .. versionadded:: 0.1.0
    """
    periods = _periods()
    demonyms = _demonym_forms()
    actors: list[Actor] = []
    for country in countries():
        code = country.alpha2
        rows = periods.get(code) or [("", "", "", "", ("", "", ""))]
        for name, suffix, start, end, extras in rows:
            short = name or _short_name(country)
            names = [short]
            common = country.common_name
            if common and common not in names:
                names.append(common)
            if country.name not in names and "," not in country.name:
                names.append(country.name)
            forms = demonyms.get(code, ())
            # a name the table gives one class is no other class's template
            # name (two actors of one alias would make every mention of it
            # a guess between the military and the government)
            given = [{a.casefold() for a in extra.split("|") if a} for extra in extras]
            for k, ((cls, prefix), extra) in enumerate(
                zip(STATE_CLASSES.items(), extras, strict=True)
            ):
                elsewhere = set().union(*(g for j, g in enumerate(given) if j != k))
                written: list[str] = []
                for template in _TEMPLATES[cls]:
                    if "{d}" in template:
                        written.extend(template.format(d=d) for d in forms)
                    else:
                        written.extend(template.format(n=n) for n in names)
                if elsewhere:
                    written = [a for a in written if a.casefold() not in elsewhere]
                for a in extra.split("|"):
                    if a:
                        written.append(a)
                        # ("a Thai ranger was killed": one member of a force
                        # the table names in the plural, "Thai rangers")
                        head, _, last = a.rpartition(" ")
                        if head and last in _MEMBER_PLURALS:
                            written.append(f"{head} {last[:-1]}")
                canonical = f"{prefix} {short}" + (f" {suffix}" if suffix else "")
                ident = f"{cls}-{code.lower()}" + (f"-{_slug(suffix)}" if suffix else "")
                actors.append(
                    Actor(
                        id=ident,
                        canonical=canonical,
                        kind="state",
                        country=code,
                        valid_from=_date(start, ident),
                        valid_to=_date(end, ident),
                        aliases=tuple(dict.fromkeys(written)),
                    )
                )
    return tuple(actors)


@functools.cache
def default_dictionary() -> ActorDictionary:
    """
    The dictionary the default :class:`ActorParser` uses: the shipped
    non-state groups and international forces plus :func:`state_actors`.

    >>> d = default_dictionary()
    >>> d["isk"].canonical, d["isk"].parent
    ('Islamic State Khorasan Province', 'isis')
    >>> d["military-sy"].valid_to
    datetime.date(2024, 12, 8)

    .. versionadded:: 0.1.0
    """
    return ActorDictionary((*_groups().actors, *state_actors()))


@functools.cache
def _groups() -> ActorDictionary:
    """The non-state groups and international forces of ``actors.tsv``."""
    return ActorDictionary.from_tsv(read_text("actors.tsv"), path="actors.tsv")


def source_digest() -> str:
    """
    A digest of everything the default dictionary and its alias index are
    made from: the shipped tables, the country names and the alias
    templates (``tools/make_actor_index.py`` stores it with the index).

    >>> len(source_digest())
    32
    """
    digest = hashlib.blake2b(b"conflictparse-actor-sources/1", digest_size=16)
    for name in ("actors.tsv", "actors_states.tsv", "demonyms.tsv", "actors_generic.tsv"):
        digest.update(read_bytes(name))
        digest.update(b"\x1e")
    for c in countries():
        digest.update(f"{c.alpha2}\x1f{c.name}\x1f{c.common_name}\x1e".encode())
    digest.update(repr((STATE_CLASSES, _TEMPLATES, sorted(_MEMBER_PLURALS))).encode())
    return digest.hexdigest()


@functools.cache
def generic_phrases() -> tuple[tuple[str, str], ...]:
    """
    The generic phrases and their class, from ``actors_generic.tsv``.

    >>> ("the enemy", "armed") in generic_phrases()
    True
    """
    out: list[tuple[str, str]] = []
    for lineno, (phrase, cls) in enumerate(read_tsv("actors_generic.tsv", columns=2), 1):
        if cls not in GENERIC_CLASSES:
            raise DataError(
                f"unknown class {cls!r}", path="actors_generic.tsv", line=lineno
            )
        out.append((phrase, cls))
    return tuple(out)
