"""
Parse stories on a Dask cluster with ``dask.bag`` and write an ACLED-style CSV.

    pip install 'conflictparse[dask]'
    python examples/dask_run.py [STORIES.jsonl] [-o events.csv] [--scheduler ADDRESS]

Without ``--scheduler`` a local cluster of two workers is started. Each
partition is parsed with :func:`conflictparse.parse_many` inside the
worker, so every worker builds its pipeline once per partition and the
driver receives :class:`conflictparse.BatchItem` objects (they pickle) and
writes them with :func:`conflictparse.write_csv`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import sys
from collections.abc import Iterable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent


def parse_partition(records: Iterable[dict[str, Any]]) -> list[Any]:
    """
    Parse one partition of ``{"id", "text", "published"}`` records in a worker.

    Each item's ``index`` counts within its partition; use ``id`` to name stories.
    """
    import conflictparse

    return list(conflictparse.parse_many(records))


def run(
    records: list[dict[str, Any]], *, scheduler: str | None = None, npartitions: int = 4
) -> list[Any]:
    """Parse *records* on a Dask cluster; return the batch items in input order."""
    db: Any = importlib.import_module("dask.bag")
    distributed: Any = importlib.import_module("dask.distributed")

    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(distributed.Client(scheduler))
        else:
            cluster = stack.enter_context(
                distributed.LocalCluster(
                    n_workers=2,
                    threads_per_worker=1,
                    processes=False,
                    dashboard_address=None,
                )
            )
            client = stack.enter_context(distributed.Client(cluster))
        bag = db.from_sequence(records, npartitions=npartitions)
        return list(client.compute(bag.map_partitions(parse_partition)).result())


def main(argv: list[str] | None = None) -> int:
    import conflictparse

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[1])
    ap.add_argument("stories", nargs="?", type=Path, default=HERE / "stories.jsonl")
    ap.add_argument("-o", "--output", help="CSV file (default: standard output)")
    ap.add_argument("--scheduler", help="address of a running Dask scheduler")
    args = ap.parse_args(argv)
    with args.stories.open(encoding="utf-8") as fh:
        records = [json.loads(line) for line in fh if line.strip()]
    items = run(records, scheduler=args.scheduler)
    with contextlib.ExitStack() as stack:
        out = (
            stack.enter_context(open(args.output, "w", encoding="utf-8", newline=""))
            if args.output
            else sys.stdout
        )
        conflictparse.write_csv(items, out, columns="acled")
    failed = [i for i in items if not i.ok]
    for item in failed:
        print(f"{item.id}: {item.error_type}: {item.error}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
