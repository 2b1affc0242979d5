"""Portuguese (Brazilian and European). Patterns run on folded text: no accents ("nao",
"suicidio"), chat spellings undone ("vc" -> "voce", "n"/"ñ" -> "nao", "to" -> "estou").

The verb carries the person ("quero morrer" is the speaker); "não quero morrer" is negated but
"não quero mais viver" carries its own negation and is risk. European Portuguese puts the
pronoun after the verb ("matar-me", "sinto-me"): ``prepare`` turns it around ("me matar"), so
one pattern reads both. Chat shorthand: "pra"/"pro", "mt", "dnv", "qnd", "hj", "amnh".
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

CODE = "pt"

# Chat shorthand, one word for another: a single pass over the text (every message is read in
# every language, so this stays one regex).
_WORDS = {
    "n": "nao", "naum": "nao",
    "vc": "voce", "vce": "voce", "vcs": "voces",
    "q": "que", "qe": "que", "k": "que", "oq": "o que",
    "pq": "porque",
    "to": "estou", "tou": "estou", "ta": "esta", "tava": "estava",
    "vo": "vou",
    "mt": "muito", "mto": "muito", "mts": "muitos", "mtos": "muitos", "mtas": "muitas",
    "ngm": "ninguem", "cmg": "comigo", "td": "tudo", "tds": "todos", "nd": "nada",
    "hj": "hoje", "agr": "agora", "dps": "depois", "dp": "depois",
    "amnh": "amanha", "amn": "amanha",
    "qnd": "quando", "qdo": "quando", "qd": "quando",
    "qro": "quero", "qero": "quero", "kero": "quero",
    "pra": "para", "pro": "para o", "pros": "para os", "pras": "para as",
    "tb": "tambem", "tbm": "tambem", "msm": "mesmo", "vdd": "verdade", "msg": "mensagem",
    "dnv": "de novo", "denovo": "de novo", "eh": "e",
}
_ESTAO = re.compile(r"\btao\b(?= me\b)")
# European Portuguese enclisis: "matar-me" -> "me matar", "sinto-me" -> "me sinto".
_ENCLISIS = re.compile(r"\b([a-z]+)-(me|se)\b")


prepare = rewriter([word_fixes(_WORDS), (_ESTAO, "estao"), (_ENCLISIS, r"\2 \1")])


# "quero morrer de vergonha", "morrendo de fome": figures of speech.
_HYP = r"(?! de (?:vergonha|rir|fome|sono|calor|frio|tedio|saudade|medo|inveja|amor|cansaco|raiva|vontade|ciume|cringe))"
_NOW = r"(?:hoje(?: a noite)?|agora(?: mesmo)?|esta noite|essa noite)"
# Tomorrow, a weekday, the weekend: a date set.
_SOON = (
    r"(?:amanha|depois de amanha|no (?:sabado|domingo|fim de semana|fds)|(?:na )?(?:segunda|terca|quarta|quinta|sexta)(?:-feira| feira)?|"
    r"semana que vem|na proxima semana)"
)
_MEDS = r"(?:remedios|comprimidos|pilulas|rivotril|clonazepam|paracetamol|dipirona|calmantes|antidepressivos|tarja preta)"
# Every word for pills an overdose is told with (Brazil and Portugal), brands included.
_PILLS = (
    r"(?:remedios|comprimidos|pilulas|capsulas|medicamentos|rivotril|clonazepam|paracetamol|dipirona|calmantes|"
    r"antidepressivos|ansioliticos|tarja preta|diazepam|alprazolam|lorazepam|zolpidem|soniferos|xanax|benzos|tramadol|"
    r"quetiapina|fluoxetina|sertralina|litio|ben-u-ron|ibuprofeno|aspirinas|remedio para dormir|remedio|comprimido|pilula)"
)
_SEDATIVES = (
    r"(?:rivotril|clonazepam|diazepam|alprazolam|lorazepam|zolpidem|soniferos|xanax|benzos|calmantes|tarja preta|"
    r"ansioliticos|remedio para dormir|remedios para dormir|tramadol|quetiapina|morfina|oxicodona|fentanil)"
)
_BOOZE = r"(?:alcool|bebida|cerveja|vinho|cachaca|pinga|vodka|whisky|gin|tequila|catuaba|breja)"
_NUM = rf"(?:{COUNT}|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta|quarenta|cinquenta|cem)"
# A whole pack: "a cartela toda", "a caixa inteira", "o vidro todo", "duas cartelas".
_PACK = (
    r"(?:(?:a|uma) (?:cartela|caixa|caixinha|embalagem) (?:toda|inteira)|toda a (?:cartela|caixa|embalagem)|"
    r"(?:o|um) (?:frasco|vidro|vidrinho|pote|blister) (?:todo|inteiro)|todo o (?:frasco|vidro|pote|blister)|"
    r"(?:duas|tres|quatro|varias|umas) (?:cartelas|caixas|embalagens)|(?:dois|tres|varios|uns) (?:frascos|vidros|blisters))"
)
# How many: before the name of the pills ("muitos comprimidos", "uma porrada de remédio").
_QTY = (
    rf"(?:todos os(?! (?:dias|meses|anos|domingos|sabados))|todas as(?! (?:noites|manhas|tardes|semanas|vezes|segundas|tercas|quartas|quintas|sextas))|um monte de|uma porrada de|uma ruma de|um punhado de|um bocado de|uma data de|uma pancada de|"
    rf"um tanto de|muitos|muitas|muitissim[oa]s|varios|varias|(?:uns |umas |mais de |quase )?{_NUM}|"
    rf"(?:uma|a) (?:cartela|caixa) de|(?:um|o) (?:frasco|vidro) de|{_PACK} de)"
)
# I took (not "não tomei").
_TOOK = (
    r"(?<!nao )(?<!nunca )(?<!nem )(?<!quase )"
    r"(?:(?:eu )?(?:ja )?(?:tomei|engoli)|acabei de (?:tomar|engolir)|(?:estou|eu estou) (?:tomando|engolindo|a tomar))"
)
# ...as prescribed, the course of antibiotics, the contraceptive pill: not an overdose.
_ROUTINE = (
    r"(?! (?:do dia|de hoje|da manha|da noite|da tarde|na hora|no horario|certinho|direitinho|"
    r"como (?:o|a) (?:medic[oa]|doutor[a]?|psiquiatra) (?:mandou|receitou|passou|indicou)|"
    r"(?:do|da|de) (?:antibiotico|tratamento|anticoncepcional|pressao|tireoide|vitaminas?|ferro)|anticoncepciona\w*))"
)
_NOT_DRINK = (
    r"(?! d[eoa]s? (?:leite|suco|cerveja|cervejas|vinho|cha|cafe|agua|refri\w*|cachaca|vodka|whisky|pinga|chocolate|"
    r"bis|biscoito|bolacha|sorvete|anticoncepciona\w*|antibiotico\w*|vitaminas?))"
)
# "tomei a cartela toda e não desceu": the contraceptive pill, not an overdose.
_NOT_MENSES = r"(?!.{0,60}\b(?:menstru\w*|desceu|descer|pausa|sangramento|anticoncepciona\w*|engravid\w*|gravida|pilula do dia seguinte))"
# Someone with the person, after taking something: an emergency, whoever says it.
_UNRESPONSIVE = (
    r"(?:nao (?:acorda|esta acordando)(?! (?:nem |cedo|antes|na hora|com o despertador|ate|para))|nao (?:esta respirando|respira|reage|responde|abre os olhos|se mexe)|"
    r"nao consigo (?:acordar (?:ele|ela|o|a)|acorda-l[oa]|fazer (?:ele|ela) acordar)|parou de respirar|"
    r"(?:esta )?respirando (?:muito )?(?:devagar|fraco|fraquinho|estranho|esquisito)|quase nao respira|"
    r"desmaiou e nao|(?:esta|ficou) (?:desmaiad[oa] e nao|roxo|roxa|azul|gelad[oa])|inconsciente|(?:esta )?convulsionando|"
    r"teve uma convulsao|espumando|labios roxos)"
)
_THEY_TOOK = (
    r"(?:tomou|engoliu|usou|cheirou|bebeu|injetou|misturou|ingeriu|se entupiu de|encheu a cara de|"
    r"acabou de (?:tomar|engolir|usar|cheirar|injetar))"
)
# Long ago, or news: not happening now.
_NOT_PAST = (
    r"(?!.{0,50}\b(?:ano passado|mes passado|anos atras|meses atras|faz (?:anos|meses)|ha (?:anos|meses)|"
    r"quando (?:era|tinha|eramos)|e morreu|antes de morrer|faleceu|morreu))"
)
# A question about a lethal dose or a method, asked about no one in particular ("asking for
# methods or lethal doses" is moderate on the ladder); with the person's own means, intent, time
# or a dropped cover it is high (below).
_ASK = (
    r"(?:(?<!uma )(?<!um )dose (?:letal|mortal|fatal)"
    r"|quant[oa]s\b[^.?!]{0,50}\b(?:para|pra) (?:morrer(?! de (?:rir|fome|sono|vergonha|tedio|saudade|calor|frio))|se matar|me matar|"
    r"matar (?:uma pessoa|alguem|um adulto)|nao acordar(?: mais)?|dormir para sempre|uma overdose|apagar de vez|ser (?:letal|fatal|mortal)|"
    r"tirar a (?:propria )?vida|se suicidar)"
    rf"|quant[oa]s (?:d[eoa]s? )?(?:{_PILLS}|mg|miligramas|gramas|caixas|cartelas|frascos|ml)\b[^.?!]{{0,40}}\b"
    r"(?:mata|matam|e letal|sao letais|e fatal|sao fatais|e mortal|sao mortais)"
    rf"|(?:qual|quais|que) (?:{_PILLS}|medicamento)\b[^.?!]{{0,30}}\b(?:mata|matam|e letal|sao letais|e mortal|sao mortais|"
    r"pode matar|podem matar|serve para morrer|tomaria para (?:morrer|nao acordar|se matar))"
    r"|(?:jeito|forma|maneira|metodo|modo)s? (?:mais )?(?:facil|rapid[oa]|indolor|sem dor|eficaz|eficiente|certeir[oa]|garantid[oa]|segur[oa])"
    r"(?:s|es)? (?:de|para|pra) (?:morrer|se matar|se suicidar|tirar a (?:propria )?vida|acabar com (?:a )?vida)"
    r"|metodos? de suicidio"
    r"|como (?:se matar|se suicidar|se enforcar|tirar a propria vida)|(?:como|jeito de|forma de|para|decide|decidiu|quer|quero) morrer sem (?:dor|sofrer)"
    r"|de que altura\b[^.?!]{0,40}\b(?:morre|mata|morrer|e fatal)|qual (?:a )?altura (?:mata|e fatal|para morrer)"
    r"|quantos andares\b[^.?!]{0,30}\b(?:morrer|mata|morre)"
    r"|no de forca|que no\b[^.?!]{0,40}\b(?:enforcar|forca)"
    r"|quanto tempo (?:demora|leva)\b[^.?!]{0,30}\b(?:para|pra) (?:morrer|a overdose|matar)"
    rf"|o que acontece se (?:eu )?(?:tomar|engolir) (?:a cartela toda|a caixa toda|a caixa inteira|o frasco todo|(?:todos os|todas as|um monte de) (?:meus |minhas )?(?:{_PILLS})|[2-9]\d|\d{{3}}))"
)
# The person in the question: their own pills or means, a wish, tonight, or the cover dropped.
_MINE = (
    rf"(?:(?:os |as |d[oa]s )?(?:meus|minhas) (?:{_PILLS})|"
    r"(?:o|a) (?:paciente|personagem|protagonista|amig[oa]|pessoa) (?:sou|e|na verdade sou|na verdade e) eu|"
    r"sou eu (?:de verdade|na verdade|mesmo)|na verdade (?:e|sou|estou falando|pergunto|to perguntando) (?:para|por|de) mim|"
    r"(?:e|eh) (?:para|pra) mim (?:mesmo|de verdade)|nao e (?:para|pra) (?:um amigo|uma amiga|um livro|uma historia|um trabalho|a faculdade)|"
    r"estou falando de mim|perguntando (?:para|por) (?:um|uma) amig[oa]|pergunta de (?:um|uma) amig[oa]|asking for a friend|"
    r"(?:e|eh) (?:para|pra) (?:um|uma) amig[oa] (?:kk\w*|rs\w*|haha\w*|lol)|"
    r"tenho (?:duas|tres|quatro|cinco|varias|umas|muitas|\d+) (?:caixas|cartelas|frascos|vidros)|"
    rf"tenho (?:os|muitos|varios|bastante|todos os) (?:{_PILLS})|"
    r"quero (?:morrer|nao acordar(?: mais)?|dormir para sempre|acabar com tudo|me matar)|"
    r"para (?:me matar|eu morrer|eu nao acordar)|hoje a noite|essa noite|esta noite|nao aguento mais)"
)
_SUICIDAL = (
    r"(?:quero morrer|me matar|me suicidar|tirar (?:a )?minha vida|acabar com (?:tudo|a minha vida|minha vida)|"
    r"carta de despedida|cartas de despedida|nao aguento mais|nao quero mais viver|"
    r"(?:tenho|comprei|consegui) (?:a|uma) corda|(?:tenho|juntei|guardei) (?:os|remedios|comprimidos) (?:remedios|comprimidos|suficientes))"
)
_AGR = (
    r"(?:ele|ela|meu (?:marido|namorado|pai|padrasto|irmao|ex|tio|companheiro|chefe|avo)|"
    r"minha (?:mulher|esposa|namorada|mae|madrasta|irma|companheira))"
)
_BATE = (
    r"(?:bate|bateu|batia|espanca|espancou|espancava|agride|agrediu|agredia|estupra|estuprou|estuprava|abusa|abusou|"
    r"abusava|ameaca|ameacou|ameacava|enforca|enforcou|esgana|esganou|chuta|chutou|da tapa|deu um tapa|machuca|machucou)"
)
# On the rooftop with friends ("na laje fazendo churrasco"), fixing the roof: not a ledge.
_NOT_LEISURE = (
    r"(?! (?:com (?:os|as|uns|umas|meus|minhas|a galera|o pessoal|a familia)|fazendo|tomando|curtindo|de boa|churrasco|fumando|"
    r"estendendo|soltando pipa|olhando o por do sol|vendo o por do sol|tirando fotos?|consertando|arrumando|limpando|esperando o (?:onibus|uber)|"
    r"de (?:um|uma) (?:ataque|crise|colapso)|aerea\b)"
    r"|[^.!?]{0,25}\b(?:fotos?|selfies?|turistas?|passeio|de ferias|consertando|arrumando|instalando|pintando|estendendo))"
)

_VENENO = (
    r"(?:agua sanitaria|candida|cloro|veneno(?: de rato)?|chumbinho|raticida|inseticida|agrotoxico|pesticida|herbicida|"
    r"soda caustica|anticongelante|produtos? (?:de limpeza|quimicos?))"
)

PHRASES = (
    # ===== suicidal thoughts and behaviour =====
    # --- imminent ---
    # An overdose taken: "tomei uma caixa inteira de rivotril", "engoli a cartela toda",
    # "tomei os comprimidos todos" (Portugal), "enchi a cara de remédio".
    p(rf"\b{_TOOK} (?:{_QTY}\b.{{0,25}}\b{_PILLS}\b{_ROUTINE}|{_PACK}\b{_NOT_DRINK}){_NOT_MENSES}", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"(?<!nao )\b(?:tomei|engoli) (?:os|as) (?:{_PILLS}) (?:todos|todas)\b{_ROUTINE}|\b(?:enchi a cara|me entupi|me enchi) de (?:{_PILLS})\b|\b{_PILLS}\b.{{0,40}}\b(?:tomei|engoli) (?:tudo|todos|todas)(?: (?:de uma vez|que (?:eu )?tinha))?\b{_ROUTINE}{_NOT_MENSES}", SUICIDAL_BEHAVIOUR, X, False),
    # On the edge now: "to na ponte", "estou nos trilhos", "do lado de fora do parapeito".
    p(rf"\b(?:estou|eu estou|ja estou) (?:parad[oa] |sentad[oa] |de pe |em pe |pendurad[oa] )?(?:em cima d[ao]|na beira d[ao]|no alto d[ao]|na borda d[ao]|do lado de fora d[ao]|n[ao]s?|numa|num|em uma|em um) (?:ponte|viaduto|telhado|trilhos?|linha do (?:trem|comboio|metro)|sacada|parapeito|penhasco|precipicio|falesia|beirada|laje|mureta da ponte)\b{_NOT_LEISURE}", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:estou|eu estou) (?:em cima|no alto|na beira|na borda|do lado de fora|no telhado|no terraco|na cobertura) d[ao] (?:predio|janela|sacada|varanda|laje|terraco|grade)\b|\b(?:subi|pulei) (?:a|o|na|no) (?:grade|parapeito|mureta) d[ao] (?:ponte|viaduto|predio|sacada|varanda)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:essa|esta) e (?:a )?minha ultima mensagem\b|\badeus (?:a todos|para sempre|galera)\b|\bquando voces lerem isso\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bvou (?:me matar|me suicidar|acabar com tudo|acabar com a minha vida) {_NOW}\b", SUICIDAL_BEHAVIOUR, X),
    # "...vou fazer isso hoje": after a suicidal phrase, "it" tonight is the act with a time set.
    p(rf"\b{_SUICIDAL}\b.{{0,120}}\b(?:(?:vou fazer isso|vou fazer|faco isso|eu faco) (?:hoje(?: a noite)?|agora(?: mesmo)?|essa noite|esta noite)|(?:hoje|essa noite|esta noite) (?:eu )?(?:faco|vou fazer|e o dia|e a noite))\b", SUICIDAL_BEHAVIOUR, X),
    # Means in hand: "a corda está pronta", "estou com os comprimidos na mão".
    p(r"\ba corda (?:ja )?esta (?:pronta|amarrada|pendurada)\b|\bestou com a corda no pescoco\b|\b(?:os remedios|os comprimidos|as pilulas) (?:ja )?(?:estao|tao) (?:separados|separadas|prontos|prontas|na minha frente|na minha mao)\b|\ba arma (?:ja )?esta carregada\b|\bja (?:fiz o no|amarrei a corda|pendurei a corda)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:estou com|tenho|peguei|segurando) (?:a corda|os remedios|os comprimidos|as pilulas|todos os (?:remedios|comprimidos)|a arma|o revolver|a pistola|a lamina|a gilete|o veneno|a cartela) (?:na mao|nas maos|na minha frente|aqui na minha frente|na boca|apontad[oa] para (?:mim|minha cabeca)|na cabeca|no pescoco)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bestou sangrando (?:muito|demais)\b|\bnao para de sangrar\b", SELF_HARM, X, False),
    # --- high ---
    p(r"\b(?:eu )?vou (?:me matar|me suicidar|tirar (?:a )?minha vida|acabar com (?:a minha|minha) vida|me enforcar|me jogar (?:da|de|do|na frente)|pular (?:da|do|de) (?:ponte|predio|viaduto|janela|sacada|penhasco)|me atirar (?:da|do|para a linha|na frente))\b(?! (?:de (?:tanto )?(?:rir|estudar|trabalhar)|estudando|trabalhando|de vergonha|na piscina|no mar|de paraquedas|de bungee))|\b(?:decidi|resolvi) (?:me matar|morrer|me suicidar|acabar com tudo)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:tenho|fiz) um plano\b.{0,30}\b(?:me matar|morrer|me suicidar|acabar com tudo)\b|\b(?:ja (?:sei|decidi|escolhi|tenho (?:certo|definido))|(?:ja )?(?:planejei|calculei|descobri|pensei bem)) (?:exatamente )?(?:como|quando|onde|o dia|que dia) (?:vou fazer|fazer|faria|farei|me matar|vai ser|vou me matar)\b(?! (?:o|a|os|as|um|uma|com|para|no|na|nos|nas)\b)|\b(?:ja )?(?:achei|encontrei|escolhi|tenho) (?:o|um) (?:lugar|local|ponto|predio|ponte|viaduto) (?:perfeito |ideal |certo )?(?:para|onde) (?:fazer|me jogar|me matar|me enforcar|acabar com tudo|vou fazer|pular(?! (?:de paraquedas|de bungee|de asa delta|na (?:agua|piscina|cachoeira|lagoa|represa)|no (?:mar|rio|lago))))\b", SUICIDAL_BEHAVIOUR, H),
    # A date set: "amanhã acabo com tudo", "no sábado eu me mato", "já marquei a data".
    p(rf"\b{_SOON} (?:eu )?(?:me mato(?! (?:de |a |estudando|trabalhando|na academia))|me suicido|acabo com (?:tudo|a minha vida|minha vida)|dou um fim (?:em|a|n)?\s?tudo|ponho um fim (?:em|a|n)?\s?tudo|nao (?:vou )?estar mais aqui)\b|\bvou (?:me matar|me suicidar|acabar com tudo|acabar com a minha vida|dar um fim em tudo) {_SOON}\b|\bja (?:tenho|escolhi|marquei|decidi) (?:a |uma |o )?(?:data|dia)\b.{{0,20}}\b(?:para (?:fazer isso|me matar|morrer|acabar com tudo|partir)|que (?:vou fazer|vou me matar|me mato))\b", SUICIDAL_BEHAVIOUR, H),
    # "...amanhã eu resolvo isso de vez": after a suicidal phrase or goodbye letters, a date for "it".
    p(rf"\b(?:{_SUICIDAL}|cartas?|despedida|me despedi)\b.{{0,150}}\b{_SOON}\b.{{0,30}}\b(?:eu faco|vou fazer|e o dia|(?:eu )?(?:resolvo|termino|acabo com|encerro|dou um jeito n)(?: isso| tudo)? de vez|(?:isso|tudo) (?:acaba|termina) de vez)\b", SUICIDAL_BEHAVIOUR, H),
    # Goodbye letters and messages: "escrevi uma carta de despedida", "já escrevi as cartas pra
    # minha mãe e pro meu irmão", "deixei um áudio pedindo desculpa".
    p(r"\b(?:ja )?(?:escrevi|estou escrevendo|deixei|terminei de escrever|gravei|mandei|enviei|tenho)\b (?:uma |umas |a |as |minha |minhas |um |uns |o |os |meu |meus )?(?:cartas?|bilhetes?|mensage(?:m|ns)|videos?|audios?) de (?:despedida|adeus|suicidio)\b(?!.{0,60}\b(?:aposenta\w*|se muda|me mudo|vai embora da empresa|vou sair d[ao]|pedi demissao|despedida de solteir[oa]|(?:da|do|na|no) (?:empresa|trabalho|escola|firma|equipe|grupo)|intercambio|colegas|chefe))|\b(?:carta|bilhete) de suicidio\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:ja )?(?:escrevi|deixei escritas|terminei (?:de escrever )?)\b (?:as|umas|minhas) cartas (?:para|a) (?:(?:o|a|os|as) )?(?:minha|meu|minhas|meus|todos|todo mundo|cada|familia)(?!.{0,30}\b(?:natal|aniversario|dia das maes|dia dos pais|amigo secreto|amigo oculto|namorados|ano novo))|\b(?:ja )?(?:tenho|deixei) (?:a|as|minha|minhas) cartas? (?:de despedida )?(?:escrita|escritas|pronta|prontas)\b|\b(?:uma carta|uma mensagem|um video|um audio) (?:para|a) cada um\b|\b(?:cartas?|bilhetes?|mensage(?:m|ns)|videos?|audios?)\b.{0,60}\bpara quando eu (?:nao estiver (?:mais )?aqui|partir|morrer|me for)\b|\b(?:deixei|mandei|gravei|escrevi) (?:um|uma) (?:mensagem|audio|video|carta|bilhete)\b.{0,40}\b(?:pedindo (?:desculpa|perdao) por tudo|me despedindo|dizendo adeus)\b", SUICIDAL_BEHAVIOUR, H),
    # Someone else's goodbye and then silence: "minha amiga mandou uma mensagem de despedida e não atende".
    p(r"\b(?:me mandou|mandou|enviou|escreveu|deixou|postou)\b (?:um|uma) (?:mensagem|carta|bilhete|audio|video|post|story|stories) (?:de (?:despedida|adeus)|se despedindo|pedindo desculpa por tudo)\b.{0,60}\b(?:nao (?:atende|responde|le|visualiza|me responde)|(?:esta com o|o) (?:celular|telefone|telemovel) (?:esta )?desligado|ninguem sabe onde (?:ele|ela) esta)\b", SUICIDAL_BEHAVIOUR, H, False, False),
    # Means gathered: "já tenho a corda", "ando juntando remédio", "contei os comprimidos".
    p(r"(?<!nao )\b(?:tenho|ja tenho|comprei|consegui|guardei|juntei|estou juntando|escondi) (?:a corda|os remedios|as pilulas|os comprimidos|a arma|uma arma|o revolver|um revolver|veneno(?! (?:de|para|contra) (?:o |a |os |as )?(?:ratos?|baratas?|formigas?|cupim|pragas|insetos|mosquitos?|jardim|quintal|plantas?|lesmas))|remedios suficientes)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:juntando|acumulando|estocando|escondendo|guardando escondido) (?:os |as |meus |minhas |uns |umas )?(?:{_PILLS})\b|\b(?:ja )?(?:tenho|juntei|guardei|consegui) (?:{_PILLS}) (?:suficientes|o suficiente)\b|\b(?:{_PILLS}) (?:suficientes|o suficiente) (?:para|pra) (?:morrer|nao acordar|acabar com tudo|me matar)\b|\b(?:contei|estou contando|conto) (?:os|as|meus|minhas) (?:{_PILLS})\b.{{0,40}}\b(?:suficientes|da para|o suficiente)\b", SUICIDAL_BEHAVIOUR, H, False),
    # Rehearsal and preparation told without the word "suicidio" (C-SSRS preparatory acts): the
    # means and then how to use it, a noose tied, a fixing tested for weight, the edge visited.
    p(rf"\b(?:comprei|consegui|tenho|ja tenho|arrumei|escondi|guardei|encomendei|achei)\b.{{0,20}}\b(?:corda|arma|revolver|veneno|{_PILLS})\b(?! (?:para|de) (?:a barraca|barraca|acampar|camping|escalar|escalada|varal|estender|roupa|o cachorro|cachorro|o barco|mudanca|academia|amarrar))[^.!?]{{0,60}}\b(?:planejando|planejei|pensando|pensei|decidi|decidido|ja sei|sei exatamente|treinando|calculando|calculei|estudando) (?:em |no )?(?:exatamente )?(?:como|quando|onde) (?:usar|usa-la|usa-las|usa-lo|usa-los|vou usar|fazer|vou fazer|tomar|faria|farei)\b(?! (?:para|na|no|com|de|em|quando)\b)", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:fiz|fazendo|fazer|faco|dei|amarrei|treinei|treinando|aprendi a fazer|pesquisei como fazer|preparei) (?:um |o |uma |a )?(?:no de forca|no da forca|forca com (?:a|uma) corda|laco de forca)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:testei|testando|testar|testo|conferi|conferindo|verifiquei|vi|ver|vendo|chequei) (?:se |que )?(?:a |o |uma |um |minha |meu )?(?:viga|barra|grade|corrimao|gancho|cano|encanamento|batente|galho|lustre|ventilador|caibro|corda|cinto)\b[^.!?]{0,30}\b(?:aguenta|aguentava|aguentaria|aguentasse|suporta|suportava|suportaria|suportasse|segura|segurava|seguraria|segurasse|resiste|resistiria) (?:o )?(?:meu peso|peso do meu corpo)\b(?![^.!?]{0,40}\b(?:balanco|rede|barra fixa|saco de pancada|vaso|plantas?|prateleira|estante|tv|televisao|espelho|bicicleta|bike|caiaque|escalada|para as criancas)\b)", SUICIDAL_BEHAVIOUR, H, False),
    # Going to a high place or the tracks and staying there looking down: an interrupted or aborted act.
    p(rf"\b(?:fui|vou|voltei|volto|dirigi|andei|subi|caminhei)\b(?: \w+){{0,2}}? (?:na|no|nos|nas|a|ao|aos|as|ate a|ate o|ate os|ate as|para a|para o|em cima da|em cima do) (?:ponte|viaduto|trilhos?|linha do (?:trem|comboio|metro)|penhasco|precipicio|falesia|telhado|terraco|laje|beirada|borda|ultimo andar|cobertura)\b{_NOT_LEISURE}[^.!?]{{0,60}}\b(?:olhando (?:para )?baixo|olhei (?:para )?baixo|olhando o vazio|pensando em (?:pular|me jogar)|pensei em (?:pular|me jogar)|quase (?:pulei|me joguei)|nao (?:tive coragem|consegui) (?:de )?(?:pular|me jogar)|para ver se (?:eu )?(?:conseguia|tinha coragem)|com vontade de (?:pular|me jogar))\b(?! (?:os|as|o|a) (?:barcos?|lanchas?|vista|cidade|luzes|por do sol|fogos|transito|carros|desfile|patos|cisnes|peixes|gente|pessoas))", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:(?:vivo|continuo|sigo|fico) (?:indo|voltando|dirigindo|andando|a ir|a voltar)|(?:sempre|toda noite|todo dia|todas as noites|todos os dias) (?:vou|volto|dirijo|ando)|volto sempre) (?:na|no|nos|nas|a|ao|aos|as|ate a|ate o|ate os|ate as|para a|para o|em cima da|em cima do) (?:ponte|viaduto|trilhos?|linha do (?:trem|comboio|metro)|penhasco|precipicio|falesia|telhado|terraco|laje|beirada|borda|ultimo andar|cobertura)\b{_NOT_LEISURE}[^.!?]{{0,25}}\b(?:fico|ficando|ficar|me sento|sentar|sento|sentando|parad[oa]|sentad[oa])\b(?![^.!?]{{0,30}}\b(?:pescar|pescando|ler|lendo|fumar|fumando|desenhar|com (?:os|as|uns|meus|minhas) amig\w*)\b)", SUICIDAL_BEHAVIOUR, M, False),
    p(rf"\b(?:estou bem|esta tudo bem|tudo bem|nao se preocupe|relaxa|tranquilo|tranquila)\b.{{0,40}}\b(?:na verdade|sinceramente|para ser sincer[oa]|bom)\b.{{0,30}}\b(?:tenho|ja tenho|comprei|consegui|guardei|escondi)\b.{{0,20}}\b(?:corda|arma|revolver|{_MEDS}|laminas?|gilete|veneno)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:tentei|ja tentei) (?:me matar|suicidio|me suicidar|tirar minha vida)\b|\btentativa de suicidio\b", SUICIDAL_BEHAVIOUR, H),
    # An aborted or interrupted attempt: "quase me matei", "estive a ponto de pular".
    p(r"\b(?:quase|por pouco nao) (?:me matei|me joguei|pulei|me enforquei|tomei (?:todos|todas|a cartela|a caixa))\b|\b(?:estive|estava|fiquei) (?:a ponto|prestes|quase a ponto) de (?:me matar|me jogar|pular|me enforcar|tomar (?:todos|todas|a cartela|a caixa))\b", SUICIDAL_BEHAVIOUR, H),
    # Asking how, about oneself: "como eu me mato", "quantos preciso tomar pra não acordar".
    p(r"\bquant[oa]s (?:d[oa]s |de )?(?:meus|minhas)\b[^.?!]{0,50}\b(?:para|pra) (?:morrer|me matar|se matar|nao acordar(?: mais)?|dormir para sempre|uma overdose)\b|\bquant[oa]s\b[^.?!]{0,50}\b(?:preciso|tenho que tomar|eu teria que tomar|devo tomar|eu tomo)\b[^.?!]{0,30}\b(?:para|pra) (?:morrer|me matar|nao acordar(?: mais)?|dormir para sempre|me suicidar)\b|\bcomo (?:eu )?(?:posso |poderia |consigo )?(?:me matar|me suicidar|me enforcar|tirar (?:a )?minha vida)\b|\bcomo (?:eu )?me mato\b(?! (?:de |estudando|trabalhando))|\b(?:jeito|forma|maneira|metodo|modo)s? (?:mais )?(?:\w+ )?(?:de|para|pra) (?:me matar|me suicidar|tirar (?:a )?minha vida)\b", SUICIDAL_BEHAVIOUR, H, False, False, False),
    # A method question with the person's own pills, a wish, tonight, or the cover dropped
    # ("o paciente sou eu", "perguntando por um amigo"): high even inside a role-play.
    p(rf"\b(?:{_ASK})\b.{{0,200}}?\b{_MINE}\b|\b{_MINE}\b.{{0,200}}?\b(?:{_ASK})", SUICIDAL_BEHAVIOUR, H, False, False, False),
    # Researching a method: "pesquisei como me matar", "fiquei procurando a dose letal".
    p(rf"\b(?:pesquisei|pesquisando|procurei|procurando|googlei|joguei no google|jogando no google|li sobre|lendo sobre|vendo videos (?:de|sobre))\b(?: (?:no|na) (?:google|internet|youtube|tiktok))?(?: sobre)? (?:como (?:me matar|se matar|morrer(?: rapido| sem dor)?|me enforcar|se enforcar|tirar (?:a )?(?:minha|propria) vida|cortar os pulsos|nao acordar mais)|metodos? de suicidio|formas? de (?:morrer|se matar)|(?:a )?dose (?:letal|mortal)|quant[oa]s (?:{_PILLS}) (?:precisa|matam|mata|sao letais|para morrer|para nao acordar)|quanto tempo (?:demora|leva) (?:para|pra) morrer)", SUICIDAL_BEHAVIOUR, H, False),
    # Giving belongings away, affairs in order, who keeps the cat "quando eu não estiver aqui".
    p(r"\b(?:estou dando|estou doando|ando dando|dei|doei|estou distribuindo|distribui|vou dar|estou me desfazendo de|me desfiz de)\b (?:todas )?(?:as )?(?:minhas coisas|meus pertences|tudo o que eu tenho|tudo que eu tenho|minhas coisas (?:mais )?(?:importantes|preferidas|favoritas|valiosas))\b(?!.{0,40}\b(?:mudanca|vou me mudar|me mudando|mudar de casa|casar|desapego|bazar|espaco|intercambio|ja nao (?:uso|me servem)))", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:deixei|deixando|estou deixando|coloquei|colocando|estou colocando|pus|organizei|organizando|estou organizando)\b (?:as |os )?(?:minhas coisas|meus documentos|meus papeis|minhas contas|minhas senhas|meu testamento) (?:em ordem|organizad[oa]s|anotad[oa]s|pront[oa]s)\b|\b(?:deixei|deixando|estou deixando) tudo (?:em ordem|resolvido) (?:para (?:quando|depois que) eu (?:nao estiver|partir|morrer|me for)|caso me aconteca alguma coisa|para a minha familia|antes de (?:partir para sempre|morrer))\b|\bdeixei (?:as |minhas )?senhas anotadas\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bquem (?:vai cuidar|cuida|cuidaria|vai ficar|fica|ficaria) (?:d[oa]s?|com (?:o|a|os|as)) (?:meu|minha|meus|minhas) (?:gat[oa]s?|cachorr[oa]s?|pets?|filh[oa]s?|plantas|coisas)\b.{0,30}\bquando eu (?:nao estiver(?: mais)?(?! em casa)|for embora para sempre|partir|morrer|me for)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bvou me (?:cortar|machucar|queimar)\b(?! (?:o|a|os|as) (?:cabelo|unha|unhas|franja|dedo))|\bcortes? (?:muito )?profundos?\b|\bpreciso (?:de )?pontos\b", SELF_HARM, H),
    # --- moderate ---
    p(rf"\b(?:eu )?(?:quero|queria|tenho vontade de|(?:muita |uma )?vontade de|penso em|pensar em|pensando em|ando pensando em|so penso em|me apetece) (?:morrer|me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com (?:tudo|a minha vida|minha vida)|sumir para sempre)\b{_HYP}", SUICIDAL_THOUGHTS, M),
    p(r"\bsuicid(?:io|ar|a|as)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bnao (?:quero|aguento|consigo) mais viver\b|\bnao quero (?:mais )?(?:viver|existir|estar viv[oa]|continuar vivendo)\b|\bnao tenho (?:mais )?(?:vontade|motivo|razao) (?:de|para) viver\b|\bsem vontade de viver\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\b(?:todo mundo|minha familia|todos|voces|meus pais) (?:estaria|estariam|ficaria|ficariam|seria|seriam) melhor sem mim\b|\bseria melhor se eu (?:morresse|estivesse mort[oa]|nao existisse)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bme (?:jogar|atirar) (?:da|de uma|do|de um|na frente d[oe]|para a linha) (?:ponte|predio|janela|sacada|trem|comboio|metro|onibus|carro|penhasco)?\b|\bme enforcar\b|\bcortar os pulsos\b|\bme dar um tiro\b", SUICIDAL_THOUGHTS, M),
    # A method or lethal-dose question about no one in particular, in a story, a role-play, a
    # class or "for a friend": moderate, never discarded as fiction (the answer is the risk).
    p(rf"\b(?:{_ASK})", SUICIDAL_BEHAVIOUR, M, False, False, False),
    # --- low ---
    p(r"\b(?:(?:ficariam|ficaria|estariam|estaria|iam ficar|ia ficar) (?:tao |bem |muito )?aliviad[oa]s?|(?:seria|sera|ia ser) (?:um (?:grande )?alivio|mais facil)(?: para (?:todo mundo|todos|eles|elas|minha familia|meus \w+|minha \w+|meu \w+))?|(?:seriam|ficariam|iam ser) mais felizes)\b[^.!?]{0,30}\bse eu (?:nao (?:estivesse|existisse|vivesse)(?: (?:mais )?(?:aqui|viv[oa]))?|morresse|sumisse|desaparecesse|estivesse mort[oa]|fosse embora para sempre)\b(?! (?:em|no|na|nos|nas|neste|nesse|este|esse|esta|essa|o|a|os|as|um|uma|por|de|hoje|amanha|durante)\b)|\bse eu (?:nao (?:estivesse|existisse|vivesse)(?: (?:mais )?(?:aqui|viv[oa]))?|morresse|sumisse|desaparecesse|estivesse mort[oa]|fosse embora para sempre)\b(?! (?:em|no|na|nos|nas|neste|nesse|este|esse|esta|essa|o|a|os|as|um|uma|por|de|hoje|amanha|durante)\b)[^.!?]{0,30}\b(?:(?:ficariam|ficaria|estariam|estaria|iam ficar|ia ficar) (?:tao |bem |muito )?aliviad[oa]s?|(?:seria|ia ser) um (?:grande )?alivio)\b", SUICIDAL_THOUGHTS, L),
    p(r"\bnao aguento mais\b|\bqueria (?:sumir|desaparecer|nao existir|nunca ter nascido|dormir e nao acordar)\b|\bquero (?:sumir|desaparecer)\b|\bme apetece desaparecer\b|\bnao quero acordar\b|\b(?:sou|me sinto) (?:um peso|um fardo)\b|\bnao vejo sentido (?:na vida|em viver|em nada)\b|\bcansad[oa] de viver\b|\bodeio minha vida\b|\bninguem (?:sentiria|ia sentir) (?:a )?minha falta\b|\bsem esperanca\b|\bdormir para sempre\b", SUICIDAL_THOUGHTS, L, False),
    p(r"\b(?:queria|quem me dera|gostaria de|desejava)\b (?:poder )?(?:estar mort[oa]|morrer dormindo|nao acordar(?: mais)?|nunca mais acordar|dormir para sempre|ser morto|ter morrido)\b", SUICIDAL_THOUGHTS, L),
    p(r"\b(?:nao paro de pensar|nao consigo parar de pensar|nao consigo deixar de pensar|penso|pensando|pensar|pensei|pensado|fico pensando) em (?:acabar com (?:tudo|a minha vida|minha vida)|tirar a (?:minha )?(?:propria )?vida|me matar|matar-me|me suicidar|suicidar-me)\b", SUICIDAL_THOUGHTS, M),
    # --- self-harm, moderate ---
    p(r"\b(?:quero|tenho vontade de|vontade de|preciso|voltei a|comecei a|continuo a?) ?(?:me cortar|me machucar|me ferir|me queimar|me automutilar|me bater|me magoar)\b", SELF_HARM, M),
    p(r"\bme corto\b|\bme cortei (?:de novo|de proposito|nos bracos|nas pernas|nos pulsos|ontem)\b|\bme machuquei de proposito\b|\bme queimei de proposito\b|\bautomutila\w*|\bautolesao\b", SELF_HARM, M),
    # ===== self-poisoning, dying by refusing food and water, eating-disorder self-harm =====
    p(r"\bme envenenar\b|\bcomo se envenenar\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"(?<!nao )(?<!nunca )\b(?:tomei|bebi|engoli|acabei de (?:tomar|beber|engolir)) (?:um (?:copo|gole|pouco) de |(?:a|uma) garrafa (?:inteira )?de |o |a |um |uma )?{_VENENO}\b(?! (?:sem querer|por (?:engano|acidente)))", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\b(?:tomar|beber|engolir|tomo|bebo)\b (?:um (?:copo|gole|pouco) de |(?:a|uma) garrafa (?:inteira )?de |o |a |um |uma )?{_VENENO}\b[^.!?]{{0,40}}\b(?:para (?:morrer|me matar|acabar com (?:tudo|a minha vida)|nao acordar)|ate morrer|e morrer)\b", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(rf"\b(?:que|qual|quais|quant[oa]s?)\b[^.!?]{{0,40}}\b(?:{_VENENO}|quimicos?)\b[^.!?]{{0,40}}\b(?:para (?:morrer|me matar|me envenenar|nao acordar)|me mataria|(?:me|te) mata(?:m)?\b|(?:e|sao|seria|seriam) (?:mortal|mortais|letal|letais))", SUICIDAL_BEHAVIOUR, H, False, True, False),
    p(r"\b(?:parar de|parei de|paro de|vou parar de|deixar de|nao (?:vou )?(?:mais )?(?:comer|beber|tomar agua)|sem (?:comer|beber))\b[^.!?]{0,40}\bate (?:morrer|eu morrer|a morte|que eu morra)\b|\bme deixar morrer de (?:fome|sede)\b|\bmorrer de (?:fome|sede) de proposito\b", SUICIDAL_BEHAVIOUR, H),
    # Eating disorder (self-harm, moderate).
    p(r"\b(?:me fazer|me faco|me forcar a|me forco a|provocar|provoco|me fiz) vomitar\b|\bprovocar o vomito\b|\bdedo na garganta\b|\bvomit(?:o|ar|ei) (?:de proposito|para (?:nao engordar|emagrecer|perder peso))\b|\bme matar de fome\b|\bme matando de fome\b", SELF_HARM, M),
    p(r"\blaxantes?\b[^.!?]{0,40}\b(?:emagrecer|perder peso|nao engordar|calorias|depois de comer)\b|\b(?:emagrecer|perder peso)\b[^.!?]{0,30}\blaxantes?\b|\b(?:quero|queria|como) (?:ser|ficar|virar|ter) (?:anorexic[oa]|bulimic[oa]|anorexia|bulimia)\b|\b(?:esconder|disfarcar) (?:minha|a|que tenho) (?:anorexia|bulimia|transtorno alimentar)\b|\b(?:pro-ana|proana|pro ana|thinspo)\b", SELF_HARM, M),
    p(r"\b(?:como|comer|comendo|estou com|vivo com|so|menos de|no maximo)\b(?: \w+){0,2}? (?:[1-7]\d{2}|[1-9]\d?) (?:calorias|kcal) (?:por|ao|todo) dia\b", SELF_HARM, M),
    # ===== harm to others =====
    p(rf"\bvou (?:matar|esfaquear) (?:ele|ela|eles|elas|alguem|meu \w+|minha \w+) {_NOW}\b|\bvou mata-l[oa] {_NOW}\b", HARM_TO_OTHERS, X),
    p(r"\bvou (?:matar|esfaquear|atirar em|espancar) (?:ele|ela|eles|elas|alguem|meu \w+|minha \w+|todo mundo|aquele \w+|aquela \w+)\b(?! (?:se|quando)\b)|\bvou mata-l[oa]\b(?! (?:se|quando)\b)", HARM_TO_OTHERS, H),
    p(r"\b(?:quero|tenho vontade de|vontade de|penso em) (?:matar|machucar|bater n|esfaquear|ferir) ?(?:ele|ela|eles|elas|alguem|meu \w+|minha \w+|todo mundo)\b|\bquero mata-l[oa]\b|\bmedo de machucar (?:meu bebe|meu filho|minha filha|alguem)\b", HARM_TO_OTHERS, M),
    # ===== abuse =====
    p(rf"\b(?:{_AGR} )?esta (?:la fora|aqui fora|aqui|na porta|em casa|la embaixo|vindo)\b.{{0,30}}\b(?:com|tem) (?:uma|um) (?:faca|arma|revolver|pistola|facao)\b", ABUSE, X, False, False),
    p(r"\b(?:ele|ela) esta me (?:batendo|espancando|enforcando|agredindo)\b|\b(?:ele|ela) esta (?:tentando )?(?:arrombar|quebrar|derrubar) a porta\b|\b(?:ele|ela) vai me matar (?:hoje|agora)\b", ABUSE, X, False, False),
    p(rf"\bme (?:{_BATE})\b.{{0,60}}\b(?:medo|pavor|nao quero voltar|apavorad[oa])\b|\b(?:medo|pavor) de voltar para casa\b.{{0,60}}\bme (?:{_BATE})\b|\bapanho\b.{{0,60}}\bmedo\b", ABUSE, H, False, False),
    p(r"\b(?:ameacou|ameaca|ameacava) me matar\b|\bdisse que vai me matar\b|\b(?:me enforcou|me esganou|tentou me enforcar|tentou me esganar)\b|\bmedo (?:de que|que) (?:ele|ela) me mate\b", ABUSE, H, False, False),
    p(rf"\b{_AGR} (?:me toca|me tocava|mexe em mim|mexia em mim|me tocou)\b.{{0,30}}\b(?:a noite|nas partes|onde nao|nao gosto|no meu quarto)\b", ABUSE, H, False, False),
    p(rf"\b{_AGR} (?:sempre |ainda |as vezes |ja )?me (?:{_BATE})\b|\b(?:apanho|apanhei|apanhava) d[oa] (?:meu|minha)\b|\b(?:sofro|estou sofrendo) (?:violencia domestica|abuso|agressao)\b|\bfui (?:estuprad[oa]|abusad[oa])\b", ABUSE, M, False, False),
    p(r"\bnao me sinto segur[oa] em casa\b|\bmedo de voltar para casa\b|\b(?:ele|ela) vai me matar\b(?! (?:se|quando)\b)", ABUSE, M, False, False),
    p(rf"\b{_AGR} (?:me controla|controla meu (?:celular|dinheiro)|mexe no meu celular|nao me deixa (?:sair|ver|falar)|grita comigo|me xinga|me humilha)\b|\bviolencia domestica\b", ABUSE, L, False, False),
    # ===== substance emergency =====
    p(rf"\b(?:tomei|engoli|usei|cheirei|bebi)\b (?:uns |umas )?(?:{COUNT}|um monte de|muitos|muitas|todos os|todas as|demais)\b.{{0,30}}\b(?:{_MEDS}|drogas?|bala|doce|lanca|cocaina|po|alcool|alguma coisa)\b.{{0,40}}\b(?:estou me sentindo (?:estranh[oa]|mal)|me sinto (?:estranh[oa]|mal)|estou (?:estranh[oa]|passando mal)|nao consigo respirar|meu coracao esta (?:muito )?acelerado|vomitando|tontura|ton[ts][oa])", SUBSTANCE_EMERGENCY, X, False),
    p(r"\b(?:acho que )?(?:tive|estou tendo) uma overdose\b|\bexagerei n[oa]s? (?:remedios|drogas|rivotril|bala|po|comprimidos|calmantes|dose)\b", SUBSTANCE_EMERGENCY, X, False),
    # Someone with the person took something and does not wake or breathe: an emergency, not
    # reported speech ("meu irmão tomou muitas pílulas com bebida e não acorda").
    p(rf"\b{_THEY_TOOK}\b.{{0,60}}\b{_UNRESPONSIVE}|\b{_UNRESPONSIVE}\b.{{0,40}}\b(?:tomou|engoliu|usou|cheirou|bebeu|injetou|misturou|ingeriu)\b", SUBSTANCE_EMERGENCY, X, False, False),
    p(rf"\b(?:acabou de (?:tomar|engolir)|esta tomando)\b (?:{_QTY}\b.{{0,25}}\b{_PILLS}|{_PACK})|\b(?:tomou|engoliu)\b (?:{_QTY}\b.{{0,25}}\b{_PILLS}|{_PACK})\b.{{0,30}}\b(?:agora ha pouco|ha pouco|agorinha|faz (?:uns |alguns )?(?:minutos|meia hora|uma hora)|ha (?:uns |alguns )?minutos|agora mesmo)\b", SUBSTANCE_EMERGENCY, X, False, False),
    p(rf"\b(?:tomou|engoliu)\b (?:{_QTY}\b.{{0,25}}\b{_PILLS}\b{_ROUTINE}|{_PACK}\b{_NOT_DRINK}){_NOT_MENSES}{_NOT_PAST}", SUBSTANCE_EMERGENCY, H, False, False),
    # Too much, or sedatives with drink.
    p(rf"\b(?:tomei|engoli)\b.{{0,20}}\b{_PILLS}\b (?:demais|a mais)\b|\b(?:tomei|engoli) (?:demais|a mais) (?:d[oa]s? )?{_PILLS}\b|\bacho que (?:eu )?tomei (?:remedio )?demais\b", SUBSTANCE_EMERGENCY, H, False),
    p(rf"\bmisturei\b.{{0,30}}\b(?:alcool|bebida|{_MEDS}|drogas?)\b.{{0,10}}\b(?:com|e)\b.{{0,15}}\b(?:alcool|bebida|{_MEDS}|drogas?)\b|\b(?:tomei|engoli)\b.{{0,30}}\b{_SEDATIVES}\b.{{0,30}}\bcom {_BOOZE}\b|\b(?:bebad[oa]|bebi (?:muito|todas|demais))\b.{{0,30}}\b(?:tomei|engoli)\b.{{0,20}}\b{_SEDATIVES}\b", SUBSTANCE_EMERGENCY, H, False),
    p(rf"\b(?:tomei|engoli)\b.{{0,30}}\b{_PILLS}\b.{{0,20}}\bcom {_BOOZE}\b", SUBSTANCE_EMERGENCY, M, False),
    p(r"\babstinencia\b.{0,40}\b(?:convuls\w*|tremedeira|tremendo|alucin\w*|delirium)\b", SUBSTANCE_EMERGENCY, H, False),
    p(r"\bestou (?:em|com) abstinencia\b|\bcrise de abstinencia\b", SUBSTANCE_EMERGENCY, M),
    # ===== panic =====
    p(r"\bestou tendo (?:uma )?crise de (?:panico|ansiedade)\b|\b(?:tive|estou com) (?:uma )?crise de (?:panico|ansiedade)\b|\bataque de panico\b|\bnao consigo respirar\b(?! de tanto rir)|\bfalta de ar\b|\bsinto que vou morrer\b|\bmeu coracao esta (?:muito )?(?:acelerado|disparado)\b.{0,40}\b(?:respirar|morrer|medo|panico)|\bacho que (?:vou|estou) (?:morrer|morrendo|enlouquecer|enlouquecendo)\b", PANIC, M, False),
    p(r"\bestou (?:muito )?ansios[oa]\b|\bmuita ansiedade\b|\bcrises de ansiedade\b", PANIC, L),
    # ===== psychosis =====
    p(r"\b(?:as )?vozes (?:me )?(?:mandam|dizem|pedem|ordenam|falam)\b.{0,20}\b(?:me matar|me machucar|me cortar|matar|machucar|morrer|pular)\b.{0,20}\b(?:agora|hoje)\b", PSYCHOSIS, X),
    p(r"\b(?:as )?vozes (?:me )?(?:mandam|dizem|pedem|ordenam|falam)\b.{0,20}\b(?:me matar|me machucar|me cortar|matar|machucar|morrer|pular)\b", PSYCHOSIS, H),
    p(r"\b(?:escuto|ouco|estou ouvindo|comecei a ouvir) vozes\b|\bvozes na minha cabeca\b|\bvejo (?:coisas|pessoas|vultos|sombras) que (?:nao (?:estao|existem)|ninguem ve)\b|\bestao me (?:seguindo|vigiando|espionando|envenenando)\b|\b(?:leem|controlam|roubam) meus pensamentos\b|\bnao sei onde estou\b", PSYCHOSIS, M),
    p(r"\bnada parece real\b|\bme sinto (?:irreal|fora do (?:meu )?corpo|desconectad[oa] (?:do meu corpo|da realidade))\b", PSYCHOSIS, L),
    # ===== risk-taking =====
    p(r"\bestou dirigindo (?:bebad[oa]|chapad[oa]|a \d{3})\b", RISK_TAKING, X),
    p(r"\b(?:dirigi|dirigindo|estava dirigindo|atravessei|pilotei|fui)\b.{0,60}\b(?:bebad[oa]|chapad[oa]|a \d{3}|\d{3} por hora|na contramao|sem cinto|sem capacete|de olhos fechados|no sinal vermelho|o sinal vermelho)\b.{0,40}\b(?:de proposito|querendo|para ver o que acontecia|sem me importar)", RISK_TAKING, H, False),
    p(r"\bdirigi (?:bebad[oa]|chapad[oa])\b", RISK_TAKING, M),
    # ===== medical emergency =====
    p(r"\b(?:dor no peito|aperto no peito|meu peito esta doendo)\b.{0,60}\b(?:braco|mandibula|queixo|ombro|dormente|formigando|formigamento|suando|suor|falta de ar|nao consigo respirar)\b|\bbraco (?:esquerdo )?(?:dormente|formigando)\b.{0,60}\bpeito\b", MEDICAL_EMERGENCY, X, False),
    p(r"\b(?:acho que )?estou tendo um (?:infarto|ataque cardiaco|avc|derrame)\b|\bminha garganta esta fechando\b|\bchoque anafilatico\b", MEDICAL_EMERGENCY, X, False),
    p(r"\b(?:ele|ela|meu (?:irmao|pai|filho|amigo|namorado|marido|avo|primo|companheiro)|minha (?:irma|mae|filha|amiga|namorada|esposa|mulher|avo|prima|companheira)|o bebe|a bebe)\b (?:nao esta respirando|parou de respirar|nao acorda(?! (?:nem |cedo|antes|na hora|para|de manha|sozinh\w*|com o despertador))|nao reage|esta desmaiad[oa]|esta convulsionando|esta inconsciente)\b|\blabios (?:roxos|azuis)\b", MEDICAL_EMERGENCY, X, False, False),
    p(r"\b(?:vomitando|tossindo|cuspindo) sangue\b", MEDICAL_EMERGENCY, H, False),
    p(r"\bdor no peito\b|\bdesmaiei\b", MEDICAL_EMERGENCY, M),
)

# The negation sits right before the verb and its clitics ("no me quiero", "nunca voy a"): a
# short window, so "nadie me entiende, me quiero morir" without the comma is not read as negated.
NEGATION = re.compile(
    r"\b(?:nao|nunca|jamais|nem|ninguem|sem|e se|imagina se|hipoteticamente|supondo que|suponha que|"
    r"no filme|na musica|na serie|no livro)\b([^.!?;,]{0,10})$"
)
NEW_CLAUSE = re.compile(r"\b(?:eu|mas|porem|embora|e|porque|por que|se|que|quando|na verdade|tipo)\b")
OTHER_PERSON = re.compile(
    r"\b(?:ele|ela|eles|elas|alguem|meu (?:amigo|irmao|pai|namorado|marido|filho|primo|colega)|"
    r"minha (?:amiga|irma|mae|namorada|esposa|mulher|filha|prima|colega)|um amigo|uma amiga)\b([^.!?;]{0,40})$"
)
SELF = re.compile(
    r"\b(?:eu|me|mim|comigo|meu|minha|meus|minhas|quero|queria|vou|estou|tenho|tomei|tentei|escrevi|comprei|consegui|guardei|penso)\b"
)
FIRST_PERSON = re.compile(r"\beu\b")
MEDIA = re.compile(
    r"\b(?:musica|letra|filme|serie|livro|novela|jogo|poema|frase|citacao|meme|tiktok|video|anime|personagem|canta|"
    r"cantor|cantora|episodio|clipe|cena|rapper)\b"
)
MEDIA_BREAK = re.compile(
    r"\b(?:e (?:agora|eu)|mas|agora|porque|me faz|me fez|depois|desde)\b"
    r"|\b(?:(?:e|sou) (?:basicamente|na verdade|praticamente) eu|sou eu (?:de verdade|na verdade|mesmo))\b"
)
MEANS_MENTION = re.compile(
    rf"\b(?:tenho|comprei|consegui|guardei|achei|juntei|escondi)\b.{{0,20}}\b(?:corda|arma|revolver|{_MEDS}|lamina|gilete|veneno|faca)s?\b"
)
WEAPON = re.compile(r"\b(?:tenho|peguei|trouxe|comprei|estou com) (?:uma|um|a|o|minha|meu) (?:faca|arma|revolver|pistola|facao)\b")

# Said after a disclosure, these close the conversation the way goodbyes do: a warning sign.
CLOSURE = re.compile(
    r"\b(?:adeus|tchau (?:a todos|para sempre|galera)|obrigad[oa] por (?:tudo|me ouvir|ouvir|estar aqui|tentar)|"
    r"desculpa(?:m)? por tudo|me desculpem por tudo|perdao por tudo|ja (?:decidi|esta decidido)|"
    r"nao (?:tente|tentem|adianta tentar) me (?:impedir|convencer|parar)|nada mais importa|ja nao importa|"
    r"cuidem(?:-se)? bem|se cuidem|estou em paz|nao me procurem|esquece(?:m)? de mim|voces nao vao mais ouvir falar de mim)\b"
)
# The other person's own words follow a verb of saying, quoted or not.
REPORTED_SPEECH = re.compile(r"\b(?:disse|falou|me disse|me falou|escreveu|diz|fala|me mandou)(?: que)?\s*$")

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
