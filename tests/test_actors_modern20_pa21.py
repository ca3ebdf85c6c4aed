"""
Actors in modern wire copy (session 20, second round): a people's name
before a generic mention that opens one named group's name.
Every story here was written for the project.
"""

from __future__ import annotations

import datetime

from conflictparse import Document
from conflictparse.context import Context
from conflictparse.parsers.actors import ActorParser


def _actors(text: str, day: datetime.date) -> list[tuple[str, str | None]]:
    doc = Document(text=text, context=Context(published=day))
    return [(m.text, m.canonical) for m in ActorParser()(doc)]


def test_peoples_name_picks_the_group_it_opens_among_tied_groups() -> None:
    got = _actors(
        "ISLAMABAD, March 12 (AP) - Pakistani troops killed 33 Baloch separatists "
        "who hijacked a train in Balochistan province, officials said.\n\n"
        "The BLA said it held the train. In a separate attack, the TTP killed "
        "three soldiers in Bannu. Officials said the TTP and the BLA cooperate.",
        datetime.date(2025, 3, 12),
    )
    assert ("separatists", "Balochistan Liberation Army") in got


def test_peoples_name_picks_the_group_it_opens_over_the_one_named_most() -> None:
    got = _actors(
        "ISLAMABAD, March 12 (AP) - The TTP killed three soldiers in Bannu on "
        "Tuesday, and the TTP said it would continue its attacks. In Balochistan, "
        "Baloch separatists hijacked a train, and the BLA claimed the attack.",
        datetime.date(2025, 3, 12),
    )
    assert ("separatists", "Balochistan Liberation Army") in got
