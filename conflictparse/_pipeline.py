"""
The pipeline: runs the stages in their declared order, records provenance
and builds the :class:`~conflictparse.Report`.
"""

from __future__ import annotations

import functools
import operator
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, TypeVar

import attrs

from conflictparse._document import Document
from conflictparse._registry import FAMILIES, Registry, check_parser, instantiate
from conflictparse.context import Context, coerce_published
from conflictparse.errors import (
    DocumentTooLargeError,
    InvalidInputError,
    InvalidParserOutputError,
    ParserFailed,
    ParseTimeoutError,
    PipelineOrderError,
)
from conflictparse.results import (
    ActorMention,
    CasualtyCount,
    Dateline,
    DateMention,
    Event,
    Mention,
    PlaceMention,
    Provenance,
    Report,
    Span,
)

__all__ = ["Pipeline", "Stage", "parse"]

#: The default limit on the length of one document, in characters.
DEFAULT_MAX_CHARS: Final = 5_000_000

_MENTION_TYPES: Final[dict[str, type]] = {
    "dates": DateMention,
    "actors": ActorMention,
    "places": PlaceMention,
    "casualties": CasualtyCount,
    "events": Event,
}

ParserSpec = str | Callable[..., Any] | None


@attrs.frozen(kw_only=True)
class Stage:
    """
    One parser in the pipeline: its :attr:`family`, the :attr:`name` it is
    known by (written into every mention's provenance), the callable
    :attr:`parser`, and the families it :attr:`needs` to have run before.

    .. versionadded:: 0.1.0
    """

    family: str = attrs.field(validator=attrs.validators.in_(FAMILIES))
    name: str
    parser: Callable[..., Any]
    needs: tuple[str, ...] = ()


def _name_of(parser: Any) -> str:
    # A parser's own ``name`` wins; a function is known by its ``__name__``
    # ("flaky", not "test_x.<locals>.flaky"), an instance by its class's.
    for attr in ("name", "__name__"):
        value = getattr(parser, attr, None)
        if isinstance(value, str) and value:
            return value
    return type(parser).__name__


def _stages_for(
    family: str, spec: ParserSpec | Sequence[ParserSpec], registry: Registry
) -> list[Stage]:
    specs: Sequence[ParserSpec]
    if spec is None:
        return []
    if isinstance(spec, str) or callable(spec):
        specs = [spec]
    elif isinstance(spec, Sequence):
        specs = spec
    else:
        check_parser(spec, family)  # raises PluginValidationError
        specs = []
    stages = []
    for item in specs:
        if item is None:
            continue
        if isinstance(item, str):
            parser = registry.create(family, item)
            name = item if item != "default" else f"conflictparse.{family}"
        else:
            parser = instantiate(item, family)
            name = _name_of(parser)
        needs = tuple(getattr(parser, "needs", ()) or ())
        stages.append(Stage(family=family, name=name, parser=parser, needs=needs))
    return stages


