"""
Regression tables for the default dates parser.

Expected values are worked out by hand from the publication date given
with each row; Sunday 10 January 2016 is the default (the seed's date).
"""

from __future__ import annotations

import datetime as dt
import json
import pickle
from pathlib import Path

import pytest
import regex

from conflictparse import Document
from conflictparse.context import Context
from conflictparse.errors import ConflictParseError, UnparseableError
from conflictparse.parsers.dates import (
    DateParser,
    _parser,
    _patterns,
    acled_time_precision,
    parse_date,
    ucdp_date_prec,
)
from conflictparse.results import DateMention

SHARED = Path(__file__).resolve().parent.parent.parent / "shared"
SUNDAY = dt.date(2016, 1, 10)
D = dt.date


def dates(text: str, published: dt.date | None = SUNDAY) -> tuple[DateMention, ...]:
    """Run the parser on *text* as a story published on *published*."""
    return DateParser()(Document(text=text, context=Context(published=published)))


def only(text: str, published: dt.date | None = SUNDAY) -> DateMention:
    """The single mention the parser finds in *text*."""
    found = dates(text, published)
    assert 1 == len(found), found
    return found[0]


# (sentence, publication date, expected span text, value, precision, earliest, latest)
ABSOLUTE = [
    pytest.param("Troops entered the town on 21 March 2020.", SUNDAY,
                 "on 21 March 2020", "2020-03-21", "day", D(2020, 3, 21), D(2020, 3, 21),
                 id="day-month-year"),
    pytest.param("Troops entered the town on March 21, 2020.", SUNDAY,
                 "on March 21, 2020", "2020-03-21", "day", D(2020, 3, 21), D(2020, 3, 21),
                 id="month-day-year"),
    pytest.param("The shelling began on Dec. 26 near the border.", SUNDAY,
                 "on Dec. 26", "2015-12-26", "day", D(2015, 12, 26), D(2015, 12, 26),
                 id="abbreviated-month-last-year"),
    pytest.param("The convoy was ambushed on 26 December.", SUNDAY,
                 "on 26 December", "2015-12-26", "day", D(2015, 12, 26), D(2015, 12, 26),
                 id="day-month-last-year"),
    pytest.param("The report, dated 2016-01-10, lists the dead.", SUNDAY,
                 "2016-01-10", "2016-01-10", "day", D(2016, 1, 10), D(2016, 1, 10),
                 id="iso"),
    pytest.param("THE CLASH TOOK PLACE ON 10 JAN 90 IN USULUTAN.", D(1990, 1, 12),
                 "ON 10 JAN 90", "1990-01-10", "day", D(1990, 1, 10), D(1990, 1, 10),
                 id="wire-two-digit-year"),
    pytest.param("The rebels were ousted from power in 2001.", SUNDAY,
                 "2001", "2001", "year", D(2001, 1, 1), D(2001, 12, 31), id="in-year"),
    pytest.param("The militia was formed in the 1990s.", SUNDAY,
                 "1990s", "199", "decade", D(1990, 1, 1), D(1999, 12, 31), id="decade"),
    pytest.param("The siege lasted from early March 2015.", SUNDAY,
                 "early March 2015", "2015-03", "month", D(2015, 3, 1), D(2015, 3, 10),
                 id="early-month-year"),
    pytest.param("The group grew stronger in March 2015.", SUNDAY,
                 "March 2015", "2015-03", "month", D(2015, 3, 1), D(2015, 3, 31),
                 id="month-year"),
    pytest.param("The front was quiet until mid-2014.", SUNDAY,
                 "mid-2014", "2014", "year", D(2014, 5, 1), D(2014, 8, 31), id="mid-year"),
    pytest.param("Foreign troops ceased combat operations at the end of 2014.", SUNDAY,
                 "end of 2014", "2014", "year", D(2014, 10, 1), D(2014, 12, 31),
                 id="end-of-year"),
    pytest.param("The district fell in late October.", SUNDAY,
                 "late October", "2015-10", "month", D(2015, 10, 21), D(2015, 10, 31),
                 id="late-month"),
    pytest.param("Fighting has raged since the 20th century.", SUNDAY,
                 "20th century", "19", "century", D(1900, 1, 1), D(1999, 12, 31),
                 id="century"),
    pytest.param("Attacks rose in the third quarter of 2015.", SUNDAY,
                 "third quarter of 2015", "2015-Q3", "quarter", D(2015, 7, 1),
                 D(2015, 9, 30), id="quarter"),
    pytest.param("Talks are planned for the week of March 7, 2016.", SUNDAY,
                 "the week of March 7, 2016", "2016-W10", "week", D(2016, 3, 7), D(2016, 3, 13),
                 id="week-of-date"),
    pytest.param("Aid deliveries stopped in winter 2015.", SUNDAY,
                 "winter 2015", "2015-WI", "season", D(2014, 12, 1), D(2015, 2, 28),
                 id="season-year"),
    pytest.param("Sales fell in 2016's third quarter.", SUNDAY,
                 "2016's third quarter", "2016-Q3", "quarter", D(2016, 7, 1), D(2016, 9, 30),
                 id="possessive-year-quarter"),
    pytest.param("The army withdrew at the end of May 2016.", SUNDAY,
                 "end of May 2016", "2016-05", "month", D(2016, 5, 21), D(2016, 5, 31),
                 id="end-of-month-year"),
]  # fmt: skip

RELATIVE = [
    pytest.param("Five soldiers died today.", "today", "2016-01-10", "day", id="today"),
    pytest.param("Five soldiers died yesterday.", "yesterday", "2016-01-09", "day",
                 id="yesterday"),
    pytest.param("Gunmen struck last night.", "last night", "2016-01-09", "day",
                 id="last-night"),
    pytest.param("A bomb went off this morning.", "this morning", "2016-01-10", "day",
                 id="this-morning"),
    pytest.param("Forces on Sunday wrested control of the district.", "on Sunday",
                 "2016-01-10", "day", id="weekday-same-day"),
    pytest.param("The offensive began on Friday.", "on Friday", "2016-01-08", "day",
                 id="weekday-past"),
    pytest.param("Envoys will meet on Monday in Islamabad.", "on Monday", "2016-01-11",
                 "day", id="weekday-future-will"),
    pytest.param("Officials are preparing for meetings on Monday.", "on Monday",
                 "2016-01-11", "day", id="weekday-future-preparing"),
    pytest.param("The town was shelled last Friday.", "last Friday", "2016-01-08", "day",
                 id="last-weekday"),
    pytest.param("Two checkpoints were overrun last week.", "last week", "2015-W53",
                 "week", id="last-week"),
    pytest.param("The ceasefire collapsed earlier this month.", "earlier this month",
                 "2016-01", "month", id="earlier-this-month"),
    pytest.param("The convoy was hit two days ago.", "two days ago", "2016-01-08", "day",
                 id="days-ago"),
    pytest.param("The talks failed last year.", "last year", "2015", "year",
                 id="last-year"),
    pytest.param("The group launched a surge this winter.", "this winter", "2016-WI",
                 "season", id="this-winter"),
]  # fmt: skip

NOT_DATES = [
    pytest.param("The 15 civilians were buried.", id="count"),
    pytest.param("He was sentenced to 20 years in prison.", id="sentence-length"),
    pytest.param("Gunmen with AK-47 rifles opened fire.", id="rifle"),
    pytest.param("About 2000 troops were deployed.", id="count-like-a-year"),
    pytest.param("Some 1,500 families fled.", id="thousands"),
    pytest.param("A spring offensive is feared.", id="bare-season"),
    pytest.param("Villagers may return soon.", id="modal-may"),
    pytest.param("Protesters march on the capital.", id="verb-march"),
    pytest.param("An aide told the Sunday Times that talks had failed.", id="newspaper-sunday-times"),
    pytest.param("AN AIDE TOLD THE SUNDAY TELEGRAPH THAT TALKS HAD FAILED.",
                 id="newspaper-all-caps"),
    pytest.param("An aide told the Mail on Sunday that talks had failed.",
                 id="newspaper-mail-on-sunday"),
    pytest.param("Mortar rounds hit the quarter where most Christians live.",
                 id="city-quarter"),
    pytest.param('A group calling itself the "9 May" Liberation Forces emerged.',
                 id="quoted-date-name"),
    pytest.param("Members of the \u201c22 April\u201d neighbourhood choir sang.",
                 id="quoted-date-name-curly"),
    pytest.param('THE "MAY 9" FPL PROCLAMATION WAS ISSUED.', id="quoted-date-name-caps"),
    pytest.param("Members of the 19 April Movement met.", id="day-month-name-no-month-left"),
    pytest.param("They met on 9 October Avenue.", id="street-no-month-left"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "published", "span", "value", "precision", "earliest", "latest"), ABSOLUTE
)
def test_absolute(
    text: str, published: dt.date, span: str, value: str, precision: str,
    earliest: dt.date, latest: dt.date,
) -> None:  # fmt: skip
    """Absolute dates resolve to the hand-computed value, precision and interval."""
    got = only(text, published)
    assert (span, value, precision, earliest, latest, "date") == (
        got.text, got.value, got.precision, got.earliest, got.latest, got.kind
    )  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value", "precision"), RELATIVE)
def test_relative(text: str, span: str, value: str, precision: str) -> None:
    """Relative dates resolve against the publication date and are flagged relative."""
    got = only(text)
    assert (span, value, precision, True) == (
        got.text, got.value, got.precision, got.relative
    )  # fmt: skip


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    """Counts, sentence lengths, weapons, bare seasons and newspapers named after a day are no dates."""
    assert [] == [d.text for d in dates(text) if d.value is not None]


RANGES = [
    pytest.param("Clashes raged between 14 and 16 February.",
                 "between 14 and 16 February", "2015-02-14/2015-02-16", "day",
                 D(2015, 2, 14), D(2015, 2, 16), id="day-range"),
    pytest.param("Rains are expected from March to May.", "from March to May",
                 "2016-03/2016-05", "month", D(2016, 3, 1), D(2016, 5, 31),
                 id="month-range"),
    pytest.param("Talks ran from March to May.", "from March to May",
                 "2015-03/2015-05", "month", D(2015, 3, 1), D(2015, 5, 31),
                 id="past-month-range"),
    pytest.param("Fighting raged from November to January, officials said.",
                 "from November to January", "2015-11/2016-01", "month",
                 D(2015, 11, 1), D(2016, 1, 31), id="past-range-across-new-year"),
    pytest.param("The drought of 2014-2016 emptied the villages.", "2014-2016",
                 "2014/2016", "year", D(2014, 1, 1), D(2016, 12, 31), id="year-range"),
    pytest.param("The camp was shelled on the night of 3-4 May.",
                 "on the night of 3-4 May", "2015-05-03/2015-05-04", "day",
                 D(2015, 5, 3), D(2015, 5, 4), id="night-of"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "span", "value", "precision", "earliest", "latest"), RANGES
)
def test_ranges(
    text: str, span: str, value: str, precision: str, earliest: dt.date, latest: dt.date
) -> None:
    """Ranges become one mention of kind ``range`` covering both ends."""
    got = only(text)
    assert (span, value, precision, earliest, latest, "range") == (
        got.text, got.value, got.precision, got.earliest, got.latest, got.kind
    )  # fmt: skip


DURATIONS = [
    pytest.param("They fought for two days of intense fighting.", "two days", "P2D",
                 id="days"),
    pytest.param("The Taliban widened their 14-year insurgency.", "14-year", "P14Y",
                 id="hyphenated-years"),
    pytest.param("The road was closed for three weeks.", "three weeks", "P3W",
                 id="weeks"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "duration"), DURATIONS)
def test_durations(text: str, span: str, duration: str) -> None:
    """Durations carry an ISO 8601 duration and no calendar value."""
    got = only(text)
    assert (span, "duration", duration, None, None) == (
        got.text, got.kind, got.duration, got.value, got.earliest
    )  # fmt: skip


