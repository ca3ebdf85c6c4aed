"""
Third-party parsers reach the Report without any change to conflictparse:
a plain function, a name registered on a Registry, an installed package's
entry point (``examples/plugin``, installed by ``.ci/run``), and a faked
installed distribution so the entry-point path runs everywhere.
"""

from __future__ import annotations

import datetime as _dt
import re
import sys
import textwrap
from collections.abc import Iterator
from importlib import metadata
from pathlib import Path
from typing import Any

import pytest

from conflictparse import (
    CasualtyCount,
    DateMention,
    Document,
    Pipeline,
    Registry,
    Span,
    _registry,
)
from conflictparse.errors import PluginValidationError, UnknownParserError

STORY = (
    "KABUL (Wire) - Two rockets landed near a crowded shrine on Nowruz, "
    "wounding three worshippers, police said."
)

_NOWRUZ = re.compile(r"\bNowruz\b")


def nowruz(doc: Document) -> Iterator[DateMention]:
    """A plain-function dates parser written for these tests."""
    for m in _NOWRUZ.finditer(doc.text):
        day = None if doc.published is None else _dt.date(doc.published.year, 3, 21)
        yield DateMention(
            text=m.group(),
            span=Span(start=m.start(), end=m.end()),
            value=None if day is None else day.isoformat(),
            precision="day",
            earliest=day,
            latest=day,
            relative=day is None,
        )


def _by_parser(
    mentions: tuple[DateMention, ...], parser: str
) -> list[tuple[str, str | None]]:
    return [(m.text, m.value) for m in mentions if m.provenance.parser == parser]


def test_plain_function_output_appears_in_report() -> None:
    """A plain function next to the default dates parser adds its mentions."""
    report = Pipeline(dates=["default", nowruz]).run(STORY, published="2017-03-22")
    assert [("Nowruz", "2017-03-21")] == _by_parser(report.dates, "nowruz")


def test_plain_function_replaces_default() -> None:
    """Given alone, a function is the only dates parser."""
    report = Pipeline(dates=nowruz).run(STORY, published="2017-03-22")
    assert ["nowruz"] == [m.provenance.parser for m in report.dates]


def test_registered_name_output_appears_in_report() -> None:
    """A function registered under a name is used through that name."""
    registry = Registry(entry_points=False)
    registry.register("dates", "persian-new-year", nowruz)
    report = Pipeline(dates=["default", "persian-new-year"], registry=registry).run(
        STORY, published="2017-03-22"
    )
    assert [("Nowruz", "2017-03-21")] == _by_parser(report.dates, "persian-new-year")


def test_registration_is_local_to_a_registry() -> None:
    """Registering on one registry leaves a new one untouched (no global state)."""
    mine = Registry(entry_points=False)
    mine.register("dates", "persian-new-year", nowruz)
    assert "persian-new-year" not in Registry(entry_points=False).names("dates")


def _holidays_installed() -> bool:
    return any(
        ep.name == "holidays" for ep in metadata.entry_points(group="conflictparse.dates")
    )


@pytest.mark.skipif(
    not _holidays_installed(),
    reason="examples/plugin is not installed (.ci/run installs it)",
)
def test_installed_example_plugin_output_appears_in_report() -> None:
    """The ``holidays`` entry point of examples/plugin works by name alone."""
    story = "GAZA CITY (Wire) - Air strikes continued on Christmas Day, residents said."
    report = Pipeline(dates=["default", "holidays"]).run(story, published="2014-12-27")
    assert [("Christmas Day", "2014-12-25")] == _by_parser(report.dates, "holidays")
    assert "holidays" in Registry().names("dates")


# --- a faked installed distribution --------------------------------------------

_PLUGIN_SOURCE = """
import re
from conflictparse import CasualtyCount, Span

_BODIES = re.compile(r"bodies of (\\d+) (men|women)")

def bodies(doc):
    for m in _BODIES.finditer(doc.text):
        yield CasualtyCount(
            text=m.group(),
            span=Span(start=m.start(), end=m.end()),
            outcome="killed",
            low=int(m.group(1)),
            best=int(m.group(1)),
            high=int(m.group(1)),
            victim=m.group(2),
        )

class Broken:
    def __init__(self):
        raise RuntimeError("missing gazetteer")

NOT_A_PARSER = 42
"""


