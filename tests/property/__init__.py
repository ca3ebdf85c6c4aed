"""Property tests: round trips, spans, robustness."""
