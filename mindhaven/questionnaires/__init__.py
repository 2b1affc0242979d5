"""Questionnaires a person completes: scored, stored, and followed through when an answer is a safety answer."""

from mindhaven.questionnaires.submit import Submission, submit

__all__ = ["Submission", "submit"]
