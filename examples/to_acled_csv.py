"""
Turn stories into an ACLED-style CSV, one row per event.

    python examples/to_acled_csv.py [PATH ...] [-o events.csv] [-j 2]

Each PATH is a folder (every ``*.txt`` file in it is one story), a JSON
Lines file (one story per line with a ``text`` field and optional
``published`` and ``id`` fields) or a text file. With no PATH, the stories
written for this project in ``examples/stories.jsonl`` are used.
Stories that fail are reported on stderr and skipped.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import conflictparse

HERE = Path(__file__).resolve().parent


def stories(paths: list[Path]) -> Iterator[dict[str, Any]]:
    """Yield one ``{"id", "text", "published"}`` dict per story under *paths*."""
    for path in paths:
        if path.is_dir():
            for f in sorted(path.glob("*.txt")):
                yield {"id": str(f), "text": f.read_text(encoding="utf-8")}
        elif path.suffix.lower() in (".jsonl", ".ndjson"):
            with path.open(encoding="utf-8") as fh:
                for n, line in enumerate(fh, start=1):
                    if line.strip():
                        record = json.loads(line)
                        record.setdefault("id", f"{path}:{n}")
                        yield record
        else:
            yield {"id": str(path), "text": path.read_text(encoding="utf-8")}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("paths", nargs="*", type=Path, default=[HERE / "stories.jsonl"])
    ap.add_argument("-o", "--output", help="CSV file (default: standard output)")
    ap.add_argument("-j", "--processes", type=int, default=1)
    ap.add_argument("--published", help="date of stories that give none (YYYY-MM-DD)")
    args = ap.parse_args(argv)
    items = conflictparse.parse_many(
        stories(args.paths), processes=args.processes, published=args.published
    )
    failed = 0

    def report_failures() -> Iterator[conflictparse.BatchItem]:
        nonlocal failed
        for item in items:
            if not item.ok:
                failed += 1
                print(f"{item.id}: {item.error_type}: {item.error}", file=sys.stderr)
            yield item

    with contextlib.ExitStack() as stack:
        out = (
            stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
            if args.output
            else sys.stdout
        )
        n = conflictparse.write_csv(report_failures(), out, columns="acled")
    print(f"{n} events written; {failed} stories failed", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
