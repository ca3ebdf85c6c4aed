"""
The result types: frozen, keyword-only, validated; the JSON codec.
"""

from __future__ import annotations

import datetime as _dt
import json
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

from conflictparse import (
    SCHEMA,
    ActorMention,
    CasualtyCount,
    Dateline,
    DateMention,
    Event,
    PlaceMention,
    Provenance,
    Report,
    Span,
)
from conflictparse.errors import SchemaError
from tests import strategies

SOURCE = "KUNDUZ (Wire) - Insurgents killed seven policemen on Saturday."


def _at(word: str) -> Span:
    start = SOURCE.index(word)
    return Span(start=start, end=start + len(word))


def _report() -> Report:
    saturday = DateMention(
        text="on Saturday",
        span=_at("on Saturday"),
        value="2016-03-05",
        precision="day",
        earliest=_dt.date(2016, 3, 5),
        latest=_dt.date(2016, 3, 5),
        provenance=Provenance(parser="conflictparse.dates"),
    )
    count = CasualtyCount(
        text="seven policemen",
        span=_at("seven policemen"),
        outcome="killed",
        low=7,
        best=7,
        high=7,
        victim="police",
    )
    kunduz = PlaceMention(
        text="KUNDUZ",
        span=_at("KUNDUZ"),
        name="Kunduz",
        kind="city",
        role="dateline",
        country="AF",
        admin1="AF-KDZ",
        latitude=36.72,
        longitude=68.86,
    )
    insurgents = ActorMention(
        text="Insurgents",
        span=_at("Insurgents"),
        canonical="Taliban",
        kind="rebel",
        generic=True,
        provenance=Provenance(confidence=0.6, reason="most salient armed group"),
    )
    return Report(
        published=_dt.date(2016, 3, 6),
        dateline=Dateline(text="KUNDUZ", span=_at("KUNDUZ"), place=kunduz, source="Wire"),
        dates=(saturday,),
        casualties=(count,),
        places=(kunduz,),
        actors=(insurgents,),
        events=(
            Event(
                id="e1",
                event_type="attack",
                date=saturday,
                place=kunduz,
                side_a=insurgents,
                casualties=(count,),
                low=7,
                best=7,
                high=7,
                fatalities=7,
                support=(Span(start=16, end=len(SOURCE)),),
            ),
        ),
    )


def test_span_slices_text() -> None:
    """A span slices its text out of the source; its length is end - start."""
    span = _at("seven policemen")
    assert "seven policemen" == span.slice(SOURCE)
    assert len("seven policemen") == len(span)


@pytest.mark.parametrize(
    ("start", "end"),
    [pytest.param(-1, 3, id="negative-start"), pytest.param(5, 4, id="end-before-start")],
)
def test_span_refuses_bad_offsets(start: int, end: int) -> None:
    """Spans are checked on construction."""
    with pytest.raises(ValueError):
        Span(start=start, end=end)


def test_mention_start_end_shortcuts() -> None:
    """``start`` and ``end`` read the span."""
    m = DateMention(text="on Saturday", span=_at("on Saturday"))
    assert (m.span.start, m.span.end) == (m.start, m.end)


@pytest.mark.parametrize(
    ("cls", "fields"),
    [
        pytest.param(DateMention, {"precision": "fortnight"}, id="date-precision"),
        pytest.param(DateMention, {"kind": "epoch"}, id="date-kind"),
        pytest.param(CasualtyCount, {"outcome": "hurt"}, id="count-outcome"),
        pytest.param(
            CasualtyCount, {"outcome": "killed", "best": -1}, id="count-negative"
        ),
        pytest.param(
            CasualtyCount, {"outcome": "killed", "victim": "aliens"}, id="count-victim"
        ),
        pytest.param(PlaceMention, {"kind": "planet"}, id="place-kind"),
        pytest.param(PlaceMention, {"latitude": 91.0}, id="place-latitude"),
        pytest.param(ActorMention, {"kind": "wizards"}, id="actor-kind"),
    ],
)
def test_closed_vocabularies_and_bounds(cls: type, fields: dict[str, Any]) -> None:
    """Values outside a closed vocabulary or a bound are refused."""
    with pytest.raises((ValueError, TypeError)):
        cls(text="x", span=Span(start=0, end=1), **fields)


