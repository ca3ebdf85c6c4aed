"""
The command line: ``conflictparse FILE [--published YYYY-MM-DD]``, and
``conflictparse parse FILES... [--format json|jsonl|csv|acled|ucdp]`` for
batches (implemented in :mod:`conflictparse._cli_batch`).

Reads a story from FILE (``-`` for standard input) and prints its report
as JSON (``conflictparse.report/1``).
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from conflictparse._pipeline import parse
from conflictparse.errors import ConflictParseError

__all__ = ["main"]


def _parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="conflictparse",
        description="Read a conflict news report and print what happened, "
        "when, where, who and how many, as JSON.",
    )
    p.add_argument("file", help="a UTF-8 text file with one story, or - for stdin")
    p.add_argument(
        "--published",
        metavar="YYYY-MM-DD",
        help="the story's publication date (default: the dateline's date)",
    )
    p.add_argument("--indent", type=int, default=2, help="JSON indent (default 2)")
    return p


def main(argv: Sequence[str] | None = None) -> int:
    """
    Run the command line; return the exit code (0 ok, 1 bad input, 2 usage).

    ``conflictparse FILE`` prints one report as JSON; ``conflictparse parse
    FILES...`` reads many stories (text files or JSON Lines) and writes
    JSON, JSON Lines or ACLED/UCDP-like CSV (see
    :mod:`conflictparse._cli_batch`).

    .. versionadded:: 0.1.0
    """
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["parse"]:
        from conflictparse._cli_batch import parse_command

        return parse_command(argv[1:])
    args = _parser().parse_args(argv)
    try:
        if args.file == "-":
            text = sys.stdin.read()
        else:
            with open(args.file, encoding="utf-8") as fh:
                text = fh.read()
    except (OSError, UnicodeDecodeError) as exc:
        print(f"conflictparse: cannot read {args.file}: {exc}", file=sys.stderr)
        return 1
    try:
        report = parse(text, published=args.published)
    except ConflictParseError as exc:
        print(f"conflictparse: {args.file}: {exc}", file=sys.stderr)
        return 1
    indent = args.indent if args.indent > 0 else None
    sys.stdout.write(report.to_json(indent=indent) + "\n")
    return 0