@attrs.frozen(init=False)
class Pipeline:
    """
    The stages that read a story, in order:
    dateline → dates → actors → places → casualties → events.

    Each family argument takes a registered name (``"default"``), a parser
    (any callable taking a :class:`~conflictparse.Document`), a list of
    those (their results are merged), or ``None`` to switch the stage off.

    >>> from conflictparse import Pipeline, DateMention, Span
    >>> def shout_dates(doc):
    ...     i = doc.text.find("Sunday")
    ...     if i >= 0:
    ...         yield DateMention(text="Sunday", span=Span(start=i, end=i + 6))
    >>> p = Pipeline(dates=shout_dates, places=None, actors=None,
    ...              casualties=None, events=None)
    >>> report = p.run("KABUL (AFP) - Fighting resumed on Sunday.")
    >>> [(d.text, d.provenance.parser) for d in report.dates]
    [('Sunday', 'shout_dates')]

    Args:
        dateline, dates, actors, places, casualties, events: the parsers
            of each stage.
        registry: where names are looked up; a fresh
            :class:`~conflictparse.Registry` by default.
        max_chars: longer documents raise
            :class:`~conflictparse.errors.DocumentTooLargeError`.

    Raises:
        UnknownParserError: a name is not registered.
        PluginValidationError: an object is not a parser.
        PipelineOrderError: a parser needs a family that runs after it.

    .. versionadded:: 0.1.0
    """

    stages: tuple[Stage, ...]
    max_chars: int

    def __init__(
        self,
        *,
        dateline: ParserSpec | Sequence[ParserSpec] = "default",
        dates: ParserSpec | Sequence[ParserSpec] = "default",
        actors: ParserSpec | Sequence[ParserSpec] = "default",
        places: ParserSpec | Sequence[ParserSpec] = "default",
        casualties: ParserSpec | Sequence[ParserSpec] = "default",
        events: ParserSpec | Sequence[ParserSpec] = "default",
        registry: Registry | None = None,
        max_chars: int = DEFAULT_MAX_CHARS,
    ) -> None:
        reg = registry if registry is not None else Registry()
        specs: Mapping[str, Any] = {
            "dateline": dateline,
            "dates": dates,
            "actors": actors,
            "places": places,
            "casualties": casualties,
            "events": events,
        }
        stages: list[Stage] = []
        for family in FAMILIES:
            stages.extend(_stages_for(family, specs[family], reg))
        _check_order(stages)
        self.__attrs_init__(stages=tuple(stages), max_chars=max_chars)

    def families(self) -> tuple[str, ...]:
        """The families that have at least one parser, in run order."""
        return tuple(dict.fromkeys(s.family for s in self.stages))

    def run(self, text: str, *, published: Any = None) -> Report:
        """
        Read one story.

        Args:
            text: the story, as a ``str``.
            published: its publication date (``date``, ``datetime`` or ISO
                string). When omitted, the dateline's date is used.

        Returns:
            A :class:`~conflictparse.Report`; empty text gives an empty one.

        Raises:
            InvalidInputError: *text* is not a ``str``.
            InvalidContextError: *published* is not a date.
            DocumentTooLargeError: *text* is longer than :attr:`max_chars`.
            ParserFailed: a parser raised; the original is the ``__cause__``.
        """
        if not isinstance(text, str):
            raise InvalidInputError(
                f"text must be a str, not {type(text).__name__}"
                + (" (decode bytes first)" if isinstance(text, bytes | bytearray) else ""),
                value=text,
            )
        if len(text) > self.max_chars:
            raise DocumentTooLargeError(
                f"text has {len(text):,} characters; the limit is {self.max_chars:,}",
                length=len(text),
                limit=self.max_chars,
            )
        given = coerce_published(published)
        doc = Document(text=text, context=Context(published=given))
        for stage in self.stages:
            doc = self._run_stage(stage, doc)
        return Report(
            published=doc.context.published,
            dateline=doc.context.dateline,
            dates=doc.dates,
            casualties=doc.casualties,
            places=doc.places,
            actors=doc.actors,
            events=doc.events,
        )

    __call__ = run

    def _run_stage(self, stage: Stage, doc: Document) -> Document:
        try:
            out = stage.parser(doc)
            if stage.family != "dateline" and not isinstance(out, Iterable | None):
                raise _bad(stage, f"a {type(out).__name__}, expected an iterable", out)
            items = [out] if stage.family == "dateline" else list(out or ())
        except ParserFailed:
            raise
        except TimeoutError as exc:
            raise ParseTimeoutError(
                f"{stage.family} parser {stage.name!r} timed out: {exc}",
                parser=stage.name,
                family=stage.family,
            ) from exc
        except Exception as exc:
            raise ParserFailed(
                f"{stage.family} parser {stage.name!r} failed: "
                f"{type(exc).__name__}: {exc}",
                parser=stage.name,
                family=stage.family,
            ) from exc
        if stage.family == "dateline":
            dateline = items[0]
            if dateline is None:
                return doc
            _check_dateline(dateline, doc.text, stage)
            if dateline.place is not None:
                dateline = attrs.evolve(dateline, place=_stamp(dateline.place, stage.name))
            context = attrs.evolve(
                doc.context,
                dateline=dateline,
                published=doc.context.published or dateline.date,
            )
            return _replace(doc, "context", context)
        checked = _checked_and_stamped(items, _MENTION_TYPES[stage.family], doc.text, stage)
        previous = getattr(doc, stage.family)
        merged = previous + checked if previous else checked
        if stage.family != "events":
            merged = tuple(sorted(merged, key=_SPAN_ORDER))
        return _replace(doc, stage.family, merged)


#: The order of mentions in a report: by start, then end.
_SPAN_ORDER: Final = operator.attrgetter("span.start", "span.end")


def _check_order(stages: Iterable[Stage]) -> None:
    seen: set[str] = set()
    for stage in stages:
        for need in stage.needs:
            if need not in FAMILIES:
                raise PipelineOrderError(
                    f"{stage.name!r} needs unknown family {need!r}",
                    parser=stage.name,
                    needs=need,
                )
            if need not in seen and need != stage.family:
                raise PipelineOrderError(
                    f"{stage.family} parser {stage.name!r} needs {need!r}, "
                    f"which does not run before it (order: {', '.join(FAMILIES)})",
                    parser=stage.name,
                    needs=need,
                )
        seen.add(stage.family)


def _bad(stage: Stage, message: str, item: Any) -> InvalidParserOutputError:
    return InvalidParserOutputError(
        f"{stage.family} parser {stage.name!r} returned {message}",
        parser=stage.name,
        family=stage.family,
        item=item,
    )


def _check_span(span: Span, text: str, expected: str, stage: Stage, item: Any) -> None:
    if span.end > len(text):
        raise _bad(stage, f"a span {span} past the end of the text", item)
    if text[span.start : span.end] != expected:
        raise _bad(
            stage,
            f"text {expected!r} that does not match its span "
            f"{text[span.start:span.end]!r}",
            item,
        )