def test_provenance_confidence_bounds() -> None:
    """Confidence lies in [0, 1]."""
    with pytest.raises(ValueError):
        Provenance(confidence=1.5)


def test_results_are_frozen_and_hashable() -> None:
    """Results cannot be changed in place, hash, and change only through evolve."""
    report = _report()
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        report.dates = ()  # type: ignore[misc]
    assert hash(report) == hash(_report())
    assert () == attrs.evolve(report, dates=[]).dates  # type: ignore[arg-type]


def test_keyword_only() -> None:
    """Results take keyword arguments only."""
    with pytest.raises(TypeError):
        Span(0, 5)  # type: ignore[call-arg]


def test_collections_become_tuples() -> None:
    """Lists given for collections are stored as tuples."""
    report = Report(dates=[DateMention(text="x", span=Span(start=0, end=1))])  # type: ignore[arg-type]
    assert isinstance(report.dates, tuple)


def test_to_dict_shape() -> None:
    """``to_dict`` writes the contract's keys; spans flatten into start/end."""
    data = _report().to_dict()
    assert SCHEMA == data["schema"]
    assert "2016-03-06" == data["published"]
    first_date = data["dates"][0]
    start = SOURCE.index("on Saturday")
    expected = ("on Saturday", start, start + len("on Saturday"))
    assert expected == (first_date["text"], first_date["start"], first_date["end"])
    assert "span" not in first_date
    assert "2016-03-05" == first_date["earliest"]
    assert [{"start": 16, "end": len(SOURCE)}] == data["events"][0]["support"]


def test_round_trip_of_a_full_report() -> None:
    """A report with every kind of result survives dict and JSON round trips."""
    report = _report()
    assert report == Report.from_dict(report.to_dict())
    assert report == Report.from_json(report.to_json())
    assert report == Report.from_dict(json.loads(json.dumps(report.to_dict())))


def test_to_json_keeps_non_ascii() -> None:
    """JSON output keeps non-ASCII text as it is by default."""
    report = Report(dates=(DateMention(text="Takhār", span=Span(start=0, end=6)),))
    assert "Takhār" in report.to_json()


def test_from_dict_missing_optional_keys_take_defaults() -> None:
    """Keys with defaults may be omitted when reading."""
    report = Report.from_dict(
        {"schema": SCHEMA, "dates": [{"text": "x", "start": 0, "end": 1}]}
    )
    assert DateMention(text="x", span=Span(start=0, end=1)) == report.dates[0]


@pytest.mark.parametrize(
    ("data", "path"),
    [
        pytest.param([], "$", id="not-an-object"),
        pytest.param({"dates": []}, "$.schema", id="no-schema"),
        pytest.param({"schema": "conflictparse.report/0"}, "$.schema", id="other-schema"),
        pytest.param({"schema": SCHEMA, "colour": 1}, "$", id="unknown-key"),
        pytest.param(
            {"schema": SCHEMA, "published": 2016}, "$.published", id="date-not-string"
        ),
        pytest.param(
            {"schema": SCHEMA, "published": "2016-02-30"}, "$", id="no-such-day"
        ),
        pytest.param(
            {"schema": SCHEMA, "dates": [{"text": "x"}]}, "$.dates[0]", id="no-offsets"
        ),
        pytest.param(
            {
                "schema": SCHEMA,
                "dates": [{"text": "x", "start": 0, "end": 1, "precision": "ages"}],
            },
            "$.dates[0]",
            id="bad-vocabulary",
        ),
        pytest.param(
            {"schema": SCHEMA, "dateline": "KABUL"}, "$.dateline", id="dateline-string"
        ),
    ],
)
def test_from_dict_refuses_with_path(data: Any, path: str) -> None:
    """Malformed data raises SchemaError pointing at the offending value."""
    with pytest.raises(SchemaError) as info:
        Report.from_dict(data)
    assert path == info.value.path


def test_from_json_refuses_non_json() -> None:
    """Text that is not JSON raises SchemaError."""
    with pytest.raises(SchemaError):
        Report.from_json("{not json")


