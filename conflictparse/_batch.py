"""
Batch parsing: :func:`parse_many` streams documents through a pipeline,
in this process or in a bounded pool of worker processes.

Memory stays constant however long the input is: at most a few chunks per
worker are in flight, and results come back in input order as soon as
they are ready. A document that fails does not stop the batch; its
:class:`BatchItem` carries the error instead of a report.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator, Mapping
from typing import Any, Final

import attrs
from attrs import validators as v

from conflictparse._pipeline import Pipeline, _default_pipeline
from conflictparse.results import Report

__all__ = ["BatchItem", "parse_many"]

#: The default number of documents sent to a worker at a time.
DEFAULT_CHUNKSIZE: Final = 8

# Set in each worker process by _init_worker (never in the parent).
_WORKER_PIPELINE: Pipeline | None = None


@attrs.frozen(kw_only=True)
class BatchItem:
    """
    The outcome of one document of :func:`parse_many`.

    :attr:`index` is the document's 0-based position in the input,
    :attr:`id` the name it was given (an ``"id"`` field, or the file name
    in the command line), :attr:`report` the report — or ``None`` when the
    document failed, in which case :attr:`error_type` names the exception
    and :attr:`error` gives its message. :attr:`text` is the story, kept
    so exports can quote the supporting sentences.

    >>> item = BatchItem(index=0, id="a", report=None, error="boom",
    ...                  error_type="ParserFailed")
    >>> item.ok
    False

    .. versionadded:: 0.1.0
    """

    index: int = attrs.field(validator=v.instance_of(int))
    id: str | None = attrs.field(default=None, validator=v.optional(v.instance_of(str)))
    report: Report | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(Report))
    )
    error: str | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(str))
    )
    error_type: str | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(str))
    )
    text: str | None = attrs.field(
        default=None, validator=v.optional(v.instance_of(str)), repr=False
    )

    @property
    def ok(self) -> bool:
        """Whether the document was parsed."""
        return self.report is not None


_Task = tuple[int, Any, Any, bool]


def _unpack(index: int, doc: Any, published: Any) -> tuple[str | None, Any, Any]:
    """Return (id, text, published) of one input document."""
    if isinstance(doc, Mapping):
        ident = doc.get("id", doc.get("docid"))
        return (
            None if ident is None else str(ident),
            doc.get("text"),
            doc.get("published", published),
        )
    return None, doc, published


def _run_one(pipeline: Pipeline, task: _Task) -> BatchItem:
    index, doc, published, keep_text = task
    ident: str | None = None
    text: Any = None
    try:
        ident, text, pub = _unpack(index, doc, published)
        if isinstance(doc, Mapping) and "text" not in doc:
            msg = "a document given as a mapping needs a 'text' field"
            raise KeyError(msg)
        report = pipeline.run(text, published=pub)
    except Exception as exc:  # one bad document must not stop the batch
        return BatchItem(
            index=index,
            id=ident,
            report=None,
            error=str(exc) or type(exc).__name__,
            error_type=type(exc).__name__,
            text=text if keep_text and isinstance(text, str) else None,
        )
    return BatchItem(
        index=index, id=ident, report=report, text=text if keep_text else None
    )


def _init_worker(pipeline: Pipeline) -> None:
    global _WORKER_PIPELINE
    _WORKER_PIPELINE = pipeline


def _work(task: _Task) -> BatchItem:
    pipeline = _WORKER_PIPELINE if _WORKER_PIPELINE is not None else _default_pipeline()
    return _run_one(pipeline, task)


def parse_many(
    docs: Iterable[Any],
    *,
    processes: int | None = 1,
    published: Any = None,
    pipeline: Pipeline | None = None,
    chunksize: int = DEFAULT_CHUNKSIZE,
    keep_text: bool = True,
) -> Iterator[BatchItem]:
    """
    Parse many documents, lazily, in input order.

    Each document is a ``str`` or a mapping with a ``"text"`` field and
    optional ``"published"`` and ``"id"`` fields (as in a JSON Lines file).
    With ``processes`` above 1 the documents are parsed by a pool of worker
    processes (``None``: one per CPU); at most a few chunks per worker are
    in flight, so the input may be a generator of any length.

    >>> stories = [
    ...     "Rebels attacked an army post near Beni on Tuesday, killing two soldiers.",
    ...     {"id": "b", "text": "Talks resumed in Doha.", "published": "2024-03-06"},
    ...     42,
    ... ]
    >>> for item in parse_many(stories, published="2024-03-07"):
    ...     print(item.index, item.id, item.ok, item.error_type)
    0 None True None
    1 b True None
    2 None False InvalidInputError

    Args:
        docs: the documents.
        processes: worker processes; 1 parses in this process.
        published: the publication date of documents that give none.
        pipeline: the pipeline to run (it must pickle when
            ``processes > 1``); the default pipeline otherwise.
        chunksize: documents sent to a worker at a time.
        keep_text: keep each story on its item (for ``notes`` in exports).

    Returns:
        An iterator of :class:`BatchItem`, one per document, in order.

    Raises:
        ValueError: *processes* or *chunksize* is below 1.

    .. versionadded:: 0.1.0
    """
    if processes is None:
        processes = os.cpu_count() or 1
    if processes < 1:
        msg = f"processes must be at least 1, not {processes}"
        raise ValueError(msg)
    if chunksize < 1:
        msg = f"chunksize must be at least 1, not {chunksize}"
        raise ValueError(msg)
    pipe = pipeline if pipeline is not None else _default_pipeline()
    tasks = ((i, doc, published, keep_text) for i, doc in enumerate(docs))
    if processes == 1:
        return (_run_one(pipe, t) for t in tasks)
    return _pooled(tasks, pipe, processes, chunksize)


def _pooled(
    tasks: Iterator[_Task], pipeline: Pipeline, processes: int, chunksize: int
) -> Iterator[BatchItem]:
    # Pool.imap pulls its input as fast as it can; a semaphore released as
    # results are consumed keeps the number of documents in flight bounded.
    limit = chunksize * (2 * processes + 1)
    room = threading.Semaphore(limit)
    stop = threading.Event()

    def feed() -> Iterator[_Task]:
        for task in tasks:
            room.acquire()
            if stop.is_set():
                return
            yield task

    import multiprocessing  # imported here: most users never start a pool

    pool = multiprocessing.get_context().Pool(
        processes, initializer=_init_worker, initargs=(pipeline,)
    )
    try:
        for item in pool.imap(_work, feed(), chunksize):
            room.release()
            yield item
        pool.close()
        pool.join()
    finally:
        stop.set()
        for _ in range(limit):
            room.release()
        pool.terminate()
