"""
Regression tests of the places family on modern wire copy (session 24):
capitals' own first-level units (Sanaa's Amanat al-Asimah, Yamoussoukro,
Caracas), a small town of a story that names only the country people fled
to, a front-line town as the subject after "said". Stories written for
this project.
"""

from __future__ import annotations

import datetime as _dt

from conflictparse import parse
from conflictparse.results import PlaceMention

PUBLISHED = _dt.date(2025, 6, 2)


def _places(text: str) -> list[PlaceMention]:
    return list(parse(text, published=PUBLISHED).places)


def _reading(text: str, surface: str) -> tuple[object, ...] | None:
    m = next((p for p in _places(text) if p.text == surface), None)
    return None if m is None else (m.kind, m.country, m.admin1)


# --- capitals' own units --------------------------------------------------------------


def test_sanaa_city_is_amanat_al_asimah_and_the_governorate_is_sanaa() -> None:
    text = (
        "US strikes hit the capital Sanaa overnight, the Houthi-run health ministry "
        "said. Other raids struck Bani Hushaish in Sanaa province, east of the city."
    )
    assert _reading(text, "Sanaa") == ("city", "YE", "YE-SA")
    provinces = [p for p in _places(text) if p.kind == "province"]
    assert [(p.text, p.admin1) for p in provinces] == [("Sanaa", "YE-SN")]


def test_yamoussoukro_is_its_own_district() -> None:
    text = "Opposition supporters clashed with police in Yamoussoukro on Friday, witnesses said."
    assert _reading(text, "Yamoussoukro") == ("city", "CI", "CI-YM")


def test_caracas_is_the_capital_district() -> None:
    text = "Security forces fired tear gas at protesters in Caracas on Saturday."
    assert _reading(text, "Caracas") == ("city", "VE", "VE-A")