def test_from_json_reads_utf8_bytes() -> None:
    """UTF-8 bytes read back as the same report, as json.loads reads them; bad bytes raise SchemaError."""
    report = _report()
    with pytest.raises(SchemaError):
        Report.from_json(b"\xff{")  # type: ignore[arg-type]
    assert report == Report.from_json(report.to_json().encode("utf-8"))  # type: ignore[arg-type]


def test_dateline_country_from_place() -> None:
    """``Dateline.country`` is its place's country, or None without a place."""
    report = _report()
    assert report.dateline is not None
    assert "AF" == report.dateline.country
    assert None is Dateline(text="KUNDUZ", span=_at("KUNDUZ")).country


def test_date_mention_resolved() -> None:
    """A date mention is resolved when it has both ends of its interval."""
    assert (True, False) == (
        _report().dates[0].resolved,
        DateMention(text="x", span=Span(start=0, end=1), relative=True).resolved,
    )


@pytest.mark.parametrize(
    "word",
    [
        pytest.param("Kunduz" + chr(0xDCE9), id="lone-low-surrogate"),
        pytest.param(chr(0xD83D) + "Kunduz", id="lone-high-surrogate"),
        pytest.param("Kunduz\\" + chr(0xDC80), id="surrogate-after-backslash"),
        pytest.param("Kunduz" + chr(0xD83D) + chr(0xDE00), id="lone-high-then-low"),
        pytest.param(
            "\\" + chr(0xDBFF) + chr(0xDFFF) + chr(0xDC80), id="pair-after-backslash"
        ),
        pytest.param("Kunduz \U0001f525" + chr(0xDC80), id="emoji-then-lone-low"),
    ],
)
@pytest.mark.parametrize("ensure_ascii", [False, True], ids=["utf8", "ascii"])
def test_to_json_escapes_lone_surrogates(word: str, ensure_ascii: bool) -> None:
    """
    Lone surrogates become JSON escapes: the output encodes as UTF-8 (or is
    ASCII) and reads back exactly, with as many characters as it had.
    """
    report = Report(dates=(DateMention(text=word, span=Span(start=0, end=len(word))),))
    out = report.to_json(ensure_ascii=ensure_ascii)
    out.encode("ascii" if ensure_ascii else "utf-8")  # raises on a lone surrogate
    back = Report.from_json(out)
    assert report == back
    assert len(word) == len(back.dates[0].text)


def test_to_json_writes_what_json_dumps_writes_without_surrogates() -> None:
    """Without lone surrogates, to_json is json.dumps with ensure_ascii=False by default."""
    import json

    word = "Kondôz قندوز \U0001f525"
    report = Report(dates=(DateMention(text=word, span=Span(start=0, end=len(word))),))
    data = report.to_dict()
    assert json.dumps(data, ensure_ascii=False) == report.to_json()
    assert json.dumps(data, indent=2) == report.to_json(indent=2, ensure_ascii=True)


def test_from_json_joins_pairs_other_writers_escape() -> None:
    """A surrogate pair escaped by another JSON writer (upper or lower case) is one character."""
    import json

    report = Report(dates=(DateMention(text="x", span=Span(start=0, end=1)),))
    out = report.to_json().replace(
        '"text": "x"', '"text": "\\uD83D\\uDE00\\ud83d\\ude00"'
    )
    assert "\U0001f600" * 2 == json.loads(out)["dates"][0]["text"]
    assert "\U0001f600" * 2 == Report.from_dict(json.loads(out)).dates[0].text
    assert "\U0001f600" * 2 == Report.from_json(out).dates[0].text


def test_to_json_keeps_other_characters() -> None:
    """Accented and non-Latin letters stay as they are with the default ensure_ascii=False."""
    word = "Kondôz قندوز"
    report = Report(dates=(DateMention(text=word, span=Span(start=0, end=len(word))),))
    assert word in report.to_json()


