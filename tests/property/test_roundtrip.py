"""
Round trips of the ``conflictparse.report/1`` contract.

For generated reports: ``Report.from_dict(r.to_dict()) == r``, the same
through a JSON string, and every dict validates against the JSON Schema
shipped in the package.
"""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

import jsonschema
import pytest
from hypothesis import given

from conflictparse import SCHEMA, Report
from tests.strategies import reports, sourced_reports


@pytest.fixture(scope="module")
def validator() -> jsonschema.protocols.Validator:
    """A validator for the schema file inside the installed package."""
    text = (
        resources.files("conflictparse")
        .joinpath("schema/report-1.json")
        .read_text(encoding="utf-8")
    )
    schema = json.loads(text)
    cls = jsonschema.Draft202012Validator
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


@given(reports())
def test_dict_round_trip(report: Report) -> None:
    """
    ``from_dict(to_dict())`` rebuilds an equal report, and ``to_dict()``
    holds only JSON types (dumping and loading it changes nothing).
    """
    data = report.to_dict()
    assert report == Report.from_dict(data)
    assert data == json.loads(json.dumps(data))
    assert SCHEMA == data["schema"]


@given(reports())
def test_json_round_trip(report: Report) -> None:
    """``from_json(to_json())`` rebuilds an equal report, with or without indent."""
    assert report == Report.from_json(report.to_json())
    assert report == Report.from_json(report.to_json(indent=2, ensure_ascii=True))


@given(reports())
def test_dict_validates_against_shipped_schema(
    validator: jsonschema.protocols.Validator, report: Report
) -> None:
    """Every generated report's dict is valid under ``schema/report-1.json``."""
    errors = [e.message for e in validator.iter_errors(report.to_dict())]
    assert [] == errors


@given(sourced_reports())
def test_offsets_slice_the_source(pair: tuple[str, Report]) -> None:
    """In the dict, ``text == source[start:end]`` for every mention."""
    source, report = pair
    data = report.to_dict()
    mentions: list[dict[str, Any]] = [
        *data["dates"],
        *data["casualties"],
        *data["places"],
        *data["actors"],
    ]
    for event in data["events"]:
        for key in ("date", "place", "side_a", "side_b"):
            if event[key] is not None:
                mentions.append(event[key])
        mentions.extend(event["casualties"])
    if data["dateline"] is not None:
        mentions.append(data["dateline"])
    for m in mentions:
        assert m["text"] == source[m["start"] : m["end"]]
