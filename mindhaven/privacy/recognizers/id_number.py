import re

from presidio_analyzer import Pattern, PatternRecognizer


class IdNumberRecognizer(PatternRecognizer):
    """ID numbers introduced by their name ("NHS number 943 476 5919", "my SSN is ...")."""

    PATTERNS = [
        Pattern(
            "labelled_id",
            r"(?<=\b(?i:ssn|nhs(?: number| no\.?)?|medicare(?: number)?|aadhaar(?: number)?|"
            r"passport(?: number)?|licen[cs]e(?: number)?|id(?: number)?|insurance number)"
            r"(?i:\s+is|:)?\s)(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{4,18}[A-Z0-9]\b",
            0.85,
        ),
        Pattern("us_ssn_shape", r"\b\d{3}-\d{2}-\d{4}\b", 0.8),
    ]

    def __init__(self) -> None:
        # Case matters here: the number itself is digits and capitals, the label any case.
        super().__init__(
            supported_entity="ID_NUMBER",
            patterns=self.PATTERNS,
            supported_language="en",
            global_regex_flags=re.DOTALL | re.MULTILINE,
        )
