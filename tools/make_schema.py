"""
Generate the JSON Schema of the ``conflictparse.report/1`` contract.

The schema is derived from the attrs classes in :mod:`conflictparse.results`
(field types, closed vocabularies from ``in_`` validators, bounds from
``ge``/``le`` validators) and written to
``conflictparse/schema/report-1.json``, which ships in the wheel.

    python tools/make_schema.py           # (re)write the shipped file
    python tools/make_schema.py --check   # exit 1 if the shipped file is stale

``tests/test_schema.py`` compares the shipped file with :func:`render`, so a
field added to ``results.py`` without regenerating fails the tests.
"""

from __future__ import annotations

import argparse
import datetime as _dt
import json
import sys
import types
import typing
from pathlib import Path
from typing import Any

import attrs

from conflictparse import results

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "conflictparse" / "schema" / "report-1.json"

#: The attrs classes that appear in the contract, each under ``$defs``.
#: ``Span`` is absent: the codec flattens it into ``start``/``end``.
DEFINITIONS: tuple[type, ...] = (
    results.Dateline,
    results.DateMention,
    results.CasualtyCount,
    results.PlaceMention,
    results.ActorMention,
    results.Event,
    results.Provenance,
)

_SCALARS: dict[Any, dict[str, Any]] = {
    str: {"type": "string"},
    int: {"type": "integer"},
    float: {"type": "number"},
    bool: {"type": "boolean"},
    _dt.date: {"type": "string", "format": "date"},
}

_OFFSETS: dict[str, Any] = {
    "start": {"type": "integer", "minimum": 0},
    "end": {"type": "integer", "minimum": 0},
}


def _constraints(validator: Any) -> dict[str, Any]:
    """Read ``enum``, ``minimum`` and ``maximum`` out of an attrs validator."""
    out: dict[str, Any] = {}
    if validator is None:
        return out
    name = type(validator).__name__
    if name == "_OptionalValidator":
        return _constraints(validator.validator)
    if name == "_AndValidator":
        for inner in validator._validators:
            out.update(_constraints(inner))
        return out
    if isinstance(validator, list | tuple):
        for inner in validator:
            out.update(_constraints(inner))
        return out
    if name == "_InValidator":
        out["enum"] = list(validator.options)
    elif name == "_NumberValidator":
        if validator.compare_op == ">=":
            out["minimum"] = validator.bound
        elif validator.compare_op == "<=":
            out["maximum"] = validator.bound
    return out


def _member_validator(validator: Any) -> Any:
    """The per-item validator of a ``deep_iterable`` (inside ``optional``)."""
    if type(validator).__name__ == "_OptionalValidator":
        return _member_validator(validator.validator)
    return getattr(validator, "member_validator", None)


def _strip_none(annotation: Any) -> tuple[Any, bool]:
    args = typing.get_args(annotation)
    if (
        typing.get_origin(annotation) in (typing.Union, types.UnionType)
        and type(None) in args
    ):
        rest = [a for a in args if a is not type(None)]
        if len(rest) != 1:
            msg = f"unsupported union {annotation!r}"
            raise TypeError(msg)
        return rest[0], True
    return annotation, False


def _schema_for(annotation: Any, validator: Any) -> dict[str, Any]:
    inner, nullable = _strip_none(annotation)
    if typing.get_origin(inner) is tuple:
        item_type = typing.get_args(inner)[0]
        item = (
            {
                "type": "object",
                "properties": dict(_OFFSETS),
                "required": ["start", "end"],
                "additionalProperties": False,
            }
            if item_type is results.Span
            else _schema_for(item_type, _member_validator(validator))
        )
        schema: dict[str, Any] = {"type": "array", "items": item}
    elif attrs.has(inner):
        schema = {"$ref": f"#/$defs/{inner.__name__}"}
    elif inner in _SCALARS:
        schema = dict(_SCALARS[inner])
        schema.update(_constraints(validator))
    else:
        msg = f"no JSON Schema mapping for {inner!r}"
        raise TypeError(msg)
    if nullable:
        if "$ref" in schema:
            return {"anyOf": [schema, {"type": "null"}]}
        schema["type"] = [schema["type"], "null"]
        if "enum" in schema:
            schema["enum"] = [*schema["enum"], None]
    return schema


def _object(cls: type, *, description: str | None = None) -> dict[str, Any]:
    hints = typing.get_type_hints(cls, vars(results))
    properties: dict[str, Any] = {}
    for field in attrs.fields(cls):
        if field.name == "span":
            properties.update(_OFFSETS)
            continue
        properties[field.name] = _schema_for(hints[field.name], field.validator)
    out: dict[str, Any] = {"type": "object"}
    if description:
        out["description"] = description
    out["properties"] = properties
    out["required"] = list(properties)
    out["additionalProperties"] = False
    return out


def _summary(cls: type) -> str:
    doc = (cls.__doc__ or "").strip().splitlines()
    return doc[0].strip() if doc else cls.__name__


def build() -> dict[str, Any]:
    """Return the JSON Schema of ``conflictparse.report/1`` as a dict."""
    report = _object(results.Report)
    properties = {
        "schema": {"const": results.SCHEMA},
        **report["properties"],
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:conflictparse:schema:report-1",
        "title": "conflictparse report",
        "description": (
            f"The {results.SCHEMA} contract written by conflictparse.Report.to_dict(). "
            "Offsets are 0-based character offsets into the input str; "
            "text == source[start:end]. Generated by tools/make_schema.py; do not edit."
        ),
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
        "$defs": {
            cls.__name__: _object(cls, description=_summary(cls)) for cls in DEFINITIONS
        },
    }


def render() -> str:
    """Return the schema as the exact text of the shipped file."""
    return json.dumps(build(), indent=2, ensure_ascii=False) + "\n"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python tools/make_schema.py")
    ap.add_argument("--check", action="store_true", help="fail if the file is stale")
    args = ap.parse_args(argv)
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is stale; run python tools/make_schema.py", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
