"""
Tests for the exports (:mod:`conflictparse._export`): JSON Lines, ACLED-like
and UCDP-like rows, CSV and data frames.
"""

from __future__ import annotations

import csv
import importlib.util
import io
import json

import pytest

from conflictparse import Report
from conflictparse._batch import BatchItem
from conflictparse._export import (
    ACLED_COLUMNS,
    CSV_COLUMNS,
    UCDP_COLUMNS,
    MissingDependencyError,
    acled_rows,
    event_rows,
    to_dataframe,
    ucdp_rows,
    write_csv,
    write_jsonl,
)

from ._event_fixtures import TOY_STORIES, toy_pipeline

PUBLISHED = "2024-03-06"


@pytest.fixture(scope="module")
def reports() -> list[Report]:
    """The toy stories, parsed with the toy pipeline."""
    p = toy_pipeline()
    return [p.run(s, published=PUBLISHED) for s in TOY_STORIES]


def test_acled_required_columns() -> None:
    """The ACLED-like header holds every column the issue names."""
    named = [
        "event_date",
        "time_precision",
        "actor1",
        "actor2",
        "inter1",
        "inter2",
        "country",
        "admin1",
        "admin2",
        "location",
        "latitude",
        "longitude",
        "geo_precision",
        "fatalities",
        "notes",
    ]
    assert [] == [c for c in named if c not in ACLED_COLUMNS]


def test_ucdp_required_columns() -> None:
    """The UCDP-like header holds every column the issue names."""
    named = [
        "side_a",
        "side_b",
        "date_start",
        "date_end",
        "date_prec",
        "where_prec",
        "best",
        "low",
        "high",
    ]
    assert [] == [c for c in named if c not in UCDP_COLUMNS]


def test_csv_columns_hold_both() -> None:
    """The full CSV has the ACLED columns and the UCDP numbers."""
    assert set(ACLED_COLUMNS) | {"side_a", "best", "low", "high", "date_prec"} <= set(
        CSV_COLUMNS
    )


def test_acled_row(reports: list[Report]) -> None:
    """An attack on an army base becomes an ACLED-like battle row."""
    [row] = acled_rows(reports[0], text=TOY_STORIES[0], doc_id="s0")
    expected = {
        "event_id_cnty": "s0:e1",
        "event_date": "2024-03-03",
        "year": 2024,
        "time_precision": 1,
        "event_type": "Battles",
        "actor1": "M23",
        "inter1": 2,
        "actor2": "Military Forces of DR Congo",
        "inter2": 1,
        "location": "Goma",
        "latitude": -1.68,
        "longitude": 29.22,
        "geo_precision": 1,
        "notes": TOY_STORIES[0],
        "fatalities": 3,
    }
    assert expected == {k: row[k] for k in expected}


def test_ucdp_row(reports: list[Report]) -> None:
    """The same event as a UCDP-like row, with low/best/high deaths."""
    [row] = ucdp_rows(reports[1], doc_id="s1")
    expected = {
        "id": "s1:e1",
        "side_a": "M23",
        "side_b": "Civilians",
        "date_start": "2024-03-04",
        "date_end": "2024-03-04",
        "date_prec": 1,
        "where_prec": 1,
        "low": 2,
        "best": 2,
        "high": 2,
    }
    assert expected == {k: row[k] for k in expected}


def test_notes_join_supporting_sentences(reports: list[Report]) -> None:
    """The notes quote every supporting sentence, in order."""
    [row] = acled_rows(reports[1], text=TOY_STORIES[1])
    assert TOY_STORIES[1] == row["notes"]


def test_admin1_and_country_names(reports: list[Report]) -> None:
    """ISO codes become names, as ACLED writes them."""
    [row] = acled_rows(reports[0])
    assert ("Nord-Kivu", 180) == (row["admin1"], row["iso"])


def test_no_event_no_row(reports: list[Report]) -> None:
    """A story without an event gives no row."""
    assert [] == event_rows(reports[2], columns="csv")


def test_unknown_columns() -> None:
    """An unknown column set is a ValueError naming the choices."""
    with pytest.raises(ValueError, match="'acled', 'ucdp' or 'csv'"):
        event_rows(Report(), columns="gdelt")


@pytest.mark.parametrize("columns", ["acled", "ucdp", "csv"])
def test_write_csv_reads_back(reports: list[Report], columns: str) -> None:
    """The CSV has the header of its column set and one row per event."""
    buf = io.StringIO()
    n = write_csv(reports, buf, columns=columns)
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    header = {"acled": ACLED_COLUMNS, "ucdp": UCDP_COLUMNS, "csv": CSV_COLUMNS}[columns]
    assert (2, 2, list(header)) == (n, len(rows), list(rows[0]))


def test_write_csv_skips_failed_items(reports: list[Report]) -> None:
    """Failed batch items write no rows; good ones keep their id and text."""
    items = [
        BatchItem(index=0, id="good", report=reports[0], text=TOY_STORIES[0]),
        BatchItem(index=1, id="bad", error="boom", error_type="ParserFailed"),
    ]
    buf = io.StringIO()
    write_csv(items, buf, columns="acled")
    rows = list(csv.DictReader(io.StringIO(buf.getvalue())))
    assert [("good:e1", "good", TOY_STORIES[0])] == [
        (r["event_id_cnty"], r["source"], r["notes"]) for r in rows
    ]


def test_jsonl_round_trip(reports: list[Report]) -> None:
    """Every JSON line reads back into the same report."""
    buf = io.StringIO()
    write_jsonl(reports, buf)
    assert reports == [Report.from_json(line) for line in buf.getvalue().splitlines()]


def test_jsonl_errors_keep_their_line(reports: list[Report]) -> None:
    """A failed item is one line with its id and error."""
    items = [
        BatchItem(index=0, id="a", report=reports[0]),
        BatchItem(index=1, id="b", error="boom", error_type="ParserFailed"),
    ]
    buf = io.StringIO()
    write_jsonl(items, buf)
    lines = [json.loads(x) for x in buf.getvalue().splitlines()]
    assert [("a", None), ("b", "ParserFailed")] == [
        (x["id"], x.get("error_type")) for x in lines
    ]


@pytest.mark.skipif(importlib.util.find_spec("pandas") is None, reason="no pandas")
def test_dataframe(reports: list[Report]) -> None:
    """With pandas, one data-frame row per event, with the UCDP columns."""
    df = to_dataframe(reports, columns="ucdp")
    assert (2, list(UCDP_COLUMNS)) == (len(df), list(df.columns))


def test_dataframe_without_pandas(monkeypatch: pytest.MonkeyPatch) -> None:
    """Without pandas, a typed error says what to install."""
    import sys

    monkeypatch.setitem(sys.modules, "pandas", None)  # makes `import pandas` fail
    with pytest.raises(MissingDependencyError) as info:
        to_dataframe([])
    assert ("pandas", "pandas") == (info.value.package, info.value.extra)
