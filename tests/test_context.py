"""
The Context and the coercion of publication dates.
"""

from __future__ import annotations

import datetime as _dt
from typing import Any

import pytest

from conflictparse import Context
from conflictparse.context import coerce_published
from conflictparse.errors import InvalidContextError


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        pytest.param("2016-01-10", _dt.date(2016, 1, 10), id="iso-date"),
        pytest.param(" 2016-01-10 ", _dt.date(2016, 1, 10), id="iso-date-padded"),
        pytest.param("2016-01-10T08:30:00", _dt.date(2016, 1, 10), id="iso-datetime"),
        pytest.param(
            "2016-01-10T23:30:00+04:30", _dt.date(2016, 1, 10), id="offset-kept-local"
        ),
        pytest.param("2016-01-10T08:30:00Z", _dt.date(2016, 1, 10), id="zulu"),
        pytest.param(_dt.date(1990, 1, 3), _dt.date(1990, 1, 3), id="date"),
        pytest.param(
            _dt.datetime(1990, 1, 3, 17, 5), _dt.date(1990, 1, 3), id="datetime"
        ),
        pytest.param(None, None, id="none"),
    ],
)
def test_coerce_published_accepts(value: Any, expected: _dt.date | None) -> None:
    """Dates, datetimes and ISO 8601 strings become a ``date``."""
    assert expected == coerce_published(value)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("", id="empty"),
        pytest.param("Jan 10, 2016", id="words"),
        pytest.param("10/01/2016", id="slashes"),
        pytest.param("2016-13-01", id="month-13"),
        pytest.param("2015-02-29", id="not-a-leap-year"),
        pytest.param(1452384000, id="timestamp"),
        pytest.param(["2016-01-10"], id="list"),
    ],
)
def test_coerce_published_refuses(value: Any) -> None:
    """Anything else raises InvalidContextError (a ValueError) naming the field."""
    with pytest.raises(InvalidContextError) as info:
        coerce_published(value)
    assert "published" == info.value.field
    assert value is info.value.value
    assert isinstance(info.value, ValueError)


def test_context_converts_published() -> None:
    """Context converts ``published`` on construction."""
    assert _dt.date(2016, 1, 10) == Context(published="2016-01-10").published


def test_context_defaults() -> None:
    """A bare Context has no date, no dateline and English text."""
    assert (None, None, "en") == (
        Context().published,
        Context().dateline,
        Context().language,
    )


def test_context_is_frozen() -> None:
    """A Context cannot be changed in place."""
    with pytest.raises(AttributeError):
        Context().language = "fr"  # type: ignore[misc]
