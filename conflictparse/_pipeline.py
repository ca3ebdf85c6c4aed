"""
The pipeline: runs the stages in their declared order, records provenance
and builds the :class:`~conflictparse.Report`.
"""

from __future__ import annotations

import functools
import operator
import sys
import types
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, Final, TypeVar
from weakref import getweakrefcount

import attrs

from conflictparse._document import Document
from conflictparse._registry import (
    FAMILIES,
    Registry,
    check_parser,
    instantiate,
    is_builtin,
)
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
    _UNSTAMPED,
    _WITH_GIL,
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
    _unfrozen,
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
    # Whether the parser is the family's built-in one, made by the registry
    # (not a user's object, not a plugin): the pipeline then skips the
    # checks of its output (see _checked_and_stamped). Only _stages_for
    # sets it; a Stage built by hand, or evolved, is checked.
    _trusted: bool = attrs.field(default=False, init=False, eq=False, repr=False)


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
        trusted = False
        if isinstance(item, str):
            found = registry.get(family, item)
            trusted = is_builtin(
                found, family
            )  # the class itself, made with no arguments
            parser = instantiate(found, family)
            name = item if item != "default" else f"conflictparse.{family}"
        else:
            parser = instantiate(item, family)
            name = _name_of(parser)
        needs = tuple(getattr(parser, "needs", ()) or ())
        stage = Stage(family=family, name=name, parser=parser, needs=needs)
        if trusted:
            object.__setattr__(stage, "_trusted", True)
        stages.append(stage)
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
                + (
                    " (decode bytes first)" if isinstance(text, bytes | bytearray) else ""
                ),
                value=text,
            )
        if len(text) > self.max_chars:
            raise DocumentTooLargeError(
                f"text has {len(text):,} characters; the limit is {self.max_chars:,}",
                length=len(text),
                limit=self.max_chars,
            )
        # Context, Document and Report are built without their converters
        # and validators: every value is checked already (the date by
        # coerce_published, the mentions by _checked_and_stamped)
        given = coerce_published(published)
        context = _new_context(published=given)
        doc = _new_document(text=text, context=context)
        for stage in self.stages:
            doc = self._run_stage(stage, doc)
        context = doc.context
        report: Report = _new_report(
            # (the caller's date; the stages may have counted from the
            # dateline's, see _run_stage)
            published=given if given is not None else context.published,
            dateline=context.dateline,
            dates=doc.dates,
            casualties=doc.casualties,
            places=doc.places,
            actors=doc.actors,
            events=doc.events,
        )
        return report

    __call__ = run

    def _run_stage(self, stage: Stage, doc: Document) -> Document:
        family = stage.family
        items: Sequence[Any]
        try:
            out = stage.parser(doc)
            if family == "dateline":
                items = [out]
            elif out.__class__ is tuple or out.__class__ is list:
                items = out
            else:
                if not isinstance(out, Iterable | None):
                    raise _bad(
                        stage, f"a {type(out).__name__}, expected an iterable", out
                    )
                items = list(out or ())
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
        if family == "dateline":
            dateline = items[0]
            if dateline is None:
                return doc
            _check_dateline(dateline, doc.text, stage)
            place = dateline.place
            if place is not None and not place.provenance.parser:
                dateline = _replace(dateline, "place", _stamp(place, stage.name))
            old = doc.context
            published = old.published
            if published is None:  # the dateline's date, as Context converts it
                published = coerce_published(dateline.date)
            elif dateline.date is not None:
                # a story written on its dateline's day and published up to a
                # month later ("KABUL, Nov 5" published Nov 8): its "on
                # Friday" and "yesterday" count from the day it was written
                written = coerce_published(dateline.date)
                if (
                    written is not None
                    and 0 < (published - written).days <= _WRITTEN_BEFORE
                ):
                    published = written
            context = _new_context(
                published=published, dateline=dateline, language=old.language
            )
            return _replace(doc, "context", context)
        if not items:
            return doc  # nothing to add: the same view serves the next stage
        # the stage's container is ours alone when only `out` and `items`
        # (and getrefcount's argument) hold it: a list we built, or a fresh
        # tuple/list the parser made for this call (not one it keeps)
        owned = _SOLE_REFS and (items is not out or _refcount(out) == 3)
        checked, in_order = _checked_and_stamped(
            items,
            _MENTION_TYPES[family],
            doc.text,
            stage,
            owned=owned,
            trusted=stage._trusted,
        )
        previous = getattr(doc, family)
        merged = previous + checked if previous else checked
        if family != "events" and len(merged) > 1 and (previous or not in_order):
            merged = tuple(
                sorted(merged, key=_SPAN_ORDER)
            )  # stable: equal keys keep their order
        return _replace(doc, family, merged)


