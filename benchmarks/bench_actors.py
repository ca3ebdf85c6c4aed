"""
Speed of the actors parser against two baselines measured in the same run:
a word tokenizer (``re.findall``), the floor of any text scan, and the naive
approach the issue warns against, one plain alternation of every alias of
the shipped dictionary run over the text.

The story is the seed when ``../shared`` is present, else a wire story
written for this benchmark; timings are per story and per 2 KB.
"""

from __future__ import annotations

import datetime as _dt
import functools
import gc
import re
import time
from collections.abc import Callable

from conflictparse import Document
from conflictparse.context import Context
from conflictparse.parsers.actors import ActorParser, default_dictionary
from evaluation._common import SEED_TEXT

_STORY = (
    "Kabul: Afghan troops and police on Sunday pushed Taliban fighters out of a district "
    "in Kunduz province, officials said, days after the insurgents overran it. "
    "The defence ministry said 30 militants and four soldiers died. "
    "Islamic State Khorasan Province claimed a separate attack in Jalalabad. "
    "Washington said it would keep advising the Afghan army; NATO forces ended combat "
    "operations in 2014. Talks between Kabul and the Islamist group stalled in Doha. "
) * 5


def _best(f: Callable[[], object], n: int = 30) -> float:
    f()
    times = []
    for _ in range(5):
        t0 = time.perf_counter()
        for _ in range(n):
            f()
        times.append((time.perf_counter() - t0) / n)
    return min(times)


def _cpu(f: Callable[[], object], n: int = 3) -> float:
    """The least CPU time of *n* calls of *f*."""
    times = []
    for _ in range(n):
        t0 = time.process_time()
        f()
        times.append(time.process_time() - t0)
    return min(times)


def _read_stored() -> object:
    """What the default parser does on first use: read the precomputed actors and index."""
    from conflictparse._data import read_text
    from conflictparse.parsers.actors._default import source_digest
    from conflictparse.parsers.actors._stored import load_stored

    return load_stored(read_text("actors_index.tsv"), source_digest())


def _build_index() -> object:
    """What it did before: index every alias of the shipped dictionary."""
    from conflictparse.parsers.actors._index import AliasIndex
    from conflictparse.parsers.actors._parser import alias_list

    return AliasIndex(alias_list(default_dictionary().actors))


def run() -> None:
    """Print per-story timings and ratios."""
    text = SEED_TEXT.read_text(encoding="utf-8") if SEED_TEXT.exists() else _STORY
    doc = Document(text=text, context=Context(published=_dt.date(2016, 1, 10)))
    gc.collect()
    objects = len(gc.get_objects())
    t0 = time.perf_counter()
    cpu = time.process_time()
    parser = ActorParser()
    parser(doc)
    first = time.perf_counter() - t0
    first_cpu = time.process_time() - cpu
    gc.collect()
    objects = len(gc.get_objects()) - objects
    aliases = sorted(
        {a for actor in default_dictionary() for a in (actor.canonical, *actor.aliases)},
        key=len,
        reverse=True,
    )
    t0 = time.perf_counter()
    naive = re.compile(
        r"\b(?:" + "|".join(map(re.escape, aliases)) + r")\b", re.IGNORECASE
    )
    compile_naive = time.perf_counter() - t0
    ours = _best(lambda: parser(doc))
    floor = _best(lambda: re.findall(r"\w+", text))
    alternation = _best(lambda: naive.findall(text), n=3)
    kb2 = len(text) / 2048
    print(
        f"story: {len(text)} characters; first call (tables + index) {first * 1000:.0f} ms "
        f"({first_cpu * 1000:.0f} ms CPU; {objects} objects for the garbage collector)"
    )
    print(
        f"first use: the stored alias index read in {_cpu(_read_stored) * 1000:.0f} ms CPU; "
        f"built from the dictionary's aliases instead {_cpu(_build_index) * 1000:.0f} ms CPU"
    )
    print(
        f"ActorParser:           {ours * 1000:8.2f} ms/story  {ours / kb2 * 1000:8.2f} ms/2KB"
    )
    print(
        f"re.findall(\\w+):       {floor * 1000:8.2f} ms/story  ratio {ours / floor:6.1f}x"
    )
    print(
        f"plain alternation of {len(aliases)} aliases: {alternation * 1000:8.2f} ms/story "
        f"(compile {compile_naive * 1000:.0f} ms)  ratio {ours / alternation:6.2f}x"
    )

    # hostile inputs: seconds per megabyte must not grow with the size
    from benchmarks.bench_pipeline import hostile_inputs

    for name in ("capitalised words", '"at least at least ..."', "ALL-CAPS wire copy"):
        line = []
        for size in (100_000, 400_000):
            hostile = Document(text=hostile_inputs(size)[name])
            seconds = _best(functools.partial(parser, hostile), n=1)
            line.append(f"{seconds / len(hostile.text) * 1e6:.3f}")
        print(f"hostile {name:26} s/MB at 100 KB / 400 KB: {' / '.join(line)}")
