"""
Regression tests for modern wire copy, read through the whole pipeline
(actors and events): claims of an attack, a state's weapons as its military,
a possessive country, a capture elsewhere, "the <demonym> capital", water
bodies, massacres of civilians and overnight strikes. Each rule has its
counter-cases, ALL-CAPS (MUC-style) copy among them, that must not change.

The stories are written for these tests (wire style, no real report).
"""

from __future__ import annotations

import datetime as dt

import pytest

from conflictparse import Event, Report, parse

PUBLISHED = dt.date(2025, 3, 17)  # a Monday


def _events(text: str) -> tuple[Event, ...]:
    return parse(text, published=PUBLISHED).events


def _report(text: str) -> Report:
    return parse(text, published=PUBLISHED)


def _canonical_at(report: Report, words: str) -> str | None:
    """The canonical name of the actor mention whose text ends with *words*."""
    for a in report.actors:
        if a.text.endswith(words):
            return a.canonical
    return None


# --- 1. a claim of responsibility names side A; the attackers are never side B

CLAIMS = [
    pytest.param(
        "KISMAYO, Somalia (Reuters) - A car bomb exploded at a checkpoint near the "
        "seaport of Kismayo on Sunday, killing six people, police said. Al Shabaab, "
        "which has fought the government for years, said its fighters were behind the "
        "explosion. Two of the attackers were shot dead by guards, a police officer said.",
        "al-Shabaab",
        id="said-its-fighters-were-behind",
    ),
    pytest.param(
        "BAIDOA, Somalia (Reuters) - A roadside bomb hit a minibus outside Baidoa on "
        "Friday, killing four passengers, residents said. Al Shabaab said it carried "
        "out the bombing.",
        "al-Shabaab",
        id="said-it-carried-out",
    ),
]


@pytest.mark.parametrize(("text", "side_a"), CLAIMS)
def test_group_claiming_the_attack_is_side_a(text: str, side_a: str) -> None:
    """A group saying its fighters were behind an attack is side A, not the report's source."""
    [event, *_] = _events(text)
    assert event.side_a is not None
    assert side_a == event.side_a.canonical


def test_named_attackers_killed_are_never_side_b() -> None:
    """ "Two of the attackers were shot dead": the attackers stay side A's, not side B."""
    [event, *_] = _events(str(CLAIMS[0].values[0]))
    assert event.side_b is None or "al-Shabaab" != event.side_b.canonical


NOT_A_CLAIM = [
    pytest.param(
        "KABUL (Reuters) - A bomb exploded near a mosque in Kabul on Friday, killing "
        "five worshippers. Police said the group was behind the blast.",
        "Police Forces of Afghanistan",
        id="police-blaming-a-group-is-the-source",
    ),
    pytest.param(
        "SANAA, Yemen (AP) - Warplanes struck a rebel depot near Sanaa on Saturday, "
        "killing two guards, residents said. The strikes came a day after the Houthis "
        "claimed a missile attack on a tanker.",
        "Houthis",
        id="claimed-an-other-attack",
    ),
    pytest.param(
        "SAN SALVADOR, 12 JAN 90 (RADIO) -- [TEXT] THE POLICE SAID THE GUERRILLAS WERE "
        "BEHIND THE BOMBING OF A POWER PYLON IN SOYAPANGO ON 10 JANUARY.",
        "Police Forces of El Salvador",
        id="all-caps-police-source",
    ),
]


@pytest.mark.parametrize(("text", "not_side_a"), NOT_A_CLAIM)
def test_a_report_of_someone_else_is_not_a_claim(text: str, not_side_a: str) -> None:
    """A source blaming another group, or a claim of another incident, does not make side A."""
    for event in _events(text):
        assert event.side_a is None or not_side_a != event.side_a.canonical


# --- 2. a demonym before a weapon or force noun names the state's military

WEAPONS = [
    pytest.param(
        "KHARKIV, Ukraine - Russian drones struck a fuel depot in Sumy overnight, "
        "killing two workers, the governor said on Tuesday.",
        "Russian drones",
        "Military Forces of Russia",
        id="russian-drones",
    ),
    pytest.param(
        "BEIRUT (Reuters) - An Israeli air strike killed two people in a car near "
        "Nabatieh on Tuesday, the health ministry said.",
        "Israeli air strike",
        "Military Forces of Israel",
        id="israeli-air-strike",
    ),
    pytest.param(
        "KYIV - Russian missiles and drones hit power plants across Ukraine on Sunday, "
        "killing three people, officials said.",
        "Russian missiles",
        "Military Forces of Russia",
        id="russian-missiles-and-drones",
    ),
]


