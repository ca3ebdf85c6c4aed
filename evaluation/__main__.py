"""
Score the default pipeline on the seed and on ../shared/eval.

    python -m evaluation                 # everything
    python -m evaluation dates places    # some families
    python -m evaluation --limit 200     # at most 200 documents per set
    python -m evaluation --json out.json # also write the rows as JSON
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
import time

import attrs

from conflictparse import Pipeline
from evaluation._common import Row, print_table, shared_available

FAMILY_MODULES = ("dates", "casualties", "places", "actors", "events")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m evaluation")
    ap.add_argument("families", nargs="*", default=list(FAMILY_MODULES))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--json", dest="json_out")
    args = ap.parse_args(argv)
    if not shared_available():
        print(
            "evaluation: ../shared is not beside the checkout; nothing to score",
            file=sys.stderr,
        )
        return 2
    pipeline = Pipeline()
    rows: list[Row] = []
    for fam in args.families:
        try:
            mod = importlib.import_module(f"evaluation.{fam}")
        except ModuleNotFoundError:
            rows.append(Row("-", fam, "no scorer yet", 0.0))
            continue
        t0 = time.perf_counter()
        rows.extend(mod.score(pipeline, limit=args.limit))
        print(f"[{fam}: {time.perf_counter() - t0:.1f} s]", file=sys.stderr)
    print_table(rows)
    if args.json_out:
        with open(args.json_out, "w", encoding="utf-8") as fh:
            json.dump([attrs.asdict(r) for r in rows], fh, indent=1)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
