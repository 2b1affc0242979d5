"""Checks on every piece of LLM text before anyone sees it."""
