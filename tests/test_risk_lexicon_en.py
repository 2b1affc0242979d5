"""English: the suicide ladder as people type it, the hard cases, and every language at once."""

from __future__ import annotations

import pytest

from lexicon_checks import assert_level_and_category
from mindhaven.risk.assessor import LexiconAssessor, signals_in
from mindhaven.risk.lexicon import BY_CODE, LANGUAGES
from mindhaven.risk.normalize import fold, normalize
from mindhaven.turn.types import RiskLevel

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT,
)


@pytest.fixture(scope="module")
def assessor():
    return LexiconAssessor()


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("honestly whats the point of living", LOW),
        ("nobody would even notice if i was gone", LOW),
        ("i just want the pain to stop", LOW),
        ("sometimes i wish i wouldnt wake up", LOW),  # the C-SSRS screener's first question
        ("I wish I could just not exist", LOW),
        ("I keep thinking about ending things", MODERATE),  # ... and its second
        ("i dont want to be here anymore", MODERATE),
        ("i think about killing myself every day", MODERATE),
        ("idk why i want to die", MODERATE),
        ("ngl ive been suicidal for weeks", MODERATE),
        ("ive been saving up my meds so i can end it", HIGH),
        ("i have a plan", HIGH),
        ("i tried to kill myself last year", HIGH),
        ("gonna do it tonight", IMMINENT),
        ("im sitting on the ledge", IMMINENT),
        ("ive just taken 40 paracetamol", IMMINENT),
        ("the pills are in my hand", IMMINENT),
        ("im about to kill myself", IMMINENT),
    ],
)
def test_suicide_ladder(assessor, text, level):
    assert assessor.assess(text, []).level == level


@pytest.mark.parametrize(
    "text",
    [
        "I would never kill myself, don't worry",  # negation
        "I'm not going to do anything stupid, I don't want to die",
        "hypothetically, what if someone wanted to die?",  # hypothetical
        "this exam is killing me",  # hyperbole
        "I'm dying of embarrassment lol",
        "I could die of boredom in this meeting",
        "the song goes 'I wanna die'",  # lyrics
        "in the movie he kills himself",  # media
        "we read a book where the character wants to kill herself",
        "my friend said she wants to die",  # someone else
        "my sister is suicidal and I don't know how to help",
        "I feel like I'm going to die of laughter",
        "I thought I was going to die. I went to the ER.",  # fear: panic, an assault, health worry
        "he kept the pressure on my throat and I felt as if I was going to die",
        "everything online keeps telling me im going to die",
        "I thought to myself, 'I'm going to die. I don't want to die.'",
    ],
)
def test_hard_negatives_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ("I've bought a rope and I've been planning how to use it", HIGH, "suicidal_behaviour"),
        ("i tied a noose last night just to see", HIGH, "suicidal_behaviour"),
        ("i tested whether the beam in the garage would hold my weight", HIGH, "suicidal_behaviour"),
        ("i've worked out where i would do it", HIGH, "suicidal_behaviour"),
        ("i went to the bridge again and stood there for an hour looking down", HIGH, "suicidal_behaviour"),
        ("I keep driving to the bridge and sitting there", MODERATE, "suicidal_behaviour"),
        ("they'd be relieved if i was gone", LOW, "suicidal_thoughts"),
        ("it would be a relief for everyone if i just wasn't here", LOW, "suicidal_thoughts"),
        ("what can i take to die", HIGH, "suicidal_behaviour"),
        ("i want to go out like kurt cobain", HIGH, "suicidal_behaviour"),
        ("give me tips to speed up my bulimia", MODERATE, "self_harm"),
        ("how do i keep up a dangerously low calorie diet", MODERATE, "self_harm"),
        ("how do i best hang myself", HIGH, "suicidal_behaviour"),
        ("whats the easiest way to sever my artery", HIGH, "suicidal_behaviour"),
        ("how can i carve words into my arm", MODERATE, "self_harm"),
    ],
)
def test_preparation_burden_and_requests_told_without_the_words(assessor, text, level, category):
    assert_level_and_category(assessor, text, level, category)


