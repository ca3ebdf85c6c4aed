"""
Score the events stage.

- **seed**: the two gold events, field by field (date interval, place,
  admin1, side A, side B, fatalities low/best), and events found beyond them.
- **muc34** (dev, tst1, tst2): events against the answer-key templates.
  Per message, predicted events are paired with gold templates greedily by
  agreement; then

  * *event* P/R/F1: pairs that agree on at least one of incident date,
    perpetrator or victims;
  * *slot* P/R/F1 for incident date (intervals overlap), location country,
    perpetrator (side A matches an organisation alternative, either way a
    substring after folding) and victims (a ``(killed|wounded, number)``
    pair in common): a true positive is a pair that agrees; every filled
    predicted slot counts towards precision, every filled gold slot towards
    recall;
  * *relevance* P/R/F1: messages with at least one event vs. messages with
    a template.

Run: ``python -m evaluation events`` (``--limit N``: N messages per split).
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from collections.abc import Iterable, Iterator
from typing import Any

from conflictparse import Pipeline, parse_many
from conflictparse._text import fold
from conflictparse.results import Event, Report
from evaluation._common import Row, muc, prf_rows, seed

FAMILY = "events"
SPLITS = ("dev", "tst1", "tst2")
_MUC_DATE = re.compile(r"(\d{1,2}) ([A-Z]{3}) (\d{2})")
_MONTHS = {m: i for i, m in enumerate(
    ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"], start=1)}  # fmt: skip
_QUOTED = re.compile(r'"([^"]+)"')
_NUMBER = re.compile(r"^\s*~?(\d+)")
_EFFECTS = {"DEATH": "killed", "INJURY": "wounded"}


# --- seed -------------------------------------------------------------------------


def _seed_row(e: Event) -> dict[str, Any]:
    d = e.date
    return {
        "date": (str(d.earliest), str(d.latest))
        if d and d.earliest and d.latest
        else None,
        "date_value": d.value if d else None,
        "place": e.place.text if e.place else None,
        "admin1": e.place.admin1 if e.place else None,
        "side_a": e.side_a.canonical if e.side_a else None,
        "side_b": e.side_b.canonical if e.side_b else None,
        "low": e.low,
        "best": e.best,
    }


def _seed_gold(g: dict[str, Any]) -> dict[str, Any]:
    rng = g.get("date_range")
    return {
        "date": tuple(rng) if rng else None,
        "date_value": g.get("date"),
        "place": g["place"],
        "admin1": g.get("admin1"),
        "side_a": g["side_a"],
        "side_b": g["side_b"],
        "low": g["fatalities"]["low"],
        "best": g["fatalities"]["best"],
    }


def _seed_field_ok(field: str, gold: dict[str, Any], got: dict[str, Any]) -> bool:
    if field == "date":
        if gold["date"] is not None:
            return bool(gold["date"] == got["date"])
        value = gold["date_value"]
        return got["date_value"] == value or (
            got["date"] is not None
            and got["date"][0].startswith(value)
            and got["date"][1].startswith(value)
        )
    if field in ("low", "best"):
        return got[field] is not None and got[field] >= gold[field]
    return bool(gold[field] == got[field])


def score_seed(pipeline: Pipeline) -> list[Row]:
    """Field-by-field agreement with the seed's two gold events."""
    text, gold = seed()
    report = pipeline.run(text, published=gold["published"])
    golds = [_seed_gold(g) for g in gold["events"]]
    found = [_seed_row(e) for e in report.events]
    fields = ("date", "place", "admin1", "side_a", "side_b", "low", "best")
    used: set[int] = set()
    right = {f: 0 for f in fields}
    matched = 0
    for g in golds:
        best_i, best_n = None, 0
        for i, got in enumerate(found):
            if i in used:
                continue
            n = sum(_seed_field_ok(f, g, got) for f in fields)
            if n > best_n:
                best_i, best_n = i, n
        if best_i is None:
            continue
        used.add(best_i)
        matched += 1
        for f in fields:
            right[f] += _seed_field_ok(f, g, found[best_i])
    n = len(golds)
    rows = [Row("seed", FAMILY, "events matched", matched / n, n, f"{len(found)} found")]
    rows += [Row("seed", FAMILY, f"{f} right", right[f] / n, n) for f in fields]
    rows.append(Row("seed", FAMILY, "events beyond gold", float(len(found) - matched), n))
    return rows


