"""
Casualty counts on short modern wire copy written for the project (whole
pipeline): a party's own losses, parts of parts, bare counts after a toll's
list, possible tolls, "10+", a headline's comma list and the towns of a
round-up, fixed in the twenty-fifth session.
"""

from __future__ import annotations

import conflictparse


def _cas(text: str) -> list[tuple[str, str, int | None, str | None, bool]]:
    report = conflictparse.parse(text, published="2025-06-01")
    return [(c.text, c.outcome, c.best, c.victim, c.subset) for c in report.casualties]


def _bounds(text: str) -> list[tuple[str, int | None, int | None, int | None, bool]]:
    report = conflictparse.parse(text, published="2025-06-01")
    return [(c.text, c.low, c.best, c.high, c.approximate) for c in report.casualties]


def test_a_bare_of_its_own_is_the_party_s_dead() -> None:
    """'lost two of its own': the army's dead, not the militants it killed."""
    text = (
        "The Sudanese army said its troops repelled an assault on the city, "
        "killing dozens of RSF fighters, and lost two of its own."
    )
    assert ("two of its own", "killed", 2, "soldiers", False) in _cas(text)
    text = "The group said it had killed 200 soldiers and lost 12 of its fighters in the raid."
    assert ("12 of its fighters", "killed", 12, "militants", False) in _cas(text)


def test_of_its_own_without_an_armed_side_is_no_count() -> None:
    """A club or a party losing 'two of its own' tells of no dead."""
    assert _cas("The club lost two of its own to injury this season.") == []


def test_a_part_of_a_part_is_a_subset_of_its_victims() -> None:
    """', including 78 civilians, 37 of whom …': the 37 are some of the civilians."""
    text = (
        "The monitor said 120 people were killed on Monday, including 78 "
        "civilians, 37 of whom were killed by air strikes."
    )
    assert ("37 of whom", "killed", 37, "civilians", True) in _cas(text)


def test_a_bare_count_after_a_toll_s_list_takes_its_victims() -> None:
    """'17 soldiers dead and 9 missing': the nine are soldiers too."""
    text = "The ministry put the toll at 17 soldiers dead and 9 missing."
    assert ("9", "missing", 9, "soldiers", False) in _cas(text)


def test_capitals_take_the_victims_of_the_first_verb_too() -> None:
    """Wire copy in capitals: 'ONE GUERRILLA WAS KILLED AND FOUR WOUNDED'."""
    text = (
        "THE SPOKESMAN SAID THAT ONE GUERRILLA WAS KILLED\n"
        "AND FOUR WOUNDED IN A CLASH WITH ARMY TROOPS."
    )
    assert ("FOUR", "wounded", 4, "militants", False) in _cas(text)


def test_dead_among_a_group_take_its_victims_and_missing_follow() -> None:
    """'at least 50 dead among the soldiers, and some 20 missing': both read."""
    text = (
        '"We counted at least 50 dead among the soldiers, and some 20 '
        'missing," one security source said.'
    )
    assert _cas(text) == [
        ("at least 50", "killed", 50, "soldiers", False),
        ("some 20", "missing", 20, "unknown", False),
    ]


def test_a_possible_toll_is_its_high_bound() -> None:
    """'up to 50 people may have been killed': a hedged high figure, no more."""
    text = "A rescue worker said about 50 people may have been killed in the strike."
    assert _bounds(text) == [("about 50 people", None, None, 50, True)]
    # a toll that did not happen is none
    text = "Hundreds might have been killed if the bomb had gone off, police said."
    assert _cas(text) == []


def test_a_number_with_a_plus_is_its_low_bound() -> None:
    """'10+ dead': ten or more."""
    assert _bounds("10+ dead in Bangui clashes") == [("10+", 10, 10, None, False)]
    assert _bounds("Gunmen kill 20+ villagers in Zamfara") == [
        ("20+ villagers", 20, 20, None, False)
    ]


