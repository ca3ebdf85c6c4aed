"""
Events on short wire copy written for the project: a detail that returns to
the incident before the last, and an attack nobody claimed.
"""

from __future__ import annotations

import conflictparse

STORY = (
    "ISLAMABAD, Aug 21 (AP) - Militants attacked a police checkpoint in northwest"
    " Pakistan before dawn on Thursday, killing six officers, and a separate bombing"
    " a day earlier in the southwestern city of Quetta killed a child and wounded 14"
    " people, officials said.\n\n"
    "The attack in the Bannu district of Khyber Pakhtunkhwa province lasted about two"
    " hours, district police chief Ziaullah Khan said. Three of the attackers were"
    " killed when police returned fire.\n\n"
    "No one claimed responsibility for the Quetta bombing, which struck a crowded"
    " market on Wednesday evening. The Pakistani Taliban, known as the TTP, said it"
    " carried out the checkpoint attack."
)


def _events() -> list[conflictparse.Event]:
    return list(conflictparse.parse(STORY, published="2026-08-21").events)


def test_a_detail_whose_place_conflicts_with_the_last_incident_refines_the_one_before() -> (
    None
):
    checkpoint, bombing = _events()
    assert checkpoint.place is not None and bombing.place is not None
    assert ("Bannu", "PK-KP") == (checkpoint.place.text, checkpoint.place.admin1)
    assert "Quetta" == bombing.place.text


def test_the_next_sentence_with_no_date_or_place_follows_that_detail() -> None:
    """The attackers killed by police returning fire died at the checkpoint."""
    checkpoint, bombing = _events()
    assert 9 == checkpoint.fatalities
    assert {"Three of the attackers"} <= {c.text for c in checkpoint.casualties}
    assert 1 == bombing.fatalities


def test_an_attack_nobody_claimed_is_the_unidentified_armed_groups() -> None:
    _, bombing = _events()
    assert bombing.side_a is not None
    assert "Unidentified Armed Group (Pakistan)" == bombing.side_a.canonical
    assert (
        STORY[bombing.side_a.span.start : bombing.side_a.span.end] == bombing.side_a.text
    )


def test_a_person_described_after_a_comma_is_one_dead() -> None:
    """ "Major Ali Hassan, an officer who was killed": one death, not two listed."""
    text = (
        "Police linked the gunman to the murder of Major Ali Hassan, an officer who was"
        " killed after a failed mutiny on Friday."
    )
    [event] = conflictparse.parse(text, published="2026-10-07").events
    assert 1 == event.fatalities


def test_victims_listed_after_a_comma_still_add_up() -> None:
    text = "The strike killed two soldiers, a policeman and a civilian on Friday."
    [event] = conflictparse.parse(text, published="2026-10-07").events
    assert 4 == event.fatalities