@pytest.mark.parametrize(("text", "words", "canonical"), WEAPONS)
def test_demonym_before_a_weapon_is_the_states_military(
    text: str, words: str, canonical: str
) -> None:
    """ "Russian drones struck": the actor is Russia's military, and it is side A."""
    report = _report(text)
    assert canonical == _canonical_at(report, words)
    [event, *_] = report.events
    assert event.side_a is not None
    assert canonical == event.side_a.canonical


NOT_WEAPONS = [
    pytest.param(
        "Police found Russian-made missiles in a truck near Kherson.", id="made-in"
    ),
    pytest.param("Kyiv asked Washington for more missiles on Monday.", id="no-demonym"),
    pytest.param(
        "THE SALVADORAN GUERRILLAS FIRED ROCKETS AT A GARRISON IN USULUTAN.",
        id="all-caps-no-demonym-before-weapon",
    ),
]


@pytest.mark.parametrize("text", NOT_WEAPONS)
def test_weapon_without_a_demonym_names_no_military(text: str) -> None:
    """A weapon noun without a demonym (or after "-made") makes no state actor."""
    report = _report(text)
    assert [] == [a for a in report.actors if a.canonical == "Military Forces of Russia"]


# --- 3. a possessive country binds the state organ after it

POSSESSIVE = [
    pytest.param(
        "KYIV, Ukraine - Russia's defence ministry said on Monday that its air defences "
        "had shot down 30 drones.",
        "defence ministry",
        "Government of Russia",
        id="russias-defence-ministry",
    ),
    pytest.param(
        "BEIRUT (Reuters) - Iran's foreign ministry condemned the strike on Tuesday.",
        "foreign ministry",
        "Government of Iran",
        id="irans-foreign-ministry",
    ),
    pytest.param(
        "MOSCOW (Reuters) - Ukraine's defence ministry said its drones hit a refinery.",
        "defence ministry",
        "Government of Ukraine",
        id="ukraines-defence-ministry",
    ),
]


@pytest.mark.parametrize(("text", "words", "canonical"), POSSESSIVE)
def test_possessive_country_binds_the_state_organ(
    text: str, words: str, canonical: str
) -> None:
    """ "Russia's defence ministry" in a story datelined Kyiv is Russia's government."""
    assert canonical == _canonical_at(_report(text), words)


def test_state_organ_without_a_possessive_keeps_the_dateline_country() -> None:
    """With no possessive, "the defence ministry" is the dateline country's."""
    text = (
        "KYIV, Ukraine - The defence ministry said on Monday that 30 drones were downed."
    )
    assert "Government of Ukraine" == _canonical_at(_report(text), "defence ministry")


def test_its_troops_are_those_of_the_organ_named_before() -> None:
    """ "Russia's defence ministry said its troops": the troops are Russia's."""
    text = (
        "ODESA, Ukraine (Reuters) - Russia's defence ministry said its troops had "
        "captured the village of Pishchane in the Kharkiv region."
    )
    assert "Military Forces of Russia" == _canonical_at(_report(text), "troops")


# --- 4. a capture at a named town in another province is its own incident

CAPTURE = (
    "ODESA, Ukraine (Reuters) - A drone strike hit a port warehouse in Odesa on "
    "Monday, wounding seven people, the regional governor said. Russia's defence "
    "ministry said its troops had captured the village of Pishchane in the Kharkiv region."
)


def test_capture_elsewhere_is_a_battle_of_its_own() -> None:
    """The capture of a named village in another province is a battle there, not the strike's detail."""
    events = _events(CAPTURE)
    capture = [e for e in events if e.place is not None and e.place.text == "Pishchane"]
    assert 1 == len(capture)
    assert "Battles" == capture[0].event_type
    assert [] == [
        e
        for e in events
        if e.place is not None and e.place.text == "Odesa" and e.event_type == "Battles"
    ]


