"""
The shipped JSON Schema (``conflictparse/schema/report-1.json``) is the one
``tools/make_schema.py`` generates from the attrs classes, and it is a valid
draft 2020-12 schema that accepts real reports and rejects broken ones.
"""

from __future__ import annotations

import copy
import json
from importlib import resources
from types import ModuleType
from typing import Any

import jsonschema
import pytest

import conflictparse
from tests._scripts import load_script


def _shipped_text() -> str:
    return (
        resources.files("conflictparse")
        .joinpath("schema/report-1.json")
        .read_text(encoding="utf-8")
    )


@pytest.fixture(scope="module")
def make_schema() -> ModuleType:
    """``tools/make_schema.py`` loaded as a module (it is not shipped)."""
    return load_script("tools/make_schema.py")


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    """The shipped schema as a dict."""
    data: dict[str, Any] = json.loads(_shipped_text())
    return data


def _validator(schema: dict[str, Any]) -> jsonschema.protocols.Validator:
    cls = jsonschema.Draft202012Validator
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def test_shipped_schema_is_up_to_date(make_schema: ModuleType) -> None:
    """
    The shipped file equals a fresh generation: a field added to
    ``results.py`` without running ``python tools/make_schema.py`` fails here.
    """
    assert make_schema.render() == _shipped_text()


def test_schema_is_valid_draft_2020_12(schema: dict[str, Any]) -> None:
    """The file is itself a valid draft 2020-12 JSON Schema."""
    jsonschema.Draft202012Validator.check_schema(schema)
    assert "https://json-schema.org/draft/2020-12/schema" == schema["$schema"]


def test_schema_pins_the_version_tag(schema: dict[str, Any]) -> None:
    """The schema accepts only ``"schema": "conflictparse.report/1"``."""
    assert {"const": conflictparse.SCHEMA} == schema["properties"]["schema"]


def test_schema_lists_every_report_key(schema: dict[str, Any]) -> None:
    """The top-level keys are exactly the ones ``Report.to_dict()`` writes."""
    assert list(conflictparse.Report().to_dict()) == schema["required"]


def test_parsed_story_validates(schema: dict[str, Any], example_story: Any) -> None:
    """The report of the example story is valid under the schema."""
    report = conflictparse.parse(example_story.read_text(encoding="utf-8"))
    assert [] == [e.message for e in _validator(schema).iter_errors(report.to_dict())]


def _mention_report() -> dict[str, Any]:
    source = "KABUL (AFP) - Five soldiers were killed on Sunday."
    start = source.index("Sunday")
    report = conflictparse.Report(
        dates=(
            conflictparse.DateMention(
                text="Sunday",
                span=conflictparse.Span(start=start, end=start + 6),
                value="2016-01-10",
                precision="day",
            ),
        )
    )
    return report.to_dict()


@pytest.mark.parametrize(
    ("path", "value"),
    [
        pytest.param(("schema",), "conflictparse.report/2", id="other-version"),
        pytest.param(
            ("dates", 0, "precision"), "fortnight", id="precision-outside-vocabulary"
        ),
        pytest.param(("dates", 0, "start"), -1, id="negative-offset"),
        pytest.param(("dates", 0, "value"), 20160110, id="value-not-a-string"),
        pytest.param(("dates", 0, "colour"), "red", id="unknown-key"),
        pytest.param(("published",), "10 January 2016", id="published-not-iso"),
    ],
)
def test_schema_rejects_broken_reports(
    schema: dict[str, Any], path: tuple[Any, ...], value: Any
) -> None:
    """A report dict with one broken value fails validation."""
    data = copy.deepcopy(_mention_report())
    target: Any = data
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert False is _validator(schema).is_valid(data)


def test_schema_requires_offsets(schema: dict[str, Any]) -> None:
    """A mention without ``start`` is invalid: every mention carries its offsets."""
    data = _mention_report()
    del data["dates"][0]["start"]
    assert False is _validator(schema).is_valid(data)
