"""
The registry: ``(family, name) -> parser factory``.

Built-in parsers are listed here explicitly; nothing registers itself by
being imported. Third-party parsers arrive through one entry-point group
per family (``conflictparse.dates``, ``conflictparse.casualties``,
``conflictparse.places``, ``conflictparse.actors``, ``conflictparse.events``
and ``conflictparse.dateline``), read on the first lookup, not at import.
When no installed distribution declares such a group (a quick look at
their ``entry_points.txt`` files tells), :mod:`importlib.metadata` is not
imported at all.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from collections.abc import Callable, Iterable
from typing import TYPE_CHECKING, Any, Final

from conflictparse.errors import PluginValidationError, UnknownParserError

if TYPE_CHECKING:  # importlib.metadata costs ~15 ms: imported on the first lookup
    from importlib import metadata

__all__ = ["FAMILIES", "Registry", "default_registry"]

#: The pipeline's stages, in the order they run.
FAMILIES: Final = ("dateline", "dates", "actors", "places", "casualties", "events")

_ENTRY_POINT_PREFIX: Final = "conflictparse."

#: Built-in parsers: family -> name -> "module:attribute".
_BUILTINS: Final[dict[str, dict[str, str]]] = {
    "dateline": {"default": "conflictparse.parsers.dateline:DatelineParser"},
    "dates": {"default": "conflictparse.parsers.dates:DateParser"},
    "actors": {"default": "conflictparse.parsers.actors:ActorParser"},
    "places": {"default": "conflictparse.parsers.places:PlaceParser"},
    "casualties": {"default": "conflictparse.parsers.casualties:CasualtyParser"},
    "events": {"default": "conflictparse.parsers.events:EventParser"},
}


def _check_family(family: str) -> None:
    if family not in FAMILIES:
        raise UnknownParserError(family="parser family", name=family, available=FAMILIES)


def check_parser(obj: Any, family: str) -> None:
    """
    Check that *obj* can serve as a parser of *family*: callable with one
    positional argument (the :class:`~conflictparse.Document`).

    Raises:
        PluginValidationError: it cannot.
    """
    if not callable(obj):
        raise PluginValidationError(
            f"a {family} parser must be callable, got {type(obj).__name__}",
            plugin=obj,
            family=family,
        )
    import inspect  # only when a pipeline or registration checks a parser

    try:
        sig = inspect.signature(obj)
    except (TypeError, ValueError):
        return  # builtins and C callables: trust them
    try:
        sig.bind(object())
    except TypeError as exc:
        raise PluginValidationError(
            f"a {family} parser must accept one positional argument (the document): "
            f"{obj!r} has signature {sig}",
            plugin=obj,
            family=family,
        ) from exc


def instantiate(obj: Any, family: str) -> Callable[..., Any]:
    """
    Turn a registered object into a parser: a class is instantiated with no
    arguments, anything else is used as it is. The result is checked.
    """
    if isinstance(obj, type):
        try:
            obj = obj()
        except Exception as exc:
            raise PluginValidationError(
                f"could not create {family} parser {obj.__name__}: {exc}",
                plugin=obj,
                family=family,
            ) from exc
    check_parser(obj, family)
    return obj  # type: ignore[no-any-return]


class Registry:
    """
    Named parser factories, per family.

    A new registry holds the built-ins and, on its first lookup, the
    installed entry points. Registering on one registry changes no other:
    there is no global mutable state.

    >>> reg = Registry()
    >>> def no_dates(doc):
    ...     return []
    >>> reg.register("dates", "none", no_dates)
    >>> "none" in reg.names("dates"), "default" in reg.names("dates")
    (True, True)
    >>> Registry(entry_points=False).names("dates")
    ('default',)

    .. versionadded:: 0.1.0
    """

    __slots__ = ("_entry_points", "_loaded", "_lock", "_user")

    def __init__(self, *, entry_points: bool = True) -> None:
        self._user: dict[str, dict[str, Any]] = {f: {} for f in FAMILIES}
        self._entry_points: dict[str, dict[str, metadata.EntryPoint]] = {
            f: {} for f in FAMILIES
        }
        self._loaded = not entry_points
        self._lock = threading.Lock()

    def register(self, family: str, name: str, obj: Any) -> None:
        """
        Register *obj* (a parser, or a class whose instances are parsers)
        as *name* in *family*; it shadows a built-in of the same name.

        Raises:
            UnknownParserError: *family* is not a pipeline stage.
            PluginValidationError: *obj* is not a parser.
        """
        _check_family(family)
        if not isinstance(obj, type):
            check_parser(obj, family)
        elif not any("__call__" in vars(klass) for klass in obj.__mro__):
            raise PluginValidationError(
                f"{obj.__name__} instances are not callable", plugin=obj, family=family
            )
        self._user[family][name] = obj

    def _load_entry_points(self) -> None:
        with self._lock:
            if self._loaded:
                return
            for ep in _entry_points():
                family = ep.group[len(_ENTRY_POINT_PREFIX) :]
                if family in self._entry_points:
                    self._entry_points[family][ep.name] = ep
            self._loaded = True

    def names(self, family: str) -> tuple[str, ...]:
        """All names registered in *family*, sorted."""
        _check_family(family)
        self._load_entry_points()
        found = set(_BUILTINS[family]) | set(self._entry_points[family]) | set(
            self._user[family]
        )
        return tuple(sorted(found))

    def get(self, family: str, name: str) -> Any:
        """
        Return the object registered as *name* in *family* (user
        registrations first, then entry points, then built-ins).

        Raises:
            UnknownParserError: nothing has that name; the error lists what does.
        """
        _check_family(family)
        if name in self._user[family]:
            return self._user[family][name]
        self._load_entry_points()
        if name in self._entry_points[family]:
            ep = self._entry_points[family][name]
            try:
                return ep.load()
            except Exception as exc:
                raise PluginValidationError(
                    f"entry point {ep.value!r} ({ep.group}) failed to load: {exc}",
                    plugin=ep.value,
                    family=family,
                ) from exc
        if name in _BUILTINS[family]:
            module, _, attr = _BUILTINS[family][name].partition(":")
            return getattr(importlib.import_module(module), attr)
        raise UnknownParserError(family=family, name=name, available=self.names(family))

    def create(self, family: str, name: str) -> Callable[..., Any]:
        """Look up *name* and return a ready parser (classes instantiated)."""
        return instantiate(self.get(family, name), family)


def _entry_points() -> Iterable[metadata.EntryPoint]:
    if not _may_declare_entry_points():
        return  # importing importlib.metadata and reading every distribution costs ~20 ms
    from importlib import metadata

    eps = metadata.entry_points()
    for family in FAMILIES:
        yield from eps.select(group=_ENTRY_POINT_PREFIX + family)


_INFO_SUFFIXES: Final = (".dist-info", ".egg-info")


def _may_declare_entry_points() -> bool:
    """
    Whether any installed distribution may declare a ``conflictparse.*``
    entry point: a cheap look, without :mod:`importlib.metadata`, at the
    ``entry_points.txt`` of the ``*.dist-info`` and ``*.egg-info``
    directories on :data:`sys.path` (where its path finder looks).

    It may say yes wrongly (then :mod:`importlib.metadata` decides), never
    no wrongly: a path entry it cannot list as a directory (a zip file, an
    ``.egg``) and a finder on :data:`sys.meta_path` that finds distributions
    in its own way both count as yes.
    """
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if finder is not PathFinder and hasattr(finder, "find_distributions"):
            return True
    marker = b"[" + _ENTRY_POINT_PREFIX.encode("ascii")  # a section header
    for entry in sys.path:
        if not isinstance(entry, str):
            return True  # not what the path finder reads: let importlib.metadata decide
        root = entry or "."
        try:
            children = os.listdir(root)
        except OSError:
            if os.path.exists(root):
                return True  # a zip file or something else importlib.metadata may read
            continue
        if root.lower().endswith(".egg"):
            return True
        for child in children:
            if not child.lower().endswith(_INFO_SUFFIXES):
                continue
            try:
                with open(os.path.join(root, child, "entry_points.txt"), "rb") as fh:
                    if marker in fh.read():
                        return True
            except OSError:  # no entry points, or an egg-info file, not a directory
                continue
    return False


def default_registry() -> Registry:
    """A fresh registry with the built-ins and installed entry points."""
    return Registry()
