"""
Places on short modern wire copy written for the project: a province named
with its cue before it keeps its sense for the story's later bare mentions.
"""

from __future__ import annotations

import conflictparse


def test_a_province_named_as_the_state_of_x_stays_the_province() -> None:
    text = (
        "MEXICO CITY (Reuters) - Gunmen killed six people at a bar in Celaya in the"
        " central state of Guanajuato late on Saturday, prosecutors said.\n\n"
        "Guanajuato has for years been the most violent state in Mexico."
    )
    places = conflictparse.parse(text, published="2026-11-23").places
    named = [p for p in places if p.text == "Guanajuato"]
    assert len(named) == 2
    # the state both times, not its capital the second time
    assert {(p.kind, p.admin1) for p in named} == {("province", "MX-GUA")}


def test_a_town_cue_still_keeps_the_town() -> None:
    text = (
        "Gunmen killed six people in the state of Guanajuato on Saturday. In"
        " Guanajuato city, police set up checkpoints."
    )
    places = conflictparse.parse(text, published="2026-11-23").places
    kinds = [p.kind for p in places if p.text == "Guanajuato"]
    assert kinds == ["province", "city"]


def test_a_possessive_ends_a_name_after_its_cue() -> None:
    text = (
        "Government drones struck a market in the Amhara region town of Bahir"
        " Dar's outskirts on Monday evening, health workers said. Troops later"
        " entered the town of Maga's main square."
    )
    places = conflictparse.parse(text, published="2026-11-23").places
    named = {p.text: p for p in places}
    # the known city, not an unknown town "Bahir Dar's"
    assert named["Bahir Dar"].geonames_id is not None
    assert named["Bahir Dar"].admin1 == "ET-AM"
    assert "Maga" in named
    assert not any(p.text.endswith("'s") for p in places)
    assert all(text[p.span.start : p.span.end] == p.text for p in places)


def test_states_that_brokered_or_backed_a_deal_are_no_scene() -> None:
    text = (
        "The clashes ended with a ceasefire brokered by Qatar and Turkey on"
        " Oct. 19. The deal, backed by the United States, held. The town was"
        " later shelled from Russia and Belarus."
    )
    places = conflictparse.parse(text, published="2026-11-23").places
    roles = {p.text: p.role for p in places}
    assert roles["Qatar"] == roles["Turkey"] == roles["United States"] == "metonymy"
    # a place after "from" stays a place
    assert roles["Russia"] == roles["Belarus"] == "place"
