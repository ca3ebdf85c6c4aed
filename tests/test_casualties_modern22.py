"""
Casualty counts, report totals and event figures on short modern wire
copy written for the project (whole pipeline): the hurt who died later,
hostages still held, definite officials, the missing before their noun and
two states' rival claims.
"""

from __future__ import annotations

import conflictparse
from conflictparse.parsers.casualties import summarize


def _counts(
    text: str, published: str = "2025-06-01"
) -> list[tuple[str, str, int | None]]:
    report = conflictparse.parse(text, published=published)
    return [(c.text, c.outcome, c.best) for c in report.casualties if not c.subset]


def _total(text: str, outcome: str = "killed") -> tuple[int | None, ...]:
    report = conflictparse.parse(text, published="2025-06-01")
    total = summarize(report.casualties).get(outcome)
    assert total is not None
    return total.low, total.best, total.high


def _events(text: str) -> list[tuple[int | None, int | None, int | None]]:
    report = conflictparse.parse(text, published="2025-06-01")
    return [(e.low, e.best, e.high) for e in report.events if e.best or e.high]


_MARKET = (
    "KHARTOUM, June 1 (Reuters) - A drone strike on a market in Omdurman killed "
    "two people and wounded five on Sunday, local activists said. One of the "
    "injured later died in hospital."
)


def test_the_hurt_who_died_later_add_to_the_events_toll() -> None:
    """'killed two ... one of the injured later died': the event's best is 3."""
    assert _events(_MARKET) == [(3, 3, 3)]
    assert _total(_MARKET) == (3, 3, 3)
    assert _total(_MARKET, "wounded") == (4, 4, 4)


def test_a_toll_that_rose_by_the_hurt_who_died_holds_them() -> None:
    """'the toll rose to four after two of the wounded died': 4, not 6."""
    text = (
        "A drone strike on a market in Omdurman killed two people and wounded "
        "five on Sunday. The death toll later rose to four after two of the "
        "wounded died."
    )
    assert _total(text)[:2] == (4, 4)
    assert _events(text) == [(4, 4, 4)]


def test_a_later_toll_that_counts_the_hurt_who_died_is_not_added_to() -> None:
    """'one of the injured later died, bringing the death toll to three': 3."""
    text = _MARKET.replace(
        "in hospital.", "in hospital, bringing the death toll to three."
    )
    assert _events(text) == [(3, 3, 3)]


_HOSTAGES = (
    "TEL AVIV, June 1 (AP) - Families of the hostages rallied outside the "
    "defence ministry on Saturday, demanding a ceasefire deal. Israel says 59 "
    "remain in Gaza, at least 20 of them believed to be alive."
)


def test_a_bare_count_remaining_in_a_place_after_hostages_is_held() -> None:
    """'Families of the hostages ... Israel says 59 remain in Gaza': 59 held."""
    assert ("59", "kidnapped", 59) in _counts(_HOSTAGES)


def test_a_bare_count_remaining_somewhere_else_is_no_captive() -> None:
    """No captives told before ('families fled ... 300 remain in Goma'), or a hospital."""
    fled = "Thousands of families fled the fighting on Monday. About 300 remain in Goma."
    assert all(outcome != "kidnapped" for _, outcome, _ in _counts(fled))
    hurt = "Two hostages were freed on Monday. Twelve people remain in hospital."
    assert all(outcome != "kidnapped" for _, outcome, _ in _counts(hurt))


def test_a_definite_official_with_a_possessive_before_is_counted() -> None:
    """'killed the Houthi-run government's prime minister and several ministers'."""
    text = (
        "SANAA, Aug 30 (Reuters) - An Israeli air strike on Sanaa on Thursday "
        "killed the Houthi-run government's prime minister and several "
        "ministers, the group said on Saturday."
    )
    report = conflictparse.parse(text, published="2025-08-30")
    got = [(c.text, c.low, c.best, c.vague, c.victim) for c in report.casualties]
    assert got == [
        ("the Houthi-run government's prime minister", 1, 1, None, "officials"),
        ("several ministers", 3, None, "several", "officials"),
    ]


def test_missing_before_the_noun_counts_the_missing() -> None:
    """'nine missing workers', 'the 14 missing fishermen' are missing; 'many' is not."""
    assert _counts("Rescuers searched for nine missing workers after the attack.") == [
        ("nine missing workers", "missing", 9)
    ]
    assert _counts("The navy resumed the search for the 14 missing fishermen.") == [
        ("14 missing fishermen", "missing", 14)
    ]
    assert _counts("A new system helps locate many missing people.") == []


