"""
Shared pieces of the scoring harness: where the data is, P/R/F1, printing.

Every family module (``evaluation/dates.py`` …) exposes
``score(pipeline, *, limit=None) -> list[Row]``; ``python -m evaluation``
runs them all. A family whose parser finds nothing scores 0: no fake numbers.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs

from conflictparse import FAMILIES, Pipeline

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("CONFLICTPARSE_SHARED", HERE.parent.parent / "shared"))
SEED_TEXT = SHARED / "seed" / "afp-darqad-2016-01-10.txt"
SEED_GOLD = SHARED / "seed" / "afp-darqad-2016-01-10.gold.json"
EVAL = SHARED / "eval"


def shared_available() -> bool:
    """Whether ../shared (or $CONFLICTPARSE_SHARED) is present."""
    return SEED_TEXT.exists()


def seed() -> tuple[str, dict[str, Any]]:
    """The seed story and its gold annotations."""
    return SEED_TEXT.read_text(encoding="utf-8"), json.loads(
        SEED_GOLD.read_text(encoding="utf-8")
    )


def muc(splits: tuple[str, ...] = ("dev",)) -> Iterator[dict[str, Any]]:
    """MUC-3/4 messages of the given splits (dev, tst1, tst2), one dict each."""
    files = {
        "dev": ["muc34_dev_0001-0650.jsonl", "muc34_dev_0651-1300.jsonl"],
        "tst1": ["muc34_tst1.jsonl"],
        "tst2": ["muc34_tst2.jsonl"],
    }
    for split in splits:
        for name in files[split]:
            with open(EVAL / "muc34" / name, encoding="utf-8") as fh:
                for line in fh:
                    if line.strip():
                        yield json.loads(line)


@attrs.frozen
class Row:
    """One line of the score table."""

    dataset: str
    family: str
    measure: str
    value: float
    n: int = 0
    note: str = ""


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    """Precision, recall and F1; 0 where undefined."""
    p = tp / (tp + fp) if tp + fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return p, r, f


def prf_rows(
    dataset: str, family: str, prefix: str, tp: int, fp: int, fn: int
) -> list[Row]:
    """Three rows (precision, recall, F1) for one comparison."""
    p, r, f = prf(tp, fp, fn)
    n = tp + fn
    return [
        Row(dataset, family, f"{prefix} precision", p, tp + fp),
        Row(dataset, family, f"{prefix} recall", r, n),
        Row(dataset, family, f"{prefix} F1", f, n),
    ]


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Relaxed span match: the two half-open spans share a character."""
    return a[0] < b[1] and b[0] < a[1]


def print_table(rows: list[Row]) -> None:
    """Print rows as a Markdown table."""
    print("| dataset | family | measure | value | n | note |")
    print("|---|---|---|---:|---:|---|")
    for r in rows:
        print(
            f"| {r.dataset} | {r.family} | {r.measure} | {r.value:.3f} | {r.n} | {r.note} |"
        )


def only_stages(pipeline: Pipeline, *families: str) -> Pipeline:
    """
    A pipeline with just the stages of *pipeline* that belong to *families*
    (the others switched off), so a family can be scored without paying
    for the stages it does not read.
    """
    parts: dict[str, list[Any]] = {f: [] for f in FAMILIES}
    for stage in pipeline.stages:
        if stage.family in families:
            parts[stage.family].append(stage.parser)
    # Any: each keyword takes a spec or a list of them (or None: switched off)
    kwargs: dict[str, Any] = {f: (parts[f] or None) for f in FAMILIES}
    return Pipeline(**kwargs)
