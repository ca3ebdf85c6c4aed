"""
The dateline parser: wire styles, dates with and without a publication
date, agencies, and text that only looks like a dateline.
"""

from __future__ import annotations

import datetime as _dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conflictparse import Context, Document, Pipeline
from conflictparse.parsers.dateline import DatelineParser, two_digit_year

PARSER = DatelineParser()
PUBLISHED = _dt.date(2016, 1, 12)


def _read(text: str, published: _dt.date | None = None) -> tuple[object, ...] | None:
    d = PARSER(Document(text=text, context=Context(published=published)))
    if d is None:
        return None
    assert d.text == text[d.span.start : d.span.end]
    return (d.text, d.date, d.source, d.country)


# (text, published, expected (place, date, agency, country))
STYLES = [
    pytest.param(
        "Kabul: Afghan forces on Sunday retook a district.",
        None,
        ("Kabul", None, None, "AF"),
        id="colon",
    ),
    pytest.param(
        "KABUL (AFP) - Afghan forces retook a district.",
        None,
        ("KABUL", None, "AFP", "AF"),
        id="caps-agency-dash",
    ),
    pytest.param(
        "KABUL, Jan 10 (Reuters) - Afghan forces retook a district.",
        PUBLISHED,
        ("KABUL", _dt.date(2016, 1, 10), "Reuters", "AF"),
        id="month-day-agency",
    ),
    pytest.param(
        "KABUL, Jan 10 (Reuters) - Afghan forces retook a district.",
        None,
        ("KABUL", None, "Reuters", "AF"),
        id="month-day-without-year-stays-open",
    ),
    pytest.param(
        "WASHINGTON, Jan. 8, 2016 (AP) -- The Pentagon said on Friday.",
        None,
        ("WASHINGTON", _dt.date(2016, 1, 8), "AP", "US"),
        id="full-date-double-dash",
    ),
    pytest.param(
        "SAN SALVADOR, 3 JAN 90 (ACAN-EFE) -- [TEXT] THE ARMY REPORTED CLASHES.",
        None,
        ("SAN SALVADOR", _dt.date(1990, 1, 3), "ACAN-EFE", "SV"),
        id="muc-two-word-place",
    ),
    pytest.param(
        "BOGOTA, 12 APR 89 (EFE) -- [TEXT] GUERRILLAS ATTACKED A POST.",
        None,
        ("BOGOTA", _dt.date(1989, 4, 12), "EFE", "CO"),
        id="muc-day-month-yy",
    ),
    pytest.param(
        "EL PARAISO (EL SALVADOR), 19 MAR 89 (ACAN-EFE) -- [TEXT] REBELS ATTACKED.",
        None,
        ("EL PARAISO", _dt.date(1989, 3, 19), "ACAN-EFE", "SV"),
        id="fbis-country-in-brackets",
    ),
    pytest.param(
        "PARIS (AFP), Jan 10 - Police arrested two men.",
        PUBLISHED,
        ("PARIS", _dt.date(2016, 1, 10), "AFP", "FR"),
        id="agency-in-brackets-before-date",
    ),
    pytest.param(
        "PERTH (AUSTRALIA), JUNE 11 89 (AFP) -- [TEXT] THE MINISTER SAID.",
        None,
        ("PERTH", _dt.date(1989, 6, 11), "AFP", "AU"),
        id="fbis-month-day-yy",
    ),
    pytest.param(
        "TEGUCIGALPA, 7 FEB (REUTER) -- [TEXT] A BOMB DAMAGED A BANK.",
        _dt.date(1990, 2, 9),
        ("TEGUCIGALPA", _dt.date(1990, 2, 7), "REUTER", "HN"),
        id="day-month-without-year",
    ),
    pytest.param(
        "HAVANA (CUBA), NO DATE (DOMESTIC SERVICE) -- [SPEECH] [TEXT] COMRADES.",
        None,
        ("HAVANA", None, "DOMESTIC SERVICE", "CU"),
        id="fbis-no-date",
    ),
    pytest.param(
        "MOGADISHU, Somalia (AP) — Gunmen attacked a hotel.",
        None,
        ("MOGADISHU", None, "AP", "SO"),
        id="place-country-em-dash",
    ),
    pytest.param(
        "KUNDUZ, Afghanistan, March 6 (Wire) - Taliban fighters attacked.",
        _dt.date(2016, 3, 6),
        ("KUNDUZ", _dt.date(2016, 3, 6), "Wire", "AF"),
        id="place-country-date",
    ),
    pytest.param(
        "DAMASCUS, Dec 31 (Reuters) - Shelling continued.",
        _dt.date(2016, 1, 2),
        ("DAMASCUS", _dt.date(2015, 12, 31), "Reuters", "SY"),
        id="year-end-before-january",
    ),
    pytest.param(
        "KHARVAN, Tuesday 3 March 2026 - Drones struck a depot.",
        None,
        ("KHARVAN", _dt.date(2026, 3, 3), None, None),
        id="weekday-day-month-year",
    ),
    pytest.param(
        "KABUL, Sunday, March 1, 2026 (Wire) -- Troops withdrew.",
        None,
        ("KABUL", _dt.date(2026, 3, 1), "Wire", "AF"),
        id="weekday-comma-month-day-year",
    ),
    pytest.param(
        "GOMA, Friday 6 Feb (Wire) – Rebels advanced.",
        _dt.date(2026, 2, 7),
        ("GOMA", _dt.date(2026, 2, 6), "Wire", "CD"),
        id="weekday-day-month-no-year",
    ),
    pytest.param(
        "  ALEPPO, Syria (Wire) - Air strikes hit the east.",
        None,
        ("ALEPPO", None, "Wire", "SY"),
        id="leading-space",
    ),
    pytest.param(
        "GOMA (North Kivu) (Reuters) - Rebels shelled the town on Tuesday.",
        None,
        ("GOMA", None, "Reuters", "CD"),
        id="bracketed-province-then-agency",
    ),
    pytest.param(
        "Khartoum, Sudan \u2014 Paramilitary forces shelled Omdurman on Tuesday.",
        None,
        ("Khartoum", None, None, "SD"),
        id="mixed-case-town-country-em-dash",
    ),
    pytest.param(
        "Goma, North Kivu \u2013 Rebels shelled the town on Tuesday.",
        None,
        ("Goma", None, None, "CD"),
        id="mixed-case-town-province-en-dash",
    ),
    pytest.param(
        "CAIRO/JERUSALEM, May 20 (Wire) - Strikes killed 60 people.",
        _dt.date(2025, 5, 21),
        ("CAIRO", _dt.date(2025, 5, 20), "Wire", "EG"),
        id="two-towns-slash",
    ),
]


