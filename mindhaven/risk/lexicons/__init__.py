"""One module per language (en, es, fr, pt, de, hi), each exporting PHRASES and LANGUAGE.

``mindhaven.risk.lexicon`` gathers them; the shared types are in ``_base``.
"""
