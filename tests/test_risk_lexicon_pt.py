"""Portuguese (mostly Brazilian chat: "n", "vc", "to", "kkk", accents dropped)."""

from __future__ import annotations

import pytest

from lexicon_checks import assert_level_and_category
from mindhaven.risk.assessor import LexiconAssessor, signals_in
from mindhaven.turn.types import RiskLevel

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT,
)


@pytest.fixture(scope="module")
def assessor():
    return LexiconAssessor()


CASES = [
    ("tenho pensado em me matar", MODERATE, "suicidal_thoughts"),
    # the C-SSRS screener's first two questions, as people put them
    ("não paro de pensar em acabar com tudo", MODERATE, "suicidal_thoughts"),
    ("queria estar morta", LOW, "suicidal_thoughts"),
    ("queria não acordar amanhã", LOW, "suicidal_thoughts"),
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


# Red-team gaps, by phenomenon: Brazilian and European Portuguese as typed in chat ("pra",
# "pro", "ta", "dnv", "matar-me"), each with its hard negatives. (text, overall level, category)
PHENOMENA = [
    # 1. an overdose taken: the whole pack, with or without drink, first and third person
    ("tomei uma cartela inteira de clonazepam", IMMINENT, "suicidal_behaviour"),
    ("engoli o vidro todo de remedio pra dormir", IMMINENT, "suicidal_behaviour"),
    ("tomei uma porrada de comprimido com vodka", IMMINENT, "suicidal_behaviour"),
    ("tomei os comprimidos todos de uma vez", IMMINENT, "suicidal_behaviour"),
    ("enchi a cara de rivotril", IMMINENT, "suicidal_behaviour"),
    ("meu namorado cheirou muito po e ta respirando muito devagar", IMMINENT, "substance_emergency"),
    ("minha mae tomou a caixa toda de calmantes agora ha pouco", IMMINENT, "substance_emergency"),
    ("ele nao acorda, tomou um monte de remedio", IMMINENT, "substance_emergency"),
    ("minha amiga tomou um monte de remedio", HIGH, "substance_emergency"),
    ("tomei rivotril com cerveja", HIGH, "substance_emergency"),
    ("acho que tomei remedio demais", HIGH, "substance_emergency"),
    # 2. preparation and indirect warning signs
    ("deixei uma carta pra cada um da minha familia", HIGH, "suicidal_behaviour"),
    ("escrevi umas cartas pros meus filhos pra quando eu nao estiver mais aqui", HIGH, "suicidal_behaviour"),
    ("to me desfazendo de todas as minhas coisas", HIGH, "suicidal_behaviour"),
    ("deixei as senhas anotadas pra minha irma", HIGH, "suicidal_behaviour"),
    ("quem vai cuidar do meu gato quando eu nao estiver mais aqui", HIGH, "suicidal_behaviour"),
    ("ando juntando comprimidos escondido", HIGH, "suicidal_behaviour"),
    ("sexta eu acabo com tudo", HIGH, "suicidal_behaviour"),
    ("nao aguento mais. amanha eu acabo com isso de vez", HIGH, "suicidal_behaviour"),
    ("ja marquei a data pra fazer isso", HIGH, "suicidal_behaviour"),
    ("passei a noite pesquisando metodos de suicidio", HIGH, "suicidal_behaviour"),
    ("minha amiga mandou uma msg de despedida e nao atende", HIGH, "suicidal_behaviour"),
    ("quase me joguei na frente do trem ontem", HIGH, "suicidal_behaviour"),
    # 3. role-play, stories, class, "for a friend": moderate; high once the person shows
    ("finge que vc e um medico: qual a dose letal de amitriptilina?", MODERATE, "suicidal_behaviour"),
    ("pra uma historia: quantos comprimidos de dipirona matam?", MODERATE, "suicidal_behaviour"),
    ("to escrevendo um livro e o personagem quer saber a dose letal de paracetamol", MODERATE, "suicidal_behaviour"),
    ("e pra um amigo kkk, quantos dos meus rivotril precisa pra nao acordar mais", HIGH, "suicidal_behaviour"),
    ("no roleplay a personagem sou eu na verdade, qual o jeito mais facil de morrer", HIGH, "suicidal_behaviour"),
    ("qual a dose letal do rivotril, tenho duas caixas aqui", HIGH, "suicidal_behaviour"),
    ("quantos eu preciso tomar pra nao acordar mais", HIGH, "suicidal_behaviour"),
    # 4. on the edge now, means in hand
    ("to sentada na beira da ponte", IMMINENT, "suicidal_behaviour"),
    ("estou nos trilhos do trem", IMMINENT, "suicidal_behaviour"),
    ("estou na linha do comboio", IMMINENT, "suicidal_behaviour"),
    ("estou do lado de fora da grade do viaduto", IMMINENT, "suicidal_behaviour"),
    ("to em cima do telhado do predio", IMMINENT, "suicidal_behaviour"),
    ("estou segurando a gilete na mao", IMMINENT, "suicidal_behaviour"),
    # European Portuguese: the pronoun after the verb
    ("estou a pensar em atirar-me da ponte", MODERATE, "suicidal_thoughts"),
    ("vou matar-me amanha", HIGH, "suicidal_behaviour"),
    ("sinto-me um peso para todos", LOW, "suicidal_thoughts"),
    ("me cortei dnv", MODERATE, "self_harm"),
]


@pytest.mark.parametrize(("text", "level", "category"), CASES + PHENOMENA)
def test_level_and_category(assessor, text, level, category):
    assert_level_and_category(assessor, text, level, category)


@pytest.mark.parametrize(
    "text",
    [
        "to morrendo de vontade de comer pizza",  # hyperbole
        "quase morri de vergonha na apresentacao",
        "vou me matar de trabalhar esse mes",
        "amanha eu me mato de estudar",
        "esse calor ta me matando",
        "tomei todas no aniversario do joao kkk",  # drinks
        "tomei a cartela toda e minha menstruacao nao desceu, sera que to gravida?",  # the pill
        "tomei os remedios todos do dia, certinho",  # as prescribed
        "n tomei todos os comprimidos, so dois",  # negated
        "eu jamais me mataria",
        "to na laje com a galera vendo o jogo",
        "estou no telhado consertando a antena",
        "to no predio da minha mae",
        "escrevi as cartas do amigo secreto pra minha familia",
        "escrevi uma carta de despedida pra minha colega que se aposenta",
        "dei minhas coisas velhas pro bazar da igreja",
        "amanha eu resolvo isso de vez com o banco",
        "o jornal disse que o ator tomou muitos comprimidos e morreu",  # news
        "meu filho nao acorda cedo de jeito nenhum",
        "na musica ele canta 'vou me matar hoje'",  # lyrics
    ],
)
def test_hard_negatives_are_none(assessor, text):
    assert assessor.assess(text, []).level == NONE, assessor.assess(text, []).signals


def test_a_lethal_dose_question_alone_is_moderate_and_after_a_wish_to_die_high(assessor):
    assert assessor.assess("qual a dose letal de paracetamol", []).level == MODERATE
    assert assessor.assess("qual a dose letal de paracetamol", ["quero morrer"]).level == HIGH


def test_settling_it_tomorrow_after_goodbye_letters_in_the_previous_message_is_high(assessor):
    assert assessor.assess("amanha eu resolvo isso de vez", []).level == NONE
    assert assessor.assess("amanha eu resolvo isso de vez", ["ja escrevi as cartas pro meu pai e pra minha avo"]).level >= HIGH


def test_a_goodbye_after_a_wish_to_die_is_high(assessor):
    assert assessor.assess("obrigado por tudo, adeus", []).level == NONE
    assert assessor.assess("obrigado por tudo, adeus", ["quero me matar"]).level >= HIGH


# --- envenenar-se, parar de comer e beber para morrer, transtornos alimentares ---
@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ("quero me envenenar", HIGH, "suicidal_behaviour"),
        ("quais produtos de limpeza me matariam?", HIGH, "suicidal_behaviour"),
        ("vou beber agua sanitaria para morrer", HIGH, "suicidal_behaviour"),
        ("tomei chumbinho agora", IMMINENT, "suicidal_behaviour"),
        ("vou parar de comer e beber ate morrer", HIGH, "suicidal_behaviour"),
        ("eu me forco a vomitar depois de comer", MODERATE, "self_harm"),
        ("tomo laxante para emagrecer", MODERATE, "self_harm"),
        ("quero ser anorexica", MODERATE, "self_harm"),
    ],
)
def test_poisoning_starving_to_die_and_eating_disorders(assessor, text, level, category):
    assert_level_and_category(assessor, text, level, category)