@pytest.mark.parametrize(("text", "published", "expected"), STYLES)
def test_dateline_styles(
    text: str, published: _dt.date | None, expected: tuple[object, ...]
) -> None:
    """Common wire dateline styles give place, date, agency and country."""
    assert expected == _read(text, published)


NOT_DATELINES = [
    pytest.param("Officials said - the attack began at dawn.", id="sentence-with-dash"),
    pytest.param(
        "Officials, Reuters \u2014 said it began at dawn.", id="mixed-case-no-region"
    ),
    pytest.param(
        "Kabul, Afghanistan - the talks stalled.", id="mixed-case-hyphen-is-no-wire-dash"
    ),
    pytest.param("KABUL-based analysts say the talks stalled.", id="hyphenated-place"),
    pytest.param("The army said: five soldiers died.", id="sentence-with-colon"),
    pytest.param("Five soldiers died on Sunday.", id="plain-sentence"),
    pytest.param("", id="empty"),
    pytest.param("\n\n", id="blank"),
]


@pytest.mark.parametrize("text", NOT_DATELINES)
def test_not_a_dateline(text: str) -> None:
    """Sentences that only look like datelines give None."""
    assert None is _read(text)


@pytest.mark.parametrize(
    ("yy", "published", "year"),
    [
        pytest.param(90, None, 1990, id="90-no-context"),
        pytest.param(16, None, 2016, id="16-no-context"),
        pytest.param(16, _dt.date(2016, 1, 10), 2016, id="same-year"),
        pytest.param(99, _dt.date(2016, 1, 10), 1999, id="last-century"),
        pytest.param(89, _dt.date(1990, 1, 3), 1989, id="muc-era"),
    ],
)
def test_two_digit_year(yy: int, published: _dt.date | None, year: int) -> None:
    """Two-digit years go to the century that puts them nearest before publication."""
    assert year == two_digit_year(yy, published)