def test_event_relative() -> None:
    """An interval anchored to another event is flagged and left unresolved."""
    got = only("The town was retaken two months after its capture.")
    assert ("two months after", "event_relative", None, None) == (
        got.text, got.kind, got.value, got.earliest
    )  # fmt: skip


# (text, publication date, span, value, kind): expressions that count from a
# reference time take it from the date mentioned last, or from publication
OCT20 = D(2015, 10, 20)
REFERENCE_TIME = [
    pytest.param("The army retook the port on 3 May 2015. A week later, rebels shelled it.",
                 SUNDAY, "A week later", "2015-05-10", "event_relative", id="week-later-day"),
    pytest.param("Militants seized the base on 14 March 2015. The next day, jets bombed it.",
                 SUNDAY, "next day", "2015-03-15", "event_relative", id="next-day"),
    pytest.param("Militants seized the base on 14 March 2015. The next day, jets bombed it. "
                 "The following day, troops moved in.",
                 SUNDAY, "following day", "2015-03-16", "event_relative",
                 id="following-day-counts-on-from-next-day"),
    pytest.param("The census was held on 29 February 2012 and repeated four years later.",
                 SUNDAY, "four years later", "2016-02-29", "event_relative",
                 id="leap-day-years-later"),
    pytest.param("The front was formed in 2009. The following year it declared war.",
                 SUNDAY, "following year", "2010", "event_relative", id="following-year"),
    pytest.param("The convoy left on 2 June 2014 and was attacked the day after.",
                 SUNDAY, "day after", "2014-06-03", "event_relative", id="day-after"),
    # "later in the day" and "earlier in the day" are the day told last
    pytest.param("Troops shelled the market on 9 April 2013. Later in the day, rebels withdrew.",
                 SUNDAY, "Later in the day", "2013-04-09", "event_relative",
                 id="later-in-the-day"),
    pytest.param("A curfew began on 21 July 2019; a bomb had gone off earlier in the day.",
                 SUNDAY, "earlier in the day", "2019-07-21", "event_relative",
                 id="earlier-in-the-day"),
    pytest.param("Arms sales fell in the third quarter from a year earlier.",
                 OCT20, "a year earlier", "2014-Q3", "event_relative",
                 id="year-earlier-quarter"),
    pytest.param("Arms sales fell in the third quarter from a year ago.",
                 OCT20, "a year ago", "2014-Q3", "date", id="year-ago-quarter"),
    pytest.param("Food prices were 40 percent higher than a year earlier.",
                 SUNDAY, "a year earlier", "2015", "event_relative",
                 id="year-earlier-no-reference"),
    pytest.param("Attacks rose in the third quarter; in the 2014 period there were fewer.",
                 OCT20, "2014", "2014-Q3", "date", id="year-period-after-quarter"),
    pytest.param("Revenue from the mine fell in the 2014 third quarter.",
                 SUNDAY, "2014 third quarter", "2014-Q3", "date", id="year-ordinal-quarter"),
    pytest.param("The ministry expects more attacks in this year's second half.",
                 SUNDAY, "this year's second half", "2016-H2", "date",
                 id="this-years-half"),
    pytest.param("Exports were higher in the year-earlier third quarter.",
                 OCT20, "year-earlier third quarter", "2014-Q3", "date",
                 id="year-earlier-ordinal-quarter"),
    pytest.param("Arms exports rose in the third quarter. In the quarter, sales to Asia doubled.",
                 OCT20, "the quarter", "2015-Q3", "date", id="the-quarter"),
    pytest.param("Arms exports rose in the third quarter from the year-ago quarter.",
                 OCT20, "the year-ago quarter", "2014-Q3", "date", id="the-year-ago-quarter"),
    pytest.param("Sales rose in the third quarter; in the quarter a year ago they fell.",
                 OCT20, "the quarter a year ago", "2014-Q3", "date",
                 id="the-quarter-a-year-ago"),
    pytest.param("The port was closed for the last half of 2014.",
                 SUNDAY, "last half of 2014", "2014-H2", "date", id="last-half-of-year"),
    # the day the report was made ("said on Sunday", the publication day) is
    # not the story's clock: days count from the event day told before it
    pytest.param("Gunmen killed five herders on Friday, the army said on Sunday. "
                 "Two days earlier, on Wednesday, militants ambushed a patrol.",
                 SUNDAY, "Two days earlier", "2016-01-06", "event_relative",
                 id="days-earlier-skips-report-day"),
    pytest.param("Rebels shelled the market on Thursday, officials said on Sunday. "
                 "The day before, a car bomb exploded at the gate.",
                 SUNDAY, "day before", "2016-01-06", "event_relative",
                 id="day-before-skips-report-day"),
    pytest.param("Troops entered the town on 2 January 2016, the ministry said on 10 January. "
                 "A week later, the rebels withdrew.",
                 SUNDAY, "A week later", "2016-01-09", "event_relative",
                 id="week-later-skips-report-day"),
    pytest.param("The police said on Sunday that a bomb had exploded the day before.",
                 SUNDAY, "day before", "2016-01-09", "event_relative",
                 id="day-before-report-day-alone"),
    # a year or month that holds the last event day is no clock of its own:
    # the days count from that day (not from a statement's, nor a span's)
    pytest.param("Rebels overran the garrison on Tuesday, the governor said in a statement "
                 "on Friday. It was the worst raid this year. Two days earlier, bandits "
                 "had burned a market.",
                 SUNDAY, "Two days earlier", "2016-01-03", "event_relative",
                 id="days-earlier-past-this-year"),
    pytest.param("Gunmen kidnapped nine traders on Thursday, the deadliest abduction this "
                 "month. The day before, a lorry hit a mine.",
                 SUNDAY, "day before", "2016-01-06", "event_relative",
                 id="day-before-past-this-month"),
    # a background date inside a clause is no clock either
    pytest.param("Rebels ambushed a convoy on Thursday. The governor, who took office in "
                 "March 2014, called for calm. Two days later, troops retook the road.",
                 SUNDAY, "Two days later", "2016-01-09", "event_relative",
                 id="days-later-past-a-background-month"),
    # a statement's day (not the report's) is no clock past its sentence,
    # but is one inside it ("said on Friday that ... the previous day")
    pytest.param("Raiders killed nine herders on Tuesday, police said on Thursday. The "
                 "previous day, a patrol hit a mine.",
                 SUNDAY, "previous day", "2016-01-04", "event_relative",
                 id="previous-day-past-a-statements-day"),
    pytest.param("Raiders killed nine herders on Tuesday. The army said on Thursday that its "
                 "jets had bombed their camp the previous day.",
                 SUNDAY, "previous day", "2016-01-06", "event_relative",
                 id="previous-day-inside-a-statements-sentence"),
    # a counting expression set beside a date names that date's day
    pytest.param("The rebels entered Walikale on Thursday, two days after the army pulled out.",
                 SUNDAY, "two days after", "2016-01-07", "event_relative",
                 id="days-after-beside-a-date"),
    pytest.param("Flights resumed on 12 March 2015, the day after the airport reopened.",
                 SUNDAY, "day after", "2015-03-12", "event_relative",
                 id="day-after-beside-a-date"),
    # "hours later" past a vaguer date, with only the report's day told
    pytest.param("Shelling killed six people overnight, the governor said on Sunday. The "
                 "town has been besieged since late 2014. Hours later, drones hit the depot.",
                 SUNDAY, "Hours later", "2016-01-10", "event_relative",
                 id="hours-later-report-day-past-a-year"),
]  # fmt: skip


def test_days_after_an_event_alone_stay_unresolved() -> None:
    """ "two days after the army pulled out" with no date beside it: no value."""
    got = {
        d.text: d.value for d in dates("The rebels came two days after the army left.")
    }
    assert got["two days after"] is None


def test_days_after_a_month_opening_its_sentence_stay_unresolved() -> None:
    """ "In March 2014, ... Two days later": days of that month, no value."""
    text = (
        "Rebels ambushed a convoy on Thursday. In March 2014, gunmen seized the dam. "
        "Two days later, troops retook it."
    )
    got = {d.text: d.value for d in dates(text)}
    assert got["Two days later"] is None


def test_days_after_a_month_gone_stay_unresolved() -> None:
    """ "In March, ... two weeks later" of a story about Monday: no day of it."""
    text = (
        "Gunmen killed four farmers on Monday. In March, raiders abducted 40 "
        "pupils, who were freed two weeks later."
    )
    got = {d.text: d.value for d in dates(text, dt.date(2015, 10, 14))}
    assert got["two weeks later"] is None


def test_days_earlier_agrees_with_its_weekday() -> None:
    """ "Two days earlier, on Wednesday" names one day twice: both give it."""
    text = (
        "Militants stormed a school on Friday, the governor said on Sunday. "
        "Two days earlier, on Wednesday, gunmen burned a clinic."
    )
    got = {d.text: d.value for d in dates(text)}
    assert got["Two days earlier"] == got["on Wednesday"] == "2016-01-06"


@pytest.mark.parametrize(("text", "published", "span", "value", "kind"), REFERENCE_TIME)
def test_reference_time(
    text: str, published: dt.date, span: str, value: str, kind: str
) -> None:
    """Counting expressions resolve against the date mentioned last, or publication."""
    got = next(d for d in dates(text, published) if d.text == span)
    assert (span, value, kind) == (got.text, got.value, got.kind)


# (text, publication date, span, value): the tense around a date without a
# year decides between the last and the next one
JAN5 = D(2016, 1, 5)
FEB10 = D(2016, 2, 10)
TENSE = [
    pytest.param("Fighting raged in March around the airport.", SUNDAY, "March", "2015-03",
                 id="past-ed-verb"),
    pytest.param("Elections are due to be held in March.", SUNDAY, "March", "2016-03",
                 id="future-due-to"),
    pytest.param("The army announced the operation Aug. 21.", OCT20, "Aug. 21", "2015-08-21",
                 id="ed-verb-before-date"),
    pytest.param("Compensation will be paid Dec. 14 to the families.", OCT20, "Dec. 14",
                 "2015-12-14", id="passive-future"),
    pytest.param("Aid groups fear the Jan. 14 deadline for the camp.", JAN5, "Jan. 14",
                 "2016-01-14", id="attributive-nearest"),
    pytest.param("The peace talks were postponed until Nov. 16.", OCT20, "Nov. 16",
                 "2015-11-16", id="deadline-moved"),
    pytest.param("A curfew, effective Feb. 1, covers the province.", OCT20, "Feb. 1",
                 "2016-02-01", id="effective-future"),
    pytest.param("The curfew became effective on 28 August.", OCT20, "on 28 August",
                 "2015-08-28", id="became-effective-past"),
    pytest.param("Both leaders signed the peace plan Friday.", D(2016, 1, 8), "Friday",
                 "2016-01-08", id="weekday-of-publication"),
    pytest.param("Two army helicopters crashed last February.", D(2016, 3, 5),
                 "last February", "2015-02", id="last-month-name-just-gone"),
    pytest.param("The mine was closed last October.", D(2015, 12, 20), "last October",
                 "2015-10", id="last-month-name-this-year"),
    pytest.param("The ministry asked them to reply by Oct. 24.", OCT20, "Oct. 24",
                 "2015-10-24", id="deadline-by-leaves-tense-to-distance"),
    pytest.param("The council gave residents until Oct. 30 to leave.", OCT20, "Oct. 30",
                 "2015-10-30", id="deadline-until-leaves-tense-to-distance"),
    pytest.param("Flights stopped due to the storm in March.", SUNDAY, "March", "2015-03",
                 id="due-to-the-is-because-not-future"),
    pytest.param("Dividends will be paid on an unspecified date in January.", OCT20,
                 "January", "2016-01", id="ed-adjective-after-article-is-no-past"),
    pytest.param("The company said it would extend the offer, due to lapse last Friday, to Nov. 2.",
                 OCT20, "Nov. 2", "2015-11-02", id="cue-inside-earlier-date-is-its-own"),
    pytest.param("The protests that rocked the capital in March left 20 dead.", FEB10, "March",
                 "2015-03", id="verb-after-relative-that-is-past"),
    pytest.param("Rebels were killed by March 3.", FEB10, "March 3", "2015-03-03",
                 id="passive-past-by-is-no-deadline"),
    pytest.param("The army held the town until March.", FEB10, "March", "2015-03",
                 id="past-verb-until-is-end-point"),
    pytest.param("Donors were asked to pledge funds by March 3.", FEB10, "March 3", "2016-03-03",
                 id="infinitive-by-after-past-verb-is-deadline"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "span", "value"), TENSE)
