"""
The Pipeline: stage order, merging, provenance, output checks, typed errors.
"""

from __future__ import annotations

import datetime as _dt
import pickle
import weakref
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import conflictparse
from conflictparse import (
    FAMILIES,
    ActorMention,
    Dateline,
    DateMention,
    Document,
    Pipeline,
    PlaceMention,
    Provenance,
    Report,
    Span,
)
from conflictparse.errors import (
    ConflictParseError,
    DocumentTooLargeError,
    InvalidContextError,
    InvalidInputError,
    InvalidParserOutputError,
    ParserFailed,
    ParseTimeoutError,
    PipelineOrderError,
    PluginValidationError,
    UnknownParserError,
)

STORY = "KABUL (Wire) - Gunmen shot dead two guards outside a bank on Sunday."

#: A pipeline with every default stage off.
OFF: dict[str, Any] = dict.fromkeys(FAMILIES)


def _word(word: str, cls: type = DateMention, **fields: Any) -> Any:
    """A parser returning every occurrence of *word* as a *cls* mention."""

    def parser(doc: Document) -> Iterator[Any]:
        start = doc.text.find(word)
        while start >= 0:
            yield cls(text=word, span=Span(start=start, end=start + len(word)), **fields)
            start = doc.text.find(word, start + 1)

    parser.__name__ = parser.__qualname__ = f"find_{word.lower()}"
    return parser


def test_default_families_in_declared_order() -> None:
    """The default pipeline runs every family, dateline first, events last."""
    assert FAMILIES == Pipeline().families()
    assert ("dateline", "dates", "actors", "places", "casualties", "events") == FAMILIES


def test_none_switches_a_stage_off() -> None:
    """``None`` removes a stage; its results stay empty."""
    p = Pipeline(**{**OFF, "dates": "default"})
    assert ("dates",) == p.families()
    assert () == p.run(STORY).casualties


def test_results_of_several_parsers_are_merged_and_sorted() -> None:
    """Two parsers of one family: their mentions are merged in offset order."""
    p = Pipeline(**{**OFF, "dates": [_word("Sunday"), _word("KABUL")]})
    assert ["KABUL", "Sunday"] == [d.text for d in p.run(STORY).dates]


def test_provenance_names_the_parser() -> None:
    """The pipeline writes the stage name into ``provenance.parser``."""
    p = Pipeline(**{**OFF, "dates": [_word("Sunday"), "default"]})
    parsers = {d.provenance.parser for d in p.run(STORY).dates}
    assert {"find_sunday", "conflictparse.dates"} == parsers


def test_provenance_set_by_parser_is_kept() -> None:
    """A parser that fills ``provenance.parser`` itself keeps its value."""
    p = Pipeline(
        **{**OFF, "dates": _word("Sunday", provenance=Provenance(parser="mine"))}
    )
    assert ["mine"] == [d.provenance.parser for d in p.run(STORY).dates]


def test_later_stage_sees_earlier_results() -> None:
    """Each stage's Document carries the mentions of the stages before it."""
    seen: list[tuple[str, ...]] = []

    def places(doc: Document) -> tuple[PlaceMention, ...]:
        seen.append(tuple(a.text for a in doc.actors))
        return ()

    Pipeline(**{**OFF, "actors": _word("Gunmen", ActorMention), "places": places}).run(
        STORY
    )
    assert [("Gunmen",)] == seen


def test_needs_checked_at_construction() -> None:
    """A parser that needs a later family is refused when the pipeline is built."""

    def early(doc: Document) -> tuple[DateMention, ...]:
        return ()

    early.needs = ("casualties",)  # type: ignore[attr-defined]
    with pytest.raises(PipelineOrderError) as info:
        Pipeline(**{**OFF, "dates": early})
    assert ("early", "casualties") == (info.value.parser, info.value.needs)


def test_needs_of_unknown_family_refused() -> None:
    """A ``needs`` naming no family is refused."""

    def odd(doc: Document) -> tuple[DateMention, ...]:
        return ()

    odd.needs = ("weather",)  # type: ignore[attr-defined]
    with pytest.raises(PipelineOrderError):
        Pipeline(**{**OFF, "dates": odd})


