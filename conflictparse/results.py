"""
Typed, immutable results.

Every result is an ``attrs`` frozen, slotted, keyword-only class.
Collections inside results are tuples, so a :class:`Report` is hashable
and can be compared, cached and shared between threads.
To change a result, use :func:`attrs.evolve`.

The JSON contract (``conflictparse.report/1``) is produced by
:meth:`Report.to_dict` and read back by :meth:`Report.from_dict`.
Spans are flattened there into ``"start"`` and ``"end"`` keys,
dates become ISO 8601 strings, and tuples become lists.
"""

from __future__ import annotations

import copy
import datetime as _dt
import functools
import itertools
import re
import sys
from collections.abc import Callable, Mapping, Sequence
from typing import Any, Final, TypeVar

import attrs
from attrs import validators as v

from conflictparse.errors import SchemaError

__all__ = [
    "ACTOR_KINDS",
    "CASUALTY_OUTCOMES",
    "DATE_KINDS",
    "DATE_PRECISIONS",
    "LOCATION_PRECISIONS",
    "PLACE_KINDS",
    "PLACE_ROLES",
    "SCHEMA",
    "VICTIM_CATEGORIES",
    "ActorMention",
    "CasualtyCount",
    "DateMention",
    "Dateline",
    "Event",
    "Mention",
    "PlaceMention",
    "Provenance",
    "Report",
    "Span",
]

#: The version tag of the JSON contract written by :meth:`Report.to_dict`.
SCHEMA: Final = "conflictparse.report/1"

#: Closed vocabulary of :attr:`DateMention.precision`, finest first.
DATE_PRECISIONS: Final = (
    "day",
    "week",
    "month",
    "season",
    "quarter",
    "half",
    "year",
    "decade",
    "century",
)

#: Closed vocabulary of :attr:`DateMention.kind`.
#: ``date`` is a point at some precision, ``range`` an interval between two
#: points ("between 14 and 16 February"), ``duration`` a length of time
#: ("two days"), ``event_relative`` a date anchored to another event
#: ("two months after its capture"), ``set`` a recurrence ("every Friday").
DATE_KINDS: Final = ("date", "range", "duration", "event_relative", "set")

#: Closed vocabulary of :attr:`CasualtyCount.outcome`.
CASUALTY_OUTCOMES: Final = (
    "killed",
    "wounded",
    "killed_or_wounded",
    "kidnapped",
    "arrested",
    "missing",
    "displaced",
    "released",
    "unharmed",
)

#: Closed vocabulary of :attr:`CasualtyCount.victim`.
VICTIM_CATEGORIES: Final = (
    "civilians",
    "militants",
    "soldiers",
    "police",
    "security forces",
    "officials",
    "politicians",
    "children",
    "women",
    "men",
    "journalists",
    "aid workers",
    "peacekeepers",
    "prisoners",
    "foreigners",
    "people",
    "unknown",
)

#: Victim categories inside a broader one of :data:`VICTIM_CATEGORIES`
#: ("soldiers" are "security forces"): a story may give the broad group's
#: toll and, elsewhere, its breakdown, which are the same dead told twice.
_BROADER_VICTIM: Final = {
    "soldiers": "security forces",
    "police": "security forces",
    "men": "civilians",
    "women": "civilians",
    "children": "civilians",
    "journalists": "civilians",
    "aid workers": "civilians",
}

#: Provenance reasons one parser family gives and another reads (kept here,
#: once, so that the two never drift apart): a toll summing earlier
#: incidents, a party's count of its own kills (casualties, read by
#: `summarize` and the events stage), and a state named by its weapons
#: ("Russian missiles": actors, read by the events stage).
_CUMULATIVE_REASON: Final = "cumulative toll"
_CLAIM_REASON: Final = "claim of its own kills"
#: A second source's figure for dead another count gives (casualties, read
#: by `summarize` and the events stage as a bound of that count).
_COMPETING_REASON: Final = "another source's figure"
_WEAPON_REASON: Final = "demonym before a weapon or strike noun"
#: The hurt who died later ("one of the injured later died": casualties,
#: read by `summarize` and the events stage as more dead).
_DIED_OF_WOUNDS_REASON: Final = "wounded who died later"

#: The victims of a claim a state's side makes (of armed men) and of one
#: its foes make (of its forces).
_STATE_SIDE: Final = frozenset(["soldiers", "police", "security forces"])
#: Most characters between two objects of one claim ("47 soldiers and 84
#: Wagner mercenaries", "20 soldiers, and 12 police").
_LISTED_GAP: Final = 8


def _rival_claims(claims: Sequence[CasualtyCount]) -> bool:
    """
    Whether *claims*, parties' claims of their kills (casualties, read by
    `summarize` and the events stage), are of two sides' dead told apart:
    a state's claim of armed men killed and another party's of its forces
    killed ("Pakistan said it killed 200 Taliban fighters", "the Taliban
    said they killed 58 Pakistani soldiers"), rival claims about their
    fighting whose sum is no toll. Claims listed together ("killed 47
    soldiers and 84 Wagner mercenaries") are one party's.
    """
    if len(claims) < 2:
        return False
    ordered = sorted(claims, key=lambda c: c.start)
    for a, b in itertools.pairwise(ordered):
        if b.start - a.end <= _LISTED_GAP:
            continue
        victims = {a.victim, b.victim}
        if "militants" in victims and not _STATE_SIDE.isdisjoint(victims):
            return True
        # two states' claims of each other's forces ("Russia said it killed
        # 120 Ukrainian soldiers", "Ukraine said 300 Russian troops were
        # killed"): their forces' countries differ
        if victims <= _STATE_SIDE:
            ca, cb = _forces_country(a.actor), _forces_country(b.actor)
            if ca and cb and ca != cb:
                return True
    return False


def _forces_country(actor: str | None) -> str | None:
    """The country of a state's forces named *actor* ("Military Forces of Russia"), else None."""
    if actor is None or not actor.startswith(_FORCES_PREFIXES):
        return None
    return actor.rpartition(" of ")[2].partition(" (")[0] or None


