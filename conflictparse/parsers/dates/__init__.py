"""
The default dates parser family.

:class:`DateParser` finds temporal expressions in English news copy with
its own compiled patterns and normalises them against the story's
publication date:

- absolute dates: ``21 March 2020``, ``March 21, 2020``, ``Dec. 26``,
  ``2016-01-10``, ``10 JAN 90``, ``in 2001``, ``the 1990s``, ``mid-2014``;
- dates relative to publication: ``today``, ``last night``, ``on Sunday``,
  ``last week``, ``earlier this month``, ``two days ago``, ``this winter``;
- vague parts and ranges: ``late October``, ``end of 2014``,
  ``between 14 and 16 February``, ``from March to May``, ``2014-2016``;
- durations (``two days``, kind ``"duration"``, ``P2D``), which never get
  a calendar value, and expressions anchored to another event (kind
  ``"event_relative"``): ``two months after its capture`` stays unresolved,
  while ``a year earlier``, ``the next day`` or ``the following year`` count
  from the date mentioned last before them (``a year earlier`` with no date
  before it counts from publication; days and weeks pass over a mention of
  the publication day, which dates the report, to the day told before it);
  ``a year ago`` after a quarter
  ("profit rose in the third quarter from a year ago") is that quarter a
  year before.

Without a year, a day or month is placed by the tense around it: past
cues ("raged in March", "was shelled on 3 May") give the most recent one
not after publication, future cues ("will meet", "is due to", "payable",
a deadline "postponed until") the next one, and without a cue the nearer
one, leaning to the past.

Values follow TimeML: ``2016-01-10`` (day), ``2016-W02`` (ISO week),
``2015-10`` (month), ``2015-WI`` (season: SP, SU, FA, WI; winter ``2016-WI``
is December 2015 to February 2016), ``2014-Q4`` (quarter), ``2014-H1``
(half), ``2014`` (year), ``199`` (the 1990s), ``19`` (the 1900s); a range
is ``start/end``; ``PRESENT_REF``, ``PAST_REF`` and ``FUTURE_REF`` stand for
"now", "recently" and "soon", which have no interval.

>>> parse_date("late October", published="2016-01-10").value
'2015-10'
>>> import datetime
>>> story = "Rebels took the town on 3 May 2015. The next day, jets struck it."
>>> [(d.text, d.value) for d in scan(story, published=datetime.date(2016, 1, 10))]
[('on 3 May 2015', '2015-05-03'), ('next day', '2015-05-04')]

.. versionadded:: 0.1.0
"""

from __future__ import annotations

from conflictparse import context as _context
from conflictparse.errors import InvalidInputError, UnparseableError
from conflictparse.parsers.dates._parser import DateParser, scan
from conflictparse.results import DateMention

__all__ = ["DateParser", "acled_time_precision", "parse_date", "ucdp_date_prec"]

_CALENDAR_KINDS = ("date", "range")


def parse_date(text: str, *, published: object = None) -> DateMention:
    """
    Read the first date in *text*, strictly.

    Args:
        text: a short piece of text holding a date ("on Friday", "10 JAN 90").
        published: the publication date (a ``date``, ``datetime`` or ISO
            string) that relative dates resolve against.

    Returns:
        The first mention of kind ``"date"`` or ``"range"``; without
        *published* a relative one has no value and ``relative`` set.

    Raises:
        UnparseableError: *text* holds no date (durations such as "two days"
            and event-relative expressions are not dates).
        InvalidInputError: *text* is not a ``str``.
        InvalidContextError: *published* is not a date.

    >>> parse_date("Rebels shelled the town on 21 March 2020").value
    '2020-03-21'
    >>> parse_date("end of 2014").earliest
    datetime.date(2014, 10, 1)
    >>> parse_date("yesterday").value is None
    True
    >>> parse_date("two days of fighting")
    Traceback (most recent call last):
    ...
    conflictparse.errors.UnparseableError: no date in 'two days of fighting'

    .. versionadded:: 0.1.0
    """
    if not isinstance(text, str):
        raise InvalidInputError(
            f"text must be a str, not {type(text).__name__}", value=text
        )
    pub = _context.coerce_published(published)
    for mention in scan(text, published=pub):
        if mention.kind in _CALENDAR_KINDS:
            return mention
    raise UnparseableError(f"no date in {text!r}", text=text)


def _days(mention: DateMention) -> int | None:
    if mention.earliest is None or mention.latest is None:
        return None
    return (mention.latest - mention.earliest).days + 1


def acled_time_precision(mention: DateMention) -> int:
    """
    Map a date to ACLED's ``time_precision``: 1 for a day, 2 for a week or
    a range of up to seven days, 3 for a month or anything coarser.

    The interval decides when the mention has one (so "late October",
    eleven days, is 3); otherwise its precision does.

    Args:
        mention: a date from :class:`DateParser` or :func:`parse_date`.

    Returns:
        1, 2 or 3.

    >>> acled_time_precision(parse_date("on Friday", published="2016-01-10"))
    1
    >>> acled_time_precision(parse_date("between 14 and 16 February 2016"))
    2
    >>> acled_time_precision(parse_date("late October 2015"))
    3

    .. versionadded:: 0.1.0
    """
    n = _days(mention)
    if n is None:
        return {"day": 1, "week": 2}.get(mention.precision or "", 3)
    if n == 1:
        return 1
    return 2 if n <= 7 else 3


def ucdp_date_prec(mention: DateMention) -> int:
    """
    Map a date to UCDP GED's ``date_prec``: 1 the exact day, 2 a span of
    2-6 days, 3 a week, 4 a span of 8-31 days or a month, 5 more than a
    month (a season, a year or coarser).

    The interval decides when the mention has one; otherwise its precision
    does.

    Args:
        mention: a date from :class:`DateParser` or :func:`parse_date`.

    Returns:
        An integer from 1 to 5.

    >>> ucdp_date_prec(parse_date("10 JAN 90"))
    1
    >>> ucdp_date_prec(parse_date("on the night of 3-4 May 2015"))
    2
    >>> ucdp_date_prec(parse_date("last week", published="2016-01-10"))
    3
    >>> ucdp_date_prec(parse_date("late October 2015"))
    4
    >>> ucdp_date_prec(parse_date("at the end of 2014"))
    5

    .. versionadded:: 0.1.0
    """
    n = _days(mention)
    if n is None:
        return {"day": 1, "week": 3, "month": 4}.get(mention.precision or "", 5)
    if n == 1:
        return 1
    if n <= 6:
        return 2
    if n == 7:
        return 3
    return 4 if n <= 31 else 5