def test_tense(text: str, published: dt.date, span: str, value: str) -> None:
    """Past cues pick the most recent date not after publication, future cues the next."""
    got = next(d for d in dates(text, published) if d.text == span)
    assert value == got.value


def test_long_text_reads_each_date_once() -> None:
    """A story longer than the pieces the parser reads finds every date once, unsplit."""
    sentence = "Rebels shelled the town on 3\nMay 2015 and again on Friday. "
    filler = "Aid workers counted the damage in the market " * 40
    text = (filler + sentence) * 60  # about 130 KB, cut into several pieces
    found = [(d.text, d.value) for d in dates(text)]
    assert [("on 3\nMay 2015", "2015-05-03"), ("on Friday", "2016-01-08")] * 60 == found


def test_date_dense_text_reads_each_date_as_alone() -> None:
    """A run of dates with nothing else between them reads each one as it reads alone."""
    alone = only("5 May 12 ")
    text = "5 May 12 " * 20
    found = [(d.start, d.text, d.value, d.precision) for d in dates(text)]
    assert [(9 * i, "5 May", alone.value, alone.precision) for i in range(20)] == found


def test_sentence_of_too_many_dates_is_read_up_to_the_limit() -> None:
    """A sentence holding more dates than the limit reads that many, then the next sentence."""
    limit = _parser.MAX_PER_SENTENCE
    text = "On 3 May 2015 and " * (limit + 10) + "then. Rebels struck on 4 May 2015."
    found = [d.text for d in dates(text)]
    assert ["On 3 May 2015"] * limit + ["on 4 May 2015"] == found


@pytest.mark.parametrize(
    ("sentence", "read"),
    [
        ("5 May 12. ", False),
        ("On 3 May. ", False),
        ("Rebels struck on 3 May 2015. ", True),
    ],
    ids=["date-only-sentences", "two-word-sentences", "real-sentences"],
)
def test_line_of_tiny_date_sentences_is_read_up_to_the_limit(
    sentence: str, read: bool
) -> None:
    """
    A line of sentences that hold a date and next to nothing else is read up to
    the limit, then the next line; sentences that say something are read whole.
    """
    limit = _parser.MAX_PER_SENTENCE
    text = sentence * (limit + 20) + "\nRebels struck on 4 May 2015."
    found = [d.text for d in dates(text)]
    expected_first_line = limit + 20 if read else limit
    assert (expected_first_line, "on 4 May 2015") == (len(found) - 1, found[-1])


def test_line_of_thousands_of_listed_dates_is_read_up_to_the_list_limit() -> None:
    """
    One sentence of thousands of AP-style dates ("Sept. 1, Sept. 1, ...":
    its stops follow abbreviations, so end no sentence) is read up to the
    list limit, then from the sentence after it (hostile input read in
    linear time).
    """
    limit = _parser.MAX_PER_LIST
    text = "Sept. 1, " * (limit + 2000) + "then. Rebels struck on 4 May 2015."
    found = [d.text for d in dates(text)]
    assert ["Sept. 1"] * limit + ["on 4 May 2015"] == found


def _ap_list(month: str, first: int, last: int) -> list[str]:
    """AP-style dates of one month, day *first* to *last*: ["Jan. 5", "Jan. 6", ...]."""
    return [f"{month} {day}" for day in range(first, last + 1)]


_PLAIN_RUN = _ap_list("March", 1, 31) + _ap_list("April", 1, 30) + _ap_list("May", 1, 31)
_ABBREVIATED_RUN = _ap_list("Jan.", 1, 31) + _ap_list("Feb.", 1, 28)


@pytest.mark.parametrize(
    ("listed", "read"),
    [
        (_PLAIN_RUN, _parser.MAX_PER_SENTENCE),
        (_ABBREVIATED_RUN + _PLAIN_RUN, len(_ABBREVIATED_RUN) + _parser.MAX_PER_SENTENCE),
    ],
    ids=["plain-dates", "abbreviated-then-plain-dates"],
)
def test_cut_sentence_resumes_at_its_true_end(listed: list[str], read: int) -> None:
    """
    A sentence whose last :data:`MAX_PER_SENTENCE` dates hold no stop at all
    is read up to them, then from its true end: the stop in "Dec. 31, 2016"
    (after an abbreviation) ends no sentence, so no bare year "2016" is read
    from the middle of that date, and the next sentence is read whole.
    """
    text = (
        "Attacks were reported on " + ", ".join(listed)
        + " and finally on Dec. 31, 2016, at 3 p.m., officials said."
        + " Rebels struck again on 4 May 2015."
    )  # fmt: skip
    found = [d.text for d in dates(text, published=D(2015, 12, 31))]
    assert ["on " + listed[0], *listed[1:read], "on 4 May 2015"] == found


@pytest.mark.parametrize(
    ("listed", "after", "tail"),
    [
        (
            _ap_list("Sept.", 1, 30) + _ap_list("Oct.", 1, 24),
            ". A verdict is due on Nov. 2, and the appeal on Dec. 5.",
            ["on Nov. 2", "on Dec. 5"],
        ),
        (
            _ap_list("Jan.", 5, 31) + _ap_list("Feb.", 1, 28),
            ". Fighting resumed on March 3 near Gao.",
            ["on March 3"],
        ),
        (
            _ap_list("Aug.", 10, 31) + _ap_list("Sept.", 1, 12) + _ap_list("Dec.", 1, 20),
            ". Talks opened on Feb. 28, 2016.",
            ["on Feb. 28, 2016"],
        ),
    ],
    ids=["sept-oct-then-nov-dec", "jan-feb-then-march", "aug-sept-dec-then-feb"],
)
def test_one_line_list_of_abbreviated_dates_is_read_whole(
    listed: list[str], after: str, tail: list[str]
) -> None:
    """
    A one-line list of more than the limit of AP-style dates ("Sept. 1, Sept.
    2, ...") is no run of one-date sentences: the stop after "Sept." ends
    none, so every date of it and of the sentences after it is found.
    """
    assert len(listed) > _parser.MAX_PER_SENTENCE
    text = "Curfews were imposed in the capital on " + ", ".join(listed) + after
    found = [d.text for d in dates(text, published=D(2015, 12, 31))]
    assert ["on " + listed[0], *listed[1:], *tail] == found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ATTACKED ON\n   3 MAR 90 BY TERRORISTS", "ON\n   3 MAR 90"),
        (
            "Gunmen attacked the post on\r\n  March 3, 2015, police said.",
            "on\r\n  March 3, 2015",
        ),
        ("Gunmen attacked the post on\t\t\t\tMarch 3, 2015.", "on\t\t\t\tMarch 3, 2015"),
        ("Gunmen attacked the post on     March 3, 2015.", "March 3, 2015"),
    ],
    ids=[
        "caps-newline-three-spaces",
        "crlf-two-spaces",
        "four-tabs",
        "five-spaces-too-far",
    ],
)
def test_prefix_word_up_to_four_bytes_before_is_read(text: str, expected: str) -> None:
    """A prefix word ("on") one to four bytes of white space before a date starts the mention; five is too far."""
    assert [expected] == [d.text for d in dates(text, published=D(2015, 12, 31))]


def test_compact_leaves_alone_what_it_cannot_read() -> None:
    """
    A pattern with a named character, an inline VERBOSE flag or a POSIX
    class is returned unchanged by ``compact`` and compiled VERBOSE.
    """
    sources = [
        r"on\N{NO-BREAK SPACE}  \d++  # a day",
        r"(?x: \d++ ) \s may",
        r"(?-x:a b)",
        r"[[:digit:]]++ \s may",
    ]
    assert sources == [_patterns.compact(s) for s in sources]
    assert [True] * 4 == [
        bool(_patterns.compile_form(s).flags & regex.VERBOSE) for s in sources
    ]
    m = _patterns.compile_form(r"[[:digit:]]++ \s may").match("3 may")
    assert "3 may" == (m and m[0])


def test_sentences_under_the_limit_are_all_read() -> None:
    """Many sentences of a few dates each are read whole, however many dates the text holds."""
    limit = _parser.MAX_PER_SENTENCE
    text = "Rebels struck on 3 May 2015 and on 4 May 2015. " * limit
    found = [d.text for d in dates(text)]
    assert ["on 3 May 2015", "on 4 May 2015"] * limit == found


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
_ROWS = [f"{d % 28 + 1} {_MONTHS[d % 12]} 2015" for d in range(60)]


@pytest.mark.parametrize(
    "text",
    [
        "\r\n".join(f"On {day} gunmen killed two guards in Gao." for day in _ROWS),
        " ".join(f'"On {day} gunmen killed two guards in Gao."' for day in _ROWS),
        "\n".join(f"{day} - Gunmen attacked a convoy near Gao" for day in _ROWS),
        "\n".join(f"| {day} | Gao | 2 killed |" for day in _ROWS),
        "Attacks hit Gao on "
        + "; on ".join(f"{day}, killing two" for day in _ROWS)
        + ".",
    ],
    ids=[
        "crlf-lines",
        "closing-quotes",
        "timeline-without-stops",
        "table-rows",
        "sparse-list",
    ],
)
def test_long_timelines_and_tables_are_read_whole(text: str) -> None:
    """More dates than the limit, but one per line or sparse, are all read (the limit is for dense runs)."""
    found = [d.text for d in dates(text)]
    assert _ROWS == [t.removeprefix("On ").removeprefix("on ") for t in found][:60]
    assert len(_ROWS) <= len(found)


def test_relative_without_publication_date() -> None:
    """Without a publication date relative dates stay unresolved, absolute ones resolve."""
    found = dates("Rebels attacked yesterday, a week after the 21 March 2020 raid.", None)
    got = [(d.text, d.value, d.relative) for d in found if d.kind == "date"]
    assert [("yesterday", None, True), ("21 March 2020", "2020-03-21", False)] == got


WIRE = [
    pytest.param("THE ARMY REPORTED THAT THE ATTACK TOOK PLACE LAST NIGHT IN APOPA.",
                 "LAST NIGHT", "1990-01-02", id="last-night-caps"),
    pytest.param("THE ARMY REPORTED THAT TWO SOLDIERS WERE KILLED YESTERDAY IN APOPA.",
                 "YESTERDAY", "1990-01-02", id="yesterday-caps"),
    pytest.param("THE ARMY SAID THE MASS KIDNAPPING TOOK PLACE ON 30 DECEMBER IN SAN LUIS.",
                 "ON 30 DECEMBER", "1989-12-30", id="day-month-caps"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "span", "value"), WIRE)
def test_all_caps_wire_copy(text: str, span: str, value: str) -> None:
    """ALL-CAPS wire copy (MUC style) is read like ordinary text."""
    got = only(text, D(1990, 1, 3))
    assert (span, value) == (got.text, got.value)


TWO_DIGIT = [
    pytest.param("3 JAN 90", D(1990, 1, 5), "1990-01-03", id="nineties"),
    pytest.param("5 FEB 16", D(2016, 3, 1), "2016-02-05", id="twenty-sixteen"),
    pytest.param("5 FEB 99", D(2016, 3, 1), "1999-02-05", id="previous-century"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "value"), TWO_DIGIT)
def test_two_digit_years(text: str, published: dt.date, value: str) -> None:
    """Two-digit years take the century that puts them nearest before publication."""
    assert value == parse_date(text, published=published).value


PRECISIONS = [
    pytest.param("on 21 March 2020", None, 1, 1, id="day"),
    pytest.param("between 14 and 16 February 2016", None, 2, 2, id="three-day-range"),
    pytest.param("last week", SUNDAY, 2, 3, id="week"),
    pytest.param("late October 2015", None, 3, 4, id="late-month"),
    pytest.param("March 2015", None, 3, 4, id="month"),
    pytest.param("end of 2014", None, 3, 5, id="end-of-year"),
    pytest.param("in 2001", None, 3, 5, id="year"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "published", "acled", "ucdp"), PRECISIONS)
