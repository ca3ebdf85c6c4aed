"""
Event assembly on short modern wire copy written for the project (whole
pipeline): where an event took place when its sentences name a hospital.
"""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    "deed",
    [
        "attacked and looted a hospital in the town of Kalemba",
        "set fire to homes and looted the main clinic in Kalemba",
        "shelled a hospital in Kalemba",
    ],
)
def test_a_hospital_attacked_in_a_town_makes_that_town_the_scene(deed: str) -> None:
    """
    "taken to a hospital in X" tells where the hurt were treated, not the
    scene; but when the hospital itself is attacked, its town is the scene,
    not the dateline's city.
    """
    text = (
        f"BUNIA, Congo (Wire) - Militiamen {deed} in Ituri province on Saturday, "
        "the local administrator said on Sunday.\n\n"
        "At least nine people were killed, he said."
    )
    events = conflictparse.parse(text, published="2025-05-04").events
    assert events
    assert events[0].place is not None
    assert "Kalemba" == events[0].place.text


def test_a_hospital_the_wounded_were_taken_to_is_still_no_scene() -> None:
    """The care rule itself still holds beside an attack verb elsewhere."""
    text = (
        "BUNIA, Congo (Wire) - Militiamen attacked a displacement camp in Ituri "
        "province on Saturday, killing nine people. The wounded were taken to a "
        "hospital in the town of Kalemba, the local administrator said."
    )
    [event] = conflictparse.parse(text, published="2025-05-04").events
    assert event.place is not None
    assert "Kalemba" != event.place.text
