"""French: written as people write in chat ("jveux", "chui", "g envie", no accents, no "ne")."""

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
    ("j'en peux plus de cette vie", LOW, "suicidal_thoughts"),
    ("je voudrais disparaitre", LOW, "suicidal_thoughts"),
    ("je veux mourir", MODERATE, "suicidal_thoughts"),
    ("jveux mourir", MODERATE, "suicidal_thoughts"),
    ("g envie de mourir", MODERATE, "suicidal_thoughts"),
    ("je veux plus vivre", MODERATE, "suicidal_thoughts"),
    ("je sais pas pourquoi mais j'ai envie d'en finir", MODERATE, "suicidal_thoughts"),
    ("tout le monde serait mieux sans moi", MODERATE, "suicidal_thoughts"),
    ("je vais me foutre en l'air", HIGH, "suicidal_behaviour"),
    ("j'ai ecrit une lettre d'adieu", HIGH, "suicidal_behaviour"),
    ("je vais me tuer ce soir", IMMINENT, "suicidal_behaviour"),
    ("j'ai pris toute la boite de doliprane", IMMINENT, "suicidal_behaviour"),
    ("chui au bord du pont", IMMINENT, "suicidal_behaviour"),
    ("je me scarifie depuis des mois", MODERATE, "self_harm"),
    ("j'ai envie de le tuer", MODERATE, "harm_to_others"),
    ("je vais le tuer ce soir, j'ai un couteau", IMMINENT, "harm_to_others"),
    ("mon mari me frappe", MODERATE, "abuse"),
    ("il me frappe et j'ai peur de rentrer chez moi", HIGH, "abuse"),
    ("il est dehors avec un couteau", IMMINENT, "abuse"),
    ("j'ai pris 10 cachets et je me sens bizarre", IMMINENT, "substance_emergency"),
    ("je fais une crise d'angoisse, j'arrive plus a respirer", MODERATE, "panic"),
    ("les voix me disent de me tuer", HIGH, "psychosis"),
    ("j'ai conduit bourre a 200 sur l'autoroute expres", HIGH, "risk_taking"),
    ("j'ai mal a la poitrine et le bras gauche engourdi", IMMINENT, "medical_emergency"),
]


@pytest.mark.parametrize(("text", "level", "category"), CASES)
def test_level_and_category(assessor, text, level, category):
    assessment = assessor.assess(text, [])
    assert assessment.level == level, assessment.signals
    assert assessment.categories.get(category) == level / IMMINENT, assessment.categories


@pytest.mark.parametrize(
    "text",
    [
        "je ne veux pas mourir",  # negated
        "je veux pas mourir",  # negated, colloquial (no "ne")
        "j'ai pas envie de mourir hein",
        "je meurs de faim",  # hyperbole
        "je veux mourir de honte lol",
        "mdr je suis mort",
        "ce boulot va me tuer",
        "je me suis coupe en cuisinant",
        "et si quelqu'un voulait mourir ?",  # hypothetical
        "dans la chanson il dit je veux mourir",  # lyrics
        "mon pote m'a dit qu'il veut mourir",  # someone else
        "je vais me jeter a l'eau et lui dire ce que je ressens",  # idiom: take the plunge
        "il frappe a la porte",
    ],
)
def test_hard_negatives_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


def test_denial_then_disclosure_is_high(assessor):
    assert assessor.assess("non ca va... en fait j'ai la corde", []).level >= HIGH


def test_accents_do_not_matter(assessor):
    with_accents = assessor.assess("je ne veux plus vivre, je suis désespérée", [])
    without = assessor.assess("je ne veux plus vivre, je suis desesperee", [])
    assert with_accents.level == without.level == MODERATE


def test_signals_say_french_and_keep_the_phrase():
    signals = signals_in("je veux mourir")
    assert [(s.source, s.phrase) for s in signals] == [("lexicon:fr", "je veux mourir")]
