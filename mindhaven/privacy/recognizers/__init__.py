"""Project recognizers, one class per entity type, added to Presidio's registry.

Presidio brings names (spaCy NER), emails, phone numbers, URLs and several national IDs;
these cover what it lacks for chat text.
"""

from mindhaven.privacy.recognizers.date_with_digits import DateWithDigitsRecognizer
from mindhaven.privacy.recognizers.id_number import IdNumberRecognizer
from mindhaven.privacy.recognizers.loose_phone import LoosePhoneRecognizer
from mindhaven.privacy.recognizers.street_address import StreetAddressRecognizer

PROJECT_RECOGNIZERS = (
    StreetAddressRecognizer,
    LoosePhoneRecognizer,
    DateWithDigitsRecognizer,
    IdNumberRecognizer,
)

__all__ = ["PROJECT_RECOGNIZERS"]