#: The most days a dateline's date may lie before the publication date and
#: still be the day the story was written, from which its relative dates
#: count (further back, it is more likely a misread or a reprint's).
_WRITTEN_BEFORE: Final = 31


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
            f"{text[span.start : span.end]!r}",
            item,
        )


def _checked_and_stamped(
    items: Iterable[Any],
    kind: Any,
    text: str,
    stage: Stage,
    *,
    owned: bool = False,
    trusted: bool = False,
) -> tuple[tuple[Any, ...], bool]:
    """
    Check each of a stage's *items* (:func:`_check_item`) and stamp its
    provenance with the stage's name (:func:`_stamp`), with the common case
    inlined: the pipeline does this for every mention of every story.

    A result is frozen, so stamping means a copy, except where nobody but
    the pipeline can see the result: when *owned* (nobody else holds the
    container *items*) and the item's only reference is the container's
    (:data:`_SOLE_REFS`: the reference count says so, and no weak
    reference watches it), the item gets its stamped provenance in place,
    which nobody can tell from a copy, at a fraction of the cost (no new
    object, no freeing of the old one). A parser that keeps its results
    (a cache, an attribute) gets copies, as before.

    Returns the checked items and whether they came in report order (by
    start, then end): most parsers sort their own output, and sorting it
    again would change nothing.

    *trusted* (a built-in parser's stage, :attr:`Stage._trusted`): its
    items are stamped and their order read, without the checks of their
    class and spans. The built-in parsers build exactly our classes, with
    the text of their own matches, so the checks never fail for them, and
    they were a third of this function's cost; the property tests hold
    them to it (every span slices the source, every report reads back
    through the validating constructors). Anything else a pipeline runs,
    a user's function, a plugin, an object given by hand, is checked item
    by item: garbage raises :class:`InvalidParserOutputError`.
    """
    in_order = True
    last_start = last_end = -1
    last_prov: Provenance | None = None  # the last unstamped provenance seen
    last_new: Provenance | None = None  # and its stamped copy
    size = len(text)
    name = stage.name
    # (one look-up for what depends on the kind and the stage's name alone)
    try:
        copy, setter, unstamped = _STAGE_TOOLS[kind, name]
    except KeyError:
        copy, setter, unstamped = _stage_tools(kind, name)
    set_provenance = setter if owned else None
    owned = set_provenance is not None
    out: list[Any] = []
    append = out.append
    targets: list[Any] = []  # the items to stamp in place, each before its provenance
    for item in items:
        cls = item.__class__
        if cls is not kind or kind is Event:
            if not trusted:
                _check_item(item, kind, text, stage)  # subclasses, events, errors
            in_order = False  # (events are never sorted)
        else:
            # text[start:end] == item.text: a slice and a compare cost less
            # than a length and ``startswith``, which parses its arguments
            # the slow way (past the end, a slice would be cut short)
            span = item.span
            start = span.start
            end = span.end
            if not trusted:
                mention = item.text
                if (
                    mention.__class__ is not str
                    or end > size
                    or text[start:end] != mention
                ):
                    _check_span(span, text, mention, stage, item)  # raises
            if start < last_start or (start == last_start and end < last_end):
                in_order = False
            last_start = start
            last_end = end
        prov = item.provenance
        if prov is not last_prov:  # parsers often share one Provenance object
            if prov.parser:
                append(item)  # stamped already
                continue
            if prov is _UNSTAMPED:  # a mention built without a provenance
                last_new = unstamped
            elif prov.__class__ is not Provenance:
                last_new = _stamped(prov, name)  # a subclass keeps its class and fields
            else:
                # keyed by the fields, not by the Provenance: no Python-level
                # __hash__ and __eq__ (equal provenances stamp to equal copies)
                last_new = _STAMPED.get((name, prov.confidence, prov.reason))
                if last_new is None:
                    last_new = _stamped(prov, name)
            last_prov = prov
        if cls is not kind:
            append(_replacer(cls, "provenance")(item, last_new))
        # 3 references: the container's, `item`'s and getrefcount's argument
        elif owned and _refcount(item) == 3 and not getweakrefcount(item):
            append(item)  # stamped in place once every item passed its checks
            targets.append(item)
            targets.append(last_new)
        else:
            append(copy(item, last_new))
    if targets:  # no parser's object changes unless the whole output is good
        pairs = iter(targets)  # map takes an item, then its provenance
        any(map(set_provenance, pairs, pairs))  # type: ignore[arg-type]  # (all None)
    return tuple(out), in_order


