from presidio_analyzer import Pattern, PatternRecognizer


class LoosePhoneRecognizer(PatternRecognizer):
    """Phone numbers as people type them in chat: 07700 900123, +44 7700-900-123, (555) 123 4567.

    Presidio's phone recognizer validates against a region's numbering plan and misses many of
    these; a false positive here only hides a number from the model, which is harmless.
    """

    PATTERNS = [
        Pattern(
            "grouped_digits",
            r"(?<![\w.])(?:\+\d{1,3}[ \t.-]?)?(?:\(\d{1,5}\)[ \t.-]?)?\d{2,5}(?:[ \t.-]\d{2,6}){1,4}"
            r"(?:\s?(?:x|ext\.?)\s?\d{1,5})?(?!\w|\.\d)",
            0.4,
        ),
        Pattern("long_run", r"(?<![\w.])\+?\d{9,14}(?!\w|\.\d)", 0.4),
    ]
    CONTEXT = ["phone", "call", "text", "number", "mobile", "cell", "whatsapp", "ring", "reach"]

    def __init__(self) -> None:
        super().__init__(
            supported_entity="PHONE_NUMBER", patterns=self.PATTERNS, context=self.CONTEXT, supported_language="en"
        )

    def validate_result(self, pattern_text: str) -> bool:
        digits = sum(ch.isdigit() for ch in pattern_text)
        return 7 <= digits <= 15
