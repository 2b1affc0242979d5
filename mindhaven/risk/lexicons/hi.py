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
    rewriter,
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
    (re.compile(r"\b(?:zeher|zehar|zahar|jahar|jeher|zehr|zaher|jehar|zeharr|jhr)\b"), "zeher"),
    (re.compile(r"\b(?:mene|mainne|maine|mne|mai ne|main ne|mein ne)\b"), "maine"),
    (re.compile(r"\b(?:pee|pii)\b(?= (?:li|liya|lee|liye|chuka|chuki|lunga|lungi))"), "pi"),
    (re.compile(r"\b(?:lia|liyaa|lea)\b"), "liya"),
    (re.compile(r"\b(?:pankhe|pankhey|pankhay|panke|pankha|pankhaa|panka|pnkhe)\b"), "pankhe"),
    (re.compile(r"\b(?:dupatta|dupata|duppatta|dupptta|duppata|chunni|chunri|chunari|odhni)\b"), "dupatta"),
    (re.compile(r"\b(?:bandh|baand|baadh)\b(?= (?:li|liya|di|diya|rakha|rakhi|chuka|chuki|lunga|lungi|dunga|dungi)\b)"), "baandh"),
    (re.compile(r"\b(?:khun|khoon|kuun|khoonn)\b"), "khoon"),
    (re.compile(r"\b(?:alvida|alwida|alvidaa|alwidaa)\b"), "alvida"),
    (re.compile(r"\b(?:ikatthi|ikkatthi|ikathi|ikattha|ikkatha|ikatha|ikhatta|ikatthe|ikathe|ikkathi|ikkathe)\b"), "ikatthi"),
    (re.compile(r"\b(?:ek sath|eksath|ek saath|ek sathh)\b"), "ek saath"),
    (re.compile(r"\b(?:behosh|behos|beosh|behosh)\b"), "behosh"),
    (re.compile(r"\b(?:abi|abhee|abhii)\b"), "abhi"),
    (re.compile(r"\b(?:kud|koodh)\b(?= (?:jaunga|jaungi|jaaunga|jaaungi|raha|rahi|gaya|gayi))"), "kood"),
    (re.compile(r"\b(?:seene|sine|seeney|sene)\b(?= (?:mein|me|main))"), "seene"),
]


prepare = rewriter(_SLANG)


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
# --- shared by both scripts ---
_POISON = (
    r"(?:zeher|keetnashak|keeda maar dawai|keede maarne ki dawai|chuhe (?:maarne|marne) ki dawai|chuha maar dawai|"
    r"phenyl|tezaab|tezab|sulphas|celphos|kerosene|mitti ka tel|pesticide|poison|harpic|bleach|rat poison|toilet cleaner)"
)
_POISON_D = "(?:जहर|कीटनाशक|चूहे मारने की दवा|चूहा मार दवा|फिनाइल|तेजाब|एसिड|सल्फास|केरोसिन|मिट्टी का तेल)"
# Someone with the person, in an emergency happening now (not capped as reported speech).
_APNE = (
    r"(?:mummy|mumma|mommy|maa|mom|papa|pappa|dad|dadi|dada|nani|nana|bhai|bhaiya|didi|behen|behan|pati|patni|wife|"
    r"husband|beta|beti|baccha|bachcha|dost|uncle|aunty|chacha|chachi|unko|unhe|usko|use|wo|woh|vo)"
)
_APNE_D = "(?:मम्मी|मां|माँ|पापा|दादी|दादा|नानी|नाना|भाई|भैया|दीदी|बहन|पति|पत्नी|बेटा|बेटी|बच्चा|दोस्त|उन्हें|उनको|उसे|उसको|वो|वह)"
# Not a farewell: see you tomorrow, good night.
_PHIR_MILTE = r"(?![^.!?]{0,30}\b(?:kal|baad mein|phir milte|good ?night|gn|so(?:ne)? ja|trip|tour|ghoomne)\b)"

