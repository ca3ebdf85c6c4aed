"""
Casualty counts and report totals on short modern wire copy (whole
pipeline): rival parties' claims of a clash's dead, which are bounds of
the toll and no sum of it.
"""

from __future__ import annotations

import conflictparse
from conflictparse.parsers.casualties import summarize


def _claims(text: str, published: str = "2024-08-12") -> list[tuple[str, bool]]:
    report = conflictparse.parse(text, published=published)
    return [
        (c.text, c.provenance.reason == "claim of its own kills")
        for c in report.casualties
        if c.outcome == "killed"
    ]


def _killed(text: str, published: str = "2024-08-12") -> tuple[int | None, ...]:
    total = summarize(conflictparse.parse(text, published=published).casualties).get(
        "killed"
    )
    assert total is not None
    return total.low, total.best, total.high


_AMBUSH = (
    "BAMAKO, July 30 (Reuters) - Fighting near the Algerian border left heavy "
    "losses over the weekend, both sides said.\n\nThe al Qaeda-linked group said "
    "in a statement that it had killed 47 soldiers and 84 Wagner mercenaries near "
    "Tinzaouaten.\n\nMali's army said it lost two soldiers and killed around 20 "
    "militants in the clashes."
)


def test_a_claims_second_object_is_claimed_too() -> None:
    """'said it had killed 47 soldiers and 84 Wagner mercenaries': both claimed."""
    assert _claims(_AMBUSH) == [
        ("47 soldiers", True),
        ("84 Wagner mercenaries", True),
        ("around 20 militants", False),
    ]


def test_a_partys_own_losses_of_any_outcome_cover_the_foes_claim() -> None:
    """The army's 'lost two soldiers' and '20 militants' replace the group's claims."""
    assert _killed(_AMBUSH)[:2] == (20, 20)
    report = conflictparse.parse(_AMBUSH, published="2024-07-30")
    assert [e.best for e in report.events if e.best is not None] == [20]


def test_a_count_with_its_own_verb_after_a_claim_is_not_claimed() -> None:
    """'killed 20 militants and 14 civilians died in the crossfire': no claim of 14."""
    text = (
        "The army said it killed 20 militants, and 14 civilians died in the "
        "crossfire, residents said."
    )
    assert ("14 civilians", False) in _claims(text)


_BORDER = (
    "ISLAMABAD, Oct 12 (Reuters) - Pakistan and Afghanistan's Taliban forces "
    "clashed overnight along their border.\n\nPakistan said it killed 200 Taliban "
    "fighters and affiliated militants in the fighting. The Taliban said they "
    "killed 58 Pakistani soldiers and captured 25 army posts."
)


def test_rival_claims_of_each_others_dead_are_a_bound_not_a_sum() -> None:
    """Pakistan's 200 and the Taliban's 58: no toll of 258, at most 258."""
    assert _killed(_BORDER, "2025-10-12") == (None, None, 258)
    report = conflictparse.parse(_BORDER, published="2025-10-12")
    assert [(e.low, e.best, e.high) for e in report.events] == [(None, None, 258)]


def test_one_partys_claims_are_still_added() -> None:
    """One party's claim of two groups killed, listed together, is its toll."""
    text = (
        "The al Qaeda-linked group said in a statement that it had killed 47 "
        "soldiers and 84 Wagner mercenaries near Tinzaouaten."
    )
    assert _killed(text) == (131, 131, 131)


def test_a_vague_counts_figure_from_another_source_is_the_count_not_a_bound() -> None:
    """'killed dozens' … 'one resident said he had counted more than 50 bodies'."""
    text = (
        "MAIDUGURI, Nigeria, March 5 (AP) - Jihadists killed dozens of soldiers and "
        "civilians in an attack on a town in Borno state, residents said. One "
        "resident said he had counted more than 50 bodies after the attackers left."
    )
    report = conflictparse.parse(text, published="2024-03-05")
    assert [
        (c.text, c.superseded, c.provenance.reason)
        for c in report.casualties
        if c.outcome == "killed"
    ] == [
        ("dozens of soldiers and civilians", True, None),
        ("more than 50", False, None),
    ]
    assert _killed(text, "2024-03-05") == (51, 51, None)


def test_a_states_passive_claim_of_another_states_soldiers_killed() -> None:
    """Russia's ministry on '120 Ukrainian soldiers were killed': a claim; Kyiv's own: none."""
    text = (
        "MOSCOW, Aug 20 (Reuters) - Russia said on Tuesday its forces had repelled "
        "a Ukrainian attack in the Kursk region.\n\nThe defence ministry said its "
        "troops destroyed 12 armoured vehicles and that 120 Ukrainian soldiers were "
        "killed."
    )
    assert _claims(text, "2024-08-20") == [("120 Ukrainian soldiers", True)]
    own = (
        "KYIV, Aug 20 (Reuters) - Ukraine's military said on Tuesday that 12 "
        "Ukrainian soldiers were killed when a missile struck a training ground."
    )
    assert _claims(own, "2024-08-20") == [("12 Ukrainian soldiers", False)]


def test_one_of_the_injured_told_in_apposition_died() -> None:
    """'One of the injured, a 68-year-old woman, died': one more dead, one fewer hurt."""
    text = (
        "ODESA, March 5 (AP) - A Russian missile struck an apartment block on Monday, "
        "killing four people and injuring 12, officials said. One of the injured, a "
        "68-year-old woman, died in hospital on Tuesday, the governor said."
    )
    report = conflictparse.parse(text, published="2024-03-05")
    assert [(c.text, c.outcome, c.subset) for c in report.casualties][2:] == [
        ("One of the injured", "killed", False),
        ("a 68-year-old woman", "killed", True),
    ]
    summary = summarize(report.casualties)
    assert summary.get("killed").best == 5  # type: ignore[union-attr]
    assert summary.get("wounded").best == 11  # type: ignore[union-attr]


def _captives(text: str) -> list[tuple[str, str]]:
    report = conflictparse.parse(text, published="2024-03-05")
    return [(c.text, c.outcome) for c in report.casualties]


def test_captives_held_with_their_capture_told_after_them() -> None:
    """'still holding 30 villagers seized in the raid', '… 12 traders captive'."""
    assert _captives(
        "Bandits are still holding 30 villagers seized in the raid, a local "
        "official said."
    ) == [("30 villagers", "kidnapped")]
    assert _captives("The militants are holding 12 traders captive near Kidal.") == [
        ("12 traders", "kidnapped")
    ]
    assert _captives("Gunmen seized 12 rifles taken from the police.") == []


def test_hostages_who_remain_somewhere_are_still_held() -> None:
    """'Fifty hostages remain in Gaza': captives; 'people remain in hospital': none."""
    assert _captives("Fifty hostages remain in Gaza, Israeli officials said.") == [
        ("Fifty hostages", "kidnapped")
    ]
    assert _captives("Twelve people remain in hospital in Khan Younis.") == []
    assert _captives("The engineer remained in Bogota with his relatives.") == []


def test_people_held_by_armed_captors_are_captives() -> None:
    """'Thirty villagers were being held by the militants'; not 'held by police'."""
    assert _captives(
        "Thirty villagers were being held by the militants on Tuesday, a local "
        "official said."
    ) == [("Thirty villagers", "kidnapped")]
    assert _captives("Twelve hostages were held by Hamas in tunnels.") == [
        ("Twelve hostages", "kidnapped")
    ]
    assert _captives("Twelve suspects were being held by police in Kano.") == []
    assert _captives("No soldiers are being held by the crew of that boat.") == []