#: ``(kind, parser name)`` -> what :func:`_checked_and_stamped` needs for
#: them: the copier with a new provenance, the in-place setter (or
#: ``None``) and the stamped default provenance.
_STAGE_TOOLS: Final[
    dict[
        tuple[type, str],
        tuple[Callable[[Any, Any], Any], Callable[[Any, Any], None] | None, Provenance],
    ]
] = {}


def _stage_tools(
    kind: type, name: str
) -> tuple[Callable[[Any, Any], Any], Callable[[Any, Any], None] | None, Provenance]:
    """Make and keep the :data:`_STAGE_TOOLS` entry of *kind* and *name*."""
    tools = (
        _replacer(kind, "provenance"),
        _provenance_setter(kind),
        _stamped(_UNSTAMPED, name),
    )
    if len(_STAGE_TOOLS) >= 1024:
        _STAGE_TOOLS.clear()  # bounded; concurrent callers rebuild equal entries
    _STAGE_TOOLS[kind, name] = tools
    return tools


#: Whether reference counts tell when the pipeline holds the only reference
#: to an object (:func:`_checked_and_stamped`): CPython 3.10 to 3.13 with
#: its GIL, whose frames hold a strong reference to each local and
#: argument. Elsewhere (PyPy, a free-threaded or later CPython that may
#: borrow references) every stamped result is a copy.
_SOLE_REFS: Final = (
    sys.implementation.name == "cpython"
    and (3, 10) <= sys.version_info[:2] <= (3, 13)
    and _WITH_GIL
)

_refcount: Final = sys.getrefcount

_PROVENANCE_SETTERS: dict[type, Callable[[Any, Any], None]] = {}


def _provenance_setter(cls: type) -> Callable[[Any, Any], None] | None:
    """
    The setter of the ``provenance`` slot of the attrs class *cls* (frozen:
    no plain store); ``None`` when it is not a slot.
    """
    try:
        return _PROVENANCE_SETTERS[cls]
    except KeyError:
        pass
    descriptor = None
    for klass in cls.__mro__:
        descriptor = vars(klass).get("provenance")
        if descriptor is not None:
            break
    if not isinstance(
        descriptor, types.MemberDescriptorType
    ):  # pragma: no cover - ours are slotted
        return None
    setter: Callable[[Any, Any], None] = descriptor.__set__
    _PROVENANCE_SETTERS[cls] = setter  # concurrent first calls store equal setters
    return setter


#: ``(parser name, confidence, reason)`` -> the stamped Provenance.
_STAMPED: Final[dict[tuple[str, float, str | None], Provenance]] = {}


def _check_item(item: Any, kind: type, text: str, stage: Stage) -> Any:
    if not isinstance(item, kind):
        raise _bad(stage, f"a {type(item).__name__}, expected {kind.__name__}", item)
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