def test_precision_mappings(
    text: str, published: dt.date | None, acled: int, ucdp: int
) -> None:
    """ACLED time_precision and UCDP date_prec follow the interval of the date."""
    got = parse_date(text, published=published)
    assert (acled, ucdp) == (acled_time_precision(got), ucdp_date_prec(got))


def test_parse_date_raises_on_no_date() -> None:
    """The strict helper raises UnparseableError, which is a ValueError too."""
    with pytest.raises(UnparseableError) as info:
        parse_date("fifteen civilians were wounded")
    assert ("fifteen civilians were wounded", True) == (
        info.value.text, isinstance(info.value, ValueError)
    )  # fmt: skip


def test_parse_date_rejects_non_text() -> None:
    """A non-str input raises a ConflictParseError subclass."""
    with pytest.raises(ConflictParseError):
        parse_date(b"21 March 2020")  # type: ignore[arg-type]


def test_parser_pickles() -> None:
    """The parser is picklable (slotted, no state), so it can go to worker processes."""
    parser = pickle.loads(pickle.dumps(DateParser()))
    assert ["on Friday"] == [
        d.text
        for d in parser(
            Document(text="Police said on Friday.", context=Context(published=SUNDAY))
        )
    ]


def _seed() -> tuple[str, dict[str, object]]:
    text_path = SHARED / "seed" / "afp-darqad-2016-01-10.txt"
    if not text_path.exists():
        pytest.skip("../shared/seed is not beside the checkout")
    gold = json.loads(text_path.with_suffix(".gold.json").read_text(encoding="utf-8"))
    return text_path.read_text(encoding="utf-8"), gold


def test_seed_gold_dates() -> None:
    """All seven gold dates of the seed come out with the gold value, precision and range."""
    text, gold = _seed()
    published = dt.date.fromisoformat(str(gold["published"]))
    found = {(d.start, d.text): d for d in dates(text, published)}
    expected = []
    actual = []
    for g in gold["dates"]:  # type: ignore[attr-defined]
        rng = g.get("range")
        expected.append((g["start"], g["text"], g["value"], g["precision"], rng))
        d = found.get((g["start"], g["text"]))
        actual.append(
            None
            if d is None
            else (
                d.start,
                d.text,
                d.value,
                d.precision,
                None if rng is None else [str(d.earliest), str(d.latest)],
            )
        )
    assert expected == actual


def test_seed_not_dates() -> None:
    """None of the seed's gold not_dates is reported as a calendar date."""
    text, gold = _seed()
    published = dt.date.fromisoformat(str(gold["published"]))
    found = dates(text, published)
    hits = []
    for nd in gold["not_dates"]:  # type: ignore[attr-defined]
        start, end = nd["start"], nd["start"] + len(nd["text"])
        hits += [d.text for d in found if d.start < end and start < d.end and d.value]
    assert [] == hits


# (written date, expected value): all-digit dates are read day first, month
# first only when the middle number cannot be a month, year first when it
# has four digits; a two-digit year takes the century that puts it nearest
# before publication (10 January 2016 unless given), as in datelines
NUMERIC = [
    pytest.param("10/01/2016", SUNDAY, "2016-01-10", id="day-first"),
    pytest.param("10.01.2016", SUNDAY, "2016-01-10", id="dotted"),
    pytest.param("01/13/2016", SUNDAY, "2016-01-13", id="month-first-when-day-cannot-be-month"),
    pytest.param("2016/01/10", SUNDAY, "2016-01-10", id="year-first"),
    pytest.param("10/01/16", SUNDAY, "2016-01-10", id="two-digit-year-2000s"),
    pytest.param("10/01/69", SUNDAY, "1969-01-10", id="two-digit-year-1969"),
    pytest.param("5/6/49", SUNDAY, "1949-06-05", id="two-digit-year-before-publication"),
    pytest.param("5/6/49", D(1990, 1, 3), "1949-06-05", id="two-digit-year-1990-story"),
    pytest.param("5/6/89", D(1990, 1, 3), "1989-06-05", id="two-digit-year-1989"),
    pytest.param("31/02/2016", SUNDAY, None, id="no-such-day"),
    pytest.param("13/13/2016", SUNDAY, None, id="no-such-month"),
    pytest.param("1.5/2016", SUNDAY, None, id="mixed-separators-four-digit-year"),
    pytest.param("1/25.16", SUNDAY, None, id="mixed-separators-two-digit-year"),
]  # fmt: skip


@pytest.mark.parametrize(("written", "published", "value"), NUMERIC)
def test_numeric_dates(written: str, published: dt.date, value: str | None) -> None:
    """All-digit dates read as dateparser reads them day first (DMY)."""
    found = [
        d.value for d in dates(f"The report, dated {written}, lists the dead.", published)
    ]
    assert ([value] if value else []) == found


def test_numeric_two_digit_year_matches_wire_dates() -> None:
    """A two-digit year reads the same in "5/6/49" as in "3 JUN 49" (one century rule)."""
    published = D(1990, 1, 3)
    numeric = only("The letter, dated 5/6/49, was found.", published).value
    wire = parse_date("3 JUN 49", published=published).value
    assert ("1949", "1949") == (
        numeric[:4] if numeric else None,
        wire[:4] if wire else None,
    )


def test_numeric_dates_do_not_load_dateparser() -> None:
    """Reading "10/01/2016" does not import dateparser (about 0.3-0.6 s on first use)."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from conflictparse.parsers.dates import scan\n"
        "found = [d.value for d in scan('Dated 10/01/2016.')]\n"
        "print(found, 'dateparser' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "['2016-01-10'] False" == out.stdout.strip()


def test_each_form_defines_the_groups_its_handler_reads() -> None:
    """Every group a form's handler (or a helper it calls) reads exists in that form's compiled pattern."""
    import ast

    from conflictparse.parsers.dates import _parser, _patterns

    # the source file, read as text: a compiled (mypyc) build ships it
    # beside the extension module, which inspect cannot read source from
    tree = ast.parse(
        Path(_parser.__file__).with_name("_parser.py").read_text(encoding="utf-8")
    )
    funcs = {n.name: n for n in tree.body if isinstance(n, ast.FunctionDef)}

    def reads(name: str, seen: set[str]) -> set[str]:
        if name in seen or name not in funcs:
            return set()
        seen.add(name)
        out: set[str] = set()
        for node in ast.walk(funcs[name]):
            if not isinstance(node, ast.Call):
                continue
            if isinstance(node.func, ast.Attribute) and node.func.attr in {
                "group",
                "start",
                "end",
            }:
                if (
                    node.args
                    and isinstance(node.args[0], ast.Constant)
                    and isinstance(node.args[0].value, str)
                ):
                    out.add(node.args[0].value)
            elif isinstance(node.func, ast.Attribute) and node.func.attr == "several":
                # several(_DMY_GROUPS): the names are a module-level tuple
                assert isinstance(node.args[0], ast.Name), ast.dump(node)
                out |= set(getattr(_parser, node.args[0].id))
            elif isinstance(node.func, ast.Name):
                out |= reads(node.func.id, seen)
        return out

    missing = {
        form: sorted(
            reads(_parser._HANDLERS[form].__name__, set())
            - set(_patterns.form_pattern(form).groupindex)
        )
        for form in _patterns.FORMS
    }
    assert {form: [] for form in _patterns.FORMS} == missing


def test_no_number_is_a_date_word() -> None:
    """A bare number's own word never counts as the date word near it (the parser checks one slice around it)."""
    assert [] == [w for w in _patterns.NUMBER_CONTEXT if w[:1].isdigit()]


def test_listed_second_words_are_their_own_key() -> None:
    """The scan takes a listed next word as its own key without the key function: that holds for every word a text can hold."""
    from conflictparse.parsers.dates import _parser

    words = [w for w in _parser._SECOND_WORDS if w.isalnum()]
    assert words
    assert words == [_parser._second_key(w) for w in words]


@pytest.mark.parametrize(
    ("text", "span"),
    [
        ('Fighting is worse than "15 December", he said.', "15 December"),
        ('Rebels said the attack came on "9 May" at dawn.', "9 May"),
        ('The "9 May 1990" communique was read out.', "9 May 1990"),
        ('Rebels rejected the "30 June" deadline set by the government.', "30 June"),
        ('THE REBELS REJECTED THE "30 JUNE" DEADLINE.', "30 JUNE"),
    ],
    ids=["after-than", "after-on", "with-a-year", "the-deadline", "caps-the-deadline"],
)
def test_quoted_date_is_a_date_unless_a_name_after_the(text: str, span: str) -> None:
    """A day and month in quotes names something only right after "the" and without a year."""
    assert [span] == [d.text for d in dates(text, SUNDAY)]


@pytest.mark.parametrize(
    "words",
    ["ago", "2016", "from now", "from  now", "from\nnow", "a\u00a0few", "twenty-one", "x\x1cy", "", " a"],
)  # fmt: skip
def test_squeeze_is_the_space_pattern(words: str) -> None:
    """Squeezing white space skips the pattern only where it would change nothing."""
    assert _parser._SPACE.sub(" ", words) == _parser._squeeze(words)


@pytest.mark.parametrize(
    "before",
    ["asked them to reply by ", "gave residents until\n", "held it till\u00a0 ", "standby ",
     "by", "until \x1c", "rebels took the town "],
)  # fmt: skip
def test_deadline_words_end_every_deadline(before: str) -> None:
    """Where the deadline pattern matches, the words checked before it end the stripped text."""
    if _parser._DEADLINE.search(before):
        assert before.rstrip().endswith(_parser._DEADLINE_WORDS)


@pytest.mark.parametrize(
    ("text", "found"),
    [("The fort was built in 1850.", ["1850"]), ("The fort was built 1850.", []),
     ("Rebels attacked in 2014.", ["2014"]), ("Rebels attacked 2014.", ["2014"])],
)  # fmt: skip
def test_year_outside_1900_to_2099_needs_a_word_before(
    text: str, found: list[str]
) -> None:
    """A bare year outside 1900-2099 is read only after a word such as "in"; one inside it without."""
    assert found == [d.text[-4:] for d in dates(text) if d.kind == "date"]


_REJECT_PARTS = ["about", "some", "nearly", "almost", "over", "than", "least", "most", "up to", "up\n to", "around",
                 "approximately", "resolution", "no.", "number", "flight", "route", "highway", "article", "code",
                 "model", "room", "page", "pages", "box", "tel", "phone", "ak", "m", "mig", "su", "t", "f", "$",
                 "\u00a3", "\u20ac", "#", "x-", "in", "the", "of", "at", "(", ",", "c.", "1990 and"]  # fmt: skip


def test_reject_ends_end_every_year_rejecting_word() -> None:
    """Where the pattern of words that make a number no year matches, the ends checked before it end the stripped text."""
    matched = 0
    for part in _REJECT_PARTS:
        for lead in ["", " ", "a", "the "]:
            for space in ["", " ", "  \n", "\u00a0", "\x1c", " \x1c"]:
                before = (lead + part + space)[-16:]
                if _patterns.YEAR_BEFORE_REJECT.search(before):
                    matched += 1
                    assert before.rstrip().endswith(_parser._REJECT_ENDS), before
    assert matched > 100  # the pattern's words were all tried


def test_ascii_twin_is_read_from_the_source_the_regex_pattern_would_hold() -> None:
    """The ``re`` twin of forms comes from the text ``forms_pattern`` would compile."""
    from conflictparse.parsers.dates import _patterns

    groups = [(form,) for form in _patterns.FORMS]
    groups += [
        ("f_dayrange", "f_dmy"),
        ("f_dmy", "f_mdy", "f_weekday"),
        ("f_mdrange", "f_mdy", "f_month"),
    ]
    for forms in groups:
        source = _patterns.compact(_patterns._forms_source(forms))
        assert source == _patterns.forms_pattern(forms).pattern


