"""
Event assembly on short modern wire copy (whole pipeline): sides, types and
dates of kinds of sentences that recur in real reports.
"""

from __future__ import annotations

import conflictparse


def _sides(event: conflictparse.Event) -> tuple[str | None, str | None]:
    return (
        event.side_a.canonical if event.side_a is not None else None,
        event.side_b.canonical if event.side_b is not None else None,
    )


def test_a_state_claim_of_killing_after_an_attack_on_it_makes_it_no_attacker() -> None:
    """
    "Mali army says it killed 40 militants after attack on Boni camp": the
    army answered the attack; the group that stormed the camp is side A.
    """
    text = (
        "Mali army says it killed 40 militants after attack on Boni camp\n\n"
        "MOPTI, Sept 3 (Wire) - Mali's army said it killed about 40 militants in air "
        "strikes after an attack on a military camp in the central town of Boni on "
        "Monday that left many soldiers dead.\n\n"
        "Dozens of fighters from the Islamic State Sahel Province stormed the camp at "
        "dawn, two local officials said."
    )
    events = conflictparse.parse(text, published="2025-09-03").events
    assert events
    for event in events:
        assert "Islamic State Sahel Province" == _sides(event)[0]


def test_an_attack_on_an_escorted_convoy_that_wounds_soldiers_is_a_battle() -> None:
    """
    Drivers killed and escorting soldiers wounded in an ambush on a convoy:
    the soldiers named in the attack were its target, so a battle with them,
    not violence against civilians.
    """
    text = (
        "DORI, Oct 2 (Wire) - Fighters of the Islamic State Sahel Province ambushed a "
        "convoy of supply trucks escorted by soldiers on the road to Dori in northern "
        "Burkina Faso on Tuesday. Four truck drivers were killed and two soldiers were "
        "wounded, a local official said."
    )
    [event] = conflictparse.parse(text, published="2025-10-02").events
    assert "Battles" == event.event_type
    assert (
        "Islamic State Sahel Province",
        "Military Forces of Burkina Faso (2022-)",
    ) == (_sides(event))


def test_a_massacre_with_soldiers_hurt_later_stays_violence_against_civilians() -> None:
    """Soldiers wounded when troops arrived were no target of the massacre."""
    text = (
        "DORI, Oct 2 (Wire) - Gunmen killed 20 civilians in the village of Seytenga in "
        "northern Burkina Faso on Tuesday, residents said. Two soldiers were wounded when "
        "troops arrived, a local official said."
    )
    [event] = conflictparse.parse(text, published="2025-10-02").events
    assert "Violence against civilians" == event.event_type


def test_the_group_claiming_an_unattributed_strike_is_side_a() -> None:
    """
    "A drone struck a port ... The group's spokesman said the group had
    targeted a fuel depot": the claim names who struck.
    """
    text = (
        "ADEN, July 8 (Wire) - A drone struck near the port of Ashdod in Israel on "
        "Monday, lightly wounding three people, police said. A Houthi military "
        "spokesman said the group had targeted a fuel depot in the port."
    )
    [event] = conflictparse.parse(text, published="2025-07-08").events
    assert "Houthis" == _sides(event)[0]


def test_a_claim_after_a_deed_with_its_own_party_names_no_other_striker() -> None:
    """The claim of another deed does not replace the striker named before it."""
    text = (
        "ADEN, July 8 (Wire) - U.S. warplanes struck the port of Ras Isa in Yemen on "
        "Sunday, killing two workers, the health ministry said. A Houthi military "
        "spokesman said the group had targeted a U.S. destroyer in the Red Sea."
    )
    events = conflictparse.parse(text, published="2025-07-08").events
    assert "Military Forces of United States" == _sides(events[0])[0]


def test_a_group_blowing_up_a_tank_of_a_nationality_fought_its_army() -> None:
    """
    "said its fighters had blown up a Russian tank": the claimant is side A,
    the army whose tank it was side B.
    """
    text = (
        "KYIV, May 5 (Wire) - Russian forces shelled the town of Huliaipole on Sunday, "
        "killing two people, regional officials said. The Russian military did not "
        "comment.\n\n"
        "Separately, the Azov brigade said its fighters had blown up a Russian tank "
        "near Pokrovsk on Saturday."
    )
    events = conflictparse.parse(text, published="2025-05-05").events
    tank = [e for e in events if e.place is not None and e.place.text == "Pokrovsk"]
    assert 1 == len(tank)
    assert "Military Forces of Russia" == _sides(tank[0])[1]