@pytest.mark.parametrize(
    ("cls", "kwargs", "error"),
    [
        pytest.param(PlaceMention, {"kind": "hamlet"}, ValueError, id="place-kind"),
        pytest.param(PlaceMention, {"latitude": 91.0}, ValueError, id="latitude-range"),
        pytest.param(PlaceMention, {"latitude": 12}, TypeError, id="latitude-int"),
        pytest.param(PlaceMention, {"precision": "street"}, ValueError, id="precision"),
        pytest.param(
            PlaceMention, {"geonames_id": "1138958"}, TypeError, id="geonames-str"
        ),
        pytest.param(
            DateMention, {"precision": "fortnight"}, ValueError, id="date-precision"
        ),
        pytest.param(DateMention, {"earliest": "2016-01-10"}, TypeError, id="date-str"),
        pytest.param(ActorMention, {"kind": "gang"}, ValueError, id="actor-kind"),
        pytest.param(ActorMention, {"canonical": 7}, TypeError, id="canonical-int"),
    ],
)
def test_validators_refuse_bad_values(
    cls: type, kwargs: dict[str, Any], error: type
) -> None:
    """The fast validation paths still refuse every bad value, with attrs' error type."""
    with pytest.raises(error):
        cls(text="Kunduz", span=Span(start=0, end=6), **kwargs)


@pytest.mark.parametrize(
    "kwargs",
    [
        pytest.param({"outcome": "martyred"}, id="outcome"),
        pytest.param({"outcome": "killed", "low": -1}, id="negative-low"),
        pytest.param({"outcome": "killed", "best": 2.5}, id="float-best"),
        pytest.param({"outcome": "killed", "victim": "goats"}, id="victim"),
    ],
)
def test_casualty_validators_refuse_bad_values(kwargs: dict[str, Any]) -> None:
    """Outcome, bounds and victim categories are checked on every count."""
    with pytest.raises((TypeError, ValueError)):
        CasualtyCount(text="seven", span=Span(start=0, end=5), **kwargs)


def test_report_refuses_a_mention_of_the_wrong_family() -> None:
    """A report's tuples hold only their own family's mentions."""
    place = PlaceMention(text="Kunduz", span=Span(start=0, end=6))
    with pytest.raises(TypeError):
        Report(dates=(place,))  # type: ignore[arg-type]


def test_validators_keep_attrs_classes_for_hypothesis() -> None:
    """Closed vocabularies stay attrs ``in_`` validators that expose their options."""
    validator: Any = attrs.fields(PlaceMention).kind.validator
    from conflictparse.results import PLACE_KINDS

    assert PLACE_KINDS == tuple(validator.options)
    assert type(attrs.validators.in_(("a",))) in type(validator).__mro__


def test_field_validators_pickle() -> None:
    """Every result field's validator pickles, and the copy still rejects a bad value."""
    import pickle

    checked = 0
    for cls in (Span, Provenance, DateMention, CasualtyCount, PlaceMention, ActorMention):
        for field in attrs.fields(cls):
            if field.validator is not None:
                pickle.loads(pickle.dumps(field.validator))
                checked += 1
    start = pickle.loads(pickle.dumps(attrs.fields(Span).start.validator))
    with pytest.raises(ValueError):
        start(None, attrs.fields(Span).start, -1)
    assert checked > 20


# --- the generated constructors agree with the fields' own validators ---------------

_VALID: dict[type, dict[str, Any]] = {
    Span: {"start": 2, "end": 6},
    Provenance: {},
    DateMention: {"text": "Kunduz", "span": Span(start=0, end=6)},
    CasualtyCount: {"text": "seven", "span": Span(start=0, end=5), "outcome": "killed"},
    PlaceMention: {"text": "Kunduz", "span": Span(start=0, end=6)},
    ActorMention: {"text": "Taliban", "span": Span(start=0, end=7)},
    Dateline: {"text": "KUNDUZ", "span": Span(start=0, end=6)},
    Event: {"id": "e1"},
    Report: {},
}

#: Odd values of many types: each field refuses some and takes others.
_ODD_VALUES: tuple[Any, ...] = (
    None, "", "x", "city", "killed", "day", -1, 0, 3, 2.5, -0.5, 91.0, 1.0, True,
    (), ("x",), [Span(start=0, end=1)], _dt.date(2016, 1, 10), Span(start=0, end=1),
    Provenance(), object(),
)  # fmt: skip


def _outcome(call: Any) -> tuple[str, str]:
    try:
        call()
    except Exception as exc:  # the outcome itself is compared
        return (type(exc).__name__, str(exc).split(" (got", 1)[0])
    return ("ok", "")