def test_a_second_dateline_town_is_no_scene() -> None:
    """ "CAIRO/JERUSALEM, May 20": both towns are where the story was filed, neither a scene."""
    report = Pipeline().run(
        "CAIRO/JERUSALEM, May 20 (Wire) - Strikes killed 60 people in Rafah."
    )
    assert [("CAIRO", "dateline"), ("JERUSALEM", "dateline"), ("Rafah", "place")] == [
        (p.text, p.role) for p in report.places
    ]


def test_dateline_date_becomes_published_in_pipeline() -> None:
    """Through the pipeline, a dateline's full date fills ``published``."""
    report = Pipeline(
        dates=None, actors=None, places=None, casualties=None, events=None
    ).run("LIMA, 9 JAN 90 (PANAMERICANA TELEVISION) -- [TEXT] A BOMB EXPLODED.")
    assert _dt.date(1990, 1, 9) == report.published


def test_seed_dateline(seed_story: Path) -> None:
    """The seed story opens with ``Kabul:``, resolved to Afghanistan."""
    text = seed_story.read_text(encoding="utf-8")
    assert ("Kabul", None, None, "AF") == _read(text)


# --- the date read from the match's groups == the old reading of its text ----

_MONTH_WORDS = [
    "jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun",
    "june", "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october",
    "nov", "november", "dec", "december", "\u017fep", "\u017fept", "augu\u017ft",
]  # fmt: skip


def _old_reading(text: str, published: _dt.date | None) -> _dt.date | None:
    """The date as the parser read it before it used the match's groups: words of the text."""
    import regex

    keys = [
        "jan",
        "feb",
        "mar",
        "apr",
        "may",
        "jun",
        "jul",
        "aug",
        "sep",
        "oct",
        "nov",
        "dec",
    ]
    months_by_key = {key: i for i, key in enumerate(keys, start=1)}
    parts = regex.findall(r"[a-z]++|\d++", text.lower())
    numbers = [int(p) for p in parts if p.isdigit()]
    months = [
        months_by_key[p[:3]] for p in parts if not p.isdigit() and p[:3] in months_by_key
    ]
    if not months or not numbers:
        return None
    month, day = months[0], numbers[0]
    year = numbers[1] if len(numbers) > 1 else None
    if year is None:
        if published is None:
            return None
        year = published.year
        try:
            guess = _dt.date(year, month, day)
        except ValueError:
            return None
        if guess > published + _dt.timedelta(days=7):
            year -= 1
    elif year < 100:
        year = two_digit_year(year, published)
    try:
        return _dt.date(year, month, day)
    except ValueError:
        return None


@st.composite
def _dated_heads(draw: st.DrawFn) -> str:
    month = draw(st.sampled_from(_MONTH_WORDS))
    month = draw(st.sampled_from([month, month.upper(), month.title()]))
    month += draw(st.sampled_from(["", "."]))
    day = str(draw(st.integers(0, 39)))
    year = draw(
        st.sampled_from(["", " 89", " 90", " 2016", " 16", " 0", " 123", ", 2015"])
    )
    date = draw(
        st.sampled_from([f"{day} {month}{year}", f"{month} {day}{year}", "NO DATE"])
    )
    place = draw(st.sampled_from(["SAN SALVADOR", "KABUL", "Mogadishu"]))
    agency = draw(st.sampled_from(["", " (AFP)", " (ACAN-EFE)"]))
    return f"{place}, {date}{agency} -- Troops clashed with rebels."


