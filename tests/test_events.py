"""
Tests for event assembly (:mod:`conflictparse.parsers.events`).

The documents here hold hand-built mentions, so these tests check the
assembly logic alone, whatever the four parser families find.
"""

from __future__ import annotations

import datetime as dt
import pickle
import re
from typing import Any, Final

import attrs
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

import conflictparse
from conflictparse import (
    ActorMention,
    CasualtyCount,
    Context,
    DateMention,
    Document,
    Event,
    PlaceMention,
    Span,
)
from conflictparse.parsers.events import EVENT_TYPES, EventParser, _milestone_date

from ._event_fixtures import SEED, seed_document

PUBLISHED = dt.date(2024, 3, 6)


def _span(text: str, words: str, nth: int = 0) -> Span:
    start = -1
    for _ in range(nth + 1):
        start = text.index(words, start + 1)
    return Span(start=start, end=start + len(words))


def date(text: str, words: str, day: str, *, last: str | None = None) -> DateMention:
    """A resolved day (or interval up to *last*) found at *words*."""
    first = dt.date.fromisoformat(day)
    end = dt.date.fromisoformat(last) if last else first
    return DateMention(
        text=words,
        span=_span(text, words),
        value=day,
        precision="day",
        earliest=first,
        latest=end,
    )


def place(text: str, words: str, kind: str, country: str, **kw: Any) -> PlaceMention:
    """A literal place found at *words*."""
    return PlaceMention(
        text=words, span=_span(text, words), name=words, kind=kind, country=country, **kw
    )


def actor(text: str, words: str, canonical: str, kind: str, nth: int = 0) -> ActorMention:
    """An actor mention found at *words*."""
    return ActorMention(
        text=words, span=_span(text, words, nth), canonical=canonical, kind=kind
    )


def killed(text: str, words: str, n: int, victim: str, **kw: Any) -> CasualtyCount:
    """A count of *n* killed found at *words*."""
    return CasualtyCount(
        text=words,
        span=_span(text, words),
        outcome="killed",
        low=n,
        best=n,
        high=n,
        victim=victim,
        **kw,
    )


def doc(text: str, **mentions: Any) -> Document:
    """A document published on 6 March 2024 holding the given mentions."""
    sorted_mentions = {
        k: sorted(v, key=lambda m: m.span.start) for k, v in mentions.items()
    }
    return Document(text=text, context=Context(published=PUBLISHED), **sorted_mentions)


def _with_dateline(text: str, dateline: str, country: str, **mentions: Any) -> Document:
    """A document whose dateline is the city *dateline* of *country*."""
    from conflictparse import Dateline

    end = len(dateline)
    dl_place = PlaceMention(
        text=dateline,
        span=Span(start=0, end=end),
        kind="city",
        role="dateline",
        country=country,
    )
    sorted_mentions = {
        k: sorted(v, key=lambda m: m.span.start) for k, v in mentions.items()
    }
    return Document(
        text=text,
        context=Context(
            published=PUBLISHED,
            dateline=Dateline(text=dateline, span=Span(start=0, end=end), place=dl_place),
        ),
        **sorted_mentions,
    )


def events(d: Document) -> tuple[Event, ...]:
    """Run the default events parser."""
    return EventParser()(d)


def side_a_of(
    text: str,
    mentions: list[tuple[str, str, str]],
    *,
    kano: bool = False,
    casualties: list[CasualtyCount] | None = None,
) -> str | None:
    """
    Side A of the one event read from *text* holding the actor *mentions*
    (words, canonical, kind), dated "on Monday", with Kano as its place when
    *kano*, and the given *casualties*.
    """
    d = doc(
        text,
        actors=[actor(text, w, c, k) for w, c, k in mentions],
        places=[place(text, "Kano", "city", "NG")] if kano else [],
        dates=[date(text, "on Monday", "2024-03-04")],
        casualties=casualties or [],
    )
    [e] = events(d)
    return e.side_a and e.side_a.canonical


# --- the seed ------------------------------------------------------------------

needs_seed = pytest.mark.skipif(not SEED.exists(), reason="../shared is not present")


@needs_seed
def test_seed_two_gold_events() -> None:
    """The seed's gold mentions assemble into its two gold events."""
    d, gold = seed_document()
    found = events(d)
    expected = [
        (
            (g.get("date_range") and tuple(g["date_range"])) or g["date"],
            g["place"],
            g["admin1"],
            g["side_a"],
            g["side_b"],
            g["fatalities"]["low"],
            g["fatalities"]["best"],
        )
        for g in gold["events"]
    ]

    def row(e: Event) -> tuple[Any, ...]:
        assert e.date is not None and e.place is not None
        assert e.side_a is not None and e.side_b is not None
        when: Any = e.date.value
        if e.date.kind == "range":
            when = (str(e.date.earliest), str(e.date.latest))
        return (
            when,
            e.place.text,
            e.place.admin1,
            e.side_a.canonical,
            e.side_b.canonical,
            e.low,
            e.best,
        )

    assert expected == [row(e) for e in found]


@needs_seed
def test_seed_background_is_not_an_event() -> None:
    """History (2001, 2014) and the planned Islamabad talks support no event."""
    d, _ = seed_document()
    supported = " ".join(d.text[s.start : s.end] for e in events(d) for s in e.support)
    assert ("ousted", "Islamabad", "end of 2014") == tuple(
        w for w in ("ousted", "Islamabad", "end of 2014") if w not in supported
    )


@needs_seed
def test_seed_fatalities_are_acled_conservative() -> None:
    """ACLED's single figure is the low estimate: 21 and 6."""
    d, _ = seed_document()
    assert [21, 6] == [e.fatalities for e in events(d)]


# --- hand-built regression cases ---------------------------------------------------

NO_EVENT = [
    pytest.param(
        "Insurgents threatened to attack the town if the army advanced.",
        id="threat-is-not-an-attack",
    ),
    pytest.param(
        "Officials are preparing for peace talks in Doha on Monday.",
        id="planned-talks",
    ),
    pytest.param(
        "Fighting has raged in the region since the army withdrew.",
        id="since-is-background",
    ),
    pytest.param(
        "The government will not attack civilians, the minister said.",
        id="negated-future",
    ),
    pytest.param(
        "Aid agencies delivered food to the displaced families on Tuesday.",
        id="no-trigger",
    ),
]


@pytest.mark.parametrize("text", NO_EVENT)
def test_no_event(text: str) -> None:
    """Sentences that mention violence without reporting it give no event."""
    assert () == events(doc(text))


def test_old_dated_sentence_is_history() -> None:
    """A sentence whose only date is years before publication is background."""
    text = "The rebels seized the city in 2012 before being driven out."
    d = doc(
        text,
        dates=[
            DateMention(
                text="2012",
                span=_span(text, "2012"),
                value="2012",
                precision="year",
                earliest=dt.date(2012, 1, 1),
                latest=dt.date(2012, 12, 31),
            )
        ],
    )
    assert () == events(d)


def test_passive_by_agent_is_side_a() -> None:
    """'Killed by X' makes X side A and the victims side B."""
    text = "Four policemen were killed by Shabaab fighters in Mogadishu on Monday."
    d = doc(
        text,
        actors=[
            actor(text, "policemen", "Police Forces of Somalia", "state"),
            actor(text, "Shabaab fighters", "Al Shabaab", "rebel"),
        ],
        places=[place(text, "Mogadishu", "city", "SO")],
        dates=[date(text, "on Monday", "2024-03-04")],
        casualties=[killed(text, "Four policemen", 4, "police")],
    )
    [e] = events(d)
    assert ("Al Shabaab", "Police Forces of Somalia", "Mogadishu", 4) == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
        e.place and e.place.text,
        e.fatalities,
    )


@pytest.mark.parametrize("adverb", ["", "reportedly ", "allegedly ", "badly "])
def test_passive_subject_is_side_b(adverb: str) -> None:
    """The subject of a passive trigger ('were attacked', 'were reportedly attacked') is side B, an '-ly' word or not."""
    text = f"Two soldiers were {adverb}attacked near Kano on Monday."
    d = doc(
        text,
        actors=[actor(text, "soldiers", "Military Forces of Nigeria", "state")],
        places=[place(text, "Kano", "city", "NG")],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    # (side A: attacked by no one named, the unidentified armed group of Nigeria)
    assert ("Unidentified Armed Group (Nigeria)", "Military Forces of Nigeria") == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


# Who reports an attack is not who carried it out (sentences written for
# these tests): (text, [(actor words, canonical)], expected side A).
SOURCE_NOT_AGENT = [
    pytest.param(
        "Police in Kano said gunmen attacked a bus station on Monday.",
        [("Police", "Police Forces of Nigeria"), ("gunmen", "Unidentified Armed Group")],
        "Unidentified Armed Group",
        id="reporting-verb-between-actor-and-trigger",
    ),
    pytest.param(
        "The army commander told reporters that militants bombed a checkpoint"
        " in Kano on Monday.",
        [("army", "Military Forces of Nigeria"), ("militants", "Boko Haram")],
        "Boko Haram",
        id="told-reporters-that",
    ),
    pytest.param(
        "A bomb killed two traders in Kano on Monday, it was confirmed by police.",
        [("police", "Police Forces of Nigeria")],
        None,
        id="confirmed-by-is-a-source",
    ),
    pytest.param(
        "According to the first findings of the police inquiry, gunmen attacked"
        " the market in Kano on Monday.",
        [("police", "Police Forces of Nigeria"), ("gunmen", "Unidentified Armed Group")],
        "Unidentified Armed Group",
        id="according-to-several-words-before",
    ),
    pytest.param(
        "Soldiers are hunting the armed group that killed five farmers in Kano"
        " on Monday.",
        [
            ("Soldiers", "Military Forces of Nigeria"),
            ("the armed group", "Unidentified Armed Group"),
        ],
        "Unidentified Armed Group",
        id="actor-closer-to-the-trigger-is-its-subject",
    ),
    pytest.param(
        "The army and the police attacked the camp in Kano on Monday.",
        [("army", "Military Forces of Nigeria"), ("police", "Police Forces of Nigeria")],
        "Military Forces of Nigeria",
        id="actors-joined-by-and-both-act",
    ),
    # "according to" with words on: the source ends where a clause starts
    pytest.param(
        "According to witnesses the militants stormed the village on Monday,"
        " killing five.",
        [("militants", "Unidentified Armed Group")],
        "Unidentified Armed Group",
        id="according-to-witnesses-then-agent-without-comma",
    ),
    pytest.param(
        "According to residents Taliban fighters attacked a checkpoint,"
        " killing two police.",
        [("Taliban", "Taliban"), ("police", "Police Forces of Afghanistan")],
        "Taliban",
        id="according-to-residents-then-agent-without-comma",
    ),
    pytest.param(
        "According to local elders al-Shabaab gunmen ambushed a convoy near Kano"
        " on Monday, killing three soldiers.",
        [("al-Shabaab", "Al Shabaab"), ("soldiers", "Military Forces of Somalia")],
        "Al Shabaab",
        id="according-to-two-words-then-agent-without-comma",
    ),
    pytest.param(
        "Gunmen attacked a bus in Kano on Monday, according to a spokesman for"
        " the police.",
        [("Gunmen", "Unidentified Armed Group"), ("police", "Police Forces of Nigeria")],
        "Unidentified Armed Group",
        id="according-to-a-spokesman-for-the-police-is-a-source",
    ),
    pytest.param(
        "According to senior army officers, rebels attacked a base in Kano on Monday.",
        [("army", "Military Forces of Nigeria"), ("rebels", "Rebels")],
        "Rebels",
        id="according-to-senior-army-officers-comma",
    ),
    # verbs inside a ", who ... ," aside are not the actor's report
    pytest.param(
        "Boko Haram militants, who issued a warning last week, attacked a school,"
        " killing three.",
        [("Boko Haram militants", "Boko Haram")],
        "Boko Haram",
        id="who-aside-with-issued-before-trigger",
    ),
    pytest.param(
        "The rebels, which said last month they would lay down arms, raided an"
        " army post in Kano on Monday.",
        [("rebels", "Rebels"), ("army", "Military Forces of Nigeria")],
        "Rebels",
        id="which-aside-with-said-before-trigger",
    ),
    pytest.param(
        "Police in the northern state capital of Kano said on Monday that a bomb"
        " exploded at a bus station.",
        [("Police", "Police Forces of Nigeria")],
        None,
        id="reporting-verb-a-few-words-on-still-a-source",
    ),
    pytest.param(
        "The militia commander who took over the northern districts after a long"
        " power struggle and announced new rules shelled Kano on Monday.",
        [("militia", "Militia")],
        "Militia",
        id="reporting-verb-in-a-long-relative-clause-is-not-a-source",
    ),
    pytest.param(
        "Government troops pushed deep into the hills of the northern province"
        " where the group had declared a caliphate and attacked its camps in Kano"
        " on Monday.",
        [("Government troops", "Military Forces of Nigeria")],
        "Military Forces of Nigeria",
        id="reporting-verb-far-from-the-actor-is-not-a-source",
    ),
    # ordering, decreeing, signing or giving an attack is agency
    pytest.param(
        "The raid, ordered by the Taliban commander, killed 4 soldiers.",
        [("Taliban", "Taliban"), ("soldiers", "Military Forces of Afghanistan")],
        "Taliban",
        id="ordered-by-is-agency",
    ),
    pytest.param(
        "The assault on Kano on Monday, decreed by the junta, left ten dead.",
        [("junta", "Military Forces of Nigeria")],
        "Military Forces of Nigeria",
        id="decreed-by-is-agency",
    ),
    pytest.param(
        "A bomb exploded in Kano on Monday, hours after an announcement by the police"
        " of four arrests.",
        [("the police", "Police Forces of Nigeria")],
        None,
        id="announcement-by-is-a-source",
    ),
    pytest.param(
        "A reporter sent by the network to cover the war was wounded in an attack in"
        " Kano on Monday.",
        [("the network", "Univision")],
        None,
        id="sent-by-is-no-agent",
    ),
    pytest.param(
        "A bomb exploded in Kano on Monday, the result of a policy implemented by the"
        " junta.",
        [("the junta", "Military Forces of Nigeria")],
        None,
        id="implemented-by-is-no-agent",
    ),
    pytest.param(
        "Rebels backed by the junta shelled Kano on Monday.",
        [("Rebels", "Rebels"), ("the junta", "Military Forces of Nigeria")],
        "Rebels",
        id="backed-by-is-no-agent",
    ),
    pytest.param(
        "The strike on Kano on Monday, reported by the BBC, killed six.",
        [("BBC", "BBC")],
        None,
        id="reported-by-is-still-a-source",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), SOURCE_NOT_AGENT)
def test_source_is_not_side_a(
    text: str, mentions: list[tuple[str, str]], expected: str | None
) -> None:
    """A reporting verb, 'confirmed by', 'according to' or a closer actor takes side A from the source."""
    d = doc(
        text,
        actors=[actor(text, w, c, "state") for w, c in mentions],
        places=[place(text, "Kano", "city", "NG")] if "Kano" in text else [],
        dates=[date(text, "on Monday", "2024-03-04")] if "on Monday" in text else [],
    )
    [e] = events(d)
    assert expected == (e.side_a and e.side_a.canonical)


def test_another_incident_opens_a_new_event() -> None:
    """'In another incident' starts a second event with its own place."""
    text = (
        "Gunmen attacked a bus in Kano on Sunday, killing three passengers. "
        "In another incident, two soldiers died when a bomb exploded in Maiduguri."
    )
    d = doc(
        text,
        places=[
            place(text, "Kano", "city", "NG"),
            place(text, "Maiduguri", "city", "NG"),
        ],
        dates=[date(text, "on Sunday", "2024-03-03")],
        casualties=[
            killed(text, "three passengers", 3, "civilians"),
            killed(text, "two soldiers", 2, "soldiers"),
        ],
    )
    found = events(d)
    assert [
        ("Kano", 3, "Violence against civilians"),
        ("Maiduguri", 2, "Explosions/Remote violence"),
    ] == [(e.place and e.place.text, e.fatalities, e.event_type) for e in found]


@pytest.mark.parametrize(
    "opener",
    [
        "Meanwhile,",
        "Separately,",
        "In a separate attack,",
        "Elsewhere,",
        "In the northeast,",
        "In the far south,",
    ],
)
def test_opener_after_the_first_sentence_starts_a_new_event(opener: str) -> None:
    """An opener of a later sentence splits incidents even at the same place."""
    text = (
        "Gunmen attacked a bus in Kano on Sunday, killing three passengers. "
        f"{opener} gunmen killed two soldiers in Kano."
    )
    second = PlaceMention(
        text="Kano", span=_span(text, "Kano", 1), name="Kano", kind="city", country="NG"
    )
    d = doc(
        text,
        places=[place(text, "Kano", "city", "NG"), second],
        dates=[date(text, "on Sunday", "2024-03-03")],
        casualties=[
            killed(text, "three passengers", 3, "civilians"),
            killed(text, "two soldiers", 2, "soldiers"),
        ],
    )
    assert [3, 2] == [e.fatalities for e in events(d)]


def test_distant_dates_split_events() -> None:
    """Two dates weeks apart in one place are two incidents."""
    text = (
        "Rebels captured Kidal on Monday after heavy fighting. "
        "The army had seized Kidal on 2 February in a battle."
    )
    d = doc(
        text,
        places=[
            place(text, "Kidal", "town", "ML"),
            PlaceMention(
                text="Kidal",
                span=_span(text, "Kidal", 1),
                name="Kidal",
                kind="town",
                country="ML",
            ),
        ],
        dates=[
            date(text, "on Monday", "2024-03-04"),
            date(text, "on 2 February", "2024-02-02"),
        ],
    )
    assert ["2024-03-04", "2024-02-02"] == [
        e.date.value for e in events(d) if e.date is not None
    ]


def test_reporting_date_is_not_the_event_date() -> None:
    """'Said in a statement on Monday' dates the statement, not the attack."""
    text = "Militants attacked a checkpoint, police said in a statement on Monday."
    d = doc(
        text,
        dates=[date(text, "on Monday", "2024-03-04")],
        actors=[actor(text, "Militants", "Unidentified Armed Group", "rebel")],
    )
    [e] = events(d)
    assert e.date is None


def test_border_country_is_not_the_place() -> None:
    """A country named as a border is not where the event happened."""
    text = "Troops recaptured a district bordering Tajikistan on Sunday."
    d = doc(
        text,
        places=[place(text, "Tajikistan", "country", "TJ")],
        dates=[date(text, "on Sunday", "2024-03-03")],
    )
    [e] = events(d)
    assert e.place is None


@pytest.mark.parametrize(
    "tail",
    [
        "many of them heading to the city of Gusau",
        "many of them crossing into Niger or heading to the city of Gusau",
    ],
    ids=["to-the-city-of", "crossing-into"],
)
def test_where_the_displaced_fled_is_not_the_place(tail: str) -> None:
    """
    "Fighting killed 30 people in Zamfara state ... thousands fled, many
    crossing into Niger": where people fled to is not the scene.
    """
    text = (
        "Fighting killed 30 people in Zamfara state on Friday. More than 2,000 people "
        f"have fled their homes, {tail}."
    )
    [e] = conflictparse.parse(text, published="2025-03-02").events
    assert "Zamfara" == (e.place and e.place.text)


def test_take_control_is_a_trigger() -> None:
    """A headline in the present tense ("Rebels take control of ...") tells a deed."""
    text = "Rebels take control of Bukavu in eastern Congo"
    [e] = conflictparse.parse(text, published="2025-02-16").events
    assert ("Battles", "Bukavu") == (e.event_type, e.place and e.place.text)


@pytest.mark.parametrize(
    "answer",
    [
        "Police cordoned off the area after the blast.",
        "Police arrested three men in connection with the blast.",
        "Soldiers were deployed to the district following the attack.",
    ],
    ids=["cordoned-off-after", "arrested-in-connection-with", "deployed-following"],
)
def test_who_answered_the_incident_is_no_side(answer: str) -> None:
    """
    "A car bomb exploded ... Police cordoned off the area after the blast":
    the police answered the bombing, they are not its side A.
    """
    text = f"A car bomb exploded near a hotel in Mogadishu on Monday, killing five people. {answer}"
    [e] = conflictparse.parse(text, published="2025-06-12").events
    assert e.side_a is None or e.side_a.kind != "state"


def test_the_harmed_are_side_b_before_the_arrested() -> None:
    """
    "Police arrested three men suspected of detonating a bomb ... that
    killed five people": the dead are side B, not the suspects.
    """
    text = (
        "Police arrested three men suspected of detonating a bomb at a market in Maiduguri "
        "on Monday that killed five people."
    )
    [e] = conflictparse.parse(text, published="2025-06-12").events
    assert "five people" == (e.side_b and e.side_b.text)


def test_the_largest_toll_of_unnamed_victims_is_the_deaths() -> None:
    """
    "Strikes kill dozens" in the headline and "at least 43 people" in the
    lead are the same dead: the deaths are 43, not the dozens' 24.
    """
    text = (
        "Strikes kill dozens across the enclave\n\n"
        "Air strikes killed at least 43 people across the enclave on Tuesday, "
        "health officials said."
    )
    [e] = conflictparse.parse(text, published="2025-06-04").events
    assert 43 == e.fatalities


@pytest.mark.parametrize(
    "text",
    [
        "Maoists blew up a police vehicle near Ambeli on Monday, killing nine people.",
        "Four people were killed when a drone hit a crowd near the aid site on Monday.",
    ],
    ids=["blew-up", "drone-hit"],
)
def test_blowing_up_and_a_drone_hitting_are_explosions(text: str) -> None:
    """ "Blew up a vehicle", "a drone hit a crowd": remote violence, not a battle."""
    [e] = conflictparse.parse(text, published="2025-06-12").events
    assert "Explosions/Remote violence" == e.event_type


def test_a_detail_dates_an_undated_incident_and_its_villages_join_it() -> None:
    """
    "Gunmen have killed 17 people in Bokkos ... The attacks, which began
    late Sunday, targeted Hurum and Ruwi villages": the detail tells the
    day of the undated incident; villages no table places are no conflict
    with its district.
    """
    text = (
        "Gunmen have killed at least 17 people in attacks on communities in Bokkos Local "
        "Government Area of Plateau State, residents said.\n\n"
        "The attacks, which began late Sunday, targeted Tahore and Kwatas villages, "
        "a council official said."
    )
    [e] = conflictparse.parse(text, published="2025-04-15").events
    assert ("2025-04-13", 2) == (e.date and e.date.value, len(e.support))


def test_a_detail_gives_no_month_to_an_undated_incident() -> None:
    """A month in a detail ("The attack, like one in March, ...") dates background as often."""
    text = (
        "Gunmen have killed at least 17 people in attacks on communities in Bokkos Local "
        "Government Area of Plateau State, residents said.\n\n"
        "The attacks, like those of March, targeted farming villages, a council official said."
    )
    [e] = conflictparse.parse(text, published="2025-04-15").events
    assert e.date is None or e.date.value != "2025-03"


def test_the_forces_that_struck_are_side_a_not_the_government_that_spoke() -> None:
    """
    "Russian missiles struck ... The Defence Ministry said it had struck a
    meeting of commanders": the military is side A, as ACLED codes state
    violence, not the government that claimed it.
    """
    text = (
        "KYIV, April 13 (Wire) - Two Russian ballistic missiles struck the centre of Sumy on "
        "Sunday, killing at least 34 people, officials said.\n\n"
        "Russia's Defence Ministry said it had struck a meeting of Ukrainian commanders in "
        "Sumy, killing more than 60 servicemen. Kyiv rejected the claim."
    )
    [e] = conflictparse.parse(text, published="2025-04-13").events
    assert "Military Forces of Russia" == (e.side_a and e.side_a.canonical)


@pytest.mark.parametrize(
    "second",
    [
        "Also on Tuesday, gunmen killed 3 farmers in Zurmi.",
        "On the same day, bandits killed 3 farmers in Zurmi.",
        "In a similar attack, bandits killed 3 farmers in Zurmi.",
        "In neighbouring Katsina state, bandits killed 3 farmers.",
    ],
    ids=["also-on", "on-the-same-day", "in-a-similar-attack", "in-neighbouring-state"],
)
def test_a_second_incident_of_the_same_day_is_its_own(second: str) -> None:
    """
    "Also on Tuesday, gunmen killed 3 farmers": another incident, with its
    own toll (not 5 for both); "in neighbouring Katsina state" is its scene.
    """
    text = (
        "Gunmen killed 5 villagers in Zurmi, Zamfara state, on Tuesday, police said. "
        + second
    )
    assert [5, 3] == [
        e.fatalities for e in conflictparse.parse(text, published="2025-06-12").events
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Police fired tear gas at protesters in Nairobi on Tuesday, wounding 12.",
            "Riots",
        ),
        (
            "Rioters clashed with police in Dhaka on Tuesday; 3 officers were injured.",
            "Riots",
        ),
        (
            "Police shot dead 11 protesters in Nairobi on Tuesday.",
            "Violence against civilians",
        ),
        (
            "Rebels attacked a police post during protests in Goma, killing 3 officers.",
            "Battles",
        ),
        ("A mob lynched two men accused of theft in Kano on Tuesday.", "Riots"),
        (
            "Gunmen lynched a village head in Zamfara on Tuesday, killing him.",
            "Violence against civilians",
        ),
    ],
    ids=[
        "tear-gas",
        "rioters-clash",
        "protesters-shot-dead",
        "rebels-during-protests",
        "mob-lynching",
        "gunmen-lynching",
    ],
)
def test_a_crowds_violence_is_a_riot(text: str, expected: str) -> None:
    """A fight with protesters, rioters or a mob is a riot, unless an armed group is a side."""
    [e] = conflictparse.parse(text, published="2025-06-12").events
    assert expected == e.event_type


def test_an_air_defences_tally_is_no_claim_of_the_attack() -> None:
    """
    "Russia says it downed 112 Ukrainian drones; two killed in Belgorod":
    Russia shot the barrage down, it did not attack its own civilians;
    "the Houthis said they shot down a US drone" is the Houthis' deed.
    """
    tally = (
        "Russia says it downed 112 Ukrainian drones overnight; two killed in Belgorod region\n\n"
        "MOSCOW, Aug 14 (Wire) - A regional governor said two civilians were killed when "
        "debris hit a house in the Belgorod region."
    )
    [e] = conflictparse.parse(tally, published="2025-08-14").events
    assert e.side_a is None or e.side_a.country != "RU"
    [e] = conflictparse.parse(
        "The Houthis said they shot down a US drone over Marib on Tuesday.",
        published="2025-06-12",
    ).events
    assert "Houthis" == (e.side_a and e.side_a.canonical)


def test_an_actor_searching_then_killing_is_still_side_a() -> None:
    """ "Troops searched the village and killed 12 rebels": their own deed."""
    [e] = conflictparse.parse("Troops searched the village and killed 12 rebels.").events
    assert "Troops" == (e.side_a and e.side_a.text)


def test_repeated_toll_is_not_double_counted() -> None:
    """The same five dead, reported twice, count five times once."""
    text = (
        "Five soldiers were killed in an ambush near Gao on Friday. "
        "The five soldiers died when their convoy was attacked."
    )
    d = doc(
        text,
        places=[place(text, "Gao", "town", "ML")],
        dates=[date(text, "on Friday", "2024-03-01")],
        casualties=[
            killed(text, "Five soldiers", 5, "soldiers"),
            killed(text, "five soldiers", 5, "soldiers"),
        ],
    )
    [e] = events(d)
    assert (5, 5, 5, 5) == (e.low, e.best, e.high, e.fatalities)


def test_groups_add_up_and_total_wins() -> None:
    """Tolls of different groups add up; a larger overall toll wins."""
    text = (
        "Three soldiers and eight militants were killed in clashes on Friday. "
        "In all, 14 people died in the fighting."
    )
    d = doc(
        text,
        dates=[date(text, "on Friday", "2024-03-01")],
        casualties=[
            killed(text, "Three soldiers", 3, "soldiers"),
            killed(text, "eight militants", 8, "militants"),
            killed(text, "14 people", 14, "people"),
        ],
    )
    [e] = events(d)
    assert 14 == e.best


# A toll of a broad group and tolls of groups it holds (sentences written
# for these tests): (text, [(count words, n, victim)], expected fatalities).
BROAD_AND_NARROW_TOLLS = [
    pytest.param(
        "Seven members of the security forces were killed in a bombing on Friday."
        " The dead were six soldiers and a policeman.",
        [("Seven members of the security forces", 7, "security forces"),
         ("six soldiers", 6, "soldiers"), ("a policeman", 1, "police")],
        7,
        id="security-forces-then-soldiers-and-police",
    ),
    pytest.param(
        "Twelve civilians were killed when a shell hit a market on Friday."
        " Five women and four children were among the dead.",
        [("Twelve civilians", 12, "civilians"), ("Five women", 5, "women"),
         ("four children", 4, "children")],
        12,
        id="civilians-then-women-and-children",
    ),
    pytest.param(
        "An officer was killed in an ambush on Friday. Three soldiers also died.",
        [("An officer", 1, "security forces"), ("Three soldiers", 3, "soldiers")],
        4,
        id="narrow-tolls-larger-than-the-broad-one-add-up",
    ),
    pytest.param(
        "Seven members of the security forces and six militants were killed in"
        " a clash on Friday.",
        [("Seven members of the security forces", 7, "security forces"),
         ("six militants", 6, "militants")],
        13,
        id="a-group-outside-the-broad-one-adds-up",
    ),
    pytest.param(
        "Six priests and two women were killed in an attack on Friday.",
        [("Six priests", 6, "civilians"), ("two women", 2, "women")],
        8,
        id="named-in-one-sentence-they-are-different-people",
    ),
    pytest.param(
        "Twenty civilians were killed in an attack on Friday. Five children were"
        " also killed in the attack.",
        [("Twenty civilians", 20, "civilians"), ("Five children", 5, "children")],
        25,
        id="also-killed-is-a-further-toll",
    ),
    pytest.param(
        "Seven members of the security forces were killed in an ambush on Friday."
        " Another four soldiers died when their convoy was attacked.",
        [("Seven members of the security forces", 7, "security forces"),
         ("four soldiers", 4, "soldiers")],
        11,
        id="another-toll-is-a-further-one",
    ),
    pytest.param(
        "Twenty civilians were killed in an attack on Friday. Five children were"
        " killed, more than half of them girls, officials said.",
        [("Twenty civilians", 20, "civilians"), ("Five children", 5, "children")],
        20,
        id="more-far-from-the-toll-is-no-further-toll",
    ),
    pytest.param(
        "Two civilians were killed when debris hit a house on Friday. A man and a woman"
        " died in the village, the governor said.",
        [("Two civilians", 2, "civilians"), ("A man", 1, "men"), ("a woman", 1, "women")],
        2,
        id="a-man-and-a-woman-are-the-civilians",
    ),
]  # fmt: skip


@pytest.mark.parametrize(("text", "counts", "expected"), BROAD_AND_NARROW_TOLLS)
def test_narrow_tolls_inside_a_broad_one_are_not_added(
    text: str, counts: list[tuple[str, int, str]], expected: int
) -> None:
    """Soldiers and police killed are part of a toll of security forces, women and children part of one of civilians: told both ways in different sentences, they count once."""
    d = doc(
        text,
        dates=[date(text, "on Friday", "2024-03-01")],
        casualties=[killed(text, words, n, victim) for words, n, victim in counts],
    )
    [e] = events(d)
    assert expected == e.fatalities


def test_interval_from_several_dates() -> None:
    """An offensive from Friday to Sunday gets the interval of both days."""
    text = (
        "Troops launched an offensive on Friday. "
        "They retook the town on Sunday after fierce fighting."
    )
    d = doc(
        text,
        dates=[
            date(text, "on Friday", "2024-03-01"),
            date(text, "on Sunday", "2024-03-03"),
        ],
    )
    [e] = events(d)
    assert e.date is not None
    assert ("range", dt.date(2024, 3, 1), dt.date(2024, 3, 3)) == (
        e.date.kind,
        e.date.earliest,
        e.date.latest,
    )


def test_victims_become_side_b_without_actors() -> None:
    """With no actor mentions, civilian victims stand as side B."""
    text = "A grenade attack killed six civilians at a market in Bunia."
    d = doc(text, casualties=[killed(text, "six civilians", 6, "civilians")])
    [e] = events(d)
    assert ("Civilians", "civilians", "Explosions/Remote violence") == (
        e.side_b and e.side_b.canonical,
        e.side_b and e.side_b.kind,
        e.event_type,
    )


def test_old_date_beside_a_recent_one_is_ignored() -> None:
    """In 'rented in 2019, was bombed on Monday' the event date is Monday."""
    text = "The house, rented in 2019 by a trader, was bombed on Monday."
    d = doc(
        text,
        dates=[
            DateMention(
                text="2019",
                span=_span(text, "2019"),
                value="2019",
                precision="year",
                earliest=dt.date(2019, 1, 1),
                latest=dt.date(2019, 12, 31),
            ),
            date(text, "on Monday", "2024-03-04"),
        ],
    )
    [e] = events(d)
    assert "2024-03-04" == (e.date and e.date.value)


def test_trigger_alone_is_not_an_event() -> None:
    """A trigger with no date, place, actor or toll makes no event."""
    assert () == events(doc("There was fighting."))


def test_dateline_gives_the_country_when_no_place() -> None:
    """With no place in its sentences, an event falls back to the dateline."""
    text = "LIMA (Wire) - Gunmen killed a judge on Monday."
    d = _with_dateline(text, "LIMA", "PE", dates=[date(text, "on Monday", "2024-03-04")])
    [e] = events(d)
    assert ("LIMA", "PE", "country") == (
        e.place and e.place.text,
        e.place and e.place.country,
        e.place and e.place.precision,
    )


def test_dateline_date_bounds_an_undated_event() -> None:
    """An undated event gets the week up to the dateline's date, flagged weak."""
    from conflictparse import Dateline

    text = "LIMA, 9 JAN 90 (EFE) -- Gunmen killed a judge in Lima."
    d = Document(
        text=text,
        context=Context(
            published=dt.date(1990, 1, 9),
            dateline=Dateline(
                text="LIMA", span=Span(start=0, end=4), date=dt.date(1990, 1, 9)
            ),
        ),
        dates=[date(text, "9 JAN 90", "1990-01-09")],
        places=[place(text, "Lima", "city", "PE")],
    )
    [e] = events(d)
    assert e.date is not None
    assert (dt.date(1990, 1, 3), dt.date(1990, 1, 9), "week", 0.3) == (
        e.date.earliest,
        e.date.latest,
        e.date.precision,
        e.date.provenance.confidence,
    )


def test_foreign_places_yield_to_home_country() -> None:
    """A place abroad gives way to one in the story's home country."""
    text = "Rebels attacked San Luis in San Miguel department, El Salvador, on Monday."
    d = doc(
        text,
        places=[
            place(text, "San Luis", "town", "AR"),
            place(text, "San Miguel", "province", "SV"),
            place(text, "El Salvador", "country", "SV"),
        ],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    assert "San Miguel" == (e.place and e.place.text)


def test_detail_sentence_joins_the_incident() -> None:
    """'The attack took place in X' joins the incident, not a new one."""
    text = (
        "Guerrillas kidnapped 50 peasants in Morazan department on Monday. "
        "The kidnapping took place in the village of El Rosario."
    )
    d = doc(
        text,
        places=[
            place(text, "Morazan", "province", "SV"),
            place(text, "El Rosario", "village", "SV"),
        ],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    assert [2] == [len(e.support) for e in events(d)]


def test_event_types_are_in_the_vocabulary() -> None:
    """Every event type assigned is one of EVENT_TYPES."""
    text = "Rebels ambushed a patrol. A car bomb exploded. Gunmen kidnapped a priest."
    assert all(e.event_type in EVENT_TYPES for e in events(doc(text)))


def test_support_spans_are_sentences() -> None:
    """Support spans cover whole sentences of the text."""
    text = "Clashes erupted in the north on Friday. Two died."
    d = doc(text, dates=[date(text, "on Friday", "2024-03-01")])
    [e] = events(d)
    assert [(0, 39), (40, 49)] == [(s.start, s.end) for s in e.support]


def test_parser_pickles() -> None:
    """The parser survives pickling, as process pools need."""
    parser = pickle.loads(pickle.dumps(EventParser()))
    assert isinstance(parser, EventParser)


def test_empty_document() -> None:
    """No text, no events."""
    assert () == events(Document(text=""))


# Triggers ending in "-ed" after an article: a verb whose subject is the
# word between ("the police attacked", also without "-ed": "the insurgents
# overran") is new, a noun ("the roadside IED", "the 12 wounded") refers
# back: (folded text, trigger, definite).
DEFINITE_ED = [
    pytest.param("the roadside ied went off", "ied", True, id="the-roadside-ied"),
    pytest.param("the 12 wounded were flown out", "wounded", True, id="the-12-wounded"),
    pytest.param("the two injured died later", "injured", True, id="the-two-injured"),
    pytest.param("the dozens killed were buried", "killed", True, id="the-dozens-killed"),
    pytest.param(
        "the police attacked the camp", "attacked", False, id="the-police-attacked"
    ),
    pytest.param("the army shelled the town", "shelled", False, id="the-army-shelled"),
    pytest.param("the attack was condemned", "attack", True, id="the-attack"),
    pytest.param(
        "the insurgents overran the base", "overran", False, id="the-insurgents-overran"
    ),
    pytest.param("the rebels fought the army", "fought", False, id="the-rebels-fought"),
    pytest.param("the overrun was condemned", "overrun", True, id="the-overrun"),
]


@pytest.mark.parametrize(("text", "trigger", "expected"), DEFINITE_ED)
def test_definite_ed_nouns_are_not_verbs(text: str, trigger: str, expected: bool) -> None:
    """A noun ending in -ed after an article refers back; a verb after a subject does not."""
    from conflictparse.parsers.events import _triggers

    at = text.index(trigger)
    found = {t.start: t.definite for t in _triggers(text, 0, len(text))}
    assert expected == found[at]


# --- speed guards keep the results ------------------------------------------------

_WORDS = (
    "will",
    "to",
    "not",
    "the",
    "these",
    "such",
    "attack",
    "killed",
    "fighting",
    "bombing",
    "threatened",
    "planned",
    "crowd",
    "tothe",
    "theft",
    "wonderful",
    "gunmen",
    "village",
    "rapidly",
    "and",
    "or",
    "suicide",
    "bomb",
    "wounded",
    "ied",
    "injured",
    "12",
    "two",
    "police",
    "attacked",
    "overran",
    "fought",
    "attackers",
    "assailants",
    "raiders",
    "xthe",
)


def _naive_triggers(
    folded: str, start: int, end: int
) -> list[tuple[int, int, str, bool]]:
    """The trigger scan without cue words: every window searched (the reference)."""
    from conflictparse.parsers import events as ev

    found: list[tuple[int, int, str, bool]] = []
    for m in ev._TRIGGER.finditer(folded, start, end):
        before = folded[max(start, m.start() - 60) : m.start()]
        if ev._IRREALIS.search(before):
            continue
        group = next(
            g for g in ("explosion", "civilian", "battle", "harm", "party") if m.group(g)
        )
        ref = ev._DEFINITE.search(before[-30:])
        word = ref.group("word") if ref is not None else None
        definite = ref is not None and not (
            word
            and (
                (m.group().endswith("ed") and m.group() not in ev._ED_NOUNS)
                or m.group() in ev._IRREGULAR_PAST
            )
            and not word.strip().isdigit()
            and ev._NUMBER_WORD.fullmatch(word.strip()) is None
        )
        found.append((m.start(), m.end(), group, definite))
    return found


@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=200),
    glue=st.sampled_from([" ", "  ", "-", ", "]),
    start=st.integers(min_value=0, max_value=40),
)
@settings(max_examples=200, deadline=None)
def test_cue_words_find_the_same_triggers_as_every_window(
    words: list[str], glue: str, start: int
) -> None:
    """Skipping windows without a cue word changes no trigger, even where a window starts mid-word."""
    from conflictparse.parsers.events import _triggers

    folded = glue.join(words)
    start = min(start, len(folded))
    expected = _naive_triggers(folded, start, len(folded))
    assert expected == [tuple(t) for t in _triggers(folded, start, len(folded))]


