"""French. Patterns run on folded text: no accents ("desespere", "deja"), SMS spellings undone
("jveux" -> "je veux", "chui" -> "je suis", "g envie" -> "j'ai envie").

Negation surrounds the verb ("je ne veux pas mourir", colloquially "je veux pas mourir"), so the
first-person patterns are contiguous and simply do not match a negated sentence; "je ne veux
plus vivre" carries its own negation and is risk.
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

CODE = "fr"

_SLANG = [
    (re.compile(r"\bj'?(?:veux|vx)\b"), "je veux"),
    (re.compile(r"\b(?:chui|chuis|jsuis|j'suis|jsui|jsu)\b"), "je suis"),
    (re.compile(r"\bj'?vais\b|\bjvai\b"), "je vais"),
    (re.compile(r"\bj'?peux\b"), "je peux"),
    (re.compile(r"\bjsp\b"), "je sais pas"),
    (re.compile(r"\bjai\b|\bg\b"), "j'ai"),
    (re.compile(r"\bjen\b"), "j'en"),
    (re.compile(r"\bjarrive\b"), "j'arrive"),
    (re.compile(r"\bjentends\b"), "j'entends"),
    (re.compile(r"\b(?:pk|pq|pourkoi)\b"), "pourquoi"),
    (re.compile(r"\bm'?tuer\b"), "me tuer"),
    (re.compile(r"\bmourr?ire?\b"), "mourir"),
    (re.compile(r"\bsuicid(?:e|é)r\b"), "suicider"),
]


def prepare(folded: str) -> str:
    for pattern, replacement in _SLANG:
        folded = pattern.sub(replacement, folded)
    return folded


# "je veux mourir de honte", "mort de rire": figures of speech.
_HYP = r"(?! de (?:honte|rire|faim|soif|froid|chaud|fatigue|envie|peur|ennui|chaleur|sommeil|jalousie|amour|plaisir))"
_NOW = r"(?:ce soir|maintenant|aujourd'hui|tout de suite|cette nuit)"
_MEDS = r"(?:medocs|medicaments|cachets|comprimes|pilules|doliprane|paracetamol|somniferes|anxiolytiques|xanax|lexomil|benzos?)"
_AGR = (
    r"(?:il|elle|mon (?:mari|copain|mec|pere|beau-pere|frere|ex|oncle|conjoint|compagnon|patron)|"
    r"ma (?:femme|copine|meuf|mere|belle-mere|soeur|conjointe|compagne))"
)
_COUPS = r"(?:frappe|bat|battu|gifle|etrangle|menace|viole|tape|cogne|brutalise|maltraite|tabasse)e?s?"

PHRASES = (
    # ===== suicidal thoughts and behaviour =====
    # --- imminent ---
    p(rf"\bj'ai (?:pris|avale) (?:toute? (?:la boite|mes|les)|{COUNT}|plein de|beaucoup de|une boite (?:entiere )?de|trop de)\b.{{0,25}}\b{_MEDS}", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bje suis (?:sur|au bord d[eu]|en haut d[eu]|sur le bord d[eu]) (?:le |la |l')?(?:pont|toit|rebord|voie|voies|falaise|balcon|bord|rails)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bc'est mon dernier message\b|\badieu (?:a tous|tout le monde)\b|\bc'est un adieu\b|\bquand vous lirez (?:ce message|ceci)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bje (?:vais )?(?:me tuer|me suicider|en finir|passer a l'acte) {_NOW}\b|\bc'est ce soir que (?:je me tue|j'en finis|je le fais)\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\bla corde est (?:prete|accrochee)\b|\bj'ai la corde (?:autour du|au) cou\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bje saigne (?:beaucoup|trop|enormement)\b|\b(?:ca|le sang) (?:n'arrete|arrete) (?:pas|plus) de saigner\b", SELF_HARM, X, False),
    # --- high ---
    p(r"\bje (?:vais|compte) (?:me tuer|me suicider|en finir|mettre fin a (?:mes jours|ma vie)|me pendre|me jeter (?:du|d'un|sous|par)|sauter (?:du|d'un|de la)|me tirer une balle|me foutre en l'air)\b|\bj'ai decide de (?:me tuer|me suicider|en finir|mourir|mettre fin a mes jours)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bj'ai (?:un|mon) plan\b.{0,30}\b(?:me tuer|mourir|me suicider|en finir)\b|\bje sais (?:comment|quand|ou) je vais (?:le faire|me tuer)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:j'ai ecrit|j'ecris|je suis en train d'ecrire|j'ai laisse) (?:une|ma|mes) lettres? d'adieu\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bj'ai (?:la corde|le flingue|l'arme|les {_MEDS}|le pistolet|un flingue)\b|\bj'ai (?:achete|garde|cache|stocke|accumule|mis de cote) (?:la corde|des {_MEDS}|le flingue|une arme)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:ca va|je vais bien|t'inquiete|tout va bien|c'est rien)\b.{{0,40}}\b(?:en fait|a vrai dire|honnetement|pour etre honnete|bon)\b.{{0,30}}\b(?:j'ai|j'ai achete|j'ai garde|j'ai cache)\b.{{0,20}}\b(?:corde|flingue|arme|pistolet|{_MEDS}|lames?|poison)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bj'ai (?:deja )?(?:essaye|tente) de (?:me tuer|me suicider|mettre fin a mes jours|en finir)\b|\btentative de suicide\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bcombien de (?:{_MEDS}|comprimes) (?:pour|faut(?:-il)? pour|il faut pour) (?:mourir|crever|en finir)\b|\bdose (?:mortelle|letale)\b|\bcomment (?:me suicider|me tuer|mourir sans souffrir)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bje (?:vais|veux) me (?:couper|scarifier|mutiler|bruler|faire du mal) (?:ce soir|maintenant)\b|\bje vais me (?:scarifier|mutiler)\b|\bcoupures? (?:tres )?profondes?\b", SELF_HARM, H),
    # --- moderate ---
    p(rf"\b(?:je |j')?(?:veux|voudrais|ai envie de|aurais envie de|ai juste envie de|ai trop envie de|(?:trop |grave )?envie de|pense a|pense souvent a|n'arrete pas de penser a) (?:mourir|me tuer|me suicider|en finir|crever|disparaitre pour toujours|mettre fin a (?:mes jours|ma vie)|me foutre en l'air)\b{_HYP}|\b(?:j'ai )?(?:trop |grave )?envie d'en finir\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:au|le|du|un|mon|ce|de) suicide\b|\bsuicid(?:er|aire|aires)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bje (?:ne )?veux plus (?:vivre|etre la|exister)\b|\b(?:je n'ai|j'ai|j'ai) plus (?:envie|la force) de vivre\b|\bplus envie de vivre\b|\baucune raison de vivre\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\btout le monde (?:serait|sera) mieux sans moi\b|\b(?:ils|vous) seriez? mieux sans moi\b|\bils seraient mieux sans moi\b|\bce serait mieux si j'etais mort", SUICIDAL_THOUGHTS, M),
    p(r"\bme (?:pendre|tirer une balle|foutre en l'air|jeter sous (?:un|le) (?:train|metro|bus|camion))\b|\bsauter (?:du|d'un|de la|d'une) (?:pont|toit|immeuble|balcon|fenetre|falaise)\b", SUICIDAL_THOUGHTS, M),
    # --- low ---
    p(r"\bj'en peux plus\b|\bje n'en peux plus\b|\bj'en ai marre de (?:la vie|vivre|tout)\b|\bje suis un fardeau\b|\bma vie n'a (?:plus )?aucun sens\b|\bje (?:ne )?vois plus l'interet de vivre\b|\bpersonne ne (?:me regretterait|remarquerait)\b|\bje (?:voudrais|veux) disparaitre\b|\bdormir et ne (?:plus|jamais) me reveiller\b|\bj'aimerais (?:etre mort|ne jamais me reveiller|ne pas exister|disparaitre)\b|\bje (?:voudrais|veux) (?:ne )?plus me reveiller\b|\bje suis (?:completement )?desespere", SUICIDAL_THOUGHTS, L, False),
    # --- self-harm, moderate ---
    p(r"\bje me (?:scarifie|mutile|coupe (?:les bras|les poignets|les cuisses|encore|a nouveau|souvent|tous les soirs)|brule (?:expres|les bras)|fais du mal)\b|\bje me suis (?:scarifie|mutile|coupe (?:les bras|les poignets|les cuisses|expres)|fait du mal (?:expres|volontairement)|brule expres)e?\b|\b(?:envie|besoin) de me (?:scarifier|couper|mutiler|faire du mal|bruler)\b|\bscarification\w*|\bautomutilation\b|\bje me suis remise? a me (?:couper|scarifier)\b", SELF_HARM, M),
    # ===== harm to others =====
    p(rf"\bje vais (?:le|la|les) (?:tuer|buter|poignarder) {_NOW}\b", HARM_TO_OTHERS, X),
    p(r"\bje vais (?:le|la|les) (?:tuer|buter|poignarder|flinguer|egorger)\b(?! (?:s'il|si|quand)\b)|\bje vais tuer (?:quelqu'un|mon \w+|ma \w+|tout le monde)\b(?! (?:s'il|si|quand)\b)", HARM_TO_OTHERS, H),
    p(r"\b(?:j'ai envie de|je veux|je voudrais|j'ai des pensees de) (?:le|la|les|lui) (?:tuer|frapper|buter|poignarder|faire du mal|faire mal)\b|\bj'ai envie de (?:tuer|frapper|faire du mal a) (?:quelqu'un|mon \w+|ma \w+|tout le monde)\b|\bj'ai peur de faire du mal a (?:mon bebe|mon enfant|mes enfants|quelqu'un)\b", HARM_TO_OTHERS, M),
    # ===== abuse =====
    p(rf"\b(?:{_AGR} )?(?:est|sont) (?:devant|dehors|ici|a la porte|dans la maison|en bas|en train d'arriver)\b.{{0,30}}\b(?:avec|a) (?:un|une) (?:couteau|arme|flingue|pistolet|fusil|hache)\b", ABUSE, X, False, False),
    p(r"\b(?:il|elle) (?:est en train de|essaie de) (?:me frapper|m'etrangler|defoncer la porte|entrer de force)\b|\b(?:il|elle) defonce la porte\b|\b(?:il|elle) va me tuer (?:ce soir|maintenant)\b", ABUSE, X, False, False),
    p(rf"\b(?:me|m'a) (?:frappe|bat|battu|gifle|tape|cogne|tabasse)e?s?\b.{{0,60}}\b(?:peur|terrifie\w*|pas en securite)\b|\bpeur de rentrer (?:a la maison|chez moi)\b.{{0,60}}\b(?:me|m'a) (?:frappe|bat|battu|tape|cogne)", ABUSE, H, False, False),
    p(r"\b(?:il|elle) (?:a menace|menace|m'a menace\w*|me menace) de me tuer\b|\bm'a etrangle\w*|\bj'ai peur qu'(?:il|elle) me tue\b", ABUSE, H, False, False),
    p(rf"\b{_AGR} (?:me |m'a |m'avait |m')(?:{_COUPS})\b|\bje (?:suis|me fais) (?:battue?|frappee?|violee?|maltraitee?)\b|\bje subis des violences\b|\bje suis victime de violences\b", ABUSE, M, False, False),
    p(r"\bje ne me sens pas en securite (?:a la maison|chez moi)\b|\bje me sens pas en securite (?:a la maison|chez moi)\b|\bpeur de rentrer (?:a la maison|chez moi)\b", ABUSE, M, False, False),
    p(rf"\b{_AGR} (?:me controle|controle mon (?:telephone|argent)|fouille mon telephone|ne me laisse pas (?:sortir|voir)|me crie dessus|m'insulte|me rabaisse)\b|\bviolences? conjugales?\b", ABUSE, L, False, False),
    # ===== substance emergency =====
    p(rf"\bj'ai (?:pris|avale|bu) (?:{COUNT}|plein de|trop de|beaucoup de|toute? (?:la|les|mes))\b.{{0,30}}\b(?:{_MEDS}|drogues?|alcool|trucs?)\b.{{0,40}}\b(?:je me sens (?:bizarre|mal|etrange)|je (?:ne )?(?:peux|peut|arrive) (?:plus|pas) (?:a )?respirer|j'ai (?:la tete qui tourne|des vertiges)|je vomis|mon coeur bat (?:trop )?vite)", SUBSTANCE_EMERGENCY, X, False),
    p(r"\bje (?:crois que je )?(?:fais|fait|suis en train de faire) une (?:overdose|od)\b|\bj'ai fait une overdose\b", SUBSTANCE_EMERGENCY, X, False),
    p(rf"\bj'ai (?:melange|mixe)\b.{{0,30}}\b(?:alcool|{_MEDS})\b.{{0,10}}\b(?:avec|et)\b.{{0,15}}\b(?:alcool|{_MEDS})\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\bsevrage\b.{0,40}\b(?:convulsion\w*|tremble\w*|hallucin\w*|delirium)\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\b(?:je suis en|en plein) sevrage\b", SUBSTANCE_EMERGENCY, M),
    # ===== panic =====
    p(r"\b(?:je fais|je suis en train de faire|j'ai) une crise d'(?:angoisse|panique)\b|\bcrise de (?:panique|nerfs)\b|\b(?:j'|je n')arrive (?:pas|plus) a respirer\b|\bje (?:ne )?peux (?:pas|plus) respirer\b|\bj'etouffe\b|\bmon coeur bat (?:trop |tres |super )?(?:vite|fort)\b.{0,40}\b(?:respirer|mourir|peur|panique)|\bj'ai l'impression (?:que je vais|de) mourir\b|\bj'ai l'impression de devenir fou", PANIC, M, False),
    p(r"\bje suis (?:tres |trop |super )?(?:angoisse|anxieux|anxieuse)e?\b|\bcrises d'angoisse\b", PANIC, L),
    # ===== psychosis =====
    p(r"\bles voix me (?:disent|ordonnent|demandent|poussent) (?:de|a) (?:me tuer|me faire du mal|me couper|tuer|faire du mal|mourir|sauter)\b.{0,20}\b(?:maintenant|ce soir)\b", PSYCHOSIS, X),
    p(r"\bles voix me (?:disent|ordonnent|demandent|poussent) (?:de|a) (?:me tuer|me faire du mal|me couper|tuer|faire du mal|mourir|sauter)\b", PSYCHOSIS, H),
    p(r"\bj'entends des voix\b(?! (?:dans le couloir|dehors|chez les voisins))|\bdes voix dans ma tete\b|\bje vois des (?:choses|gens|ombres) qui (?:ne sont pas|n'existent pas)\b|\bon me (?:suit|surveille|espionne|empoisonne)\b|\bils (?:me suivent|me surveillent|lisent (?:dans )?mes pensees)\b|\bje (?:ne )?sais plus ou je suis\b", PSYCHOSIS, M),
    p(r"\brien (?:ne me |ne )?(?:semble|parait) reel\b|\bje me sens (?:irreel|deconnecte\w* de (?:mon corps|la realite)|hors de mon corps)\b", PSYCHOSIS, L),
    # ===== risk-taking =====
    p(r"\bje (?:conduis|roule) (?:bourre|ivre|saoul|a \d{3}) (?:la )?(?:maintenant|en ce moment|la)\b", RISK_TAKING, X),
    p(r"\b(?:j'ai conduit|je conduisais|j'ai roule|je roulais|j'ai traverse)\b.{0,60}\b(?:bourre|ivre|saoul|defonce|a \d{3}|\d{3} (?:km/?h|sur l'autoroute)|a contresens|sans ceinture|sans casque|les yeux fermes|au feu rouge)\b.{0,40}\b(?:expres|volontairement|pour voir|en esperant)", RISK_TAKING, H, False),
    p(r"\bj'ai conduit (?:bourre|ivre|saoul)\b", RISK_TAKING, M),
    # ===== medical emergency =====
    p(r"\b(?:douleur (?:a la|dans la) poitrine|mal (?:a la|dans la) poitrine|j'ai mal au (?:thorax|torse)|oppression (?:thoracique|dans la poitrine))\b.{0,60}\b(?:bras|machoire|epaule|engourdi\w*|fourmi\w*|sueur\w*|transpir\w*|respirer)\b|\bbras (?:gauche )?(?:engourdi|qui fourmille)\b.{0,60}\bpoitrine\b", MEDICAL_EMERGENCY, X, False),
    p(r"\bje (?:crois que je )?(?:fais|suis en train de faire) (?:un infarctus|une crise cardiaque|un avc|une crise d'epilepsie)\b|\bma gorge (?:se ferme|gonfle)\b|\bchoc anaphylactique\b", MEDICAL_EMERGENCY, X, False),
    p(r"\b(?:il|elle) (?:ne respire plus|respire plus|est inconscient\w*|ne se reveille pas|se reveille pas|fait une crise d'epilepsie|convulse)\b|\bses levres (?:sont|deviennent) bleues\b", MEDICAL_EMERGENCY, X, False, False),
    p(r"\bje (?:vomis|crache|tousse) du sang\b", MEDICAL_EMERGENCY, H, False),
    p(r"\bj'ai mal (?:a la|dans la) poitrine\b|\bdouleur (?:a la|dans la) poitrine\b|\bje me suis evanoui\w*", MEDICAL_EMERGENCY, M),
)

NEGATION = re.compile(
    r"(?:\bn'|\b(?:ne|pas|jamais|personne|sans|aucune?|ni|et si|imagine si|imaginons|hypothetiquement|supposons|"
    r"dans (?:le film|la chanson|la serie|le livre))\b)([^.!?;,]{0,25})$"
)
NEW_CLAUSE = re.compile(r"\b(?:je|j'|mais|pourtant|et|si|parce|car|pourquoi|que|qu'|alors|donc|quand|en fait|enfin)")
OTHER_PERSON = re.compile(
    r"\b(?:il|elle|ils|elles|quelqu'un|mon (?:ami|pote|frere|pere|copain|mec|fils|cousin|collegue|coloc)|"
    r"ma (?:copine|soeur|mere|meuf|fille|cousine|collegue|pote|amie|coloc)|mon amie|un ami|une amie|un pote)\b([^.!?;]{0,40})$"
)
SELF = re.compile(r"\bje\b|\bj'|\bme\b|\bm'|\bmoi\b|\bmon\b|\bma\b|\bmes\b")
FIRST_PERSON = re.compile(r"\bje\b|\bj'")
MEDIA = re.compile(
    r"\b(?:chanson|paroles|film|serie|livre|roman|jeu|poeme|citation|replique|meme|tiktok|video|anime|manga|personnage|"
    r"chante|chanteur|chanteuse|episode|clip|rappeur|scene)\b"
)
MEDIA_BREAK = re.compile(r"\b(?:et (?:maintenant|moi|je|j')|mais|maintenant|parce|car|ca me donne|depuis|apres)")
MEANS_MENTION = re.compile(
    rf"\bj'ai (?:achete|trouve|garde|cache|commande|recupere)?\b.{{0,20}}\b(?:corde|flingue|arme|pistolet|{_MEDS}|lame|rasoir|poison)s?\b"
)
WEAPON = re.compile(r"\bj'ai (?:pris )?(?:un|une|le|la|mon) (?:couteau|flingue|arme|pistolet|fusil|hache|batte)\b")

# The other person's own words follow a verb of saying, quoted or not.
REPORTED_SPEECH = re.compile(r"(?:\b(?:a dit|dit|m'a dit|m'a ecrit|a ecrit|ecrit)(?: que)?|\bqu')\s*$")

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
