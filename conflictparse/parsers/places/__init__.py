"""
The default places parser family: countries, subdivisions, towns and
named features, resolved offline to ISO 3166 and GeoNames.

>>> from conflictparse.parsers.places import capital_country
>>> capital_country("Kabul")
'AF'
"""

from __future__ import annotations

from conflictparse._document import Document
from conflictparse.parsers.places._tables import (
    capital_country,
    country_name,
    country_names,
)
from conflictparse.results import PlaceMention, Span

__all__ = [
    "PlaceParser",
    "capital_country",
    "country_name",
    "resolve_dateline",
]


def resolve_dateline(
    text: str, span: Span, *, region: str | None = None
) -> PlaceMention | None:
    """
    Resolve a dateline place name to a :class:`PlaceMention` with role
    ``"dateline"``, or ``None`` when the name is unknown.

    *region* is the part after the comma in datelines such as
    ``KUNDUZ, Afghanistan (AP) -``; it is used as the country hint.

    >>> m = resolve_dateline("Kabul", Span(start=0, end=5))
    >>> m.kind, m.country, m.role
    ('city', 'AF', 'dateline')
    >>> resolve_dateline("Tajikistan", Span(start=0, end=10)).country
    'TJ'

    Args:
        text: the dateline place as written.
        span: its span in the story.
        region: the country or region written after it, if any.

    Returns:
        The resolved place, or ``None``.

    .. versionadded:: 0.1.0
    """
    hint = country_names().get(_key(region)) if region else None
    cap = capital_country(text)
    if cap is not None and (hint is None or hint == cap):
        return PlaceMention(
            text=text, span=span, name=text, kind="city", role="dateline",
            country=cap, precision="exact",
        )
    code = country_names().get(_key(text))
    if code is not None:
        return PlaceMention(
            text=text, span=span, name=country_name(code) or text, kind="country",
            role="dateline", country=code, precision="country",
        )
    if hint is not None:
        return PlaceMention(
            text=text, span=span, name=text, kind="city", role="dateline",
            country=hint, precision="exact",
        )
    return None


def _key(name: str) -> str:
    from conflictparse.parsers.places._tables import _key as key

    return key(name)


class PlaceParser:
    """
    The default places parser (work in progress: it finds nothing yet).

    >>> list(PlaceParser()(Document(text="")))
    []

    .. versionadded:: 0.1.0
    """

    __slots__ = ()

    def __call__(self, doc: Document) -> tuple[PlaceMention, ...]:
        return ()
