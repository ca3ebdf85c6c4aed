"""
Batch parsing: :func:`conflictparse.parse_many` with 1 and 2 worker processes
on the MUC-3/4 dev stories, in the same run.

Run from the repository root::

    python -m benchmarks batch

Prints, for each setting, the wall time (best of the repeats, the settings
alternating so both see the same machine load), documents per second and
the CPU time spent (parent or workers); then the 2-vs-1 process speed ratio
and whether both settings gave identical results (they must).

Settings (environment variables):

``CONFLICTPARSE_BENCH_DOCS``
    how many MUC dev stories (default: all 1,300).
``CONFLICTPARSE_BENCH_REPEATS``
    how many times each setting runs (default 2).
"""

from __future__ import annotations

import os
import resource
import time

from conflictparse import BatchItem, Pipeline, parse_many
from evaluation._common import muc, shared_available


def _timed(
    texts: list[str], processes: int, pipeline: Pipeline
) -> tuple[float, float, list[BatchItem]]:
    me0 = resource.getrusage(resource.RUSAGE_SELF)
    ch0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    items = list(
        parse_many(texts, processes=processes, pipeline=pipeline, keep_text=False)
    )
    wall = time.perf_counter() - t0
    me1 = resource.getrusage(resource.RUSAGE_SELF)
    ch1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (me1.ru_utime + me1.ru_stime - me0.ru_utime - me0.ru_stime) + (
        ch1.ru_utime + ch1.ru_stime - ch0.ru_utime - ch0.ru_stime
    )
    return wall, cpu, items


def run() -> None:
    """Time 1 and 2 processes on MUC dev and print the ratio."""
    if not shared_available():
        print("batch: ../shared is not present; nothing to time")
        return
    limit = int(os.environ.get("CONFLICTPARSE_BENCH_DOCS", "0")) or None
    repeats = int(os.environ.get("CONFLICTPARSE_BENCH_REPEATS", "2"))
    texts = [m["text"] for m in muc(("dev",))][:limit]
    pipeline = Pipeline()
    # load the tables in the parent: forked workers inherit them
    list(parse_many(texts[:5], pipeline=pipeline))
    chars = sum(len(t) for t in texts)
    print(
        f"{len(texts)} MUC dev stories, {chars / 1e6:.2f} M characters, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.1f}"
    )
    best: dict[int, tuple[float, float]] = {}
    results: dict[int, list[BatchItem]] = {}
    for _ in range(repeats):
        for processes in (1, 2):
            wall, cpu, items = _timed(texts, processes, pipeline)
            if processes not in best or wall < best[processes][0]:
                best[processes] = (wall, cpu)
            results[processes] = items
    for processes, (wall, cpu) in sorted(best.items()):
        print(
            f"processes={processes}: {wall:7.2f} s wall  {len(texts) / wall:7.1f} docs/s"
            f"  {cpu:7.2f} s CPU"
        )
    print(f"ratio 2 vs 1 process: {best[1][0] / best[2][0]:.2f}x faster")
    print(f"identical results: {results[1] == results[2]}")
    print(f"load average after: {os.getloadavg()[0]:.1f}")