# Words around the first words of _IRREALIS and _DEFINITE, and what may
# follow them ("be", "-ly" words, "or"), for the ASCII twins of the two.
_WINDOW_WORDS: Final = (
    *_WORDS, "be", "been", "have", "an", "any", "further", "new", "more", "x_ly",
    "badly", "ly", "that", "this", "those", "cannot", "denies", "vowing", "no",
    "nothing", "possible", "without", "fears", "canned", "3", "_",
)  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_WINDOW_WORDS), min_size=0, max_size=8),
    glue=st.sampled_from([" ", "  ", "-", "\t", "\x0b", "\x1c", "\n ", ", ", "_", ""]),
    tail=st.sampled_from([" ", "\r\n", "\x1f", "", "\x0c"]),
)
@settings(max_examples=400, deadline=None)
def test_ascii_window_patterns_search_as_the_full_ones(
    words: list[str], glue: str, tail: str
) -> None:
    """In ASCII windows the ``re`` twins of _IRREALIS and _DEFINITE find what the ``regex`` patterns find (span and captured word), from every start."""
    from conflictparse.parsers import events as ev

    window = glue.join(words) + tail
    for at in range(len(window) + 1):
        for full, twin in (
            (ev._IRREALIS, ev._IRREALIS_ASCII),
            (ev._DEFINITE, ev._DEFINITE_ASCII),
        ):
            a, b = full.search(window, at), twin.search(window, at)
            assert (a and (a.span(), a.groupdict())) == (b and (b.span(), b.groupdict()))


# Words of _JOINED and _RESPONSE_AFTER and look-alikes, for their ASCII twins.
_GAP_WORDS: Final = (
    "and", "or", "as", "well", "the", "an", "a", "pro-government", "russia-backed",
    "x-", "-y", "police", "were", "was", "been", "be", "later", "quickly", "have",
    "had", "arrested", "deployed", "sealed", "off", "launched", "investigation",
    "rushed", "sent", "mobilised", "rounded", "up", "andor", "_", "3", ",", "",
)  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_GAP_WORDS), min_size=0, max_size=8),
    glue=st.sampled_from([" ", "  ", ", ", "\t", "\x0b", "\x1c", "\n", "-", "_", ""]),
    cut=st.integers(min_value=0, max_value=3),
)
@example(words=["and", "the", "pro-government"], glue=" ", cut=0)
@example(words=["", "were", "later", "deployed"], glue=" ", cut=0)
@settings(max_examples=300, deadline=None)
def test_ascii_gap_patterns_match_as_the_full_ones(
    words: list[str], glue: str, cut: int
) -> None:
    """In ASCII text the ``re`` twins of _JOINED (fullmatch) and _RESPONSE_AFTER (match) answer as the ``regex`` patterns, over any slice."""
    from conflictparse.parsers import events as ev

    text = glue.join(words) + glue
    end = max(len(text) - cut, 0)
    for at in range(end + 1):
        a = ev._JOINED.fullmatch(text, at, end)
        b = ev._JOINED_ASCII.fullmatch(text, at, end)
        assert (a and a.span()) == (b and b.span())
        a = ev._RESPONSE_AFTER.match(text, at, end)
        b = ev._RESPONSE_AFTER_ASCII.match(text, at, end)
        assert (a and a.span()) == (b and b.span())


@given(
    word=st.sampled_from(
        [
            "clash", "clashes", "fighting", "fought", "battle", "gunfight", "firefight",
            "skirmishes", "exchanged", "exchange", "attack", "battalion", "fights",
            "clas", "exchang", "",
        ]
    ),
    cut=st.integers(min_value=0, max_value=4),
)  # fmt: skip
def test_clash_words_test_as_the_pattern_did(word: str, cut: int) -> None:
    """A trigger's span starting with one of _CLASH_WORDS is what the former _CLASH pattern matched at the trigger's start, within its end."""
    import regex

    from conflictparse.parsers import events as ev

    old = regex.compile(
        r"(?:clash|fight|fought|battl|gunfight|firefight|skirmish|exchange)"
    )
    text = "troops " + word + " rebels"
    start, end = 7, max(7, 7 + len(word) - cut)
    assert text.startswith(ev._CLASH_WORDS, start, end) == (
        old.match(text, start, end) is not None
    )


# Words of _SAYS_AFTER and _NEW_INCIDENT and look-alikes, for their ASCII twins.
_OPENER_WORDS: Final = (
    "said", "says", "say", "told", "claimed", "responsibility", "called", "in", "for",
    "spokesman", "statement", "residents", "state", "media", "a", "local", "official",
    "who", "the", "army", "(un)", "u.n.", ".", ")", "meanwhile", "separately",
    "another", "separate", "attack", "bombing", "further", "north", "northern",
    "far", "capital", "country's", "also", "on", "same", "day", "similar", "x_", "3",
)  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_OPENER_WORDS), min_size=0, max_size=8),
    glue=st.sampled_from([" ", "  ", ", ", "\t", "\x0b", "\x1c", "\n", "-", "_", ""]),
    cut=st.integers(min_value=0, max_value=3),
)
@example(words=["", "residents", "said"], glue=" ", cut=0)
@example(words=["in", "another", "attack"], glue=" ", cut=0)
@example(words=["in", "the", "capital", ","], glue=" ", cut=0)
@settings(max_examples=300, deadline=None)
def test_ascii_opener_patterns_match_as_the_full_ones(
    words: list[str], glue: str, cut: int
) -> None:
    """In ASCII text the ``re`` twins of _SAYS_AFTER and _NEW_INCIDENT match as the ``regex`` patterns, over any slice."""
    from conflictparse.parsers import events as ev

    text = glue.join(words)
    end = max(len(text) - cut, 0)
    for at in range(end + 1):
        a = ev._SAYS_AFTER.match(text[at:end])
        b = ev._SAYS_AFTER_ASCII.match(text[at:end])
        assert (a and a.span()) == (b and b.span())
        a = ev._NEW_INCIDENT.match(text, at, end)
        b = ev._NEW_INCIDENT_ASCII.match(text, at, end)
        assert (a and a.span()) == (b and b.span())


# Words of _BACKGROUND, _CIRCUMSTANCE and _PLACE_ANAPHORA and look-alikes.
_SENTENCE_WORDS: Final = (
    "since", "in", "the", "past", "for", "years", "decades", "ago", "history",
    "historically", "peace", "talks", "with", "preparing", "roadmap", "took",
    "place", "occurred", "was", "carried", "out", "erupted", "broke", "left",
    "killed", "claimed", "were", "behind", "it", "they", "had", "that", "this",
    "town", "village", "checkpoint", "township", "sincere", "leftist", "x_", "xthe",
    "12", "", "north", "of", "outside", "northeast", "west", "city",
)  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_SENTENCE_WORDS), min_size=0, max_size=10),
    glue=st.sampled_from([" ", "  ", "-", "\t", "\x0b", "\x1c", "\n", "_", "."]),
    cut=st.integers(min_value=0, max_value=4),
)
@example(words=["xthe", "town"], glue=" ", cut=0)  # no word start before the determiner
@example(words=["in", "this", "district"], glue=" ", cut=0)
@example(words=["it", "was", "carried", "out"], glue=" ", cut=0)
@example(words=["north", "of", "the", "city"], glue=" ", cut=0)
@example(words=["outside", "the", "town"], glue=" ", cut=0)
@settings(max_examples=300, deadline=None)
def test_ascii_sentence_patterns_search_as_the_full_ones(
    words: list[str], glue: str, cut: int
) -> None:
    """In ASCII text the ``re`` twins of the sentence patterns find what the ``regex`` ones find, in any slice."""
    from conflictparse.parsers import events as ev

    text = glue.join(words)
    end = max(len(text) - cut, 0)
    for at in range(end + 1):
        for full, twin in (
            (ev._BACKGROUND, ev._BACKGROUND_ASCII),
            (ev._CIRCUMSTANCE, ev._CIRCUMSTANCE_ASCII),
            (ev._PLACE_ANAPHORA, ev._PLACE_ANAPHORA_ASCII),
        ):
            a, b = full.search(text, at, end), twin.search(text, at, end)
            assert (a and a.span()) == (b and b.span())


@given(
    words=st.lists(
        st.sampled_from(
            (
                *_SENTENCE_WORDS,
                "wounded",
                "injured",
                "staged",
                "happened",
                "destroyed",
                "placed",
                "carrier",
                "killing",
                "attack",
                "the",
            )
        ),
        min_size=0,
        max_size=10,
    ),
    glue=st.sampled_from(
        [" ", "  ", "-", "\t", "\x1c", "\n", "_", ".", "\u00e9", "\u00b2"]
    ),
    cut=st.integers(min_value=0, max_value=4),
)
@example(words=["it", "was", "carried", "out"], glue=" ", cut=0)
@example(words=["x", "killed"], glue="\u00b2", cut=0)
@settings(max_examples=300, deadline=None)
def test_circumstance_gate_never_hides_a_match(
    words: list[str], glue: str, cut: int
) -> None:
    """_circumstance (the scan's cue words, then the search) answers as a search of _CIRCUMSTANCE, in any slice."""
    from conflictparse.parsers import events as ev

    text = glue.join(words)
    end = max(len(text) - cut, 0)
    starts, _, _, cues, _ = ev._scan(text)
    for at in range(end + 1):
        plain = text[max(at - 1, 0) : end].isascii()
        expected = ev._CIRCUMSTANCE.search(text, at, end) is not None
        assert expected == ev._circumstance(text, at, end, plain, cues, starts)


# One word (or phrase) for every alternative of the trigger lexicon, with
# look-alikes that start no trigger ("carried", "soldiers", "settled").
_TRIGGER_SAMPLES = (
    "car bomb",
    "the killings began",
    "looted",
    "engaged in looting",
    "hit by a missile",
    "struck by an unknown projectile",
    "under heavy fire",
    "truck-bomb",
    "roadside bombing",
    "suicide bombers",
    "bombed",
    "explosion",
    "explosives",
    "blast",
    "exploded",
    "detonated",
    "ieds",
    "grenade",
    "mortars",
    "rockets",
    "shelling",
    "air strike",
    "airstrikes",
    "drone strike",
    "strike on",
    "strikes killed",
    "landmine exploded",
    "mines went off",
    "landmines",
    "stepped on a mine",
    "dynamite",
    "artillery",
    "massacred",
    "drone hit",
    "drones struck",
    "tank shell hit",
    "shell hit",
    "drone attacks",
    "drones and shell attacks",
    "aircraft later struck",
    "explosives",
    "blew up",
    "blown up",
    "blowing up",
    "blow up",
    "blow",
    "blue",
    "murdering",
    "assassination",
    "executions",
    "kidnappers",
    "abducted",
    "hostages",
    "beheaded",
    "tortured",
    "slain",
    "slaying",
    "lynched",
    "burned alive",
    "burnt to death",
    "gunned down",
    "fighting",
    "fought",
    "clashes",
    "battle",
    "battled",
    "gunfights",
    "firefight",
    "skirmishes",
    "offensive",
    "assaulted",
    "ambushed",
    "attacking",
    "raids",
    "stormed",
    "overran",
    "overrun",
    "recaptured",
    "capture",
    "seized",
    "seized power",
    "retook",
    "retaken",
    "wrested",
    "combat",
    "combatant",
    "opened fire",
    "fired on",
    "they had struck a depot",
    "it hit an air base",
    "exchange of fire",
    "shootouts",
    "shot",
    "took control",
    "taken control",
    "gained control",
    "take control",
    "takes control",
    "taking control",
    "gain control",
    "gains control",
    "gaining control",
    "insurgents attack",
    "killing",
    "died",
    "dead",
    "deaths",
    "die",
    "wounded",
    "injuries",
    "casualties",
    "arson",
    "torched",
    "set fire",
    "carried",
    "soldiers",
    "settled",
    "chair",
    "affairs",
    "afraid",
    "landed",
    "opening",
    "the",
    "will",
    "not",
    "x",
    "gunmen struck",
    "rebels struck",
    "struck",
    "attackers",
    "forces struck",
    "troops struck",
    "rebels entered",
    "forces had struck",
    "forces had struck depots near",
    "forces have struck a base in",
    "forces had struck. in",
    "the attackers",
    "the gunmen",
    "the assailants",
    "the raiders",
    "tothe gunmen",
    "drone attack",
    "drone attacks",
)


@given(
    words=st.lists(st.sampled_from(_TRIGGER_SAMPLES), min_size=1, max_size=40),
    glue=st.sampled_from([" ", "-", ", ", "\u00e9", "_"]),
    cut=st.integers(min_value=0, max_value=30),
)
@example(words=["car bomb", "the attackers", "the raiders"], glue="\u00e9", cut=12)
@settings(max_examples=300, deadline=None)
def test_trigger_stems_find_what_a_full_scan_finds(
    words: list[str], glue: str, cut: int
) -> None:
    """Trying _TRIGGER only where a stem starts a word finds every match a scan finds, sparse or dense."""
    from conflictparse.parsers import events as ev

    folded = glue.join(words)
    start, end = min(cut, len(folded)), max(len(folded) - cut, 0)
    starts = ev._trigger_starts(folded)
    expected = [m.span() for m in ev._TRIGGER.finditer(folded, start, end)]
    assert expected == [
        (a, b) for a, b, _ in ev._trigger_matches(folded, start, end, starts)
    ]


_ASCII_GLUES: Final = (" ", "-", "_", "\t", "\x0b", "\x1c", "\x1f", "\n", "7", "ing", "")


@given(
    words=st.lists(st.sampled_from(_TRIGGER_SAMPLES), min_size=1, max_size=12),
    glue=st.sampled_from(_ASCII_GLUES),
    inner=st.sampled_from(_ASCII_GLUES),
    cut=st.integers(min_value=0, max_value=6),
)
@settings(max_examples=400, deadline=None)
def test_ascii_trigger_pattern_matches_as_the_full_one(
    words: list[str], glue: str, inner: str, cut: int
) -> None:
    """In ASCII text the ``re`` trigger pattern matches where, as far and as which group as _TRIGGER, at every start (phrases joined by other white space too: "car\x1cbomb")."""
    from conflictparse.parsers import events as ev

    folded = glue.join(w.replace(" ", inner) for w in words)
    end = max(len(folded) - cut, 0)
    for at in range(end + 1):
        full = ev._TRIGGER.match(folded, at, end)
        plain = ev._TRIGGER_ASCII.match(folded, at, end)
        assert (full and (full.span(), full.lastgroup)) == (
            plain and (plain.span(), plain.lastgroup)
        )


def _stem_word_starts(folded: str) -> list[int]:
    """Every place a trigger stem starts a word (the plain reading: each stem looked for everywhere)."""
    from conflictparse.parsers import events as ev

    found = []
    for stem in ev._TRIGGER_STEMS:
        at = folded.find(stem)
        while at >= 0:
            if not (at and ev._is_word(folded[at - 1])):
                found.append(at)
            at = folded.find(stem, at + 1)
    return sorted(found)


@given(
    words=st.lists(st.sampled_from(_TRIGGER_SAMPLES), min_size=1, max_size=40),
    glue=st.sampled_from(
        [" ", "-", ", ", "\u00e9", "_", "(", "'", "\n", "\u2019", "\u00e9 "]
    ),
)
@settings(max_examples=300, deadline=None)
def test_one_scan_finds_every_stem_starting_a_word(words: list[str], glue: str) -> None:
    """
    The one scan of the text as ASCII bytes finds every place a stem starts
    a word, in order; in ASCII text nothing else, in other text also stems
    right after a non-ASCII letter (which _TRIGGER, starting with \\b, refuses).
    """
    from conflictparse.parsers import events as ev

    folded = glue.join(words)
    starts = ev._trigger_starts(folded)
    plain = _stem_word_starts(folded)
    extra = sorted(set(starts) - set(plain))
    assert (plain, [], starts) == (
        [at for at in starts if at in plain],
        [at for at in extra if folded.isascii() or not ev._is_word(folded[at - 1])],
        sorted(set(starts)),
    )


# Stories without (and with) the words that background and place anaphora
# need: (text, background pattern finds, anaphora pattern finds, background
# gate opens, anaphora gate opens). A gate may open where its pattern then
# finds nothing ("township" holds "town"), never the other way round.
WORD_GATES = [
    pytest.param("rebels attacked the town", False, True, False, True, id="anaphora-town"),
    # ("the town of gao" names the town: no anaphora, though the gate opens)
    pytest.param("rebels attacked the town of gao", False, False, False, True, id="town-of-a-name"),
    pytest.param("rebels attacked the township of gao", False, False, False, True, id="township-opens-the-gate"),
    pytest.param("clashes since may in the district", True, True, True, True, id="since-and-district"),
    pytest.param("clashes since may killed 3", True, False, True, False, id="since-only"),
    pytest.param("clashes in the past-week, killing 3", True, False, True, False, id="past-before-a-hyphen"),
    pytest.param("troops entered the village", False, True, False, True, id="village-only"),
    pytest.param("clashes killed 3 people", False, False, False, False, id="neither"),
    pytest.param("a pasta factory was attacked", False, False, True, False, id="pasta-opens-the-gate"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "background", "anaphora", "b_gate", "a_gate"), WORD_GATES
)
def test_cue_words_gate_the_background_and_anaphora_searches(
    text: str, background: bool, anaphora: bool, b_gate: bool, a_gate: bool
) -> None:
    """
    Each gate on its own: a sentence lacking every cue word the background
    (or the anaphora) pattern needs is not searched with it; one holding one is.
    """
    from conflictparse.parsers import events as ev

    found = (bool(ev._BACKGROUND.search(text)), bool(ev._PLACE_ANAPHORA.search(text)))
    anaphora_cues = ev._scan(text)[2]  # the parser's anaphora gate: the story's one scan
    gates = (
        bool(ev._BACKGROUND_GATE.search(text)),
        ev._cue_in(anaphora_cues, 0, len(text), text, ev._ANAPHORA_NOUNS),
    )
    assert ((background, anaphora), (b_gate, a_gate)) == (found, gates)


def test_thousands_of_distinct_incidents_each_make_an_event() -> None:
    """Sentences with a new town and a date five days on each open an incident (compared with the latest only)."""
    found = events(_incident_story([(i, i) for i in range(300)]))
    assert [f"Town{i}" for i in range(300)] == [e.place and e.place.text for e in found]


def _incident_story(incidents: list[tuple[int, int]]) -> Document:
    """A story of one sentence per ``(town number, day number)``: "Rebels attacked Town<n> on <date>." (days 5 apart)."""
    parts: list[str] = []
    places: list[PlaceMention] = []
    dates: list[DateMention] = []
    at = 0
    for n, d in incidents:
        day = dt.date(2020, 1, 1) + dt.timedelta(days=5 * d)
        town, when = f"Town{n}", f"on {day.isoformat()}"
        sentence = f"Rebels attacked {town} {when}. "
        t, w = at + sentence.index(town), at + sentence.index(when)
        places.append(
            PlaceMention(
                text=town, span=Span(start=t, end=t + len(town)), kind="town",
                country="ML", geonames_id=n + 1,
            )
        )  # fmt: skip
        dates.append(
            DateMention(
                text=when, span=Span(start=w, end=w + len(when)),
                value=day.isoformat(), precision="day", earliest=day, latest=day,
            )
        )  # fmt: skip
        parts.append(sentence)
        at += len(sentence)
    return Document(text="".join(parts), places=places, dates=dates)


@pytest.mark.parametrize(
    ("later", "joins"),
    [(1, True), (49, True), (50, False), (80, False)],
    ids=[
        "one-later-joins",
        "forty-nine-later-joins",
        "fifty-later-is-new",
        "eighty-later-is-new",
    ],
)
def test_incident_re_mentioned_is_compared_with_the_latest_fifty(
    later: int, joins: bool
) -> None:
    """
    An incident re-mentioned (same town, same day) joins its event while it is
    among the latest 50 incidents; after 50 later distinct ones it opens a new event.
    """
    incidents = [(0, 0)] + [(n, n) for n in range(1, later + 1)] + [(0, 0)]
    found = events(_incident_story(incidents))
    expected = [f"Town{n}" for n in range(later + 1)] + ([] if joins else ["Town0"])
    assert expected == [e.place and e.place.text for e in found]


def test_run_of_trigger_words_is_read_whole() -> None:
    """A sentence of thousands of trigger words reads every one and still makes one event."""
    from conflictparse.parsers.events import _triggers

    text = "Gunmen killed " + "killed " * 5000 + "villagers."
    assert 5001 == len(_triggers(text.lower(), 0, len(text)))
    d = doc(text, actors=[actor(text, "Gunmen", "Unidentified Armed Group", "rebel")])
    [e] = events(d)
    assert "Unidentified Armed Group" == (e.side_a and e.side_a.canonical)


def test_trigger_after_the_sixty_fourth_counts() -> None:
    """A bomb named after seventy other trigger words still makes the event an explosion."""
    text = (
        "Gunmen stormed the market in Kano on Friday, "
        + "shooting and killing and " * 35
        + "then detonated a bomb."
    )
    d = doc(
        text,
        actors=[actor(text, "Gunmen", "Unidentified Armed Group", "rebel")],
        places=[place(text, "Kano", "city", "NG")],
        dates=[date(text, "on Friday", "2024-03-01")],
    )
    [e] = events(d)
    assert ("Explosions/Remote violence", "Unidentified Armed Group") == (
        e.event_type,
        e.side_a and e.side_a.canonical,
    )


def _naive_roles(s: Any, folded: str) -> dict[str, list[float]]:
    """The votes of ``_roles`` read the plain way: every trigger and count compared with every actor."""
    from conflictparse.parsers import events as ev

    votes: dict[str, list[float]] = {}
    triggers = [t for t in s.triggers if t.group != "harm"] or list(s.triggers)
    victims = {c.actor for c in s.casualties if c.actor and c.outcome != "released"}
    by_agent: int | None = None  # the last agent after "by"
    for k, a in enumerate(s.actors):
        before = folded[max(s.start, a.start - 60) : a.start]
        after = folded[a.end : min(s.end, a.end + 60)]
        if ev._SAYS_AFTER.match(after) or ev._ACCORDING_BEFORE.search(before):
            continue
        agent = patient = 0.0
        by = ev._by_agent(s, folded, before, a.start)
        if ev._RESPONSIBILITY_AFTER.match(after):
            agent += 2.0
        elif ev._BLAMED_BEFORE.search(before) or ev._BLAMED_AFTER.match(after):
            agent += 1.0  # "blamed on X", "X was blamed for"
        elif by:
            if ev._REPORTED_BY.search(before[: by.start()]):
                continue
            if ev._FOILED_BY.search(before[: by.start()]) or ev._OTHER_DEED_BY.search(
                before[: by.start()]
            ):
                continue
            agent += 1.5
            by_agent = k
        elif by_agent is not None and all(
            s.actors[i + 1].start < s.actors[i].end
            or ev._JOINED.fullmatch(folded, s.actors[i].end, s.actors[i + 1].start)
            for i in range(by_agent, k)
        ):
            agent += 1.5
        elif ev._BETWEEN_BEFORE.search(before):
            agent += 0.5
            patient += 0.25
        elif ev._AGAINST_BEFORE.search(before) and any(
            t.end <= a.start for t in triggers
        ):
            patient += 1.0
        elif triggers:
            first = min(triggers, key=lambda t: abs(t.start - a.start))
            if first.start > a.end and first.group != "harm":
                # a harm verb right after the actor is its own deed
                nxt = min(
                    (t for t in s.triggers if t.start >= a.end), key=lambda t: t.start
                )
                if (
                    nxt.group == "harm"
                    and nxt.start - a.end <= 14
                    and ev._VERB_GAP.match(folded, a.end, nxt.start)
                ):
                    first = nxt
            if a.end <= first.start:
                window = folded[max(s.start, first.start - 25) : first.start]
                if (
                    ev._PASSIVE_BEFORE.search(window)
                    and not folded[first.start : first.end].endswith("ing")
                ) or (
                    # "soldiers killed in attack": a participle without auxiliary
                    first.group == "harm"
                    and first.start - a.end <= 2
                    and folded.startswith(ev._REDUCED_PASSIVE_AFTER, first.end)
                    and folded[first.start : first.end].endswith("ed")
                ):
                    patient += 1.0
                elif (
                    m := ev._REPORTING.search(
                        ev._ASIDE.sub(" ", folded[a.end : first.start])
                    )
                ) and m.start() < ev._REPORT_REACH:
                    continue
                elif _nothing_between(
                    s.actors, s.actors.index(a), first.start, folded
                ) and not any(
                    c.start <= a.start
                    and a.end <= c.end
                    and c.outcome
                    in ("killed", "wounded", "killed_or_wounded", "kidnapped")
                    for c in s.casualties
                ):
                    hurt = (
                        ev._HARMED_BETWEEN.search(folded[: first.start], a.end)
                        if first.start - a.end > 8
                        else None
                    )
                    if hurt is not None and not ev._PRONOUN_SUBJECT.search(
                        folded[: first.start], hurt.end()
                    ):
                        patient += 1.0  # "rebels were killed attacking": harmed
                    else:
                        agent += 1.0
            elif (
                folded[first.start : first.end].endswith("ed")
                and ev._PASSIVE_BEFORE.search(
                    folded[max(s.start, first.start - 25) : first.start]
                )
                and not ev._WEAPON_NAMED.search(folded, a.start, a.end)
            ):
                if not (
                    ev._actor_key(a) in victims
                    or any(c.start <= a.start and a.end <= c.end for c in s.casualties)
                ):
                    continue
            elif re.search(
                r"\b(?:said|says|saying|added|adding|told)\b", folded[first.end : a.start]
            ):
                continue
            else:
                patient += 1.0
        if ev._actor_key(a) in victims or any(
            c.start <= a.start and a.end <= c.end for c in s.casualties
        ):
            patient += 0.5
        v = votes.setdefault(ev._actor_key(a), [0.0, 0.0])
        v[0] = max(v[0], agent)
        v[1] = max(v[1], patient)
    return votes


def _nothing_between(actors: Any, k: int, trigger: int, folded: str) -> bool:
    """No actor between actor *k* and *trigger* but those joined to it by 'and', 'or', commas."""
    from conflictparse.parsers import events as ev

    for j in range(k + 1, len(actors)):
        if actors[j].start >= trigger:
            return True
        gap = folded[actors[j - 1].end : actors[j].start]
        if actors[j].start >= actors[j - 1].end and not ev._JOINED.fullmatch(gap):
            return False
    return True


_ROLE_WORDS = (
    "rebels",
    "troops",
    "attacked",
    "killed",
    "fighting",
    "by",
    "against",
    "were",
    "the",
    "between",
    "and",
    "said",
    "in",
    "bombed",
    "villagers",
    "two",
    "confirmed",
    "or",
    ",",
    "police",
    "reported",
    "blamed",
    "on",
    "attacking",
)


@given(words=st.lists(st.sampled_from(_ROLE_WORDS), min_size=1, max_size=150))
@example(words=["rebels", "were", "blamed"])  # the blame told after the actor
@example(words=["rebels", "were", "killed", "attacked"])  # harmed before the trigger
@settings(max_examples=150, deadline=None)
def test_roles_read_every_trigger_as_the_plain_reading(words: list[str]) -> None:
    """Bisection over trigger starts gives each actor the votes a scan of every trigger gives."""
    from conflictparse.parsers import events as ev

    text = " ".join(words) + "."
    folded = text.lower()
    actors, counts = [], []
    at = 0
    for w in words:
        span = Span(start=at, end=at + len(w))
        if w in ("rebels", "troops", "police"):
            actors.append(
                ActorMention(text=w, span=span, canonical=w.title(), kind="rebel")
            )
        elif w == "villagers" and at >= 4:
            counts.append(
                CasualtyCount(
                    text=text[at - 4 : span.end],
                    span=Span(start=at - 4, end=span.end),
                    outcome="killed",
                    low=2,
                    best=2,
                    high=2,
                    victim="civilians",
                )
            )
            actors.append(
                ActorMention(text=w, span=span, canonical="Civilians", kind="civilians")
            )
        at = span.end + 1
    s = ev._Sentence(
        position=0,
        start=0,
        end=len(text),
        triggers=tuple(ev._triggers(folded, 0, len(text))),
        dates=(),
        places=(),
        actors=tuple(actors),
        casualties=tuple(counts),
        anaphora=False,
        opener=False,
        reference_only=False,
    )
    assert _naive_roles(s, folded) == ev._roles(s, folded)


def test_many_incidents_stay_apart() -> None:
    """Thirty incidents in different towns days apart make thirty events, in order."""
    parts = []
    for n in range(30):
        parts.append(f"Gunmen killed {n + 2} people in Town{n} on day {n}.")
    text = " ".join(parts)
    dates: list[DateMention] = []
    places: list[PlaceMention] = []
    for n in range(30):
        day = dt.date(2023, 6, 1) + dt.timedelta(days=5 * n)
        words = f"on day {n}."[:-1]
        span = _span(text, f"on day {n}.")
        dates.append(
            DateMention(
                text=words,
                span=Span(start=span.start, end=span.start + len(words)),
                value=day.isoformat(),
                precision="day",
                earliest=day,
                latest=day,
            )
        )
        places.append(place(text, f"Town{n} ", "town", "NG"))
    found = events(doc(text, dates=dates, places=places))
    assert [f"Town{n} " for n in range(30)] == [e.place and e.place.text for e in found]


# Which sentence holds the trigger: the stage reads only sentences where a
# trigger stem starts a word, so the first, a middle and the last sentence
# must each be found.
TRIGGER_SENTENCE = [
    pytest.param(
        "Gunmen attacked a bus near Gao. Officials met on Monday. Talks went on.",
        "Gunmen",
        id="first-sentence",
    ),
    pytest.param(
        "Officials met on Monday. Gunmen attacked a bus near Gao. Talks went on.",
        "Gunmen",
        id="middle-sentence",
    ),
    pytest.param(
        "Officials met on Monday. Talks went on. Gunmen attacked a bus near Gao.",
        "Gunmen",
        id="last-sentence",
    ),
    pytest.param(
        "Officials met on Monday.  Talks went on.\n\nGunmen ambushed a bus near Gao",
        "Gunmen",
        id="last-sentence-unpunctuated",
    ),
]


@pytest.mark.parametrize(("text", "agent"), TRIGGER_SENTENCE)
def test_trigger_found_in_any_sentence(text: str, agent: str) -> None:
    """A trigger is read wherever its sentence stands in the story."""
    d = doc(
        text,
        actors=[actor(text, agent, "Unidentified Armed Group", "rebel")],
        places=[place(text, "Gao", "city", "ML")],
    )
    [e] = events(d)
    assert ("Unidentified Armed Group", "Gao") == (
        e.side_a and e.side_a.canonical,
        e.place and e.place.text,
    )


@given(
    words=st.lists(st.sampled_from(_WORDS), min_size=1, max_size=6),
    glue=st.sampled_from([" ", "  ", "-", ", "]),
)
@settings(max_examples=200, deadline=None)
def test_few_triggers_agree_with_every_window(words: list[str], glue: str) -> None:
    """A sentence of a few triggers (each window searched directly) gives what the reference scan gives."""
    from conflictparse.parsers.events import _triggers

    folded = glue.join(words)
    assert _naive_triggers(folded, 0, len(folded)) == [
        tuple(t) for t in _triggers(folded, 0, len(folded))
    ]


@given(
    words=st.lists(st.sampled_from(_WORDS + _TRIGGER_SAMPLES), min_size=0, max_size=80),
    glue=st.sampled_from([" ", ". ", ", ", "\n\n"]),
)
@settings(max_examples=100, deadline=None)
def test_story_without_mentions_makes_no_event_as_a_full_reading(
    words: list[str], glue: str
) -> None:
    """A story with no date, place, actor or count makes no event: the shortcut agrees with reading every sentence."""
    from conflictparse.parsers import events as ev

    d = doc(glue.join(words) + ".")
    assert ev._events(d) == EventParser()(d) == ()


_BORDER_SAMPLES = (
    "border",
    "borders",
    "bordering",
    "neighbouring",
    "neighboring",
    "adjacent",
    "to",
    "towards",
    "toward",
    "from",
    "near",
    "the",
    "with",
    "of",
    "on",
    "in",
    "across",
    "into",
    "fighters",
    "tothe",
    "x",
    "",
    "crossing",
    "crossed",
    "fled",
    "fleeing",
    "city",
    "town",
    "village",
)


@given(
    words=st.lists(st.sampled_from(_BORDER_SAMPLES), min_size=0, max_size=12),
    glue=st.sampled_from([" ", "  ", "\n", "-"]),
    tail=st.sampled_from(["", " ", "  "]),
)
@settings(max_examples=300, deadline=None)
def test_border_words_gate_the_border_pattern(
    words: list[str], glue: str, tail: str
) -> None:
    """Searching the border pattern only when one of its words is there reads every window as the search alone."""
    from conflictparse.parsers import events as ev

    window = glue.join(words) + tail
    expected = bool(ev._BORDER_BEFORE.search(window))
    assert expected == bool(
        ev._has_border_word(window) and ev._BORDER_BEFORE.search(window)
    )


@given(
    words=st.lists(
        st.sampled_from((*_BORDER_SAMPLES, "toll", "deaths", "casualties", "came", "in")),
        min_size=0,
        max_size=10,
    ),
    glue=st.sampled_from([" ", "  ", "\n", "-", "\t", "\x1c", "_", ""]),
    tail=st.sampled_from(["", " ", "  ", "\x0b"]),
)
@example(words=["toll", "from"], glue=" ", tail=" ")
@example(words=["came", "to", "the", "town", "of"], glue=" ", tail=" ")
@example(words=["in", "neighbouring"], glue=" ", tail="")
@settings(max_examples=300, deadline=None)
def test_ascii_border_pattern_searches_as_the_full_one(
    words: list[str], glue: str, tail: str
) -> None:
    """In ASCII text the ``re`` twin of the border pattern (its look-behinds one per word) finds what the ``regex`` one finds."""
    from conflictparse.parsers import events as ev

    window = glue.join(words) + tail
    a, b = ev._BORDER_BEFORE.search(window), ev._BORDER_BEFORE_ASCII.search(window)
    assert (a and a.span()) == (b and b.span())


def _plain_cluster(sentences: list[Any]) -> list[list[tuple[int, int]]]:
    """Clustering comparing every sentence with every incident (the reference)."""
    from conflictparse.parsers import events as ev

    clusters: list[Any] = []
    for s in sentences:
        target = None
        if clusters and not s.opener:
            mine = ev._intervals(s.dates)
            here = ev._PlaceSets.of(s.places)
            # the nearest in time (the latest on a tie, one on the same day at
            # once), unless a later incident without near dates names the place
            near, nearest = None, ev._SAME_INCIDENT_DAYS + 1
            for c in reversed(clusters):
                gap = ev._min_gap(c.intervals, mine)
                if (gap is not None and gap > ev._SAME_INCIDENT_DAYS) or (
                    c.places_seen.conflict(here)
                ):
                    continue
                if gap is not None:
                    if gap == 0 and ev._overlap(c.intervals, mine):
                        target = c
                        break
                    if gap < nearest:
                        near, nearest = c, gap
                elif near is None and c.places_seen.match(here):
                    target = c
                    break
            target = target or near
            if target is None:
                last = clusters[-1]
                gap = ev._min_gap(last.intervals, mine)
                clash = gap is not None and gap > ev._SAME_INCIDENT_DAYS
                if not clash and not last.places_seen.conflict(here):
                    target = last
                elif not clash and (s.anaphora or not (s.dates or s.casualties)):
                    target = last
                    s = s._replace(places=())
        if target is None:
            target = ev._Cluster()
            clusters.append(target)
        target.add(s)
    return [[(s.position, len(s.places)) for s in c.sentences] for c in clusters]


