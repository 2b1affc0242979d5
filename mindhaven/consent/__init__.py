"""Consent: the plain-language terms a person agrees to before their first message."""