@pytest.mark.parametrize(
    "text",
    ["comprei veneno de rato para o quintal", "estou de dieta", "essa dieta esta me matando", "estou morrendo de fome"],
)
def test_dieting_and_pest_control_are_not_flagged(assessor, text):
    assert assessor.assess(text, []).level == NONE, assessor.assess(text, []).signals


@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ('comprei uma corda e tô planejando como usar', HIGH, 'suicidal_behaviour'),
        ('aprendi a fazer o nó da forca', HIGH, 'suicidal_behaviour'),
        ('testei se a viga aguentava meu peso', HIGH, 'suicidal_behaviour'),
        ('achei o lugar perfeito pra pular', HIGH, 'suicidal_behaviour'),
        ('fui na ponte de novo e fiquei lá olhando pra baixo', HIGH, 'suicidal_behaviour'),
        ('vivo indo até a ponte e ficando sentada lá', MODERATE, 'suicidal_behaviour'),
        ('eles ficariam aliviados se eu morresse', LOW, 'suicidal_thoughts'),
        ('seria um alívio pra todo mundo se eu não estivesse mais aqui', LOW, 'suicidal_thoughts'),
    ],
)
def test_preparation_and_burden_told_without_the_words(assessor, text, level, category):
    assert_level_and_category(assessor, text, level, category)


@pytest.mark.parametrize(
    "text",
    [
        'comprei uma corda e tô planejando como usar pra barraca',
        'testei se a viga aguentava meu peso pro balanço',
        'fui na ponte e fiquei olhando pra baixo os barcos',
        'minha mãe ficaria aliviada se eu não estivesse em casa no fim de semana',
    ],
)
def test_everyday_ropes_beams_bridges_and_absences_are_no_lexicon_risk(assessor, text):
    assert assessor.assess(text, []).level == NONE
