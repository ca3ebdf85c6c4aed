"""
Parse one story and print a short summary, then its JSON report.

    python examples/parse_story.py examples/story_kunduz.txt --published 2016-03-06
    python examples/parse_story.py story.txt --json-only > report.json
"""

from __future__ import annotations

import argparse
import sys

import conflictparse


def summarize(report: conflictparse.Report) -> str:
    """A few lines a person can read: dateline, dates, counts, actors, places, events."""
    lines = []
    if report.dateline is not None:
        d = report.dateline
        lines.append(
            f"dateline  {d.text!r} country={d.country} date={d.date} source={d.source}"
        )
    lines.append(f"published {report.published}")
    for m in report.dates:
        lines.append(f"date      {m.text!r:32} {m.value} ({m.precision})")
    for c in report.casualties:
        lines.append(
            f"count     {c.text!r:32} {c.outcome} low={c.low} best={c.best} high={c.high} "
            f"victim={c.victim}"
        )
    for a in report.actors:
        lines.append(f"actor     {a.text!r:32} {a.canonical} ({a.kind})")
    for p in report.places:
        lines.append(f"place     {p.text!r:32} {p.country} {p.admin1 or ''} ({p.kind})")
    for e in report.events:
        when = e.date.value if e.date else None
        a = e.side_a.canonical if e.side_a else None
        b = e.side_b.canonical if e.side_b else None
        lines.append(
            f"event     {e.id} {e.event_type} {when} {a} vs {b} fatalities={e.fatalities}"
        )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("file", help="a UTF-8 text file with one story")
    ap.add_argument("--published", help="publication date, YYYY-MM-DD")
    ap.add_argument("--json-only", action="store_true", help="print only the JSON report")
    args = ap.parse_args(argv)
    with open(args.file, encoding="utf-8") as fh:
        text = fh.read()
    try:
        report = conflictparse.parse(text, published=args.published)
    except conflictparse.ConflictParseError as exc:
        print(f"{args.file}: {exc}", file=sys.stderr)
        return 1
    if not args.json_only:
        print(summarize(report), end="\n\n")
    print(report.to_json(indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
