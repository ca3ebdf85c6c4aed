"""
Wire datelines: the place (and often date and agency) that opens a story.

Recognised styles::

    Kabul: Afghan forces on Sunday ...
    KABUL (AFP) - Afghan forces ...
    KABUL, Jan 10 (Reuters) - Afghan forces ...
    KABUL, Tuesday 3 March 2026 - Afghan forces ...
    WASHINGTON, Jan. 8, 2016 (AP) -- ...
    SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] ...
    MOGADISHU, Somalia (AP) — ...
    EL PARAISO (EL SALVADOR), 19 MAR 89 (ACAN-EFE) -- ...
    CAIRO/JERUSALEM, May 20 (Reuters) - ...
    Nov 5 (Reuters) - ...                      (a date alone: no place)

>>> from conflictparse import Document
>>> d = DatelineParser()(Document(text="SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY"))
>>> d.text, d.date, d.source
('SAN SALVADOR', datetime.date(1990, 1, 3), 'ACAN-EFE')
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from typing import Final

import attrs
import regex

from conflictparse._document import Document
from conflictparse._text import compile_re
from conflictparse.results import Dateline, PlaceMention, Span, _trusted_builder

__all__ = ["DatelineParser", "two_digit_year"]

_MONTHS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

_MONTH: Final = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?"
    r"|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?"
)

#: The dateline pattern (VERBOSE, IGNORECASE): compiled by ``regex`` only for
#: a head with a character beyond ASCII (:func:`_dateline_pattern`), and
#: as its ``re`` twin (:data:`_DATELINE_ASCII`) for all others.
_DATELINE_SOURCE: Final = (
    r"""
    \A[\s\p{Z}]{0,20}+
    (?P<place>
        \p{Lu}[\p{L}'’.\-]{1,30}+               # first word, capitalised
        (?:[ ]\p{Lu}[\p{L}'’.\-]{0,30}+){0,3}+  # up to three more
    )
    (?:[ ]?+/[ ]?+\p{Lu}[\p{L}'’.\-]{1,30}+(?:[ ]\p{Lu}[\p{L}'’.\-]{0,30}+){0,3}+)?+
                                                # "CAIRO/JERUSALEM": filed from two
                                                # cities, the first is the dateline's
    (?:,[ ](?P<region>\p{Lu}[\p{L}.\-]{1,30}+(?:[ ]\p{Lu}[\p{L}.\-]{1,30}+){0,4}+)
        (?=[ ]*+[(,]|[ ]++[-–—]))?              # ", Somalia" before the agency/dash; up to
                                                # five words ("Democratic Republic of the Congo":
                                                # IGNORECASE lets "of" match too)
    (?(region)|(?:[ ]*+\((?P<pregion>\p{Lu}[\p{L}.\-]{1,30}+(?:[ ]\p{Lu}[\p{L}.\-]{1,30}+){0,4}+)\)
        (?=,|[ ]*+\()))?                        # " (El Salvador)," before the date, or
                                                # " (North Kivu) (Reuters)" before the agency
    (?:,?[ ]++
    (?:(?:mon|tues|wednes|thurs|fri|satur|sun)day,?[ ]++)?+  # "Tuesday 3 March 2026": the weekday
                                                # adds nothing the date does not give
    (?P<date>                                   # day, month, year: one name each in both orders
        (?P<day>\d{1,2})[ ]++(?P<month>"""
    + _MONTH
    + r""")(?:[ ]++(?P<year>\d{2,4}))?+  # 3 JAN 90 / 7 FEB
      | (?P<month>"""
    + _MONTH
    + r""")[ ]++(?P<day>\d{1,2})(?:,?[ ]++(?P<year>\d{4}|\d{2}(?!\d)))?+
                                                # Jan 10 / Jan. 8, 2016 / JUNE 11 89
      | no[ ]date                                    # FBIS: "MOSCOW (USSR), NO DATE --"
    ))?
    [ ]*+
    (?:\((?P<source>[\p{L}\p{N} .,/&'’\-]{1,40}+)\))?
    [ ]*+
    (?P<sep>--|[-–—:])
    """
)


@functools.cache
def _dateline_pattern() -> tuple[regex.Pattern[str], tuple[int, ...]]:
    """
    :data:`_DATELINE_SOURCE` compiled by ``regex``, on first need: few
    stories open with a character beyond ASCII, and ``regex`` parses a
    pattern in Python (about 3 ms for this one).  With it, the numbers of
    its groups place, region, pregion, date, day, month, year, source and
    sep: ``regex`` tries a group name as a number first and raises and
    drops an error each time, which costs more than the look-up itself.

    >>> pattern, groups = _dateline_pattern()
    >>> pattern.match("KYIV, 3 JAN 90 --").group(groups[0])
    'KYIV'
    """
    pattern = regex.compile(_DATELINE_SOURCE, regex.VERBOSE | regex.IGNORECASE)
    g = pattern.groupindex
    return pattern, (
        g["place"], g["region"], g["pregion"], g["date"], g["day"], g["month"], g["year"],
        g["source"], g["sep"],
    )  # fmt: skip


def _ascii_twin(source: str) -> str:
    r"""
    *source*, the dateline pattern, for a head of ASCII characters only and
    ``re``: each class written as ``regex`` reads it there under IGNORECASE
    (``\p{Lu}`` then takes lower-case letters too; ``\s`` is not the
    separators U+001C-U+001F, which ``re`` takes), and the second group of
    each name ``regex`` gives two groups numbered apart (``day2`` ...).

    >>> _ascii_twin(r"(?P<day>\d)\p{Lu}|(?P<day>[\p{L}.\-])")
    '(?P<day>[0-9])[A-Za-z]|(?P<day2>[A-Za-z.\\-])'
    """
    for wide, narrow in (
        (r"[\p{L}\p{N} .,/&'’\-]", r"[A-Za-z0-9 .,/&'’\-]"),
        (r"[\p{L}'’.\-]", r"[A-Za-z'’.\-]"),
        (r"[\p{L}.\-]", r"[A-Za-z.\-]"),
        (r"[\s\p{Z}]", r"[\t\n\v\f\r ]"),
        (r"\p{Lu}", "[A-Za-z]"),
        (r"\d", "[0-9]"),
    ):
        source = source.replace(wide, narrow)
    for name in ("day", "month", "year"):
        first = source.find(f"(?P<{name}>")
        second = source.find(f"(?P<{name}>", first + 1)
        if second >= 0:
            source = f"{source[:second]}(?P<{name}2>{source[second + len(name) + 5 :]}"
    return source


#: :data:`_DATELINE_SOURCE` for heads of ASCII characters (most wire copy), compiled
#: by ``re``, whose match costs a fraction of ``regex``'s: the same match and
#: groups there (tested), with the second day, month and year numbered apart.
_DATELINE_ASCII: Final = compile_re(
    _ascii_twin(_DATELINE_SOURCE), re.VERBOSE | re.IGNORECASE
)
_A: Final = _DATELINE_ASCII.groupindex
_ASCII_GROUPS: Final = (
    _A["place"], _A["region"], _A["pregion"], _A["date"], _A["day"], _A["month"], _A["year"],
    _A["source"], _A["sep"], _A["day2"], _A["month2"], _A["year2"],
)  # fmt: skip
_A_PLACE, _A_SEP = _A["place"], _A["sep"]

#: Builders of the results made for every story (results._builder: the
#: class call's checks, fewer instructions).
_new_span: Final = _trusted_builder(Span)
_new_dateline: Final = _trusted_builder(Dateline)

_PLACE_STOPWORDS: Final = frozenset(
    [
        "the",
        "a",
        "an",
        "he",
        "she",
        "it",
        "they",
        "we",
        "i",
        "in",
        "on",
        "at",
        "by",
        "for",
        "with",
        "this",
        "that",
        "there",
        "update",
        "breaking",
        "editor",
        "note",
        "officials",
    ]
)


def two_digit_year(yy: int, published: _dt.date | None) -> int:
    """
    Expand a two-digit year to the century that puts it nearest before the
    publication date (or 1950-2049 without one).

    >>> two_digit_year(90, None)
    1990
    >>> two_digit_year(16, _dt.date(2016, 1, 10))
    2016
    >>> two_digit_year(99, _dt.date(2016, 1, 10))
    1999
    """
    if published is None:
        return 1900 + yy if yy >= 50 else 2000 + yy
    century = published.year - published.year % 100
    year = century + yy
    if year > published.year:
        year -= 100
    return year


def _date_of(
    month_text: str, day_text: str, year_text: str | None, published: _dt.date | None
) -> _dt.date | None:
    """
    The date of a dateline from the texts of its ``month``, ``day`` and
    ``year`` groups (the year, when missing, from *published*).

    >>> _date_of("JAN", "3", "90", None), _date_of("Dec", "31", None, _dt.date(2016, 1, 1))
    (datetime.date(1990, 1, 3), datetime.date(2015, 12, 31))
    """
    month = _MONTHS.get(month_text[:3].lower())
    if month is None:
        return None  # a case-insensitive look-alike ("ſep" with a long s)
    day = int(day_text)
    if year_text is None:
        if published is None:
            return None
        year = published.year
        # "Dec 31" in a story published on Jan 1 is last year
        try:
            guess = _dt.date(year, month, day)
        except ValueError:
            return None
        if guess > published + _dt.timedelta(days=7):
            year -= 1
    else:
        year = int(year_text)
        if year < 100:
            year = two_digit_year(year, published)
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


@functools.lru_cache(maxsize=512)
def _is_region(name: str) -> bool:
    """Whether *name* is a country or first-level subdivision the places family knows."""
    from conflictparse.parsers.places._tables import _key, admin1_names, country_names

    key = _key(name)
    return key in country_names() or key in admin1_names()


@functools.lru_cache(maxsize=512)
def _resolve(place: str, region: str | None) -> PlaceMention | None:
    """
    The places family's reading of a dateline place, spanning *place* from
    offset 0; remembered, since wire services open story after story with
    the same few datelines.
    """
    from conflictparse.parsers import places as _places

    return _places.resolve_dateline(place, Span(start=0, end=len(place)), region=region)


@functools.lru_cache(maxsize=512)
def _resolve_at(place: str, region: str | None, start: int) -> PlaceMention | None:
    """:func:`_resolve` with the span moved to *start* (MUC copy indents its datelines)."""
    resolved = _resolve(place, region)
    if resolved is not None and start:
        resolved = attrs.evolve(resolved, span=Span(start=start, end=start + len(place)))
    return resolved


#: The longest first line read as a headline before a dateline.
_HEADLINE_MAX: Final = 160


def _after_headline(text: str, start: int = 0) -> int:
    r"""
    Where the paragraph after a headline line at *start* starts: a line of
    at most :data:`_HEADLINE_MAX` characters that does not end a sentence,
    then a line break; else 0. Scrapers keep such lines above a dateline: a
    headline, a byline, "Updated 21 April 2026, 14:05 GMT".

    >>> _after_headline("Gunmen kill 12 in Zamfara\n\nKANO (AP) - Gunmen ...")
    27
    >>> _after_headline("KANO (AP) - Gunmen killed 12.\nPolice said ..."), _after_headline("x")
    (0, 0)
    """
    end = text.find("\n", start, start + _HEADLINE_MAX + 1)
    if end <= start:
        return 0
    line = text[start:end].strip()
    if not line or line[-1] in ".!?:;,\"'”’)":
        return 0
    start = end
    while start < len(text) and text[start] in " \t\r\n\xa0":
        start += 1
    return start if start < len(text) else 0


#: How many more short lines (after the first) may stand above a dateline.
_HEADER_LINES: Final = 4

#: A dateline of a date alone, as wire services file stories with no place
#: ("Nov 5 (Reuters) -", "5 November 2024 (AFP) —"): the date, then an
#: agency or a dash.
_DATE_ONLY: Final = compile_re(
    r"\A[ \t\r\n]{0,20}+"
    r"(?P<date>(?P<month>" + _MONTH + r")[ ]++(?P<day>\d{1,2})(?:,?[ ]++(?P<year>\d{4}))?"
    r"|(?P<day2>\d{1,2})[ ]++(?P<month2>" + _MONTH + r")(?:[ ]++(?P<year2>\d{4}))?)"
    r"(?![\w])[ ]*+(?:\((?P<source>[A-Za-z][A-Za-z0-9 .,/&'\-]{0,39}+)\)[ ]*+)?(?P<sep>--|[-\u2013\u2014])[ ]",
    re.IGNORECASE,
)


def _date_only(doc: Document, offset: int, head: str) -> Dateline | None:
    """
    The dateline of a date alone opening *head* (the text at *offset*):
    its text and span the date's, with no place; its date the day the
    story was written, from which its "on Monday" counts.

    >>> from conflictparse import Document
    >>> d = _date_only(Document(text="x"), 0, "Nov 5 (Reuters) - Gunmen killed ...")
    >>> d.text, d.date is None, d.source
    ('Nov 5', True, 'Reuters')
    """
    m = _DATE_ONLY.match(head)
    if m is None:
        return None
    if m.group("day2") is not None:
        month, day, year = m.group("month2", "day2", "year2")
    else:
        month, day, year = m.group("month", "day", "year")
    source = m.group("source")
    if source is None and m.group("sep") == "-" and year is None:
        return None  # "May 5 - ": too little to tell a dateline from a list
    start = offset + m.start("date")
    text = m.group("date")
    return _new_dateline(
        text=text,
        span=_new_span(start=start, end=start + len(text)),
        place=None,
        date=_date_of(month, day, year, doc.published),
        source=source.strip() if source else None,
    )


class DatelineParser:
    """
    Find the dateline at the start of a story.

    The place is resolved through the places family's gazetteer
    (:func:`conflictparse.parsers.places.resolve_dateline`) so the dateline
    carries a country where the name makes it obvious.

    >>> from conflictparse import Document
    >>> DatelineParser()(Document(text="Kabul: Afghan forces on Sunday...")).text
    'Kabul'

    .. versionadded:: 0.1.0
    """

    __slots__ = ()
    name = "conflictparse.dateline"

    def __call__(self, doc: Document) -> Dateline | None:
        found = self._at(doc, 0)
        weak = (
            found is not None
            and found.date is None
            and found.source is None
            and doc.text.startswith(":", found.span.end)
        )
        if found is None or weak:
            # (a headline may open on a place and a colon, "Gaza: Israeli
            # strikes kill 31": a dateline of its own after the headline,
            # "CAIRO, May 14 (Reuters) -", is the story's)
            first = found
            # a headline line first ("Gunmen kill 12 in Zamfara\n\nKANO,
            # Nigeria (AP) — ..."), as scrapers keep it: the dateline opens
            # the paragraph after it
            after = _after_headline(doc.text)
            headline = after > 0
            if headline:
                found = self._at(doc, after)
                tries = _HEADER_LINES
                while found is None and tries:
                    # or more short lines between: a byline ("By Wire Staff",
                    # "By Jane Doe in Kano"), lines a scraper kept ("Updated
                    # 21 April 2026, 14:05 GMT", "Published April 22, 2026"):
                    # the paragraph after each
                    tries -= 1
                    after = _after_headline(doc.text, after)
                    if after <= 0:
                        break
                    found = self._at(doc, after)
            if found is None and not (
                headline and first is not None and not first.text.isupper()
            ):
                # (a headline line alone, "Syria: clashes leave 30 dead in
                # Sweida", names the story's subject, no filing place; an
                # upper-case "KABUL:" opening it is a dateline still)
                found = first
        return found

    def _at(self, doc: Document, offset: int) -> Dateline | None:
        """The dateline opening the text at *offset*, if any."""
        head = doc.text[offset : offset + 300]
        # anchored at the start of 300 characters, its runs possessive and
        # bounded: no timeout (it costs more than the match)
        if head.isascii():
            a = _DATELINE_ASCII.match(head)
            if a is None:
                return _date_only(doc, offset, head)
            # every group in one call to the match; one of the two days,
            # months and years matched, as in regex's one group of each
            place, region, bracketed, date_text, day, month, year, source, sep, day2, month2, year2 = (
                a.group(*_ASCII_GROUPS)
            )  # fmt: skip
            if day2 is not None:
                day, month, year = day2, month2, year2
            start, sep_end = a.start(_A_PLACE), a.end(_A_SEP)
        else:
            pattern, groups = _dateline_pattern()
            m = pattern.match(head)
            if m is None:
                return _date_only(doc, offset, head)
            # every group in one call to the match
            place, region, bracketed, date_text, day, month, year, source, sep = m.group(
                *groups
            )
            start, sep_end = m.start(groups[0]), m.end(groups[-1])
        words = place.split()
        if words[0].lower() in _PLACE_STOPWORDS:
            return None
        has_marker = bool(source or date_text)
        if sep == ":":
            # "Kabul:" only when it opens the story and is short
            if len(words) > 3 or source or date_text:
                return None
        elif (
            not has_marker
            and not place.isupper()
            and not (region and sep in "–—" and len(words) <= 3 and _is_region(region))
        ):
            # "Officials said - ..." is not a dateline; "Khartoum, Sudan —"
            # (a town, its country or province and a dash) is
            return None
        if sep == "-" and not has_marker and not head[sep_end:].startswith(" "):
            return None  # "KABUL-based" and the like
        start += offset
        span = _new_span(start=start, end=start + len(place))
        date = _date_of(month, day, year, doc.published) if day else None  # not "NO DATE"
        if bracketed:
            if _is_region(bracketed):
                region = bracketed  # "EL PARAISO (EL SALVADOR), 19 MAR 89"
            elif not source:
                source = bracketed  # "PARIS (AFP), Jan 10 -": an agency
        resolved = _resolve_at(place, region, start)
        return _new_dateline(
            text=place,
            span=span,
            place=resolved,
            date=date,
            source=source.strip() if source else None,
        )