@pytest.mark.parametrize("cls", list(_VALID), ids=lambda cls: cls.__name__)
def test_constructors_refuse_exactly_what_the_validators_refuse(cls: type) -> None:
    """For every field and many odd values, the class accepts or refuses as its validator does."""
    mismatches = []
    for field in attrs.fields(cls):
        if field.validator is None or (cls is Span and field.name == "end"):
            continue
        for value in _ODD_VALUES:
            converted = value
            if field.converter is not None:
                try:
                    converted = field.converter(value)
                except (TypeError, ValueError):
                    continue  # the converter refuses it before any validator
            kwargs = {**_VALID[cls], field.name: value}
            expected = _outcome(lambda: field.validator(None, field, converted))  # noqa: B023
            actual = _outcome(lambda: cls(**kwargs))  # noqa: B023
            if expected != actual:
                mismatches.append((field.name, repr(value), expected, actual))
    assert [] == mismatches


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        pytest.param(2, 6, "ok", id="ordered"),
        pytest.param(6, 6, "ok", id="empty"),
        pytest.param(6, 2, "ValueError", id="end-before-start"),
        pytest.param(2, 6.0, "TypeError", id="float-end"),
        pytest.param(2, None, "TypeError", id="no-end"),
    ],
)
def test_span_end_checks(start: int, end: Any, expected: str) -> None:
    """A span's end must be an int no smaller than its start."""
    assert expected == _outcome(lambda: Span(start=start, end=end))[0]


@pytest.mark.parametrize("cls", list(_VALID), ids=lambda cls: cls.__name__)
def test_constructors_keep_attrs_signature(cls: type) -> None:
    """Keyword-only parameters named after the fields, with attrs' defaults (NOTHING for factories)."""
    import inspect

    params = list(inspect.signature(cls).parameters.values())
    expected = [
        (
            f.name,
            inspect.Parameter.KEYWORD_ONLY,
            attrs.NOTHING if isinstance(f.default, attrs.Factory) else f.default,  # type: ignore[arg-type]
        )
        for f in attrs.fields(cls)
    ]
    actual = [
        (
            p.name,
            p.kind,
            attrs.NOTHING if p.default is inspect.Parameter.empty else p.default,
        )
        for p in params
    ]
    assert expected == actual


def test_disabled_validators_are_not_run() -> None:
    """``attrs.validators.disabled()`` switches the checks off, as for any attrs class."""
    with attrs.validators.disabled():
        place = PlaceMention(text="Kunduz", span=Span(start=0, end=6), kind="hamlet")
    assert "hamlet" == place.kind
    with pytest.raises(ValueError):
        PlaceMention(text="Kunduz", span=Span(start=0, end=6), kind="hamlet")


def test_converters_run_in_the_generated_constructors() -> None:
    """Confidence becomes a float, collections become tuples, factories give fresh defaults."""
    event = Event(id="e1", support=[Span(start=0, end=1)])
    assert (1.0, float) == (
        Provenance(confidence=1).confidence,
        type(Provenance(confidence=1).confidence),
    )
    assert ((Span(start=0, end=1),), Provenance()) == (event.support, event.provenance)


@pytest.mark.parametrize("cls", list(_VALID), ids=lambda cls: cls.__name__)
def test_constructed_results_are_exactly_their_class_and_frozen(cls: type) -> None:
    """A constructor sets the slots on an unfrozen twin: what it returns is the frozen class itself."""
    result = cls(**_VALID[cls])
    field = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(result, field, getattr(result, field))
    assert (cls, result) == (type(result), cls(**_VALID[cls]))


@attrs.frozen(kw_only=True)
class _SlottedDate(DateMention):
    """A user's subclass adding a slot."""

    source: str = "wire"


@attrs.frozen(kw_only=True, slots=False)
class _DictDate(DateMention):
    """A user's subclass with a ``__dict__``."""

    source: str = "wire"


@pytest.mark.parametrize("cls", [_SlottedDate, _DictDate], ids=["slots", "dict"])
def test_subclasses_keep_their_class_and_fields(cls: type) -> None:
    """A subclass (own slots or a ``__dict__``) is built with the setters and keeps every field."""
    mention = cls(
        text="Sunday", span=Span(start=0, end=6), value="2016-01-10", source="radio"
    )
    expected = (cls, "Sunday", "2016-01-10", "radio", "date")
    assert expected == (
        type(mention),
        mention.text,
        mention.value,
        mention.source,
        mention.kind,
    )


