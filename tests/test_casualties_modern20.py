"""
Casualty counts on short modern wire copy (whole pipeline): captives held
by armed groups, competing figures, tolls a source puts at a number,
euphemisms, hostages still held, past events named by their year and
claims told as a passive.
"""

from __future__ import annotations

import conflictparse
from conflictparse.parsers.casualties import summarize


def _counts(
    text: str, published: str = "2025-03-10"
) -> list[tuple[str, str, str | None]]:
    report = conflictparse.parse(text, published=published)
    return [(c.text, c.outcome, c.victim) for c in report.casualties]


def test_an_armed_group_holding_or_detaining_civilians_takes_captives() -> None:
    """'the militants are holding 30 villagers', 'fighters detained 25 passengers'."""
    text = (
        "Gunmen stormed a village in Zamfara state on Sunday and the militants are "
        "holding 30 villagers, a local official said. Separately, Al-Shabaab fighters "
        "detained 25 passengers travelling to Mogadishu, witnesses said."
    )
    assert _counts(text) == [
        ("30 villagers", "kidnapped", "civilians"),
        ("25 passengers", "kidnapped", "civilians"),
    ]
    # the state's custody stays an arrest, or no count
    assert _counts("Soldiers detained 25 villagers.") == [
        ("25 villagers", "arrested", "civilians")
    ]
    assert _counts("The army is holding 1,000 civilians in camps.") == []


def test_a_competing_range_bounds_the_total_by_its_own_ends() -> None:
    """A second source's range raises the high bound to its top, not its low."""
    text = "Police said 12 people were killed, but residents said between 20 and 30 died."
    killed = summarize(conflictparse.parse(text, published="2025-03-10").casualties).get(
        "killed"
    )
    assert killed is not None
    assert (killed.low, killed.best, killed.high) == (12, 12, 30)


def test_a_second_source_after_an_unsourced_count_competes_with_it() -> None:
    """'At least 20 people were killed, while local officials said between 40 and 50 died.'"""
    text = (
        "At least 20 people were killed in the attack on the market, while local "
        "officials said between 40 and 50 died."
    )
    report = conflictparse.parse(text, published="2025-03-10")
    assert [c.provenance.reason for c in report.casualties] == [
        None,
        "another source's figure",
    ]
    killed = summarize(report.casualties).get("killed")
    assert killed is not None
    assert (killed.low, killed.best) == (20, 20)
    # more dead after the contrast are added
    text = "Three people were killed, while police said two others died in hospital."
    report = conflictparse.parse(text, published="2025-03-10")
    assert all(c.provenance.reason is None for c in report.casualties)


def test_a_source_putting_the_number_at_a_figure_gives_a_toll() -> None:
    """'Hospital officials put the number at 40': a toll of the dead."""
    text = (
        "An air strike hit a crowded market in northern Darfur on Tuesday. Hospital "
        "officials put the number at 40, while the Sudanese army did not comment."
    )
    report = conflictparse.parse(text, published="2025-03-10")
    assert [(c.text, c.outcome, c.best) for c in report.casualties] == [
        ("40", "killed", 40)
    ]
    # after another source's count, another source's figure
    text = (
        "The army said 12 people were killed in the strike. Hospital officials put "
        "the figure at 40."
    )
    report = conflictparse.parse(text, published="2025-03-10")
    assert [(c.best, c.superseded, c.provenance.reason) for c in report.casualties] == [
        (12, False, None),
        (40, False, "another source's figure"),
    ]


def test_a_quoted_euphemism_of_them_counts_the_armed_group_before_it() -> None:
    """'repelled the militants and "neutralised" 17 of them'."""
    text = 'Soldiers repelled the militants and "neutralised" 17 of them, the army said.'
    assert _counts(text) == [("17 of them", "killed", "militants")]
    # not people of no armed group
    assert (
        _counts('Soldiers clashed with the villagers, "neutralising" 17 of them.') == []
    )


def test_hostages_who_remained_in_captivity_are_still_held() -> None:
    """'eight others remained in captivity': captives, part of those taken."""
    text = (
        "Gunmen kidnapped 12 worshippers from a church in Kaduna state last week. "
        "Four were freed on Monday, but eight others remained in captivity, a church "
        "official said."
    )
    report = conflictparse.parse(text, published="2025-03-10")
    held = [c for c in report.casualties if c.text == "eight others"]
    assert [(c.outcome, c.best, c.subset) for c in held] == [("kidnapped", 8, True)]
    assert _counts("Three elephants were born in captivity.") == []


def test_the_dead_of_a_past_event_named_by_its_year_are_background() -> None:
    """'since the 1994 genocide, in which some 800,000 people were killed'."""
    text = (
        "Rwanda on Monday marked 31 years since the 1994 genocide, in which some "
        "800,000 people were killed. Separately, two soldiers were killed in a clash "
        "on the border with Congo, the army said."
    )
    report = conflictparse.parse(text, published="2025-04-07")
    assert [(c.best, c.provenance.reason) for c in report.casualties] == [
        (800000, "cumulative toll"),
        (2, None),
    ]
    killed = summarize(report.casualties).get("killed")
    assert killed is not None and killed.best == 2
    # a year naming a war does not date a recent killing
    report = conflictparse.parse(
        "A shell left over from the 2011 war killed three children.",
        published="2025-04-07",
    )
    assert [c.provenance.reason for c in report.casualties] == [None]


