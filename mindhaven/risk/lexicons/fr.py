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
    rewriter,
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
    (re.compile(r"\bj'?me\b"), "je me"),
    (re.compile(r"\btkt\b"), "t'inquiete"),
    (re.compile(r"\bbcp\b"), "beaucoup"),
    (re.compile(r"\btt\b"), "tout"),
    (re.compile(r"\btte?s\b"), "toutes"),
    (re.compile(r"\bpr\b"), "pour"),
    (re.compile(r"\bqd\b"), "quand"),
    (re.compile(r"\bds\b"), "dans"),
    (re.compile(r"\bpri\b"), "pris"),
]


prepare = rewriter(_SLANG)


# "je veux mourir de honte", "mort de rire": figures of speech.
_HYP = r"(?! de (?:honte|rire|faim|soif|froid|chaud|fatigue|envie|peur|ennui|chaleur|sommeil|jalousie|amour|plaisir))"
_NOW = r"(?:ce soir|maintenant|aujourd'hui|tout de suite|cette nuit)"
_MEDS = (
    r"(?:medocs|medicaments|cachets|comprimes|pilules|gelules|doliprane|dafalgan|efferalgan|paracetamol|ibuprofene|"
    r"advil|somniferes|anxiolytiques|antidepresseurs|neuroleptiques|xanax|lexomil|seresta|valium|stilnox|zolpidem|"
    r"imovane|tramadol|codeine|insuline|benzos?)"
)
# Poisons people swallow: household products too.
_POISON = (
    r"(?:poison|mort aux rats|mort-aux-rats|eau de javel|javel|destop|antigel|pesticide|desherbant|insecticide|"
    r"white spirit|raticide|soude caustique|produit (?:menager|vaisselle|de nettoyage|chimique))"
)
# Someone with the person, in an emergency happening now (not capped as reported speech).
_PROCHE = (
    r"(?:il|elle|ma (?:mere|maman|soeur|fille|femme|copine|grand-mere|grand mere|mamie|coloc|voisine|amie|tante|"
    r"cousine|collegue|compagne|belle-mere)|mon (?:pere|papa|frere|fils|mari|copain|grand-pere|grand pere|papi|coloc|"
    r"voisin|ami|pote|oncle|cousin|collegue|bebe|enfant|compagnon|beau-pere)|le bebe|mon amie)"
)
# Places people jump from.
_HAUT = r"(?:pont|toit|rebord|voie|voies|falaise|bord|rails|parapet|rambarde|garde-corps|viaduc|vide|immeuble)"
# "j'ai pris tous mes medicaments ce matin, comme prescrit": taking one's treatment.
_ROUTINE = r"(?![^.!?]{0,30}\b(?:ce matin|ce midi|du matin|du soir|du midi|comme (?:d'habitude|d'hab|prevu|prescrit|tous les jours)|a l'heure|mon traitement)\b)"
# What follows "j'ai pris", "je viens d'avaler" in an attempt: a count or a whole box of pills, poison.
_SWALLOWED = (
    rf"(?:(?:toute?s? (?:la boite|la plaquette|mes|les|ma)|tous (?:mes|les)|{COUNT}|plein de|beaucoup de|"
    rf"une boite (?:entiere )?de|une plaquette (?:entiere )?de|(?:deux|trois|2|3|4) (?:boites|plaquettes) de|trop de|"
    rf"tout (?:le tube|le flacon) de)\b.{{0,25}}\b{_MEDS}\b{_ROUTINE}"
    rf"|(?:toute la boite|toute la plaquette|toutes les plaquettes|la boite entiere|une boite entiere|la plaquette entiere|"
    rf"tout le flacon|tout le tube)(?= ?(?:$|[.,;!?]| d'un coup| en entier| et | de {_MEDS}))"
    rf"|(?:(?:un (?:verre|bouchon|peu)|une (?:bouteille|gorgee|tasse)|toute la bouteille|la moitie de la bouteille) )?"
    rf"(?:du |de la |de l'|d'|de ){_POISON}\b(?! par (?:erreur|accident)))"
)
# "la methode la plus indolore pour": a method asked for.
_METHOD = (
    r"(?:methode|facon|maniere|moyen|technique|solution)s? (?:la |le )?(?:plus )?"
    r"(?:indolore|rapide|sure?|efficace|douce|radicale|propre|simple|sans douleur|sans souffrir)s? (?:de|pour)"
)
_AGR = (
    r"(?:il|elle|mon (?:mari|copain|mec|pere|beau-pere|frere|ex|oncle|conjoint|compagnon|patron)|"
    r"ma (?:femme|copine|meuf|mere|belle-mere|soeur|conjointe|compagne))"
)
_COUPS = r"(?:frappe|bat|battu|gifle|etrangle|menace|viole|tape|cogne|brutalise|maltraite|tabasse)e?s?"