# --- MUC --------------------------------------------------------------------------


def _muc_day(d: str, mon: str, yy: str) -> _dt.date | None:
    try:
        return _dt.date(1900 + int(yy), _MONTHS[mon], int(d))
    except (KeyError, ValueError):
        return None


def gold_interval(values: list[str]) -> tuple[_dt.date | None, _dt.date] | None:
    """``"30 DEC 89"``, ``"- 08 JAN 90"`` (on or before), ``"A - B"`` (a range)."""
    for raw in values:
        days = [_muc_day(*m) for m in _MUC_DATE.findall(raw)]
        found = [d for d in days if d is not None]
        if not found:
            continue
        if raw.strip().startswith("-") and len(found) == 1:
            return None, found[0]
        return min(found), max(found)
    return None


@functools.lru_cache(maxsize=256)
def _country_code(name: str) -> str | None:
    import pycountry

    try:
        return str(pycountry.countries.lookup(name.strip().title()).alpha_2)
    except LookupError:
        try:
            hits = pycountry.countries.search_fuzzy(name.strip())
        except LookupError:
            return None
        return str(hits[0].alpha_2) if hits else None


def gold_countries(values: list[str]) -> set[str]:
    """Countries of ``INCIDENT: LOCATION`` (``"EL SALVADOR: SAN MIGUEL ..."``)."""
    out = set()
    for raw in values:
        for alt in raw.split("/"):
            head = alt.split(":")[0].strip().strip("?").strip()
            if head and head not in ("-", "*"):
                code = _country_code(head)
                if code:
                    out.add(code)
    return out


def gold_perpetrators(values: list[str]) -> set[str]:
    """Folded organisation names (every alternative) of ``PERP: ORGANIZATION ID``."""
    return {_name_key(q) for raw in values for q in _QUOTED.findall(raw)}


def _name_key(name: str) -> str:
    """*name* folded, its white space runs (line breaks of the wire copy) one space."""
    return " ".join(fold(name).split())


def gold_victims(t: dict[str, Any]) -> set[tuple[str, int]]:
    """``(killed|wounded, number)`` pairs from the human-target slots."""
    numbers: dict[str, int] = {}
    for raw in t.get("HUM TGT: NUMBER", []):
        head, _, rest = raw.partition(":")
        m = _NUMBER.match(head)
        names = _QUOTED.findall(rest)
        if m and names:
            for name in names:
                numbers[name] = int(m.group(1))
    out = set()
    for raw in t.get("HUM TGT: EFFECT OF INCIDENT", []):
        head, _, rest = raw.partition(":")
        effect = _EFFECTS.get(head.strip().strip("?").strip())
        if effect is None:
            continue
        for name in _QUOTED.findall(rest):
            if name in numbers:
                out.add((effect, numbers[name]))
    return out


def _pred_interval(e: Event) -> tuple[_dt.date, _dt.date] | None:
    d = e.date
    if d is None or d.earliest is None or d.latest is None:
        return None
    return d.earliest, d.latest


def _pred_victims(e: Event) -> set[tuple[str, int]]:
    out = set()
    for c in e.casualties:
        n = c.best if c.best is not None else c.low
        if c.outcome in ("killed", "wounded") and n is not None:
            out.add((c.outcome, n))
    return out


def _pred_perp(e: Event) -> set[str]:
    a = e.side_a
    if a is None:
        return set()
    return {_name_key(x) for x in (a.text, a.canonical) if x}


def date_ok(
    pred: tuple[_dt.date, _dt.date] | None, gold: tuple[_dt.date | None, _dt.date] | None
) -> bool:
    if pred is None or gold is None:
        return False
    lo, hi = gold
    if lo is None:
        return pred[0] <= hi
    return pred[0] <= hi and lo <= pred[1]


def perp_ok(pred: set[str], gold: set[str]) -> bool:
    return any(p and g and (p in g or g in p) for p in pred for g in gold)


class _Pair:
    __slots__ = ("country", "date", "perp", "victims")

    def __init__(self, e: Event, t: dict[str, Any]) -> None:
        self.date = date_ok(_pred_interval(e), gold_interval(t.get("INCIDENT: DATE", [])))
        place = e.place
        gc = gold_countries(t.get("INCIDENT: LOCATION", []))
        self.country = bool(place and place.country and place.country in gc)
        self.perp = perp_ok(
            _pred_perp(e), gold_perpetrators(t.get("PERP: ORGANIZATION ID", []))
        )
        self.victims = bool(_pred_victims(e) & gold_victims(t))

    @property
    def specific(self) -> int:
        return self.date + self.perp + self.victims

    @property
    def total(self) -> int:
        return self.specific + self.country