@pytest.fixture
def fake_distribution(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """
    Put a module and a ``*.dist-info`` with ``entry_points.txt`` on
    ``sys.path``, as ``pip install`` would; return the module's name.
    """
    module = f"cp_fake_plugin_{tmp_path.name.replace('-', '_')}"
    (tmp_path / f"{module}.py").write_text(_PLUGIN_SOURCE, encoding="utf-8")
    info = tmp_path / "cp_fake_plugin-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        "Metadata-Version: 2.1\nName: cp-fake-plugin\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(
        textwrap.dedent(
            f"""\
            [conflictparse.casualties]
            bodies = {module}:bodies
            broken = {module}:Broken
            not-a-parser = {module}:NOT_A_PARSER
            missing = {module}:does_not_exist

            [conflictparse.unrelated]
            ignored = {module}:bodies
            """
        ),
        encoding="utf-8",
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.delitem(sys.modules, module, raising=False)
    return module


STORY_BODIES = "BAGHDAD (Wire) - Police found the bodies of 14 men near Tikrit on Monday."


@pytest.mark.usefixtures("fake_distribution")
def test_entry_point_output_appears_in_report() -> None:
    """An entry point in ``conflictparse.casualties`` is usable by name."""
    report = Pipeline(casualties=["default", "bodies"]).run(STORY_BODIES)
    found = [
        (c.text, c.outcome, c.best, c.victim)
        for c in report.casualties
        if c.provenance.parser == "bodies"
    ]
    assert [("bodies of 14 men", "killed", 14, "men")] == found


@pytest.mark.usefixtures("fake_distribution")
def test_entry_points_are_listed_per_family() -> None:
    """Entry-point names appear in their own family only."""
    registry = Registry()
    assert {"bodies", "broken", "not-a-parser", "missing"} <= set(
        registry.names("casualties")
    )
    assert "bodies" not in registry.names("dates")


def test_entry_points_are_read_on_first_lookup(
    fake_distribution: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Creating a Registry reads nothing; the first lookup reads the entry points once."""
    calls = _counting_reads(monkeypatch)
    registry = Registry()
    assert [] == calls
    registry.names("casualties")
    registry.get("casualties", "bodies")
    assert [1] == calls


@pytest.mark.usefixtures("fake_distribution")
def test_registry_without_entry_points_ignores_them() -> None:
    """``Registry(entry_points=False)`` sees only built-ins and registrations."""
    assert ("default",) == Registry(entry_points=False).names("casualties")


@pytest.mark.usefixtures("fake_distribution")
@pytest.mark.parametrize(
    ("name", "fragment"),
    [
        pytest.param(
            "broken", "could not create casualties parser Broken", id="class-raises"
        ),
        pytest.param("not-a-parser", "must be callable, got int", id="not-callable"),
        pytest.param("missing", "failed to load", id="attribute-missing"),
    ],
)
def test_bad_entry_points_raise_plugin_validation_error(name: str, fragment: str) -> None:
    """A broken plugin is refused with a typed error that says what is wrong."""
    with pytest.raises(PluginValidationError) as info:
        Pipeline(casualties=name)
    assert fragment in str(info.value)
    assert "casualties" == info.value.family


@pytest.mark.usefixtures("fake_distribution")
def test_user_registration_shadows_entry_point() -> None:
    """A name registered on the registry wins over an entry point of that name."""

    def nothing(doc: Document) -> tuple[CasualtyCount, ...]:
        return ()

    registry = Registry()
    registry.register("casualties", "bodies", nothing)
    report = Pipeline(casualties="bodies", registry=registry).run(STORY_BODIES)
    assert () == report.casualties


def test_unknown_plugin_name_lists_what_exists() -> None:
    """Asking for a name nobody registered lists the names that exist."""
    with pytest.raises(UnknownParserError) as info:
        Pipeline(casualties="bodies-not-installed", registry=Registry(entry_points=False))
    assert ("default",) == info.value.available


# --- entry_points.txt read without importlib.metadata ---------------------------


def _dist_info(root: Path, name: str, entry_points: str) -> None:
    info = root / f"{name}-1.0.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(
        f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8"
    )
    (info / "entry_points.txt").write_text(entry_points, encoding="utf-8")


def _counting_reads(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    """Count the registry's reads of the installed entry points."""
    calls: list[int] = []
    # the module Registry runs in (a doctest run may import _registry twice)
    namespace = Registry._load_entry_points.__globals__
    real = namespace["_entry_points"]

    def counting() -> object:
        calls.append(1)
        return real()

    monkeypatch.setitem(namespace, "_entry_points", counting)
    return calls


def _standard_finders_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """
    Leave out the distribution finders other packages add to sys.meta_path
    (importlib_metadata's, imported by dask in another test): with one of
    them the registry rightly asks importlib.metadata instead of reading the
    files itself.
    """
    from importlib.machinery import PathFinder

    monkeypatch.setattr(
        sys,
        "meta_path",
        [
            f
            for f in sys.meta_path
            if f is PathFinder or not hasattr(f, "find_distributions")
        ],
    )
    if not hasattr(PathFinder, "find_distributions"):
        # importlib_metadata removes the standard library's finder when it
        # installs its own: put it back for this test, as it is without them

        def find_distributions(*args: Any, **kwargs: Any) -> Any:
            return metadata.MetadataPathFinder.find_distributions(*args, **kwargs)

        monkeypatch.setattr(
            PathFinder,
            "find_distributions",
            staticmethod(find_distributions),
            raising=False,
        )


def _counting_entry_points(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    calls: list[int] = []
    real = metadata.entry_points

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return real(*args, **kwargs)

    monkeypatch.setattr(metadata, "entry_points", counting)
    return calls


def test_no_plugin_installed_skips_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """
    When no distribution declares a ``[conflictparse.*]`` section, the
    registry lists the built-ins without asking importlib.metadata (a
    console script named after the package does not count).
    """
    _dist_info(
        tmp_path,
        "cp_cli_only",
        "[console_scripts]\nconflictparse = conflictparse._cli:main\n",
    )
    calls = _counting_entry_points(monkeypatch)
    monkeypatch.setattr(sys, "path", [str(tmp_path), str(tmp_path / "absent")])
    # finders other packages install (importlib_metadata's, imported by dask)
    # rightly make the registry ask importlib.metadata: leave them out here
    from importlib.machinery import PathFinder

    monkeypatch.setattr(
        sys,
        "meta_path",
        [
            f
            for f in sys.meta_path
            if f is PathFinder or not hasattr(f, "find_distributions")
        ],
    )
    assert ("default",) == Registry().names("casualties")
    assert [] == calls


class _OwnFinder:
    """A meta-path finder that finds distributions in its own way."""

    def find_spec(self, *args: object) -> None:
        return None

    def find_distributions(self, *args: object) -> list[object]:
        return []


def test_a_finder_of_its_own_sends_the_look_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A finder on sys.meta_path with find_distributions() may know plugins the cheap look cannot see."""
    calls = _counting_entry_points(monkeypatch)
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    monkeypatch.setattr(sys, "meta_path", [*sys.meta_path, _OwnFinder()])
    assert ("default", [1]) == (Registry().names("casualties")[0], calls)


def test_a_declared_section_is_read_without_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A ``[conflictparse.dates]`` section anywhere on the path is found and loads."""
    import os

    _dist_info(tmp_path, "cp_other", "[console_scripts]\nother = os:getcwd\n")
    _dist_info(tmp_path, "cp_dates_plugin", "[conflictparse.dates]\ncwd = os:getcwd\n")
    calls = _counting_entry_points(monkeypatch)
    monkeypatch.syspath_prepend(str(tmp_path))
    _standard_finders_only(monkeypatch)
    registry = Registry()
    names = registry.names("dates")  # also any dates plugin installed here
    assert (True, []) == ({"cwd", "default"} <= set(names), calls)
    assert os.getcwd is registry.get("dates", "cwd")


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param("archive.zip", id="zip-file"),
        pytest.param("old_plugin-1.0.egg", id="egg-directory"),
    ],
)
def test_path_entries_it_cannot_read_defer_to_importlib_metadata(
    entry: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A zip file or an ``.egg`` on the path is left to importlib.metadata to read."""
    target = tmp_path / entry
    if entry.endswith(".zip"):
        target.write_bytes(b"")
    else:
        target.mkdir()
    calls = _counting_entry_points(monkeypatch)
    monkeypatch.setattr(sys, "path", [str(target)])
    assert ("default",) == Registry().names("events")
    assert [1] == calls


def _as_importlib_reads(paths: list[str], monkeypatch: pytest.MonkeyPatch) -> object:
    """``(group, name, value)`` of every entry point, as importlib.metadata reads *paths*."""
    monkeypatch.setattr(sys, "path", paths)
    _standard_finders_only(monkeypatch)
    eps = metadata.entry_points()
    return [
        (ep.group, ep.name, ep.value)
        for g in sorted(eps.groups)
        for ep in eps.select(group=g)
    ]


def _as_registry_reads(paths: list[str], monkeypatch: pytest.MonkeyPatch) -> object:
    """``(group, name, value)`` of every entry point, read without importlib.metadata."""
    monkeypatch.setattr(sys, "path", paths)
    _standard_finders_only(monkeypatch)
    found = _registry._read_entry_points("")
    return None if found is None else [(ep.group, ep.name, ep.value) for ep in found]


def test_reads_the_installed_entry_points_as_importlib_metadata_does(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """On the real environment, every entry point of every group comes out the same."""
    paths = list(sys.path)
    expected = _as_importlib_reads(paths, monkeypatch)
    assert expected == _as_registry_reads(paths, monkeypatch)


_WEIRD_LINES = """\
# a comment before any section
orphan = ignored:before_sections

[conflictparse.dates]
  spaced   =   os.path : join [extra1, extra2]
; not a comment for importlib: a name with a semicolon = os:sep
\tcwd=os:getcwd
# comment = os:getcwd
[ conflictparse.places ]
  [conflictparse.casualties]
equal = os:getcwd=twice
"""


def _tree(tmp_path: Path, layout: dict[str, dict[str, str | None]]) -> list[str]:
    """
    Make one directory per key of *layout* holding, per metadata directory
    name, its ``entry_points.txt`` text (``None``: no file); return the paths.
    """
    paths = []
    for folder, infos in layout.items():
        root = tmp_path / folder
        root.mkdir()
        for child, text in infos.items():
            info = root / child
            info.mkdir()
            name = child.partition("-")[0]
            (info / "METADATA").write_text(
                f"Metadata-Version: 2.1\nName: {name}\nVersion: 1.0\n", encoding="utf-8"
            )
            if text is not None:
                (info / "entry_points.txt").write_text(text, encoding="utf-8")
        paths.append(str(root))
    return [*paths, str(tmp_path / "absent")]


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(
            {
                "a": {
                    "plug_in-1.0.dist-info": "[conflictparse.dates]\nfirst = os:getcwd\n"
                },
                "b": {
                    "Plug.In-2.0.dist-info": "[conflictparse.dates]\nsecond = os:getcwd\n"
                },
            },
            id="first-on-path-shadows-same-normalised-name",
        ),
        pytest.param(
            {
                "a": {"plug-1.0.dist-info": None},
                "b": {
                    "plug-2.0.dist-info": "[conflictparse.dates]\nhidden = os:getcwd\n"
                },
            },
            id="shadowed-by-a-distribution-without-entry-points",
        ),
        pytest.param(
            {
                "a": {
                    "old_style-0.1.egg-info": "[conflictparse.events]\nlegacy = os:getcwd\n",
                    "other-1.0.dist-info": "[conflictparse.events]\nlegacy = os:getpid\n",
                }
            },
            id="egg-info-directory-and-a-duplicate-name-in-one-group",
        ),
        pytest.param(
            {"a": {"weird-1.0.dist-info": _WEIRD_LINES}},
            id="comments-spaces-sections-and-orphans",
        ),
        pytest.param(
            {
                "a": {
                    "many-1.0.dist-info": "[zeta]\nz = os:getcwd\n[alpha]\na = os:getcwd\n"
                    "[zeta]\ny = os:getpid\n"
                }
            },
            id="groups-sorted-stably",
        ),
    ],
)
def test_fake_trees_read_as_importlib_metadata_reads_them(
    layout: dict[str, dict[str, str | None]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Shadowing, odd lines and group order come out as importlib.metadata gives them."""
    paths = _tree(tmp_path, layout)
    expected = _as_importlib_reads(paths, monkeypatch)
    assert expected == _as_registry_reads(paths, monkeypatch)


@pytest.mark.parametrize(
    "layout",
    [
        pytest.param(
            {"a": {"bad-1.0.dist-info": "[conflictparse.dates]\nno equals sign\n"}},
            id="a-line-importlib-refuses",
        ),
        pytest.param(
            {"a": {"Loud-1.0.DIST-INFO": "[conflictparse.dates]\nx = os:getcwd\n"}},
            id="upper-case-suffix",
        ),
    ],
)
def test_unusual_metadata_is_left_to_importlib_metadata(
    layout: dict[str, dict[str, str | None]],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """What the direct reader might read differently makes it step aside (``None``)."""
    paths = _tree(tmp_path, layout)
    assert None is _as_registry_reads(paths, monkeypatch)


@pytest.mark.parametrize(
    "value",
    [
        pytest.param("os:getcwd", id="module-attribute"),
        pytest.param("os.path:join", id="dotted-module"),
        pytest.param("os", id="module-alone"),
        pytest.param("os: path.join [extra]", id="attribute-path-and-extras"),
    ],
)
def test_entry_points_load_as_importlib_metadata_loads_them(value: str) -> None:
    """``load()`` resolves a value to the same object as importlib.metadata's."""
    expected = metadata.EntryPoint(
        name="x", value=value, group="conflictparse.dates"
    ).load()
    assert expected is _registry._EntryPoint("x", value, "conflictparse.dates").load()


def test_an_entry_points_file_that_is_not_utf8_is_left_to_importlib_metadata(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The reader does not drop a plugin whose file it cannot decode: importlib.metadata decides."""
    _dist_info(tmp_path, "cp_latin", "[conflictparse.dates]\ncwd = os:getcwd\n")
    path = tmp_path / "cp_latin-1.0.dist-info" / "entry_points.txt"
    path.write_bytes(b"# caf\xe9\n" + path.read_bytes())
    monkeypatch.setattr(sys, "path", [str(tmp_path)])
    _standard_finders_only(monkeypatch)
    assert None is _registry._read_entry_points("conflictparse.")
