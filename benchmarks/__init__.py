"""Speed and memory benchmarks against peer tools (not shipped). Run: python -m benchmarks."""
