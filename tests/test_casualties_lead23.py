"""
Casualties on short modern wire copy written for the project: "remain"
standing for "are" before "missing".
"""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    "text",
    [
        "Nine soldiers were killed when FARC dissidents attacked the base. Another"
        " eight soldiers were wounded and two remain missing, the ministry said.",
        "Eight soldiers were wounded and two remained missing after the ambush.",
    ],
)
def test_two_remain_missing(text: str) -> None:
    counts = conflictparse.parse(text, published="2026-11-21").casualties
    missing = [c for c in counts if c.outcome == "missing"]
    assert [(c.text, c.best, c.victim) for c in missing] == [("two", 2, "soldiers")]


def test_remaining_in_hospital_is_no_one_missing() -> None:
    text = "Eight soldiers were wounded and two remain in hospital, the army said."
    counts = conflictparse.parse(text, published="2026-11-21").casualties
    assert [(c.outcome, c.best) for c in counts] == [("wounded", 8)]
