"""Datelines below the short lines scrapers keep above them (lead of session 25)."""

from __future__ import annotations

import pytest

import conflictparse


@pytest.mark.parametrize(
    "header",
    [
        "Updated 21 April 2026, 14:05 GMT\n\nGunmen kill 12 worshippers in Niger mosque attack\n\n",
        "Gunmen kill 12 worshippers in Niger mosque attack\n\nBy Staff Reporter\n\n"
        "Published April 21, 2026\n\n",
    ],
)
def test_a_dateline_below_a_scrapers_header_lines_is_the_storys(header: str) -> None:
    """
    "Updated 21 April 2026, 14:05 GMT", a headline, then "NIAMEY, April 21
    (AFP) —": the dateline is found, so its date is no incident's and
    "Friday prayers" dates the attack.
    """
    text = header + (
        "NIAMEY, April 21 (AFP) — Gunmen killed 12 worshippers during Friday prayers "
        "at a mosque in the village of Fambita in Niger's Tillaberi region, the "
        "interior ministry said on Monday."
    )
    report = conflictparse.parse(text, published="2026-04-21")
    assert report.dateline is not None
    assert (report.dateline.text, report.dateline.source) == ("NIAMEY", "AFP")
    assert [e.date.value for e in report.events if e.date] == ["2026-04-17"]


def test_a_photo_caption_dates_no_incident() -> None:
    """ "Photo: Smoke rises after an Israeli strike ..., April 20, 2026.": a caption, no sentence of the news."""
    text = (
        "BEIRUT, April 20 (Wire) — An Israeli strike on a car near the southern "
        "Lebanese town of Naqoura killed one person on Sunday, Lebanon's health "
        "ministry said.\n\nPhoto: Smoke rises after an Israeli strike in southern "
        "Lebanon, April 20, 2026.\n\nLebanon's president condemned the strike."
    )
    (event,) = conflictparse.parse(text, published="2026-04-20").events
    assert event.date is not None and event.date.value == "2026-04-19"
