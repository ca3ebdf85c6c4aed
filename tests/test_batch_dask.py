"""
The Dask recipe (``examples/dask_run.py``, documented in ``docs/cluster.md``)
on a local cluster of two workers: it gives the items a plain loop gives.
"""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

import conflictparse
from tests._scripts import load_script

pytest.importorskip("dask.bag")
pytest.importorskip("distributed")

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _recipe() -> ModuleType:
    return load_script("examples/dask_run.py")


def test_dask_bag_on_local_cluster() -> None:
    """dask.bag over two local workers returns the items of a sequential run."""
    with (EXAMPLES / "stories.jsonl").open(encoding="utf-8") as fh:
        records: list[dict[str, Any]] = [json.loads(x) for x in fh if x.strip()]
    expected = [(i.id, i.report) for i in conflictparse.parse_many(records)]
    found = _recipe().run(records, npartitions=2)
    # item.index counts within a partition; ids and reports must agree
    assert expected == [(i.id, i.report) for i in found]
