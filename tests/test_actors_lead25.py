"""Actors on short modern wire copy, lead of session 25."""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    "name",
    [
        "the Gaitanist Army of Colombia",
        "the Gaitanist Self-Defense Forces of Colombia",
    ],
)
def test_the_gulf_clans_own_names_are_the_gulf_clan(name: str) -> None:
    """ "the group, which calls itself the Gaitanist Army of Colombia": the Clan del Golfo, not Colombia's army."""
    text = (
        "BOGOTA (Wire) - President Gustavo Petro blamed the Gulf Clan, which calls "
        f"itself {name}, for an ambush that killed seven soldiers on Wednesday."
    )
    actors = conflictparse.parse(text, published="2026-03-27").actors
    named = [a for a in actors if a.text in (name, name.removeprefix("the "))]
    assert [a.canonical for a in named] == ["Clan del Golfo"]