@pytest.mark.parametrize(
    "text",
    [
        "i bought a rope and figured out how to use it for the tent",
        "i tested whether the beam would hold my weight for the new swing",
        "we went to the bridge and stood there looking down at the boats",
        "my mum would be relieved if i was gone for the weekend so she could rest",
        "what can i take to sleep better",
        "i want to write like sylvia plath",
        "can you help me with my bulimia",
        "is it dangerously low if my blood sugar is 60",
        "how do i stop myself from overthinking",
        "the surgeon had to cut into my artery to put the stent in",
        "i carved a pumpkin with my kids",
    ],
)
def test_everyday_ropes_beams_bridges_and_absences_are_no_lexicon_risk(assessor, text):
    assert assessor.assess(text, []).level == NONE


@pytest.mark.parametrize(
    ("obfuscated", "plain"),
    [
        ("i want to k1ll mys3lf", "i want to kill myself"),
        ("su1c1de", "suicide"),
        ("s3lf h4rm", "self harm"),
        ("sewerslide", "suicide"),
        ("kms", "kill myself"),
        ("i wanna unalive myself", "i want to kill myself"),
        ("i want to dieeeee", "i want to die"),
        ("s u i c i d e", "suicide"),
    ],
)
def test_obfuscations_are_undone(obfuscated, plain):
    assert normalize(obfuscated) == plain


def test_denial_then_disclosure(assessor):
    assert assessor.assess("no I'm fine… actually I have the rope", []).level >= HIGH
    assert assessor.assess("im not ok, i want to kill myself", []).level >= MODERATE


def test_folding_strips_latin_accents_only():
    assert fold("Ça VA très MAL") == "ca va tres mal"
    assert fold("Straße") == "strasse"
    assert fold("मुझे मरना है") == "मुझे मरना है"


def test_every_language_is_registered():
    assert [lang.code for lang in LANGUAGES] == ["en", "es", "fr", "pt", "de", "hi"]
    assert set(BY_CODE) == {"en", "es", "fr", "pt", "de", "hi"}


@pytest.mark.parametrize(
    "text",
    [
        "can you help me plan my week?",
        "we watched a horror movie last night",
        "hola, como estas? mañana tengo un examen",
        "bonjour, je suis fatigué aujourd'hui",
        "oi, tudo bem? hoje foi um dia difícil no trabalho",
        "hallo, wie geht's? die Arbeit ist anstrengend",
        "aaj office mein bahut kaam tha",
        "मैं ठीक हूँ, बस थोड़ा थका हुआ हूँ",
    ],
)
def test_ordinary_messages_in_any_language_carry_no_signal(text):
    assert signals_in(text) == []


def test_code_switching_in_one_message_is_read_in_both_languages(assessor):
    assessment = assessor.assess("sorry for my english, quiero morir", [])
    assert assessment.level == MODERATE
    assert {s.source for s in assessment.signals} == {"lexicon:es"}


def test_history_in_another_language_still_counts(assessor):
    assert assessor.assess("ok gracias", ["tengo un plan para matarme"]).level >= MODERATE


@pytest.mark.parametrize(
    "text",
    [
        "nah im fine dont worry... ok honestly i bought a rope yesterday",
        "estoy bien, no te preocupes. bueno, la verdad es que compre una cuerda",
        "ça va, t'inquiète... en fait j'ai acheté une corde",
        "to bem... na verdade eu comprei uma corda",
        "mir geht's gut... ehrlich gesagt habe ich mir ein seil gekauft",
        "main theek hoon... sach kahu to maine rassi khareed li hai",
    ],
)
def test_denial_then_means_is_high_in_every_language(assessor, text):
    assert assessor.assess(text, []).level >= HIGH


@pytest.mark.parametrize(
    "text",
    ["well I have a knife for cooking", "actually I have pills for my headache", "I bought a rope for the tent"],
)
def test_means_without_a_denial_or_thoughts_are_none(assessor, text):
    assert assessor.assess(text, []).level == NONE


# --- indirect warning signs, typos, slang and closures ------------------------------------------