def test_a_past_deed_in_a_relative_clause_does_not_date_the_sentence() -> None:
    """
    "arriving from the camp, which the rebels overran in March": the clause
    recalls an older deed; the sentence tells none of its own.
    """
    text = (
        "NYALA, Sudan, June 20 (Wire) - Rapid Support Forces shelling killed nine people "
        "in the town of El Obeid on Thursday, medics said.\n\n"
        "Aid workers said families were arriving on foot from the Abu Shouk camp, which "
        "the RSF overran in March."
    )
    events = conflictparse.parse(text, published="2025-06-20").events
    assert all(e.date is None or not e.date.value.startswith("2025-03") for e in events)


def test_a_day_told_in_a_relative_clause_of_this_week_stays() -> None:
    """A clause that closes before the deed's own day leaves that day."""
    text = (
        "PORT-AU-PRINCE, June 16 (Wire) - Gunmen killed four people in Delmas on "
        "Sunday, police said. The bus, which carried 12 passengers, was seized on June "
        "8 in Croix-des-Bouquets by members of a gang, police said."
    )
    events = conflictparse.parse(text, published="2025-06-16").events
    assert any(e.date is not None and "2025-06-08" == e.date.value for e in events)


def test_a_deed_months_before_recalled_after_the_news_is_no_incident() -> None:
    """
    "In March, a bombing at a market in Quetta killed 15 people", closing a
    story of this week's attack: background, not an incident.
    """
    text = (
        "QUETTA, Pakistan, June 10 (Wire) - A suicide bomber killed at least seven "
        "people at a police checkpoint in Quetta on Monday, officials said.\n\n"
        "The Balochistan Liberation Army has carried out a string of attacks in the "
        "province. In March, a bombing at a market in Turbat killed 15 people."
    )
    events = conflictparse.parse(text, published="2025-06-10").events
    assert ["Quetta"] == [e.place.text for e in events if e.place is not None]


def test_a_deed_of_the_week_told_last_is_kept() -> None:
    """A later sentence dated in the week of the report is news, not recall."""
    text = (
        "QUETTA, Pakistan, June 10 (Wire) - A suicide bomber killed at least seven "
        "people at a police checkpoint in Quetta on Monday, officials said.\n\n"
        "On Saturday, a bombing at a market in Turbat killed 15 people."
    )
    events = conflictparse.parse(text, published="2025-06-10").events
    assert 2 == len(events)


def test_a_countrys_displaced_total_is_no_incidents_toll() -> None:
    """ "More than 2 million people have been displaced" counts no incident."""
    text = (
        "PORT-AU-PRINCE, June 16 (Wire) - Gunmen killed four people in the Delmas "
        "district of the capital on Sunday, police said. More than 2 million people "
        "have been displaced by gang violence, according to the United Nations."
    )
    [event] = conflictparse.parse(text, published="2025-06-16").events
    assert all("million" not in c.text for c in event.casualties)


def test_a_foreign_force_harmed_beside_the_army_fought_is_not_side_b() -> None:
    """
    "after days of fighting with Congolese troops, and 12 peacekeepers have
    been killed": the country's forces fought by name are side B.
    """
    text = (
        "KINSHASA, Feb 3 (Wire) - M23 rebels captured the town of Sake on Sunday after "
        "days of fighting with Congolese troops, and at least 12 peacekeepers have "
        "been killed in the offensive, the United Nations said."
    )
    [event] = conflictparse.parse(text, published="2025-02-03").events
    assert (
        "M23",
        "Military Forces of Democratic Republic of Congo",
    ) == _sides(event)


def test_a_party_that_repelled_an_attack_is_side_b_past_a_clause_about_it() -> None:
    """
    "the Arakan Army, which captured Paletwa last year, said it had repelled
    an attack": the clause about the party does not hide that it speaks of
    an attack on itself.
    """
    text = (
        "BANGKOK, June 21 (Wire) - Air strikes by Myanmar's military killed 12 people in "
        "Sagaing region on Friday, residents said.\n\n"
        "In Rakhine State, the Arakan Army, which captured Paletwa last year, said it had "
        "repelled an attack near Kyaukpyu on Saturday."
    )
    events = conflictparse.parse(text, published="2025-06-21").events
    repelled = [e for e in events if e.place is not None and e.place.text == "Kyaukpyu"]
    assert 1 == len(repelled)
    assert "Arakan Army" == _sides(repelled[0])[1]


def test_a_claim_that_fighters_had_overrun_a_post_names_their_group() -> None:
    """ "fighters of a local People's Defence Force said they had overrun a police post"."""
    text = (
        "BANGKOK, Nov 19 (AP) - An air strike by Myanmar's military killed 11 people in "
        "the village of Let Yet Kone in Sagaing region on Monday, residents said.\n\n"
        "In neighbouring Magway region, fighters of a local People's Defence Force said "
        "they had overrun a police post near the town of Pauk on Tuesday, killing four "
        "policemen."
    )
    events = conflictparse.parse(text, published="2025-11-19").events
    post = [e for e in events if e.place is not None and e.place.text == "Pauk"]
    assert 1 == len(post)
    assert "People's Defence Force (Myanmar)" == _sides(post[0])[0]


