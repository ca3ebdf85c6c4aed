"""
Bad input, class by class: each gets a typed error that names the cause.

The classes (counted in the changelog and ``docs/performance.md``):

1. text that is not a ``str`` (bytes, ``None``, numbers, containers, paths);
2. text over the pipeline's ``max_chars``;
3. a ``published`` value that is not a real date (impossible dates,
   bad time zones, free text, wrong types);
4. a malformed actor dictionary (TSV, JSON, PETRARCH) or an unreadable file;
5. a malformed gazetteer (GeoNames) file;
6. a plugin returning garbage: a wrong type, a non-iterable, a span past
   the end, text that does not match its span, malformed events/datelines;
7. a plugin that crashes, hangs on a pattern, or is not a parser at all.
"""

from __future__ import annotations

import datetime as _dt
import gzip
import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

import conflictparse
from conflictparse import (
    ActorMention,
    Dateline,
    DateMention,
    Document,
    Event,
    Pipeline,
    PlaceMention,
    Span,
)
from conflictparse.errors import (
    ConflictParseError,
    DataError,
    DocumentTooLargeError,
    InvalidContextError,
    InvalidInputError,
    InvalidParserOutputError,
    ParserFailed,
    PluginValidationError,
    UnknownParserError,
)
from conflictparse.parsers import actors, places

STORY = "KABUL (AFP) - Gunmen killed four guards at a school in Jalalabad on Sunday."


def _only(**stage: Any) -> Pipeline:
    """A pipeline running just the given stages (and no default parsers)."""
    families: dict[str, Any] = dict.fromkeys(conflictparse.FAMILIES)
    families.update(stage)
    return Pipeline(**families)


# --- 1. text that is not a str ------------------------------------------------

NOT_TEXT = {
    "bytes": STORY.encode(),
    "bytearray": bytearray(STORY.encode()),
    "memoryview": memoryview(STORY.encode()),
    "None": None,
    "int": 42,
    "float": 4.2,
    "list-of-str": STORY.split(),
    "dict": {"text": STORY},
    "path": Path("story.txt"),
    "file-object": io.StringIO(STORY),
}


@pytest.mark.parametrize("value", list(NOT_TEXT.values()), ids=list(NOT_TEXT))
def test_text_that_is_not_a_str(value: Any) -> None:
    """A non-str text raises InvalidInputError (a TypeError) naming its type."""
    with pytest.raises(InvalidInputError) as info:
        conflictparse.parse(value)
    assert (True, True, value) == (
        isinstance(info.value, TypeError),
        type(value).__name__ in str(info.value),
        info.value.value,
    )


@pytest.mark.parametrize(
    "value", [b"Five died.", bytearray(b"Five died.")], ids=["bytes", "bytearray"]
)
def test_bytes_are_told_to_decode(value: Any) -> None:
    """The error for bytes says to decode them first."""
    with pytest.raises(InvalidInputError, match="decode"):
        Pipeline().run(value)


def test_a_str_subclass_is_text() -> None:
    """A subclass of str is read like the plain string."""

    class Story(str):
        """A str subclass, as some scrapers return."""

    assert conflictparse.parse(STORY) == conflictparse.parse(Story(STORY))


# --- 2. too long -----------------------------------------------------------------


def test_text_over_the_limit() -> None:
    """Text over max_chars raises DocumentTooLargeError with both numbers."""
    p = Pipeline(max_chars=100)
    with pytest.raises(DocumentTooLargeError) as info:
        p.run("x" * 101)
    assert (101, 100, True) == (
        info.value.length,
        info.value.limit,
        isinstance(info.value, ValueError),
    )


# --- 3. published --------------------------------------------------------------

