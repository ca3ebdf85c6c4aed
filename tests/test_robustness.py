"""
Robustness of the whole pipeline: adversarial megabytes, threads, fresh
processes, and no network.

Timings here are generous bounds so that CI is never flaky; the real
numbers are printed by ``python -m benchmarks pipeline``.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import subprocess
import sys
import textwrap
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import pytest
import regex

from conflictparse import Document, Pipeline, Report
from conflictparse.errors import ParserFailed, ParseTimeoutError

# Wire-style stories written for these tests.
STORIES = (
    "KABUL (AFP) - Taliban fighters stormed two police posts in Kunduz province "
    "late on Saturday, killing at least nine officers and wounding six, a "
    "provincial spokesman said on Sunday. Twelve insurgents were also killed.",
    "MOGADISHU, Feb 2 (Reuters) - Al Shabaab militants attacked an African Union "
    "base near Baidoa on Tuesday. Between 20 and 25 soldiers died, according to "
    "residents, while the army said three soldiers were wounded.",
    "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMED FORCES REPORTED THAT "
    "FIVE TERRORISTS WERE KILLED AND TWO SOLDIERS WOUNDED IN A CLASH YESTERDAY "
    "NEAR SAN MIGUEL. THE FMLN DID NOT COMMENT.",
    "Maiduguri: Suspected Boko Haram gunmen killed 14 villagers in Borno State "
    "on the night of March 4, 2015, and abducted dozens of women, local "
    "officials said.",
    "BAGHDAD, Jan. 14, 2015 (AP) -- A car bomb killed 17 people in a market in "
    "Sadr City on Wednesday. The Islamic State group claimed the attack a day "
    "later; police said more than 40 were hurt.",
    "ALEPPO, Syria (AP) — Airstrikes on rebel-held districts killed a doctor and "
    "at least four children on Oct. 22, the Syrian Observatory for Human Rights "
    "said. Russian jets also hit Idlib overnight.",
)
PUBLISHED = "2016-01-10"
MB = 1_000_000

#: Adversarial documents of about one megabyte (the long token is 100 KB).
HOSTILE = {
    "repeated-digits": "1234567890" * (MB // 10),
    "at-least-at-least": "at least " * (MB // 9),
    "capitalised-words": "Taliban Kabul Province Army Forces Said " * (MB // 40),
    "nested-brackets": "([{" * (MB // 6) + "}])" * (MB // 6),
    "one-100KB-token": "x" * 100_000,
    "digits-and-commas": "1,000," * (MB // 6),
    "killed-killed": "killed " * (MB // 7),
    "ALL-CAPS-stories": (" ".join(s.upper() for s in STORIES) + "\n")
    * (MB // (sum(len(s) + 1 for s in STORIES))),
}

#: The generous bound on one adversarial megabyte (the target is < 1 s).
MAX_SECONDS = 30.0


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    """The default pipeline, built once for the module."""
    return Pipeline()


def _python(code: str, tmp_path: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run *code* in a fresh interpreter, outside the checkout."""
    environ = dict(os.environ)
    environ.update(env)
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=environ,
        timeout=120,
        check=False,
    )


# --- adversarial megabytes ---------------------------------------------------


def _run_with_deadline(pipeline: Pipeline, text: str, limit: float) -> tuple[str, float]:
    """
    Run the pipeline on *text* in a forked child that is killed after
    *limit* seconds, so that a hang fails the test instead of stalling
    the suite. Returns the outcome and the seconds it took.
    """
    ctx = multiprocessing.get_context("fork")
    receiver, sender = ctx.Pipe(duplex=False)

    def target() -> None:
        t0 = time.perf_counter()
        try:
            pipeline.run(text)
            outcome = "report"
        except ParseTimeoutError as exc:
            outcome = f"time-out guard: {exc}"
        except BaseException as exc:
            outcome = f"{type(exc).__name__}: {exc}"
        sender.send((outcome, time.perf_counter() - t0))

    child = ctx.Process(target=target, daemon=True)
    child.start()
    try:
        if receiver.poll(limit):
            outcome, seconds = receiver.recv()
        else:
            outcome, seconds = "still running: killed", limit
    finally:
        child.kill()
        child.join()
    return outcome, seconds


