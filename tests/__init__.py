"""The conflictparse test suite (not shipped in the wheel)."""