#: The canonical names of a state's forces, before " of " and its country.
_FORCES_PREFIXES: Final = ("Military Forces of ", "Police Forces of ")


#: Closed vocabulary of :attr:`PlaceMention.kind`.
PLACE_KINDS: Final = (
    "country",
    "province",
    "district",
    "city",
    "town",
    "village",
    "populated_place",
    "region",
    "river",
    "water",
    "mountain",
    "feature",
    "unknown",
)

#: Closed vocabulary of :attr:`PlaceMention.role`.
#: ``place`` is a literal location, ``dateline`` the story's dateline,
#: ``metonymy`` a place name standing for an actor ("Kabul said"),
#: ``demonym`` an adjective that is country evidence ("Afghan").
PLACE_ROLES: Final = ("place", "dateline", "metonymy", "demonym")

#: Closed vocabulary of :attr:`PlaceMention.precision`, most exact first.
LOCATION_PRECISIONS: Final = (
    "exact",
    "near",
    "district",
    "province",
    "country",
    "region",
)

#: Closed vocabulary of :attr:`ActorMention.kind`, aligned with ACLED's
#: ``inter`` codes (1 state, 2 rebel, 3 political militia, 4 identity
#: militia, 5 rioters, 6 protesters, 7 civilians, 8 external).
ACTOR_KINDS: Final = (
    "state",
    "rebel",
    "political_militia",
    "identity_militia",
    "rioters",
    "protesters",
    "civilians",
    "external",
    "unknown",
)


# --- validators ----------------------------------------------------------------
# Every result is validated when it is built, and parsers build thousands of
# them. attrs' composed validators (``optional(instance_of(str))``,
# ``optional([instance_of(int), ge(0)])`` ...) cost a Python call per layer;
# the helpers below return the same attrs validator objects (same class, same
# options, so Hypothesis still infers strategies from them and the error
# messages do not change) with a one-call fast path for valid values. A value
# that fails the fast check goes through the original validator, which
# raises its usual error.


def _fast(full: Any, suspect: str, *, members: bool = False, **names: Any) -> Any:
    """
    Return a copy of the attrs validator *full* whose call first evaluates
    the Python expression *suspect* (over ``value`` and *names*) and hands
    the value to *full* only when it is true: valid values cost one call.
    With *members*, *suspect* is evaluated for each ``member`` of the value
    (a loop beats ``all(map(...))`` on the short tuples results hold).

    The copy keeps attrs' class name, options and ``__reduce__`` (it
    pickles as attrs' own validator), so Hypothesis still infers strategies
    from it, tools that read validators by class name (tools/make_schema.py)
    see no difference, and a bad value gets attrs' usual message.
    """
    base = type(full)
    names["check"] = base.__call__
    # compiled like attrs' own generated methods, from a fixed template and
    # a test written in this module: the test is inlined (a predicate
    # function would be a second call) and reads its names from closure cells
    if members:
        test = (
            "        for member in value:\n"
            f"            if {suspect}:\n"
            "                check(self, inst, attr, value)\n"
            "                return\n"
        )
    else:
        test = f"        if {suspect}:\n            check(self, inst, attr, value)\n"
    source = (
        f"def make({', '.join(names)}):\n"
        "    def __call__(self, inst, attr, value):\n"
        f"{test}"
        "    return __call__\n"
    )
    namespace: dict[str, Any] = {}
    exec(source, namespace)
    call = namespace["make"](**names)
    fast = type(
        base.__name__,
        (base,),
        {
            "__slots__": (),
            "__call__": call,
            "__module__": base.__module__,
            "__reduce__": lambda self: (copy.copy, (full,)),
        },
    )
    validator = copy.copy(full)
    validator.__class__ = fast
    if not members:  # inlined into the result classes' __init__ (_fast_init)
        _SUSPECTS[fast] = (suspect, names)
    return validator


#: fast validator class -> (suspect expression, its names)
_SUSPECTS: Final[dict[type, tuple[str, dict[str, Any]]]] = {}


# The factories are cached: fields with the same rule share one validator.


@functools.cache
def _optional_instance_of(kind: type | tuple[type, ...]) -> Any:
    return _fast(
        v.optional(v.instance_of(kind)),
        "value is not None and not isinstance(value, kind)",
        kind=kind,
    )


@functools.cache
def _in(options: tuple[str, ...]) -> Any:
    return _fast(
        v.in_(options),
        "value.__class__ is not str or value not in allowed",
        allowed=frozenset(options),
    )


@functools.cache
def _optional_in(options: tuple[str, ...]) -> Any:
    return _fast(
        v.optional(v.in_(options)),
        "value is not None and (value.__class__ is not str or value not in allowed)",
        allowed=frozenset(options),
    )


@functools.cache
def _non_negative_int() -> Any:
    return _fast(
        v.and_(v.instance_of(int), v.ge(0)),
        "not (isinstance(value, int) and value >= 0)",
    )


@functools.cache
def _non_negative_optional() -> Any:
    return _fast(
        v.optional([v.instance_of(int), v.ge(0)]),
        "value is not None and not (isinstance(value, int) and value >= 0)",
    )


@functools.cache
def _optional_float_between(low: float, high: float) -> Any:
    return _fast(
        v.optional([v.instance_of(float), v.ge(low), v.le(high)]),
        "value is not None and not (isinstance(value, float) and low <= value <= high)",
        low=low,
        high=high,
    )


@functools.cache
def _between(low: float, high: float) -> Any:
    return _fast(
        v.and_(v.ge(low), v.le(high)),
        "not (isinstance(value, float) and low <= value <= high)",
        low=low,
        high=high,
    )


@functools.cache
def _tuple_members(kind: type) -> Any:
    return _fast(
        v.deep_iterable(v.instance_of(kind)),
        "not isinstance(member, kind)",
        members=True,
        kind=kind,
    )


