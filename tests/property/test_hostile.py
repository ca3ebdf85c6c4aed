"""
Hostile text, generated: whatever a scraper brings back, the default
pipeline returns a :class:`~conflictparse.Report` whose every span slices
the source, the same one each time, or raises one of our typed errors.

The strategies mix words that wake every parser family (numbers, months,
casualty verbs, places, armed groups, datelines) with the characters that
break text code: controls, NUL, bidirectional marks, combining marks,
emoji, characters whose case mapping changes length, digits of other
scripts, lone surrogates, very long tokens; and they shout (ALL CAPS).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from conflictparse import ConflictParseError, Pipeline, Report, Span
from conflictparse.errors import ParserFailed, ParseTimeoutError

# Words written for these tests; each one wakes some parser.
_WORDS = (
    # dates
    "Sunday", "on Monday night", "Jan.", "January", "3 JAN 90", "10", "2016",
    "2016-01-10", "31/02/2016", "Feb 30", "last week", "yesterday", "the 1990s",
    "early March", "mid-2015", "two days ago", "since 2003", "1,999", "12:30",
    # counts
    "at least", "more than", "between", "and", "up to", "some", "dozens of",
    "twenty-one", "one hundred and five", "1,200", "12", "0", "99999999999999999999",
    "killed", "wounded", "dead", "injured", "abducted", "kidnapped", "missing",
    "arrested", "civilians", "soldiers", "police officers", "people", "a nurse",
    # places
    "Kabul", "Kunduz province", "Borno State", "Aleppo", "northern Syria",
    "SAN SALVADOR", "Mogadishu", "Uzbekistan", "Georgia", "Niger", "Chad",
    # actors
    "Taliban", "Islamic State", "Boko Haram", "al-Shabaab", "FMLN", "the army",
    "Islamic Movement of Uzbekistan", "gunmen", "militants", "Kabul said",
    # glue and punctuation
    "the", "in", "of", "a", "said", "officials", ",", ".", "-", "--", ":", ";",
    "(", ")", "[", "]", "{", "}", '"', "'s", "’", "—", "\n", "\n\n", "\t",
)  # fmt: skip

_DATELINES = (
    "", "KABUL (AFP) - ", "Kabul: ", "MOGADISHU, March 3 (Reuters) - ",
    "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] ", "ALEPPO, Syria (AP) — ",
    "WASHINGTON, Jan. 8, 2016 (AP) -- ", "X, 99 FOO 99 (,) -- ",
)  # fmt: skip

# Characters that break text code.
_NASTY = (
    "\x00", "\x07", "\x1b", "\r", "\x0b", "\x0c", "\x85", "\u2028", "\u2029",
    "\u200b", "\u200d", "\u200e", "\u200f", "\u202e", "\u2066", "\ufeff",
    "\u0301", "\u0308", "İ", "ß", "ﬁ", "ŉ", "ǅ", "ΐ", "ẞ",
    "٣", "۷", "१", "１２", "²", "½", "Ⅻ", "٫", "\u00a0", "\u3000",
    "مقتل", "שלום", "هجوم في كابل", "😀", "💣", "👨\u200d👩\u200d👧", "🇦🇫",
    "\U0010ffff", "\ufffd", "\ud800", "\udfff",
)  # fmt: skip

_arbitrary = st.text(
    alphabet=st.characters(codec=None, exclude_categories=()), max_size=200
)
_token = st.one_of(
    st.sampled_from(_WORDS),
    st.sampled_from(_NASTY),
    st.text(min_size=1, max_size=12),
)
_long_token = st.builds(
    lambda ch, n: ch * n,
    st.sampled_from(["x", "9", "A", "-", "(", "٣", "😀"]),
    st.integers(2_000, 20_000),
)


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """Wire-like text mixed with hostile characters, sometimes shouted."""
    head = draw(st.sampled_from(_DATELINES))
    tokens = draw(st.lists(_token, max_size=60))
    if draw(st.integers(0, 9)) == 0:  # now and then, one very long token
        tokens.insert(draw(st.integers(0, len(tokens))), draw(_long_token))
    sep = draw(st.sampled_from([" ", " ", "  ", "\n", "", "\u00a0"]))
    text = head + sep.join(tokens)
    if draw(st.booleans()) and draw(st.booleans()):
        text = text.upper()  # ALL-CAPS wire copy
    return text


_texts = st.one_of(hostile_text(), _arbitrary)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The default pipeline, built once for the module."""
    return Pipeline()


