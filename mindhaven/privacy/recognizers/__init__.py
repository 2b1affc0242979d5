"""Project recognizers, one class per entity type, added to Presidio's registry.

Presidio brings names (spaCy NER), emails, phone numbers, URLs and several national IDs;
these cover what it lacks for chat text.
"""

from mindhaven.privacy.recognizers.date_with_digits import DateWithDigitsRecognizer
from mindhaven.privacy.recognizers.id_number import IdNumberRecognizer
from mindhaven.privacy.recognizers.loose_phone import LoosePhoneRecognizer
from mindhaven.privacy.recognizers.organisation import SchoolOrEmployerRecognizer
from mindhaven.privacy.recognizers.payment_card import PaymentCardRecognizer
from mindhaven.privacy.recognizers.person_name import PersonNameRecognizer
from mindhaven.privacy.recognizers.street_address import StreetAddressRecognizer
from mindhaven.privacy.recognizers.username import UsernameRecognizer

PROJECT_RECOGNIZERS = (
    PersonNameRecognizer,
    StreetAddressRecognizer,
    LoosePhoneRecognizer,
    DateWithDigitsRecognizer,
    IdNumberRecognizer,
    PaymentCardRecognizer,
    UsernameRecognizer,
    SchoolOrEmployerRecognizer,
)

__all__ = ["PROJECT_RECOGNIZERS"]
