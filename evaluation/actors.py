"""
Score the actors family.

- **seed**: each gold alias mention (``aliases_in_text``) found with the gold
  canonical actor; the gold actors found; "Uzbekistan" inside the IMU name
  covered by an actor mention.
- **muc34 dev**: ``PERP: ORGANIZATION ID`` of the relevant messages. A gold
  organisation (alternatives separated by ``/``) is found when an actor
  mention's text is one of its strings, or its canonical actor has one of them
  as canonical name or alias (case- and diacritic-insensitive, a leading
  "the" ignored). Precision: the distinct canonical actors predicted in
  those messages that match a gold organisation (all actors, and non-state
  actors only).
- **re3d** (CENTCOM, US State Department, UK Government): Organisation spans
  (confidence >= 0.5), relaxed-overlap P/R/F1 against all actor mentions;
  ``IsSynonymOf`` pairs between two organisations resolved to the same
  canonical actor.

Only the dateline, dates and actors stages of the given pipeline run.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterator
from typing import Any

from conflictparse import Pipeline
from conflictparse._text import fold
from conflictparse.parsers.actors import default_dictionary
from conflictparse.results import ActorMention
from evaluation._common import EVAL, Row, muc, only_stages, overlaps, prf_rows, seed

FAMILY = "actors"
_QUOTED = re.compile(r'"((?:\\"|[^"])*)"')


def _key(s: str) -> str:
    k = " ".join(re.sub(r"[^\w\s]", " ", fold(s).replace("'", "")).split())
    return k[4:] if k.startswith("the ") else k


@functools.cache
def _names_of() -> dict[str, frozenset[str]]:
    """Canonical name -> the keys of its canonical name and aliases."""
    out: dict[str, set[str]] = {}
    for a in default_dictionary():
        out.setdefault(a.canonical, set()).update(
            _key(x) for x in (a.canonical, *a.aliases)
        )
    return {k: frozenset(v) for k, v in out.items()}


def _mention_keys(m: ActorMention) -> set[str]:
    keys = {_key(m.text)}
    if m.canonical:
        keys |= _names_of().get(m.canonical, frozenset({_key(m.canonical)}))
    return keys


# -- seed -------------------------------------------------------------------


def score_seed(pipeline: Pipeline) -> list[Row]:
    """Gold alias mentions found with the right canonical actor."""
    text, gold = seed()
    report = pipeline.run(text, published=gold.get("published"))
    found = total = 0
    misses: list[str] = []
    for actor in gold["actors"]:
        for alias in actor["aliases_in_text"]:
            total += 1
            ok = any(
                _key(m.text) == _key(alias) and m.canonical == actor["canonical"]
                for m in report.actors
            )
            found += ok
            if not ok:
                misses.append(alias)
    canon = {m.canonical for m in report.actors}
    actors_found = sum(a["canonical"] in canon for a in gold["actors"])
    inside = [n for n in gold.get("not_places", []) if "actor name" in n.get("why", "")]
    covered = sum(
        any(m.start <= n["start"] < m.end and not m.metonymy for m in report.actors)
        for n in inside
    )
    return [
        Row(
            "seed",
            FAMILY,
            "alias mentions with right canonical",
            found / total,
            total,
            "missed: " + ", ".join(misses) if misses else "",
        ),
        Row(
            "seed",
            FAMILY,
            "gold actors found",
            actors_found / len(gold["actors"]),
            len(gold["actors"]),
        ),
        Row(
            "seed",
            FAMILY,
            "place names inside actor names covered",
            covered / len(inside) if inside else 0.0,
            len(inside),
        ),
    ]


# -- MUC-3/4 ----------------------------------------------------------------


def _alternatives(value: str) -> list[str]:
    value = value.strip().lstrip("?").strip()
    if value in ("-", "*", ""):
        return []
    quoted = [q.replace('\\"', "").strip() for q in _QUOTED.findall(value)]
    alts = quoted or [value]
    out: list[str] = []
    for a in alts:
        out.append(a)
        bare = re.sub(r"\[[^\]]*\]", " ", a)
        if bare.strip() and bare != a:
            out.append(bare)
    return [a for a in out if _key(a)]


def _muc_gold(msg: dict[str, Any]) -> list[list[str]]:
    seen: set[tuple[str, ...]] = set()
    out: list[list[str]] = []
    for t in msg["templates"]:
        for value in t.get("PERP: ORGANIZATION ID", []):
            alts = _alternatives(value)
            key = tuple(sorted(_key(a) for a in alts))
            if alts and key not in seen:
                seen.add(key)
                out.append(alts)
    return out


def score_muc(pipeline: Pipeline, limit: int | None) -> list[Row]:
    """Perpetrator organisation recall and precision on MUC dev."""
    tp = fn = 0
    pred_tp = pred_fp = ns_tp = ns_fp = 0
    n = 0
    for msg in muc(("dev",)):
        if not msg["relevant"]:
            continue
        gold = _muc_gold(msg)
        if not gold:
            continue
        if limit is not None and n >= limit:
            break
        n += 1
        report = pipeline.run(msg["text"])
        mentions = [m for m in report.actors if not m.metonymy]
        mkeys = [_mention_keys(m) for m in mentions]
        for alts in gold:
            want = {_key(a) for a in alts}
            if any(want & k for k in mkeys):
                tp += 1
            else:
                fn += 1
        gold_keys = set().union(*({_key(a) for a in alts} for alts in gold))
        by_canonical: dict[str, set[str]] = {}
        kinds: dict[str, str] = {}
        for m, k in zip(mentions, mkeys, strict=True):
            name = m.canonical or _key(m.text)
            by_canonical.setdefault(name, set()).update(k)
            kinds[name] = m.kind
        for name, keys in by_canonical.items():
            hit = bool(keys & gold_keys)
            pred_tp += hit
            pred_fp += not hit
            if kinds[name] != "state":
                ns_tp += hit
                ns_fp += not hit
    p_all = pred_tp / (pred_tp + pred_fp) if pred_tp + pred_fp else 0.0
    p_ns = ns_tp / (ns_tp + ns_fp) if ns_tp + ns_fp else 0.0
    r = tp / (tp + fn) if tp + fn else 0.0
    return [
        Row(
            "muc34 dev",
            FAMILY,
            "perpetrator organisation recall",
            r,
            tp + fn,
            f"{n} relevant messages with a gold organisation",
        ),
        Row(
            "muc34 dev",
            FAMILY,
            "perpetrator organisation precision (all actors)",
            p_all,
            pred_tp + pred_fp,
        ),
        Row(
            "muc34 dev",
            FAMILY,
            "perpetrator organisation precision (non-state)",
            p_ns,
            ns_tp + ns_fp,
        ),
    ]


# -- re3d -------------------------------------------------------------------

RE3D = EVAL / "re3d"
RE3D_SETS = ("CENTCOM", "US State Department", "UK Government")


def _jsonl(path: Any) -> Iterator[dict[str, Any]]:
    with open(path, encoding="utf-8-sig") as fh:
        for line in fh:
            if line.strip():
                yield json.loads(line)


def score_re3d(pipeline: Pipeline, limit: int | None) -> list[Row]:
    """Organisation spans (relaxed) and IsSynonymOf pairs resolved alike."""
    tp_gold = fn = tp_pred = fp = 0
    syn_ok = syn_n = 0
    ndocs = 0
    for name in RE3D_SETS:
        folder = RE3D / name
        if not folder.exists():
            continue
        docs = {d["_id"]: d["text"] for d in _jsonl(folder / "documents.json")}
        orgs: dict[str, list[tuple[int, int]]] = {}
        for e in _jsonl(folder / "entities.json"):
            if e["type"] == "Organisation" and e.get("confidence", 0) >= 0.5:
                orgs.setdefault(e["documentId"], []).append((e["begin"], e["end"]))
        syns: dict[str, list[tuple[tuple[int, int], tuple[int, int]]]] = {}
        for r in _jsonl(folder / "relations.json"):
            if r["type"] == "IsSynonymOf" and r.get("confidence", 0) >= 0.5:
                syns.setdefault(r["documentId"], []).append(
                    (
                        (r["sourceBegin"], r["sourceEnd"]),
                        (r["targetBegin"], r["targetEnd"]),
                    )
                )
        for doc_id, text in docs.items():
            if limit is not None and ndocs >= limit:
                break
            ndocs += 1
            report = pipeline.run(text)
            pred = [(m.start, m.end) for m in report.actors]
            gold = orgs.get(doc_id, [])
            for g in gold:
                if any(overlaps(g, p) for p in pred):
                    tp_gold += 1
                else:
                    fn += 1
            for p in pred:
                if any(overlaps(p, g) for g in gold):
                    tp_pred += 1
                else:
                    fp += 1
            for a, b in syns.get(doc_id, []):
                if not (
                    any(overlaps(a, g) for g in gold)
                    and any(overlaps(b, g) for g in gold)
                ):
                    continue  # only pairs of two organisations
                syn_n += 1
                ca = {m.canonical for m in report.actors if overlaps(a, (m.start, m.end))}
                cb = {m.canonical for m in report.actors if overlaps(b, (m.start, m.end))}
                syn_ok += bool((ca & cb) - {None})
    rows = prf_rows("re3d", FAMILY, "Organisation span (relaxed)", tp_gold, fp, fn)
    # precision counts predicted mentions, recall counts gold spans
    prec = tp_pred / (tp_pred + fp) if tp_pred + fp else 0.0
    rec = tp_gold / (tp_gold + fn) if tp_gold + fn else 0.0
    f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
    rows = [
        Row("re3d", FAMILY, "Organisation span precision (relaxed)", prec, tp_pred + fp),
        Row("re3d", FAMILY, "Organisation span recall (relaxed)", rec, tp_gold + fn),
        Row(
            "re3d",
            FAMILY,
            "Organisation span F1 (relaxed)",
            f1,
            tp_gold + fn,
            f"{ndocs} documents",
        ),
        Row(
            "re3d",
            FAMILY,
            "IsSynonymOf organisation pairs, same canonical",
            syn_ok / syn_n if syn_n else 0.0,
            syn_n,
        ),
    ]
    return rows


def score(pipeline: Pipeline, *, limit: int | None = None) -> list[Row]:
    """All actor scores."""
    pipe = only_stages(pipeline, "dateline", "dates", "actors")
    return [*score_seed(pipe), *score_muc(pipe, limit), *score_re3d(pipe, limit)]