def test_needs_satisfied_by_earlier_family() -> None:
    """A parser may need a family that runs before it."""

    def late(doc: Document) -> tuple[PlaceMention, ...]:
        return ()

    late.needs = ("dates", "actors")  # type: ignore[attr-defined]
    stages = {**OFF, "dates": "default", "actors": "default", "places": late}
    assert ("dates", "actors", "places") == Pipeline(**stages).families()


def test_needs_of_switched_off_family_refused() -> None:
    """A parser that needs a family switched off (``None``) is refused."""

    def late(doc: Document) -> tuple[PlaceMention, ...]:
        return ()

    late.needs = ("actors",)  # type: ignore[attr-defined]
    with pytest.raises(PipelineOrderError):
        Pipeline(**{**OFF, "places": late})


def test_unknown_name_lists_available() -> None:
    """An unknown parser name raises UnknownParserError listing what exists."""
    with pytest.raises(UnknownParserError) as info:
        Pipeline(dates="no-such-parser")
    assert "dates" == info.value.family
    assert "no-such-parser" == info.value.name
    assert "default" in info.value.available
    assert "available: " in str(info.value)


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param(42, id="int"),
        pytest.param(lambda: None, id="no-argument"),
        pytest.param(lambda a, b: None, id="two-arguments"),
    ],
)
def test_non_parser_refused(bad: Any) -> None:
    """Objects that cannot take one document are refused at construction."""
    with pytest.raises(PluginValidationError) as info:
        Pipeline(dates=bad)
    assert bad is info.value.plugin


@pytest.mark.parametrize(
    ("text", "error"),
    [
        pytest.param(b"KABUL (Wire) - Two died.", InvalidInputError, id="bytes"),
        pytest.param(None, InvalidInputError, id="none"),
        pytest.param(["Two died."], InvalidInputError, id="list"),
        pytest.param(12, InvalidInputError, id="int"),
    ],
)
def test_non_str_input_refused(text: Any, error: type[Exception]) -> None:
    """Anything but a str raises InvalidInputError (also a TypeError) carrying it."""
    with pytest.raises(error) as info:
        Pipeline().run(text)
    assert text is info.value.value  # type: ignore[attr-defined]
    assert isinstance(info.value, TypeError)


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("10/01/2016", id="slashes"),
        pytest.param("2016-02-30", id="no-such-day"),
        pytest.param("yesterday", id="word"),
        pytest.param(20160110, id="int"),
    ],
)
def test_unparseable_published_refused(published: Any) -> None:
    """A publication date that is not a date raises InvalidContextError."""
    with pytest.raises(InvalidContextError) as info:
        conflictparse.parse(STORY, published=published)
    assert ("published", published) == (info.value.field, info.value.value)


@pytest.mark.parametrize(
    "published",
    [
        pytest.param("2016-01-10", id="iso-date"),
        pytest.param(_dt.date(2016, 1, 10), id="date"),
        pytest.param(_dt.datetime(2016, 1, 10, 9, 30), id="datetime"),
        pytest.param("2016-01-10T09:30:00Z", id="iso-datetime-z"),
    ],
)
def test_published_forms(published: Any) -> None:
    """Dates, datetimes and ISO strings all give the same publication date."""
    report = Pipeline(**OFF).run("Two died.", published=published)
    assert _dt.date(2016, 1, 10) == report.published


@pytest.mark.parametrize("text", ["", " ", "\n\n\t"])
def test_empty_text_gives_empty_report(text: str) -> None:
    """Empty or blank text gives an empty Report, not an error."""
    assert Report() == conflictparse.parse(text)


def test_empty_text_keeps_published() -> None:
    """An empty story still carries its publication date."""
    assert Report(published=_dt.date(2016, 1, 10)) == conflictparse.parse(
        "", published="2016-01-10"
    )


def test_too_large_refused() -> None:
    """Text over ``max_chars`` raises DocumentTooLargeError with the numbers."""
    with pytest.raises(DocumentTooLargeError) as info:
        Pipeline(max_chars=10).run(STORY)
    assert (len(STORY), 10) == (info.value.length, info.value.limit)


def test_parser_exception_becomes_parser_failed() -> None:
    """A parser that raises is re-raised as ParserFailed naming it, chained."""

    def flaky(doc: Document) -> list[DateMention]:
        raise KeyError("table")

    with pytest.raises(ParserFailed) as info:
        Pipeline(**{**OFF, "dates": flaky}).run(STORY)
    assert ("flaky", "dates") == (info.value.parser, info.value.family)
    assert isinstance(info.value.__cause__, KeyError)


