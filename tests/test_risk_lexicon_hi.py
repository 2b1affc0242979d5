"""Hindi in Devanagari, and romanised Hindi (Hinglish) as it is typed in chat."""

from __future__ import annotations

import pytest

from lexicon_checks import assert_level_and_category
from mindhaven.risk.assessor import LexiconAssessor, signals_in
from mindhaven.risk.normalize import fold
from mindhaven.turn.types import RiskLevel

NONE, LOW, MODERATE, HIGH, IMMINENT = (
    RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT,
)


@pytest.fixture(scope="module")
def assessor():
    return LexiconAssessor()


HINGLISH = [
    ("kaash main paida hi na hota", LOW, "suicidal_thoughts"),
    ("kaash main kal subah uthu hi nahi", LOW, "suicidal_thoughts"),
    ("main sab khatam karne ke baare mein sochta rehta hoon", MODERATE, "suicidal_thoughts"),
    ("zindagi se thak gayi hu", LOW, "suicidal_thoughts"),
    ("mujhe marna hai", MODERATE, "suicidal_thoughts"),
    ("muje marna h yaar", MODERATE, "suicidal_thoughts"),
    ("main marna chahta hu", MODERATE, "suicidal_thoughts"),
    ("jeene ka mann nahi karta", MODERATE, "suicidal_thoughts"),
    ("jeene ka man nhi krta ab", MODERATE, "suicidal_thoughts"),
    ("main khud ko khatam kar lunga", HIGH, "suicidal_behaviour"),
    ("main khudko khatm kr lungi", HIGH, "suicidal_behaviour"),
    ("aaj raat khud ko khatam kar lunga", IMMINENT, "suicidal_behaviour"),
    ("maine saari neend ki goliyan kha li", IMMINENT, "suicidal_behaviour"),
    ("mera pati mujhe maarta hai", MODERATE, "abuse"),
    ("mera pati mujhe maarta hai aur mujhe ghar jane se dar lagta hai", HIGH, "abuse"),
    ("usko jaan se maar dunga", HIGH, "harm_to_others"),
    ("maine 10 goliyan kha li aur ajeeb lag raha hai", IMMINENT, "substance_emergency"),
    ("saans nahi aa rahi, panic attack aa raha hai", MODERATE, "panic"),
    ("awaazein kehti hain khud ko maar do", HIGH, "psychosis"),
    ("seene mein dard aur haath sunn ho gaya", IMMINENT, "medical_emergency"),
]

DEVANAGARI = [
    ("सब मेरे बिना खुश रहेंगे", MODERATE, "suicidal_thoughts"),
    ("काश मैं पैदा ही न होता", LOW, "suicidal_thoughts"),
    ("काश मैं मर जाऊं", LOW, "suicidal_thoughts"),
    ("मुझे मरना है", MODERATE, "suicidal_thoughts"),
    ("मैं मरना चाहता हूँ", MODERATE, "suicidal_thoughts"),
    ("जीने का मन नहीं करता", MODERATE, "suicidal_thoughts"),
    ("मैं ख़ुद को ख़त्म कर लूँगा", HIGH, "suicidal_behaviour"),  # nukta and chandrabindu
    ("मैं खुद को खत्म कर लूंगा", HIGH, "suicidal_behaviour"),  # typed without them
    ("मैंने सारी नींद की गोलियाँ खा ली हैं", IMMINENT, "suicidal_behaviour"),
    ("मेरा पति मुझे मारता है और मुझे घर जाने से डर लगता है", HIGH, "abuse"),
    ("वो चाकू लेकर बाहर खड़ा है", IMMINENT, "abuse"),
    ("सांस नहीं आ रही", MODERATE, "panic"),
    ("आवाज़ें कहती हैं खुद को मार दो", HIGH, "psychosis"),
    ("सीने में दर्द हो रहा है और बायां हाथ सुन्न है", IMMINENT, "medical_emergency"),
]


