from presidio_analyzer import Pattern, PatternRecognizer


class PaymentCardRecognizer(PatternRecognizer):
    """Card numbers of 12 to 19 digits, grouped or not, that pass the Luhn check.

    Presidio's own credit-card recognizer knows only some issuers' prefixes and misses Mastercard's
    2-series and 12-digit Maestro numbers; the check digit keeps other long numbers out.
    """

    PATTERNS = [Pattern("card", r"(?<![\w.+-])\d{4}(?:[ -]?\d){8,15}(?![\w.-]|\s\d)", 0.5)]
    CONTEXT = ["card", "credit", "debit", "visa", "mastercard", "amex", "maestro", "tarjeta"]

    def __init__(self) -> None:
        super().__init__(supported_entity="CREDIT_CARD", patterns=self.PATTERNS, context=self.CONTEXT,
                         supported_language="en")

    def validate_result(self, pattern_text: str) -> bool:
        digits = [int(c) for c in pattern_text if c.isdigit()]
        if not 12 <= len(digits) <= 19 or len(set(digits)) == 1:
            return False
        total = 0
        for k, d in enumerate(reversed(digits)):
            if k % 2:
                d *= 2
                d -= 9 if d > 9 else 0
            total += d
        return total % 10 == 0
