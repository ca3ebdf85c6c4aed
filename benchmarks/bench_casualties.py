"""
Casualties: :class:`conflictparse.parsers.casualties.CasualtyParser` on the
seed story and on MUC dev messages, mean time per document and per 2 KB,
against peers timed in the same run when they are installed:
``quantulum3`` (``parser.parse``) and ``word2number`` (``w2n.word_to_num`` on
every word window next to a casualty verb, the glue the project's README
describes). A peer that is not installed is skipped.

It ends with the casualty stage alone on the hostile inputs of
``bench_pipeline`` at two sizes: seconds per MB must not grow with size.

    python -m benchmarks casualties
    BENCH_CASUALTIES_PEERS=0 python -m benchmarks casualties   # ours only
"""

from __future__ import annotations

import importlib.util
import os
import re
import time
from collections.abc import Callable

from conflictparse import Document
from conflictparse.parsers.casualties import CasualtyParser
from evaluation._common import muc, seed, shared_available

#: How many MUC dev messages to time.
MUC_DOCS = int(os.environ.get("BENCH_CASUALTIES_MUC", "200"))
#: How many of those the (slow) peers get.
PEER_DOCS = int(os.environ.get("BENCH_CASUALTIES_PEER_DOCS", "20"))
PEERS = os.environ.get("BENCH_CASUALTIES_PEERS", "1") != "0"
REPEATS = 3

_PARSER = CasualtyParser()
_VERB = re.compile(r"\b(?:killed|dead|died|wounded|injured|kidnapped|abducted)\b", re.I)


def _per_doc(fn: Callable[[str], object], docs: list[str]) -> float:
    """
    Best-of-REPEATS mean CPU seconds per document (process time, so that
    other work on a shared machine does not count).
    """
    runs = []
    for _ in range(REPEATS):
        t0 = time.process_time()
        for text in docs:
            fn(text)
        runs.append((time.process_time() - t0) / len(docs))
    return min(runs)


def _ours(text: str) -> object:
    # a fresh Document caches nothing yet: folding and sentence splitting are
    # paid on every call, as for a document seen once
    return _PARSER(Document(text=text))


def _quantulum3(text: str) -> object:
    from quantulum3 import parser  # type: ignore[import-untyped]  # no stubs

    return parser.parse(text)


def _word2number(text: str) -> object:
    from word2number import w2n  # type: ignore[import-not-found]  # optional peer

    found = []
    for m in _VERB.finditer(text):
        words = text[max(0, m.start() - 40) : m.start()].split()
        for k in range(len(words)):
            try:
                found.append(w2n.word_to_num(" ".join(words[k:])))
                break
            except ValueError:
                continue
    return found


def run() -> None:
    """Print per-document times on the seed and MUC dev, and peer ratios."""
    if not shared_available():
        print("bench_casualties: ../shared is absent; nothing to time")
        return
    text, _ = seed()
    messages = [m["text"] for m in muc(("dev",))][:MUC_DOCS]
    sets = {"seed (1 story)": [text], f"MUC dev ({len(messages)} messages)": messages}
    peers: dict[str, Callable[[str], object]] = {}
    if PEERS:
        candidates: dict[str, Callable[[str], object]] = {
            "quantulum3": _quantulum3,
            "word2number": _word2number,
        }
        for name, peer in candidates.items():
            if importlib.util.find_spec(name) is None:
                print(f"  {name}: not installed, skipped")
            else:
                peers[name] = peer
    for name, peer in peers.items():
        t0 = time.perf_counter()
        peer(text)  # warm up: imports, models, caches
        print(f"  {name}: first call (load) {time.perf_counter() - t0:.2f} s")
    _ours(text)
    for label, docs in sets.items():
        size = sum(len(d) for d in docs) / len(docs)
        ours = _per_doc(_ours, docs)
        per_2kb = ours * 2048 / size
        print(f"{label}: mean {size:,.0f} chars/doc")
        print(
            f"  conflictparse casualties: {ours * 1e3:.3f} ms/doc, {per_2kb * 1e3:.3f} ms per 2 KB"
        )
        for name, peer in peers.items():
            sample = docs[:PEER_DOCS]
            ours_sample = _per_doc(_ours, sample)
            theirs = _per_doc(peer, sample)
            print(
                f"  {name}: {theirs * 1e3:.3f} ms/doc on {len(sample)} docs "
                f"(ours {ours_sample * 1e3:.3f}); ours is {theirs / ours_sample:.1f}x faster"
            )
    _hostile()


#: Hostile inputs that exercise the casualty rules, and the sizes compared.
_HOSTILE = (
    "killed killed ...",
    "ALL-CAPS wire copy",
    '"at least at least ..."',
    "digits and commas",
)
_SIZES = (100_000, 400_000)


def _hostile() -> None:
    """Seconds per MB of the casualty stage on hostile text at two sizes."""
    from benchmarks.bench_pipeline import hostile_inputs

    print("hostile inputs, casualty stage alone (s/MB must not grow with size):")
    texts = {size: hostile_inputs(size) for size in _SIZES}
    for name in _HOSTILE:
        cells = []
        for size in _SIZES:
            doc = Document(text=texts[size][name])
            doc.folded, doc.sentences  # noqa: B018 - shared caches, not our stage's time
            t0 = time.process_time()
            _PARSER(doc)
            seconds = time.process_time() - t0
            cells.append(f"{seconds / len(doc.text) * 1e6:.3f} s/MB at {size // 1000} KB")
        print(f"  {name}: " + ", ".join(cells))