def _checked_and_stamped(
    items: list[Any], kind: Any, text: str, stage: Stage
) -> tuple[Any, ...]:
    """
    Check each of a stage's *items* (:func:`_check_item`) and stamp its
    provenance with the stage's name (:func:`_stamp`), with the common case
    inlined: the pipeline does this for every mention of every story.
    """
    size = len(text)
    name = stage.name
    stamped: dict[Provenance, Provenance] = {}  # mentions share a few provenances
    out = []
    for item in items:
        if item.__class__ is not kind or kind is Event:
            _check_item(item, kind, text, stage)  # subclasses, events, errors
        else:
            span = item.span
            if span.end > size or text[span.start : span.end] != item.text:
                _check_span(span, text, item.text, stage, item)  # raises
        prov = item.provenance
        if not prov.parser:
            new = stamped.get(prov)
            if new is None:
                new = stamped[prov] = _stamped(prov, name)
            item = _replacer(item.__class__, "provenance")(item, new)
        out.append(item)
    return tuple(out)


def _check_item(item: Any, kind: type, text: str, stage: Stage) -> Any:
    if not isinstance(item, kind):
        raise _bad(
            stage, f"a {type(item).__name__}, expected {kind.__name__}", item
        )
    if isinstance(item, Mention):
        _check_span(item.span, text, item.text, stage, item)
    elif isinstance(item, Event):
        for span in item.support:
            if span.end > len(text):
                raise _bad(stage, f"a support span {span} past the end", item)
        nested = (item.date, item.place, item.side_a, item.side_b, *item.casualties)
        for mention in nested:
            if mention is not None:
                _check_span(mention.span, text, mention.text, stage, item)
    return item


def _check_dateline(dateline: Any, text: str, stage: Stage) -> None:
    if not isinstance(dateline, Dateline):
        raise _bad(stage, f"a {type(dateline).__name__}, expected Dateline", dateline)
    _check_span(dateline.span, text, dateline.text, stage, dateline)
    if dateline.place is not None:
        _check_span(dateline.place.span, text, dateline.place.text, stage, dateline)


def _stamp(item: Any, name: str) -> Any:
    prov: Provenance = item.provenance
    if prov.parser:
        return item
    return _replacer(type(item), "provenance")(item, _stamped(prov, name))


@functools.lru_cache(maxsize=4096)
def _stamped(prov: Provenance, name: str) -> Provenance:
    # Most mentions share a handful of provenances (the default one, a few
    # reasons per parser): each stamped copy is built once.
    return _replace(prov, "parser", name)  # every other field kept as it is


_T = TypeVar("_T")

_REPLACERS: dict[tuple[type, str], Callable[[Any, Any], Any]] = {}


def _replacer(cls: type, name: str) -> Callable[[Any, Any], Any]:
    """
    A function ``(obj, value)`` returning a copy of *obj*, a frozen attrs
    instance of *cls*, with the field *name* set to *value*: generated once
    per class and field, one statement per field (a loop over the field
    names costs twice as much, and the pipeline copies every mention).
    """
    try:
        return _REPLACERS[cls, name]
    except KeyError:
        pass
    lines = ["def replace(obj, value):", "    new = new_object(cls)"]
    for field in attrs.fields(cls):
        source = "value" if field.name == name else f"obj.{field.name}"
        lines.append(f"    setter(new, {field.name!r}, {source})")
    lines.append("    return new")
    namespace: dict[str, Any] = {
        "cls": cls,
        "new_object": object.__new__,
        "setter": object.__setattr__,
    }
    exec("\n".join(lines), namespace)  # a fixed template over attrs' field names
    func: Callable[[Any, Any], Any] = namespace["replace"]
    _REPLACERS[cls, name] = func  # concurrent first calls build equal functions
    return func


def _replace(obj: _T, name: str, value: Any) -> _T:
    """
    Return a copy of the frozen attrs instance *obj* with one field changed.

    Like :func:`attrs.evolve`, but without running the converters and
    validators of the fields that keep their (already checked) values: the
    pipeline calls it for every mention, and evolve validated every field of
    every mention again. *value* must be valid for *name* (the callers build
    it with its own validated constructor, or it is a tuple of checked
    mentions).
    """
    new: _T = _replacer(type(obj), name)(obj, value)
    return new


@functools.lru_cache(maxsize=1)
def _default_pipeline() -> Pipeline:
    return Pipeline()


def parse(text: str, *, published: Any = None) -> Report:
    """
    Read one conflict report with the default pipeline.

    >>> import conflictparse
    >>> story = ("KABUL (AFP) - Taliban fighters stormed a police post in "
    ...          "Kunduz province on Saturday, killing four officers, officials said.")
    >>> report = conflictparse.parse(story, published="2016-03-06")
    >>> report.dateline.text
    'KABUL'
    >>> str(report.published)
    '2016-03-06'

    Args:
        text: the story.
        published: its publication date; relative dates resolve against it.

    Returns:
        A :class:`~conflictparse.Report`.

    Raises:
        ConflictParseError: a subclass says what went wrong.

    .. versionadded:: 0.1.0
    """
    return _default_pipeline().run(text, published=published)

