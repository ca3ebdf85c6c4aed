"""
One :class:`typing.Protocol` per pipeline stage.

A parser is any callable that takes a :class:`~conflictparse.Document`
and returns an iterable of its family's mention type.
A plain function qualifies:

>>> from conflictparse import Document, DateMention, Span
>>> def years(doc: Document) -> list[DateMention]:
...     return []
>>> isinstance(years, DateParser)
True

A parser may set a ``needs`` attribute, a tuple of the families whose
results it reads (``("actors",)``); the pipeline checks at construction
that they run before it.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Protocol, runtime_checkable

if TYPE_CHECKING:
    from conflictparse._document import Document
    from conflictparse.results import (
        ActorMention,
        CasualtyCount,
        Dateline,
        DateMention,
        Event,
        PlaceMention,
    )

__all__ = [
    "ActorParser",
    "CasualtyParser",
    "DateParser",
    "DatelineParser",
    "EventParser",
    "PlaceParser",
]


@runtime_checkable
class DatelineParser(Protocol):
    """Reads the wire dateline; returns one :class:`Dateline` or ``None``."""

    def __call__(self, doc: Document, /) -> Dateline | None: ...


@runtime_checkable
class DateParser(Protocol):
    """Finds temporal expressions."""

    def __call__(self, doc: Document, /) -> Iterable[DateMention]: ...


@runtime_checkable
class ActorParser(Protocol):
    """Finds actor mentions and resolves them to canonical actors."""

    def __call__(self, doc: Document, /) -> Iterable[ActorMention]: ...


@runtime_checkable
class PlaceParser(Protocol):
    """Finds place names and resolves them."""

    def __call__(self, doc: Document, /) -> Iterable[PlaceMention]: ...


@runtime_checkable
class CasualtyParser(Protocol):
    """Finds counts of people killed, wounded, kidnapped ..."""

    def __call__(self, doc: Document, /) -> Iterable[CasualtyCount]: ...


@runtime_checkable
class EventParser(Protocol):
    """Assembles mentions into events."""

    def __call__(self, doc: Document, /) -> Iterable[Event]: ...