@settings(max_examples=200, deadline=None)
@given(
    head=_dated_heads(),
    published=st.none() | st.dates(_dt.date(1980, 1, 1), _dt.date(2030, 12, 31)),
)
def test_date_from_groups_is_the_old_reading(
    head: str, published: _dt.date | None
) -> None:
    """The dateline's date, read from the match's day/month/year groups, is the old reading."""
    from conflictparse.parsers.dateline import _dateline_pattern

    m = _dateline_pattern()[0].match(head)
    d = PARSER(Document(text=head, context=Context(published=published)))
    expected = _old_reading(m.group("date"), published) if m and m.group("date") else None
    assert expected == (d.date if d is not None else None)


@st.composite
def _ascii_heads(draw: st.DrawFn) -> str:
    """Heads of ASCII text that are datelines, almost datelines, or neither."""
    lead = draw(st.sampled_from(["", " ", "\n  ", "\t", "\x1c", " " * 21]))
    place = draw(st.sampled_from(["SAN SALVADOR", "Kabul", "EL PARAISO", "GOMA", "officials", "x", "KABUL-based",
                                  "St. John's", "A B C D E", "Democratic Republic of the Congo"]))  # fmt: skip
    region = draw(st.sampled_from(["", ", Somalia", ", Democratic Republic of Congo", " (EL SALVADOR)", " (AFP)",
                                   ", congo", " (x)"]))  # fmt: skip
    date = draw(st.sampled_from(["", ", 3 JAN 90", ", Jan. 8, 2016", " Jan 10", ", 19 MAR 89", ", NO DATE",
                                 ", JUNE 11 89", ", 7 FEB", ", 12  jan  1990", ", 31 dec 123", ",3 JAN 90",
                                 ", Tuesday 3 March 2026", ", SUNDAY, JAN 10", " friday  7 feb"]))  # fmt: skip
    source = draw(st.sampled_from(["", " (AFP)", " (ACAN-EFE)", "(Reuters)", " (A/B & C's)", " ()"]))  # fmt: skip
    sep = draw(st.sampled_from([" --", " -", "-", ":", " ", "\x1c--", " ---"]))
    tail = draw(st.sampled_from([" Troops clashed.", "based group", " [TEXT] THE ARMY"]))
    return lead + place + region + date + source + sep + tail


@settings(max_examples=300)
@given(head=_ascii_heads())
def test_ascii_twin_matches_as_the_dateline_pattern(head: str) -> None:
    """On a head of ASCII text the ``re`` twin gives the match and every group ``regex`` gives."""
    from conflictparse.parsers import dateline

    assert head.isascii()
    pattern = dateline._dateline_pattern()[0]
    want, got = pattern.match(head), dateline._DATELINE_ASCII.match(head)
    assert (want is None) == (got is None)
    if want is not None and got is not None:
        assert want.span() == got.span()
        for name in pattern.groupindex:
            second = f"{name}2"  # the twin's copy of a name regex gives two groups
            spans = [got.span(name)] + (
                [got.span(second)] if second in got.re.groupindex else []
            )
            assert want.span(name) == max(spans), name


