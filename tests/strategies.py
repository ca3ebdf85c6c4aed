"""
Shared Hypothesis strategies for every result type.

Every strategy is built with :func:`hypothesis.strategies.builds`, which
reads the attrs validators: closed vocabularies (``in_``) become
``sampled_from``, ``optional`` adds ``None``.  Fields are inferred (``...``)
unless listed in an override below, so a field added to a result class is
generated automatically; a new field with a bound (``ge``/``le``) or a
cross-field rule must get an override here.

Mentions are drawn against a *source* text, with spans that slice it
(``source[start:end] == text``), the way the pipeline produces them.
"""

from __future__ import annotations

import datetime as _dt
import string
from collections.abc import Callable
from typing import Any

import attrs
from hypothesis import strategies as st

from conflictparse import (
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

__all__ = [
    "actor_mentions",
    "casualty_counts",
    "date_mentions",
    "datelines",
    "events",
    "place_mentions",
    "provenances",
    "reports",
    "sourced_reports",
    "sources",
    "spans",
    "wire_text",
]

#: Words wire copy is made of, mixed with arbitrary characters by :data:`sources`.
_WIRE_WORDS = (
    "KABUL", "(AFP)", "-", "Taliban", "fighters", "killed", "at", "least", "12",
    "soldiers", "on", "Sunday", "in", "Kunduz", "province", ",", "officials",
    "said", ".", "\n", "twenty-one", "civilians", "were", "wounded", "Jan.", "10",
    "2016", "the", "army", "Mogadishu", "al-Shabaab", "militants", "3", "JAN", "90",
    "--", "Takhār", "’s", "police", "—", "dozens",
)  # fmt: skip

#: Realistic-looking wire text: dateline-like heads, numbers, mixed case.
wire_text = st.lists(st.sampled_from(_WIRE_WORDS), max_size=30).map(" ".join)

#: Any source text: wire-like words or arbitrary Unicode (including surrogates).
sources = st.one_of(wire_text, st.text(max_size=60))

_SMALL = st.integers(min_value=0, max_value=10**7)
_OPTIONAL_SMALL = st.none() | _SMALL
_NAMES = st.none() | st.text(alphabet=string.ascii_letters + " -'", max_size=30)
_ISO_LIKE = st.none() | st.dates().map(_dt.date.isoformat)


def _builds(cls: type, /, **overrides: Any) -> st.SearchStrategy[Any]:
    """``st.builds(cls)`` inferring every field not given in *overrides*."""
    kwargs: dict[str, Any] = {f.name: ... for f in attrs.fields(cls) if f.init}
    kwargs.update(overrides)
    return st.builds(cls, **kwargs)


@st.composite
def spans(draw: st.DrawFn, source: str) -> Span:
    """A span inside *source* (possibly empty)."""
    start = draw(st.integers(min_value=0, max_value=len(source)))
    end = draw(st.integers(min_value=start, max_value=len(source)))
    return Span(start=start, end=end)


#: Provenance as a parser or the pipeline writes it.
provenances = _builds(
    Provenance,
    parser=st.sampled_from(["", "conflictparse.dates", "my_plugin"]),
    confidence=st.floats(min_value=0.0, max_value=1.0),
    reason=st.none() | st.text(max_size=30),
)


def _located(cls: type, **overrides: Any) -> Callable[[str], st.SearchStrategy[Any]]:
    """
    A factory: source -> mentions of *cls* whose spans slice the source.

    The strategy for the other fields is built once; a drawn mention is then
    moved onto a drawn span with :func:`attrs.evolve`.
    """
    base = _builds(
        cls,
        text=st.just(""),
        span=st.just(Span(start=0, end=0)),
        provenance=provenances,
        **overrides,
    )

    def strategy(source: str) -> st.SearchStrategy[Any]:
        @st.composite
        def located(draw: st.DrawFn) -> Any:
            span = draw(spans(source))
            return attrs.evolve(draw(base), text=span.slice(source), span=span)

        return located()

    return strategy


date_mentions = _located(
    DateMention,
    value=_ISO_LIKE,
    earliest=st.none() | st.dates(),
    latest=st.none() | st.dates(),
    duration=st.none() | st.sampled_from(["P2D", "P3M", "PT5H", "P1Y"]),
)
"""Date mentions in a source; :attr:`~DateMention.value` looks like ISO 8601."""

casualty_counts = _located(
    CasualtyCount,
    low=_OPTIONAL_SMALL,
    best=_OPTIONAL_SMALL,
    high=_OPTIONAL_SMALL,
    vague=st.none() | st.sampled_from(["dozens", "many", "scores"]),
    actor=_NAMES,
)
"""Casualty counts in a source; counts are non-negative."""

place_mentions = _located(
    PlaceMention,
    name=_NAMES,
    country=st.none() | st.sampled_from(["AF", "SO", "SV", "SY", "TJ"]),
    admin1=st.none() | st.sampled_from(["AF-KDZ", "AF-TAK", "SO-BN"]),
    admin2=_NAMES,
    latitude=st.none() | st.floats(min_value=-90.0, max_value=90.0),
    longitude=st.none() | st.floats(min_value=-180.0, max_value=180.0),
    geonames_id=st.none() | st.integers(min_value=1, max_value=12_000_000),
)
"""Place mentions in a source; coordinates stay on the globe."""

actor_mentions = _located(
    ActorMention,
    canonical=_NAMES,
    country=st.none() | st.sampled_from(["AF", "SO", "SV"]),
    parent=_NAMES,
)
"""Actor mentions in a source."""


_dateline_places = _builds(
    PlaceMention,
    text=st.just(""),
    span=st.just(Span(start=0, end=0)),
    provenance=provenances,
    name=_NAMES,
    role=st.just("dateline"),
    country=st.none() | st.sampled_from(["AF", "SV"]),
    admin1=st.none(),
    admin2=st.none(),
    latitude=st.none(),
    longitude=st.none(),
    geonames_id=st.none(),
)
_datelines = _builds(
    Dateline,
    text=st.just(""),
    span=st.just(Span(start=0, end=0)),
    place=st.none() | _dateline_places,
    date=st.none() | st.dates(),
    source=st.none() | st.sampled_from(["AFP", "Reuters", "ACAN-EFE"]),
)


@st.composite
def datelines(draw: st.DrawFn, source: str) -> Dateline:
    """A dateline at a span of *source*, maybe with a resolved place."""
    span = draw(spans(source))
    text = span.slice(source)
    dateline: Dateline = draw(_datelines)
    place = dateline.place
    if place is not None:
        place = attrs.evolve(place, text=text, span=span)
    return attrs.evolve(dateline, text=text, span=span, place=place)


_events = _builds(
    Event,
    id=st.text(alphabet=string.ascii_lowercase + string.digits, min_size=1, max_size=8),
    event_type=st.none() | st.sampled_from(["battle", "attack", "explosion"]),
    date=st.none(),
    place=st.none(),
    side_a=st.none(),
    side_b=st.none(),
    casualties=st.just(()),
    low=_OPTIONAL_SMALL,
    best=_OPTIONAL_SMALL,
    high=_OPTIONAL_SMALL,
    fatalities=_OPTIONAL_SMALL,
    support=st.just(()),
    provenance=provenances,
)


@st.composite
def events(draw: st.DrawFn, source: str) -> Event:
    """An event assembled from mentions of *source*."""
    event: Event = draw(_events)
    return attrs.evolve(
        event,
        date=draw(st.none() | date_mentions(source)),
        place=draw(st.none() | place_mentions(source)),
        side_a=draw(st.none() | actor_mentions(source)),
        side_b=draw(st.none() | actor_mentions(source)),
        casualties=tuple(draw(st.lists(casualty_counts(source), max_size=1))),
        support=tuple(draw(st.lists(spans(source), max_size=2))),
    )


@st.composite
def reports(draw: st.DrawFn, source: str | None = None) -> Report:
    """A report of mentions in *source* (drawn from :data:`sources` if not given)."""
    text = draw(sources) if source is None else source

    def some(factory: Callable[[str], st.SearchStrategy[Any]]) -> tuple[Any, ...]:
        return tuple(draw(st.lists(factory(text), max_size=2)))

    return Report(
        published=draw(st.none() | st.dates()),
        dateline=draw(st.none() | datelines(text)),
        dates=some(date_mentions),
        casualties=some(casualty_counts),
        places=some(place_mentions),
        actors=some(actor_mentions),
        events=tuple(draw(st.lists(events(text), max_size=1))),
    )


@st.composite
def sourced_reports(draw: st.DrawFn) -> tuple[str, Report]:
    """A ``(source, report)`` pair whose spans all slice the source."""
    text = draw(sources)
    return text, draw(reports(text))
