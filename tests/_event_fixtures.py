"""
Hand-built mentions for the events tests: the seed story's gold mentions,
turned into result objects, so event assembly is tested without the four
parser families.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import regex

from conflictparse import (
    ActorMention,
    CasualtyCount,
    Context,
    Dateline,
    DateMention,
    Document,
    PlaceMention,
    Span,
)

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SEED = SHARED / "seed" / "afp-darqad-2016-01-10.txt"
GOLD = SHARED / "seed" / "afp-darqad-2016-01-10.gold.json"


def _interval(value: str, rng: list[str] | None) -> tuple[dt.date, dt.date]:
    if rng:
        return dt.date.fromisoformat(rng[0]), dt.date.fromisoformat(rng[1])
    if len(value) == 10:
        day = dt.date.fromisoformat(value)
        return day, day
    if len(value) == 7:
        first = dt.date.fromisoformat(value + "-01")
        nxt = dt.date(first.year + first.month // 12, first.month % 12 + 1, 1)
        return first, nxt - dt.timedelta(days=1)
    year = int(value)
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def seed_document() -> tuple[Document, dict[str, Any]]:
    """The seed story as a Document holding its gold mentions."""
    text = SEED.read_text(encoding="utf-8")
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    dates = []
    for d in gold["dates"]:
        earliest, latest = _interval(d["value"], d.get("range"))
        dates.append(
            DateMention(
                text=d["text"],
                span=Span(start=d["start"], end=d["start"] + len(d["text"])),
                value=d["value"],
                precision=d["precision"],
                earliest=earliest,
                latest=latest,
            )
        )
    places = []
    for p in gold["places"]:
        places.append(
            PlaceMention(
                text=p["text"],
                span=Span(start=p["start"], end=p["start"] + len(p["text"])),
                name=p["text"],
                kind=p["kind"],
                role=p.get("role", "place"),
                country=p.get("country"),
                admin1=p.get("admin1"),
            )
        )
    actors = []
    taken: set[int] = set()
    for a in gold["actors"]:
        for alias in sorted(a["aliases_in_text"], key=len, reverse=True):
            for m in regex.finditer(r"\b" + regex.escape(alias) + r"\b", text):
                if m.start() == 0 or any(i in taken for i in range(*m.span())):
                    continue  # the dateline, or inside a longer alias
                taken.update(range(*m.span()))
                actors.append(
                    ActorMention(
                        text=m.group(),
                        span=Span(start=m.start(), end=m.end()),
                        canonical=a["canonical"],
                        kind=a["kind"],
                        country=a.get("country"),
                        generic=alias.islower() or alias.startswith("the "),
                        metonymy=alias == "Kabul",
                    )
                )
    casualties = []
    for c in gold["casualties"]:
        start = c.get("start", text.find(c["text"]))
        casualties.append(
            CasualtyCount(
                text=c["text"],
                span=Span(start=start, end=start + len(c["text"])),
                outcome=c["outcome"],
                low=c["low"],
                best=c["best"],
                high=c["high"],
                approximate=c.get("approximate", False),
                vague=c.get("vague"),
                victim=c["victim"],
                actor=c["actor"],
            )
        )
    dateline = Dateline(
        text="Kabul",
        span=Span(start=0, end=5),
        place=PlaceMention(
            text="Kabul",
            span=Span(start=0, end=5),
            kind="city",
            role="dateline",
            country="AF",
        ),
    )
    doc = Document(
        text=text,
        context=Context(published=gold["published"], dateline=dateline),
        dates=sorted(dates, key=lambda m: m.start),
        places=sorted(places, key=lambda m: m.start),
        actors=sorted(actors, key=lambda m: m.start),
        casualties=sorted(casualties, key=lambda m: m.start),
    )
    return doc, gold


# --- a toy pipeline: fixed lexicons instead of the four families -----------------


class Lexicon:
    """
    A picklable toy parser: every occurrence of a listed phrase becomes a
    mention of *kind* built with the listed keyword arguments.
    """

    __slots__ = ("entries", "kind")

    def __init__(self, kind: type, entries: tuple[tuple[str, dict[str, Any]], ...]):
        self.kind = kind
        self.entries = entries

    def __call__(self, doc: Document) -> list[Any]:
        out = []
        for phrase, kwargs in self.entries:
            for m in regex.finditer(r"\b" + regex.escape(phrase) + r"\b", doc.text):
                out.append(
                    self.kind(
                        text=m.group(), span=Span(start=m.start(), end=m.end()), **kwargs
                    )
                )
        return out


def _day(iso: str) -> dict[str, Any]:
    d = dt.date.fromisoformat(iso)
    return {"value": iso, "precision": "day", "earliest": d, "latest": d}


TOY_DATES = Lexicon(
    DateMention,
    (
        ("on Sunday", _day("2024-03-03")),
        ("on Monday", _day("2024-03-04")),
        ("on Tuesday", _day("2024-03-05")),
    ),
)
TOY_ACTORS = Lexicon(
    ActorMention,
    (
        ("Rebels", {"canonical": "M23", "kind": "rebel"}),
        (
            "soldiers",
            {
                "canonical": "Military Forces of DR Congo",
                "kind": "state",
                "country": "CD",
            },
        ),
    ),
)
TOY_PLACES = Lexicon(
    PlaceMention,
    (
        (
            "Goma",
            {
                "name": "Goma",
                "kind": "city",
                "country": "CD",
                "admin1": "CD-NK",
                "latitude": -1.68,
                "longitude": 29.22,
                "precision": "exact",
            },
        ),
        ("Beni", {"name": "Beni", "kind": "city", "country": "CD", "admin1": "CD-NK"}),
    ),
)
TOY_CASUALTIES = Lexicon(
    CasualtyCount,
    (
        (
            "three soldiers",
            {"outcome": "killed", "low": 3, "best": 3, "high": 3, "victim": "soldiers"},
        ),
        (
            "two civilians",
            {"outcome": "killed", "low": 2, "best": 2, "high": 2, "victim": "civilians"},
        ),
    ),
)


def toy_pipeline() -> Any:
    """The default dateline and events stages around the toy lexicons."""
    from conflictparse import Pipeline

    return Pipeline(
        dates=TOY_DATES,
        actors=TOY_ACTORS,
        places=TOY_PLACES,
        casualties=TOY_CASUALTIES,
    )


TOY_STORIES = (
    "Rebels attacked an army base in Goma on Sunday, killing three soldiers.",
    "Rebels shelled a market in Beni on Monday. The attack killed two civilians.",
    "Aid convoys reached Goma on Tuesday.",
)
