"""
Report-level totals and the strict one-value helper.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, Final

import attrs
from attrs import validators as v

from conflictparse._document import Document
from conflictparse.errors import UnparseableError
from conflictparse.parsers.casualties._parser import (
    CLAIM_REASON,
    COMPETING_REASON,
    CUMULATIVE_REASON,
    DIED_OF_WOUNDS_REASON,
    PART_REASON,
    CasualtyParser,
    make_count,
)
from conflictparse.parsers.casualties._reader import (
    em_dashes_apart,
    quantity_at,
    quotes_off_triggers,
    tokenize,
)
from conflictparse.results import (
    _BROADER_VICTIM,
    CASUALTY_OUTCOMES,
    CasualtyCount,
    _rival_claims,
)

__all__ = ["CasualtySummary", "OutcomeTotal", "parse_count", "summarize"]


def _optional_count() -> Any:
    return v.optional([v.instance_of(int), v.ge(0)])


@attrs.frozen(kw_only=True)
class OutcomeTotal:
    """
    The total of one outcome in a report.

    :attr:`low` sums the lower bounds that are known, :attr:`best` the best
    estimates (a count without one adds its lower bound), :attr:`high` the
    upper bounds (``None`` as soon as one count has no upper bound);
    :attr:`counts` is how many counts were added and :attr:`vague` whether
    one of them was a vague quantity ("many", "dozens").

    >>> OutcomeTotal(outcome="wounded", low=20, best=20, high=None, counts=2)
    OutcomeTotal(outcome='wounded', low=20, best=20, high=None, counts=2, vague=False)

    .. versionadded:: 0.1.0
    """

    outcome: str = attrs.field(validator=v.in_(CASUALTY_OUTCOMES))
    low: int | None = attrs.field(default=None, validator=_optional_count())
    best: int | None = attrs.field(default=None, validator=_optional_count())
    high: int | None = attrs.field(default=None, validator=_optional_count())
    counts: int = attrs.field(default=0, validator=[v.instance_of(int), v.ge(0)])
    vague: bool = attrs.field(default=False, validator=v.instance_of(bool))


def _to_tuple(value: Iterable[OutcomeTotal]) -> tuple[OutcomeTotal, ...]:
    return tuple(value)


@attrs.frozen(kw_only=True)
class CasualtySummary:
    """
    Per-outcome totals of a report's counts, without double counting, and
    the ACLED-style conservative fatality figure.

    >>> from conflictparse import Document
    >>> doc = Document(text="Three soldiers were killed and dozens of civilians were hurt.")
    >>> s = summarize(CasualtyParser()(doc))
    >>> [(t.outcome, t.low, t.best, t.high) for t in s.totals], s.acled_fatalities
    ([('killed', 3, 3, 3), ('wounded', 24, 24, None)], 3)

    .. versionadded:: 0.1.0
    """

    totals: tuple[OutcomeTotal, ...] = attrs.field(
        default=(),
        converter=_to_tuple,
        validator=v.deep_iterable(v.instance_of(OutcomeTotal)),
    )
    acled_fatalities: int = attrs.field(
        default=0, validator=[v.instance_of(int), v.ge(0)]
    )

    def get(self, outcome: str) -> OutcomeTotal | None:
        """
        The total for *outcome*, or ``None`` when the report has no count of it.

        >>> summarize(()).get("killed") is None
        True
        """
        for total in self.totals:
            if total.outcome == outcome:
                return total
        return None


def summarize(counts: Iterable[CasualtyCount]) -> CasualtySummary:
    """
    Add up a report's counts, outcome by outcome.

    Subsets ("including three children"), tolls replaced by a later one
    ("the death toll rose to 30") and cumulative tolls ("bringing the death
    toll since October to 30,000", whose provenance reason is
    ``"cumulative toll"``) are left out, and so are the parts of a total
    told before them ("killed 12" … "seven in Gwoza and five in Bama",
    reason ``"part of an earlier total"``), so nobody is counted twice; the
    wounded who died later ("two of the wounded died", reason ``"wounded
    who died later"``) are counted with the killed and taken off the
    wounded told before them. Rival parties' claims of each other's dead
    ("Pakistan said it killed 200 Taliban fighters", "the Taliban said they
    killed 58 Pakistani soldiers"), with no other count of them, are no
    toll: their total gives only a high bound (258), no low or best.
    :attr:`CasualtySummary.acled_fatalities` is the conservative figure
    ACLED records: the sum of the lower bounds of the killed counts (0 when
    the report gives none).

    >>> from conflictparse import Document
    >>> doc = Document(
    ...     text="Five people, including two children, were killed in the blast. "
    ...     "The death toll later rose to 11 and at least 20 were wounded."
    ... )
    >>> s = summarize(CasualtyParser()(doc))
    >>> s.get("killed").best, s.get("wounded").low, s.acled_fatalities
    (11, 20, 11)

    Args:
        counts: the counts of one report (:attr:`Report.casualties`).

    Returns:
        The totals, in the order of :data:`~conflictparse.CASUALTY_OUTCOMES`.

    .. versionadded:: 0.1.0
    """
    counts = _raised_by_subsets(tuple(counts))
    groups: dict[str, list[CasualtyCount]] = {}
    for c in counts:
        if (
            c.subset
            or c.superseded
            or c.provenance.reason in (CUMULATIVE_REASON, PART_REASON)
        ):
            continue
        groups.setdefault(c.outcome, []).append(c)
    totals = []
    for outcome in CASUALTY_OUTCOMES:
        group = groups.get(outcome)
        if not group:
            continue
        if all(c.provenance.reason == CLAIM_REASON for c in group) and _rival_claims(
            group
        ):
            # each side's claim of the other's dead ("Pakistan said it killed
            # 200 Taliban fighters", "the Taliban said they killed 58
            # soldiers"): neither is a toll, their sum is no more than a bound
            # (a claim with no upper bound, "more than 100", bounds nothing)
            highs = [c.high for c in group]
            totals.append(
                OutcomeTotal(
                    outcome=outcome,
                    high=None
                    if any(h is None for h in highs)
                    else sum(h for h in highs if h is not None),
                    counts=len(group),
                    vague=any(c.vague is not None for c in group),
                )
            )
            continue
        group, claim, covered = _claims_aside(
            group,
            # a party's word on its own losses covers a foe's claim of them,
            # whatever its outcome ("killed 47 soldiers", the group said;
            # the army said it "lost two soldiers")
            {
                _victims(c)
                for c in groups.get("killed_or_wounded", ())
                if c.provenance.reason != CLAIM_REASON
            }
            # (and its word on its hurt: "Al Shabaab said it had killed 11
            # soldiers"; the government said "two soldiers were lightly
            # wounded")
            | {
                _victims(c)
                for c in groups.get("wounded", ())
                if c.provenance.reason != CLAIM_REASON
                and _victims(c) not in _ANY_VICTIM
                and _victims(c) != "civilians"
            }
            if outcome == "killed"
            else set(),
        )
        group, rise, fall = _competing_aside(group)
        died = _died_of_wounds(counts, group) if outcome == "wounded" else 0
        # ACLED's conservative figure: a lower second figure lowers the best too
        best_fall = fall
        lows = [c.low for c in group if c.low is not None]
        bests = [
            c.best if c.best is not None else c.low
            for c in group
            if c.best is not None or c.low is not None
        ]
        highs = [c.high for c in group]
        high = (
            None
            if any(h is None for h in highs)
            else sum(h for h in highs if h is not None)
        )
        if high is not None and claim > covered:
            high += claim - covered  # the claim, when higher, as the high bound
        if high is not None:
            high += rise  # another source's higher figure: a high bound
        if high is not None:
            high = max(high - died, 0)
        totals.append(
            OutcomeTotal(
                outcome=outcome,
                low=max(sum(lows) - fall - died, 0) if lows else None,
                best=max(sum(b for b in bests if b is not None) - best_fall - died, 0)
                if bests
                else None,
                high=high,
                counts=len(group),
                vague=any(c.vague is not None for c in group),
            )
        )
    killed = next((t for t in totals if t.outcome == "killed"), None)
    fatalities = killed.low if killed is not None and killed.low is not None else 0
    return CasualtySummary(totals=tuple(totals), acled_fatalities=fatalities)


def _raised_by_subsets(counts: tuple[CasualtyCount, ...]) -> tuple[CasualtyCount, ...]:
    """
    *counts* with a count whose subsets, told right after it, add up to
    more than its lower bound raised to their sum ("killed dozens,
    including 27 soldiers": at least 27, not 24). Its best rises as well
    when it has none or a smaller one; the counts keep their spans.
    """
    out: list[CasualtyCount] | None = None
    parent = -1
    total = 0
    for k, c in enumerate((*counts, None)):
        if c is not None and c.subset and parent >= 0:
            if c.outcome == counts[parent].outcome:
                total += _low_end(c)
            continue
        if parent >= 0:
            p = counts[parent]
            low = p.low if p.low is not None else 0
            if total > low and (p.high is None or total <= p.high):
                if out is None:
                    out = list(counts)
                out[parent] = attrs.evolve(
                    p,
                    low=total,
                    best=total if p.best is None or p.best < total else p.best,
                )
        parent, total = (k, 0) if c is not None and not c.subset else (-1, 0)
    return counts if out is None else tuple(out)


#: Victim categories that say nothing of who the victims were: a toll of
#: them may hold anyone's dead.
_ANY_VICTIM: Final = frozenset(["unknown", "people"])
_BROADER: Final = _BROADER_VICTIM


def _victims(c: CasualtyCount) -> str:
    return c.victim or c.actor or "unknown"


def _claims_aside(
    group: list[CasualtyCount], others: set[str]
) -> tuple[list[CasualtyCount], int, int]:
    """
    Set aside the party's claims of its own kills (provenance reason
    ``CLAIM_REASON``) that another source's count of the same dead covers:
    one of the same victims, of a broader group or of anyone. Returns the
    counts to add, the largest claim set aside (0 if none) and what the
    counts covering the claims add up to (their high ends), so the
    claim is a high bound at most ("the group said its fighters had killed
    30 Christians", "the toll rose to 19": best 19, high 30). A claim about
    victims no other count names (nor one of *others*, the victims of
    counts of another outcome that cover them) is added as any count.
    """
    claims = [c for c in group if c.provenance.reason == CLAIM_REASON]
    if not claims or len(claims) == len(group):
        return group, 0, 0
    neutral = [c for c in group if c.provenance.reason != CLAIM_REASON]
    named = {_victims(c) for c in neutral} | others
    # (and the broader group of each: "four policemen" and "a soldier" are
    # some of the "14 policemen and soldiers" a group claims)
    named |= {_BROADER[k] for k in named if k in _BROADER}
    aside = [
        c
        for c in claims
        if not named.isdisjoint((_victims(c), _BROADER.get(_victims(c)), *_ANY_VICTIM))
    ]
    if not aside:
        return group, 0, 0
    keys = {_victims(c) for c in aside}
    keys |= {_BROADER[k] for k in keys if k in _BROADER} | _ANY_VICTIM
    # (their high ends: "between 20 and 30 soldiers were killed" and a claim
    # of 45 give a high bound of 45, not 30 + 45 - 20)
    covered = sum(
        _high_end(c)
        for c in neutral
        if _victims(c) in keys or _BROADER.get(_victims(c)) in keys
    )
    claim = max((c.best if c.best is not None else c.low) or 0 for c in aside)
    kept = [c for c in group if all(c is not a for a in aside)]
    return kept, claim, covered


def _value(c: CasualtyCount) -> int:
    return (c.best if c.best is not None else c.low) or 0


def _high_end(c: CasualtyCount) -> int:
    """The upper bound of *c*, else its value (a figure with no upper bound)."""
    return c.high if c.high is not None else _value(c)


def _low_end(c: CasualtyCount) -> int:
    """The lower bound of *c*, else its value."""
    return c.low if c.low is not None else _value(c)


def _died_of_wounds(
    counts: tuple[CasualtyCount, ...], wounded: list[CasualtyCount]
) -> int:
    """
    How many of the *wounded* the report says died later (provenance reason
    ``DIED_OF_WOUNDS_REASON``: "two of the wounded died in hospital"): they
    are counted with the killed, held in a toll or added to it, and are no
    longer among the hurt. Only deaths told after a count of the wounded
    come off it (a figure of the hurt told after the deaths may count the
    survivors alone); deaths a later toll replaced still happened.
    """
    first = min(c.start for c in wounded)
    return sum(
        _value(c)
        for c in counts
        if c.provenance.reason == DIED_OF_WOUNDS_REASON
        and c.outcome == "killed"
        and c.start > first
    )


def _competing_aside(group: list[CasualtyCount]) -> tuple[list[CasualtyCount], int, int]:
    """
    Set aside the figures of a second source (provenance reason
    ``COMPETING_REASON``) for the victims of the count before them: each
    widens that count's bounds instead of adding victims ("police said 12
    people were killed, but residents said at least 20 died": low and best
    12, high 20; a smaller second figure lowers the low and, as the
    conservative figure ACLED takes, the best). Returns the
    counts to add, what the high bounds rise by and what the low bounds
    fall by. A second figure with no count of its victims before it is
    added as any count.
    """
    if all(c.provenance.reason != COMPETING_REASON for c in group):
        return group, 0, 0
    kept: list[CasualtyCount] = []
    # by the count a figure competes with: the most its figures rise above
    # it and fall below it (two sources' 20 and 25 against 12 widen it to 25)
    rises: dict[int, int] = {}
    falls: dict[int, int] = {}
    for c in sorted(group, key=lambda c: c.start):
        at = (
            next(
                (
                    k
                    for k in range(len(kept) - 1, -1, -1)
                    if _victims(kept[k]) == _victims(c)
                    # (a figure of anyone bounds the count before it: "40
                    # worshippers were abducted … 43 people had been taken")
                    or _victims(c) in _ANY_VICTIM
                    # (and a figure of civilians a count of anyone: "killed
                    # between 20 and 30 people" … "the NUG said 27 civilians
                    # were killed", as the parser pairs them)
                    or (_victims(c) == "civilians" and _victims(kept[k]) in _ANY_VICTIM)
                ),
                -1,
            )
            if c.provenance.reason == COMPETING_REASON
            else -1
        )
        if at >= 0:
            # the last count of its victims (a claim set aside is none)
            first = kept[at]
            top = first.high if first.high is not None else _value(first)
            bottom = first.low if first.low is not None else _value(first)
            # a second source's range bounds by its own ends: "residents said
            # between 20 and 30 died" against 12 raises the high to 30 (not
            # to its low, 20) and a range below lowers the low to its low
            rises[at] = max(rises.get(at, 0), _high_end(c) - top)
            falls[at] = max(falls.get(at, 0), bottom - _low_end(c))
            if first.high is None and first.approximate and _high_end(c) < top:
                # an estimate with no upper bound and a lower figure of its
                # dead ("about 100 people were killed" … "officials confirmed
                # 41 dead"): the estimate is the highest figure told, so the
                # high bound (best and low 41, high 100)
                kept[at] = attrs.evolve(first, high=top)
            if first.low is None and c.low is not None and _low_end(c) < bottom:
                # a figure with no lower bound ("nearly 60 soldiers") and a
                # lower one of its dead ("the ministry put the toll at 17"):
                # the lower figure is the low (low 17, high 60)
                kept[at] = attrs.evolve(kept[at], low=bottom)
            continue
        kept.append(c)
    return kept, sum(rises.values()), sum(falls.values())


def parse_count(text: str, *, outcome: str = "killed") -> CasualtyCount:
    """
    Read the first count in *text*; strict: a count without a number fails.

    The outcome comes from the text when it names one, else from *outcome*.

    >>> c = parse_count("at least six soldiers were killed")
    >>> c.outcome, c.low, c.best, c.high, c.victim
    ('killed', 6, 6, None, 'soldiers')
    >>> parse_count("more than 40", outcome="wounded").low
    41
    >>> parse_count("between 20 and 30 civilians").high
    30
    >>> parse_count("many")
    Traceback (most recent call last):
    ...
    conflictparse.errors.UnparseableError: no casualty count with a number in 'many'

    Args:
        text: a phrase or sentence of wire copy.
        outcome: the outcome used when the text names none.

    Returns:
        The count, with a span into *text*.

    Raises:
        UnparseableError: there is no count, or it has no number ("many").

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise UnparseableError(f"not a str: {text!r}", text=repr(text))
    doc = Document(text=text)
    for c in CasualtyParser()(doc):
        if not c.subset:
            if c.low is None and c.best is None and c.high is None:
                break
            return c
    else:
        folded = quotes_off_triggers(em_dashes_apart(text, doc.folded))
        toks = tokenize(folded, 0, len(folded))
        for i in range(len(toks)):
            q = quantity_at(folded, toks, i)
            if q is None:
                continue
            if q.low is None and q.best is None and q.high is None:
                break
            return make_count(text, q, toks[q.i][1], toks[q.j - 1][2], outcome)
    raise UnparseableError(f"no casualty count with a number in {text!r}", text=text)
