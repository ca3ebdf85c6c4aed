"""
Casualty counts on short modern wire copy written for the project (whole
pipeline): victim categories and spans, subsets of a toll told after it,
a confirmed running count and rival figures, fixed in the twenty-fourth
session.
"""

from __future__ import annotations

import conflictparse
from conflictparse.parsers.casualties import summarize


def _cas(text: str) -> list[tuple[str, str, int | None, str | None, bool]]:
    report = conflictparse.parse(text, published="2025-06-01")
    return [(c.text, c.outcome, c.best, c.victim, c.subset) for c in report.casualties]


def _total(text: str, outcome: str = "killed") -> tuple[int | None, ...]:
    report = conflictparse.parse(text, published="2025-06-01")
    total = summarize(report.casualties).get(outcome)
    assert total is not None
    return total.low, total.best, total.high


def test_a_chief_takes_the_category_of_his_modifier() -> None:
    """'a police chief' is police, 'a village chief' a civil figure."""
    text = (
        "A roadside bomb killed a police chief and two of his bodyguards in "
        "the Somali capital on Friday. Gunmen also killed a village chief in "
        "Lower Shabelle, residents said."
    )
    victims = [c[3] for c in _cas(text)]
    assert victims == ["police", "security forces", "people"]


def test_a_bracketed_initialism_inside_a_victim_phrase() -> None:
    """'three Somali National Army (SNA) soldiers': the span runs to 'soldiers'."""
    text = (
        "Al Shabaab fighters killed three Somali National Army (SNA) soldiers "
        "in an ambush near Afgoye on Friday, a military officer said."
    )
    assert _cas(text) == [
        ("three Somali National Army (SNA) soldiers", "killed", 3, "soldiers", False)
    ]


def test_a_confirmed_count_so_far_is_no_period_sum() -> None:
    """'the ministry has so far confirmed 41 dead' is the incident's count, not cumulative."""
    text = (
        "Paramilitary fighters stormed a village in Sudan's Gezira state on "
        "Sunday. The state health ministry has so far confirmed 41 dead."
    )
    report = conflictparse.parse(text, published="2025-06-01")
    [count] = report.casualties
    assert (count.text, count.best) == ("41", 41)
    assert count.provenance.reason != "cumulative toll"
    assert _total(text) == (41, 41, 41)


def test_a_large_or_war_count_confirmed_so_far_stays_cumulative() -> None:
    """'has so far confirmed 1,200 dead', '... 120 dead in the war': period sums."""
    for text in (
        "The health ministry has so far confirmed 1,200 dead in the region.",
        "The health ministry has so far confirmed 120 dead in the war.",
    ):
        report = conflictparse.parse(text, published="2025-06-01")
        assert [c.provenance.reason for c in report.casualties] == ["cumulative toll"]


def test_one_source_of_a_joint_figure_giving_another_competes() -> None:
    """'27 worshippers, residents and police said' ... 'a police spokesman put the toll at 13': rivals."""
    text = (
        "Gunmen opened fire on a mosque in northwestern Nigeria during Friday "
        "prayers, killing 27 worshippers, residents and police said. A police "
        "spokesman put the toll at 13."
    )
    report = conflictparse.parse(text, published="2025-06-01")
    assert [c.superseded for c in report.casualties] == [False, False]
    assert _total(text) == (13, 13, 27)


def test_subsets_of_the_victims_in_a_sentence_of_their_own() -> None:
    """'Ten of the victims were schoolchildren and four were police officers': subsets."""
    text = (
        "A bomb killed 14 people at a bus stop in Balochistan province on "
        "Tuesday, officials said. Ten of the victims were schoolchildren and "
        "four were police officers."
    )
    assert _cas(text) == [
        ("14 people", "killed", 14, "people", False),
        ("Ten of the victims were schoolchildren", "killed", 10, "children", True),
        ("four were police officers", "killed", 4, "police", True),
    ]
    assert _total(text) == (14, 14, 14)


def test_subsets_after_a_fronted_of_the_dead() -> None:
    """'Of the dead, ten were civilians and four were police officers': subsets."""
    text = (
        "Militants killed 14 people in an attack on a checkpoint in "
        "Balochistan province on Tuesday. Of the dead, ten were civilians "
        "and four were police officers."
    )
    assert _cas(text) == [
        ("14 people", "killed", 14, "people", False),
        ("ten were civilians", "killed", 10, "civilians", True),
        ("four were police officers", "killed", 4, "police", True),
    ]
    assert _total(text) == (14, 14, 14)


def test_a_later_count_in_another_town_is_no_part_of_a_round_up() -> None:
    """'strikes killed 12 people in Khan Younis' ... 'a strike in Rafah killed three': 15 dead."""
    text = (
        "Israeli strikes killed 12 people in Khan Younis on Tuesday, medics "
        "said. A strike in Rafah killed three people, medics added."
    )
    report = conflictparse.parse(text, published="2025-06-01")
    assert [c.provenance.reason for c in report.casualties] == [None, None]
    assert _total(text) == (15, 15, 15)


def test_a_later_count_in_a_town_of_a_round_up_area_is_part_of_it() -> None:
    """'strikes killed 40 people across Gaza' ... 'in Khan Younis killed 11': 40 dead."""
    text = (
        "Israeli strikes killed 40 people across Gaza on Tuesday, medics said. "
        "A strike on a tent in Khan Younis killed 11 people, medics added."
    )
    assert _total(text) == (40, 40, 40)