_DAYS = [dt.date(2023, 5, 1) + dt.timedelta(days=n) for n in (0, 1, 4, 9)]
_TOWNS = [
    ("Gao", "ML", "07"),
    ("Mopti", "ML", "06"),
    ("Kano", "NG", "29"),
    ("Mali", "ML", None),
]


@given(
    plan=st.lists(
        st.tuples(
            st.lists(st.sampled_from(range(len(_DAYS))), max_size=2),
            st.lists(st.sampled_from(range(len(_TOWNS))), max_size=2),
            st.booleans(),
            st.booleans(),
        ),
        min_size=1,
        max_size=25,
    )
)
@settings(max_examples=100, deadline=None)
def test_sentences_without_dates_or_places_cluster_as_a_full_comparison(
    plan: list[tuple[list[int], list[int], bool, bool]],
) -> None:
    """Not comparing a sentence without dates or places with earlier incidents groups sentences as comparing every one."""
    from conflictparse.parsers import events as ev

    text = "x" * 40
    sentences = []
    for n, (days, towns, anaphora, opener) in enumerate(plan):
        dates = tuple(
            DateMention(
                text="x",
                span=Span(start=0, end=1),
                value=_DAYS[k].isoformat(),
                precision="day",
                earliest=_DAYS[k],
                latest=_DAYS[k],
            )
            for k in days
        )
        places = tuple(
            PlaceMention(
                text=text[:3],
                span=Span(start=0, end=3),
                name=_TOWNS[k][0],
                kind="country" if _TOWNS[k][2] is None else "town",
                country=_TOWNS[k][1],
                admin1=_TOWNS[k][2],
            )
            for k in towns
        )
        sentences.append(
            ev._Sentence(
                position=n,
                start=0,
                end=1,
                triggers=(),
                dates=dates,
                places=places,
                actors=(),
                casualties=(),
                anaphora=anaphora,
                opener=opener,
                reference_only=False,
            )
        )
    expected = _plain_cluster(sentences)
    assert expected == [
        [(s.position, len(s.places)) for s in c.sentences] for c in ev._cluster(sentences)
    ]


@given(
    words=st.lists(
        st.sampled_from(
            (
                *_WORDS,
                "be",
                "further",
                "quickly",
                "vowed",
                "den",
                "(will",
                "no.",
                "é",
                "x_y",
            )
        ),
        min_size=0,
        max_size=12,
    ),
    glue=st.sampled_from([" ", "  ", "\n", ", ", " - "]),
)
@example(words=["x", "will", "be", "the", "further"], glue=" ")  # four words, one before
@example(words=["x", "y", "to", "the", "or"], glue="  ")
@settings(max_examples=300, deadline=None)
def test_irrealis_search_from_the_last_four_words(words: list[str], glue: str) -> None:
    """A search of _IRREALIS from the start before the window's last four words finds what a search of the whole window finds."""
    from conflictparse.parsers import events as ev

    window = glue.join(words) + " "
    found = ev._IRREALIS.search(window)
    from_start = ev._IRREALIS.search(window, ev._irrealis_start(window))
    assert (found and found.span()) == (from_start and from_start.span())


# Each one-call cue gate (a trie of its cue words) with the words it stands for.
_GATE_WORDS = {
    "_BACKGROUND_GATE": "_BACKGROUND_WORDS",
    "_REPORTING_GATE_HEAD": "_REPORTING_HEAD_WORDS",
}
# Each cue test written as ``in`` tests, with the words it stands for.
_HAS_WORD = {
    "_has_reporting_word": "_REPORTING_WORDS",
    "_has_says_word": "_SAYS_WORDS",
    "_has_border_word": "_BORDER_WORDS",
    "_has_claim_word": "_CLAIM_WORDS",
}


@pytest.mark.parametrize("gate", list(_GATE_WORDS))
@given(
    parts=st.lists(
        st.sampled_from(
            [
                "said",
                "sai",
                "to",
                "town",
                "since",
                "pas",
                "t",
                "x",
                "border",
                "\u00e9",
                " ",
                "statement",
                "stated",
                "spokes",
                "report",
                "told",
                "arrest",
                "de",
                "nied",
                "neighbo",
                "according",
            ]
        ),
        max_size=12,
    )
)
@settings(max_examples=100, deadline=None)
def test_cue_gate_opens_when_a_cue_word_is_there(gate: str, parts: list[str]) -> None:
    """A gate (one call) opens exactly when one of its cue words occurs in the text, anywhere."""
    from conflictparse.parsers import events as ev

    text = "".join(parts)
    words: tuple[str, ...] = getattr(ev, _GATE_WORDS[gate])
    expected = any(word in text for word in words)
    assert expected == (getattr(ev, gate).search(text) is not None)


@pytest.mark.parametrize("test", list(_HAS_WORD))
@given(
    parts=st.lists(
        st.sampled_from(
            [
                "said",
                "sai",
                "say",
                "saying",
                "to",
                "town",
                "t",
                "x",
                "border",
                "\u00e9",
                " ",
                "statement",
                "stated",
                "spokes",
                "report",
                "reported",
                "told",
                "de",
                "nied",
                "neighbo",
                "from",
                "communiqu",
                "broadcast",
                "declared",
                "claimed",
                "announced",
                "added",
                "confirmed",
            ]
        ),
        max_size=12,
    )
)
@settings(max_examples=100, deadline=None)
def test_word_test_is_true_when_a_cue_word_is_there(test: str, parts: list[str]) -> None:
    """A written-out cue test is true exactly when one of its cue words occurs in the text."""
    from conflictparse.parsers import events as ev

    text = "".join(parts)
    words: tuple[str, ...] = getattr(ev, _HAS_WORD[test])
    assert any(word in text for word in words) == getattr(ev, test)(text)


@pytest.mark.parametrize("test", list(_HAS_WORD))
def test_word_test_knows_each_of_its_words(test: str) -> None:
    """Each word of the list, alone and inside other text, opens the written-out test."""
    from conflictparse.parsers import events as ev

    for word in getattr(ev, _HAS_WORD[test]):
        assert getattr(ev, test)(word)
        assert getattr(ev, test)(f"x {word}.")
    assert not getattr(ev, test)("x y, z.")


@given(
    words=st.lists(
        st.sampled_from(
            [
                "said",
                "says",
                "announced",
                "that",
                "it",
                "they",
                "its",
                "their",
                "group",
                "was",
                "were",
                "had",
                "been",
                "is",
                "behind",
                "responsible",
                "for",
                "carried",
                "out",
                "claimed",
                "the",
                "this",
                "isis's",
                "attack",
                "raids",
                "killings",
                "x",
                "reported",
                "have",
                "troops",
                "killed",
                "captured",
                "recaptured",
                "attacked",
                "shelled",
                "retook",
                "inflicted",
                "saying",
                "in",
                "a",
                "an",
                "statement",
                "on",
                "telegram",
                "shot",
                "down",
                "late",
                "friday",
                "neutralised",
                '"eliminated',
                "launched",
            ]
        ),
        max_size=10,
    ),
    glue=st.sampled_from([" ", "  ", "\n", "-"]),
)
@example(words=["said", "they", "carried", "out"], glue=" ")
@example(words=["said", "it", "was", "behind"], glue=" ")
@example(words=["claimed", "the", "attack"], glue=" ")
@example(words=["reported", "that", "its", "troops", "had", "recaptured"], glue=" ")
@example(
    words=[
        "said",
        "in",
        "a",
        "statement",
        "on",
        "telegram",
        "that",
        "its",
        "troops",
        "killed",
    ],
    glue=" ",
)
@settings(max_examples=300, deadline=None)
def test_claim_words_gate_the_claim_pattern(words: list[str], glue: str) -> None:
    """A sentence _CLAIM matches always holds one of _CLAIM_WORDS and "claimed" or a said-pronoun (the gates before the search)."""
    from conflictparse.parsers import events as ev

    text = glue.join(words)
    if ev._CLAIM.search(text):
        assert any(w in text for w in ev._CLAIM_WORDS)
        assert "claimed" in text or ev._SAY_PRONOUN.search(text)
    # (the pattern tried where its verbs stand finds what its search finds)
    assert ev._say_pronoun(text) == (ev._SAY_PRONOUN.search(text) is not None)


def test_no_scanned_word_begins_another() -> None:
    """The one scan's words (trigger stems, background and anaphora cues) are prefix-free, so each match is one whole word."""
    from conflictparse.parsers import events as ev

    words = sorted(ev._SCAN_KIND)
    assert [] == [(a, b) for a in words for b in words if a != b and b.startswith(a)]


@given(
    words=st.lists(
        st.sampled_from(
            [
                "since",
                "the",
                "district",
                "years",
                "town",
                "township",
                "killed",
                "pasta",
                "x",
            ]
        ),
        min_size=1,
        max_size=20,
    ),
    glue=st.sampled_from([" ", "-", "\u00e9", "_", ", "]),
)
@settings(max_examples=200, deadline=None)
def test_scan_finds_every_cue_word_starting_a_word(words: list[str], glue: str) -> None:
    """The scan lists every place a background or anaphora cue word starts a word (a start a \\b pattern can match at)."""
    from conflictparse.parsers import events as ev

    folded = glue.join(words)
    _, background, anaphora, _, _ = ev._scan(folded)
    for cues, found in (
        (ev._BACKGROUND_WORDS, background),
        (ev._ANAPHORA_NOUNS, anaphora),
    ):
        plain = sorted(
            at
            for at in range(len(folded))
            if folded.startswith(cues, at) and not (at and ev._is_word(folded[at - 1]))
        )
        assert plain == [at for at in found if at in plain]


# --- which place is the scene (sentences written for these tests) ----------------

# A country named as a nationality ("a U.S. journalist") says whose, not
# where: (text, country words, whether the country is the event's place).
NATIONALITY = [
    pytest.param(
        "A U.S. journalist was wounded when a bomb exploded on Monday.",
        "U.S.",
        False,
        id="country-before-a-noun",
    ),
    pytest.param(
        "Gunmen shot dead two Peru Army\nofficers on Monday.",
        "Peru",
        False,
        id="country-before-a-noun-across-a-line-break",
    ),
    pytest.param(
        "Gunmen killed two farmers in Peru on Monday.",
        "Peru",
        True,
        id="country-before-a-preposition",
    ),
    pytest.param(
        "A bomb exploded in Chile, wounding a guard on Monday.",
        "Chile",
        True,
        id="country-before-a-comma",
    ),
    pytest.param(
        "Rebels attacked a convoy in Ecuador yesterday and on Monday.",
        "Ecuador",
        True,
        id="country-before-a-time-word",
    ),
    pytest.param(
        "Rebels attacked a convoy in Ecuador 4 March 2024 at dawn, on Monday.",
        "Ecuador",
        True,
        id="country-before-a-number",
    ),
    pytest.param(
        "Colombia's largest oil pipeline was bombed by rebels on Monday.",
        "Colombia",
        True,
        id="possessive-country",
    ),
    pytest.param(
        "A car bomb exploded in Syria Monday, a day after talks, on Monday.",
        "Syria",
        True,
        id="country-before-a-weekday",
    ),
    pytest.param(
        "A car bomb exploded in Iraq killing five people on Monday.",
        "Iraq",
        True,
        id="country-before-a-participle",
    ),
]


# A country after a locative preposition is the scene whatever word follows:
# (text, country words, whether the country is the event's place).
LOCATIVE_COUNTRY = [
    pytest.param(
        "A car bomb in Syria kills 12 people on Monday.",
        "Syria",
        True,
        id="in-country-then-present-verb",
    ),
    pytest.param(
        "A car bomb exploded in Syria overnight, killing 12 on Monday.",
        "Syria",
        True,
        id="in-country-then-overnight",
    ),
    pytest.param(
        "Gunmen attacked a village in Mali amid rising violence on Monday.",
        "Mali",
        True,
        id="in-country-then-amid",
    ),
    pytest.param(
        "Militants attacked a post in Afghanistan despite a truce on Monday.",
        "Afghanistan",
        True,
        id="in-country-then-despite",
    ),
    pytest.param(
        "Clashes in Yemen left 40 dead on Monday.",
        "Yemen",
        True,
        id="in-country-then-past-verb",
    ),
    pytest.param(
        "Air strikes in Syria hit a hospital on Monday.",
        "Syria",
        True,
        id="in-country-then-hit",
    ),
    pytest.param(
        "A roadside bomb in Iraq wounds five soldiers on Monday.",
        "Iraq",
        True,
        id="in-country-then-wounds",
    ),
    pytest.param(
        "A detainee died in U.S. custody after an attack on Monday.",
        "U.S.",
        False,
        id="in-country-then-custody-is-whose",
    ),
]


@pytest.mark.parametrize(("text", "words", "scene"), NATIONALITY + LOCATIVE_COUNTRY)
def test_country_named_as_a_nationality_is_not_the_place(
    text: str, words: str, scene: bool
) -> None:
    """
    A country right before another word of its noun phrase is not the scene
    ("a U.S. journalist", "in U.S. custody"); after a locative preposition it
    is, whatever word follows ("in Syria kills", "in Yemen left").
    """
    d = doc(
        text,
        places=[place(text, words, "country", "XX")],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    assert (words if scene else None) == (e.place and e.place.text)


def test_nationality_gives_way_to_the_dateline() -> None:
    """With only a nationality named, the dateline's country is the event's."""
    text = "BOGOTA (Wire) - A U.S. diplomat was kidnapped on Monday."
    d = _with_dateline(
        text,
        "BOGOTA",
        "CO",
        places=[place(text, "U.S.", "country", "US")],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    assert ("BOGOTA", "CO") == (e.place and e.place.text, e.place and e.place.country)


# A town or province of a third country (neither the story's home country nor
# the dateline's) is more often a namesake than the scene: (the place of the
# event sentence as (words, kind, country), the expected event place).
# Only in ALL-CAPS copy, where surnames read as towns.
_HOME_STORY = (
    "THE PRESIDENT OF NICARAGUA SPOKE TO FARMERS IN LEON THIS WEEK. "
    "GUERRILLAS ATTACKED A POLICE POST IN {} ON MONDAY."
)
THIRD_COUNTRY = [
    pytest.param(("ALVARADO", "town", "MX"), None, id="third-country-town-dropped"),
    pytest.param(
        ("TRUJILLO", "province", "VE"), None, id="third-country-province-dropped"
    ),
    pytest.param(("ESTELI", "city", "NI"), "ESTELI", id="home-country-town-kept"),
    pytest.param(
        ("HONDURAS", "country", "HN"), "HONDURAS", id="third-country-country-kept"
    ),
]


@pytest.mark.parametrize(("scene", "expected"), THIRD_COUNTRY)
def test_third_country_namesake_is_not_the_place(
    scene: tuple[str, str, str], expected: str | None
) -> None:
    """In ALL-CAPS copy a third country's town gives way; a home town or a country stays."""
    words, kind, country = scene
    text = _HOME_STORY.format(words)
    d = doc(
        text,
        places=[
            place(text, "NICARAGUA", "country", "NI"),
            place(text, "LEON", "city", "NI"),
            place(text, words, kind, country),
        ],
        actors=[actor(text, "GUERRILLAS", "Unidentified Armed Group", "unknown")],
        dates=[date(text, "ON MONDAY", "2024-03-04")],
    )
    [e] = events(d)
    assert expected == (e.place and e.place.text)


def test_third_country_town_kept_when_the_story_has_no_home() -> None:
    """With no other place and no dateline, a lone town abroad stays the place."""
    text = "Guerrillas attacked a police post in Alvarado on Monday."
    d = doc(
        text,
        places=[place(text, "Alvarado", "town", "MX")],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    assert "Alvarado" == (e.place and e.place.text)


# Who stopped, found or answered an attack is not who carried it out:
# (text, [(actor words, canonical)], expected side A).
FOILED_BY = [
    pytest.param(
        "A second bomb was defused by police in Quito on Monday.",
        [("police", "Police Forces of Ecuador", "state")],
        None,
        id="defused-by",
    ),
    pytest.param(
        "Rebels attacked the barracks on Monday but were repelled by soldiers.",
        [
            ("Rebels", "Shining Path", "rebel"),
            ("soldiers", "Military Forces of Peru", "state"),
        ],
        "Shining Path",
        id="repelled-by",
    ),
    pytest.param(
        "Gunmen killed a mayor on Monday, an attack condemned by the government.",
        [
            ("Gunmen", "Unidentified Armed Group", "unknown"),
            ("the government", "Government of Peru", "state"),
        ],
        "Unidentified Armed Group",
        id="condemned-by",
    ),
    pytest.param(
        "Two guards were killed by rebels in Cusco on Monday.",
        [("rebels", "Shining Path", "rebel")],
        "Shining Path",
        id="killed-by-is-the-agent",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), FOILED_BY)
def test_who_stopped_an_attack_is_not_side_a(
    text: str, mentions: list[tuple[str, str, str]], expected: str | None
) -> None:
    """The agent of 'defused by', 'repelled by', 'condemned by' is not side A."""
    assert expected == side_a_of(text, mentions)


# A group saying it, or its own forces, did the deed is side A, not only
# the source of the report: (text, [(actor words, canonical, kind)],
# expected side A).
SAID_ITS_FORCES = [
    pytest.param(
        "The army said its troops captured the town of Kano on Monday.",
        [("The army", "Military Forces of Nigeria", "state")],
        "Military Forces of Nigeria",
        id="said-its-troops-captured",
    ),
    pytest.param(
        "THE ARMED FORCES REPORTED THAT THEIR UNITS HAD KILLED 12 GUERRILLAS in Kano"
        " on Monday.",
        [("THE ARMED FORCES", "Military Forces of Nigeria", "state")],
        "Military Forces of Nigeria",
        id="all-caps-reported-that-their-units-had-killed",
    ),
    pytest.param(
        "THE FRONT, WHICH ON 25 JANUARY CLAIMED RESPONSIBILITY FOR KILLING THE FORMER ARMY"
        " CHIEF, SET OFF A BOMB AT AN OFFICE in Kano on Monday.",
        [
            ("THE FRONT", "Front", "rebel"),
            ("ARMY", "Military Forces of Nigeria", "state"),
        ],
        "Front",
        id="which-on-a-date-claimed-responsibility",
    ),
    pytest.param(
        "Boko Haram said it attacked a barracks in Kano on Monday.",
        [("Boko Haram", "Boko Haram", "rebel")],
        "Boko Haram",
        id="said-it-attacked",
    ),
    pytest.param(
        "THE FRONT SAID THAT IT INFLICTED CASUALTIES ON ARMY TROOPS in Kano on Monday.",
        [
            ("THE FRONT", "Front", "rebel"),
            ("ARMY TROOPS", "Military Forces of Nigeria", "state"),
        ],
        "Front",
        id="all-caps-said-that-it-inflicted-casualties",
    ),
    pytest.param(
        "Boko Haram said it had shot down a military helicopter over Kano on Monday.",
        [("Boko Haram", "Boko Haram", "rebel")],
        "Boko Haram",
        id="said-it-had-shot-down",
    ),
    pytest.param(
        "The army said its soldiers were attacked in Kano on Monday.",
        [("The army", "Military Forces of Nigeria", "state")],
        None,
        id="said-its-soldiers-were-attacked",
    ),
    pytest.param(
        "Police said the rebels attacked a barracks in Kano on Monday.",
        [
            ("Police", "Police Forces of Nigeria", "state"),
            ("the rebels", "Rebels", "rebel"),
        ],
        "Rebels",
        id="said-another-group-attacked",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), SAID_ITS_FORCES)
def test_group_saying_its_forces_acted_is_side_a(
    text: str, mentions: list[tuple[str, str, str]], expected: str | None
) -> None:
    """'X said its troops captured ...', 'X said it attacked ...' make X side A."""
    assert expected == side_a_of(text, mentions, kano=True)


# Who acted, read past words that hide it: a progressive "is bombing" is
# active, not passive; "by" may stand a few modifiers before the agent
# ("by the so-called X", "by members of the X"); a group blamed for an
# attack, or one it is attributed to, is its presumed perpetrator:
# (text, [(actor words, canonical, kind)], expected side A).
AGENT_READ_THROUGH = [
    pytest.param(
        "The army is bombing villages near Kano on Monday.",
        [("The army", "Military Forces of Nigeria", "state")],
        "Military Forces of Nigeria",
        id="progressive-is-active",
    ),
    pytest.param(
        "THE AIR FORCE WAS STRAFING AND BOMBING VILLAGES NEAR Kano on Monday.",
        [("THE AIR FORCE", "Military Forces of Nigeria", "state")],
        "Military Forces of Nigeria",
        id="all-caps-progressive-was-active",
    ),
    pytest.param(
        "Two engineers were kidnapped by the so-called Camilist Union in Kano on Monday.",
        [("Camilist Union", "Camilist Union", "rebel")],
        "Camilist Union",
        id="by-the-so-called",
    ),
    pytest.param(
        "A mayor was kidnapped by members of the Camilist Union in Kano on Monday.",
        [("Camilist Union", "Camilist Union", "rebel")],
        "Camilist Union",
        id="by-members-of-the",
    ),
    pytest.param(
        "A farmer was killed by a mine laid near the army post in Kano on Monday.",
        [("army", "Military Forces of Nigeria", "state")],
        None,
        id="by-a-mine-near-the-army-is-no-agent",
    ),
    pytest.param(
        "Rebels attacked posts guarded by units of the army in Kano on Monday.",
        [("Rebels", "Rebels", "rebel"), ("army", "Military Forces of Nigeria", "state")],
        "Rebels",
        id="guarded-by-units-of-is-no-agent",
    ),
    pytest.param(
        "A bomb exploded in Kano on Monday, and the minister blamed the rebels for it.",
        [("the rebels", "Rebels", "rebel")],
        "Rebels",
        id="blamed-the-group-for-it",
    ),
    pytest.param(
        "Press reports blamed a bombing in Kano on Monday on the drug mafia.",
        [("the drug mafia", "Drug Mafia", "unknown")],
        "Drug Mafia",
        id="blamed-the-attack-on-the-group",
    ),
    pytest.param(
        "A bombing in Kano on Monday was attributed to the rebels.",
        [("the rebels", "Rebels", "rebel")],
        "Rebels",
        id="attributed-to",
    ),
    pytest.param(
        "The bombing of a bus depot in Kano on Monday was carried out by the"
        " self-styled Northern Brigade.",
        [("Northern Brigade", "Northern Brigade", "rebel")],
        "Northern Brigade",
        id="carried-out-by-the-self-styled",
    ),
    pytest.param(
        "A car bomb exploded in Kano on Monday; the attack was organized by the"
        ' "Northern Brigade".',
        [("Northern Brigade", "Northern Brigade", "rebel")],
        "Northern Brigade",
        id="by-the-quoted-name",
    ),
    pytest.param(
        "A guard was wounded in a raid staged in Kano on Monday night by a cell of the"
        " Northern Brigade.",
        [("Northern Brigade", "Northern Brigade", "rebel")],
        "Northern Brigade",
        id="by-a-cell-of-the",
    ),
]


# Who answered an attack did not make it: "police defused a bomb", "troops
# searched for the attackers", "police believe a bomb exploded": (text,
# mentions, expected side A).
NO_AGENT_OF_THE_ATTACK = [
    pytest.param(
        "Police defused a second bomb in Kano on Monday.",
        [("Police", "Police Forces of Nigeria", "state")],
        None,
        id="defused",
    ),
    pytest.param(
        "Troops searched for the men who attacked a market in Kano on Monday.",
        [("Troops", "Military Forces of Nigeria", "state")],
        None,
        id="searched-for",
    ),
    pytest.param(
        "Police believe that a car bomb exploded outside a bank in Kano on Monday.",
        [("Police", "Police Forces of Nigeria", "state")],
        # (not the police: a car bomb nobody is said to have set is the
        # unidentified armed group's)
        "Unidentified Armed Group (Nigeria)",
        id="believe",
    ),
    pytest.param(
        "The army prevented a second attack after a bomb exploded in Kano on Monday.",
        [("The army", "Military Forces of Nigeria", "state")],
        None,
        id="prevented",
    ),
    pytest.param(
        "Rebels believed to be from the Northern Brigade attacked a market in Kano on Monday.",
        [("Rebels", "Rebels", "rebel")],
        "Rebels",
        id="believed-to-be-is-no-belief",
    ),
]


@pytest.mark.parametrize(
    ("text", "side_a"),
    [
        # (attacked by no one named: the unidentified armed group of Nigeria)
        (
            "Two policemen died in Kano on Monday when their post was attacked.",
            "Unidentified Armed Group (Nigeria)",
        ),
        (
            "Two policemen were taken to the hospital where they died in Kano on Monday.",
            None,
        ),
    ],
)
def test_who_died_is_no_agent(text: str, side_a: str | None) -> None:
    """'Two policemen died': harmed, not side A (no count holds them here)."""
    assert (
        side_a_of(text, [("policemen", "Police Forces of Nigeria", "state")], kano=True)
        == side_a
    )


@pytest.mark.parametrize(
    "text",
    [
        "A bomb exploded at a bus station in Kano on Monday. No armed group has claimed"
        " responsibility for the attack.",
        "A bomb exploded at a bus station in Kano on Monday. The Northern Brigade has not"
        " yet claimed responsibility for the attack.",
        "A bomb exploded at a bus station in Kano on Monday. Neither the Northern Brigade"
        " nor any other group claimed responsibility for it.",
    ],
)
def test_a_denied_claim_makes_no_side_a(text: str) -> None:
    """
    'No group has claimed responsibility', 'X has not yet claimed': no
    claimant (an attack told as unclaimed is the unidentified armed group's).
    """
    words = "armed group" if "No armed group" in text else "Northern Brigade"
    assert side_a_of(text, [(words, "Northern Brigade", "rebel")], kano=True) in (
        None,
        "Unidentified Armed Group (Nigeria)",
    )


def test_an_unclaimed_incident_takes_no_story_perpetrator() -> None:
    """'No group has claimed that bombing': the story's perpetrator is no side A of it."""
    text = (
        "MAIDUGURI, Nigeria, March 4 (Wire) - Boko Haram fighters attacked a military post"
        " in Borno state on Monday, killing six soldiers, officials said.\n\n"
        "In a separate incident on Saturday, a bomb exploded at a market in the town of Biu,"
        " killing three people, police said. No group has claimed that bombing."
    )
    raid, bombing = conflictparse.parse(text, published="2024-03-05").events
    assert ("Boko Haram", "Unidentified Armed Group (Nigeria)") == (
        raid.side_a and raid.side_a.canonical,
        bombing.side_a and bombing.side_a.canonical,
    )


def test_similar_attacks_name_no_party_of_the_incident() -> None:
    """'X has carried out similar attacks': other incidents, X is no side of this one."""
    text = (
        "KANO, Nigeria, March 4 (Wire) - A bomb killed five people at a bus station in Kano"
        " on Monday, police said. Boko Haram has carried out similar attacks in the region."
    )
    [e] = conflictparse.parse(text, published="2024-03-05").events
    assert e.side_a is None


def test_an_actor_after_but_opens_a_new_clause() -> None:
    """'Gunmen attacked a bus ..., but the army has not commented': the army is no side B."""
    text = "Gunmen attacked a bus in Kano on Monday, but the army has not commented."
    d = doc(
        text,
        actors=[
            actor(text, "Gunmen", "Unidentified Armed Group (Nigeria)", "unknown"),
            actor(text, "the army", "Military Forces of Nigeria", "state"),
        ],
        places=[place(text, "Kano", "city", "NG")],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    assert ("Unidentified Armed Group (Nigeria)", None) == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


@pytest.mark.parametrize("noun", ["a charge", "an allegation", "accusations", "a claim"])
def test_a_charge_made_by_names_its_source(noun: str) -> None:
    """'A judge was murdered ..., a charge made by the army': the army accused, it did not act."""
    text = f"A judge was murdered in Kano on Monday, {noun} made by the army without evidence."
    assert (
        side_a_of(text, [("the army", "Military Forces of Nigeria", "state")], kano=True)
        is None
    )


@pytest.mark.parametrize(
    "harm",
    [
        "were wounded during the attack",
        "were injured during the raid",
        "were victims of a bomb attack",
    ],
)
def test_who_was_harmed_before_the_trigger_is_no_agent(harm: str) -> None:
    """'Two guards, members of the police, were wounded during the attack': harmed, not side A."""
    text = f"Two guards, members of the police, {harm} in Kano on Monday."
    assert (
        side_a_of(text, [("the police", "Police Forces of Nigeria", "state")], kano=True)
        is None
    )


@pytest.mark.parametrize(("text", "mentions", "expected"), NO_AGENT_OF_THE_ATTACK)
def test_who_answered_the_attack_is_no_agent(
    text: str, mentions: list[tuple[str, str, str]], expected: str | None
) -> None:
    """'Police defused a bomb', 'police believe a bomb exploded': no side A from them."""
    assert expected == side_a_of(text, mentions, kano=True)


@pytest.mark.parametrize(("text", "mentions", "expected"), AGENT_READ_THROUGH)
def test_agent_read_through_aspect_modifiers_and_blame(
    text: str, mentions: list[tuple[str, str, str]], expected: str | None
) -> None:
    """'is bombing' is active, 'by the so-called X' and 'blamed X for it' name the agent."""
    assert expected == side_a_of(text, mentions, kano=True)


@pytest.mark.parametrize("glue", [" and ", ", ", " or "])
def test_agents_joined_after_by_are_all_agents(glue: str) -> None:
    """'killed by the army and the police': the police acted too (an agent's vote, not a patient's)."""
    from conflictparse.parsers import events as ev

    text = f"Two farmers were killed by the army{glue}the police in Kano on Monday."
    folded = text.lower()
    s = ev._Sentence(
        position=0,
        start=0,
        end=len(text),
        triggers=tuple(ev._triggers(folded, 0, len(text))),
        dates=(),
        places=(),
        actors=(
            actor(text, "the army", "Military Forces of Nigeria", "state"),
            actor(text, "the police", "Police Forces of Nigeria", "state"),
        ),
        casualties=(),
        anaphora=False,
        opener=False,
        reference_only=False,
    )
    votes = ev._roles(s, folded)
    assert [1.5, 0.0] == votes["Police Forces of Nigeria"]
    assert _naive_roles(s, folded) == votes


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "Two buses were attacked by hooded men thought to be Shining Path militants"
            " in Lima on Monday.",
            None,
            id="after-a-passive-trigger-no-object",
        ),
        pytest.param(
            "Gunmen attacked two buses of Shining Path militants in Lima on Monday.",
            "Shining Path",
            id="after-an-active-trigger-the-object",
        ),
    ],
)
def test_actor_after_a_passive_trigger_is_not_its_object(
    text: str, expected: str | None
) -> None:
    """A passive trigger takes no object: an actor after it is not side B (nor side A by default)."""
    d = doc(
        text,
        actors=[actor(text, "Shining Path militants", "Shining Path", "rebel")],
        places=[place(text, "Lima", "city", "PE")],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    assert (None, expected) == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


def test_a_group_named_twice_in_one_sentence_votes_once() -> None:
    """An apposition ("the ruling front, the FSLN,") is one actor: its votes in a sentence are not doubled."""
    text = (
        "The ruling front, the FSLN, rejected charges that it trained the commando"
        " who killed the minister in Kano on Monday. The minister was killed by a"
        " commando of the rebel front."
    )
    d = doc(
        text,
        actors=[
            actor(text, "The ruling front", "Sandinista Front", "state"),
            actor(text, "the FSLN", "Sandinista Front", "state"),
            actor(text, "rebel front", "Rebel Front", "rebel"),
        ],
        places=[place(text, "Kano", "city", "NG")],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    assert "Rebel Front" == (e.side_a and e.side_a.canonical)


# An incident whose sentences name no agent takes the story's perpetrator
# (read as an agent more than as a patient over the story), unless it is a
# state force: (second sentence, first sentence's actor kind, expected).
STORY_AGENT = [
    pytest.param(
        "Rebels of the Front attacked a barracks in Kano on Monday.",
        "rebel",
        "Front",
        id="the-story-perpetrator",
    ),
    pytest.param(
        "Rebels of the Front shelled a barracks in Kano on Monday.",
        "state",
        None,
        id="no-state-force-by-default",
    ),
    pytest.param(
        "Soldiers attacked a camp of the Front in Kano on Monday.",
        "rebel",
        None,
        id="the-story-names-it-as-a-target-only",
    ),
]


@pytest.mark.parametrize(("first", "kind", "expected"), STORY_AGENT)
def test_incident_without_an_agent_takes_the_story_perpetrator(
    first: str, kind: str, expected: str | None
) -> None:
    """'A bomb exploded in Jos on Tuesday' after the Front's attack: the Front, with a low confidence."""
    text = first + " A bomb exploded at a market in Jos on Tuesday."
    d = doc(
        text,
        actors=[actor(text, "Front", "Front", kind)],
        places=[place(text, "Kano", "city", "NG"), place(text, "Jos", "city", "NG")],
        dates=[
            date(text, "on Monday", "2024-03-04"),
            date(text, "on Tuesday", "2024-03-05"),
        ],
    )
    found = events(d)
    assert 2 == len(found)
    second = found[1]
    assert expected == (second.side_a and second.side_a.canonical)
    if second.side_a is not None:
        assert second.side_a.provenance.confidence < 0.5


# Who condemned, investigated or arrested for an attack named after them
# (the trigger is the object of their own verb) did not carry it out:
# (text, [(actor words, canonical, kind)], expected side A).
ANSWERED_NOT_DONE = [
    pytest.param(
        "The ruling party condemned the bombing that killed a mayor in Quito on Monday.",
        [("The ruling party", "Ruling Party", "political_militia")],
        None,
        id="condemned",
    ),
    pytest.param(
        "Police are investigating the bombing that killed a judge in Quito on Monday.",
        [("Police", "Police Forces of Ecuador", "state")],
        None,
        id="investigating",
    ),
    pytest.param(
        "The police arrested ten people suspected of detonating a car bomb in Quito"
        " on Monday.",
        [("The police", "Police Forces of Ecuador", "state")],
        "Unidentified Armed Group",  # (not the police: see "believe")
        id="arrested-suspects",
    ),
    pytest.param(
        "The army deplored an attack that killed a student in Quito on Monday.",
        [("army", "Military Forces of Ecuador", "state")],
        None,
        id="deplored",
    ),
    pytest.param(
        "Police were mobilized on Monday, fearing a wave of attacks in Quito.",
        [("Police", "Police Forces of Ecuador", "state")],
        None,
        id="fearing",
    ),
    pytest.param(
        "A rebel was arrested by the police after a bombing in Quito on Monday.",
        [("the police", "Police Forces of Ecuador", "state")],
        None,
        id="arrested-by",
    ),
    pytest.param(
        "Several arrests were made by the police after a bombing in Quito on Monday.",
        [("the police", "Police Forces of Ecuador", "state")],
        None,
        id="arrests-made-by",
    ),
    pytest.param(
        "Police attributed a bombing in Quito on Monday to the rebels.",
        [
            ("Police", "Police Forces of Ecuador", "state"),
            ("the rebels", "Shining Path", "rebel"),
        ],
        "Shining Path",
        id="who-attributed-it-is-the-source",
    ),
    pytest.param(
        "The rebels, who were arrested last year, attacked a barracks on Monday.",
        [("The rebels", "Shining Path", "rebel")],
        "Shining Path",
        id="aside-keeps-agent",
    ),
    pytest.param(
        "The rebels carried out an attack on a barracks on Monday.",
        [("The rebels", "Shining Path", "rebel")],
        "Shining Path",
        id="carried-out",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "expected"), ANSWERED_NOT_DONE)
def test_who_answered_an_attack_is_not_side_a(
    text: str, mentions: list[tuple[str, str, str]], expected: str | None
) -> None:
    """An actor whose own verb (condemned, investigating, arrested, fearing) takes the trigger as its object is not side A."""
    assert expected == side_a_of(text, mentions)


# An actor inside a count of people killed, wounded or kidnapped is a victim,
# not the subject of the trigger after it; the arrested may be perpetrators:
# (text, count words, count outcome, expected (side A, side B)).
VICTIM_SUBJECT = [
    pytest.param(
        "Ten soldiers were killed when a bomb exploded on Monday.",
        "Ten soldiers",
        "killed",
        (None, "Military Forces of Iraq"),
        id="killed-victims",
    ),
    pytest.param(
        "Two soldiers were wounded during the shelling on Monday.",
        "Two soldiers",
        "wounded",
        (None, "Military Forces of Iraq"),
        id="wounded-victims",
    ),
    pytest.param(
        "Police said 12 soldiers were arrested for killing three farmers on Monday.",
        "12 soldiers",
        "arrested",
        ("Military Forces of Iraq", None),
        id="arrested-may-be-perpetrators",
    ),
]


@pytest.mark.parametrize(("text", "words", "outcome", "expected"), VICTIM_SUBJECT)
def test_victims_in_a_count_are_not_the_subject(
    text: str, words: str, outcome: str, expected: tuple[str | None, str | None]
) -> None:
    """Soldiers killed or wounded before a trigger are side B, not its subject."""
    d = doc(
        text,
        actors=[actor(text, "soldiers", "Military Forces of Iraq", "state")],
        dates=[date(text, "on Monday", "2024-03-04")],
        casualties=[
            CasualtyCount(
                text=words,
                span=_span(text, words),
                outcome=outcome,
                low=2,
                best=2,
                high=2,
                victim="soldiers",
            )
        ],
    )
    [e] = events(d)
    assert expected == (e.side_a and e.side_a.canonical, e.side_b and e.side_b.canonical)


# --- modern mixed-case wire copy (review regressions, sentences written here) ---


# A town across the border in mixed-case copy is the scene: (text, dateline
# (city, country), [(place words, kind, country)], expected (place, country)).
CROSS_BORDER = [
    pytest.param(
        "JERUSALEM (Wire) - Israeli air strikes killed 20 people in Khan Younis on Monday.",
        ("JERUSALEM", "IL"),
        [("Khan Younis", "city", "PS")],
        ("Khan Younis", "PS"),
        id="dateline-country-strikes-a-neighbour-town",
    ),
    pytest.param(
        "KYIV (Wire) - Ukrainian drones attacked an oil depot in Belgorod on Monday.",
        ("KYIV", "UA"),
        [("Belgorod", "city", "RU")],
        ("Belgorod", "RU"),
        id="drones-hit-a-town-across-the-border",
    ),
    pytest.param(
        "ISLAMABAD (Wire) - Police in Lahore detained two men. "
        "Separately, a roadside bomb killed four people in Kandahar on Monday.",
        ("ISLAMABAD", "PK"),
        [("Lahore", "city", "PK"), ("Kandahar", "city", "AF")],
        ("Kandahar", "AF"),
        id="separately-a-town-abroad",
    ),
    pytest.param(
        "BAGHDAD (Wire) - Officials in Basra met on Sunday. "
        "In Pakistan, gunmen killed five policemen in Quetta on Monday.",
        ("BAGHDAD", "IQ"),
        [
            ("Basra", "city", "IQ"),
            ("Pakistan", "country", "PK"),
            ("Quetta", "city", "PK"),
        ],
        ("Quetta", "PK"),
        id="town-of-a-country-the-sentence-names",
    ),
]


@pytest.mark.parametrize(("text", "dateline", "scenes", "expected"), CROSS_BORDER)
def test_town_across_the_border_is_the_scene_in_mixed_case(
    text: str,
    dateline: tuple[str, str],
    scenes: list[tuple[str, str, str]],
    expected: tuple[str, str],
) -> None:
    """In ordinary copy a town of a third country is not dropped for the dateline."""
    d = _with_dateline(
        text,
        *dateline,
        places=[place(text, w, k, c) for w, k, c in scenes],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    found = [e for e in events(d) if e.place is not None and e.place.text != dateline[0]]
    assert [expected] == [(e.place.text, e.place.country) for e in found if e.place]


def test_third_country_town_named_with_its_country_kept_in_all_caps() -> None:
    """In ALL-CAPS copy a town abroad stays when the event names its country."""
    text = (
        "THE PRESIDENT OF NICARAGUA SPOKE TO FARMERS IN LEON THIS WEEK. "
        "IN MEXICO GUERRILLAS ATTACKED A POLICE POST IN ALVARADO ON MONDAY."
    )
    d = doc(
        text,
        places=[
            place(text, "NICARAGUA", "country", "NI"),
            place(text, "LEON", "city", "NI"),
            place(text, "MEXICO", "country", "MX"),
            place(text, "ALVARADO", "town", "MX"),
        ],
        actors=[actor(text, "GUERRILLAS", "Unidentified Armed Group", "unknown")],
        dates=[date(text, "ON MONDAY", "2024-03-04")],
    )
    [e] = events(d)
    assert "ALVARADO" == (e.place and e.place.text)


# Attackers killed in their own attack are still side A; freed "by" names
# the captors: (text, [(actor words, canonical, kind)], count words or "",
# expected side A).
OWN_ATTACK = [
    pytest.param(
        "Five Taliban fighters were killed when they attacked a checkpoint on Monday.",
        [("Taliban fighters", "Taliban", "rebel")],
        "Five Taliban fighters",
        "Taliban",
        id="killed-when-they-attacked",
    ),
    pytest.param(
        "Three gunmen were killed after they stormed a hotel on Monday.",
        [("gunmen", "Unidentified Armed Group", "unknown")],
        "Three gunmen",
        "Unidentified Armed Group",
        id="killed-after-they-stormed",
    ),
    pytest.param(
        "Two hostages seized in an attack were freed by Abu Sayyaf militants on Monday.",
        [("Abu Sayyaf militants", "Abu Sayyaf", "rebel")],
        "",
        "Abu Sayyaf",
        id="freed-by-the-captors",
    ),
]


@pytest.mark.parametrize(("text", "mentions", "words", "expected"), OWN_ATTACK)
def test_attackers_killed_or_freeing_stay_side_a(
    text: str, mentions: list[tuple[str, str, str]], words: str, expected: str
) -> None:
    """'killed when they attacked' and 'freed by' keep the group as side A."""
    counts = (
        [
            CasualtyCount(
                text=words,
                span=_span(text, words),
                outcome="killed",
                low=3,
                best=3,
                high=3,
                victim="militants",
            )
        ]
        if words
        else []
    )
    assert expected == side_a_of(text, mentions, casualties=counts)


@pytest.mark.parametrize(
    "odd", ["\u00b2", "\u00b3", "\u00bd", "\u00b9", "\u2163", "\u0663", "\u00e9"]
)
def test_stem_after_a_non_ascii_alphanumeric_starts_no_trigger(odd: str) -> None:
    """'Gunmen\u00b2attacked': a stem glued to a character ``isalnum`` accepts is no trigger."""
    from conflictparse._text import fold
    from conflictparse.parsers.events import _trigger_starts

    text = f"Gunmen{odd}attacked a post{odd}bomb. Rebels attacked {odd}killed"
    folded = fold(text)
    plain = [
        i
        for i, c in enumerate(folded)
        if folded.startswith("attack", i) and not folded[i - 1].isalnum()
    ]
    assert plain == [i for i in _trigger_starts(folded) if folded.startswith("attack", i)]
    sentence = f"Gunmen{odd}attacked a police post in Kabul on Monday."
    d = doc(sentence, dates=[date(sentence, "on Monday", "2024-03-04")])
    assert () == events(d)


def _plain_reports_between(folded: str, lo: int, hi: int) -> bool:
    """The reading of a verb of saying after an actor before the head gate (the reference)."""
    import regex

    from conflictparse.parsers import events as ev

    seg = folded[lo : min(hi, lo + 400)]
    if "," in seg:
        seg = ev._ASIDE.sub(" ", seg)
    m: regex.Match[str] | None = ev._REPORTING.search(seg)
    return m is not None and m.start() < ev._REPORT_REACH


# Words and pieces around a verb of saying: every alternative of _REPORTING,
# asides (", who ... ,"), "claimed responsibility", glued and cut words.
_REPORT_SAMPLES: Final = (
    "said", "says", "say", "told", "reported", "reports", "announced", "stated",
    "added", "confirmed", "admitted", "denied", "denies", "informed",
    "explained", "indicated", "noted", "pointed out", "pointed", "revealed",
    "disclosed", "described", "declared", "asserted", "alleged",
    "acknowledged", "insisted", "charged", "accused", "blamed", "estimated",
    "quoted", "according to", "according", "issued", "broadcast", "claimed",
    "claimed responsibility", "claimed  credit", "responsibility", ",", ", who",
    ", which", "whose", "whom", "police", "in", "the", "northern", "city", "of",
    "kano", "unsaid", "saidx", "reportedly", "x" * 30, "fighters", "",
    "condemned", "deplores", "denouncing", "repudiated", "protested",
    "investigating", "investigation", "arrested", "were arrested", "detained",
    "arrests", "fearing", "attributed", "attribute",
)  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_REPORT_SAMPLES), min_size=0, max_size=60),
    glue=st.sampled_from([" ", "  ", "\n", ", "]),
    pad=st.integers(min_value=0, max_value=90),
    lo=st.integers(min_value=0, max_value=20),
    reach=st.integers(min_value=0, max_value=450),
)
@settings(max_examples=500, deadline=None)
def test_reporting_head_gate_reads_as_the_full_window(
    words: list[str], glue: str, pad: int, lo: int, reach: int
) -> None:
    """Reading only the head after an actor (unless a comma opens an aside) finds a verb of saying as the 400-character reading does."""
    from conflictparse.parsers import events as ev

    # (a first word of *pad* letters puts a verb of saying anywhere around
    # the edge of the head)
    folded = "x" * pad + " " + glue.join(words)
    hi = min(len(folded), lo + reach)
    expected = _plain_reports_between(folded, lo, hi)
    assert expected == ev._reports_between(folded, lo, hi)


# Words and white space around the first words of _AGAINST_BEFORE and
# _PASSIVE_BEFORE: glued ("x-on", "upon"), "-ly" words, odd white space.
_ENDS_WORD_SAMPLES: Final = (
    "from", "against", "on", "targeting", "at", "upon", "with", "the", "a",
    "an", "some", "several", "many", "was", "were", "been", "being", "be",
    "is", "are", "got", "get", "reportedly", "badly", "x-on", "this", "that",
    "nation", "rebels", "police", "fly", "\u00e9t\u00e9", "12", "",
)  # fmt: skip


@given(
    words=st.lists(st.sampled_from(_ENDS_WORD_SAMPLES), min_size=0, max_size=8),
    glue=st.sampled_from([" ", "  ", "\n", "\u00a0", "\u2003", "\x1c", "-", ""]),
    tail=st.sampled_from(["", " ", "\t", "\u3000", "\x1f", "."]),
)
@settings(max_examples=400, deadline=None)
def test_last_words_precheck_never_hides_an_against_or_passive_match(
    words: list[str], glue: str, tail: str
) -> None:
    """Searching _AGAINST_BEFORE / _PASSIVE_BEFORE only when one of the last words ends with a first word reads as the search alone."""
    from conflictparse.parsers import events as ev

    window = glue.join(words) + tail
    for pattern, first, last in (
        (ev._AGAINST_BEFORE, ev._AGAINST_WORDS, 3),
        (ev._PASSIVE_BEFORE, ev._PASSIVE_WORDS, 2),
    ):
        expected = bool(pattern.search(window))
        assert expected == bool(
            ev._ends_word(window, first, last) and pattern.search(window)
        )


class _LocalDate(DateMention):
    """A date mention subclass a custom date parser may return."""

    __slots__ = ()


class _LocalPlace(PlaceMention):
    """A place mention subclass a custom place parser may return."""

    __slots__ = ()


def test_evolved_mentions_keep_a_custom_subclass() -> None:
    """Changing a subclassed date or place keeps its class, as attrs.evolve does."""
    from conflictparse.parsers.events import _evolved

    date = _LocalDate(text="on Friday", span=Span(start=0, end=9), value="2024-03-08")
    place = _LocalPlace(
        text="Afgoye", span=Span(start=0, end=6), kind="town", country="SO"
    )
    new_date = _evolved(date, precision="day")
    new_place = _evolved(place, precision="exact")
    assert (_LocalDate, "day", "2024-03-08") == (
        type(new_date),
        new_date.precision,
        new_date.value,
    )
    assert (_LocalPlace, "exact", "Afgoye") == (
        type(new_place),
        new_place.precision,
        new_place.text,
    )
    plain = _evolved(
        DateMention(text="on Friday", span=Span(start=0, end=9)), precision="day"
    )
    assert (DateMention, "day") == (type(plain), plain.precision)


@pytest.mark.parametrize("verb", ["killed", "had killed", "reportedly killed"])
def test_harm_verb_after_the_actor_is_its_deed(verb: str) -> None:
    """
    'X fighters killed 17 soldiers in an attack on a base': X is side A,
    though the attack noun later in the sentence names the event.
    """
    text = f"ISWAP fighters {verb} 17 soldiers in an attack on a military base in Marte."
    d = doc(
        text,
        actors=[
            actor(text, "ISWAP fighters", "Islamic State West Africa Province", "rebel"),
            actor(text, "soldiers", "Military Forces of Nigeria", "state"),
        ],
        places=[place(text, "Marte", "town", "NG")],
        casualties=[
            killed(
                text, "17 soldiers", 17, "soldiers", actor="Military Forces of Nigeria"
            )
        ],
    )
    [e] = events(d)
    assert ("Islamic State West Africa Province", "Military Forces of Nigeria") == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


def test_soldiers_who_fired_back_stay_side_b() -> None:
    """
    An army whose troops killed attackers after the attack is still the side
    attacked, not a bystander replaced by the civilians caught in it.
    """
    text = (
        "ISWAP fighters killed 17 soldiers in an attack on a base in Marte. "
        "Five civilians were also killed. "
        "The army said troops repelled the attack and killed more than 30 insurgents."
    )
    d = doc(
        text,
        actors=[
            actor(text, "ISWAP fighters", "Islamic State West Africa Province", "rebel"),
            actor(text, "soldiers", "Military Forces of Nigeria", "state"),
            actor(text, "The army", "Military Forces of Nigeria", "state"),
            actor(text, "troops", "Military Forces of Nigeria", "state"),
            actor(text, "insurgents", "Islamic State West Africa Province", "rebel"),
        ],
        places=[place(text, "Marte", "town", "NG")],
        casualties=[
            killed(
                text, "17 soldiers", 17, "soldiers", actor="Military Forces of Nigeria"
            ),
            killed(text, "Five civilians", 5, "civilians"),
            CasualtyCount(
                text="more than 30 insurgents",
                span=_span(text, "more than 30 insurgents", 0),
                outcome="killed",
                low=31,
                best=31,
                victim="militants",
                actor="Islamic State West Africa Province",
            ),
        ],
    )
    [e] = events(d)
    assert (
        "Battles",
        "Islamic State West Africa Province",
        "Military Forces of Nigeria",
    ) == (
        e.event_type,
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


def test_government_of_side_a_state_is_not_side_b() -> None:
    """A state's government and its forces are one side: the victims are side B."""
    text = (
        "KYIV, Feb 11 (Reuters) - A Russian missile strike on an apartment building in the "
        "city of Dnipro killed four people and wounded at least 19 overnight, the regional "
        "governor said on Tuesday.\n\nRescuers pulled two survivors from the rubble, he wrote. "
        "Ukraine's air force said Russia had launched 7 ballistic missiles and 110 drones at "
        "the country overnight, and that air defence units had shot down 61 of the drones."
    )
    [e] = conflictparse.parse(text, published="2025-02-11").events
    assert ("Military Forces of Russia", "Civilians") == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


@pytest.mark.parametrize(
    "clause",
    [
        "that has fought the Somali government for more than 15 years",
        "which has waged war on the Somali government since 2007",
    ],
)
def test_actor_in_a_groups_history_is_no_side(clause: str) -> None:
    """An actor in a relative clause on the group's long history is background, not side B."""
    text = (
        "A suicide bomber killed at least nine people at a restaurant in Mogadishu on Thursday. "
        f"Al-Shabaab, the extremist group {clause}, claimed responsibility for the attack."
    )
    d = doc(
        text,
        actors=[
            actor(text, "suicide bomber", "al-Shabaab", "rebel"),
            actor(text, "Al-Shabaab", "al-Shabaab", "rebel"),
            actor(text, "Somali government", "Government of Somalia", "state"),
        ],
        places=[place(text, "Mogadishu", "city", "SO")],
        dates=[date(text, "on Thursday", "2024-03-07")],
        casualties=[killed(text, "at least nine people", 9, "civilians")],
    )
    [e] = events(d)
    assert ("al-Shabaab", "Civilians") == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


def test_label_in_scare_quotes_is_no_side() -> None:
    """'It says it is fighting "terrorists."': a label, not the party the strike hit."""
    text = (
        "Jets bombed a school in Htoke Taw on Monday, killing 14 civilians. "
        'The junta says it is fighting "terrorists."'
    )
    d = doc(
        text,
        actors=[
            actor(text, "Jets", "Military Forces of Myanmar", "state"),
            actor(text, "junta", "Military Forces of Myanmar", "state"),
            attrs.evolve(
                actor(text, "terrorists", "Kachin Independence Army", "rebel"),
                generic=True,
            ),
        ],
        places=[place(text, "Htoke Taw", "village", "MM")],
        dates=[date(text, "on Monday", "2024-03-04")],
        casualties=[killed(text, "14 civilians", 14, "civilians")],
    )
    [e] = events(d)
    assert ("Military Forces of Myanmar", "Civilians") == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


def test_a_day_earlier_dates_its_own_incident() -> None:
    """A date resolved against the story's incident ("a day earlier") dates the incident it opens."""
    text = (
        "ISLAMABAD, March 4 (Reuters) - Militants stormed a police station in Bannu on Monday, "
        "killing six policemen, officials said.\n\n"
        "A day earlier, a roadside bomb struck a vehicle carrying troops in North Waziristan, "
        "wounding three, police said."
    )
    found = conflictparse.parse(text, published="2025-03-04").events
    assert [("Bannu", "2025-03-03"), ("North Waziristan", "2025-03-02")] == [
        (e.place and e.place.text, e.date and e.date.value) for e in found
    ]


def test_a_sentence_referring_back_makes_the_incident_finer() -> None:
    """
    "The attack on the base at Djibo began on June 7": a detail of the
    incident told before (its town, its day), never an incident of its own.
    """
    text = (
        "OUAGADOUGOU, June 12 (Reuters) - Jihadist fighters killed dozens of soldiers in an "
        "attack on an army post in northern Burkina Faso last week, security sources said.\n\n"
        "The attack on the base at Djibo began at dawn on June 7 and lasted several hours."
    )
    [e] = conflictparse.parse(text, published="2025-06-12").events
    assert ("Djibo", "2025-06-07") == (e.place and e.place.text, e.date and e.date.value)


def test_source_with_an_abbreviation_and_an_office() -> None:
    """ "The U.N. human rights office said": the source, not side B; the dead are."""
    text = (
        "PORT-AU-PRINCE, Haiti (AP) - Gang members killed at least 70 people in an attack on "
        "a town early Thursday. The gang also set fire to 45 homes, the U.N. human rights office said. "
        "Sixteen people were injured, among them two gang members shot by police."
    )
    [e] = conflictparse.parse(text, published="2024-10-04").events
    assert ("Unidentified Armed Group (Haiti)", "Civilians") == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


def test_a_separate_incident_opens_its_own_event() -> None:
    """ "A separate gunfight ... killed five people" is another incident the same day."""
    text = (
        "IMPHAL, India, Sept 7 (Reuters) - Suspected militants fired rockets at a village in "
        "Manipur on Saturday, killing an elderly man, police said.\n\n"
        "A separate gunfight between armed men in Jiribam district killed five people later "
        "in the day, a police officer said."
    )
    found = conflictparse.parse(text, published="2024-09-07").events
    assert [("Manipur", 1), ("Jiribam", 5)] == [
        (e.place and e.place.text, e.fatalities) for e in found
    ]


def test_parent_group_after_linked_to_and_a_new_clause_after_said() -> None:
    """
    "Rebels linked to the Islamic State group killed 38 people": the rebels
    act, the parent group is no side; "confirmed the attacks and said troops
    were pursuing" makes the troops no victims.
    """
    text = (
        "BENI, Congo, June 5 (AP) - Rebels linked to the Islamic State group killed at least "
        "38 people in overnight attacks on two villages in eastern Congo, officials said.\n\n"
        "The Allied Democratic Forces (ADF) attacked the villages with machetes. The army "
        "spokesman confirmed the attacks and said troops were pursuing the assailants."
    )
    [e] = conflictparse.parse(text, published="2025-06-05").events
    assert ("Allied Democratic Forces", "Civilians") == (
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
    )


def test_deadliest_since_is_no_background() -> None:
    """
    "… killed 74 people, in the deadliest attack since Washington began a
    campaign last month": an incident, compared with the past; the
    comparison's date and place are not the incident's.
    """
    text = (
        "U.S. air strikes on a fuel port killed 74 people and wounded 171 others, the health "
        "ministry said on Friday, in the deadliest attack since Washington began a campaign "
        "against the group last month."
    )
    [e] = conflictparse.parse(text, published="2025-04-18").events
    assert (74, None, None) == (
        e.fatalities,
        e.date and e.date.value,
        e.place and e.place.text,
    )


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        (
            "Air strikes killed 14 people in Idlib in the past 24 hours, rescuers said.",
            True,
        ),
        ("Bandits killed nine farmers in the past few days, police said.", True),
        ("In the past, rebels killed hundreds of farmers in the valley.", False),
    ],
    ids=["24-hours", "few-days", "the-past"],
)
def test_the_past_hours_are_no_background(text: str, kept: bool) -> None:
    """ "In the past 24 hours" is the news up to the report; "in the past" alone is history."""
    assert kept == bool(conflictparse.parse(text, published="2025-06-12").events)