DETAILS = [
    pytest.param(
        "ODESA, Ukraine (Reuters) - A drone strike hit a port warehouse in Odesa on "
        "Monday, wounding seven people, the governor said. Firefighters later put out "
        "the blaze at the village.",
        id="anaphora-without-a-name",
    ),
    pytest.param(CAPTURE.upper(), id="all-caps-namesake-risk"),
]


@pytest.mark.parametrize("text", DETAILS)
def test_details_still_join_the_incident(text: str) -> None:
    """A detail with no name of its own, or ALL-CAPS copy, stays one incident."""
    assert 1 == len(_events(text))


# --- 5. "the <demonym> capital" is the capital; land in the event's sentence beats water

CAPITAL = [
    pytest.param(
        "SANAA, Yemen (AP) - American warplanes carried out several air strikes on rebel "
        "positions in the Yemeni capital late Friday, the rebels' television said. The "
        "rebels said three people were wounded in the raids, which came a day after they "
        "fired a missile at a tanker in the Gulf of Aden.",
        "Sanaa",
        "YE",
        id="yemeni-capital-over-gulf",
    ),
    pytest.param(
        "NAIROBI (Reuters) - A suicide bomber blew himself up outside a hotel in the "
        "Somali capital on Tuesday, killing nine people, police said.",
        "Mogadishu",
        "SO",
        id="somali-capital",
    ),
    pytest.param(
        "SAN SALVADOR, 9 MAY 90 (AFP) -- [TEXT] URBAN GUERRILLAS ATTACKED A POLICE "
        "POST IN THE SALVADORAN CAPITAL TONIGHT, KILLING TWO POLICEMEN.",
        "San Salvador",
        "SV",
        id="all-caps-salvadoran-capital",
    ),
]


@pytest.mark.parametrize(("text", "name", "country"), CAPITAL)
def test_demonym_capital_is_the_capital(text: str, name: str, country: str) -> None:
    """ "The Yemeni capital" is Sanaa, and a gulf named in another clause is not the scene."""
    [event, *_] = _events(text)
    assert event.place is not None
    assert (name, country) == (event.place.name, event.place.country)


def test_water_scene_kept_when_the_event_is_at_sea() -> None:
    """An attack on a ship in the Red Sea keeps the sea as its scene."""
    text = (
        "DUBAI (Reuters) - Rebels fired two missiles at a cargo ship in the Red Sea on "
        "Friday, wounding a crew member, the shipping agency said."
    )
    [event] = _events(text)
    assert event.place is not None
    assert "Red Sea" == event.place.text


# --- 6. a massacre of civilians is violence against civilians

MASSACRE = [
    pytest.param(
        "NIAMEY, Niger (AP) - Gunmen killed at least 20 civilians and wounded many more "
        "in an attack on a village market in the Tillaberi region on Friday, the interior "
        "ministry said. Four soldiers died when they tried to repel the assailants, the "
        "ministry said.",
        id="soldiers-killed-repelling",
    ),
    pytest.param(
        "OUAGADOUGOU (AP) - Suspected jihadists killed at least 40 civilians in an attack "
        "on a village in northern Burkina Faso on Sunday, and wounded dozens more. Army "
        "volunteers tried to repel the attackers, the governor said.",
        id="volunteers-repelling",
    ),
]


@pytest.mark.parametrize("text", MASSACRE)
def test_massacre_of_civilians_is_violence_against_civilians(text: str) -> None:
    """Civilians killed first and most: violence against civilians, side B the civilians."""
    [event, *_] = _events(text)
    assert ("Violence against civilians", "Civilians") == (
        event.event_type,
        event.side_b.canonical if event.side_b else None,
    )


def test_attack_on_soldiers_stays_a_battle() -> None:
    """Militants killing soldiers at a base (more soldiers than civilians) is a battle."""
    text = (
        "MAIDUGURI, Nigeria (Reuters) - Militants attacked an army base in Borno state on "
        "Friday, killing 12 soldiers and two civilians, the army said."
    )
    [event] = _events(text)
    assert "Battles" == event.event_type


# --- 7. overnight, before the day of the report


