"""Mood check-ins: how a person felt, slept and worried, in a few numbers and their own note, and the
chart that shows it over time beside their questionnaire results."""