def test_a_headline_comma_list_of_nouns_shares_its_number() -> None:
    """'Some 25 police officers, militiamen killed': one count of 25."""
    text = "Some 25 Iraqi police officers, militiamen killed in clashes"
    [(span, outcome, best, victim, _)] = _cas(text)
    assert (span, outcome, best, victim) == (
        "Some 25 Iraqi police officers, militiamen",
        "killed",
        25,
        "people",
    )


def test_a_distance_landmark_is_no_town_of_the_dead() -> None:
    """
    'near Kramatorsk, 20 km from Sloviansk': a soldier killed on the
    outskirts of Sloviansk is no part of the Kramatorsk toll.
    """
    text = (
        "Five soldiers were killed in clashes near Kramatorsk, 20 km from "
        "Sloviansk, the army said on Monday.\n\n"
        "One soldier was killed in shelling on the outskirts of Sloviansk."
    )
    report = conflictparse.parse(text, published="2025-06-01")
    one = report.casualties[-1]
    assert one.text == "One soldier"
    assert one.provenance.reason != "part of an earlier total"


def test_dead_after_a_phrase_of_allegiance() -> None:
    """'148 militants loyal to Assad also died': a count, like '… were killed'."""
    text = (
        "The monitor said 745 civilians were killed, while 125 soldiers and "
        "148 militants loyal to the former government also died."
    )
    assert ("148 militants", "killed", 148, "militants", False) in _cas(text)
    # the dead of a relative clause are a description, told before
    text = "The 100,000 people who have died in the war would still be alive."
    assert _cas(text) == []


def test_a_perfect_passive_gives_its_victims_to_a_bare_second_count() -> None:
    """'nine soldiers had been killed and 16 wounded': 16 soldiers."""
    text = "A spokesman said nine soldiers had been killed and 16 wounded."
    assert ("16", "wounded", 16, "soldiers", False) in _cas(text)


def test_subsets_after_a_hurt_participle_count() -> None:
    """'received 41 wounded people, 12 of whom were children': a subset."""
    text = "The hospital received 41 wounded people, 12 of whom were children."
    assert _cas(text) == [
        ("41 wounded people", "wounded", 41, "people", False),
        ("12 of whom", "wounded", 12, "people", True),
    ]


def test_a_rank_among_an_armed_toll_is_of_its_side() -> None:
    """'11 soldiers, including a battalion commander': the commander is a soldier."""
    text = "Militants stormed the base, killing 11 soldiers, including a battalion commander."
    assert ("a battalion commander", "killed", 1, "soldiers", True) in _cas(text)
    text = "Eleven soldiers, including a battalion commander, were killed in the raid."
    assert ("a battalion commander", "killed", 1, "soldiers", True) in _cas(text)


def test_lost_soldiers_beside_a_count_of_the_hurt_are_the_dead() -> None:
    """'We lost 11 soldiers and 14 others were injured': 11 killed, 14 soldiers hurt."""
    text = '"We lost 11 soldiers and 14 others were injured," the major said.'
    assert _cas(text) == [
        ("11 soldiers", "killed", 11, "soldiers", False),
        ("14 others", "wounded", 14, "soldiers", False),
    ]


def test_a_possible_toll_told_firm_later_is_replaced() -> None:
    """'four people may have been killed' … 'four people died': the firm count stands."""
    text = (
        "Officials said four people may have been killed in a clash between "
        "police and looters.\n\nA police report said four people died "
        "in the incidents on Mitre Avenue."
    )
    report = conflictparse.parse(text, published="2025-06-01")
    assert [(c.best, c.high, c.superseded) for c in report.casualties] == [
        (None, 4, True),
        (4, 4, False),
    ]


def test_others_after_a_list_of_groups_are_no_group_of_it() -> None:
    """'one adult and four minors were killed and 16 others were wounded': 16 people."""
    text = (
        "One adult and four minors were killed and 16 others were wounded "
        "when a helicopter strafed the camp."
    )
    assert ("16 others", "wounded", 16, "people", False) in _cas(text)