def test_history_since_stays_background() -> None:
    """ "Rebels have fought the government since 1980": background, no incident."""
    assert (
        () == conflictparse.parse("Rebels have fought the government since 1980.").events
    )


@pytest.mark.parametrize(
    "text",
    [
        "Gunmen who rejected the peace deal ambushed a patrol near Tame, killing four soldiers.",
        "Fighters of a coalition that signed the 2015 peace agreement attacked a convoy near "
        "Kidal, killing six soldiers.",
        "Dissidents who refused to join the peace process killed three police officers in "
        "Jamundi.",
    ],
    ids=["who-rejected", "that-signed", "refused-to-join"],
)
def test_a_peace_deal_that_tells_who_a_party_is_is_no_background(text: str) -> None:
    """
    "Gunmen who rejected the peace deal ambushed a patrol": the peace cue
    tells who the attackers are; the sentence still tells an incident.
    """
    [e] = conflictparse.parse(text, published="2025-06-05").events
    assert e.fatalities is not None and e.fatalities > 0


def test_peace_talks_as_the_subject_stay_background() -> None:
    """A sentence about the peace talks themselves is still no incident."""
    text = "The attack came as the two sides held peace talks that stalled in Doha."
    assert () == conflictparse.parse(text, published="2025-06-05").events


@pytest.mark.parametrize(
    ("text", "kept"),
    [
        ("A shell left over from the 2011 war killed three children near Sirte.", False),
        (
            "Militiamen who fought in the 2014 uprising shot dead two guards in Gharyan.",
            False,
        ),
        (
            "Relatives recalled the 1998 massacre of 40 villagers in the hamlet of Osorno.",
            True,
        ),
    ],
    ids=["war", "uprising", "massacre"],
)
def test_a_year_naming_a_war_does_not_date_the_incident(text: str, kept: bool) -> None:
    """
    "A shell left over from the 2011 war killed three children": the year
    names the war, it does not put the killing in 2011 (which would make
    the sentence history); a year before a trigger word ("the 1998
    massacre") dates that incident.
    """
    r = conflictparse.parse(text, published="2025-06-05")
    if kept:
        assert () == r.events
    else:
        [e] = r.events
        assert e.date is None and e.fatalities is not None


def test_a_strike_in_southern_lebanon() -> None:
    """
    "An Israeli strike on a car in southern Lebanon killed two members of
    Hezbollah": the strike is the trigger and Israel's military side A;
    southern Lebanon is a place; the town told next is the scene.
    """
    text = (
        "BEIRUT, Nov 12 (Reuters) - An Israeli strike on a car in southern Lebanon killed two "
        "members of Hezbollah on Wednesday, the group said.\n\n"
        "The strike hit the vehicle on a road near the town of Nabatieh, the state news agency "
        "reported."
    )
    [e] = conflictparse.parse(text, published="2025-11-12").events
    assert (
        "Explosions/Remote violence",
        "Military Forces of Israel",
        "Hezbollah",
        "Nabatieh",
    ) == (
        e.event_type,
        e.side_a and e.side_a.canonical,
        e.side_b and e.side_b.canonical,
        e.place and e.place.text,
    )


def test_a_labour_strike_is_no_trigger() -> None:
    """A strike of workers is no explosion."""
    assert (
        ()
        == conflictparse.parse("A Nigerian strike by oil workers ended on Monday.").events
    )


def test_toll_of_the_week_is_news_whatever_it_recalls() -> None:
    """
    "Police shot dead eight people on Wednesday as protesters marked the
    anniversary of last year's demonstrations": a toll dated this week is
    the news, though "anniversary" is a background word.
    """
    text = (
        "NAIROBI, June 25 (Reuters) - Police shot dead at least eight people in Kenya on "
        "Wednesday as thousands of protesters marked the anniversary of last year's deadly "
        "demonstrations, Amnesty Kenya said."
    )
    [e] = conflictparse.parse(text, published="2025-06-25").events
    assert ("Police Forces of Kenya", 8, "2025-06-25") == (
        e.side_a and e.side_a.canonical,
        e.fatalities,
        e.date and e.date.value,
    )


def test_anniversary_without_a_toll_of_the_week_stays_background() -> None:
    """A sentence recalling an anniversary with no toll of its own is no incident."""
    text = "Protesters marked the anniversary of the 2024 killings on Wednesday."
    assert () == conflictparse.parse(text, published="2025-06-25").events


def test_victims_of_a_replaced_toll_are_no_agents() -> None:
    """
    "Jihadist fighters killed dozens of soldiers and volunteer militiamen"
    stays the jihadists' deed when a later toll replaces the dozens: the
    militiamen were harmed, they did not attack.
    """
    text = (
        "OUAGADOUGOU, June 12 (Reuters) - Jihadist fighters killed dozens of soldiers and "
        "volunteer militiamen in an attack on an army post in Burkina Faso last week, "
        "sources said.\n\n"
        "Jama'at Nusrat al-Islam wal-Muslimin (JNIM) said its fighters had killed more than "
        "100 soldiers. One source put the death toll at around 50, including at least 20 "
        "members of the Volunteers for the Defence of the Homeland (VDP), a civilian militia "
        "that fights alongside the army."
    )
    [e] = conflictparse.parse(text, published="2025-06-12").events
    assert "Jama'at Nusrat al-Islam wal-Muslimin" == (e.side_a and e.side_a.canonical)


_DEPOT_STRIKE: Final = (
    "ADEN, Jan 9 (Wire) - Coalition air strikes on a weapons depot in western Yemen killed "
    "12 people and wounded 30 others, local officials said on Thursday."
)


@pytest.mark.parametrize(
    "later",
    [
        "On Wednesday the rebels said they had shot down a surveillance drone over Al Bayda "
        "province.",
        "On Wednesday gunmen stormed an army checkpoint in Al Bayda province, the rebels said.",
    ],
)
def test_undated_lead_keeps_apart_from_a_later_deed_of_another_kind(later: str) -> None:
    """
    An undated strike and, paragraphs later, a dated deed of another kind at
    a place of its own are two incidents: the lead keeps the story's week,
    not the later deed's day and place.
    """
    text = (
        f"{_DEPOT_STRIKE}\n\nThe coalition said the strikes had destroyed missile launchers."
        f"\n\n{later}"
    )
    found = conflictparse.parse(text, published="2025-01-09").events
    assert [
        ("Explosions/Remote violence", "2025-01-03/2025-01-09", "Yemen", 12),
        ("Battles", "2025-01-08", "Al Bayda", None),
    ] == [
        (e.event_type, e.date and e.date.value, e.place and e.place.text, e.fatalities)
        for e in found
    ]


@pytest.mark.parametrize(
    "later",
    [
        # the same paragraph: a detail of the lead incident
        " On Wednesday the rebels said they had shot down a drone over Al Bayda province.",
        # the same kind of deed
        "\n\nOn Wednesday air strikes also hit a camp in Al Bayda province.",
        # no place of its own
        "\n\nOn Wednesday the rebels said they had shot down a surveillance drone.",
    ],
)
def test_undated_lead_joins_a_later_sentence_that_does_not_tell_apart(later: str) -> None:
    """Without another paragraph, another kind of deed and a place of its own, the lead incident goes on."""
    found = conflictparse.parse(_DEPOT_STRIKE + later, published="2025-01-09").events
    assert 1 == len(found)


_CAMP_RAID: Final = (
    "MOPTI, Mali, March 3 (Wire) - Gunmen attacked a military camp near the town of Boni on "
    "Saturday, security sources said.\n\n"
)

PARTY_CLAIMS = [
    pytest.param(
        "The Macina Liberation Front said its fighters had killed 60 soldiers. "
        "A local official said about 25 soldiers died.",
        (25, 25, 60, 25),
        id="claim-then-official",
    ),
    pytest.param(
        "A medic counted 25 bodies. The Macina Liberation Front said in a statement that its "
        "fighters had killed 60 soldiers.",
        (25, 25, 60, 25),
        id="in-a-statement",
    ),
    pytest.param(
        "The Macina Liberation Front said its fighters had killed 60 soldiers.",
        (60, 60, 60, 60),
        id="claim-alone",
    ),
    pytest.param(
        "The army said it killed 40 militants. A local official said 25 soldiers died.",
        (65, 65, 65, 65),
        id="claim-of-another-group",
    ),
]


@pytest.mark.parametrize(("later", "expected"), PARTY_CLAIMS)
def test_a_partys_claim_gives_way_to_a_neutral_toll(
    later: str, expected: tuple[int, int, int, int]
) -> None:
    """
    A party's figure for its own deed is the high estimate when another
    source counts the same dead: the neutral figure is the best one, and the
    claim's count stays among the event's casualties.
    """
    [e] = conflictparse.parse(_CAMP_RAID + later, published="2025-03-03").events
    assert expected == (e.low, e.best, e.high, e.fatalities)
    assert "60 soldiers" in [c.text for c in e.casualties] or "60 soldiers" not in later


def test_a_toll_update_returns_to_the_incident_of_its_day() -> None:
    """
    "The toll from Tuesday's attack rose to 12", told after Wednesday's
    ambush, belongs to Tuesday's attack: the incident on the sentence's own
    day wins over a later one a day off.
    """
    text = (
        "GOMA, Congo, May 9 (Wire) - Rebels attacked the village of Kibirizi on Tuesday, "
        "killing nine civilians, local officials said.\n\n"
        "On Wednesday, militiamen ambushed an army patrol near Kanyabayonga, a military "
        "spokesman said.\n\n"
        "The toll from Tuesday's attack rose to 12 after three of the wounded died, a local "
        "official said."
    )
    found = conflictparse.parse(text, published="2025-05-09").events
    assert [("Kibirizi", "2025-05-06", 12), ("Kanyabayonga", "2025-05-07", None)] == [
        (e.place and e.place.text, e.date and e.date.value, e.fatalities) for e in found
    ]


def test_a_wars_cumulative_toll_is_no_incidents_toll() -> None:
    """ "The war has killed tens of thousands of people": the war's toll, not the incident's."""
    text = (
        "KHARTOUM, June 4 (Wire) - Artillery fire hit a hospital in Omdurman on Tuesday, "
        "killing five patients, medics said.\n\n"
        "The war has killed tens of thousands of people and displaced millions, according to "
        "aid agencies."
    )
    [e] = conflictparse.parse(text, published="2025-06-04").events
    assert (5, 5, 5) == (e.low, e.best, e.fatalities)


@pytest.mark.parametrize(
    "claim",
    [
        "The group claimed the attack on Tuesday, saying its fighters had killed 40 soldiers.",
        "The group said in a statement posted on its Telegram channel that its fighters had "
        "killed 40 soldiers.",
    ],
)
def test_claims_read_after_saying_and_a_statements_channel(claim: str) -> None:
    """A claim after "saying" or "said in a statement posted on its channel that" is a party's claim: the high figure."""
    text = (
        "BAMAKO, Jan 8 (Wire) - Jihadists attacked an army base near Boulkessi on Monday, "
        f"killing 11 soldiers, security sources said. {claim}"
    )
    [e] = conflictparse.parse(text, published="2025-01-08").events
    assert (11, 11, 40, 11) == (e.low, e.best, e.high, e.fatalities)


def test_the_town_of_a_name_is_no_place_anaphora() -> None:
    """
    "In the town of Mardan" names a town, it does not point back to the
    incident's ("the town"): a bomb there the day before is another incident.
    """
    text = (
        "PESHAWAR, Pakistan, May 9 (Wire) - Militants stormed a police post in the Lakki "
        "Marwat district of Khyber Pakhtunkhwa on Thursday, killing three policemen, "
        "officials said.\n\n"
        "On Wednesday, a bomb exploded at a bus stand in the town of Mardan, wounding seven "
        "people, police said."
    )
    found = conflictparse.parse(text, published="2025-05-09").events
    assert [("Lakki Marwat", "2025-05-08"), ("Mardan", "2025-05-07")] == [
        (e.place and e.place.text, e.date and e.date.value) for e in found
    ]


@pytest.mark.parametrize(
    "update",
    [
        "By Tuesday the number of dead had risen to 11, a hospital official said.",
        "The death toll had risen to 11 by Tuesday evening, a hospital official said.",
    ],
)
def test_the_day_a_toll_stood_by_does_not_date_the_incident(update: str) -> None:
    """ "By Tuesday the toll had risen to 11": when the count stood, not the day of the attack."""
    text = (
        "KANO, Nigeria, Oct 8 (Wire) - Gunmen attacked a mosque in the village of Mada on "
        f"Sunday, killing six worshippers, police said.\n\n{update}"
    )
    [e] = conflictparse.parse(text, published="2025-10-08").events
    assert ("2025-10-05", 11) == (e.date and e.date.value, e.fatalities)


def test_the_toll_from_a_places_bombing_names_the_incidents_place() -> None:
    """ "The toll from the Maiduguri bombing rose to nine": the bombing's town, no place of origin."""
    text = (
        "KANO, Nigeria, Oct 8 (Wire) - A bomb exploded at a bus station in Maiduguri on Monday, "
        "killing four people, police said.\n\n"
        "Separately, on Sunday gunmen attacked a mosque in the village of Mada, killing six "
        "worshippers.\n\n"
        "The toll from the Maiduguri bombing rose to nine, a hospital official said."
    )
    bombing, raid = conflictparse.parse(text, published="2025-10-08").events
    assert ("Maiduguri", 9, 2) == (
        bombing.place and bombing.place.text,
        bombing.fatalities,
        len(bombing.support),
    )
    assert ("Mada", 1) == (raid.place and raid.place.text, len(raid.support))


@pytest.mark.parametrize(
    "glue", ["a day after a", "two days after a", "just hours after the"]
)
def test_an_earlier_incident_after_a_comma_is_not_the_leads(glue: str) -> None:
    """
    "..., killing four policemen, two days after a suicide bomber killed nine
    people at a mosque in Peshawar": the clause tells an earlier incident;
    its bomb, toll and town are not the raid's.
    """
    text = (
        "LAHORE, Pakistan, April 4 (Wire) - Gunmen stormed a police station in the Dera Ismail "
        f"Khan district on Thursday, killing four policemen, officials said, {glue} suicide "
        "bomber killed nine people at a mosque in Peshawar."
    )
    [e] = conflictparse.parse(text, published="2025-04-04").events
    assert ("Battles", "Dera Ismail Khan", 4) == (
        e.event_type,
        e.place and e.place.text,
        e.fatalities,
    )


