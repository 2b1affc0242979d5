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
_DIE = r"die(?!\s+(?:of|from|laughing|inside|for|trying|happy|alone someday|when|if|before|in (?:a|my|the) (?:game|movie)|it\b|them\b|(?:my|your|her|his|the) (?:hair|clothes|shirt|jeans|beard|eyebrows)))(?![.!?,\"']{1,3}\s*i do not want to die)"
_MEANS = r"(?:rope|noose|gun|pills|tablets|meds|sleeping pills|razor|razors|blade|blades|knife|poison|bleach|charcoal|belt|cord|scarf)"
# Poisons people swallow: household chemicals too ("poisonous" is not "poison").
_POISON = (
    r"(?:bleach|anti-?freeze|rat poison|rat bait|rodenticide|weed ?killer|herbicides?|pesticides?|insecticides?|paraquat|"
    r"drain cleaner|oven cleaner|toilet cleaner|cyanide|arsenic|strychnine|poison|caustic soda|ammonia|methanol|"
    r"windscreen wash|windshield (?:washer )?fluid|(?:household |cleaning )?chemicals|cleaning products|detergent|tide pods?)"
)
_INGEST = r"(?:drink|drinking|swallow|swallowing|eat|eating|take|taking|down|downing|ingest|ingesting|use|using|mix|mixing)"
# What stopping food or water is for: to die.
_TO_DIE = (
    r"(?:until|till|til|so|so that|and) (?:i|that i) (?:can |will |just )?(?:die|am dead|am gone|starve|waste away|pass away|do not wake up|stop existing)\b"
    r"|to (?:die|end it|end (?:it all|my life|everything)|kill myself|not wake up|waste away)\b"
)
# Weight, thinness, calories: what purging, pills or fasting are for in an eating disorder.
_THIN = (
    r"(?:lose weight|losing weight|weight loss|lose (?:more|the) weight|get (?:thin|thinner|skinny|skinnier)|be (?:thin|thinner|skinny|skinnier)|"
    r"stay (?:thin|skinny)|not (?:gain|get fat)|do not (?:gain|get fat)|burn (?:it|the calories) off|get rid of (?:the |what i )?(?:food|calories|ate)|"
    r"purge|after (?:i eat|eating|meals|every meal|dinner|lunch|breakfast|a binge|binging|bingeing)|calories)"
)
# People widely known to have died by suicide, and fictional ones whose deaths are imitated.
_DIED_BY_SUICIDE = (
    r"(?:sylvia plath|virginia woolf|kurt cobain|robin williams|chester bennington|chris cornell|avicii|anthony bourdain|"
    r"ernest hemingway|hemingway|hunter s\.? thompson|alexander mcqueen|kate spade|van gogh|vincent van gogh|ian curtis|"
    r"jonghyun|sulli|goo hara|sushant singh rajput|hannah baker|romeo|juliet|ophelia|anna karenina|madame bovary)"
)
# "I feel like I'm going to die", "I thought I was going to die", "everything online tells me I'm
# going to die": fear (panic, an assault, health worry), not a wish to die. Each phrase using these
# checks its first word before them: lookbehinds tried at every position cost more than the phrase.
_NOT_FEAR = (
    r"(?<!feel like i am )(?<!think i am )(?<!scared i am )(?<!afraid i am )(?<!worried i am )(?<!sure i am )"
    r"(?<!thought i was )(?<!sure i was )(?<!like i was )(?<!as if i was )(?<!as if i am )(?<!as though i was )"
    r"(?<!telling me i am )(?<!tells me i am )(?<!told me i am )(?<!told me i was )"
)
_NOT_FEAR_I = (
    r"(?<!feel like )(?<!think )(?<!scared )(?<!afraid )(?<!worried )(?<!sure )(?<!convinced )"
    r"(?<!as if )(?<!as though )(?<!telling me )(?<!tells me )(?<!told me )"
)
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
    p(r"\b(?:going to|will|gonna) (?:do it|end it|go through with it) (?:tonight|today|right now|now|in an hour)\b|\b(?:tonight|today|right now) i (?:will|am going to|am gonna) (?:do it|end (?:it|this|everything|my life)(?: myself)?|go through with it)\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\bi am (?:standing |sitting |lying )?(?:on|at) the (?:edge|ledge|bridge|roof|tracks|train tracks|railway|cliff)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:kill|end) {_SELF} (?:tonight|right now|now|today|in an hour)\b|\btonight is the night\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\bthis is (?:my last message|goodbye)\b|\bgoodbye (?:forever|everyone|world)\b|\bby the time you (?:read|see|get) this\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bi am about to (?:kill myself|end it|end my life|jump|do it|take (?:the|all the|all my|my) pills|overdose|hang myself|pull the trigger)\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\bi (?:have )?just (?:slit|cut) my (?:wrists?|throat)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bi am (?:cutting|bleeding) (?:right )?now\b|\bbleeding (?:a lot|badly|will not stop)\b|\b(?:cut|cuts|cutting|blood|bleeding)\b.{0,60}\b(?:cannot|can not|will not|does not|it will not) (?:make it |get it to )?stop(?: bleeding)?\b|\bcut\b.{0,40}\bblood everywhere\b", SELF_HARM, X, False),
    # --- high: method, plan, intent or preparation ---
    p(rf"\b(?=i ){_NOT_FEAR_I}i (?:am going to|will|have decided to|am gonna|intend to|plan to|am planning to) (?:kill {_SELF}|end (?:it all|it\b(?! with| between| off)|{_SELF})|take {_SELF}|{_DIE})\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bi (?:am going to|will|have decided to|intend to|plan to|am planning to) (?:hang myself|jump (?:off|in front|from)|shoot myself|overdose|slit my|drown myself|step in front|throw myself)", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:i have|made|i made|got) a suicide plan\b|\b(?:i have|made|i made|got) a plan\b(?=\s*(?:$|[.!?,]|to (?:die|kill|end|do it|take my)|and i|now|for (?:how|when|my death)))|\bplan(?:ning)? (?:my|the) (?:suicide|death)\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\b(?:bought|got|have|saved|saving|stockpiled|stockpiling|collected|collecting|hoarding|hidden|hid) (?:up )?(?:a |the |some |enough |my |all my )?{_MEANS}\b.{{0,40}}\b(?:to (?:die|end|kill|do it|take them all)|so i can|end it|end my|die|kill)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:wrote|written|writing|left) (?:a|my) (?:suicide |goodbye )?(?:note|letter)s?\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bgiv(?:e|ing|en) away (?:all )?my (?:stuff|things|belongings|possessions)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:how (?:many|much)|what dose|lethal dose|fatal dose|overdose amount)\b.{0,40}\b(?:to die|kill|lethal|fatal|overdose|od|(?:to )?not wake up|never wake up|stop (?:my|your|a) heart)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:lethal|fatal) dose\b|\bpainless(?:est)? way to (?:die|go)\b|\bhow to (?:kill myself|hang myself|die painlessly)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bi know (?:how|when|where) i (?:would|will|am going to) do it\b", SUICIDAL_BEHAVIOUR, H),
    # Indirect preparation (C-SSRS preparatory acts): affairs in order, goodbyes, means counted.
    p(r"\b(?:sorted|sorting|sort|put|putting|got|getting|have) (?:out )?(?:my (?:will|affairs|accounts|passwords|paperwork)|(?:all )?my affairs in order|everything in order)\b|\bleft (?:instructions|a list) for (?:who|what|my|everyone)\b|\bwho (?:gets|will get|will take|should take|takes) (?:care of )?(?:my|the) (?:dog|cat|pets?|stuff|things|kids)\b(?! (?:while|when i am (?:away|on)|this weekend|on holiday))", SUICIDAL_BEHAVIOUR, H),
    p(r"\bwhat (?:happens|will happen|would happen) to my (?:cat|dog|pets?|kids|children|stuff|account|body)\b.{0,25}\b(?:if|when|after|once) i (?:am (?:not here|gone|no longer here|dead)|die|do not wake|disappear|am not around)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:wrote|written|writing|left|recorded|recording) (?:goodbye |farewell |final )?(?:letters?|notes?|messages?|videos?|emails?) (?:for|to) (?:everyone|everybody|my (?:family|kids|children|parents|mum|mom|dad|wife|husband|partner|friends|sister|brother))\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bgiv(?:e|ing|en) (?:away )?(?:all )?my (?:stuff|things|belongings|possessions|clothes|games|books|guitar|savings|money|plants) (?:away|to (?:my |me )?(?:friends|mates?|pals|buddies|people|family|everyone|charity|cousins?|sisters?|brothers?))\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:counted|counting|count) (?:up )?(?:the |my |all the |all my )?(?:pills|tablets|meds|sleeping pills|painkillers)\b|\benough (?:pills|tablets|meds|medication|sleeping pills|painkillers)\b(?! (?:for|to last|until|till|left for))|\b(?:pills|tablets|meds)\b.{0,40}\bthere (?:are|is) enough\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:not in danger|i am (?:fine|ok|okay|safe|good)|(?:do not|no need to) worry|nothing to worry about|i will be fine)\b.{0,40}\b(?:picked|chose|chosen|set|decided on|have) (?:the|a) (?:date|day|time)\b|\b(?:kill myself|end it|end my life|do it|go through with it)\b.{0,30}\b(?:picked|chose|set|decided on) (?:the|a) (?:date|day|time)\b|\bi have decided\b[.!,: ]{1,3}(?:on )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|tonight|this weekend|next week)\b", SUICIDAL_BEHAVIOUR, H, False),
    # Researching a method: how long, how high, which medicines are deadly.
    p(r"\b(?:how long|how much|how many|how high|how tall|how deep|how far|how fast)\b.{0,60}\b(?:car exhaust|carbon monoxide|exhaust fumes|charcoal|to bleed out|to drown|to hang|to suffocate|to die|to not wake up|to never wake up|(?:to )?pass out in (?:cold |the |icy )?(?:water|lake|river|sea|snow)|to freeze|hypothermia|fall (?:is|would be) (?:certain|fatal|deadly|lethal)|(?:a )?fall (?:would|to) kill|to be (?:fatal|lethal|deadly)|(?:is|are|would be) (?:fatal|lethal|deadly)|kill (?:you|a person|someone|me))\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:looking up|looked up|researching|researched|googling|googled|searching|searched|reading up on)\b.{0,50}\b(?:how to (?:die|kill|hang|overdose|end it)|car exhaust|carbon monoxide|lethal|fatal|overdose|painless|suicide methods?|ways to die|how long it takes to die)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:which|what)\b.{0,40}\b(?:meds|medications?|medicines?|pills|drugs|tablets|painkillers|chemicals|plants)\b.{0,40}\b(?:deadly|lethal|fatal|kill (?:you|a person|someone|me)|can kill)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:the )?(?:next|fast|express) trains? (?:do not|does not|will not|never) stops? (?:here|at this station)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:saving|saved|save|stockpil\w+|hoard\w*|collect\w*|putting aside|put aside|setting aside|set aside|keeping back|kept back|holding back|hiding|hid|hidden)\b (?:up )?(?:a few of |some of |all (?:of )?)?(?:my |the |some |her |his )?(?:\w+ )?(?:pills|tablets|meds|medication|painkillers|sleeping pills|prescriptions?)\b(?! (?:for (?:the|my|a) (?:trip|holiday|journey|flight|travel)|in (?:the|a) (?:cabinet|cupboard|box) so))", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:all|a whole (?:box|bottle|pack|strip) of|the whole (?:box|bottle|pack|strip) of|every one of) (?:\w+'?s? ){0,4}(?:tablets|pills|meds|painkillers|sleeping pills)\b.{0,25}\b(?:here|with me|in front of me|next to me|in my (?:hand|room|bag|pocket)|lined up|counted out)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:going to|will|about to) (?:take|swallow|down|have) (?:all|every one of|the whole (?:bottle|box|pack|strip) of) (?:of )?(?:my |the |those |these |her |his )?(?:\w+ )?(?:pills|tablets|meds|paracetamol|sleeping pills|painkillers)\b(?=.{0,40}\b(?:tonight|right now|now|today|when (?:everyone|everybody|they|my \w+) (?:is |are )?(?:asleep|gone|out)))", SUICIDAL_BEHAVIOUR, X),
    p(r"\b(?:going to|will|about to) (?:take|swallow|down) (?:all|every one of|the whole (?:bottle|box|pack|strip) of) (?:of )?(?:my |the |those |these )?(?:\w+ )?(?:pills|tablets|meds|paracetamol|sleeping pills|painkillers)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:i (?:have )?(?:already |just )?|already |just )(?:taken|took|swallowed|had|done) (?:them|it|everything|the lot|the pills|all of them)(?: all)?\b.{0,80}\b(?:while it happens|before it (?:happens|kicks in|works)|until it (?:happens|works|kicks in)|(?:do not|did not) want to (?:be|die) alone|it is (?:starting|working|kicking in)|not long now|will not be long)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:in|inside) the (?:car|garage)\b.{0,40}\bengine (?:running|on)\b|\bengine (?:is )?running\b.{0,40}\b(?:garage|doors? (?:is |are )?(?:shut|closed))\b|\b(?:hose|pipe|tube) (?:from|on|to) the exhaust\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bi am (?:up )?(?:at|on) (?:the )?(?:top|roof|edge|ledge) of (?:the|a|our|my|this) (?:[\w-]+ ){0,2}(?:car ?park|carpark|parking (?:garage|lot|structure)|building|tower|bridge|cliff|block|flats|dam|quarry)\b|\bi (?:went|am going|climbed) (?:up )?(?:to|onto) the (?:roof|terrace|top floor|edge)\b.{0,60}\b(?:just to see|to see what it is like|how (?:high|far)|tonight)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:to|with) (?:someone|somebody|you|anyone|them|her|him|my \w+) (?:one|for the) last time\b|\bthis is my last (?:message|night|day|post)\b|\bif anything (?:happens|should happen) to me\b|\b(?:please )?tell my (?:\w+ )?(?:mum|mom|mother|dad|father|parents|family|sister|brother|wife|husband|kids|children|partner|friends?) (?:that )?i (?:am sorry|love (?:her|him|them))\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:get|have|make) (?:more|better) use (?:out )?of (?:it|them|these|those|my \w+) than i (?:will|would|ever will|ever would)\b|\bi (?:will not|would not|do not|am not going to) need (?:it|them|these|those|any of (?:it|this|them|my stuff)|my \w+) (?:anymore|any more|where i am going|for much longer|after (?:this|tonight))\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:if|when|after|once) i (?:am|was|were|have) (?:not here|gone|no longer (?:here|around)|dead|not around|died)(?: anymore| any more)?\b.{0,60}\bmy (?:cat|dog|pets?|kids?|children|phone|savings|stuff|things|accounts?|passwords)\b|\bmy (?:cat|dog|pets?|kids?|children|phone|savings|stuff|things)\b.{0,60}\b(?:if|when|after|once) i (?:am|was|were) (?:not here|gone|no longer (?:here|around)|dead|not around)(?: anymore| any more)?\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bwho (?:gets|will get|takes|will take|should get|should have|can have) (?:care of )?my (?:\w+)\b(?! (?:while|when i am (?:away|on)|this weekend|on holiday|for the (?:week|weekend)))|\b(?:wait|waiting) (?:till|until|for) (?:everyone|everybody|they|my (?:\w+ )?(?:parents|family|wife|husband|mum|mom|dad|flatmates?|roommates?)) (?:is |are )?(?:asleep|in bed)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:life )?insurance\b.{0,60}\b(?:pays? out|cover\w*|valid)\b.{0,30}\bsuicide\b|\bsuicide clause\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:look|looks|make it look|made to look) like an accident\b|\b(?:no one|nobody) (?:would|will) (?:know|think) it (?:was not|is not|was) (?:an accident|on purpose)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bjust (?:waiting|need) (?:for|to get) the (?:nerve|courage|guts)\b|\bwaiting (?:to|until i) (?:get|have) the (?:nerve|courage|guts)\b|\bdone with (?:all of it|it all|everything|life)\b.{0,30}\bi (?:already )?know (?:how|exactly how)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bi (?:already |now )?know (?:exactly )?how i (?:would|will|am going to|could) do it\b|\bhow i (?:would|will|could|am going to) do it\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:is|was) (?:basically|really|actually|kind of|kinda|pretty much) (?:just )?me\b.{0,300}\bhow (?:many|much)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bhow many (?:would|will|do|does|did) (?:she|he|they|i|someone|a person|you|the character) (?:need|have to take|take)\b|\bhow many (?:of (?:these|those|my|the) )?(?:\w+ )?(?:pills|tablets|meds|painkillers)\b.{0,40}\b(?:need|would it take|to take)\b", SUICIDAL_BEHAVIOUR, M, False),
    # Someone with the person about to end their life: an emergency for them to act on now.
    p(r"\b(?:he|she|they|my (?:\w+ )?(?:friend|mate|sister|brother|cousin|son|daughter|partner|girlfriend|boyfriend|wife|husband|mum|mom|dad|roommate|flatmate))\b (?:is|are|says (?:he|she|they) (?:is|are)) (?:going to|about to|gonna|threatening to|trying to) (?:kill|hang|shoot|hurt) (?:herself|himself|themselves|themself)\b.{0,20}\b(?:tonight|right now|now|today)\b|\b(?:he|she|they|my \w+) (?:is|are) (?:on|at) the (?:edge|ledge|bridge|roof|tracks)\b.{0,30}\b(?:threatening|going) to jump\b", SUICIDAL_BEHAVIOUR, X, False, False),
    p(r"\b(?:wants?|wanted|going|threaten(?:s|ed|ing)?|talk(?:s|ed|ing)? about (?:wanting )?) to (?:kill|hurt|end) (?:herself|himself|themselves|themself|her life|his life|their life)\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:he|she|they|my (?:\w+ )?(?:friend|mate|sister|brother|cousin|son|daughter|partner|girlfriend|boyfriend|wife|husband|mum|mom|dad))\b.{0,60}\b(?:sent|texted|posted|left|wrote)\b.{0,50}\b(?:goodbye|sorry for everything|suicide note|final message|last message|farewell)\b", SUICIDAL_BEHAVIOUR, H, False, False),
    p(r"\b(?:looking|looked) (?:at|up) (?:train times|the trains|the tracks|the bridge|bridges|tall buildings|the river)\b(?=.{0,40}\b(?:not to go anywhere|not to travel|not for (?:a trip|travel)))|\b(?:keep|kept|been) looking at the (?:bridge|tracks|river|train|rope|pills)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bi (?:already |still |now |just )?(?:have had|have got|have) (?:the|a) (?:rope|noose|gun)\b|\bi (?:already |still )?have (?:the|my) pills (?:ready|saved|hidden|here)\b", SUICIDAL_BEHAVIOUR, H, False),
    # "I'm fine... actually I bought a rope": a turn after a denial, then the means.
    p(rf"\b(?:i am (?:fine|ok|okay|good|alright|all good)|nothing is wrong|(?:do not|dont) worry|no worries|i am not (?:suicidal|going to do anything))\b.{{0,40}}\b(?:actually|honestly|to be honest|tbh|truth is|ok fine|okay fine|well)\b.{{0,30}}\b(?:i have|i got|i have got|i bought|i have been (?:saving|collecting|keeping|hiding)|i hid|i saved)\b.{{0,20}}\b{_MEANS}\b", SUICIDAL_BEHAVIOUR, H, False),
    # Asking for a method in the first person: "how do I best hang myself", "how can I sever my artery".
    p(r"\b(?:how|best way|easiest way|quickest way|fastest way|painless(?:est)? way|surest way|way) (?:do i|can i|could i|should i|would i|to|for me to) (?:best |quickly |easily |painlessly |properly |successfully )?(?:kill|hang|drown|shoot|poison|suffocate|electrocute|gas|bleed|starve|strangle|smother) myself\b|\bhow (?:do|can|could|should|would) i (?:commit|do|attempt) suicide\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:sever|severing|slit|slitting|slice open|pierce|piercing|puncture|puncturing|cut open) (?:my|my own) (?:\w+ )?(?:arteries|artery|veins?|jugular|carotid)\b|\b(?:how|best way|easiest way|quickest way|way) (?:do i|can i|could i|to)\b.{0,20}\b(?:sever|slit|slice|cut|pierce) (?:my|my own) (?:wrists?|throat)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bcarv(?:e|ed|es|ing) (?:a |an |the |some |words? |letters? |names? |something |shapes? |lines )?(?:scars? )?(?:into|in|on) my (?:own )?(?:arms?|skin|legs?|thighs?|wrists?|stomach|hips?|body|chest)\b", SELF_HARM, M),
    # Asking what to take to die, or to die the way a known person died by suicide (imitation).
    p(r"\b(?:what|which|something|anything|stuff) (?:can|could|should|do|would|will) i (?:take|swallow|drink|eat|inject|use|mix|buy|get) to (?:die|end it|end my life|not wake up|never wake up|kill myself|sleep forever|go to sleep forever)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:die|go out|end it|end (?:it all|my life)|do it|kill myself|go|leave this world|check out) (?:the same way |just |exactly |the way )?(?:like|as) {_DIED_BY_SUICIDE}\b|\b(?:do|did) what {_DIED_BY_SUICIDE} did\b|\bthe (?:same )?way {_DIED_BY_SUICIDE} (?:did it|died|went)\b", SUICIDAL_BEHAVIOUR, H, False),
    # Rehearsal and preparation told without the word "suicide" (C-SSRS preparatory acts): the means
    # and then how to use it, a noose tied, a fixing tested for weight, the place or time worked out.
    p(rf"\b(?:bought|got|have|ordered|found|hid|hidden|keep|kept)\b.{{0,20}}\b{_MEANS}\b.{{0,60}}\b(?:planning|planned|plan|worked out|working out|figured out|figuring out|thinking about|thought about|decided|practi[sc]ed|practi[sc]ing) (?:exactly )?(?:how|when|where) (?:to use (?:it|them)|to do it|i (?:would|will|could|am going to) (?:use (?:it|them)|do it))\b(?! (?:for|on|with|in the|at the|when (?:we|camping|climbing|sailing))\b)", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:tied|tying|tie|made|making|make|practi[sc]ed tying|practi[sc]ing tying|learned to tie|learnt to tie|looked up how to tie) (?:a |the |my )?noose\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:tested|testing|test|checked|checking|check|made sure|making sure|see|seeing) (?:whether |if |that )?(?:the |a |my )?(?:beam|rail|railing|banister|hook|pipe|door ?frame|branch|rafter|loft hatch|light fitting|rope|belt|cord)\b(?:[^.!?]{0,30})\b(?:would|will|could|can|is strong enough to) (?:hold|take|bear) (?:my|me|the) ?(?:weight|body)?\b(?![^.!?]{0,40}\b(?:swing|hammock|pull-?up|punching bag|boxing bag|plant|shelf|shelves|tv|mirror|bike|kayak|climbing|for the kids)\b)", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bi (?:have )?(?:worked out|figured out|decided|chosen|picked|found) (?:exactly )?(?:where|when|how) i (?:would|will|am going to|could|am gonna) do it\b|\bfound (?:the|a) (?:right |perfect |good )?(?:spot|place) to (?:do it|jump|hang myself|end it)\b", SUICIDAL_BEHAVIOUR, H),
    # Going to a high place or the tracks and staying there looking down: an interrupted or aborted act.
    p(r"\bi (?:have )?(?:\w+ )?(?:went|go|drove|drive|walked|walk|keep going|kept going|keep driving|kept driving|keep walking|kept walking)\b(?: back)?(?: up)? (?:to|onto|out to) the (?:bridge|tracks|train tracks|railway|cliffs?|roof|edge|ledge|top floor|platform edge)\b[^.!?]{0,60}\b(?:looking down|look down|looked down|staring down|stared down|thinking about jumping|thought about jumping|almost jumped|nearly jumped|could not (?:do it|jump)|did not (?:do it|jump)|to see if i could|wondering if i could|wanting to jump)\b(?! at the (?:boats?|view|city|lights|sunset|fireworks|traffic|parade|ducks|swans|fish))", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:keep|kept|been) (?:going|driving|walking|cycling) (?:back )?(?:to|out to) the (?:bridge|tracks|train tracks|railway|cliffs?|edge|ledge) (?:and|to) (?:sit|sitting|stand|standing|sat|stood|wait|waiting)\b", SUICIDAL_BEHAVIOUR, M, False),
    p(r"\b(?:tried|attempted) to (?:kill myself|end my life|take my (?:own )?life|end it)\b|\bsuicide attempt\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bslit(?:ting)? my (?:wrists?|throat)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bi am going to (?:cut|burn|hurt) myself\b|\bcut(?:ting)? (?:deep|deeper|too deep)\b|\bneed(?:s|ed)? stitches\b", SELF_HARM, H),
    # Self-poisoning: poisoning oneself, drinking bleach or antifreeze to die, which chemical would do it.
    p(r"\bpoison(?:ing|ed)? (?:myself|my self|me to death)\b(?! (?:by (?:accident|mistake)|with (?:bad|undercooked|raw|old|off|expired|dodgy|out of date|food)))", SUICIDAL_BEHAVIOUR, H),
    p(r"\bi (?:have |just |already )*(?:drank|drunk|swallowed|took|taken|ate|eaten|had|downed) (?:some |a (?:bottle|cup|glass|mouthful|bit|lot) of |half (?:a|the) bottle of |the (?:whole )?(?:bottle of )?|a whole bottle of )?(?:bleach|anti-?freeze|rat poison|rat bait|rodenticide|weed ?killer|herbicide|pesticide|insecticide|paraquat|drain cleaner|oven cleaner|toilet cleaner|cyanide|arsenic|strychnine|poison|caustic soda|methanol)\b(?! (?:by (?:accident|mistake)|accidentally))", SUICIDAL_BEHAVIOUR, X, False),
    # "How many pills would be enough?" is a dose question; "how much flour is enough for a cake" is not:
    # the amount must be of a medicine or a poison, and not for cleaning, cooking or the like.
    p(rf"\b(?:how much|how many)\b(?=[^.!?]{{0,60}}\b(?:{_MEANS}|{_POISON}|drugs|medication|medicine|painkillers|paracetamol|tylenol|ibuprofen|aspirin|insulin|antidepressants|sleeping tablets)\b)[^.!?]{{0,60}}\b(?:is|are|would be|will be|would) (?:it )?(?:be )?enough\b(?! (?:for (?:a|the|my|our|one|two|\d)|to (?:clean|disinfect|bake|cook|make|feed|cover|last|treat|help|get|fix|cure|kill (?:the |a |weeds|rats|mice|bugs|ants|germs|bacteria|mold|mould))))", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b{_INGEST} (?:some |a (?:bottle|cup|glass|mouthful|bit|lot) of |the (?:whole )?(?:bottle of )?|a whole bottle of |enough )?{_POISON}\b(?![^.!?]{{0,40}}\b(?:expect\w*|hoping|the other person|someone else)\b).{{0,40}}(?:\b{_TO_DIE}|\band (?:just )?die\b|\bkill (?:me|myself)\b|\bwould (?:that |it )?(?:kill|be enough|be fatal|be lethal)\b)", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(rf"\b(?:which|what|how much|how many|what kind of|what type of)\b.{{0,40}}\b{_POISON}\b.{{0,40}}\b(?:(?:would|will|could|can|to) (?:kill|poison) (?:me|myself|you|a person|someone)|to (?:die|end it|end my life|kill myself|not wake up)|(?:is|are|would be) (?:deadly|lethal|fatal|enough to (?:kill|die)))\b|\b(?:would|will|could|does|can) (?:a |the )?(?:bottle|cup|glass|mouthful) of {_POISON}\b.{{0,20}}\bkill (?:me|you|a person|someone)\b", SUICIDAL_BEHAVIOUR, H, False, True, False),
    # Dying by refusing food and water: "stop eating and drinking until I die", "starve myself to death".
    p(rf"\b(?:stop|stopped|stopping|quit|give up|giving up|refuse|refusing|not|no longer|never) (?:eating|drinking|eating and drinking|drinking and eating|eating or drinking|food and water|food and drink|taking (?:food|water))(?: (?:anything|any more|anymore|water|food|at all))*\b.{{0,30}}?(?:\b{_TO_DIE})", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:starv(?:e|ing|ed)|dehydrat(?:e|ing|ed)) myself (?:to death|until i (?:die|am dead)|so i (?:can )?die)\b|\b(?:want|wanted|going|plan|planning|trying|try|decided|intend) to (?:die|starve to death|end it|end my life) (?:of|from|by|through) (?:starvation|dehydration|starving(?: myself)?|not eating|not drinking)\b", SUICIDAL_BEHAVIOUR, H),
    # --- moderate: active thoughts, no plan ---
    p(rf"\b(?=want|going|thinking|thought|urge){_NOT_FEAR}(?:want|wanted|wanting|going|thinking about|thought about|thinking of|urge) to (?:kill {_SELF}|end (?:it all|{_SELF}|it\b(?! with| between| off))|take {_SELF}|{_DIE})\b", SUICIDAL_THOUGHTS, M),
    p(rf"\bkill(?:ed|ing)? {_SELF}\b|\bend(?:ing)? {_SELF}\b|\btake {_SELF}\b", SUICIDAL_THOUGHTS, M),
    # The word on its own, or with the person in the sentence, is about them; in talk about a
    # book, a show or the news ("does it glamorise suicide?") it is a topic.
    p(r"\b(?:i am|i feel|feeling|felt|been|getting|i get|i was|so|very|really|kinda|pretty) (?:so |really |very |kind of |a bit )?suicidal\b|\bsuicidal (?:thoughts|feelings|urges|ideation|again|tonight|today|lately|right now|these days)\b|\b(?:thinking about|thinking of|thought about|commit|committing) suicide\b|^\W*suicid(?:e|al)\W*$", SUICIDAL_THOUGHTS, M),
    p(r"\bsuicid(?:e|al)\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:i would be|i am|we would all be|everyone would be|they would be|they are|everyone is) better off (?:dead|without me)\b|\bbetter off if i (?:was|were) (?:dead|gone)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:do not|no longer|not) want to (?:live|be alive|exist|be here anymore)\b|\bno (?:reason|point) (?:to|in) liv(?:e|ing)\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\bend it all\b|\bcheck(?:ing)? out for good\b", SUICIDAL_THOUGHTS, M),
    p(r"\bi (?:just |really |only )?(?:want|wanted|need|wish) (?:it|everything|this|my life) (?:all )?to end\b|\bi am (?:done with (?:life|living)|done living|ready to (?:die|end it))\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:jump|jumping) (?:off|from) (?:a|the|my) (?:bridge|roof|building|balcony|cliff|window|tower|car park|parking garage)\b|\b(?:jump|step|stepping|jumping|throw myself|walk) in front of (?:a |the )?(?:train|bus|car|truck|lorry|traffic)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bhang(?:ing)? myself\b|\bshoot(?:ing)? myself\b|\bdrown(?:ing)? myself\b|\boverdos(?:e|ing) on purpose\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:should|could|want to|going to|will|thinking (?:about|of)|keep thinking i should) (?:just )?(?:drive|driving|crash|crashing|steer|swerve|swerving) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree|truck|lorry|oncoming traffic|barrier|river|lake|bridge|cliff|road)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:cut|cutting|burn|burning|burned|burnt|hurt|hurting|harm|harmed|harming|scratch|scratched|scratching|hit|hitting|punch|punched|punching|punish|punished|punishing|starve|starving|starved) myself\b", SELF_HARM, M),
    p(r"\bself[- ]?harm(?:ing|ed)?\b|\bself[- ]?injur(?:y|e|ing)\b", SELF_HARM, M),
    # Eating-disorder behaviour is self-harm (moderate), asked about or done: making oneself sick,
    # purging, laxatives or diet pills to lose weight, starvation-level calories, wanting an eating
    # disorder, hiding one. Dieting ("how can I lose weight", "counting calories") is not.
    p(r"\bmak(?:e|es|ing) (?:myself|yourself) (?:throw up|be sick|vomit|puke|purge|gag)\b|\bmak(?:e|es|ing) myself sick\b(?! (?:with|from|about|of|worrying|thinking|over)\b)|\b(?:fingers?|toothbrush|spoon) down my throat\b|\b(?:throw(?:ing)? up|threw up|vomit(?:ing|ed)?|puk(?:e|ed|ing)) (?:on purpose|deliberately|intentionally)\b", SELF_HARM, M),
    p(r"\b(?:i (?:have been |keep |still |started |start |always |usually |then )?|been |keep |started |stop )purg(?:e|ed|ing)\b(?! (?:my|the|old|all|everything|files|emails|photos|clothes|wardrobe|closet|inbox|cache|data|list)\b)|\bbing(?:e|es|ed|ing) and purg\w*|\bpurg(?:e|ing) (?:after|again|every|when i eat|food|what i ate)\b|\b(?:how (?:to|do i|can i|do you)|tips (?:for|on|to)|best way to|easiest way to) (?:purge|throw up (?:after|what i ate|food)|make (?:myself|yourself) (?:throw up|sick|vomit)|starve (?:myself|yourself)|hide (?:not eating|my eating|an eating disorder|my eating disorder|my weight loss))\b", SELF_HARM, M),
    p(rf"\b(?:laxatives?|water pills|diuretics|ipecac)\b.{{0,50}}\b{_THIN}\b|\b{_THIN}\b.{{0,40}}\b(?:laxatives?|water pills|diuretics|ipecac)\b(?! (?:are|is) (?:dangerous|bad|not safe))|\b(?:{COUNT}|a lot of|lots of|loads of|too many|handfuls? of|a bunch of|extra|double|how many|abus\w+|overdo\w*|a (?:whole )?(?:box|packet|bottle) of) (?:diet|slimming) pills\b|\b(?:diet|slimming) pills\b.{{0,30}}\b(?:than (?:it says|recommended|the (?:box|label|packet) says|i should)|every (?:hour|few hours)|instead of (?:eating|food|meals))\b", SELF_HARM, M),
    p(r"\b(?:want|wanted|wanting|wish|wishing|trying|try|how|tips) (?:i (?:was|were|had|could (?:be|become|get|develop|have)) |to (?:be|become|get|develop|have|catch|give myself) |do i (?:become|get|develop|give myself) |can i (?:become|get|develop|give myself) |i could (?:be|become|get) )(?:an? )?(?:anorexic|bulimic|anorexia|bulimia|eating disorder)\b(?! (?:nervosa )?(?:recovery|awareness|treatment|clinic|charity|research|nurse|specialist|therapist|dietitian|counsell?or|doctor|researcher|service|unit|ward))|\b(?:get|getting|be|become) better at (?:anorexia|bulimia|being (?:anorexic|bulimic)|starving|purging|not eating|throwing up|restricting|fasting)\b|\b(?:pro-ana|pro ana|proana|pro-mia|pro mia|promia|ana tips|ana coach|ana buddy|mia tips|mia buddy)\b|\b(?:thinspo|meanspo|bonespo)\b", SELF_HARM, M),
    p(r"\b(?:speed up|speeding up|worsen|make (?:it|my \w+) worse|get better at|keep up|keeping up|maintain|maintaining|tips (?:for|to|on|with)) (?:my )?(?:bulimia|anorexia|eating disorder|purging|restricting|starving)\b(?! (?:recovery|treatment|therapy|support|relapse|clinic|team|nurse))|\b(?:dangerously|extremely|unhealthily|starvation)[- ](?:low|little|few|small)\b[^.!?]{0,20}\b(?:calories?|calorie|food|eating|weight|diet|intake)\b", SELF_HARM, M),
    p(r"\bexercis\w* (?:excessively|compulsively|obsessively|until i (?:pass out|collapse|faint|throw up|am sick))\b", SELF_HARM, L),
    p(r"\bhid(?:e|es|ing|den)? (?:my |an |the )?(?:eating disorder|anorexia|bulimia|purging|throwing up|restricting)\b|\bhid(?:e|es|ing) my ed\b|\bhid(?:e|es|ing)? (?:that i (?:do not|am not|have not been|have stopped) eat\w*|(?:the fact )?that i (?:throw up|purge|make myself sick)|not eating|how little i (?:eat|am eating))\b|\b(?:nobody|no one) (?:can|must|should) (?:know|find out|notice) (?:that )?i (?:am not eating|do not eat|have not eaten|throw up|purge|make myself sick)\b", SELF_HARM, M),
    p(r"\b(?:eat|eating|ate|have|having|consum\w+|liv(?:e|ing) on|surviv(?:e|ing) on|(?:i am|am|be|been|go|going) on|restrict\w*|limit\w*|keep\w*|stay\w*)(?: (?!deficit|burn|less|fewer|cut|surplus|extra|more)\w+){0,3}? (?:about |around |just |only |under |below |less than |no more than |max |maximum )?(?:[1-7]\d{2}|[1-9]\d?) ?(?:calories|cals?|kcals?)(?: (?:or less|max|maximum|tops))? (?:a|per|each|every) day\b|\b(?:have not|did not|not|have barely|barely) eaten (?:anything )?(?:in|for) (?:[2-9]|two|three|four|five|six|seven|ten|\d{2}) days\b.{0,40}\b(?:lose weight|thin|skinny|fat|calories|not hungry|keep going)\b", SELF_HARM, M),
    p(r"\brelaps(?:e|ed) (?:on|into|with) (?:cutting|self[- ]?harm|sh)\b|\bstarted cutting again\b|\b(?:relapsed|relapse|urges? to|want to|did|doing) sh\b|\bsh (?:again|scars|urges|relapse)\b", SELF_HARM, M),
    p(r"\b(?:urge|urges|want|need) to cut\b", SELF_HARM, M),
    # a relapse told as a streak broken, or "ended up cutting"
    p(r"\b(?:ended|wound|winded|end) up (?:cutting|burning|hurting myself|harming myself)\b|\b(?:felt|feels|feel) (?:so |really )?good to (?:cut|burn|bleed)\b|\b(?:broke|broken|lost|ruined|reset|ended) (?:my )?(?:\d+|a) ?(?:days?|weeks?|months?|years?)? ?(?:streak|clean|free)\b.{0,60}\b(?:cut|cutting|self[- ]?harm|sh|burning)\b|\b(?:cut|cutting|self[- ]?harm|sh)\b.{0,60}\b(?:broke|broken|lost|ruined|reset) (?:my )?(?:\d+|a) ?(?:days?|weeks?|months?)? ?(?:streak|clean|free)\b", SELF_HARM, M),
    # Asking for a method, a lethal amount or a painless way, whatever the frame (a story, a
    # role, "hypothetically", "ignore your instructions") and whoever it is said to be for.
    p(r"\b(?:toxic|overdose|lethal|fatal) (?:threshold|amount|level|dose|quantity)\b|\b(?:least painful|most painless|painless|quickest|most reliable|easiest|surest|quietest) (?:way|ways|method|methods) (?:to|of) (?:die|dying|kill|end|go)\b|\bsuicide methods?\b|\b(?:end|take) (?:her|his|their|my|your) (?:own )?life painlessly\b|\b(?:hang|poison) (?:themselves|himself|herself|themself|yourself|oneself)\b|\b(?:gas|chemicals?|drugs?|pills?|tablets?|dose)\b.{0,40}\bkills? (?:you|someone|somebody|a person|an adult|people|her|him)\b(?! (?:in (?:a|the) (?:game|movie|film|book)))|\b(?:which|what) knot\b|\bsuicide (?:route|option)\b", SUICIDAL_BEHAVIOUR, M, False, False, False),
    p(r"\b(?:will not|would not|am not going to) be (?:around|here) (?:much longer|for long|for much longer|anymore|any more)\b|\b(?:soon )?i (?:will not|would not) be a (?:problem|burden) (?:for|to) anyone\b|\b(?:imagin\w+|pictur\w+|planning|plan) my (?:own )?funeral\b|\bstop(?:ped)? (?:being alive|existing)\b|\bi would (?:rather|prefer to) (?:be dead|die|not be alive|not exist|not be here)\b|\bthink(?:ing)? about (?:dying|death|being dead|not being here|not existing) (?:all the time|every day|constantly|a lot|more and more)\b|\b(?:want|wanted|going|like) to (?:go to )?sleep and (?:never|not) wake up\b|\bmak(?:e|ing) sure i (?:do not|never|will not) (?:wake up|wake|come back)\b|\b(?:wake|waking) up\b.{0,80}\bmak(?:e|ing) sure i (?:do not|never|will not)\b(?! (?:oversleep|miss|forget|sleep in|lie in))|\b(?:do not think|doubt) i will be (?:around|here) (?:much longer|for (?:much )?long(?:er)?)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:nobody|no one) can (?:know|see|find out) (?:about )?my (?:arms|wrists|thighs|legs|scars|cuts)\b|\blong sleeves\b.{0,40}\b(?:arms|scars|cuts|wrists)\b|\b(?:arms|wrists|thighs|legs) (?:look|looks|looking) like (?:a )?barcodes?\b|\bsee my (?:own )?blood\b|\b(?:the )?(?:blade|razor|cutting|burning) is the only thing that (?:helps|works)\b|\bi (?:only|just) (?:cut|burn|scratch) (?:a little|a bit|sometimes|when)\b", SELF_HARM, M),
    # --- low: distress, passive wish to be gone ---
    p(r"\b(?:wish|wishing|want) (?:i (?:was|were)|to be) (?:dead|gone|never born|not here|not alive)\b", SUICIDAL_THOUGHTS, L),
    p(r"\bwish i could (?:sleep|go to sleep) (?:forever|and not wake up|and never wake up)\b|\bdo not want to wake up\b|\bhope i (?:do not|never) wake up\b", SUICIDAL_THOUGHTS, L, False),
    # the C-SSRS screener's first question, a wish to be dead or not wake up, as people put it
    p(r"\bwish i (?:would not|did not|could not|do not|will not|would never|never) wake up\b(?! (?:so |too )?(?:late|early|before|at \d))|\bwish i (?:could )?(?:just )?(?:not exist|did not exist|stopped existing|could stop existing|was not here|were not here|was not alive|were not alive|had never been born|was never born|could (?:just )?(?:disappear|vanish)(?: forever| for good)?(?! for a| for the| to | on | into | from | with | at | in | and )|was dead|were dead)\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:thinking|thought|think|dreaming|fantasi[sz]ing|obsessing) (?:about|of) (?:ending (?:it all|my life|(?:things|everything|it)\b(?! with| between| off| at | in (?:my|the|our) ))|killing myself|taking my (?:own )?life)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:disappear|vanish) (?:forever|for good|completely)\b|\bwant to disappear\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:what is|whats) the point (?:of|in) (?:living|life|anything|going on)\b|\bcannot go on\b|\bcannot do this anymore\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:relieved|a relief|relief for (?:them|everyone|everybody|my \w+)|easier for (?:them|everyone|everybody|my \w+)|happier)\b[^.!?]{0,30}\bif i (?:just |was |were |am ){1,2}(?:gone|dead|not (?:here|around|alive)(?: anymore| any more)?|no longer (?:here|around|alive)|not in the picture|disappeared)\b(?! (?:for|on|at|to) (?:the |a |holiday|vacation|work|school|\w+ (?:days?|weeks?|hours?|nights?)))|\bif i (?:was|were) (?:gone|dead|not (?:here|around))\b[^.!?]{0,30}\b(?:relieved|a relief|easier for (?:them|everyone|everybody))\b", SUICIDAL_THOUGHTS, L),
    p(r"\bi am a burden\b|\bburden (?:to|on) (?:everyone|my family|them)\b|\bno way out\b|\btrapped with no\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:so |completely |totally )?hopeless\b|\btired of (?:living|being alive|life)\b|\bnothing (?:to live for|matters anymore)\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:nobody|no one) would (?:even |ever |really )?(?:care|notice|miss me)\b|\bi (?:hate|am sick of) (?:my life|being alive|existing|living)\b", SUICIDAL_THOUGHTS, L),
    p(r"\bi (?:just |really )?(?:want|need) (?:the pain|it all|everything|it) to stop\b|\bi do not care (?:if|whether) i (?:live|die|wake up)\b", SUICIDAL_THOUGHTS, L),
    # ===== harm to others =====
    p(rf"\bi am going to (?:kill|stab|shoot|strangle|murder|hurt) {_THEM} {_NOW}\b|\b(?:kill|stab|shoot|murder) {_THEM} {_NOW}\b", HARM_TO_OTHERS, X),
    p(rf"\bi (?:am going to|will|am about to|have decided to|plan to|am planning to|intend to|swear i will|am gonna) {_HARM_VERB} {_THEM}\b{_NOT_A_JOKE}", HARM_TO_OTHERS, H),
    p(rf"\b(?:i have|made|got) a plan to {_HARM_VERB} {_THEM}\b", HARM_TO_OTHERS, H),
    p(r"\bi (?:will|am going to|am gonna|am) (?:be )?waiting (?:for (?:him|her|them) )?with (?:a|the|my) (?:knife|gun|bat|hammer|axe|machete|blade)\b", HARM_TO_OTHERS, H),
    p(r"\b(?:shoot|shooting) up (?:the|my|a|our) (?:school|office|work|mall|church|mosque|synagogue|temple|class|college|uni)\b|\b(?:bomb|blow up) (?:the|my|our) (?:school|office|work|college)\b", HARM_TO_OTHERS, H),
    p(rf"\b(?:want|wanted|wanting|urge|urges|need|feel like|thinking about|thinking of|fantasi[sz]e about|fantasi[sz]ing about|thoughts (?:of|about)) (?:to )?(?:{_HARM_VERB}|{_HARM_ING}) {_THEM}\b", HARM_TO_OTHERS, M),
    p(r"\b(?:picture|imagine|imagining|picturing|fantasi[sz]e about|fantasi[sz]ing about) (?:\w+ing|hurting|hitting|killing|stabbing) (?:his|her|their|my \w+'?s?) (?:head|face|skull|throat)\b|\b(?:harder|hard) to stop myself\b(?! from (?:eating|crying|laughing|buying|texting))|\b(?:cannot|can not) stop myself from (?:hurting|hitting|attacking) (?:him|her|them|people|someone)\b", HARM_TO_OTHERS, M),
    p(r"\b(?:scared|afraid|worried|terrified) (?:that )?i (?:will|might|could|am going to) (?:hurt|harm|kill|snap and hurt) (?:my|someone|somebody|him|her|them|the baby|people)\b", HARM_TO_OTHERS, M),
    p(rf"\bi could (?:kill|strangle|murder|punch|slap|hit|strangle) {_THEM}\b|\bi am going to (?:kill|murder) {_THEM} (?:if|when|for)\b", HARM_TO_OTHERS, L),
    # ===== abuse: the person at risk from someone else =====
    p(rf"\b{_ABUSER} (?:is|are) (?:outside|here|at the door|at my door|in the house|downstairs|upstairs|coming|on (?:his|her|their) way|back)\b.{{0,30}}\b(?:with|has|got|holding) (?:a |his |her )?(?:knife|gun|weapon|bat|hammer|axe)\b", ABUSE, X, False, False),
    p(rf"\b{_ABUSER} (?:is|are) (?:hitting|beating|choking|strangling|attacking|hurting|kicking|raping) me (?:right )?now\b|\b{_ABUSER} (?:is|are) (?:trying to )?(?:break(?:ing)? (?:in|down (?:the|my|our) (?:\w+ )?door|(?:the|my|our) (?:\w+ )?door (?:down|in))|kick(?:ing)? (?:in |down )?(?:the|my|our) (?:\w+ )?door)\b", ABUSE, X, False, False),
    p(rf"\b{_ABUSER} (?:is going to|will|is gonna) kill me {_NOW}\b|\b(?:he|she) has a (?:knife|gun) (?:to|at|against) my (?:throat|head|neck)\b|\bhiding from (?:him|her|them|my \w+) (?:in|under)\b", ABUSE, X, False, False),
    p(rf"\b{_HITS} me\b.{{0,60}}\b(?:scared|afraid|terrified|frightened|not safe|unsafe)\b|\b(?:scared|afraid|terrified|frightened) (?:to go|of going) (?:back )?home\b.{{0,60}}\b{_HITS} me\b", ABUSE, H, False, False),
    p(r"\b(?:threatened|threatens|threatening|keeps threatening) to kill me\b|\b(?:said|says) (?:he|she|they) (?:would|will|is going to|are going to) kill me\b(?! (?:if|when|for|because|cause|lol|haha))|\b(?:choked|strangled) me\b", ABUSE, H, False, False),
    p(rf"\b{_ABUSER} (?:touches|touched|keeps touching|comes into my room and touches) me\b(?: (?:down there|there|inappropriately|at night|in my (?:bed|room)|when)|.{{0,30}}\bdo not (?:like|want))", ABUSE, H, False, False),
    p(r"\b(?:afraid|scared|terrified) (?:that )?(?:he|she|they|my \w+) (?:will|is going to|might) kill me\b", ABUSE, H, False, False),
    p(r"\b(?:(?:could not|cannot|can not) go (?:to (?:work|school|college|uni)|out)|stay(?:ed)? home|wear(?:ing)? (?:make ?up|sunglasses))\b.{0,40}\bbecause of (?:my|the) (?:face|bruises?|black eye|injuries|marks)\b|\bcover(?:ing)? (?:up )?(?:the|my) (?:bruises|marks|black eye)\b", ABUSE, M, False, False),
    p(rf"\b{_ABUSER} (?:always |keeps |still |sometimes |often |has |had |just |only |usually |has been |would )?{_HITS} me\b(?! (?:up|out|off|back|with (?:a|the) (?:ball|snowball))\b)", ABUSE, M, False, False),
    p(r"\bi am (?:being|getting) (?:abused|beaten|hit|hurt|raped|molested|hit at home)\b|\bi am in an abusive (?:relationship|home|marriage)\b|\bi (?:was|got|have been) (?:raped|sexually assaulted|molested)\b", ABUSE, M, False, False),
    # a threat to kill if the person leaves or tells: among the strongest signs of danger from a partner
    p(r"\bmy (?:\w+ )?(?:husband|wife|partner|boyfriend|girlfriend|bf|gf|ex|fiance|fiancee)\b(?: \w+){0,3}? (?:will|would|is going to|is gonna|said (?:he|she|they) (?:would|will)|says (?:he|she|they) (?:will|would)|swore (?:he|she|they) would|threatened to) (?:actually |really )?kill me if i (?:ever )?(?:leave|left|try to leave|go|break up|tell|call|report)\b", ABUSE, H, False, False),
    # "my sister is going to kill me, I broke her straightener": what the person did is the reason
    p(rf"\b{_ABUSER} (?:is going to|will|is gonna) kill me\b(?! (?:if|when|for|because|cause|lol|haha))(?!,? (?:i|we) (?:just )?(?:broke|lost|forgot|ate|spilled|crashed|dented|borrowed|used|took|ruined|missed|failed|dropped|burnt|burned|scratched|stained|finished|shrank|shrunk)\b)|\b(?:i am|i feel) (?:not safe|unsafe) (?:at home|in my (?:own )?(?:home|house))\b|\bscared (?:to go|of going) (?:back )?home\b", ABUSE, M, False, False),
    p(rf"\b{_ABUSER} (?:controls|checks|tracks|monitors|reads|takes) (?:my|all my) (?:money|phone|messages|texts|location|every move|everything)\b|\b{_ABUSER} (?:does not|will not|would not) let me (?:leave|go out|see|talk to|have)\b|\b{_ABUSER} (?:always )?(?:calls|called) me (?:worthless|stupid|useless|fat|ugly|a whore|a slut)\b|\b{_ABUSER} (?:always |keeps )?(?:yells|screams|shouts) at me\b|\bdomestic (?:violence|abuse)\b", ABUSE, L, False, False),
    # ===== substance emergency =====
    p(rf"\b(?:took|taken|swallowed|had|popped|necked|downed)\b (?:like |about |around |maybe |almost )?(?:{COUNT}|a lot of|a bunch of|loads of|a handful of|handfuls of|too many|so many|all (?:of )?(?:my|the))\b.{{0,30}}\b(?:{_DRUGS}|something|stuff)\b.{{0,40}}\b{_BAD_FEELING}", SUBSTANCE_EMERGENCY, X, False),
    p(rf"\b(?:took|taken|swallowed|had|snorted|injected|did|popped|smoked|used)\b.{{0,40}}\b{_DRUGS}\b.{{0,40}}\b{_SEVERE}", SUBSTANCE_EMERGENCY, X, False),
    p(rf"\b(?:took|taken|swallowed|snorted|injected|did|popped|smoked|used)\b.{{0,40}}\b{_DRUGS}\b.{{0,40}}\b{_BAD_FEELING}", SUBSTANCE_EMERGENCY, M, False),
    p(r"\bi (?:think i )?(?:have |just |might have )?(?:overdosed|am overdosing|took an overdose)\b", SUBSTANCE_EMERGENCY, X, False),
    p(r"\b(?:he|she|they|my (?:\w+ )?(?:friend|mate|brother|sister|dad|mum|mom|partner|boyfriend|girlfriend|roommate)|someone)\b.{0,40}\b(?:took|had|did|snorted|injected|used|overdosed)\b.{0,70}\b(?:not breathing|will not wake up|cannot wake|can not wake|unconscious|passed out and|turning blue|having a seizure|fitting|snoring weird\w*|gurgling|barely breathing)", SUBSTANCE_EMERGENCY, X, False, False),
    p(r"\b(?:mixed|mixing|combined|combining)\b.{0,30}\b(?:xanax|bars|benzos?|valium|pills|opioids?|oxy\w*|methadone|fentanyl|heroin|sleeping pills|painkillers|alcohol|booze|vodka|drinks)\b.{0,15}\b(?:with|and)\b.{0,15}\b(?:alcohol|vodka|booze|drinks|wine|beer|xanax|benzos?|opioids?|pills|coke|heroin)\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\bwithdraw\w*\b.{0,40}\b(?:seizures?|fits?|hallucinat\w*|shaking (?:so bad|uncontrollably)|cannot stop shaking|dts|delirium|confused)\b|\b(?:seizures?|hallucinat\w*|dts|the shakes)\b.{0,40}\bwithdraw\w*", SUBSTANCE_EMERGENCY, H, False),
    p(r"\bi think i (?:took|have taken|had|did) (?:way )?too (?:much|many)\b(?! (?:coffee|caffeine|food|to eat|sugar|time|on|photos|notes))", SUBSTANCE_EMERGENCY, H, False),
    p(rf"\b(?:took|taken|swallowed|popped) (?:way )?too (?:much|many)(?: of (?:my|the|those|these))? (?:{_DRUGS})\b|\b(?:took|taken) (?:way )?too (?:much|many)\s*(?:$|[.!?,])", SUBSTANCE_EMERGENCY, M),
    p(r"\bi am (?:in|going through|having) (?:bad |severe |awful |horrible )?withdrawals?\b|\bwithdrawals? from (?:alcohol|drinking|benzos?|xanax|heroin|opiates|opioids|methadone|oxy\w*|fentanyl|meth|coke)\b|\b(?:quit|quitting|stopped) (?:drinking|benzos?|xanax|valium) cold turkey\b|\bdetox(?:ing)? (?:alone|at home|on my own)\b", SUBSTANCE_EMERGENCY, M),
    p(r"\bi (?:cannot|can not) stop (?:drinking|using)\b|\bi have been (?:drinking|using) (?:for days|all day|nonstop|non stop|since)\b", SUBSTANCE_EMERGENCY, L),
    # ===== panic =====
    p(r"\b(?:having|had|in the middle of|another|full blown|bad|huge) (?:a )?panic attack\b|\bi am (?:having|in) (?:a )?panic\b|\bi am panicking\b|\bhyperventilat\w*", PANIC, M),
    p(r"\b(?:cannot|can not) breathe\b(?! (?:from |because i am |i am )?(?:laughing|lol|lmao|haha))|\b(?:cannot|can not) catch my breath\b|\b(?:cannot|can not) get (?:any |enough )?(?:air|my breath) in\b|\bheart is going (?:crazy|mad|a mile a minute|so fast)\b", PANIC, M),
    p(rf"\bi (?:think|feel like|am scared|am afraid) (?:that )?i am (?:dying|going to {_DIE}|going crazy|going insane|losing (?:my mind|control)|going to pass out)\b|\bmy heart (?:is |keeps )?(?:racing|pounding|beating so fast)\b.{{0,60}}\b(?:breathe|dying|panic|pass out|crazy|scared)", PANIC, M),
    p(r"\b(?:so |really |very |super |extremely |too )(?:anxious|panicky)|\bpanicky\b|\banxiety (?:is|has been) (?:so |really )?(?:bad|awful|through the roof|killing me)\b|\bfreaking out\b|\bpanic attacks?\b", PANIC, L),
    # ===== psychosis and severe dissociation =====
    p(r"\b(?:the )?voices?\b.{0,25}\b(?:tell|tells|telling|told|command|commands|commanding|order|orders|say|says|saying|want|wants)\b.{0,15}\b(?:to|that i should|i should|i have to|i must) (?:hurt|kill|cut|harm|die|end|jump|stab|attack|burn|do it)\b.{0,30}\b(?:now|tonight|right now)\b", PSYCHOSIS, X),
    p(r"\b(?:the )?voices?\b.{0,25}\b(?:tell|tells|telling|told|command|commands|commanding|order|orders|say|says|saying|want|wants)\b.{0,15}\b(?:to|that i should|i should|i have to|i must) (?:hurt|kill|cut|harm|die|end|jump|stab|attack|burn)\b", PSYCHOSIS, H),
    p(r"\b(?:god|the devil|satan|demons?|the spirits?)\b (?:tells|told|is telling|commands|commanded|wants|wanted|orders) me to (?:kill|hurt|die|cut|harm|sacrifice|jump)\b", PSYCHOSIS, H),
    p(r"\b(?:i )?(?:hear|hears|hearing|keep hearing|keeps hearing|can hear|started hearing) voices\b(?! (?:in the|outside|next door|downstairs|upstairs|from (?:the|next)|of (?:my|the)|through the))|\bvoices in my head\b", PSYCHOSIS, M),
    p(r"\b(?:seeing|see|saw) (?:things|people|shadows|figures|bugs) (?:that are not|that were not|nobody else|no one else)\b|\b(?:people|they|someone|everyone|the (?:government|police|neighbou?rs|cia|fbi|mi5))\b (?:are|is) (?:following|spying on|tracking|poisoning|out to get|controlling|reading) (?:me|my)\b", PSYCHOSIS, M),
    p(r"\b(?:the )?(?:tv|television|radio|news) is (?:talking|sending (?:me )?messages|sending signals) (?:to|about) me\b|\b(?:people|voices|presenters?|hosts?|they) on the (?:radio|tv|television|news) (?:are|is) (?:talking|sending (?:me )?messages|sending signals) (?:to|about) me\b|\bsomeone is (?:putting|inserting|stealing) (?:thoughts|my thoughts)\b|\bthoughts (?:are being )?(?:put|inserted) (?:in|into) my head\b", PSYCHOSIS, M),
    p(r"\bi (?:keep )?(?:losing|lost) (?:time|hours|days)\b|\bi (?:do not|no longer) know (?:who|where) i am\b|\bwoke up somewhere (?:and|with) no memory\b", PSYCHOSIS, M),
    p(r"\bnothing (?:feels|seems|is) real\b|\bi (?:feel|am) (?:unreal|detached from (?:my body|reality|myself)|like i am not real|like i am in a dream|outside (?:of )?my body)\b|\bi do not know what is real\b", PSYCHOSIS, L),
    # ===== dangerous risk-taking =====
    p(r"\bi am (?:driving|on the (?:motorway|highway|freeway)|behind the wheel)\b.{0,40}\b(?:drunk|wasted|high|blind drunk|\d{3}|with my eyes closed)\b.{0,30}\b(?:right now|now)\b|\bi am (?:driving|behind the wheel) (?:drunk|wasted|high)(?: right)? now\b", RISK_TAKING, X),
    p(r"\b(?:drove|drive|driving|drives|speeding|sped|rode|ride|riding|walked|walking|ran|lay|lying|stood|standing|played|playing|jumped|climbed|crossed)\b.{0,60}\b(?:drunk|high|wasted|\d{3}|way too fast|flat out|into (?:oncoming )?traffic|the wrong way|wrong side|red lights?|without (?:a |my )?(?:seatbelt|helmet|lights)|eyes closed|on the (?:train )?tracks|on the road|in the road|off the roof|russian roulette|chicken)\b.{0,40}\b(?:on purpose|deliberately|intentionally|hoping (?:i would|to) (?:crash|die|get hit)|did not care (?:if|whether) i (?:crashed|died|lived)|wanted to (?:crash|die|see what happens|feel something))", RISK_TAKING, H, False),
    p(r"\b(?:on purpose|deliberately|intentionally)\b.{0,40}\b(?:drunk|into (?:oncoming )?traffic|red lights?|the wrong way|without (?:a |my )?(?:seatbelt|helmet)|on the (?:train )?tracks|\d{3} (?:on|down))\b|\brussian roulette\b|\bplay(?:ing|ed)? chicken with (?:cars|trains|traffic|a train)\b", RISK_TAKING, H),
    p(r"\b(?:drove|drive|driving|drives) (?:home )?after (?:\w+ )?(?:pints|drinks|beers|shots|bottles)\b|\bif i (?:wrap|crash|crashed|wrapped|die|died|hit)\b.{0,40}\b(?:fine|so be it|whatever|who cares|good riddance|then i do)\b", RISK_TAKING, M),
    p(r"\bi (?:keep|have been|kept|like|love|always) (?:driving|drinking and driving) (?:drunk|way too fast|recklessly|like a maniac)\b|\bi (?:drove|drive|was driving) (?:home )?(?:drunk|wasted|high)\b|\b(?:unprotected sex|sleeping with strangers|hooking up with strangers|getting into fights|picking fights)\b.{0,40}\b(?:to feel|on purpose|do not care|because i do not care)\b", RISK_TAKING, M),
    # ===== medical emergency =====
    p(r"\bchest (?:pain|hurts|is (?:tight|crushing)|tightness|pressure)\b.{0,60}\b(?:arm|jaw|shoulder|numb|tingling|sweat\w*|short of breath|cannot breathe|dizzy|nausea|throwing up)\b|\b(?:arm|jaw) (?:is |feels |went |has gone )?(?:numb|tingling|hurts)\b.{0,60}\bchest\b", MEDICAL_EMERGENCY, X, False),
    p(r"\bi (?:think i )?am having a (?:heart attack|stroke|seizure|fit|allergic reaction)\b|\b(?:my )?(?:throat|tongue|lips) (?:is |are )?(?:closing|closing up|swelling|swollen)\b|\banaphyla\w*|\b(?:face|mouth|smile) (?:is )?droop\w*|\bslurr\w* (?:my )?(?:speech|words)\b|\bcannot (?:move|feel) (?:my )?(?:left|right|one) side\b", MEDICAL_EMERGENCY, X, False),
    p(r"\b(?:he|she|they|my \w+|someone|somebody|the baby)\b (?:is not|are not|is no longer|stopped|has stopped|not) breathing\b|\b(?:will not|cannot|can not) wake (?:him|her|them|my \w+) up\b|\b(?:he|she|they|my \w+) (?:is|are) (?:unconscious|having a (?:heart attack|stroke|seizure|fit))\b|\b(?:lips|face) (?:is |are )?(?:turning |going |gone |went )blue\b", MEDICAL_EMERGENCY, X, False, False),
    p(r"\b(?:his|her|their|my \w+'?s?) (?:breathing|breaths?) (?:is|are|has gone|went|sounds?) (?:really |very |so |super )?(?:slow|shallow|weird|strange|funny|gurgling|rattly|irregular)\b|\b(?:passed out|unconscious|unresponsive)\b.{0,30}\b(?:barely|hardly|not|is not|stopped) (?:breathing|responding)\b|\b(?:snoring|gurgling|breathing) (?:weird|weirdly|strange|strangely|funny)\b.{0,40}\b(?:cannot|can not|will not) wake\b|\b(?:cannot|can not) wake (?:him|her|them|my \w+)\b", MEDICAL_EMERGENCY, X, False, False),
    p(r"\bone side of (?:his|her|their|my) (?:face|smile|mouth|body)\b.{0,20}\b(?:is )?(?:gone|drooping|dropped|fallen|numb|not moving|will not move)\b|\b(?:suddenly )?(?:cannot|can not) (?:find|get out) (?:his|her|their|my) words\b|\b(?:his|her|their|my) (?:speech|words) (?:is|are) (?:suddenly )?slurr\w*", MEDICAL_EMERGENCY, X, False, False),
    p(r"\b(?:coughing|throwing up|vomiting|peeing|pooping) (?:up )?blood\b|\bbleeding (?:heavily|so much|everywhere)\b|\bhit my head\b.{0,40}\b(?:dizzy|confused|throwing up|vomiting|blacked out|passed out|cannot see)\b", MEDICAL_EMERGENCY, H, False),
    p(r"\bchest pain\b|\bmy chest (?:hurts|is (?:tight|killing me))\b|\bi (?:fainted|passed out|keep fainting|keep passing out)\b", MEDICAL_EMERGENCY, M),
)