def _stamped(prov: Provenance, name: str) -> Provenance:
    """
    *prov* with its ``parser`` set to *name*, every other field kept as it
    is. Most mentions share a handful of provenances (the default one, a
    few reasons per parser): :data:`_STAMPED` keeps each stamped copy of a
    plain :class:`Provenance` (a subclass is copied each time: it keeps its
    class and its own fields).
    """
    if prov.__class__ is not Provenance:
        new: Provenance = _replace(prov, "parser", name)
        return new
    key = (name, prov.confidence, prov.reason)
    found = _STAMPED.get(key)
    if found is None:
        found = _replace(prov, "parser", name)
        if len(_STAMPED) >= 4096:
            _STAMPED.clear()  # bounded; concurrent callers rebuild equal copies
        _STAMPED[key] = found
    return found


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
    namespace: dict[str, Any] = {
        "cls": cls,
        "new_object": object.__new__,
        "setter": object.__setattr__,
    }
    lines = ["def replace(obj, value):", *_new_lines(cls, namespace)]
    for i, field in enumerate(attrs.fields(cls)):
        source = "value" if field.name == name else f"obj.{field.name}"
        lines.append(_set_line(cls, field.name, source, namespace, f"set{i}"))
    lines += _end_lines(cls, namespace)
    exec("\n".join(lines), namespace)  # a fixed template over attrs' field names
    func: Callable[[Any, Any], Any] = namespace["replace"]
    _REPLACERS[cls, name] = func  # concurrent first calls build equal functions
    return func


def _maker(cls: type) -> Callable[..., Any]:
    """
    A function taking the fields of the frozen attrs class *cls* as
    keyword arguments (defaults as attrs gives them) and returning an
    instance built without converters and validators: for values the
    pipeline has checked already.
    """
    params = []
    body = []
    namespace: dict[str, Any] = {
        "cls": cls,
        "new_object": object.__new__,
        "setter": object.__setattr__,
        "missing": _MISSING,
    }
    head = _new_lines(cls, namespace)
    for i, field in enumerate(attrs.fields(cls)):
        name = field.name
        default = field.default
        if default is attrs.NOTHING:
            params.append(name)
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:
                raise TypeError(f"{cls.__name__}.{name}: a factory taking self")
            params.append(f"{name}=missing")
            namespace[f"factory{i}"] = default.factory
            body.append(f"    if {name} is missing:\n        {name} = factory{i}()")
        else:
            params.append(f"{name}=default{i}")
            namespace[f"default{i}"] = default
        body.append(_set_line(cls, name, name, namespace, f"set{i}"))
    lines = [f"def make(*, {', '.join(params)}):", *head]
    lines += body
    lines += _end_lines(cls, namespace)
    exec("\n".join(lines), namespace)  # a fixed template over attrs' field names
    func: Callable[..., Any] = namespace["make"]
    return func


_MISSING: Final = object()


def _new_lines(cls: type, namespace: dict[str, Any]) -> list[str]:
    """
    The first lines of a generated copy or constructor of the frozen attrs
    class *cls*: a new instance, as the unfrozen twin of *cls* when it has
    one (:func:`conflictparse.results._unfrozen`: a store per field is then
    one instruction, and one ``__class__`` swap at the end costs less than
    three setter calls), and attrs' cached hash cleared.
    """
    twin = _unfrozen(cls) if len(attrs.fields(cls)) >= 3 else None
    namespace["twin"] = twin
    lines = ["    new = twin()" if twin is not None else "    new = new_object(cls)"]
    slot = "_attrs_cached_hash"  # with cache_hash, attrs keeps the hash in a slot
    if slot in getattr(cls, "__slots__", ()):
        lines.append(_set_line(cls, slot, "None", namespace, "set_hash"))
    return lines


def _end_lines(cls: type, namespace: dict[str, Any]) -> list[str]:
    end = ["    new.__class__ = cls"] if namespace["twin"] is not None else []
    return [*end, "    return new"]


def _set_line(
    cls: type, name: str, source: str, namespace: dict[str, Any], key: str
) -> str:
    """
    The line setting the attribute *name* of ``new`` to the expression
    *source*: a plain store on the unfrozen twin; else a slot's own setter,
    put in *namespace* under *key* (a third faster than
    ``object.__setattr__``: no look-up of the name per call).
    """
    if namespace["twin"] is not None:
        return f"    new.{name} = {source}"
    for klass in cls.__mro__:
        if name in vars(klass):
            descriptor = vars(klass)[name]
            if isinstance(descriptor, types.MemberDescriptorType):
                namespace[key] = descriptor.__set__
                return f"    {key}(new, {source})"
            break
    return f"    setter(new, {name!r}, {source})"


_new_context: Final = _maker(Context)
_new_document: Final = _maker(Document)
_new_report: Final = _maker(Report)


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
