from __future__ import annotations

from pathlib import Path

from presidio_analyzer import EntityRecognizer, RecognizerResult

from mindhaven.privacy.lexicon import message_language

class PersonNameModelRecognizer(EntityRecognizer):
    """Names found by the name model: en_core_web_sm's entity recognizer fine-tuned on sentences whose
    names come from 60 locales (mindhaven/privacy/train_names.py, docs/model-card-name-model.md).

    It runs beside spaCy's own recognizer and adds what that one misses ("Shovda is very reliable");
    the analyzer checks its names like spaCy's. English messages only, like spaCy's names.
    """

    def __init__(self, location: Path, base_model: str) -> None:
        """``base_model``: the spaCy package whose entity recognizer the name model was trained from."""
        import spacy

        self._nlp = spacy.load(base_model, exclude=["tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer"])
        self._nlp.get_pipe("ner").from_disk(location)
        super().__init__(supported_entities=["PERSON"], supported_language="en", name="PersonNameModelRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        if message_language.get() not in (None, "en"):
            return []
        return [RecognizerResult("PERSON", e.start_char, e.end_char, 0.6)
                for e in self._nlp(text).ents if e.label_ == "PERSON"]
