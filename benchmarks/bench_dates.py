"""
Dates: :class:`conflictparse.parsers.dates.DateParser` against
``dateparser.search.search_dates`` on the seed story and on MUC dev
messages, timed in the same run (both warmed up first), mean per document.

    python -m benchmarks dates
"""

from __future__ import annotations

import datetime as _dt
import os
import statistics
import time
from collections.abc import Callable

from conflictparse import Document
from conflictparse.context import Context
from conflictparse.parsers.dates import DateParser
from evaluation._common import muc, seed, shared_available

#: How many MUC dev messages to time (dateparser is slow on ALL-CAPS copy).
MUC_DOCS = int(os.environ.get("BENCH_DATES_MUC", "20"))
REPEATS = 5


def _per_doc(
    fn: Callable[[str, _dt.date], object], docs: list[tuple[str, _dt.date]]
) -> float:
    """
    Mean over documents of each document's best time in REPEATS runs (the
    minimum filters out pauses of a busy machine, for both tools alike).
    """
    best = [float("inf")] * len(docs)
    for _ in range(REPEATS):
        for i, (text, published) in enumerate(docs):
            t0 = time.perf_counter()
            fn(text, published)
            best[i] = min(best[i], time.perf_counter() - t0)
    return statistics.mean(best)


def _ours(text: str, published: _dt.date) -> object:
    # a fresh Document caches nothing yet: folding and sentence splitting are
    # paid on every call, as on a document seen once
    return DateParser()(Document(text=text, context=Context(published=published)))


def _peer(text: str, published: _dt.date) -> object:
    from dateparser.search import search_dates

    return search_dates(
        text,
        languages=["en"],
        settings={
            "RELATIVE_BASE": _dt.datetime(published.year, published.month, published.day)
        },
    )


def _muc_docs() -> list[tuple[str, _dt.date]]:
    from conflictparse.parsers.dateline import DatelineParser

    docs = []
    for msg in muc(("dev",)):
        dl = DatelineParser()(Document(text=msg["text"]))
        if dl is not None and dl.date is not None:
            docs.append((msg["text"], dl.date))
        if len(docs) >= MUC_DOCS:
            break
    return docs


def run() -> None:
    """Print per-document times and the speed ratio on the seed and on MUC dev."""
    if not shared_available():
        print("bench_dates: ../shared is absent; nothing to time")
        return
    text, gold = seed()
    sets = {
        "seed (1 story)": [(text, _dt.date.fromisoformat(gold["published"]))],
        f"MUC dev ({MUC_DOCS} messages)": _muc_docs(),
    }
    for name, docs in sets.items():
        for text_, published in docs[:3]:  # warm up both: imports, caches, locale data
            _ours(text_, published)
            _peer(text_, published)
        ours = _per_doc(_ours, docs)
        peer = _per_doc(_peer, docs)
        chars = statistics.mean(len(t) for t, _ in docs)
        print(
            f"{name:24s} {chars:7.0f} chars/doc | DateParser {ours * 1e3:8.3f} ms/doc"
            f" | dateparser.search_dates {peer * 1e3:9.3f} ms/doc"
            f" | ratio {peer / ours:6.1f}x faster"
        )