PHRASES = (
    # ===== suicidal thoughts and behaviour: romanised =====
    # --- imminent ---
    p(rf"{DB}(?:maine )?(?:saari|sari|bahut saari|bahut sari|sab|{COUNT}|poori|puri) (?:neend ki )?(?:goliyan|goli|tablets?|pills)\b.{{0,15}}\bkha (?:li|liya|li hai|liye|chuka|chuki)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}{_NOW}\b.{{0,20}}\b(?:{_KILL_SELF}|suicide kar (?:lunga|lungi)|apni jaan le (?:lunga|lungi)|fansi laga (?:lunga|lungi))", SUICIDAL_BEHAVIOUR, X),
    p(rf"{DB}(?:main )?(?:chhat|chat|pul|bridge|building|patri|patriyon|railway track) (?:pe|par) (?:khada|khadi|baitha|baithi) hoon\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:ye|yeh) mera (?:aakhri|akhri|last) (?:message|msg) hai\b|\balvida (?:sabko|sab|duniya)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:rassi|fanda) (?:tayyar|taiyar|ready|b(?:a)?andh (?:gayi|gaya|li)) hai\b", SUICIDAL_BEHAVIOUR, X, False),
    # Attempt under way: poison drunk, a strip or all the pills swallowed, the ligature tied, the edge.
    p(rf"{DB}(?<!\bne )(?:{_POISON}) (?:(?:ki|ka) (?:puri |poori |aadhi |ek )?(?:bottle|botal|shishi|glass|packet|dabba|dibba|pudiya) )?(?:pi|kha|nigal|gatak) (?:liya|li|liye|chuka|chuki)\b(?! (?:tha|thi|the)\b)", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:maine )?(?<!subah ki )(?<!shaam ki )(?<!raat ki )(?<!roz ki )(?:saari|sari|saare|sare|bahut saari|bahut sari|dher saari|dher sari|{COUNT}|poori|puri|poora|pura|ek poora|ek pura|do|teen) ?(?:neend ki |sleeping |dard ki |bp ki )?(?:goliyan|goli|tablets?|pills|dawaiyan|dawai|dawa|medicines?|patta|patte|strip|strips|shishi)\b(?![^.!?]{{0,45}}\b(?:time pe|time par|samay pe|samay par|doctor ne|roz ki tarah|jaise roz)\b)[^.!?]{{0,20}}\b(?:kha|nigal|gatak|le) (?:li|liya|liye|lee|chuka|chuki)\b(?! (?:tha|thi|the)\b)", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:pankhe|ceiling fan|fan|kunde|hook|balli|chhat)\b(?: (?:se|pe|par|mein|me|ke upar))\b[^.!?]{{0,10}}\b(?:dupatta|rassi|saree|sari|chadar|bedsheet|belt|fanda)\b[^.!?]{{0,10}}\b(?:baandh|bandh|laga|latka|tang)\w*(?: hua| hui)? ?(?:liya|li|diya|di|rakha|rakhi|chuka|chuki|hai)\b|{DB}(?:dupatta|rassi|saree|chadar|fanda)\b[^.!?]{{0,10}}\b(?:pankhe|ceiling fan|fan|kunde|hook)\b(?: (?:se|pe|par|mein|me))\b[^.!?]{{0,10}}\b(?:baandh|bandh|latka|tang)\w*(?: hua| hui)? ?(?:liya|li|diya|di|rakha|rakhi|chuka|chuki|hai)\b|{DB}fanda (?:bana|gale mein daal|gale me daal|gale mein dal) (?:liya|li|diya|chuka|chuki)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:main )?(?:abhi )?(?:pul|bridge|patri|patriyon|railway track|train ki patri|railing|chhat ke kinare|building ke kinare|kinare) (?:pe|par) (?:aa gaya|aa gayi|pahunch gaya|pahunch gayi|khada|khadi|baitha|baithi|hoon)\b|{DB}(?:abhi|bas|ab) kood (?:jaunga|jaungi|jaaunga|jaaungi|raha hoon|rahi hoon)\b(?! (?:pool|paani|swimming|nahane))|{DB}koodne (?:wala|wali|ja raha|ja rahi) hoon\b(?! (?:pool|paani|swimming))", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:goliyan|blade|rassi|fanda|zeher)\b[^.!?]{{0,15}}\b(?:mere haath mein|mere hath mein|haath mein|mere saamne|mere samne) (?:hai|hain|rakhi hai|rakhi hain|rakha hai)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:kaat|kat|cut|blade|kalai|nas|naso|naslen)\b[^.!?]{{0,80}}\bkhoon\b[^.!?]{{0,25}}\b(?:ruk nahi raha|ruk nahi rahi|nahi ruk raha|nahi ruk rahi|band nahi ho raha|band hi nahi|ruk hi nahi|bahut (?:beh|nikal) raha|bahut zyada (?:beh|nikal|aa) raha)", SELF_HARM, X, False),
    # --- high ---
    p(rf"{DB}(?:main )?(?:{_KILL_SELF}|apni (?:jaan|zindagi) (?:le|khatam kar) ?(?:lunga|lungi|dunga|dungi)|suicide (?:kar|karunga|karungi) ?(?:lunga|lungi)?|fansi (?:laga|lagake) ?(?:lunga|lungi)|(?:chhat|chat|building|pul) se kood (?:jaunga|jaungi|jaaunga|jaaungi)|pankhe se latak (?:jaunga|jaungi|jaaunga|jaaungi)|nas kaat ?(?:lunga|lungi)|jaan de (?:dunga|dungi))\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:maine )?(?:suicide note|aakhri khat|akhri letter) (?:likh (?:diya|liya|li|raha|rahi)|likha)\b", SUICIDAL_BEHAVIOUR, H),
    # Preparatory acts and indirect warning signs: goodbyes, letters, belongings, a date, means gathered.
    p(rf"{DB}(?:bas |sirf )?(?:alvida|bye|goodbye) (?:kehna|kehne|bolne|bolna|kahne|kahna) (?:tha|aaya|aayi|aaya hoon|aayi hoon|chahta|chahti)\b{_PHIR_MILTE}|{DB}aakhri baar (?:baat kar|bye bol|alvida keh|mil)\w* (?:raha|rahi|lena|le raha|le rahi|rahe)\b|{DB}(?:sabko|sab ko) (?:alvida|goodbye)\b{_PHIR_MILTE}", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:maine )?(?:sabke|sab ke|ghar walon ke|gharwalon ke|family ke|mummy papa ke) (?:liye|naam) (?:aakhri |akhri |last )?(?:letter|letters|khat|chitthi|chithi|note|message)\b[^.!?]{{0,10}}\b(?:likh|likha|likhi|chhod|chhoda|record)", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:apna|apni|mere|meri|mera) (?:saara|sara|saari|sari|saare|sare|sab) (?:saman|samaan|cheezein|cheezen|chizen|chijen|cheeze|kapde)\b[^.!?]{{0,25}}\b(?:de (?:diya|di|diye|dunga|dungi)|baant (?:diya|di|diye|dunga|dungi|raha|rahi)|(?:tum|tu|aap) rakh lena|ko de dena)\b(?![^.!?]{{0,20}}\b(?:donation|daan|ngo|shift|shifting)\b)|{DB}mere (?:jaane|marne|na rehne) ke baad\b[^.!?]{{0,40}}\b(?:billi|kutte|kutta|dog|cat|cheezon|saman|samaan|mummy|maa|papa|behen|bhai)\b[^.!?]{{0,20}}\b(?:khayal|khyal|dhyan|sambhal|rakh)", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:goliyan|neend ki goliyan|tablets|pills|dawaiyan|dawai)\b[^.!?]{{0,15}}\b(?:jama|ikatthi|collect|chhupa|chupa) (?:kar |karke |ke )?(?:li|liya|liye|rahi|raha|rakhi|rakha|rakhi hain|rahi hoon|raha hoon)\b|{DB}(?:sab|saari|sari|sabhi|saare|sare|ye|in) (?:goliyan |goliyon ko |tablets )?(?:ek saath|ekdum se|ek baar mein) (?:kha|le|nigal|gatak) (?:lunga|lungi|jaunga|jaungi)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:result|results|exam|exams|board|boards|paper|papers|shaadi|birthday|janamdin|diwali)\b[^.!?]{{0,15}}\bke baad\b[^.!?]{{0,30}}\b(?:{_KILL_SELF}|sab khatam kar (?:dunga|dungi|lunga|lungi)|suicide kar (?:lunga|lungi)|goliyan (?:kha|le) (?:lunga|lungi)|sab (?:ek saath )?(?:kha|le) (?:lunga|lungi)|fansi (?:laga|lagake) ?(?:lunga|lungi)|zeher (?:pi|kha) (?:lunga|lungi))", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:google|internet|youtube|net)\b[^.!?]{{0,25}}\b(?:search|dhundh|dhoondh|dekh|padh)\w*\b[^.!?]{{0,30}}\b(?:marne ka tarika|marne ke tarike|suicide kaise|kaise mare|kaise marte|kitni (?:goliyan|goliyon)\b[^.!?]{{0,20}}\b(?:marte|maut|mar ja\w*|death)|painless death|fansi kaise)|{DB}(?:main )?(?:zeher|goliyan) (?:pi|kha) (?:lunga|lungi)\b", SUICIDAL_BEHAVIOUR, H, False),
    # Methods and doses asked for, whatever the frame ("kahani ke liye", "dost ke liye"):
    # at least moderate; high with the person's own means or intent.
    p(rf"{DB}kitni\b[^.!?]{{0,40}}\b(?:maut|mar (?:jate|jata|jati|sakte|sakta|jaunga|jaungi)|marte|khatam)\b[^!]{{0,80}}\b(?:mujhe\b[^.!?]{{0,20}}\b(?:karna hai|marna hai|khana hai|lena hai)|(?:aaj raat|aaj hi|abhi) (?:kar|kha|le) (?:lunga|lungi)|mere (?:liye|khud ke liye) (?:hai|hi hai|puch))|{DB}कितनी[^.!?]{{0,40}}(?:मौत|मर (?:जाते|जाता|जाती|सकते))[^!]{{0,80}}(?:मुझे[^.!?]{{0,20}}(?:करना है|मरना है|खाना है)|मेरे लिए)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:meri|mere paas ki|meri wali) (?:neend ki )?(?:goliyan|goli|tablets|dawai|dawaiyan)\b[^.!?]{{0,25}}\b(?:kitni|kitne)\b[^.!?]{{0,25}}\b(?:marne|maut|mar jaun|mar jaunga|mar jaungi|khatam)|{DB}mujhe (?:marne|suicide karne|khud ko khatam karne) ka (?:sabse )?(?:painless |aasan |asaan |easy |pakka )?(?:tarika|tareeka|way) (?:batao|bata do|chahiye)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}kitni (?:neend ki )?(?:goliyan|goliyon|tablets?|pills|dawai|paracetamol|crocin)\b[^.!?]{{0,25}}\b(?:se|khane se|lene se|kha ke|kha kar)\b[^.!?]{{0,15}}\b(?:maut|mar (?:jate|jata|jati|sakte|sakta|sakti)|marte|jaan chali|death)|{DB}(?:marne|suicide karne|khudkushi karne|jaan dene|fansi lagane|khud ko khatam karne)\b ?(?:ka|ke) (?:sabse )?(?:painless |aasan |asaan |easy |pakka |tez |jaldi )?(?:tarika|tareeka|tarike|way|method|upay)\b|{DB}(?:suicide|fansi|khudkushi) kaise (?:karte|karein|kare|lagate|lagaye)\b|{DB}(?:khatam karna|khatam kar|marna|marne|mar jaye|mar jaun|suicide|khudkushi|jaan dena|jaan de)\b[^.!?]{{0,100}}\b(?:painless|bina dard (?:wala|ka)|dard ?rahit) (?:tarika|tareeka|tarike|way|method)\b|{DB}(?:batao|bata do|bataiye|bataao|samjhao)\b[^.!?]{{0,15}}\b(?:sabse )?(?:painless|bina dard (?:wala|ka)|dard ?rahit) (?:tarika|tareeka|way|method)\b(?![^.!?]{{0,40}}\b(?:wax|waxing|delivery|tattoo|piercing|injection|root canal|dant|daant|baal|hair|periods)\b)", SUICIDAL_BEHAVIOUR, M, False, False),
    p(rf"{DB}(?:maine )?(?:rassi|fanda|neend ki goliyan|zeher|zehar|jahar) (?:khareed|kharid|le aaya|le aayi|jama kar|rakh) ?(?:li|liya|lee|ki|liye|rakhi|rakha)?\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:main theek hoon|main thik hoon|sab theek hai|tension mat lo|chinta mat karo)\b.{{0,40}}\b(?:sach (?:mein|me|kahu to|bolu to)|asal mein|actually|honestly)\b.{{0,30}}\b(?:mere paas|maine)\b.{{0,25}}\b(?:rassi|fanda|goliyan|zeher|zehar|blade|bandook)\b|{DB}(?:मैं ठीक हूं|सब ठीक है)[^?]{{0,40}}(?:सच (?:में|कहूं तो)|असल में)[^.!?]{{0,30}}(?:मेरे पास|मैंने)[^.!?]{{0,25}}(?:रस्सी|फंदा|गोलियां|जहर|ब्लेड|बंदूक)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:maine )?(?:suicide|khudkushi|aatmhatya) (?:karne ki koshish|attempt) ki\b|\bmaine khud ko maarne ki koshish ki\b", SUICIDAL_BEHAVIOUR, H),
    # Rehearsal and preparation told without the word "suicide" (C-SSRS preparatory acts): the
    # means and then how to use it, a noose made, a fixing tested for weight, the edge visited.
    p(rf"{DB}(?:maine|mere paas)\b.{{0,25}}\b(?:rassi|fanda|phanda|zeher|zehar|jahar|goliyan|bandook|katta)\b(?![^.!?]{{0,20}}\b(?:camping|tent|trekking|kapde|climbing)\b)[^.!?]{{0,60}}\b(?:kaise|kab|kahan) (?:use|istemal|karna|karunga|karungi|khani|khaunga|khaungi)\b(?![^.!?]{{0,30}}\b(?:tent|camping|kapde|trekking|climbing|jhoola|jhoole|gaadi|saaman)\b)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:fanda|phanda|noose) (?:bana(?:ya|yi|ke|kar|na)?|bandh(?:a|na|ke)?|baandh(?:a|na|ke)?|taiyar kiya|tayyar kiya|ready kiya)\b|{DB}फंदा (?:बनाया|बना लिया|बना के|बनाना|बांधा|बांध लिया)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:check|test|dekha|dekh)\w*\b[^.!?]{{0,15}}\b(?:pankha|pankhe|fan|hook|kunda|kunde|balli|beam|rod|pipe|railing|chaukhat)\b[^.!?]{{0,30}}\b(?:mera|mere) (?:wazan|vazan|weight|bhaar|bojh)\b[^.!?]{{0,10}}\b(?:sambhal|utha|jhel|seh)\w*(?![^.!?]{{0,40}}\b(?:jhoola|jhula|jhoole|jhule|swing|hammock|pull ?ups?|punching bag|gamla|shelf|tv|mirror|cycle|bachchon ke liye)\b)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:maine )?(?:soch liya|tay kar liya|decide kar liya|plan kar liya)(?: hai)? (?:ki )?(?:kab|kahan|kaise) (?:karunga|karungi|karoonga|karoongi|koodunga|koodungi|kudunga|kudungi)\b|{DB}(?:kood ?ne|kud ?ne|jump karne|latakne) (?:ke liye|ki) (?:sahi |perfect |achhi )?(?:jagah|spot) (?:dhoond|dhund|mil|chun)\w*", SUICIDAL_BEHAVIOUR, H),
    # Going to a high place or the tracks and staying there looking down: an interrupted or aborted act.
    p(rf"{DB}main\b(?: (?:phir se|fir se|dobara|aaj|kal|raat ko))* (?:pul|bridge|railway track|patri|patriyon|chhat|building ki chhat|cliff|kinare)\b (?:pe|par|tak) (?:gaya|gayi|chala gaya|chali gayi)\b(?:(?!\b(?:naav|boats?|nazara|view|shehar|lights|sunset|log)\b)[^.!?]){{0,60}}\b(?:neeche (?:dekhta|dekhti|dekh|jhank)\w*|(?:kood ?ne|kud ?ne|koot ?ne) (?:hi )?wal[ai]|(?:kood ?ne|kud ?ne) ka soch\w*|himmat nahi hui|kood nahi pa(?:ya|yi))", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:main )?(?:baar baar|roz|har raat|har roz|aksar) (?:pul|bridge|railway track|patri|patriyon|chhat|cliff)\b (?:pe|par|tak) (?:jaake|jaa ke|jakar|ja kar|jata hoon|jati hoon|chala jata hoon|chali jati hoon)\b[^.!?]{{0,25}}\b(?:baith|khada|khadi|ruk)\w*(?![^.!?]{{0,30}}\b(?:dosto|friends|machhli|chai|padhne)\w*)", SUICIDAL_BEHAVIOUR, M, False),
    # --- moderate ---
    p(rf"{DB}mujhe (?:bas |ab |sach mein )?(?:marna|mar jana|mar jaana) hai\b|\b(?:main )?(?:bas |ab )?(?:marna|mar jana|mar jaana|suicide karna|khud ko (?:maarna|marna|khatam karna)|apni jaan (?:dena|lena)|sab khatam karna) {_CHAH}\b", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:khudkushi|aatmhatya|atmahatya)\b|\bsuicide ke (?:khayal|vichar|thoughts)\b", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:ab )?jeene ka (?:mann|man|dil) nahi (?:karta|karti|hota)\b|\b(?:main )?(?:ab )?jeena nahi {_CHAH}\b|\bjeene ki (?:ichha|iccha|ichchha|wajah) nahi\b|\bmujhe (?:ab )?nahi jeena\b", SUICIDAL_THOUGHTS, M, False),
    p(rf"{DB}(?:sab|sabhi|ghar wale|family) (?:mere bina )?(?:khush|behtar|better) (?:rahenge|honge|hoga)(?: mere bina)?\b", SUICIDAL_THOUGHTS, M),
    # --- low ---
    p(rf"{DB}(?:mere (?:jaane|marne|na rehne) se|agar main (?:na|nahi) (?:rahoon|rahun|rahunga|rahungi)(?: to| toh)?|agar main mar (?:jaun|jaoon|gaya|gayi)(?: to| toh)?)\b[^.!?]{{0,30}}\b(?:rahat|sukoon|sukun|relief|chain)\b|{DB}(?:मेरे (?:जाने|मरने|न रहने) से|अगर मैं (?:न|नहीं) (?:रहूं|रहूंगा|रहूंगी)|अगर मैं मर (?:जाऊं|गया|गई))[^.!?]{{0,30}}(?:राहत|सुकून|चैन)", SUICIDAL_THOUGHTS, L),
    p(rf"{DB}kaash (?:main )?(?:mar jata|mar jati|mar jaata|mar jaati|paida hi na hota|paida hi na hoti|paida na hota|paida na hoti)\b|\bmain (?:ek )?bojh hoon\b|\bab (?:aur )?(?:nahi|na) (?:jhel|seh|sah) (?:sakta|sakti)\b|\bjeene ka koi (?:matlab|fayda|faida) nahi\b|\bzindagi se (?:thak|pak) (?:gaya|gayi|chuka|chuki)\b|\bgayab ho jana {_CHAH}\b", SUICIDAL_THOUGHTS, L, False),
    p(rf"{DB}kaash\b[^.!?]{{0,25}}\b(?:uthu hi nahi|uthun hi nahi|utthu hi nahi|na uthu|na uthun|kabhi na uthu|mar jaun|mar jau|mar jaaun|mar jaau|exist hi na karu|hota hi nahi|hoti hi nahi)\b|{DB}काश[^.!?]{{0,25}}(?:मर जाऊं|मर जाऊँ|उठूं ही नहीं|उठूँ ही नहीं|कभी न उठूं)", SUICIDAL_THOUGHTS, L),
    p(rf"{DB}(?:sab kuch|sab|zindagi|apni zindagi|khud ko) khatam karne (?:ke baare mein|ke bare me|ke baare me|ki baat|ka) soch\w*|{DB}(?:सब कुछ|सब|ज़िंदगी|जिंदगी|खुद को) खत्म करने (?:के बारे में|का) सोच", SUICIDAL_THOUGHTS, M),
    # --- self-harm ---
    p(rf"{DB}(?:main )?(?:khud ko|apne aap ko) (?:hurt|harm|chot pahucha|chot pahuncha|nuksan pahucha|nuksan pahuncha|kaat) ?(?:karti|karta|karna|rahi|raha|ti|ta|leti|leta|liya|li)?\b|\b(?:haath|hath|kalai) (?:kaat|kat) (?:leti|leta|liya|li|rahi|raha)\b|\bblade se (?:haath|hath|kalai)\b|\bcutting (?:karti|karta|kar rahi|kar raha)\b", SELF_HARM, M),
    # ===== suicidal thoughts and behaviour: Devanagari =====
    p(rf"{DB}(?:मैंने )?(?:सारी|बहुत सारी|सब|{COUNT}) (?:नींद की )?(?:गोलियां|गोली|दवाइयां|दवाई) खा (?:ली|लीं|लिया|ली हैं){DE}", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:आज रात|अभी|आज ही)[^.!?]{{0,20}}(?:{_KHUD_D} को (?:मार|खत्म कर)|अपनी जान ले|आत्महत्या कर|फांसी लगा)", SUICIDAL_BEHAVIOUR, X),
    p(rf"{DB}मैं? (?:छत|पुल|पटरी|पटरियों|बिल्डिंग) पर (?:खडा|खडा|खडी|खडी|बैठा|बैठी) {_HU_D}", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:यह|ये) मेरा आखिरी (?:मैसेज|संदेश) है|{DB}अलविदा (?:सबको|दुनिया)", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:रस्सी|फंदा) (?:तैयार|बंध गया|बंध गई) है", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?<!ने )(?:मैंने )?{_POISON_D} (?:(?:की|का) (?:पूरी |आधी |एक )?(?:बोतल|शीशी|गिलास|पुडिया) )?(?:पी|खा|निगल) (?:लिया|ली|लिये)(?! (?:था|थी|थे){DE})", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:मैंने )?(?:सारी|सारे|बहुत सारी|{COUNT}|पूरा|पूरी|एक पूरा)(?: [^\s.!?]+){{0,2}} (?:गोलियां|गोली|दवाइयां|दवाई|दवा|टैबलेट|पत्ता|स्ट्रिप)[^.!?]{{0,15}}(?:खा|निगल|ले) (?:ली|लीं|लिया|लिये)(?! (?:था|थी|थे){DE})", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:पंखे|छत|कुंडे)[^.!?]{{0,5}}(?:से|पर|में)[^.!?]{{0,10}}(?:दुपट्टा|रस्सी|साडी|चादर|फंदा|चुन्नी)[^.!?]{{0,10}}(?:बांध|लटका|टांग)|{DB}(?:दुपट्टा|रस्सी|साडी|चादर|फंदा|चुन्नी)[^.!?]{{0,10}}पंखे[^.!?]{{0,5}}(?:से|पर|में)[^.!?]{{0,10}}(?:बांध|लटका|टांग)", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:पुल|पटरी|पटरियों|रेलिंग|किनारे) पर (?:आ गया|आ गई|पहुंच गया|पहुंच गई|खडा|खडी|बैठा|बैठी) {_HU_D}|{DB}(?:गोलियां|ब्लेड|रस्सी|फंदा|जहर) (?:मेरे )?(?:हाथ में|सामने) (?:है|हैं|रखी है|रखी हैं)", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"{DB}(?:काट|कलाई|ब्लेड|नस)[^.!?]{{0,80}}खून[^.!?]{{0,25}}(?:रुक {_NAHI_D} रहा|{_NAHI_D} रुक रहा|बंद {_NAHI_D} हो रहा|बहुत बह रहा|रुक ही {_NAHI_D})", SELF_HARM, X, False),
    p(rf"{DB}(?:गोलियां|नींद की गोलियां|दवाइयां|दवाई|टैबलेट)[^.!?]{{0,15}}(?:इकट्ठी|इकट्ठा|इकट्ठे|जमा|छुपा) (?:कर |करके )?(?:ली|लीं|लिया|लिये|रखी|रखीं|रहा|रही)|{DB}(?:सब|सारी|सारे)(?: [^\s.!?]+)? एक (?:साथ|बार में) (?:खा|ले|निगल) (?:लूंगा|लूंगी|लूगा|लूगी)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"{DB}(?:अलविदा|बाय) (?:कहने|कहना|बोलने) (?:आया|आई|था)|{DB}आखिरी बार (?:बात कर|मिल)|{DB}(?:सबके|घरवालों के) लिए (?:आखिरी )?(?:खत|चिट्ठी|पत्र) लिख|{DB}मेरे (?:जाने|मरने) के बाद[^.!?]{{0,40}}(?:ख्याल|ध्यान|संभाल)", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:रिजल्ट|परीक्षा|एग्जाम|पेपर|शादी|बर्थडे)[^.!?]{{0,15}}के बाद[^.!?]{{0,30}}(?:{_KHUD_D} को (?:मार|खत्म कर)|सब खत्म कर|आत्महत्या कर|(?:खा|ले) (?:लूंगा|लूंगी)|फांसी)", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}कितनी (?:नींद की )?(?:गोलियां|गोलियों|दवाई|टैबलेट)[^.!?]{{0,25}}(?:से|खाने से)[^.!?]{{0,15}}(?:मौत|मर (?:जाते|जाता|जाती|सकते)|मरते)|{DB}(?:मरने|आत्महत्या करने|खुदकुशी करने|जान देने) का (?:सबसे )?(?:आसान |दर्द ?रहित |पक्का )?(?:तरीका|उपाय)", SUICIDAL_BEHAVIOUR, M, False, False),
    p(rf"{DB}(?:{_KHUD_D} को (?:मार|खत्म कर) ?{_FUT_D}|अपनी (?:जान|जिंदगी) (?:ले|खत्म कर) ?{_FUT_D}|जान दे ?(?:दूंगा|दूंगी)|आत्महत्या कर ?(?:लूंगा|लूंगी)|फांसी (?:लगा|लगाकर) ?(?:लूंगा|लूंगी)|(?:छत|पुल|बिल्डिंग) से कूद (?:जाऊंगा|जाऊंगी)|नस काट ?(?:लूंगा|लूंगी))", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}सुसाइड नोट|{DB}(?:आखिरी खत) लिख", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:मैंने )?(?:आत्महत्या|खुदकुशी) (?:करने )?की कोशिश की", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}मुझे (?:बस |अब )?(?:मरना|मर जाना) है{DE}|{DB}(?:मैं? )?(?:बस |अब )?(?:मरना|मर जाना|आत्महत्या करना|{_KHUD_D} को (?:मारना|खत्म करना)|अपनी जान (?:देना|लेना)) {_CHAH_D}", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:आत्महत्या|खुदकुशी){DE}", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:सब|सभी|सबलोग|सब लोग|घर वाले|घरवाले|परिवार|मेरा परिवार) (?:मेरे बिना (?:ज्यादा |और )?(?:खुश|बेहतर)|(?:खुश|बेहतर) (?:रहेंगे|होंगे|होगा|रहेगा) मेरे बिना)", SUICIDAL_THOUGHTS, M),
    p(rf"{DB}(?:अब )?जीने (?:का|की) (?:मन|दिल|इच्छा) {_NAHI_D}|{DB}(?:अब )?जीना {_NAHI_D} {_CHAH_D}|{DB}मुझे (?:अब )?{_NAHI_D} जीना", SUICIDAL_THOUGHTS, M, False),
    p(rf"{DB}काश (?:मैं? )?(?:मर जाता|मर जाती|पैदा ही न होता|पैदा ही न होती)|{DB}मैं? (?:एक )?बोझ {_HU_D}|{DB}जीने का कोई (?:मतलब|फायदा) {_NAHI_D}|{DB}अब (?:और )?{_NAHI_D} (?:सह|झेल) सकता|{DB}जिंदगी से थक (?:गया|गई|गयी)", SUICIDAL_THOUGHTS, L, False),
    p(rf"{DB}{_KHUD_D} को (?:चोट पहुंचा|नुकसान पहुंचा|काट)|{DB}(?:हाथ|कलाई) (?:काटती|काटता|काट लेती|काट लेता|काट लिया|काट ली)|{DB}ब्लेड से (?:हाथ|कलाई)", SELF_HARM, M),
    # ===== self-poisoning, dying by refusing food and water, eating-disorder self-harm =====
    p(rf"{DB}(?:{_POISON}) (?:kha|pi|pee|nigal)(?: ?ke| kar| kr)? ?(?:mar (?:jaunga|jaungi|jana|jaun|jaana)|marna|lunga|lungi|loonga|loongi|lena hai|leta hoon|leti hoon)\b|{DB}khud ko (?:zeher|poison) (?:de|dena|dunga|dungi|de dunga|de dungi)\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:kaun ?sa|kaun ?si|konsa|konsi|kitna|kitni)\b[^.!?]{{0,30}}\b(?:{_POISON}|chemical|dawai)\b[^.!?]{{0,30}}\b(?:mar (?:jaate|jate|jata|jati|sakta|sakti|jaunga|jaungi|jaun)|maut|marne ke liye|jaan (?:ja|chali))", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(rf"{DB}{_POISON_D} (?:खा|पी)(?: कर| के)? ?(?:मर (?:जाऊंगा|जाऊंगी|जाना)|मरना|लूंगा|लूंगी)|{DB}खुद को जहर (?:दे दूंगा|दे दूंगी|देना)", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}(?:khana(?: peena| pina| aur pani| pani)?|pani) (?:chhod|chod|band kar|nahi kha|nahi pi)\w* ?(?:dunga|dungi|diya|di|deti|deta|dena|raha|rahi)?\b[^.!?]{{0,30}}\b(?:jab tak (?:main )?mar na (?:jaun|jau)|marne tak|mar jaane tak|taaki (?:main )?mar (?:jaun|jau)|marne ke liye)|{DB}bhookh?(?:a|e|i) (?:reh|rah)(?: ?kar| ke) mar (?:jaunga|jaungi|jana|jaun)\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"{DB}खाना(?: पीना| पानी)? (?:छोड|बंद कर)[^.!?]{{0,30}}(?:मर जाऊं|मरने तक|मरने के लिए|मर न जाऊं)|{DB}भूख[ेा]? (?:रह|रहकर|रह कर)(?: के)? मर (?:जाऊंगा|जाऊंगी|जाना)", SUICIDAL_BEHAVIOUR, H),
    # Eating disorder (self-harm, moderate).
    p(rf"{DB}(?:jaan ?(?:boojh|bujh|bhuj|boojhk?) ?(?:kar|ke)|khud se|zabardasti|ungli daal ?(?:kar|ke)) ulti (?:karti|karta|kar|karna|karwa|karwati|karwata)\w*|{DB}khud ko bhookha (?:rakh|maar)\w*|{DB}(?:laxative|julab)\w*\b[^.!?]{{0,30}}\b(?:weight|wazan|vajan|patla|patli|mota|moti)\b|{DB}(?:weight|wazan|vajan) (?:kam|ghatane)\w*\b[^.!?]{{0,30}}\b(?:laxative|julab)|{DB}(?:anorexia|bulimia|anorexic) (?:chahiye|hona hai|ho jaye|banna hai)", SELF_HARM, M),
    p(rf"{DB}(?:जानबूझकर|जान बूझकर|खुद से|उंगली डालकर) उल्टी|{DB}खुद को भूखा (?:रख|मार)", SELF_HARM, M),
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
    p(rf"{DB}(?:saans|sans) (?:phool|fool|ful|phul) (?:rahi|raha)\b[^.!?]{{0,60}}\b(?:dil|dhadkan|darr|dar|ghabrahat)|{DB}dil (?:bahut |itna |bohot )?(?:tez|zor se) (?:dhadak|dhadhak|dhak dhak kar) (?:raha|rahi)\b[^.!?]{{0,60}}\b(?:darr|dar|ghabrahat|saans|mar jaunga|mar jaungi)|{DB}सांस फूल (?:रही|रहा)[^.!?]{{0,60}}(?:दिल|धडकन|डर|घबराहट)|{DB}दिल (?:बहुत |इतना )?(?:तेज|जोर से) (?:धडक|धक धक)[^.!?]{{0,60}}(?:डर|घबराहट|सांस)", PANIC, M, False),
    p(rf"{DB}(?:ghabrahat|ghabrahat ho rahi|bahut anxiety)\b|{DB}घबराहट", PANIC, L),
    # ===== psychosis =====
    p(rf"{DB}(?:awaazein|awazein|aawazen|awaze|awaazen) (?:kehti|bolti|kahti) (?:hai|hain)\b.{{0,25}}\b(?:maar|mar ja|kaat|khatam)|{DB}आवाजें (?:कहती|बोलती) हैं[^.]{{0,25}}(?:मार|मर जा|काट|खत्म)", PSYCHOSIS, H),
    p(rf"{DB}(?:awaazein|awazein|aawazen|awaze|awaazen) (?:sunai (?:deti|de rahi)|sunta|sunti)\b|{DB}आवाजें सुनाई (?:देती|दे रही)", PSYCHOSIS, M),
    # ===== risk-taking =====
    p(rf"{DB}jaan bujh kar\b.{{0,50}}\b(?:daaru|sharab|nashe)\b.{{0,40}}\b(?:gaadi|gadi|bike|car) (?:chalayi|chalai|chala)|{DB}(?:daaru|sharab) pee? ?(?:ke|kar)\b.{{0,50}}\bjaan bujh kar\b|{DB}जानबूझकर[^.]{{0,50}}(?:शराब|नशे)[^.]{{0,40}}(?:गाडी|बाइक) चला", RISK_TAKING, H, False),
    # ===== medical emergency =====
    p(rf"{DB}seene (?:mein|me) dard\b.{{0,50}}\b(?:haath|hath|baah|baju) (?:sunn|sun)\b|{DB}सीने में दर्द[^.]{{0,50}}(?:हाथ|बांह|बाजू)[^.]{{0,10}}सुन्न|{DB}heart attack (?:aa raha|aaya)\b(?! (?:tha|thi|the)\b)|{DB}हार्ट अटैक (?:आ रहा|आया)(?! (?:था|थी|थे){DE})", MEDICAL_EMERGENCY, X, False),
    p(rf"{DB}seene (?:mein|me) dard\b|{DB}सीने में दर्द", MEDICAL_EMERGENCY, M),
    # Happening to someone with the person, now: an emergency, not reported speech.
    p(rf"{DB}{_APNE}\b[^.!?]{{0,15}}\b(?:seene|chhati|chaati|chest)\b (?:mein|me|main) (?:bahut |tez |zor ka |bhayankar |bahut tez )?(?:dard|pain)\b[^.!?]{{0,60}}\b(?:saans|sans|pasina|paseena|haath|hath|baah|behosh|ulti|gir (?:gaye|gayi|gaya))|{DB}{_APNE_D}[^.!?]{{0,15}}(?:सीने|छाती) में[^.!?]{{0,15}}दर्द[^.!?]{{0,60}}(?:सांस|पसीना|हाथ|बेहोश|उल्टी)", MEDICAL_EMERGENCY, X, False, False),
    p(rf"{DB}{_APNE}\b[^.!?]{{0,15}}\b(?:behosh ho (?:gaye|gayi|gaya|gai)|hosh mein nahi (?:aa rahe|aa rahi|aa raha)|saans nahi le (?:rahe|rahi|raha|pa rahe|pa rahi|pa raha)|saans nahi (?:aa rahi|chal rahi)|saans ruk (?:gayi|gai)|uth nahi (?:rahe|rahi|raha)|hil nahi (?:rahe|rahi|raha)|koi response nahi de (?:rahe|rahi|raha)|(?:ko )?(?:daura|mirgi ka daura) (?:pada|aaya|pad raha|aa raha)|(?:ko )?heart attack (?:aa raha|aaya|aa gaya|pada)|(?:ko )?stroke (?:aa|pad) (?:raha|gaya|gayi))\b(?! (?:tha|thi|the)\b)|{DB}(?:unka|uska|papa ka|mummy ka|dadi ka|dada ka|nani ka|nana ka) (?:munh|muh|chehra) (?:tedha|tedhaa|terha|ek taraf) (?:ho gaya|ho gya|gaya|hai)\b|{DB}{_APNE_D}[^.!?]{{0,15}}(?:बेहोश हो (?:गए|गई|गया)|होश में {_NAHI_D} (?:आ रहे|आ रही|आ रहा)|सांस {_NAHI_D} ले (?:रहे|रही|रहा|पा)|सांस रुक गई|को हार्ट अटैक (?:आ रहा|आया))(?! (?:था|थी|थे){DE})|{DB}(?:मुंह|चेहरा) (?:टेढा|एक तरफ) (?:हो गया|हो गई)", MEDICAL_EMERGENCY, X, False, False),
    p(rf"{DB}khoon\b[^.!?]{{0,20}}\b(?:ruk nahi raha|ruk nahi rahi|nahi ruk raha|nahi ruk rahi|band nahi ho raha|ruk hi nahi raha|ruk hi nahi rahi)\b|{DB}खून[^.!?]{{0,20}}(?:रुक {_NAHI_D} रहा|{_NAHI_D} रुक रहा|बंद {_NAHI_D} हो रहा)", MEDICAL_EMERGENCY, H, False, False),
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
    # "kahani ke liye: ..." asks for the story's sake: a request, not a quotation.
    rf"(?! ?(?:ke liye|ki khatir|के लिए))"
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
