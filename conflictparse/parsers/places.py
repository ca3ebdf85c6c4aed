"""
The default places parser family (only country names from pycountry so far).
"""

from __future__ import annotations

import functools

import pycountry

from conflictparse._document import Document
from conflictparse._text import fold
from conflictparse.results import PlaceMention, Span

__all__ = ["PlaceParser", "resolve_dateline"]


@functools.lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    names: dict[str, str] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            value = getattr(c, attr, None)
            if value:
                names[fold(value)] = c.alpha_2
    return names


def resolve_dateline(
    text: str, span: Span, *, region: str | None = None
) -> PlaceMention | None:
    """
    Resolve a dateline place name to a :class:`PlaceMention` with role
    ``"dateline"``, or ``None`` when the name is unknown.

    >>> resolve_dateline("Tajikistan", Span(start=0, end=10)).country
    'TJ'
    """
    countries = _countries()
    for candidate in (text, region):
        if candidate and fold(candidate) in countries:
            code = countries[fold(candidate)]
            kind = "country" if candidate == text else "unknown"
            return PlaceMention(
                text=text, span=span, name=text, kind=kind, role="dateline", country=code
            )
    return None


class PlaceParser:
    """
    The default places parser (not implemented yet: it finds nothing).

    >>> list(PlaceParser()(Document(text="")))
    []

    .. versionadded:: 0.1.0
    """

    __slots__ = ()

    def __call__(self, doc: Document) -> tuple[PlaceMention, ...]:
        return ()
