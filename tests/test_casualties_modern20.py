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