#: Inputs on which a parser is still known to be too slow, with the stages
#: and their measured CPU seconds per MB; ``python -m benchmarks pipeline``
#: prints the current timings. The ones in ``NOT_RUN`` would take the whole
#: deadline and are not run. Remove an entry when a measurement with every
#: stage's current code shows the input finishing fast ("killed killed ..."
#: and "at least at least ..." were removed on 25 Nov 2026: about 0.8 and
#: 1.8 s of CPU per MB, all stages linear).
KNOWN_SLOW = {
    "capitalised-words": (
        "actors and places: about 7 s of CPU per MB in all on the 2-CPU VM "
        "(calls per character constant; 50,000 mentions per MB), measured 25 Nov 2026"
    ),
    "ALL-CAPS-stories": (
        "casualties, events, dates, places and actors: about 8-10 s of CPU per MB "
        "in all on the 2-CPU VM (calls per character constant; 31,000 mentions per "
        "MB), measured 25 Nov 2026"
    ),
}


NOT_RUN: frozenset[str] = frozenset()


def _hostile_params() -> list[Any]:
    params = []
    for name, text in HOSTILE.items():
        marks = []
        if name in KNOWN_SLOW:
            marks.append(
                pytest.mark.xfail(run=name not in NOT_RUN, reason=KNOWN_SLOW[name])
            )
        params.append(pytest.param(text, id=name, marks=marks))
    return params


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork to kill a hung parse")
@pytest.mark.parametrize("text", _hostile_params())
def test_adversarial_input_finishes_quickly(pipeline: Pipeline, text: str) -> None:
    """An adversarial megabyte gives a Report in bounded time: no hang, no time-out."""
    pipeline.run(STORIES[0])  # load the data before forking
    outcome, seconds = _run_with_deadline(pipeline, text, MAX_SECONDS)
    assert ("report", True) == (outcome, seconds < MAX_SECONDS), f"{seconds:.1f} s"


def test_the_deadline_can_fail() -> None:
    """A parser that never returns is reported as killed, within the limit."""
    p = Pipeline(dates=forever, actors=None, places=None, casualties=None, events=None)
    t0 = time.perf_counter()
    outcome, _ = _run_with_deadline(p, "Five died on Sunday.", 0.5)
    assert ("still running: killed", True) == (outcome, time.perf_counter() - t0 < 10)


_EVIL = regex.compile(r"(?:a|aa)+$")


def backtracker(doc: Document) -> list[Any]:
    """A parser with a catastrophic pattern and a short time limit."""
    _EVIL.match(doc.text, timeout=0.05)
    return []


def forever(doc: Document) -> list[Any]:
    """A parser that hangs."""
    while True:
        time.sleep(0.01)


def broken(doc: Document) -> list[Any]:
    """A parser that crashes."""
    raise KeyError("lookup table")


def test_a_pattern_time_out_becomes_a_typed_error() -> None:
    """A parser whose regex runs out of time raises ParseTimeoutError naming it."""
    p = Pipeline(
        dates=backtracker, actors=None, places=None, casualties=None, events=None
    )
    with pytest.raises(ParseTimeoutError) as info:
        p.run("a" * 40 + "!")
    assert ("backtracker", "dates") == (info.value.parser, info.value.family)
    assert isinstance(info.value, TimeoutError)


# --- threads ---------------------------------------------------------------


