"""Risk assessment that never depends on an LLM."""