def test_overnight_strike_dates_to_the_night_before_the_report() -> None:
    """ "Struck overnight, officials said on Wednesday": the night of Tuesday to Wednesday."""
    text = (
        "KHARKIV, Ukraine - Russian drones struck the city overnight, killing three "
        "people and damaging a school, officials said on Wednesday."
    )
    [event] = _events(text)
    assert event.date is not None
    assert (dt.date(2025, 3, 11), dt.date(2025, 3, 12)) == (
        event.date.earliest,
        event.date.latest,
    )


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            "KHARKIV, Ukraine - Russian drones struck the city, killing three people, "
            "officials said on Wednesday.",
            id="no-overnight",
        ),
        pytest.param(
            "LIMA, 12 MAY 90 (EFE) -- [TEXT] A BOMB EXPLODED AT A BANK IN LIMA, KILLING "
            "TWO GUARDS, POLICE SAID ON WEDNESDAY.",
            id="all-caps-no-overnight",
        ),
    ],
)
def test_report_day_alone_is_not_the_event_date(text: str) -> None:
    """Without "overnight" the reporting day is still not read as the event's date."""
    [event] = _events(text)
    assert event.date is None or event.date.latest != dt.date(2025, 3, 12)


# --- 8. review 9c: a weapon is the instrument, the launcher is side A, a clash keeps its armed side B

INSTRUMENT = [
    pytest.param(
        "Forty people were killed in Israeli strikes on Tuesday.",
        "Military Forces of Israel",
        id="killed-in-israeli-strikes",
    ),
    pytest.param(
        "Gaza's health ministry said 40 people were killed in Israeli strikes on Tuesday.",
        "Military Forces of Israel",
        id="ministry-said-killed-in-strikes",
    ),
]


@pytest.mark.parametrize(("text", "military"), INSTRUMENT)
def test_people_killed_in_strikes_are_side_b_the_striker_side_a(
    text: str, military: str
) -> None:
    """ "Killed in Israeli strikes": the strikes are the instrument (side A), the dead side B."""
    [event] = _events(text)
    assert event.side_a is not None and event.side_b is not None
    assert (military, "Israeli strikes") == (event.side_a.canonical, event.side_a.text)
    assert event.side_b.text.endswith("people")


def test_drones_hitting_a_convoy_are_never_the_victims() -> None:
    """Soldiers killed when drones hit a convoy: the drones are not side B nor the dead's owner."""
    text = (
        "Two vehicles were destroyed and three soldiers were killed when Ukrainian drones "
        "hit a convoy in Belgorod region, the governor said on Sunday."
    )
    report = _report(text)
    [event] = report.events
    assert 3 == event.fatalities
    assert event.side_b is None or event.side_b.text != "Ukrainian drones"
    assert [] == [
        c.text for c in report.casualties if c.actor == "Military Forces of Ukraine"
    ]


LAUNCHED = [
    pytest.param(
        "Russia launched Iranian drones at Kyiv overnight, killing three people, officials "
        "said on Friday.",
        "IR",
        id="launched-iranian-drones",
    ),
    pytest.param(
        "Ukraine fired U.S. missiles at a Russian air base in Crimea, the Ukrainian "
        "military said.",
        "US",
        id="fired-us-missiles",
    ),
    pytest.param(
        "Ukrainian air defences shot down 20 Russian drones over Odesa.",
        "RU",
        id="shot-down-russian-drones",
    ),
]


@pytest.mark.parametrize(("text", "maker"), LAUNCHED)
def test_demonym_of_a_launched_or_downed_weapon_is_no_actor(
    text: str, maker: str
) -> None:
    """The state that made or sent a weapon another fired, or that was shot down, is no side."""
    report = _report(text)
    assert [] == [a.text for a in report.actors if a.country == maker]
    for event in report.events:
        for side in (event.side_a, event.side_b):
            assert side is None or side.country != maker


def test_launcher_of_the_weapon_is_side_a() -> None:
    """ "Russia launched Iranian drones ... killing three": Russia is side A."""
    text = (
        "Russia launched Iranian drones at Kyiv overnight, killing three people, officials "
        "said on Friday."
    )
    [event] = _events(text)
    assert event.side_a is not None
    assert "RU" == event.side_a.country


CROSSFIRE = [
    pytest.param(
        "Troops clashed with al Shabaab fighters near Afgoye on Sunday, and two civilians "
        "were killed in the crossfire, residents said.",
        "al Shabaab fighters",
        2,
        id="civilians-in-the-crossfire",
    ),
    pytest.param(
        "Ethiopian troops clashed with militia in the Somali Region town of Jigjiga on "
        "Friday, killing four civilians.",
        "militia",
        4,
        id="clash-killing-civilians",
    ),
]