_POKROVSK = (
    "KYIV, March 4 (Reuters) - Fierce fighting raged around the eastern town of "
    "Pokrovsk on Tuesday. Russia's defence ministry said its forces had killed "
    "120 Ukrainian soldiers near Pokrovsk. Ukraine's general staff said 300 "
    "Russian troops were killed in the fighting."
)


def test_two_states_claims_of_each_others_soldiers_are_rival_claims() -> None:
    """Each claim is its side's own: neither a toll nor a bound of the other."""
    report = conflictparse.parse(_POKROVSK, published="2025-03-04")
    assert [(c.text, c.provenance.reason) for c in report.casualties] == [
        ("120 Ukrainian soldiers", "claim of its own kills"),
        ("300 Russian troops", "claim of its own kills"),
    ]
    assert _total(_POKROVSK) == (None, None, 420)
    assert [(e.low, e.best, e.high) for e in report.events] == [(None, None, 420)]


def test_a_part_of_the_hostages_freed_is_no_release_of_them_all() -> None:
    """'Twelve of the hostages were freed': 12 released, not the 50 taken."""
    text = (
        "Gunmen abducted at least 50 passengers from a train in Kaduna state on "
        "Monday, police said. Twelve of the hostages were freed on Tuesday after "
        "security forces raided a forest hideout."
    )
    assert [(t, o, b) for t, o, b in _counts(text) if o == "released"] == [
        ("Twelve of the hostages", "released", 12)
    ]
    assert _total(text, "released")[:2] == (12, 12)


def test_the_taker_of_a_second_verb_is_the_subject_of_the_first() -> None:
    """'They killed 11 men and took away about 20 women': 20 kidnapped."""
    text = '"They killed 11 men and took away about 20 women," an official said.'
    assert ("about 20 women", "kidnapped", 20) in _counts(text)
    # (the state's forces "they" stand for arrest: no abduction)
    text = (
        "Haitian police said they had killed two gang members and captured "
        "three others on Sunday."
    )
    assert ("three others", "arrested", 3) in _counts(text)


def test_a_claim_of_two_kinds_of_forces_gives_way_to_their_counts() -> None:
    """'killed 14 policemen and soldiers' (claimed) against 4 police and 1 soldier."""
    text = (
        "Militants attacked a police checkpoint in northwest Pakistan overnight, "
        "killing four policemen, officials said on Friday. Security forces killed "
        "five of the attackers in a gunbattle, the military said. A soldier was "
        "also killed. The Pakistani Taliban claimed the attack and said their "
        "fighters had killed 14 policemen and soldiers."
    )
    report = conflictparse.parse(text, published="2024-08-02")
    claim = [c for c in report.casualties if c.text == "14 policemen and soldiers"]
    assert [c.victim for c in claim] == ["security forces"]
    assert _total(text) == (10, 10, 19)
    assert [(e.low, e.best) for e in report.events] == [(10, 10)]


def test_women_and_children_share_their_number() -> None:
    """'Twelve women and children were killed': one count of 12 civilians."""
    assert _counts("Twelve women and children were killed in the strike.") == [
        ("Twelve women and children", "killed", 12)
    ]
    text = "An Israeli strike killed at least 33 people, including 12 women and children."
    report = conflictparse.parse(text, published="2024-06-07")
    assert [(c.text, c.victim, c.subset) for c in report.casualties] == [
        ("at least 33 people", "people", False),
        ("12 women and children", "civilians", True),
    ]


def test_a_count_beside_an_unknown_number_keeps_its_verb() -> None:
    """'at least 20 soldiers and an unknown number of militants were killed': 20."""
    text = (
        "Al Shabaab fighters stormed a military base in central Somalia on Sunday, "
        "and at least 20 soldiers and an unknown number of militants were killed "
        "in the fighting that followed, military officials said. Al Shabaab said "
        "it had killed 60 soldiers."
    )
    assert _counts(text)[0] == ("at least 20 soldiers", "killed", 20)
    assert _total(text)[:2] == (20, 20)


def test_one_of_the_wounded_soldiers_who_died_is_a_death_of_the_hurt() -> None:
    """'One of the wounded soldiers died of his injuries': 3 dead, 2 hurt."""
    text = (
        "Two soldiers were killed and three wounded in the ambush. One of the "
        "wounded soldiers died of his injuries on Monday."
    )
    assert ("One of the wounded soldiers", "killed", 1) in _counts(text)
    assert _total(text) == (3, 3, 3)
    assert _total(text, "wounded") == (2, 2, 2)
    # (some of the hurt told of again are no more hurt)
    assert _counts("Two of the wounded civilians were flown to Kabul.") == []