# --- the encoder: one look-up per class, the same data as the generic walk ----


def _generic_encode(obj: Any) -> Any:
    """The codec's encoder as first written: attrs metadata asked for every value."""
    if isinstance(obj, Span):
        return {"start": obj.start, "end": obj.end}
    if attrs.has(type(obj)):
        out: dict[str, Any] = {}
        for f in attrs.fields(type(obj)):
            value = getattr(obj, f.name)
            if f.name == "span":
                out["start"] = value.start
                out["end"] = value.end
            else:
                out[f.name] = _generic_encode(value)
        return out
    if isinstance(obj, tuple):
        return [_generic_encode(x) for x in obj]
    if isinstance(obj, _dt.date):
        return obj.isoformat()
    return obj


@settings(max_examples=60, deadline=None)
@given(report=strategies.reports())
def test_to_dict_is_the_generic_walk(report: Report) -> None:
    """``to_dict`` gives the data (and key order) of the generic attrs walk, so the same JSON."""
    expected = {"schema": SCHEMA, **_generic_encode(report)}
    actual = report.to_dict()
    assert expected == actual
    assert json.dumps(expected) == json.dumps(actual)


def test_to_dict_of_subclassed_values() -> None:
    """A span subclass stays a span, a tuple subclass a list, a datetime its own ISO string."""

    class Stamp(_dt.datetime):
        pass

    report = Report(published=Stamp(2016, 3, 6, 12, 30))
    assert {"schema": SCHEMA, **_generic_encode(report)} == report.to_dict()
    assert "2016-03-06T12:30:00" == report.to_dict()["published"]


# --- builders (results._builder) agree with the classes ------------------------------


@pytest.mark.parametrize("cls", list(_VALID), ids=lambda cls: cls.__name__)
def test_builders_accept_and_refuse_exactly_what_the_classes_do(cls: type) -> None:
    """For every field and many odd values, a builder's result or error is the class call's."""
    from conflictparse.results import _builder

    build: Any = _builder(cls)
    mismatches = []
    for field in attrs.fields(cls):
        for value in _ODD_VALUES:
            kwargs = {**_VALID[cls], field.name: value}
            expected = _outcome(lambda: cls(**kwargs))  # noqa: B023
            actual = _outcome(lambda: build(**kwargs))  # noqa: B023
            if expected == ("ok", "") == actual and (
                (cls(**kwargs), repr(cls(**kwargs)))
                != (build(**kwargs), repr(build(**kwargs)))
            ):  # the repr tells 1 from 1.0 and a list from a tuple: converters ran
                actual = ("unequal", repr(build(**kwargs)))
            if expected != actual:
                mismatches.append((field.name, repr(value), expected, actual))
    assert [] == mismatches


@pytest.mark.parametrize("cls", list(_VALID), ids=lambda cls: cls.__name__)
def test_built_results_are_exactly_their_class_and_frozen(cls: type) -> None:
    """A builder returns the frozen class itself, equal and hashing as the class call."""
    from conflictparse.results import _builder

    built: Any = _builder(cls)(**_VALID[cls])
    field = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(built, field, getattr(built, field))
    expected = cls(**_VALID[cls])
    assert (cls, expected, hash(expected)) == (type(built), built, hash(built))


def test_builders_keep_converters_factories_and_disabled_validators() -> None:
    """A builder converts and fills defaults as the class does, and obeys ``validators.disabled()``."""
    from conflictparse.results import _builder

    support = [Span(start=0, end=1)]
    event = _builder(Event)(id="e1", support=support)
    assert (Event(id="e1", support=support), (Span(start=0, end=1),)) == (
        event,
        event.support,
    )
    provenance = _builder(Provenance)(confidence=1)
    assert (Provenance(confidence=1), float) == (provenance, type(provenance.confidence))
    with attrs.validators.disabled():
        place = _builder(PlaceMention)(
            text="Kunduz", span=Span(start=0, end=6), kind="hamlet"
        )
    assert "hamlet" == place.kind


