"""One conversational turn, as a pipeline of named stages (see pipeline.py)."""
