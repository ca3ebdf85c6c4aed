"""
The ISO 3166-1 countries, read from the shipped ``countries.tsv`` (built
from pycountry by ``tools/build_countries.py``) so that a parse never
imports pycountry: its import and database load were a good part of the
first parse.
"""

from __future__ import annotations

import functools
from typing import NamedTuple

from conflictparse._data import read_tsv
from conflictparse.errors import DataError

__all__ = ["Country", "by_alpha2", "by_alpha3", "countries"]


class Country(NamedTuple):
    """
    One ISO 3166-1 country, with pycountry's English names (``""`` where
    pycountry has none).

    >>> by_alpha2()["SY"].name
    'Syrian Arab Republic'
    >>> by_alpha2()["SY"].common_name
    'Syria'
    """

    alpha2: str
    alpha3: str
    numeric: str
    name: str
    common_name: str
    official_name: str


@functools.cache
def countries() -> tuple[Country, ...]:
    """
    Every country, in pycountry's order (alphabetical by English name).

    >>> [c.alpha2 for c in countries()][:3]
    ['AW', 'AF', 'AO']

    Raises:
        DataError: the table is damaged (a missing code or name, or a code
            listed twice), naming the line.
    """
    out: list[Country] = []
    seen: set[str] = set()
    for lineno, row in enumerate(read_tsv("countries.tsv", columns=6), start=3):
        country = Country(*row)
        if len(country.alpha2) != 2 or len(country.alpha3) != 3 or not country.name:
            raise DataError(f"bad country row {row!r}", path="countries.tsv", line=lineno)
        for code in (country.alpha2, country.alpha3):
            if code in seen:
                raise DataError(f"{code} listed twice", path="countries.tsv", line=lineno)
            seen.add(code)
        out.append(country)
    return tuple(out)


@functools.cache
def by_alpha2() -> dict[str, Country]:
    """
    The countries by ISO alpha-2 code.

    >>> by_alpha2()["AF"].alpha3
    'AFG'
    """
    return {c.alpha2: c for c in countries()}


@functools.cache
def by_alpha3() -> dict[str, Country]:
    """
    The countries by ISO alpha-3 code.

    >>> by_alpha3()["COD"].common_name
    ''
    >>> by_alpha3()["COD"].name
    'Congo, The Democratic Republic of the'
    """
    return {c.alpha3: c for c in countries()}
