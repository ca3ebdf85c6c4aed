"""
The Registry: built-ins listed explicitly, registration, lookup order, checks.
"""

from __future__ import annotations

from typing import Any

import pytest

from conflictparse import FAMILIES, DateMention, Document, Registry
from conflictparse.errors import PluginValidationError, UnknownParserError


def no_dates(doc: Document) -> list[DateMention]:
    """A dates parser that finds nothing."""
    return []


class Slotted:
    """A parser class with settings, instantiated by the registry."""

    __slots__ = ("limit",)

    def __init__(self) -> None:
        self.limit = 3

    def __call__(self, doc: Document) -> list[DateMention]:
        return []


@pytest.mark.parametrize("family", FAMILIES)
def test_every_family_has_a_default(family: str) -> None:
    """Each family has a built-in ``default`` that the registry can create."""
    registry = Registry(entry_points=False)
    assert ("default",) == registry.names(family)
    assert callable(registry.create(family, "default"))


@pytest.mark.parametrize(
    ("family", "cls"),
    [
        ("dateline", "DatelineParser"),
        ("dates", "DateParser"),
        ("actors", "ActorParser"),
        ("places", "PlaceParser"),
        ("casualties", "CasualtyParser"),
        ("events", "EventParser"),
    ],
)
def test_default_is_the_family_class(family: str, cls: str) -> None:
    """The built-in default of a family is its module's parser class."""
    assert cls == Registry(entry_points=False).get(family, "default").__name__


def test_register_function_and_list_it() -> None:
    """A registered function is listed, sorted, next to the built-in."""
    registry = Registry(entry_points=False)
    registry.register("dates", "none", no_dates)
    assert ("default", "none") == registry.names("dates")
    assert no_dates is registry.get("dates", "none")
    assert no_dates is registry.create("dates", "none")


def test_register_class_instantiated_on_create() -> None:
    """A registered class is instantiated with no arguments by ``create``."""
    registry = Registry(entry_points=False)
    registry.register("dates", "slotted", Slotted)
    assert isinstance(registry.create("dates", "slotted"), Slotted)


def test_registration_shadows_builtin() -> None:
    """A user registration named ``default`` replaces the built-in for that registry."""
    registry = Registry(entry_points=False)
    registry.register("dates", "default", no_dates)
    assert no_dates is registry.create("dates", "default")
    assert no_dates is not Registry(entry_points=False).create("dates", "default")


@pytest.mark.parametrize(
    "bad",
    [
        pytest.param("no_dates", id="string"),
        pytest.param(3, id="int"),
        pytest.param(lambda: None, id="no-argument"),
        pytest.param(lambda doc, extra: [], id="two-required-arguments"),
    ],
)
def test_register_refuses_non_parsers(bad: Any) -> None:
    """Objects that cannot be called with one document are refused, carrying the object."""
    with pytest.raises(PluginValidationError) as info:
        Registry(entry_points=False).register("dates", "bad", bad)
    assert bad is info.value.plugin
    assert "dates" == info.value.family


def test_register_refuses_class_without_call() -> None:
    """A class whose instances are not callable is refused."""

    class NotCallable:
        pass

    with pytest.raises(PluginValidationError):
        Registry(entry_points=False).register("dates", "x", NotCallable)


def test_unknown_family_refused() -> None:
    """A family that is not a pipeline stage raises UnknownParserError listing the stages."""
    with pytest.raises(UnknownParserError) as info:
        Registry(entry_points=False).register("weather", "x", no_dates)
    assert FAMILIES == info.value.available


def test_unknown_name_lists_available() -> None:
    """A failed lookup says what exists."""
    registry = Registry(entry_points=False)
    registry.register("dates", "none", no_dates)
    with pytest.raises(UnknownParserError) as info:
        registry.get("dates", "timex")
    assert ("default", "none") == info.value.available
    assert "no dates parser named 'timex'; available: default, none" == str(info.value)
    assert isinstance(info.value, LookupError)


def test_class_failing_to_instantiate() -> None:
    """A class that raises on creation gives PluginValidationError, chained."""

    class Needy:
        def __init__(self, table: str) -> None:
            self.table = table

        def __call__(self, doc: Document) -> list[DateMention]:
            return []

    registry = Registry(entry_points=False)
    registry.register("dates", "needy", Needy)
    with pytest.raises(PluginValidationError) as info:
        registry.create("dates", "needy")
    assert isinstance(info.value.__cause__, TypeError)
