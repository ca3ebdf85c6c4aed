"""
Sphinx configuration for the conflictparse documentation.

Built in CI twice, both with warnings as errors (``-W``)::

    sphinx-build -W -b doctest docs docs/_build/doctest
    sphinx-build -W -b html docs docs/_build/html

The package is imported from the environment (the installed wheel in CI);
this file does not put the working tree on ``sys.path``.
"""

from __future__ import annotations

import doctest
from importlib import metadata

project = "conflictparse"
author = "The conflictparse developers"
copyright = "2026, The conflictparse developers"
release = metadata.version("conflictparse")
version = ".".join(release.split(".")[:2])

extensions = [
    "myst_parser",
    "sphinx.ext.autodoc",
    "sphinx.ext.doctest",
    "sphinx.ext.napoleon",
]

source_suffix = {".md": "markdown", ".rst": "restructuredtext"}
root_doc = "index"
exclude_patterns = ["_build"]

# MyST: ```{doctest} fences run under sphinx.ext.doctest; {eval-rst} hosts autodoc.
myst_enable_extensions = ["colon_fence", "deflist"]
myst_heading_anchors = 3

# Every page's doctests start from this.
doctest_global_setup = """
import datetime
import conflictparse
from conflictparse import (
    DateMention, Document, Pipeline, PlaceMention, Registry, Report, Span,
)
"""
doctest_default_flags = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
# Only the ``{doctest}`` blocks of these pages run here. The ``>>>`` examples
# that autodoc pulls in from docstrings run under ``pytest --doctest-modules``
# in their own module's namespace; here they would run in the page's.
doctest_test_doctest_blocks = ""

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "show-inheritance": True}
napoleon_google_docstring = True
napoleon_numpy_docstring = False

# No intersphinx: CI reaches only PyPI, and a failed inventory fetch is a
# warning, which -W turns into an error. Standard-library names render as text.

html_theme = "furo"
html_title = f"conflictparse {release}"