def test_parser_timeout_becomes_parse_timeout_error() -> None:
    """A TimeoutError (as regex raises) becomes ParseTimeoutError."""

    def slow(doc: Document) -> list[DateMention]:
        raise TimeoutError("regex timed out")

    with pytest.raises(ParseTimeoutError) as info:
        Pipeline(**{**OFF, "dates": slow}).run(STORY)
    assert isinstance(info.value, ParserFailed)


@pytest.mark.parametrize(
    ("output", "fragment"),
    [
        pytest.param(["Sunday"], "a str, expected DateMention", id="wrong-type"),
        pytest.param(
            [PlaceMention(text="KABUL", span=Span(start=0, end=5))],
            "a PlaceMention, expected DateMention",
            id="other-family",
        ),
        pytest.param(
            [DateMention(text="Sunday", span=Span(start=0, end=6))],
            "does not match its span",
            id="text-not-at-span",
        ),
        pytest.param(
            [DateMention(text="", span=Span(start=500, end=500))],
            "past the end",
            id="span-past-end",
        ),
        pytest.param(
            [DateMention(text="KABU", span=Span(start=0, end=5))],
            "does not match its span",
            id="text-shorter-than-span",
        ),
        pytest.param(
            [DateMention(text="KABUL (", span=Span(start=0, end=5))],
            "does not match its span",
            id="text-longer-than-span",
        ),
    ],
)
def test_malformed_output_refused(output: list[Any], fragment: str) -> None:
    """Wrong types and spans that do not slice the text are refused, naming the item."""
    with pytest.raises(InvalidParserOutputError) as info:
        Pipeline(**{**OFF, "dates": lambda doc: output}).run(STORY)
    assert fragment in str(info.value)
    assert output[0] is info.value.item


@pytest.mark.parametrize("bad", [None, b"KABUL", 5], ids=["none", "bytes", "int"])
def test_mention_text_that_is_not_a_str_is_refused(bad: object) -> None:
    """A mention whose text was forced to a non-str is refused with the typed error."""
    mention = DateMention(text="KABUL", span=Span(start=0, end=5))
    object.__setattr__(mention, "text", bad)
    with pytest.raises(InvalidParserOutputError):
        Pipeline(**{**OFF, "dates": lambda doc: [mention]}).run(STORY)


@attrs.frozen
class _RuleProvenance(Provenance):
    """A plugin's provenance with a field of its own."""

    rule: str = "weekday"


def test_provenance_subclass_keeps_its_class_and_fields() -> None:
    """Stamping a subclass's provenance keeps its class and extra field, even after an equal plain one."""
    plain = DateMention(
        text="KABUL", span=Span(start=0, end=5), provenance=Provenance(confidence=0.5)
    )
    ruled = DateMention(
        text="KABUL",
        span=Span(start=0, end=5),
        provenance=_RuleProvenance(confidence=0.5),
    )
    report = Pipeline(**{**OFF, "dates": lambda doc: [plain, ruled]}).run(STORY)
    assert [(Provenance, None), (_RuleProvenance, "weekday")] == [
        (type(m.provenance), getattr(m.provenance, "rule", None)) for m in report.dates
    ]
    assert ["<lambda>", "<lambda>"] == [m.provenance.parser for m in report.dates]


def test_dateline_stage_fills_published() -> None:
    """Without ``published``, the dateline's date becomes the publication date."""
    report = Pipeline(**{**OFF, "dateline": "default"}).run(
        "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY REPORTED CLASHES."
    )
    assert _dt.date(1990, 1, 3) == report.published


def test_published_argument_wins_over_dateline() -> None:
    """A given ``published`` is kept even when the dateline states another date."""
    report = Pipeline(**{**OFF, "dateline": "default"}).run(
        "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY REPORTED CLASHES.",
        published="1990-01-04",
    )
    assert _dt.date(1990, 1, 4) == report.published