@pytest.mark.parametrize(("text", "side_b", "dead"), CROSSFIRE)
def test_clash_keeps_the_armed_group_as_side_b(text: str, side_b: str, dead: int) -> None:
    """In a clash side B is the armed group; civilians killed stay in the toll."""
    [event] = _events(text)
    assert (side_b, dead) == (
        event.side_b.text if event.side_b else None,
        event.fatalities,
    )


def test_a_group_named_as_an_affiliation_is_no_side() -> None:
    """ "The al-Qaeda-linked al-Shabaab group": al-Shabaab is side A, al-Qaeda neither side."""
    text = (
        "MOGADISHU (AP) - A car bomb exploded outside a restaurant in Mogadishu on Friday,"
        " killing nine people. The al-Qaeda-linked al-Shabaab group claimed responsibility"
        " for the attack."
    )
    [event] = _events(text)
    sides = {s.canonical for s in (event.side_a, event.side_b) if s is not None}
    assert event.side_a is not None and event.side_a.canonical == "al-Shabaab"
    assert "al-Qaeda" not in sides


# --- 9. the deed's own date beats the day of the report; a source is no side

DEED_DATES = [
    pytest.param(
        "GAO, Mali (Reuters) - Jihadists killed nine soldiers in an attack on an army "
        "post near Gao, two military sources said on Monday. The gunmen stormed the post "
        "at about 4 a.m. (0400 GMT) on Saturday, one of the sources said.",
        id="split-after-a.m.-before-a-bracket",
    ),
    pytest.param(
        "GAO, Mali (Reuters) - Jihadists killed nine soldiers in an overnight attack on "
        "an army post near Gao, two military sources said on Monday. The gunmen stormed "
        "the post shortly after 11 p.m. (2300 GMT) on Saturday, the sources said.",
        id="overnight-with-the-deed-date-later",
    ),
    pytest.param(
        "GAO, Mali (Reuters) - Jihadists killed nine soldiers in an attack on an army "
        "post near Gao, two military sources said on Monday. The gunmen overran the post "
        "early on Saturday, one of the sources said.",
        id="the-gunmen-overran-is-no-reference-back",
    ),
]


@pytest.mark.parametrize("text", DEED_DATES)
def test_the_deeds_date_beats_the_day_of_the_report(text: str) -> None:
    """
    "Killed ..., sources said on Monday. They stormed the post at 4 a.m.
    (0400 GMT) on Saturday": Saturday, though the sentence is cut after "a.m.".
    """
    [event] = _events(text)
    assert event.date is not None
    assert (dt.date(2025, 3, 15), dt.date(2025, 3, 15)) == (
        event.date.earliest,
        event.date.latest,
    )


SOURCES = [
    pytest.param(
        "SITTWE, Myanmar (Reuters) - Military jets struck a market in Rakhine state on "
        "Sunday, killing at least 12 people, a spokesman for the Arakan Army (AA) said.",
        id="spokesman-for-x-(abbr)-said",
    ),
    pytest.param(
        "SITTWE, Myanmar (Reuters) - Military jets struck a market in Rakhine state on "
        "Sunday, killing at least 12 people. The jets bombed a school and a clinic in "
        "the town, a member of the Arakan Army (AA) told Reuters.",
        id="member-of-x-(abbr)-told",
    ),
]


@pytest.mark.parametrize("text", SOURCES)
def test_a_group_telling_of_the_attack_is_no_side(text: str) -> None:
    """A group named with its short form as the source of the report: the dead are side B."""
    [event] = _events(text)
    assert event.side_b is not None
    side_b = event.side_b
    assert ("Civilians", "at least 12 people") == (side_b.canonical, side_b.text)


def test_a_group_with_its_short_form_attacked_stays_side_b() -> None:
    """Counter-case: "troops attacked the Arakan Army (AA)" keeps the group as side B."""
    [event] = _events(
        "SITTWE, Myanmar (Reuters) - Myanmar troops attacked the Arakan Army (AA) in "
        "Rakhine state on Sunday, killing 10 fighters, residents said."
    )
    assert event.side_b is not None
    assert "Arakan Army" == event.side_b.canonical
