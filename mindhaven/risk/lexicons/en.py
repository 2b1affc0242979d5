"""English, graded on the C-SSRS-like ladder.

Patterns run on normalize()d text: lower case, contractions expanded ("i am", "do not"),
obfuscations undone ("kill myself" for k1ll mys3lf, kms, unalive myself).
"""

from __future__ import annotations

import re

from mindhaven.risk.lexicons._base import (
    COUNT,
    ABUSE,
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
from mindhaven.risk.normalize import english

CODE = "en"

_SELF = r"(?:myself|my self|my own life|my life)"
_DIE = r"die(?!\s+(?:of|from|laughing|inside|for|trying|happy|alone someday|when|if|before|in (?:a|my|the) (?:game|movie)|it\b|them\b|(?:my|your|her|his|the) (?:hair|clothes|shirt|jeans|beard|eyebrows)))"
_MEANS = r"(?:rope|noose|gun|pills|tablets|meds|sleeping pills|razor|razors|blade|blades|knife|poison|bleach|charcoal)"
# "I feel like I'm going to die" is fear (panic), not a wish to die.
_NOT_FEAR = r"(?<!feel like i am )(?<!think i am )(?<!scared i am )(?<!afraid i am )(?<!worried i am )(?<!sure i am )"
_NOT_FEAR_I = r"(?<!feel like )(?<!think )(?<!scared )(?<!afraid )(?<!worried )(?<!sure )(?<!convinced )"
_NOW = r"(?:tonight|right now|now|today|in an hour|this (?:evening|morning|afternoon|weekend))"
_PEOPLE = (
    r"(?:dad|father|mum|mom|mother|brother|sister|boss|teacher|ex|husband|wife|partner|boyfriend|girlfriend|"
    r"son|daughter|baby|kid|kids|child|children|neighbou?r|roommate|flatmate|stepdad|stepfather|stepmom|stepmum|"
    r"classmates?|coworkers?|colleague|cousin|uncle|aunt|family)"
)
_THEM = rf"(?:him|her|them|someone|somebody|people|everyone|everybody|my (?:\w+ )?{_PEOPLE}|\[person_\d+\]|that (?:guy|girl|man|woman))"
_ABUSER = (
    r"(?:he|she|they|my (?:\w+ )?(?:dad|father|mum|mom|mother|stepdad|stepfather|stepmom|stepmum|husband|wife|partner|"
    r"boyfriend|girlfriend|bf|gf|ex|brother|sister|uncle|aunt|grandpa|grandad|cousin|boss|teacher|coach|carer|"
    r"parents|son|daughter)|\[person_\d+\])"
)
_HITS = (
    r"(?:hits|hit|beats|slaps|slapped|kicks|kicked|punches|punched|shoves|shoved|chokes|choked|"
    r"strangles|strangled|hurts|abuses|abused|rapes|raped|molests|molested|attacks|attacked|threatens|threatened|"
    r"throws things at|threw things at|burns|burned)"
)
_HARM_VERB = r"(?:hurt|kill|stab|shoot|strangle|murder|beat up|punch|attack|harm|poison|run over)"
_HARM_ING = r"(?:hurting|killing|stabbing|shooting|strangling|murdering|beating up|punching|attacking|harming|poisoning)"
_NOT_A_JOKE = r"(?! (?:if|when|for|cause|because|lol|lmao|haha)\b)"
_DRUGS = (
    r"(?:pills|tablets|meds|xanax|bars|benzos?|valium|diazepam|oxy\w*|percs?|opioids?|fentanyl|heroin|coke|cocaine|"
    r"molly|mdma|ecstasy|acid|lsd|ketamine|ket|shrooms|edibles?|weed|vodka|alcohol|"
    r"paracetamol|ibuprofen|sleeping pills|painkillers|methadone|meth|speed|ghb)"
)
_SEVERE = (
    r"(?:cannot breathe|can not breathe|not breathing|heart is (?:racing|pounding)|passing out|seizing|having a seizure|"
    r"cannot stay awake|chest hurts|chest pain|feel like i am dying|turning blue|cannot feel my|throwing up blood)"
)
_BAD_FEELING = (
    r"(?:feel(?:ing)? (?:so |really |very )?(?:weird|strange|sick|dizzy|funny|off|bad|like i am dying|numb)|"
    r"cannot breathe|can not breathe|heart is (?:racing|pounding)|throwing up|vomiting|passing out|seizing|"
    r"cannot stay awake|cannot feel my|shaking|chest hurts|cannot see straight)"
)

PHRASES = (
    # ===== suicidal thoughts and behaviour =====
    # --- imminent: an attempt under way, means at hand, time set ---
    p(rf"\bi (?:have |just |already )*(?:taken|swallowed|took) (?:all|a lot|a bunch|loads|the whole|{COUNT}|so many)\b.{{0,20}}\b(?:pills|tablets|meds|medication|paracetamol)", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bi (?:have |just |already )*overdosed\b|\bi am overdosing\b|\bi (?:have |just )*(?:taken|took) an overdose\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:the )?{_MEANS} (?:is|are) (?:ready|in my hand|next to me|right here|around my neck|loaded|in my mouth)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:got|have|has|put|placed) (?:the |a |my )?{_MEANS} (?:ready|out|in my hand|next to me|around my neck|to my head)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:going to|will|gonna) (?:do it|end it|go through with it) (?:tonight|today|right now|now|in an hour)\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\bi am (?:standing |sitting |lying )?(?:on|at) the (?:edge|ledge|bridge|roof|tracks|train tracks|railway|cliff)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:kill|end) {_SELF} (?:tonight|right now|now|today|in an hour)\b|\btonight is the night\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\bthis is (?:my last message|goodbye)\b|\bgoodbye (?:forever|everyone|world)\b|\bby the time you (?:read|see|get) this\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bi am about to (?:kill myself|end it|end my life|jump|do it|take (?:the|all the|all my|my) pills|overdose|hang myself|pull the trigger)\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\bi (?:have )?just (?:slit|cut) my (?:wrists?|throat)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bi am (?:cutting|bleeding) (?:right )?now\b|\bbleeding (?:a lot|badly|will not stop)\b", SELF_HARM, X, False),
    # --- high: method, plan, intent or preparation ---
    p(rf"{_NOT_FEAR_I}\bi (?:am going to|will|have decided to|am gonna|intend to|plan to|am planning to) (?:kill {_SELF}|end (?:it all|it\b(?! with| between| off)|{_SELF})|take {_SELF}|{_DIE})\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bi (?:am going to|will|have decided to|intend to|plan to|am planning to) (?:hang myself|jump (?:off|in front)|shoot myself|overdose|slit my|drown myself|step in front)", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:i have|made|i made|got) a suicide plan\b|\b(?:i have|made|i made|got) a plan\b(?=\s*(?:$|[.!?,]|to (?:die|kill|end|do it|take my)|and i|now|for (?:how|when|my death)))|\bplan(?:ning)? (?:my|the) (?:suicide|death)\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\b(?:bought|got|have|saved|saving|stockpiled|stockpiling|collected|collecting|hoarding|hidden|hid) (?:up )?(?:a |the |some |enough |my |all my )?{_MEANS}\b.{{0,40}}\b(?:to (?:die|end|kill|do it|take them all)|so i can|end it|end my|die|kill)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:wrote|written|writing|left) (?:a|my) (?:suicide |goodbye )?(?:note|letter)s?\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bgiv(?:e|ing|en) away (?:all )?my (?:stuff|things|belongings|possessions)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:how (?:many|much)|what dose|lethal dose|fatal dose|overdose amount)\b.{0,40}\b(?:to die|kill|lethal|fatal|overdose|od)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:lethal|fatal) dose\b|\bpainless(?:est)? way to (?:die|go)\b|\bhow to (?:kill myself|hang myself|die painlessly)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bi know (?:how|when|where) i (?:would|will|am going to) do it\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bi have (?:the|a) (?:rope|noose|gun|pills)\b", SUICIDAL_BEHAVIOUR, H, False),
    # "I'm fine... actually I bought a rope": a turn after a denial, then the means.
    p(rf"\b(?:i am (?:fine|ok|okay|good|alright|all good)|nothing is wrong|(?:do not|dont) worry|no worries|i am not (?:suicidal|going to do anything))\b.{{0,40}}\b(?:actually|honestly|to be honest|tbh|truth is|ok fine|okay fine|well)\b.{{0,30}}\b(?:i have|i got|i have got|i bought|i have been (?:saving|collecting|keeping|hiding)|i hid|i saved)\b.{{0,20}}\b{_MEANS}\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:tried|attempted) to (?:kill myself|end my life|take my (?:own )?life|end it)\b|\bsuicide attempt\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bslit(?:ting)? my (?:wrists?|throat)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bi am going to (?:cut|burn|hurt) myself\b|\bcut(?:ting)? (?:deep|deeper)\b|\bneed(?:s|ed)? stitches\b", SELF_HARM, H),
    # --- moderate: active thoughts, no plan ---
    p(rf"{_NOT_FEAR}\b(?:want|wanted|wanting|going|thinking about|thought about|thinking of|urge) to (?:kill {_SELF}|end (?:it all|{_SELF}|it\b(?! with| between| off))|take {_SELF}|{_DIE})\b", SUICIDAL_THOUGHTS, M),
    p(rf"\bkill(?:ed|ing)? {_SELF}\b|\bend(?:ing)? {_SELF}\b|\btake {_SELF}\b", SUICIDAL_THOUGHTS, M),
    p(r"\bsuicid(?:e|al)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:i would be|i am|we would all be|everyone would be|they would be|they are|everyone is) better off (?:dead|without me)\b|\bbetter off if i (?:was|were) (?:dead|gone)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:do not|no longer|not) want to (?:live|be alive|exist|be here anymore)\b|\bno (?:reason|point) (?:to|in) liv(?:e|ing)\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\bend it all\b|\bcheck(?:ing)? out for good\b", SUICIDAL_THOUGHTS, M),
    p(r"\bi (?:just |really |only )?(?:want|wanted|need|wish) (?:it|everything|this|my life) (?:all )?to end\b|\bi am (?:done with (?:life|living)|done living|ready to (?:die|end it))\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:jump|jumping) (?:off|from) (?:a|the|my) (?:bridge|roof|building|balcony|cliff|window|tower|car park|parking garage)\b|\b(?:jump|step|stepping|jumping|throw myself|walk) in front of (?:a |the )?(?:train|bus|car|truck|lorry|traffic)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bhang(?:ing)? myself\b|\bshoot(?:ing)? myself\b|\bdrown(?:ing)? myself\b|\boverdos(?:e|ing) on purpose\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harmed|harming|scratch|scratched|scratching|hit|hitting|punch|punched|punching|punish|punished|punishing|starve|starving|starved) myself\b", SELF_HARM, M),
    p(r"\bself[- ]?harm(?:ing|ed)?\b|\bself[- ]?injur(?:y|e|ing)\b", SELF_HARM, M),
    p(r"\brelaps(?:e|ed) (?:on|into|with) (?:cutting|self[- ]?harm|sh)\b|\bstarted cutting again\b|\b(?:relapsed|relapse|urges? to|want to|did|doing) sh\b|\bsh (?:again|scars|urges|relapse)\b", SELF_HARM, M),
    p(r"\b(?:urge|urges|want|need) to cut\b", SELF_HARM, M),
    # --- low: distress, passive wish to be gone ---
    p(r"\b(?:wish|wishing|want) (?:i (?:was|were)|to be) (?:dead|gone|never born|not here|not alive)\b", SUICIDAL_THOUGHTS, L),
    p(r"\bwish i could (?:sleep|go to sleep) (?:forever|and not wake up|and never wake up)\b|\bdo not want to wake up\b|\bhope i (?:do not|never) wake up\b", SUICIDAL_THOUGHTS, L, False),
    p(r"\b(?:disappear|vanish) (?:forever|for good|completely)\b|\bwant to disappear\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:what is|whats) the point (?:of|in) (?:living|life|anything|going on)\b|\bcannot go on\b|\bcannot do this anymore\b", SUICIDAL_THOUGHTS, L),
    p(r"\bi am a burden\b|\bburden (?:to|on) (?:everyone|my family|them)\b|\bno way out\b|\btrapped with no\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:so |completely |totally )?hopeless\b|\btired of (?:living|being alive|life)\b|\bnothing (?:to live for|matters anymore)\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:nobody|no one) would (?:even |ever |really )?(?:care|notice|miss me)\b|\bi (?:hate|am sick of) (?:my life|being alive|existing|living)\b", SUICIDAL_THOUGHTS, L),
    p(r"\bi (?:just |really )?(?:want|need) (?:the pain|it all|everything|it) to stop\b|\bi do not care (?:if|whether) i (?:live|die|wake up)\b", SUICIDAL_THOUGHTS, L),
    # ===== harm to others =====
    p(rf"\bi am going to (?:kill|stab|shoot|strangle|murder|hurt) {_THEM} {_NOW}\b|\b(?:kill|stab|shoot|murder) {_THEM} {_NOW}\b", HARM_TO_OTHERS, X),
    p(rf"\bi (?:am going to|will|am about to|have decided to|plan to|am planning to|intend to|swear i will|am gonna) {_HARM_VERB} {_THEM}\b{_NOT_A_JOKE}", HARM_TO_OTHERS, H),
    p(rf"\b(?:i have|made|got) a plan to {_HARM_VERB} {_THEM}\b", HARM_TO_OTHERS, H),
    p(r"\b(?:shoot|shooting) up (?:the|my|a|our) (?:school|office|work|mall|church|mosque|synagogue|temple|class|college|uni)\b|\b(?:bomb|blow up) (?:the|my|our) (?:school|office|work|college)\b", HARM_TO_OTHERS, H),
    p(rf"\b(?:want|wanted|wanting|urge|urges|need|feel like|thinking about|thinking of|fantasi[sz]e about|fantasi[sz]ing about|thoughts (?:of|about)) (?:to )?(?:{_HARM_VERB}|{_HARM_ING}) {_THEM}\b", HARM_TO_OTHERS, M),
    p(r"\b(?:scared|afraid|worried|terrified) (?:that )?i (?:will|might|could|am going to) (?:hurt|harm|kill|snap and hurt) (?:my|someone|somebody|him|her|them|the baby|people)\b", HARM_TO_OTHERS, M),
    p(rf"\bi could (?:kill|strangle|murder|punch|slap|hit|strangle) {_THEM}\b|\bi am going to (?:kill|murder) {_THEM} (?:if|when|for)\b", HARM_TO_OTHERS, L),
    # ===== abuse: the person at risk from someone else =====
    p(rf"\b{_ABUSER} (?:is|are) (?:outside|here|at the door|at my door|in the house|downstairs|upstairs|coming|on (?:his|her|their) way|back)\b.{{0,30}}\b(?:with|has|got|holding) (?:a |his |her )?(?:knife|gun|weapon|bat|hammer|axe)\b", ABUSE, X, False, False),
    p(rf"\b{_ABUSER} (?:is|are) (?:hitting|beating|choking|strangling|attacking|hurting|kicking|raping) me (?:right )?now\b|\b{_ABUSER} (?:is|are) (?:trying to )?(?:break(?:ing)? (?:in|down the door|the door down)|kicking (?:in )?(?:the|my) door)\b", ABUSE, X, False, False),
    p(rf"\b{_ABUSER} (?:is going to|will|is gonna) kill me {_NOW}\b|\b(?:he|she) has a (?:knife|gun) (?:to|at|against) my (?:throat|head|neck)\b|\bhiding from (?:him|her|them|my \w+) (?:in|under)\b", ABUSE, X, False, False),
    p(rf"\b{_HITS} me\b.{{0,60}}\b(?:scared|afraid|terrified|frightened|not safe|unsafe)\b|\b(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home\b.{{0,60}}\b{_HITS} me\b", ABUSE, H, False, False),
    p(rf"\b(?:threatened|threatens|threatening|keeps threatening) to kill me\b|\b(?:said|says) (?:he|she|they) (?:would|will|is going to|are going to) kill me\b|\b(?:choked|strangled) me\b", ABUSE, H, False, False),
    p(rf"\b{_ABUSER} (?:touches|touched|keeps touching|comes into my room and touches) me\b(?: (?:down there|there|inappropriately|at night|in my (?:bed|room)|when)|.{{0,30}}\bdo not (?:like|want))", ABUSE, H, False, False),
    p(r"\b(?:afraid|scared|terrified) (?:that )?(?:he|she|they|my \w+) (?:will|is going to|might) kill me\b", ABUSE, H, False, False),
    p(rf"\b{_ABUSER} (?:always |keeps |still |sometimes |often |has |had |just |has been |would )?{_HITS} me\b(?! (?:up|out|off|back|with (?:a|the) (?:ball|snowball))\b)", ABUSE, M, False, False),
    p(r"\bi am (?:being|getting) (?:abused|beaten|hit|hurt|raped|molested|hit at home)\b|\bi am in an abusive (?:relationship|home|marriage)\b|\bi (?:was|got|have been) (?:raped|sexually assaulted|molested)\b", ABUSE, M, False, False),
    p(rf"\b{_ABUSER} (?:is going to|will|is gonna) kill me\b(?! (?:if|when|for|because|cause|lol|haha))|\b(?:i am|i feel) (?:not safe|unsafe) (?:at home|in my (?:own )?(?:home|house))\b|\bscared (?:to go|of going) (?:back )?home\b", ABUSE, M, False, False),
    p(rf"\b{_ABUSER} (?:controls|checks|tracks|monitors|reads|takes) (?:my|all my) (?:money|phone|messages|texts|location|every move|everything)\b|\b{_ABUSER} (?:does not|will not|would not) let me (?:leave|go out|see|talk to|have)\b|\b{_ABUSER} (?:always )?(?:calls|called) me (?:worthless|stupid|useless|fat|ugly|a whore|a slut)\b|\b{_ABUSER} (?:always |keeps )?(?:yells|screams|shouts) at me\b|\bdomestic (?:violence|abuse)\b", ABUSE, L, False, False),
    # ===== substance emergency =====
    p(rf"\b(?:took|taken|swallowed|had|popped|necked|downed)\b (?:like |about |around |maybe |almost )?(?:{COUNT}|a lot of|a bunch of|loads of|a handful of|handfuls of|too many|so many|all (?:of )?(?:my|the))\b.{{0,30}}\b(?:{_DRUGS}|something|stuff)\b.{{0,40}}\b{_BAD_FEELING}", SUBSTANCE_EMERGENCY, X, False),
    p(rf"\b(?:took|taken|swallowed|had|snorted|injected|did|popped|smoked|used)\b.{{0,40}}\b{_DRUGS}\b.{{0,40}}\b{_SEVERE}", SUBSTANCE_EMERGENCY, X, False),
    p(rf"\b(?:took|taken|swallowed|snorted|injected|did|popped|smoked|used)\b.{{0,40}}\b{_DRUGS}\b.{{0,40}}\b{_BAD_FEELING}", SUBSTANCE_EMERGENCY, M, False),
    p(r"\bi (?:think i )?(?:have |just |might have )?(?:overdosed|am overdosing|took an overdose)\b", SUBSTANCE_EMERGENCY, X, False),
    p(rf"\b(?:he|she|they|my (?:\w+ )?(?:friend|mate|brother|sister|dad|mum|mom|partner|boyfriend|girlfriend|roommate)|someone)\b.{{0,40}}\b(?:took|had|did|snorted|injected|used|overdosed)\b.{{0,40}}\b(?:not breathing|will not wake up|cannot wake|unconscious|passed out and|turning blue|having a seizure|fitting)", SUBSTANCE_EMERGENCY, X, False, False),
    p(rf"\b(?:mixed|mixing|combined|combining)\b.{{0,30}}\b(?:xanax|bars|benzos?|valium|pills|opioids?|oxy\w*|methadone|fentanyl|heroin|sleeping pills|painkillers|alcohol|booze|vodka|drinks)\b.{{0,15}}\b(?:with|and)\b.{{0,15}}\b(?:alcohol|vodka|booze|drinks|wine|beer|xanax|benzos?|opioids?|pills|coke|heroin)\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\bwithdraw\w*\b.{0,40}\b(?:seizures?|fits?|hallucinat\w*|shaking (?:so bad|uncontrollably)|cannot stop shaking|dts|delirium|confused)\b|\b(?:seizures?|hallucinat\w*|dts|the shakes)\b.{0,40}\bwithdraw\w*", SUBSTANCE_EMERGENCY, H, False),
    p(rf"\bi think i (?:took|have taken|had|did) (?:way )?too (?:much|many)\b(?! (?:coffee|caffeine|food|to eat|sugar|time|on|photos|notes))", SUBSTANCE_EMERGENCY, H, False),
    p(rf"\b(?:took|taken|swallowed|popped) (?:way )?too (?:much|many)(?: of (?:my|the|those|these))? (?:{_DRUGS})\b|\b(?:took|taken) (?:way )?too (?:much|many)\s*(?:$|[.!?,])", SUBSTANCE_EMERGENCY, M),
    p(r"\bi am (?:in|going through|having) (?:bad |severe |awful |horrible )?withdrawals?\b|\bwithdrawals? from (?:alcohol|drinking|benzos?|xanax|heroin|opiates|opioids|methadone|oxy\w*|fentanyl|meth|coke)\b|\b(?:quit|quitting|stopped) (?:drinking|benzos?|xanax|valium) cold turkey\b|\bdetox(?:ing)? (?:alone|at home|on my own)\b", SUBSTANCE_EMERGENCY, M),
    p(r"\bi (?:cannot|can not) stop (?:drinking|using)\b|\bi have been (?:drinking|using) (?:for days|all day|nonstop|non stop|since)\b", SUBSTANCE_EMERGENCY, L),
    # ===== panic =====
    p(r"\b(?:having|had|in the middle of|another|full blown|bad|huge) (?:a )?panic attack\b|\bi am (?:having|in) (?:a )?panic\b|\bi am panicking\b|\bhyperventilat\w*", PANIC, M),
    p(r"\b(?:cannot|can not) breathe\b(?! (?:from |because i am |i am )?(?:laughing|lol|lmao|haha))|\b(?:cannot|can not) catch my breath\b", PANIC, M),
    p(rf"\bi (?:think|feel like|am scared|am afraid) (?:that )?i am (?:dying|going to {_DIE}|going crazy|going insane|losing (?:my mind|control)|going to pass out)\b|\bmy heart (?:is |keeps )?(?:racing|pounding|beating so fast)\b.{{0,60}}\b(?:breathe|dying|panic|pass out|crazy|scared)", PANIC, M),
    p(r"\b(?:so |really |very |super |extremely |too )(?:anxious|panicky)|\bpanicky\b|\banxiety (?:is|has been) (?:so |really )?(?:bad|awful|through the roof|killing me)\b|\bfreaking out\b|\bpanic attacks?\b", PANIC, L),
    # ===== psychosis and severe dissociation =====
    p(r"\b(?:the )?voices?\b.{0,25}\b(?:tell|tells|telling|told|command|commands|commanding|order|orders|say|says|saying|want|wants)\b.{0,15}\b(?:to|that i should|i should|i have to|i must) (?:hurt|kill|cut|harm|die|end|jump|stab|attack|burn|do it)\b.{0,30}\b(?:now|tonight|right now)\b", PSYCHOSIS, X),
    p(r"\b(?:the )?voices?\b.{0,25}\b(?:tell|tells|telling|told|command|commands|commanding|order|orders|say|says|saying|want|wants)\b.{0,15}\b(?:to|that i should|i should|i have to|i must) (?:hurt|kill|cut|harm|die|end|jump|stab|attack|burn)\b", PSYCHOSIS, H),
    p(r"\b(?:god|the devil|satan|demons?|the spirits?)\b (?:tells|told|is telling|commands|commanded|wants|wanted|orders) me to (?:kill|hurt|die|cut|harm|sacrifice|jump)\b", PSYCHOSIS, H),
    p(r"\b(?:i )?(?:hear|hearing|keep hearing|can hear|started hearing) voices\b(?! (?:in the|outside|next door|downstairs|upstairs|from (?:the|next)|of (?:my|the)|through the))|\bvoices in my head\b", PSYCHOSIS, M),
    p(r"\b(?:seeing|see|saw) (?:things|people|shadows|figures|bugs) (?:that are not|that were not|nobody else|no one else)\b|\b(?:people|they|someone|everyone|the (?:government|police|neighbou?rs|cia|fbi|mi5))\b (?:are|is) (?:following|spying on|tracking|poisoning|out to get|controlling|reading) (?:me|my)\b", PSYCHOSIS, M),
    p(r"\b(?:the )?(?:tv|television|radio|news) is (?:talking|sending (?:me )?messages|sending signals) (?:to|about) me\b|\bsomeone is (?:putting|inserting|stealing) (?:thoughts|my thoughts)\b|\bthoughts (?:are being )?(?:put|inserted) (?:in|into) my head\b", PSYCHOSIS, M),
    p(r"\bi (?:keep )?(?:losing|lost) (?:time|hours|days)\b|\bi (?:do not|no longer) know (?:who|where) i am\b|\bwoke up somewhere (?:and|with) no memory\b", PSYCHOSIS, M),
    p(r"\bnothing (?:feels|seems|is) real\b|\bi (?:feel|am) (?:unreal|detached from (?:my body|reality|myself)|like i am not real|like i am in a dream|outside (?:of )?my body)\b|\bi do not know what is real\b", PSYCHOSIS, L),
    # ===== dangerous risk-taking =====
    p(r"\bi am (?:driving|on the (?:motorway|highway|freeway)|behind the wheel)\b.{0,40}\b(?:drunk|wasted|high|blind drunk|\d{3}|with my eyes closed)\b.{0,30}\b(?:right now|now)\b|\bi am (?:driving|behind the wheel) (?:drunk|wasted|high)(?: right)? now\b", RISK_TAKING, X),
    p(r"\b(?:drove|drive|driving|drives|speeding|sped|rode|ride|riding|walked|walking|ran|lay|lying|stood|standing|played|playing|jumped|climbed|crossed)\b.{0,60}\b(?:drunk|high|wasted|\d{3}|way too fast|flat out|into (?:oncoming )?traffic|the wrong way|wrong side|red lights?|without (?:a |my )?(?:seatbelt|helmet|lights)|eyes closed|on the (?:train )?tracks|on the road|in the road|off the roof|russian roulette|chicken)\b.{0,40}\b(?:on purpose|deliberately|intentionally|hoping (?:i would|to) (?:crash|die|get hit)|did not care (?:if|whether) i (?:crashed|died|lived)|wanted to (?:crash|die|see what happens|feel something))", RISK_TAKING, H, False),
    p(r"\b(?:on purpose|deliberately|intentionally)\b.{0,40}\b(?:drunk|into (?:oncoming )?traffic|red lights?|the wrong way|without (?:a |my )?(?:seatbelt|helmet)|on the (?:train )?tracks|\d{3} (?:on|down))\b|\brussian roulette\b|\bplay(?:ing|ed)? chicken with (?:cars|trains|traffic|a train)\b", RISK_TAKING, H),
    p(r"\bi (?:keep|have been|kept|like|love|always) (?:driving|drinking and driving) (?:drunk|way too fast|recklessly|like a maniac)\b|\bi (?:drove|drive|was driving) (?:home )?(?:drunk|wasted|high)\b|\b(?:unprotected sex|sleeping with strangers|hooking up with strangers|getting into fights|picking fights)\b.{0,40}\b(?:to feel|on purpose|do not care|because i do not care)\b", RISK_TAKING, M),
    # ===== medical emergency =====
    p(r"\bchest (?:pain|hurts|is (?:tight|crushing)|tightness|pressure)\b.{0,60}\b(?:arm|jaw|shoulder|numb|tingling|sweat\w*|short of breath|cannot breathe|dizzy|nausea|throwing up)\b|\b(?:arm|jaw) (?:is |feels |went |has gone )?(?:numb|tingling|hurts)\b.{0,60}\bchest\b", MEDICAL_EMERGENCY, X, False),
    p(r"\bi (?:think i )?am having a (?:heart attack|stroke|seizure|fit|allergic reaction)\b|\b(?:my )?(?:throat|tongue|lips) (?:is |are )?(?:closing|closing up|swelling|swollen)\b|\banaphyla\w*|\b(?:face|mouth|smile) (?:is )?droop\w*|\bslurr\w* (?:my )?(?:speech|words)\b|\bcannot (?:move|feel) (?:my )?(?:left|right|one) side\b", MEDICAL_EMERGENCY, X, False),
    p(r"\b(?:he|she|they|my \w+|someone|somebody|the baby)\b (?:is not|are not|is no longer|stopped|has stopped|not) breathing\b|\b(?:will not|cannot|can not) wake (?:him|her|them|my \w+) up\b|\b(?:he|she|they|my \w+) (?:is|are) (?:unconscious|having a (?:heart attack|stroke|seizure|fit))\b|\b(?:lips|face) (?:is |are )?(?:turning |going |gone |went )blue\b", MEDICAL_EMERGENCY, X, False, False),
    p(r"\b(?:coughing|throwing up|vomiting|peeing|pooping) (?:up )?blood\b|\bbleeding (?:heavily|so much|everywhere)\b|\bhit my head\b.{0,40}\b(?:dizzy|confused|throwing up|vomiting|blacked out|passed out|cannot see)\b", MEDICAL_EMERGENCY, H, False),
    p(r"\bchest pain\b|\bmy chest (?:hurts|is (?:tight|killing me))\b|\bi (?:fainted|passed out|keep fainting|keep passing out)\b", MEDICAL_EMERGENCY, M),
)

