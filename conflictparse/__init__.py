"""
conflictparse: read English news reports about armed conflict and return
what a conflict-data coder writes down — when, how many, where, who — with
the exact span each came from.

>>> import conflictparse
>>> report = conflictparse.parse(
...     "KABUL (AFP) - Taliban fighters attacked a checkpoint on Sunday.",
...     published="2016-01-10",
... )
>>> report.dateline.text
'KABUL'
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from conflictparse import errors
from conflictparse._registry import FAMILIES, Registry
from conflictparse.context import Context
from conflictparse.errors import ConflictParseError, MissingDependencyError
from conflictparse.results import (
    SCHEMA,
    ActorMention,
    CasualtyCount,
    Dateline,
    DateMention,
    Event,
    Mention,
    PlaceMention,
    Provenance,
    Report,
    Span,
)

if TYPE_CHECKING:
    from conflictparse._batch import BatchItem, parse_many
    from conflictparse._document import Document
    from conflictparse._export import (
        acled_rows,
        as_dict,
        event_rows,
        to_dataframe,
        ucdp_rows,
        write_csv,
        write_jsonl,
    )
    from conflictparse._pipeline import Pipeline, Stage, parse

# Importing the package loads only what results need (attrs, the result
# types, the errors). The pipeline (regex, the text helpers), batch parsing
# and the exports are imported on first use of one of their names.
_LAZY: dict[str, str] = {
    "BatchItem": "conflictparse._batch",
    "parse_many": "conflictparse._batch",
    "Document": "conflictparse._document",
    "acled_rows": "conflictparse._export",
    "as_dict": "conflictparse._export",
    "event_rows": "conflictparse._export",
    "to_dataframe": "conflictparse._export",
    "ucdp_rows": "conflictparse._export",
    "write_csv": "conflictparse._export",
    "write_jsonl": "conflictparse._export",
    "Pipeline": "conflictparse._pipeline",
    "Stage": "conflictparse._pipeline",
    "parse": "conflictparse._pipeline",
}

__all__ = [
    "FAMILIES",
    "SCHEMA",
    "ActorMention",
    "BatchItem",
    "CasualtyCount",
    "ConflictParseError",
    "Context",
    "DateMention",
    "Dateline",
    "Document",
    "Event",
    "Mention",
    "MissingDependencyError",
    "Pipeline",
    "PlaceMention",
    "Provenance",
    "Registry",
    "Report",
    "Span",
    "Stage",
    "acled_rows",
    "as_dict",
    "errors",
    "event_rows",
    "parse",
    "parse_many",
    "to_dataframe",
    "ucdp_rows",
    "write_csv",
    "write_jsonl",
]


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is not None:
        import importlib

        value = getattr(importlib.import_module(module), name)
        globals()[name] = value  # later lookups skip this function
        return value
    if name == "__version__":
        from importlib.metadata import version

        return version("conflictparse")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
