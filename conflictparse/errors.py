"""
Exceptions raised by conflictparse.

Every exception has one root, and every leaf also subclasses the builtin
it stands for, so ``except ValueError`` keeps working::

    ConflictParseError
    ├── InvalidInputError (TypeError)       text that is not a str
    ├── DocumentTooLargeError (ValueError)  text over the configured limit
    ├── InvalidContextError (ValueError)    a bad published date or context
    ├── UnknownParserError (LookupError)    a name not in the registry
    ├── PluginValidationError (TypeError)   an object that is not a parser
    ├── PipelineOrderError (ValueError)     a stage placed before what it needs
    ├── ParserFailed (RuntimeError)         a parser raised while running
    │   ├── InvalidParserOutputError        it returned something malformed
    │   └── ParseTimeoutError               a pattern ran out of time
    ├── UnparseableError (ValueError)       a strict helper found no value
    ├── DataError (ValueError)              a malformed dictionary or gazetteer
    ├── SchemaError (ValueError)            a dict that is not a valid report
    └── MissingDependencyError (ImportError) an optional package is not installed

:meth:`conflictparse.Pipeline.run` raises nothing but these.

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "ConflictParseError",
    "DataError",
    "DocumentTooLargeError",
    "InvalidContextError",
    "InvalidInputError",
    "InvalidParserOutputError",
    "MissingDependencyError",
    "ParseTimeoutError",
    "ParserFailed",
    "PipelineOrderError",
    "PluginValidationError",
    "SchemaError",
    "UnknownParserError",
    "UnparseableError",
]


class ConflictParseError(Exception):
    """The root of every exception conflictparse raises on purpose."""


class InvalidInputError(ConflictParseError, TypeError):
    """
    The text to parse is not a ``str``.

    Attributes:
        value: the object that was passed.
    """

    def __init__(self, message: str, *, value: Any = None) -> None:
        super().__init__(message)
        self.value = value


class DocumentTooLargeError(ConflictParseError, ValueError):
    """
    The text is longer than the pipeline's ``max_chars``.

    Attributes:
        length: the text's length in characters.
        limit: the configured limit.
    """

    def __init__(self, message: str, *, length: int, limit: int) -> None:
        super().__init__(message)
        self.length = length
        self.limit = limit


class InvalidContextError(ConflictParseError, ValueError):
    """
    A context value (such as ``published``) cannot be used.

    Attributes:
        field: the name of the offending argument.
        value: what was passed.
    """

    def __init__(self, message: str, *, field: str, value: Any = None) -> None:
        super().__init__(message)
        self.field = field
        self.value = value


class UnknownParserError(ConflictParseError, LookupError):
    """
    No parser is registered under that name.

    Attributes:
        family: the parser family looked in.
        name: the name asked for.
        available: the names that do exist, sorted.
    """

    def __init__(self, *, family: str, name: str, available: tuple[str, ...]) -> None:
        shown = ", ".join(available) if available else "none"
        super().__init__(f"no {family} parser named {name!r}; available: {shown}")
        self.family = family
        self.name = name
        self.available = available


class PluginValidationError(ConflictParseError, TypeError):
    """
    An object offered as a parser does not fit its family's protocol.

    Attributes:
        plugin: the offending object.
        family: the family it was offered for.
    """

    def __init__(self, message: str, *, plugin: Any, family: str) -> None:
        super().__init__(message)
        self.plugin = plugin
        self.family = family


class PipelineOrderError(ConflictParseError, ValueError):
    """
    A stage needs a family that does not run before it.

    Attributes:
        parser: the stage's name.
        needs: the family it needs.
    """

    def __init__(self, message: str, *, parser: str, needs: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.needs = needs


class ParserFailed(ConflictParseError, RuntimeError):
    """
    A parser raised an exception while running; it is chained as ``__cause__``.

    Attributes:
        parser: the registry name of the parser.
        family: its family.
    """

    def __init__(self, message: str, *, parser: str, family: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.family = family


class InvalidParserOutputError(ParserFailed):
    """
    A parser returned something that is not a valid mention of its family
    (wrong type, or a span outside the text or not matching its ``text``).

    Attributes:
        item: the offending object.
    """

    def __init__(
        self, message: str, *, parser: str, family: str, item: Any = None
    ) -> None:
        super().__init__(message, parser=parser, family=family)
        self.item = item


class ParseTimeoutError(ParserFailed, TimeoutError):
    """A pattern match ran past its time limit (a guard against hostile input)."""


class UnparseableError(ConflictParseError, ValueError):
    """
    A strict helper that reads one value found none.

    Attributes:
        text: the input.
    """

    def __init__(self, message: str, *, text: str) -> None:
        super().__init__(message)
        self.text = text


class DataError(ConflictParseError, ValueError):
    """
    A data file (actor dictionary, gazetteer) is malformed; nothing of it is loaded.

    Attributes:
        path: the file, as given.
        line: the 1-based line number, where known.
    """

    def __init__(self, message: str, *, path: str, line: int | None = None) -> None:
        where = path if line is None else f"{path}:{line}"
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line


class SchemaError(ConflictParseError, ValueError):
    """
    Data given to :meth:`conflictparse.Report.from_dict` is not a valid report.

    Attributes:
        path: a JSONPath-like pointer to the offending value (``$.dates[2]``).
    """

    def __init__(self, message: str, *, path: str) -> None:
        super().__init__(f"{path}: {message}")
        self.path = path


class MissingDependencyError(ConflictParseError, ImportError):
    """
    An optional dependency (such as pandas) is not installed.

    It is also an :class:`ImportError`, so ``except ImportError`` keeps working.

    >>> err = MissingDependencyError("to_dataframe() needs pandas",
    ...                              package="pandas", extra="pandas")
    >>> isinstance(err, ImportError), err.extra
    (True, 'pandas')

    Attributes:
        package: the distribution to install.
        extra: the conflictparse extra that installs it.

    .. versionadded:: 0.1.0
    """

    def __init__(self, message: str, *, package: str, extra: str) -> None:
        super().__init__(message)
        self.package = package
        self.extra = extra

    def __reduce__(self) -> tuple[Any, ...]:
        return (_missing, (str(self), self.package, self.extra))


def _missing(message: str, package: str, extra: str) -> MissingDependencyError:
    return MissingDependencyError(message, package=package, extra=extra)
