"""
Loading the package's data tables: read with :func:`importlib.resources.files`
on first use, then cached. Importing conflictparse does no I/O.
"""

from __future__ import annotations

import functools
import os

from conflictparse.errors import DataError

__all__ = ["read_bytes", "read_text", "read_tsv"]

_PACKAGE = "conflictparse.data"


#: Where the tables are when the package is installed as plain files.
_DIRECTORY = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data")


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
    if name and os.path.basename(name) == name and name not in (".", ".."):
        try:
            with open(os.path.join(_DIRECTORY, name), "rb") as fh:
                return fh.read()
        except (OSError, ValueError):  # ValueError: a NUL byte in the name
            pass  # importlib.resources decides, and words the error
    from importlib import resources

    try:
        return resources.files(_PACKAGE).joinpath(name).read_bytes()
    except (OSError, ValueError) as exc:
        raise DataError(f"cannot read shipped table: {exc}", path=name) from exc


def read_text(name: str) -> str:
    """The UTF-8 text of the shipped table *name*."""
    try:
        return read_bytes(name).decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DataError(f"not UTF-8: {exc}", path=name) from exc


@functools.lru_cache(maxsize=32)
def read_tsv(name: str, *, columns: int | None = None) -> tuple[tuple[str, ...], ...]:
    """
    The rows of the shipped TSV table *name*, without its header line and
    without blank lines or lines starting with ``#``.

    Raises:
        DataError: a row has the wrong number of columns (naming the line).
    """
    rows: list[tuple[str, ...]] = []
    header_seen = False
    for lineno, line in enumerate(read_text(name).splitlines(), start=1):
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
    return tuple(rows)
