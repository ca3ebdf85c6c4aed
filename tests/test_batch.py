"""
Tests for :func:`conflictparse._batch.parse_many`: order, errors, pickling,
and identical results with one and two processes.
"""

from __future__ import annotations

import pickle
from collections.abc import Iterator
from typing import Any

import pytest

from conflictparse import Report
from conflictparse._batch import BatchItem, parse_many
from conflictparse.results import Event

from ._event_fixtures import SEED as SEED_PATH
from ._event_fixtures import TOY_STORIES, seed_document, toy_pipeline

PUBLISHED = "2024-03-06"


def _stories(n: int) -> Iterator[str]:
    for i in range(n):
        yield TOY_STORIES[i % len(TOY_STORIES)]


def test_order_and_ids() -> None:
    """Items come back in input order with their ids."""
    docs: list[Any] = [
        {"id": "x", "text": TOY_STORIES[0]},
        TOY_STORIES[1],
        {"id": 7, "text": TOY_STORIES[2], "published": "2024-03-05"},
    ]
    items = list(parse_many(docs, pipeline=toy_pipeline(), published=PUBLISHED))
    assert [(0, "x"), (1, None), (2, "7")] == [(i.index, i.id) for i in items]


def test_per_document_published() -> None:
    """A document's own published date wins over the batch default."""
    docs = [{"text": "x", "published": "2024-01-02"}, "y"]
    items = list(parse_many(docs, pipeline=toy_pipeline(), published=PUBLISHED))
    assert ["2024-01-02", PUBLISHED] == [
        str(i.report.published) for i in items if i.report
    ]


BAD = [
    pytest.param(b"bytes are not text", "InvalidInputError", id="bytes"),
    pytest.param({"published": "2024-03-01"}, "KeyError", id="mapping-without-text"),
    pytest.param(
        {"text": "x", "published": "last Tuesday"},
        "InvalidContextError",
        id="bad-published",
    ),
    pytest.param(None, "InvalidInputError", id="none"),
]


@pytest.mark.parametrize(("doc", "error_type"), BAD)
def test_bad_document_is_reported_not_raised(doc: Any, error_type: str) -> None:
    """A bad document yields an item with its error; the batch goes on."""
    items = list(parse_many([doc, TOY_STORIES[0]], pipeline=toy_pipeline()))
    assert [(False, error_type), (True, None)] == [(i.ok, i.error_type) for i in items]


def test_lazy() -> None:
    """Nothing is parsed before the first item is asked for."""
    seen: list[int] = []

    def gen() -> Iterator[str]:
        for i in range(3):
            seen.append(i)
            yield TOY_STORIES[0]

    it = parse_many(gen(), pipeline=toy_pipeline())
    assert [] == seen
    next(it)
    assert [0] == seen


@pytest.mark.parametrize(("kw", "value"), [("processes", 0), ("chunksize", 0)])
def test_bad_arguments(kw: str, value: int) -> None:
    """Zero processes or a zero chunk size are ValueErrors."""
    with pytest.raises(ValueError, match=kw):
        kwargs: dict[str, Any] = {kw: value}
        parse_many([], **kwargs)


def test_two_processes_give_identical_results() -> None:
    """Two worker processes give exactly what one process gives, in order."""
    docs: list[Any] = [*_stories(24), b"bad"]
    one = list(parse_many(docs, pipeline=toy_pipeline(), published=PUBLISHED))
    two = list(
        parse_many(
            docs, processes=2, chunksize=3, pipeline=toy_pipeline(), published=PUBLISHED
        )
    )
    assert one == two


def test_early_stop_does_not_hang() -> None:
    """Stopping after a few items of a long pooled stream returns promptly."""
    it = parse_many(_stories(10_000), processes=2, chunksize=2, pipeline=toy_pipeline())
    first = [next(it) for _ in range(3)]
    it.close()  # type: ignore[attr-defined]
    assert [0, 1, 2] == [i.index for i in first]


def test_pipeline_and_results_pickle() -> None:
    """The pipeline, reports and batch items survive pickling."""
    p = toy_pipeline()
    [item] = parse_many([TOY_STORIES[0]], pipeline=p, published=PUBLISHED)
    again = pickle.loads(pickle.dumps((p, item)))
    assert (len(p.stages), item) == (len(again[0].stages), again[1])
    assert isinstance(again[1], BatchItem) and isinstance(again[1].report, Report)


@pytest.mark.skipif(not SEED_PATH.exists(), reason="../shared is not present")
def test_seed_events_pickle() -> None:
    """Events with every field set survive pickling."""
    from conflictparse.parsers.events import EventParser

    doc, _ = seed_document()
    found = EventParser()(doc)
    assert found == pickle.loads(pickle.dumps(found))
    assert all(isinstance(e, Event) for e in found)
