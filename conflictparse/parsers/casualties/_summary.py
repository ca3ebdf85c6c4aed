"""
Report-level totals and the strict one-value helper.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import attrs
from attrs import validators as v

from conflictparse._document import Document
from conflictparse.errors import UnparseableError
from conflictparse.parsers.casualties._parser import (
    CUMULATIVE_REASON,
    CasualtyParser,
    make_count,
)
from conflictparse.parsers.casualties._reader import (
    em_dashes_apart,
    quantity_at,
    tokenize,
)
from conflictparse.results import CASUALTY_OUTCOMES, CasualtyCount

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
        default=(), converter=_to_tuple, validator=v.deep_iterable(v.instance_of(OutcomeTotal))
    )
    acled_fatalities: int = attrs.field(default=0, validator=[v.instance_of(int), v.ge(0)])

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
    ``"cumulative toll"``) are left out, so nobody is counted twice.
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
    groups: dict[str, list[CasualtyCount]] = {}
    for c in counts:
        if c.subset or c.superseded or c.provenance.reason == CUMULATIVE_REASON:
            continue
        groups.setdefault(c.outcome, []).append(c)
    totals = []
    for outcome in CASUALTY_OUTCOMES:
        group = groups.get(outcome)
        if not group:
            continue
        lows = [c.low for c in group if c.low is not None]
        bests = [
            c.best if c.best is not None else c.low
            for c in group
            if c.best is not None or c.low is not None
        ]
        highs = [c.high for c in group]
        totals.append(
            OutcomeTotal(
                outcome=outcome,
                low=sum(lows) if lows else None,
                best=sum(b for b in bests if b is not None) if bests else None,
                high=None if any(h is None for h in highs) else sum(h for h in highs if h is not None),
                counts=len(group),
                vague=any(c.vague is not None for c in group),
            )
        )
    killed = next((t for t in totals if t.outcome == "killed"), None)
    fatalities = killed.low if killed is not None and killed.low is not None else 0
    return CasualtySummary(totals=tuple(totals), acled_fatalities=fatalities)


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
        folded = em_dashes_apart(text, doc.folded)
        toks = tokenize(folded, 0, len(folded))
        for i in range(len(toks)):
            q = quantity_at(folded, toks, i)
            if q is None:
                continue
            if q.low is None and q.best is None and q.high is None:
                break
            return make_count(text, q, toks[q.i][1], toks[q.j - 1][2], outcome)
    raise UnparseableError(f"no casualty count with a number in {text!r}", text=text)
