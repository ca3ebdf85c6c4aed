"""
Casualty counts and report totals on short modern wire copy written for
the project (whole pipeline): a confirmed figure beside an estimate, a
round-up toll and one of its incidents, and other readings fixed in the
twenty-third session.
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


def test_a_confirmed_figure_beside_an_estimate_is_not_added_to_it() -> None:
    """'About 100 people were killed ... Officials confirmed 41 dead': 41, high 100."""
    text = (
        "About 100 people were killed when paramilitary fighters stormed a "
        "village in Gezira state on Sunday, activists said. Officials at the "
        "state health ministry confirmed 41 dead."
    )
    assert _total(text) == (41, 41, 100)


def test_one_incident_of_a_round_up_is_part_of_its_toll() -> None:
    """'23 civilians were killed in a series of attacks ... the deadliest of the raids ... nine': 23."""
    text = (
        "At least 23 civilians were killed in a series of rebel attacks across "
        "North Kivu province over the weekend, local officials said on Monday.\n\n"
        "In the deadliest of the raids, fighters of the Allied Democratic Forces "
        "killed nine villagers in Mamove on Saturday night, an administrator said."
    )
    assert _total(text) == (23, 23, None)


def test_an_estimate_told_again_exactly_gives_way_to_the_exact_figure() -> None:
    """'killed a dozen farmers' ... 'killed 11 men working in rice fields': 11, not 23."""
    text = (
        "Jihadist fighters killed a dozen farmers in Borno state on Tuesday, "
        "residents said.\n\nThe insurgents killed 11 men working in rice fields "
        "near Zabarmari, a local militia leader said."
    )
    assert _total(text) == (11, 11, 11)
    report = conflictparse.parse(text, published="2025-06-01")
    assert [c.superseded for c in report.casualties] == [True, False]


def test_an_estimate_and_another_incidents_figure_are_both_counted() -> None:
    """'a dozen ... In a separate attack, 11 men were killed': 23."""
    text = (
        "Jihadist fighters killed a dozen farmers in Borno state on Tuesday, "
        "residents said. In a separate attack, gunmen killed 11 men in "
        "Zamfara state, police said."
    )
    assert _total(text)[:2] == (23, 23)


def test_people_taken_away_by_a_gang_are_kidnapped() -> None:
    """'stormed a church ... and took away 14 worshippers': 14 kidnapped."""
    text = (
        "Gang members stormed a church in the Haitian capital on Sunday and took "
        "away 14 worshippers, police said. At least 30 women were taken away in "
        "a second raid on Monday."
    )
    assert _counts(text) == [
        ("14 worshippers", "kidnapped", 14),
        ("At least 30 women", "kidnapped", 30),
    ]


def test_people_taken_away_by_ambulances_or_police_are_not_kidnapped() -> None:
    """'taken away by ambulances', 'by police': no abduction."""
    text = (
        "Twelve wounded people were taken away by ambulances. Five suspects "
        "were taken away by police. Nine people were taken away in ambulances."
    )
    assert [c for c in _counts(text) if c[1] == "kidnapped"] == []


def test_a_ship_seized_is_no_captive() -> None:
    """'seized the Galaxy Leader, a cargo ship': no person kidnapped, the crew are."""
    text = (
        "Houthi forces seized the Galaxy Leader, a cargo ship, in the Red Sea on "
        "Sunday and took its 25 crew members hostage."
    )
    assert _counts(text) == [("25 crew members", "kidnapped", 25)]


def test_groups_of_the_dead_are_subsets_of_the_toll() -> None:
    """'Ten of the dead were civilians and four were police officers': subsets of 14."""
    text = (
        "Militants killed 14 people in an attack on a checkpoint in Balochistan "
        "province on Tuesday, officials said. Ten of the dead were civilians and "
        "four were police officers."
    )
    report = conflictparse.parse(text, published="2025-06-01")
    assert [(c.best, c.victim, c.subset) for c in report.casualties] == [
        (14, "people", False),
        (10, "civilians", True),
        (4, "police", True),
    ]
    assert _total(text) == (14, 14, 14)


def test_a_clause_on_the_owner_leaves_the_definite_person_the_victim() -> None:
    """'The son of a businessman who was kidnapped last year was killed': the son."""
    text = (
        "The son of a businessman who was kidnapped last year was killed by "
        "gunmen in Michoacan on Tuesday, state prosecutors said."
    )
    assert _counts(text) == [("The son", "killed", 1)]
    text = "The brother of a journalist killed last year was shot dead on Tuesday."
    assert _counts(text) == [("The brother", "killed", 1)]


def test_a_named_victim_an_apposition_and_his_kin_are_all_counted() -> None:
    """'Gunmen killed Ahmed Ali, a teacher, and his son': two dead."""
    text = "Gunmen killed Ahmed Ali, a teacher, and his son in Mogadishu on Sunday."
    assert _counts(text) == [("Ahmed Ali", "killed", 1), ("his son", "killed", 1)]
    assert _total(text)[:2] == (2, 2)
    text = "Gunmen shot dead Ahmed Ali, 45, and his two sons on Sunday."
    assert _total(text)[:2] == (3, 3)


def test_a_headlines_unknown_singular_noun_listed_with_groups_is_one_more() -> None:
    """'Farm director and eight Russian troops killed': 9, not 8."""
    assert _total("Farm director and eight Russian troops killed in Chechnya") == (
        9,
        9,
        9,
    )
    # (a place or a weapon opening the list is no victim)
    assert _total("Car bomb and two soldiers killed")[:2] == (2, 2)


def test_a_natural_disasters_dead_are_no_conflict_count() -> None:
    """'a powerful earthquake that killed more than 2,000 people': no count."""
    text = (
        "A military air strike on a village in Myanmar's Sagaing region killed at "
        "least 12 people, a local resistance group said on Sunday.\n\nThe strike "
        "came two days after a powerful earthquake that killed more than 2,000 "
        "people across central Myanmar. Floods have killed 40 people in Sudan."
    )
    assert _counts(text) == [("at least 12 people", "killed", 12)]
    text = "Twelve soldiers were killed in an ambush during the floods."
    assert _counts(text) == [("Twelve soldiers", "killed", 12)]


def test_the_hurt_beside_a_part_of_a_round_up_are_part_of_its_hurt() -> None:
    """'six killed and 21 wounded across Ukraine ... two killed and 14 wounded in Kharkiv': 21."""
    text = (
        "Russian missiles and drones killed at least six people and wounded 21 "
        "overnight across Ukraine, officials said on Sunday.\n\nIn the city of "
        "Kharkiv, two people were killed and 14 wounded when a missile hit an "
        "apartment block, the regional governor said. Four people died in "
        "attacks on the Sumy region."
    )
    assert _total(text, "wounded") == (21, 21, 21)
    assert _total(text)[:2] == (6, 6)


def test_a_hospitals_intake_after_a_toll_is_part_of_it() -> None:
    """'killed at least 30 civilians ... received the bodies of 17 people': 30, not 47."""
    text = (
        "Government drone strikes killed at least 30 civilians in two villages in "
        "Ethiopia's Amhara region last week, residents said.\n\nA health worker at "
        "the hospital in Debre Markos said it had received the bodies of 17 people "
        "and treated 26 wounded."
    )
    assert _total(text) == (30, 30, None)


def test_a_bare_toll_after_a_contrast_competes_with_a_count_of_soldiers() -> None:
    """'killed about 50 soldiers, security sources said, though the army put the toll at 12'."""
    text = (
        "Jihadists killed about 50 soldiers in an attack on a military base in "
        "northern Burkina Faso, security sources said, though the army put the "
        "toll at 12."
    )
    assert _total(text) == (12, 12, 50)


def test_one_villages_toll_alone_is_part_of_the_round_up() -> None:
    """'killed 51 people in attacks on several villages ... In Ngazba alone, 35': 51."""
    text = (
        "CODECO militiamen killed 51 people in attacks on several villages in "
        "Djugu territory this week, a local official said on Friday.\n\nIn the "
        "village of Ngazba alone, 35 people were killed, the official said."
    )
    assert _total(text) == (51, 51, 51)


def test_a_round_ups_breakdown_without_an_exact_sum_is_part_of_it() -> None:
    """'at least 40 across Gaza ... a strike killed 11 ... another killed six': 40, not 57."""
    text = (
        "Israeli strikes killed at least 40 people across Gaza overnight and on "
        "Saturday, health officials said.\n\nA strike on a tent in the Muwasi "
        "area killed 11 people, including five children, according to Nasser "
        "Hospital. Another strike in Gaza City killed six members of one family."
    )
    assert _total(text)[:2] == (40, 40)


def test_other_sides_or_countries_dead_are_no_part_of_a_round_up() -> None:
    """Soldiers after a toll of Palestinians, a man in Russia after Ukraine's toll: added."""
    text = (
        "Israeli air strikes killed at least 60 Palestinians across the Gaza "
        "Strip overnight, health officials said. The military said two soldiers "
        "were killed."
    )
    assert _total(text)[:2] == (62, 62)
    text = (
        "Russian strikes killed at least 12 people across Ukraine overnight, "
        "officials said.\n\nIn the city of Kharkiv, a missile hit a factory, "
        "killing five workers.\n\nIn Russia's Kursk region, a man was killed when "
        "a drone hit his car, the governor said."
    )
    assert _total(text)[:2] == (13, 13)


