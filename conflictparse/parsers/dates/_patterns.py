"""
Detection patterns of the dates family.

Each form of temporal expression is one pattern (a named group
``f_<form>``), matched against the folded text (lower case, same offsets
as the source) where a candidate may start.  At a given position only the
forms that can start with the word there are tried, in order of
preference, and the first that matches wins, so longer and more specific
forms come first.  A form is compiled the first time a story needs it.
Small helper patterns decide tense, reject counts that look like years,
and join two dates into a range.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable
from typing import Final

import regex

from conflictparse._text import WEEKDAY_NAMES, compile_re, lazy, lazy_re

__all__ = [
    "ANCHORS",
    "FORMS",
    "FUTURE_CUE",
    "MONTHS",
    "MONTH_WORDS",
    "NUMBER_CONTEXT",
    "NUMBER_WORDS",
    "PREFIXES",
    "RANGE_JOIN",
    "SEASONS",
    "SECOND_KEYED",
    "SECOND_WORDS",
    "TOKEN",
    "WEEKDAYS",
    "YEAR_AFTER_REJECT",
    "YEAR_BEFORE_ACCEPT",
    "YEAR_BEFORE_REJECT",
    "ascii_twin",
    "compact",
    "digit_shape",
    "form_pattern",
    "forms_before",
    "forms_given_next",
    "forms_starting_with",
    "lazy",
    "next_char_class",
]

MONTHS: Final = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6, "jul": 7,
    "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip

WEEKDAYS: Final = {name: n for n, name in enumerate(WEEKDAY_NAMES)}

SEASONS: Final = {
    "spring": "SP", "summer": "SU", "fall": "FA", "autumn": "FA", "winter": "WI",
}  # fmt: skip

NUMBER_WORDS: Final = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "hundred": 100, "a couple of": 2, "couple of": 2,
}  # fmt: skip

# -- fragments (no groups unless named by the caller) ----------------------

_S = r"\s{1,4}+"  # white space, a line break of wire copy included
_FULL_MONTH = (
    r"january|february|march|april|may|june|july|august|september|october"
    r"|november|december"
)
_ABBR_MONTH = r"(?:jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)(?:\.|(?![a-z]))"
_WEEKDAY = r"(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?![a-z])"
_SEASON = r"(?:spring|summer|fall|autumn|winter)(?![a-z])"
_NUM = (
    r"(?:\d{1,3}+(?![\d,.])|a[ ]couple[ ]of|couple[ ]of|an?|one|two|three|four|five|six"
    r"|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen"
    r"|seventeen|eighteen|nineteen"
    r"|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"  # "forty-eight hours"
    r"(?:-(?:one|two|three|four|five|six|seven|eight|nine))?+"
    r"|hundred|several|a[ ]few|few|some|many)(?![a-z])"
)
_UNIT = r"(?:day|week|month|year|decade|centur(?:y|ie))"


def _month(name: str) -> str:
    return rf"(?P<{name}>(?:{_FULL_MONTH})(?![a-z])|{_ABBR_MONTH})"


def _day(name: str) -> str:
    return (
        rf"(?<![\d.,:/$])(?P<{name}>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?+(?!\d|[:.]\d)"
    )


def _year(name: str) -> str:
    return rf"(?<![\d.,:/$£€])(?<!\d-)(?P<{name}>1[5-9]\d\d|20\d\d)(?![\d]|,\d|\.\d)"


# The fragments and forms are written as regex text joined by ``+``, laid out
# to read as patterns, not as Python expressions.
# fmt: off
_ON = r"(?:(?P<on>on)" + _S + r")?"
_MOD = (
    r"(?:(?P<mod>early|mid|late|middle)(?:-|" + _S + r")(?:in" + _S + r")?"
    r"|(?P<mod>end|beginning|start|middle|close|turn)" + _S + r"of" + _S
    + r"(?:the" + _S + r")?)?"
)
_REL = r"(?:(?P<rel>last|this|next|past|coming|previous|current|following|latest)" + _S + r")"
_PART = r"(?:" + _S + r"(?P<part>morning|afternoon|evening|night))?"
_RANGE_SEP = r"(?:\s*+-\s*+|" + _S + r"(?:to|and|until|till|through|or)" + _S + r")"
_WD_PREFIX = r"(?:(?P<wd>" + _WEEKDAY + r"),?" + _S + r")?"
_LAST = r"(?:(?P<rel>last|this|next)" + _S + r")?"
_REL_YEAR = r"(?:,?" + _S + r"(?P<ryear>last|this|next)" + _S + r"year(?![a-z']))?"

#: The source of each form, in order of preference (see :func:`form_pattern`).
_SOURCES: Final = (
    r"""
    (?P<f_yquarter>                          # the 1988 third quarter, next year's first half
        (?:(?<![\d.,$])(?P<y>1[5-9]\d\d|20\d\d)(?:'s)?+
          |(?P<qrel>this|last|next)""" + _S + r"""year's
          |(?P<qago>year-(?:earlier|ago)))""" + _S + r"""(?:fiscal""" + _S + r""")?
        (?P<qord>first|second|third|fourth|1st|2nd|3rd|4th)(?:-|""" + _S + r""")(?:fiscal""" + _S + r""")?
        (?P<unit>quarter|half)(?![a-z])
    )
    """,
    r"""
    (?P<f_thequarter>                        # the quarter, the year-ago period (company results)
        (?:the""" + _S + r""")?(?P<tqago>year-(?:earlier|ago)|year""" + _S + r"""(?:earlier|ago))""" + _S + r"""
        (?:fiscal""" + _S + r""")?(?P<tqunit>quarter|period)(?![a-z-])
      | the""" + _S + r"""(?P<tqunit>quarter)(?![a-z-])
    )
    """,
    r"""
    (?P<f_iso>                               # 2016-01-10
        (?<![\d-])(?P<y>1[5-9]\d\d|20\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?![\d])
    )
    """,
    r"""
    (?P<f_numeric>                           # 10/01/2016, 2016/01/10: day first
        (?<![\d/.])(?:\d{1,2}[/.]\d{1,2}[/.](?:\d{4}|\d{2})|\d{4}/\d{1,2}/\d{1,2})(?![\d/]|\.\d)
    )
    """,
    r"""
    (?P<f_dayrange>                          # between 14 and 16 February, 3-4 May
        """ + _ON + r"""(?:the""" + _S + r"""night""" + _S + r"""of""" + _S + r""")?
        (?:(?P<rw>between|from)""" + _S + r""")?
        """ + _day("d") + _RANGE_SEP + r"""(?:the""" + _S + r""")?""" + _day("d2") + r"""
        (?:""" + _S + r"""of)?""" + _S + _month("mon") + r"""
        (?:,?""" + _S + _year("y") + r"""|""" + _S + r"""'?(?P<yy>\d\d)(?![\d]))?
    )
    """,
    r"""
    (?P<f_mdrange>                           # February 14-16, 2016
        """ + _ON + r"""(?:(?P<rw>between|from)""" + _S + r""")?
        """ + _month("mon") + _S + _day("d") + _RANGE_SEP + _day("d2") + r"""
        (?:,?""" + _S + _year("y") + r""")?
    )
    """,
    r"""
    (?P<f_dmy>                               # 21 March 2020, 10 JAN 90, the 3rd of May
        """ + _ON + _MOD + _WD_PREFIX + _LAST + _day("d") + r"""
        (?:""" + _S + r"""of)?""" + _S + _month("mon") + r"""
        (?:,?""" + _S + _year("y") + r"""|""" + _S + r"""'?(?P<yy>\d\d)(?![\d]))?
    )
    """,
    r"""
    (?P<f_mdy>                               # March 21, 2020; Dec. 26
        """ + _ON + _MOD + _WD_PREFIX + _LAST + _month("mon") + _S + _day("d") + r"""
        (?:,?""" + _S + _year("y") + r"""|""" + _REL_YEAR + r""")
    )
    """,
    r"""
    (?P<f_theday>                            # (on) the 9th, from the 5th to the 8th
        (?<=the\s)(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)
        (?:""" + _RANGE_SEP + r"""(?:the""" + _S + r""")?(?P<d2>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th))?  # to the 8th
        (?:""" + _S + r"""of""" + _S + r"""(?P<rel>last|this|next)""" + _S + r"""month(?![a-z])
          |(?=\s*+(?:[,.;:!?)]|$))(?!\s*+,\s*+\d++(?:st|nd|rd|th))  # not "the 9th, 10th and 11th floors"
          |(?=""" + _S + r"""(?:when|while|at|as|and|in|after|before|but|near)(?![a-z])
              (?!""" + _S + r"""(?:the""" + _S + r""")?\d)))             # not "the 9th and 10th"
    )
    """,
    r"""
    (?P<f_month>                             # late October, March 2015, last April
        """ + _MOD + _REL + r"""?""" + _month("mon") + r"""
        (?:(?:,?""" + _S + r"""|""" + _S + r"""of""" + _S + r""")""" + _year("y") + r"""|""" + _REL_YEAR + r""")
    )
    """,
    r"""
    (?P<f_weekend>                           # over the weekend
        (?<=(?:over|at|during|on|for|by|since)""" + _S + r""")the""" + _S + r"""weekend(?![a-z])
        (?!""" + _S + r"""of""" + _S + r""")   # "the weekend of 8-9 March": those days
    )
    """,
    r"""
    (?P<f_weekday>                           # on Sunday, last Friday, Friday night
        (?:overnight""" + _S + r"""(?:(?:on|into)""" + _S + r""")?+(?=""" + _WEEKDAY + r"""))?+  # overnight (on) Sunday
        """ + _ON + _MOD + _REL + r"""?(?P<wd>""" + _WEEKDAY + r""")""" + _PART + r"""
        (?:(?:""" + _S + r"""of)?""" + _S + r"""(?P<wrel>last|this|next)""" + _S + r"""week(?![a-z'-]))?  # Tuesday of last week
    )
    """,
    r"""
    (?P<f_beforelast>                        # the week before last, the night before last
        the""" + _S + r"""(?P<blunit>week(?:end)?|month|year|night)""" + _S + r"""before""" + _S + r"""last
        (?![a-z'-])(?!""" + _S + r"""(?:week|month|year|night|time)(?![a-z]))  # not "before last year's vote"
    )
    """,
    r"""
    (?P<f_deictic>                           # today, yesterday morning, last night
        """ + _MOD + r"""
        (?P<deic>today|yesterday|tomorrow|tonight
           |the""" + _S + r"""day""" + _S + r"""before""" + _S + r"""yesterday
           |the""" + _S + r"""day""" + _S + r"""after""" + _S + r"""tomorrow)(?![a-z])""" + _PART + r"""
      | (?P<deic>last""" + _S + r"""night|this""" + _S + r"""(?:morning|afternoon|evening)
           |overnight(?!""" + _S + r"""(?:(?:into|on)""" + _S + r""")?+(?:""" + _WEEKDAY + r""")))(?![a-z])
    )
    """,
    r"""
    (?P<f_offset>                            # two days ago, two months after
        (?P<num>""" + _NUM + r""")(?P<half>""" + _S + r"""and""" + _S + r"""a""" + _S + r"""half)?+  # two and a half years ago
        (?:""" + _S + r"""|-)(?P<unit>""" + _UNIT + r"""|hour|fortnight)s?+
        (?P<half>""" + _S + r"""and""" + _S + r"""a""" + _S + r"""half)?+""" + _S + r"""  # a year and a half ago
        (?P<dir>ago|earlier|later|before|after|from""" + _S + r"""now|previously|prior)(?![a-z])
    )
    """,
    r"""
    (?P<f_monthpart>                         # the first week of May, the second half of June
        (?P<pord>first|second|third|fourth|last|final)(?:-|""" + _S + r""")
        (?:
          (?:(?P<pn>\d{1,2}+|two|three|four|five|six|seven|eight|nine|ten|few)""" + _S + r""")?
          (?P<punit>weeks?+|half|fortnight|days)""" + _S + r"""of""" + _S + r"""
          (?:""" + _month("mon") + r"""(?:,?""" + _S + _year("y") + r""")?
            |(?P<rel>last|this|next|the)""" + _S + r"""month(?![a-z]))
        | (?P<mn>\d{1,2}+|two|three|four|five|six|seven|eight|nine|ten|eleven)""" + _S + r"""months
          """ + _S + r"""of""" + _S + r"""             # the first nine months of 2026, of last year
          (?:(?P<yrel>last|this|next|the)""" + _S + r"""year(?![a-z'])|""" + _year("my") + r""")
        )
    )
    """,
    r"""
    (?P<f_relper>                            # last week, earlier this month, early next year
        (?:(?:(?P<mod>earlier|later|early|late|mid|middle)(?:-|""" + _S + r""")(?:in""" + _S + r""")?)?
            """ + _REL + r"""
          |(?P<mod>end|beginning|start|middle)""" + _S + r"""of""" + _S + r"""
            (?:""" + _REL + r"""|(?P<rel>the)""" + _S + r""")    # the end of the month
          |(?P<mod>earlier|later)""" + _S + r"""in""" + _S + r"""(?P<rel>the)""" + _S + r"""  # earlier in the month
        )(?P<unit>week(?:end)?|month|year|decade|century|quarter|fortnight|""" + _SEASON + r"""
          |(?<=past[ ])day)                # over the past day (not "the last day" of talks)
        (?![a-z-])
    )
    """,
    r"""
    (?P<f_eventrel>                          # the next day, that day, days later, later in the day
        (?P<erel>next|following|previous|preceding|same|that)""" + _S + r"""
        (?P<unit>day|morning|afternoon|evening|night|week|weekend|month|year)(?![a-z-])
      | (?P<erel>day)""" + _S + r"""(?P<unit>before|after)(?!""" + _S + r"""(?:yesterday|tomorrow))(?![a-z])
      | (?P<unit>day|week|month|year|hour)s""" + _S + r"""(?P<erel>later|earlier|before|after)(?![a-z])
      | (?P<erel>later|earlier)""" + _S + r"""in""" + _S + r"""the""" + _S + r"""(?P<unit>day)(?![a-z-])
    )
    """,
    r"""
    (?P<f_nightbefore>                       # the night before, the morning after
        (?<=the\s)(?P<erel>night|morning|evening)""" + _S + r"""(?P<unit>before|after)(?![a-z])
        (?!""" + _S + r"""(?:last|night|morning|evening)(?![a-z]))  # not "night after night"
    )
    """,
    r"""
    (?P<f_duration>                          # two days, a 14-year insurgency
        (?:(?P<rel>past|last|next|coming|previous|first)""" + _S + r""")?
        (?P<num>""" + _NUM + r""")(?:""" + _S + r"""|-)(?P<unit>""" + _UNIT + r"""|hour|minute|fortnight)s?+
        (?!-old|""" + _S + r"""old|[a-z])
    )
    """,
    r"""
    (?P<f_decade>                            # the 1990s, the early '90s
        """ + _MOD + r"""(?<![\d])(?:(?P<dec>1[5-9]\d0|20\d0)'?s|'(?P<dec2>\d0)'?s)(?![a-z\d])
    )
    """,
    r"""
    (?P<f_century>                           # the 20th century
        """ + _MOD + r"""(?P<cent>1\d|20|21|2)(?:st|nd|rd|th)""" + _S + r"""century(?![a-z])
    )
    """,
    r"""
    (?P<f_season>                            # this winter, spring 2015, the winter of 2015
        """ + _MOD + _REL + r"""?(?P<season>""" + _SEASON + r""")
        (?:(?:""" + _S + r"""of)?""" + _S + _year("y") + r""")?
    )
    """,
    r"""
    (?P<f_quarter>                           # the third quarter of 2015, Q3 2015
        """ + _MOD + r"""(?P<qord>first|second|third|fourth|1st|2nd|3rd|4th|last)(?:-|""" + _S + r""")(?:fiscal""" + _S + r""")?
        (?P<unit>quarter|half)(?![a-z])
        (?:(?:""" + _S + r"""of|,)?""" + _S + r"""(?:fiscal""" + _S + r""")?""" + _year("y") + r""")?
      | (?<![a-z])q(?P<qn>[1-4])(?:""" + _S + _year("y") + r"""|(?![a-z0-9_-]))   # Q3 2015; Q3 alone
    )
    """,
    r"""
    (?P<f_year>                              # 2001, mid-2014, end of 2014, 2014-2016
        """ + _MOD + r"""(?P<fiscal>fiscal""" + _S + r""")?""" + _year("y") + r"""
        (?:\s*+(?:-|to|through)\s*+(?P<y2>1[5-9]\d\d|20\d\d|\d\d)(?![\d]))?
    )
    """,
    r"""
    (?P<f_ref>                               # now, recently, the past, the future
        (?<![a-z'-])(?P<ref>now|currently|recently|nowadays
          |at""" + _S + r"""present|these""" + _S + r"""days
          |the""" + _S + r"""future
          |the""" + _S + r"""past(?!""" + _S + r"""(?:""" + _NUM + _S + r""")?(?:""" + _UNIT + r"""|hour|weekend|quarter|fortnight))
          |in""" + _S + r"""recent""" + _S + r"""(?:days|weeks|months|years)
          |(?<=the\s)coming""" + _S + r"""(?:days|weeks|months|years))(?![a-z'-])  # the coming weeks
    )
    """,
    r"""
    (?P<f_holiday>                           # Christmas Day, New Year's Eve
        (?P<hol>christmas(?:""" + _S + r"""(?:day|eve))?|new""" + _S + r"""year's""" + _S + r"""(?:day|eve)
          |easter(?:""" + _S + r"""(?:sunday|monday|day|week))?
          |palm""" + _S + r"""sunday|good""" + _S + r"""friday
          |ramadan|eid(?:-|""" + _S + r""")(?:al|ul|el)(?:-|""" + _S + r""")(?:fitr|adha))(?![a-z])
        (?!""" + _S + r"""(?:island|agreement|accords?)(?![a-z]))  # a place, a treaty
        (?:""" + _S + _year("y") + r""")?         # Christmas Day 2023
    )
    """,
)

# fmt: on

#: The names of the forms (``f_<form>``), in order of preference.
FORMS: Final = tuple(regex.findall(r"\(\?P<(f_\w++)>", "".join(_SOURCES)))

#: Groups a form's handler reads that the form itself lacks: the compiled
#: form defines them (always ``None``) in a branch that never matches.  Only
#: these few, as every group makes each match dearer.
EXTRA_GROUPS: Final = {
    "f_dayrange": ("rel", "ryear"),
    "f_mdrange": ("rel", "ryear", "yy"),
    "f_dmy": ("ryear",),
    "f_mdy": ("yy",),
}

# -- the word a form can start with ------------------------------------------
# A form is only tried where the word under the position (a run of ASCII
# letters and digits of the folded text) is one it can start with; "#"
# stands for every word that starts with a digit.  A set may say more than
# the form needs (it then fails to match), never less.

_W_ON = {"on"}
_W_MOD = {"early", "mid", "late", "middle", "end", "beginning", "start", "close", "turn"}
_W_REL = {"last", "this", "next", "past", "coming", "previous", "current", "following", "latest"}  # fmt: skip
_W_LAST = {"last", "this", "next"}
_W_WEEKDAY = set(WEEKDAYS)
_W_MONTH = set(_FULL_MONTH.split("|")) | {"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sept", "sep", "oct", "nov", "dec"}  # fmt: skip
_W_NUM = {
    "#", "a", "an", "couple", "one", "two", "three", "four", "five", "six", "seven",
    "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen",
    "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty",
    "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "several", "few", "some",
    "many",
}  # fmt: skip

_FIRST_WORDS: Final[dict[str, set[str]]] = {
    "f_yquarter": {"#", "this", "last", "next", "year"},
    "f_thequarter": {"the", "year"},
    "f_iso": {"#"},
    "f_numeric": {"#"},
    "f_dayrange": _W_ON | {"the", "between", "from", "#"},
    "f_mdrange": _W_ON | {"between", "from"} | _W_MONTH,
    "f_dmy": _W_ON | _W_MOD | _W_WEEKDAY | _W_LAST | {"#"},
    "f_mdy": _W_ON | _W_MOD | _W_WEEKDAY | _W_LAST | _W_MONTH,
    "f_theday": {"#"},
    "f_month": _W_MOD | _W_REL | _W_MONTH,
    "f_weekend": {"the"},
    "f_weekday": _W_ON | _W_MOD | _W_REL | _W_WEEKDAY | {"overnight"},
    "f_beforelast": {"the"},
    "f_deictic": _W_MOD | {"today", "yesterday", "tomorrow", "tonight", "the", "last", "this",
                           "overnight"},
    "f_offset": _W_NUM,
    "f_monthpart": {"first", "second", "third", "fourth", "last", "final"},
    "f_relper": _W_MOD | _W_REL | {"earlier", "later"},
    "f_eventrel": {"next", "following", "previous", "preceding", "same", "that", "day", "days",
                   "weeks", "months", "years", "hours", "later", "earlier"},
    "f_nightbefore": {"night", "morning", "evening"},
    "f_duration": _W_NUM | {"past", "last", "next", "coming", "previous", "first"},
    "f_decade": _W_MOD | {"#"},
    "f_century": _W_MOD | {"#"},
    "f_season": _W_MOD | _W_REL | set(SEASONS),
    "f_quarter": _W_MOD | {"first", "second", "third", "fourth", "last", "#", "q1", "q2", "q3", "q4"},
    "f_year": _W_MOD | {"fiscal", "#"},
    "f_ref": {"now", "currently", "recently", "nowadays", "at", "these", "the", "in", "coming"},
    "f_holiday": {"christmas", "new", "easter", "palm", "good", "ramadan", "eid"},
}  # fmt: skip


#: In ASCII text, the shapes of a word starting with a digit each form can
#: start with: "#2" one or two digits ("21"), "#3" three, "#4" four ("2016"),
#: "#5" more, "#a" digits and then letters ("21st", "1990s").  (A non-ASCII
#: digit may extend a number where the words end, so text that is not ASCII
#: tries every form that starts with a digit.)
_DIGIT_SHAPES: Final[dict[str, set[str]]] = {
    "f_yquarter": {"#4"},
    "f_iso": {"#4"},
    "f_numeric": {"#2", "#4"},
    "f_dayrange": {"#2", "#a"},
    "f_dmy": {"#2", "#a"},
    "f_theday": {"#a"},
    "f_offset": {"#2", "#3"},
    "f_duration": {"#2", "#3"},
    "f_decade": {"#4", "#a"},
    "f_century": {"#a"},
    "f_quarter": {"#a"},
    "f_year": {"#4", "#a"},
}


#: In ASCII text, what may follow a word starting with a digit for each
#: form to match there: " " stands for white space.  Forms not listed (and
#: a decade written "1990s") take anything.
_NEXT_CHARS: Final = {
    "f_numeric": "/.",
    "f_iso": "-",
    "f_yquarter": "' ",
    "f_dayrange": "- ",
    "f_dmy": " ",
    "f_theday": " .x-",
    "f_offset": "- ",
    "f_duration": "- ",
    "f_century": " ",
    "f_quarter": "- ",
}


def next_char_class(char: str) -> str:
    """
    The class of the character after a word, as :data:`_NEXT_CHARS` uses it:
    white space is ``" "``, ``/ . - '`` stand for themselves, anything else
    (the end of the text included) is ``"x"``.

    >>> next_char_class(" "), next_char_class("/"), next_char_class(",")
    (' ', '/', 'x')
    """
    if char.isspace():
        return " "
    return char if char and char in "/.-'" else "x"


def digit_shape(word: str) -> str:
    """
    The shape of a word that starts with a digit (see :data:`_DIGIT_SHAPES`).

    >>> digit_shape("2016"), digit_shape("21st"), digit_shape("3")
    ('#4', '#a', '#2')
    """
    if not word.isdigit():
        return "#a"
    return "#2" if len(word) <= 2 else f"#{min(len(word), 5)}"


#: What VERBOSE mode ignores in a pattern: white space and comments outside
#: character classes (escapes and classes are kept as written).
_IGNORED: Final = regex.compile(
    r"""
    ( \\.                                  # an escape ("\s", "\ "): kept
    | \[\^?\]?(?:\\.|[^\]\\])*+\]         # a character class ("[ ]", "[^\]]"): kept
    )
    | \#[^\n]*+                             # a comment
    | \s++                                  # white space
    """,
    regex.VERBOSE,
)


#: What :func:`compact` does not read right, so leaves alone: a named
#: character (``\N{NO-BREAK SPACE}``, whose name holds spaces), an inline
#: flag group that sets or clears VERBOSE (``(?x``, ``(?-x:``), or a POSIX
#: class (``[[:alpha:]]``, whose inner ``]`` ends a class early for it).
_NOT_COMPACTABLE: Final = regex.compile(r"\\N\{|\(\?[a-zA-Z-]*x|\[\[:")


def compact(source: str) -> str:
    r"""
    *source*, a pattern written for VERBOSE mode, without what that mode
    ignores: the same pattern, compiled without the flag about twice as
    fast (``regex`` parses patterns in Python, character by character).
    A pattern holding ``\N{``, an inline ``(?x`` flag or a POSIX class
    ``[[:`` is returned unchanged (compile it VERBOSE: :func:`compile_form`).

    >>> print(compact(r"(?P<day>\d{1,2}+)   # the day" + "\n" + r"  [ ]of\ x"))
    (?P<day>\d{1,2}+)[ ]of\ x
    >>> print(compact(r"on\N{NO-BREAK SPACE}  \d+  # a day"))
    on\N{NO-BREAK SPACE}  \d+  # a day
    """
    if _NOT_COMPACTABLE.search(source):
        return source
    return _IGNORED.sub(r"\1", source)


def compile_form(source: str) -> regex.Pattern[str]:
    r"""
    *source*, a pattern written for VERBOSE mode, compiled: without the
    flag when :func:`compact` can strip what it ignores, else VERBOSE.

    >>> compile_form(r"(?P<d>\d++) \s may  # a day of May").match("3 may")[0]
    '3 may'
    >>> compile_form(r"[[:digit:]]++ \s may").flags & regex.VERBOSE != 0
    True
    """
    if _NOT_COMPACTABLE.search(source):
        return regex.compile(source, regex.VERBOSE)
    return regex.compile(compact(source))


def _forms_source(forms: tuple[str, ...]) -> str:
    """
    The VERBOSE source of :func:`forms_pattern` of *forms*: the forms in
    order, then the :data:`EXTRA_GROUPS` of all (of one form, in its order).

    >>> _forms_source(("f_dmy",)).endswith("|(?!)(?P<ryear>)")
    True
    """
    if len(forms) == 1:
        source = _SOURCES[FORMS.index(forms[0])]
        extra: Iterable[str] = EXTRA_GROUPS.get(forms[0], ())
    else:
        source = "|".join(_SOURCES[FORMS.index(form)] for form in forms)
        extra = sorted({g for form in forms for g in EXTRA_GROUPS.get(form, ())})
    tail = "".join(f"(?P<{g}>)" for g in extra)
    return f"{source}|(?!){tail}" if tail else source


@functools.cache
def form_pattern(form: str) -> regex.Pattern[str]:
    """
    The compiled pattern of one form, compiled on first use (a story
    needs only some of them), with the :data:`EXTRA_GROUPS` of the form.

    >>> form_pattern("f_iso").match("2016-01-10").group("y")
    '2016'
    """
    return compile_form(_forms_source((form,)))


@functools.cache
def forms_pattern(forms: tuple[str, ...]) -> regex.Pattern[str]:
    """
    One compiled pattern trying *forms* in order (an ordered alternation,
    so a match is the one the first form that matches would give alone;
    only that form's group is set), with the :data:`EXTRA_GROUPS` of all.

    >>> m = forms_pattern(("f_dayrange", "f_dmy")).match("3 may 2015")
    >>> m.start("f_dayrange"), m.group("f_dmy", "y")
    (-1, ('3 may 2015', '2015'))
    """
    if len(forms) == 1:
        return form_pattern(forms[0])
    return compile_form(_forms_source(forms))


#: White space as ``regex`` reads ``\s`` in ASCII text, for a class (``re``
#: also reads the separators U+001C-U+001F as white space).
_ASCII_SPACE: Final = "\\t\\n\\v\\f\\r "


@functools.cache
def ascii_twin(
    forms: tuple[str, ...],
) -> tuple[re.Pattern[str], dict[str, int | tuple[int, ...]]] | None:
    r"""
    :func:`forms_pattern` of *forms* for ASCII text, compiled by ``re``,
    whose matches cost a fraction of ``regex``'s: the same matches and
    groups in any text of ASCII characters.  ``\s`` and ``\d`` are written
    out as ``regex`` reads them there, and a name given to more than one
    group (which ``regex`` makes one group) names each copy apart; with the
    pattern comes the number of each group by name, a tuple of numbers for
    such a name, in the order of the pattern.  ``None`` where ``re`` cannot
    read the pattern (a lookbehind of varying width, as in ``f_weekend``);
    on Python 3.10, whose ``re`` reads no possessive quantifiers, ``regex``
    compiles the twin (:func:`~conflictparse._text.compile_re`).

    >>> twin, index = ascii_twin(("f_dmy",))
    >>> m = twin.match("3 may 2015")
    >>> m.group(index["d"], index["mon"], index["y"]), index["mod"]
    (('3', 'may', '2015'), (3, 4))
    """
    # the text forms_pattern(forms).pattern would hold, without compiling it:
    # regex parses in Python, several times slower than re, and ASCII text
    # never needs that pattern
    source = compact(_forms_source(forms))
    out: list[str] = []
    names: Counter[str] = Counter()
    i, in_class = 0, False
    while i < len(source):
        char = source[i]
        if char == "\\":
            escape = source[i : i + 2]
            if escape == "\\s":
                out.append(_ASCII_SPACE if in_class else f"[{_ASCII_SPACE}]")
            elif escape == "\\d":
                out.append("0-9" if in_class else "[0-9]")
            elif escape == "\\.":
                out.append(escape)
            else:
                return None  # an escape read differently, perhaps: not translated
            i += 2
        elif in_class:
            in_class = char != "]"
            out.append(char)
            i += 1
        elif char == "[":
            in_class = True
            head = source[i : i + 3]
            # a "]" right after the opening bracket (or its "^") is a member
            skip = 3 if head == "[^]" else (2 if head in ("[]", "[^") else 1)
            out.append(source[i : i + skip])
            i += skip
        elif source.startswith("(?P<", i):
            close = source.index(">", i)
            name = source[i + 4 : close]
            names[name] += 1
            out.append(
                f"(?P<{name}>" if names[name] == 1 else f"(?P<{name}__{names[name]}>"
            )
            i = close + 1
        elif source.startswith("(?P=", i):
            return None  # a back reference to a renamed group: not translated
        else:
            out.append(char)
            i += 1
    try:
        twin = compile_re("".join(out))
    except (re.error, regex.error):
        return None
    index: dict[str, int | tuple[int, ...]] = {
        name: (
            twin.groupindex[name]
            if count == 1
            else (
                twin.groupindex[name],
                *(twin.groupindex[f"{name}__{k}"] for k in range(2, count + 1)),
            )
        )
        for name, count in names.items()
    }
    return twin, index


@functools.cache
def forms_starting_with(word: str, after: str = "") -> tuple[str, ...]:
    """
    The forms that can start with *word* (a word of folded text; ``"#"``
    for any word starting with a digit, or its :func:`digit_shape` in ASCII
    text, where *after* may give the :func:`next_char_class` of the
    character after it), in order of preference.

    >>> forms_starting_with("christmas")
    ('f_holiday',)
    """
    if word[:1] == "#" and len(word) > 1:
        shaped = [f for f in FORMS if word in _DIGIT_SHAPES.get(f, ())]
        if not after:
            return tuple(shaped)
        return tuple(
            f for f in shaped
            if (after in _NEXT_CHARS.get(f, after))
            and not (f == "f_decade" and word == "#4" and after != "'")  # 1990's
        )  # fmt: skip
    return tuple(f for f in FORMS if word in _FIRST_WORDS[f])


# -- the word after a costly first word ---------------------------------------
# A few first words start many forms ("on" five, "last" ten), most of which
# cannot match where the word after it is a number, a month or a weekday:
# there only the forms that word can come second in are tried.  A word is
# written as its leading ASCII letters ("may" for "may2015": every word a
# form reads is followed by no letter), "#" for every word starting with a
# digit.  Each set holds the words that can follow, in that form, a first
# word of :data:`SECOND_KEYED`; it may say more than the form needs, never
# less.

_W_UNIT = {
    f"{u}{s}" for u in ("day", "week", "month", "year", "decade", "century", "centurie",
                        "hour", "minute", "fortnight") for s in ("", "s")
}  # fmt: skip
_W_DIGITS = {"one", "two", "three", "four", "five", "six", "seven", "eight", "nine"}
_W_AFTER_MOD = {"in", "of"}  # "early in", "end of"
_W_QORD = {"first", "second", "third", "fourth", "last", "#"}

_SECOND_WORDS: Final[dict[str, frozenset[str]]] = {
    form: frozenset(words)
    for form, words in {
        "f_yquarter": {"year", "earlier", "ago"},
        "f_thequarter": {"year", "quarter", "earlier", "ago"},
        "f_iso": set(),
        "f_numeric": set(),
        "f_dayrange": {"the", "night", "between", "from", "#"},
        "f_mdrange": {"between", "from"} | _W_MONTH,
        "f_dmy": _W_AFTER_MOD | _W_MOD | _W_WEEKDAY | _W_LAST | {"#"},
        "f_mdy": _W_AFTER_MOD | _W_MOD | _W_WEEKDAY | _W_LAST | _W_MONTH,
        "f_theday": set(),
        "f_month": _W_AFTER_MOD | _W_REL | _W_MONTH,
        "f_weekend": {"weekend"},
        "f_weekday": _W_AFTER_MOD | _W_MOD | _W_REL | _W_WEEKDAY,
        "f_beforelast": {"week", "weekend", "month", "year", "night"},
        "f_deictic": _W_AFTER_MOD | {"today", "yesterday", "tomorrow", "tonight", "the", "day",
                                     "night", "morning", "afternoon", "evening", "overnight"},
        "f_offset": _W_UNIT | _W_DIGITS | {"couple", "of", "few", "and"},
        "f_monthpart": {"week", "weeks", "half", "fortnight", "days", "few", "#"} | _W_DIGITS
                       | {"ten", "eleven"},
        "f_relper": _W_AFTER_MOD | _W_REL | set(SEASONS)
                    | {"week", "weekend", "month", "year", "decade", "century", "quarter",
                       "fortnight", "day"},
        "f_eventrel": {"day", "morning", "afternoon", "evening", "night", "week", "weekend",
                       "month", "year", "before", "after", "later", "earlier"},
        "f_nightbefore": {"before", "after"},
        "f_duration": _W_NUM | _W_UNIT | _W_DIGITS | {"couple", "of", "few"},
        "f_decade": _W_AFTER_MOD | {"#"},
        "f_century": _W_AFTER_MOD | {"#"},
        "f_season": _W_AFTER_MOD | _W_REL | set(SEASONS),
        "f_quarter": _W_AFTER_MOD | _W_QORD | {"fiscal", "quarter", "half"},
        "f_year": _W_AFTER_MOD | {"fiscal", "#"},
        "f_ref": {"present", "days", "future", "past", "recent"},
        "f_holiday": {"day", "eve", "year", "sunday", "monday", "friday"},
    }.items()
}  # fmt: skip

#: In ASCII text, the words that can follow a first word starting with a
#: digit in each form ("3" + "may", "14" + "and", "2016" + "s" of "2016's");
#: ``"*"``: any word, as the form may end inside the first ("1990s", "2016").
_SECOND_AFTER_DIGIT: Final[dict[str, frozenset[str]]] = {
    form: frozenset(words)
    for form, words in {
        "f_yquarter": {"s", "fiscal", "first", "second", "third", "fourth", "#"},
        "f_iso": {"#"},
        "f_numeric": {"#"},
        "f_dayrange": {"#", "to", "and", "until", "till", "through", "or", "the"},  # "3-the 5"
        "f_dmy": {"of"} | _W_MONTH,
        "f_theday": {"*"},  # any word after a stop ("on the 9th, killing")
        "f_offset": _W_UNIT,
        "f_duration": _W_UNIT,
        "f_decade": {"*"},
        "f_century": {"century"},
        "f_quarter": {"fiscal", "quarter", "half"},
        "f_year": {"*"},
    }.items()
}  # fmt: skip

#: The first words whose forms are chosen by the word after them too (and,
#: in ASCII text, every word starting with a digit).
SECOND_KEYED: Final = frozenset(
    {"on", "the", "this", "last", "next", "past", "early", "mid", "late", "end", "a", "an",
     "day", "days", "weeks", "months", "years", "year"}
)  # fmt: skip

#: Every word some form can take second (any other is ``"-"`` to
#: :func:`forms_before`).
SECOND_WORDS: Final = frozenset().union(
    *_SECOND_WORDS.values(), *_SECOND_AFTER_DIGIT.values()
)


@functools.cache
def forms_before(word: str, second: str, after: str = "") -> tuple[str, ...]:
    """
    The forms that can start with *word* (one of :data:`SECOND_KEYED`, or
    the :func:`digit_shape` of a word of ASCII text with the
    :func:`next_char_class` *after* it) when the word after it is *second*
    (its leading ASCII letters, ``"#"`` when it starts with a digit, ``"-"``
    when no form takes it second), in order of preference: those of
    :func:`forms_starting_with` that can take *second* as their second word.

    >>> forms_before("on", "#")
    ('f_dayrange', 'f_dmy')
    >>> forms_before("on", "friday")
    ('f_dmy', 'f_mdy', 'f_weekday')
    >>> forms_before("#2", "may", " "), forms_before("#2", "rebels", " ")
    (('f_dmy',), ())
    """
    table = _SECOND_AFTER_DIGIT if word[:1] == "#" else _SECOND_WORDS
    return tuple(
        f
        for f in forms_starting_with(word, after)
        if second in table[f] or "*" in table[f]
    )


# -- the word after a weekday or a month ----------------------------------------
# Matched from a weekday or a month (or from "on" before one), a few forms
# need a given word right after that weekday or month: a day or a month
# after the weekday ("on Tuesday, 3 May", "Friday, May 3"; "last", "this"
# or "next" may come between), a day after the month ("April 3", "April
# 3-5").  Between the two their patterns allow only a comma and white
# space, and the word after starts where the day, the month or "last"
# does; where that word is none of these, such a form cannot match, and
# the others are tried without it (the same match: the alternation takes
# the first form that matches).  Keyed by the kind of the word, "weekday"
# or "month"; the next word is written as :func:`forms_given_next` reads it.

_NEXT_WORDS: Final[dict[str, dict[str, frozenset[str]]]] = {
    "weekday": {
        "f_dmy": frozenset({"#"} | _W_LAST),
        "f_mdy": frozenset({"month"} | _W_MONTH | _W_LAST),
    },
    "month": {"f_mdrange": frozenset({"#"}), "f_mdy": frozenset({"#"})},
}

#: The month names and abbreviations, as a word of folded text has them.
MONTH_WORDS: Final = frozenset(_W_MONTH)


@functools.cache
def forms_given_next(forms: tuple[str, ...], kind: str, nxt: str) -> tuple[str, ...]:
    """
    *forms* (tried from a weekday or a month, *kind* ``"weekday"`` or
    ``"month"``, or from "on" before one) without those that cannot match
    where the word after that weekday or month is *nxt*: ``"#"`` when it
    starts with a digit, ``"month"`` for a month, the word itself for
    "last", "this" or "next", else ``"-"``.

    >>> forms_given_next(("f_dmy", "f_mdy", "f_weekday"), "weekday", "-")
    ('f_weekday',)
    >>> forms_given_next(("f_dmy", "f_mdy", "f_weekday"), "weekday", "month")
    ('f_mdy', 'f_weekday')
    >>> forms_given_next(("f_mdrange", "f_mdy", "f_month"), "month", "#")
    ('f_mdrange', 'f_mdy', 'f_month')
    """
    need = _NEXT_WORDS[kind]
    return tuple(f for f in forms if f not in need or nxt in need[f])


#: Words (and all digits) without which no temporal expression exists.
#: The parser only tries the forms near these, which keeps it fast.
ANCHORS: Final = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today", "yesterday", "tomorrow", "tonight", "overnight", "night", "morning", "afternoon", "evening", "day", "days", "week", "weeks", "weekend", "month", "months", "year", "years", "decade", "decades", "century", "centuries", "hour", "hours", "minute", "minutes", "fortnight", "fortnights", "quarter", "half", "spring", "summer", "fall", "autumn", "winter", "now", "currently", "recently", "nowadays", "previously", "formerly", "soon", "present", "future", "past", "recent", "christmas", "easter", "ramadan", "eid", "q1", "q2", "q3", "q4"]
)  # fmt: skip

#: Words that may stand before an anchor inside the same expression
#: ("between 14 and 16 February", "the end of 2014", "two days").
PREFIXES: Final = frozenset(
    ["on", "the", "night", "of", "between", "year", "period", "from", "early", "mid", "middle", "late", "end", "beginning", "start", "close", "turn", "last", "this", "next", "past", "coming", "previous", "current", "following", "earlier", "later", "and", "to", "until", "till", "through", "or", "in", "fiscal", "first", "second", "third", "fourth", "final", "fortnight", "st", "nd", "rd", "th", "q", "same", "that", "preceding", "at", "these", "new", "palm", "good", "a", "an", "couple", "few", "several", "some", "many", "one", "two", "latest", "q1", "q2", "q3", "q4", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)  # fmt: skip

#: Words near which a one- or two-digit number may be part of a date.
NUMBER_CONTEXT: Final = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec", "day", "days", "week", "weeks", "month", "months", "year", "years", "decade", "decades", "century", "hour", "hours", "minute", "minutes", "ago", "s", "st", "nd", "rd", "th", "q", "quarter", "half"]
)  # fmt: skip

# The helper patterns below serve fewer than a fifth of stories each: they
# are compiled on first use (:func:`lazy`), then bound to their names.

#: Word tokens of folded text.
TOKEN: regex.Pattern[str] = lazy(globals(), "TOKEN", r"[a-z]++|\d++")


#: Words shortly before a date that put it in the future.
FUTURE_CUE: regex.Pattern[str] = lazy(
    globals(),
    "FUTURE_CUE",
    r"""
    (?<![a-z])
    (?=[wsgiapeduhtnlrb'])             # the first letters below: most places fail here, fast
    (?:will|'ll|shall|would|going\s++to|(?:is|are|was|were)\s++(?:due\s++)?to
      |(?<!(?:the|a|an|its|their|his|her|our|this|that)\s)plans?  # a verb, not "the plan"
      |planned|planning|scheduled|schedule|slated|expected|expects?
      |due(?!\s++to\s++(?:the|a|an|its|his|her|their|our|this|that|these|those)\s)  # not "due to the storm" (because of)
      |set\s++(?:to|for)|preparing|prepares?|upcoming|intends?|hopes?\s++to|aims?\s++to
      |agreed\s++to|to\s++be\s++held|as\s++(?:soon|early)\s++as|tomorrow|next
      |payable|(?<!(?:became|become|was|were|been)\s)effective|supposed\s++to|deadline
      |expires?|lapses?|runs\s++out|takes\s++effect|ends|begins|starts|resumes  # "the ultimatum
                                       # expires Friday": a present of what is set to happen
      |(?:extend|postpon|delay|adjourn|defer)[a-z]*+(?:\s++[^\s.]++){0,6}?\s++(?:to|until|till|through)
        (?=(?:\s++[^\s]++){0,3}?\s*+\Z)   # a deadline moved to the date itself
      )(?![a-z])
    """,
    regex.VERBOSE,
)


def _not_after(words: str) -> str:
    r"""
    ``(?<!(?:w1|w2 ...)\s)`` for ``re``, which takes lookbehinds of one
    width only: one lookbehind per word, none of which may match.

    >>> _not_after("a an")
    '(?<!a[\\t\\n\\v\\f\\r ])(?<!an[\\t\\n\\v\\f\\r ])'
    """
    return "".join(f"(?<!{w}[{_ASCII_SPACE}])" for w in words.split())


_SP: Final = f"[{_ASCII_SPACE}]"  # \s as regex reads it in ASCII text
_NOT_SP: Final = f"[^{_ASCII_SPACE}]"

#: :data:`FUTURE_CUE` for ASCII text, compiled by ``re`` (whose searches
#: cost about a third of ``regex``'s there): the same matches, with its
#: lookbehinds of several widths written as one lookbehind per word and
#: ``\s`` written out as :func:`ascii_twin` does.
FUTURE_CUE_ASCII: re.Pattern[str] = lazy_re(
    globals(),
    "FUTURE_CUE_ASCII",
    rf"""(?<![a-z])(?=[wsgiapeduhtnlrb'])
    (?:will|'ll|shall|would|going{_SP}++to|(?:is|are|was|were){_SP}++(?:due{_SP}++)?to
      |{_not_after("the a an its their his her our this that")}plans?
      |planned|planning|scheduled|schedule|slated|expected|expects?
      |due(?!{_SP}++to{_SP}++(?:the|a|an|its|his|her|their|our|this|that|these|those){_SP})
      |set{_SP}++(?:to|for)|preparing|prepares?|upcoming|intends?|hopes?{_SP}++to|aims?{_SP}++to
      |agreed{_SP}++to|to{_SP}++be{_SP}++held|as{_SP}++(?:soon|early){_SP}++as|tomorrow|next
      |payable|{_not_after("became become was were been")}effective|supposed{_SP}++to|deadline
      |expires?|lapses?|runs{_SP}++out|takes{_SP}++effect|ends|begins|starts|resumes
      |(?:extend|postpon|delay|adjourn|defer)[a-z]*+(?:{_SP}++[^{_ASCII_SPACE}.]++){{0,6}}?
        {_SP}++(?:to|until|till|through)(?=(?:{_SP}++{_NOT_SP}++){{0,3}}?{_SP}*+\Z)
      )(?![a-z])""",
    re.VERBOSE,
)


#: Reporting verbs: a date right after one is the (past) report date.
PAST_CUE: regex.Pattern[str] = lazy(
    globals(),
    "PAST_CUE",
    r"(?<![a-z])(?:said|says|told|announced|reported|added|stated|confirmed|claimed|ago)(?![a-z])",
)

#: Past tense before a date: auxiliaries, reporting verbs and -ed forms
#: (whole words; looked up word by word, which is faster than a pattern).
PAST_WORDS: Final = frozenset(
    ["was", "were", "had", "did", "began", "came", "went", "took", "made", "fell", "rose", "met", "left", "held", "fought", "won", "lost", "saw", "found", "gave", "led", "broke", "struck", "shot", "hit", "brought", "sent", "built", "bought", "sold", "paid", "fled", "ran", "ago", "since", "last", "killed", "attacked", "captured", "launched", "seized", "arrested", "kidnapped", "ambushed", "exploded", "wounded", "detonated", "occurred", "happened", "stormed", "clashed", "shelled", "bombed", "died", "ended", "started", "signed", "resigned", "elected", "released", "retook", "recaptured", "overran", "defeated", "crashed", "collapsed", "erupted"]
)  # fmt: skip


#: Any other -ed form; a past-tense cue only a few words before a date
#: ("announced Wednesday", "closed the border in December"): further away
#: it is as often an adjective or a clause of its own.
PAST_ED: regex.Pattern[str] = lazy(
    globals(),
    "PAST_ED",
    r"""
    (?<![a-z])
    [a-z]++(?<=[a-z]{2}[a-df-z]ed)(?<!hundred|united|preferred|armed|based)(?![a-z])
    (?<!(?:(?<![a-z])(?:a|an|the|its|their|his|her|our|my|your)\s++(?:[a-z]++ly\s++|still\s++)?)[a-z]++)
                                       # "a (still) unspecified date": an adjective
    """,
    regex.VERBOSE,
)

#: A word before a bare four-digit number that makes it a year.
YEAR_BEFORE_ACCEPT: regex.Pattern[str] = lazy(
    globals(),
    "YEAR_BEFORE_ACCEPT",
    r"""(?:(?<![a-z])(?:in|since|by|of|until|till|before|after|from|during|to|through
        |year|years|early|late|mid|end|fiscal|and|or|between|around|circa|c\.|spring|summer
        |autumn|fall|winter|the)|[(,'-])\s*+\Z""",
    regex.VERBOSE,
)

#: A word before a four-digit number that makes it a count or a code.
YEAR_BEFORE_REJECT: regex.Pattern[str] = lazy(
    globals(),
    "YEAR_BEFORE_REJECT",
    r"""(?:(?<![a-z])(?:about|some|nearly|almost|over|than|least|most|up\s++to|around
        |approximately|resolution|no\.|number|flight|route|highway|article|code|model
        |room|page|pages|box|tel|phone|ak|m|mig|su|t|f)|[$£€#]|[a-z]-)\s*+\Z""",
    regex.VERBOSE,
)

#: A word after a four-digit number that makes it a count, not a year.
YEAR_AFTER_REJECT: regex.Pattern[str] = lazy(
    globals(),
    "YEAR_AFTER_REJECT",
    r"""\A(?:\s*+(?:%|percent|per\s++cent|km|kilomet|miles?|met(?:er|re)s?|feet|ft|tons?
        |tonnes?|kg|hours|hrs|gmt|utc|local\s++time|am|pm|a\.m|p\.m|dollars|euros|pounds
        |troops|soldiers|people|persons|civilians|men|women|children|fighters|militants
        |rebels|police|policemen|refugees|families|homes|houses|members|workers
        |prisoners|detainees|cases|deaths|dead|killed|wounded|injured|rounds|rockets
        |shells|kilometres|kilometers|votes|residents|students|villagers|vehicles
        |insurgents|guerrillas|combatants|others|bodies|corpses|victims|more
        |of\s++(?:the|them|whom)|to\s++\d)
        (?![a-z])|\d)""",
    regex.VERBOSE,
)

#: What may stand between two dates joined into one range.
RANGE_JOIN: regex.Pattern[str] = lazy(
    globals(), "RANGE_JOIN", r"\A\s*+(?:-|to|and|until|till|through|or|into)\s*+\Z"
)

#: "from", "between" or "overnight" right before the first date of a range.
RANGE_OPEN: regex.Pattern[str] = lazy(
    globals(), "RANGE_OPEN", r"(?<![a-z])(?P<w>from|between|overnight)\s++\Z"
)