@pytest.mark.parametrize(
    ("published", "thursday"),
    [
        (
            "2025-11-08",
            _dt.date(2025, 10, 30),
        ),  # written Wednesday Nov 5, published 3 days on
        ("2025-11-05", _dt.date(2025, 10, 30)),  # the same day
        (
            "2026-01-20",
            _dt.date(2026, 1, 15),
        ),  # over a month on: the dateline is not the anchor
    ],
)
def test_relative_dates_count_from_the_dateline_day(
    published: str, thursday: _dt.date
) -> None:
    """
    A story datelined "Nov 5" and published on Nov 8 was written on Nov 5:
    its "on Thursday" is the Thursday before Nov 5, and the report keeps the
    caller's publication date.
    """
    text = "KABUL, Nov 5 (Wire) - Gunmen killed three guards at a checkpoint on Thursday."
    report = Pipeline(**{**OFF, "dateline": "default", "dates": "default"}).run(
        text, published=published
    )
    assert _dt.date.fromisoformat(published) == report.published
    [d] = [m for m in report.dates if m.text == "on Thursday"]
    assert thursday == d.earliest == d.latest


def test_dateline_parser_must_return_a_dateline() -> None:
    """A dateline parser returning something else is refused."""
    with pytest.raises(InvalidParserOutputError):
        Pipeline(**{**OFF, "dateline": lambda doc: "KABUL"}).run(STORY)


def test_custom_dateline_parser() -> None:
    """A plain function can replace the dateline stage."""

    def fixed(doc: Document) -> Dateline:
        return Dateline(text="KABUL", span=Span(start=0, end=5), source="Wire")

    report = Pipeline(**{**OFF, "dateline": fixed}).run(STORY)
    assert (
        Dateline(text="KABUL", span=Span(start=0, end=5), source="Wire")
        == report.dateline
    )


def test_pipeline_is_frozen_and_picklable() -> None:
    """A pipeline cannot be changed, and the default one pickles (for worker processes)."""
    p = Pipeline()
    with pytest.raises(AttributeError):
        p.max_chars = 1  # type: ignore[misc]
    clone = pickle.loads(pickle.dumps(p))
    assert p.run(STORY, published="2016-01-11") == clone.run(
        STORY, published="2016-01-11"
    )


def test_pipeline_is_callable() -> None:
    """Calling a pipeline is the same as ``run``."""
    p = Pipeline()
    assert p.run(STORY) == p(STORY)


def test_parse_matches_default_pipeline() -> None:
    """``conflictparse.parse`` is the default pipeline."""
    assert Pipeline().run(STORY, published="2016-01-11") == conflictparse.parse(
        STORY, published="2016-01-11"
    )


def test_errors_are_conflictparse_errors() -> None:
    """Everything the pipeline raises on purpose is a ConflictParseError."""
    for call in (
        lambda: Pipeline().run(b"x"),  # type: ignore[arg-type]
        lambda: Pipeline().run("x", published="never"),
        lambda: Pipeline(dates="nope"),
    ):
        with pytest.raises(ConflictParseError):
            call()


def test_dateline_place_provenance_names_the_stage() -> None:
    """The dateline's resolved place records the dateline stage as its parser."""
    report = Pipeline(**{**OFF, "dateline": "default"}).run(
        "MOGADISHU, Somalia (Wire) - Mortar rounds hit the port."
    )
    assert report.dateline is not None and report.dateline.place is not None
    assert "conflictparse.dateline" == report.dateline.place.provenance.parser


def test_stamping_provenance_changes_nothing_else() -> None:
    """The stamped mention equals the parser's mention with only ``provenance.parser`` filled."""
    found: list[PlaceMention] = []
    reason = Provenance(confidence=0.4, reason="cue word")

    def places(doc: Document) -> list[PlaceMention]:
        i = doc.text.index("KABUL")
        found.append(
            PlaceMention(
                text="KABUL",
                span=Span(start=i, end=i + 5),
                name="Kabul",
                kind="city",
                country="AF",
                latitude=34.53,
                longitude=69.17,
                geonames_id=1138958,
                precision="exact",
                provenance=reason,
            )
        )
        return found

    [stamped] = Pipeline(**{**OFF, "places": places}).run(STORY).places
    import attrs

    expected = attrs.evolve(found[0], provenance=attrs.evolve(reason, parser="places"))
    assert expected == stamped
    assert (0.4, "cue word") == (stamped.provenance.confidence, stamped.provenance.reason)