def test_a_weeks_toll_sums_the_weeks_incidents() -> None:
    """'bringing the week's toll to at least 40': cumulative, not the day's toll."""
    text = (
        "An RSF drone attack on a displacement camp near El Fasher killed 12 "
        "people on Saturday. The attack came a day after shelling of the city "
        "killed nine civilians, bringing the week's toll to at least 40, "
        "activists said."
    )
    report = conflictparse.parse(text, published="2025-04-06")
    assert [c.provenance.reason for c in report.casualties] == [
        None,
        None,
        "cumulative toll",
    ]
    assert _total(text)[:2] == (21, 21)


def test_an_old_attack_with_its_year_is_background_even_in_the_lead() -> None:
    """'the Oct 7, 2023 Hamas-led attack on Israel that killed 1,200 people' told in 2025."""
    text = (
        "Israel and Hamas agreed on the first phase of a plan to end the war in "
        "Gaza. The war was triggered by the Oct 7, 2023 Hamas-led attack on "
        "Israel that killed 1,200 people."
    )
    report = conflictparse.parse(text, published="2025-10-09")
    assert [c.provenance.reason for c in report.casualties] == ["cumulative toll"]
    assert summarize(report.casualties).get("killed") is None


def test_a_wars_second_verb_sums_the_war_too() -> None:
    """'the war has killed tens of thousands and displaced more than 12 million'."""
    text = (
        "The war in Sudan, now entering its third year, has killed tens of "
        "thousands of people and displaced more than 12 million, according to "
        "the United Nations. On Wednesday, RSF shelling of El Fasher killed five "
        "people, activists said."
    )
    report = conflictparse.parse(text, published="2025-04-10")
    assert summarize(report.casualties).get("displaced") is None
    assert _total(text) == (5, 5, 5)


def test_subsets_larger_than_a_vague_toll_raise_its_low() -> None:
    """'killed dozens, including 27 soldiers': at least 27, not 24."""
    text = (
        "Fighting between the army and the White Army militia in South Sudan's "
        "Upper Nile state killed dozens, including 27 soldiers, a military "
        "spokesman said."
    )
    assert _total(text) == (27, 27, None)


def test_a_headlines_present_tense_of_freeing_is_a_release() -> None:
    """'Colombia rebels free 28 soldiers', 'Hamas releases three hostages'."""
    assert _counts("Colombia rebels free 28 soldiers held in Cauca") == [
        ("28 soldiers", "released", 28)
    ]
    assert _counts("Hamas releases three Israeli hostages") == [
        ("three Israeli hostages", "released", 3)
    ]
    assert _counts("Rebels agreed to free 20 hostages next week.") == []


def test_a_titled_official_seized_is_still_a_captive() -> None:
    """'The militants seized the Deputy Governor at a checkpoint': one kidnapped."""
    assert _counts("The militants seized the Deputy Governor at a checkpoint.") == [
        ("the Deputy Governor", "kidnapped", 1)
    ]
