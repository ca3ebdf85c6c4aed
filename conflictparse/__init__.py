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

from typing import Any

from conflictparse import errors
from conflictparse._batch import BatchItem, parse_many
from conflictparse._document import Document
from conflictparse._export import (
    MissingDependencyError,
    acled_rows,
    as_dict,
    event_rows,
    to_dataframe,
    ucdp_rows,
    write_csv,
    write_jsonl,
)
from conflictparse._pipeline import Pipeline, Stage, parse
from conflictparse._registry import FAMILIES, Registry
from conflictparse.context import Context
from conflictparse.errors import ConflictParseError
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
    if name == "__version__":
        from importlib.metadata import version

        return version("conflictparse")
    msg = f"module {__name__!r} has no attribute {name!r}"
    raise AttributeError(msg)
