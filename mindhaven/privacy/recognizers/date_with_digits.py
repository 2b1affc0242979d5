from presidio_analyzer import Pattern, PatternRecognizer

_MONTH = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)


class DateWithDigitsRecognizer(PatternRecognizer):
    """Dates that pin a day: 03/04/1990, 1990-04-03, 3rd April 1990, April 3.

    Relative words ("today", "next week") are not identifying and stay, which is why
    spaCy's broad DATE_TIME entity is not used.
    """

    PATTERNS = [
        Pattern("numeric", r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{1,4}\b", 0.6),
        Pattern("day_month", rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b\.?(?:,?\s+\d{{4}})?", 0.6),
        Pattern("month_day", rf"(?i)\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?", 0.6),
        Pattern("month_year", rf"(?i)\b(?:{_MONTH})\.?\s+\d{{4}}\b", 0.5),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="DATE", patterns=self.PATTERNS, supported_language="en")