def test_a_lone_captive_freed_is_released() -> None:
    """'kidnapped a police officer ... He was freed unharmed': one released."""
    text = (
        "The rebels also kidnapped a police officer in a nearby town, the army "
        "said. He was freed unharmed on Monday."
    )
    assert ("He", "released", 1) in _counts(text)
    # (two captives, or a pronoun of the hurt, or a release from hospital)
    assert all(
        o != "released"
        for _, o, _ in _counts("Gunmen kidnapped two engineers on Sunday. He was freed.")
    )
    text = (
        "Gunmen abducted 12 villagers and wounded five. They were released from "
        "hospital on Monday."
    )
    assert all(o != "released" for _, o, _ in _counts(text))


def test_a_civil_servant_is_a_victim() -> None:
    """'killing a police officer and a civil servant': two dead."""
    text = (
        "A roadside bomb struck a vehicle in northwest Pakistan on Tuesday, "
        "killing a police officer and a civil servant and wounding seven others."
    )
    assert _total(text) == (2, 2, 2)


def test_a_partys_word_on_its_hurt_covers_a_foes_claim_of_its_dead() -> None:
    """The government's 'two soldiers were lightly wounded' against al Shabaab's 11 killed."""
    text = (
        "Somali special forces killed more than 30 al Shabaab fighters in an "
        "operation in the Lower Shabelle region, the government said on Monday. "
        "Two soldiers were lightly wounded, it said. Al Shabaab said its fighters "
        "had repelled the attack and killed 11 soldiers."
    )
    assert _total(text)[:2] == (31, 31)
    report = conflictparse.parse(text, published="2024-04-22")
    assert [e.best for e in report.events] == [31]


def test_dozens_counted_as_words_are_numbers() -> None:
    """'half a dozen herders', 'nearly two dozen others': 6 killed, about 24 kidnapped."""
    text = (
        "Bandits killed half a dozen herders and abducted nearly two dozen others "
        "in a raid in Zamfara state."
    )
    report = conflictparse.parse(text, published="2026-04-18")
    assert [(c.text, c.outcome, c.best, c.approximate) for c in report.casualties] == [
        ("half a dozen herders", "killed", 6, True),
        ("nearly two dozen others", "kidnapped", 24, True),
    ]


def test_a_clause_after_a_subset_list_is_no_subset() -> None:
    """'..., including two gang members, and around 6,000 people fled': 6,000 displaced."""
    text = (
        "At least 16 people were seriously wounded, including two gang members, "
        "and around 6,000 people fled."
    )
    report = conflictparse.parse(text, published="2024-10-06")
    assert [(c.text, c.outcome, c.subset) for c in report.casualties] == [
        ("At least 16 people", "wounded", False),
        ("two gang members", "wounded", True),
        ("around 6,000 people", "displaced", False),
    ]


def test_a_small_vague_count_told_again_next_is_replaced() -> None:
    """'killing several soldiers. One source said at least seven soldiers ... died'."""
    text = (
        "A convoy hit an improvised explosive device near Gao, killing several "
        "soldiers, security sources said. One source said at least seven soldiers "
        "and two Russians died."
    )
    assert _total(text)[:2] == (9, 9)
    # (another incident's soldiers are more dead)
    text = (
        "Militants killed several soldiers in an ambush on Monday. In a separate "
        "attack, five soldiers died."
    )
    assert _total(text)[:2] == (8, 8)


def test_the_datelines_place_is_no_named_victim() -> None:
    """'KHAN YOUNIS, Gaza Strip, March 2 (AP) - At least 11 people, ... were killed'."""
    text = (
        "KHAN YOUNIS, Gaza Strip, March 2 (AP) - At least 11 people, including "
        "six children, were killed when an Israeli strike hit a tent near a "
        "hospital in the southern Gaza Strip, health officials said on Saturday."
    )
    report = conflictparse.parse(text, published="2024-03-02")
    assert [(c.text, c.best, c.subset) for c in report.casualties] == [
        ("At least 11 people", 11, False),
        ("six children", 6, True),
    ]


def test_members_of_a_body_stop_at_a_comma() -> None:
    """'37 members of the congregation, police said': the source is no victim."""
    text = "Gunmen abducted the pastor and 37 members of the congregation, police said."
    report = conflictparse.parse(text, published="2025-11-03")
    assert [(c.text, c.victim) for c in report.casualties] == [
        ("the pastor", "civilians"),
        ("37 members", "people"),
    ]