def test_four_threads_give_the_serial_results(pipeline: Pipeline) -> None:
    """The same Pipeline shared by 4 threads gives exactly the serial reports."""
    texts = [*STORIES, *(s.upper() for s in STORIES), "", "\x00 killed 12 ٣"] * 6
    serial = [pipeline.run(t, published=PUBLISHED) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        threaded = list(pool.map(lambda t: pipeline.run(t, published=PUBLISHED), texts))
    assert serial == threaded


# --- fresh processes: no network, cold threads, other hash seeds ---------------

_GUARD = """
import json, socket, sys
attempts = []
def refuse(name):
    def guard(*args, **kwargs):
        attempts.append(name)
        raise OSError("network access attempted: " + name)
    return guard
socket.socket.connect = refuse("socket.connect")
socket.socket.connect_ex = refuse("socket.connect_ex")
socket.socket.sendto = refuse("socket.sendto")
socket.create_connection = refuse("socket.create_connection")
socket.getaddrinfo = refuse("socket.getaddrinfo")
"""

_FRESH = (
    _GUARD
    + """
import threading
import conflictparse
heavy = sorted(m for m in ("dateparser", "sqlite3") if m in sys.modules)
stories = json.loads(sys.stdin.read())
pipeline = conflictparse.Pipeline()
barrier = threading.Barrier(4)
out = [None] * 4
def work(i):
    barrier.wait()  # four threads make the first parse, which loads the data, at once
    out[i] = [pipeline.run(s, published="2016-01-10").to_json() for s in stories]
threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
serial = [pipeline.run(s, published="2016-01-10").to_json() for s in stories]
unpublished = [conflictparse.parse(s) for s in stories]
print(json.dumps({
    "heavy": heavy,
    "attempts": attempts,
    "threads_agree": all(o == serial for o in out),
    "reports": serial,
}))
"""
)

_HASH_SEEDS = ("0", "4242")
_FRESH_STORIES = [*STORIES, *(s.upper() for s in STORIES), "\x00 killed 12 ٣ İ"]


@pytest.fixture(scope="module")
def fresh_runs(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, Any]]:
    """
    The output of :data:`_FRESH` in two new interpreters (run side by side),
    with the network refused and different hash seeds.
    """
    cwd = tmp_path_factory.mktemp("fresh")
    procs = []
    for seed in _HASH_SEEDS:
        env = dict(os.environ, PYTHONHASHSEED=seed)
        procs.append(
            subprocess.Popen(
                [sys.executable, "-c", _FRESH],
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                text=True,
                cwd=cwd,
                env=env,
            )
        )
    runs = []
    for proc in procs:
        stdout, stderr = proc.communicate(json.dumps(_FRESH_STORIES), timeout=300)
        assert 0 == proc.returncode, stderr
        runs.append(json.loads(stdout.splitlines()[-1]))
    return runs


def test_no_network_at_import_or_parse(fresh_runs: list[dict[str, Any]]) -> None:
    """Importing and parsing never touches the network (sockets are refused)."""
    assert [[], []] == [run["attempts"] for run in fresh_runs]


def test_import_does_not_load_dateparser(fresh_runs: list[dict[str, Any]]) -> None:
    """``import conflictparse`` leaves dateparser (and any database) unloaded."""
    assert [[], []] == [run["heavy"] for run in fresh_runs]


def test_four_threads_loading_the_data_at_once(fresh_runs: list[dict[str, Any]]) -> None:
    """In a fresh process, 4 threads racing through the first parse agree with serial."""
    assert [True, True] == [run["threads_agree"] for run in fresh_runs]


def test_results_are_the_same_in_another_process(
    pipeline: Pipeline, fresh_runs: list[dict[str, Any]]
) -> None:
    """Fresh interpreters with other hash seeds write the JSON reports written here."""
    here = [pipeline.run(s, published=PUBLISHED).to_json() for s in _FRESH_STORIES]
    assert [here, here] == [run["reports"] for run in fresh_runs]


def test_the_network_guard_can_fail(tmp_path: Path) -> None:
    """The socket guard above does record an attempt to connect."""
    code = _GUARD + "socket.create_connection(('localhost', 9))\n"
    done = _python(code, tmp_path)
    assert 0 != done.returncode
    assert "network access attempted: socket.create_connection" in done.stderr


def test_parser_failure_keeps_its_cause(pipeline: Pipeline) -> None:
    """A crashing parser is reported as ParserFailed with the original as cause."""
    p = Pipeline(casualties=broken, events=None)
    with pytest.raises(ParserFailed) as info:
        p.run(STORIES[0])
    assert isinstance(info.value.__cause__, KeyError)
    assert ("broken", "casualties") == (info.value.parser, info.value.family)


def test_many_threads_on_different_texts(pipeline: Pipeline) -> None:
    """Eighteen threads reading different texts at once each get the serial report."""
    texts = [s * k for s in STORIES for k in (1, 2, 3)]
    serial = {t: pipeline.run(t, published=PUBLISHED) for t in texts}
    threaded: dict[str, list[Report]] = {t: [] for t in texts}

    def work(text: str) -> None:
        for _ in range(3):
            threaded[text].append(pipeline.run(text, published=PUBLISHED))

    threads = [threading.Thread(target=work, args=(t,)) for t in texts]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert {t: [r] * 3 for t, r in serial.items()} == threaded
