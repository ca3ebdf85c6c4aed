"""
A toy conflictparse plugin: fixed-date holidays as dates.

Registered in ``pyproject.toml`` under the ``conflictparse.dates``
entry-point group as ``holidays``.

>>> import datetime
>>> from conflictparse import Document, Context
>>> doc = Document(
...     text="Shelling continued on Christmas Day, residents said.",
...     context=Context(published=datetime.date(2015, 12, 27)),
... )
>>> [(d.text, d.value) for d in HolidayParser()(doc)]
[('Christmas Day', '2015-12-25')]
"""

from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Iterator

from conflictparse import DateMention, Document, Span

__all__ = ["HOLIDAYS", "HolidayParser"]

#: Holiday name -> (month, day).
HOLIDAYS = {
    "christmas day": (12, 25),
    "christmas eve": (12, 24),
    "new year's day": (1, 1),
    "new year's eve": (12, 31),
    "nowruz": (3, 21),
    "valentine's day": (2, 14),
}

_PATTERN = re.compile(
    r"\b(?:" + "|".join(re.escape(n).replace("'", "['’]") for n in HOLIDAYS) + r")\b",
    re.IGNORECASE,
)


def _resolve(month: int, day: int, published: _dt.date | None) -> _dt.date | None:
    """The most recent such day on or before a week after publication."""
    if published is None:
        return None
    candidate = _dt.date(published.year, month, day)
    if candidate > published + _dt.timedelta(days=7):
        candidate = candidate.replace(year=published.year - 1)
    return candidate


class HolidayParser:
    """Find fixed-date holidays; resolve them against ``doc.published``."""

    __slots__ = ()

    def __call__(self, doc: Document) -> Iterator[DateMention]:
        for m in _PATTERN.finditer(doc.text):
            key = m.group().lower().replace("’", "'")
            day = _resolve(*HOLIDAYS[key], doc.published)
            yield DateMention(
                text=m.group(),
                span=Span(start=m.start(), end=m.end()),
                value=None if day is None else day.isoformat(),
                precision="day",
                earliest=day,
                latest=day,
                relative=day is None,
            )
