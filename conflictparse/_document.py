"""
The read-only view of a story that every parser receives.
"""

from __future__ import annotations

import bisect
import datetime as _dt
from typing import Any

import attrs
from attrs import validators as v

from conflictparse import _text
from conflictparse.context import Context
from conflictparse.results import (
    ActorMention,
    CasualtyCount,
    Dateline,
    DateMention,
    Event,
    PlaceMention,
)

__all__ = ["Document"]


def _tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Document:
    """
    A story as a parser sees it: the :attr:`text`, its :attr:`context`, and
    the mentions found by the stages that ran before.

    Parsers must not change it (it is frozen); the pipeline builds a new
    ``Document`` after each stage with :func:`attrs.evolve`.

    >>> doc = Document(text="Kabul: Five soldiers died on Sunday.")
    >>> doc.sentences
    ((0, 36),)
    >>> doc.shouting
    False

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=v.instance_of(str))
    context: Context = attrs.field(factory=Context, validator=v.instance_of(Context))
    dates: tuple[DateMention, ...] = attrs.field(default=(), converter=_tuple)
    actors: tuple[ActorMention, ...] = attrs.field(default=(), converter=_tuple)
    places: tuple[PlaceMention, ...] = attrs.field(default=(), converter=_tuple)
    casualties: tuple[CasualtyCount, ...] = attrs.field(default=(), converter=_tuple)
    events: tuple[Event, ...] = attrs.field(default=(), converter=_tuple)
    # What is computed from the text (sentences, folded copy ...), once per
    # story: the pipeline hands the same dict to each stage's Document, and
    # it goes away with the story (no global cache holds big texts alive).
    _memo: dict[str, Any] = attrs.field(
        init=False, factory=dict, eq=False, hash=False, repr=False
    )

    @property
    def published(self) -> _dt.date | None:
        """
        The date the story's relative dates count from: the caller's
        publication date, else the dateline's; the dateline's too when the
        story was written on it up to a month before it was published (see
        :class:`~conflictparse.Context`).
        """
        return self.context.published

    @property
    def dateline(self) -> Dateline | None:
        """The story's dateline, once the dateline stage has run."""
        return self.context.dateline

    @property
    def sentences(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` offsets of the sentences (computed once per text)."""
        try:
            found: tuple[tuple[int, int], ...] = self._memo["sentences"]
        except KeyError:
            found = self._memo["sentences"] = _text.sentence_spans(self.text)
        return found

    @property
    def shouting(self) -> bool:
        """Whether the text is ALL-CAPS wire copy."""
        try:
            found: bool = self._memo["shouting"]
        except KeyError:
            found = self._memo["shouting"] = _text.is_shouting(self.text)
        return found

    @property
    def folded(self) -> str:
        """The text lower-cased and without diacritics, with the same offsets."""
        try:
            found: str = self._memo["folded"]
        except KeyError:
            found = self._memo["folded"] = _text.fold(self.text)
        return found

    @property
    def words(self) -> tuple[tuple[int, int], ...]:
        """
        ``(start, end)`` offsets of the words (runs of letters and digits),
        computed once per text and shared by every stage that asks.

        >>> doc = Document(text="Gunmen killed 12 in Bamako.")
        >>> [doc.text[s:e] for s, e in doc.words]
        ['Gunmen', 'killed', '12', 'in', 'Bamako']

        .. versionadded:: 0.1.0
        """
        try:
            found: tuple[tuple[int, int], ...] = self._memo["words"]
        except KeyError:
            found = self._memo["words"] = _text.word_spans(self.text)
        return found

    @property
    def word_set(self) -> frozenset[str]:
        """
        The distinct words of :attr:`folded` (lower case, no diacritics),
        computed once per text: a set look-up tells a stage whether any of
        its cue words is in the story before it runs a pattern.

        >>> doc = Document(text="SOLDIERS KILLED IN BAMAKO")
        >>> "killed" in doc.word_set, "wounded" in doc.word_set
        (True, False)

        .. versionadded:: 0.1.0
        """
        try:
            found: frozenset[str] = self._memo["word_set"]
        except KeyError:
            found = self._memo["word_set"] = _text.word_set(self.folded)
        return found

    def sentence_at(self, offset: int) -> tuple[int, int]:
        """
        Return the ``(start, end)`` of the sentence holding *offset*
        (the nearest one before it when it falls between sentences).

        >>> Document(text="One died. Two fled.").sentence_at(12)
        (10, 19)
        """
        spans = self.sentences
        if not spans:
            return (0, len(self.text))
        try:
            starts: list[int] = self._memo["starts"]
        except KeyError:
            starts = self._memo["starts"] = [start for start, _ in spans]
        i = bisect.bisect_right(starts, offset) - 1
        return spans[max(i, 0)]
