"""Portuguese (mostly Brazilian chat: "n", "vc", "to", "kkk", accents dropped)."""

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


CASES = [
    ("nao aguento mais", LOW, "suicidal_thoughts"),
    ("queria sumir", LOW, "suicidal_thoughts"),
    ("quero morrer", MODERATE, "suicidal_thoughts"),
    ("to com vontade de me matar", MODERATE, "suicidal_thoughts"),
    ("n quero mais viver", MODERATE, "suicidal_thoughts"),
    ("não quero mais viver", MODERATE, "suicidal_thoughts"),
    ("todo mundo ficaria melhor sem mim", MODERATE, "suicidal_thoughts"),
    ("vou me matar", HIGH, "suicidal_behaviour"),
    ("ja tenho um plano pra me matar", HIGH, "suicidal_behaviour"),
    ("vou me matar hoje a noite", IMMINENT, "suicidal_behaviour"),
    ("tomei todos os meus remedios", IMMINENT, "suicidal_behaviour"),
    ("to na ponte", IMMINENT, "suicidal_behaviour"),
    ("voltei a me cortar", MODERATE, "self_harm"),
    ("quero matar ele", MODERATE, "harm_to_others"),
    ("vou matar ele hoje, tenho uma faca", IMMINENT, "harm_to_others"),
    ("meu marido me bate", MODERATE, "abuse"),
    ("meu marido me bate e tenho medo de voltar pra casa", HIGH, "abuse"),
    ("ele ta la fora com uma faca", IMMINENT, "abuse"),
    ("tomei 10 comprimidos de alguma coisa e to me sentindo estranho", IMMINENT, "substance_emergency"),
    ("nao consigo respirar, meu coracao ta acelerado, acho que vou morrer", MODERATE, "panic"),
    ("as vozes mandam eu me matar", HIGH, "psychosis"),
    ("dirigi bebado a 180 na estrada de proposito", HIGH, "risk_taking"),
    ("dor no peito e o braco esquerdo dormente", IMMINENT, "medical_emergency"),
]


@pytest.mark.parametrize(("text", "level", "category"), CASES)
def test_level_and_category(assessor, text, level, category):
    assessment = assessor.assess(text, [])
    assert assessment.level == level, assessment.signals
    assert assessment.categories.get(category) == level / IMMINENT, assessment.categories


@pytest.mark.parametrize(
    "text",
    [
        "não quero morrer",  # negated
        "eu nunca vou me matar",
        "to morrendo de fome",  # hyperbole
        "quero morrer de vergonha kkkkk",
        "vou me matar de estudar essa semana",
        "essa prova ta me matando",
        "morri de rir",
        "me cortei cozinhando",
        "e se alguem quisesse morrer?",  # hypothetical
        "na musica ele fala quero morrer",  # lyrics
        "minha amiga disse que quer morrer",  # someone else
        "tomei 2 comprimidos pra dor de cabeca",
    ],
)
def test_hard_negatives_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


def test_denial_then_disclosure_is_high(assessor):
    assert assessor.assess("nao, to bem... na verdade eu ja tenho a corda", []).level >= HIGH


def test_split_across_messages(assessor):
    assert assessor.assess("comprei uma corda", ["quero morrer"]).level >= HIGH


def test_signals_say_portuguese_and_keep_the_phrase():
    signals = signals_in("quero morrer")
    assert [(s.source, s.phrase) for s in signals] == [("lexicon:pt", "quero morrer")]


def test_a_negation_elsewhere_in_the_sentence_does_not_cancel_the_disclosure(assessor):
    assert assessor.assess("ninguem me entende quero morrer", []).level == MODERATE