#: Windows before a date, each meant to try one branch of the future cue
#: pattern (or a near miss of one), with white space of every kind.
_FUTURE_WINDOWS = [
    "the talks will resume", "they'll meet", "he would return", "is going to  vote",
    "the vote is due to", "was due\tto", "the bank's plans", "data plans", "its plans",
    "his\x1cplans", "plans to hold", "a rally planned for", "the hearing scheduled",
    "set for", "set to", "hopes to", "aims\nto", "agreed  to", "to be held", "as soon as",
    "as early as", "tomorrow", "next", "payable", "became effective", "was\x0beffective",
    "effective", "supposed to", "the deadline", "due to the storm", "due to rain",
    "extended the deadline to", "postponed it until after the vote to",
    "delayed the trial by a week to", "deferring the rest until", "adjourned\x0cto",
    "the plan", "willing", "nextel", "schedules", "preplanned", "it was planned",
]  # fmt: skip


@pytest.mark.parametrize("window", _FUTURE_WINDOWS)
def test_future_cue_twin_finds_what_the_regex_pattern_finds(window: str) -> None:
    """The ``re`` twin of the future cue pattern matches ASCII text as the pattern does."""
    for text in [window, "they said " + window, window + " 3 may", window + "\n"]:
        expected = [m.span() for m in _patterns.FUTURE_CUE.finditer(text)]
        assert [m.span() for m in _patterns.FUTURE_CUE_ASCII.finditer(text)] == expected


def test_future_cue_twin_is_used_on_ascii_windows_alike() -> None:
    """A future cue reads the same through the twin: a coming date, a past one, a deadline."""
    for text, value in [
        ("The summit is scheduled for 3 March.", "2016-03-03"),
        ("Talks that were planned on 3 March failed.", "2016-03-03"),
        ("The trial was postponed to 4 February.", "2016-02-04"),
    ]:
        assert [d.value for d in dates(text)] == [value]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Fighting resumed at the end of 3 May.", ("end of 3 May", "2015-05-03")),
        ("Rebels struck on Friday, 8 January.", ("on Friday, 8 January", "2016-01-08")),
        ("Shelling began in late March 2015.", ("late March 2015", "2015-03")),
        ("The town fell on 3-5 May 2015.", ("on 3-5 May 2015", "2015-05-03/2015-05-05")),
    ],
)
def test_each_form_reads_its_own_groups_in_a_shared_pattern(
    text: str, expected: tuple[str, str]
) -> None:
    """A form tried with others in one pattern reads the groups of its own branch."""
    assert [(d.text, d.value) for d in dates(text)][-1] == expected


def test_form_indexes_keep_each_forms_own_copies() -> None:
    """Every form of a shared twin reads a name from a copy inside its own group, or from none."""
    forms = ("f_dayrange", "f_mdrange", "f_dmy", "f_mdy", "f_month")
    twin = _patterns.ascii_twin(forms)
    assert twin is not None
    pattern, index = twin
    numbers = tuple(index[f] for f in forms)
    own = _parser._form_indexes(forms, dict(index), numbers)

    def copies_of(name: str) -> tuple[int, ...]:
        number = index[name]
        return number if isinstance(number, tuple) else (number,)

    # the groups of the never-matching tail follow the last form
    extra = {g for f in forms for g in _patterns.EXTRA_GROUPS.get(f, ())}
    tail = min(max(copies_of(g)) for g in extra)
    assert pattern.match("3 may 2015") is not None
    for k, form in enumerate(forms):
        top = numbers[k + 1] if k + 1 < len(forms) else tail
        for name, number in own[k].items():
            for n in number if isinstance(number, tuple) else (number,):
                copies = copies_of(name)
                assert n in copies
                inside = [c for c in copies if numbers[k] <= c < top]
                assert n in inside or not inside, (form, name)


def test_lazy_pattern_is_compiled_on_first_use_and_bound_to_its_name() -> None:
    """A lazy pattern compiles on its first use, then its name holds the pattern itself."""
    from conflictparse.parsers.dates import _patterns

    space: dict[str, object] = {}
    space["EVE"] = stand_in = _patterns.lazy(space, "EVE", r"(?<![a-z])eve(?![a-z])")
    assert not isinstance(space["EVE"], regex.Pattern)
    assert stand_in.search("on the eve of the vote") is not None
    compiled = space["EVE"]
    assert isinstance(compiled, regex.Pattern)
    assert stand_in.pattern == compiled.pattern  # a kept stand-in still works


def test_import_compiles_no_rare_helper_pattern() -> None:
    """Importing the family leaves the rare helper patterns uncompiled (a fresh interpreter)."""
    import subprocess
    import sys

    code = (
        "import conflictparse.parsers.dates._parser as p, conflictparse.parsers.dates._patterns as t\n"
        "names = ['_STOP', '_TRUE_END', '_SENTENCE_END', '_DEADLINE']\n"
        "print(sum(type(getattr(p, n)).__name__ == '_Lazy' for n in names),"
        " type(t.FUTURE_CUE).__name__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "4 _Lazy" == out.stdout.strip()


# (text, publication date, {span text: value}; a span listed with None must not be a date)
ACCURACY_12 = [
    pytest.param(
        "TRAVELLERS SAID THAT ON 23 SEPTEMBER\n28 BODIES WERE FOUND NEAR THE TOWN.",
        D(1988, 9, 25),
        {"ON 23 SEPTEMBER": "1988-09-23"},
        id="two-digit-number-on-the-next-line-is-no-year",
    ),
    pytest.param(
        "VILLAGERS SAID THAT ON 2 MAY 31 PEOPLE FLED THE VALLEY.",
        D(1990, 5, 4),
        {"ON 2 MAY": "1990-05-02"},
        id="two-digit-count-is-no-year",
    ),
    pytest.param(
        "The offensive was scheduled to start yesterday, 30 March, but was put off.",
        D(2016, 3, 31),
        {"yesterday": "2016-03-30", "30 March": "2016-03-30"},
        id="day-month-restating-yesterday",
    ),
    pytest.param(
        "Talks were due to open today, 9 January, in Geneva.",
        D(2016, 1, 9),
        {"today": "2016-01-09", "9 January": "2016-01-09"},
        id="day-month-restating-today",
    ),
    pytest.param(
        "The third round of talks was slated for 20 and 21 November in Caracas.",
        D(2015, 11, 3),
        {"20 and 21 November": "2015-11-20/2015-11-21"},
        id="slated-for-is-future",
    ),
    pytest.param(
        "Police arrested two men last week and say a trial is set for June 3 in the capital.",
        D(2016, 1, 10),
        {"June 3": "2016-06-03"},
        id="set-for-is-future",
    ),
    pytest.param(
        "UNIONS CALLED A GREAT\nMARCH FOR TUESDAY. THE MARCH WILL BEGIN AT NOON.",
        D(2016, 1, 10),
        {"MARCH": None},
        id="march-as-a-noun",
    ),
    pytest.param(
        "The commander supervised a 21 October attack on a police post, officials said.",
        D(2016, 8, 24),
        {"21 October": "2015-10-21"},
        id="past-verb-before-dated-noun",
    ),
    pytest.param(
        "Reporters at the magazine resigned this weekend after receiving threats.",
        D(2016, 1, 11),
        {"this weekend": "2016-W01-WE"},
        id="this-weekend-past-on-monday",
    ),
    pytest.param(
        "Organisers say the festival will go ahead this weekend.",
        D(2016, 1, 11),
        {"this weekend": "2016-W02-WE"},
        id="this-weekend-future-on-monday",
    ),
    pytest.param(
        "NINE YEARS AGO TODAY, THE PRESIDENT DIED IN A PLANE CRASH.",
        D(1990, 5, 18),
        {"NINE YEARS AGO TODAY": "1981-05-18"},
        id="years-ago-today",
    ),
    pytest.param(
        "The offensive, which began at 2000 (0200 GMT), hit three towns in 2015.",
        D(2016, 1, 10),
        {"2000": None, "2015": "2015"},
        id="military-time-is-no-year",
    ),
    pytest.param(
        "Schools stay closed until the end of the month, officials said.",
        D(2026, 5, 1),
        {"end of the month": "2026-05"},
        id="end-of-the-month",
    ),
    pytest.param(
        "Police clashed with gunmen earlier in the month, and again earlier in the week.",
        D(2025, 1, 22),
        {"earlier in the month": "2025-01", "earlier in the week": "2025-W04"},
        id="earlier-in-the-month",
    ),
    pytest.param(
        "Over the weekend of 14-15 June, drones struck the port twice.",
        D(2025, 6, 20),
        {"the weekend": None, "14-15 June": "2025-06-14/2025-06-15"},
        id="the-weekend-of-named-days",
    ),
    pytest.param(
        "Exports were delayed earlier in the year by floods.",
        D(1995, 10, 26),
        {"earlier in the year": "1995"},
        id="earlier-in-the-year-past-verb",
    ),
    pytest.param(
        "The clash took place on Boyaca and 9 October avenues, police said.",
        D(2016, 1, 10),
        {"9 October": None},
        id="plural-street-name",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), ACCURACY_12)
def test_dates_accuracy_cases(
    text: str, published: dt.date, expected: dict[str, str | None]
) -> None:
    """Two-digit years, appositions, future cues, nouns, weekends and names read right."""
    found = {d.text.replace("\n", " "): d.value for d in dates(text, published)}
    for span, value in expected.items():
        key = span.replace("\n", " ")
        if value is None:
            assert key.lower() not in {t.lower() for t in found}, found
        else:
            assert found.get(key) == value, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Strikes killed 14 people in the past 24 hours.",
            ("2016-01-09/2016-01-10", "range"),
        ),
        (
            "Fighting killed 30 over the last three days.",
            ("2016-01-07/2016-01-10", "range"),
        ),
        ("He spent the last two days in hospital.", (None, "duration")),
        (
            "Medics said 40 people were killed in the previous 24 hours.",
            ("2016-01-09/2016-01-10", "range"),
        ),
        ("Rain had fallen in the previous three days.", (None, "duration")),
    ],
    ids=[
        "past-24-hours",
        "over-the-last-three-days",
        "a-stretch-not-up-to-now",
        "previous-24-hours",
        "previous-days-stay-a-duration",
    ],
)
def test_the_past_hours_or_days_are_a_range_up_to_the_report(
    text: str, expected: tuple[str | None, str]
) -> None:
    """ "In the past 24 hours", "over the last three days": the days up to the report."""
    [d] = dates(text)
    assert expected == (d.value, d.kind)


@pytest.mark.parametrize(
    "text",
    [
        "Attacks hit Hurum, according to the council chairman, Monday Kassah.",
        "Sunday Okonkwo, a trader, was shot dead near the market.",
        "Mr Friday Ogbu said gunmen attacked the village.",
        '"They burned the church first," said villager Sunday Danjuma.',
        "Gunmen abducted trader Monday Ishaku near the market.",
    ],
    ids=[
        "after-a-comma",
        "apposition-after",
        "after-a-title",
        "after-a-role",
        "object-after-a-role",
    ],
)
def test_a_weekday_as_a_first_name_is_no_date(text: str) -> None:
    """Sunday, Monday and Friday are first names too: "the chairman, Monday Kassah"."""
    assert () == dates(text)


@pytest.mark.parametrize(
    "text",
    [
        "The ministry said Tuesday Kenyan troops had withdrawn.",
        "Monday, Kenyan troops withdrew.",
        "Police said Sunday Boko Haram fighters had fled.",
    ],
    ids=["said-tuesday", "opening-weekday", "said-sunday-group"],
)
def test_a_weekday_before_a_capitalised_word_stays_a_date(text: str) -> None:
    """ "said Tuesday Kenyan troops ...": a day, not a name."""
    assert 1 == len(dates(text))