def test_a_home_countrys_possessive_keeps_no_scene_abroad_out() -> None:
    """
    "Ukraine's General Staff said its drones had hit an oil depot in the town
    of Tikhoretsk": the town in Russia is the scene.
    """
    text = (
        "KYIV, May 13 (Wire) - Russian missiles killed three people in Kharkiv on "
        "Monday, regional officials said.\n\n"
        "Ukraine's General Staff said its drones had hit an oil depot in the town of "
        "Tikhoretsk in Russia's Krasnodar region on Tuesday."
    )
    events = conflictparse.parse(text, published="2026-05-13").events
    assert ["Kharkiv", "Tikhoretsk"] == [e.place.text for e in events if e.place]


def test_a_recall_at_a_town_only_named_beside_the_news_is_background() -> None:
    """
    "a bomb struck a minibus on the road between Afgoye and Mogadishu", then
    "In March last year, the group fired mortar rounds at the presidential
    palace in Mogadishu": the second town is no scene of the news.
    """
    text = (
        "MOGADISHU, Feb 11 (Wire) - A roadside bomb struck a minibus on the road between "
        "Afgoye and Mogadishu on Monday evening, killing six passengers, police said.\n\n"
        "Al Shabaab has fought the government since 2007. In March last year, the group "
        "fired mortar rounds at the presidential palace in Mogadishu."
    )
    events = conflictparse.parse(text, published="2026-02-11").events
    assert 1 == len(events)


def test_a_wars_displaced_told_with_its_fighting_is_no_incidents_toll() -> None:
    """ "The fighting has displaced more than 3.5 million people" counts no incident."""
    text = (
        "BANGKOK, Nov 19 (AP) - An air strike by Myanmar's military killed 11 people in "
        "the village of Let Yet Kone in Sagaing region on Monday, residents said. The "
        "fighting has displaced more than 3.5 million people, the United Nations says."
    )
    [event] = conflictparse.parse(text, published="2025-11-19").events
    assert all("million" not in c.text for c in event.casualties)


def test_the_forces_whose_post_was_attacked_are_side_b_not_those_sent_after() -> None:
    """
    "attacked a police station ... Soldiers sent to the town clashed with the
    attackers": the police whose station it was are side B.
    """
    text = (
        "BOGOTA, Jan 15 (Wire) - Dissidents of the former FARC rebel group attacked a "
        "police station in the town of Jamundi in Valle del Cauca province on Tuesday "
        "night, wounding three officers, police said. Soldiers sent to the town clashed "
        "with the attackers for several hours."
    )
    [event] = conflictparse.parse(text, published="2026-01-15").events
    assert "Police Forces of Colombia" == _sides(event)[1]


def test_a_claim_told_on_the_groups_own_radio_is_a_claim() -> None:
    """
    "Al Shabaab said on its Andalus radio that its fighters had killed 30
    soldiers": the group's own count, not added to the officer's toll.
    """
    text = (
        "MOGADISHU, Feb 11 (Wire) - Al Shabaab fighters stormed an army base in the town "
        "of Sabid on Tuesday, killing at least 12 soldiers, a military officer said. Al "
        "Shabaab said on its Andalus radio that its fighters had killed 30 soldiers."
    )
    [event] = conflictparse.parse(text, published="2026-02-11").events
    assert 12 == event.fatalities


def test_a_word_of_a_units_name_is_no_deed() -> None:
    """
    "The Third Assault Brigade said its fighters had destroyed a Russian
    tank": no assault by the brigade joins the assaults told before it.
    """
    text = (
        "KYIV, May 13 (Wire) - Russian shelling killed three people in Kherson on Monday, "
        "officials said.\n\n"
        "In the east, Ukrainian forces repelled 30 Russian assaults near Pokrovsk over the "
        "past day, the General Staff said. The Third Assault Brigade said its fighters had "
        "destroyed a Russian tank near Lyman."
    )
    events = conflictparse.parse(text, published="2026-05-13").events
    front = [e for e in events if e.place is not None and e.place.text == "Pokrovsk"]
    assert 1 == len(front)
    assert "Military Forces of Russia" == _sides(front[0])[0]


def test_the_place_a_force_was_driven_from_is_the_scene() -> None:
    """ "the army said it had repelled the rebels from Sake": Sake is no origin."""
    text = (
        "KINSHASA, Feb 3 (Wire) - ADF fighters killed 15 civilians in the village of "
        "Mangina in North Kivu on Saturday, officials said.\n\n"
        "Congo's army said on Monday it had repelled M23 rebels from Sake, killing dozens."
    )
    events = conflictparse.parse(text, published="2025-02-03").events
    assert "Sake" in [e.place.text for e in events if e.place is not None]
