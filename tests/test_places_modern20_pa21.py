"""
Regression tests of the places family on modern wire copy (session 20,
second round): province names as the news hyphenates them, ... Stories
written for this project.
"""

from __future__ import annotations

import datetime as _dt

from conflictparse import parse
from conflictparse.results import PlaceMention

PUBLISHED = _dt.date(2024, 10, 27)


def _places(text: str) -> list[PlaceMention]:
    return list(parse(text, published=PUBLISHED).places)


def _reading(m: PlaceMention) -> tuple[object, ...]:
    return (m.text, m.role, m.kind, m.country, m.admin1)


def test_hyphenated_province_name_of_the_news() -> None:
    text = (
        "DUBAI, Oct 26 (Reuters) - Gunmen killed 10 police officers in an "
        "attack on a patrol in Sistan-Baluchestan province on Saturday, "
        "state media reported."
    )
    got = [_reading(m) for m in _places(text)]
    assert ("Sistan-Baluchestan", "place", "province", "IR", "IR-11") in got