def test_builder_of_a_foreign_class_is_the_class() -> None:
    """A result class defined outside conflictparse gets no generated builder: the class itself."""
    from conflictparse.results import _builder

    @attrs.frozen(kw_only=True)
    class Tagged(DateMention):
        """A plugin's date with a tag."""

        tag: str = "x"

    assert Tagged is _builder(Tagged)


def _span_with_a_hidden_field() -> type:
    """A Span subclass, named as if in conflictparse, with a field left out of ``__init__``."""

    @attrs.frozen(kw_only=True)
    class Hidden(Span):
        """A span with a tag its constructor does not take."""

        tag: str = attrs.field(init=False, default="t")

    Hidden.__module__ = "conflictparse.plugins"
    return Hidden


def _span_with_a_private_field() -> type:
    """A Span subclass, named as if in conflictparse, with a private field (``_tag`` taken as ``tag``)."""

    @attrs.frozen(kw_only=True)
    class Private(Span):
        """A span with a private tag."""

        _tag: str = "t"

    Private.__module__ = "conflictparse.plugins"
    return Private


@pytest.mark.parametrize(
    ("make", "kwargs"),
    [
        (_span_with_a_hidden_field, {"start": 1, "end": 4}),
        (_span_with_a_hidden_field, {"start": 1, "end": 4, "tag": "z"}),
        (_span_with_a_private_field, {"start": 1, "end": 4, "tag": "z"}),
        (_span_with_a_private_field, {"start": 1, "end": 4, "_tag": "z"}),
    ],
    ids=["init-false", "init-false-given", "alias", "alias-by-field-name"],
)
def test_builder_of_a_class_with_init_false_or_alias_fields_is_the_class(
    make: Any, kwargs: dict[str, Any]
) -> None:
    """Fields left out of ``__init__`` or taken under an alias leave the class call as builder."""
    from conflictparse.results import _builder

    cls = make()
    build: Any = _builder(cls)
    assert (cls, _outcome(lambda: cls(**kwargs))) == (
        build,
        _outcome(lambda: build(**kwargs)),
    )


@given(report=strategies.reports())
@settings(max_examples=30)
def test_rebuilding_every_mention_with_builders_gives_equal_mentions(
    report: Report,
) -> None:
    """Any generated mention, rebuilt field by field through its builder, equals itself."""
    from conflictparse.results import _builder

    mentions: list[Any] = [
        *report.dates,
        *report.casualties,
        *report.places,
        *report.actors,
        *report.events,
    ]
    rebuilt = [
        _builder(type(m))(**{f.name: getattr(m, f.name) for f in attrs.fields(type(m))})
        for m in mentions
    ]
    assert mentions == rebuilt


def test_broader_victim_categories_are_of_the_vocabulary() -> None:
    """Each victim category and the broader one it sits in are both of :data:`VICTIM_CATEGORIES`."""
    from conflictparse.results import _BROADER_VICTIM, VICTIM_CATEGORIES

    assert _BROADER_VICTIM
    assert set(_BROADER_VICTIM) | set(_BROADER_VICTIM.values()) <= set(VICTIM_CATEGORIES)
    assert not set(_BROADER_VICTIM) & set(_BROADER_VICTIM.values())  # one level deep


@pytest.mark.parametrize("cls", list(_VALID), ids=lambda cls: cls.__name__)
def test_trusted_builders_build_what_the_classes_build(cls: type) -> None:
    """For valid values, a trusted builder's result is the class call's, converted alike and frozen."""
    from conflictparse.results import _trusted_builder

    build: Any = _trusted_builder(cls)
    for field in attrs.fields(cls):
        for value in _ODD_VALUES:
            kwargs = {**_VALID[cls], field.name: value}
            if _outcome(lambda: cls(**kwargs)) == ("ok", ""):  # noqa: B023
                expected = cls(**kwargs)
                built = build(**kwargs)
                assert (type(expected), expected, repr(expected), hash(expected)) == (
                    type(built), built, repr(built), hash(built),
                )  # fmt: skip
    built = build(**_VALID[cls])
    name = attrs.fields(cls)[0].name
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        setattr(built, name, getattr(built, name))