BAD_PUBLISHED = {
    "30-february": "2016-02-30",
    "month-13": "2016-13-01",
    "day-zero": "2016-01-00",
    "free-text": "yesterday",
    "us-format": "01/10/2016",
    "empty": "",
    "hour-25": "2016-01-10T25:00",
    "offset-25h": "2016-01-10T08:00+25:00",
    "named-zone": "2016-01-10T08:00 Asia/Kabul",
    "year-0": "0000-01-10",
    "int": 20160110,
    "float": 1452384000.0,
    "bool": True,
    "bytes": b"2016-01-10",
    "tuple": (2016, 1, 10),
    "time": _dt.time(8, 30),
}


@pytest.mark.parametrize("value", list(BAD_PUBLISHED.values()), ids=list(BAD_PUBLISHED))
def test_published_that_is_not_a_date(value: Any) -> None:
    """A bad published value raises InvalidContextError naming the field and value."""
    with pytest.raises(InvalidContextError) as info:
        conflictparse.parse(STORY, published=value)
    assert ("published", value, True) == (
        info.value.field,
        info.value.value,
        repr(value) in str(info.value) or type(value).__name__ in str(info.value),
    )


GOOD_PUBLISHED = {
    "date": _dt.date(2016, 1, 10),
    "iso-date": "2016-01-10",
    "datetime-utc": _dt.datetime(2016, 1, 10, 8, 30, tzinfo=_dt.timezone.utc),
    "iso-z": "2016-01-10T08:30:00Z",
    "iso-offset": "2016-01-10T08:30:00+04:30",
    "padded": " 2016-01-10 ",
}


@pytest.mark.parametrize("value", list(GOOD_PUBLISHED.values()), ids=list(GOOD_PUBLISHED))
def test_published_forms_that_work(value: Any) -> None:
    """Dates, aware datetimes and ISO strings are all read as the same day."""
    assert _dt.date(2016, 1, 10) == conflictparse.parse(STORY, published=value).published


# --- 4. actor dictionaries ------------------------------------------------------

_HEADER = "# conflictparse-actors/1\n" + "\t".join(actors.COLUMNS) + "\n"


def _actor_row(**change: str) -> str:
    cells = dict.fromkeys(actors.COLUMNS, "")
    cells.update(id="isis", canonical="Islamic State", kind="rebel", country="IQ",
                 aliases="ISIS|ISIL")  # fmt: skip
    cells.update(change)
    return "\t".join(cells[c] for c in actors.COLUMNS) + "\n"


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


BAD_DICTIONARIES: dict[str, str | bytes] = {
    "empty.tsv": "",
    "no-header.tsv": _actor_row(),
    "short-row.tsv": _HEADER + "taliban\tTaliban\n",
    "bad-date.tsv": _HEADER + _actor_row(valid_from="2014-13-45"),
    "bad-kind.tsv": _HEADER + _actor_row(kind="wizards"),
    "duplicate-id.tsv": _HEADER + _actor_row() + _actor_row(),
    "not-utf8.tsv": _HEADER.encode() + b"\xff\xfe\xfa\n",
    "not-json.json": "{actors: [",
    "wrong-tag.json": '{"format": "someone-else/9", "actors": []}',
    "actors-not-list.json": '{"format": "conflictparse-actors/1", "actors": {}}',
}


@pytest.mark.parametrize("name", list(BAD_DICTIONARIES), ids=list(BAD_DICTIONARIES))
def test_malformed_actor_dictionary(tmp_path: Path, name: str) -> None:
    """A malformed dictionary file raises DataError naming the file."""
    path = _write(tmp_path, name, BAD_DICTIONARIES[name])
    with pytest.raises(DataError) as info:
        actors.load_dictionary(path)
    assert (str(path), True) == (info.value.path, str(path) in str(info.value))


@pytest.mark.parametrize("kind", ["missing", "directory"])
def test_unreadable_actor_dictionary(tmp_path: Path, kind: str) -> None:
    """A missing file or a directory raises DataError, not OSError."""
    path = tmp_path / "nothing.tsv" if kind == "missing" else tmp_path
    with pytest.raises(DataError) as info:
        actors.load_dictionary(path)
    assert str(path) == info.value.path


