from presidio_analyzer import Pattern, PatternRecognizer

_MONTH = (
    "jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    "sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# Spanish, Portuguese, French and German month names ("3 de abril de 1990", "le 3 avril", "3. März").
_MONTH_OTHER = (
    "enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|"
    "janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro|"
    "janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre|"
    "januar|februar|märz|maerz|juni|juli|oktober|dezember"
)
_TIME = r"(?:[ T]\d{1,2}:\d{2}(?::\d{2})?(?:\s?[ap]\.?m\.?)?)?"


class DateWithDigitsRecognizer(PatternRecognizer):
    """Dates that pin a day or a month: 03/04/1990, 1990-04-03 07:00, 3rd April 1990, April 3, jan 2020,
    3 de abril de 1990.

    Relative words ("today", "next week") and bare years or weekdays are not identifying and stay,
    which is why spaCy's broad DATE_TIME entity is not used.
    """

    PATTERNS = [
        Pattern("numeric", rf"\b\d{{1,4}}[/.-]\d{{1,2}}[/.-]\d{{1,4}}\b{_TIME}", 0.6),
        Pattern("day_month",
                rf"(?i)\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:{_MONTH})\b\.?(?:,?\s+\d{{4}})?", 0.6),
        Pattern("month_day", rf"(?i)\b(?:{_MONTH})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}})?", 0.6),
        Pattern("month_year", rf"(?i)\b(?:{_MONTH})\.?\s+\d{{4}}\b", 0.5),
        Pattern("other_languages",
                rf"(?i)\b\d{{1,2}}\.?\s+(?:de\s+)?(?:{_MONTH_OTHER})\b(?:\s+(?:de\s+|del\s+)?\d{{4}})?", 0.6),
        Pattern("other_month_year", rf"(?i)\b(?:{_MONTH_OTHER})\s+(?:de\s+|del\s+)?\d{{4}}\b", 0.5),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="DATE", patterns=self.PATTERNS, supported_language="en")
