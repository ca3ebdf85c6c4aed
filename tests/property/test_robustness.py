"""
Arbitrary text through the full default pipeline: nothing escapes but a
ConflictParseError, and every span in the report slices the source.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import example, given
from hypothesis import strategies as st

from conflictparse import ConflictParseError, Mention, Pipeline, Report
from tests.strategies import wire_text

PIPELINE = Pipeline()

texts = st.one_of(
    st.text(max_size=300),
    wire_text,
    st.lists(st.one_of(wire_text, st.text(max_size=20)), max_size=6).map("\n".join),
)
published = st.one_of(st.none(), st.dates(), st.text(max_size=12))


def _mentions(report: Report) -> list[Any]:
    found: list[Any] = [*report.dates, *report.casualties, *report.places, *report.actors]
    for event in report.events:
        found.extend(
            m for m in (event.date, event.place, event.side_a, event.side_b) if m
        )
        found.extend(event.casualties)
    if report.dateline is not None:
        found.append(report.dateline)
        if report.dateline.place is not None:
            found.append(report.dateline.place)
    return found


@given(texts, published)
@example("", None)
@example("KABUL (AFP) -", "2016-01-10")
@example("SAN SALVADOR, 31 FEB 90 (ACAN-EFE) -- [TEXT]", None)
@example("\udcff\x00\u202e 12 killed", None)
def test_only_typed_errors_and_spans_slice(text: str, when: Any) -> None:
    """Either a report whose spans all slice the text, or a ConflictParseError."""
    try:
        report = PIPELINE.run(text, published=when)
    except ConflictParseError:
        return
    for m in _mentions(report):
        assert m.text == text[m.span.start : m.span.end]
        assert 0 <= m.span.start <= m.span.end <= len(text)
    for event in report.events:
        for span in event.support:
            assert span.end <= len(text)
    assert all(
        isinstance(m, Mention) for m in _mentions(report) if m is not report.dateline
    )


@given(st.one_of(st.binary(max_size=20), st.integers(), st.none(), st.lists(st.text())))
def test_non_text_raises_typed_error(value: Any) -> None:
    """Anything that is not a str raises a ConflictParseError (never a bare TypeError)."""
    with pytest.raises(ConflictParseError):
        PIPELINE.run(value)
