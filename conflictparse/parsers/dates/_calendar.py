"""
Calendar arithmetic for the dates family: the interval and the value string
of a day, week, month, season, quarter, half, year, decade or century, and
stepping from the publication date to "last Friday" or "two months ago".

Every function is pure: the publication date is always an argument, the
clock is never read.
"""

from __future__ import annotations

import calendar
import datetime as _dt
from typing import Final

__all__ = [
    "Period",
    "add_months",
    "century",
    "day",
    "decade",
    "easter",
    "half",
    "islamic_feasts",
    "last_day",
    "month",
    "part_of",
    "quarter",
    "season",
    "week",
    "weekday_near",
    "year",
]

#: A normalised period: (value, precision, earliest, latest).
Period = tuple[str, str, _dt.date, _dt.date]

#: Northern-hemisphere meteorological seasons: TimeML code and first month.
#: Winter ``YYYY-WI`` is December of YYYY-1 to February of YYYY.
SEASON_START: Final = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}

_MIN: Final = _dt.date(1, 1, 1)
_MAX: Final = _dt.date(9999, 12, 31)


def last_day(y: int, m: int) -> int:
    """The number of days in month *m* of year *y*."""
    return calendar.monthrange(y, m)[1]


def add_months(y: int, m: int, n: int) -> tuple[int, int]:
    """The (year, month) *n* months after *y*-*m* (*n* may be negative)."""
    k = y * 12 + (m - 1) + n
    return k // 12, k % 12 + 1


def day(d: _dt.date) -> Period:
    """A single day."""
    return d.isoformat(), "day", d, d


def week(d: _dt.date) -> Period:
    """The ISO week (Monday to Sunday) holding *d*."""
    iso = d.isocalendar()
    monday = d - _dt.timedelta(days=d.weekday())
    return f"{iso[0]:04d}-W{iso[1]:02d}", "week", monday, monday + _dt.timedelta(days=6)


def weekend(d: _dt.date) -> Period:
    """The Saturday and Sunday of the ISO week holding *d*."""
    value, _, monday, sunday = week(d)
    return value + "-WE", "week", monday + _dt.timedelta(days=5), sunday


def month(y: int, m: int) -> Period:
    """A calendar month."""
    return (
        f"{y:04d}-{m:02d}",
        "month",
        _dt.date(y, m, 1),
        _dt.date(y, m, last_day(y, m)),
    )


def season(y: int, code: str) -> Period:
    """A season: ``SP``, ``SU``, ``FA`` or ``WI`` (winter starts in December of y-1)."""
    first = SEASON_START[code]
    start_year = y - 1 if code == "WI" else y
    ey, em = add_months(start_year, first, 2)
    return (
        f"{y:04d}-{code}",
        "season",
        _dt.date(start_year, first, 1),
        _dt.date(ey, em, last_day(ey, em)),
    )


def quarter(y: int, q: int) -> Period:
    """A calendar quarter, 1 to 4."""
    first = 3 * (q - 1) + 1
    return (
        f"{y:04d}-Q{q}",
        "quarter",
        _dt.date(y, first, 1),
        _dt.date(y, first + 2, last_day(y, first + 2)),
    )


def half(y: int, h: int) -> Period:
    """A half year, 1 or 2."""
    if h == 1:
        return f"{y:04d}-H1", "half", _dt.date(y, 1, 1), _dt.date(y, 6, 30)
    return f"{y:04d}-H2", "half", _dt.date(y, 7, 1), _dt.date(y, 12, 31)


def year(y: int) -> Period:
    """A calendar year."""
    return f"{y:04d}", "year", _dt.date(y, 1, 1), _dt.date(y, 12, 31)


def decade(first_year: int) -> Period:
    """A decade written as its first three digits: ``199`` is 1990-1999."""
    d = first_year - first_year % 10
    return f"{d // 10:03d}", "decade", _dt.date(d, 1, 1), _dt.date(d + 9, 12, 31)


def century(first_year: int) -> Period:
    """A century written as its first two digits: ``19`` is 1900-1999."""
    c = first_year - first_year % 100
    return (
        f"{c // 100:02d}",
        "century",
        _dt.date(max(c, 1), 1, 1),
        _dt.date(c + 99, 12, 31),
    )


