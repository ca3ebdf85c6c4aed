"""
Loading the package's data tables: read on first use (plain files
directly, anything else with :func:`importlib.resources.files`), never at
import. Large tables are mapped or decoded without keeping their bytes.
"""

from __future__ import annotations

import functools
import os
from typing import TYPE_CHECKING, Final

from conflictparse.errors import DataError

if TYPE_CHECKING:
    import mmap

__all__ = ["map_bytes", "read_bytes", "read_text", "read_tsv"]

_PACKAGE = "conflictparse.data"


#: Where the tables are when the package is installed as plain files.
_DIRECTORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")

#: Files from this size on are decoded from a temporary memory map: their
#: bytes never become a Python object (fresh memory is slow to touch).
_MAP_FROM: Final = 1 << 16

#: Parsed TSV tables up to this many characters are kept; the callers of
#: larger ones keep what they build from the rows, and rows kept as well
#: would hold memory (megabytes of small tuples) for nothing.
_KEEP_ROWS_UP_TO: Final = 1 << 15

_ROWS: dict[tuple[str, int | None], tuple[tuple[str, ...], ...]] = {}


def _path(name: str) -> str | None:
    """Where the table *name* is as a plain file, if *name* is a plain file name."""
    if name and os.path.basename(name) == name and name not in (".", ".."):
        return os.path.join(_DIRECTORY, name)
    return None


def _resource(name: str) -> bytes:
    """
    The bytes of *name* through :func:`importlib.resources.files`: for a
    package not installed as plain files (a zip file, a custom loader), and
    to word the error.
    """
    from importlib import resources

    try:
        return resources.files(_PACKAGE).joinpath(name).read_bytes()
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read shipped table: {exc}", path=name) from exc


@functools.lru_cache(maxsize=32)
def read_bytes(name: str) -> bytes:
    """
    The bytes of the shipped table *name* (a file in ``conflictparse/data``).

    A package installed as plain files is read with :func:`open` directly;
    anything else (a zip file, a custom loader, a name that is not a plain
    file name) goes through :func:`importlib.resources.files`, whose import
    (``tempfile``, ``shutil``, ``pathlib``, ``zipfile`` ...) would
    otherwise be a good part of the first parse.
    """
    path = _path(name)
    if path is not None:
        try:
            with open(path, "rb") as fh:
                return fh.read()
        except (OSError, ValueError):  # ValueError: a NUL byte in the name
            pass  # importlib.resources decides, and words the error
    return _resource(name)


@functools.cache
def map_bytes(name: str) -> bytes | mmap.mmap:
    """
    The shipped table *name* as a read-only buffer, for large tables read
    by random access: the file mapped into memory when the package is
    installed as plain files (the system then reads only the pages that
    are touched, and processes share them), else its bytes
    (:func:`read_bytes`). Slicing either gives :class:`bytes`.

    A mapped file must be replaced atomically (a new file renamed over it
    with :func:`os.replace`), never rewritten in place: truncating it would
    kill every process that maps it with SIGBUS on its next read.
    """
    path = _path(name)
    if path is not None:
        import mmap

        try:
            with open(path, "rb") as fh:
                return mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ)
        except (OSError, ValueError):  # ValueError: an empty file, a NUL byte
            pass  # read_bytes decides, and words the error
    return read_bytes(name)


def _decode(name: str) -> str:
    path = _path(name)
    if path is not None:
        try:
            with open(path, "rb") as fh:
                if os.fstat(fh.fileno()).st_size < _MAP_FROM:
                    return fh.read().decode("utf-8")
                import mmap

                with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as view:
                    return str(view, "utf-8")
        except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
            if isinstance(exc, UnicodeDecodeError):
                raise
    return _resource(name).decode("utf-8")


def read_text(name: str) -> str:
    """
    The UTF-8 text of the shipped table *name*, read afresh (the callers
    keep what they build from it).
    """
    try:
        return _decode(name)
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8: {exc}", path=name) from exc


def read_tsv(name: str, *, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
    """
    The rows of the shipped TSV table *name*, without its header line and
    without blank lines or lines starting with ``#``. Small tables are
    parsed once and kept.

    Raises:
        DataError: a row has the wrong number of columns (naming the line).
    """
    key = (name, columns)
    found = _ROWS.get(key)
    if found is not None:
        return found
    text = read_text(name)
    rows: list[tuple[str, ...]] = []
    header_seen = False
    for lineno, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        if not header_seen:
            header_seen = True
            width = len(line.split("\t"))
            if columns is None:
                columns = width
            continue
        cells = tuple(line.split("\t"))
        if columns is not None and len(cells) != columns:
            raise DataError(
                f"expected {columns} tab-separated columns, found {len(cells)}",
                path=name,
                line=lineno,
            )
        rows.append(cells)
    found = tuple(rows)
    if len(text) <= _KEEP_ROWS_UP_TO:
        _ROWS[key] = found  # concurrent first calls store equal rows
    return found
