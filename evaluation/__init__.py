"""Scoring against ../shared data (not shipped in the wheel). Run: python -m evaluation."""
