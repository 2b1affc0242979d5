"""Hindi, in Devanagari and romanised (Hinglish: "mujhe marna hai", "jeene ka mann nahi karta").

Devanagari is folded only lightly: the nukta is dropped (U+093C, and the precomposed letters
such as U+095B become their base letter), chandrabindu (U+0901) is read as anusvara (U+0902),
so patterns here are written without nukta and with anusvara. Python's \\b does not work
inside Devanagari words, so patterns use DB/DE.
Romanised spellings vary a lot and are brought to one form first (nhi/nahin -> nahi, muje ->
mujhe, khudko -> khud ko, jindagi -> zindagi, hu/hun -> hoon).

Word order is subject-object-verb with the negation before the verb ("मैं मरना नहीं चाहता",
"mujhe nahi marna"), so first-person patterns are contiguous and simply do not match a
negated sentence.
"""

from __future__ import annotations

import re

from mindhaven.risk.lexicons._base import (
    COUNT,
    ABUSE,
    DB,
    DE,
    HARM_TO_OTHERS,
    MEDICAL_EMERGENCY,
    PANIC,
    PSYCHOSIS,
    RISK_TAKING,
    SELF_HARM,
    SUBSTANCE_EMERGENCY,
    SUICIDAL_BEHAVIOUR,
    SUICIDAL_THOUGHTS,
    H,
    L,
    Language,
    M,
    X,
    p,
)

CODE = "hi"

_SLANG = [
    (re.compile(r"\b(?:nhi|nahin|nai|nhin|nahii|nahee)\b"), "nahi"),
    (re.compile(r"\b(?:h|he|hei|hae|hay)\b"), "hai"),
    (re.compile(r"\b(?:hun|hu|hoo|hn)\b"), "hoon"),
    (re.compile(r"\b(?:mujhko|muje|mjhe|mujhey|mujhe|mujhse)\b"), "mujhe"),
    (re.compile(r"\b(?:mai|mei|mein|me)\b(?= (?:bas |ab |sach mein )?(?:mar|khud|apn|suicide|jeena|jina|marna|isko|use|usko|aaj|abhi|kabhi))"), "main"),
    (re.compile(r"\b(?:khudko|khd ko|khud ko|khudd ko)\b"), "khud ko"),
    (re.compile(r"\b(?:khatm|khtm|khatam|khattam)\b"), "khatam"),
    (re.compile(r"\b(?:zindgi|jindagi|jindgi|zndgi|zindagi|jindegi)\b"), "zindagi"),
    (re.compile(r"\bkr\b"), "kar"),
    (re.compile(r"\b(?:krta|kerta)\b"), "karta"),
    (re.compile(r"\b(?:krti|kerti)\b"), "karti"),
    (re.compile(r"\b(?:rha|rahaa)\b"), "raha"),
    (re.compile(r"\brhi\b"), "rahi"),
    (re.compile(r"\bman\b(?= nahi)"), "mann"),
    (re.compile(r"\b(?:chahata|chahtaa|chata)\b"), "chahta"),
    (re.compile(r"\b(?:chahati|chahtii|chati)\b"), "chahti"),
    (re.compile(r"\bjina\b"), "jeena"),
    (re.compile(r"\bjine\b"), "jeene"),
    (re.compile(r"\b(?:marna|marnaa|mrna)\b"), "marna"),
    (re.compile(r"\b(?:loonga|lunga)\b"), "lunga"),
    (re.compile(r"\b(?:loongi|lungi)\b"), "lungi"),
    (re.compile(r"\b(?:doonga|dunga)\b"), "dunga"),
    (re.compile(r"\b(?:doongi|dungi)\b"), "dungi"),
    (re.compile(r"\b(?:daalunga|dalunga|dalunga)\b"), "dalunga"),
    (re.compile(r"\b(?:daalungi|dalungi)\b"), "dalungi"),
    (re.compile(r"\b(?:krunga|karunga)\b"), "karunga"),
    (re.compile(r"\b(?:krungi|karungi)\b"), "karungi"),
    (re.compile(r"\b(?:goliyan|goliya|goliyaan|golia)\b"), "goliyan"),
    (re.compile(r"\b(?:jaan ?boojh ?ke|jaan ?bujh ?ke|jaan ?bujh ?kar|jaan ?boojh ?kar|jaanbujhkar)\b"), "jaan bujh kar"),
]