PHRASES = (
    # ===== suicidal thoughts and behaviour =====
    # --- imminent ---
    # Attempt under way: a count or a whole box swallowed, poison drunk, the ligature hung, the edge.
    p(rf"\bj'ai (?:pris|avale|gobe|bu|ingere) {_SWALLOWED}", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bje viens d(?:'avaler|'ingurgiter|'ingerer|e prendre|e gober|e boire) {_SWALLOWED}", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bje suis (?:assise? |debout |montee? )?(?:sur|au bord d[eu]|en haut d[eu]|sur le bord d[eu]|au sommet d[eu]|sur le rebord d[eu]|de l'autre cote d[eu]) (?:le |la |l'|les )?{_HAUT}\b(?! de (?:la )?(?:guerison|reussite|retablissement))(?! (?:toute la|tout le|cette|ce) (?:semaine|journee|week-end|mois))", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bj'ai (?:enjambe|passe|franchi) (?:la rambarde|le parapet|le garde-corps|la balustrade|la barriere du pont)\b|\bje (?:vais|m'apprete a) sauter (?:maintenant|tout de suite|dans (?:une|deux|\d+) minutes?)\b|\bje suis prete? a sauter\b(?! le pas)", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bj'ai (?:la lame|le couteau|le cutter|le rasoir|une lame)\b[^.!?]{{0,15}}\b(?:sur|contre|sous) (?:mon poignet|mes poignets|ma gorge|mes veines|la gorge)\b|\bj'ai (?:le flingue|l'arme|le pistolet|un flingue|une arme) (?:sur|contre|sous) (?:la|ma) (?:tempe|gorge|tete)\b|\b(?:les|mes|tous mes|toutes les) {_MEDS} (?:sont )?(?:devant moi|dans ma main|dans la main)\b[^.!?]{{0,40}}\b(?:tous|toutes|d'un coup|les prendre|les avaler|en finir|prete?)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bc'est mon dernier message\b|\badieu (?:a tous|tout le monde)\b|\bc'est un adieu\b|\bquand vous lirez (?:ce message|ceci)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bje (?:vais )?(?:me tuer|me suicider|en finir|passer a l'acte) {_NOW}\b|\bc'est ce soir que (?:je me tue|j'en finis|je le fais)\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\bla corde (?:est )?(?:prete|accrochee|attachee|installee|au plafond|a la poutre|autour de mon cou)\b|\bj'ai la corde (?:autour du|au) cou\b|\bj'ai (?:fait|prepare|noue) (?:un|le) noeud coulant\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bj'ai (?:accroche|attache|noue|fixe|installe|pendu|mis) (?:la|une|ma) (?:corde|ceinture|echarpe|rallonge|cable|drap)\b[^.!?]{0,20}\b(?:au plafond|a la poutre|au crochet|a la rampe|a la barre|au lustre|a la poignee|au ventilateur|a la branche|a la tuyauterie|autour de mon cou|autour du cou)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bje saigne (?:beaucoup|trop|enormement|de partout|abondamment|sans arret)\b|\b(?:ca|le sang) (?:n'arrete|arrete) (?:pas|plus) de (?:saigner|couler)\b", SELF_HARM, X, False),
    # Bleeding after cutting that does not stop ("scarifiee... ca saigne beaucoup et ca s'arrete pas").
    p(r"\b(?:scarifi\w*|mutile\w*|entaille\w*|taillade\w*|lame|rasoir|cutter|poignets?|veines?)\b[^.!?]{0,80}\b(?:saigne\w*|sang|saignement)\b[^.!?]{0,40}\b(?:beaucoup|trop|enormement|abondamment|de partout|a flots?|sans arret|s'arrete (?:pas|plus)|arrete (?:pas|plus))", SELF_HARM, X, False),
    # --- high ---
    p(r"\bje (?:vais|compte) (?:me tuer|me suicider|en finir|mettre fin a (?:mes jours|ma vie)|me pendre|me jeter (?:du|d'un|sous|par)|sauter (?:du|d'un|de la)|me tirer une balle|me foutre en l'air)\b|\bj'ai decide de (?:me tuer|me suicider|en finir|mourir|mettre fin a mes jours)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bj'ai (?:un|mon) plan\b.{0,30}\b(?:me tuer|mourir|me suicider|en finir)\b|\bje sais (?:deja |exactement )?(?:comment|quand|ou) je (?:vais (?:le faire|me tuer)|le ferai|le ferais)\b|\bj'ai (?:deja )?(?:decide|choisi|prevu|calcule|trouve|repere|planifie) (?:exactement )?(?:comment|quand|ou) (?:je (?:vais (?:le faire|me tuer)|le ferai|le ferais)|le faire)\b|\bj'ai (?:trouve|repere|choisi) (?:l'|un |le |mon )(?:endroit|lieu|pont|immeuble|coin|spot) (?:parfait |ideal )?(?:pour|ou) (?:le faire|me jeter|me pendre|en finir|me tuer|je (?:vais le faire|le ferai)|sauter(?! (?:en parachute|a l'elastique|dans l'eau|dans la (?:riviere|mer|piscine)|a l'eau)))\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:j'ai ecrit|j'ecris|je suis en train d'ecrire|j'ai laisse) (?:une|ma|mes) lettres? d'adieu\b", SUICIDAL_BEHAVIOUR, H),
    # Preparatory acts and indirect warning signs: goodbyes, letters, belongings, a date, means gathered.
    p(r"\b(?:je voulais|je veux|je tenais a|je viens)\b(?: juste| simplement| seulement| vous| te| vous tous| a tous| une derniere fois)* dire adieu\b|\bdire (?:au revoir|adieu) une (?:derniere|ultime) fois\b|\bun dernier (?:au revoir|adieu)\b|\bmes derniers mots\b|\bmerci pour tout\b[^.!?]{0,30}\badieu\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:j'ai |je viens d'|je suis en train d')(?:ecrit|ecrire|prepare|preparer|laisse|enregistre|enregistrer) (?:des |une |un |mes |les |quelques )?(?:lettres?|mots? d'adieu|videos? d'adieu|messages? d'adieu|derniers? messages?)\b[^.!?]{0,10}\b(?:pour|a) (?:ma famille|mes parents|mes proches|mes enfants|tout le monde|chacun|chacune|mes amis|mes potes|ceux que j'aime|ceux qui restent)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:je (?:donne|distribue|offre)|j'ai (?:donne|distribue|offert)) (?:(?:toutes mes|tous mes) (?:affaires|choses|biens|possessions|trucs)|mes (?:affaires|biens|possessions|objets (?:preferes|precieux)))\b(?! (?:a (?:une|l'|la) (?:association|asso|emmaus|croix-rouge|brocante)|au vide-grenier|pour (?:le|mon) demenagement|avant (?:le|mon) demenagement))", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:qui|quelqu'un)\b[^.!?]{0,40}\b(?:s'occupera|s'occuperait|pourra s'occuper|prendra soin|gardera)\b[^.!?]{0,30}\b(?:quand|si|une fois que|apres que) (?:je (?:ne )?serai (?:plus la|parti\w*|mort\w*)|je (?:ne )?suis plus la)\b|\bquand je (?:ne )?serai plus la\b[^.!?]{0,40}\b(?:mon chat|mon chien|mes affaires|mes enfants|occupez-vous|prenez soin)", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bje (?:stocke|accumule|mets de cote|collectionne|economise|planque) (?:des|mes|les|tous mes|toutes mes|plein de) {_MEDS}\b|\bje (?:garde|cache) (?:des|mes|les|tous mes|toutes mes|plein de) {_MEDS}\b[^.!?]{{0,20}}\b(?:de cote|en reserve|pour (?:le jour|plus tard|en finir|le moment venu)|depuis (?:des|plusieurs) (?:semaines|mois))|\bj'ai (?:stocke|accumule|mis de cote|rassemble|collecte|planque|economise) (?:des |mes |les |tous mes |toutes mes |plein de |assez de |suffisamment de )?{_MEDS}\b|\bj'ai (?:assez|suffisamment) de {_MEDS} pour (?:mourir|en finir|ne plus me reveiller|le faire|tout arreter|partir)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bje (?:les prendrai|vais les prendre|vais tout prendre|prendrai tout|vais tout avaler|vais les avaler|les avalerai|avalerai tout)\b(?: tous| toutes)? (?:d'un coup|en meme temps|a la fois|d'une traite)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:apres|juste apres|des) (?:les resultats|le bac|les exams?|les examens|les partiels|mon anniversaire|noel|les fetes|l'enterrement|la rentree|le brevet|le concours|les notes)\b[^.!?]{0,30}\b(?:j'en finis|je me tue|je me suicide|je les prends tous|je prends tout|je vais (?:me tuer|me suicider|en finir|tout prendre|les prendre tous)|je passe a l'acte|c'est fini pour moi)|\bj'ai (?:choisi|fixe) (?:la|une|le) (?:date|jour)\b[^.!?]{0,40}\b(?:pour (?:en finir|mourir|le faire|partir pour de bon|mettre fin)|de (?:ma mort|mon suicide|mon depart))", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bj'ai (?:cherche|regarde|google|googlise|fait des recherches|lu|passe la nuit a chercher)\b[^.!?]{{0,40}}\b(?:comment (?:se|me) (?:suicider|tuer|pendre)|comment mourir|la dose (?:mortelle|letale)|methodes? (?:de|pour) (?:suicide|se suicider|mourir)|combien de {_MEDS} (?:pour|il faut pour|faut pour) (?:mourir|en finir)|quelle dose (?:est|serait) (?:mortelle|letale)|mourir sans (?:souffrir|douleur))\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\bj'ai (?:la corde|le flingue|l'arme|les {_MEDS}|le pistolet|un flingue)\b|\bj'ai (?:achete|garde|cache|stocke|accumule|mis de cote) (?:la corde|des {_MEDS}|le flingue|une arme)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:ca va|je vais bien|t'inquiete|tout va bien|c'est rien)\b.{{0,40}}\b(?:en fait|a vrai dire|honnetement|pour etre honnete|bon)\b.{{0,30}}\b(?:j'ai|j'ai achete|j'ai garde|j'ai cache)\b.{{0,20}}\b(?:corde|flingue|arme|pistolet|{_MEDS}|lames?|poison)\b", SUICIDAL_BEHAVIOUR, H, False),
    # Rehearsal and preparation told without the word "suicide" (C-SSRS preparatory acts): the
    # means and then how to use it, a noose practised, a fixing tested for weight, the edge visited.
    p(rf"\b(?:j'ai|je garde|je cache|je planque)\b.{{0,25}}\b(?:corde|flingue|arme|pistolet|poison|{_MEDS})\b(?! (?:pour|a) (?:la tente|le camping|camper|l'escalade|grimper|le linge|etendre|le chien|le bateau|le demenagement|la salle))[^.!?]{{0,60}}\b(?:je (?:prevois|planifie|prepare|reflechis a|pense a|sais deja|calcule)|j'ai (?:deja )?(?:prevu|planifie|reflechi a|pense a|calcule|decide)) (?:exactement )?(?:comment|quand|ou) (?:l'utiliser|les utiliser|m'en servir|les prendre|le faire|je vais (?:l'utiliser|m'en servir|le faire|les prendre)|je le ferai|je le ferais)\b(?! (?:pour|avec|dans|sur|a la|au|en)\b)", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:j'ai (?:appris|cherche comment|regarde comment)|je (?:m'entraine|me suis entrainee?|m'exerce|apprends)) (?:a )?(?:faire|nouer) (?:un |le |des )?noeuds? (?:coulants?|de pendu)\b|\bj'ai (?:fait|prepare|noue) (?:un|le) noeud de pendu\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:j'ai (?:teste|verifie|essaye|regarde|controle)|je (?:teste|verifie|voulais voir)|pour voir) (?:si |que )?(?:la |le |l'|un |une |ma |mon )?(?:poutre|barre|rambarde|rampe|crochet|tuyau|tuyauterie|branche|lustre|chevron|encadrement de (?:la )?porte|corde|ceinture|ventilateur)\b[^.!?]{0,30}\b(?:tiendrait|tenait|tient|tiendra|supporterait|supportait|supporte|supportera|resisterait|resistait|resiste) (?:mon poids|le poids de mon corps)\b(?![^.!?]{0,40}\b(?:balancoire|hamac|tractions?|sac de (?:frappe|boxe)|plantes?|etageres?|tele|tv|miroir|velo|kayak|escalade|pour les (?:enfants|petits|gosses))\b)", SUICIDAL_BEHAVIOUR, H, False),
    # Going to a high place or the tracks and staying there looking down: an interrupted or aborted act.
    p(rf"\b(?:je (?:suis (?:encore |de nouveau )?(?:allee?|retournee?|montee?|passee?)|vais|retourne)|j'ai (?:roule|conduit|marche))\b(?: \w+){{0,2}}? (?:au|a la|aux|sur le|sur la|sur les|jusqu'au|jusqu'a la|jusqu'aux|en haut du|en haut de la) {_HAUT}\b[^.!?]{{0,60}}(?:\ba regarder (?:en bas|le vide|vers le bas|en dessous)|\bregarde\w* (?:en bas|le vide|vers le bas)|\bfixe\w* le vide|\ba penser a sauter|\bpense\w* a sauter|\bj'ai (?:failli|presque) sauter|\bj'ai presque saute|\bpour voir si (?:j'en etais capable|je pouvais|j'oserais)|\bje n'ai pas (?:saute|pu sauter|ose)|\bj'ai pas (?:saute|pu sauter|ose)|\benvie de sauter)\b(?! (?:les|la|le|l'|sur les|sur la|sur le) ?(?:bateaux?|peniches?|vue|ville|lumieres|coucher|feux|trafic|voitures|defile|canards|cygnes|poissons|gens))", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\bje (?:continue (?:d'aller|de retourner|de rouler|de conduire|de marcher)|(?:retourne|vais) (?:sans arret|sans cesse|tout le temps|souvent|chaque (?:soir|nuit|jour))|(?:n')?arrete pas d'aller) (?:au|a la|aux|sur le|sur la|sur les|jusqu'au|jusqu'a la|jusqu'aux) {_HAUT}\b[^.!?]{{0,25}}\b(?:m'asseoir|m'y asseoir|rester|y rester|je m'assois|je m'assieds|je reste|m'arreter)\b(?![^.!?]{{0,30}}\b(?:pecher|lire|fumer|dessiner|pique-niquer|avec (?:mes|des) (?:amis|potes))\b)", SUICIDAL_BEHAVIOUR, M, False),
    p(r"\bj'ai (?:deja )?(?:essaye|tente) de (?:me tuer|me suicider|mettre fin a mes jours|en finir)\b|\btentative de suicide\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bcombien de (?:{_MEDS}|comprimes) (?:pour|faut(?:-il)? pour|il faut pour) (?:mourir|crever|en finir)\b|\bdose (?:mortelle|letale)\b|\bcomment (?:me suicider|me tuer|me pendre|mourir sans souffrir)\b", SUICIDAL_BEHAVIOUR, H, False),
    # Methods and doses asked for, whatever the frame (roleplay, "pour une histoire", "pour un ami"):
    # at least moderate; high when the person's own means or intent shows.
    p(rf"\b{_METHOD} (?:me suicider|me tuer|me pendre|en finir|mettre fin a mes jours|me donner la mort)\b|\b(?:combien|quelle (?:dose|quantite))\b[^.!?]{{0,20}}\bmes {_MEDS}\b[^.!?]{{0,40}}\b(?:mourir|en finir|ne plus me reveiller|y rester|mortel\w*|me tuer|crever)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:combien|quelle (?:dose|quantite)|{_METHOD})\b[^!]{{0,60}}\b(?:mortel\w*|mourir|en finir|se suicider|se tuer|overdose|ne plus se reveiller)\b[^!]{{0,60}}\b(?:c'est pour moi|pour moi-meme|je (?:veux|vais) (?:le faire|mourir|en finir|me tuer)|j'en peux plus|je n'en peux plus|ce soir|cette nuit)\b|\b(?:je veux (?:mourir|en finir|le faire)|j'en peux plus|je n'en peux plus)\b[^!]{{0,60}}\b(?:combien de|quelle dose|quelle quantite)\b[^!?]{{0,40}}\b(?:mortel\w*|mourir|en finir|ne plus (?:me|se) reveiller)", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b{_METHOD} (?:se suicider|se tuer|mourir|se pendre|en finir|mettre fin a ses jours|se donner la mort)\b|\bcomment (?:se suicider|se tuer|se pendre|faire une overdose)\b|\b(?:quelle (?:dose|quantite)|combien (?:de|d'))\b[^.!?]{{0,40}}\b(?:pour (?:mourir|tuer (?:quelqu'un|un adulte|une personne|un homme|une femme)|en finir|y rester|une overdose)|est mortel\w*|(?:c'est|serait) mortel\w*|on (?:en )?meurt|pour ne (?:plus|pas) se reveiller)\b(?! de (?:faim|soif|froid|rire|honte|ennui))", SUICIDAL_BEHAVIOUR, M, False, False),
    p(r"\bje (?:vais|veux) me (?:couper|scarifier|mutiler|bruler|faire du mal) (?:ce soir|maintenant)\b|\bje vais me (?:scarifier|mutiler)\b|\bcoupures? (?:tres )?profondes?\b|\bje me suis (?:coupee?|scarifiee?|entaillee?|mutilee?)\b[^.!?]{0,40}\b(?:trop|plus|tres|vraiment) profond|\b(?:il faut|il faudrait|faudrait|besoin de) (?:des )?points de suture\b", SELF_HARM, H),
    # --- moderate ---
    p(rf"\b(?:je |j')?(?:veux|voudrais|ai envie de|aurais envie de|ai juste envie de|ai trop envie de|(?:trop |grave )?envie de|pense a|pense souvent a|n'arrete pas de penser a) (?:mourir|me tuer|me suicider|en finir|crever|disparaitre pour toujours|mettre fin a (?:mes jours|ma vie)|me foutre en l'air)\b{_HYP}|\b(?:j'ai )?(?:trop |grave )?envie d'en finir\b", SUICIDAL_THOUGHTS, M),
    p(r"(?<!prevention )(?<!taux )(?<!risque )(?<!contre )(?<!sur )(?<!statistiques )(?<!chiffres )\b(?:au|le|du|un|mon|ce|de) suicide\b|\bsuicid(?:er|aire|aires)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bje (?:ne )?veux plus (?:vivre|etre la|exister)\b|\b(?:je n'ai|j'ai|j'ai) plus (?:envie|la force) de vivre\b|\bplus envie de vivre\b|\baucune raison de vivre\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\btout le monde (?:serait|sera) mieux sans moi\b|\b(?:ils|vous) seriez? mieux sans moi\b|\bils seraient mieux sans moi\b|\bce serait mieux si j'etais mort", SUICIDAL_THOUGHTS, M),
    p(r"\bme (?:pendre|tirer une balle|foutre en l'air|jeter sous (?:un|le) (?:train|metro|bus|camion))\b|\bsauter (?:du|d'un|de la|d'une) (?:pont|toit|immeuble|balcon|fenetre|falaise)\b", SUICIDAL_THOUGHTS, M),
    # --- low ---
    p(r"\b(?:(?:seraient|serait|seront|sera) (?:tellement |vraiment |bien )?soulage\w*|(?:ce serait|ca serait|ce sera|ca sera) (?:un (?:vrai |tel |grand )?soulagement|plus simple|plus facile)(?: pour (?:tout le monde|eux|elles|ma famille|mes \w+|mon \w+|ma \w+))?|(?:seraient|serait) plus heureu\w*)\b[^.!?]{0,30}\bsi (?:je |j')(?:n'etais plus la|etais plus la|n'etais pas la|etais pas la|etais morte?|mourais|disparaissais|n'existais plus|existais plus|etais partie? pour (?:toujours|de bon))\b(?! (?:ce|cette|le|la|les|un|une|pour|en|a|au|demain|aujourd'hui|quelques|deux|trois|pendant)\b)|\bsi (?:je |j')(?:n'etais plus la|etais plus la|n'etais pas la|etais pas la|etais morte?|mourais|disparaissais|n'existais plus|existais plus|etais partie? pour (?:toujours|de bon))\b(?! (?:ce|cette|le|la|les|un|une|pour|en|a|au|demain|aujourd'hui|quelques|deux|trois|pendant)\b)[^.!?]{0,30}\b(?:(?:seraient|serait) (?:tellement |vraiment |bien )?soulage\w*|(?:ce serait|ca serait) un (?:vrai |tel |grand )?soulagement)", SUICIDAL_THOUGHTS, L),
    p(r"\bj'en peux plus\b|\bje n'en peux plus\b|\bj'en ai marre de (?:la vie|vivre|tout)\b|\bje suis un fardeau\b|\bma vie n'a (?:plus )?aucun sens\b|\bje (?:ne )?vois plus l'interet de vivre\b|\bpersonne ne (?:me regretterait|remarquerait)\b|\bje (?:voudrais|veux) disparaitre\b|\bdormir et ne (?:plus|jamais) me reveiller\b|\bj'aimerais (?:etre mort|ne jamais me reveiller|ne pas exister|disparaitre)\b|\bje (?:voudrais|veux) (?:ne )?plus me reveiller\b|\bje suis (?:completement )?desespere", SUICIDAL_THOUGHTS, L, False),
    p(r"\b(?:j'aimerais|je voudrais|je souhaiterais|j'aurais voulu|si seulement je pouvais)\b (?:ne (?:pas|plus|jamais) (?:me reveiller(?! (?:trop |en )?(?:tard|en retard|tot|avant|a \d))|exister|etre la|etre en vie|etre nee?)|disparaitre pour (?:toujours|de bon)|mourir dans mon sommeil|m'endormir et ne (?:pas|plus|jamais) me reveiller)\b", SUICIDAL_THOUGHTS, L),
    # --- self-harm, moderate ---
    p(r"\bje me (?:scarifie|mutile|coupe (?:les bras|les poignets|les cuisses|encore|a nouveau|souvent|tous les soirs)|brule (?:expres|les bras)|fais du mal)\b|\bje me suis (?:(?:encore|de nouveau|a nouveau|encore une fois|deja|re-?) ?)?(?:scarifie|mutile|coupe (?:les bras|les poignets|les cuisses|expres)|fait du mal (?:expres|volontairement)|brule expres)e?\b|\b(?:envie|besoin) de me (?:scarifier|couper|mutiler|faire du mal|bruler)\b|\bscarification\w*|\bautomutilation\b|\bje me suis remise? a me (?:couper|scarifier)\b", SELF_HARM, M),
    # ===== self-poisoning, dying by refusing food and water, eating-disorder self-harm =====
    p(r"\bm'empoisonner\b|\bje (?:vais |veux )m'empoisonner\b|\bcomment s'empoisonner\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\b(?:boire|avaler|ingerer|prendre)\b (?:un verre |une bouteille |une gorgee |toute la bouteille )?(?:du |de la |de l'|d'|de )?{_POISON}\b[^.!?]{{0,40}}\b(?:pour (?:mourir|en finir|me tuer|crever|ne plus me reveiller)|jusqu'a (?:en )?mourir)\b", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(rf"\b(?:quel(?:le)?s?|combien)\b[^.!?]{{0,40}}\b(?:{_POISON}|produits? (?:chimiques?|menagers?))\b[^.!?]{{0,40}}\b(?:pour (?:mourir|en finir|me tuer|se tuer|m'empoisonner)|(?:me|te) tuerai(?:en)?t|(?:est|sont|serait|seraient) mortel(?:le)?s?|(?:peut|peuvent|pourrai(?:en)?t) (?:me |te )?tuer)\b", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(r"\b(?:arreter de|j'arrete de|cesser de|je cesse de|refuser de|je refuse de|ne plus|je ne (?:vais )?plus)\b (?:rien )?(?:manger|boire|m'alimenter|m'hydrater|mange|bois)\b[^.!?]{0,40}\bjusqu'a (?:(?:en )?mourir|la mort|ma mort|ce que (?:je meure|mort s'ensuive|je sois morte?)|crever)\b|\bme laisser mourir de (?:faim|soif)\b", SUICIDAL_BEHAVIOUR, H),
    # Eating disorder (self-harm, moderate).
    p(r"\b(?:me faire|je me fais|je me suis fait|se faire) vomir\b|\b(?:les )?doigts dans la gorge\b|\bm'affamer\b|\bje m'affame\b|\bje ne mange (?:presque )?(?:plus|rien)\b[^.!?]{0,20}\bpour (?:maigrir|perdre du poids|etre mince)\b", SELF_HARM, M),
    p(r"\blaxatifs?\b[^.!?]{0,40}\b(?:maigrir|perdre du poids|mincir|calories|apres (?:avoir mange|les repas|chaque repas))\b|\b(?:maigrir|perdre du poids)\b[^.!?]{0,30}\blaxatifs?\b|\b(?:je veux|je voudrais|j'aimerais|envie d'|comment) (?:etre|devenir|avoir|tomber dans) (?:anorexique|boulimique|l'anorexie|la boulimie|un tca)\b|\bcacher (?:mon|mes|mon trouble|mes troubles) ?(?:tca|anorexie|boulimie|alimentaires?)\b|\b(?:pro-ana|proana|pro ana|thinspo)\b", SELF_HARM, M),
    p(r"\b(?:je mange|manger|je suis a|je reste (?:sous|a)|moins de|pas plus de|seulement)\b(?: \w+){0,2}? (?:[1-7]\d{2}|[1-9]\d?) (?:calories|kcal) par jour\b", SELF_HARM, M),
    # ===== harm to others =====
    p(rf"\bje vais (?:le|la|les) (?:tuer|buter|poignarder) {_NOW}\b", HARM_TO_OTHERS, X),
    p(r"\bje vais (?:le|la|les) (?:tuer|buter|poignarder|flinguer|egorger)\b(?! (?:s'il|si|quand)\b)|\bje vais tuer (?:quelqu'un|mon \w+|ma \w+|tout le monde)\b(?! (?:s'il|si|quand)\b)", HARM_TO_OTHERS, H),
    p(r"\b(?:j'ai envie de|je veux|je voudrais|j'ai des pensees de) (?:le|la|les|lui) (?:tuer|frapper|buter|poignarder|faire du mal|faire mal)\b|\bj'ai envie de (?:tuer|frapper|faire du mal a) (?:quelqu'un|mon \w+|ma \w+|tout le monde)\b|\bj'ai peur de faire du mal a (?:mon bebe|mon enfant|mes enfants|quelqu'un)\b", HARM_TO_OTHERS, M),
    # ===== abuse =====
    p(rf"\b(?:{_AGR} )?(?:est|sont) (?:devant|dehors|ici|a la porte|dans la maison|en bas|en train d'arriver)\b.{{0,30}}\b(?:avec|a) (?:un|une) (?:couteau|arme|flingue|pistolet|fusil|hache)\b", ABUSE, X, False, False),
    p(r"\b(?:il|elle) (?:est en train de|essaie de) (?:me frapper|m'etrangler|defoncer la porte|entrer de force)\b|\b(?:il|elle) defonce la porte\b|\b(?:il|elle) va me tuer (?:ce soir|maintenant)\b", ABUSE, X, False, False),
    p(r"\b(?:me|m'a) (?:frappe|bat|battu|gifle|tape|cogne|tabasse)e?s?\b.{0,60}\b(?:peur|terrifie\w*|pas en securite)\b|\bpeur de rentrer (?:a la maison|chez moi)\b.{0,60}\b(?:me|m'a) (?:frappe|bat|battu|tape|cogne)", ABUSE, H, False, False),
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
    p(r"\b(?:douleurs? (?:\w+ )?(?:a la|dans la|au niveau de la) poitrine|mal (?:a la|dans la) poitrine|j'ai mal au (?:thorax|torse)|oppression (?:thoracique|dans la poitrine))\b.{0,60}\b(?:bras|machoire|epaule|engourdi\w*|fourmi\w*|sueur\w*|transpir\w*|respirer)\b|\bbras (?:gauche )?(?:engourdi|qui fourmille)\b.{0,60}\bpoitrine\b", MEDICAL_EMERGENCY, X, False),
    p(r"\bje (?:crois que je )?(?:fais|suis en train de faire) (?:un infarctus|une crise cardiaque|un avc|une crise d'epilepsie)\b|\bma gorge (?:se ferme|gonfle)\b|\bchoc anaphylactique\b", MEDICAL_EMERGENCY, X, False),
    # Happening to someone with the person, now: an emergency, not reported speech.
    p(rf"\b{_PROCHE} (?:a|ressent|se plaint d'|se plaint de) (?:une |des |de )?(?:(?:tres |super |hyper )?(?:forte|fortes|grosse|grosses|violente|violentes|atroce|atroces|terrible|terribles|horrible|horribles|enorme|enormes|grande) )?(?:douleurs?|mal|oppression|serrement)\b(?: \w+){{0,2}} (?:a la|dans la|au niveau de la|sur la) poitrine\b[^.!?]{{0,80}}\b(?:respir\w*|souffle|bras|machoire|epaule|transpire|sueurs?|pale|gris\w*|vomi\w*|s'effondre|tombe|malaise)", MEDICAL_EMERGENCY, X, False, False),
    p(rf"\b{_PROCHE} (?:ne respire (?:plus|pas)|respire (?:plus|pas)\b(?! (?:tres|trop|si|bien|correctement|par le nez))|respire a peine|est inconscient\w*|a perdu connaissance|ne reagit (?:plus|pas)\b(?! (?:a|aux|au|quand) )|reagit (?:plus|pas)\b(?! (?:a|aux|au|quand) )|ne se reveille pas\b(?! (?:le matin|pour|avant|a l'heure|tot|quand))|se reveille pas\b(?! (?:le matin|pour|avant|a l'heure|tot|quand))|convulse|fait une crise d'epilepsie|(?:fait|est en train de faire) (?:un avc|une crise cardiaque|un arret cardiaque|une overdose|un infarctus))\b|\b(?:je n'arrive|j'arrive|je n'y arrive|j'y arrive) (?:pas|plus) a (?:le|la) reveiller\b|\b(?:il|elle) est tombee? et (?:ne )?(?:bouge|reagit|repond) (?:plus|pas)\b|\bses levres (?:sont|deviennent) bleues\b", MEDICAL_EMERGENCY, X, False, False),
    p(r"\b(?:sa bouche|son visage|son sourire|sa levre) (?:est |se )?(?:de travers|tordue?|paralyse\w*|affaisse\w*|tombe\w* d'un cote|deforme\w*)\b", MEDICAL_EMERGENCY, X, False, False),
    p(rf"\b{_PROCHE} (?:n'arrive (?:plus|pas) a respirer|arrive (?:plus|pas) a respirer|ne peut (?:plus|pas) respirer|peut (?:plus|pas) respirer|s'etouffe)\b|\b(?:saign\w*|le sang|l'hemorragie)\b[^.!?]{{0,30}}\b(?:(?:ne )?s'arrete (?:pas|plus)|(?:n')?arrete pas de couler)\b|\b(?:j'arrive|je n'arrive|j'y arrive) (?:pas|plus) a arreter (?:le sang|le saignement|l'hemorragie)\b", MEDICAL_EMERGENCY, H, False, False),
    p(r"\bje (?:vomis|crache|tousse) du sang\b", MEDICAL_EMERGENCY, H, False),
    p(r"\bj'ai mal (?:a la|dans la) poitrine\b|\bdouleurs? (?:\w+ )?(?:a la|dans la) poitrine\b|\bje me suis evanoui\w*", MEDICAL_EMERGENCY, M),
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
# "pour un roman : combien de cachets..." asks for the story's sake: a request, not a quotation.
MEDIA = re.compile(
    r"(?<!pour un )(?<!pour une )(?<!pour mon )(?<!pour ma )(?<!pour le )(?<!pour la )(?<!pour mes )"
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