# Thursday 12 June 2025: a story date whose month has days on both sides of it.
THURSDAY = D(2025, 6, 12)


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        pytest.param(
            "Militiamen burned the market on the 9th, witnesses said.",
            THURSDAY,
            "on the 9th",
            "2025-06-09",
            id="this-month",
        ),
        pytest.param(
            "A mortar hit the school on the night of the 9th when classes had ended.",
            THURSDAY,
            "on the night of the 9th",
            "2025-06-09",
            id="on-the-night-of",
        ),
        pytest.param(
            "The airport was shelled on the 20th and closed to flights.",
            THURSDAY,
            "on the 20th",
            "2025-05-20",
            id="later-day-is-last-month",
        ),
        pytest.param(
            "Aid flights stopped on the 31st.",
            D(2025, 7, 12),
            "on the 31st",
            "2025-05-31",
            id="month-without-the-day-skipped",
        ),
        pytest.param(
            "Negotiators will meet again on the 3rd in Doha.",
            THURSDAY,
            "on the 3rd",
            "2025-07-03",
            id="future-is-next-month",
        ),
        pytest.param(
            "The governor said the toll had doubled by the 10th.",
            THURSDAY,
            "the 10th",
            "2025-06-10",
            id="by-the-day",
        ),
        pytest.param(
            "Residents were told to leave the camp by the 20th.",
            THURSDAY,
            "the 20th",
            "2025-06-20",
            id="a-deadline-is-this-months",
        ),
        pytest.param(
            "The curfew lasted until the 20th.",
            THURSDAY,
            "the 20th",
            "2025-05-20",
            id="a-past-end-point",
        ),
        pytest.param(
            "Gunmen stormed the prison in the early hours of the 2nd.",
            THURSDAY,
            "the 2nd",
            "2025-06-02",
            id="early-hours-of",
        ),
        pytest.param(
            "The blockade began on the 28th of last month.",
            THURSDAY,
            "on the 28th of last month",
            "2025-05-28",
            id="of-last-month",
        ),
        pytest.param(
            "Flights resumed on the 4th of this month.",
            THURSDAY,
            "on the 4th of this month",
            "2025-06-04",
            id="of-this-month",
        ),
    ],
)
def test_a_day_of_the_month_named_alone(
    text: str, published: dt.date, span: str, value: str
) -> None:
    """ "On the 9th": the latest such day up to the report (the next in future context)."""
    [d] = dates(text, published)
    assert (span, value, "day") == (d.text, d.value, d.precision)


@pytest.mark.parametrize(
    "text",
    [
        "The 9th Brigade was sent north on Tuesday.",
        "Crowds marked the 9th anniversary of the siege on Tuesday.",
        "Smoke rose from the 9th floor on Tuesday.",
        "Fires gutted the 9th, 10th and 11th floors on Tuesday.",
        "It was the 9th in a string of raids on Tuesday.",
        "Rockets fell on the 9th and 10th districts on Tuesday.",
    ],
    ids=[
        "brigade",
        "anniversary",
        "floor",
        "list-of-ordinals",
        "rank-without-on",
        "two-ordinals",
    ],
)
def test_an_ordinal_that_is_no_day_of_the_month(text: str) -> None:
    """ "The 9th Brigade", "the 9th floor", "the 9th, 10th and 11th floors": ranks, not days."""
    assert ["on Tuesday"] == [d.text for d in dates(text, THURSDAY)]


@pytest.mark.parametrize(
    ("text", "published", "span", "value", "earliest", "latest"),
    [
        pytest.param(
            "Cholera cases rose in the first week of May.",
            THURSDAY,
            "first week of May",
            "2025-05",
            D(2025, 5, 1),
            D(2025, 5, 7),
            id="first-week",
        ),
        pytest.param(
            "Raids intensified in the last week of March, monitors said.",
            THURSDAY,
            "last week of March",
            "2025-03",
            D(2025, 3, 25),
            D(2025, 3, 31),
            id="last-week",
        ),
        pytest.param(
            "Convoys were blocked through the second week of June.",
            THURSDAY,
            "second week of June",
            "2025-06",
            D(2025, 6, 8),
            D(2025, 6, 14),
            id="second-week",
        ),
        pytest.param(
            "The port was closed for the second half of April.",
            THURSDAY,
            "second half of April",
            "2025-04",
            D(2025, 4, 16),
            D(2025, 4, 30),
            id="second-half",
        ),
        pytest.param(
            "Voting is due in the first half of July.",
            THURSDAY,
            "first half of July",
            "2025-07",
            D(2025, 7, 1),
            D(2025, 7, 15),
            id="first-half-future",
        ),
        pytest.param(
            "Thousands fled in the final days of February 2024.",
            THURSDAY,
            "final days of February 2024",
            "2024-02",
            D(2024, 2, 23),
            D(2024, 2, 29),
            id="final-days-with-year",
        ),
        pytest.param(
            "Prices doubled in the first 10 days of January.",
            THURSDAY,
            "first 10 days of January",
            "2025-01",
            D(2025, 1, 1),
            D(2025, 1, 10),
            id="first-ten-days",
        ),
        pytest.param(
            "Troops dug in during the last two weeks of April.",
            THURSDAY,
            "last two weeks of April",
            "2025-04",
            D(2025, 4, 17),
            D(2025, 4, 30),
            id="last-two-weeks",
        ),
        pytest.param(
            "Most of the raids came in the first fortnight of May.",
            THURSDAY,
            "first fortnight of May",
            "2025-05",
            D(2025, 5, 1),
            D(2025, 5, 14),
            id="first-fortnight",
        ),
        pytest.param(
            "Shelling eased in the first week of last month.",
            THURSDAY,
            "first week of last month",
            "2025-05",
            D(2025, 5, 1),
            D(2025, 5, 7),
            id="of-last-month",
        ),
    ],
)
def test_a_part_of_a_month(
    text: str,
    published: dt.date,
    span: str,
    value: str,
    earliest: dt.date,
    latest: dt.date,
) -> None:
    """ "The first week of May", "the second half of June": the month, narrowed to those days."""
    [d] = dates(text, published)
    assert (span, value, "month", earliest, latest) == (
        d.text,
        d.value,
        d.precision,
        d.earliest,
        d.latest,
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Schools stay shut until the last week of the month.", ("2025-06", "date")),
        ("The town fell in the last week of the month.", (None, "event_relative")),
    ],
    ids=["the-current-month", "after-a-past-verb-another"],
)
def test_a_part_of_the_month(text: str, expected: tuple[str | None, str]) -> None:
    """ "The last week of the month" is this month's, as "the end of the month" is (never last week)."""
    [d] = dates(text, THURSDAY)
    assert ("last week of the month", *expected) == (d.text, d.value, d.kind)


def test_a_half_of_a_year_is_still_a_half() -> None:
    """ "The second half of 2024" stays the half year, "the second half of June" is June's."""
    assert ["2024-H2", "2025-06"] == [
        d.value
        for d in dates(
            "Sales fell in the second half of 2024 and the second half of June.", THURSDAY
        )
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "A drone hit the depot on Tuesday last week.",
            "on Tuesday last week",
            "2025-06-03",
        ),
        (
            "A drone hit the depot on Thursday of last week.",
            "on Thursday of last week",
            "2025-06-05",
        ),
        (
            "Families returned on Wednesday of this week.",
            "on Wednesday of this week",
            "2025-06-11",
        ),
        ("Talks resume on Monday next week.", "on Monday next week", "2025-06-16"),
    ],
    ids=[
        "tuesday-last-week",
        "thursday-of-last-week",
        "of-this-week",
        "monday-next-week",
    ],
)
def test_a_weekday_of_a_named_week(text: str, span: str, value: str) -> None:
    """ "On Tuesday last week" is that week's Tuesday, not the one just gone."""
    [d] = dates(text, THURSDAY)
    assert (span, value) == (d.text, d.value)


def test_since_the_start_of_the_year_counts_up_to_now() -> None:
    """ "Had been killed since the start of the year": this year, whatever the verb's tense."""
    found = dates(
        "Police said 80 people had been killed since the start of the year.", THURSDAY
    )
    assert [("start of the year", "2025", "date")] == [
        (d.text, d.value, d.kind) for d in found
    ]


def test_the_past_decade_is_the_ten_years_up_to_now() -> None:
    """ "Over the past decade" is a length of time (P10Y), not the 2010s; "the last decade" still is."""
    found = dates(
        "Raids rose over the past decade, more than in the last decade.", THURSDAY
    )
    assert [("past decade", None, "P10Y"), ("last decade", "201", None)] == [
        (d.text, d.value, d.duration) for d in found
    ]


def test_the_coming_weeks_are_the_future() -> None:
    """ "In the coming weeks" is TimeML's FUTURE_REF, as "in recent weeks" is PAST_REF; "the coming week" is next week."""
    found = dates(
        "Aid is due in the coming weeks, after cuts in recent weeks, and talks in the coming week.",
        THURSDAY,
    )
    assert [
        ("coming weeks", "FUTURE_REF"),
        ("in recent weeks", "PAST_REF"),
        ("coming week", "2025-W25"),
    ] == [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Shelling went on from the 5th to the 8th.",
            "from the 5th to the 8th",
            "2025-06-05/2025-06-08",
        ),
        (
            "Roads were cut between the 3rd and the 6th, aid groups said.",
            "between the 3rd and the 6th",
            "2025-06-03/2025-06-06",
        ),
        (
            "Raids peaked from the 20th to the 24th of last month.",
            "from the 20th to the 24th of last month",
            "2025-05-20/2025-05-24",
        ),
    ],
    ids=["from-to", "between-and", "of-last-month"],
)
def test_a_range_of_days_of_the_month_named_alone(
    text: str, span: str, value: str
) -> None:
    """ "From the 5th to the 8th": the days of the month their last day falls in."""
    [d] = dates(text, THURSDAY)
    assert (span, value, "range") == (d.text, d.value, d.kind)


WEDNESDAY = D(2025, 4, 9)


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        (
            "Militiamen burned the market on 3 April; 48 hours later they returned.",
            "48 hours later",
            "2025-04-05",
            "event_relative",
        ),
        (
            "Troops crossed the river on Sunday. Seventy-two hours later the bridge fell.",
            "Seventy-two hours later",
            "2025-04-09",
            "event_relative",
        ),
        (
            "The envoy said he had been detained 48 hours ago.",
            "48 hours ago",
            "2025-04-07",
            "date",
        ),
        (
            "The strike came barely 36 hours later, medics said.",
            "36 hours",
            None,
            "duration",
        ),
        (
            "Forty-eight hours later the convoy turned back.",
            "Forty-eight hours later",
            None,
            "event_relative",
        ),
    ],
    ids=[
        "48h-after-date",
        "72h-after-weekday",
        "48h-ago",
        "36h-stays-duration",
        "no-date-before",
    ],
)
def test_hours_in_whole_days_count_days(
    text: str, span: str, value: str | None, kind: str
) -> None:
    """ "48 hours later" steps two days from the date told before, as "two days later" does; 36 hours stays a length."""
    found = [d for d in dates(text, WEDNESDAY) if d.text == span]
    assert [(value, kind)] == [(d.value, d.kind) for d in found]


def test_half_an_hour_later_is_no_count_of_hours() -> None:
    """ "Half an hour later": no mention of "an hour" (it is half of one)."""
    assert [] == [
        d.text
        for d in dates("He phoned at nine. Half an hour later he was dead.", WEDNESDAY)
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Aid trucks were looted the week before last, the agency said.",
            "the week before last",
            "2025-W13",
        ),
        ("The mayor fled the month before last.", "the month before last", "2025-02"),
        ("Turnout fell the year before last.", "the year before last", "2023"),
        (
            "Clashes broke out the weekend before last.",
            "the weekend before last",
            "2025-W13-WE",
        ),
        (
            "Shells fell on the camp the night before last.",
            "the night before last",
            "2025-04-07",
        ),
    ],
    ids=["week", "month", "year", "weekend", "night"],
)
def test_the_unit_before_last(text: str, span: str, value: str) -> None:
    """ "The week before last" is two weeks before the report's, "the night before last" two days before."""
    [d] = dates(text, WEDNESDAY)
    assert (span, value) == (d.text, d.value)


