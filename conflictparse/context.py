"""
The context a story is read in: its publication date and dateline.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import attrs
from attrs import validators as v

from conflictparse.errors import InvalidContextError
from conflictparse.results import Dateline

__all__ = ["Context", "coerce_published"]


def coerce_published(value: Any) -> _dt.date | None:
    """
    Turn a publication date given as a ``date``, ``datetime`` or ISO 8601
    string into a ``date``.

    >>> coerce_published("2016-01-10")
    datetime.date(2016, 1, 10)
    >>> coerce_published("2016-01-10T08:30:00+04:30")
    datetime.date(2016, 1, 10)

    Raises:
        InvalidContextError: the value is none of those, or not a real date.

    .. versionadded:: 0.1.0
    """
    if value is None:
        return None
    if isinstance(value, _dt.datetime):
        return value.date()
    if isinstance(value, _dt.date):
        return value
    if isinstance(value, str):
        text = value.strip()
        try:
            if len(text) == 10:
                return _dt.date.fromisoformat(text)
            return _dt.datetime.fromisoformat(text.replace("Z", "+00:00")).date()
        except ValueError as exc:
            raise InvalidContextError(
                f"published={value!r} is not an ISO 8601 date (YYYY-MM-DD)",
                field="published",
                value=value,
            ) from exc
    raise InvalidContextError(
        f"published must be a date, datetime or ISO string, not {type(value).__name__}",
        field="published",
        value=value,
    )


@attrs.frozen(kw_only=True)
class Context:
    """
    What is known about a story besides its text.

    :attr:`published` anchors relative dates ("yesterday"); without it they
    stay unresolved. :attr:`dateline` is filled by the dateline stage, which
    also moves the anchor to the dateline's date when the story was written
    up to a month before it was published ("KABUL, Nov 5" published on
    Nov 8: its "on Friday" is the Friday before Nov 5); the report keeps
    the caller's date.

    >>> Context(published="2016-01-10").published
    datetime.date(2016, 1, 10)

    .. versionadded:: 0.1.0
    """

    published: _dt.date | None = attrs.field(default=None, converter=coerce_published)
    dateline: Dateline | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Dateline))
    )
    language: str = attrs.field(default="en", validator=v.instance_of(str))
