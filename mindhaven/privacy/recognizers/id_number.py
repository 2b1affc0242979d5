import re

from presidio_analyzer import Pattern, PatternRecognizer


class IdNumberRecognizer(PatternRecognizer):
    """ID and health numbers introduced by their name ("NHS number 943 476 5919", "my SSN is ...",
    "medicare number 2123 45670 1", "aadhaar 2345 6789 0123", "mi dni es 12345678Z"), and the SSN shape.

    Unlabelled numbers with a check digit (NHS, Medicare, Aadhaar, Spanish NIF/NIE) are left to
    Presidio's own recognizers, which validate it.
    """

    PATTERNS = [
        Pattern(
            "labelled_id",
            r"(?<=\b(?i:ssn|nhs(?: number| no\.?)?|medicare(?: card)?(?: number| no\.?)?|"
            r"aadhaa?r(?: card)?(?: number| no\.?)?|passport(?: number)?|licen[cs]e(?: number)?|id(?: number)?|"
            r"insurance number|health(?: card)? number|"
            r"chi number|mrn|medical record number|patient (?:id|number)|hospital number|dni|nie|nif|nss|"
            r"n[uú]mero de la seguridad social)"
            r"(?i:\s+(?:is|es)|:)?\s)(?=[A-Z0-9 -]*\d)[A-Z0-9][A-Z0-9 -]{4,18}[A-Z0-9]\b",
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
