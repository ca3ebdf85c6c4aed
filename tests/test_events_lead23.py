"""
Events on short modern wire copy written for the project: an earlier
incident recalled after an undated lead is an incident of its own.
"""

from __future__ import annotations

import datetime as dt

import conflictparse

#: A Monday.
MONDAY = dt.date(2026, 11, 23)

LEAD = (
    "KYIV, Ukraine (AP) — Russian forces launched 120 drones and four ballistic"
    " missiles at Ukraine overnight, the air force said Monday, in the largest"
    " attack in three weeks.\n\nTwo people were killed in Kharkiv and five"
    " wounded in Odesa, regional officials said."
)


def test_a_previous_attack_recalled_keeps_the_overnight_attack_apart() -> None:
    text = LEAD + " The previous large-scale attack, on Nov. 2, killed nine people."
    events = conflictparse.parse(text, published=MONDAY).events
    assert len(events) == 2
    tonight, earlier = events
    # the overnight attack keeps its night and its own toll (the recalled
    # attack's day and nine dead were taken for its own)
    assert tonight.date is not None
    assert (tonight.date.earliest, tonight.date.latest) == (
        dt.date(2026, 11, 22),
        dt.date(2026, 11, 23),
    )
    assert sorted((c.outcome, c.best) for c in tonight.casualties) == [
        ("killed", 2),
        ("wounded", 5),
    ]
    assert earlier.date is not None
    assert earlier.date.earliest == dt.date(2026, 11, 2)
    assert [(c.outcome, c.best) for c in earlier.casualties] == [("killed", 9)]


def test_the_attack_told_again_stays_one_incident() -> None:
    text = LEAD + " The attack, on Nov. 22, also killed a child in Sumy."
    events = conflictparse.parse(text, published=MONDAY).events
    assert len(events) == 1


def test_the_killings_told_again_give_their_nights() -> None:
    text = (
        "PORT-AU-PRINCE, Nov 20 (Reuters) - Gang members killed at least 40 people"
        " in the town of Pont-Sonde over two days this week, the UN human rights"
        " office said on Friday.\n\nThe killings began on Tuesday night and"
        " continued into Wednesday morning, survivors said."
    )
    (event,) = conflictparse.parse(text, published=dt.date(2026, 11, 20)).events
    assert event.date is not None
    # the detail's nights, not the whole week the lead gave
    assert (event.date.earliest, event.date.latest) == (
        dt.date(2026, 11, 17),
        dt.date(2026, 11, 18),
    )


def test_a_claim_through_a_news_agency_does_not_date_the_deed() -> None:
    text = (
        "PEMBA, Mozambique (AFP) - Islamic State-linked insurgents beheaded six"
        " villagers in Muidumbe district last week, a local official said.\n\n"
        "The group claimed the killings through its Amaq news agency on Sunday"
        " and posted photos of the bodies."
    )
    (event,) = conflictparse.parse(text, published=dt.date(2026, 11, 25)).events
    assert event.date is not None
    # last week, not the Sunday of the claim
    assert (event.date.earliest, event.date.latest) == (
        dt.date(2026, 11, 16),
        dt.date(2026, 11, 22),
    )


def test_two_parties_that_fought_each_other_stay_the_sides_when_civilians_die() -> None:
    text = (
        "GOMA, Democratic Republic of Congo (AP) — M23 rebels and pro-government"
        " Wazalendo militias fought for control of the town of Nyabiondo in North"
        " Kivu province from Sunday to Tuesday, residents said Thursday.\n\nAt"
        " least 12 civilians were killed in the crossfire, according to a local"
        " civil society group."
    )
    (event,) = conflictparse.parse(text, published=dt.date(2026, 11, 27)).events
    # their battle, not a massacre of the civilians caught between them
    assert event.event_type == "Battles"
    assert event.side_a is not None and event.side_a.canonical == "M23"
    assert event.side_b is not None and event.side_b.canonical == "Wazalendo"
    assert [(c.outcome, c.best) for c in event.casualties] == [("killed", 12)]


def test_a_claim_names_the_town_of_a_strike_placed_only_by_its_country() -> None:
    text = (
        "BEIRUT (AP) — An Israeli drone strike on a car in southern Lebanon killed"
        " two men on Tuesday, Lebanon's Health Ministry said.\n\nThe Israeli"
        " military said it had targeted a Hezbollah operative in the area of Bint"
        " Jbeil who was trying to rebuild the group's infrastructure."
    )
    (event,) = conflictparse.parse(text, published=dt.date(2026, 11, 25)).events
    assert event.place is not None
    assert event.place.text == "Bint Jbeil"
    assert event.place.country == "LB"