def test_before_last_years_vote_is_last_year() -> None:
    """ "The week before last year's vote" counts from the vote, not two weeks back."""
    found = dates("Arrests rose the week before last year's vote.", WEDNESDAY)
    assert [("last year", "2024")] == [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Two reporters were arrested a week ago Sunday.",
            "a week ago Sunday",
            "2025-03-30",
        ),
        ("The dam was hit two weeks ago Friday.", "two weeks ago Friday", "2025-03-21"),
        ("The vote was held a week ago Wednesday.", "a week ago Wednesday", "2025-04-02"),
    ],
    ids=["sunday", "two-weeks-friday", "same-weekday"],
)
def test_a_week_ago_weekday(text: str, span: str, value: str) -> None:
    """ "A week ago Sunday" is the Sunday a week before the last one, one mention."""
    [d] = dates(text, WEDNESDAY)
    assert (span, value, "day") == (d.text, d.value, d.precision)


def test_a_week_ago_then_a_weekday_in_another_clause() -> None:
    """After a comma the weekday is a date of its own."""
    found = dates("It began a week ago, and on Sunday the army left.", WEDNESDAY)
    assert [("a week ago", "2025-W14"), ("on Sunday", "2025-04-06")] == [
        (d.text, d.value) for d in found
    ]


def test_ago_today_is_one_mention() -> None:
    """ "Nine years ago today": one mention, no second "today" inside it."""
    found = dates("The dam burst nine years ago today.", WEDNESDAY)
    assert [("nine years ago today", "2016-04-09")] == [(d.text, d.value) for d in found]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Gunmen raided the village on Monday. The night before, a drone hit a fuel depot.",
            "night before",
            "2025-04-06",
        ),
        (
            "Rebels took the hill on 2 April. The morning after, jets bombed it.",
            "morning after",
            "2025-04-03",
        ),
        ("The night before, a drone hit a fuel depot.", "night before", None),
        (
            "Arrests rose the night before the vote, after the rally on Monday.",
            "night before",
            None,
        ),
    ],
    ids=["night-before", "morning-after", "no-date-before", "before-an-event"],
)
def test_the_night_before(text: str, span: str, value: str | None) -> None:
    """ "The night before" is the day before the one told last; before a named event it stays unresolved."""
    found = [d for d in dates(text, WEDNESDAY) if d.text == span]
    assert [(value, "event_relative")] == [(d.value, d.kind) for d in found]


def test_night_after_night_is_no_date() -> None:
    """ "Night after night" is a repetition, not the night after a date."""
    assert [] == list(dates("Shells fell night after night on the camp.", WEDNESDAY))


@pytest.mark.parametrize(
    ("text", "span", "value", "duration"),
    [
        (
            "The aid worker was seized a fortnight ago.",
            "a fortnight ago",
            "2025-W13",
            "P2W",
        ),
        (
            "Rebels entered the town on 3 April. A fortnight later they withdrew.",
            "A fortnight later",
            "2025-04-17",
            "P2W",
        ),
        ("The roads stayed shut for a fortnight.", "a fortnight", None, "P2W"),
        ("Two fortnights ago the talks failed.", "Two fortnights ago", "2025-W11", "P4W"),
    ],
    ids=["ago", "later", "duration", "two"],
)
def test_a_fortnight_is_two_weeks(
    text: str, span: str, value: str | None, duration: str
) -> None:
    """ "A fortnight ago" is two weeks ago, "for a fortnight" the duration P2W."""
    found = [d for d in dates(text, WEDNESDAY) if d.text == span]
    assert [(value, duration)] == [(d.value, d.duration) for d in found]


@pytest.mark.parametrize(
    ("text", "published", "span", "value"),
    [
        (
            "The truce collapsed on Easter Sunday, monitors said.",
            WEDNESDAY,
            "Easter Sunday",
            "2024-03-31",
        ),
        (
            "The Kremlin announced an Easter truce.",
            D(2025, 4, 19),
            "Easter",
            "2025-04-20",
        ),
        (
            "Shelling resumed on Easter Monday.",
            D(2025, 4, 23),
            "Easter Monday",
            "2025-04-21",
        ),
        (
            "Both sides will observe a pause for Orthodox Easter.",
            D(2024, 4, 9),
            "Easter",
            "2024-05-05",
        ),
        (
            "Churches were bombed on Easter Sunday 2019.",
            WEDNESDAY,
            "Easter Sunday 2019",
            "2019-04-21",
        ),
        (
            "Pilgrims gathered as Easter week began.",
            D(2025, 4, 14),
            "Easter week",
            "2025-W16",
        ),
        (
            "Gunmen raided a church on Christmas Day 2023.",
            WEDNESDAY,
            "Christmas Day 2023",
            "2023-12-25",
        ),
    ],
    ids=[
        "past",
        "days-off",
        "monday",
        "orthodox",
        "with-year",
        "week",
        "christmas-with-year",
    ],
)
def test_easter_is_a_moving_holiday(
    text: str, published: dt.date, span: str, value: str
) -> None:
    """Easter falls on a different day each year (and the Orthodox one on another): computed, placed by tense."""
    found = [d for d in dates(text, published) if d.text == span]
    assert [value] == [d.value for d in found]


def test_easter_island_is_a_place() -> None:
    """ "Easter Island" is no holiday."""
    assert () == dates("A navy ship reached Easter Island.", WEDNESDAY)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The army gave residents of the camp until Friday to leave.", "2025-04-11"),
        ("The army gave residents until 6 p.m. Friday to leave.", "2025-04-11"),
        ("Fighters were given until 9 a.m. on Monday to withdraw.", "2025-04-14"),
        ("The truce runs until Sunday, mediators said.", "2025-04-13"),
        ("Talks are set for 10 a.m. Thursday in Doha.", "2025-04-10"),
        ("Rebels held the bridge until Sunday.", "2025-04-06"),
        ("The toll had risen to five by Friday.", "2025-04-04"),
        ("Gunmen struck at about 2 p.m. Tuesday, police said.", "2025-04-08"),
    ],
    ids=[
        "gave-until",
        "until-clock",
        "were-given-until-clock-on",
        "runs-until",
        "set-for-clock",
        "held-until-past",
        "by-a-toll-past",
        "clock-past",
    ],
)
def test_a_weekday_as_a_deadline(text: str, value: str) -> None:
    """ "Until Friday" after a grant or no past verb is the coming Friday; a clock time ("6 p.m.") ends no sentence."""
    [d] = dates(text, WEDNESDAY)
    assert value == d.value


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Drones flew over the city from Saturday into Sunday.",
            "from Saturday into Sunday",
            "2025-04-05/2025-04-06",
        ),
        (
            "Missiles struck overnight Tuesday into Wednesday.",
            "overnight Tuesday into Wednesday",
            "2025-04-08/2025-04-09",
        ),
        (
            "Fighting raged from late March into April.",
            "from late March into April",
            "2025-03/2025-04",
        ),
    ],
    ids=["from-into", "overnight-into", "months"],
)
def test_from_one_day_into_the_next_is_a_range(text: str, span: str, value: str) -> None:
    """ "From Saturday into Sunday", "overnight Tuesday into Wednesday": one range."""
    [d] = dates(text, WEDNESDAY)
    assert (span, value, "range") == (d.text, d.value, d.kind)


def test_into_without_from_is_no_range() -> None:
    """ "Talks ran Saturday into Sunday": without "from" or "overnight" before it, two days."""
    found = dates("Talks ran Saturday into Sunday.", WEDNESDAY)
    assert [("Saturday", "date"), ("Sunday", "date")] == [(d.text, d.kind) for d in found]


@pytest.mark.parametrize(
    ("text", "span", "value", "kind"),
    [
        (
            "More than 200 people were killed in the past week, the UN said.",
            "past week",
            "2025-04-02/2025-04-09",
            "range",
        ),
        (
            "Over the past month, drones hit the port 30 times.",
            "past month",
            "2025-03-09/2025-04-09",
            "range",
        ),
        ("The past week was the calmest this year.", "past week", "2025-W14", "date"),
        ("Prices rose this past week.", "past week", "2025-W14", "date"),
    ],
    ids=["in-the-past-week", "over-the-past-month", "subject", "this-past-week"],
)
def test_in_the_past_week_runs_up_to_the_report(
    text: str, span: str, value: str, kind: str
) -> None:
    """ "Killed in the past week" are the seven days up to the report, as "in the past seven days"; "this past week" is last week."""
    found = [d for d in dates(text, WEDNESDAY) if d.text == span]
    assert [(value, kind)] == [(d.value, d.kind) for d in found]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Police tightened security ahead of Sunday's election.", "2025-04-13"),
        ("Attacks on candidates rose in the run-up to Sunday's vote.", "2025-04-13"),
        ("Preparations for Saturday's rally were halted.", "2025-04-12"),
        ("Two men were arrested for Saturday's bombing.", "2025-04-05"),
        ("Sunday's shelling killed four.", "2025-04-06"),
    ],
    ids=["ahead-of", "run-up-to", "preparations-for", "arrested-for", "subject"],
)
def test_a_weekday_event_led_up_to_is_the_coming_one(text: str, value: str) -> None:
    """ "Ahead of Sunday's election" is the coming Sunday; "Saturday's bombing" otherwise stays the last one."""
    [d] = dates(text, WEDNESDAY)
    assert value == d.value


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        (
            "A missile hit Sumy on Palm Sunday, killing 35.",
            D(2025, 5, 2),
            [("Palm Sunday", "2025-04-13")],
        ),
        (
            "Fighting paused on Good Friday, monitors said.",
            D(2025, 4, 22),
            [("Good Friday", "2025-04-18")],
        ),
        (
            "The 1998 Good Friday Agreement ended the conflict.",
            WEDNESDAY,
            [("1998", "1998")],
        ),
        ("It was a good Friday for the army.", WEDNESDAY, [("Friday", "2025-04-04")]),
    ],
    ids=[
        "palm-sunday-weeks-later",
        "good-friday",
        "good-friday-agreement",
        "lower-case-good",
    ],
)
def test_palm_sunday_and_good_friday_count_from_easter(
    text: str, published: dt.date, found: list[tuple[str, str]]
) -> None:
    """Palm Sunday is the Sunday before Easter, Good Friday two days before it; the Good Friday Agreement is a treaty."""
    assert found == [(d.text, d.value) for d in dates(text, published)]


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("The attack on 5 April, a Saturday, killed 12 people.", "2025-04-05"),
        ("The siege began on Jan. 7, a Tuesday, and lasted a week.", "2025-01-07"),
    ],
)
def test_an_appositive_weekday_is_the_day_before_it(text: str, day: str) -> None:
    """ "On 5 April, a Saturday," tells one day twice: the weekday is that day, not a week later."""
    found = _parser.scan(text, published=dt.date(2025, 4, 18))
    assert [day, day] == [d.value for d in found][:2]


@pytest.mark.parametrize(
    ("text", "span", "value", "duration"),
    [
        (
            "The militia took the dam a year and a half ago.",
            "a year and a half ago",
            "2023-10",
            "P18M",
        ),
        (
            "Two and a half years ago the border post fell.",
            "Two and a half years ago",
            "2022-10",
            "P30M",
        ),
        (
            "The insurgency began a decade and a half ago.",
            "a decade and a half ago",
            "2010",
            "P15Y",
        ),
    ],
    ids=["a-year", "two-years", "decade"],
)
def test_and_a_half_counts_in_the_smaller_unit(
    text: str, span: str, value: str, duration: str
) -> None:
    """ "A year and a half ago" is 18 months ago, read at month precision."""
    found = [d for d in dates(text, WEDNESDAY) if d.text == span]
    assert [(value, duration)] == [(d.value, d.duration) for d in found]


