"""Spanish. Patterns run on folded text: no accents ("autolesion", "mas"), "q"/"k" -> "que".

Spanish marks the person in the verb ("quiero morir" is the speaker, "quiere morir" someone
else), so most patterns are first-person verb forms. Negation comes before the verb: "no quiero
morir" is negated, but "ya no quiero vivir" carries its own negation and is risk.

Written for chat across Spain and Latin America: voseo ("vos sos", "no doy mas"), regional words
for pills ("pastis", "pepas", "chochos") and for a blister pack ("blister", "tableta", "lamina"),
and the shorthand people type ("q", "pq", "tb", "msj", "dsp").
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
    word_fixes,
)

CODE = "es"

# Chat shorthand, one word for another: a single pass over the text (every message is read in
# every language, so this stays one regex).
_WORDS = {
    "q": "que", "k": "que", "ke": "que", "qe": "que",
    "xq": "porque", "pq": "porque", "porq": "porque", "pk": "porque", "xk": "porque", "porke": "porque",
    "nose": "no se",
    "toy": "estoy", "toi": "estoy", "stoy": "estoy",
    "kiero": "quiero", "qiero": "quiero", "quero": "quiero",
    "kisiera": "quisiera", "kitarme": "quitarme",
    "boy": "voy", "voi": "voy",
    "d": "de", "x": "por", "pa": "para", "xa": "para",
    "ahorita": "ahora", "aora": "ahora",
    "tb": "tambien", "tmb": "tambien", "tbn": "tambien",
    "nd": "nada", "tdo": "todo", "tds": "todos", "tdos": "todos",
    "msj": "mensaje", "msjs": "mensajes",
    "dsp": "despues", "dps": "despues", "dsps": "despues",
    "bn": "bien", "aki": "aqui", "vdd": "verdad",
    "mnn": "manana",
    "pastiyas": "pastillas", "pastiya": "pastilla",
    "nesecito": "necesito", "nesesito": "necesito", "nececito": "necesito",
}
_CLITIC = re.compile(r"\b(morir|matar|suicidar|cortar|lastimar) me\b")
_SUISID = re.compile(r"\bsuisid")


prepare = rewriter([word_fixes(_WORDS), (_CLITIC, r"\1me"), (_SUISID, "suicid")])


# "me quiero morir de vergüenza", "me muero de hambre": figures of speech.
_HYP = (
    r"(?! de (?:la |el )?(?:verguenza|pena|risa|hambre|sueno|frio|calor|aburrimiento|envidia|amor|ganas|miedo|sed|"
    r"cansancio|asco|nervios|ternura|gusto|felicidad|alegria|emocion|celos|cringe))"
)
_NOW = r"(?:esta noche|hoy|ahora(?: mismo)?|ya mismo|en un rato)"
# "me mato" is also "he/it killed me" once accents go ("me mató de risa") and "I slog" ("me mato estudiando").
_ME_MATO = r"me mato(?! (?:de |a |estudiando|trabajando|entrenando|corriendo|limpiando|haciendo|en el (?:gym|gimnasio|trabajo)))"
# Tomorrow, a weekday, "next week": a date set.
_SOON = (
    r"(?:manana|pasado manana|el (?:lunes|martes|miercoles|jueves|viernes|sabado|domingo)|"
    r"este (?:finde|fin de semana|lunes|martes|miercoles|jueves|viernes|sabado|domingo)|la (?:proxima|otra) semana)"
)
_PILLS = (
    r"(?:pastillas|pastis|pildoras|comprimidos|capsulas|grageas|tabletas|medicamentos|medicinas|remedios|pepas|chochos|"
    r"paracetamol|acetaminofen|ibuprofeno|aspirinas|clonazepam|rivotril|ansioliticos|antidepresivos|tafil|alprazolam|"
    r"xanax|diazepam|valium|lorazepam|orfidal|lexatin|trankimazin|tranquimazin|zolpidem|somniferos|benzos|tramadol|"
    r"quetiapina|sertralina|fluoxetina|litio)"
)
_SEDATIVES = (
    r"(?:clonazepam|rivotril|alprazolam|xanax|tafil|diazepam|valium|lorazepam|orfidal|lexatin|trankimazin|tranquimazin|"
    r"zolpidem|somniferos|benzos|ansioliticos|pastillas para dormir|tramadol|quetiapina|morfina|oxicodona|fentanilo)"
)
_BOOZE = r"(?:alcohol|vino|cerveza|cervezas|birra|tequila|vodka|ron|whisky|pisco|fernet|aguardiente|guaro|mezcal|ginebra|gin|chelas|trago|tragos)"
_DRUGS = rf"(?:{_PILLS}|drogas|coca|cocaina|tusi|extasis|molly|ketamina|keta|heroina|fentanilo|alcohol|tequila|vodka|ron)"
_NUM = rf"(?:{COUNT}|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta|cuarenta|cincuenta|cien)"
# A whole pack: "toda la caja", "el blister entero", "dos cajas" ("una tableta" is one pill in
# Mexico, so only the whole tableta counts).
_PACK = (
    r"(?:toda la (?:caja|cajita|tableta|tira|lamina)|(?:la|una) (?:caja|cajita|tableta|lamina) entera|"
    r"todo el (?:frasco|bote|blister|tarro|tubo|sobre|envase)|(?:el|un) (?:frasco|bote|blister|tarro|envase) entero|"
    r"el (?:frasco|bote|blister)|(?:dos|tres|cuatro|varias|un par de) (?:cajas|frascos|botes|blisters|tiras|laminas))"
)
# How many: before the name of the pills ("una caja entera de pastillas", "como 20 pastillas").
_QTY = (
    rf"(?:todas (?:las|mis|sus)(?! (?:mananas|noches|tardes|semanas|veces))|todos (?:los|mis|sus)(?! (?:dias|meses|anos|lunes|martes|miercoles|jueves|viernes|sabados|domingos))|un monton de|un punado de|much[ao]s|muchisim[ao]s|demasiad[ao]s|"
    rf"(?:como |mas de |unas |unos |casi )?{_NUM}|(?:una|media) caja de|un (?:frasco|bote|blister) de|{_PACK} de)"
)
# I took (not "no me tomé", not "que tome" = the doctor told me to take).
_TOOK = (
    r"(?<!no )(?<!no me )(?<!nunca )(?<!nunca me )(?<!ni )(?<!que )(?<!casi )(?<!casi me )"
    r"(?:(?:me |ya )?(?:tome|trague)|me (?:meti|empastille)|(?:me )?he (?:tomado|tragado)|me he metido|"
    r"(?:me )?acabo de (?:tomar|tragar)(?:me)?|(?:me )?estoy tomando(?:me)?)"
)
# ...as prescribed, the course of antibiotics, the pill: not an overdose.
_ROUTINE = (
    r"(?! (?:de hoy|del dia|de la (?:manana|noche|tarde)|a su hora|a tiempo|como (?:me )?(?:dijo|indico|mando|receto)|"
    r"(?:del|de la|de) (?:antibiotico|tratamiento|anticonceptiv\w*|la presion|la tiroides|vitaminas|hierro)|anticonceptiv\w*))"
)
_NOT_DRINK = (
    r"(?! de (?:jugo|zumo|leche|vino|cerveza|cervezas|birras?|chelas?|agua|te|cafe|refrescos?|gaseosas?|chocolate|"
    r"galletas|cereal|helado|yogur|tequila|vodka|ron|whisky|anticonceptiv\w*|antibiotico\w*|vitaminas))"
)
# Someone with the person, after taking something: an emergency, whoever says it.
_UNRESPONSIVE = (
    r"(?:no (?:despierta|se despierta)(?! (?:ni |temprano|a tiempo|con |hasta|antes|para))|no (?:respira|reacciona|responde|abre los ojos|se mueve)|casi no respira|apenas respira|"
    r"respira (?:muy )?(?:raro|lento|despacio)|(?:esta|se quedo|quedo) (?:inconsciente|morad[oa]|azul|inerte|ties[oa])|"
    r"se desmayo y no|esta desmayad[oa] y no|(?:esta )?convulsion\w*|echa espuma|"
    r"no (?:lo|la) (?:puedo|logro|consigo) despertar|no (?:puedo|logro|consigo) despertarl[oa]|se (?:esta )?ahogando)"
)
_THEY_TOOK = (
    r"(?:se (?:tomo|trago|metio|bebio|inyecto|fumo|paso con|ha tomado|ha tragado|ha metido)|"
    r"se (?:acaba|acababa) de (?:tomar|tragar|meter|inyectar)|acaba de (?:tomarse|tragarse|meterse)|"
    r"tomo|trago|consumio|bebio|fumo|esnifo|se esta tomando)"
)
# Long ago, or news: not happening now.
_NOT_PAST = (
    r"(?!.{0,50}\b(?:el (?:ano|mes) pasado|hace (?:anos|meses|\d+ (?:anos|meses))|cuando (?:era|tenia|eramos)|"
    r"y (?:se )?murio|antes de morir|fallecio))"
)
# A question about a lethal dose or a method, asked about no one in particular ("asking for
# methods or lethal doses" is moderate on the ladder); with the person's own means, intent, time
# or a dropped cover it is high (below).
_ASK = (
    r"(?:(?<!una )(?<!un )dosis (?:letal|mortal|fatal)(?:es)?"
    r"|cuant[oa]s?\b[^.?!]{0,50}\b(?:para|pa) (?:morir(?:se|me|te)?(?! de (?:risa|aburrimiento|hambre|verguenza|amor|ganas|sueno|frio|calor|pena|sed))|matar(?:se|me|te)\b|matar a (?:una persona|alguien|un adulto)|"
    r"no despertar\w*|no volver a despertar\w*|dormir para siempre|una sobredosis|suicid\w+|quitar(?:se|me|te) la vida|"
    r"que sea (?:mortal|letal)|ser (?:mortal|letal))"
    rf"|cuant[oa]s? (?:de )?(?:{_PILLS}|pastilla|mg|miligramos|gramos|cajas|frascos|ml|mililitros)\b[^.?!]{{0,40}}\b"
    r"(?:matan|te matan|son (?:mortales|letales)|es (?:mortal|letal)|serian (?:mortales|letales))"
    rf"|(?:que|cuales) (?:{_PILLS}|pastilla|medicamento|medicina)\b[^.?!]{{0,30}}\b(?:matan|mata|son (?:mortales|letales)|te matan|pueden matar|"
    r"sirven para (?:morir|matarse|suicidarse)|tomaria para (?:morir|no despertar\w*|matarse))"
    r"|(?:forma|manera|metodo|modo)s? (?:mas )?(?:facil|rapid[oa]|indolor[oa]|sin dolor|efectiv[oa]|segur[oa]|eficaz|certer[oa]|limpi[oa])"
    r"(?:s|es)? (?:de|para) (?:morir|matarse|suicidarse|quitarse la vida|acabar con (?:todo|la vida))"
    r"|metodos? (?:de|para) suicid\w+"
    r"|como (?:matarse|suicidarse|quitarse la vida|ahorcarse)|(?:como|forma de|manera de|para|decide|decidio|quiere|quiero) morir sin (?:dolor|sufrir)"
    r"|desde que altura\b[^.?!]{0,40}\b(?:mueres|muere|te matas|se mata|mata|es mortal|morir)"
    r"|que altura (?:hace falta|se necesita) para (?:morir|matarse)|que altura (?:mata|es mortal)"
    r"|(?:que|cual) nudo\b[^.?!]{0,40}\b(?:ahorcar\w*|horca|colgarse|colgarme)|nudo de (?:la )?horca"
    r"|cuanto (?:tiempo )?(?:tarda|se tarda|demora|tardaria)\b[^.?!]{0,30}\b(?:en morir\w*|en desangrar\w*|en ahogar\w*|una sobredosis)"
    r"|que pasa(?:ria)? si (?:me tomo|se toma|alguien se toma|uno se toma|te tomas|tomo|me trago) "
    rf"(?:toda la caja|la caja entera|todo el frasco|el frasco entero|el blister entero|todas (?:las|mis) (?:{_PILLS}|pastillas)|un monton de|[2-9]\d|\d{{3}}))"
)
# The person in the question: their own pills or means, a wish, tonight, or the cover dropped.
_MINE = (
    rf"(?:mis (?:{_PILLS}|pastillas para dormir)|(?:de|con) (?:las )?mias|"
    r"(?:el|la) (?:paciente|protagonista|personaje|amig[oa]|chic[oa]|persona) (?:soy|en realidad soy|de verdad soy|en verdad soy) yo|"
    r"soy yo (?:de verdad|en realidad|en verdad)|(?:en realidad|la verdad|de verdad|en verdad) (?:es|era|hablo|pregunto|lo pregunto) (?:para|por|de) mi|"
    r"no es para (?:un amigo|una amiga|un libro|una novela|una historia|un trabajo|la facultad|clase)|hablo de mi|"
    r"pregunto por (?:un|una) amig[oa]|preguntando por (?:un|una) amig[oa]|asking for a friend|"
    r"es para (?:un|una) amig[oa] (?:jaja\w*|jeje\w*|lol|xd)|"
    r"tengo (?:dos|tres|cuatro|cinco|varias|unas|muchas|un par de|\d+) (?:cajas|frascos|botes|blisters|tiras|laminas)|"
    rf"tengo (?:las|suficientes|bastantes|muchas|todas las) (?:{_PILLS})|"
    r"(?:me )?quiero (?:morir(?:me)?|matarme|no despertar(?:me)?|dormir para siempre|acabar con todo)|"
    r"para (?:matarme|morirme|no despertarme|suicidarme|quitarme la vida)|esta noche|hoy mismo|ya no aguanto|no aguanto mas|no puedo mas)"
)
# A rope for the washing line, the tent, the dog: not a means.
_NOT_CHORE = r"(?! (?:para|pa|de) (?:tender|colgar la ropa|la ropa|el tendedero|saltar|escalar|el perro|la perra|acampar|la carpa|la tienda|amarrar|atar|la mudanza|el gimnasio|crossfit))"
_SUICIDAL = (
    r"(?:me quiero morir|quiero morir(?:me)?|matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida)|"
    r"carta de despedida|cartas de despedida|ya no (?:puedo|aguanto) mas|no quiero vivir|"
    rf"(?:tengo|compre|consegui) (?:la|una) (?:soga|cuerda){_NOT_CHORE}|(?:tengo|junte|guarde) (?:las|suficientes) pastillas)"
)
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
# On a bridge for the long weekend ("el puente de mayo"), on the roof with friends: not a ledge.
_NOT_LEISURE = (
    r"(?! (?:de (?:mayo|diciembre|la constitucion|todos los santos|semana santa|agosto|octubre|noviembre)|largo|festivo|"
    r"tomando|fumando|tendiendo|comiendo|leyendo|regando|de fiesta|con (?:mis|unos|unas|los|las) (?:amig|compa|prim|viej)|"
    r"haciendo (?:un |una )?(?:asado|carne asada|barbacoa|fotos?)|sacando fotos?|viendo (?:el|la|las) (?:atardecer|puesta|estrellas|luna|fuegos)|"
    r"de (?:un|una|la|mis|las) (?:ataque|crisis|colapso|locura|llanto|lagrimas)|del (?:colapso|llanto))"
    r"|[^.!?]{0,25}\b(?:fotos?|selfies?|turistas?|de paseo|de vacaciones|arreglando|reparando|instalando|pintando|tendiendo))"
)
_PLACE = (
    r"(?:puente|azotea|techo|tejado|borde|cornisa|vias|via del tren|rieles|balcon|barandilla|baranda|barandal|"
    r"acantilado|precipicio|risco|viaducto|ultimo piso|terraza del edificio)"
)

_VENENO = (
    r"(?:cloro|lejia|lavandina|clorox|veneno(?: para ratas)?|raticida|matarratas|anticongelante|insecticida|herbicida|"
    r"plaguicida|pesticida|paraquat|soda caustica|acido muriatico|fosfuro|productos? (?:de limpieza|quimicos?))"
)

PHRASES = (
    # ===== suicidal thoughts and behaviour =====
    # --- imminent ---
    # An overdose taken: "me tomé una caja entera de pastillas", "me trague el blister entero",
    # "me he tomado como 30 pastis con vodka", "las pastillas me las tomé todas".
    p(rf"\b{_TOOK} (?:{_QTY}\b.{{0,25}}\b{_PILLS}\b{_ROUTINE}|{_PACK}\b{_NOT_DRINK})", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b{_PILLS}\b.{{0,40}}\b(?:me (?:las|los) (?:tome|trague|he tomado|acabo de tomar)|(?:me )?(?:tome|trague)) (?:tod[ao]s|tod[ao]s l[ao]s que (?:tenia|habia|quedaban))\b", SUICIDAL_BEHAVIOUR, X, False),
    # On the edge now: "estoy parada en el puente", "estoy en las vias", "del otro lado de la baranda".
    p(rf"\bestoy (?:parad[oa] |sentad[oa] |subid[oa] |de pie |asomad[oa] |colgad[oa] |ya )?(?:en|sobre|arriba de|encima de|al borde de|en el borde de|en la orilla de|del otro lado de|afuera de) (?:el|la|las|los|un|una|mi) {_PLACE}\b{_NOT_LEISURE}", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:me subi|estoy subid[oa]|me pase|estoy) (?:a la|al|en la|en el|del otro lado de la|del otro lado del) (?:baranda|barandilla|barandal|cornisa|borde del (?:puente|edificio|techo|balcon)|muro del puente)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:este es mi ultimo mensaje|esto es un adios|adios para siempre|adios a todos|cuando leas esto ya)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:me voy a (?:matar|suicidar|quitar la vida)|voy a (?:matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida))) {_NOW}\b|\besta noche (?:{_ME_MATO}|me suicido|acabo con todo)\b", SUICIDAL_BEHAVIOUR, X),
    # "...lo hago esta noche": after a suicidal phrase, "it" tonight is the act with a time set.
    p(rf"\b{_SUICIDAL}\b.{{0,120}}\b(?:(?:lo (?:voy a )?hac(?:er|o)|voy a hacerlo|lo hare) (?:esta noche|hoy|ahora(?: mismo)?|ya mismo)|(?:esta noche|hoy) (?:lo hago|es la noche|es el dia|lo voy a hacer))\b", SUICIDAL_BEHAVIOUR, X),
    # Means in hand: "tengo las pastillas en la mano", "la soga ya está atada".
    p(r"\b(?:la cuerda|la soga|las pastillas|la pistola|el arma|la navaja|la cuchilla) (?:ya )?(?:esta|estan) (?:lista|listas|listo|preparad[oa]s?|en mi mano|aqui conmigo|cargada|atada|colgada)\b|\btengo (?:la soga|la cuerda) (?:al|en el) cuello\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:tengo|estoy con|agarre|sostengo) (?:la soga|la cuerda|las pastillas|las pastis|todas las pastillas|la pistola|el arma|el revolver|la navaja|la cuchilla|el veneno|la caja de {_PILLS}|el frasco de {_PILLS}) (?:en (?:la|mi|las|mis) manos?|en la boca|delante de mi|frente a mi|enfrente de mi|apuntandome|contra (?:la|mi) (?:cabeza|sien|cuello|muneca|pecho))\b|\bya (?:hice el nudo|ate la (?:soga|cuerda)|colgue la (?:soga|cuerda))\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bestoy sangrando (?:mucho|demasiado)\b|\bno (?:para|deja) de sangrar\b", SELF_HARM, X, False),
    # --- high ---
    p(r"\b(?:me voy a (?:matar|suicidar|quitar la vida|ahorcar|tirar (?:del|de un|de una|de la|por la|al tren|a las vias)|aventar|lanzar)|voy a (?:matarme|suicidarme|quitarme la vida|ahorcarme|tirarme (?:del|de un|de una|de la|por la|al tren|a las vias)|aventarme|lanzarme|acabar con mi vida|saltar (?:del|de la|de un|de una|al vacio|a las vias))|he decidido (?:matarme|suicidarme|quitarme la vida|acabar con todo|acabar con mi vida))\b(?! (?:estudiando|trabajando|de risa|con (?:la|el) (?:bici|moto|coche|carro)|en paracaidas|en bungee|a la piscina|al agua|a la pileta))", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:tengo|ya tengo|hice|he hecho) un plan\b.{0,30}\b(?:matarme|morir|suicidarme|quitarme la vida|acabar con todo)\b|\b(?:ya )?(?:se|tengo pensado|tengo claro|decidi|elegi|averigue|calcule|planee|pense bien) (?:exactamente )?(?:como|cuando|donde|que dia|el dia) (?:lo voy a hacer|lo haria|lo hare|hacerlo|matarme|va a ser|me voy a matar|me mato)\b|\b(?:ya )?(?:encontre|tengo|elegi|escogi) (?:el|un|la) (?:lugar|sitio|puente|edificio|punto) (?:perfecto |ideal |indicado |adecuado |justo )?(?:para|pa|donde) (?:hacerlo|tirarme|aventarme|lanzarme|ahorcarme|matarme|acabar con todo|lo voy a hacer|saltar(?! (?:en paracaidas|en bungee|de (?:bungee|puenting|paracaidas)|al (?:agua|rio|mar)|a la (?:piscina|pileta))))\b", SUICIDAL_BEHAVIOUR, H),
    # A date set: "mañana acabo con todo", "el viernes me mato", "ya tengo fecha para hacerlo".
    p(rf"\b{_SOON} (?:{_ME_MATO}|me suicido|me quito la vida|acabo con (?:todo|mi vida)|termino con todo|se acaba todo|ya no (?:voy a estar|estare|existire))\b|\b(?:voy a|quiero) (?:matarme|suicidarme|quitarme la vida|acabar con (?:todo|mi vida)) {_SOON}\b|\bya (?:tengo|elegi|escogi|decidi|puse|fije) (?:la |una |el )?(?:fecha|dia)\b.{{0,20}}\b(?:para (?:hacerlo|matarme|morir|irme|acabar con todo|suicidarme)|en que (?:lo voy a hacer|me voy|me mato))\b", SUICIDAL_BEHAVIOUR, H),
    # "...mañana lo resuelvo de una vez": after a suicidal phrase or a goodbye, a date for "it".
    p(rf"\b(?:{_SUICIDAL}|cartas?|despedida|me despedi)\b.{{0,150}}\b{_SOON}\b.{{0,30}}\b(?:lo hago|lo voy a hacer|es el dia|(?:lo |esto |todo )?(?:resuelvo|termino|acabo|arreglo|soluciono)(?: con (?:esto|todo))? de una (?:vez|buena vez)|se (?:acaba|termina) (?:todo|esto) de una vez)\b", SUICIDAL_BEHAVIOUR, H),
    # Goodbye letters and messages: "escribí una carta de despedida", "ya escribí las cartas
    # para mi mamá y mi hermano", "les dejé un audio pidiéndoles perdón".
    p(r"\b(?:escribi|ya escribi|he escrito|estoy escribiendo|termine de escribir|deje|ya deje|dejo|tengo|ya tengo|grabe|he grabado|estoy grabando|mande|envie)\b (?:una |unas |la |las |mi |mis |un |unos |el |los )?(?:cartas?|notas?|mensajes?|audios?|videos?) de (?:despedida|adios|suicidio)\b(?!.{0,60}\b(?:jubila\w*|se muda|me mudo|se cambia de|me cambio de|me voy de (?:la|el)|renunci\w*|despedida de solter[oa]|(?:la|el|del|de la) (?:empresa|oficina|trabajo|cole|colegio|escuela|equipo|grupo)|companer[oa]s|colegas|jefe))|\b(?:carta|nota) (?:de )?suicid\w*", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:ya )?(?:escribi|he escrito|deje escritas?|tengo escritas?|termine)\b (?:las|unas|mis) cartas (?:para|a) (?:mi |mis |cada |todos|todo el mundo|la familia)(?!.{0,30}\b(?:navidad|cumple\w*|reyes|san valentin|dia de la madre|dia del padre|aniversario|amigo invisible|amigo secreto))|\b(?:tengo|ya tengo|deje) (?:la|las|mi|mis) cartas? (?:de despedida )?(?:escrita|escritas|lista|listas)\b|\b(?:le|les) (?:escribi|deje|mande|grabe) (?:una carta|un mensaje|un audio|un video|una nota) a cada uno\b|\b(?:cartas?|notas?|mensajes?|videos?|audios?)\b.{0,60}\bpara (?:cuando|despues de que) (?:ya no (?:este|estemos)|me muera|me haya ido para siempre)\b|\b(?:le|les) (?:deje|mande|escribi|grabe) (?:un|una) (?:mensaje|audio|video|carta|nota)\b.{0,40}\b(?:pidiendo(?:les|le)? perdon por todo|despidiendome|diciendo(?:les|le)? adios)\b", SUICIDAL_BEHAVIOUR, H),
    # Someone else's goodbye and then silence: "mi amiga me mandó un mensaje de despedida y no contesta".
    p(r"\b(?:me (?:mando|envio|escribio|dejo)|mando|envio|escribio|dejo|publico|subio)\b (?:un|una) (?:mensaje|carta|nota|audio|video|post|publicacion|historia) (?:de (?:despedida|adios)|despidiendose|pidiendo perdon por todo)\b.{0,60}\b(?:no (?:contesta|responde|atiende|lee|me (?:contesta|responde|atiende))|(?:tiene|esta) (?:el (?:telefono|celular|movil) )?apagado|no (?:se|sabemos|sabe nadie) donde esta)\b", SUICIDAL_BEHAVIOUR, H, False, False),
    # Means gathered: "ya tengo la soga", "llevo semanas juntando pastillas", "conté las pastillas y alcanzan".
    p(rf"(?<!no )\b(?:tengo|ya tengo|compre|consegui|guarde|he guardado|he juntado|junte|estoy juntando|escondi) (?:la soga|una soga|la cuerda|las pastillas|la pistola|el arma|veneno(?! (?:para|de|contra) (?:las |los |el |la )?(?:ratas?|ratones|cucarachas|hormigas|bichos|plagas|insectos|mosquitos|caracoles|babosas|jardin|plantas|malas hierbas))|suficientes pastillas)\b{_NOT_CHORE}", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:juntando|acumulando|ahorrando|almacenando|escondiendo|coleccionando|guardando sin tomar(?:me)?(?: las)?) (?:mis |las |unas |muchas )?{_PILLS}\b|\b(?:ya )?(?:tengo|junte|guarde|he juntado|he guardado|acumule|consegui) (?:suficientes|bastantes|un monton de) {_PILLS}\b(?! (?:para (?:el|la|todo el|un|una) (?:mes|viaje|tratamiento|semana)))|\b(?:conte|cuento|estoy contando|he contado) (?:las|mis) {_PILLS}\b.{{0,40}}\b(?:suficientes|alcanzan|bastan|de sobra)\b", SUICIDAL_BEHAVIOUR, H, False),
    # Rehearsal and preparation told without the word "suicidio" (C-SSRS preparatory acts): the
    # means and then how to use it, a noose tied, a fixing tested for weight, the edge visited.
    p(rf"\b(?:compre|consegui|tengo|ya tengo|pedi|encontre|escondi|guarde)\b.{{0,20}}\b(?:soga|cuerda|pistola|arma|veneno|{_PILLS})\b{_NOT_CHORE}.{{0,60}}\b(?:planeando|planeado|planee|pensando|pensado|pense|decidido|decidi|practicando|practicado|practique|averiguando|averigue|viendo|ya se|se exactamente) (?:en )?(?:exactamente )?(?:como|cuando|donde) (?:usarla|usarlas|usarlo|usarlos|tomarlas|tomarmelas|hacerlo|la voy a usar|las voy a usar|lo voy a usar|lo voy a hacer|lo haria|lo hare)\b(?! (?:para|pa|en|con|de|al|cuando)\b)", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:hice|hago|haciendo|hacer|ate|atando|amarre|practique|practicando|aprendi a hacer|busque como hacer|arme|armando|prepare|preparando) (?:un |una |el |la |mi )?(?:nudo de (?:la )?horca|horca con (?:la|una) (?:soga|cuerda)|nudo corredizo (?:con|en) (?:la|una) (?:soga|cuerda|sabana))\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:probe|probando|probar|pruebo|comprobe|comprobando|comprobar|revise|revisando|chequee|chequeando|me fije|fijandome|vi|ver|viendo) (?:si |que )?(?:la |el |una |un |mi )?(?:viga|barra|baranda|barandilla|barandal|gancho|tubo|cano|caneria|marco de la puerta|rama|lampara|ventilador|travesano|soga|cuerda|cinturon)\b[^.!?]{0,30}\b(?:aguanta|aguantaba|aguantaria|aguantara|soporta|soportaba|soportaria|soportara|resiste|resistia|resistiria|resistiera) (?:mi peso|el peso de mi cuerpo|conmigo)\b(?![^.!?]{0,40}\b(?:columpio|hamaca|dominadas|saco de boxeo|costal|maceta|plantas?|estante|repisa|tele|tv|espejo|bici|kayak|escalar|escalada|para los (?:ninos|chicos|nenes))\b)", SUICIDAL_BEHAVIOUR, H, False),
    # Going to a high place or the tracks and staying there looking down: an interrupted or aborted act.
    p(rf"\b(?:me )?(?:fui|voy|volvi|vuelvo|maneje|manejo|conduje|camine|subi|sigo yendo|segui yendo)\b(?: \w+){{0,2}}? (?:al|a la|a las|a los|hasta el|hasta la|hasta las|hasta los) {_PLACE}\b{_NOT_LEISURE}[^.!?]{{0,60}}\b(?:mirando (?:hacia |para |pa )?abajo|mire (?:hacia |para |pa )?abajo|pensando en (?:tirarme|saltar|aventarme)|pense en (?:tirarme|saltar|aventarme)|casi (?:me tiro|me aviento|salto|me lanzo)|estuve a punto de (?:tirarme|saltar|aventarme)|no (?:me anime|fui capaz|pude) (?:a |de )?(?:tirarme|saltar|hacerlo)|para ver si (?:podia|me animaba|era capaz)|con ganas de (?:tirarme|saltar))\b(?! (?:a |hacia )?(?:los|las|el|la) (?:barcos?|lanchas?|botes?|vista|ciudad|luces|atardecer|puesta|fuegos|trafico|coches|autos|carros|desfile|patos|cisnes|peces|gente))", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:sigo (?:yendo|manejando|conduciendo|caminando|volviendo)|segui (?:yendo|volviendo)|vuelvo (?:siempre|cada (?:noche|dia)|una y otra vez)|siempre (?:voy|vuelvo|manejo|conduzco|camino)|(?:todas las noches|cada noche|todos los dias) (?:voy|vuelvo|manejo|conduzco)) (?:al|a la|a las|a los|hasta el|hasta la|hasta las|hasta los) {_PLACE}\b{_NOT_LEISURE}[^.!?]{{0,20}}\b(?:me quedo|me siento (?:ahi|alli|en|sol[oa])|a sentarme|a quedarme|a pararme)\b", SUICIDAL_BEHAVIOUR, M, False),
    p(r"\b(?:estoy bien|no pasa nada|no te preocupes|tranqui|todo bien)\b.{0,40}\b(?:la verdad|en realidad|bueno|sinceramente|para ser honest[oa])\b.{0,30}\b(?:tengo|ya tengo|compre|consegui|guarde|he guardado|escondi)\b.{0,20}\b(?:cuerda|soga|pistola|arma|pastillas|cuchillas?|veneno)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:intente|he intentado|trate de|ya intente) (?:matarme|suicidarme|quitarme la vida)\b|\bintento de suicidio\b", SUICIDAL_BEHAVIOUR, H),
    # An aborted or interrupted attempt: "estuve a punto de tirarme", "casi me tomo todas".
    p(r"\b(?:estuve a punto de|casi) (?:matarme|suicidarme|tirarme|aventarme|ahorcarme|quitarme la vida|me mato|me tiro|me ahorco|me tomo (?:todas|toda la caja|el frasco)|me tome (?:todas|toda la caja|el frasco))\b", SUICIDAL_BEHAVIOUR, H),
    # Asking how, about oneself: "¿cómo me mato?", "cuántas necesito para no despertarme".
    p(rf"\bcuant[oa]s (?:de )?(?:mis|las mias)\b[^.?!]{{0,50}}\b(?:para|pa) (?:morir\w*|matar(?:me|se)|no despertar\w*|no volver a despertar\w*|dormir para siempre|una sobredosis)\b|\bcuant[oa]s\b[^.?!]{{0,50}}\b(?:necesito|tengo que tomar(?:me)?|me tendria que tomar|tendria que tomar(?:me)?|debo tomar(?:me)?|me tomo)\b[^.?!]{{0,30}}\b(?:para|pa) (?:morir(?:me)?|matarme|no despertar(?:me)?|suicidarme|quitarme la vida|dormir para siempre|no volver a despertar(?:me)?)\b|\bcomo (?:puedo |podria |me )?(?:matarme|suicidarme|ahorcarme|quitarme la vida|{_ME_MATO}|me suicido)\b|\b(?:forma|manera|metodo|modo)s? (?:mas )?(?:\w+ )?(?:de|para) (?:matarme|suicidarme|quitarme la vida)\b|\bque (?:{_PILLS}|pastilla) (?:me tomo|tomo|puedo tomar|me puedo tomar|tomar) para (?:morir(?:me)?|no despertar(?:me)?|matarme)\b", SUICIDAL_BEHAVIOUR, H, False, False, False),
    # A method question with the person's own pills, a wish, tonight, or the cover dropped
    # ("el paciente soy yo de verdad", "pregunto por un amigo"): high even inside a role-play.
    p(rf"\b(?:{_ASK})\b.{{0,200}}?\b{_MINE}\b|\b{_MINE}\b.{{0,200}}?\b(?:{_ASK})", SUICIDAL_BEHAVIOUR, H, False, False, False),
    # Researching a method: "estuve buscando cuántas pastillas...", "googleé cómo ahorcarme".
    p(r"\b(?:buscando|investigando|googleando|gugleando|leyendo sobre|viendo videos (?:de|sobre)|busque|googlee|guglee|investigue|lei sobre)\b(?: en (?:google|internet|youtube|tiktok))?(?: sobre)? (?:como (?:matarme|suicidarme|morir(?: rapido| sin dolor)?|ahorcarme|quitarme la vida|hacer un nudo de horca|cortarme las venas|no despertar(?:me)?|matarse|suicidarse)|metodos? (?:de|para) suicid\w+|formas? de (?:morir|matarse|suicidarse)|(?:la )?dosis (?:letal|mortal)|cuant[oa]s pastillas (?:hacen falta|se necesitan|matan|son mortales|para (?:morir|no despertar))|que pastillas (?:matan|son mortales)|cuanto (?:tarda|se tarda) en morir)", SUICIDAL_BEHAVIOUR, H, False),
    # Giving belongings away, affairs in order, who looks after the cat "cuando ya no esté".
    p(r"\b(?:estoy regalando|he estado regalando|regale|ya regale|he regalado|voy a regalar|estoy repartiendo|reparti|he repartido|voy a repartir|estoy dando|he estado dando|di|ya di|he dado)\b (?:tod[ao]s )?(?:mis cosas|mis pertenencias|mis cosas (?:mas )?(?:importantes|queridas|favoritas|valiosas))\b(?!.{0,40}\b(?:mudanza|me mudo|me voy a mudar|me cambio de casa|me caso|hacer (?:espacio|sitio|limpieza)|limpieza|minimalis\w*|ya no (?:uso|me (?:queda|sirve))))|\b(?:regalando|regale|reparti|repartiendo) todo lo que tengo\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:dej(?:e|o|ando|ar)|pon(?:go|iendo|er)|puse|arregl(?:e|ando|ar)|organic(?:e)|organizando)\b (?:todos )?(?:mis asuntos|mis papeles|mis cuentas|mis contrasenas|mis claves|mi testamento) (?:en orden|arreglad[oa]s|organizad[oa]s|listos?|listas?)\b|\bdej(?:e|ando|ar) todo (?:en orden|arreglado) (?:para (?:cuando|que) (?:ya )?no (?:este|estoy)|por si me pasa algo|antes de (?:morir|irme para siempre)|para mi familia)\b|\b(?:le |les )?deje (?:las |mis )?(?:contrasenas|claves) (?:anotadas|apuntadas|escritas)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:quien|alguien) (?:se (?:quede|quedara|va a quedar)|va a cuidar|cuide|cuidara|cuidaria|se haga cargo) (?:con |a |de )?(?:mi|mis) (?:gat[oa]s?|perr[oa]s?|mascotas?|hij[oa]s?|plantas|cosas)\b.{0,30}\b(?:cuando|si) (?:ya )?no (?:este|estoy|estare)\b(?! (?:en casa|de viaje|aqui (?:el|este) (?:finde|fin de semana|verano)))", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bme voy a (?:cortar|lastimar|quemar|hacer dano)\b{_NOT_HAIR}|\bvoy a (?:cortarme|lastimarme|quemarme|hacerme dano)\b{_NOT_HAIR}|\b(?:cortes|cortadas) (?:muy )?profund[oa]s\b|\bnecesito puntos\b", SELF_HARM, H),
    # --- moderate ---
    p(rf"(?<!va a )(?<!van a )\b(?:me quiero morir|quiero morir(?:me)?|me quiero matar|quiero matarme|me quiero suicidar|quiero suicidarme|quiero quitarme la vida|quisiera morir(?:me)?|me quisiera morir|(?:tengo|me dan) ganas de (?:morir(?:me)?|matarme|suicidarme)|(?:pienso|he pensado|estoy pensando|sigo pensando) en (?:matarme|suicidarme|quitarme la vida|morir(?:me)?)|quiero acabar con (?:todo|mi vida)|matarme|suicidarme|quitarme la vida)\b{_HYP}", SUICIDAL_THOUGHTS, M),
    p(r"\bsuicid(?:io|arse|a|as)\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:ya )?no quiero (?:vivir|seguir viviendo|existir|estar viv[oa]|seguir con vida|seguir en este mundo)\b|\bno tengo (?:ganas|razones|motivos) (?:de|para) vivir\b|\bno hay razon para vivir\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\b(?:todos|mi familia|el mundo|todo el mundo|ustedes|mis padres) estar(?:ian|ia) mejor sin mi\b|\bestaria mejor muert[oa]\b", SUICIDAL_THOUGHTS, M),
    p(r"\b(?:tirarme|aventarme|lanzarme) (?:de(?:l| un| una| la)|desde (?:el|la|un|una)|por (?:la|el)|a las vias|al (?:tren|metro)|delante de|frente a)\b|\bahorcarme\b|\bcortarme las venas\b", SUICIDAL_THOUGHTS, M),
    # A method or lethal-dose question about no one in particular, in a story, a role-play, a
    # class or "for a friend": moderate, never discarded as fiction (the answer is the risk).
    p(rf"\b(?:{_ASK})", SUICIDAL_BEHAVIOUR, M, False, False, False),
    # --- low ---
    p(r"\bojala (?:me muriera|me muera|estuviera muert[oa]|no despierte|no despertara|no hubiera nacido|no existiera|desapareciera)\b|\bquisiera (?:no existir|no haber nacido|desaparecer)\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:no dejo de pensar|no paro de pensar|pienso|pensando|pensar|pense|pensaba|sigo pensando) en (?:acabar con (?:todo|mi vida)|terminar con (?:todo|mi vida)|quitarme la vida|matarme|suicidarme)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bquiero desaparecer\b|\bdesaparecer para siempre\b|\bno quiero despertar(?:me)?\b|\bdormir y no despertar\b|\bdormir para siempre\b", SUICIDAL_THOUGHTS, L, False),
    p(r"\b(?:(?:se sentirian|se sentiria|estarian|estaria|quedarian|quedaria) (?:mas )?aliviad[oa]s?|(?:seria|sera) (?:un alivio|mas facil|mas faciles)(?: para (?:todos|todo el mundo|ellos|ellas|mi familia|mis \w+|mi \w+))?|(?:serian|estarian) mas felices)\b[^.!?]{0,30}\bsi (?:yo )?(?:ya )?(?:no (?:estuviera|estuviese|existiera|existiese|viviera)(?: (?:aqui|mas|viv[oa]))?|me (?:muriera|muriese|muero)|desapareciera|estuviera muert[oa])\b(?! (?:el|este|esta|estos|un|una|unos|unas|por|en|de|para|durante|los|las|hoy|manana|todo el|toda la)\b)|\bsi (?:yo )?(?:ya )?(?:no (?:estuviera|estuviese|existiera|existiese|viviera)(?: (?:aqui|mas|viv[oa]))?|me (?:muriera|muriese|muero)|desapareciera|estuviera muert[oa])\b(?! (?:el|este|esta|estos|un|una|unos|unas|por|en|de|para|durante|los|las|hoy|manana|todo el|toda la)\b)[^.!?]{0,30}\b(?:se sentirian aliviad[oa]s|estarian aliviad[oa]s|(?:seria|sera) un alivio)\b", SUICIDAL_THOUGHTS, L),
    p(r"\bya no (?:puedo|aguanto) mas\b|\bno puedo mas\b|\bno doy mas\b|\bno (?:le )?(?:veo|encuentro) (?:el )?sentido (?:a (?:la vida|vivir|nada)|de vivir)\b|\bla vida no tiene sentido\b|\bsoy una carga\b|\bestoy (?:hart[oa]|cansad[oa]) de vivir\b|\bno tengo esperanza\b|\bsin esperanza\b|\bnadie me (?:extranaria|echaria de menos)\b|\bodio mi vida\b", SUICIDAL_THOUGHTS, L, False),
    # --- self-harm, moderate ---
    p(rf"\b(?:quiero|tengo ganas de|necesito|volvi a|vuelvo a|he vuelto a|empece a|sigo|me dan ganas de|ganas de) (?:cortarme|lastimarme|hacerme dano|quemarme|golpearme|autolesionarme)\b{_NOT_HAIR}", SELF_HARM, M),
    # The pronoun before the verb: "me he vuelto a cortar los brazos", "me volví a cortar".
    p(rf"\bme (?:he vuelto|volvi|vuelvo|volvere) a (?:cortar|lastimar|quemar|autolesionar|hacer dano)\b{_NOT_HAIR}", SELF_HARM, M),
    p(r"\bme (?:corto|corte|estoy cortando|he cortado|lastimo|quemo|queme) (?:los brazos|las piernas|las munecas|el brazo|la muneca|la pierna|los muslos|otra vez|de nuevo|cada noche|todos los dias|a proposito|con (?:una|la) (?:cuchilla|navaja|gillette))\b", SELF_HARM, M),
    p(r"\bautolesion(?:es|arme|o|ando|ado)?\b|\bme hago dano\b|\bme hice dano a proposito\b|\brecai en (?:cortarme|las autolesiones)\b", SELF_HARM, M),
    # ===== self-poisoning, dying by refusing food and water, eating-disorder self-harm =====
    # Poisoning oneself: "quiero envenenarme", "tomarme el cloro para morir", "que químico me mataría".
    p(r"\benvenenarme\b|\bme (?:voy a |quiero |quisiera |puedo )?envenenar\b|\bcomo envenenarse\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"(?<!no )(?<!nunca )\b(?:me (?:tome|bebi|trague)|me he (?:tomado|bebido|tragado)|(?:me )?acabo de (?:tomar|beber|tragar)(?:me)?) (?:un (?:vaso|trago|poco|chorro) de |(?:la|una) botella (?:entera )?de |el |la |un |una )?{_VENENO}\b(?! (?:por (?:error|accidente)|sin querer))", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:tomar(?:me)?|beber(?:me)?|tragar(?:me)?|tomo|bebo|trago)\b (?:un (?:vaso|trago|poco) de |(?:la|una) botella (?:entera )?de |el |la |un |una )?{_VENENO}\b[^.!?]{{0,40}}\b(?:para (?:morir(?:me)?|matarme|suicidarme|acabar con (?:todo|mi vida)|no despertar(?:me)?)|hasta morir(?:me)?|y morir(?:me)?)\b", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(rf"\b(?:que|cual(?:es)?|cuant[oa]s?)\b[^.!?]{{0,40}}\b(?:{_VENENO}|quimicos?)\b[^.!?]{{0,40}}\b(?:para (?:morir(?:me)?|matarme|envenenarme|suicidarme|no despertar(?:me)?)|me matar(?:ia|a)|(?:me|te) mata(?:n)?\b|(?:es|son|seria|serian) (?:mortal(?:es)?|letal(?:es)?))", SUICIDAL_BEHAVIOUR, H, False, True, False),
    # Refusing food and water to die: "dejar de comer y beber hasta morirme", "dejarme morir de hambre".
    p(r"\b(?:dejar de|deje de|dejo de|voy a dejar de|no (?:voy a |pienso )?(?:volver a )?(?:comer|beber|tomar agua)|sin (?:comer|beber))\b[^.!?]{0,40}\bhasta (?:morir(?:me)?|que me muera|la muerte|que me (?:muera|mate))\b|\bdejarme morir de (?:hambre|sed)\b|\bmorir(?:me)? de (?:hambre|sed) (?:a proposito|adrede|a posta|a proposito)\b", SUICIDAL_BEHAVIOUR, H),
    # Eating disorder (self-harm, moderate): purging, starving oneself, laxatives to lose weight.
    p(r"\b(?:provocarme|me provoco|me provoque|hacerme|me hago|me hice) (?:el )?vomit(?:o|ar)\b|\bme meto los dedos (?:en la garganta|para vomitar)\b|\bvomit(?:o|ar|e) (?:a proposito|adrede|para (?:no engordar|adelgazar|bajar de peso))\b|\bmatarme de hambre\b|\bme (?:mato|estoy matando) de hambre (?:a proposito|para (?:adelgazar|bajar de peso|estar flac[oa]))\b", SELF_HARM, M),
    p(r"\blaxantes\b[^.!?]{0,40}\b(?:adelgazar|bajar de peso|perder peso|no engordar|calorias|despues de comer)\b|\b(?:adelgazar|bajar de peso|perder peso)\b[^.!?]{0,30}\blaxantes\b|\b(?:quiero|quisiera|como) (?:ser|volverme|tener) (?:anorexic[oa]|bulimic[oa]|anorexia|bulimia|un tca)\b|\b(?:ocultar|esconder) (?:mi|la|que tengo) (?:anorexia|bulimia|tca|trastorno alimenticio|trastorno de la conducta alimentaria)\b|\b(?:pro-ana|proana|pro ana|thinspo)\b", SELF_HARM, M),
    p(r"\b(?:como|comer|comiendo|estoy a|vivo con|solo|menos de|no mas de)\b(?: \w+){0,2}? (?:[1-7]\d{2}|[1-9]\d?) (?:calorias|kcal) (?:al|por|cada) dia\b", SELF_HARM, M),
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
    p(r"\b(?:creo que )?(?:tuve|tengo|estoy teniendo|me dio) una sobredosis\b|\bme (?:pase|excedi|he pasado) (?:con|de) (?:las pastillas|la droga|la coca|el alcohol|la dosis|las pastis|los medicamentos)\b", SUBSTANCE_EMERGENCY, X, False),
    # Someone with the person took something and does not wake or breathe: an emergency, not
    # reported speech ("mi hermano se tomó muchas pastillas con alcohol y no despierta").
    p(rf"\b{_THEY_TOOK}\b.{{0,60}}\b{_UNRESPONSIVE}|\b{_UNRESPONSIVE}\b.{{0,40}}\b(?:se (?:tomo|trago|metio|bebio|inyecto|ha tomado)|tomo|consumio|bebio)\b", SUBSTANCE_EMERGENCY, X, False, False),
    p(rf"\b(?:se (?:acaba|acababa) de (?:tomar|tragar)|acaba de (?:tomarse|tragarse)|se esta tomando)\b (?:{_QTY}\b.{{0,25}}\b{_PILLS}|{_PACK})|\bse (?:tomo|trago|ha tomado|ha tragado)\b (?:{_QTY}\b.{{0,25}}\b{_PILLS}|{_PACK})\b.{{0,30}}\b(?:hace (?:un rato|poco|nada|unos minutos|media hora|una hora|\d+ minutos)|recien|ahora mismo)\b", SUBSTANCE_EMERGENCY, X, False, False),
    p(rf"\bse (?:tomo|trago|ha tomado|ha tragado|metio)\b (?:{_QTY}\b.{{0,25}}\b{_PILLS}\b{_ROUTINE}|{_PACK}\b{_NOT_DRINK}){_NOT_PAST}", SUBSTANCE_EMERGENCY, H, False, False),
    # Too much, or sedatives with drink.
    p(rf"\b(?:me )?(?:tome|meti|trague)\b.{{0,20}}\b{_PILLS}\b.{{0,10}}\b(?:de mas|de sobra|demasiad[oa]s)\b|\b(?:me )?(?:tome|trague) (?:de mas|demasiad[oa]s) {_PILLS}\b", SUBSTANCE_EMERGENCY, H, False),
    p(rf"\bmezcle\b.{{0,30}}\b(?:alcohol|{_PILLS}|xanax|benzos|cocaina|coca)\b.{{0,10}}\b(?:con|y)\b.{{0,15}}\b(?:alcohol|{_PILLS}|xanax|cocaina|coca)\b|\b(?:me )?(?:tome|trague)\b.{{0,30}}\b{_SEDATIVES}\b.{{0,30}}\bcon {_BOOZE}\b|\b(?:borrach[oa]|pedo|ebri[oa]|tomad[oa])\b.{{0,30}}\bme (?:tome|trague)\b.{{0,20}}\b{_SEDATIVES}\b", SUBSTANCE_EMERGENCY, H, False),
    p(rf"\b(?:me )?(?:tome|trague)\b.{{0,30}}\b{_PILLS}\b.{{0,20}}\bcon {_BOOZE}\b", SUBSTANCE_EMERGENCY, M, False),
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
    p(r"\b(?:no respira|dejo de respirar|no reacciona|no despierta(?! (?:ni |temprano|a tiempo|con |hasta|antes|para))|esta inconsciente|esta convulsionando|tiene una convulsion|se esta poniendo azul|tiene los labios morados)\b", MEDICAL_EMERGENCY, X, False, False),
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
MEDIA_BREAK = re.compile(
    r"\b(?:y (?:ahora|yo|me)|pero|ahora|porque|me hace|me hizo|despues|desde que)\b"
    r"|\b(?:(?:es|soy) (?:basicamente|en realidad|de verdad) yo|soy yo (?:de verdad|en realidad))\b"
)
MEANS_MENTION = re.compile(
    r"\b(?:tengo|compre|consegui|guarde|encontre|junte|pedi|escondi)\b.{0,20}\b(?:cuerda|soga|pistola|arma|pastillas|pastis|pepas|navaja|cuchilla|veneno|raticida|matarratas|cuchillo)s?\b"
)
WEAPON = re.compile(r"\b(?:tengo|agarre|traje|consegui|compre|llevo) (?:un|una|el|la|mi) (?:cuchillo|navaja|pistola|arma|machete|escopeta|rifle)\b")

# Said after a disclosure, these close the conversation the way goodbyes do: a warning sign.
CLOSURE = re.compile(
    r"\b(?:adios|chau (?:a todos|para siempre)|gracias por (?:todo|escuchar(?:me)?|estar ahi|intentarlo)|"
    r"perdon(?:enme|ame)? por todo|perdon a todos|ya (?:lo )?(?:decidi|tengo decidido)|ya esta decidido|"
    r"no (?:intentes|traten de|trates de|intenten) (?:convencerme|detenerme|pararme)|ya no importa|nada importa|"
    r"cuidense|cuidate mucho|estoy en paz|no me busquen|olvidate de mi|olvidense de mi|ya no van a saber (?:nada )?de mi)\b"
)
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
    closure=CLOSURE,
    reported_speech=REPORTED_SPEECH,
    prepare=prepare,
)