def test_a_quarter_or_half_of_the_year_sums_alone() -> None:
    """'killed in Haiti in the second quarter of the year': a period's sum."""
    for part in ("the second quarter of the year", "the first half of the year"):
        text = f"At least 1,600 people were killed in Haiti in {part}, the UN says."
        [count] = conflictparse.parse(text, published="2025-10-05").casualties
        assert count.provenance.reason == "cumulative toll"


def test_hijackers_are_militants_and_a_family_civilians() -> None:
    """'all 33 train hijackers killed': militants; 'a family of six': civilians."""
    text = "Pakistan says all 33 train hijackers killed, 21 hostages dead"
    assert ("33 train hijackers", "killed", 33, "militants", False) in _cas(text)
    text = "An Israeli strike on a house in Jabalia killed a family of six, medics said."
    assert _cas(text) == [("a family of six", "killed", 6, "civilians", False)]


def test_subsets_after_a_long_place_and_time() -> None:
    """'… across the Gaza Strip in the past 24 hours, including 33 people …': a subset."""
    text = (
        "Israeli strikes and gunfire killed at least 93 Palestinians across the "
        "Gaza Strip in the past 24 hours, including 33 people waiting for food "
        "aid, health authorities said."
    )
    assert ("33 people", "killed", 33, "people", True) in _cas(text)


def test_a_second_count_past_a_subset_aside_takes_the_total_s_victims() -> None:
    """'18 civilians were killed, among them six women, and nine are missing': civilians."""
    text = (
        '"Eighteen civilians were killed, among them six women, and nine are '
        'missing," the army spokesman said.'
    )
    assert ("nine", "missing", 9, "civilians", False) in _cas(text)
    text = "The attack killed 23 soldiers, including two officers, and wounded 40."
    assert ("40", "wounded", 40, "soldiers", False) in _cas(text)


def test_a_claim_after_an_adverb_and_by_two_of_its_forces() -> None:
    """'said separately its forces and local militia had killed …': a claim."""
    text = (
        "Somalia's government said separately its forces and local militia had "
        "killed more than 30 militants in the Hiran region."
    )
    [count] = conflictparse.parse(text, published="2025-09-04").casualties
    assert count.provenance.reason == "claim of its own kills"


def test_some_of_the_hurt_told_by_a_bare_number_and_degree() -> None:
    """'17 people were wounded, four seriously': the four are a subset."""
    text = "The ministry said 17 people were wounded, four seriously, in the raid."
    assert _cas(text) == [
        ("17 people", "wounded", 17, "people", False),
        ("four", "wounded", 4, "unknown", True),
    ]


def test_not_a_single_one_is_a_zero_of_its_group() -> None:
    """'not a single civilian was killed': zero civilians killed."""
    text = "Not a single civilian was killed in the operation, the ministry said."
    assert _cas(text) == [("Not a single civilian", "killed", 0, "civilians", False)]
    # no count in a clause that is no group's: "not a single attack"
    text = "It was not a single attack, and 12 people were killed."
    assert _cas(text) == [("12 people", "killed", 12, "people", False)]


def test_a_zero_among_a_group_is_of_its_victims() -> None:
    """'no casualties among civilians': a zero of civilians."""
    text = "The army said the strike caused no casualties among civilians."
    [count] = conflictparse.parse(text, published="2025-06-01").casualties
    assert (count.best, count.victim) == (0, "civilians")


def test_the_number_of_a_group_hurt_is_a_toll_of_it() -> None:
    """'bringing the number of troops killed in the ambush to nine': nine soldiers."""
    text = (
        "Two more soldiers died of their wounds overnight, bringing the number "
        "of troops killed in the ambush to nine."
    )
    assert ("nine", "killed", 9, "soldiers", False) in _cas(text)
    text = "The number of civilians wounded in the shelling stood at 40, the UN said."
    assert _cas(text) == [("40", "wounded", 40, "civilians", False)]


def test_a_headline_s_second_verb_after_a_comma_keeps_the_victims() -> None:
    """'Bomb kills 4 soldiers, wounds 5': five soldiers wounded."""
    text = "Suicide attack kills 4 soldiers, wounds 5 in southern Afghan province"
    assert ("5", "wounded", 5, "soldiers", False) in _cas(text)