def _to_tuple(value: Any) -> tuple[Any, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class Span:
    """
    A half-open ``[start, end)`` range of 0-based character offsets.

    Offsets index the input ``str`` exactly as Python does, so
    ``text[span.start:span.end]`` is the matched text.

    >>> Span(start=0, end=5)
    Span(start=0, end=5)

    .. versionadded:: 0.1.0
    """

    start: int = attrs.field(validator=_non_negative_int())
    end: int = attrs.field(validator=v.instance_of(int))

    @end.validator
    def _check_end(self, _attribute: attrs.Attribute[int], value: int) -> None:
        if value < self.start:
            msg = f"span end {value} is before its start {self.start}"
            raise ValueError(msg)

    def slice(self, text: str) -> str:
        """
        Return the part of *text* this span covers.

        >>> Span(start=0, end=5).slice("Kabul: Afghan forces")
        'Kabul'
        """
        return text[self.start : self.end]

    def __len__(self) -> int:
        return self.end - self.start


@attrs.frozen(kw_only=True)
class Provenance:
    """
    Where a mention came from.

    The pipeline fills in :attr:`parser` with the name the parser is
    registered under; a parser leaves it empty.
    :attr:`confidence` is in ``[0, 1]``; :attr:`reason` says, in a few
    words, why a less-than-certain decision was made ("most salient armed
    group").

    .. versionadded:: 0.1.0
    """

    parser: str = attrs.field(default="", validator=v.instance_of(str))
    confidence: float = attrs.field(
        default=1.0, converter=float, validator=_between(0.0, 1.0)
    )
    reason: str | None = attrs.field(default=None, validator=_optional_instance_of(str))


#: The provenance of a mention built without one, shared by all of them (it
#: is frozen): a fresh ``Provenance()`` per mention cost a third of building
#: a mention. The pipeline stamps it with the parser's name.
_UNSTAMPED: Final = Provenance()


@attrs.frozen(kw_only=True)
class Mention:
    """
    Base of every mention: the matched :attr:`text`, its :attr:`span`
    and its :attr:`provenance`.

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=v.instance_of(str))
    span: Span = attrs.field(validator=v.instance_of(Span))
    provenance: Provenance = attrs.field(
        default=_UNSTAMPED, validator=v.instance_of(Provenance)
    )

    @property
    def start(self) -> int:
        """The first character offset of the mention."""
        return self.span.start

    @property
    def end(self) -> int:
        """The offset one past the mention's last character."""
        return self.span.end


@attrs.frozen(kw_only=True)
class DateMention(Mention):
    """
    A temporal expression, normalised.

    :attr:`value` is an ISO 8601-like string whose length shows its
    granularity (``"2016-01-10"``, ``"2015-10"``, ``"2014"``, ``"199"``
    for a decade, ``"2016-W02"`` for a week), :attr:`precision` one of
    :data:`DATE_PRECISIONS`, and ``[earliest, latest]`` the closed
    interval of days the expression covers.
    Relative expressions without a publication date keep ``value`` and the
    interval as ``None`` with :attr:`relative` set.
    A duration has :attr:`kind` ``"duration"`` and an ISO 8601
    :attr:`duration` (``"P2D"``) but no calendar value.

    .. versionadded:: 0.1.0
    """

    value: str | None = attrs.field(default=None, validator=_optional_instance_of(str))
    precision: str | None = attrs.field(
        default=None, validator=_optional_in(DATE_PRECISIONS)
    )
    earliest: _dt.date | None = attrs.field(
        default=None, validator=_optional_instance_of(_dt.date)
    )
    latest: _dt.date | None = attrs.field(
        default=None, validator=_optional_instance_of(_dt.date)
    )
    kind: str = attrs.field(default="date", validator=_in(DATE_KINDS))
    relative: bool = attrs.field(default=False, validator=v.instance_of(bool))
    duration: str | None = attrs.field(default=None, validator=_optional_instance_of(str))

    @property
    def resolved(self) -> bool:
        """Whether the mention has a calendar interval."""
        return self.earliest is not None and self.latest is not None


@attrs.frozen(kw_only=True)
class CasualtyCount(Mention):
    """
    A count of people harmed: killed, wounded, kidnapped, arrested ...

    :attr:`low`, :attr:`best` and :attr:`high` are the UCDP-style
    estimates (``None`` where the text gives no bound); :attr:`approximate`
    marks hedged figures ("some twenty"), :attr:`vague` keeps a quantity
    word that has no number ("many", "dozens").
    :attr:`subset` marks a count contained in another ("including three
    children"); :attr:`superseded` marks a toll replaced by a later one in
    the same report.

    .. versionadded:: 0.1.0
    """

    outcome: str = attrs.field(validator=_in(CASUALTY_OUTCOMES))
    low: int | None = attrs.field(default=None, validator=_non_negative_optional())
    best: int | None = attrs.field(default=None, validator=_non_negative_optional())
    high: int | None = attrs.field(default=None, validator=_non_negative_optional())
    approximate: bool = attrs.field(default=False, validator=v.instance_of(bool))
    vague: str | None = attrs.field(default=None, validator=_optional_instance_of(str))
    victim: str | None = attrs.field(
        default=None, validator=_optional_in(VICTIM_CATEGORIES)
    )
    actor: str | None = attrs.field(default=None, validator=_optional_instance_of(str))
    subset: bool = attrs.field(default=False, validator=v.instance_of(bool))
    superseded: bool = attrs.field(default=False, validator=v.instance_of(bool))


@attrs.frozen(kw_only=True)
class PlaceMention(Mention):
    """
    A place name, resolved as far as the gazetteer allows.

    :attr:`country` is an ISO 3166-1 alpha-2 code, :attr:`admin1` an
    ISO 3166-2 code, :attr:`geonames_id` the GeoNames identifier.
    :attr:`role` separates literal places from datelines, metonymy
    ("Kabul said") and demonyms ("Afghan").

    .. versionadded:: 0.1.0
    """

    name: str | None = attrs.field(default=None, validator=_optional_instance_of(str))
    kind: str = attrs.field(default="unknown", validator=_in(PLACE_KINDS))
    role: str = attrs.field(default="place", validator=_in(PLACE_ROLES))
    country: str | None = attrs.field(default=None, validator=_optional_instance_of(str))
    admin1: str | None = attrs.field(default=None, validator=_optional_instance_of(str))
    admin2: str | None = attrs.field(default=None, validator=_optional_instance_of(str))
    latitude: float | None = attrs.field(
        default=None,
        validator=_optional_float_between(-90.0, 90.0),
    )
    longitude: float | None = attrs.field(
        default=None,
        validator=_optional_float_between(-180.0, 180.0),
    )
    geonames_id: int | None = attrs.field(
        default=None, validator=_optional_instance_of(int)
    )
    precision: str | None = attrs.field(
        default=None, validator=_optional_in(LOCATION_PRECISIONS)
    )


@attrs.frozen(kw_only=True)
class ActorMention(Mention):
    """
    A mention of an actor, resolved to a canonical actor.

    :attr:`kind` is one of :data:`ACTOR_KINDS`; :attr:`generic` marks a
    generic mention ("the militants") resolved by salience, and
    :attr:`metonymy` a place standing for a government ("Kabul said").

    .. versionadded:: 0.1.0
    """

    canonical: str | None = attrs.field(
        default=None, validator=_optional_instance_of(str)
    )
    kind: str = attrs.field(default="unknown", validator=_in(ACTOR_KINDS))
    country: str | None = attrs.field(default=None, validator=_optional_instance_of(str))
    generic: bool = attrs.field(default=False, validator=v.instance_of(bool))
    metonymy: bool = attrs.field(default=False, validator=v.instance_of(bool))
    parent: str | None = attrs.field(default=None, validator=_optional_instance_of(str))


@attrs.frozen(kw_only=True)
class Dateline:
    """
    The wire dateline that opens a story: ``KABUL, Jan 10 (Reuters) -``.

    :attr:`place` is the resolved dateline place, :attr:`date` the date the
    dateline states, :attr:`source` the agency ("AFP", "ACAN-EFE").

    .. versionadded:: 0.1.0
    """

    text: str = attrs.field(validator=v.instance_of(str))
    span: Span = attrs.field(validator=v.instance_of(Span))
    place: PlaceMention | None = attrs.field(
        default=None, validator=_optional_instance_of(PlaceMention)
    )
    date: _dt.date | None = attrs.field(
        default=None, validator=_optional_instance_of(_dt.date)
    )
    source: str | None = attrs.field(default=None, validator=_optional_instance_of(str))

    @property
    def country(self) -> str | None:
        """The ISO alpha-2 code of the dateline place, where known."""
        return None if self.place is None else self.place.country


@attrs.frozen(kw_only=True)
class Event:
    """
    One incident: when, where, who against whom, and how many.

    Fields follow UCDP (``low``/``best``/``high`` fatalities) and ACLED
    (:attr:`fatalities` is the conservative single figure).
    :attr:`support` holds the spans of the sentences the event was read from.

    .. versionadded:: 0.1.0
    """

    id: str = attrs.field(validator=v.instance_of(str))
    event_type: str | None = attrs.field(
        default=None, validator=_optional_instance_of(str)
    )
    date: DateMention | None = attrs.field(
        default=None, validator=_optional_instance_of(DateMention)
    )
    place: PlaceMention | None = attrs.field(
        default=None, validator=_optional_instance_of(PlaceMention)
    )
    side_a: ActorMention | None = attrs.field(
        default=None, validator=_optional_instance_of(ActorMention)
    )
    side_b: ActorMention | None = attrs.field(
        default=None, validator=_optional_instance_of(ActorMention)
    )
    casualties: tuple[CasualtyCount, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=_tuple_members(CasualtyCount),
    )
    low: int | None = attrs.field(default=None, validator=_non_negative_optional())
    best: int | None = attrs.field(default=None, validator=_non_negative_optional())
    high: int | None = attrs.field(default=None, validator=_non_negative_optional())
    fatalities: int | None = attrs.field(default=None, validator=_non_negative_optional())
    support: tuple[Span, ...] = attrs.field(
        default=(), converter=_to_tuple, validator=_tuple_members(Span)
    )
    provenance: Provenance = attrs.field(
        default=_UNSTAMPED, validator=v.instance_of(Provenance)
    )


def _tuple_of(kind: type) -> Any:
    return attrs.field(default=(), converter=_to_tuple, validator=_tuple_members(kind))


@attrs.frozen(kw_only=True)
class Report:
    """
    Everything read from one story.

    >>> import datetime
    >>> r = Report(published=datetime.date(2016, 1, 10))
    >>> r.to_dict()["schema"]
    'conflictparse.report/1'
    >>> Report.from_dict(r.to_dict()) == r
    True

    .. versionadded:: 0.1.0
    """

    published: _dt.date | None = attrs.field(
        default=None, validator=_optional_instance_of(_dt.date)
    )
    dateline: Dateline | None = attrs.field(
        default=None, validator=_optional_instance_of(Dateline)
    )
    dates: tuple[DateMention, ...] = _tuple_of(DateMention)
    casualties: tuple[CasualtyCount, ...] = _tuple_of(CasualtyCount)
    places: tuple[PlaceMention, ...] = _tuple_of(PlaceMention)
    actors: tuple[ActorMention, ...] = _tuple_of(ActorMention)
    events: tuple[Event, ...] = _tuple_of(Event)

    def to_dict(self) -> dict[str, Any]:
        """
        Return the report as plain JSON-ready data (``conflictparse.report/1``).

        Returns:
            A dict of str, int, float, bool, None, lists and dicts.
        """
        out: dict[str, Any] = {"schema": SCHEMA}
        out.update(_encode(self))
        return out

    def to_json(self, **kwargs: Any) -> str:
        """
        Return :meth:`to_dict` as a JSON string; keyword arguments go to
        :func:`json.dumps`.

        Non-ASCII characters are written as they are, except lone surrogates
        (from text decoded with ``surrogateescape``), which are written as
        ``\\udXXX`` escapes so the string can always be encoded as UTF-8;
        :meth:`from_json` reads them back unchanged. A lone low surrogate
        right after a lone high one is written with upper-case hex digits
        (``\\ud83d\\udE00``): JSON reads a plain pair of escapes as one
        character, :meth:`from_json` reads the marked pair as the two it was.

        >>> word = "Kabul" + chr(0xDCE9)  # a byte that was not UTF-8
        >>> r = Report(dates=[DateMention(text=word, span=Span(start=0, end=6))])
        >>> r.to_json().encode("utf-8").count(b"udce9")
        1
        >>> Report.from_json(r.to_json()) == r
        True
        """
        import json

        ensure_ascii = kwargs.pop("ensure_ascii", False)
        text = json.dumps(self.to_dict(), ensure_ascii=False, **kwargs)
        return _json_text(text, ensure_ascii=ensure_ascii)

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Report:
        """
        Rebuild a report from :meth:`to_dict` output.

        Raises:
            SchemaError: the data is not a ``conflictparse.report/1``
                document, or a field has the wrong shape.
        """
        if not isinstance(data, Mapping):
            raise SchemaError("a report must be a JSON object", path="$")
        schema = data.get("schema")
        if schema != SCHEMA:
            raise SchemaError(
                f"unsupported schema {schema!r}; this version reads {SCHEMA!r}",
                path="$.schema",
            )
        body = {k: val for k, val in data.items() if k != "schema"}
        report: Report = _decode(cls, body, "$")
        return report

    @classmethod
    def from_json(cls, text: str) -> Report:
        """Rebuild a report from :meth:`to_json` output."""
        import json

        try:
            if isinstance(text, (bytes, bytearray)):
                text = text.decode("utf-8")  # json.loads reads bytes too
            if "\\ud" in text:
                text = _MARKED_LOW.sub(_unescape_marked, text)
            data = json.loads(text)
        except (TypeError, ValueError) as exc:
            raise SchemaError(f"not JSON: {exc}", path="$") from exc
        return cls.from_dict(data)


# --- faster constructors ---------------------------------------------------------
# attrs' generated __init__ sets each field through object.__setattr__ and then
# calls each field's validator (a Python call even on the fast path). Parsers
# build thousands of results per story, so each class below gets an __init__
# generated from the same attrs metadata that sets the slots directly and
# inlines each validator's cheap test: a valid value costs no call at all; a
# suspect value goes to the field's own validator, which raises attrs' usual
# error. Converters, factories, defaults, the signature and
# attrs.validators.set_disabled() behave as in attrs' own __init__.


def _field_check(field: Any, local: str, names: dict[str, Any]) -> str | None:
    """
    The inline test of *field*'s validator over the local *local*: true at
    least whenever the validator would raise. ``None``: call it every time.
    """
    validator: Any = field.validator
    if type(validator) in _SUSPECTS:
        suspect, needed = _SUSPECTS[type(validator)]
        for name, value in needed.items():
            if name != "check":
                names[f"{local}_{name}"] = value
                suspect = re.sub(rf"\b{name}\b", f"{local}_{name}", suspect)
        return re.sub(r"\bvalue\b", local, suspect)
    if type(validator) is type(v.instance_of(str)):
        names[f"{local}_type"] = getattr(validator, "type", None)
        return f"not isinstance({local}, {local}_type)"
    return None


#: An ``isinstance`` test of a local against a name, in an inline check.
_ISINSTANCE: Final = re.compile(r"\bisinstance\((\w+), (\w+)\)")


def _exact_class_first(match: re.Match[str]) -> str:
    """
    ``isinstance(x, k)`` as ``(x.__class__ is k or isinstance(x, k))``:
    the same answer (``isinstance`` is true whenever ``x.__class__`` is
    the class ``k``), and the usual value, of exactly that class, costs a
    compare instead of a builtin's call. (``k`` a tuple: the compare is
    false and ``isinstance`` answers.)
    """
    value, kind = match.groups()
    return f"({value}.__class__ is {kind} or {match.group()})"


#: Inline tests for validators composed with a decorated method.
_EXTRA_CHECKS: Final = {
    ("Span", "end"): "not isinstance(end, int) or end < start",
}


def _with_gil() -> bool:
    """
    Whether this CPython is a build with the GIL (not a free-threaded one,
    even when its GIL is enabled at run time) and the GIL is on.
    """
    is_gil_enabled = getattr(sys, "_is_gil_enabled", None)
    if is_gil_enabled is None:
        return True  # before 3.13: no free-threaded build exists
    abiflags = getattr(sys, "abiflags", None)  # "t": a free-threaded build
    if abiflags is None:  # pragma: no cover - Windows before 3.14
        import sysconfig

        free_threaded = bool(sysconfig.get_config_var("Py_GIL_DISABLED"))
    else:
        free_threaded = "t" in abiflags
    return not free_threaded and bool(is_gil_enabled())


#: Whether this is CPython built with its GIL (:func:`_with_gil`).
_WITH_GIL: Final = sys.implementation.name == "cpython" and _with_gil()

#: Whether an instance may change its ``__class__`` cheaply: on CPython with
#: its GIL (a free-threaded CPython stops every thread to do it).
_SWAP_CLASS: Final = _WITH_GIL

_UNFROZEN: Final[dict[type, type]] = {}


def _unfrozen(cls: type) -> type | None:
    """
    The unfrozen twin of the frozen attrs class *cls*: a subclass with the
    same slots whose attributes take plain stores; ``None`` for a class
    defined outside conflictparse and where the swap does not pay (see
    :data:`_SWAP_CLASS`).

    Setting a slot through its descriptor's ``__set__`` is a C call that
    packs its arguments in a tuple; on a class that keeps
    ``object.__setattr__`` a store is one specialised instruction. So a new
    result is set up as a twin, and its ``__class__`` then set to *cls*
    (same layout: CPython allows it): about half the cost of building it
    with the setters when a class has ten fields. No twin ever leaves the
    code that builds it.
    """
    if not _SWAP_CLASS or not cls.__module__.startswith("conflictparse."):
        return None  # a user's subclass may count its subclasses, have a metaclass ...
    twin = _UNFROZEN.get(cls)
    if twin is None:
        twin = type(
            cls.__name__,
            (cls,),
            {
                "__slots__": (),
                "__setattr__": object.__setattr__,
                "__delattr__": object.__delattr__,
                "__init__": object.__init__,  # twin() allocates, sets nothing
                "__module__": cls.__module__,
                "__qualname__": f"{cls.__qualname__}.<unfrozen>",
            },
        )
        _UNFROZEN[cls] = twin  # concurrent first calls build equal twins
    return twin


def _set_slots(
    cls: type, names: dict[str, Any], fields: list[str], sets: list[str]
) -> list[str]:
    """
    The lines of a generated ``__init__`` that set the slots of ``self``
    (the locals named *fields*): as plain stores on the unfrozen twin of
    *cls* (:func:`_unfrozen`) when ``self`` is exactly a *cls*, else (a
    subclass, which may add slots or a ``__dict__``) with the slots' own
    setters. The two swaps of ``__class__`` cost about as much as setting
    three slots with their setters: a class with fewer than four fields
    keeps the setter lines *sets*.
    """
    twin = _unfrozen(cls) if len(fields) >= 4 else None
    if twin is None:
        for i, name in enumerate(fields):
            names[f"set{i}"] = getattr(cls, name).__set__  # the slot's own setter
        return sets
    names["cls_"] = cls
    names["twin_"] = twin
    names["set_class_"] = object.__setattr__  # self is still frozen here
    names["setters_"] = tuple(getattr(cls, name).__set__ for name in fields)
    return [
        "    if self.__class__ is cls_:",
        "        set_class_(self, '__class__', twin_)",
        *(f"        self.{name} = {name}" for name in fields),
        "        self.__class__ = cls_",
        "    else:  # a subclass",
        f"        for setter, value in zip(setters_, ({', '.join(fields)},)):",
        "            setter(self, value)",
    ]


def _init_parts(
    cls: type, names: dict[str, Any], self_name: str
) -> tuple[list[str], list[str], list[str], list[str]] | None:
    """
    The parts of a generated keyword-only constructor of the frozen attrs
    class *cls*, shared by :func:`_fast_init` and :func:`_make_builder`:
    its parameters, the steps run before any slot is set (factories and
    converters), the names of its fields (in order) and the lines of the
    inline checks of its validators, called on the object named
    *self_name*. The values the lines name are added to *names*.

    ``None`` where only attrs' own ``__init__`` gets it right: a field
    left out of ``__init__`` (``init=False``) or taken under another name
    (an ``alias``, such as ``_tag`` taken as ``tag``), a factory or
    converter that takes the instance, a pre- or post-init hook.
    """
    if hasattr(cls, "__attrs_pre_init__") or hasattr(cls, "__attrs_post_init__"):
        return None
    params: list[str] = []
    steps: list[str] = []
    fields: list[str] = []
    checks: list[str] = []
    for i, field in enumerate(attrs.fields(cls)):
        local = field.name
        if not field.init or getattr(field, "alias", local) != local:
            return None
        default = field.default
        if default is attrs.NOTHING:
            params.append(local)
        elif isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            if default.takes_self:  # pragma: no cover - none of ours
                return None
            params.append(f"{local}=NOTHING")
            names[f"factory{i}"] = default.factory
            steps.append(f"    if {local} is NOTHING:\n        {local} = factory{i}()")
        else:
            params.append(f"{local}=default{i}")
            names[f"default{i}"] = default
        if field.converter is not None:
            if isinstance(field.converter, attrs.Converter):  # pragma: no cover
                return None
            names[f"convert{i}"] = field.converter
            steps.append(f"    {local} = convert{i}({local})")
        fields.append(local)
        if field.validator is not None:
            names[f"validator{i}"] = field.validator
            names[f"attribute{i}"] = field
            call = f"validator{i}({self_name}, attribute{i}, {local})"
            test = _EXTRA_CHECKS.get((cls.__name__, local)) or _field_check(
                field, local, names
            )
            if test:
                test = _ISINSTANCE.sub(_exact_class_first, test)
            checks.append(
                f"        if {test}:\n            {call}" if test else f"        {call}"
            )
    return params, steps, fields, checks


def _fast_init(cls: type) -> None:
    """Give the frozen attrs class *cls* the faster ``__init__`` described above."""
    try:
        from attr import _config  # attrs' switch for set_disabled()
    except ImportError:  # pragma: no cover - a future attrs: keep its own __init__
        return
    original = cls.__init__  # type: ignore[misc]
    names: dict[str, Any] = {"NOTHING": attrs.NOTHING, "config": _config}
    parts = _init_parts(cls, names, "self")
    if parts is None:
        return  # pragma: no cover - none of ours: keep attrs' __init__
    params, steps, fields, checks = parts
    sets = [f"    set{i}(self, {local})" for i, local in enumerate(fields)]  # no twin
    source = "\n".join(
        [
            f"def __init__(self, *, {', '.join(params)}):",
            *steps,
            *_set_slots(cls, names, fields, sets),
            *(["    if config._run_validators is True:", *checks] if checks else []),
        ]
    )
    namespace: dict[str, Any] = {}
    exec(
        f"def make({', '.join(names)}):\n" + _indent(source) + "\n    return __init__",
        namespace,
    )
    init = namespace["make"](**names)
    init.__qualname__ = original.__qualname__
    init.__module__ = original.__module__
    init.__annotations__ = dict(original.__annotations__)
    init.__doc__ = original.__doc__
    cls.__init__ = init  # type: ignore[misc]


def _indent(source: str) -> str:
    return "\n".join("    " + line for line in source.splitlines())


for _cls in (Span, Provenance, Mention, DateMention, CasualtyCount, PlaceMention,
             ActorMention, Dateline, Event, Report):  # fmt: skip
    _fast_init(_cls)
del _cls


# --- builders for the library's own parsers ---------------------------------------
# Calling a class with keyword arguments costs CPython a dict of the arguments
# (type.__call__ hands them to __init__ as a dict, which is unpacked again),
# and __init__ then swaps the new instance's class twice. A builder is a
# plain function with the same keyword parameters: called like the class
# (``build(text=..., span=...)``), it allocates the unfrozen twin, stores
# the fields and swaps the class once, then runs the same inline checks and
# validators as __init__ (a bad value raises the same error). About 40 %
# fewer instructions per result than the class call (counted with callgrind).

_BUILDERS: Final[dict[type, Callable[..., Any]]] = {}


def _builder(cls: type[_T]) -> Callable[..., _T]:
    """
    A function taking the keyword arguments of the frozen result class
    *cls* and returning the instance ``cls(**kwargs)`` returns, validated
    the same way, built with fewer instructions: for parsers that build
    many results (module level: ``_new_place = _builder(PlaceMention)``).
    Where the builder cannot be made faster (a class defined outside
    conflictparse, a free-threaded CPython, a future attrs) it is *cls*
    itself.

    >>> build = _builder(Span)
    >>> build(start=7, end=12) == Span(start=7, end=12)
    True
    >>> build(start=7, end=2)
    Traceback (most recent call last):
    ...
    ValueError: span end 2 is before its start 7
    """
    try:
        return _BUILDERS[cls]
    except KeyError:
        pass
    built: Callable[..., Any] = _make_builder(cls) or cls
    _BUILDERS[cls] = built  # concurrent first calls store equal builders
    return built


_TRUSTED_BUILDERS: Final[dict[type, Callable[..., Any]]] = {}


def _trusted_builder(cls: type[_T]) -> Callable[..., _T]:
    """
    The builder of :func:`_builder` without the validators' checks, for
    the library's own parsers only (module level:
    ``_new_place = _trusted_builder(PlaceMention)``); converters and
    defaults still apply.

    Why no checks: the built-in parsers fill each field from their own
    closed tables (kinds, roles, precisions), from numbers they parsed and
    from the offsets of their own matches, so the checks never fail for
    them; they were about a tenth of the cost of building a result, for
    every result of every story. What the checks guarded is tested
    instead: the property tests run the default pipeline on generated
    hostile text and require every span to slice the source and every
    report to read back through the validating constructors
    (:meth:`Report.from_json`). A user's or a plugin's parser builds its
    results with the classes themselves, which validate every field, and
    the pipeline checks its output as before (see
    ``conflictparse._pipeline._checked_and_stamped``).

    >>> build = _trusted_builder(Span)
    >>> build(start=7, end=12) == Span(start=7, end=12)
    True
    """
    try:
        return _TRUSTED_BUILDERS[cls]
    except KeyError:
        pass
    built: Callable[..., Any] = _make_builder(cls, checked=False) or cls
    _TRUSTED_BUILDERS[cls] = built  # concurrent first calls store equal builders
    return built


def _make_builder(cls: type, *, checked: bool = True) -> Callable[..., Any] | None:
    """
    Generate the builder of :func:`_builder` for the frozen attrs class
    *cls*: the parameters, conversions and checks of its ``__init__``
    (:func:`_init_parts`; no checks unless *checked*: the builder of
    :func:`_trusted_builder`), stores on its unfrozen twin
    (:func:`_unfrozen`) and one swap of ``__class__``. ``None`` where the
    class call must be used instead (no twin, or a class
    :func:`_init_parts` leaves to attrs).
    """
    try:
        from attr import _config  # attrs' switch for set_disabled()
    except ImportError:  # pragma: no cover - a future attrs
        return None
    twin = _unfrozen(cls)
    if twin is None:
        return None
    names: dict[str, Any] = {
        "NOTHING": attrs.NOTHING, "config": _config, "twin_": twin, "cls_": cls,
    }  # fmt: skip
    parts = _init_parts(cls, names, "new")
    if parts is None:
        return None
    params, steps, fields, checks = parts
    if not checked:
        checks = []
    source = "\n".join(
        [
            f"def build(*, {', '.join(params)}):",
            *steps,
            "    new = twin_()",
            *(f"    new.{local} = {local}" for local in fields),
            "    new.__class__ = cls_",
            *(["    if config._run_validators is True:", *checks] if checks else []),
            "    return new",
        ]
    )
    namespace: dict[str, Any] = {}
    exec(
        f"def make({', '.join(names)}):\n" + _indent(source) + "\n    return build",
        namespace,
    )
    build: Callable[..., Any] = namespace["make"](**names)
    build.__qualname__ = build.__name__ = f"build_{cls.__name__}"
    build.__module__ = cls.__module__
    return build


# --- the codec ---------------------------------------------------------------
# One generic encoder/decoder driven by attrs metadata, so that adding a field
# to a result type updates the JSON contract (and the schema test catches it).

_T = TypeVar("_T")


def _json_text(text: str, *, ensure_ascii: bool = False) -> str:
    """
    Escape the lone surrogates of JSON *text* written with
    ``ensure_ascii=False`` (``\\udc80``), which UTF-8 cannot encode; other
    characters are kept, or, with *ensure_ascii*, escaped as
    :func:`json.dumps` escapes them. Inside a JSON string the escape reads
    back as the same code point.

    A lone low surrogate that follows a lone high one is marked by its
    hex digits (``\\udE00``: a lower-case ``d``, then upper case, which no
    JSON writer produces) so that :meth:`Report.from_json` keeps the two
    apart; any other JSON reader joins such a pair into one character.
    """
    if text.isascii():
        return text
    if not ensure_ascii:
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            pass
        else:
            return text
    return (_NON_ASCII if ensure_ascii else _SURROGATE).sub(_escape, text)


# Stdlib ``re`` on JSON text this module wrote: single characters, no runs.
_SURROGATE: Final = re.compile("[\ud800-\udfff]")
_NON_ASCII: Final = re.compile("[^\x00-\x7f]")
#: A marked low surrogate escape, after an even run of backslashes.
_MARKED_LOW: Final = re.compile(r"(?<!\\)((?:\\\\)*)\\u(d[C-F][0-9A-F]{2})")


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    code = ord(char)
    if code > 0xFFFF:  # as json.dumps writes it: a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 | (code >> 10):04x}\\u{0xDC00 | (code & 0x3FF):04x}"
    start = match.start()
    if (
        0xDC00 <= code <= 0xDFFF
        and start
        and "\ud800" <= match.string[start - 1] <= "\udbff"
    ):
        return f"\\ud{code & 0xFFF:03X}"  # after a lone high surrogate: marked
    return f"\\u{code:04x}"


def _unescape_marked(match: re.Match[str]) -> str:
    # the raw code point: json.loads copies it as it is, unpaired
    return match.group(1) + chr(int(match.group(2), 16))


_DATE_FIELDS: Final = frozenset({"published", "earliest", "latest", "date"})


def _encode(obj: Any) -> Any:
    """
    JSON-ready data for a result value: attrs instances as dicts of their
    fields (a ``span`` as ``start`` and ``end``), tuples as lists, dates as
    ISO strings, anything else as it is.

    What a value becomes depends only on its class: each class gets its
    encoder once (:func:`_encoder_of`), an attrs class a generated function
    that builds its dict in one expression, copying plain values (``str``,
    ``int``, ``float``, ``bool``, ``None``) without a call. A report with a
    hundred thousand mentions is encoded in a single pass, at a constant
    cost per field.
    """
    try:
        encode = _ENCODERS[obj.__class__]
    except KeyError:
        encode = _encoder_of(obj.__class__)
    return encode(obj)


_PLAIN_TYPES: Final[frozenset[type]] = frozenset({str, int, float, bool, type(None)})


def _plain(obj: Any) -> Any:
    return obj


def _encode_span(span: Any) -> dict[str, Any]:
    return {"start": span.start, "end": span.end}


def _encode_list(items: Any) -> list[Any]:
    # each item's encoder looked up here, not through _encode: one call
    # per item instead of two
    encoders = _ENCODERS
    return [(encoders.get(x.__class__) or _encoder_of(x.__class__))(x) for x in items]


def _encode_date(day: Any) -> str:
    return day.isoformat()  # type: ignore[no-any-return]


#: class -> the function :func:`_encode` writes its instances with
_ENCODERS: Final[dict[type, Callable[[Any], Any]]] = dict.fromkeys(_PLAIN_TYPES, _plain)


def _encoder_of(cls: type) -> Callable[[Any], Any]:
    encode: Callable[[Any], Any]
    if issubclass(cls, Span):
        encode = _encode_span
    elif attrs.has(cls):
        encode = _attrs_encoder(cls)
    elif issubclass(cls, tuple):
        encode = _encode_list
    elif issubclass(cls, _dt.date):
        encode = _encode_date
    else:
        encode = _plain
    _ENCODERS[cls] = encode  # concurrent first calls store equal functions
    return encode


def _attrs_encoder(cls: type) -> Callable[[Any], Any]:
    """
    The encoder of the attrs class *cls*: a function returning the dict of
    its fields in their order, a ``span`` field as ``start`` and ``end``,
    a value of a plain type as it is, any other through its class's
    encoder (looked up inline: no call to :func:`_encode` in between).
    Generated once per class from attrs' field names.
    """
    lines = ["def encode(obj):"]
    items = []
    for i, field in enumerate(attrs.fields(cls)):
        name = field.name
        if name == "span":
            lines.append(f"    v{i} = obj.span")
            items += [f"'start': v{i}.start", f"'end': v{i}.end"]
            continue
        lines.append(f"    v{i} = obj.{name}")
        items.append(
            f"{name!r}: v{i} if (c{i} := v{i}.__class__) in plain"
            f" else (get(c{i}) or encoder_of(c{i}))(v{i})"
        )
    lines.append("    return {" + ", ".join(items) + "}")
    namespace: dict[str, Any] = {
        "plain": _PLAIN_TYPES,
        "get": _ENCODERS.get,
        "encoder_of": _encoder_of,
    }
    exec("\n".join(lines), namespace)  # a fixed template over attrs' field names
    encode: Callable[[Any], Any] = namespace["encode"]
    return encode


def _nested_types() -> dict[str, type]:
    return {
        "dateline": Dateline,
        "place": PlaceMention,
        "provenance": Provenance,
        "side_a": ActorMention,
        "side_b": ActorMention,
        "date": DateMention,
        "dates": DateMention,
        "casualties": CasualtyCount,
        "places": PlaceMention,
        "actors": ActorMention,
        "events": Event,
        "support": Span,
    }


def _decode(cls: Any, data: Any, path: str) -> Any:
    if not isinstance(data, Mapping):
        raise SchemaError(f"expected an object for {cls.__name__}", path=path)
    names = {f.name for f in attrs.fields(cls)}
    extra = set(data) - names - ({"start", "end"} if "span" in names else set())
    if extra:
        raise SchemaError(f"unknown keys {sorted(extra)} for {cls.__name__}", path=path)
    nested = _nested_types()
    kwargs: dict[str, Any] = {}
    try:
        if cls is Span:
            return cls(start=data["start"], end=data["end"])
        for name in names:
            here = f"{path}.{name}"
            if name == "span":
                kwargs["span"] = Span(start=data["start"], end=data["end"])
                continue
            if name not in data:
                continue
            value = data[name]
            if value is None:
                kwargs[name] = None
            elif name in nested and isinstance(value, list):
                kwargs[name] = tuple(
                    _decode(nested[name], item, f"{here}[{i}]")
                    for i, item in enumerate(value)
                )
            elif name in nested and not (cls is Dateline and name == "date"):
                kwargs[name] = _decode(nested[name], value, here)
            elif name in _DATE_FIELDS:
                if not isinstance(value, str):
                    raise SchemaError("expected an ISO date string", path=here)
                kwargs[name] = _dt.date.fromisoformat(value)
            else:
                kwargs[name] = value
        return cls(**kwargs)
    except SchemaError:
        raise
    except (KeyError, TypeError, ValueError) as exc:
        raise SchemaError(f"bad {cls.__name__}: {exc}", path=path) from exc
