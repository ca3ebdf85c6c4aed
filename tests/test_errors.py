"""
The exception tree: one root, each leaf also the builtin it replaces,
data carried as attributes, and the tree drawn in the module docstring.
"""

from __future__ import annotations

import pytest

from conflictparse import errors
from conflictparse.errors import (
    ConflictParseError,
    DataError,
    DocumentTooLargeError,
    InvalidContextError,
    InvalidInputError,
    InvalidParserOutputError,
    MissingDependencyError,
    ParserFailed,
    ParseTimeoutError,
    PipelineOrderError,
    PluginValidationError,
    SchemaError,
    UnknownParserError,
    UnparseableError,
)

TREE = [
    pytest.param(InvalidInputError, TypeError, id="InvalidInputError"),
    pytest.param(DocumentTooLargeError, ValueError, id="DocumentTooLargeError"),
    pytest.param(InvalidContextError, ValueError, id="InvalidContextError"),
    pytest.param(UnknownParserError, LookupError, id="UnknownParserError"),
    pytest.param(PluginValidationError, TypeError, id="PluginValidationError"),
    pytest.param(PipelineOrderError, ValueError, id="PipelineOrderError"),
    pytest.param(ParserFailed, RuntimeError, id="ParserFailed"),
    pytest.param(InvalidParserOutputError, ParserFailed, id="InvalidParserOutputError"),
    pytest.param(ParseTimeoutError, TimeoutError, id="ParseTimeoutError"),
    pytest.param(UnparseableError, ValueError, id="UnparseableError"),
    pytest.param(DataError, ValueError, id="DataError"),
    pytest.param(SchemaError, ValueError, id="SchemaError"),
    pytest.param(MissingDependencyError, ImportError, id="MissingDependencyError"),
]


@pytest.mark.parametrize(("cls", "builtin"), TREE)
def test_leaf_subclasses_root_and_builtin(cls: type, builtin: type) -> None:
    """Every exception is a ConflictParseError and the builtin it stands for."""
    assert (True, True) == (issubclass(cls, ConflictParseError), issubclass(cls, builtin))


def test_every_exception_is_exported_and_drawn() -> None:
    """``errors.__all__`` lists every exception, and the docstring draws each one."""
    classes = {
        name
        for name, obj in vars(errors).items()
        if isinstance(obj, type) and issubclass(obj, BaseException)
    }
    assert sorted(classes) == sorted(errors.__all__)
    doc = errors.__doc__ or ""
    assert [] == [name for name in classes if name not in doc]


def test_unknown_parser_error_data() -> None:
    """UnknownParserError carries family, name and the available names."""
    exc = UnknownParserError(
        family="dates", name="timex", available=("default", "holidays")
    )
    assert ("dates", "timex", ("default", "holidays")) == (
        exc.family,
        exc.name,
        exc.available,
    )
    assert "no dates parser named 'timex'; available: default, holidays" == str(exc)


def test_unknown_parser_error_with_nothing_available() -> None:
    """With nothing registered, the message says so."""
    assert "available: none" in str(
        UnknownParserError(family="dates", name="x", available=())
    )


def test_data_error_names_file_and_line() -> None:
    """DataError puts the file and line in its message and attributes."""
    exc = DataError("expected 4 columns, found 3", path="actors.tsv", line=12)
    assert ("actors.tsv", 12) == (exc.path, exc.line)
    assert "actors.tsv:12: expected 4 columns, found 3" == str(exc)


def test_schema_error_path() -> None:
    """SchemaError carries a JSONPath-like pointer."""
    exc = SchemaError("expected an object", path="$.dates[2]")
    assert ("$.dates[2]", "$.dates[2]: expected an object") == (exc.path, str(exc))


def test_parser_output_error_carries_item() -> None:
    """InvalidParserOutputError carries the parser, family and offending item."""
    exc = InvalidParserOutputError("bad", parser="mine", family="dates", item=42)
    assert ("mine", "dates", 42) == (exc.parser, exc.family, exc.item)


def test_unparseable_error_carries_text() -> None:
    """UnparseableError carries the text it could not read."""
    assert "many" == UnparseableError("not a number", text="many").text


def test_catching_builtin_still_works() -> None:
    """Code written against builtins keeps working: ``except LookupError``."""
    with pytest.raises(LookupError):
        raise UnknownParserError(family="places", name="x", available=("default",))


def test_missing_dependency_error_is_one_class_everywhere() -> None:
    """The error exported at the top level and from the exports module is the one in errors."""
    import pickle

    import conflictparse
    from conflictparse import _export

    assert (MissingDependencyError, MissingDependencyError) == (
        conflictparse.MissingDependencyError,
        _export.MissingDependencyError,
    )
    exc = MissingDependencyError("needs pandas", package="pandas", extra="pandas")
    again = pickle.loads(pickle.dumps(exc))
    assert ("needs pandas", "pandas", "pandas") == (
        str(again),
        again.package,
        again.extra,
    )
