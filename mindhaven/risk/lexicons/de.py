"""German. Patterns run on folded text: umlauts dropped and their ae/oe/ue spellings too
("mochte" for möchte and moechte), ß as ss, dialect negations as "nicht" (nich, ned, net, nimmer).

"Nicht" follows the verb ("ich will nicht sterben"), so first-person patterns are contiguous and
do not match a negated sentence; "ich will nicht mehr leben" carries its own negation and is
risk. Commas open infinitive clauses ("ich habe nicht vor, mich umzubringen"), so the negation
window runs over them.
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
    rewriter,
)

CODE = "de"

_SLANG = [
    (re.compile(r"ae"), "a"),
    (re.compile(r"oe"), "o"),
    (re.compile(r"ue"), "u"),
    (re.compile(r"\b(?:nich|ned|net|nit)\b"), "nicht"),
    (re.compile(r"\bnimmer\b"), "nicht mehr"),
    (re.compile(r"\bhab\b"), "habe"),
    (re.compile(r"\bisch\b"), "ich"),
    (re.compile(r"\bbring\b"), "bringe"),
    (re.compile(r"\bwerd\b"), "werde"),
    (re.compile(r"\bgrad\b"), "gerade"),
    (re.compile(r"\b(?:nen|nem|ner)\b"), lambda m: {"nen": "einen", "nem": "einem", "ner": "einer"}[m.group(0)]),
    (re.compile(r"\bne\b(?= (?:packung|schachtel|schlinge|klinge|pistole|waffe|flasche))"), "eine"),
    (re.compile(r"\bgrade\b"), "gerade"),
    (re.compile(r"\bsteh\b"), "stehe"),
    (re.compile(r"\bsitz\b"), "sitze"),
    (re.compile(r"\bwollt\b"), "wollte"),
    (re.compile(r"\baufm\b"), "auf dem"),
    (re.compile(r"\bhabs\b"), "habe es"),
    (re.compile(r"\btschus+\b"), "tschuss"),
    (re.compile(r"\bibus?\b"), "ibuprofen"),
]


prepare = rewriter(_SLANG)


# "ich sterbe vor Langeweile", "ich will sterben vor Scham": figures of speech.
_HYP = r"(?! vor (?:langeweile|hunger|durst|hitze|kalte|lachen|angst|scham|neugier|sehnsucht|mudigkeit|peinlichkeit|liebe))"
_NOW = r"(?:heute(?: nacht| abend)?|jetzt|gleich|sofort)"
_PILLS = (
    r"(?:tabletten|pillen|schlaftabletten|schmerztabletten|schlafmittel|medikamente|antidepressiva|paracetamol|ibuprofen|"
    r"tramadol|tilidin|diazepam|tavor|lorazepam|zopiclon|insulin|benzos?)"
)
# Poisons people swallow: household products too.
_GIFT = (
    r"(?:gift|rattengift|frostschutzmittel|bleiche|chlorreiniger|abflussreiniger|putzmittel|reinigungsmittel|"
    r"pflanzenschutzmittel|insektizid|pestizid|unkrautvernichter|spiritus|lampenol)"
)
# Someone with the person, in an emergency happening now (not capped as reported speech).
_NAH = (
    r"(?:er|sie|mein (?:vater|papa|opa|bruder|sohn|mann|freund|kumpel|mitbewohner|nachbar|kollege|onkel|baby|kind|partner)|"
    r"meine (?:mutter|mama|oma|schwester|tochter|frau|freundin|mitbewohnerin|nachbarin|kollegin|tante|partnerin)|"
    r"das baby|unser baby|unser kind)"
)
# "die schmerzloseste Methode, sich umzubringen": a method asked for.
_METHODE = r"(?:schmerzlos\w*|sicherste|schnellste|einfachste|beste|sauberste|leichteste) (?:methode|art|weg|moglichkeit)"
# Not a farewell: the person is going to bed, on holiday, will be back.
_BIS_BALD = r"(?![^.!?]{0,40}\b(?:bis (?:morgen|spater|bald|dann|nachher|montag)|gute nacht|schlaf gut|urlaub|ferien|reise|flug|umzug|feierabend|wochenende|bevor ich|ins bett|schlafen)\b)"
_TATER = (
    r"(?:er|sie|mein (?:mann|freund|vater|papa|stiefvater|bruder|ex|onkel|partner|chef|opa)|"
    r"meine (?:frau|freundin|mutter|mama|stiefmutter|schwester|partnerin))"
)
_TUT_MIR = r"(?:schlagt|verprugelt|tritt|bedroht|wurgt|vergewaltigt|missbraucht|misshandelt|schubst|ohrfeigt|schlug|wurgte|trat)"
_GETAN = r"(?:geschlagen|verprugelt|getreten|bedroht|gewurgt|vergewaltigt|missbraucht|misshandelt)"

# A rope for the tent, the washing line, climbing, the dog: not a means.
_ALLTAG = r"(?![^.!?]{0,40}\b(?:zelt\w*|camping|kletter\w*|wascheleine|wasche|hund\w*|boot|segel\w*|umzug|garten|schaukel|turnhalle)\b)"
# The high places people jump from.
_HOCH = r"(?:brucke|gleisen|bahngleisen|schienen|klippen?|dach|hochhaus|kante|dachkante|bahnsteigkante|abgrund|staumauer)"
_ZU = r"(?:zur|zu der|zum|zu den|auf die|auf das|aufs|auf den|an die|an den|bis zur|bis zum|bis zu den)"

PHRASES = (
    # ===== suicidal thoughts and behaviour =====
    # --- imminent ---
    # Attempt under way: a count or a whole pack swallowed, poison drunk, the ligature hung, the edge.
    p(rf"\b(?:ich )?habe (?:gerade |eben |schon |jetzt )?(?:alle|{COUNT}|viele|eine ganze packung|die ganze packung|zwei packungen|2 packungen|drei packungen|3 packungen|zu viele|den ganzen blister|die ganze schachtel|eine ganze schachtel|ein paar packungen) (?:meine |meiner |von meinen |von den )?{_PILLS}\b.{{0,15}}\b(?:genommen|geschluckt|eingeworfen|eingenommen|runtergeschluckt)\b(?![^.!?]{{0,25}}\b(?:wie (?:verschrieben|verordnet|immer|jeden tag)|heute morgen|morgens|abends)\b)", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:ich )?habe (?:gerade |eben |schon |jetzt )?(?:eine ganze packung|die ganze packung|zwei packungen|2 packungen|den ganzen blister|die ganze schachtel|eine ganze schachtel|die ganze dose|alles auf einmal) (?:genommen|geschluckt|eingeworfen)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bich (?:nehme|schlucke) (?:jetzt|gerade|gleich) (?:die ganze packung|{COUNT} (?:meiner |von meinen )?{_PILLS}\b|alle (?:meine )?{_PILLS} auf einmal)", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:ich )?habe (?:gerade |eben |schon |jetzt )?(?:eine flasche |einen schluck |ein glas |etwas |was )?{_GIFT} (?:getrunken|geschluckt|genommen|gegessen)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bich (?:stehe|sitze|bin) (?:gerade |jetzt |hier |schon )?(?:auf|an) (?:der|dem|einer|einem|den) (?:brucke|dach|kante|gleisen|gleis|schienen|bahngleisen|klippe|hochhaus|gelander|bruckengelander|balkongelander|dachkante|abgrund|staumauer|fensterbrett)\b|\b(?:ich )?bin (?:gerade |jetzt )?auf (?:der brucke|dem dach|den gleisen|den schienen)\b|\bich (?:klettere|steige|bin) (?:gerade |schon |jetzt )?uber das (?:gelander|bruckengelander|balkongelander)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bich habe mir (?:gerade |eben )?(?:die|meine) pulsadern? (?:aufgeschnitten|aufgeschlitzt)\b|\bich halte (?:die|das|meine) (?:klinge|rasierklinge|messer|pistole|waffe)\b[^.!?]{0,20}\b(?:an|gegen) (?:meinen|meine|mein) (?:kopf|schlafe|hals|handgelenk|kehle)\b|\b(?:die|meine) (?:pistole|waffe) (?:ist )?(?:geladen und|an meinem kopf|an meiner schlafe)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bdas ist meine letzte nachricht\b|\blebt (?:alle )?wohl\b|\bwenn ihr das lest,? (?:bin ich|lebe ich)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bich (?:bringe|werde) mich {_NOW} (?:um|umbringen)\b|\bheute (?:nacht|abend) (?:bringe ich mich um|mache ich (?:es|schluss))\b", SUICIDAL_BEHAVIOUR, X),
    p(rf"\bdas seil (?:hangt|ist bereit)\b|\b(?:die|meine|alle) {_PILLS} (?:liegen|sind) (?:schon )?(?:vor mir|bereit|neben mir)\b|\bdie schlinge (?:ist |hangt )?(?:fertig|bereit|geknupft|um meinen hals)\b|\bich habe (?:eine|die) schlinge (?:geknupft|gemacht|gebunden)\b|\b(?:das seil|der strick|die schlinge) (?:ist |liegt )?(?:schon )?um meinen hals\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bich habe (?:das|ein|einen|den|meinen|meine|die) (?:seil|strick|gurtel|gurt|kabel|verlangerungskabel|bettlaken)\b[^.!?]{0,20}\b(?:am|ans|an (?:den|die|das|der|dem|einen|einem|einer)|um (?:den|die|das|meinen)|uber (?:den|die|das|dem|einen)) (?:balken|dachbalken|haken|deckenhaken|decke|turklinke|lampe|rohr|heizungsrohr|ast|gelander|treppengelander|hals)\b[^.!?]{0,15}\b(?:gebunden|befestigt|geknotet|gehangt|gelegt|festgemacht|gehangen)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bich blute (?:sehr |so |total )?(?:stark|viel|ohne ende)\b|\bhort nicht auf zu bluten\b", SELF_HARM, X, False),
    # Bleeding after cutting that does not stop.
    p(r"\b(?:geritzt|ritze|ritzen|schnitte?|klinge|rasierklinge|pulsader\w*|handgelenk\w*|unterarm|aufgeschnitten)\b[^.!?]{0,80}\b(?:blut\w*)\b[^.!?]{0,30}\b(?:stark|sehr viel|so viel|wie verruckt|ohne ende|nicht auf|immer weiter|nicht (?:mehr )?(?:zu )?stoppen|nicht gestoppt)", SELF_HARM, X, False),
    # --- high ---
    p(r"\bich werde mich (?:bald |morgen )?(?:umbringen|toten|erhangen|erschiessen|aufhangen)\b|\bich bringe mich (?:bald |morgen )?um\b|\bbringe ich mich um\b|\bich habe (?:mich )?entschieden,? mich umzubringen\b|\bich werde meinem leben ein ende setzen\b|\bich werde (?:es )?(?:beenden|schluss machen)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bich habe einen plan\b.{0,30}\b(?:umzubringen|sterben|toten|selbstmord|suizid)\b|\bich (?:weiss|habe (?:mir )?(?:uberlegt|ausgerechnet|entschieden|festgelegt|herausgefunden|rausgefunden|ausgesucht))(?: schon| jetzt| genau)*,? (?:wie|wann|wo) ich es (?:mache|tue|tun werde|machen werde|machen wurde|tun wurde)\b|\bich habe (?:die|eine|den) (?:richtige|perfekte|passende|geeignete)n? (?:stelle|ort|platz|brucke) (?:zum springen|um zu springen|um es zu tun|zum sterben) (?:gefunden|ausgesucht)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bich habe (?:schon |gerade |heute |jetzt )?(?:einen|meinen) abschiedsbrief (?:geschrieben|verfasst)\b|\bich schreibe (?:gerade )?(?:einen|meinen) abschiedsbrief\b", SUICIDAL_BEHAVIOUR, H),
    # Rehearsal and preparation told without the word "Suizid" (C-SSRS preparatory acts): the
    # means and then how to use it, a noose tied, a fixing tested for weight, the edge visited.
    p(rf"\b(?:ich habe|habe ich|ich habe mir|habe mir)\b.{{0,25}}\b(?:seil|strick|pistole|waffe|gift|{_PILLS})\b{_ALLTAG}[^.!?]{{0,60}}\b(?:plane|geplant|uberlege|uberlegt|weiss|denke daruber nach|nachgedacht|ausgerechnet|ube|geubt)(?: schon| jetzt| genau)*,? (?:wie|wann|wo) ich (?:es|sie|ihn|das) (?:benutze|benutzen werde|verwende|verwenden werde|mache|machen werde|tue|tun werde|nehme|nehmen werde)\b(?! (?:fur|beim|zum|im|am)\b)", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bich (?:habe|hab) (?:\w+ ){0,2}?(?:eine|die|einen) (?:schlinge|galgenknoten|henkersknoten) (?:\w+ )?(?:geknupft|gemacht|gebunden|geknotet|geubt)\b|\bich (?:ube|habe geubt|habe gelernt|lerne),? (?:eine |einen )?(?:schlinge|galgenknoten|henkersknoten) zu (?:knupfen|binden|machen)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:ich habe (?:getestet|gepruft|ausprobiert|geschaut|nachgeschaut|kontrolliert|gecheckt)|ich (?:teste|prufe)|ich wollte (?:sehen|testen|wissen)|um zu (?:sehen|testen)),? (?:ob|dass) (?:der|die|das|mein|meine) (?:balken|dachbalken|rohr|heizungsrohr|haken|deckenhaken|gelander|treppengelander|ast|stange|turrahmen|lampenhaken|seil|gurtel|kabel|strick)\b[^.!?]{0,30}\b(?:mein gewicht|mich) (?:halt|halten wurde|aushalt|aushalten wurde|tragt|tragen wurde|hielte|aushielte)\b(?![^.!?]{0,40}\b(?:schaukel|hangematte|klimm\w*|boxsack|sandsack|pflanze\w*|regal|fernseher|tv|spiegel|fahrrad|kajak|klettern|fur die kinder)\b)", SUICIDAL_BEHAVIOUR, H, False),
    # Going to a high place or the tracks and staying there looking down: an interrupted or aborted
    # act. German puts the object first ("auf die Boote runtergeschaut"): boats and views in the gap.
    p(rf"\bich (?:bin|war|ging|fuhr|lief|gehe|fahre|laufe|kletterte|stieg)\b(?: \w+){{0,3}}? {_ZU} {_HOCH}\b(?:(?!\b(?:boote?n?|schiffe?n?|aussicht|stadt|lichter|sonnenuntergang|feuerwerk|verkehr|autos|umzug|enten|schwane|fische|leute|fotos?)\b)[^.!?]){{0,60}}\b(?:runtergeschaut|runtergeguckt|runtergesehen|runtergestarrt|hinuntergeschaut|hinuntergestarrt|nach unten (?:geschaut|gesehen|gestarrt|geguckt)|in die tiefe (?:geschaut|gestarrt|gesehen|geguckt)|starre nach unten|schaue nach unten|(?:ware|bin) (?:fast|beinahe) gesprungen|ans springen gedacht|uber(?:s| das) springen nachgedacht|wollte springen|habe (?:mich )?nicht getraut|bin nicht gesprungen)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\bich (?:fahre|gehe|laufe|radle) (?:immer wieder|standig|dauernd|jeden (?:abend|tag)|jede nacht|oft) {_ZU} {_HOCH}\b[^.!?]{{0,25}}\b(?:sitze|stehe|setze mich|bleibe)\b(?![^.!?]{{0,30}}\b(?:angeln|lesen|rauchen|zeichnen|picknick\w*|mit (?:freunden|kumpels))\b)", SUICIDAL_BEHAVIOUR, M, False),
    p(rf"\b(?:ich habe|habe ich) (?:schon |jetzt |auch )?(?:das|ein|einen|die) (?:seil|strick|pistole|waffe|gift|tabletten)\b{_ALLTAG}|\bich habe {_PILLS} (?:gesammelt|gehortet|gekauft)\b|\bich sammle {_PILLS}\b|\bhabe (?:ein seil|einen strick) gekauft\b{_ALLTAG}", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:mir geht'?s gut|mir geht es gut|alles gut|alles ok|keine sorge|mach dir keine sorgen|ich bin ok)\b.{{0,40}}\b(?:eigentlich|ehrlich gesagt|in wahrheit|na gut)\b.{{0,30}}\b(?:habe ich|ich habe)\b.{{0,25}}\b(?:seil|strick|{_PILLS}|pistole|waffe|klingen?|rasierklingen?|gift)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bich habe (?:schon (?:mal|einmal) )?versucht,? mich umzubringen\b|\bselbstmordversuch\b|\bsuizidversuch\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bwie viele {_PILLS} (?:braucht man|brauche ich),? um zu sterben\b|\b(?:todliche|letale) dosis\b|\bwie bringe ich mich um\b|\bschmerzlos(?:e|este)? (?:art|methode|weg) zu sterben\b", SUICIDAL_BEHAVIOUR, H, False),
    # Methods and doses asked for, whatever the frame (roleplay, "rein hypothetisch", "fur eine
    # Geschichte", "fur einen Freund"): at least moderate; high with the person's own means or intent.
    p(rf"\bwie viele?\b[^.!?]{{0,10}}\b(?:von )?(?:meinen|meiner|meine) {_PILLS}\b[^.!?]{{0,20}}\b(?:brauchte|braucht|brauche|reichen|reicht|muss|musste)\b[^!]{{0,80}}\b(?:sterben|sterbe|tot|nicht mehr aufwach\w*|nicht mehr aufzuwachen|umbringen|todlich|fur immer einschlafen)|\b(?:wie viele?|ab (?:welcher (?:menge|dosis|anzahl)|wie vielen?|wieviel(?:en)?)|welche dosis)\b[^.!?]{{0,40}}\b(?:brauchte|braucht|brauche|reichen|reicht|stirbt|sterben|tot|todlich) (?:man|ich|ein mensch|jemand|ist|sind)?\b[^!]{{0,60}}\bich (?:will|mochte|wurde gerne|wurde am liebsten)\b[^.!?]{{0,30}}\b(?:nicht mehr aufwachen|sterben|tot sein|mich umbringen)\b|\b{_METHODE},? (?:mich umzubringen|mich zu toten|mir das leben zu nehmen|mich aufzuhangen)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\bab (?:welcher (?:menge|dosis|anzahl)|wie vielen?|wieviel(?:en)?)\b[^.!?]{{0,40}}\b(?:stirbt|tot|todlich|sterben|letal)\b|\bwie viele?\b[^.!?]{{0,40}}\b(?:braucht|brauchte|brauchen) (?:man|ein mensch|jemand|ein erwachsener)\b[^.!?]{{0,20}}\b(?:um zu sterben|zum sterben|damit man stirbt|fur eine uberdosis|todlich)\b|\b{_METHODE},? (?:sich umzubringen|sich zu toten|sich das leben zu nehmen|sich aufzuhangen|zu sterben|fur (?:einen )?(?:suizid|selbstmord))\b|\bwie (?:bringt man sich|erhangt man sich|totet man sich)\b", SUICIDAL_BEHAVIOUR, M, False, False),
    p(r"\bich verschenke (?:all )?meine sachen\b", SUICIDAL_BEHAVIOUR, H),
    # Preparatory acts and indirect warning signs: goodbyes, letters, belongings, a date, means gathered.
    p(rf"\b(?:ich )?(?:wollte|will|mochte|wurde gern|wurde gerne)\b(?: mich| euch| dir| einfach| nur| noch| allen| auch)* (?:nur noch|ein letztes mal|fur immer|zum letzten mal)\b[^.!?]{{0,25}}\b(?:tschuss|lebewohl|auf wiedersehen|adieu|goodbye|bye|servus|ade) sagen\b{_BIS_BALD}|\bich (?:wollte|will|mochte) mich (?:nur noch|ein letztes mal|fur immer|zum letzten mal|noch ein letztes mal)\b[^.!?]{{0,20}}\bverabschieden\b{_BIS_BALD}|\bich verabschiede mich (?:hiermit )?(?:fur immer|endgultig|ein letztes mal|von euch allen fur immer)\b|\b(?:tschuss|lebewohl|adieu|goodbye) fur immer\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:ich habe|habe ich) (?:schon |gerade |heute |jetzt )?(?:briefe|abschiedsbriefe|letzte briefe|abschiedsnachrichten|ein abschiedsvideo) (?:an|fur) (?:alle|jeden|meine (?:familie|eltern|kinder|freunde|liebsten)|die (?:familie|menschen, die ich liebe))\b|\b(?:mein|der) abschiedsbrief (?:ist fertig|liegt|ist geschrieben)\b|\bich habe (?:schon |jetzt )?(?:meinen nachlass|meine beerdigung|alles fur (?:danach|meine beerdigung|die zeit nach mir)) (?:geregelt|geplant|organisiert|vorbereitet)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bich (?:verschenke|verteile) (?:all(?:e)? |jetzt |gerade )*(?:meine |meine ganzen )(?:sachen|habseligkeiten|besitztumer|lieblingssachen)\b(?! (?:an (?:die|das) (?:caritas|rote kreuz|kleiderkammer|sozialkaufhaus)|wegen|vor dem umzug|beim umzug|zum umzug))|\bich habe (?:schon )?(?:all(?:e)? )?meine (?:ganzen )?(?:sachen|habseligkeiten|lieblingssachen|besitztumer) (?:verschenkt|weggegeben|verteilt)\b|\bwer (?:kummert sich|passt)\b[^.!?]{0,30}\b(?:auf|um) (?:meine|meinen|mein) (?:katze|kater|hund|kinder|haustiere?|tiere|pflanzen)\b[^.!?]{0,20}\bwenn ich (?:nicht mehr (?:da|hier) bin|tot bin|sterbe|weg bin)\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bich (?:sammle|horte|bunkere)\b(?: \w+){{0,4}} {_PILLS}\b|\b(?:ich habe|habe ich)\b(?: \w+){{0,5}} {_PILLS}\b(?: \w+){{0,3}} (?:gesammelt|gehortet|gebunkert|beisammen|zur seite gelegt|beiseite gelegt|aufgespart|angespart)\b|\b(?:genug|genugend) {_PILLS}\b[^.!?]{{0,30}}\bum (?:zu sterben|es zu (?:tun|beenden)|nicht mehr aufzuwachen|mich umzubringen)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:alle|sie alle|die ganze packung|alle {_PILLS}) auf einmal (?:nehmen|schlucken)\b|\bnehme ich (?:sie |die {_PILLS} )?alle (?:auf einmal|zusammen)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bnach (?:den|dem|der|meinem|meiner) (?:prufungen?|abi|abitur|ergebnissen|zeugnis\w*|noten|klausuren?|geburtstag|weihnachten|hochzeit|beerdigung|feiertagen)\b[^.!?]{0,30}\b(?:bringe ich mich um|mache ich schluss mit (?:allem|dem leben|meinem leben)|beende ich (?:es|alles|mein leben)|nehme ich (?:sie |die tabletten )?alle|springe ich|bin ich nicht mehr da|bin ich weg fur immer)|\bich habe (?:mir )?(?:einen tag|ein datum|den tag|das datum) (?:ausgesucht|festgelegt|gewahlt)\b[^.!?]{0,30}\b(?:fur (?:meinen tod|mein ende|es|den suizid)|an dem ich (?:sterbe|es tue|mich umbringe))", SUICIDAL_BEHAVIOUR, H),
    p(r"\bich habe\b[^.!?]{0,20}\b(?:gegoogelt|gegooglet|recherchiert|nachgelesen|nachgeschaut|gesucht|gelesen)\b[^.!?]{0,40}\b(?:wie man sich umbringt|wie man sich (?:erhangt|toten kann)|(?:wie viele|welche|wieviel)\b[^.!?]{0,30}\b(?:todlich|letal)|letale dosis|todliche dosis|suizidmethoden|selbstmordmethoden|schmerzlos (?:sterben|zu sterben)|wie lange es dauert,? bis man (?:stirbt|erstickt|verblutet|tot ist))", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bich werde mich (?:heute |jetzt )?(?:ritzen|schneiden|verletzen|verbrennen)\b|\btiefe schnitte\b|\bmuss genaht werden\b", SELF_HARM, H),
    # --- moderate ---
    p(rf"\bich (?:will|mochte|wurde (?:so )?gerne|wurde am liebsten|will einfach|will einfach nur|will nur noch|mochte einfach nur|mochte nur noch) (?:sterben|tot sein|mich umbringen|mich toten|mir das leben nehmen)\b{_HYP}", SUICIDAL_THOUGHTS, M),
    p(r"\bmich (?:selbst )?(?:umbringen|umzubringen|toten|zu toten)\b|\bmir das leben (?:zu )?nehmen\b|\b(?:selbstmord|suizid)(?!rate|raten|pravention|forschung|statistik|zahlen|quote|hotline|telefon|beratung|-?pravention)\w*", SUICIDAL_THOUGHTS, M),
    p(r"\bich (?:will|mochte|kann) (?:einfach |eigentlich |wirklich |echt |ehrlich gesagt )?nicht mehr (?:leben|da sein|existieren|weiterleben)\b|\bkeinen grund (?:mehr )?zu leben\b|\bich (?:will|mochte) (?:heute nacht|heute abend|heute|morgen) (?:einfach |nur noch |nur )?(?:einschlafen und )?nicht mehr aufwachen\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\b(?:alle|meine familie|jeder|die welt|ihr) (?:waren|ware|wart) (?:ohne mich )?besser dran(?: ohne mich)?\b|\bes ware besser,? wenn ich (?:tot ware|nicht mehr da ware|nicht mehr lebe)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:von (?:der|einer) brucke|vom dach|vom hochhaus|aus dem fenster) (?:springen|zu springen)\b|\bvor (?:den|einen) (?:zug|bus|lkw|auto) (?:springen|werfen|zu springen)\b|\bmich (?:erhangen|aufhangen|erschiessen|vor den zug werfen)\b|\bpulsadern aufschneiden\b", SUICIDAL_THOUGHTS, M),
    # --- low ---
    p(r"\b(?:(?:waren|ware|wurden|wurde) (?:alle |so |total |echt |sicher |bestimmt )?(?:erleichtert|froher|glucklicher)|ware (?:es |das )?(?:fur (?:alle|jeden|sie|meine \w+|meinen \w+) )?(?:eine (?:grosse )?erleichterung|einfacher|leichter)(?: fur (?:alle|jeden|sie|meine \w+|meinen \w+))?)\b,?[^.!?]{0,30}\b(?:wenn ich (?:nicht (?:mehr )?(?:da|hier|am leben)|weg|tot) ware\b|wenn ich (?:nicht mehr lebte|sterben wurde|verschwinden wurde|verschwunden ware|nicht mehr existieren wurde)\b)|\b(?:wenn ich (?:nicht (?:mehr )?(?:da|hier|am leben)|weg|tot) ware\b|wenn ich (?:nicht mehr lebte|sterben wurde|verschwinden wurde|verschwunden ware|nicht mehr existieren wurde)\b),?[^.!?]{0,30}\b(?:(?:waren|wurden) (?:alle |so |total |echt |sicher |bestimmt )?(?:sie |alle )?erleichtert|ware (?:es|das) (?:fur (?:alle|jeden|sie) )?eine (?:grosse )?erleichterung)\b", SUICIDAL_THOUGHTS, L),
    p(r"\bich kann nicht mehr\b(?! (?:leben|schlafen|essen|warten|atmen))|\bich will nicht mehr\b(?! (?:leben|da sein|existieren|weiterleben))|\bich (?:mochte|will) (?:einfach )?verschwinden\b|\bich bin (?:nur )?eine last\b|\bhat (?:alles )?keinen sinn mehr\b|\bdas leben hat keinen sinn\b|\bich wunschte,? ich ware (?:tot|nie geboren)\b|\b(?:nie wieder|nicht mehr) aufwachen\b|\bhoffnungslos\b|\bniemand wurde mich vermissen\b|\bich hasse mein leben\b|\blebensmude\b", SUICIDAL_THOUGHTS, L, False),
    p(r"\b(?:ich wunschte|wunschte ich),? ich (?:ware|wurde)\b(?: \w+){0,3} (?:tot|nie geboren|nicht (?:mehr )?(?:da|am leben|existieren|aufwachen|geboren))\b|\bwunschte,? ich (?:konnte|konnte einfach) (?:verschwinden|einschlafen und nicht mehr aufwachen)\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:denke|dachte|denken|nachdenken)\b(?: \w+){0,3} (?:daran|daruber),? (?:alles zu beenden|mein leben zu beenden|mich umzubringen|mir das leben zu nehmen|schluss zu machen|nicht mehr zu leben)\b(?!,? (?:was|das|den|die|mit)\b)", SUICIDAL_THOUGHTS, M),
    # --- self-harm, moderate ---
    p(r"\bich ritze mich\b|\bich habe mich (?:(?:heute|gestern|wieder|schon|erneut|nochmal|gerade|eben|letzte nacht|heute nacht|heute abend) ){0,3}geritzt\b|\bmich (?:wieder )?(?:zu )?ritzen\b|\britzen\b|\bselbstverletz\w*|\bsvv\b|\bich verletze mich (?:selbst|absichtlich)\b|\bmich selbst (?:zu )?verletzen\b|\bich schneide mich\b|\bich habe mich (?:absichtlich|selbst|wieder) (?:verletzt|geschnitten|verbrannt)\b", SELF_HARM, M),
    # ===== self-poisoning, dying by refusing food and water, eating-disorder self-harm =====
    p(r"\bmich (?:zu )?vergiften\b|\bvergifte ich mich\b|\bich vergifte mich\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\b(?:{_GIFT}|chemikalien|haushaltschemikalien)\b[^.!?]{{0,25}}\b(?:trinken|schlucken|nehmen|essen|trinke|schlucke)\b[^.!?]{{0,30}}\b(?:um zu sterben|um mich umzubringen|damit ich sterbe|und sterben|bis ich sterbe|nicht mehr aufwachen)\b", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(rf"\b(?:welche[sr]?|wie ?viel)\b[^.!?]{{0,40}}\b(?:{_GIFT}|chemikalien|haushaltschemikalien|haushaltsmittel)\b[^.!?]{{0,40}}\b(?:todlich|umbringen|bringt mich um|wurde mich (?:umbringen|toten)|um zu sterben|mich (?:zu )?vergiften)\b", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(r"\b(?:aufhoren zu|hore auf zu|hor auf zu|nicht mehr|nichts mehr|verweigere (?:das|jedes)?)\b ?(?:essen|trinken)\b[^.!?]{0,40}\b(?:bis ich (?:sterbe|tot bin)|um zu sterben|bis zum tod|damit ich sterbe)\b|\bmich (?:zu tode hungern|verhungern lassen|verdursten lassen)\b|\b(?:will|werde) (?:mich )?(?:zu tode )?(?:verhungern|verdursten)\b", SUICIDAL_BEHAVIOUR, H),
    # Eating disorder (self-harm, moderate).
    p(r"\bmich (?:zum )?(?:erbrechen|ubergeben|kotzen) (?:bringen|zwingen)\b|\bbringe mich\b[^.!?]{0,25}\bzum (?:erbrechen|kotzen|ubergeben)\b|\b(?:finger|zahnburste) in den hals\b|\bmich (?:selbst )?aushungern\b|\bhungere mich aus\b|\b(?:erbreche|kotze|ubergebe) (?:mich )?(?:absichtlich|mit absicht|nach jedem essen)\b", SELF_HARM, M),
    p(r"\babfuhrmittel\b[^.!?]{0,40}\b(?:abnehmen|gewicht|kalorien|dunn|nicht zunehmen|nach dem essen)\b|\b(?:abnehmen|nicht zunehmen)\b[^.!?]{0,30}\babfuhrmittel\b|\b(?:magersuchtig|bulimisch|anorektisch|essgestort) (?:werden|sein)\b|\b(?:magersucht|bulimie|eine essstorung) (?:bekommen|kriegen|entwickeln)\b|\bwie werde ich (?:magersuchtig|bulimisch)\b|\b(?:meine (?:essstorung|magersucht|bulimie)|dass ich (?:nichts esse|erbreche|kotze)) (?:verstecken|verheimlichen)\b|\b(?:pro-ana|proana|pro ana|thinspo)\b", SELF_HARM, M),
    p(r"\b(?:esse|essen|nur|maximal|hochstens|unter|weniger als)\b(?: \w+){0,2}? (?:[1-7]\d{2}|[1-9]\d?) (?:kalorien|kcal) (?:am tag|pro tag|taglich)\b", SELF_HARM, M),
    # ===== harm to others =====
    p(rf"\bich (?:bringe|werde) (?:ihn|sie|den|die|meinen \w+|meine \w+) {_NOW} (?:um|umbringen)\b", HARM_TO_OTHERS, X),
    p(r"\bich bringe (?:ihn|sie|den|die|meinen \w+|meine \w+|jemanden) um\b(?!,? (?:wenn|falls)\b)|\bich werde (?:ihn|sie|jemanden|meinen \w+|meine \w+) (?:umbringen|toten|abstechen|erschiessen)\b(?!,? (?:wenn|falls)\b)", HARM_TO_OTHERS, H),
    p(r"\bich (?:will|mochte|wurde am liebsten) (?:ihn|sie|jemanden|meinen \w+|meine \w+) (?:umbringen|toten|verletzen|schlagen|abstechen)\b|\bich (?:will|mochte) (?:ihm|ihr|jemandem) (?:wehtun|weh tun|was antun|etwas antun)\b|\bangst,? (?:dass ich )?(?:meinem baby|meinem kind|jemandem) (?:etwas|was) an(?:zu)?tun\b", HARM_TO_OTHERS, M),
    p(r"\bich konnte (?:ihn|sie) umbringen\b", HARM_TO_OTHERS, L),
    # ===== abuse =====
    p(rf"\b(?:{_TATER} )?(?:ist|steht) (?:draussen|vor der tur|hier|im haus|unten|auf dem weg)\b.{{0,30}}\bmit (?:einem|einer) (?:messer|waffe|pistole|axt|baseballschlager)\b", ABUSE, X, False, False),
    p(r"\b(?:er|sie) (?:schlagt|wurgt|verprugelt) mich (?:gerade|jetzt)\b|\b(?:er|sie) (?:tritt|bricht|hammert) (?:gerade )?(?:die|gegen die) tur\b|\b(?:er|sie) versucht,? (?:die tur aufzubrechen|reinzukommen)\b|\b(?:er|sie) bringt mich (?:heute|jetzt) um\b", ABUSE, X, False, False),
    p(rf"\b(?:{_TUT_MIR} mich|hat mich {_GETAN})\b.{{0,60}}\b(?:angst|traue mich nicht|nicht sicher)\b|\bangst,? nach hause zu gehen\b.{{0,60}}\b(?:{_TUT_MIR} mich|hat mich {_GETAN})\b", ABUSE, H, False, False),
    p(r"\b(?:hat|droht|drohte) (?:mir )?(?:gedroht,? )?,? ?mich umzubringen\b|\bhat mich gewurgt\b|\bich habe angst,? dass (?:er|sie) mich umbringt\b", ABUSE, H, False, False),
    p(rf"\b{_TATER} (?:fasst|fasste|beruhrt|beruhrte) mich\b.{{0,30}}\b(?:an|unten|nachts|da an|im bett)\b", ABUSE, H, False, False),
    p(rf"\b{_TATER} (?:{_TUT_MIR}) mich\b|\b{_TATER} hat mich {_GETAN}\b|\bich werde (?:zu hause )?(?:geschlagen|misshandelt|missbraucht|vergewaltigt)\b|\bich wurde vergewaltigt\b", ABUSE, M, False, False),
    p(r"\bich fuhle mich zu hause nicht sicher\b|\bangst,? nach hause zu gehen\b", ABUSE, M, False, False),
    p(rf"\b{_TATER} (?:kontrolliert (?:mein handy|mein geld|alles)|lasst mich nicht (?:raus|weg|allein)|schreit mich (?:immer |standig )?an|beleidigt mich|demutigt mich)\b|\bhausliche gewalt\b", ABUSE, L, False, False),
    # ===== substance emergency =====
    p(rf"\bich habe\b.{{0,30}}\b(?:{COUNT}|viele|zu viele|eine ganze packung|alle)\b.{{0,20}}\b(?:{_PILLS}|drogen|irgendwas|teile|pappen)\b.{{0,20}}\b(?:genommen|geschluckt|gezogen)\b.{{0,40}}\b(?:fuhle mich (?:komisch|seltsam|schlecht)|mir ist (?:komisch|schlecht|schwindelig)|kann nicht (?:mehr )?atmen|herz rast|muss mich ubergeben)", SUBSTANCE_EMERGENCY, X, False),
    p(r"\bich (?:glaube,? ich )?habe (?:eine )?uberdosis\b|\buberdosis genommen\b", SUBSTANCE_EMERGENCY, X, False),
    p(r"\b(?:er|sie|mein freund|meine freundin)\b.{0,40}\b(?:genommen|geschluckt|gespritzt)\b.{0,40}\b(?:atmet nicht|wacht nicht (?:mehr )?auf|bewusstlos|krampft)", SUBSTANCE_EMERGENCY, X, False, False),
    p(rf"\b(?:alkohol|{_PILLS}|drogen) (?:mit|und) (?:alkohol|{_PILLS}|drogen) gemischt\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\bentzug\b.{0,40}\b(?:krampf\w*|zitter\w*|halluzin\w*|delir\w*)\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\bich bin (?:im|auf) (?:kaltem )?entzug\b|\bkalter entzug\b", SUBSTANCE_EMERGENCY, M),
    # ===== panic =====
    p(r"\bich habe (?:gerade )?(?:eine )?panikattacke\b|\bpanikattacke\b|\bich (?:kriege|bekomme) keine luft\b|\bich kann nicht (?:mehr )?atmen\b|\bmein herz rast\b.{0,40}\b(?:luft|atmen|sterben|angst|panik)|\bich habe (?:das gefuhl|angst),? (?:dass )?ich (?:sterbe|sterben muss|verruckt werde)\b", PANIC, M, False),
    p(r"\bich habe (?:so |solche |total )?angst\b|\bpanikattacken\b|\bich bin (?:so |total )?(?:angstlich|panisch)\b", PANIC, L),
    # ===== psychosis =====
    p(r"\b(?:die )?stimmen (?:sagen|befehlen|wollen)\b.{0,20}\b(?:ich soll|mir,? ich soll|dass ich)\b.{0,20}\b(?:mich umbringen|mich verletzen|mich ritzen|sterben|toten|umbringen|springen)\b.{0,20}\b(?:jetzt|heute)\b", PSYCHOSIS, X),
    p(r"\b(?:die )?stimmen (?:sagen|befehlen|wollen)\b.{0,20}\b(?:ich soll|mir,? ich soll|dass ich)\b.{0,20}\b(?:mich umbringen|mich verletzen|mich ritzen|sterben|toten|umbringen|springen)\b", PSYCHOSIS, H),
    p(r"\bich hore stimmen\b|\bstimmen in meinem kopf\b|\bich sehe (?:dinge|leute|schatten),? die (?:nicht da sind|sonst niemand sieht)\b|\b(?:man|jemand) (?:verfolgt|beobachtet|vergiftet|uberwacht) mich\b|\bich werde (?:verfolgt|uberwacht|vergiftet)\b|\bich weiss nicht,? wo ich bin\b", PSYCHOSIS, M),
    p(r"\bnichts fuhlt sich (?:mehr )?(?:echt|real) an\b|\bich fuhle mich (?:unwirklich|wie im traum|nicht (?:echt|real))\b|\bneben mir stehen\b", PSYCHOSIS, L),
    # ===== risk-taking =====
    p(r"\bich fahre (?:gerade )?(?:betrunken|besoffen|mit \d{3})\b", RISK_TAKING, X),
    p(r"\b(?:bin|fuhr|ich bin)\b.{0,60}\b(?:betrunken|besoffen|mit \d{3}|\d{3} (?:auf der autobahn|km/?h)|ohne gurt|ohne helm|mit geschlossenen augen|uber rot|als geisterfahrer)\b.{0,40}\b(?:absichtlich|mit absicht|extra|bewusst|in der hoffnung)\b|\b(?:absichtlich|mit absicht|extra)\b.{0,40}\b(?:betrunken|besoffen|mit \d{3}|ohne gurt|uber rot)\b.{0,40}\bgefahren\b", RISK_TAKING, H, False),
    p(r"\bich bin (?:betrunken|besoffen) (?:auto )?gefahren\b", RISK_TAKING, M),
    # ===== medical emergency =====
    p(r"\b(?:(?:starke |heftige )?schmerzen in der brust|brustschmerzen|druck auf der brust|engegefuhl in der brust)\b.{0,60}\b(?:arm|kiefer|schulter|taub|kribbel\w*|schweiss\w*|atemnot|keine luft)\b|\b(?:arm|kiefer) (?:ist |wird )?(?:taub|kribbelt)\b.{0,60}\bbrust", MEDICAL_EMERGENCY, X, False),
    p(r"\bich (?:glaube,? ich )?(?:habe|kriege|bekomme) (?:gerade )?(?:einen herzinfarkt|einen schlaganfall|einen anfall)\b|\bmein hals schwillt zu\b|\banaphylakti\w*", MEDICAL_EMERGENCY, X, False),
    # Happening to someone with the person, now: an emergency, not reported speech.
    p(rf"\b{_NAH} (?:hat|klagt uber|bekommt|kriegt) (?:(?:starke|heftige|furchtbare|schlimme|extreme|krasse|solche) )?(?:brustschmerzen|schmerzen in der brust|druck auf der brust|ein engegefuhl in der brust|stechen in der brust)\b[^.!?]{{0,80}}\b(?:atmen|atmet|luft|atemnot|arm|kiefer|schweiss\w*|blass|grau|bricht zusammen|kippt um|erbricht|ubergibt)", MEDICAL_EMERGENCY, X, False, False),
    p(rf"\b{_NAH} (?:atmet nicht(?: mehr)?|atmet kaum(?: noch)?|ist bewusstlos|ist ohnmachtig|wacht nicht (?:mehr )?auf\b(?! (?:morgens|fruh|rechtzeitig|vor|wenn|fur))|reagiert nicht mehr\b(?! auf)|krampft|hat einen krampfanfall|hat (?:gerade )?(?:einen herzinfarkt|einen schlaganfall|einen herzstillstand|eine uberdosis)\b(?! gehabt| erlitten))\b|\bich (?:kriege?|bekomme?) (?:ihn|sie|es|das baby) nicht (?:mehr )?wach\b|\bblaue lippen\b", MEDICAL_EMERGENCY, X, False, False),
    p(rf"\b(?:sein|ihr) (?:gesicht|mund|mundwinkel) (?:hangt|ist (?:schief|verzogen|gelahmt))\b|\b{_NAH} (?:kann nicht (?:mehr )?(?:sprechen|reden)|lallt|redet wirr|hat einen schiefen mund)\b[^.!?]{{0,60}}\b(?:arm|gesicht|mund|seite|taub|gelahmt|schlaganfall)", MEDICAL_EMERGENCY, X, False, False),
    p(rf"\b{_NAH} (?:bekommt|kriegt) keine luft(?: mehr)?\b(?! vor lachen)|\b(?:die blutung|es blutet|das blut|blutet)\b[^.!?]{{0,30}}\b(?:hort nicht auf|nicht (?:mehr )?zu stoppen|lasst sich nicht stoppen|immer weiter|ohne ende)\b|\bich (?:kriege|bekomme|kann) die blutung nicht (?:gestoppt|stoppen)\b", MEDICAL_EMERGENCY, H, False, False),
    p(r"\bich (?:huste|spucke|erbreche|kotze) blut\b", MEDICAL_EMERGENCY, H, False),
    p(r"\bbrustschmerzen\b|\bschmerzen in der brust\b|\bich bin (?:umgekippt|ohnmachtig geworden)\b", MEDICAL_EMERGENCY, M),
)

NEGATION = re.compile(
    r"\b(?:nicht|nie|niemals|kein|keine|keinen|keiner|niemand|ohne|was ware,? wenn|hypothetisch|angenommen|"
    r"stell dir vor|im (?:film|lied|song|buch))\b([^.!?;]{0,25})$"
)
NEW_CLAUSE = re.compile(r"\b(?:ich|aber|doch|und|weil|wenn|warum|dass|obwohl|sondern|eigentlich|ehrlich gesagt)\b")
OTHER_PERSON = re.compile(
    r"\b(?:er|sie|jemand|mein (?:freund|bruder|vater|papa|sohn|kumpel|partner|cousin|mitbewohner)|"
    r"meine (?:freundin|schwester|mutter|mama|tochter|partnerin|cousine|mitbewohnerin)|ein freund|eine freundin)\b([^.!?;]{0,40})$"
)
SELF = re.compile(r"\b(?:ich|mich|mir|mein|meine|meinen|meinem|meiner)\b")
FIRST_PERSON = re.compile(r"\bich\b")
# "fur ein Buch: wie viele Tabletten..." asks for the story's sake: a request, not a quotation.
MEDIA = re.compile(
    r"(?<!fur ein )(?<!fur eine )(?<!fur einen )(?<!fur mein )(?<!fur meine )(?<!fur meinen )(?<!fur das )(?<!fur den )(?<!fur die )"
    r"\b(?:lied|song|songtext|liedtext|film|serie|buch|roman|spiel|gedicht|zitat|meme|tiktok|video|anime|manga|figur|"
    r"charakter|singt|sanger\w*|folge|episode|strophe|refrain|rapper|szene)\b"
)
MEDIA_BREAK = re.compile(r"\b(?:und (?:jetzt|ich|seitdem)|aber|jetzt|weil|denn|seitdem|danach|nachdem)\b")
MEANS_MENTION = re.compile(
    rf"\b(?:habe|gekauft|besorgt|gesammelt|gefunden|versteckt)\b.{{0,25}}\b(?:seil|strick|{_PILLS}|pistole|waffe|klinge|rasierklinge|gift|messer)\b"
)
WEAPON = re.compile(r"\bich habe (?:ein|das|mein|eine|die) (?:messer|pistole|waffe|gewehr|axt)\b")

# The other person's own words follow a verb of saying, quoted or not.
REPORTED_SPEECH = re.compile(r"\b(?:sagt|sagte|hat gesagt|meinte|meint|schrieb|schreibt|hat geschrieben)(?:,? dass)?,?\s*$")

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
    prepare=prepare,
)