BAD_PETRARCH: dict[str, str | bytes] = {
    "code-before-root": "    [AFGGOV]\nTALIBAN_\n",
    "bad-date": "ASHRAF_GHANI_\n    [AFGGOV >149999]\n",
    "not-utf8": b"ASHRAF_GHANI_\n    [\xff\xfe]\n",
}


@pytest.mark.parametrize("name", list(BAD_PETRARCH), ids=list(BAD_PETRARCH))
def test_malformed_petrarch_dictionary(tmp_path: Path, name: str) -> None:
    """A malformed PETRARCH dictionary raises DataError naming the file."""
    path = _write(tmp_path, name + ".txt", BAD_PETRARCH[name])
    with pytest.raises(DataError) as info:
        actors.load_petrarch(path)
    assert str(path) == info.value.path


# --- 5. gazetteer files -------------------------------------------------------------

_GOOD_ROW = [
    "1138958", "Kabul", "Kabul", "Kabol", "34.52813", "69.17233", "P", "PPLC", "AF",
    "", "13", "", "", "", "3043532", "", "1808", "Asia/Kabul", "2019-09-05",
]  # fmt: skip


def _row(**change: str) -> str:
    cells = list(_GOOD_ROW)
    index = {"id": 0, "lat": 4, "lon": 5, "population": 14}
    for key, value in change.items():
        cells[index[key]] = value
    return "\t".join(cells) + "\n"


BAD_GAZETTEERS: dict[str, str | bytes] = {
    "short-row.txt": "1138958\tKabul\tKabul\n",
    "bad-id.txt": _row(id="k1138958"),
    "bad-latitude.txt": _row(lat="north"),
    "latitude-out-of-range.txt": _row(lat="134.5"),
    "longitude-nan.txt": _row(lon="nan"),
    "bad-population.txt": _row(population="many"),
    "not-utf8.txt": _row().encode() + b"\xff\xfe\n",
    "bad-gzip.txt.gz": gzip.compress(_row().encode())[:20],
}


@pytest.mark.parametrize("name", list(BAD_GAZETTEERS), ids=list(BAD_GAZETTEERS))
def test_malformed_gazetteer(tmp_path: Path, name: str) -> None:
    """A malformed GeoNames file raises DataError naming the file (and line)."""
    path = _write(tmp_path, name, BAD_GAZETTEERS[name])
    with pytest.raises(DataError) as info:
        places.Gazetteer.from_geonames(path)
    assert str(path) == info.value.path


def test_missing_gazetteer(tmp_path: Path) -> None:
    """A gazetteer path that does not exist raises DataError, not OSError."""
    with pytest.raises(DataError):
        places.Gazetteer.from_geonames(tmp_path / "allCountries.txt")


# --- 6. plugins returning garbage --------------------------------------------------


def _returns(value: Any) -> Callable[[Document], Any]:
    def plugin(doc: Document) -> Any:
        return value

    return plugin


def _date(text: str, start: int, end: int) -> DateMention:
    return DateMention(text=text, span=Span(start=start, end=end))


SUNDAY = STORY.index("Sunday")
GARBAGE: dict[str, tuple[str, Any, str]] = {
    # id: (family, what the plugin returns, words the message must contain)
    "str-item": ("dates", ["Sunday"], "expected DateMention"),
    "dict-item": (
        "dates",
        [{"text": "Sunday", "start": 0, "end": 6}],
        "expected DateMention",
    ),
    "other-family": (
        "places",
        [_date("Sunday", SUNDAY, SUNDAY + 6)],
        "expected PlaceMention",
    ),
    "non-iterable": ("casualties", 7, "expected an iterable"),
    "span-past-end": ("dates", [_date("Sunday", 10_000, 10_006)], "past the end"),
    "text-off-span": ("dates", [_date("Sunday", 0, 6)], "does not match"),
    "actor-off-span": (
        "actors",
        [ActorMention(text="Taliban", span=Span(start=14, end=21))],
        "does not match",
    ),
    "event-support-past-end": (
        "events",
        [Event(id="e1", support=(Span(start=0, end=10_000),))],
        "past the end",
    ),
    "event-mention-off-span": (
        "events",
        [Event(id="e1", date=_date("Monday", SUNDAY, SUNDAY + 6))],
        "does not match",
    ),
    "dateline-str": ("dateline", "KABUL", "expected Dateline"),
    "dateline-place-off-span": (
        "dateline",
        Dateline(
            text="KABUL",
            span=Span(start=0, end=5),
            place=PlaceMention(text="Kabul", span=Span(start=0, end=5)),
        ),
        "does not match",
    ),
}


