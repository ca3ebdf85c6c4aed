"""
Actors on short wire copy written for the project: a round-up paragraph's
country and a later sentence of it that tells of other countries.
"""

from __future__ import annotations

import conflictparse


def test_a_later_sentence_naming_other_countries_leaves_the_paragraphs_country() -> None:
    """
    "In Lebanon, ..." opens a round-up paragraph, but its next sentence tells
    of Yemen and Israel: "the military" that intercepted the missile is Israel's.
    """
    text = (
        "GAZA, June 24 (Wire) - Israeli forces killed at least 20 Palestinians on Monday,"
        " health officials said.\n\n"
        "In Lebanon, an Israeli drone strike killed a Hezbollah commander overnight, the"
        " group said. Yemen's Houthis fired a missile at Israel on Sunday, which the"
        " military said it had intercepted."
    )
    actors = conflictparse.parse(text, published="2025-06-24").actors
    [military] = [a for a in actors if a.text == "the military"]
    assert "Military Forces of Israel" == military.canonical
