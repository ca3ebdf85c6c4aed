"""
Run the benchmarks: ``python -m benchmarks [NAME ...]``.

Each ``benchmarks/bench_<name>.py`` defines ``run() -> None``, which times
conflictparse and the peers named in its issue in the same run and prints
ratios. With no NAME, every bench module runs.

``--quick`` sets ``CONFLICTPARSE_BENCH_QUICK=1`` for the benchmarks that
offer a shorter run (fewer documents, smaller sizes); ``--sections`` sets
``CONFLICTPARSE_BENCH_SECTIONS`` (for example ``--sections startup,hostile``).
"""

from __future__ import annotations

import argparse
import importlib
import os
import pkgutil
import sys
from pathlib import Path


def main(argv: list[str] | None = None) -> int:
    here = Path(__file__).resolve().parent
    found = sorted(
        m.name[len("bench_") :]
        for m in pkgutil.iter_modules([str(here)])
        if m.name.startswith("bench_")
    )
    ap = argparse.ArgumentParser(prog="python -m benchmarks")
    ap.add_argument("names", nargs="*", help=f"some of: {', '.join(found)}")
    ap.add_argument(
        "--quick",
        action="store_true",
        help="a shorter run: fewer documents, smaller sizes",
    )
    ap.add_argument(
        "--sections",
        default="",
        help="comma-separated sections of the benchmarks that have them",
    )
    args = ap.parse_args(argv)
    if args.quick:
        os.environ["CONFLICTPARSE_BENCH_QUICK"] = "1"
    if args.sections:
        os.environ["CONFLICTPARSE_BENCH_SECTIONS"] = args.sections
    for name in args.names or found:
        if name not in found:
            print(
                f"no benchmark {name!r}; available: {', '.join(found)}", file=sys.stderr
            )
            return 2
        print(f"== {name}", flush=True)
        importlib.import_module(f"benchmarks.bench_{name}").run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