def test_a_day_and_a_half_ago_is_no_date() -> None:
    """A half day has no whole smaller unit to count in: no value rather than a wrong day."""
    assert not [
        d for d in dates("Gunmen left a day and a half ago.", WEDNESDAY) if d.value
    ]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Insurgents ambushed a convoy on 2 April. Hours later, a drone hit the depot.",
            "Hours later",
            "2025-04-02",
        ),
        (
            "The rebels shelled the airport on Monday and hours later stormed it.",
            "hours later",
            "2025-04-07",
        ),
        ("Hours before the ceasefire, jets struck the port.", "Hours before", None),
        (
            "Drones hit the dam on 2 April. Families had fled the area last week. Hours later, shells fell.",
            "Hours later",
            "2025-04-02",
        ),
    ],
    ids=["later", "lower-case", "named-event", "past-a-vaguer-date"],
)
def test_hours_later_is_the_day_told_before(
    text: str, span: str, value: str | None
) -> None:
    """ "Hours later" with no count falls on the day told last; "hours before the ceasefire" counts from it."""
    found = [d for d in dates(text, WEDNESDAY) if d.text == span]
    assert [(value, "day")] == [(d.value, d.precision) for d in found]


def test_days_later_is_not_the_day_told_before() -> None:
    """ "Days later" is some days on: not the day told before, as "later in the day" is."""
    found = dates(
        "Militants raided the camp on 2 April. Days later, the army returned.", WEDNESDAY
    )
    assert [None] == [d.value for d in found if d.text == "Days later"]


@pytest.mark.parametrize(
    ("text", "value"),
    [
        (
            "The militia's ultimatum expires at noon Saturday, a spokesman said.",
            "2025-04-12",
        ),
        ("The three-day truce ends on Friday, mediators said.", "2025-04-11"),
        ("A night curfew takes effect on Monday in the capital.", "2025-04-14"),
        ("The truce that began on Monday collapsed within hours.", "2025-04-07"),
    ],
    ids=["expires", "ends", "takes-effect", "began-is-past"],
)
def test_a_present_of_what_is_set_to_happen_is_the_coming_day(
    text: str, value: str
) -> None:
    """ "The ultimatum expires Saturday" tells what is set to happen: the coming Saturday."""
    assert value == next(d.value for d in dates(text, WEDNESDAY) if d.kind == "date")


@pytest.mark.parametrize(
    ("text", "published", "values"),
    [
        (
            "Army raids in October and November 2019 left 30 dead.",
            WEDNESDAY,
            ["2019-10", "2019-11"],
        ),
        (
            "Strikes in June, July and August 2020 hit the port.",
            WEDNESDAY,
            ["2020-06", "2020-07", "2020-08"],
        ),
        (
            "The camps were shelled on June 2 and July 9, 2022.",
            WEDNESDAY,
            ["2022-06-02", "2022-07-09"],
        ),
        (
            "Rebels held the pass in December and January 2021.",
            WEDNESDAY,
            ["2020-12", "2021-01"],
        ),
        (
            "Militias clashed in January and May, monitors said.",
            D(2025, 3, 20),
            ["2024-01", "2024-05"],
        ),
        (
            "Elections are planned for January and May.",
            D(2025, 3, 20),
            ["2026-01", "2025-05"],
        ),
    ],
    ids=["and-year", "list", "days", "across-new-year", "past-both-bare", "future-kept"],
)
def test_coordinated_months_share_a_year(
    text: str, published: dt.date, values: list[str]
) -> None:
    """ "In October and November 2019": the year told after the last month is the first month's too."""
    assert values == [d.value for d in dates(text, published) if d.kind == "date"]


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        ("the talks from April to June", D(2026, 1, 15), "2026-04/2026-06"),
        ("in April", D(2026, 1, 15), "2026-04"),
        ("from April 2 to June 9", D(2025, 12, 28), "2026-04-02/2026-06-09"),
        (
            "Gunmen roamed the valley from April to June.",
            D(2026, 1, 15),
            "2025-04/2025-06",
        ),
    ],
    ids=["bare-range", "bare-month", "bare-day-range", "past-range"],
)
def test_a_bare_range_is_placed_as_its_start_alone(
    text: str, published: dt.date, value: str
) -> None:
    """With no tense "from April to June" is the months "in April" alone names; told in the past, the year before."""
    assert value == parse_date(text, published=published).value


@pytest.mark.parametrize(
    ("text", "published", "value"),
    [
        (
            "Aid convoys have been blocked since November 12.",
            D(2026, 11, 10),
            "2025-11-12",
        ),
        (
            "Aid convoys have been blocked since 12 November.",
            D(2026, 11, 10),
            "2025-11-12",
        ),
        (
            "Aid convoys have been blocked since November 12.",
            D(2026, 11, 20),
            "2026-11-12",
        ),
    ],
    ids=["two-days-ahead", "day-first", "days-gone"],
)
def test_since_a_day_starts_a_running_period_in_the_past(
    text: str, published: dt.date, value: str
) -> None:
    """ "Since November 12" told on November 10 began a year before: a running period never starts days ahead."""
    assert value == next(d.value for d in dates(text, published) if d.kind == "date")


@pytest.mark.parametrize(
    ("text", "values"),
    [
        (
            "Gunmen shot dead four labourers near Turbat overnight, police said.",
            ["2025-04-08/2025-04-09"],
        ),
        ("Overnight, drones struck the port.", ["2025-04-08/2025-04-09"]),
        ("Russia launched 90 drones overnight into Sunday.", ["2025-04-06"]),
        ("Fighting raged overnight Monday into Tuesday.", ["2025-04-07/2025-04-08"]),
        # a kind of raid, dated elsewhere
        ("Rebels killed 12 in an overnight raid last Saturday.", ["2025-04-05"]),
    ],
    ids=["adverb", "opening", "into-weekday", "range", "adjective"],
)
def test_overnight_is_the_night_before_the_report(text: str, values: list[str]) -> None:
    """ "Overnight" alone is the night up to the report: the day before it and the report's own day (its small hours)."""
    assert values == [d.value for d in dates(text, WEDNESDAY)]


@pytest.mark.parametrize(
    ("text", "span", "value"),
    [
        (
            "Gunmen struck on the eve of Sunday's election.",
            "the eve of Sunday",
            "2025-04-05",
        ),
        (
            "Gunmen struck on the eve of the April 6 vote.",
            "the eve of the April 6",
            "2025-04-05",
        ),
        # an event with no day is no date
        ("On the eve of the attack, the group blocked the roads.", None, None),
    ],
    ids=["weekday", "date", "event"],
)
def test_the_eve_of_a_day_is_the_day_before(
    text: str, span: str | None, value: str | None
) -> None:
    """ "On the eve of Sunday's election" is the Saturday, not the Sunday."""
    got = [(d.text, d.value) for d in dates(text, WEDNESDAY)]
    assert got == ([] if span is None else [(span, value)])


def test_a_range_takes_the_year_of_its_end() -> None:
    """ "From May to July 2022" is one range in 2022, not May of the report's year and a lone July."""
    found = dates("Sieges from May to July 2022 starved the town.", WEDNESDAY)
    assert [("range", "2022-05/2022-07")] == [(d.kind, d.value) for d in found]


@pytest.mark.parametrize(
    ("text", "published", "span", "kind", "value"),
    [
        (
            "Gunmen attacked worshippers during Ramadan, police said.",
            D(2023, 5, 2),
            "Ramadan",
            "range",
            "2023-03-23/2023-04-20",
        ),
        (
            "Raids continued through Ramadan.",
            D(2025, 3, 10),
            "Ramadan",
            "range",
            "2025-03-01/2025-03-29",
        ),
        (
            "Both sides pledged a truce for Eid al-Fitr.",
            D(2024, 4, 5),
            "Eid al-Fitr",
            "date",
            "2024-04-10",
        ),
        (
            # (the feast's first day; "the eve of" it is the day before)
            "The market was shelled on the eve of Eid al-Adha.",
            D(2021, 8, 1),
            "the eve of Eid al-Adha",
            "date",
            "2021-07-19",
        ),
        (
            "Prayers marked Eid al-Adha in Kabul.",
            D(2021, 8, 1),
            "Eid al-Adha",
            "date",
            "2021-07-20",
        ),
        (
            "Sieges marked Ramadan 2017 in Yemen.",
            D(2025, 3, 10),
            "Ramadan 2017",
            "range",
            "2017-05-27/2017-06-24",
        ),
        (
            "Bombings rose in Ramadan last year.",
            D(2025, 1, 20),
            "Ramadan",
            "range",
            "2024-03-11/2024-04-09",
        ),
        (
            "Prayers for Eid ul-Adha were cancelled.",
            D(2016, 9, 20),
            "Eid ul-Adha",
            "date",
            "2016-09-11",
        ),
        (
            "A car bomb hit Kabul on the first day of Ramadan.",
            D(2021, 5, 2),
            "first day of Ramadan",
            "date",
            "2021-04-13",
        ),
        (
            "Talks stalled on the last day of Ramadan.",
            D(2021, 5, 20),
            "last day of Ramadan",
            "date",
            "2021-05-12",
        ),
    ],
    ids=[
        "past",
        "under-way",
        "coming-fitr",
        "eve-of-adha",
        "adha",
        "year",
        "last-year",
        "ul",
        "first-day",
        "last-day",
    ],
)
def test_ramadan_and_the_eids_from_the_table(
    text: str, published: dt.date, span: str, kind: str, value: str
) -> None:
    """Ramadan is the month of fasting up to the eve of Eid al-Fitr; the Eids are the feasts' first days."""
    found = [d for d in dates(text, published) if d.text == span]
    assert [(kind, value)] == [(d.kind, d.value) for d in found]


@pytest.mark.parametrize(
    "text",
    [
        "The preacher Tariq Ramadan spoke in Geneva.",
        "Ramadan Shallah led the group for years.",
    ],
)
def test_ramadan_in_a_name_is_no_date(text: str) -> None:
    """A capitalised word before or after "Ramadan" makes it a person's name."""
    assert not dates(text, D(2024, 3, 20))


def test_ramadan_outside_the_table_has_no_value() -> None:
    """No rule computes the moon's sighting: a Ramadan the table lacks is told, not dated."""
    assert [(None, "day")] == [
        (d.value, d.precision)
        for d in dates("Attacks eased during Ramadan.", D(2012, 8, 1))
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Rebels attacked the town on Tuesday, 3 May 2016, officials said.",
        "Shelling resumed on Friday May 6 and again on Sunday last week.",
        "The talks open on Monday next week, and on Friday the envoys leave.",
        "Gunmen struck late Wednesday, killing four, and fled on Thursday.",
        "The vote was moved from April 3 to April when the roads reopened.",
        "Troops left in Sept. as convoys rolled; on March 9-11 they returned.",
        "On Saturday 21st the curfew ended, and on Saturday,the shops opened.",
        "Fighting in Jan. eased by Feb 2017, and in may 3 became quiet.",
    ],
)
def test_forms_ruled_out_after_a_weekday_or_month_cannot_match(text: str) -> None:
    """
    A form the word after a weekday or a month rules out (the dates
    parser then tries the others alone) matches nowhere from that word or
    from "on" before it.
    """
    from conflictparse.parsers.dates import _parser as dp
    from conflictparse.parsers.dates import _patterns as pat

    folded = dp.quick_fold(text)
    spans = [(m.start(), m.end()) for m in regex.finditer(r"[a-z0-9]+", folded)]
    words = [folded[a:b].encode("ascii") for a, b in spans]
    last = len(words) - 1
    ruled_out = 0
    for k, word in enumerate(words):
        if word not in dp._DATE_NAMES:
            continue
        key = dp._next_key(words, k, last)
        if key is None:
            continue
        kind, _, nxt = key.partition(" ")
        starts = [spans[k][0]] + (
            [spans[k - 1][0]] if k and words[k - 1] == b"on" else []
        )
        for start in starts:
            first = words[k] if start == spans[k][0] else b"on"
            forms = (
                pat.forms_before("on", word.decode()) if first == b"on"
                else pat.forms_starting_with(word.decode())
            )  # fmt: skip
            kept = pat.forms_given_next(forms, kind, nxt)
            for form in set(forms) - set(kept):
                ruled_out += 1
                assert pat.form_pattern(form).match(folded, start) is None, (form, start)
    assert ruled_out  # every sentence has a form ruled out