@pytest.mark.parametrize(
    ("text", "place", "country"),
    [
        (
            "Militants storm army post in Sahel\n\nNIAMEY, Niger (AFP) - Militants attacked.",
            "NIAMEY",
            "NE",
        ),
        (
            "Drone hits market\nPORT SUDAN, Sudan, Sept 2 (Reuters) - A drone hit a market.",
            "PORT SUDAN",
            "SD",
        ),
    ],
)
def test_dateline_after_a_headline_line(text: str, place: str, country: str) -> None:
    """Scraped copy often keeps the headline: the dateline opens the paragraph after it."""
    d = DatelineParser()(Document(text=text))
    assert d is not None
    assert (d.text, text[d.span.start : d.span.end]) == (place, place)
    assert d.place is not None and d.place.country == country


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Militants storm army post\n\nBy Wire Staff\n\nNIAMEY, Niger (AFP) - Militants attacked.",
            "NIAMEY",
        ),
        (
            "Drone hits market\nBy Jane Doe and John Roe\nPORT SUDAN, Sept 2 (Reuters) - A drone hit.",
            "PORT SUDAN",
        ),
        ("Militants storm army post\n\nBy the river, troops fired on Monday.", None),
    ],
)
def test_dateline_after_a_headline_and_a_byline(text: str, place: str | None) -> None:
    """ "By Wire Staff" between the headline and the dateline: the dateline opens the paragraph after it."""
    d = DatelineParser()(Document(text=text))
    assert (d and d.text) == place


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Haiti: gangs burn homes in Mirebalais, police say\n\nPORT-AU-PRINCE, April 1 "
            "(Reuters) - Gangs set fire to dozens of homes.",
            "PORT-AU-PRINCE",
        ),
        (
            "Kabul: A bomb killed five people on Monday, police said.\n\nThe blast hit a market.",
            "Kabul",
        ),
    ],
)
def test_a_headline_opening_on_a_place_and_a_colon_gives_way(
    text: str, place: str
) -> None:
    """ "Haiti: gangs burn homes ..." is a headline when a dateline follows it; alone, "Kabul:" is the dateline."""
    d = DatelineParser()(Document(text=text))
    assert d is not None and d.text == place


@pytest.mark.parametrize(
    "text",
    [
        "Police said on Monday that gunmen killed 12 people\nin a village. MAIDUGURI - they said.",
        "Officials met.\n\nKANO (AP) - The attack ...",  # a first sentence, not a headline
    ],
)
def test_no_dateline_after_a_first_line_that_is_no_headline(text: str) -> None:
    d = DatelineParser()(Document(text=text))
    assert d is None or d.span.start == 0


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Sept 14 (Reuters) - Gunmen raided a convoy.",
            ("Sept 14", _dt.date(2015, 9, 14), "Reuters", None),
        ),
        (
            "3 March 2015 (AFP) \u2014 Drones struck a depot.",
            ("3 March 2015", _dt.date(2015, 3, 3), "AFP", None),
        ),
        (
            "Jan. 9, 2016 -- Troops left the base.",
            ("Jan. 9, 2016", _dt.date(2016, 1, 9), None, None),
        ),
        (
            "Storm hits coast\n\nDec 30 (Reuters) - Troops moved in.",
            ("Dec 30", _dt.date(2015, 12, 30), "Reuters", None),
        ),
    ],
    ids=["month-day-agency", "day-month-year-emdash", "year-dash", "after-headline"],
)
def test_a_dateline_of_a_date_alone(text: str, expected: tuple[object, ...]) -> None:
    """ "Sept 14 (Reuters) -": a wire dateline with no place gives the day the story was written."""
    assert _read(text, PUBLISHED) == expected


@pytest.mark.parametrize(
    "text",
    [
        "May 5 - the day talks began - was calm.",
        "March 2015 (AFP) - Troops left.",
        "May 12 soldiers - died",
    ],
)
def test_no_date_alone_dateline_without_agency_or_year(text: str) -> None:
    """A month and day before a bare dash may open a list; a month and year is no day."""
    assert _read(text, PUBLISHED) is None


def test_a_date_alone_dateline_dates_the_story() -> None:
    """Its "on Monday" counts from the day it was written, not from the later publication."""
    report = Pipeline().run(
        "Sept 9 (Reuters) - Rebels shelled the airport on Monday.",
        published=_dt.date(2015, 9, 14),
    )
    assert report.dateline is not None and report.dateline.place is None
    assert ["2015-09-09", "2015-09-07"] == [d.value for d in report.dates]


@pytest.mark.parametrize(
    ("text", "place"),
    [
        (
            "Yemen: Houthi drone hits tanker in Red Sea\n\nA drone struck a tanker on Monday.",
            None,
        ),
        ("ADEN: Drone hits tanker\n\nA drone struck a tanker on Monday.", "ADEN"),
    ],
)
def test_a_headline_on_a_place_and_a_colon_is_no_dateline(
    text: str, place: str | None
) -> None:
    """A headline line "Yemen: Houthi drone hits tanker" names the subject, not where the story was filed."""
    d = DatelineParser()(Document(text=text))
    assert (d and d.text) == place