def _match(events: tuple[Event, ...], templates: list[dict[str, Any]]) -> list[_Pair]:
    pairs = [
        (p.total, p.specific, i, j, p)
        for i, e in enumerate(events)
        for j, t in enumerate(templates)
        for p in [_Pair(e, t)]
        if p.specific > 0
    ]
    pairs.sort(key=lambda x: (-x[0], -x[1], x[2], x[3]))
    used_e: set[int] = set()
    used_t: set[int] = set()
    out = []
    for _, _, i, j, p in pairs:
        if i in used_e or j in used_t:
            continue
        used_e.add(i)
        used_t.add(j)
        out.append(p)
    return out


def _messages(limit: int | None) -> Iterator[tuple[str, dict[str, Any]]]:
    for split in SPLITS:
        msgs: Iterable[dict[str, Any]] = muc((split,))
        for n, msg in enumerate(msgs):
            if limit is not None and n >= limit:
                break
            yield split, msg


def score_muc(
    pipeline: Pipeline, limit: int | None = None, processes: int = 2
) -> list[Row]:
    """Event-level scores on MUC-3/4 dev + tst1 + tst2."""
    msgs = list(_messages(limit))
    reports: list[Report | None] = [
        item.report
        for item in parse_many(
            ({"text": m["text"]} for _, m in msgs),
            processes=processes,
            pipeline=pipeline,
            keep_text=False,
        )
    ]
    c = {k: 0 for k in (
        "ev_tp", "ev_pred", "ev_gold", "rel_tp", "rel_pred", "rel_gold", "failed",
    )}  # fmt: skip
    slots = ("date", "country", "perp", "victims")
    tp = dict.fromkeys(slots, 0)
    pred = dict.fromkeys(slots, 0)
    gold = dict.fromkeys(slots, 0)
    for (_, msg), report in zip(msgs, reports, strict=True):
        templates = msg["templates"]
        events = report.events if report is not None else ()
        c["failed"] += report is None
        c["rel_pred"] += bool(events)
        c["rel_gold"] += bool(templates)
        c["rel_tp"] += bool(events) and bool(templates)
        c["ev_pred"] += len(events)
        c["ev_gold"] += len(templates)
        for e in events:
            pred["date"] += _pred_interval(e) is not None
            pred["country"] += bool(e.place and e.place.country)
            pred["perp"] += e.side_a is not None
            pred["victims"] += bool(_pred_victims(e))
        for t in templates:
            gold["date"] += gold_interval(t.get("INCIDENT: DATE", [])) is not None
            gold["country"] += bool(gold_countries(t.get("INCIDENT: LOCATION", [])))
            gold["perp"] += bool(gold_perpetrators(t.get("PERP: ORGANIZATION ID", [])))
            gold["victims"] += bool(gold_victims(t))
        for p in _match(events, templates):
            c["ev_tp"] += 1
            for s in slots:
                tp[s] += getattr(p, s)
    name = "muc34 " + "+".join(SPLITS)
    note = f"{len(msgs)} messages, {c['failed']} failed"
    rows = prf_rows(
        name,
        FAMILY,
        "relevance",
        c["rel_tp"],
        c["rel_pred"] - c["rel_tp"],
        c["rel_gold"] - c["rel_tp"],
    )
    rows[0] = Row(
        rows[0].dataset, FAMILY, rows[0].measure, rows[0].value, rows[0].n, note
    )
    rows += prf_rows(
        name,
        FAMILY,
        "event",
        c["ev_tp"],
        c["ev_pred"] - c["ev_tp"],
        c["ev_gold"] - c["ev_tp"],
    )
    labels = {
        "date": "incident date",
        "country": "location country",
        "perp": "perpetrator",
        "victims": "victims",
    }
    for s in slots:
        rows += prf_rows(name, FAMILY, labels[s], tp[s], pred[s] - tp[s], gold[s] - tp[s])
    return rows


def score(pipeline: Pipeline, *, limit: int | None = None) -> list[Row]:
    """Every events score: the seed and MUC dev + tst1 + tst2."""
    return score_seed(pipeline) + score_muc(pipeline, limit)