# Words that, shortly before a phrase, mean it is not the person's own present intent...
NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|without|stop(?:ped)? me from|would not|will not|could never|"
    r"if i ever|what if|hypothetically|imagine if|suppose|in the (?:movie|book|song|show|game)|lyrics?|used to|years ago|recovered from|"
    r"what (?:is|are) the (?:difference|definition|warning signs|signs|risk factors|statistics)|definition of|statistics on|"
    r"(?:for|in) (?:my|a|our) (?:nursing |psychology |medical )?(?:exam|essay|class|course|assignment|thesis|lecture))\b([^.!?;,]{0,25})$"
)
# ...unless a new clause starts between the negation and the phrase ("I'm not okay, I want to...",
# "I don't know why I want to...", "nobody would care if I...").
NEW_CLAUSE = re.compile(r"\b(?:i|but|though|although|and|if|why|because|so|actually)\b")
# Said after a disclosure, these close the conversation the way goodbyes do: a warning sign.
CLOSURE = re.compile(
    r"\b(?:goodbye|bye(?: everyone| all| for now)?|farewell|thanks for (?:listening|everything|being there|trying|being kind)|"
    r"thank you for (?:listening|everything|being there|trying)|it is (?:fine|ok|okay|decided)|i know what i am doing|"
    r"(?:do not|no need to) (?:try to )?(?:talk me out of it|stop me)|it (?:does not|will not) matter(?: anymore)?|"
    r"nothing matters|sorry for (?:everything|dumping|being a burden|bothering you|all this)|this is it|i am ready|"
    r"(?:i have )?made up my mind|my mind is made up|just once (?:will not|would not|does not) matter|doors? (?:is )?(?:shut|locked)|"
    r"it is quiet|i am at peace|i feel (?:calm|peaceful) now|you will not hear from me|forget about me|take care of yourself)\b"
)
# Means mentioned on their own are not a risk; after suicidal thoughts they are preparation.
MEANS_MENTION = re.compile(
    rf"\b(?:bought|buying|got|have|has|found|collected|saved|stockpiled|hoarded|ordered|hidden|hid)\b.{{0,20}}\b{_MEANS}\b"
    rf"|\b{_MEANS}\b.{{0,40}}\b(?:is|are) (?:right )?(?:here|next to me|in my hand|on my (?:desk|bed|lap)|in front of me)\b"
)
WEAPON = re.compile(
    r"\b(?:i have|i have got|i got|got|bought|grabbed|holding|brought|took) (?:a|the|my|his|dad's|a loaded) (?:knife|gun|rifle|pistol|shotgun|machete|panga|axe|bat|hammer)\b"
    r"|\b(?:knife|gun|rifle|pistol|shotgun|machete|panga|axe)\b (?:is|is in|is here|is in the house)\b"
)
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
MEDIA_BREAK = re.compile(
    r"\b(?:and (?:now|then|it|that|i)|but|now|because|cause|so|made me|makes me|after|since|whenever)\b"
    r"|\b(?:is|was) (?:basically|really|actually|kind of|kinda|pretty much) (?:just )?me\b"
)

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
    closure=CLOSURE,
    reported_speech=REPORTED_SPEECH,
    negation_after=re.compile(r"\W{0,2} ?(?:prevention|awareness|rates?|statistics|research|squad|forest|risk assessment|hotline|helpline|noises)\b"),
    prepare=english,
)