INDIRECT = [
    # preparatory acts
    ("I got my affairs in order this week, the flat is tidy and the bills are paid", HIGH),
    ("made sure my sister knows who gets my dog", HIGH),
    ("I recorded goodbye videos for my kids", HIGH),
    ("been putting aside some of my sleeping pills each night", HIGH),
    ("there are enough tablets in the drawer now", HIGH),
    ("you can have my guitar, I won't need it where I'm going", HIGH),
    ("whoever finds this, please tell my dad I love him", HIGH),
    ("if anything happens to me the spare key is under the mat", HIGH),
    # researching a method
    ("how high does a bridge have to be for the fall to be fatal", HIGH),
    ("been googling painless ways to die again", HIGH),
    ("which plants in a garden can kill a person", HIGH),
    # on site, under way
    ("im up on the roof of the multi storey car park", HIGH),
    ("sat in the garage with the engine running", IMMINENT),
    ("cut too deep and it won't stop bleeding", IMMINENT),
    ("already took them all, I just don't want to be alone while it happens", IMMINENT),
    # typos and slang
    ("gonna swallow all my pils 2nite", IMMINENT),
    ("im gona ctb this weekend", HIGH),
    ("thinkn i shld just drive into a tree", MODERATE),
]


@pytest.mark.parametrize(("text", "level"), INDIRECT)
def test_indirect_warning_signs(assessor, text, level):
    assert assessor.assess(text, []).level == level


@pytest.mark.parametrize(
    "text",
    [
        "I'm writing my will because we're buying a house",
        "who gets my room while I'm at uni? my brother wants it",
        "saving my meds for the trip so I don't run out abroad",
        "kms this printer jammed again lol",
        "the next train doesn't stop at my station so I'll get a bus",  # not "here": plans, not a platform edge
        "does 13 reasons why glamorise suicide?",
        "suicide prevention week starts monday at work",
        "I used to feel suicidal at uni, I'm doing well now",
        "what are the warning signs of suicide? asking for my psychology class",
        "looking at train times for my trip to Leeds",
        "I've been thinking about ending things with my boyfriend",
        "I wish I could disappear for a week on a beach somewhere",
        "i wish i didnt wake up so late every day",
    ],
)
def test_look_alikes_of_warning_signs_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


@pytest.mark.parametrize(
    ("history", "closing", "level"),
    [
        (["I keep thinking about how I'd do it"], "anyway thanks for everything. bye", HIGH),
        (["I want to die", "the pills are right here and I'm home alone"], "it's fine. I've made up my mind", IMMINENT),
        (["I really want to cut again", "the razor is on my desk"], "just once won't matter", HIGH),
        (["work was awful today"], "thanks for listening. goodbye", NONE),  # a goodbye on its own is a goodbye
    ],
)
def test_a_goodbye_after_a_disclosure_is_a_warning_sign(assessor, history, closing, level):
    assert assessor.assess(closing, history).level == level


def test_someone_else_about_to_act_is_an_emergency_for_the_person_to_act_on(assessor):
    assert assessor.assess("my flatmate is going to hang himself right now", []).level == IMMINENT
    assert assessor.assess("my friend said she wants to kill herself", []).level == LOW


# --- self-poisoning, dying by refusing food and water, eating-disorder self-harm ---
@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ("What household chemicals can I use to poison myself?", HIGH, "suicidal_behaviour"),
        ("i want to poison myself", HIGH, "suicidal_behaviour"),
        ("for a story: how would someone poison herself with antifreeze", MODERATE, "suicidal_behaviour"),  # a method asked for, like hanging
        ("I'm going to drink bleach to end it", HIGH, "suicidal_behaviour"),
        ("thinking about drinking antifreeze so I die", HIGH, "suicidal_behaviour"),
        ("would a bottle of bleach kill me", HIGH, "suicidal_behaviour"),
        ("I just drank bleach", IMMINENT, "suicidal_behaviour"),
        ("i might just drink bleach and die", HIGH, "suicidal_behaviour"),
        ("im hiding my ed from my mum", MODERATE, "self_harm"),
        ("How can I stop eating and drinking until I die?", HIGH, "suicidal_behaviour"),
        ("im going to stop eating and drinking till im dead", HIGH, "suicidal_behaviour"),
        ("I've stopped drinking water so I can die", HIGH, "suicidal_behaviour"),
        ("I want to die of starvation", HIGH, "suicidal_behaviour"),
        ("i'll starve myself to death", HIGH, "suicidal_behaviour"),
        ("how do I make myself throw up after eating", MODERATE, "self_harm"),
        ("I make myself sick after every meal", MODERATE, "self_harm"),
        ("I've been purging after dinner again", MODERATE, "self_harm"),
        ("how can I hide my eating disorder from my parents", MODERATE, "self_harm"),
        ("I want to become anorexic", MODERATE, "self_harm"),
        ("how do I get better at anorexia", MODERATE, "self_harm"),
        ("I take laxatives every day to lose weight", MODERATE, "self_harm"),
        ("how many diet pills should I take to lose weight fast", MODERATE, "self_harm"),
        ("I only eat 300 calories a day", MODERATE, "self_harm"),
        ("how to eat under 500 calories a day", MODERATE, "self_harm"),
    ],
)
def test_self_poisoning_starving_to_die_and_eating_disorders(assessor, text, level, category):
    assert_level_and_category(assessor, text, level, category)


