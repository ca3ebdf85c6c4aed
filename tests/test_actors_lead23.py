"""
Actors on short modern wire copy written for the project: a group brought
in with an indefinite article is not the report's salient group.
"""

from __future__ import annotations

import conflictparse


def _militia(text: str, published: str) -> str | None:
    (mention,) = [
        a
        for a in conflictparse.parse(text, published=published).actors
        if a.text == "militia"
    ]
    return mention.canonical


def test_the_head_of_a_local_militia_is_no_boko_haram() -> None:
    text = (
        "MAIDUGURI, Nigeria (AP) — Suspected Boko Haram fighters killed at least 22"
        " farmers near Zabarmari on Tuesday, said Babakura Kolo, the head of a local"
        " militia."
    )
    assert _militia(text, "2026-11-19") == "Unidentified Armed Group (Nigeria)"


def test_a_pro_government_militia_is_the_countrys_own() -> None:
    text = (
        "OUAGADOUGOU (Reuters) - JNIM said in a statement that it had killed 200"
        " soldiers and members of a pro-government militia in an attack on an army"
        " post in Burkina Faso."
    )
    # not the jihadists who claimed to have killed them
    assert _militia(text, "2026-11-19") == "Volunteers for the Defence of the Homeland"


def test_an_apposition_still_describes_the_group_it_follows() -> None:
    text = (
        "OUAGADOUGOU (Reuters) - At least 20 members of the Volunteers for the"
        " Defence of the Homeland (VDP), a civilian militia that fights alongside"
        " the army, were killed in Burkina Faso."
    )
    assert _militia(text, "2026-11-19") == "Volunteers for the Defence of the Homeland"
