"""
``conflictparse parse FILES... | -``: parse many stories at once.

Input: plain text files (one story each) or JSON Lines files (``.jsonl``,
``.ndjson``, or ``--input jsonl``) with a ``text`` field and optional
``published`` and ``id`` fields; ``-`` reads standard input.
Output (``--format``): ``json`` (one array), ``jsonl`` (one report per
line), ``csv`` (ACLED-like and UCDP-like columns), ``acled`` or ``ucdp``.

A story that cannot be read or parsed is reported on standard error with
its file (and line) and counted; the others are still written. Exit codes:
0 all stories parsed, 1 some failed or could not be read, 2 usage error.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator, Sequence
from typing import IO, Any, Final

from conflictparse._batch import BatchItem, parse_many
from conflictparse._export import as_dict, write_csv, write_jsonl
from conflictparse.context import coerce_published
from conflictparse.errors import ConflictParseError
from conflictparse.results import _json_text

__all__ = ["parse_command"]

FORMATS: Final = ("json", "jsonl", "csv", "acled", "ucdp")
_JSONL_SUFFIXES: Final = (".jsonl", ".ndjson", ".jsonlines")


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="conflictparse parse",
        description="Read many conflict news stories and write their reports "
        "or events (ACLED-like or UCDP-like CSV).",
    )
    p.add_argument(
        "files",
        nargs="+",
        metavar="FILE",
        help="text files (one story each), JSON Lines files with a 'text' field, "
        "or - for standard input",
    )
    p.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="publication date of stories that give none (default: each "
        "story's dateline)",
    )
    p.add_argument("--format", choices=FORMATS, default="jsonl", help="default: jsonl")
    p.add_argument(
        "--input",
        choices=("auto", "text", "jsonl"),
        default="auto",
        help="how to read FILEs (auto: JSON Lines for .jsonl/.ndjson names and "
        "for standard input that starts with '{', text otherwise)",
    )
    p.add_argument("-o", "--output", metavar="PATH", help="write here, not to stdout")
    p.add_argument(
        "-j",
        "--processes",
        type=int,
        default=1,
        metavar="N",
        help="worker processes (default 1)",
    )
    p.add_argument(
        "--progress",
        action=argparse.BooleanOptionalAction,
        default=None,
        help="show a progress line on stderr (default: when stderr is a terminal)",
    )
    return p


class _Inputs:
    """Reads the FILE arguments lazily; counts what could not be read."""

    def __init__(self, files: Sequence[str], mode: str) -> None:
        self.files = files
        self.mode = mode
        self.unreadable = 0

    def _fail(self, where: str, why: str) -> None:
        self.unreadable += 1
        print(f"conflictparse: {where}: {why}", file=sys.stderr)

    def __iter__(self) -> Iterator[Any]:
        for name in self.files:
            try:
                if name == "-":
                    yield from self._stream("<stdin>", sys.stdin, None)
                    continue
                jsonl = self.mode == "jsonl" or (
                    self.mode == "auto" and name.lower().endswith(_JSONL_SUFFIXES)
                )
                with open(name, encoding="utf-8") as fh:
                    if jsonl:
                        yield from self._lines(name, fh)
                    else:
                        yield {"id": name, "text": fh.read()}
            except (OSError, UnicodeDecodeError) as exc:
                self._fail(name, f"cannot read: {exc}")

    def _stream(self, name: str, fh: IO[str], _: None) -> Iterator[Any]:
        if self.mode == "text":
            yield {"id": name, "text": fh.read()}
            return
        first = fh.readline()
        if self.mode == "auto" and not first.lstrip().startswith("{"):
            yield {"id": name, "text": first + fh.read()}
            return
        yield from self._lines(name, _chain(first, fh))

    def _lines(self, name: str, lines: Any) -> Iterator[Any]:
        for n, line in enumerate(lines, start=1):
            if not line.strip():
                continue
            where = f"{name}:{n}"
            try:
                data = json.loads(line)
            except ValueError as exc:
                self._fail(where, f"not JSON: {exc}")
                continue
            if not isinstance(data, dict) or not isinstance(data.get("text"), str):
                self._fail(where, "a JSON Lines record needs a string 'text' field")
                continue
            ident = data.get("id", data.get("docid"))
            yield {
                "id": where if ident is None else str(ident),
                "text": data["text"],
                "published": data.get("published"),
            }


def _chain(first: str, rest: IO[str]) -> Iterator[str]:
    yield first
    yield from rest


class _Progress:
    """A one-line counter on stderr, redrawn at most five times a second."""

    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled
        self.start = time.perf_counter()
        self.last = 0.0
        self.done = 0
        self.failed = 0

    def wrap(self, items: Iterator[BatchItem]) -> Iterator[BatchItem]:
        for item in items:
            self.done += 1
            if not item.ok:
                self.failed += 1
                where = item.id if item.id is not None else f"document {item.index + 1}"
                if self.enabled:
                    sys.stderr.write("\r\x1b[K")
                print(
                    f"conflictparse: {where}: {item.error_type}: {item.error}",
                    file=sys.stderr,
                )
            self.draw()
            yield item
        self.draw(final=True)

    def draw(self, *, final: bool = False) -> None:
        if not self.enabled:
            return
        now = time.perf_counter()
        if not final and now - self.last < 0.2:
            return
        self.last = now
        rate = self.done / max(now - self.start, 1e-9)
        sys.stderr.write(
            f"\r\x1b[K{self.done} documents, {self.failed} failed, {rate:.1f}/s"
            + ("\n" if final else "")
        )
        sys.stderr.flush()


def _write_json(items: Iterator[BatchItem], out: IO[str]) -> None:
    out.write("[")
    n = 0
    for item in items:
        # lone surrogates (text decoded with surrogateescape) are escaped, as in write_jsonl
        text = _json_text(json.dumps(as_dict(item), ensure_ascii=False))
        out.write(("\n" if n == 0 else ",\n") + text)
        n += 1
    out.write("\n]\n" if n else "]\n")


def parse_command(argv: Sequence[str]) -> int:
    """
    Run ``conflictparse parse``; return the exit code.

    >>> import contextlib, io, pathlib, tempfile
    >>> folder = pathlib.Path(tempfile.mkdtemp())
    >>> _ = (folder / "a.txt").write_text(
    ...     "Gunmen killed two farmers in Plateau state on Monday.", encoding="utf-8")
    >>> out = io.StringIO()
    >>> with contextlib.redirect_stdout(out):
    ...     code = parse_command([str(folder / "a.txt"), "--published", "2024-03-06",
    ...                           "--format", "jsonl"])
    >>> code
    0
    >>> out.getvalue().startswith('{"schema": "conflictparse.report/1"')
    True

    .. versionadded:: 0.1.0
    """
    args = _parser().parse_args(argv)
    if args.processes < 1:
        print("conflictparse parse: --processes must be at least 1", file=sys.stderr)
        return 2
    try:
        coerce_published(args.published)
    except ConflictParseError as exc:
        print(f"conflictparse parse: --published: {exc}", file=sys.stderr)
        return 2
    inputs = _Inputs(args.files, args.input)
    progress = _Progress(
        sys.stderr.isatty() if args.progress is None else bool(args.progress)
    )
    items = progress.wrap(
        parse_many(inputs, processes=args.processes, published=args.published)
    )
    try:
        out: IO[str] = (
            open(args.output, "w", encoding="utf-8", newline="")  # noqa: SIM115
            if args.output
            else sys.stdout
        )
    except OSError as exc:
        print(f"conflictparse parse: cannot write {args.output}: {exc}", file=sys.stderr)
        return 1
    try:
        if args.format == "jsonl":
            write_jsonl(items, out)
        elif args.format == "json":
            _write_json(items, out)
        else:
            write_csv(items, out, columns=args.format)
    finally:
        if out is not sys.stdout:
            out.close()
        else:
            out.flush()
    failed = progress.failed + inputs.unreadable
    if failed:
        total = progress.done + inputs.unreadable
        print(
            f"conflictparse parse: {failed} of {total} documents failed",
            file=sys.stderr,
        )
        return 1
    return 0