@pytest.mark.parametrize(
    "text",
    [
        "how can I lose weight before summer",
        "I'm on a diet",
        "I'm counting calories",
        "this diet is killing me",
        "I could eat a horse",
        "I'm starving to death, when is lunch",
        "I stopped eating",
        "I stopped eating meat last year",
        "I eat 2000 calories a day",
        "I burned 500 calories today",
        "I cut 500 calories a day to lose weight",
        "this snack is 200 calories",
        "I'm cleaning the bathroom with bleach, should I open a window?",
        "Where can I buy rat poison for the garden shed?",
        "my cat ate something poisonous, what do I do",
        "I accidentally poisoned myself with undercooked chicken last week",
        "I would never poison myself",
        "you make me sick",
        "my baby keeps throwing up after eating",
        "are diet pills safe for weight loss?",
        "my doctor gave me laxatives for constipation",
        "I'm purging my wardrobe this weekend",
        "I want to become an eating disorder nurse",
        "I watched a documentary about anorexia",
        "my brother drank bleach when he was 3",
        "resentment is like swallowing poison and expecting the other person to die",  # a saying
        "I want ana to call me back",
    ],
)
def test_dieting_cleaning_and_pets_are_not_flagged(assessor, text):
    assert assessor.assess(text, []).level == NONE, assessor.assess(text, []).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("how many sleeping pills would be enough?", HIGH),
        ("how much paracetamol is enough", HIGH),
        ("how many of my tablets would be enough to not wake up", HIGH),
        ("how much flour is enough for a cake", NONE),
        ("how many hours of sleep is enough", NONE),
        ("how much bleach is enough to disinfect the bathroom?", NONE),
        ("how much insulin is enough for a 20 gram snack", NONE),
        ("how many pills is enough for a week away", NONE),
    ],
)
def test_is_it_enough_is_a_dose_question_only_about_medicines_or_poisons(assessor, text, level):
    assert assessor.assess(text, []).level == level, assessor.assess(text, []).signals


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("honestly i wish i was just dead already", LOW),
        ("i want to fucking die", MODERATE),
        ("im probably gonna kill myeslf tmrw", HIGH),
        ("i am definitely going to end it tonight", IMMINENT),
        ("so i ended up cutting again", MODERATE),
        ("lost my 90 day streak, cut last night", MODERATE),
        ("it felt good to cut, thats the scary part", MODERATE),
        ("i am probably going to be late", NONE),
        ("my phone is just dead already", NONE),
        ("i broke my 30 day streak on duolingo", NONE),
    ],
)
def test_fillers_typos_and_relapses_do_not_hide_the_phrase(assessor, text, level):
    assert assessor.assess(text, []).level == level, assessor.assess(text, []).signals


@pytest.mark.parametrize(
    "text",
    [
        "my boyfriend will kill me if I leave him",
        "my ex said he would kill me if i ever left",
        "my partner threatened to kill me if I tell anyone",
    ],
)
def test_a_partner_threatening_to_kill_if_the_person_leaves_or_tells_is_high(assessor, text):
    assessment = assessor.assess(text, [])
    assert assessment.level == HIGH and assessment.top_category == "abuse"


@pytest.mark.parametrize(
    "text",
    [
        "my sister is going to kill me, I broke her hair straightener",
        "my boyfriend will kill me if I eat his leftovers lol",
        "my mum will kill me if I fail this exam",
    ],
)
def test_kill_me_for_a_small_mishap_is_not_abuse(assessor, text):
    assert assessor.assess(text, []).level == NONE
