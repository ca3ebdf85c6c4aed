"""
Wheel build hook: compile the hot modules with mypyc, on request.

``pip install .`` builds the pure-Python package. With ``CONFLICTPARSE_COMPILE``
set to anything but ``0`` (``CONFLICTPARSE_COMPILE=1 pip install .``), the
modules listed in ``pyproject.toml`` are compiled to C extensions by mypyc
(through hatch-mypyc), which cuts the pipeline's instructions by about a
quarter; the same ``.py`` files ship beside them. A pure-Python wheel is built
instead, as without the variable, when

- the install is editable (a compiled module would shadow its edited source),
- compiling fails (no C compiler, no Python headers, a mypyc error): the
  build goes on with a warning rather than failing the install.

``MYPYC_OPT_LEVEL`` (0 to 3) overrides the C optimisation level set in
``pyproject.toml``.

hatch-mypyc, mypy and the type stubs are build requirements, asked for only
when compiling (a pure build downloads nothing more than hatchling); a
compiled module needs nothing at run time but the shared library built beside
it.
"""

from __future__ import annotations

import os
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

#: What compiling needs besides the run-time dependencies (whose types mypyc
#: compiles against). mypy is held to the releases the compiled build was
#: tested with: mypyc's output and its C runtime change between releases.
COMPILE_REQUIRES = [
    "hatch-mypyc>=0.16,<0.17",
    "mypy>=2.4.1,<2.5",
    "types-regex",
    "types-dateparser",
]


def compile_requested() -> bool:
    """Whether ``CONFLICTPARSE_COMPILE`` asks for a compiled wheel."""
    return os.environ.get("CONFLICTPARSE_COMPILE", "0") not in ("", "0")


class OptionalMypycHook(BuildHookInterface):  # type: ignore[misc]
    """hatch-mypyc's hook, run only on request and never failing the build."""

    PLUGIN_NAME = "custom"

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._args = args
        self._kwargs = kwargs
        self._mypyc: Any = None

    def dependencies(self) -> list[str]:
        if not compile_requested():
            return []
        return [*COMPILE_REQUIRES, *self.metadata.core.dependencies]

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if version == "editable" or not compile_requested():
            return
        try:
            # imported here: a pure build does not install hatch-mypyc
            from hatch_mypyc.plugin import MypycBuildHook

            self._mypyc = MypycBuildHook(*self._args, **self._kwargs)
            level = os.environ.get("MYPYC_OPT_LEVEL")
            if level:
                self._mypyc.config_options["opt_level"] = level
            self._mypyc.initialize(version, build_data)
        except Exception as exc:  # no compiler, no headers, a mypyc error
            self._clean(version)
            self.app.display_warning(
                "conflictparse: compiling with mypyc failed, building a"
                f" pure-Python wheel:\n{exc}"
            )

    def finalize(
        self, version: str, build_data: dict[str, Any], artifact_path: str
    ) -> None:
        # hatch-mypyc builds the extensions in place: once they are in the
        # wheel, take them out of the source tree, where they would shadow
        # the .py files of a checkout
        self._clean(version)

    def _clean(self, version: str) -> None:
        if self._mypyc is not None:
            self._mypyc.clean([version])
            self._mypyc = None


def get_build_hook() -> type[OptionalMypycHook]:
    """The hook to use."""
    return OptionalMypycHook
