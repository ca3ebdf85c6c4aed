"""
The small place tables: countries and their names, capitals, demonyms,
first-level subdivisions, and named regions, rivers and other features.

Everything is read from ``conflictparse/data`` on first use and cached.
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Sequence
from typing import Final

import attrs

from conflictparse._countries import countries
from conflictparse._data import read_tsv
from conflictparse._text import fold
from conflictparse.errors import DataError

__all__ = [
    "ExtraPlace",
    "Feature",
    "admin1_by_geonames",
    "admin1_display",
    "admin1_keys",
    "admin1_names",
    "capital_country",
    "capitals",
    "country_name",
    "country_names",
    "demonyms",
    "extra_places",
    "features",
    "seat_towns",
]

#: Codes GeoNames uses that pycountry does not list, with their English names.
_EXTRA_COUNTRIES: Final = {"XK": "Kosovo"}


def translation_table(mapping: dict[str, str]) -> tuple[int | str | None, ...]:
    """
    What ``str.maketrans(mapping)`` maps, as a sequence over every code
    point up to the largest it maps (at least the ASCII ones), a deletion
    as ``None``: ``str.translate`` then finds every ASCII character in it
    (a dictionary's miss raises and clears a ``KeyError`` inside, several
    times a hit's cost) and leaves the characters past its end as they are.

    >>> "a-b.c".translate(translation_table({"-": " ", ".": ""}))
    'a bc'
    """
    table = str.maketrans(mapping)
    out: list[int | str | None] = list(range(max(max(table, default=0) + 1, 128)))
    for code, to in table.items():
        out[code] = None if to == "" else to
    return tuple(out)


_DROP: Final = translation_table(
    {".": "", "'": "", "`": "", "-": " ", "\u02bf": "", "\u02be": ""}
)


def _key(name: str) -> str:
    """The lookup key of a name: folded, with dots and 'the ' dropped."""
    # (the same names come back story after story, and the rules of a
    # story ask for the key of one mention several times: one dict look-up
    # instead of a fold, a translate, a split and a join)
    k = _KEYS.get(name)
    if k is None:
        k = fold(name).translate(_DROP)
        k = " ".join(k.split())
        if k.startswith("the "):
            k = k[4:]
        if len(_KEYS) >= _KEYS_KEPT:
            _KEYS.clear()  # bounded; concurrent callers store equal keys
        _KEYS[name] = k
    return k


#: :func:`_key`'s answers by name, and how many it keeps.
_KEYS: Final[dict[str, str]] = {}
_KEYS_KEPT: Final = 16384


@functools.cache
def country_names() -> dict[str, str]:
    """
    Map the lookup key of every country name to its ISO alpha-2 code.

    Names come from the shipped ISO 3166-1 table (pycountry's name, common
    and official names, read by :func:`conflictparse._countries.countries`
    without importing pycountry) and from ``places_aliases.tsv`` (the names
    journalists use).

    >>> country_names()["ivory coast"]
    'CI'
    """
    names: dict[str, str] = {}
    for c in countries():
        for value in (c.name, c.common_name, c.official_name):
            if value and "," not in value:
                names.setdefault(_key(value), c.alpha2)
    for code, name in _EXTRA_COUNTRIES.items():
        names[_key(name)] = code
    for name, code, kind in read_tsv("places_aliases.tsv", columns=3):
        if kind == "country":
            names[_key(name)] = code
    return names


@functools.cache
def _country_display() -> dict[str, str]:
    out: dict[str, str] = dict(_EXTRA_COUNTRIES)
    for c in countries():
        out[c.alpha2] = c.common_name or c.name
    return out


def country_name(alpha2: str) -> str | None:
    """
    The short English name of the country *alpha2*, or ``None``.

    >>> country_name("SY")
    'Syria'

    .. versionadded:: 0.1.0
    """
    return _country_display().get(alpha2.upper())


@functools.cache
def capitals() -> dict[str, tuple[str, int | None]]:
    """
    Map the lookup key of each national capital's name to
    ``(alpha2, geonames id of the capital or None)``.

    >>> capitals()["kabul"]
    ('AF', 1138958)
    """
    out: dict[str, tuple[str, int | None]] = {}
    for cc, _gid, _pop, capital, cap_id in read_tsv("places_countries.tsv", columns=5):
        if capital:
            out[_key(capital)] = (cc, int(cap_id) if cap_id else None)
    for name, code, kind in read_tsv("places_aliases.tsv", columns=3):
        if kind == "capital":
            out.setdefault(_key(name), (code, None))
    return out


@functools.cache
def country_geonames_ids() -> dict[str, int]:
    """
    Map ISO alpha-2 codes to the country's GeoNames id.

    >>> country_geonames_ids()["SY"]
    163843
    """
    return {
        cc: int(gid)
        for cc, gid, _p, _c, _i in read_tsv("places_countries.tsv", columns=5)
    }


def capital_country(name: str) -> str | None:
    """
    The ISO alpha-2 code of the country whose national capital is *name*.

    Case, diacritics and full stops do not matter, so ALL-CAPS wire
    datelines work; older and journalists' spellings ("Kiev", "Sana'a",
    "Rangoon") are known too.

    >>> capital_country("Kabul")
    'AF'
    >>> capital_country("WASHINGTON")
    'US'
    >>> capital_country("Damascus")
    'SY'
    >>> capital_country("Bogotá")
    'CO'
    >>> capital_country("Kunduz") is None
    True

    Args:
        name: a place name as written.

    Returns:
        The alpha-2 code, or ``None`` when *name* is not a national capital.

    .. versionadded:: 0.1.0
    """
    hit = capitals().get(_key(name))
    return None if hit is None else hit[0]


@functools.cache
def demonyms() -> dict[str, tuple[str, ...]]:
    """
    Map the lookup key of each demonym ("afghan", "afghans") to the
    alpha-2 codes it may stand for (two for "Congolese").

    >>> demonyms()["pakistani"]
    ('PK',)
    >>> demonyms()["congolese"]
    ('CD', 'CG')
    """
    out: dict[str, list[str]] = {}
    for code, forms in read_tsv("demonyms.tsv", columns=2):
        for form in forms.split("|"):
            codes = out.setdefault(_key(form), [])
            if code not in codes:
                codes.append(code)
    return {k: tuple(sorted(v)) for k, v in out.items()}


@attrs.frozen(kw_only=True)
class Feature:
    """
    A named region, river, sea or other feature from ``places_features.tsv``.

    .. versionadded:: 0.1.0
    """

    name: str
    kind: str
    country: str | None = None
    admin1: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None


@functools.cache
def features() -> dict[str, Feature]:
    """
    Map the lookup key of every name of a named region, river or other
    feature to the :class:`Feature`.

    >>> features()["oxus"].name
    'Amu Darya'
    """
    out: dict[str, Feature] = {}
    for lineno, row in enumerate(read_tsv("places_features.tsv", columns=8), start=1):
        name, kind, aliases, country, admin1, lat, lon, gid = row
        try:
            feat = Feature(
                name=name,
                kind=kind,
                country=country or None,
                admin1=admin1 or None,
                latitude=float(lat) if lat else None,
                longitude=float(lon) if lon else None,
                geonames_id=int(gid) if gid else None,
            )
        except ValueError as exc:
            raise DataError(
                f"bad row {lineno}: {exc}", path="places_features.tsv"
            ) from exc
        for n in (name, *(a for a in aliases.split("|") if a)):
            out[_key(n)] = feat
    return out


_ENGLISH: Final = {"nord": "north", "sud": "south", "est": "east", "ouest": "west"}


def _english(key: str) -> str:
    """'nord kivu' -> 'north kivu': the English form of a French compass name."""
    first, _, rest = key.partition(" ")
    return f"{_ENGLISH[first]} {rest}" if first in _ENGLISH and rest else key


def _compass_joined(key: str) -> str:
    """
    'south west' -> 'southwest': a compass name of two words as copy
    writes it in one ("Cameroon's Southwest region").
    """
    first, _, rest = key.partition(" ")
    second, _, tail = rest.partition(" ")
    if first in ("north", "south") and second in ("east", "west"):
        return f"{first}{second} {tail}" if tail else first + second
    return key


@functools.cache
def _admin1() -> tuple[dict[str, str], dict[str, str]]:
    """
    The one reading of ``places_admin1.tsv`` (78 KB) its callers share:
    GeoNames admin1 key -> ISO 3166-2 code, and ISO code -> GeoNames English
    name, of the rows that have an ISO code.
    """
    by_geonames: dict[str, str] = {}
    names: dict[str, str] = {}
    for code, gkey, name, _others in read_tsv("places_admin1.tsv", columns=4):
        if code:
            by_geonames[gkey] = code
            names.setdefault(code, name)
    return by_geonames, names


@functools.cache
def _subdivisions() -> tuple[dict[str, str], frozenset[str]]:
    """
    The one reading of ``places_subdivisions.tsv`` (97 KB, ~7 ms to parse)
    its callers share: ISO 3166-2 code -> pycountry name (in the table's
    order), and the codes of first-level subdivisions.
    """
    names: dict[str, str] = {}
    first_level: list[str] = []
    for code, name, first in read_tsv("places_subdivisions.tsv", columns=3):
        names.setdefault(code, name)
        if first:
            first_level.append(code)
    return names, frozenset(first_level)


@functools.cache
def admin1_by_geonames() -> dict[str, str]:
    """
    Map GeoNames admin1 keys ("AF.26") to ISO 3166-2 codes ("AF-TAK").

    >>> admin1_by_geonames()["AF.26"]
    'AF-TAK'
    """
    return _admin1()[0]


@functools.cache
def admin1_display() -> dict[str, str]:
    """
    Map ISO 3166-2 codes to an English name ("AF-TAK" -> "Takhar"): the
    GeoNames name of a first-level division, else pycountry's.

    >>> admin1_display()["SY-HL"]
    'Aleppo'
    """
    out = dict(_admin1()[1])
    for code, name in _subdivisions()[0].items():
        out.setdefault(code, name)
    out.update(_TRUNCATED_NAMES)
    return out


#: First-level divisions whose GeoNames name is cut short ("Sagain" for
#: Sagaing, "Australian" for the Australian Capital Territory), by their
#: full name as ISO 3166-2 spells it: a display fix only (the short
#: spellings stay lookup keys, as the table's other names do).
_TRUNCATED_NAMES: Final = {
    "MM-01": "Sagaing", "BT-22": "Dagana", "KN-05": "Saint James Windward",
    "AU-ACT": "Australian Capital Territory", "AU-NT": "Northern Territory",
}  # fmt: skip


@functools.cache
def admin1_names() -> dict[str, tuple[str, ...]]:
    """
    Map the lookup key of every first-level subdivision name to its
    ISO 3166-2 codes ("takhar" -> ``("AF-TAK",)``).

    The keys are read ready-made from ``places_admin1_keys.tsv``, which
    ``tools/build_gazetteer.py`` writes with :func:`admin1_keys` from
    ``places_admin1.tsv`` (GeoNames' English and other names) and
    ``places_subdivisions.tsv`` (pycountry's own spellings, "Takhār"), so
    that first use folds no names (a twentieth of a second).

    >>> admin1_names()["takhar"]
    ('AF-TAK',)
    """
    return {
        key: tuple(codes.split("|"))
        for key, codes in read_tsv("places_admin1_keys.tsv", columns=2)
    }


def admin1_keys(
    admin1_rows: Iterable[Sequence[str]], subdivision_rows: Iterable[Sequence[str]]
) -> dict[str, tuple[str, ...]]:
    """
    Fold the subdivision names of the rows of ``places_admin1.tsv`` (ISO
    code, GeoNames key, name, other names joined by ``|``) and of
    ``places_subdivisions.tsv`` (code, name, first-level flag) into the
    table :func:`admin1_names` reads: each lookup key (and its English form,
    "nord kivu" -> "north kivu", and a compass pair written as one word,
    "south west" -> "southwest") with its codes, in first-seen order.

    >>> admin1_keys([("AF-TAK", "AF.26", "Takhar", "")], [("AF-TAK", "Takhār", "1")])
    {'takhar': ('AF-TAK',)}
    >>> sorted(admin1_keys([], [("CD-NK", "Nord-Kivu", "1")]))
    ['nord kivu', 'north kivu']
    >>> sorted(admin1_keys([], [("CM-SW", "South-West", "1")]))
    ['south west', 'southwest']
    """
    out: dict[str, list[str]] = {}

    def add(name: str, code: str) -> None:
        k = _key(name)
        if not k:
            return
        english = _english(k)
        for key in sorted({k, english, _compass_joined(english)}):
            codes = out.setdefault(key, [])
            if code not in codes:
                codes.append(code)

    for code, _gkey, name, others in admin1_rows:
        if not code:
            continue
        add(name, code)
        for other in others.split("|"):
            if other:
                add(other, code)
    for code, name, first in subdivision_rows:
        if first:
            add(name, code)
    return {k: tuple(v) for k, v in out.items()}


@functools.cache
def admin1_geonames_ids() -> dict[str, int]:
    """
    Map ISO 3166-2 codes to the subdivision's GeoNames id, where known.

    >>> admin1_geonames_ids()["US-CA"]
    5332921
    """
    return {code: int(gid) for code, gid in read_tsv("places_admin1_ids.tsv", columns=2)}


@functools.cache
def seat_towns() -> frozenset[int]:
    """
    The GeoNames ids of towns of fewer than 50,000 people that share their
    first-level unit's name and are its seat (``places_seat_towns.tsv``):
    a bare "Kidal" is the town, as a bare "Gao" is.

    >>> 2455290 in seat_towns()  # Kidal, Mali
    True
    """
    return frozenset(
        int(gid) for gid, _code, _name in read_tsv("places_seat_towns.tsv", columns=3)
    )


@attrs.frozen(kw_only=True)
class ExtraPlace:
    """
    A town, village, neighbourhood or camp of ``places_extra.tsv``: one the
    gazetteer lacks in its country, known by its country, province and kind
    (coordinates and GeoNames id only where certain: none so far).

    .. versionadded:: 0.15.0
    """

    name: str
    country: str
    admin1: str | None = None
    kind: str = "town"
    #: also an English word or a person's name ("Pale", "Nasir"): a place
    #: only with a cue or a preposition around it
    needs_cue: bool = False
    latitude: float | None = None
    longitude: float | None = None
    geonames_id: int | None = None


@functools.cache
def extra_places() -> dict[str, ExtraPlace]:
    """
    Map the lookup key of every name of ``places_extra.tsv`` to its place.

    >>> p = extra_places()["minova"]
    >>> p.country, p.admin1, p.kind
    ('CD', 'CD-SK', 'town')
    """
    out: dict[str, ExtraPlace] = {}
    table = "places_extra.tsv"
    for lineno, row in enumerate(read_tsv(table, columns=9), start=1):
        name, aliases, country, admin1, kind, cue, lat, lon, gid = row
        try:
            place = ExtraPlace(
                name=name,
                country=country,
                admin1=admin1 or None,
                kind=kind,
                needs_cue=cue == "cue",
                latitude=float(lat) if lat else None,
                longitude=float(lon) if lon else None,
                geonames_id=int(gid) if gid else None,
            )
        except ValueError as exc:
            raise DataError(f"bad row {lineno}: {exc}", path=table) from exc
        for n in (name, *(a for a in aliases.split("|") if a)):
            out[_key(n)] = place
    return out
