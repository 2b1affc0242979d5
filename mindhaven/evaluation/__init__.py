"""Offline evaluation of MindHaven's risk signals: ``run_crisis_evaluation`` (mindhaven.evaluation.run)."""