def test_a_deed_weeks_before_an_undated_lead_is_an_incident_of_its_own() -> None:
    text = (
        "KHARTOUM (AFP) - Sudan's army said on Thursday it had recaptured the town"
        " of Bara in North Kordofan from the paramilitary Rapid Support Forces after"
        " three days of fighting.\n\nThe RSF had seized Bara in late October,"
        " killing dozens of civilians, according to the UN. An army officer said"
        " more than 60 RSF fighters were killed in the latest battle."
    )
    events = conflictparse.parse(text, published=dt.date(2026, 11, 27)).events
    assert len(events) == 2
    battle, october = events
    # the recapture keeps its week and the fighters' dead; October's killing
    # of civilians is its own incident, and no longer dates the battle
    assert battle.event_type == "Battles"
    assert battle.date is not None and battle.date.earliest == dt.date(2026, 11, 20)
    assert [(c.outcome, c.best) for c in battle.casualties] == [("killed", 61)]
    assert october.date is not None and october.date.value == "2026-10"
    assert [c.victim for c in october.casualties] == ["civilians"]


def test_clashes_between_government_security_forces_and_a_militia_name_both_sides() -> (
    None
):
    text = (
        "DAMASCUS (AP) — Clashes between government security forces and Druze"
        " fighters in Sweida province killed at least 27 people on Thursday and"
        " Friday, a war monitor said."
    )
    (event,) = conflictparse.parse(text, published=dt.date(2026, 11, 21)).events
    assert event.event_type == "Battles"
    assert event.side_a is not None and event.side_b is not None
    assert {event.side_a.canonical, event.side_b.canonical} == {
        "Military Forces of Syria (2024-)",
        "Druze Ethnic Militia (Syria)",
    }


def test_a_month_holding_the_incidents_day_does_not_draw_in_another_day() -> None:
    text = (
        "MOGADISHU (Reuters) - A suicide bomber blew himself up at a restaurant"
        " near the Somali parliament on Sunday night, killing at least seven"
        " people and wounding 20, police said.\n\nThe al Qaeda-linked al Shabaab"
        " group claimed responsibility for the attack, the second in the capital"
        " this month. On Nov. 9, gunmen stormed a hotel in the city, killing five."
    )
    events = conflictparse.parse(text, published=dt.date(2026, 11, 23)).events
    assert len(events) == 2
    bombing, hotel = events
    assert bombing.date is not None and bombing.date.earliest == dt.date(2026, 11, 22)
    assert sorted((c.outcome, c.best) for c in bombing.casualties) == [
        ("killed", 7),
        ("wounded", 20),
    ]
    assert hotel.date is not None and hotel.date.earliest == dt.date(2026, 11, 9)
    assert [(c.outcome, c.best) for c in hotel.casualties] == [("killed", 5)]


def test_history_told_with_no_toll_after_an_undated_lead_is_no_incident() -> None:
    text = (
        "KABUL, Nov 24 (Reuters) - Pakistani air strikes killed at least 10 people,"
        " including nine children, in Afghanistan's Khost province overnight, a"
        " Taliban government spokesman said on Tuesday.\n\nThe two countries fought"
        " deadly border clashes in October that ended with a ceasefire brokered by"
        " Qatar and Turkey on Oct. 19."
    )
    (event,) = conflictparse.parse(text, published=dt.date(2026, 11, 24)).events
    assert event.place is not None and event.place.text == "Khost"
    assert event.date is not None
    # the night of the strikes, not the ceasefire's day
    assert (event.date.earliest, event.date.latest) == (
        dt.date(2026, 11, 23),
        dt.date(2026, 11, 24),
    )


def test_a_group_that_denied_involvement_is_not_side_a() -> None:
    text = (
        "ISLAMABAD (Reuters) - Gunmen shot dead five polio workers and a police"
        " officer guarding them in northwest Pakistan's Khyber Pakhtunkhwa province"
        " on Saturday, police said.\n\nThe attack happened in Bajaur district near"
        " the Afghan border, the district police chief said. The Pakistani Taliban"
        " denied involvement."
    )
    (event,) = conflictparse.parse(text, published=dt.date(2026, 11, 22)).events
    assert event.side_a is not None
    assert event.side_a.canonical == "Unidentified Armed Group (Pakistan)"