def prepare(folded: str) -> str:
    for pattern, replacement in _SLANG:
        folded = pattern.sub(replacement, folded)
    return folded


# --- romanised fragments ---
_CHAH = r"(?:chahta|chahti|chahte)"
_HOON = r"(?: hoon| hai)?"
_FUT = r"(?:lunga|lungi|dunga|dungi|dalunga|dalungi|lenge|denge)"
_KILL_SELF = rf"khud ko (?:maar|mar|khatam kar|khatam) ?(?:{_FUT})"
_NOW = r"(?:aaj raat|aaj hi|abhi|aaj)"
# --- Devanagari fragments ---
_HU_D = "ह[ूु]ं?"
_CHAH_D = "चाह(?:ता|ती|ते)"
_FUT_D = "(?:लूंगा|लूंगी|दूंगा|दूंगी|डालूंगा|डालूंगी|लूगा|लूगी|दूगा|दूगी)"
_KHUD_D = "(?:खुद|अपने आप)"
_NAHI_D = "नही[ं]?"

PHRASES = (
    # ===== suicidal thoughts and behaviour: romanised =====
    # --- imminent ---
    p(rf"{DB}(?:maine )?(?:saari|sari|bahut saari|bahut sari|sab|{COUNT}|poori|puri) (?:neend ki )?(?:goliyan|goli|tablets?|pills)\b.{{0,15}}\bkha (?:li|liya|li hai|liye|chuka|chuki)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}{_NOW}\b.{{0,20}}\b(?:{_KILL_SELF}|suicide kar (?:lunga|lungi)|apni jaan le (?:lunga|lungi)|fansi laga (?:lunga|lungi))", SUICIDAL_BEHAVIOUR, X),
    p(rf"{DB}(?:main )?(?:chhat|chat|pul|bridge|building|patri|patriyon|railway track) (?:pe|par) (?:khada|khadi|baitha|baithi) hoon\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:ye|yeh) mera (?:aakhri|akhri|last) (?:message|msg) hai\b|\balvida (?:sabko|sab|duniya)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:rassi|fanda) (?:tayyar|taiyar|ready|bandh (?:gayi|gaya|li)) hai\b", SUICIDAL_BEHAVIOUR, X, False),
    # --- high ---
    p(rf"{DB}(?:main )?(?:{_KILL_SELF}|apni (?:jaan|zindagi) (?:le|khatam kar) ?(?:lunga|lungi|dunga|dungi)|suicide (?:kar|karunga|karungi) ?(?:lunga|lungi)?|fansi (?:laga|lagake) ?(?:lunga|lungi)|(?:chhat|chat|building|pul) se kood (?:jaunga|jaungi|jaaunga|jaaungi)|pankhe se latak (?:jaunga|jaungi|jaaunga|jaaungi)|nas kaat ?(?:lunga|lungi)|jaan de (?:dunga|dungi))\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:maine )?(?:suicide note|aakhri khat|akhri letter) (?:likh (?:diya|liya|li|raha|rahi)|likha)\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:maine )?(?:rassi|fanda|neend ki goliyan|zeher|zehar|jahar) (?:khareed|kharid|le aaya|le aayi|jama kar|rakh) ?(?:li|liya|lee|ki|liye|rakhi|rakha)?\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:main theek hoon|main thik hoon|sab theek hai|tension mat lo|chinta mat karo)\b.{{0,40}}\b(?:sach (?:mein|me|kahu to|bolu to)|asal mein|actually|honestly)\b.{{0,30}}\b(?:mere paas|maine)\b.{{0,25}}\b(?:rassi|fanda|goliyan|zeher|zehar|blade|bandook)\b|{DB}(?:मैं ठीक हूं|सब ठीक है)[^?]{{0,40}}(?:सच (?:में|कहूं तो)|असल में)[^.!?]{{0,30}}(?:मेरे पास|मैंने)[^.!?]{{0,25}}(?:रस्सी|फंदा|गोलियां|जहर|ब्लेड|बंदूक)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:maine )?(?:suicide|khudkushi|aatmhatya) (?:karne ki koshish|attempt) ki\b|\bmaine khud ko maarne ki koshish ki\b", SUICIDAL_BEHAVIOUR, H),
    # --- moderate ---
    p(rf"{DB}mujhe (?:bas |ab |sach mein )?(?:marna|mar jana|mar jaana) hai\b|\b(?:main )?(?:bas |ab )?(?:marna|mar jana|mar jaana|suicide karna|khud ko (?:maarna|marna|khatam karna)|apni jaan (?:dena|lena)|sab khatam karna) {_CHAH}\b", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:khudkushi|aatmhatya|atmahatya)\b|\bsuicide ke (?:khayal|vichar|thoughts)\b", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:ab )?jeene ka (?:mann|man|dil) nahi (?:karta|karti|hota)\b|\b(?:main )?(?:ab )?jeena nahi {_CHAH}\b|\bjeene ki (?:ichha|iccha|ichchha|wajah) nahi\b|\bmujhe (?:ab )?nahi jeena\b", SUICIDAL_THOUGHTS, M, False),
    p(rf"{DB}(?:sab|sabhi|ghar wale|family) (?:mere bina )?(?:khush|behtar|better) (?:rahenge|honge|hoga)(?: mere bina)?\b", SUICIDAL_THOUGHTS, M),
    # --- low ---
    p(rf"{DB}kaash (?:main )?(?:mar jata|mar jati|mar jaata|mar jaati|paida hi na hota|paida hi na hoti|paida na hota|paida na hoti)\b|\bmain (?:ek )?bojh hoon\b|\bab (?:aur )?(?:nahi|na) (?:jhel|seh|sah) (?:sakta|sakti)\b|\bjeene ka koi (?:matlab|fayda|faida) nahi\b|\bzindagi se (?:thak|pak) (?:gaya|gayi|chuka|chuki)\b|\bgayab ho jana {_CHAH}\b", SUICIDAL_THOUGHTS, L, False),
    # --- self-harm ---
    p(rf"{DB}(?:main )?(?:khud ko|apne aap ko) (?:hurt|harm|chot pahucha|chot pahuncha|nuksan pahucha|nuksan pahuncha|kaat) ?(?:karti|karta|karna|rahi|raha|ti|ta|leti|leta|liya|li)?\b|\b(?:haath|hath|kalai) (?:kaat|kat) (?:leti|leta|liya|li|rahi|raha)\b|\bblade se (?:haath|hath|kalai)\b|\bcutting (?:karti|karta|kar rahi|kar raha)\b", SELF_HARM, M),
    # ===== suicidal thoughts and behaviour: Devanagari =====
    p(rf"{DB}(?:मैंने )?(?:सारी|बहुत सारी|सब|{COUNT}) (?:नींद की )?(?:गोलियां|गोली|दवाइयां|दवाई) खा (?:ली|लीं|लिया|ली हैं){DE}", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:आज रात|अभी|आज ही)[^.!?]{{0,20}}(?:{_KHUD_D} को (?:मार|खत्म कर)|अपनी जान ले|आत्महत्या कर|फांसी लगा)", SUICIDAL_BEHAVIOUR, X),
    p(rf"{DB}मैं? (?:छत|पुल|पटरी|पटरियों|बिल्डिंग) पर (?:खडा|खडा|खडी|खडी|बैठा|बैठी) {_HU_D}", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:यह|ये) मेरा आखिरी (?:मैसेज|संदेश) है|{DB}अलविदा (?:सबको|दुनिया)", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:रस्सी|फंदा) (?:तैयार|बंध गया|बंध गई) है", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:{_KHUD_D} को (?:मार|खत्म कर) ?{_FUT_D}|अपनी (?:जान|जिंदगी) (?:ले|खत्म कर) ?{_FUT_D}|जान दे ?(?:दूंगा|दूंगी)|आत्महत्या कर ?(?:लूंगा|लूंगी)|फांसी (?:लगा|लगाकर) ?(?:लूंगा|लूंगी)|(?:छत|पुल|बिल्डिंग) से कूद (?:जाऊंगा|जाऊंगी)|नस काट ?(?:लूंगा|लूंगी))", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}सुसाइड नोट|{DB}(?:आखिरी खत) लिख", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:मैंने )?(?:आत्महत्या|खुदकुशी) (?:करने )?की कोशिश की", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}मुझे (?:बस |अब )?(?:मरना|मर जाना) है{DE}|{DB}(?:मैं? )?(?:बस |अब )?(?:मरना|मर जाना|आत्महत्या करना|{_KHUD_D} को (?:मारना|खत्म करना)|अपनी जान (?:देना|लेना)) {_CHAH_D}", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:आत्महत्या|खुदकुशी){DE}", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:अब )?जीने (?:का|की) (?:मन|दिल|इच्छा) {_NAHI_D}|{DB}(?:अब )?जीना {_NAHI_D} {_CHAH_D}|{DB}मुझे (?:अब )?{_NAHI_D} जीना", SUICIDAL_THOUGHTS, M, False),
    p(rf"{DB}काश (?:मैं? )?(?:मर जाता|मर जाती|पैदा ही न होता|पैदा ही न होती)|{DB}मैं? (?:एक )?बोझ {_HU_D}|{DB}जीने का कोई (?:मतलब|फायदा) {_NAHI_D}|{DB}अब (?:और )?{_NAHI_D} (?:सह|झेल) सकता|{DB}जिंदगी से थक (?:गया|गई|गयी)", SUICIDAL_THOUGHTS, L, False),
    p(rf"{DB}{_KHUD_D} को (?:चोट पहुंचा|नुकसान पहुंचा|काट)|{DB}(?:हाथ|कलाई) (?:काटती|काटता|काट लेती|काट लेता|काट लिया|काट ली)|{DB}ब्लेड से (?:हाथ|कलाई)", SELF_HARM, M),
    # ===== harm to others =====
    p(rf"{DB}{_NOW}\b.{{0,20}}\b(?:usko|use|usey|unko|[\w]+ ko) (?:jaan se )?(?:maar|mar) (?:dunga|dungi|dalunga|dalungi)\b|{DB}(?:आज रात|अभी)[^.!?]{{0,20}}(?:उसे|उसको) (?:जान से )?मार (?:दूंगा|दूंगी|डालूंगा|डालूंगी)", HARM_TO_OTHERS, X),
    p(rf"{DB}(?:usko|use|usey|unko|uski) jaan (?:le (?:lunga|lungi)|se maar (?:dunga|dungi|dalunga|dalungi))\b|\b(?:usko|use|usey|unko) (?:maar|mar) (?:dalunga|dalungi)\b|{DB}(?:उसे|उसको|उनको) जान से मार (?:दूंगा|दूंगी|डालूंगा|डालूंगी)|{DB}(?:उसे|उसको) मार डालूंगा", HARM_TO_OTHERS, H),
    p(rf"{DB}(?:usko|use|usey|unko|kisi ko) (?:jaan se )?(?:maarna|marna|nuksan pahuchana|hurt karna) {_CHAH}\b|{DB}(?:उसे|उसको|किसी को) (?:जान से )?(?:मारना|नुकसान पहुंचाना) {_CHAH_D}", HARM_TO_OTHERS, M),
    # ===== abuse =====
    p(rf"{DB}(?:wo|woh|vo|pati|mera pati|mere pati|papa|mere papa|bhai|boyfriend)\b.{{0,20}}\b(?:chaku|chaaku|bandook|katta|knife|gun)\b.{{0,15}}\b(?:leke|le kar|lekar|liye) (?:bahar|darwaze (?:pe|par)|ghar ke bahar) (?:khada|khadi) hai\b|{DB}(?:चाकू|बंदूक|कट्टा) (?:लेकर|ले के|लिए) (?:बाहर|दरवाजे पर|घर के बाहर) खडा है", ABUSE, X, False, False),
    p(rf"{DB}(?:wo|woh|vo)\b.{{0,15}}\bmujhe (?:abhi )?(?:maar|peet) raha hai\b|{DB}(?:वो|वह) मुझे (?:अभी )?(?:मार|पीट) रहा है", ABUSE, X, False, False),
    p(rf"{DB}mujhe (?:maarta|maarte|marta|marte|peet-?ta|peet-?te|pitta|pitte) (?:hai|hain)\b.{{0,60}}\b(?:darr|dar) (?:lagta|lag raha)\b|{DB}मुझे (?:मारता|मारते|पीटता|पीटते) (?:है|हैं)[^.]{{0,60}}डर (?:लगता|लग रहा)", ABUSE, H, False, False),
    p(rf"{DB}jaan se maarne ki (?:dhamki|dhamkee)\b|{DB}जान से मारने की धमकी", ABUSE, H, False, False),
    p(rf"{DB}(?:wo|woh|vo|pati|mera pati|mere pati|papa|mere papa|mera baap|sasur|bhai|boyfriend|saas)\b.{{0,10}}\bmujhe (?:roz |hamesha )?(?:maarta|maarte|marta|marte|peet-?ta|peet-?te|pitta|pitte|maarti|peetti) (?:hai|hain)\b|{DB}(?:मेरा पति|मेरे पति|पति|मेरे पापा|पापा|वो|वह|सास|ससुर) मुझे (?:रोज? |हमेशा )?(?:मारता|मारते|मारती|पीटता|पीटते|पीटती) (?:है|हैं)", ABUSE, M, False, False),
    p(rf"{DB}ghar (?:jaane|jane) se (?:darr|dar) lagta hai\b|{DB}घर जाने से डर लगता है", ABUSE, M, False, False),
    # ===== substance emergency =====
    p(rf"{DB}(?:goliyan|goli|pills|tablets|dawai|dawaiyan)\b.{{0,20}}\bkha (?:li|liya|li hai|liye)\b.{{0,30}}\b(?:ajeeb|ajib|chakkar|saans nahi|ulti|behosh)|{DB}(?:गोलियां|गोली|दवाई|दवाइयां) खा (?:ली|लीं|लिया)[^.]{{0,30}}(?:अजीब|चक्कर|सांस {_NAHI_D}|उल्टी|बेहोश)", SUBSTANCE_EMERGENCY, X, False),
    p(rf"{DB}(?:overdose ho gaya|overdose ho gayi|overdose le liya)\b|{DB}ओवरडोज", SUBSTANCE_EMERGENCY, X, False),
    # ===== panic =====
    p(rf"{DB}saans nahi (?:aa rahi|le pa (?:raha|rahi))\b|\bpanic attack (?:aa raha|aaya|ho raha)\b|{DB}सांस {_NAHI_D} (?:आ रही|ले पा)|{DB}पैनिक अटैक", PANIC, M, False),
    p(rf"{DB}(?:ghabrahat|ghabrahat ho rahi|bahut anxiety)\b|{DB}घबराहट", PANIC, L),
    # ===== psychosis =====
    p(rf"{DB}(?:awaazein|awazein|aawazen|awaze|awaazen) (?:kehti|bolti|kahti) (?:hai|hain)\b.{{0,25}}\b(?:maar|mar ja|kaat|khatam)|{DB}आवाजें (?:कहती|बोलती) हैं[^.]{{0,25}}(?:मार|मर जा|काट|खत्म)", PSYCHOSIS, H),
    p(rf"{DB}(?:awaazein|awazein|aawazen|awaze|awaazen) (?:sunai (?:deti|de rahi)|sunta|sunti)\b|{DB}आवाजें सुनाई (?:देती|दे रही)", PSYCHOSIS, M),
    # ===== risk-taking =====
    p(rf"{DB}jaan bujh kar\b.{{0,50}}\b(?:daaru|sharab|nashe)\b.{{0,40}}\b(?:gaadi|gadi|bike|car) (?:chalayi|chalai|chala)|{DB}(?:daaru|sharab) pee? ?(?:ke|kar)\b.{{0,50}}\bjaan bujh kar\b|{DB}जानबूझकर[^.]{{0,50}}(?:शराब|नशे)[^.]{{0,40}}(?:गाडी|बाइक) चला", RISK_TAKING, H, False),
    # ===== medical emergency =====
    p(rf"{DB}seene (?:mein|me) dard\b.{{0,50}}\b(?:haath|hath|baah|baju) (?:sunn|sun)\b|{DB}सीने में दर्द[^.]{{0,50}}(?:हाथ|बांह|बाजू)[^.]{{0,10}}सुन्न|{DB}heart attack (?:aa raha|aaya)\b|{DB}हार्ट अटैक (?:आ रहा|आया)", MEDICAL_EMERGENCY, X, False),
    p(rf"{DB}seene (?:mein|me) dard\b|{DB}सीने में दर्द", MEDICAL_EMERGENCY, M),
)