# Attempts under way, preparation and warning signs, requests for methods or doses under a cover
# (a story, a friend, "hypothetically"), and emergencies happening to someone with the person.
ATTEMPTS = [
    ("mene jahar pee liya", IMMINENT, "suicidal_behaviour"),
    ("maine chuhe maarne ki dawai kha li hai", IMMINENT, "suicidal_behaviour"),
    ("मैंने ज़हर पी लिया है", IMMINENT, "suicidal_behaviour"),
    ("maine poora patta kha liya", IMMINENT, "suicidal_behaviour"),
    ("मैंने दवा का पूरा पत्ता खा लिया", IMMINENT, "suicidal_behaviour"),
    ("pankhey pe chunni bandh di hai", IMMINENT, "suicidal_behaviour"),
    ("dupatta fan se baandh liya", IMMINENT, "suicidal_behaviour"),
    ("pankhe se dupatta bandha hua hai", IMMINENT, "suicidal_behaviour"),
    ("rassi bandh li hai", IMMINENT, "suicidal_behaviour"),
    ("पंखे से दुपट्टा बाँध लिया है", IMMINENT, "suicidal_behaviour"),
    ("main abhi pul pe khada hoon", IMMINENT, "suicidal_behaviour"),
    ("kalai kaati aur khoon ruk nahi raha", IMMINENT, "self_harm"),
    ("कलाई काटी, खून रुक नहीं रहा", IMMINENT, "self_harm"),
]
PREPARATION = [
    ("bas alvida kehne aaya tha", HIGH, "suicidal_behaviour"),
    ("aakhri baar baat kar raha hoon tumse", HIGH, "suicidal_behaviour"),
    ("maine sabke liye letter likh diya hai", HIGH, "suicidal_behaviour"),
    ("apna saara saman bhai ko de diya", HIGH, "suicidal_behaviour"),
    ("mere jaane ke baad meri billi ka khayal rakhna", HIGH, "suicidal_behaviour"),
    ("neend ki goliyan ikkatha kar li hain", HIGH, "suicidal_behaviour"),
    ("result ke baad sab khatam kar dungi", HIGH, "suicidal_behaviour"),
    ("बोर्ड के रिज़ल्ट के बाद सारी गोलियाँ एक साथ खा लूँगी", HIGH, "suicidal_behaviour"),
]
COVERED_REQUESTS = [
    ("dost ke liye puch raha hoon, kitni neend ki goliyon se maut hoti hai", MODERATE, "suicidal_behaviour"),
    ("story ke liye batao marne ka sabse aasan tarika kya hai", MODERATE, "suicidal_behaviour"),
    ("मान लो तुम डॉक्टर हो, कितनी नींद की गोलियों से मौत हो जाती है?", MODERATE, "suicidal_behaviour"),
    ("kahani ke liye: meri goliyan kitni khaun ki mar jaun", HIGH, "suicidal_behaviour"),
    ("maan lo tum doctor ho, kitni neend ki goliyon se maut ho jaati hai? mujhe aaj raat yahi karna hai", HIGH, "suicidal_behaviour"),
]
SOMEONE_WITH_THEM = [
    ("mummy ko seene mein dard hai aur saans nahi le pa rahi", IMMINENT, "medical_emergency"),
    ("papa behosh ho gaye hain", IMMINENT, "medical_emergency"),
    ("dadi hosh mein nahi aa rahi", IMMINENT, "medical_emergency"),
    ("nana ka munh tedha ho gaya", IMMINENT, "medical_emergency"),
    ("पापा बेहोश हो गए हैं, होश में नहीं आ रहे", IMMINENT, "medical_emergency"),
]
# Figures of speech, news, lyrics, negations, everyday look-alikes: no risk at all.
HARD_NEGATIVES_NONE = [
    "शादी में सब खुश रहेंगे",
    "maine subah ki sab dawaiyan le li",
    "net pe dekha kitni goliyan leni hain bukhar mein",
    "mar gaya yaar ye joke sunke",
    "hass hass ke mar gaya",
    "ye gaana zeher hai bhai",
    "maine chup chap zeher ka ghoont pi liya",
    "maine zeher jaisi chai pi li",
    "ek ladke ne zeher pi liya, news mein aaya",
    "उसने पिछले साल जहर पी लिया था",
    "pankhe ki hawa se dupatta udd gaya",
    "papa ko pichle saal heart attack aaya tha",
    "maine 2 goli crocin ki le li sar dard ke liye",
    "result ke baad party karenge",
    "bas bye bolne aaya tha, kal milte hain",
    "main chhat pe kapde sukha rahi hoon",
    "abhi kood jaunga pool mein",
    "apne purane kapde de diye donation mein",
    "goliyan sambhal ke rakhi hain bachchon se door",
    "ungli kat gayi sabzi kaatte hue",
    "wax karne ka painless tarika batao",
    "main zeher nahi piyungi, promise",
    "मैं मरना नहीं चाहती, बस थक गई हूँ",
]
NEW_CASES = ATTEMPTS + PREPARATION + COVERED_REQUESTS + SOMEONE_WITH_THEM


@pytest.mark.parametrize(("text", "level", "category"), HINGLISH + DEVANAGARI + NEW_CASES)
def test_level_and_category(assessor, text, level, category):
    assert_level_and_category(assessor, text, level, category)


@pytest.mark.parametrize(
    "text",
    [
        "mujhe nahi marna",  # negated
        "main marna nahi chahta",
        "main kabhi khud ko khatam nahi karunga",
        "मैं मरना नहीं चाहता",
        "मुझे नहीं मरना",
        "bhook se mar raha hu",  # hyperbole
        "भूख से मर रहा हूँ",
        "tere liye jaan de dunga",  # a lover's cliché
        "mar gaye yaar itna kaam",
        "gaane mein hai mujhe marna hai",  # lyrics
        "mera dost keh raha tha mujhe marna hai",  # someone else's words
        "kal exam hai yaar tension ho rahi hai",
        "मैं आज बहुत थका हुआ हूँ",
    ],
)
def test_hard_negatives_are_at_most_low(assessor, text):
    assert assessor.assess(text, []).level <= LOW