@pytest.fixture(scope="module")
def other_pipeline() -> Pipeline:
    """A second default pipeline, to check that instances do not differ."""
    return Pipeline()


def _mentions(report: Report) -> Iterator[tuple[str, Any]]:
    """Every mention of *report*, nested ones (inside events, datelines) too."""
    if report.dateline is not None:
        yield "dateline", report.dateline
        if report.dateline.place is not None:
            yield "dateline.place", report.dateline.place
    for family in ("dates", "actors", "places", "casualties"):
        for m in getattr(report, family):
            yield family, m
    for i, event in enumerate(report.events):
        for field in ("date", "place", "side_a", "side_b"):
            m = getattr(event, field)
            if m is not None:
                yield f"events[{i}].{field}", m
        for m in event.casualties:
            yield f"events[{i}].casualties", m


def _span_errors(report: Report, source: str) -> list[str]:
    """Describe each span that does not slice *source* (empty when all do)."""
    bad = []
    for where, m in _mentions(report):
        span: Span = m.span
        if not 0 <= span.start <= span.end <= len(source):
            bad.append(f"{where}: {span} outside 0..{len(source)}")
        elif source[span.start : span.end] != m.text:
            bad.append(
                f"{where}: {m.text!r} != source slice {source[span.start : span.end]!r}"
            )
    for i, event in enumerate(report.events):
        for span in event.support:
            if not 0 <= span.start <= span.end <= len(source):
                bad.append(f"events[{i}].support: {span} outside 0..{len(source)}")
    return bad


def _run(pipeline: Pipeline, text: str) -> Report | None:
    """
    Run the pipeline; ``None`` when it raised a typed time-out guard.

    Anything but a :class:`ConflictParseError` propagates and fails the
    test. A :class:`ParserFailed` (a parser crashed) fails it with the cause.
    """
    try:
        return pipeline.run(text, published="2016-01-10")
    except ParseTimeoutError:
        return None  # the regex guard worked as designed: typed, not a hang
    except ParserFailed as exc:
        cause = exc.__cause__
        pytest.fail(
            f"{exc.family} parser {exc.parser!r} crashed on {text[:200]!r}: "
            f"{type(cause).__name__}: {cause}"
        )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
@example("")
@example("\x00" * 50)
@example("\ud800 killed \udfff")
@example("KABUL (AFP) - " + "٣" * 30 + " killed")
@example("²³ people were killed on ¹⁰ January")
@example("İİİİ KILLED İN KABUL ON SUNDAY")
def test_arbitrary_text_never_raises_untyped(pipeline: Pipeline, text: str) -> None:
    """Any ``str`` gives a Report or a typed error, never a crash of a parser."""
    try:
        report = _run(pipeline, text)
    except ConflictParseError as exc:  # pragma: no cover - shown on failure
        pytest.fail(f"typed error on a valid str: {exc!r}")
    assert report is None or isinstance(report, Report)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
@example("ALEPPO, Syria (AP) — İİİ killed ﬁfty in Idlib on Oct. 22")
@example("\u202eKABUL\u202c (AFP) - 12 killed")
def test_every_span_slices_the_source(pipeline: Pipeline, text: str) -> None:
    """Every mention, nested ones included, satisfies ``source[start:end] == text``."""
    report = _run(pipeline, text)
    if report is not None:
        assert [] == _span_errors(report, text)


@settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_texts)
def test_results_are_deterministic_within_a_process(
    pipeline: Pipeline, other_pipeline: Pipeline, text: str
) -> None:
    """Reading the same text twice, and with a second pipeline, gives equal reports."""
    first = _run(pipeline, text)
    again = _run(pipeline, text)
    other = _run(other_pipeline, text)
    assert first == again
    assert first == other
    if first is not None:
        assert first.to_json() == other.to_json()  # type: ignore[union-attr]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(hostile_text())
def test_reports_of_hostile_text_survive_json(pipeline: Pipeline, text: str) -> None:
    """The report of hostile text round-trips through the JSON contract."""
    report = _run(pipeline, text)
    if report is not None:
        assert report == Report.from_json(report.to_json())


def test_the_span_check_can_fail() -> None:
    """The span checker used above reports a mention whose text is not its slice."""
    from conflictparse import DateMention

    bad = Report(dates=(DateMention(text="Monday", span=Span(start=0, end=6)),))
    expected = ["dates: 'Monday' != source slice 'Sunday'"]
    assert expected == _span_errors(bad, "Sunday night")