def part_of(period: Period, part: str) -> Period:
    """
    Narrow the interval of *period* to one of its parts, keeping its value
    and precision ("late October" is still the month 2015-10).

    *part* is ``early``, ``mid``, ``late`` (thirds: days 1-10, 11-20, 21-end
    of a month; January-April, May-August, September-December of a year),
    ``start`` or ``end`` (the first or last quarter of a year, the first or
    last ten days of a month); of a week, the working week's parts (early
    Monday to Wednesday, mid Tuesday to Thursday, late Thursday to Sunday).
    """
    value, precision, first, last = period
    n = (last - first).days + 1
    if precision == "month":
        bounds = {
            "early": (0, 9), "start": (0, 9), "mid": (10, 19),
            "late": (20, n - 1), "end": (20, n - 1),
        }  # fmt: skip
        a, b = bounds.get(part, (0, n - 1))
        return (
            value,
            precision,
            first + _dt.timedelta(days=a),
            first + _dt.timedelta(days=b),
        )
    if precision == "year":
        y = first.year
        months = {
            "early": (1, 4), "mid": (5, 8), "late": (9, 12),
            "start": (1, 3), "end": (10, 12),
        }  # fmt: skip
        a, b = months.get(part, (1, 12))
        return value, precision, _dt.date(y, a, 1), _dt.date(y, b, last_day(y, b))
    if precision == "decade":
        y = first.year
        years = {
            "early": (0, 3),
            "start": (0, 2),
            "mid": (4, 6),
            "late": (7, 9),
            "end": (7, 9),
        }
        a, b = years.get(part, (0, 9))
        return value, precision, _dt.date(y + a, 1, 1), _dt.date(y + b, 12, 31)
    if precision == "week" and n == 7:
        # the working week news speaks of: "late last week" is most often
        # its Thursday or Friday (a third of the days, Saturday and Sunday,
        # would leave both out), "early this week" Monday to Wednesday
        days = {
            "early": (0, 2), "start": (0, 1), "mid": (1, 3),
            "late": (3, 6), "end": (4, 6),
        }  # fmt: skip
        a, b = days.get(part, (0, 6))
        return (
            value,
            precision,
            first + _dt.timedelta(days=a),
            first + _dt.timedelta(days=b),
        )
    # seasons, quarters (and weekends): thirds of the interval
    third = max(n // 3, 1)
    if part in {"early", "start"}:
        return value, precision, first, first + _dt.timedelta(days=third - 1)
    if part == "mid":
        return (
            value,
            precision,
            first + _dt.timedelta(days=third),
            last - _dt.timedelta(days=third),
        )
    if part in {"late", "end"}:
        return value, precision, last - _dt.timedelta(days=third - 1), last
    return period


def weekday_near(published: _dt.date, weekday: int, *, future: bool) -> _dt.date:
    """
    The day named by a bare weekday in a story published on *published*:
    the most recent such day not after it, or, in future context, the next
    one after it.

    >>> weekday_near(_dt.date(2016, 1, 10), 4, future=False)  # Friday
    datetime.date(2016, 1, 8)
    >>> weekday_near(_dt.date(2016, 1, 10), 0, future=True)  # Monday
    datetime.date(2016, 1, 11)
    """
    delta = (published.weekday() - weekday) % 7
    if future:
        ahead = (weekday - published.weekday()) % 7
        return published + _dt.timedelta(days=ahead or 7)
    return published - _dt.timedelta(days=delta)


def shift(d: _dt.date, days: int) -> _dt.date | None:
    """*d* moved by *days*, or ``None`` outside the calendar."""
    try:
        return d + _dt.timedelta(days=days)
    except OverflowError:
        return None


def easter(y: int, *, orthodox: bool = False) -> _dt.date:
    """
    Easter Sunday of year *y* (Gregorian calendar), or with *orthodox* the
    Orthodox Easter (reckoned in the Julian calendar, given as a Gregorian
    date; right for 1900-2099, when the calendars are 13 days apart).

    >>> easter(2024), easter(2025), easter(2024, orthodox=True)
    (datetime.date(2024, 3, 31), datetime.date(2025, 4, 20), datetime.date(2024, 5, 5))
    """
    if orthodox:
        a, b, c = y % 4, y % 7, y % 19
        d = (19 * c + 15) % 30
        e = (2 * a + 4 * b - d + 34) % 7
        n = d + e + 114
        return _dt.date(y, n // 31, n % 31 + 1) + _dt.timedelta(days=13)
    a = y % 19
    b, c = divmod(y, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    el = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * el) // 451
    n = h + el - 7 * m + 114
    return _dt.date(y, n // 31, n % 31 + 1)


#: The first day of Ramadan, of Shawwal (Eid al-Fitr) and the tenth of Dhu
#: al-Hijja (Eid al-Adha) of the Hijri years 1436-1451 (2015-2030), as ISO
#: dates, from the Umm al-Qura calendar of Saudi Arabia (as the hijridate
#: package, version 2.6.0, computes it).  Countries that follow the sighting of the moon may
#: keep each a day earlier or later; no rule computes them, so the table
#: ends where it ends.
_ISLAMIC: Final = (
    "2015-06-18 2015-07-17 2015-09-23",
    "2016-06-06 2016-07-06 2016-09-11",
    "2017-05-27 2017-06-25 2017-09-01",
    "2018-05-16 2018-06-15 2018-08-21",
    "2019-05-06 2019-06-04 2019-08-11",
    "2020-04-24 2020-05-24 2020-07-31",
    "2021-04-13 2021-05-13 2021-07-20",
    "2022-04-02 2022-05-02 2022-07-09",
    "2023-03-23 2023-04-21 2023-06-28",
    "2024-03-11 2024-04-10 2024-06-16",
    "2025-03-01 2025-03-30 2025-06-06",
    "2026-02-18 2026-03-20 2026-05-27",
    "2027-02-08 2027-03-09 2027-05-16",
    "2028-01-28 2028-02-26 2028-05-05",
    "2029-01-16 2029-02-14 2029-04-24",
    "2030-01-05 2030-02-04 2030-04-13",
)


def islamic_feasts() -> tuple[tuple[_dt.date, _dt.date, _dt.date], ...]:
    """
    The first day of Ramadan, Eid al-Fitr and Eid al-Adha of each Hijri year
    of :data:`_ISLAMIC`, in order (Ramadan ends the day before Eid al-Fitr).

    >>> islamic_feasts()[9]
    (datetime.date(2024, 3, 11), datetime.date(2024, 4, 10), datetime.date(2024, 6, 16))
    """
    return _FEASTS


_FEASTS: Final = tuple(
    (a, b, c)
    for a, b, c in (
        tuple(_dt.date.fromisoformat(x) for x in row.split()) for row in _ISLAMIC
    )
)
