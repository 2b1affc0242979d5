from presidio_analyzer import Pattern, PatternRecognizer

_SUFFIXES = (
    "street|st|road|rd|avenue|ave|lane|ln|drive|dr|boulevard|blvd|court|ct|place|pl|terrace|"
    "way|close|crescent|cres|square|sq|highway|hwy|parkway|pkwy|circle|cir|gardens|grove|row|walk"
)

class StreetAddressRecognizer(PatternRecognizer):
    """House number + street name + street type, e.g. "221b Baker Street", "12 Elm St. Apt 4"."""

    PATTERNS = [
        Pattern(
            "number_street_suffix",
            rf"(?i)\b\d{{1,5}}[a-z]?,?\s+(?:[a-z][a-z'.-]*\s+){{1,4}}(?:{_SUFFIXES})\b\.?"
            r"(?:,?\s*(?:apt|apartment|unit|flat|suite)\.?\s*#?\w{1,5})?",
            0.7,
        ),
        Pattern("po_box", r"(?i)\bp\.?\s?o\.?\s+box\s+\d{1,6}\b", 0.6),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="STREET_ADDRESS", patterns=self.PATTERNS, supported_language="en")