@attrs.frozen(kw_only=True)
class _NamedDate(DateMention):
    """A plugin's own DateMention subclass with one more field."""

    calendar: str = "solar hijri"


def test_mention_subclass_is_checked_and_stamped() -> None:
    """A subclass of the family's mention type passes the checks and keeps its own fields."""

    def nowruz(doc: Document) -> list[DateMention]:
        i = doc.text.index("Sunday")
        return [
            _NamedDate(text="Sunday", span=Span(start=i, end=i + 6)),
            _NamedDate(text="Sunday", span=Span(start=i + 1, end=i + 7)),
        ]

    with pytest.raises(InvalidParserOutputError) as info:
        Pipeline(**{**OFF, "dates": nowruz}).run(STORY)
    assert "does not match its span" in str(info.value)
    good = Pipeline(**{**OFF, "dates": lambda doc: nowruz(doc)[:1]}).run(STORY)
    [found] = good.dates
    assert isinstance(found, _NamedDate)
    assert ("solar hijri", "<lambda>") == (found.calendar, found.provenance.parser)


def test_mentions_sharing_a_provenance_are_stamped_alike() -> None:
    """Equal provenances of one stage's mentions become one stamped provenance."""
    shared = Provenance(confidence=0.5, reason="weekday")
    report = Pipeline(
        **{
            **OFF,
            "dates": [
                _word("Sunday", provenance=shared),
                _word("KABUL", provenance=shared),
            ],
        }
    ).run(STORY)
    [kabul, sunday] = report.dates
    assert attrs.evolve(shared, parser="find_kabul") == kabul.provenance
    assert attrs.evolve(shared, parser="find_sunday") == sunday.provenance
    assert "" == shared.parser


def test_report_equals_the_one_its_validating_constructor_builds() -> None:
    """The pipeline builds its Report without re-validating; the constructor agrees on every field."""
    report = conflictparse.parse(STORY, published="2016-01-10")
    rebuilt = Report(**{f.name: getattr(report, f.name) for f in attrs.fields(Report)})
    assert (rebuilt, hash(rebuilt)) == (report, hash(report))


def test_every_copy_the_pipeline_builds_is_its_frozen_class() -> None:
    """Stamped mentions, events, datelines and the report are their own frozen classes (no twin leaks)."""
    report = conflictparse.parse(STORY, published="2016-01-10")
    built = [
        report,
        report.dateline,
        *(m for f in conflictparse.FAMILIES[1:] for m in getattr(report, f)),
    ]
    found = [(type(obj).__qualname__, type(obj).__module__) for obj in built]
    frozen = []
    for obj in built:
        name = attrs.fields(type(obj))[0].name
        try:
            setattr(obj, name, getattr(obj, name))
        except attrs.exceptions.FrozenInstanceError:
            frozen.append(True)
    assert 5 <= len(built)
    assert ([(type(o).__name__, "conflictparse.results") for o in built], len(built)) == (
        found,
        len(frozen),
    )


def test_dateline_datetime_becomes_a_published_date() -> None:
    """A dateline date given as a datetime is published as its date, as Context converts it."""

    def dateline(doc: Document) -> Dateline:
        return Dateline(
            text="KABUL", span=Span(start=0, end=5), date=_dt.datetime(2016, 1, 10, 8, 30)
        )

    report = Pipeline(**{**OFF, "dateline": dateline}).run(STORY)
    assert _dt.date(2016, 1, 10) == report.published
    assert _dt.date is type(report.published)


@attrs.frozen(kw_only=True, cache_hash=True)
class _HashedDate(DateMention):
    """A plugin's DateMention subclass that caches its hash (attrs ``cache_hash``)."""


def test_stamped_copy_of_a_hash_caching_class_hashes_as_built() -> None:
    """The pipeline's copy of a ``cache_hash`` mention hashes like one built by attrs."""

    def dates(doc: Document) -> list[DateMention]:
        i = doc.text.index("Sunday")
        return [_HashedDate(text="Sunday", span=Span(start=i, end=i + 6))]

    [found] = Pipeline(**{**OFF, "dates": dates}).run(STORY).dates
    built = _HashedDate(
        text="Sunday", span=found.span, provenance=Provenance(parser="dates")
    )
    assert (built, hash(built)) == (found, hash(found))