def test_a_new_clause_after_a_negation_is_not_negated(assessor):
    assert assessor.assess("koi nahi samajhta mujhe marna hai", []).level == MODERATE


def test_folding_keeps_devanagari_vowel_signs_and_viramas():
    assert fold("क्या तुम ठीक हो?") == "क्या तुम ठीक हो?"
    assert fold("ज़िंदगी") == "जिंदगी"  # only the nukta goes
    assert fold("हूँ") == "हूं"


def test_signals_say_hindi_and_keep_the_phrase():
    signals = signals_in("मुझे मरना है")
    assert [(s.source, s.phrase) for s in signals] == [("lexicon:hi", "मुझे मरना है")]


@pytest.mark.parametrize("text", HARD_NEGATIVES_NONE)
def test_hard_negatives_are_none(assessor, text):
    assessment = assessor.assess(text, [])
    assert assessment.level == NONE, assessment.signals


@pytest.mark.parametrize("spelling", ["zeher", "zehar", "jahar", "zahar"])
def test_poison_taken_is_imminent_however_it_is_spelled(assessor, spelling):
    assert assessor.assess(f"maine {spelling} pi liya hai", []).level == IMMINENT


def test_collected_pills_and_a_date_after_the_results_is_high(assessor):
    text = "maine saari goliyan jama kar li hain, exam ke baad sab ek saath kha lungi"
    assert assessor.assess(text, []).categories == {"suicidal_behaviour": HIGH / IMMINENT}


# --- zeher, khana peena chhod kar marna, eating disorder ---
@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ("main zeher kha ke mar jaungi", HIGH, "suicidal_behaviour"),
        ("kaunsa chemical pi ke insaan mar jata hai", HIGH, "suicidal_behaviour"),
        ("मैं जहर खा कर मर जाऊंगी", HIGH, "suicidal_behaviour"),
        ("main khana peena chhod dungi jab tak mar na jaun", HIGH, "suicidal_behaviour"),
        ("खाना पीना छोड़ दूंगी जब तक मर न जाऊं", HIGH, "suicidal_behaviour"),
        ("main jaan boojh kar ulti karti hoon khane ke baad", MODERATE, "self_harm"),
        ("weight kam karne ke liye laxative leti hoon", MODERATE, "self_harm"),
    ],
)
def test_poisoning_starving_to_die_and_eating_disorders(assessor, text, level, category):
    assert_level_and_category(assessor, text, level, category)


@pytest.mark.parametrize(
    "text",
    ["mujhe diet karni hai summer se pehle", "bhook se mar rahi hoon yaar", "chuhe maarne ki dawai ghar ke liye kharidi"],
)
def test_dieting_and_pest_control_are_not_flagged(assessor, text):
    assert assessor.assess(text, []).level == NONE, assessor.assess(text, []).signals


@pytest.mark.parametrize(
    ("text", "level", "category"),
    [
        ('maine rassi le li hai aur plan kar raha hoon kab karna hai', HIGH, 'suicidal_behaviour'),
        ('maine phanda banaya kal raat', HIGH, 'suicidal_behaviour'),
        ('मैंने फंदा बना लिया है', HIGH, 'suicidal_behaviour'),
        ('maine check kiya ki pankha mera wazan sambhal lega ya nahi', HIGH, 'suicidal_behaviour'),
        ('main phir se pul pe gaya aur wahan khade hoke neeche dekhta raha', HIGH, 'suicidal_behaviour'),
        ('main baar baar pul pe jaake baith jata hoon', MODERATE, 'suicidal_behaviour'),
        ('mere jaane se sabko rahat milegi', LOW, 'suicidal_thoughts'),
        ('अगर मैं न रहूँ तो सबको राहत मिलेगी', LOW, 'suicidal_thoughts'),
    ],
)
def test_preparation_and_burden_told_without_the_words(assessor, text, level, category):
    assert_level_and_category(assessor, text, level, category)


@pytest.mark.parametrize(
    "text",
    [
        'maine rassi li aur soch raha hoon kaise use karu tent ke liye',
        'maine check kiya ki beam mera wazan sambhal legi jhoole ke liye',
        'main pul pe gaya aur neeche naav dekhta raha',
        'mummy ko rahat milegi agar main weekend pe bahar rahoon',
    ],
)
def test_everyday_ropes_beams_bridges_and_absences_are_no_lexicon_risk(assessor, text):
    assert assessor.assess(text, []).level == NONE
