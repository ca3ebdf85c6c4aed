"""
Shared fixtures and the Hypothesis settings profiles.

The suite runs with ``--import-mode=importlib`` so that ``import
conflictparse`` finds the *installed* package (the built wheel in CI), not
the working tree.  Data that may not be redistributed (the seed story and
the evaluation sets) is read from ``../shared`` beside the checkout;
tests that need it are skipped when it is absent.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

#: The repository root (the directory holding ``pyproject.toml``).
ROOT = Path(__file__).resolve().parent.parent

#: ``../shared`` beside the checkout: seed story, gold files, evaluation sets.
SHARED = ROOT.parent / "shared"

#: The AFP seed story read by the CLI and gold tests.
SEED_STORY = SHARED / "seed" / "afp-darqad-2016-01-10.txt"

settings.register_profile(
    "default",
    deadline=None,  # the first call of a parser loads its tables; that is not a hang
    max_examples=100,
    suppress_health_check=[HealthCheck.too_slow],
)
settings.register_profile("ci", parent=settings.get_profile("default"), max_examples=200)
settings.register_profile("dev", parent=settings.get_profile("default"), max_examples=25)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "default"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """The ``../shared`` directory; skips the test when it is not there."""
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the checkout")
    return SHARED


@pytest.fixture(scope="session")
def seed_story(shared: Path) -> Path:
    """The path of the AFP seed story; skips the test when it is absent."""
    if not SEED_STORY.is_file():
        pytest.skip(f"{SEED_STORY} is absent")
    return SEED_STORY


@pytest.fixture(scope="session")
def example_story() -> Path:
    """The example story shipped in ``examples/`` (written for this project)."""
    return ROOT / "examples" / "story_kunduz.txt"