def test_took_people_away_split_by_the_object_is_an_abduction() -> None:
    """'jihadists ... took 30 women away': 30 women kidnapped; paramedics taking people away are not."""
    text = (
        "Jihadists attacked a camp for displaced people in Borno state and "
        "took 30 women away, residents said."
    )
    assert _cas(text) == [("30 women", "kidnapped", 30, "women", False)]
    assert _cas("Paramedics took 30 people away in ambulances.") == []


def test_an_including_aside_with_a_list_of_its_own_before_the_verb() -> None:
    """'Thirteen foreign peacekeepers, including South African, Malawian and Uruguayan troops, were killed': 13."""
    text = (
        "Thirteen foreign peacekeepers, including South African, Malawian and "
        "Uruguayan troops, were killed in fighting around Goma, the UN said."
    )
    assert [c[:3] for c in _cas(text)] == [
        ("Thirteen foreign peacekeepers", "killed", 13)
    ]


def test_among_the_dead_a_number_shared_by_two_nouns() -> None:
    """'Among the dead were at least 127 elderly men and women': one group of 127 civilians."""
    text = (
        "Gang members killed at least 184 people over the weekend in the "
        "Haitian capital, a rights group said. Among the dead were at least "
        "127 elderly men and women, the group said."
    )
    assert _cas(text)[1] == (
        "at least 127 elderly men and women",
        "killed",
        127,
        "civilians",
        True,
    )


def test_soldiers_and_police_share_the_number_of_a_subject() -> None:
    """'Fourteen soldiers and police were also killed': 14 security forces (nothing was read)."""
    text = (
        "Separatist militants attacked a highway in Balochistan on Monday. "
        "Fourteen soldiers and police were also killed, the army said."
    )
    assert _cas(text) == [
        ("Fourteen soldiers and police", "killed", 14, "security forces", False)
    ]


def test_subsets_after_a_source_clause() -> None:
    """'... left more than 70 dead, a war monitor said on Friday, including 35 ... and 32 gunmen': subsets."""
    text = (
        "Clashes between security forces and gunmen left more than 70 dead in "
        "Latakia province, a war monitor said on Friday, including 35 members "
        "of the security forces and 32 gunmen."
    )
    assert [c[1:] for c in _cas(text)] == [
        ("killed", 71, "unknown", False),
        ("killed", 35, "security forces", True),
        ("killed", 32, "militants", True),
    ]
    assert _total(text) == (71, 71, None)


def test_the_deadliest_of_a_round_up_in_its_own_sentence_is_part_of_it() -> None:
    """'killed at least 39 people in coordinated attacks …, the deadliest of which left 23 passengers dead': 39."""
    text = (
        "Separatist militants killed at least 39 people in coordinated attacks "
        "across Balochistan province, officials said on Monday, the deadliest "
        "of which left 23 passengers dead."
    )
    report = conflictparse.parse(text, published="2025-06-01")
    assert [c.provenance.reason for c in report.casualties] == [
        None,
        "part of an earlier total",
    ]
    assert _total(text) == (39, 39, None)


def test_captives_of_whom_some_were_killed() -> None:
    """'abducted 30 students, five of whom were later killed': five killed, not five kidnapped."""
    text = (
        "Gunmen abducted 30 students in Kaduna state last month, five of whom "
        "were later killed, police said."
    )
    assert [c[:4] for c in _cas(text)] == [
        ("30 students", "kidnapped", 30, "civilians"),
        ("five of whom", "killed", 5, "people"),
    ]


def test_a_second_source_figure_of_the_same_soldiers_competes() -> None:
    """'Nearly 60 soldiers were killed, … sources said, while the ministry put the toll at 17 soldiers': rivals."""
    text = (
        "Nearly 60 soldiers were killed in an ambush by jihadists in western "
        "Niger, two security sources said, while the defence ministry put the "
        "toll at 17 soldiers dead."
    )
    report = conflictparse.parse(text, published="2025-06-01")
    assert [c.superseded for c in report.casualties] == [False, False]
    assert report.casualties[1].provenance.reason == "another source's figure"
    assert _total(text) == (17, 17, 60)


def test_a_lower_rival_figure_gives_a_count_without_a_low_its_low() -> None:
    """'Nearly 60 people' against a rival 17: low 17 (it was none)."""
    text = (
        "Nearly 60 people were killed in an ambush, two security sources said, "
        "while the ministry put the toll at 17."
    )
    assert _total(text) == (17, 17, 60)


def test_a_bare_missing_count_after_a_toll_and_and() -> None:
    """'left 17 dead and 9 missing': nine missing (they were not read)."""
    text = "A jihadist ambush in western Niger on Tuesday left 17 dead and 9 missing."
    assert [c[:3] for c in _cas(text)] == [("17", "killed", 17), ("9", "missing", 9)]


def test_a_rescue_of_people_not_told_as_captives_is_no_count() -> None:
    """
    '11 of the passengers were rescued' after a hijacking: no count (a rescue
    counts only people the story calls captives, docs/casualties.md); '11 of
    the captives were rescued' after an abduction: 11 released.
    """
    hijack = (
        "Gunmen hijacked a bus carrying 40 passengers in Zamfara state on "
        "Friday. Police said 11 of the passengers were rescued."
    )
    assert _cas(hijack) == []
    abduction = (
        "Gunmen abducted 40 passengers from a bus in Zamfara state on Friday. "
        "Police said 11 of the captives were rescued."
    )
    assert [c[1:3] for c in _cas(abduction)] == [("kidnapped", 40), ("released", 11)]