NEGATION = re.compile(
    rf"(?:{DB}(?:nahi|kabhi nahi|mat|maan lo|man lo|suppose|what if|agar koi|film mein|movie mein|gaane mein|song mein)\b"
    rf"|{DB}(?:{_NAHI_D}|कभी {_NAHI_D}|मत|मान लो|अगर कोई|फिल्म में|गाने में){DE})([^.!?;,]{{0,25}})$"
)
NEW_CLAUSE = re.compile(
    rf"{DB}(?:main|mujhe|lekin|par|magar|aur|kyunki|kyun|kyu|phir bhi|sach mein|actually|मैं|मुझे|लेकिन|पर|मगर|और|क्योंकि|क्यों){DE}"
)
NEGATION_AFTER = re.compile(rf" ?(?:{_NAHI_D}|nahi){DE}")
OTHER_PERSON = re.compile(
    rf"(?:{DB}(?:wo|woh|vo|voh|usne|usko|use|uski|uska|mera dost|meri dost|meri friend|mera friend|mera bhai|meri behen|"
    rf"meri behan|meri maa|mere papa|koi|meri saheli)\b|{DB}(?:वो|वह|उसने|उसको|उसे|मेरा दोस्त|मेरी दोस्त|मेरी सहेली|"
    rf"मेरा भाई|मेरी बहन|मेरी मां|मेरे पापा|कोई){DE})([^.!?;]{{0,40}})$"
)
SELF = re.compile(
    rf"{DB}(?:main|mujhe|mera|meri|mere|khud|apne aap|apni|hoon|maine|मैं|मैंने|मुझे|मेरा|मेरी|मेरे|खुद|अपने आप|अपनी|हूं|हू){DE}"
)
FIRST_PERSON = re.compile(rf"{DB}(?:main|mujhe|maine|मैं|मुझे|मैंने){DE}")
MEDIA = re.compile(
    rf"{DB}(?:gaana|gana|gaane|gane|song|movie|film|picture|serial|dialogue|dialog|shayari|kavita|kahani|reel|video|meme|"
    rf"गाना|गाने|गीत|फिल्म|मूवी|सीरियल|डायलॉग|शायरी|कविता|कहानी){DE}"
)
MEDIA_BREAK = re.compile(rf"{DB}(?:aur ab|lekin|magar|ab|kyunki|isliye|और अब|लेकिन|मगर|अब|क्योंकि){DE}")
HYPERBOLE_BEFORE = re.compile(
    rf"(?:{DB}(?:liye|lie|sharam se|bhook se|bhukh se|garmi se|thand se|hass hass ke|has has ke|bore hoke|bore ho ke)"
    rf"|{DB}(?:लिए|शर्म से|भूख से|गर्मी से|ठंड से|हंस हंस के)) ?$"
)
MEANS_MENTION = re.compile(
    rf"(?:{DB}(?:rassi|fanda|neend ki goliyan|goliyan|zeher|zehar|jahar|blade|bandook|katta|रस्सी|फंदा|गोलियां|जहर|ब्लेड|बंदूक)"
    rf"[^.!?]{{0,20}}(?:khareed|kharid|le aaya|le aayi|jama|rakh li|mere paas hai|खरीद|ले आया|ले आई|जमा|रख ली|मेरे पास है))"
    rf"|(?:{DB}(?:mere paas|मेरे पास) (?:rassi|goliyan|zeher|blade|bandook|रस्सी|गोलियां|जहर|ब्लेड|बंदूक))"
)
WEAPON = re.compile(
    rf"(?:{DB}(?:chaku|chaaku|bandook|katta|pistol|talwar|चाकू|बंदूक|कट्टा|पिस्तौल|तलवार)[^.!?]{{0,20}}"
    rf"(?:mere paas hai|le liya|utha liya|मेरे पास है|ले लिया|उठा लिया))|(?:{DB}(?:mere paas|मेरे पास) (?:chaku|chaaku|bandook|katta|pistol|चाकू|बंदूक|कट्टा|पिस्तौल))"
)


# The other person's own words follow a verb of saying, quoted or not.
REPORTED_SPEECH = re.compile(rf"(?:{DB}(?:keh|kah|bol)(?: raha| rahi)? (?:tha|thi|hai)|{DB}(?:kaha|bola|boli|likha)(?: ki)?|{DB}(?:कह (?:रहा|रही) (?:था|थी|है)|कहा|बोला|बोली|लिखा)(?: कि)?) ?$")

LANGUAGE = Language(
    code=CODE,
    phrases=PHRASES,
    negation=NEGATION,
    new_clause=NEW_CLAUSE,
    other_person=OTHER_PERSON,
    self_ref=SELF,
    first_person=FIRST_PERSON,
    media=MEDIA,
    media_break=MEDIA_BREAK,
    means=MEANS_MENTION,
    weapon=WEAPON,
    negation_after=NEGATION_AFTER,
    hyperbole_before=HYPERBOLE_BEFORE,
    reported_speech=REPORTED_SPEECH,
    prepare=prepare,
)
