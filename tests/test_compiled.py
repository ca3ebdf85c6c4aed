"""
The modules a compiled build compiles with mypyc (``CONFLICTPARSE_COMPILE=1``,
see ``hatch_build.py``) keep their doctests working.

pytest's ``--doctest-modules`` finds no doctests in a compiled module (its
functions and classes are not Python functions), so this test reads them from
the ``.py`` source shipped beside it and runs them against the imported
module: against the compiled code in a compiled build, against the source in
the pure-Python one (where pytest runs them too).
"""

from __future__ import annotations

import ast
import doctest
import importlib
import importlib.machinery
import os
from pathlib import Path

import pytest

#: The modules listed in pyproject.toml's compile hook.
COMPILED = (
    "conflictparse._text",
    "conflictparse.parsers.actors._index",
    "conflictparse.parsers.actors._orgs",
    "conflictparse.parsers.actors._parser",
    "conflictparse.parsers.casualties._parser",
    "conflictparse.parsers.casualties._reader",
    "conflictparse.parsers.events",
    "conflictparse.parsers.places._parser",
)


def _docstrings(source: str) -> list[tuple[str, str, int]]:
    """(name, raw docstring, line) of the module and of each class and function."""
    tree = ast.parse(source)
    out: list[tuple[str, str, int]] = []

    def visit(node: ast.AST, prefix: str) -> None:
        for child in ast.iter_child_nodes(node):
            if isinstance(child, (ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef)):
                name = f"{prefix}.{child.name}"
                doc = ast.get_docstring(child, clean=False)
                if doc is not None:
                    out.append((name, doc, child.body[0].lineno))
                visit(child, name)

    doc = ast.get_docstring(tree, clean=False)
    if doc is not None:
        out.append(("", doc, 1))
    visit(tree, "")
    return out


@pytest.mark.parametrize("name", COMPILED)
def test_doctests_run_on_the_imported_module(name: str) -> None:
    """Each doctest of the module's source passes against the imported module."""
    module = importlib.import_module(name)
    assert module.__file__
    source = Path(module.__file__).with_name(name.rpartition(".")[2] + ".py")
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(
        optionflags=doctest.NORMALIZE_WHITESPACE | doctest.ELLIPSIS, verbose=False
    )
    for qualname, doc, line in _docstrings(source.read_text(encoding="utf-8")):
        test = parser.get_doctest(
            doc, dict(vars(module)), name + qualname, str(source), line
        )
        if test.examples:
            runner.run(test)
    results = runner.summarize(verbose=False)
    assert 0 == results.failed


def _is_extension(name: str) -> bool:
    module = importlib.import_module(name)
    return (module.__file__ or "").endswith(tuple(importlib.machinery.EXTENSION_SUFFIXES))


def test_the_build_is_whole_and_the_one_asked_for() -> None:
    """
    Either every module of the compile list is a compiled extension or none
    is (a build that compiled some of them is broken), and with
    ``CONFLICTPARSE_EXPECT_COMPILED=1`` (CI's compiled run) every one is: a
    compile that failed and fell back to pure Python must not pass as compiled.
    """
    kinds = {name: _is_extension(name) for name in COMPILED}
    assert len(set(kinds.values())) == 1, kinds
    if os.environ.get("CONFLICTPARSE_EXPECT_COMPILED") == "1":
        assert all(kinds.values()), kinds
