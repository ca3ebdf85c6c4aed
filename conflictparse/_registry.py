"""
The registry: ``(family, name) -> parser factory``.

Built-in parsers are listed here explicitly; nothing registers itself by
being imported. Third-party parsers arrive through one entry-point group
per family (``conflictparse.dates``, ``conflictparse.casualties``,
``conflictparse.places``, ``conflictparse.actors``, ``conflictparse.events``
and ``conflictparse.dateline``), read on the first lookup, not at import.
The ``entry_points.txt`` files of the installed distributions are read
directly, as :mod:`importlib.metadata` reads them; only when something
unusual is on the path (a zip file, an egg, a finder of its own) is
:mod:`importlib.metadata` imported to do it.
"""

from __future__ import annotations

import importlib
import os
import sys
import threading
from collections.abc import Callable, Iterable
from typing import Any, Final, Protocol

from conflictparse.errors import PluginValidationError, UnknownParserError

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


def is_builtin(obj: Any, family: str) -> bool:
    """
    Whether *obj* is the built-in parser class of *family* (what
    ``"default"`` names when nothing shadows it).
    """
    module, _, attr = _BUILTINS[family]["default"].partition(":")
    found = sys.modules.get(module)
    return found is not None and obj is getattr(found, attr, None)


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
        self._entry_points: dict[str, dict[str, _EntryPointLike]] = {
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
        found = (
            set(_BUILTINS[family])
            | set(self._entry_points[family])
            | set(self._user[family])
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


def _entry_points() -> Iterable[_EntryPointLike]:
    found = _read_entry_points(_ENTRY_POINT_PREFIX)
    if found is not None:
        return found  # the common case: importlib.metadata is not imported
    from importlib import metadata

    eps = metadata.entry_points()
    return [
        ep for family in FAMILIES for ep in eps.select(group=_ENTRY_POINT_PREFIX + family)
    ]


class _EntryPointLike(Protocol):
    """What the registry uses of an entry point (:class:`importlib.metadata.EntryPoint`)."""

    @property
    def name(self) -> str: ...

    @property
    def value(self) -> str: ...

    @property
    def group(self) -> str: ...

    def load(self) -> Any: ...


class _EntryPoint:
    """
    An entry point read from an ``entry_points.txt`` by
    :func:`_read_entry_points`: the same ``name``, ``value`` and ``group``
    as :class:`importlib.metadata.EntryPoint`, and a :meth:`load` that
    resolves ``module:attr.attr`` in the same way.
    """

    __slots__ = ("group", "name", "value")

    def __init__(self, name: str, value: str, group: str) -> None:
        self.name = name
        self.value = value
        self.group = group

    def __repr__(self) -> str:
        return (
            f"_EntryPoint(name={self.name!r}, value={self.value!r}, group={self.group!r})"
        )

    def load(self) -> Any:
        """Import the module the value names and return its attribute."""
        import re  # stdlib; only when a plugin is loaded

        # importlib.metadata.EntryPoint.pattern: module, :attr, [extras]
        match = re.match(
            r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$",
            self.value,
        )
        if match is None:
            raise ValueError(f"not an entry point value: {self.value!r}")
        obj: Any = importlib.import_module(match.group("module"))
        for attr in (match.group("attr") or "").split("."):
            if attr:
                obj = getattr(obj, attr)
        return obj


_INFO_SUFFIXES: Final = (".dist-info", ".egg-info")


def _normalize(name: str) -> str:
    # importlib.metadata's Prepared.normalize (PEP 503, dashes as underscores),
    # without a regex: runs of "-", "_" and "." become one "_"
    out: list[str] = []
    for ch in name.lower():
        if ch in "-_.":
            if not out or out[-1] != "_":
                out.append("_")
        else:
            out.append(ch)
    return "".join(out)


def _read_entry_points(prefix: str) -> list[_EntryPoint] | None:
    """
    The entry points of the installed distributions whose group starts
    with *prefix*, read straight from the ``entry_points.txt`` files of the
    ``*.dist-info`` and ``*.egg-info`` directories on :data:`sys.path`,
    without :mod:`importlib.metadata` (whose import pulls in ``email``,
    ``zipfile``, ``csv`` ... and costs a good part of a first parse).

    It follows :func:`importlib.metadata.entry_points` step by step: the
    path entries in order, the metadata directories of each grouped by
    normalised distribution name in listing order, the first distribution
    of a name shadowing the later ones, sections and ``name = value``
    lines read as :class:`importlib.metadata` reads them; entry points come
    out grouped by group (a stable sort), as ``entry_points()`` returns
    them.

    Returns ``None`` (ask :mod:`importlib.metadata`) whenever something is
    unusual: a finder on :data:`sys.meta_path` that finds distributions in
    its own way, no path finder, a path entry that is not a ``str``, one
    that exists but cannot be listed (a zip file), an ``.egg``, a metadata
    directory whose suffix is not in lower case (its name then comes from
    its ``METADATA``), or a line it cannot read.
    """
    from importlib.machinery import PathFinder

    if PathFinder not in sys.meta_path:
        return None
    for finder in sys.meta_path:
        if finder is not PathFinder and hasattr(finder, "find_distributions"):
            return None
    seen: set[str] = set()
    found: list[_EntryPoint] = []
    for entry in sys.path:
        if not isinstance(entry, str):
            return None
        root = entry or "."
        try:
            children = os.listdir(root)
        except OSError:
            if os.path.exists(root):
                return None  # a zip file or something else importlib.metadata may read
            continue
        if os.path.basename(entry).lower().endswith(".egg"):
            return None
        by_name: dict[str, list[str]] = {}
        for child in children:
            low = child.lower()
            if low.endswith(_INFO_SUFFIXES):
                if not child.endswith(_INFO_SUFFIXES):
                    return None
                name = _normalize(low.rpartition(".")[0].partition("-")[0])
                by_name.setdefault(name, []).append(child)
        for name, infos in by_name.items():
            for child in infos:
                if name in seen:
                    continue
                seen.add(name)
                try:
                    with open(
                        os.path.join(root, child, "entry_points.txt"), encoding="utf-8"
                    ) as fh:
                        text = fh.read()
                except (
                    FileNotFoundError,
                    IsADirectoryError,
                    NotADirectoryError,
                    PermissionError,
                ):
                    continue  # no entry points (importlib.metadata reads them as none)
                except UnicodeDecodeError:
                    return None  # importlib.metadata raises: let it say so
                if prefix not in text:
                    continue
                if not _parse_entry_points(text, prefix, found):
                    return None
    found.sort(key=lambda ep: ep.group)
    return found


def _parse_entry_points(text: str, prefix: str, out: list[_EntryPoint]) -> bool:
    """
    Append to *out* the entry points of the groups starting with *prefix*
    in the ``entry_points.txt`` *text*, read as importlib.metadata's
    ``Sectioned`` reads it; return ``False`` for a line it would refuse.
    """
    group = None
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            group = line.strip("[]")
            continue
        if group is None:
            continue
        name, sep, value = line.partition("=")
        if not sep:
            return False  # importlib.metadata raises on it: let it
        if group.startswith(prefix):
            out.append(_EntryPoint(name.strip(), value.strip(), group))
    return True


def default_registry() -> Registry:
    """A fresh registry with the built-ins and installed entry points."""
    return Registry()
