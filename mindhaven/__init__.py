"""MindHaven: offline-first mental-health support with LLMs, built safety-first."""

__version__ = "0.1.0"
