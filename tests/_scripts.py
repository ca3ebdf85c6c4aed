"""Load a script of the repository (``tools/``, ``examples/``) as a module for a test."""

from __future__ import annotations

import importlib.util
from types import ModuleType

import pytest

from tests.conftest import ROOT


def load_script(relative: str) -> ModuleType:
    """
    The script at *relative* (to the repository root) as a fresh module.

    The test is skipped when the script is not beside the tests (the tests
    run from an installed package without the repository's ``tools/``).
    """
    path = ROOT / relative
    if not path.is_file():
        pytest.skip(f"{relative} is not beside the tests")
    spec = importlib.util.spec_from_file_location(f"_script_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
