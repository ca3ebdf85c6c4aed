"""
Score the casualties family.

- **seed**: each gold count found (overlapping span, same outcome, same
  low/best/high or vague word); counts read from the gold ``not_casualties``.
- **muc34 dev + tst1 + tst2**: per message, (number, outcome) pairs.
  Gold pairs come from the templates' ``HUM TGT: NUMBER`` lines with a number
  (MUC notation: ``6-`` at least 6, ``6-8`` a range, ``~10`` about 10,
  ``/`` alternatives, ``?`` uncertain; ``PLURAL`` has no number and is left
  out), joined on their quoted description with ``HUM TGT: EFFECT OF
  INCIDENT`` lines saying DEATH (killed) or INJURY (wounded), also when
  uncertain (``? DEATH``) or grouped (``(INJURY / DEATH)``). A gold pair is
  matched by a predicted killed/wounded count of the same outcome whose
  ``best`` (else ``low``, else ``high``) is one of the gold alternatives or,
  for a gold range, inside it. Three rows: messages with templates
  ("relevant": MUC leaves out military-on-military combat, so a true count
  of soldiers killed in a clash is an FP there); the same without counts
  whose victims are militants (MUC's human targets are the victims of
  terrorism, never its perpetrators: 24 of its descriptions name guerrillas
  at all); all messages; and "linked", the counts in sentences naming a
  template's victims. In every MUC row, and for UCDP below, counts the
  parser marks cumulative (provenance reason ``"cumulative toll"``: a war's
  or a period's sum) are left out, as `summarize` leaves them out; one
  more row says how many of those skipped pairs equal a gold pair anyway,
  so a wrong cumulative mark shows.
- **ucdp-ged-sample**: events whose source headline states a number next to a
  word of killing; the parser reads the headlines, and a killed count whose
  best (else low) lies in ``[low, high]`` of the event's deaths is right.

Only the actors and casualties stages of the given pipeline run,
so the other families' speed and failures do not affect these numbers.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from typing import Any

from conflictparse import Pipeline
from conflictparse._text import fold, sentence_spans
from conflictparse.parsers.casualties._parser import CUMULATIVE_REASON
from conflictparse.results import CasualtyCount
from evaluation._common import EVAL, Row, muc, only_stages, overlaps, prf_rows, seed

FAMILY = "casualties"
_EFFECTS = {"DEATH": "killed", "INJURY": "wounded"}
_REF = re.compile(r'"([^"]*)"')
_NUM = re.compile(r"^[?~]*(\d+)?(-)?(\d+)?$")


def _value(c: CasualtyCount) -> int | None:
    if c.best is not None:
        return c.best
    return c.low if c.low is not None else c.high


# -- seed -------------------------------------------------------------------


def score_seed(pipeline: Pipeline) -> list[Row]:
    """Gold counts found with the right outcome and bounds; counts from traps."""
    text, gold = seed()
    found = pipeline.run(text, published=gold.get("published")).casualties
    right = 0
    for g in gold["casualties"]:
        start = g.get("start", text.find(g["text"]))
        span = (start, start + len(g["text"]))
        for c in found:
            if (
                overlaps(span, (c.start, c.end))
                and c.outcome == g["outcome"]
                and (c.low, c.best, c.high) == (g["low"], g["best"], g["high"])
                and c.vague == g.get("vague")
                and c.approximate == g.get("approximate", False)
            ):
                right += 1
                break
    false = 0
    for trap in gold["not_casualties"]:
        start = text.find(trap["text"])
        span = (start, start + len(trap["text"]))
        false += sum(overlaps(span, (c.start, c.end)) for c in found)
    n = len(gold["casualties"])
    return [
        Row("seed", FAMILY, "gold counts right", right / n, n,
            f"{right} of {n}; {len(found)} found"),
        Row("seed", FAMILY, "counts from not_casualties", float(false),
            len(gold["not_casualties"])),
    ]  # fmt: skip


# -- MUC ---------------------------------------------------------------------


Gold = tuple[frozenset[int], frozenset[int], tuple[int, int] | None, frozenset[str]]


def _numbers(spec: str) -> tuple[frozenset[int], frozenset[int], tuple[int, int] | None]:
    """
    Alternatives of a MUC number fill: exact values, lower bounds ("6-",
    also written for "more than 6") and an optional range ("6-8").
    """
    values: set[int] = set()
    lows: set[int] = set()
    span: tuple[int, int] | None = None
    for alt in spec.split("/"):
        alt = alt.strip().replace(" ", "")
        m = _NUM.match(alt)
        if not m or not (m.group(1) or m.group(3)):
            continue  # PLURAL, "-", "*"
        a, dash, b = m.group(1), m.group(2), m.group(3)
        if a and b and dash:
            span = (int(a), int(b))
            values.update((int(a), int(b)))
        elif a and dash:
            lows.add(int(a))
            values.add(int(a))
        else:
            values.add(int(a or b))
    return frozenset(values), frozenset(lows), span


def muc_gold(
    message: dict[str, Any],
) -> tuple[set[Gold], list[tuple[Gold, frozenset[Gold]]]]:
    """
    The killed/wounded victim groups of one message, and per template and
    outcome the total of its groups with the groups it covers (MUC lists
    "four people were killed" as four named victims of 1).
    """
    out: set[Gold] = set()
    totals: list[tuple[Gold, frozenset[Gold]]] = []
    for t in message["templates"]:
        effects: dict[str, set[str]] = {}
        for line in t.get("HUM TGT: EFFECT OF INCIDENT", []):
            head, _, rest = line.partition(":")
            for ref in _REF.findall(rest):
                for eff in head.split("/"):
                    # "? DEATH" (uncertain), "(INJURY / DEATH)" (grouped)
                    outcome = _EFFECTS.get(eff.strip(" ?()"))
                    if outcome:
                        effects.setdefault(ref, set()).add(outcome)
        by_outcome: dict[str, list[Gold]] = {}
        for line in t.get("HUM TGT: NUMBER", []):
            head, _, rest = line.partition(":")
            values, lows, span = _numbers(head)
            if not values:
                continue
            outcomes: set[str] = set()
            for ref in _REF.findall(rest):
                outcomes |= effects.get(ref, set())
            if outcomes:
                g = (values, lows, span, frozenset(outcomes))
                out.add(g)
                if len(outcomes) == 1:
                    by_outcome.setdefault(next(iter(outcomes)), []).append(g)
        for outcome, groups in by_outcome.items():
            if len(groups) > 1:
                total = sum(min(g[0]) for g in groups)
                totals.append(
                    (
                        (frozenset({total}), frozenset(), None, frozenset({outcome})),
                        frozenset(groups),
                    )
                )
    return out, totals


Pred = tuple[int, int | None, int | None, str]


def _matches(p: Pred, g: Gold) -> bool:
    value, low, high, outcome = p
    values, lows, span, outcomes = g
    if outcome not in outcomes:
        return False
    if value in values or (span is not None and span[0] <= value <= span[1]):
        return True
    # MUC writes "more than 1,000" as "1000-"
    return high is None and low is not None and low - 1 in lows


def muc_pairs(
    counts: Iterable[CasualtyCount], *, militants: bool = True, cumulative: bool = False
) -> set[Pred]:
    """
    (number, low, high, outcome) of the killed and wounded counts; the
    counts marked cumulative are left out, or with *cumulative* the only
    ones kept (to see how many of them a gold pair names).
    """
    out = set()
    for c in counts:
        value = _value(c)
        if not militants and c.victim == "militants":
            continue
        if (c.provenance.reason == CUMULATIVE_REASON) != cumulative:
            continue  # sums a war or a stretch of time: no incident's count
        if c.outcome in ("killed", "wounded") and value and c.vague is None:
            out.add((value, c.low, c.high, c.outcome))
    return out


def _gold_order(g: Gold) -> tuple[Any, ...]:
    """A sort key of a gold victim group that does not depend on the hash seed."""
    return (sorted(g[0]), sorted(g[1]), g[2] or (), sorted(g[3]))


def _match_message(
    gold: set[Gold], totals: list[tuple[Gold, frozenset[Gold]]], pred: set[Pred]
) -> tuple[int, list[tuple[int, str]], set[Gold]]:
    """True positives, false pairs and unmatched gold of one message."""
    unmatched = set(gold)
    tp = 0
    wrong = []
    # both sides in a full order (not set order, which follows the hash
    # seed): the same pairs match in every run
    for p in sorted(pred, key=lambda p: (p[0], p[3], repr(p))):
        hit = next(
            (g for g in sorted(unmatched, key=_gold_order) if _matches(p, g)), None
        )
        if hit is not None:
            unmatched.discard(hit)
            tp += 1
            continue
        group = next((t for t in totals if _matches(p, t[0]) and t[1] & unmatched), None)
        if group is not None:
            unmatched -= group[1]  # the total stands for its groups
            tp += 1
            continue
        if any(_matches(p, g) for g in gold):
            continue  # a second reading of an already matched victim group
        wrong.append((p[0], p[3]))
    return tp, wrong, unmatched


_VICTIM_SLOTS = ("HUM TGT: NAME", "HUM TGT: DESCRIPTION")
_LINKED = "linked"


def victim_anchors(message: dict[str, Any]) -> list[str]:
    """
    The words that name a message's victims: every quoted string of its
    templates' ``HUM TGT: NAME`` and ``HUM TGT: DESCRIPTION`` slots, folded
    and with white space collapsed.
    """
    out = set()
    for t in message["templates"]:
        for slot in _VICTIM_SLOTS:
            for line in t.get(slot, []):
                for ref in _REF.findall(line):
                    ref = " ".join(fold(ref).split())
                    if len(ref) >= 3:
                        out.add(ref)
    return sorted(out)


def linked_counts(
    text: str, counts: Iterable[CasualtyCount], anchors: list[str]
) -> list[CasualtyCount]:
    """
    The counts that stand in a sentence naming one of the templates' victims
    (*anchors*): the counts that can be about an incident MUC describes.
    A count elsewhere in the story (a clash between soldiers and guerrillas,
    an older incident in a background paragraph) is about something MUC
    does not list, so it is left out of the "linked" score; a count in a
    linked sentence is scored like any other, wrong numbers included.
    """
    if not anchors:
        return []
    pattern = re.compile(r"\b(?:" + "|".join(re.escape(a) for a in anchors) + r")\b")
    folded = fold(text)
    out = []
    spans = sentence_spans(text)
    for c in counts:
        for start, end in spans:
            if start <= c.start < end:
                if pattern.search(" ".join(folded[start:end].split())):
                    out.append(c)
                break
    return out


def score_muc(
    pipeline: Pipeline,
    *,
    limit: int | None = None,
    errors: list[dict[str, Any]] | None = None,
) -> list[Row]:
    """P/R/F1 of (number, outcome) pairs on MUC dev + tst1 + tst2."""
    keys = ("relevant", "relevant, victims not militants", "all", _LINKED)
    tallies = {key: [0, 0, 0] for key in keys}
    skipped = {
        "relevant": [0, 0],
        _LINKED: [0, 0],
    }  # cumulative pairs, of them naming gold
    for k, message in enumerate(muc(("dev", "tst1", "tst2"))):
        if limit is not None and k >= limit:
            break
        gold, totals = muc_gold(message)
        counts = pipeline.run(message["text"]).casualties
        for key in keys:
            if key != "all" and not message["templates"]:
                continue
            if key == _LINKED:
                linked = linked_counts(message["text"], counts, victim_anchors(message))
                pred = muc_pairs(linked)
            else:
                pred = muc_pairs(counts, militants="militants" not in key)
            if key in skipped:
                summed = muc_pairs(linked if key == _LINKED else counts, cumulative=True)
                skipped[key][0] += len(summed)
                skipped[key][1] += sum(
                    any(_matches(p, g) for g in gold)
                    or any(_matches(p, t[0]) for t in totals)
                    for p in summed
                )
            tp, wrong, unmatched = _match_message(gold, totals, pred)
            tallies[key][0] += tp
            tallies[key][1] += len(wrong)
            tallies[key][2] += len(unmatched)
            if key == _LINKED and errors is not None and (wrong or unmatched):
                errors.append(
                    {
                        "docid": message["docid"],
                        "fp": wrong,
                        "fn": sorted((sorted(g[0]), sorted(g[3])) for g in unmatched),
                    }
                )
    rows: list[Row] = []
    names = {
        "relevant": "strict: every count of a message with templates",
        _LINKED: "linked: counts in sentences naming a template's victims",
    }
    for key, (tp, fp, fn) in tallies.items():
        rows += prf_rows(
            f"muc34 dev+tst1+tst2 ({names.get(key, key)})",
            FAMILY,
            "(number, outcome)",
            tp,
            fp,
            fn,
        )
    (total, named), (linked_total, linked_named) = skipped["relevant"], skipped[_LINKED]
    rows.append(
        Row(
            "muc34 dev+tst1+tst2 (strict)",
            FAMILY,
            "skipped cumulative (number, outcome) pairs equal to a gold pair",
            float(named),
            total,
            f"{named} of {total} skipped pairs name a gold victim group ({linked_named} of "
            f"{linked_total} in linked sentences): a high share means wrong cumulative marks",
        )
    )
    return rows


# -- UCDP --------------------------------------------------------------------

_KILL_WORD = re.compile(
    r"\b(kill|dead|die|death|slain|massacre|execut|behead|lynch)", re.I
)
_HAS_NUMBER = re.compile(
    r"\b(\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|"
    r"thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|dozen)\b",
    re.I,
)


#: Words showing that a headline sums several events: plural incident
#: nouns ("clashes", "raids"), plural places ("in four districts"), spans of
#: time or space ("in 24 hours", "across the country", "since Sunday", "to
#: date") and wire round-ups.
_SUMS = re.compile(
    r"""\b(?:
        clashes|raids|strikes|airstrikes|attacks|offensives|battles|operations
        | bombings|incidents|violence|fighting|fightings|wave|massacres|ambushes
        | shellings|bombardments|explosions|blasts|weekends
        | districts|provinces|regions|villages|towns|areas|cities|to\ date
        | within\ (?:a\ )?day
        | across|nationwide|countrywide|separate|since|so\ far
        | in\ (?:a|one|\d+|two|three|four|five|six|seven)\ (?:days?|hours|weeks?|months?)
        | in\ 24\ hours|over\ the\ (?:past|last)|roundup|round-up|wrapup
        | yesterday
    )\b""",
    re.IGNORECASE | re.VERBOSE,
)


def headline_killed(
    pipeline: Pipeline, headlines: list[str], *, abstain_on_sums: bool = True
) -> int | None:
    """
    The single killed figure a set of headlines about one event states, or
    ``None`` (abstain) when they state none, several different ones, or
    words showing that the figure sums several events (see ``_SUMS``). An
    event of UCDP is one incident, so a national daily toll or a round-up
    of clashes is no figure for it, even when the parser reads it right.
    """
    values = set()
    for h in headlines:
        found = [
            c
            for c in pipeline.run(h.strip()).casualties
            if c.outcome == "killed"
            and not c.subset
            and not c.vague
            and c.provenance.reason != CUMULATIVE_REASON
            and (c.best if c.best is not None else c.low)
        ]
        if found and abstain_on_sums and _SUMS.search(h):
            return None
        for c in found:
            values.add(c.best if c.best is not None else c.low)
    if len(values) != 1:
        return None
    return values.pop()


def score_ucdp(pipeline: Pipeline, *, limit: int | None = None) -> list[Row]:
    """Right/wrong/abstained killed figures on headlines stating a number."""
    path = EVAL / "ucdp-ged-sample" / "ucdp_ged_sample_1000.csv"
    right = wrong = none = rows = 0
    plain = {"right": 0, "wrong": 0}  # the same, without the round-up rule
    with open(path, encoding="utf-8", newline="") as fh:
        for k, row in enumerate(csv.DictReader(fh)):
            if limit is not None and k >= limit:
                break
            headline = row.get("source_headline") or ""
            heads = [
                h
                for h in headline.split(";")
                if _KILL_WORD.search(h) and _HAS_NUMBER.search(h)
            ]
            if not heads:
                continue
            rows += 1
            low, high = float(row["low"]), float(row["high"])
            value = headline_killed(pipeline, heads)
            unfiltered = headline_killed(pipeline, heads, abstain_on_sums=False)
            if unfiltered is not None:
                plain["right" if low <= unfiltered <= high else "wrong"] += 1
            if value is None:
                none += 1
            elif low <= value <= high:
                right += 1
            else:
                wrong += 1
    p = right / (right + wrong) if right + wrong else 0.0
    r = right / rows if rows else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    ds = "ucdp-ged-sample headlines"
    return [
        Row(
            ds,
            FAMILY,
            "killed in [low, high] precision",
            p,
            right + wrong,
            f"{right} right, {wrong} wrong, {none} abstained",
        ),
        Row(ds, FAMILY, "killed in [low, high] recall", r, rows),
        Row(ds, FAMILY, "killed in [low, high] F1", f, rows),
        Row(
            ds,
            FAMILY,
            "killed in [low, high] precision, no round-up abstention",
            plain["right"] / max(1, plain["right"] + plain["wrong"]),
            plain["right"] + plain["wrong"],
            f"{plain['right']} right, {plain['wrong']} wrong: the parser alone, "
            "without the scorer's _SUMS rule",
        ),
    ]


def score(pipeline: Pipeline, *, limit: int | None = None) -> list[Row]:
    """Every casualties score: seed, MUC, UCDP."""
    pipe = only_stages(pipeline, "actors", "casualties")
    return score_seed(pipe) + score_muc(pipe, limit=limit) + score_ucdp(pipe, limit=limit)
