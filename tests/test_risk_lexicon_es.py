"""Spanish: written as people write in chat (accents often missing, "q" for que, typos)."""

from __future__ import annotations

import pytest

from mindhaven.risk.assessor import LexiconAssessor, signals_in
from mindhaven.turn.types import RiskLevel

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT,
)


@pytest.fixture(scope="module")
def assessor():
    return LexiconAssessor()


# (text, overall level, category that reaches it)
CASES = [
    ("ya no puedo mas, estoy harta de todo", LOW, "suicidal_thoughts"),
    ("ojala no despertara mañana", LOW, "suicidal_thoughts"),
    ("me quiero morir", MODERATE, "suicidal_thoughts"),
    ("me kiero morir ya", MODERATE, "suicidal_thoughts"),
    ("ya no quiero vivir", MODERATE, "suicidal_thoughts"),
    ("no se pq pero tengo ganas de matarme", MODERATE, "suicidal_thoughts"),
    ("todos estarian mejor sin mi", MODERATE, "suicidal_thoughts"),
    ("ya tengo un plan para matarme", HIGH, "suicidal_behaviour"),
    ("escribi una carta de despedida para mi mama", HIGH, "suicidal_behaviour"),
    ("me voy a suicidar", HIGH, "suicidal_behaviour"),
    ("esta noche me mato", IMMINENT, "suicidal_behaviour"),
    ("me tome todas las pastillas q tenia", IMMINENT, "suicidal_behaviour"),
    ("estoy en el puente", IMMINENT, "suicidal_behaviour"),
    ("volvi a cortarme los brazos", MODERATE, "self_harm"),
    ("tengo ganas de cortarme otra vez", MODERATE, "self_harm"),
    ("quiero matarlo", MODERATE, "harm_to_others"),
    ("lo voy a matar esta noche, ya tengo el cuchillo", IMMINENT, "harm_to_others"),
    ("mi novio me pega", MODERATE, "abuse"),
    ("el me pega y me da miedo volver a casa", HIGH, "abuse"),
    ("esta afuera con un cuchillo", IMMINENT, "abuse"),
    ("me tome como 10 pastillas de algo y me siento rara", IMMINENT, "substance_emergency"),
    ("no puedo respirar, el corazon me late muy rapido, siento que me voy a morir", MODERATE, "panic"),
    ("las voces me dicen que me mate", HIGH, "psychosis"),
    ("maneje borracho a 180 por la autopista a proposito", HIGH, "risk_taking"),
    ("me duele el pecho y tengo el brazo izquierdo dormido", IMMINENT, "medical_emergency"),
]


@pytest.mark.parametrize(("text", "level", "category"), CASES)
def test_level_and_category(assessor, text, level, category):
    assessment = assessor.assess(text, [])
    assert assessment.level == level, assessment.signals
    assert assessment.categories.get(category) == level / IMMINENT, assessment.categories


@pytest.mark.parametrize(
    "text",
    [
        "no quiero morir",  # negated
        "nunca me voy a matar, tranqui",
        "me muero de verguenza jajaja",  # hyperbole
        "me quiero morir de la verguenza",
        "me muero de hambre",
        "este examen me esta matando",
        "mi mama me va a matar cuando vea las notas",
        "me corte el pelo ayer",
        "me voy a cortar el pelo",
        "mi papa me pega unos gritos cuando llego tarde",
        "y si alguien quisiera morir?",  # hypothetical
        'la cancion dice "me quiero morir"',  # lyrics
        "mi amiga me dijo que se quiere morir",  # someone else
        "mi amiga dijo quiero morir",
        "estoy muerto de cansancio",
        "tome 2 pastillas para el dolor de cabeza",
    ],
)
def test_hard_negatives_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


def test_denial_then_disclosure_is_high(assessor):
    assert assessor.assess("no, estoy bien... bueno la verdad ya tengo la soga", []).level >= HIGH


def test_obfuscated_spelling(assessor):
    assert assessor.assess("pienso en el su1c1d10", []).level >= MODERATE


def test_split_across_messages(assessor):
    assert assessor.assess("ya compre la cuerda", ["me quiero morir"]).level >= HIGH


def test_signals_say_spanish_and_keep_the_phrase():
    signals = signals_in("me quiero morir")
    assert [(s.source, s.phrase) for s in signals] == [("lexicon:es", "me quiero morir")]


def test_a_negation_elsewhere_in_the_sentence_does_not_cancel_the_disclosure(assessor):
    assert assessor.assess("nadie me entiende me quiero morir", []).level == MODERATE