def test_each_stage_sees_the_same_sentences_once_computed() -> None:
    """Stages share one story's derived views: sentences are split once per run."""
    seen: list[int] = []

    def dates(doc: Document) -> tuple[DateMention, ...]:
        seen.append(id(doc.sentences))
        return ()

    def places(doc: Document) -> tuple[PlaceMention, ...]:
        seen.append(id(doc.sentences))
        return ()

    Pipeline(**{**OFF, "dates": dates, "places": places}).run(STORY + " Two fled.")
    assert 1 == len(set(seen))


def test_document_views_follow_a_changed_text() -> None:
    """A Document evolved with another text splits that text, not the old one."""
    import attrs

    doc = Document(text="One died. Two fled.")
    assert ((0, 9), (10, 19)) == doc.sentences
    other = attrs.evolve(doc, text="Six died.")
    assert (((0, 9),), "six died.") == (other.sentences, other.folded)
    assert doc == Document(text="One died. Two fled.")


def test_import_loads_only_the_result_types() -> None:
    """``import conflictparse`` leaves the pipeline, regex, exports and entry points for later."""
    import json
    import subprocess
    import sys

    code = (
        "import json, sys; import conflictparse; "
        "print(json.dumps(sorted(m for m in ('regex', 'importlib.metadata', 'csv', "
        "'multiprocessing', 'conflictparse._pipeline', 'conflictparse._batch', "
        "'conflictparse._export', 'conflictparse.parsers') if m in sys.modules)))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert [] == json.loads(out.stdout)


def test_lazy_names_resolve_on_first_use() -> None:
    """Every name in ``__all__`` is reachable, lazily imported ones included."""
    missing = [name for name in conflictparse.__all__ if not hasattr(conflictparse, name)]
    assert [] == missing
    assert set(conflictparse.__all__) <= set(dir(conflictparse))


@pytest.mark.parametrize(
    "order",
    [
        pytest.param([2, 0, 1], id="unsorted"),
        pytest.param([0, 1, 2], id="sorted"),
        pytest.param([1, 0, 2], id="same-start-longer-first"),
    ],
)
def test_one_parser_output_comes_out_in_span_order(order: list[int]) -> None:
    """A single parser's mentions come out by start, then end, whatever order it gives them in."""
    spans = [Span(start=15, end=21), Span(start=15, end=28), Span(start=40, end=45)]

    def places(doc: Document) -> list[PlaceMention]:
        return [
            PlaceMention(text=doc.text[spans[i].start : spans[i].end], span=spans[i])
            for i in order
        ]

    report = Pipeline(**{**OFF, "places": places}).run(STORY)
    assert spans == [m.span for m in report.places]


# --- Document.words and Document.word_set: one tokenisation shared by the stages --


@settings(max_examples=150, deadline=None)
# assigned code points only: the regex module's Unicode tables are newer
# than the standard library's unicodedata, which this test reads
@given(
    text=st.text(
        st.characters(max_codepoint=0x2FFF, exclude_categories=["Cn"]), max_size=200
    )
)
def test_words_are_the_maximal_runs_of_letters_and_digits(text: str) -> None:
    """``Document.words`` slices the text into its maximal runs of letters, marks and digits."""
    import unicodedata

    def is_word_char(ch: str) -> bool:
        return unicodedata.category(ch)[0] in "LMN"

    expected = []
    start = None
    for i, ch in enumerate([*text, " "]):
        if i < len(text) and is_word_char(ch):
            if start is None:
                start = i
        elif start is not None:
            expected.append((start, i))
            start = None
    assert tuple(expected) == Document(text=text).words


@settings(max_examples=150, deadline=None)
@given(text=st.text(alphabet=st.characters(max_codepoint=0x24F), max_size=200))
def test_word_set_is_the_folded_words(text: str) -> None:
    """``Document.word_set`` holds the folded text at each word's span."""
    doc = Document(text=text)
    assert frozenset(doc.folded[s:e] for s, e in doc.words) == doc.word_set


def test_words_are_computed_once_per_story() -> None:
    """Every stage gets the same word tuple: it is computed once per story."""
    seen: list[Any] = []

    def dates(doc: Document) -> tuple[()]:
        seen.append((doc.words, doc.word_set))
        return ()

    def casualties(doc: Document) -> tuple[()]:
        seen.append((doc.words, doc.word_set))
        return ()

    pipeline = Pipeline(
        dateline=None,
        dates=dates,
        actors=None,
        places=None,
        casualties=casualties,
        events=None,
    )
    pipeline.run("Gunmen killed 12 villagers in Bamako on Sunday.")
    (words_a, set_a), (words_b, set_b) = seen
    assert words_a is words_b
    assert set_a is set_b
    assert {
        "gunmen",
        "killed",
        "12",
        "villagers",
        "in",
        "bamako",
        "on",
        "sunday",
    } == set_a


def test_a_stamped_dateline_is_kept_as_it_is() -> None:
    """A dateline whose place carries its parser's name already is passed on unchanged."""
    place = PlaceMention(
        text="KABUL",
        span=Span(start=0, end=5),
        provenance=Provenance(parser="wire-places"),
    )
    dateline = Dateline(text="KABUL", span=Span(start=0, end=5), place=place)

    def wire(doc: Document) -> Dateline:
        return dateline

    pipeline = Pipeline(
        dateline=wire, dates=None, actors=None, places=None, casualties=None, events=None
    )
    assert dateline is pipeline.run("KABUL (AFP) - Fighting resumed.").dateline


def test_equal_provenances_stamp_to_one_object() -> None:
    """Equal unstamped provenances are stamped once per parser name (a bounded cache)."""
    from conflictparse._pipeline import _stamped

    first = _stamped(Provenance(confidence=0.5, reason="cue"), "wire-dates")
    second = _stamped(Provenance(confidence=0.5, reason="cue"), "wire-dates")
    assert Provenance(parser="wire-dates", confidence=0.5, reason="cue") == first
    assert first is second


def _kept_dates(keep: Any) -> Any:
    """A dates parser over STORY's 'Sunday' that hands each new mention to *keep* first."""

    def dates(doc: Document) -> list[DateMention]:
        i = doc.text.index("Sunday")
        mention = DateMention(
            text="Sunday", span=Span(start=i, end=i + 6), value="2016-01-10"
        )
        keep(mention)
        return [mention]

    return dates


def test_a_mention_its_parser_keeps_is_never_stamped_in_place() -> None:
    """A mention the parser keeps stays unstamped; the report gets a stamped copy."""
    kept: list[DateMention] = []
    [stamped] = Pipeline(**{**OFF, "dates": _kept_dates(kept.append)}).run(STORY).dates
    [original] = kept
    assert ("dates", "") == (stamped.provenance.parser, original.provenance.parser)
    assert attrs.evolve(original, provenance=Provenance(parser="dates")) == stamped


def test_a_weakly_watched_mention_is_never_stamped_in_place() -> None:
    """A mention watched by a weak reference is copied: the reference never sees it stamped."""
    kept: list[weakref.ref[DateMention]] = []
    [stamped] = (
        Pipeline(**{**OFF, "dates": _kept_dates(lambda m: kept.append(weakref.ref(m)))})
        .run(STORY)
        .dates
    )
    original = kept[0]()
    assert (False, "dates") == (original is stamped, stamped.provenance.parser)
    assert original is None or "" == original.provenance.parser


def test_a_tuple_its_parser_caches_is_never_stamped_in_place() -> None:
    """A parser returning the same cached tuple twice sees its mentions unchanged by either run."""
    cache: dict[str, tuple[DateMention, ...]] = {}

    def dates(doc: Document) -> tuple[DateMention, ...]:
        if doc.text not in cache:
            i = doc.text.index("Sunday")
            cache[doc.text] = (DateMention(text="Sunday", span=Span(start=i, end=i + 6)),)
        return cache[doc.text]

    first = Pipeline(**{**OFF, "dates": dates}).run(STORY).dates
    second = Pipeline(**{**OFF, "dates": [dates]}).run(STORY).dates
    assert ("", "dates", "dates") == (
        cache[STORY][0].provenance.parser,
        first[0].provenance.parser,
        second[0].provenance.parser,
    )


def test_a_fresh_mention_is_stamped_in_place() -> None:
    """Where reference counts tell (``_SOLE_REFS``), a fresh mention is the report's own object."""
    from conflictparse._pipeline import _SOLE_REFS

    if not _SOLE_REFS:
        pytest.skip("this Python stamps copies")
    made: list[int] = []
    [stamped] = (
        Pipeline(**{**OFF, "dates": _kept_dates(lambda m: made.append(id(m)))})
        .run(STORY)
        .dates
    )
    assert (made[0], "dates") == (id(stamped), stamped.provenance.parser)


def test_no_mention_is_stamped_when_a_later_one_is_refused() -> None:
    """A parser's output with a bad mention leaves its good, fresh mentions unstamped."""

    def dates(doc: Document) -> list[DateMention]:
        i, j = doc.text.index("Sunday"), doc.text.index("bank")
        good = DateMention(text="Sunday", span=Span(start=i, end=i + 6))
        bad = DateMention(text="Sunday", span=Span(start=j, end=j + 6))
        return [good, bad]

    with pytest.raises(InvalidParserOutputError) as caught:
        Pipeline(**{**OFF, "dates": dates}).run(STORY)
    seen = []
    tb = caught.value.__traceback__
    while tb is not None:
        if tb.tb_frame.f_code.co_name == "_checked_and_stamped":
            seen = [(m.text, m.provenance.parser) for m in tb.tb_frame.f_locals["out"]]
        tb = tb.tb_next
    assert [("Sunday", "")] == seen


def test_stamping_in_place_gives_the_report_copies_give(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The default pipeline's report is the same whether fresh mentions are stamped in place or copied."""
    import conflictparse._pipeline as pipeline_module

    story = (
        "KABUL, Jan 10 (Wire) - Taliban fighters attacked a police post in Kunduz province "
        "on Sunday, killing four officers and wounding two civilians, officials said."
    )
    in_place = conflictparse.Pipeline().run(story, published="2016-01-11")
    monkeypatch.setattr(pipeline_module, "_SOLE_REFS", False)
    copied = conflictparse.Pipeline().run(story, published="2016-01-11")
    assert (copied.to_json(), copied) == (in_place.to_json(), in_place)


def test_a_headline_line_is_a_sentence_of_its_own() -> None:
    """A blank line ends a sentence: a headline without a stop is not joined to the lead."""
    text = "Gunmen kill 17 in Plateau villages\n\nGunmen have killed 17 people. Police said so."
    doc = Document(text=text)
    assert [
        "Gunmen kill 17 in Plateau villages",
        "Gunmen have killed 17 people.",
        "Police said so.",
    ] == [text[s:e] for s, e in doc.sentences]


def test_only_the_registrys_own_parsers_are_trusted() -> None:
    """The built-in parsers made by the registry skip the output checks; anything else is checked."""
    from conflictparse import Registry
    from conflictparse.parsers.dates import DateParser

    assert all(stage._trusted for stage in Pipeline().stages)
    given_by_hand = Pipeline(**{**OFF, "dates": DateParser()}).stages
    assert [False] == [stage._trusted for stage in given_by_hand]
    assert not attrs.evolve(Pipeline().stages[1])._trusted

    def garbage(doc: Document) -> list[DateMention]:
        return [DateMention(text="Monday", span=Span(start=0, end=6))]

    registry = Registry(entry_points=False)
    registry.register("dates", "default", garbage)  # shadows the built-in
    shadowed = Pipeline(**{**OFF, "dates": "default"}, registry=registry)
    assert [False] == [stage._trusted for stage in shadowed.stages]
    with pytest.raises(InvalidParserOutputError, match="does not match its span"):
        shadowed.run(STORY)


def test_trusted_stages_give_the_report_checked_ones_give() -> None:
    """The default pipeline's report is the same with its stages' output checked as a plugin's."""
    story = (
        "KABUL, Jan 10 (Wire) - Taliban fighters attacked a police post in Kunduz province "
        "on Sunday, killing four officers and wounding two civilians, officials said."
    )
    trusted = Pipeline()
    checked = Pipeline()
    for stage in checked.stages:
        object.__setattr__(stage, "_trusted", False)
    first = trusted.run(story, published="2016-01-11")
    again = checked.run(story, published="2016-01-11")
    assert (first.to_json(), first) == (again.to_json(), again)
    assert first == Report.from_json(first.to_json())  # every field valid
