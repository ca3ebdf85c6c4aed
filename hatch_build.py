"""
Wheel build hook (prototype): compile the hot modules with mypyc when it can.

A wheel is built with the modules listed in ``pyproject.toml`` compiled to C
extensions by mypyc (through hatch-mypyc), which cuts the pipeline's
instructions by about a quarter. The package never needs the compiled
modules: the same ``.py`` files ship beside them, and a pure-Python wheel is
built instead when

- the install is editable (a compiled module would shadow its edited source),
- ``CONFLICTPARSE_PURE_PYTHON`` is set to anything but ``0``, or
- compiling fails (no C compiler, no Python headers, a mypyc error): the
  build goes on with a warning rather than failing the install.

mypy, mypyc and hatch-mypyc are build requirements only; a compiled module
needs nothing at run time but the shared library built beside it.
"""

from __future__ import annotations

import os
from typing import Any

from hatch_mypyc.plugin import MypycBuildHook


class OptionalMypycHook(MypycBuildHook):  # type: ignore[misc]
    """hatch-mypyc's hook, skipped for editable installs and on any failure."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if (
            version == "editable"
            or os.environ.get("CONFLICTPARSE_PURE_PYTHON", "0") != "0"
        ):
            return
        try:
            super().initialize(version, build_data)
        except Exception as exc:  # no compiler, no headers, a mypyc error
            self.clean([version])
            self.app.display_warning(
                f"conflictparse: compiling with mypyc failed, building a pure-Python wheel:\n{exc}"
            )

    def finalize(
        self, version: str, build_data: dict[str, Any], artifact_path: str
    ) -> None:
        # hatch-mypyc builds the extensions in place: once they are in the
        # wheel, take them out of the source tree, where they would shadow
        # the .py files of a checkout
        if version != "editable":
            self.clean([version])


def get_build_hook() -> type[OptionalMypycHook]:
    """The hook to use (the module also sees hatch-mypyc's own class)."""
    return OptionalMypycHook