@pytest.mark.parametrize("case", list(GARBAGE.values()), ids=list(GARBAGE))
def test_plugin_returning_garbage(case: tuple[str, Any, str]) -> None:
    """Garbage from a plugin raises InvalidParserOutputError naming plugin and cause."""
    family, value, words = case
    plugin = _returns(value)
    with pytest.raises(InvalidParserOutputError) as info:
        _only(**{family: plugin}).run(STORY)
    assert (family, plugin.__name__, True, True) == (
        info.value.family,
        info.value.parser.rpartition(".")[2],
        words in str(info.value),
        plugin.__name__ in str(info.value),
    )


def test_none_and_empty_are_not_garbage() -> None:
    """A plugin returning None, an empty list or a generator of nothing is fine."""
    values: list[Any] = [None, [], (), iter(())]
    for value in values:
        assert () == _only(dates=_returns(value)).run(STORY).dates


# --- 7. plugins that crash or are not parsers ------------------------------------


def _crash(doc: Document) -> list[Any]:
    raise ZeroDivisionError("table lookup")


def _crash_midway(doc: Document) -> Any:
    yield _date("Sunday", SUNDAY, SUNDAY + 6)
    raise RecursionError("too deep")


@pytest.mark.parametrize(
    ("plugin", "cause"),
    [(_crash, ZeroDivisionError), (_crash_midway, RecursionError)],
    ids=["raises", "raises-while-iterated"],
)
def test_plugin_that_crashes(plugin: Callable[[Document], Any], cause: type) -> None:
    """A crashing plugin raises ParserFailed naming it, the original chained."""
    with pytest.raises(ParserFailed) as info:
        _only(dates=plugin).run(STORY)
    assert (cause, plugin.__name__, "dates") == (
        type(info.value.__cause__),
        info.value.parser.rpartition(".")[2],
        info.value.family,
    )


class _NeedsArguments:
    """A parser class that cannot be created without arguments."""

    def __init__(self, table: dict[str, str]) -> None:
        self.table = table

    def __call__(self, doc: Document) -> list[Any]:
        return []


def _no_arguments() -> list[Any]:
    return []


NOT_PARSERS: dict[str, Any] = {
    "string-of-code": 42,
    "two-arguments": lambda doc, extra: [],
    "no-arguments": _no_arguments,
    "class-without-defaults": _NeedsArguments,
}


@pytest.mark.parametrize("plugin", list(NOT_PARSERS.values()), ids=list(NOT_PARSERS))
def test_object_that_is_not_a_parser(plugin: Any) -> None:
    """Something that cannot be called on a Document raises PluginValidationError."""
    with pytest.raises(PluginValidationError) as info:
        _only(dates=plugin)
    assert "dates" == info.value.family


def test_unknown_parser_name_lists_the_known_ones() -> None:
    """An unknown name raises UnknownParserError listing what is available."""
    with pytest.raises(UnknownParserError) as info:
        Pipeline(dates="no-such-parser")
    assert ("no-such-parser", True) == (
        info.value.name,
        "default" in info.value.available,
    )


def test_every_error_here_is_a_conflictparse_error() -> None:
    """The classes above all share the ConflictParseError root."""
    classes = [
        InvalidInputError, DocumentTooLargeError, InvalidContextError, DataError,
        InvalidParserOutputError, ParserFailed, PluginValidationError, UnknownParserError,
    ]  # fmt: skip
    assert [True] * len(classes) == [issubclass(c, ConflictParseError) for c in classes]
