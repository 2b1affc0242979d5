"""Spanish. Patterns run on folded text: no accents ("autolesion", "mas"), "q"/"k" -> "que".

Spanish marks the person in the verb ("quiero morir" is the speaker, "quiere morir" someone
else), so most patterns are first-person verb forms. Negation comes before the verb: "no quiero
morir" is negated, but "ya no quiero vivir" carries its own negation and is risk.
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

CODE = "es"

_SLANG = [
    (re.compile(r"\b(?:q|k|ke|qe)\b"), "que"),
    (re.compile(r"\b(?:xq|pq|porq|pk|xk|porke)\b"), "porque"),
    (re.compile(r"\bnose\b"), "no se"),
    (re.compile(r"\btoy\b"), "estoy"),
    (re.compile(r"\b(?:kiero|qiero|quero)\b"), "quiero"),
    (re.compile(r"\bd\b"), "de"),
    (re.compile(r"\bx\b"), "por"),
    (re.compile(r"\bpa\b"), "para"),
    (re.compile(r"\bahorita\b"), "ahora"),
    (re.compile(r"\b(morir|matar|suicidar|cortar|lastimar) me\b"), r"\1me"),
]


def prepare(folded: str) -> str:
    for pattern, replacement in _SLANG:
        folded = pattern.sub(replacement, folded)
    return folded


# "me quiero morir de vergüenza", "me muero de hambre": figures of speech.
_HYP = (
    r"(?! de (?:la |el )?(?:verguenza|pena|risa|hambre|sueno|frio|calor|aburrimiento|envidia|amor|ganas|miedo|sed|"
    r"cansancio|asco|nervios|ternura|gusto|felicidad|alegria|emocion|celos|cringe))"
)
_NOW = r"(?:esta noche|hoy|ahora(?: mismo)?|ya mismo|en un rato)"
_PILLS = r"(?:pastillas|pastis|pildoras|medicamentos|medicinas|paracetamol|ibuprofeno|clonazepam|rivotril|ansioliticos|antidepresivos|tafil|alprazolam)"
_DRUGS = rf"(?:{_PILLS}|drogas|coca|cocaina|tusi|extasis|molly|ketamina|keta|heroina|fentanilo|alcohol|tequila|vodka|ron)"
_NOT_HAIR = r"(?! (?:el|la|los|las) (?:pelo|cabello|unas|flequillo|barba|fleco|dedo|puntas))"
_AGRESOR = (
    r"(?:el|ella|ellos|mi (?:pareja|novio|novia|esposo|esposa|marido|mujer|padre|papa|madre|mama|padrastro|madrastra|"
    r"hermano|hermana|tio|abuelo|ex|jefe|primo))"
)
_GOLPES = (
    r"(?:pega|pego|pegaba|golpea|golpeo|golpeaba|maltrata|maltrato|maltrataba|viola|violo|violaba|amenaza|amenazo|"
    r"empuja|empujo|patea|pateo|cachetea|cacheteo|da (?:cachetadas|bofetadas|palizas|golpes)|dio una paliza|"
    r"estrangula|estrangulo|ahorca|quema)"
)
# "me pega unos gritos" (yells at me), "me pegó el covid" (gave me covid): not violence.
_NOT_IDIOM = r"(?! (?:unos |un |una |el |la |los |las )?(?:gritos?|sustos?|broncas?|covid|gripe|resfriado|virus|piojos|chicle|bronca))"
_MILD = r"(?:me siento (?:muy )?(?:rar[oa]|mal|maread[oa]|fatal)|estoy (?:muy )?maread[oa]|estoy vomitando|vomito)"
_SEVERE = (
    r"(?:no puedo respirar|me cuesta respirar|el corazon (?:me )?(?:late|va) (?:muy )?(?:rapido|a mil)|me late (?:muy )?rapido el corazon|"
    r"me estoy desmayando|me voy a desmayar|convulsion\w*|no siento (?:las|los|mi))"
)

PHRASES = (
    # ===== suicidal thoughts and behaviour =====
    # --- imminent ---
    p(rf"\b(?:me tome|tome|trague|me he tomado|he tomado|acabo de tomar(?:me)?|me acabo de tomar) (?:todas (?:las|mis)|un monton de|muchas|{COUNT}|toda la caja de|el bote de|la caja entera de|un bote de|la caja de)\b.{{0,25}}\b{_PILLS}", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bestoy (?:parad[oa] |sentad[oa] |subid[oa] )?(?:en|sobre|arriba de|encima de|al borde de) (?:el|la) (?:puente|azotea|techo|borde|cornisa|vias|via del tren|balcon|barandilla|acantilado)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:este es mi ultimo mensaje|esto es un adios|adios para siempre|adios a todos|cuando leas esto ya)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:me voy a (?:matar|suicidar|quitar la vida)|voy a (?:matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida))) {_NOW}\b|\besta noche (?:me mato|me suicido|acabo con todo)\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\b(?:la cuerda|la soga|las pastillas|la pistola|el arma|la navaja|la cuchilla) (?:ya )?(?:esta|estan) (?:lista|listas|listo|preparad[oa]s?|en mi mano|aqui conmigo|cargada)\b|\btengo (?:la soga|la cuerda) (?:al|en el) cuello\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bestoy sangrando (?:mucho|demasiado)\b|\bno (?:para|deja) de sangrar\b", SELF_HARM, X, False),
    # --- high ---
    p(r"\b(?:me voy a (?:matar|suicidar|quitar la vida|ahorcar|tirar (?:del|de un|de una|de la|por la|al tren|a las vias))|voy a (?:matarme|suicidarme|quitarme la vida|ahorcarme|tirarme (?:del|de un|de una|de la|por la|al tren|a las vias)|acabar con mi vida)|he decidido (?:matarme|suicidarme|quitarme la vida|acabar con todo|acabar con mi vida))\b(?! (?:estudiando|trabajando|de risa|con (?:la|el) (?:bici|moto|coche|carro)))", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:tengo|ya tengo|hice|he hecho) un plan\b.{0,30}\b(?:matarme|morir|suicidarme|quitarme la vida|acabar con todo)\b|\bya (?:se|tengo pensado) (?:como|cuando|donde) (?:lo voy a hacer|hacerlo|matarme)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:escribi|estoy escribiendo|deje|ya escribi|he escrito) (?:una|mi|la) (?:carta|nota) de (?:despedida|suicidio)\b|\b(?:carta|nota) (?:de )?suicid\w*", SUICIDAL_BEHAVIOUR, H),
    p(r"(?<!no )\b(?:tengo|ya tengo|compre|consegui|guarde|he guardado|he juntado|junte|estoy juntando|escondi) (?:la soga|una soga|la cuerda|las pastillas|la pistola|el arma|veneno|suficientes pastillas)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:estoy bien|no pasa nada|no te preocupes|tranqui|todo bien)\b.{0,40}\b(?:la verdad|en realidad|bueno|sinceramente|para ser honest[oa])\b.{0,30}\b(?:tengo|ya tengo|compre|consegui|guarde|he guardado|escondi)\b.{0,20}\b(?:cuerda|soga|pistola|arma|pastillas|cuchillas?|veneno)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:intente|he intentado|trate de|ya intente) (?:matarme|suicidarme|quitarme la vida)\b|\bintento de suicidio\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bcuantas pastillas (?:hacen falta|necesito|se necesitan|son|tengo que tomar) para (?:morir|matarme|no despertar)\b|\bdosis letal\b|\bcomo (?:matarme|suicidarme|ahorcarme)\b|\b(?:forma|manera) (?:mas )?(?:facil|rapida|indolora) de (?:morir|matarme|suicidarme)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bestoy regalando (?:todas )?mis cosas\b|\bregale todas mis cosas\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bme voy a (?:cortar|lastimar|quemar|hacer dano)\b{_NOT_HAIR}|\bvoy a (?:cortarme|lastimarme|quemarme|hacerme dano)\b{_NOT_HAIR}|\b(?:cortes|cortadas) (?:muy )?profund[oa]s\b|\bnecesito puntos\b", SELF_HARM, H),
    # --- moderate ---
    p(rf"(?<!va a )(?<!van a )\b(?:me quiero morir|quiero morir(?:me)?|me quiero matar|quiero matarme|me quiero suicidar|quiero suicidarme|quiero quitarme la vida|quisiera morir(?:me)?|me quisiera morir|(?:tengo|me dan) ganas de (?:morir(?:me)?|matarme|suicidarme)|(?:pienso|he pensado|estoy pensando|sigo pensando) en (?:matarme|suicidarme|quitarme la vida|morir(?:me)?)|quiero acabar con (?:todo|mi vida)|matarme|suicidarme|quitarme la vida)\b{_HYP}", SUICIDAL_THOUGHTS, M),
    p(r"\bsuicid(?:io|arse|a|as)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:ya )?no quiero (?:vivir|seguir viviendo|existir|estar viv[oa]|seguir con vida|seguir en este mundo)\b|\bno tengo (?:ganas|razones|motivos) (?:de|para) vivir\b|\bno hay razon para vivir\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\b(?:todos|mi familia|el mundo|todo el mundo|ustedes|mis padres) estar(?:ian|ia) mejor sin mi\b|\bestaria mejor muert[oa]\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:tirarme|aventarme|lanzarme) (?:de(?:l| un| una| la)|desde (?:el|la|un|una)|por (?:la|el)|a las vias|al (?:tren|metro)|delante de|frente a)\b|\bahorcarme\b|\bcortarme las venas\b", SUICIDAL_THOUGHTS, M),
    # --- low ---
    p(r"\bojala (?:me muriera|me muera|estuviera muert[oa]|no despierte|no despertara|no hubiera nacido|no existiera|desapareciera)\b|\bquisiera (?:no existir|no haber nacido|desaparecer)\b", SUICIDAL_THOUGHTS, L),
    p(r"\bquiero desaparecer\b|\bdesaparecer para siempre\b|\bno quiero despertar(?:me)?\b|\bdormir y no despertar\b", SUICIDAL_THOUGHTS, L, False),
    p(r"\bya no (?:puedo|aguanto) mas\b|\bno puedo mas\b|\bno (?:le )?(?:veo|encuentro) (?:el )?sentido (?:a (?:la vida|vivir|nada)|de vivir)\b|\bla vida no tiene sentido\b|\bsoy una carga\b|\bestoy (?:hart[oa]|cansad[oa]) de vivir\b|\bno tengo esperanza\b|\bsin esperanza\b|\bnadie me (?:extranaria|echaria de menos)\b|\bodio mi vida\b", SUICIDAL_THOUGHTS, L, False),
    # --- self-harm, moderate ---
    p(rf"\b(?:quiero|tengo ganas de|necesito|volvi a|vuelvo a|empece a|sigo|me dan ganas de|ganas de) (?:cortarme|lastimarme|hacerme dano|quemarme|golpearme|autolesionarme)\b{_NOT_HAIR}", SELF_HARM, M),
    p(r"\bme (?:corto|corte|estoy cortando|he cortado|lastimo|quemo|queme) (?:los brazos|las piernas|las munecas|el brazo|la muneca|la pierna|los muslos|otra vez|de nuevo|cada noche|todos los dias|a proposito|con (?:una|la) (?:cuchilla|navaja|gillette))\b", SELF_HARM, M),
    p(r"\bautolesion(?:es|arme|o|ando|ado)?\b|\bme hago dano\b|\bme hice dano a proposito\b|\brecai en (?:cortarme|las autolesiones)\b", SELF_HARM, M),
    # ===== harm to others =====
    p(rf"\b(?:lo|la|los|las) voy a matar {_NOW}\b|\bvoy a matar(?:lo|la|los|las)? (?:a \w+ )?{_NOW}\b", HARM_TO_OTHERS, X),
    p(r"\b(?:lo|la|los|las) voy a (?:matar|apunalar|acuchillar|balear)\b(?! (?:si|cuando|como)\b)|\bvoy a (?:matar(?:lo|la|los|las)|apunalar(?:lo|la)|disparar(?:le|les)|matar a (?:alguien|mi \w+|todos|ese|esa))\b(?! (?:si|cuando|como)\b)", HARM_TO_OTHERS, H),
    p(r"\b(?:quiero|tengo ganas de|me dan ganas de|pienso en|he pensado en) (?:matar(?:lo|la|los|las|le)|hacerle dano|lastimar(?:lo|la|los|las)|pegarle|apunalar(?:lo|la)|golpear(?:lo|la)|matar a (?:alguien|mi \w+|todos|ese|esa|el|ella))\b", HARM_TO_OTHERS, M),
    p(r"\b(?:miedo|temo|me da miedo) (?:de )?(?:hacerle dano|lastimar) (?:a )?(?:mi bebe|mi hij[oa]|alguien|mis hijos)\b", HARM_TO_OTHERS, M),
    # ===== abuse =====
    p(rf"\b(?:{_AGRESOR} )?(?:esta|estan) (?:afuera|fuera|aqui|en la puerta|en (?:la|mi) casa|abajo|viniendo|llegando)\b.{{0,30}}\b(?:con|tiene|trae) (?:un|una) (?:cuchillo|navaja|pistola|arma|machete)\b", ABUSE, X, False, False),
    p(r"\bme (?:esta|estan) (?:pegando|golpeando|ahorcando|estrangulando|atacando|violando)\b|\b(?:quiere|esta intentando|intenta) (?:entrar a la fuerza|tirar la puerta|romper la puerta)\b|\besta (?:tirando|rompiendo|pateando) la puerta\b|\bme va a matar (?:esta noche|hoy|ahora)\b", ABUSE, X, False, False),
    p(rf"\bme (?:{_GOLPES})\b.{{0,60}}\b(?:miedo|no quiero volver|no puedo volver|panico|aterrad[oa])\b|\bmiedo (?:de|a) volver a (?:casa|mi casa)\b.{{0,60}}\bme (?:{_GOLPES})\b", ABUSE, H, False, False),
    p(r"\b(?:me amenazo|me amenaza|amenazo|amenaza) con matarme\b|\bdijo que me (?:va a|iba a) matar\b|\bme (?:intento estrangular|intento ahorcar)\b|\btengo miedo de que me mate\b", ABUSE, H, False, False),
    p(rf"\b{_AGRESOR} me (?:toca|toco|tocaba) (?:ahi|mis partes|donde no|por las noches|cuando)\b", ABUSE, H, False, False),
    p(rf"\b{_AGRESOR} (?:siempre |ya |todavia |a veces |me sigue )?me (?:{_GOLPES})\b{_NOT_IDIOM}|\b{_AGRESOR} abusa de mi\b|\bme (?:pega|golpea|maltrata) (?:cuando|todos los dias|siempre|mucho)\b|\b(?:sufro|estoy sufriendo|vivo con) (?:maltrato|violencia (?:domestica|de genero|intrafamiliar)|abuso)\b|\bme (?:violaron|abusaron|abuso sexualmente)\b", ABUSE, M, False, False),
    p(r"\bno me siento segur[oa] en (?:casa|mi casa)\b|\bmiedo (?:de|a) volver a casa\b|\bme va a matar\b(?! (?:si|cuando)\b)", ABUSE, M, False, False),
    p(rf"\b{_AGRESOR} (?:me controla|revisa mi (?:celular|telefono|movil)|no me deja (?:salir|ver|hablar)|me grita|me insulta|me humilla)\b|\bviolencia (?:domestica|de genero)\b", ABUSE, L, False, False),
    # ===== substance emergency =====
    p(rf"\b(?:me tome|tome|trague|me meti|consumi|me he tomado)\b (?:como |unas |unos )?(?:{COUNT}|muchas|un monton de|todas (?:las|mis)|demasiad[oa]s)\b.{{0,30}}\b(?:{_DRUGS}|algo)\b.{{0,40}}\b(?:{_MILD}|{_SEVERE})", SUBSTANCE_EMERGENCY, X, False),
    p(rf"\b(?:me tome|tome|trague|me meti|consumi|me he tomado|fume)\b.{{0,40}}\b{_DRUGS}\b.{{0,40}}\b{_SEVERE}", SUBSTANCE_EMERGENCY, X, False),
    p(rf"\b(?:me tome|tome|trague|me meti|consumi|me he tomado)\b.{{0,40}}\b{_DRUGS}\b.{{0,40}}\b{_MILD}", SUBSTANCE_EMERGENCY, M, False),
    p(r"\b(?:creo que )?(?:tuve|tengo|estoy teniendo|me dio) una sobredosis\b|\bme pase con (?:las pastillas|la droga|la coca|el alcohol)\b", SUBSTANCE_EMERGENCY, X, False),
    p(r"\b(?:mi amig[oa]|el|ella|alguien|mi herman[oa]|mi novi[oa])\b.{0,40}\b(?:tomo|se metio|consumio|se tomo)\b.{0,40}\b(?:no respira|no reacciona|no despierta|esta inconsciente|convulsion\w*)", SUBSTANCE_EMERGENCY, X, False, False),
    p(rf"\bmezcle\b.{{0,30}}\b(?:alcohol|{_PILLS}|xanax|benzos|cocaina|coca)\b.{{0,10}}\b(?:con|y)\b.{{0,15}}\b(?:alcohol|{_PILLS}|xanax|cocaina|coca)\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\babstinencia\b.{0,40}\b(?:convulsion\w*|temblores|alucin\w*|no paro de temblar)\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\b(?:sindrome de abstinencia|estoy con (?:la )?abstinencia|tengo abstinencia)\b", SUBSTANCE_EMERGENCY, M),
    # ===== panic =====
    p(r"\b(?:tengo|estoy teniendo|me esta dando|me dio|otro) (?:un )?ataque de (?:panico|ansiedad)\b|\bno puedo respirar\b(?! de (?:la )?risa)|\bme falta el aire\b|\bsiento que me (?:muero|voy a morir|ahogo|vuelvo loc[oa])\b|\bcrisis de (?:panico|ansiedad)\b", PANIC, M),
    p(r"\b(?:tengo|siento) (?:mucha )?ansiedad\b|\bestoy (?:muy )?ansios[oa]\b|\bataques de (?:panico|ansiedad)\b", PANIC, L),
    # ===== psychosis =====
    p(r"\b(?:las )?voces (?:me )?(?:dicen|ordenan|piden|obligan|mandan)\b.{0,20}\b(?:que me (?:mate|lastime|corte|haga dano|tire)|matarme|lastimarme|cortarme|matar|hacer dano|que mate|que lastime)\b.{0,20}\b(?:ahora|ya|esta noche)\b", PSYCHOSIS, X),
    p(r"\b(?:las )?voces (?:me )?(?:dicen|ordenan|piden|obligan|mandan)\b.{0,20}\b(?:que me (?:mate|lastime|corte|haga dano|tire)|matarme|lastimarme|cortarme|matar|hacer dano|que mate|que lastime)\b", PSYCHOSIS, H),
    p(r"\b(?:escucho|oigo|estoy oyendo|estoy escuchando|empece a oir|empece a escuchar) voces\b(?! (?:en el pasillo|afuera|de (?:los|mis) vecinos))|\bvoces en mi cabeza\b|\bveo (?:cosas|gente|sombras) que no (?:estan|existen|son reales|hay)\b|\bme (?:estan|esta) (?:siguiendo|espiando|envenenando|vigilando)\b|\b(?:controlan|leen|me roban) mis pensamientos\b|\bme meten pensamientos\b|\bno se donde estoy\b", PSYCHOSIS, M),
    p(r"\bnada (?:se siente|parece|es) real\b|\bme siento (?:irreal|fuera de mi cuerpo|desconectad[oa] de (?:mi cuerpo|la realidad))\b", PSYCHOSIS, L),
    # ===== risk-taking =====
    p(r"\bestoy (?:manejando|conduciendo) (?:borrach[oa]|pedo|drogad[oa]|a \d{3})\b", RISK_TAKING, X),
    p(r"\b(?:maneje|conduje|manejando|conduciendo|iba|fui|cruce|cruzando|me tire|me acoste)\b.{0,60}\b(?:borrach[oa]|pedo|ebri[oa]|drogad[oa]|a \d{3}|\d{3} por hora|en contra|en sentido contrario|sin cinturon|sin casco|con los ojos cerrados|en rojo|en las vias|en la carretera)\b.{0,40}\b(?:a proposito|a posta|adrede|queriendo|para ver que pasa|sin importarme si (?:moria|me mataba|chocaba))", RISK_TAKING, H, False),
    p(r"\b(?:manejo|conduzco|maneje|conduje) (?:borrach[oa]|pedo|ebri[oa])\b", RISK_TAKING, M),
    # ===== medical emergency =====
    p(r"\b(?:dolor (?:en el|de) pecho|me duele (?:mucho )?el pecho|presion en el pecho)\b.{0,60}\b(?:brazo|mandibula|hombro|adormecid\w*|entumid\w*|hormigueo|sudor\w*|no puedo respirar|maread[oa])\b|\b(?:brazo|mandibula) (?:dormid[oa]|entumid[oa]|adormecid[oa])\b.{0,60}\bpecho\b", MEDICAL_EMERGENCY, X, False),
    p(r"\b(?:estoy teniendo|tengo|me esta dando|me dio) un (?:infarto|ataque al corazon|derrame|ictus|ataque cerebral)\b|\bse me (?:cierra|esta cerrando) la garganta\b|\bse me (?:hincha|esta hinchando) la (?:cara|lengua|garganta)\b|\bno puedo mover (?:el lado|la mitad|un lado)\b", MEDICAL_EMERGENCY, X, False),
    p(r"\b(?:no respira|dejo de respirar|no reacciona|no despierta|esta inconsciente|esta convulsionando|tiene una convulsion|se esta poniendo azul|tiene los labios morados)\b", MEDICAL_EMERGENCY, X, False, False),
    p(r"\b(?:vomito|vomitando|tosiendo|escupo) sangre\b|\bme golpee la cabeza\b.{0,40}\b(?:maread[oa]|vomit\w*|confundid[oa]|desmaye)\b", MEDICAL_EMERGENCY, H, False),
    p(r"\bdolor (?:en el|de) pecho\b|\bme duele el pecho\b|\bme desmaye\b", MEDICAL_EMERGENCY, M),
)

# The negation sits right before the verb and its clitics ("no me quiero", "nunca voy a"): a
# short window, so "nadie me entiende, me quiero morir" without the comma is not read as negated.
NEGATION = re.compile(
    r"\b(?:no|nunca|jamas|ni|nadie|sin|tampoco|y si|que tal si|que pasaria si|hipoteticamente|supongamos que|"
    r"imagina que|imaginate que|en la (?:pelicula|cancion|serie|novela))\b([^.!?;,]{0,10})$"
)
NEW_CLAUSE = re.compile(r"\b(?:yo|pero|aunque|y|porque|por que|si|que|cuando|la verdad|en realidad|sino|bueno)\b")
OTHER_PERSON = re.compile(
    r"\b(?:ella|ellos|ellas|alguien|el (?:dice|dijo|me dijo|quiere)|mi (?:amig[oa]|herman[oa]|mama|madre|papa|padre|prim[oa]|"
    r"novi[oa]|pareja|hij[oa]|espos[oa]|companer[oa]|vecin[oa]|ti[oa])|un amigo|una amiga|un companero|una companera)\b([^.!?;]{0,40})$"
)
SELF = re.compile(
    r"\b(?:me|mi|yo|conmigo|mis|quiero|quisiera|tengo|voy|estoy|soy|puedo|aguanto|pienso|tome|trague|intente|escribi|"
    r"compre|consegui|guarde|corto|corte)\b"
)
FIRST_PERSON = re.compile(r"\byo\b")
MEDIA = re.compile(
    r"\b(?:cancion|canciones|letra|pelicula|peli|serie|libro|novela|juego|videojuego|poema|frase|cita|meme|tiktok|video|"
    r"anime|personaje|cantante|canta|cantaba|capitulo|episodio|escena|rapero)\b"
)
MEDIA_BREAK = re.compile(r"\b(?:y (?:ahora|yo|me)|pero|ahora|porque|me hace|me hizo|despues|desde que)\b")
MEANS_MENTION = re.compile(
    r"\b(?:tengo|compre|consegui|guarde|encontre|junte|pedi|escondi)\b.{0,20}\b(?:cuerda|soga|pistola|arma|pastillas|navaja|cuchilla|veneno|cuchillo)s?\b"
)
WEAPON = re.compile(r"\b(?:tengo|agarre|traje|consegui|compre|llevo) (?:un|una|el|la|mi) (?:cuchillo|navaja|pistola|arma|machete|escopeta|rifle)\b")

# The other person's own words follow a verb of saying, quoted or not.
REPORTED_SPEECH = re.compile(r"\b(?:dijo|dice|me dijo|me dice|me escribio|escribio|me conto|puso)(?: que)?\s*$")

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