def test_a_report_nobody_could_confirm_is_no_count() -> None:
    """'could not confirm reports that 30 people were killed': no count."""
    text = "Officials said they could not confirm reports that 30 people were killed."
    assert _counts(text) == []
    text = "Officials confirmed reports that 30 people were killed."
    assert _counts(text) == [("30 people", "killed", 30)]


def test_some_of_the_captives_freed_or_killed_are_counted_as_such() -> None:
    """'37 of the 40 abducted students have been freed': 37 released, not 40."""
    text = "Thirty-seven of the 40 abducted students have been freed, the governor said."
    assert _counts(text) == [("Thirty-seven of the 40 abducted students", "released", 37)]
    text = "Two of the 17 hostages were killed in the rescue attempt."
    assert _counts(text) == [("Two of the 17 hostages", "killed", 2)]


def test_a_toll_that_rose_from_one_figure_to_another_is_the_second() -> None:
    """'The death toll rose from 12 to 19': 19, no range of 12 to 19."""
    report = conflictparse.parse("The death toll rose from 12 to 19 overnight.")
    assert [(c.outcome, c.low, c.best, c.high) for c in report.casualties] == [
        ("killed", 19, 19, 19)
    ]


def test_another_source_is_no_other_incident_for_a_vague_count() -> None:
    """'killing dozens ... more than 50 ..., while another put the toll at around 30'."""
    text = (
        "Jihadist fighters attacked the town of Djibo on Sunday, killing dozens of "
        "soldiers and volunteer fighters, security sources said. One source said "
        "more than 50 soldiers and volunteers had been killed, while another put "
        "the toll at around 30."
    )
    report = conflictparse.parse(text, published="2026-01-19")
    assert [c.superseded for c in report.casualties] == [True, False, False]
    assert _total(text)[:2] == (30, 30)


def test_further_dead_told_next_add_to_the_events_toll() -> None:
    """'killed 12 people ... Three more people died in hospital': the event's best is 15."""
    text = (
        "A bomb killed 12 people in a market on Monday. Three more people died "
        "in hospital on Tuesday."
    )
    report = conflictparse.parse(text, published="2025-05-07")
    assert [(e.low, e.best, e.high) for e in report.events] == [(15, 15, 15)]
    # (a later toll that counts them replaced them)
    text = (
        "A bomb killed 12 people in a market on Monday. Three more bodies were "
        "found on Tuesday, bringing the toll to 15."
    )
    report = conflictparse.parse(text, published="2025-05-07")
    assert [(e.low, e.best, e.high) for e in report.events] == [(15, 15, 15)]


def test_a_definite_person_past_a_relative_clause_is_counted() -> None:
    """'The mayor, who had received threats, was killed'; a long owner phrase too."""
    assert _counts("The mayor, who had received threats, was killed on Monday.") == [
        ("The mayor", "killed", 1)
    ]
    text = (
        "THE DAUGHTER OF THE EGYPTIAN AMBASSADOR TO EL SALVADOR, WHO HAS BEEN "
        "IDENTIFIED BY THE RED CROSS, WAS WOUNDED IN THIS CAPITAL."
    )
    assert _counts(text) == [("THE DAUGHTER", "wounded", 1)]


def test_others_killed_with_a_named_victim_add_to_the_events_toll() -> None:
    """'soldiers killed four civilians ... Three herders were also killed': 7."""
    text = (
        "Soldiers killed four civilians near the town of Segou on Monday, a "
        "rights group said. Three herders were also killed in the raids."
    )
    report = conflictparse.parse(text, published="2025-05-07")
    assert [e.best for e in report.events] == [7]


def test_victims_listed_side_by_side_add_up_in_the_event() -> None:
    """'killed the village chief and his two sons': 3; '14 soldiers and six members of the VDP': 20."""
    report = conflictparse.parse(
        "Fighters killed the village chief and his two sons and burned 30 homes.",
        published="2025-05-07",
    )
    assert [e.best for e in report.events] == [3]
    text = (
        "Jihadists killed 14 soldiers and six members of the Volunteers for the "
        "Defence of the Homeland (VDP) near Djibo on Friday, security sources said."
    )
    report = conflictparse.parse(text, published="2025-05-03")
    assert [e.best for e in report.events] == [20]


def test_a_clock_time_is_no_count() -> None:
    """'at 1300, four soldiers ... were killed': 4, not 1,300."""
    text = (
        "During fighting with the Arce Battalion yesterday, 13 November, at 1300, "
        "four soldiers were killed and many wounded."
    )
    assert [(t, b) for t, o, b in _counts(text) if o == "killed"] == [
        ("four soldiers", 4)
    ]