# Words that, shortly before a phrase, mean it is not the person's own present intent...
NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|without|stop(?:ped)? me from|would not|will not|could never|"
    r"if i ever|what if|hypothetically|imagine if|suppose|in the (?:movie|book|song|show|game)|lyrics?)\b([^.!?;,]{0,25})$"
)
# ...unless a new clause starts between the negation and the phrase ("I'm not okay, I want to...",
# "I don't know why I want to...", "nobody would care if I...").
NEW_CLAUSE = re.compile(r"\b(?:i|but|though|although|and|if|why|because|so|actually)\b")
# Means mentioned on their own are not a risk; after suicidal thoughts they are preparation.
MEANS_MENTION = re.compile(
    rf"\b(?:bought|buying|got|have|has|found|collected|saved|stockpiled|hoarded|ordered|hidden|hid)\b.{{0,20}}\b{_MEANS}\b"
)
WEAPON = re.compile(r"\b(?:i have|i have got|i got|got|bought|grabbed|holding|brought|took) (?:a|the|my|his|dad's|a loaded) (?:knife|gun|rifle|pistol|shotgun|machete|axe|bat|hammer)\b")
# A third person as the subject: concern for someone else, not the person's own risk.
OTHER_PERSON = re.compile(
    r"\b(?:he|she|they|my (?:friend|sister|brother|mum|mom|dad|son|daughter|partner|girlfriend|boyfriend|wife|husband|cousin|classmate)|"
    r"someone|a friend|my \w+ (?:said|says|told))\b([^.!?;]{0,40})$"
)
SELF = re.compile(r"\b(?:myself|i|me|my)\b")
FIRST_PERSON = re.compile(r"\bi\b")
MEDIA = re.compile(
    r"\b(?:songs?|lyrics?|movie|film|book|novel|tv show|show|series|episode|game|poem|quote|meme|tiktok|video|anime|manga|"
    r"character|verse|chorus|sings?|sang|singer|rapper|album|track|play|scene|dialogue|script)\b"
)
MEDIA_BREAK = re.compile(r"\b(?:and (?:now|then|it|that|i)|but|now|because|cause|so|made me|makes me|after|since|whenever)\b")

# The other person's own words follow a verb of saying, quoted or not.
REPORTED_SPEECH = re.compile(r"\b(?:said|says|told me|tells me|texted(?: me)?|wrote|posted|was like|goes)(?: that)?\s*$")

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
    reported_speech=REPORTED_SPEECH,
    prepare=english,
)