def test_import_compiles_no_rare_pattern() -> None:
    """Importing the events module leaves the patterns few stories need uncompiled, and builds the ``re`` twins every story uses (a fresh interpreter)."""
    import subprocess
    import sys

    code = (
        "import conflictparse.parsers.events as e\n"
        "names = ['_TRIGGER', '_CLAIM', '_REPORTING', '_NATIONALITY_AFTER', '_VERB_GAP']\n"
        "print(sum(type(getattr(e, n)).__name__ == '_Lazy' for n in names),"
        " type(e._TRIGGER_ASCII).__name__)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    )
    assert "5 Pattern" == out.stdout.strip()


def test_a_toll_told_days_earlier_in_a_later_paragraph_is_its_own_incident() -> None:
    """
    "Three days earlier, on Tuesday, militants ambushed an army patrol ...,
    killing 12 soldiers", two paragraphs after Friday's massacre: another
    incident, though its road has no name to tell the places apart; joined,
    the two tolls were added up.
    """
    text = (
        "MOPTI, Mali, May 12 (Wire) - Gunmen killed 30 villagers in an attack on the village "
        "of Ogossagou in central Mali on Friday, officials said.\n\n"
        "The attackers burned homes and granaries, the officials said.\n\n"
        "Three days earlier, on Tuesday, militants ambushed an army patrol on a road in the "
        "area, killing 12 soldiers, the army said."
    )
    massacre, ambush = conflictparse.parse(text, published="2025-05-12").events
    assert ("Ogossagou", 30) == (
        massacre.place and massacre.place.text,
        massacre.fatalities,
    )
    assert ("Battles", 12) == (ambush.event_type, ambush.fatalities)


@pytest.mark.parametrize(
    "opening", ["Earlier in the month", "Last week", "Two weeks ago"]
)
def test_a_toll_told_weeks_earlier_in_a_later_paragraph_is_its_own_incident(
    opening: str,
) -> None:
    """ "Earlier in the month, police clashed with gunmen ..., leaving 14 dead": another incident."""
    text = (
        "HEBRON, West Bank, Jan 22 (Wire) - Israeli troops killed five Palestinians in a raid "
        "on the old city on Tuesday, medics said.\n\n"
        f"{opening}, Palestinian police clashed with gunmen in the same district, leaving "
        "at least 11 people dead."
    )
    raid, clash = conflictparse.parse(text, published="2025-01-22").events
    assert (5, 11) == (raid.fatalities, clash.fatalities)


def test_a_town_a_distance_is_measured_from_is_not_the_scene() -> None:
    """
    "near the town of Mocha, about 70 km west of Taiz": Taiz only locates
    Mocha; it does not make the shelling part of the strike on Taiz's market
    told the same day.
    """
    text = (
        "ADEN, Yemen, March 3 (Wire) - An air strike on a market in the city of Taiz killed "
        "15 people on Sunday, medics said.\n\n"
        "Later on Sunday, government forces shelled rebel positions near the town of Mocha, "
        "about 70 km west of Taiz, killing eight fighters, a military source said."
    )
    strike, shelling = conflictparse.parse(text, published="2025-03-03").events
    assert ("Taiz", 15) == (strike.place and strike.place.text, strike.fatalities)
    assert ("Mocha", 8) == (shelling.place and shelling.place.text, shelling.fatalities)


@pytest.mark.parametrize(
    "measure", ["about 35 km from the town of", "20 miles outside", "30 km away from"]
)
def test_a_town_a_village_lies_a_distance_from_is_not_the_scene(measure: str) -> None:
    """
    "Gunmen attacked Kerena, a village about 35 km from the town of Djibo":
    the village is the scene, the town only says where it lies, even when
    a later sentence names the town again (its hospital, its officials).
    """
    text = (
        "OUAGADOUGOU, May 9 (Wire) - Gunmen attacked Kerena, a village "
        f"{measure} Djibo, on Wednesday, killing 14 civilians, residents said.\n\n"
        "A health official in Djibo said six wounded people had been brought to the district "
        "hospital."
    )
    [e] = conflictparse.parse(text, published="2025-05-09").events
    assert ("Kerena", 14) == (e.place and e.place.text, e.fatalities)


@pytest.mark.parametrize("second", ["damaging power lines", "injuring two workers"])
def test_a_toll_at_one_place_and_a_second_deed_at_another_are_two_incidents(
    second: str,
) -> None:
    """
    "Drones struck overnight, killing four people in Sumy and damaging power
    lines in Chernihiv": the four died in Sumy; Chernihiv, named again
    later, is the scene of the second deed only, and never takes the toll.
    """
    text = (
        "KYIV, March 3 (Wire) - Russian drones struck Ukraine overnight, killing four "
        f"people in Sumy and {second} in Chernihiv, officials said on Monday.\n\n"
        "In Chernihiv, falling debris wounded two workers at a substation, the regional "
        "governor said."
    )
    events = conflictparse.parse(text, published="2025-03-03").events
    tolls = {e.place.text: e.fatalities for e in events if e.place is not None}
    assert 4 == tolls.get("Sumy")
    assert tolls.get("Chernihiv") in (None, 0)


def test_a_headline_is_told_by_the_lead_whatever_its_deeds_words() -> None:
    """
    "Soldiers killed in rebel attack", then a lead whose only deed is an
    explosive one ("dropped explosives from drones"): the headline tells the
    lead's incident, not one of its own.
    """
    text = (
        "Soldiers killed in rebel attack near border\n\n"
        "BOGOTA, Sept 22 (Wire) - Four soldiers were killed and six wounded when ELN rebels "
        "dropped explosives from drones on a military base in Tibu on Monday, the defence "
        "ministry said."
    )
    [e] = conflictparse.parse(text, published="2025-09-22").events
    assert ("Tibu", 4, "Explosions/Remote violence") == (
        e.place and e.place.text,
        e.fatalities,
        e.event_type,
    )


def test_what_an_attack_came_hours_after_is_an_incident_of_its_own() -> None:
    """
    "The attack on the base in Tibu came hours after the group ambushed a
    police patrol outside Cucuta, wounding three officers": two incidents,
    each with its own place and toll; the earlier one of the same day.
    """
    text = (
        "BOGOTA, Sept 22 (Wire) - Four soldiers were killed when ELN rebels attacked a "
        "military base in the Catatumbo region on Monday, the defence ministry said.\n\n"
        "The attack on the base in Tibu came hours after the group ambushed a police patrol "
        "outside Cucuta, wounding three officers."
    )
    events = conflictparse.parse(text, published="2025-09-22").events
    got = [
        (e.place and e.place.text, e.fatalities, e.date and e.date.value) for e in events
    ]
    assert [("Tibu", 4, "2025-09-22"), ("Cucuta", None, "2025-09-22")] == got


@pytest.mark.parametrize(
    "attack", ["a Ukrainian drone attack", "Ukrainian drone attacks"]
)
def test_a_drone_attack_is_remote_violence_by_its_sender(attack: str) -> None:
    """A drone attack is an explosive deed; "a Ukrainian drone attack" names its side A."""
    text = (
        "MOSCOW, June 10 (Wire) - Russia's defence ministry said "
        f"{attack} on a bus in the Belgorod region on Monday killed one civilian."
    )
    [e] = conflictparse.parse(text, published="2025-06-10").events
    assert "Explosions/Remote violence" == e.event_type
    assert e.side_a is not None and e.side_a.canonical == "Military Forces of Ukraine"


@pytest.mark.parametrize("war", ["a year-long war with Israel", "a war against the army"])
def test_a_war_named_with_its_parties_tells_a_past_toll(war: str) -> None:
    """
    "Hezbollah, which fought a year-long war with Israel that killed more
    than 4,000 people": the war's toll and its words are background, neither
    the fatalities nor the sides of the strike told before.
    """
    text = (
        "BEIRUT, Jan 28 (Wire) - An Israeli drone strike on a motorcycle in Bint Jbeil killed "
        "three people on Wednesday, the health ministry said.\n\n"
        "Israel carries out near-daily strikes that it says target Hezbollah, which fought "
        f"{war} that killed more than 4,000 people."
    )
    [e] = conflictparse.parse(text, published="2026-01-28").events
    assert 3 == e.fatalities
    assert e.side_a is not None and e.side_a.canonical == "Military Forces of Israel"


def test_the_parts_of_a_toll_told_across_a_region_take_the_leads_day() -> None:
    """
    "Israeli strikes across the Gaza Strip killed at least 35 on Monday",
    then undated strikes in Mawasi and Deir al-Balah: parts of Monday's
    toll, on Monday (not some day of the week up to the report).
    """
    text = (
        "CAIRO, March 31 (Wire) - Israeli strikes across the Gaza Strip killed at least 35 "
        "Palestinians on Monday, including 12 members of one family in Gaza City, local "
        "health authorities said.\n\n"
        "In Khan Younis, a strike on a tent in the Mawasi area killed five people, Nasser "
        "Hospital said. Another eight people were killed in a strike on a house in Deir "
        "al-Balah."
    )
    events = conflictparse.parse(text, published="2026-03-31").events
    got = [
        (e.place and e.place.text, e.fatalities, e.date and e.date.value) for e in events
    ]
    assert ("Deir al-Balah", 8, "2026-03-30") == got[-1]


def test_the_attackers_struck_a_town_names_the_scene() -> None:
    """
    "The attackers struck Komanda, a town about 75 km south of the
    provincial capital Bunia, at around 1 a.m. on Sunday": the lead's
    incident, at Komanda (not Bunia, which only measures), on Sunday.
    """
    text = (
        "GOMA, May 19 (Wire) - Suspected ADF rebels killed at least 38 people in an attack "
        "in Congo's Ituri province, local officials said on Monday.\n\n"
        "The attackers struck Komanda, a town about 75 km south of the provincial capital "
        "Bunia, at around 1 a.m. on Sunday, a civil society leader said."
    )
    [e] = conflictparse.parse(text, published="2025-05-19").events
    assert ("Komanda", "2025-05-18", 38) == (
        e.place and e.place.text,
        e.date and e.date.value,
        e.fatalities,
    )


def test_a_target_only_the_headline_names_is_no_side_of_the_lead() -> None:
    """
    "Jihadists kill dozens in Djibo, attack Mali army camp": the Malian army
    is the target of another incident the body tells, not side B of Djibo's.
    """
    text = (
        "Jihadists kill dozens in Burkina Faso's Djibo, attack Mali army camp\n\n"
        "OUAGADOUGOU, June 2 (Wire) - Jihadist fighters killed at least 50 soldiers in an "
        "assault on an army base in Djibo on Sunday, security sources said.\n\n"
        "In neighbouring Mali, gunmen attacked an army camp near Boni on Sunday, killing "
        "three soldiers."
    )
    events = conflictparse.parse(text, published="2025-06-02").events
    djibo = next(e for e in events if e.place is not None and e.place.text == "Djibo")
    assert djibo.side_b is not None and djibo.side_b.country == "BF"


def test_a_place_past_the_second_participles_clause_cuts_nothing() -> None:
    """
    "killing five people and wounding 12, according to the committee, which
    tracks casualties in the capital of North Darfur state": the province
    stands in the source's clause, no scene of the wounding.
    """
    text = (
        "PORT SUDAN, Sept 18 (Wire) - Artillery fire struck a camp in El Fasher on Wednesday, "
        "killing five people and wounding 12, according to the committee, which tracks "
        "casualties in the capital of North Darfur state."
    )
    [e] = conflictparse.parse(text, published="2025-09-18").events
    assert 5 == e.fatalities


def test_what_a_party_then_did_happened_on_the_day_told_before() -> None:
    """
    "Security forces then shelled the village of al-Mazraa, killing six
    civilians", after Sunday's attack on a checkpoint: Sunday's too, not
    some day of the week up to the report.
    """
    text = (
        "DAMASCUS, Nov 3 (Wire) - Gunmen attacked a checkpoint near Sweida on Sunday, killing "
        "four policemen, a war monitor said.\n\n"
        "Security forces then shelled the village of al-Mazraa, killing six civilians, "
        "according to the monitor."
    )
    events = conflictparse.parse(text, published="2026-11-03").events
    assert ["2026-11-01", "2026-11-01"] == [e.date and e.date.value for e in events]


def test_a_sum_since_a_past_day_told_later_is_no_incident() -> None:
    """
    "At least 2,900 bodies have been collected in and around Goma since the
    city fell on January 27", after the lead's incident: a running sum, no
    incident with 2,900 dead.
    """
    text = (
        "KINSHASA, Feb 3 (Wire) - M23 rebels took the town of Nyabibwe late on Saturday "
        "after clashes with Congolese troops, killing 12 soldiers, officials said.\n\n"
        "At least 2,900 bodies have been collected in and around Goma since the city fell "
        "on January 27, the UN mission said on Monday."
    )
    events = conflictparse.parse(text, published="2025-02-03").events
    assert [12] == [e.fatalities for e in events]


def test_a_claim_of_launching_an_offensive_makes_the_claimant_side_a() -> None:
    """ "The army said it had launched a counter-offensive and 'neutralised' 47 rebels": the army's deed."""
    text = (
        "KINSHASA, Feb 3 (Wire) - Congo's army said in a statement that it had launched a "
        'counter-offensive on the Minova axis and "neutralised" 47 M23 rebels on Sunday.'
    )
    [e] = conflictparse.parse(text, published="2025-02-03").events
    assert e.side_a is not None and e.side_a.kind == "state"


def test_a_place_measured_from_the_city_is_no_anaphora_of_its_incident() -> None:
    """
    "Hours earlier, Somali forces said they had killed 22 al-Shabaab fighters
    near Balcad, about 30 kilometres north of the city": the city only
    measures; Balcad's operation is an incident of its own.
    """
    text = (
        "MOGADISHU, March 6 (Wire) - A suicide bomber blew himself up at a tea shop in "
        "Mogadishu on Wednesday, killing at least nine people, police said.\n\n"
        "Hours earlier, Somali forces said they had killed 22 al-Shabaab fighters in an "
        "operation near Balcad, about 30 kilometres north of the city."
    )
    events = conflictparse.parse(text, published="2025-03-06").events
    assert [("Mogadishu", 9), ("Balcad", 22)] == [
        (e.place and e.place.text, e.fatalities) for e in events
    ]


@pytest.mark.parametrize("force", ["U.S. forces", "Israeli troops"])
def test_forces_that_struck_a_place_did_a_deed(force: str) -> None:
    """ "U.S. forces struck Houthi radar sites near Hodeidah": a deed of the forces, an incident."""
    text = f"SANAA, Nov 3 (Wire) - {force} struck Houthi radar sites near Hodeidah on Monday."
    [e] = conflictparse.parse(text, published="2026-11-03").events
    assert e.side_a is not None and e.side_a.kind == "state"
    assert e.side_b is not None and e.side_b.canonical == "Houthis"


def test_a_claim_of_repelling_an_assault_is_no_part_of_a_strike_on_civilians() -> None:
    """
    A drone strike killed 31 worshippers in El Fasher; "the army said its
    troops had repelled an assault on the city's eastern defences, killing
    dozens of militia fighters": a battle of its own in the same city, not
    24 more dead of the strike.
    """
    text = (
        "PORT SUDAN, Sept 18 (Wire) - A drone strike hit a mosque in El Fasher on Wednesday, "
        "killing at least 31 worshippers, a local committee said.\n\n"
        "The army said its troops had repelled an assault on the city's eastern defences "
        'overnight, killing "dozens of militia fighters".'
    )
    events = conflictparse.parse(text, published="2025-09-18").events
    assert [("El Fasher", 31), ("El Fasher", 24)] == [
        (e.place and e.place.text, e.fatalities) for e in events
    ]
    assert ["Explosions/Remote violence", "Battles"] == [e.event_type for e in events]


@pytest.mark.parametrize("party", ["The attackers", "The gunmen", "The assailants"])
def test_what_the_attackers_did_where_and_when_is_the_incidents(party: str) -> None:
    """
    "The attackers came to the village of Ntoyo late on Monday as mourners
    gathered": the lead's incident (a party referred back to), its village
    and day; the village they came to is the scene, no destination.
    """
    text = (
        "BUNIA, Sept 2 (Wire) - Rebels of the Allied Democratic Forces killed at least 38 "
        "people during an attack on a funeral in Ituri province, officials said on Tuesday."
        f"\n\n{party} came to the village of Ntoyo in Mambasa territory late on Monday as "
        "mourners gathered, said a civil society leader in Komanda."
    )
    [e] = conflictparse.parse(text, published="2025-09-02").events
    assert ("Ntoyo", "2025-09-01", 38) == (
        e.place and e.place.text,
        e.date and e.date.value,
        e.fatalities,
    )
    assert e.side_a is not None and e.side_a.canonical == "Allied Democratic Forces"


@pytest.mark.parametrize(
    "habit",
    [
        "Peru has been the target of bloody terrorist attacks.",
        "The town has been a frequent target of air strikes.",
    ],
)
def test_a_habitual_target_tells_no_incident(habit: str) -> None:
    """ "Peru has been the target of bloody terrorist attacks": what has kept happening, no deed of the story."""
    text = f"LIMA, Feb 6 (Wire) - The president spoke to reporters on Monday. {habit}"
    assert () == conflictparse.parse(text, published="2025-02-06").events


@pytest.mark.parametrize(
    "fled", ["have fled the southern districts of El Fasher for", "left their homes for"]
)
def test_a_town_people_fled_for_is_no_scene(fled: str) -> None:
    """ "Some 600 families have fled the southern districts of El Fasher for Tawila": Tawila is where they went."""
    text = (
        "PORT SUDAN, March 3 (Wire) - RSF shelling killed 25 people in a market in El Fasher "
        f"on Monday, medics said. Some 600 families {fled} Tawila, aid groups said."
    )
    [e] = conflictparse.parse(text, published="2026-03-03").events
    assert e.place is not None and e.place.text == "El Fasher"


@pytest.mark.parametrize(
    ("went", "usable"),
    [
        ("fled with her three children to the district capital, ", False),
        ("took refuge in ", False),
        ("fled to the nearby town of ", False),
        ("was attacked in ", True),
        ("was attacked in the nearby town of ", True),
    ],
)
def test_a_town_survivors_fled_to_is_no_scene(went: str, usable: bool) -> None:
    """ "A farmer who fled with her three children to the district capital, Ancuabe": where she went, not where the insurgents struck."""
    from conflictparse.parsers.events import _usable_place

    text = (
        "MAPUTO, May 12 (Wire) - Insurgents killed 11 villagers, officials said. "
        f'"They came at night," said a farmer who {went}Ancuabe, 25 km to the south.'
    )
    report = conflictparse.parse(text, published="2026-05-12")
    [place] = [p for p in report.places if p.text == "Ancuabe"]
    start = text.index('"They')
    assert _usable_place(place, text.lower(), start) is usable


@pytest.mark.parametrize("split", [" ", "\n\n"])
def test_a_counter_claim_does_not_make_the_claimant_the_attacker(split: str) -> None:
    """
    "The army said it killed 40 militants", after the gunmen's raid: the
    army's answer; the raid's side A stays the gunmen.
    """
    text = (
        "ABUJA, March 4 (Wire) - Gunmen killed 12 villagers in an attack on Kuru village in "
        f"Nigeria's Plateau state on Monday, police said.{split}"
        "The army said it killed 40 militants."
    )
    [e] = conflictparse.parse(text, published="2025-03-04").events
    assert e.side_a is not None and e.side_a.kind != "state"
    assert e.side_b is not None and e.side_b.kind == "civilians"


def test_a_count_of_nobody_is_neither_scene_nor_side() -> None:
    """
    "The Red Cross said none of its staff had been hurt, but that a convoy
    was held ... near the town of Spin Boldak": nothing happened there to
    anyone; the bombing keeps its own place and victims.
    """
    text = (
        "KABUL, March 3 (Wire) - A roadside bomb wounded three soldiers in Afghanistan on "
        "Monday, officials said.\n\n"
        "The Red Cross said none of its staff had been hurt, but that a convoy was held for "
        "two hours near the town of Spin Boldak."
    )
    [e] = conflictparse.parse(text, published="2025-03-03").events
    assert e.place is not None
    assert ("AF", "country") == (e.place.country, e.place.precision)
    assert e.side_b is not None and e.side_b.kind == "state"


@pytest.mark.parametrize(
    "passive",
    [
        "were blamed for",
        "were accused of",
        "were suspected in",
        "are being held responsible for",
    ],
)
def test_the_passive_of_blame_makes_its_subject_side_a(passive: str) -> None:
    """ "Suspected ADF rebels were blamed for an attack on a clinic": the ADF are side A."""
    text = (
        f"GOMA, Congo, June 3 (Wire) - Suspected ADF rebels {passive} an attack on a clinic "
        "near Butembo on Saturday in which six patients died, the army said."
    )
    [e] = conflictparse.parse(text, published="2025-06-03").events
    assert e.side_a is not None and e.side_a.canonical == "Allied Democratic Forces"


def test_an_arrest_and_a_past_wars_toll_make_no_incident() -> None:
    """
    "three of its officials had been arrested", told of no deed, harms no
    one; "a civil war in which some 400,000 people died" is the toll of a
    war long over, though its sentence tells of Wednesday: neither gives an
    incident (nor fatalities) of its own.
    """
    text = (
        "JUBA, May 7 (Wire) - Gunmen killed six cattle herders in Jonglei state on Monday, "
        "officials said.\n\n"
        "The opposition said three of its officials had been arrested in Juba on Tuesday.\n\n"
        "Troops surrounded the opposition leader's home in the capital on Wednesday, raising "
        "fears that the deal that ended a civil war in which some 400,000 people died could "
        "collapse."
    )
    events = conflictparse.parse(text, published="2025-05-07").events
    assert [6] == [e.fatalities for e in events]


@pytest.mark.parametrize("verb", ["struck", "hit", "targeted", "pounded"])
def test_a_claim_of_striking_makes_the_claimant_side_a(verb: str) -> None:
    """ "The army said its warplanes had struck RSF positions": the army's claim of its deed."""
    text = (
        "KHARTOUM, Sept 2 (Wire) - The army said its warplanes had "
        f"{verb} RSF positions near the town of Bara on Monday, killing dozens of fighters."
    )
    [e] = conflictparse.parse(text, published="2025-09-02").events
    assert e.side_a is not None and e.side_a.kind == "state"


@pytest.mark.parametrize(
    "said",
    [
        "The army said on Sunday that it had killed",
        "The army said late on Sunday its troops had killed",
        'The army said in a statement that its soldiers had "neutralised"',
        "The army said on Sunday it had eliminated",
    ],
)
def test_a_claim_told_with_its_day_or_a_military_verb_makes_the_claimant_side_a(
    said: str,
) -> None:
    """
    "The army said on Sunday that it had killed 30 militants in an air
    strike": the day of the saying, or the military's own verb
    ("neutralised", "eliminated"), does not hide whose strike it was.
    """
    text = (
        "NIAMEY, March 2 (Wire) - "
        f"{said} 30 terrorists in an air strike near the village of Tamou on Saturday."
    )
    [e] = conflictparse.parse(text, published="2025-03-02").events
    assert e.side_a is not None and e.side_a.kind == "state"
    assert "Unidentified" not in (e.side_a.canonical or "")


@pytest.mark.parametrize(
    "army",
    [
        "The Congolese army, alongside Wazalendo militias,",
        "Congolese troops backed by local Wazalendo militias",
        "The Congolese army, with the support of Wazalendo militias,",
    ],
)
def test_an_ally_named_with_a_party_fights_on_its_side(army: str) -> None:
    """
    "Troops backed by local militias attacked rebel positions": the militia
    is the troops' ally (an associated actor), so the troops are side A
    and the rebels side B; the ally is never the other side.
    """
    text = (
        "GOMA, May 2 (Wire) - "
        f"{army} attacked M23 positions near Sake on Thursday, leaving 14 people dead."
    )
    [e] = conflictparse.parse(text, published="2025-05-02").events
    assert e.side_a is not None and e.side_b is not None
    assert ("state", "M23") == (e.side_a.kind, e.side_b.canonical)


@pytest.mark.parametrize("period", ["last year", "last month"])
def test_a_past_periods_cumulative_toll_starts_no_incident(period: str) -> None:
    """
    "More than 3,000 people were killed in attacks across the Sahel last
    year": a sum over a stretch of time now over, with no count of a deed,
    is background, not an incident of that year.
    """
    text = (
        "BAMAKO, July 8 (Wire) - Gunmen killed 12 villagers near Mopti on Monday, officials "
        "said.\n\n"
        "More than 3,000 people were killed in attacks on civilians across the Sahel "
        f"{period}, according to a monitoring group."
    )
    events = conflictparse.parse(text, published="2025-07-08").events
    assert [("2025-07-07", 12)] == [
        (e.date and e.date.value, e.fatalities) for e in events
    ]


@pytest.mark.parametrize(
    "total",
    [
        "So far this year, 230 civilians have been killed in the fighting, a rights group said.",
        "Nearly 500 soldiers were killed in the first eight months of this year, a think tank said.",
        "Last month, 87 people were killed in attacks across the region, according to the UN.",
    ],
)
def test_a_running_periods_total_starts_no_incident(total: str) -> None:
    """
    A sum over a stretch of time that runs up to the report ("so far this
    year", "the first eight months of this year") or over a past month with
    plural incidents is background too: it makes no event of its own, not
    even one without a toll.
    """
    text = (
        "GAO, Sept 18 (Wire) - Gunmen killed nine herders near Ansongo on Wednesday, "
        f"officials said.\n\n{total}"
    )
    events = conflictparse.parse(text, published="2025-09-18").events
    assert [("2025-09-17", 9)] == [
        (e.date and e.date.value, e.fatalities) for e in events
    ]


def test_a_roundup_told_town_by_town_is_one_event_per_town() -> None:
    """
    A lead that sums strikes on a list of towns, then tells each town's
    toll, is as many incidents as towns (ACLED codes one event per
    location): each takes its own toll, the lead's night and its agent, and
    the lead's total is not counted again.
    """
    text = (
        "ZAPORIZHZHIA, March 3 (Wire) - Russian missiles and drones killed eight people "
        "in Zaporizhzhia, Dnipro and the eastern city of Kramatorsk overnight, officials "
        "said on Monday.\n\n"
        "In Dnipro, a missile hit a bus depot, killing three drivers. Ten others were hurt.\n\n"
        "Four people died when a drone struck a shop in Kramatorsk. In Zaporizhzhia, a "
        "woman was killed when debris fell on her house."
    )
    events = conflictparse.parse(text, published="2025-03-03").events
    got = [
        (e.place and e.place.name, e.fatalities, e.date and e.date.earliest)
        for e in events
    ]
    night = dt.date(2025, 3, 2)
    assert [
        ("Dnipro", 3, night),
        ("Kramatorsk", 4, night),
        ("Zaporizhzhya", 1, night),
    ] == got
    assert {"RU"} == {e.side_a.country for e in events if e.side_a is not None}
    assert 3 == sum(e.side_a is not None for e in events)


def test_a_roundup_of_provinces_told_town_by_town_is_one_event_per_town() -> None:
    """
    "Air strikes by the military killed 20 people in Sagaing region and Chin
    State", then a town of each: one event per town, with the lead's agent;
    two towns of one listed province are two events.
    """
    text = (
        "BANGKOK, June 21 (Wire) - Air strikes by Myanmar's military killed at least 20 "
        "people in Sagaing region and Chin State this week, residents said.\n\n"
        "A fighter jet bombed a market in Kawlin on Thursday, killing 12 people. Another "
        "strike hit a monastery in Yinmabin township, killing five.\n\n"
        "In Chin State, three people died when a bomb fell on a school in Thantlang."
    )
    events = conflictparse.parse(text, published="2025-06-21").events
    assert [("Kawlin", 12), ("Yinmabin", 5), ("Thantlang", 3)] == [
        (e.place and e.place.text, e.fatalities) for e in events
    ]
    assert all(e.side_a is not None and e.side_a.country == "MM" for e in events)


def test_a_roundup_of_the_provinces_of_a_and_b_with_unknown_villages() -> None:
    """
    "Killed in the coastal provinces of Latakia and Tartus", then a village
    no table knows "near Latakia", a town of Tartus and a town of Latakia
    "where insurgents ambushed a patrol": three events, the lead's total none.
    """
    text = (
        "DAMASCUS, March 9 (Wire) - A monitor said 745 civilians were killed in the coastal "
        "provinces of Latakia and Tartus over two days.\n\n"
        "In the village of Al-Mukhtariyah, near Latakia, gunmen went from house to house on "
        "Friday and shot dead at least 30 men. Another 21 people were killed in the town of "
        "Baniyas on Saturday.\n\n"
        "The ministry sent reinforcements to Jableh, where insurgents ambushed a patrol on "
        "Thursday, killing 13 officers."
    )
    events = conflictparse.parse(text, published="2025-03-09").events
    assert [("Al-Mukhtariyah", 30), ("Baniyas", 21), ("Jableh", 13)] == [
        (e.place and e.place.text, e.fatalities) for e in events
    ]


def test_a_roundup_with_one_town_told_apart_stays_one_event() -> None:
    """One town of the list told again is a detail of the lead's incident: no split."""
    text = (
        "GOMA, June 4 (Wire) - Fighting between M23 rebels and the army killed 14 people "
        "in Sake, Minova and Kitshanga on Tuesday, local officials said.\n\n"
        "In Sake, shells hit a market."
    )
    events = conflictparse.parse(text, published="2025-06-04").events
    assert [14] == [e.fatalities for e in events]


@pytest.mark.parametrize(
    "sentence",
    [
        "The army said its aircraft had struck RSF positions near Bara on Thursday, killing 20 fighters.",
        "Army helicopters attacked rebel positions near Bara on Thursday, killing 20 fighters.",
        "Israeli jets struck Hezbollah sites near Tyre on Thursday, killing five fighters.",
    ],
)
def test_aircraft_that_strike_make_an_air_strike(sentence: str) -> None:
    """Aircraft, helicopters or jets that struck or attacked: an air strike (remote violence), not a battle."""
    [e] = conflictparse.parse(sentence, published="2025-10-12").events
    assert "Explosions/Remote violence" == e.event_type


def test_an_assault_with_a_later_air_strike_is_a_battle() -> None:
    """
    The incident's first telling is an assault; the air strike on the
    withdrawing attackers is a phase of it told later: a battle.
    """
    text = (
        "OUAGADOUGOU, Feb 3 (Wire) - Militants stormed an army post near Djibo on Saturday, "
        "killing 19 soldiers, security sources said. The army said its aircraft had struck "
        "the attackers as they withdrew."
    )
    [e] = conflictparse.parse(text, published="2025-02-03").events
    assert "Battles" == e.event_type


def test_a_strike_also_told_in_another_province_is_another_event() -> None:
    """ "Warplanes also struck villages in Idlib province" after strikes in Aleppo: another incident."""
    text = (
        "ALEPPO, Syria, Oct 23 (Wire) - Government air strikes hit a bakery in Aleppo on "
        "Tuesday, killing six civilians, a monitor said. Russian warplanes also struck "
        "villages in Idlib province, activists said."
    )
    events = conflictparse.parse(text, published="2025-10-23").events
    assert ["Aleppo", "Idlib"] == [e.place and e.place.text for e in events]
    assert [6, None] == [e.fatalities for e in events]


def test_civilians_killed_in_a_clash_with_the_army_keep_it_a_battle() -> None:
    """Rebels who fought the army for a town, civilians killed by stray shells: a battle."""
    text = (
        "GOMA, Nov 4 (Wire) - Rebels fought the army for control of the town of Pinga on "
        "Sunday, residents said. At least nine civilians were killed by stray shells."
    )
    [e] = conflictparse.parse(text, published="2025-11-04").events
    assert "Battles" == e.event_type


def test_a_country_before_border_is_not_the_scene() -> None:
    """ "An army post near the Mali border" in Niger: the scene is in Niger, not in Mali."""
    text = (
        "NIAMEY, March 4 (Wire) - Militants killed 20 soldiers in an attack on an army post "
        "near the Mali border in Niger's Tillaberi region on Monday, the ministry said."
    )
    [e] = conflictparse.parse(text, published="2025-03-04").events
    assert e.place is not None and ("NE", "Tillaberi") == (e.place.country, e.place.text)


def test_the_storys_armed_group_is_no_guess_for_an_incident_abroad() -> None:
    """
    A Colombian rebel group, the story's perpetrator, is not the guessed
    agent of cartel fighting told in Mexico in a story from Bogota.
    """
    text = (
        "BOGOTA, July 24 (Wire) - ELN rebels killed seven soldiers in an ambush near Tibu "
        "on Wednesday, the army said.\n\n"
        "In Mexico, meanwhile, 14 people were killed over the weekend in fighting in "
        "Culiacan, officials said."
    )
    events = conflictparse.parse(text, published="2025-07-24").events
    assert [("CO", True), ("MX", False)] == [
        (e.place and e.place.country, e.side_a is not None) for e in events
    ]


def test_a_toll_told_by_stepping_back_is_an_incident_of_its_own() -> None:
    """ "Late last month, militants ambushed a convoy near X, killing eight": not this week's attack."""
    text = (
        "NIAMEY, March 4 (Wire) - Militants killed 20 soldiers in an attack on an army post "
        "in Niger's Tillaberi region overnight into Monday, the ministry said. Late last "
        "month, militants ambushed a convoy near Banibangou, killing eight soldiers."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert [20, 8] == [e.fatalities for e in events]


def test_an_old_year_in_an_aside_does_not_date_this_weeks_deed() -> None:
    """ "Have retaken X, a town the army seized in 2022, residents said on Thursday": not a 2022 event."""
    text = (
        "MOGADISHU, April 17 (Wire) - Militants have retaken Bulo Marer, a town that "
        "government forces seized in 2022, residents said on Thursday. At least nine "
        "soldiers were killed in the fighting on Wednesday, an officer said."
    )
    events = conflictparse.parse(text, published="2025-04-17").events
    assert [("2025-04-16", 9)] == [
        (e.date and e.date.value, e.fatalities) for e in events
    ]


def test_victims_broken_down_and_attackers_killed_are_both_counted() -> None:
    """
    "At least 10 people, including the driver and several soldiers, were
    killed ... troops killed 16 militants": the attackers are not among the
    victims, so the incident's dead are both tolls.
    """
    text = (
        "QUETTA, March 12 (Wire) - Militants attacked a passenger train near Sibi on "
        "Tuesday. At least 10 people, including the driver and several soldiers, were "
        "killed, officials said. Security forces killed 16 militants in the operation "
        "that followed."
    )
    [e] = conflictparse.parse(text, published="2025-03-12").events
    assert 26 == e.fatalities


@pytest.mark.parametrize(
    "sentence",
    [
        "Hezbollah fired dozens of rockets at Kiryat Shmona on Tuesday.",
        "The Houthis launched two ballistic missiles at Eilat on Friday.",
        "A missile hit a residential building in Dnipro on Monday, killing three people.",
    ],
)
def test_missiles_and_rockets_fired_or_launched_are_remote_violence(
    sentence: str,
) -> None:
    """Missiles or rockets fired or launched at a place, or a missile that hit one: an explosive deed."""
    [e] = conflictparse.parse(sentence, published="2025-04-18").events
    assert "Explosions/Remote violence" == e.event_type


def test_a_deed_at_a_place_in_another_named_country_is_its_own_incident() -> None:
    """
    After US strikes in Yemen, "hours later, the Houthis said they had fired
    a missile at Israel's Ben Gurion airport" is another incident, even
    with no date or toll of its own.
    """
    text = (
        "SANAA, April 18 (Wire) - U.S. air strikes on the port of Hodeidah in Yemen killed "
        "at least 20 people on Thursday, the health ministry said. Hours later, the group "
        "said it had fired a missile at Israel's Ben Gurion airport."
    )
    events = conflictparse.parse(text, published="2025-04-18").events
    assert [("YE", 20), ("IL", None)] == [
        (e.place and e.place.country, e.fatalities) for e in events
    ]


def test_a_compound_sentence_of_two_incidents_is_two_events() -> None:
    """
    "A soldier was killed near X on Saturday, and two police officers were
    shot dead in Y on Tuesday": each half has its own toll, day and place.
    """
    text = (
        "BOGOTA, July 24 (Wire) - A soldier was killed by a sniper near El Tarra on "
        "Saturday, and two police officers were shot dead in Cucuta on Tuesday, the army said."
    )
    events = conflictparse.parse(text, published="2025-07-24").events
    assert [("El Tarra", 1), ("Cucuta", 2)] == [
        (e.place and e.place.text, e.fatalities) for e in events
    ]


def test_a_compound_sentence_of_one_incident_stays_one_event() -> None:
    """Without a day and a place of its own, the second half is the same incident's."""
    text = (
        "KABUL, May 2 (Wire) - A bomb killed four soldiers near Kunduz on Monday, and "
        "six others were wounded, officials said."
    )
    [e] = conflictparse.parse(text, published="2025-05-02").events
    assert 4 == e.fatalities


def test_the_datelines_day_and_country_are_no_half_of_a_compound_lead() -> None:
    """
    "KANO, Nigeria, May 3 (Wire) - Gunmen abducted 21 people, most of them
    women, and killed two others in a raid on X on Friday": the dateline's
    day and country are not the first half's own, so the lead stays whole.
    """
    text = (
        "KANO, Nigeria, May 3 (Wire) - Gunmen abducted 21 people, most of them women, and "
        "killed two others in a raid on a village in Katsina state late on Friday, police "
        "said. The attackers stormed Danmusa village at about 9 p.m."
    )
    [e] = conflictparse.parse(text, published="2025-05-03").events
    assert ["21 people", "two others"] == [c.text for c in e.casualties]
    assert e.date is not None and e.date.value == "2025-05-02"


def test_unnamed_dead_of_an_attack_on_state_forces_make_a_battle() -> None:
    """ "Killed 27 soldiers and allied militiamen in an attack on a military camp": a battle, not violence against civilians."""
    text = (
        "BAMAKO, March 12 (Wire) - Jihadist fighters killed at least 27 soldiers and allied "
        "militiamen in an attack on a military camp on Tuesday, the deadliest assault on "
        "the army this year."
    )
    [e] = conflictparse.parse(text, published="2025-03-12").events
    assert ("Battles", "state") == (e.event_type, e.side_b and e.side_b.kind)


def test_a_relative_clause_verb_after_that_refers_back_to_nothing() -> None:
    """
    "Fano, a militia that fought alongside federal forces ..., said its
    fighters ambushed a convoy near Debre Markos on Wednesday": a deed of
    its own (another day, another town), not a detail of the strike before.
    """
    text = (
        "ADDIS ABABA, Oct 2 (Wire) - A drone strike on a wedding in the village of Adet "
        "killed at least 18 people on Tuesday, witnesses said. Fano, a militia that fought "
        "alongside federal forces in Tigray, said its fighters had ambushed an army convoy "
        "near Debre Markos on Wednesday, killing 35 soldiers."
    )
    events = conflictparse.parse(text, published="2025-10-02").events
    assert [
        ("Adet", "Unidentified Armed Group (Ethiopia)"),
        ("Debre Markos", "Fano"),
    ] == [(e.place and e.place.text, e.side_a and e.side_a.canonical) for e in events]


def test_a_trials_deeds_are_no_incident() -> None:
    """
    "A court sentenced a former commander on Thursday for the killing of
    hundreds of civilians in 2003", and the next sentence referring back to
    those attacks, tell a trial: only the week's own strike is an event.
    """
    text = (
        "THE HAGUE, June 12 (Wire) - A court on Thursday sentenced a former militia "
        "commander to 20 years for his role in the killing of hundreds of civilians in "
        "Darfur in 2003.\n\n"
        "He was convicted in October of murders committed during attacks on three towns. "
        "Prosecutors said the attacks killed more than 300 people.\n\n"
        "In Sudan, the army said drones struck a fuel depot in Port Sudan on Tuesday, "
        "wounding two workers."
    )
    events = conflictparse.parse(text, published="2025-06-12").events
    assert [("Port Sudan", None)] == [
        (e.place and e.place.text, e.fatalities) for e in events
    ]


def test_a_town_in_an_officials_title_is_no_scene() -> None:
    """ "said Lubero territory administrator X": the office's town is no new incident's scene."""
    text = (
        "BENI, Sept 9 (Wire) - Rebels attacked mourners at a funeral in the village of Ntoyo "
        'on Monday, killing at least 60 people. "Many people are still missing," said '
        "Lubero territory administrator Alain Kiwewa."
    )
    events = conflictparse.parse(text, published="2025-09-09").events
    assert ["Ntoyo"] == [e.place and e.place.text for e in events]


def test_the_town_of_the_hospital_is_no_new_scene() -> None:
    """ "At least 20 people were taken to hospitals in Makurdi": where the wounded went, not another incident."""
    text = (
        "MAKURDI, June 14 (Wire) - Gunmen attacked the village of Yelwata overnight, killing "
        "at least 30 people, officials said. At least 20 people were taken to hospitals in "
        "Makurdi with gunshot wounds."
    )
    events = conflictparse.parse(text, published="2025-06-14").events
    assert ["Yelwata"] == [e.place and e.place.text for e in events]


def test_a_time_clause_with_its_own_toll_and_place_is_another_incident() -> None:
    """ "Killed five in a raid on Tammun ..., as air strikes in the Gaza Strip killed at least 19": two incidents."""
    text = (
        "RAMALLAH, Sept 16 (Wire) - Israeli forces killed five Palestinians during a raid on "
        "the town of Tammun on Monday, the health ministry said, as air strikes in the Gaza "
        "Strip killed at least 19 people."
    )
    events = conflictparse.parse(text, published="2025-09-16").events
    assert [5, 19] == [e.fatalities for e in events]


def test_a_story_whose_dateline_has_no_date_falls_back_to_the_reports_week() -> None:
    """With "TUBAS, West Bank (Reuters) -" and "said on Tuesday", an undated incident takes the week up to Tuesday."""
    text = (
        "TUBAS, West Bank (Wire) - Israeli troops killed two men in Tammun, the ministry "
        "said on Tuesday.\n\nIn the Gaza Strip, a strike on a house in Nuseirat killed 11 people."
    )
    events = conflictparse.parse(text, published="2025-09-16").events
    dated = [(e.date.earliest, e.date.latest) for e in events if e.date is not None]
    assert (dt.date(2025, 9, 10), dt.date(2025, 9, 16)) in dated


def test_a_time_clause_toll_after_a_deed_elsewhere_is_another_incident() -> None:
    """
    "Drones struck a refinery in Saratov overnight, while Russian shelling
    killed three people in Kherson": the refinery strike and the shelling
    are two incidents, the headline's Kherson the shelling's.
    """
    text = (
        "Ukraine strikes Russian refinery; shelling kills three in Kherson\n\n"
        "KYIV, Aug 7 (Wire) - Ukrainian drones struck an oil refinery in Russia's Saratov "
        "region overnight, while Russian shelling killed three civilians in the southern "
        "city of Kherson, officials said on Thursday."
    )
    events = conflictparse.parse(text, published="2025-08-07").events
    assert [("Kherson", 3), ("Saratov", None)] == sorted(
        ((e.place and e.place.text, e.fatalities) for e in events),
        key=lambda x: str(x[0]),
    )


@pytest.mark.parametrize("suffix", ["based", "born"])
def test_a_place_that_tells_where_someone_works_is_no_scene(suffix: str) -> None:
    """
    "A Nairobi-based monitor said" tells where the monitor works: neither the
    incident's place nor the unnamed gunmen's country.
    """
    text = f"Gunmen shot dead seven villagers, a Nairobi-{suffix} analyst said."
    [e] = conflictparse.parse(text, published="2025-03-02").events
    assert e.place is None
    assert e.side_a is not None and e.side_a.country is None


@pytest.mark.parametrize("apostrophe", ["'", "\u2019"])
def test_a_countrys_possessive_capital_is_the_capital(apostrophe: str) -> None:
    """ "Yemen's capital" names Sanaa as "the Yemeni capital" does, not the whole country."""
    text = (
        "ADEN, May 2 (Wire) - A car bomb exploded near a checkpoint in "
        f"Yemen{apostrophe}s capital on Thursday, killing six people, officials said."
    )
    [e] = conflictparse.parse(text, published="2025-05-02").events
    assert e.place is not None
    assert ("city", "YE", "Sanaa") == (e.place.kind, e.place.country, e.place.name)


@pytest.mark.parametrize(
    ("dateline", "where", "expected"),
    [
        ("KABUL", "in Afghanistan", ("KABUL", "AF", "country")),
        ("DUBAI", "in Afghanistan", ("Afghanistan", "AF", "country")),
        ("KABUL", "in western Afghanistan", ("Afghanistan", "AF", "country")),
        ("KABUL", "in north-eastern Afghanistan", ("Afghanistan", "AF", "country")),
    ],
)
def test_a_country_alone_gives_way_to_the_datelines_town_in_it(
    dateline: str, where: str, expected: tuple[str, str, str]
) -> None:
    """
    An incident told only "in Afghanistan" from KABUL takes the dateline's
    town at the country's precision, as one naming no place does; from a
    town of another country, or in a part of the country named by a compass
    word, it keeps the country it names.
    """
    text = (
        f"{dateline}, Oct 9 (Wire) - A suicide bomber killed seven worshippers at a mosque "
        f"{where} on Friday, police said."
    )
    [e] = conflictparse.parse(text, published="2025-10-11").events
    assert e.place is not None
    assert expected == (e.place.text, e.place.country, e.place.precision)


@pytest.mark.parametrize(
    ("fight", "expected"),
    [
        ("A gunfight between armed men from two clans", ("Battles", False)),
        ("An exchange of fire between two armed groups", ("Battles", False)),
        ("Armed men from one clan", ("Violence against civilians", True)),
    ],
)
def test_a_fight_between_armed_parties_that_killed_people_is_a_battle(
    fight: str, expected: tuple[str, bool]
) -> None:
    """
    A fight told as one *between* armed parties that killed "people" is a
    battle: its dead are not taken for civilians it was waged on, unlike the
    dead of armed men who attacked nobody named.
    """
    text = (
        f"NAIROBI, March 3 (Wire) - {fight} attacked a village in Marsabit county "
        "on Sunday, killing five people, police said."
    )
    if "between" in fight:
        text = text.replace(" attacked a village", " in a village")
    [e] = conflictparse.parse(text, published="2025-03-04").events
    civilians = e.side_b is not None and e.side_b.canonical == "Civilians"
    assert expected == (e.event_type, civilians)


@pytest.mark.parametrize(
    "body",
    [
        # the body names only another country's places: the dateline's own
        # town and its bracketed country are where the story was filed
        "THE FIGHTING WENT ON IN CHALATENANGO DEPARTMENT, EL SALVADOR, AN OFFICER SAID.",
        "THE FIGHTING IN EL SALVADOR HAS GONE ON FOR TEN YEARS.",
    ],
)
def test_a_hub_datelines_bracketed_country_is_no_scene(body: str) -> None:
    """
    "ROME (ITALY), 11 JAN 90 --" over a story of another country: neither
    the town nor its bracketed country is the scene; an event naming no
    place takes the story's country, not the dateline's.
    """
    text = (
        "ROME (ITALY), 11 JAN 90 -- [TEXT] GUERRILLAS ATTACKED A PATROL YESTERDAY, "
        f"KILLING TWO SOLDIERS, A SPOKESMAN SAID.\n\n{body}\n"
    )
    [e] = conflictparse.parse(text).events
    assert e.place is not None
    assert "SV" == e.place.country


def test_a_datelines_bracketed_country_named_again_is_kept() -> None:
    """A story that names the dateline's country again is no hub's: its dateline stands in."""
    text = (
        "ROME (ITALY), 11 JAN 90 -- [TEXT] GUERRILLAS ATTACKED A PATROL YESTERDAY, "
        "KILLING TWO SOLDIERS, A SPOKESMAN SAID.\n\n"
        "A DELEGATION IN ITALY CONDEMNED THE ATTACK.\n"
    )
    [e] = conflictparse.parse(text).events
    assert e.place is not None
    assert "IT" == e.place.country


def test_an_event_naming_no_place_takes_the_country_whose_towns_the_story_names() -> None:
    """
    With no dateline and no place in the event's sentences, the country
    whose towns the story's other incidents name gives the event's
    country, not one named more often by its name alone as an actor.
    """
    text = (
        "Gunmen shot dead three farmers on Monday, witnesses said. "
        "Militiamen had attacked a camp near Goma and a market in Bukavu on February 20. "
        "The United States asked the U.S. embassy to report, and U.S. envoys met "
        "the governor."
    )
    d = doc(
        text,
        places=[
            place(text, "Goma", "city", "CD"),
            place(text, "Bukavu", "city", "CD"),
            place(text, "United States", "country", "US"),
            place(text, "U.S.", "country", "US"),
            PlaceMention(
                text="U.S.", span=_span(text, "U.S.", 1), kind="country", country="US"
            ),
        ],
        dates=[
            date(text, "on Monday", "2024-03-04"),
            date(text, "on February 20", "2024-02-20"),
        ],
    )
    farmers, camp = events(d)
    assert farmers.place is not None
    assert ("CD", "country", "Goma") == (
        farmers.place.country,
        farmers.place.precision,
        camp.place and camp.place.text,
    )


def test_the_home_country_on_a_tie_is_the_first_named() -> None:
    """
    Two countries named as often: the story's home is the one it names
    first, whose town is then the scene, not the other's (whatever their
    codes' order).
    """
    text = "Rebels attacked Beni on Monday from their bases near Kasese."
    d = doc(
        text,
        places=[place(text, "Beni", "city", "CD"), place(text, "Kasese", "city", "UG")],
        dates=[date(text, "on Monday", "2024-03-04")],
    )
    [e] = events(d)
    assert "Beni" == (e.place and e.place.text)


@pytest.mark.parametrize(
    "subject",
    [
        "THE FOREIGN MINISTER",  # the event names no place
        "NORWAY",  # the event names only the filing country, as an actor
    ],
)
def test_copy_filed_abroad_takes_the_country_the_event_names(subject: str) -> None:
    """
    "OSLO (NORWAY), 4 MAR 90 --" brackets the country the story was filed
    from: an event naming no scene there takes the country its sentences
    name by a demonym, not the dateline's.
    """
    text = (
        f"OSLO (NORWAY), 4 MAR 90 -- [TEXT] {subject} TODAY CONDEMNED THE KILLING "
        "OF TWO PERUVIAN JUDGES BY GUNMEN ON FRIDAY.\n"
    )
    [e] = conflictparse.parse(text).events
    assert e.place is not None
    assert ("PE", "country") == (e.place.country, e.place.precision)


@pytest.mark.parametrize(
    "reaction",
    [
        "The ministry on Tuesday condemned",  # the reaction's day before its verb
        "The ministry condemned on Tuesday",  # ... and after it
        "The bishops on Tuesday deplored",
    ],
)
def test_the_day_of_a_reaction_does_not_date_the_deed(reaction: str) -> None:
    """
    "The ministry on Tuesday condemned the killing of two judges on Sunday":
    Tuesday dates the condemnation; the killing was on Sunday.
    """
    text = f"{reaction} the killing of two judges by gunmen in Lima on Sunday."
    d = doc(
        text,
        places=[place(text, "Lima", "city", "PE")],
        dates=[
            date(text, "on Tuesday", "2024-03-05"),
            date(text, "on Sunday", "2024-03-03"),
        ],
        casualties=[killed(text, "two judges", 2, "civilians")],
    )
    [e] = events(d)
    assert "2024-03-03" == (e.date and e.date.value)


def test_a_hubs_story_country_counts_its_demonyms() -> None:
    """
    A story filed from a hub: its country is the one the body names most
    by its places or demonyms ("SALVADORAN OFFICERS"), not a capital
    named once as where a meeting was held.
    """
    text = (
        "ROME (ITALY), 11 JAN 90 -- [TEXT] GUERRILLAS ATTACKED A PATROL YESTERDAY, "
        "KILLING TWO SOLDIERS, A SPOKESMAN SAID.\n\n"
        "SALVADORAN OFFICERS AND SALVADORAN DIPLOMATS MET IN WASHINGTON.\n"
    )
    [e] = conflictparse.parse(text).events
    assert e.place is not None
    assert ("SV", "country", "place") == (
        e.place.country,
        e.place.precision,
        e.place.role,
    )


@pytest.mark.parametrize(
    ("claim", "side_a"),
    [
        ("Al-Shabaab claimed responsibility.", "al-Shabaab"),
        (
            "The Islamic State group later claimed responsibility.",
            "Islamic State Somalia Province",
        ),
        # (no claimant: the unidentified armed group of the incident's country)
        ("No group has claimed responsibility.", "Unidentified Armed Group (Somalia)"),
    ],
)
def test_a_sentence_that_only_claims_the_deed_names_side_a(
    claim: str, side_a: str | None
) -> None:
    """ "X claimed responsibility." after the deed, with no deed word of its own, makes X side A."""
    text = (
        "MOGADISHU, March 4 (Wire) - A bomb hidden in a cart killed six traders at the "
        f"Bakara market on Tuesday, police said. {claim}"
    )
    (event,) = conflictparse.parse(text, published="2025-03-04").events
    assert (event.side_a.canonical if event.side_a else None) == side_a


@pytest.mark.parametrize(
    ("blame", "side_a"),
    [
        ("The army blamed the RSF.", "Rapid Support Forces"),
        ("Officials blamed the RSF for the attack.", "Rapid Support Forces"),
        ("The governor spoke to reporters.", "Unidentified Armed Group (Sudan)"),
    ],
)
def test_a_sentence_that_only_blames_someone_names_side_a(
    blame: str, side_a: str
) -> None:
    """ "The army blamed the RSF." after a strike nobody is said to have made: the RSF is its presumed side A, the army no side."""
    text = (
        "PORT SUDAN, May 5 (Wire) - A drone strike hit a fuel depot in Kosti early on "
        f"Monday, killing two guards, a military source said. {blame}"
    )
    (event,) = conflictparse.parse(text, published="2026-05-05").events
    assert (event.side_a.canonical if event.side_a else None) == side_a
    assert event.side_b is None or "Military" not in (event.side_b.canonical or "")


@pytest.mark.parametrize(
    ("deed", "side_b"),
    [
        ("had overrun an army post", "Military Forces of Somalia"),
        ("had stormed the police station", "Police Forces of Somalia"),
        ("had entered the village", None),
    ],
)
def test_a_base_or_post_struck_makes_its_forces_side_b(
    deed: str, side_b: str | None
) -> None:
    """ "Al-Shabaab said its fighters had overrun an army post": the army the story names is side B."""
    text = (
        "MOGADISHU, May 6 (Wire) - Somali soldiers and police patrolled the region on "
        f"Tuesday. On Monday, al-Shabaab said its fighters {deed} in the town of "
        "Bulo Burte after heavy fighting."
    )
    events = conflictparse.parse(text, published="2026-05-06").events
    got = [
        (e.side_a and e.side_a.canonical, e.side_b and e.side_b.canonical) for e in events
    ]
    assert got == [("al-Shabaab", side_b)]


def test_a_state_that_says_its_forces_repelled_an_assault_is_side_b() -> None:
    """ "The army said its forces and allied militias had repelled an RSF assault on Kadugli": the army fought it, side B."""
    text = (
        "PORT SUDAN, May 7 (Wire) - The army said its forces and allied militias had "
        "repelled an RSF assault on Kadugli on Tuesday, killing 40 of the attackers."
    )
    (event,) = conflictparse.parse(text, published="2026-05-07").events
    assert (
        event.side_a and event.side_a.canonical,
        event.side_b and event.side_b.canonical,
    ) == (
        "Rapid Support Forces",
        "Military Forces of Sudan (2021-)",
    )


@pytest.mark.parametrize("deed", ["set fire to", "damaged", "targeted"])
def test_drones_that_set_fire_to_a_target_abroad_are_an_incident_of_their_own(
    deed: str,
) -> None:
    """ "In Russia, Ukrainian drones set fire to a refinery in Ryazan": another strike than the one on Kharkiv, by the other side."""
    text = (
        "KYIV, July 21 (Wire) - Russian missiles killed four people in Kharkiv "
        f"overnight, the mayor said on Tuesday. In Russia, Ukrainian drones {deed} an "
        "oil refinery in the city of Ryazan, the governor said. He said debris had "
        "injured two workers."
    )
    events = conflictparse.parse(text, published="2026-07-21").events
    got = [(e.place and e.place.text, e.side_a and e.side_a.canonical) for e in events]
    assert got == [
        ("Kharkiv", "Military Forces of Russia"),
        ("Ryazan", "Military Forces of Ukraine"),
    ]


@pytest.mark.parametrize("held", ["held", "controlled", "occupied"])
def test_a_group_an_area_is_held_by_is_no_agent_of_the_strike_on_it(held: str) -> None:
    """ "Air strikes on areas held by anti-junta forces": the forces hold the areas, the military struck."""
    text = (
        "YANGON, May 27 (Wire) - An air strike hit Mindat, a town in Myanmar's Chin "
        "State, on Monday, killing seven people, residents said. The military has stepped "
        f"up air strikes on areas {held} by anti-junta forces in Chin State."
    )
    events = conflictparse.parse(text, published="2025-05-27").events
    assert [e.side_a and e.side_a.canonical for e in events] == [
        "Military Forces of Myanmar (2021-)"
    ]


def test_an_incident_of_a_barrage_named_by_its_weapons_takes_their_state() -> None:
    """ "Russian missiles struck X and other cities ... In Y, 10 people were killed": Russia's too."""
    text = (
        "ODESA, Ukraine, May 6 (Wire) - Russian missiles struck a port in Odesa and other cities "
        "overnight, killing six people, officials said.\n\n"
        "In the city of Mykolaiv, three people were killed and 12 wounded, the governor said."
    )
    events = conflictparse.parse(text, published="2025-05-06").events
    assert [e.side_a.canonical if e.side_a else None for e in events] == [
        "Military Forces of Russia",
        "Military Forces of Russia",
    ]


def test_an_incident_in_the_weapons_own_state_takes_no_such_side() -> None:
    """A rocket from abroad wounding a man in the striking state's own north is not its strike."""
    text = (
        "BEIRUT, Feb 4 (Wire) - Israeli air strikes on villages in southern Lebanon killed nine "
        "people on Monday, the health ministry said.\n\n"
        "In northern Israel, a woman was lightly injured by shrapnel from a rocket, medics said."
    )
    events = conflictparse.parse(text, published="2025-02-04").events
    assert (
        events[0].side_a is not None
        and events[0].side_a.canonical == "Military Forces of Israel"
    )
    assert all(e.side_a is None for e in events[1:])


def test_a_claim_of_the_other_side_about_a_broader_group_stays_out_of_the_toll() -> None:
    """Officials' 15 policemen and 30 insurgents, the rebels' claim of 40 security forces: 45, not 85."""
    text = (
        "LASHKAR GAH, Afghanistan, Sept 2 (Wire) - Taliban fighters overran a district centre "
        "in Helmand province on Tuesday, killing at least 15 policemen, officials said. Around "
        "30 Taliban were also killed in air strikes, a spokesman said. A Taliban spokesman "
        "claimed the group had killed 40 members of the security forces."
    )
    (event,) = conflictparse.parse(text, published="2015-09-02").events
    assert (event.low, event.best) == (45, 45)


@given(
    words=st.lists(
        st.sampled_from(
            [
                "israeli",
                "missile",
                "missiles",
                "drones",
                "air",
                "strike",
                "airstrikes",
                "raid",
                "raids",
                "jets",
                "jet",
                "shelling",
                "artillery",
                "gunships",
                "army",
                "the",
                "bombers",
                "warplane",
                "x",
                "-",
                "\u00e9",
            ]
        ),
        max_size=5,
    ),
    glue=st.sampled_from([" ", "  ", "-", "\n", ""]),
)
@example(words=["russian", "air", "raids"], glue=" ")
@example(words=["the", "army"], glue=" ")
@settings(max_examples=300, deadline=None)
def test_weapon_named_reads_as_the_pattern(words: list[str], glue: str) -> None:
    """The weapon test (a word ending first, then the pattern) answers as the pattern alone, on a span of a longer text."""
    from conflictparse.parsers import events as ev

    span = glue.join(words)
    text = "ex " + span + " said"
    start, end = 3, 3 + len(span)
    expected = ev._WEAPON_NAMED.search(text, start, end) is not None
    assert expected == ev._weapon_named(text, start, end)
    assert (ev._WEAPON_NAMED.search(span) is not None) == ev._weapon_named(span)


@given(
    words=st.lists(
        st.sampled_from(
            [
                "said",
                "says",
                "saying",
                "added",
                "adding",
                "told",
                "sa",
                "add",
                "to",
                "the",
                "army",
                "saidx",
                "xsaid",
                "and",
                ",",
                "\u00e9",
            ]
        ),
        max_size=8,
    ),
    glue=st.sampled_from([" ", "", "-", "\n"]),
)
@example(words=["attacks", "and", "said"], glue=" ")
@settings(max_examples=300, deadline=None)
def test_said_between_reads_as_the_pattern(words: list[str], glue: str) -> None:
    """The said-between test (a few finds first) answers as the pattern searched in the same span."""
    from conflictparse.parsers import events as ev

    text = "xx " + glue.join(words) + " yy"
    for lo, hi in ((0, len(text)), (3, len(text) - 3), (4, len(text) - 4)):
        expected = ev._SAID_BETWEEN.search(text, lo, hi) is not None
        assert expected == ev._said_between(text, lo, hi)


@given(
    words=st.lists(st.sampled_from(_TRIGGER_SAMPLES), min_size=1, max_size=10),
    glue=st.sampled_from(_ASCII_GLUES),
)
@example(words=["suicide bombers"], glue=" ")
@example(words=["recaptured", "landmine exploded"], glue=" ")
@example(words=["the attackers", "gunmen struck", "tank shell hit"], glue=" ")
@example(words=["car bomb", "the attackers", "the raiders"], glue="\u00e9")
@settings(max_examples=300, deadline=None)
def test_trigger_of_the_first_letter_matches_as_the_full_pattern(
    words: list[str], glue: str
) -> None:
    """At every position, the trigger pattern of the letter there matches as the full ASCII pattern (same span, same group)."""
    from conflictparse.parsers import events as ev

    text = glue.join(words)
    for at in range(len(text)):
        full = ev._TRIGGER_ASCII.match(text, at)
        part = ev._TRIGGER_AT.get(text[at], ev._TRIGGER_ASCII).match(text, at)
        assert (full and (full.span(), full.lastgroup)) == (
            part and (part.span(), part.lastgroup)
        )


def test_trigger_patterns_cover_every_stem() -> None:
    """Each trigger stem's first letter has its own pattern, each smaller than the full one."""
    from conflictparse.parsers import events as ev

    assert {stem[0] for stem in ev._TRIGGER_STEMS} <= set(ev._TRIGGER_AT)
    for pattern in ev._TRIGGER_AT.values():
        assert len(pattern.pattern) < len(ev._TRIGGER_ASCII.pattern)


def test_first_letters_of_an_alternative() -> None:
    """The letters an alternative can start with; None where the form is not read."""
    from conflictparse.parsers import events as ev

    assert ev._first_letters(" kill(?:s|ed)? ") == frozenset("k")
    assert ev._first_letters("(?:re)?captur(?:e|ed)") == frozenset("rc")
    assert ev._first_letters("(?:car[\\s-]|truck[\\s-])?bomb") == frozenset("ctb")
    assert ev._first_letters("(?:took|taken|gained)\\scontrol") == frozenset("tg")
    assert ev._first_letters("(?:a(?:b|c))?x") is None
    assert ev._first_letters("\\w+ed") is None
    assert ev._first_letters("(?:a|b)?+x") is None
    # (look-behinds before the first letter match no character)
    assert ev._first_letters(
        "(?<=the[ ])(?<![a-z]the[ ])(?:attackers|gunmen)"
    ) == frozenset("ag")
    assert ev._first_letters("(?:(?<=forces[ ])|(?<=troops[ ]))struck") == frozenset("s")
    assert ev._first_letters("(?:(?<=x)|y)z") is None
    assert ev._by_first_letter(re.compile("(?x) \\b(?: (?P<a> x # note\n ) )\\b")) == {}


def test_locate_sorts_mentions_into_sentences_in_their_order() -> None:
    """Mentions go to the sentence they start in, in their own order; one before the first sentence goes to the first."""
    from types import SimpleNamespace

    from conflictparse.parsers import events as ev

    def at(start: int, name: str) -> Any:
        return SimpleNamespace(span=SimpleNamespace(start=start), name=name)

    starts = [5, 20, 40]
    mentions = [at(25, "b1"), at(0, "head"), at(21, "b2"), at(6, "a"), at(45, "c")]
    located = ev._locate(mentions, starts)
    assert {n: [m.name for m in ms] for n, ms in located.items()} == {
        1: ["head", "a"],
        2: ["b1", "b2"],
        3: ["c"],
    }
    assert ev._locate([], starts) == {}


@given(
    words=st.lists(
        st.sampled_from(
            [
                "the",
                "attacker",
                "attackers",
                "assailant",
                "gunman",
                "gunmen",
                "gunmon",
                "perpetrators",
                "two",
                "of",
                "x",
                "\u00e9",
                "-",
                "counter",
            ]
        ),
        max_size=4,
    ),
    glue=st.sampled_from([" ", "", "-"]),
)
@settings(max_examples=200, deadline=None)
def test_attacker_endings_gate_the_attacker_pattern(words: list[str], glue: str) -> None:
    """Searching the attacker-head pattern only in a span ending with one of its words reads every span as the search alone."""
    from conflictparse.parsers import events as ev

    text = "x " + glue.join(words) + " said"
    start, end = 2, 2 + len(glue.join(words))
    expected = ev._ATTACKER_HEAD.search(text, start, end) is not None
    assert expected == (
        text.endswith(ev._ATTACKER_ENDS, start, end)
        and ev._ATTACKER_HEAD.search(text, start, end) is not None
    )


@given(
    day=st.dates(min_value=dt.date(1980, 1, 1), max_value=dt.date(2030, 12, 31)),
    days=st.integers(min_value=0, max_value=40),
)
@settings(max_examples=100, deadline=None)
def test_event_date_of_one_date_is_that_date(day: dt.date, days: int) -> None:
    """An incident with one date takes it as is, as the full reading of its dates gives it (told twice)."""
    from conflictparse.parsers import events as ev

    text = "Rebels attacked on the day."
    d = date(
        text, "the day", day.isoformat(), last=(day + dt.timedelta(days=days)).isoformat()
    )
    assert ev._event_date([d]) is d
    # (two copies go through the whole reading: the same date comes back)
    assert ev._event_date([d, d]) is d


@given(
    low=st.none() | st.integers(min_value=0, max_value=500),
    best=st.none() | st.integers(min_value=0, max_value=500),
    high=st.none() | st.integers(min_value=0, max_value=900),
    victim=st.sampled_from(["soldiers", "civilians", "people", "unknown"]),
)
@settings(max_examples=150, deadline=None)
def test_deaths_of_one_count_read_as_the_sums(
    low: int | None, best: int | None, high: int | None, victim: str
) -> None:
    """One count of dead gives the incident's low, best and high as the sums over one count do."""
    from conflictparse.parsers import events as ev

    text = "Gunmen killed some people."
    c = attrs.evolve(
        killed(text, "killed some people", 1, victim), low=low, best=best, high=high
    )
    if low is None and best is None:
        assert ev._deaths([c]) == (None, None, None)  # (no figure: no toll)
        return
    assert ev._deaths([c]) == (
        sum((x.low if x.low is not None else x.best) or 0 for x in [c]),
        sum((x.best if x.best is not None else x.low) or 0 for x in [c]),
        sum(h for h in [c.high] if h is not None) if c.high is not None else None,
    )


def test_sides_of_a_sentence_leave_out_affiliations() -> None:
    """A group named as another's affiliation ("the al-Qaeda-linked al-Shabaab", "fighters linked to X") is no side; the others keep their order."""
    from conflictparse._text import fold
    from conflictparse.parsers import events as ev

    text = "The al-Qaeda-linked al-Shabaab and fighters linked to the Islamic State attacked troops."
    a = actor(text, "al-Qaeda", "al-Qaeda", "rebel")
    b = actor(text, "al-Shabaab", "al-Shabaab", "rebel")
    c = actor(text, "Islamic State", "Islamic State", "rebel")
    d = actor(text, "troops", "Military Forces", "state")
    assert ev._sides_of([a, b, c, d], fold(text)) == [b, d]
    assert ev._sides_of((), fold(text)) == ()


def test_a_drone_strike_named_by_its_state_is_that_states() -> None:
    """ "a Turkish drone strike killed ..." is Turkey's military, the whole strike noun its name."""
    text = (
        "ERBIL, Iraq, Aug 3 (Wire) - A Turkish drone strike killed four PKK fighters near "
        "Sinjar on Saturday, a local official said."
    )
    [e] = conflictparse.parse(text, published="2025-08-03").events
    assert e.side_a is not None and e.side_a.canonical == "Military Forces of Turkey"
    assert e.side_a.text == "Turkish drone strike"
    assert e.fatalities == 4


def test_a_vague_running_total_in_the_perfect_gives_no_incident_its_toll() -> None:
    """ "The group has killed thousands of people", "hundreds have been killed" after the news: no toll of it."""
    text = (
        "BENI, Congo, May 4 (Wire) - Militants killed 14 villagers in Oicha on Saturday, "
        "a local official said.\n\n"
        "The group has killed thousands of people in the region over the past decade.\n\n"
        "Hundreds of people have also been killed in attacks on farms in the province."
    )
    events = conflictparse.parse(text, published="2025-05-04").events
    assert [e.fatalities for e in events] == [14]


def test_a_lead_told_in_the_perfect_keeps_its_toll() -> None:
    """A lead may tell the incident's own toll in the perfect ("Hundreds of people have been killed in clashes")."""
    text = (
        "TRIPOLI, May 4 (Wire) - Hundreds of people have been killed in clashes between rival "
        "militias in Tripoli, medics said on Sunday."
    )
    [e] = conflictparse.parse(text, published="2025-05-04").events
    assert e.fatalities is not None and e.fatalities >= 100


def test_an_unattributed_air_strike_has_the_unidentified_group_of_its_country() -> None:
    """ "An air strike hit a market" with nobody named: side A is the struck country's unidentified armed group."""
    text = (
        "ADEN, Yemen, June 3 (Wire) - An air strike hit a fuel depot in Marib on Monday, "
        "killing seven workers, local officials said."
    )
    [e] = conflictparse.parse(text, published="2025-06-03").events
    assert e.event_type == "Explosions/Remote violence"
    assert (
        e.side_a is not None and e.side_a.canonical == "Unidentified Armed Group (Yemen)"
    )
    assert e.side_a.kind == "unknown" and e.side_a.generic
    assert e.side_a.text == "air strike"


def test_an_unattributed_air_strike_is_not_the_stories_armed_group() -> None:
    """An air strike in a story about a rebel group's attacks is not that group's: it has no aircraft."""
    text = (
        "ADEN, Yemen, June 3 (Wire) - Houthi fighters attacked a government post in Marib on "
        "Sunday, killing four soldiers, officials said.\n\n"
        "Separately, an air strike hit a fuel depot in Hodeidah on Monday, killing seven "
        "workers, medics said."
    )
    events = conflictparse.parse(text, published="2025-06-03").events
    assert [e.side_a.canonical if e.side_a else None for e in events] == [
        "Houthis",
        "Unidentified Armed Group (Yemen)",
    ]


def test_gunmen_of_an_attack_nobody_claimed_are_unidentified() -> None:
    """ "No group claimed the attack": the generic gunmen are no longer the group the story names most."""
    text = (
        "BAMAKO, Mali, May 5 (Wire) - JNIM fighters attacked an army post near Mopti on Sunday, "
        "killing nine soldiers, the group said.\n\n"
        "In a village near Segou, gunmen shot dead six traders on Saturday, residents said. "
        "No group claimed the attack."
    )
    events = conflictparse.parse(text, published="2025-05-05").events
    assert [e.side_a.canonical if e.side_a else None for e in events] == [
        "Jama'at Nusrat al-Islam wal-Muslimin",
        "Unidentified Armed Group (Mali)",
    ]
    assert events[1].side_a is not None and events[1].side_a.text == "gunmen"


def test_a_militia_that_fights_alongside_the_army_tells_no_deed() -> None:
    """ "The militia fights alongside the army" (present, habitual) starts no incident and gives none the army as a foe."""
    text = (
        "OUAGADOUGOU, May 5 (Wire) - Gunmen killed eight civilians near Kaya on Sunday, a local "
        "official said. The VDP, a volunteer militia, fights alongside the army."
    )
    [e] = conflictparse.parse(text, published="2025-05-05").events
    assert e.side_b is not None and e.side_b.canonical == "Civilians"
    assert len(e.support) == 1


def test_the_forces_that_said_they_repelled_them_are_side_b() -> None:
    """ "The army said it repelled them": the speaker fought the attack off, side B of the battle."""
    text = (
        "KADUGLI, Sudan, May 5 (Wire) - SPLM-N fighters attacked the town of Dilling on "
        "Sunday. The army said it had repelled them, killing 14."
    )
    [e] = conflictparse.parse(text, published="2025-05-05").events
    assert (
        e.side_a is not None
        and e.side_a.canonical == "Sudan People's Liberation Movement-North"
    )
    assert (
        e.side_b is not None and e.side_b.canonical == "Military Forces of Sudan (2021-)"
    )


def test_they_of_a_violent_deed_is_the_subject_before() -> None:
    """ "M23 rebels were seen in the village. They attacked an army post": the rebels are side A."""
    text = (
        "BUKAVU, Congo, May 5 (Wire) - Witnesses said M23 rebels were seen in the village of "
        "Nyangezi on Sunday. They attacked a police post and killed three officers, the "
        "witnesses said."
    )
    [e] = conflictparse.parse(text, published="2025-05-05").events
    assert e.side_a is not None and e.side_a.canonical == "M23"
    assert e.side_a.provenance.reason == 'the subject a sentence\'s "they" refers to'


def test_a_clause_of_the_other_sides_deed_gives_no_scene() -> None:
    """ "..., as the rebels fired rockets at X": X is the target of another deed, not the scene."""
    text = (
        "BEIRUT, May 5 (Wire) - Israeli air strikes killed 12 people across southern and "
        "eastern Lebanon on Monday, the health ministry said, as Hezbollah fired rockets at "
        "northern Israel, including the Haifa area.\n\n"
        "In a separate incident, a drone hit a house in the Israeli town of Nahariya on Sunday, "
        "wounding two people, Israeli medics said."
    )
    first = conflictparse.parse(text, published="2025-05-05").events[0]
    assert first.place is not None and first.place.country == "LB"


def test_a_sentence_opened_by_in_the_capital_is_another_incident() -> None:
    """ "In the capital, ..." after an incident elsewhere opens a new one (the capital's), not a detail of the first."""
    text = (
        "MOGADISHU, March 10 (Wire) - Al Shabaab fighters attacked a military base in Bulo "
        "Burde on Sunday, killing 12 soldiers, officials said.\n\n"
        "In the capital, a roadside bomb killed two police officers on Saturday, police said."
    )
    events = conflictparse.parse(text, published="2025-03-10").events
    assert [(e.fatalities, e.place.country if e.place else None) for e in events] == [
        (12, "SO"),
        (2, "SO"),
    ]
    assert events[1].event_type == "Explosions/Remote violence"


def test_members_of_a_group_killed_by_police_make_a_battle() -> None:
    """ "Police killed four members of the X gang": side B is the gang, and the fight a battle, not violence against civilians."""
    text = (
        "PORT-AU-PRINCE, May 5 (Wire) - Police said they had killed five members of the "
        "400 Mawozo gang in a shootout in Croix-des-Bouquets on Sunday."
    )
    [e] = conflictparse.parse(text, published="2025-05-05").events
    assert e.side_b is not None and e.side_b.canonical == "400 Mawozo"
    assert e.event_type == "Battles"
    assert e.fatalities == 5


def test_people_killed_by_gunmen_stay_civilians() -> None:
    """A count of "people" that counts no armed side keeps the attack on civilians."""
    text = "KABUL, May 5 (Wire) - Gunmen killed six people at a bakery in Herat on Sunday, police said."
    [e] = conflictparse.parse(text, published="2025-05-05").events
    assert e.event_type == "Violence against civilians"


def test_a_headlines_police_say_is_the_source() -> None:
    """ "Gunmen kill 20 in X, police say": the police are the headline's source, not the attack's target."""
    text = (
        "Gunmen kill 20 villagers in central Mali, officials say\n\n"
        "BAMAKO, May 5 (Wire) - Gunmen killed 20 villagers in the Mopti region on Sunday, "
        "officials said."
    )
    [e] = conflictparse.parse(text, published="2025-05-05").events
    assert e.side_b is not None and e.side_b.canonical == "Civilians"


def test_hours_later_takes_the_day_of_the_incident_before() -> None:
    """ "Hours later, ..." with no date of its own happened on the day of the incident told before."""
    text = (
        "BANGKOK, May 5 (Wire) - A military jet bombed a school in Magway region on Saturday, "
        "killing nine people, residents said.\n\n"
        "Hours later, resistance fighters ambushed an army truck near Monywa, killing four "
        "soldiers, a local group said."
    )
    events = conflictparse.parse(text, published="2025-05-05").events
    assert [e.date.value if e.date else None for e in events] == [
        "2025-05-03",
        "2025-05-03",
    ]


def test_a_groups_frequent_bombings_are_background() -> None:
    """ "X has carried out frequent bombings in the capital" tells a habit, no deed: it joins no incident."""
    text = (
        "MOGADISHU, May 5 (Wire) - Clan militiamen fought al Shabaab fighters for control of "
        "the village of Bacaadweyne on Sunday, residents said. At least 9 fighters were killed.\n\n"
        "Al Shabaab has carried out frequent bombings in the capital."
    )
    [e] = conflictparse.parse(text, published="2025-05-05").events
    assert e.event_type == "Battles"
    assert len(e.support) == 2


def test_a_strike_on_a_place_a_party_said_it_targeted_is_that_partys() -> None:
    """ "X said they had launched drones at Y ... A drone struck a building in Y": X is side A, as a coder takes the claim."""
    text = (
        "JERUSALEM, May 5 (Wire) - The Houthis said on Monday they had launched missiles at the "
        "city of Ashkelon.\n\n"
        "A rocket struck a warehouse in Ashkelon on Sunday, wounding three people, medics said."
    )
    events = conflictparse.parse(text, published="2025-05-05").events
    struck = [e for e in events if e.casualties]
    assert struck and struck[0].side_a is not None
    assert struck[0].side_a.canonical == "Houthis"


def test_a_roundup_of_regions_named_like_their_capitals_is_one_event_per_town() -> None:
    """
    "In the Dnipropetrovsk, Odesa and Sumy regions": the plural makes every
    name of the list a region, though the names read as cities; a town of
    each region then tells its own incident, with the lead's night (a
    village of the Sumy region too, not the week up to the report).
    """
    text = (
        "ODESA, May 13 (Wire) - Russian drones and missiles killed six people in the "
        "Dnipropetrovsk, Odesa and Sumy regions overnight, officials said on Tuesday.\n\n"
        "In Dnipro, a missile hit a grain warehouse, killing three workers.\n\n"
        "A drone struck a port building in Odesa, killing two guards. In the Sumy region, "
        "a man was killed when a drone hit his car near the village of Khotin."
    )
    events = conflictparse.parse(text, published="2025-05-13").events
    assert [
        ("Dnipro", 3, "2025-05-12/2025-05-13"),
        ("Odesa", 2, "2025-05-12/2025-05-13"),
        ("Khotin", 1, "2025-05-12/2025-05-13"),
    ] == [
        (e.place and e.place.text, e.fatalities, e.date and e.date.value) for e in events
    ]


def test_overnight_with_no_day_of_report_is_the_night_before_the_dateline() -> None:
    """
    "Drones attacked the Kursk region overnight, wounding two people in
    Rylsk, the governor said": no day of the report in the sentence, so the
    night up to the dateline's day, not the week up to it.
    """
    text = (
        "MOSCOW, Sept 4 (Wire) - Ukrainian drones attacked Russia's Kursk region overnight, "
        "wounding two people in the town of Rylsk, the regional governor said."
    )
    (event,) = conflictparse.parse(text, published="2025-09-04").events
    assert event.date is not None
    assert (dt.date(2025, 9, 3), dt.date(2025, 9, 4)) == (
        event.date.earliest,
        event.date.latest,
    )


def test_a_lead_toll_that_sums_the_incidents_told_apart_is_not_the_first_ones() -> None:
    """
    "Strikes killed at least 25 people across the region ... The strike on a
    market in A killed 17", then eight dead in B: the first incident's toll
    is its own 17, not the lead's sum (another's dead would count twice).
    """
    text = (
        "KHARTOUM, Feb 3 (Wire) - Air strikes killed at least 25 people across North Kordofan "
        "on Sunday, most of them at a market in Um Sumeima, medics said.\n\n"
        "The strike on the market in Um Sumeima killed 17 traders, a local doctor said.\n\n"
        "Separately, eight people were killed when a drone hit a fuel depot in Bara."
    )
    events = conflictparse.parse(text, published="2025-02-03").events
    assert [17, 8] == [e.fatalities for e in events]


def test_a_lead_toll_with_a_further_toll_after_it_stays_the_incidents() -> None:
    """ "Killed 12 ... Another four people were killed in the same attack": no sum of others."""
    text = (
        "KHARTOUM, Feb 3 (Wire) - Air strikes killed 12 people at a market in Um Sumeima "
        "on Sunday, medics said. Another four people were killed at the market.\n\n"
        "Separately, eight people were killed when a drone hit a fuel depot in Bara."
    )
    events = conflictparse.parse(text, published="2025-02-03").events
    assert 12 <= (events[0].fatalities or 0)


def test_an_undated_incident_the_leads_sum_counts_takes_the_leads_day() -> None:
    """
    "Killed at least 25 across North Kordofan on Sunday ... 17 in Um Sumeima",
    then "eight people were killed in Bara" with no day: the lead's sum
    counts Bara's dead, so Bara's incident is of the lead's Sunday, not
    some day of the week up to the report.
    """
    text = (
        "KHARTOUM, Feb 3 (Wire) - Air strikes killed at least 25 people across North Kordofan "
        "on Sunday, most of them at a market in Um Sumeima, medics said.\n\n"
        "The strike on the market in Um Sumeima killed 17 traders, a local doctor said.\n\n"
        "Separately, eight people were killed when a drone hit a fuel depot in Bara."
    )
    events = conflictparse.parse(text, published="2025-02-03").events
    assert ["2025-02-02", "2025-02-02"] == [e.date and e.date.value for e in events]


def test_an_incident_the_leads_sum_counts_takes_the_leads_agent() -> None:
    """
    "Army air strikes killed at least 15 people across North Darfur", 11 in
    Kabkabiya, then "four people were killed when a bomb hit a house" in
    Mellit, naming no agent: the lead's sum counts those dead, so the
    bombing is the lead's army strike, not the deed of the group the story
    names most as acting (the RSF, in other incidents).
    """
    text = (
        "PORT SUDAN, Feb 3 (Wire) - Sudanese army air strikes killed at least 15 people across "
        "North Darfur on Sunday, residents said.\n\n"
        "A strike on a market in Kabkabiya killed 11 traders, a local doctor said.\n\n"
        "In Mellit, four people were killed when a bomb hit a house.\n\n"
        "On Saturday, RSF fighters stormed the village of Shagra, and RSF gunmen attacked a "
        "convoy near Tawila, the group's opponents said. The RSF also shelled the city of "
        "El Fasher on Friday."
    )
    events = conflictparse.parse(text, published="2025-02-03").events
    army = "Military Forces of Sudan (2021-)"
    assert [("Kabkabiya", army, "2025-02-02"), ("Mellit", army, "2025-02-02")] == [
        (
            e.place and e.place.text,
            e.side_a and e.side_a.canonical,
            e.date and e.date.value,
        )
        for e in events[:2]
    ]


def test_a_part_the_lead_tells_after_including_is_the_first_incidents_toll() -> None:
    """
    "Shelling killed at least 20 people across the state on Monday,
    including six at a school in Kadugli", then nine dead in Dilling: the
    first incident's toll is its own six, the later one takes the lead's day.
    """
    text = (
        "PORT SUDAN, Oct 7 (Wire) - Shelling by the Rapid Support Forces killed at least 20 "
        "people across South Kordofan on Monday, including six pupils at a school in Kadugli, "
        "medics said.\n\n"
        "A shell hit a crowded market in Dilling, killing nine traders, a local doctor said."
    )
    events = conflictparse.parse(text, published="2025-10-07").events
    assert [(6, "2025-10-06"), (9, "2025-10-06")] == [
        (e.fatalities, e.date and e.date.value) for e in events
    ]


def test_a_list_of_tolls_without_including_is_no_part_of_a_sum() -> None:
    """ "Killed 14 people in Kadugli and five in Dilling": each town's toll, no lead's sum."""
    text = (
        "PORT SUDAN, Oct 7 (Wire) - Shelling killed 14 people in Kadugli and five people in "
        "Dilling on Monday, medics said.\n\n"
        "A drone hit a fuel depot in El Obeid on Sunday, killing three guards."
    )
    events = conflictparse.parse(text, published="2025-10-07").events
    assert 14 <= (events[0].fatalities or 0)


def test_a_next_days_deed_with_another_groups_dead_is_another_incident() -> None:
    """
    "Drone strikes killed 14 civilians in Kadugli on Wednesday", then a
    paragraph on "an army assault on the town on Tuesday, killing dozens of
    soldiers": two incidents, the fight in the town the story named.
    """
    text = (
        "PORT SUDAN, Oct 9 (Wire) - Drone strikes killed 14 civilians in the city of Kadugli "
        "on Wednesday, medics said.\n\n"
        "SPLM-N fighters said they had repelled an army assault on the city on Tuesday, "
        "killing dozens of soldiers."
    )
    events = conflictparse.parse(text, published="2025-10-09").events
    assert [("2025-10-08", "Kadugli", 14), ("2025-10-07", "Kadugli", 24)] == [
        (e.date and e.date.value, e.place and e.place.text, e.fatalities) for e in events
    ]


def test_a_next_days_toll_of_the_same_dead_stays_the_incidents() -> None:
    """ "Shelling killed 14 civilians ... on Wednesday", then "on Thursday two more civilians died": one incident."""
    text = (
        "PORT SUDAN, Oct 10 (Wire) - Shelling killed 14 civilians in the city of Kadugli "
        "on Wednesday, medics said.\n\n"
        "On Thursday, two more civilians died of their wounds after the shelling, a doctor said."
    )
    events = conflictparse.parse(text, published="2025-10-10").events
    assert 1 == len(events)


@pytest.mark.parametrize(
    "deed",
    [
        "A tank shell hit a tent camp for displaced families in al-Mawasi, killing eight people",
        "A drone attack on a tent camp in al-Mawasi killed eight people",
    ],
)
def test_a_tank_shell_or_a_drone_attack_on_a_camp_is_remote_violence(deed: str) -> None:
    """A tank shell hitting a tent camp, a drone attack: explosions/remote violence, not violence against civilians."""
    text = f"CAIRO, July 9 (Wire) - {deed} on Tuesday, medics said."
    [event] = conflictparse.parse(text, published="2025-07-09").events
    assert "Explosions/Remote violence" == event.event_type


def test_a_listed_town_no_part_tells_is_an_incident_without_a_toll() -> None:
    """
    "Killed nine people in Sumy, Poltava and Dnipro overnight", then only
    Sumy's and Poltava's dead: Dnipro is the lead's strike too, with the
    lead's night and no toll (the lead's nine less the parts' is no figure
    the story tells).
    """
    text = (
        "KYIV, March 4 (Wire) - Russian missiles killed nine people in Sumy, Poltava and "
        "Dnipro overnight, officials said on Tuesday.\n\n"
        "In Sumy, a missile hit an apartment block, killing five residents, the governor said.\n\n"
        "In Poltava, a drone struck a bus depot, killing two workers."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert [("Sumy", 5), ("Poltava", 2), ("Dnipro", None)] == [
        (e.place and e.place.text, e.fatalities) for e in events
    ]
    assert events[2].date == events[0].date
    assert events[2].side_a is not None
    assert "Military Forces of Russia" == events[2].side_a.canonical


def test_no_group_claimed_the_killings_leaves_the_agent_unidentified() -> None:
    """
    "Gunmen shot dead nine herders near Mopti ... No group claimed the
    killings." ("killings" is no trigger): the deed is an unidentified
    group's, not that of the group the story names for another attack.
    """
    text = (
        "BAMAKO, June 2 (Wire) - Gunmen shot dead nine herders near the village of Sofara in "
        "central Mali on Sunday, a local official said. No group claimed the killings.\n\n"
        "Separately, JNIM fighters attacked an army post in Boulkessi last week, the army said. "
        "JNIM has waged an insurgency across the region since 2017."
    )
    events = conflictparse.parse(text, published="2025-06-02").events
    first = events[0].side_a
    assert first is not None
    assert "Unidentified Armed Group (Mali)" == first.canonical


def test_attackers_said_to_belong_to_a_named_group_are_that_groups() -> None:
    """
    "Gangs stormed the town of Mirebalais ... The attackers belonged to the
    Viv Ansanm coalition": the raid is Viv Ansanm's, not an unidentified
    group's, though the story names another gang for another attack; unless
    the report says nobody claimed it.
    """
    text = (
        "PORT-AU-PRINCE, Nov 4 (Wire) - Armed gangs stormed the town of Cabaret on Sunday, "
        "killing 12 residents and burning dozens of homes, officials said. The attackers "
        "belonged to the Viv Ansanm coalition, according to a police spokesman.\n\n"
        "In a separate attack on Monday, gunmen from the Gran Grif gang opened fire on a bus "
        "near Saint-Marc, killing four passengers."
    )
    events = conflictparse.parse(text, published="2025-11-04").events
    first = events[0].side_a
    assert first is not None
    assert "Viv Ansanm" == first.canonical
    unclaimed = text.replace(
        "The attackers belonged to the Viv Ansanm coalition, according to a police spokesman.",
        "No group claimed the attack, which police blamed on the Viv Ansanm coalition.",
    )
    first = conflictparse.parse(unclaimed, published="2025-11-04").events[0].side_a
    assert first is not None
    assert "Viv Ansanm" != first.canonical


def test_a_junta_that_seized_power_tells_no_deed_of_an_incident() -> None:
    """
    "The military, which seized power in a 2021 coup, ..." in a background
    paragraph is no deed: it gives the army no attacker's vote in the
    incident before ("Resistance fighters ambushed a convoy ..."), whose
    side A stays the ambushers.
    """
    text = (
        "BANGKOK, Jan 9 (Wire) - Resistance fighters of the Karenni Nationalities Defence "
        "Force ambushed a Myanmar army convoy near Demoso on Wednesday, killing five "
        "soldiers, the group said. Three of its fighters were killed.\n\n"
        "The military, which seized power in a 2021 coup, has lost control of large parts "
        "of the country."
    )
    [event] = conflictparse.parse(text, published="2025-01-09").events
    assert event.side_a is not None
    assert "Military Forces" not in (event.side_a.canonical or "")
    assert event.side_b is not None
    assert "Military Forces of Myanmar (2021-)" == event.side_b.canonical


def test_an_attackers_word_on_its_target_makes_no_side_b_of_civilian_dead() -> None:
    """
    A missile that killed "eight people, including a child" in a block of
    flats, then "Russia's defence ministry said its forces had struck a
    command post of the Ukrainian army in the city": the dead are civilians,
    side B; the claim of the target, with no harm told, names no side B.
    """
    text = (
        "KYIV, May 8 (Wire) - A Russian missile struck a block of flats in the city of "
        "Zaporizhzhia on Wednesday, killing eight people, including a child, the regional "
        "governor said.\n\n"
        "Russia's defence ministry said its forces had carried out a strike on a command post "
        "of the Ukrainian army in the city."
    )
    [event] = conflictparse.parse(text, published="2025-05-08").events
    assert event.side_b is not None
    assert "Civilians" == event.side_b.canonical


def test_a_recalled_war_with_its_toll_joins_no_incident() -> None:
    """
    "... Hezbollah, which fought a year-long war with Israel that killed
    more than 4,000 people" after the day's strikes: the war's toll gives no
    incident its dead, and the war's "fought" gives Hezbollah no deed.
    """
    text = (
        "BEIRUT, Feb 9 (Wire) - Israeli strikes killed four people in southern Lebanon on "
        "Monday, the health ministry said.\n\n"
        "A strike on a house in Tyre killed a man and his son, and a drone strike on a "
        "motorcycle in Bint Jbeil killed two people.\n\n"
        "Israel says its near-daily strikes target Hezbollah, which fought a year-long war "
        "with Israel that killed more than 4,000 people in Lebanon."
    )
    events = conflictparse.parse(text, published="2025-02-09").events
    assert all((e.fatalities or 0) < 100 for e in events)
    assert all(
        e.side_a is not None and "Israel" in (e.side_a.canonical or "") for e in events
    )


def test_a_past_month_toll_does_not_date_an_undated_lead() -> None:
    """
    An undated lead ("killed at least 15 villagers in an attack in North
    Kivu, officials said on Friday"), then a later paragraph opening "In
    March, its fighters killed 30 people at a market in Beni": two
    incidents; the lead keeps its toll and takes no March date.
    """
    text = (
        "GOMA, Congo, May 9 (Wire) - Rebels of the Allied Democratic Forces killed at least 15 "
        "villagers in an attack in North Kivu province, officials said on Friday.\n\n"
        "In March, its fighters killed 30 people at a market in Beni."
    )
    events = conflictparse.parse(text, published="2025-05-09").events
    assert [15, 30] == [e.fatalities for e in events]
    assert events[0].date is not None
    assert "2025-03" != events[0].date.value


@pytest.mark.parametrize(
    ("deed", "kind"),
    [
        ("Gunmen armed with rifles, machetes and hand grenades stormed", "Battles"),
        ("Gunmen armed with rifles threw grenades at", "Explosions/Remote violence"),
    ],
)
def test_grenades_carried_make_no_blast(deed: str, kind: str) -> None:
    """ "Armed with rifles and grenades stormed a post": an assault; grenades thrown: a blast."""
    text = (
        f"BANNU, Pakistan, May 3 (Wire) - {deed} a police post in Bannu on Friday, killing "
        "four policemen, officials said."
    )
    [event] = conflictparse.parse(text, published="2025-05-03").events
    assert kind == event.event_type


def test_a_strike_blamed_on_a_group_is_that_groups() -> None:
    """ "A drone strike blamed on the RSF hit a market": the RSF's strike, not an unidentified party's."""
    text = (
        "KHARTOUM, May 3 (Wire) - A drone strike blamed on the Rapid Support Forces hit a "
        "fuel market in Omdurman on Friday, killing 12 traders, witnesses said."
    )
    [event] = conflictparse.parse(text, published="2025-05-03").events
    assert event.side_a is not None
    assert "Rapid Support Forces" == event.side_a.canonical


def test_another_partys_claim_of_firing_at_the_strikers_is_its_own_incident() -> None:
    """
    Israeli strikes killed a family in Rafah; "the Al-Quds Brigades said its
    fighters had fired rockets at Israeli troops north of Rafah", a paragraph
    on: the group's deed against the troops, not the side A of the strike.
    """
    text = (
        "CAIRO, April 2 (Wire) - Israeli air strikes killed at least 14 Palestinians in the "
        "Gaza Strip on Wednesday, medics said.\n\n"
        "In Rafah, a strike on a house killed six members of one family, including three "
        "children, Nasser Hospital said.\n\n"
        "The Al-Quds Brigades, the armed wing of Islamic Jihad, said its fighters had fired "
        "rockets at Israeli troops north of Rafah."
    )
    events = conflictparse.parse(text, published="2025-04-02").events
    strike = events[0]
    assert strike.side_a is not None
    assert "Military Forces of Israel" == strike.side_a.canonical
    assert strike.side_b is not None and "Civilians" == strike.side_b.canonical
    claim = [
        e
        for e in events
        if e.side_a and e.side_a.canonical == "Palestinian Islamic Jihad"
    ]
    assert len(claim) == 1 and not claim[0].fatalities


def test_the_strikers_own_word_on_its_target_stays_with_its_strike() -> None:
    """
    "Russia's defence ministry said its forces had struck a gathering of
    Ukrainian troops", after Russian missiles killed civilians: the
    striker's account of the same strike, no incident of its own.
    """
    text = (
        "KYIV, April 2 (Wire) - Russian missiles struck the city of Sumy on Tuesday, killing "
        "nine civilians, including two children, officials said.\n\n"
        "Russia's defence ministry said its forces had struck a gathering of Ukrainian troops "
        "in Sumy."
    )
    events = conflictparse.parse(text, published="2025-04-02").events
    assert 1 == len(events)


def test_a_claim_of_strikes_at_a_place_is_the_strike_on_the_party_named() -> None:
    """
    "Its forces had struck Houthi radar sites near Hodeidah", then a toll of
    "people" the ministry does not call civilians: the claim tells the
    strike (its night, its target), and the target is side B.
    """
    text = (
        "DUBAI, May 6 (Wire) - The U.S. Central Command said its forces had struck Houthi "
        "missile launchers and an arms depot near Saada on Monday night. The Houthi-run "
        "health ministry said four people were killed and 11 wounded in the strikes."
    )
    events = conflictparse.parse(text, published="2025-05-06").events
    assert 1 == len(events)
    assert events[0].side_b is not None
    assert "Houthis" == events[0].side_b.canonical
    assert events[0].date is not None
    assert "2025-05-05" == events[0].date.value


def test_a_partys_claim_of_its_own_deed_on_another_day_is_another_incident() -> None:
    """
    "Hamas's armed wing said its fighters had blown up an Israeli bulldozer
    ... on Monday", after Tuesday's strikes whose account named Hamas: the
    group's own deed of another day, not a part of the strikes.
    """
    text = (
        "CAIRO, June 11 (Wire) - Israeli air strikes killed 14 Palestinians in Khan Younis "
        "on Tuesday, medics said. The Israeli military said it had struck Hamas militants "
        "in the area.\n\nHamas's armed wing said its fighters had blown up an Israeli "
        "bulldozer with an explosive device east of Khan Younis on Monday."
    )
    events = conflictparse.parse(text, published="2025-06-11").events
    dates = sorted(e.date.value for e in events if e.date is not None)
    assert ["2025-06-09", "2025-06-10"] == dates


def test_another_after_a_strike_is_a_strike_of_its_own() -> None:
    """ "A strike on a van killed two men, while another levelled a house": the second is a strike too."""
    text = (
        "BEIRUT, March 3 (Wire) - A drone strike on a van near Tyre killed two men on "
        "Monday, while another levelled a house in the village of Qana, killing a woman "
        "and her son, the health ministry said."
    )
    events = conflictparse.parse(text, published="2025-03-03").events
    qana = [e for e in events if e.place is not None and e.place.text == "Qana"]
    assert 1 == len(qana)
    assert "Explosions/Remote violence" == qana[0].event_type


def test_a_leads_toll_of_people_sums_men_killed_in_a_town() -> None:
    """
    "Strikes killed seven people in southern Lebanon ... A strike on a car
    near Tyre killed two men": the lead sums the towns' dead, men too; the
    car's toll is two.
    """
    text = (
        "BEIRUT, March 5 (Wire) - Israeli strikes killed seven people in southern Lebanon "
        "on Tuesday, the health ministry said. A strike on a car near Tyre killed two men. "
        "Another strike hit a house in the village of Qana, killing a woman and her four "
        "children."
    )
    events = conflictparse.parse(text, published="2025-03-05").events
    tolls = {e.place.text: e.fatalities for e in events if e.place is not None}
    assert 2 == tolls["Tyre"]


def test_a_claim_about_the_camp_stays_with_the_camps_incident() -> None:
    """
    "... soldiers who were hiding in the camp", after an assault on a camp
    and then a strike on a market in another town: the claim is of the
    camp's incident, not of the last one told.
    """
    text = (
        "KHARTOUM, May 6 (Wire) - The toll from a paramilitary assault on a displacement "
        "camp near El Fasher rose to 60 on Tuesday, aid workers said.\n\n"
        "In a separate incident on Monday, a drone strike on a market in the town of Kutum "
        "killed four people.\n\n"
        "The Rapid Support Forces denied targeting civilians and said its fighters had "
        "killed dozens of army soldiers who were hiding in the camp."
    )
    events = conflictparse.parse(text, published="2025-05-06").events
    kutum = [e for e in events if e.place is not None and e.place.text == "Kutum"]
    assert 1 == len(kutum)
    assert ["four people"] == [c.text for c in kutum[0].casualties]


def test_a_second_claim_with_its_own_toll_is_another_incident() -> None:
    """
    "The army said it had struck militants in the town, and that its troops
    had killed four gunmen who attacked a checkpoint": the gunmen's deaths
    are another clash, not the strike's side B nor its dead.
    """
    text = (
        "CAIRO, June 11 (Wire) - Israeli air strikes killed 14 Palestinians in a house in "
        "Khan Younis on Tuesday, medics said.\n\nThe Israeli military said it had struck "
        "Hamas militants in the area, and that its troops had killed four gunmen who "
        "approached soldiers in northern Gaza."
    )
    events = conflictparse.parse(text, published="2025-06-11").events
    strike = [e for e in events if e.place is not None and e.place.text == "Khan Younis"]
    assert 1 == len(strike)
    assert ["14 Palestinians"] == [c.text for c in strike[0].casualties]
    assert strike[0].side_b is not None
    assert "Hamas" != strike[0].side_b.canonical


def test_a_dated_claim_joins_no_undated_clash_of_the_other_side() -> None:
    """ "... and that its troops had killed four gunmen", then Hamas's claim of Monday: two incidents."""
    text = (
        "CAIRO, June 11 (Wire) - Israeli air strikes killed 14 Palestinians in a house in "
        "Khan Younis on Tuesday, medics said.\n\nThe Israeli military said it had struck "
        "Hamas militants in the area, and that its troops had killed four gunmen who "
        "approached soldiers in northern Gaza.\n\nHamas's armed wing said its fighters had "
        "blown up an Israeli tank east of Gaza City on Monday."
    )
    events = conflictparse.parse(text, published="2025-06-11").events
    monday = [e for e in events if e.date is not None and e.date.value == "2025-06-09"]
    assert 1 == len(monday)
    assert [] == [c.text for c in monday[0].casualties]


def test_a_claim_of_strikes_with_no_place_is_no_incident() -> None:
    """ "Its forces had struck military sites", no place named: the party's summary of its strikes."""
    text = (
        "KYIV, May 6 (Wire) - Russian drones killed three people in Odesa overnight, the "
        "governor said.\n\nRussia's defence ministry said its forces had struck Ukrainian "
        "military sites and had downed 20 Ukrainian drones over the Kursk region."
    )
    events = conflictparse.parse(text, published="2025-05-06").events
    assert ["Odesa"] == [e.place.text for e in events if e.place is not None]


@pytest.mark.parametrize(
    ("headline", "second"),
    [
        ("Russian drones hit Kherson as missiles strike Zaporizhzhia", "Zaporizhzhia"),
        ("Missiles hit Dnipro as drones target Mykolaiv port", "Mykolaiv"),
    ],
)
def test_a_headlines_second_town_after_as_is_another_incident(
    headline: str, second: str
) -> None:
    """ "Drones hit X as missiles strike Y": Y's deed, told later, is not joined to X's."""
    first = headline.split(" hit ")[1].split(" as ")[0]
    text = (
        f"{headline}\n\n"
        f"KYIV, April 2 (Wire) - Russian drones struck {first} overnight, killing four people, "
        "officials said on Wednesday.\n\n"
        f"In {second}, missiles hit a warehouse and wounded two guards, the governor said."
    )
    events = conflictparse.parse(text, published="2025-04-02").events
    assert [first, second] == [e.place and e.place.text for e in events]
    assert [4, None] == [e.fatalities for e in events]


@pytest.mark.parametrize(
    "speaker",
    [
        "The army said in a statement late on Sunday that its soldiers and allied "
        "militiamen had repelled an assault on the town's northern checkpoints",
        "The army said its troops had repelled an assault on the town's northern checkpoints",
    ],
)
def test_a_claim_of_repelling_and_killing_makes_the_claimant_side_a(speaker: str) -> None:
    """
    A claim told as an incident of its own ("X said its troops had repelled
    an assault ..., killing dozens of fighters"), however long: the claimant
    fought and killed, side A; the fighters killed, side B.
    """
    text = (
        "PORT SUDAN, April 2 (Wire) - A drone strike hit a market in the town of Kadugli on "
        "Sunday, killing 17 traders, a local rights group said.\n\n"
        f"{speaker} overnight, killing dozens of Rapid Support Forces fighters."
    )
    events = conflictparse.parse(text, published="2025-04-02").events
    battle = events[-1]
    assert "Battles" == battle.event_type
    assert battle.side_a is not None
    assert "Military Forces of Sudan (2021-)" == battle.side_a.canonical
    assert battle.side_b is not None and "Rapid Support Forces" == battle.side_b.canonical


def test_an_assault_named_by_its_assailant_keeps_the_claimant_side_b() -> None:
    """ "The army said its forces had repelled an RSF assault on X, killing dozens": the RSF attacked, side A."""
    text = (
        "PORT SUDAN, April 2 (Wire) - The army said its forces had repelled a Rapid Support "
        "Forces assault on the town of Dilling on Sunday, killing dozens of the attackers."
    )
    [event] = conflictparse.parse(text, published="2025-04-02").events
    assert event.side_a is not None and "Rapid Support Forces" == event.side_a.canonical
    assert event.side_b is not None
    assert "Military Forces of Sudan (2021-)" == event.side_b.canonical


@pytest.mark.parametrize(("third", "read"), [("", True), (" and the SPLM-N", False)])
def test_a_fight_naming_nobody_takes_the_storys_two_warring_parties(
    third: str, read: bool
) -> None:
    """
    "Fighting continued on Monday around the town of Kadugli" in a story
    naming only the army and the RSF: their battle. A third armed party
    leaves it unread.
    """
    text = (
        "NAIROBI, April 2 (Wire) - Sudan's army and the paramilitary Rapid Support Forces"
        f"{third} have agreed to a week-long truce in Kordofan, mediators said on Wednesday.\n\n"
        "Fighting continued on Monday around the town of Kadugli, residents said."
    )
    [event] = conflictparse.parse(text, published="2025-04-02").events
    assert "Battles" == event.event_type
    sides = {x.canonical for x in (event.side_a, event.side_b) if x is not None}
    if read:
        assert {"Military Forces of Sudan (2021-)", "Rapid Support Forces"} == sides
        assert event.side_a is not None and event.side_a.provenance.confidence < 0.5
    else:
        assert not sides


def test_repelling_them_with_a_bare_toll_after_a_massacre_is_another_incident() -> None:
    """
    Rebels killed 18 villagers; a paragraph on, "the army said on Friday it
    had repelled them from Kiwanja, killing dozens": the dozens are the
    repelled fighters of another fight, not more dead of the massacre.
    """
    text = (
        "BENI, Congo, May 9 (Wire) - ADF fighters killed 18 civilians with machetes in the "
        "village of Mamove on Wednesday night, a local official said.\n\n"
        "M23 rebels advanced on Kiwanja this week. The army said on Friday it had repelled "
        "them, killing dozens."
    )
    events = conflictparse.parse(text, published="2025-05-09").events
    assert 18 == events[0].fatalities
    assert "Violence against civilians" == events[0].event_type


@pytest.mark.parametrize(
    ("taken", "kind"),
    [
        ("seizing assault rifles and a grenade launcher", "Battles"),
        ("then fired grenades at the patrol", "Explosions/Remote violence"),
    ],
)
def test_weapons_seized_make_no_blast(taken: str, kind: str) -> None:
    """ "Soldiers clashed with gunmen, killing three and seizing rifles and a grenade launcher": a battle."""
    text = (
        "MEXICO CITY, March 4 (Wire) - Soldiers clashed with gunmen in the town of Apatzingan "
        f"on Monday, killing three suspected cartel members and {taken}, the defence ministry "
        "said."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert kind == event.event_type


def test_a_flight_to_other_towns_is_no_incident() -> None:
    """ "Thousands fled towards the towns of A and B", told of no deed: no incident at the towns fled to."""
    text = (
        "PORT-AU-PRINCE, March 4 (Wire) - Gang members stormed the town of Saut-d'Eau on "
        "Monday, killing at least nine people, officials said.\n\n"
        "Some 3,000 residents fled towards the towns of Hinche and Mirebalais, the "
        "International Organization for Migration said."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert ["Saut-d'Eau"] == [e.place and e.place.text for e in events]


def test_said_that_before_a_strike_is_no_reference_back() -> None:
    """
    "The army said in a statement that air strikes carried out on Monday had
    killed 30 terrorists", a paragraph after Sunday's assault on a base: a
    strike of its own (not "that attack" told before), the army's.
    """
    text = (
        "BAMAKO, March 4 (Wire) - Jihadists killed at least 16 soldiers in an assault on an "
        "army base in the town of Boulkessi on Sunday, security sources said.\n\n"
        "The army said in a statement that air strikes carried out near the base on Monday "
        "had killed more than 30 terrorists."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert [16, 31] == [e.fatalities for e in events]  # ("more than 30")
    strike = events[1]
    assert "Explosions/Remote violence" == strike.event_type
    assert strike.side_a is not None and strike.side_a.kind == "state"


def test_missiles_with_two_modifiers_are_fired() -> None:
    """ "The Houthis fired two anti-ship ballistic missiles at a tanker": an explosive deed, the Houthis'."""
    text = (
        "DUBAI, March 4 (Wire) - The Houthis fired two anti-ship ballistic missiles at a "
        "tanker off the port of Mokha on Monday, a maritime security agency said."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert "Explosions/Remote violence" == event.event_type
    assert event.side_a is not None and "Houthis" == event.side_a.canonical


@pytest.mark.parametrize("modifier", ["", "pro-government "])
def test_two_parties_that_clashed_are_both_sides(modifier: str) -> None:
    """ "M23 rebels and (pro-government) Wazalendo militias clashed near X": both parties, A and B."""
    text = (
        "GOMA, March 4 (Wire) - M23 rebels and "
        f"{modifier}Wazalendo militias clashed near the town of Walikale on Monday, "
        "residents said."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    sides = [x.canonical for x in (event.side_a, event.side_b) if x is not None]
    assert ["M23", "Wazalendo"] == sides


def test_hours_after_another_partys_deed_is_another_incident() -> None:
    """
    "The Houthis fired missiles at a bulk carrier in the Gulf of Aden on
    Tuesday, hours after Israeli warplanes struck the port of Ras Isa": two
    incidents, each of its own party and place; the strike of the same day.
    """
    text = (
        "DUBAI, March 4 (Wire) - The Houthis fired two cruise missiles at a bulk carrier in "
        "the Gulf of Aden on Tuesday, hours after Israeli warplanes struck the port of Ras "
        "Isa, a maritime security agency said.\n\n"
        "The Houthi-run health ministry said five people were killed in the strikes."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert [("Houthis", None), ("Military Forces of Israel", 5)] == [
        (e.side_a and e.side_a.canonical, e.fatalities) for e in events
    ]
    assert events[0].date is not None and events[1].date is not None
    assert events[0].date.value == events[1].date.value == "2025-03-04"


def test_a_state_named_as_the_place_and_troops_described_are_no_agents() -> None:
    """
    "In Belarus, Ukrainian drones set fire to a depot ...; it said the depot
    supplied fuel to Russian troops fighting in Ukraine": Ukraine's strike
    (the state after "In" is the place, the troops "fighting" are described).
    """
    text = (
        "KYIV, March 4 (Wire) - In Russia, Ukrainian drones set fire to a fuel depot in the "
        "city of Bryansk overnight, the regional governor said.\n\n"
        "Ukraine's General Staff confirmed the strike on the depot, which it said supplied "
        "fuel to Russian troops fighting in Ukraine."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert event.side_a is not None
    assert "Military Forces of Ukraine" == event.side_a.canonical


def test_an_unnamed_group_is_of_the_country_it_struck_in() -> None:
    """
    "Insurgents killed 9 villagers in Cabo Delgado", in a story from Maputo
    that names Rwandan troops more than Mozambique: the unidentified group
    is Mozambique's.
    """
    text = (
        "MAPUTO, March 4 (Wire) - Insurgents killed nine villagers in the village of Mbau in "
        "Mocimboa da Praia district, Cabo Delgado province, on Sunday, officials said.\n\n"
        "Rwandan troops arrived on Monday. A Rwanda Defence Force spokesman said Rwandan "
        "soldiers were pursuing the attackers. Rwanda has sent 4,000 troops to the province."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert events[0].side_a is not None
    assert "Unidentified Armed Group (Mozambique)" == events[0].side_a.canonical


def test_repeated_operations_are_a_habit() -> None:
    """ "The military has launched repeated operations in the forest, but attacks have continued": background."""
    text = (
        "KADUNA, March 4 (Wire) - Seven farmers were shot dead in the village of Kutemeshi "
        "in Katsina State on Sunday, police said.\n\n"
        "The military has launched repeated operations in the Rugu forest, but attacks have "
        "continued."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert event.side_a is None or event.side_a.kind != "state"


def test_background_in_a_relative_clause_leaves_the_deed_and_toll() -> None:
    """
    "Six people died when a shell hit a market near Hpakant, where the KIA
    has fought junta troops since early last year": the toll is news; the
    clause's background, and the group it names, are none of the incident's.
    """
    text = (
        "BANGKOK, March 4 (Wire) - In Kachin State, six people died when a shell hit a market "
        "near Hpakant, where the Kachin Independence Army has fought junta troops since early "
        "last year, residents said."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert 6 == event.fatalities
    assert event.side_b is None or event.side_b.canonical != "Kachin Independence Army"


def test_the_attackers_own_wounded_make_no_battle_of_a_massacre() -> None:
    """A gang's massacre stays one against civilians though police shot two of the gang."""
    text = (
        "PORT-AU-PRINCE, Haiti (AP) - Gang members killed at least 70 people in an attack on "
        "a town early Thursday. The gang also set fire to 45 homes, the U.N. human rights "
        "office said. Sixteen people were injured, among them two gang members shot by police."
    )
    [event] = conflictparse.parse(text, published="2024-10-04").events
    assert "Violence against civilians" == event.event_type


@pytest.mark.parametrize(
    "background",
    [
        "Israel has kept up strikes in Syria despite a December 2024 truce.",
        "The army has kept up strikes in Lebanon since the 2024 peace deal.",
        "Israel has kept up strikes in Lebanon despite a November 2024 ceasefire.",
    ],
)
def test_a_month_naming_a_truce_dates_no_incident(background: str) -> None:
    """ "despite a November 2024 ceasefire": the month names the truce, not a new incident."""
    text = (
        "BEIRUT, Sept 22 (Wire) - An Israeli drone strike on a car in the southern Lebanese "
        "town of Nabatieh killed two people on Monday, Lebanon's health ministry said. "
        f"{background}"
    )
    events = conflictparse.parse(text, published="2025-09-22").events
    assert ["2025-09-22"] == [e.date.value for e in events if e.date is not None]


def test_an_incident_noun_keeps_its_month() -> None:
    """ "in a June 2024 raid": the month dates the raid (no milestone)."""
    folded = "gunmen killed 12 people in a june 2024 raid on the village."
    start = folded.index("june 2024")
    d = DateMention(
        span=Span(start=start, end=start + 9),
        text="june 2024",
        value="2024-06",
        precision="month",
        earliest=dt.date(2024, 6, 1),
        latest=dt.date(2024, 6, 30),
    )
    assert not _milestone_date(d, folded)
    truce = folded.replace("raid", "truce")
    assert _milestone_date(d, truce)


def test_an_owner_of_the_body_that_said_it_is_no_party() -> None:
    """ "the British military's ... agency said": the owner is the source, not side B."""
    text = (
        "DUBAI, May 4 (Wire) - U.S. warplanes struck the port of Ras Isa in Yemen late on "
        "Sunday, killing five people, a health official said. A tanker's crew reported an "
        "explosion near the vessel west of Ras Isa, the British military's United Kingdom "
        "Maritime Trade Operations (UKMTO) agency said."
    )
    events = conflictparse.parse(text, published="2025-05-04").events
    sides = {x.canonical for e in events for x in (e.side_a, e.side_b) if x is not None}
    assert "Military Forces of United Kingdom" not in sides


@pytest.mark.parametrize(
    ("after", "source"),
    [
        ("'s defence ministry said", True),
        ("'s united kingdom maritime trade operations (ukmto) agency said", True),
        ("'s drones struck the port overnight officials said", False),
        ("'s forces in the east said", False),
    ],
)
def test_an_owned_body_says(after: str, source: bool) -> None:
    """Only a body's name, no verb or clause, stands between its owner and "said"."""
    from conflictparse.parsers.events import _OWNED_SAYS_AFTER

    assert source == (_OWNED_SAYS_AFTER.match(after) is not None)


@pytest.mark.parametrize(
    ("later", "events_told"),
    [
        ("Soldiers later shelled two nearby villages, killing four civilians.", 2),
        ("Four civilians were also killed in the crossfire.", 1),
    ],
)
def test_a_later_reprisal_on_civilians_is_an_incident_of_its_own(
    later: str, events_told: int
) -> None:
    """ "Militants ambushed soldiers ... Soldiers later shelled nearby villages, killing four civilians": two incidents."""
    text = (
        "NIAMEY, Nov 3 (Wire) - Jihadist fighters killed nine soldiers in an ambush on a "
        f"patrol near the town of Tera in western Niger on Friday, officials said. {later}"
    )
    events = conflictparse.parse(text, published="2025-11-03").events
    assert events_told == len(events)
    assert all(e.date is not None and e.date.value == "2025-10-31" for e in events)


def test_a_headlines_replaced_toll_still_holds_its_victims() -> None:
    """ "Soldier killed in roadside bombing" over the lead's own count: the soldier is harmed, no side A."""
    text = (
        "Soldier killed, two wounded in roadside bombing in Nigeria's Borno\n\n"
        "MAIDUGURI, Nigeria, Dec 2 (Wire) - A Nigerian trooper was killed and two others "
        "were wounded when a roadside bomb exploded as their patrol passed near Gwoza on "
        "Tuesday morning, police said."
    )
    [event] = conflictparse.parse(text, published="2025-12-02").events
    assert event.side_a is None or event.side_a.kind != "state"


@pytest.mark.parametrize(
    ("before", "reporting"),
    [
        ("an earlier toll given by the group on ", True),
        ("a figure released by the health ministry on ", True),
        ("the toll from the attack on ", False),
    ],
)
def test_the_day_a_toll_was_given_is_no_incidents(before: str, reporting: bool) -> None:
    """ "An earlier toll given by the group on Tuesday": the day of the toll, not of the deed."""
    from conflictparse.parsers.events import _REPORTING_BEFORE, _has_reporting_word

    found = _has_reporting_word(before) and _REPORTING_BEFORE.search(before) is not None
    assert reporting == found


def test_a_second_sources_figure_bounds_the_toll() -> None:
    """Officials' 52 dead, then "Amnesty said it had counted at least 54 dead": best 52, high 54."""
    text = (
        "ABUJA, April 17 (Wire) - Gunmen killed at least 52 people in an attack on Zike "
        "village in Plateau State on Wednesday, local officials said. Amnesty International "
        "said it had counted at least 54 dead."
    )
    [event] = conflictparse.parse(text, published="2025-04-17").events
    assert (52, 52, 54, 52) == (event.low, event.best, event.high, event.fatalities)


@pytest.mark.parametrize("facility", ["a navy outpost", "a naval base", "an air base"])
def test_a_navy_or_air_base_taken_is_of_the_states_forces(facility: str) -> None:
    """ "Its fighters had captured a navy outpost": side B is the military whose post it was."""
    text = (
        "BANGKOK, March 4 (Wire) - The Arakan Army said on Monday that its fighters had "
        f"captured {facility} on an island near the town of Kyaukphyu in Myanmar's Rakhine "
        "State after three days of fighting.\n\nMyanmar's military has not commented."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert event.side_b is not None
    assert "Military Forces of Myanmar (2021-)" == event.side_b.canonical


def test_a_ship_referred_back_at_sea_is_of_the_ships_attack() -> None:
    """
    "One missile struck the ship about 40 nautical miles south of Mokha",
    after a strike told on Mokha: the ship's attack at sea, not the port's
    strike (a ship first named there keeps the port as its scene).
    """
    text = (
        "DUBAI, March 4 (Wire) - The Houthis fired three cruise missiles at a Greek-owned "
        "bulk carrier in the Gulf of Aden on Monday, a maritime security agency said.\n\n"
        "On Thursday, U.S. warplanes struck Houthi radar sites near the port city of Mokha, "
        "the U.S. military said.\n\n"
        "One missile struck the ship about 40 nautical miles south of Mokha, starting a fire "
        "on deck, the agency said."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    at = text.index("One missile")
    [ship] = [e for e in events if any(s.start <= at < s.end for s in e.support)]
    assert ship.side_a is not None and "Houthis" == ship.side_a.canonical
    assert ship.place is not None and "Mokha" != ship.place.text
    single = (
        "DUBAI, March 4 (Wire) - A Panama-flagged tanker reported a blast near its bow 50 "
        "nautical miles west of Mokha in Yemen on Monday, a maritime security agency said."
    )
    [event] = conflictparse.parse(single, published="2025-03-04").events
    assert event.place is not None and "Mokha" == event.place.text


def test_a_place_across_a_river_from_the_scene_is_no_scene() -> None:
    """
    "Russian artillery shelled Marhanets, across the reservoir from the
    occupied Zaporizhzhia nuclear power plant": Marhanets' own incident, not
    a part of the strike on the city of Zaporizhzhia told before.
    """
    text = (
        "KYIV, March 4 (Wire) - Russian missiles and drones killed seven people in Ukraine's "
        "Zaporizhzhia and Dnipropetrovsk regions overnight, officials said.\n\n"
        "In the city of Zaporizhzhia, a drone hit a car repair shop, killing four people.\n\n"
        "Russian artillery shelled Marhanets, across the reservoir from the occupied "
        "Zaporizhzhia nuclear power plant, killing three men."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert [("Zaporizhzhia", 4), ("Marhanets", 3)] == [
        (e.place and e.place.text, e.fatalities) for e in events
    ]


def test_gunmen_counted_as_killed_by_troops_are_side_b() -> None:
    """
    "Israeli troops killed four gunmen who approached soldiers": the troops
    fought and killed, side A; the gunmen counted, side B (not the
    perpetrators referred back to, as "two of the gunmen were shot dead").
    """
    text = (
        "GAZA, March 4 (Wire) - Israeli troops killed four gunmen who approached soldiers near "
        "Beit Hanoun in northern Gaza on Monday, the military said. Hamas did not comment."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert (
        event.side_a is not None and "Military Forces of Israel" == event.side_a.canonical
    )
    assert event.side_b is not None and "Hamas" == event.side_b.canonical
    gang = (
        "PORT-AU-PRINCE, March 4 (Wire) - In a separate attack on Monday, gunmen from the "
        "Gran Grif gang opened fire on a minibus near Liancourt, killing six passengers, "
        "police said."
    )
    [event] = conflictparse.parse(gang, published="2025-03-04").events
    assert event.side_a is not None and "Gran Grif" == event.side_a.canonical


def test_the_forces_harmed_beside_their_auxiliaries_are_side_b() -> None:
    """
    "JNIM fighters killed about 30 soldiers and volunteer fighters", later
    "the dead included eight members of the VDP" and "several soldiers were
    missing after the ambush": the army, whose dead the count is of, is side
    B, its auxiliaries only beside it; the missing soldiers are no attackers.
    """
    text = (
        "OUAGADOUGOU, March 4 (Wire) - JNIM fighters killed about 30 soldiers and volunteer "
        "fighters in an ambush on a convoy near the town of Djibo on Sunday, security sources "
        "said.\n\nOne source said the dead included eight members of the Volunteers for the "
        "Defence of the Homeland (VDP), the army's civilian auxiliaries. Several soldiers were "
        "missing after the ambush.\n\n"
        'The army said it had "neutralised" dozens of terrorists in air strikes as they '
        "withdrew."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert event.side_b is not None
    assert "Military Forces of Burkina Faso (2022-)" == event.side_b.canonical


def test_a_town_only_the_headline_names_is_no_scene_of_the_lead() -> None:
    """
    "Drone strike on El Fasher market kills 12, RSF shells Babanusa", then a
    lead on the market in El Fasher: the lead's incident is in El Fasher (the
    headline's other town is of the shelling the body tells later).
    """
    text = (
        "Drone strike on El Fasher market kills 12, RSF shells Babanusa\n\n"
        "PORT SUDAN, March 4 (Wire) - A drone strike on a crowded market in El Fasher, the "
        "capital of Sudan's North Darfur state, killed at least 12 people on Monday, medics "
        "said.\n\n"
        "In West Kordofan, RSF fighters shelled the town of Babanusa on Sunday, residents said."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert events[0].place is not None and "El Fasher" == events[0].place.text


def test_a_groups_toll_over_the_past_decade_is_background() -> None:
    """ "The group has killed thousands of civilians over the past decade": no party of the clash before it."""
    text = (
        "GOMA, March 4 (Wire) - M23 rebels and Wazalendo militias clashed near the town of "
        "Nyabiondo on Monday, residents said.\n\n"
        "The ADF, which has pledged allegiance to Islamic State, has killed thousands of "
        "civilians in eastern Congo over the past decade."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    sides = [x.canonical for x in (event.side_a, event.side_b) if x is not None]
    assert ["M23", "Wazalendo"] == sides


def test_a_states_repelled_assault_beside_shelling_of_civilians_is_its_own_battle() -> (
    None
):
    """
    Shelling killed 30 civilians in El Fasher; "the army said it had repelled
    an RSF assault on the city's southern outskirts, killing dozens": a
    battle of its own, the shelling's side B still the civilians.
    """
    text = (
        "PORT SUDAN, March 4 (Wire) - Shelling hit a crowded market in the city of El Fasher "
        "on Sunday, killing at least 30 civilians, a local rights group said.\n\n"
        "The army said it had repelled an RSF assault on the city's southern outskirts on "
        "Sunday, killing dozens of the attackers."
    )
    shelling, battle = conflictparse.parse(text, published="2025-03-04").events
    assert shelling.side_b is not None and "Civilians" == shelling.side_b.canonical
    assert "Battles" == battle.event_type
    sides = {x.canonical for x in (battle.side_a, battle.side_b) if x is not None}
    assert {"Rapid Support Forces", "Military Forces of Sudan (2021-)"} == sides


def test_a_launch_tally_is_no_detail_of_a_strike_on_the_launchers_soil() -> None:
    """
    "Ukraine's air force said Russia had launched 96 drones", after a drone
    attack on a depot in Russia: the tally is of the strikes on Ukraine, and
    Russia no party of the attack on its own depot.
    """
    text = (
        "KYIV, March 4 (Wire) - Russian drones killed three people in the city of Sumy "
        "overnight, the regional governor said.\n\n"
        "In Russia, a fire broke out at an oil depot in the Bryansk region after a drone "
        "attack overnight, the governor said.\n\n"
        "Ukraine's air force said Russia had launched 96 drones overnight, of which 70 were "
        "shot down."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    [depot] = [e for e in events if e.place is not None and e.place.country == "RU"]
    assert depot.side_a is None or depot.side_a.canonical != "Military Forces of Russia"


def test_a_toll_in_another_country_takes_no_agent_from_the_leads_sum() -> None:
    """
    "Russian strikes killed 12 people across Ukraine", the towns told after,
    then "a man was killed in Russia's Kursk region when a drone hit his
    car": no part of the lead's sum, nor the lead's perpetrator's.
    """
    text = (
        "KYIV, March 4 (Wire) - Russian strikes killed at least 12 people across Ukraine "
        "overnight, officials said.\n\n"
        "In the city of Kharkiv, a missile hit a factory, killing five workers. In Odesa, "
        "a drone hit a residential building, killing four people.\n\n"
        "In Russia's Kursk region, a man was killed when a drone hit his car, the governor "
        "said."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    [kursk] = [e for e in events if e.place is not None and e.place.country == "RU"]
    assert kursk.side_a is None or kursk.side_a.canonical != "Military Forces of Russia"


def test_a_region_of_one_country_counts_towards_the_storys_home() -> None:
    """
    "Israeli strikes killed 18 across the Gaza Strip, as mediators resumed
    talks in Qatar": the Gaza Strip, named again and again, makes the story
    Palestine's, and its lead is not placed at the talks in Doha.
    """
    text = (
        "Israeli strikes kill 18 in Gaza as truce talks resume in Doha\n\n"
        "CAIRO, March 4 (Wire) - Israeli air strikes killed at least 18 Palestinians across "
        "the Gaza Strip on Monday, health officials said, as mediators resumed talks in Qatar "
        "on a truce.\n\n"
        "Six people were killed when a strike hit a school sheltering displaced families in "
        "the Bureij camp, medics said. Officials in Doha said the talks would go on."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert all(e.place is None or e.place.country == "PS" for e in events)


def test_a_headlines_second_story_after_a_semicolon_is_no_part_of_the_first() -> None:
    """
    "Houthi assault on Taiz front kills 7 soldiers; drone hits Israeli
    city": the second story is another incident, which the body tells; its
    drone makes the assault no explosion.
    """
    text = (
        "Houthi assault on Taiz front kills 7 soldiers; drone hits Israeli city\n\n"
        "ADEN, March 4 (Wire) - Houthi fighters attacked government positions east of the "
        "city of Taiz on Monday, killing seven soldiers, a military official said.\n\n"
        "Government forces repelled the assault after hours of fighting, he said."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert "Battles" == events[0].event_type


def test_a_drone_told_by_where_it_was_launched_from_is_a_strike() -> None:
    """ "A drone launched from Lebanon hit a house in Metula": an explosive deed (not one intercepted)."""
    text = (
        "JERUSALEM, March 4 (Wire) - On Monday, a drone launched from Lebanon hit a house in "
        "the town of Metula in northern Israel, wounding three people, medics said."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert "Explosions/Remote violence" == event.event_type
    intercepted = (
        "JERUSALEM, March 4 (Wire) - The military said it had intercepted a missile launched "
        "from Yemen before it crossed into Israeli territory, setting off sirens in Tel Aviv."
    )
    assert not conflictparse.parse(intercepted, published="2025-03-04").events


def test_a_toll_restated_by_a_source_elsewhere_is_of_the_incident() -> None:
    """ "A local official in Goundam put the toll at 13": the strike's toll, not an incident in Goundam."""
    text = (
        "BAMAKO, March 4 (Wire) - A drone strike killed at least 11 civilians at a market in "
        "the village of Ber, near Timbuktu, on Sunday, residents said.\n\n"
        "A local official in Goundam, who asked not to be named, put the toll at 13."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert event.place is not None and "Ber" == event.place.text


def test_a_blame_for_a_deed_told_by_its_weapon_joins_that_deed() -> None:
    """
    "Drones struck a fuel depot in Port Sudan, while RSF shelling killed 12
    in El Fasher ... The government blamed the RSF for the drone attacks on
    the port city": the RSF's drones, not the shelling's.
    """
    text = (
        "PORT SUDAN, March 4 (Wire) - Drones struck a fuel depot near the airport in Port "
        "Sudan on Tuesday, witnesses said, while Rapid Support Forces shelling killed at "
        "least 12 people in El Fasher.\n\n"
        "The government blamed the RSF for the drone attacks on the port city, which had "
        "been spared for two years and hosts the UN's main hub."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    [depot] = [e for e in events if e.place is not None and e.place.text == "Port Sudan"]
    assert depot.side_a is not None and "Rapid Support Forces" == depot.side_a.canonical
    assert depot.side_b is None or depot.side_b.canonical != "United Nations"


def test_an_incident_with_no_scene_filed_from_a_hub_is_of_the_storys_country() -> None:
    """
    "BEIRUT ... Islamic State militants killed three members of the Syrian
    security forces in an ambush in the desert", in a story naming only
    Syrian places: Syria's incident, not one in Beirut where it was filed.
    """
    text = (
        "BEIRUT, March 4 (Wire) - Clashes between Syrian government forces and Kurdish-led "
        "fighters killed 11 people near the city of Raqqa on Monday, a war monitor said.\n\n"
        "Separately, Islamic State militants killed three members of the Syrian security "
        "forces in an ambush in the desert overnight, the interior ministry said."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert [e.place.country if e.place else None for e in events] == ["SY", "SY"]


def test_a_claim_by_a_party_no_incident_named_is_another_incident() -> None:
    """
    "The U.S. military said its forces had killed a senior Islamic State
    leader in a raid", on the days of clashes between government forces and
    the SDF: its own incident, not a part of the clashes (nor of one that
    names the state by another body: "Israel said it killed a Hezbollah
    commander in the strike" is the strike told before).
    """
    text = (
        "BEIRUT, March 4 (Wire) - Clashes between Syrian government forces and the Syrian "
        "Democratic Forces killed 12 fighters near the city of Raqqa on Monday, a war "
        "monitor said.\n\n"
        "On Monday, the U.S. military said its forces had killed a senior Islamic State leader "
        "in a raid in northwest Syria."
    )
    events = conflictparse.parse(text, published="2025-03-04").events
    assert 2 == len(events)
    assert events[0].side_a is not None
    assert "Military Forces of United States" != events[0].side_a.canonical
    strike = (
        "BEIRUT, March 4 (Wire) - An Israeli drone strike on a car in the town of Nabatieh "
        "killed two people on Monday, the health ministry said. Israel said it killed a "
        "Hezbollah commander in the strike."
    )
    assert 1 == len(conflictparse.parse(strike, published="2025-03-04").events)


def test_a_sponsor_is_no_scene_and_counted_fighters_are_of_the_named_sides() -> None:
    """
    "... accused the U.S.-backed force of breaking its word": the sponsor is
    no place of the clash, and the clash is between the two forces named,
    not the unnamed "fighters" counted.
    """
    text = (
        "BEIRUT, March 4 (Wire) - Clashes between Syrian government forces and the Syrian "
        "Democratic Forces (SDF) killed at least 12 fighters near the city of Raqqa on "
        "Monday, a war monitor said.\n\n"
        "Syria's defence ministry said its forces had responded to an attack on an army post "
        "by the SDF, and accused the U.S.-backed force of breaking its word."
    )
    [event] = conflictparse.parse(text, published="2025-03-04").events
    assert event.place is not None and "U.S." != event.place.text
    sides = {x.canonical for x in (event.side_a, event.side_b) if x is not None}
    assert {"Military Forces of Syria (2024-)", "Syrian Democratic Forces"} == sides


def test_another_takes_up_the_strike_of_the_sentence_before() -> None:
    """
    "One shell hit a school ... Another hit a clinic in Y": the second
    sentence's "another" is a shell too, a strike of its own at its own
    place, not violence against civilians by an unnamed hand; and "X did not
    claim any attack" tells no attack by X.
    """
    text = (
        "TRIPOLI, Lebanon, Oct 3 (Wire) - Israeli drone strikes killed nine people in two "
        "towns of northern Lebanon on Thursday, the health ministry said.\n\n"
        "One strike hit a flat in the town of Minyeh, killing four women. Another hit a van "
        "near Halba, killing three Hezbollah members and two children.\n\n"
        "Hezbollah did not claim any attack on Israel on Thursday."
    )
    events = conflictparse.parse(text, published="2026-10-03").events
    van = next(e for e in events if e.place is not None and e.place.text == "Halba")
    assert "Explosions/Remote violence" == van.event_type
    assert van.side_a is not None and "Military Forces of Israel" == van.side_a.canonical
    assert van.side_b is not None and "Hezbollah" == van.side_b.canonical
    assert 5 == van.fatalities


def test_drones_shot_down_are_no_deed_of_the_air_defence() -> None:
    """
    "its forces had shot down 20 Ukrainian drones": an interception, not a
    shooting by Russia's forces, so the drone that then hit a house is a
    remote strike, not violence by the air defence against a civilian.
    """
    text = (
        "MOSCOW, Feb 3 (Wire) - Russia's defence ministry said on Tuesday its forces had shot "
        "down 20 Ukrainian drones over the Kursk region overnight. A woman was wounded when a "
        "drone hit a house in the town of Rylsk, the regional governor said."
    )
    [event] = conflictparse.parse(text, published="2026-02-03").events
    assert "Explosions/Remote violence" == event.event_type
    assert event.side_a is None or "Military Forces of Russia" != event.side_a.canonical


def test_where_a_minister_spoke_is_no_scene() -> None:
    """ "he told reporters in Cucuta": where the minister spoke, not the clashes' scene."""
    text = (
        "BOGOTA, May 26 (Wire) - Fighting between ELN rebels and FARC dissidents in the "
        "Catatumbo region has killed at least 23 people since Friday, the ombudsman said. "
        '"The ELN is attacking the population," the defence minister told reporters in Cucuta.'
    )
    [event] = conflictparse.parse(text, published="2026-05-26").events
    assert event.place is not None and "Cucuta" != event.place.text


def test_where_a_witness_spoke_from_is_no_scene() -> None:
    """ "told Wire by phone from the nearby town of Y": the witness's place, not the attack's."""
    text = (
        "MOGADISHU, May 9 (Wire) - Militants attacked an army post in the Lower Shabelle "
        "region on Friday, killing six soldiers, an officer told Wire by phone from the "
        "nearby town of Afgooye."
    )
    [event] = conflictparse.parse(text, published="2026-05-09").events
    assert event.place is not None and "Afgooye" != event.place.text


def test_a_headline_participle_harms_its_subject() -> None:
    """ "Colombian soldiers killed in ELN drone attack": the soldiers were killed, the ELN attacked."""
    text = (
        "Colombian soldiers killed in ELN drone attack on base\n\n"
        "BOGOTA, May 26 (Wire) - Three soldiers were killed and six wounded on Sunday in the "
        "northeastern region of Catatumbo, the army said. Troops later captured two ELN members "
        "suspected of taking part."
    )
    [event] = conflictparse.parse(text, published="2026-05-26").events
    assert event.side_a is not None
    assert "National Liberation Army (Colombia)" == event.side_a.canonical


def test_unidentified_gunmen_stay_unnamed() -> None:
    """
    "shot dead by unidentified gunmen", then a background sentence naming the
    TTP: the report says it does not know them, so no named group is lent.
    """
    text = (
        "QUETTA, Pakistan, June 2 (Wire) - Two policemen were shot dead by unidentified "
        "gunmen on motorcycles in the town of Turbat on Monday, police said. Islamabad "
        "accuses Kabul of sheltering TTP fighters, which Kabul denies."
    )
    [event] = conflictparse.parse(text, published="2026-06-02").events
    assert event.side_a is not None and event.side_a.canonical.startswith("Unidentified")


def test_the_harmed_partys_later_strike_is_an_incident_of_its_own() -> None:
    """
    "... killing four soldiers. The army said its jets later struck the
    attackers' hideout, killing six militants": the army's answer is its
    own air strike, not more dead of the ambush.
    """
    text = (
        "BAGHDAD, March 3 (Wire) - Islamic State militants ambushed an army patrol in the "
        "Mutaibijah area of Salahuddin province on Monday, killing four soldiers, security "
        "sources said.\n\n"
        "The army said in a statement that its aircraft later struck the attackers' hideout "
        "in nearby hills, killing six militants."
    )
    events = conflictparse.parse(text, published="2026-03-03").events
    assert [4, 6] == [e.fatalities for e in events]
    assert "Explosions/Remote violence" == events[1].event_type
    assert (
        events[1].side_a is not None
        and "Military Forces of Iraq" == events[1].side_a.canonical
    )


def test_the_operator_of_a_site_is_no_party() -> None:
    """ "near a site run by the U.S.-backed foundation": the site's operator was not fired on."""
    text = (
        "CAIRO, June 3 (Wire) - Israeli troops opened fire on crowds of Palestinians waiting "
        "for food in southern Gaza on Tuesday, killing at least 12 people, health officials "
        "said. The "
        "shooting happened near a site run by the U.S.-backed Gaza Humanitarian Foundation."
    )
    [event] = conflictparse.parse(text, published="2026-06-03").events
    assert event.side_b is not None and "Civilians" == event.side_b.canonical


def test_elsewhere_takes_the_day_of_the_incident_before() -> None:
    """ "Elsewhere, an air strike on a tent killed four": the story's round of the same day."""
    text = (
        "CAIRO, June 3 (Wire) - An Israeli strike on a school in Gaza City killed 15 people on "
        "Monday, medics said.\n\n"
        "Elsewhere, an Israeli air strike on a tent in al-Mawasi killed a woman and her two "
        "children, medics said."
    )
    events = conflictparse.parse(text, published="2026-06-03").events
    assert ["2026-06-01", "2026-06-01"] == [e.date.value for e in events if e.date]


def test_a_claim_of_the_base_returns_to_the_assault_on_the_base() -> None:
    """
    "JNIM said it had killed 60 soldiers and seized the base", after an
    assault on an army base and then a strike in another province: the
    claim is of the base's incident, not of the strike told last.
    """
    text = (
        "BAMAKO, Oct 7 (Wire) - Jihadist fighters attacked an army base in the central "
        "Malian town of Boni on Sunday, killing at least 20 soldiers, security sources said.\n\n"
        "On Monday, a drone strike on a wedding in the northern town of Aguelhok killed "
        "eight civilians, residents said.\n\n"
        "JNIM said in a statement that it had killed 60 soldiers and seized the base."
    )
    events = conflictparse.parse(text, published="2026-10-07").events
    base = next(e for e in events if e.place is not None and e.place.text == "Boni")
    assert "60 soldiers" in [c.text for c in base.casualties]


def test_a_statement_read_on_television_dates_the_statement() -> None:
    """ "the army said in a statement read on state television on Monday": Monday is the statement's day."""
    text = (
        "OUAGADOUGOU, Oct 7 (Wire) - Troops killed dozens of militants in the north of the "
        "country, the army said in a statement read on state television on Monday."
    )
    [event] = conflictparse.parse(text, published="2026-10-07").events
    assert event.date is not None and "2026-10-05" != event.date.value


@pytest.mark.parametrize(
    ("text", "fatalities"),
    [
        ("Gunmen stormed a school on Sunday, killing a teacher and a security guard.", 2),
        ("Gunmen killed two teachers and three farmers in the village on Sunday.", 5),
        (
            "Insurgents ambushed a truck on Sunday, killing the driver and two passengers.",
            3,
        ),
    ],
)
def test_victims_listed_side_by_side_add_up(text: str, fatalities: int) -> None:
    """ "a teacher and a security guard": two dead of one category, not one told twice."""
    [event] = conflictparse.parse(text, published="2026-06-30").events
    assert fatalities == event.fatalities


def test_a_hallmark_names_a_suspect_not_a_victim() -> None:
    """ "the attack bore the hallmarks of Boko Haram or its rival ISWAP": suspects, not its targets."""
    text = (
        "MAIDUGURI, Nigeria, June 30 (Wire) - A suicide bomber killed 12 people at a market "
        "in the town of Gwoza on Saturday, police said. No group has claimed the attack, but "
        "suicide bombings in markets are a hallmark of Boko Haram and its rival ISWAP."
    )
    [event] = conflictparse.parse(text, published="2026-06-30").events
    assert event.side_b is not None and "Civilians" == event.side_b.canonical


def test_a_region_of_one_province_is_a_better_scene_than_its_country() -> None:
    """ "in Colombia's northeastern Catatumbo region": the region, not the dateline's capital."""
    text = (
        "BOGOTA, Jan 19 (Wire) - At least 40 people have been killed in clashes between ELN "
        "guerrillas and FARC dissidents in Colombia's northeastern Catatumbo region since "
        "Thursday, the governor said on Sunday."
    )
    [event] = conflictparse.parse(text, published="2026-01-19").events
    assert event.place is not None and "Catatumbo" == event.place.text


def test_a_rivalry_the_attack_belongs_to_names_no_target() -> None:
    """ "linked to a turf war between the CJNG and a local gang": context, not the party shot at."""
    text = (
        "MEXICO CITY, May 7 (Wire) - Gunmen opened fire on a family party in the town of "
        "Celaya late on Tuesday, killing nine people, prosecutors said. Local media said the "
        "attack was linked to a turf war between the Jalisco New Generation Cartel (CJNG) and "
        "the local Santa Rosa de Lima gang."
    )
    [event] = conflictparse.parse(text, published="2026-05-07").events
    assert event.side_b is not None and "Civilians" == event.side_b.canonical


def test_blamed_on_a_described_group() -> None:
    """ "a drone strike blamed on Sudan's paramilitary Rapid Support Forces": the RSF struck."""
    text = (
        "KHARTOUM, Sudan (Wire) - A drone strike blamed on Sudan's paramilitary Rapid Support "
        "Forces hit a camp for displaced people near Kutum on Wednesday, killing 17 people, "
        "aid workers said."
    )
    [event] = conflictparse.parse(text, published="2026-10-16").events
    assert event.side_a is not None and "Rapid Support Forces" == event.side_a.canonical


def test_explosives_seized_are_no_explosion() -> None:
    """ "Weapons and explosives were recovered": troops fought the militants, nothing exploded."""
    text = (
        "ISLAMABAD, April 29 (Wire) - Pakistani security forces killed 16 militants trying "
        "to cross from Afghanistan in North Waziristan, the military said. Weapons and "
        "explosives were recovered."
    )
    [event] = conflictparse.parse(text, published="2026-04-29").events
    assert "Battles" == event.event_type


def test_a_ships_flag_is_no_scene() -> None:
    """ "the Liberia-flagged Eternity C ... off Hodeidah": Liberia is the flag, not where it was hit."""
    text = (
        "Houthis claim attack on Greek-owned ship in Red Sea; crew missing\n\n"
        "DUBAI, July 8 (Wire) - Yemen's Houthi militia said on Tuesday it had attacked a "
        "Greek-owned bulk carrier in the Red Sea with drones and missiles, and that the ship "
        "was sinking, a day after the British maritime agency UKMTO reported an attack on a "
        "vessel off the port of Hodeidah.\n\n"
        "UKMTO said the ship, the Liberia-flagged Eternity C, had come under fire from small "
        "craft and rocket-propelled grenades about 50 nautical miles southwest of Hodeidah on "
        "Monday. Two crew members were killed and at least 6 were missing, a maritime security "
        "source said."
    )
    events = conflictparse.parse(text, published="2026-07-08").events
    assert all(e.place is None or "Liberia" != e.place.text for e in events)


def test_the_forces_pursuit_on_another_day_is_an_incident_of_its_own() -> None:
    """
    "ADF rebels killed 40 people late on Monday ... Army spokesman said
    troops had killed four ADF fighters in pursuit on Tuesday": the army's
    own operation of another day, whose dead are the attackers, is a battle
    of its own (at the massacre's village), not more dead of the massacre.
    """
    text = (
        "BENI, Congo, Dec 2 (Wire) - Rebels from the Allied Democratic Forces (ADF) killed at "
        "least 40 people at a funeral in the village of Ntoyo late on Monday, a local official "
        "said. Army spokesman Marc Elongo said troops had killed four ADF fighters in pursuit "
        "on Tuesday."
    )
    events = conflictparse.parse(text, published="2026-12-02").events
    assert [40, 4] == [e.fatalities for e in events]
    pursuit = events[1]
    assert pursuit.side_a is not None and pursuit.side_a.kind == "state"
    assert pursuit.place is not None and "Ntoyo" == pursuit.place.text


def test_a_state_body_speaking_of_its_officers_deed_is_its_agent() -> None:
    """ "Police said officers had exchanged fire with gang members, killing three": the police's deed."""
    text = (
        "PORT-AU-PRINCE, Oct 14 (Wire) - Police said officers backed by foreign personnel had "
        "exchanged fire with gang members in the town of Pont-Sonde on Monday, killing three "
        "of them."
    )
    [event] = conflictparse.parse(text, published="2026-10-14").events
    assert event.side_a is not None and "Police Forces of Haiti" == event.side_a.canonical


def test_a_claim_of_the_ambush_returns_to_the_ambush() -> None:
    """
    "JNIM, al Qaeda's affiliate in the Sahel, said its fighters had killed 30
    soldiers in the ambush", after the army's pursuit on the next day: the
    ambush's claim (its region, of no country, is no scene of its own).
    """
    text = (
        "OUAGADOUGOU, June 30 (Wire) - Islamist militants ambushed a convoy near Djibo in "
        "northern Burkina Faso on Saturday, killing seven soldiers, security sources said.\n\n"
        "The army said in a statement that troops had pursued the attackers on Sunday, killing "
        '"dozens of terrorists".\n\n'
        "JNIM, al Qaeda's affiliate in the Sahel, said in a statement that its fighters had "
        "killed 30 soldiers in the ambush."
    )
    events = conflictparse.parse(text, published="2026-06-30").events
    ambush = next(
        e for e in events if e.date is not None and e.date.value == "2026-06-27"
    )
    assert "30 soldiers" in [c.text for c in ambush.casualties]


def test_a_figure_estimated_by_a_report_names_no_agent() -> None:
    """ "Its fighters, estimated by a U.N. report at 3,000": the U.N. is a source, not a party."""
    text = (
        "BAGHDAD, Sept 3 (Wire) - Iraq's Joint Operations Command said in a statement that "
        "security forces had launched a search operation in the area and that air strikes by "
        "Iraqi F-16 jets killed four militants in the Hamrin mountains on Wednesday morning.\n\n"
        "Islamic State seized large parts of Iraq in 2014 but was defeated in 2017. Its "
        "remaining fighters, estimated by a U.N. report at between 1,500 and 3,000, still "
        "carry out hit-and-run attacks."
    )
    [event] = conflictparse.parse(text, published="2026-09-03").events
    assert event.side_a is None or "United Nations" != event.side_a.canonical


def test_a_fight_that_pitted_two_groups() -> None:
    """ "The fighting pitted the Radaa force against units of the 444 Brigade": both are sides."""
    text = (
        "TRIPOLI, Nov 10 (Wire) - Heavy clashes in Tripoli overnight killed at least eight "
        "people, the emergency medicine centre said. The fighting pitted the Radaa force, "
        "which controls Mitiga airport, against units of the 444 Brigade, residents said."
    )
    [event] = conflictparse.parse(text, published="2026-11-10").events
    sides = {x.canonical for x in (event.side_a, event.side_b) if x is not None}
    assert {"Rada Special Deterrence Force", "444 Brigade"} == sides


def test_a_claim_past_a_bracketed_acronym() -> None:
    """ "The outlawed Baloch Liberation Army (BLA) claimed responsibility": the BLA is side A."""
    text = (
        "QUETTA, Pakistan, March 3 (Wire) - Five soldiers were killed when a roadside bomb "
        "struck their vehicle near Turbat on Sunday, the military said. The outlawed Baloch "
        "Liberation Army (BLA) claimed responsibility in a message to reporters. Islamabad "
        "accuses Kabul of sheltering militants."
    )
    [event] = conflictparse.parse(text, published="2026-03-03").events
    assert (
        event.side_a is not None
        and "Balochistan Liberation Army" == event.side_a.canonical
    )


def test_what_the_military_called_its_target() -> None:
    """ "struck what the military called Hezbollah infrastructure": the military names, Israel struck."""
    text = (
        "BEIRUT, July 29 (Wire) - Israeli warplanes struck what the military called Hezbollah "
        "infrastructure in the Bekaa valley overnight, killing three people in the town of "
        "Baalbek. Lebanese President Joseph Aoun said the army was ready to deploy along the "
        "border and urged France to press Israel to halt its attacks."
    )
    [event] = conflictparse.parse(text, published="2026-07-29").events
    assert (
        event.side_a is not None and "Military Forces of Israel" == event.side_a.canonical
    )


def test_a_first_count_gives_way_to_the_risen_toll() -> None:
    """
    "initially killing 18 people", then "the toll rose to 32": the incident's
    dead are 32, and the civilians the first count named are still its side B.
    """
    text = (
        "MAIDUGURI, Nigeria, June 30 (Wire) - The death toll from a suicide bombing at a market "
        "in the town of Konduga rose to 32 on Monday, emergency officials said.\n\n"
        "A female suicide bomber detonated explosives at the fish market in the town of "
        "Konduga on Saturday evening, initially killing 18 people, police said on Sunday.\n\n"
        "A day earlier, gunmen killed four farmers in the Jere area outside Maiduguri, "
        "residents said."
    )
    event = conflictparse.parse(text, published="2026-06-30").events[0]
    assert 32 == event.fatalities
    assert event.side_b is not None and "Civilians" == event.side_b.canonical


def test_a_claim_by_a_group_named_by_no_name() -> None:
    """
    "The al Qaeda-linked group said on its radio that its fighters had killed
    35 soldiers": its fighters are the claimant, and the claim bounds the
    toll instead of adding to it.
    """
    text = (
        "MOGADISHU, Feb 11 (Wire) - Al Shabaab fighters stormed a Somali army base in the town "
        "of Sabid on Tuesday, killing at least 17 soldiers, a military officer said. The al "
        "Qaeda-linked group said on its Andalus radio that its fighters had killed 35 soldiers."
    )
    [event] = conflictparse.parse(text, published="2026-02-11").events
    assert (17, 35) == (event.fatalities, event.high)


def test_an_allys_description_names_no_target() -> None:
    """ "The SDF, the main U.S. ally in the fight against Islamic State, said": IS is no side of the strike."""
    text = (
        "QAMISHLI, Syria, Jan 13 (Wire) - Turkish drones struck positions of the Syrian "
        "Democratic Forces (SDF) near the town of Kobani on Monday, killing six fighters, the "
        "SDF said. The SDF, the main U.S. ally in the fight against Islamic State in Syria, "
        "said Turkish-backed factions had also shelled villages near the Tishrin dam."
    )
    [event] = conflictparse.parse(text, published="2026-01-13").events
    assert (
        event.side_b is not None and "Syrian Democratic Forces" == event.side_b.canonical
    )