def test_a_party_reporting_its_foes_killed_as_a_passive_claims_them() -> None:
    """The junta said '… and that about 15 PDF fighters were killed'."""
    text = (
        "Myanmar's junta said on Tuesday that resistance forces had attacked a "
        "military column in Sagaing region and that about 15 PDF fighters were "
        "killed in the fighting."
    )
    report = conflictparse.parse(text, published="2025-03-10")
    assert [(c.best, c.provenance.reason) for c in report.casualties] == [
        (15, "claim of its own kills")
    ]
    # its own losses are no claim
    report = conflictparse.parse(
        "The army said 12 soldiers were killed in the ambush.", published="2025-03-10"
    )
    assert [c.provenance.reason for c in report.casualties] == [None]


def test_a_claim_told_in_a_claim_or_video_is_a_claim() -> None:
    """'JNIM said in a claim that its fighters had killed more than 100 soldiers'."""
    text = (
        "JNIM, al Qaeda's affiliate in the Sahel, said in a claim that its fighters "
        "had killed more than 100 soldiers and seized weapons."
    )
    report = conflictparse.parse(text, published="2025-06-02")
    assert [(c.low, c.provenance.reason) for c in report.casualties] == [
        (101, "claim of its own kills")
    ]


def test_a_bare_number_that_fled_their_homes_is_displaced() -> None:
    """'some 500,000 have fled their homes': a phrase of people alone."""
    assert _counts("Some 500 fled their homes after the attack.") == [
        ("Some 500", "displaced", "unknown")
    ]
    assert _counts("Some 500 fled.") == []


def test_hostages_taken_in_an_attack_are_kidnapped() -> None:
    """'killing about 1,200 people and taking 251 hostages'."""
    text = (
        "Gunmen attacked the town on Sunday, killing about 40 people and taking 25 "
        "hostages, officials said."
    )
    assert _counts(text) == [
        ("about 40 people", "killed", "people"),
        ("25 hostages", "kidnapped", "civilians"),
    ]
    assert _counts("Five delegations are taking part in the talks.") == []


def test_the_dead_of_a_stretch_of_months_are_a_cumulative_toll() -> None:
    """'At least 1,086 people were killed in Haiti between January and March'."""
    text = (
        "Gang members killed at least 12 people in Mirebalais on Monday, police said. "
        "At least 1,086 people were killed in Haiti between January and March, the "
        "United Nations said."
    )
    report = conflictparse.parse(text, published="2025-04-04")
    assert [(c.low, c.provenance.reason) for c in report.casualties] == [
        (12, None),
        (1086, "cumulative toll"),
    ]


def test_a_second_source_toll_with_others_of_another_outcome_still_competes() -> None:
    """'The network put the toll at 47, saying 112 others were wounded'."""
    text = (
        "Paramilitary forces shelled a camp near El Fasher on Sunday, killing at least "
        "31 people, a local committee said.\n\nThe Sudan Doctors Network put the toll "
        "at 47, saying 112 others were wounded."
    )
    report = conflictparse.parse(text, published="2025-05-12")
    killed = [c for c in report.casualties if c.outcome == "killed"]
    assert [(c.low, c.superseded, c.provenance.reason) for c in killed] == [
        (31, False, None),
        (47, False, "another source's figure"),
    ]


def test_a_bare_number_forced_to_flee_their_homes_is_displaced() -> None:
    """'forced more than 36,000 to flee their homes'."""
    text = (
        "Clashes between rebel factions forced more than 36,000 to flee their homes, "
        "officials said."
    )
    assert _counts(text) == [("more than 36,000", "displaced", "unknown")]
    assert _counts("About 3,000 are expected to flee their homes.") == []


def test_passengers_rescued_in_a_sentence_of_hostages_are_released() -> None:
    """'rescued 346 passengers …, adding that 21 hostages had been killed'."""
    text = (
        "Security forces rescued 346 passengers in an operation to end the siege, the "
        "army said, adding that 21 hostages had been killed."
    )
    assert _counts(text) == [
        ("346 passengers", "released", "civilians"),
        ("21 hostages", "killed", "civilians"),
    ]
    assert _counts("Rescuers rescued 12 people from the rubble.") == []


def test_people_who_were_wounded_and_later_died_are_killed() -> None:
    """'Two people who were wounded in the attacks later died in hospital'."""
    text = (
        "A bomb killed five people in the market. Two people who were wounded in the "
        "attack later died in hospital."
    )
    report = conflictparse.parse(text, published="2025-06-10")
    assert [(c.best, c.outcome, c.provenance.reason) for c in report.casualties] == [
        (5, "killed", None),
        (2, "killed", "wounded who died later"),
    ]
    assert _counts("Three people who were wounded were taken to hospital.") == [
        ("Three people", "wounded", "people")
    ]


def test_a_state_euphemism_of_them_after_a_sentence_of_militants() -> None:
    """'Militants attacked … The army said … soldiers had "neutralised" 17 of them'."""
    text = (
        "Militants attacked an army outpost near Djibo on Friday. The army said in a "
        'statement that soldiers had "neutralised" 17 of them and seized weapons.'
    )
    report = conflictparse.parse(text, published="2025-03-10")
    assert [(c.text, c.victim, c.provenance.reason) for c in report.casualties] == [
        ("17 of them", "militants", "claim of its own kills")
    ]
