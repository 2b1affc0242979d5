"""Portuguese (Brazilian and European). Patterns run on folded text: no accents ("nao",
"suicidio"), chat spellings undone ("vc" -> "voce", "n"/"ñ" -> "nao", "to" -> "estou").

The verb carries the person ("quero morrer" is the speaker); "não quero morrer" is negated but
"não quero mais viver" carries its own negation and is risk.
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

CODE = "pt"

_SLANG = [
    (re.compile(r"\b(?:n|naum|nao)\b"), "nao"),
    (re.compile(r"\b(?:vc|vce)\b"), "voce"),
    (re.compile(r"\b(?:q|qe|k)\b"), "que"),
    (re.compile(r"\bpq\b"), "porque"),
    (re.compile(r"\bto\b"), "estou"),
    (re.compile(r"\bta\b"), "esta"),
    (re.compile(r"\btava\b"), "estava"),
    (re.compile(r"\btao\b(?= me\b)"), "estao"),
    (re.compile(r"\bvo\b"), "vou"),
    (re.compile(r"\b(?:mt|mto)\b"), "muito"),
    (re.compile(r"\bngm\b"), "ninguem"),
    (re.compile(r"\bcmg\b"), "comigo"),
    (re.compile(r"\btd\b"), "tudo"),
    (re.compile(r"\bhj\b"), "hoje"),
    (re.compile(r"\b(?:qro|qero|kero)\b"), "quero"),
    (re.compile(r"\bpra\b"), "para"),
]


def prepare(folded: str) -> str:
    for pattern, replacement in _SLANG:
        folded = pattern.sub(replacement, folded)
    return folded


# "quero morrer de vergonha", "morrendo de fome": figures of speech.
_HYP = r"(?! de (?:vergonha|rir|fome|sono|calor|frio|tedio|saudade|medo|inveja|amor|cansaco|raiva|vontade|ciume|cringe))"
_NOW = r"(?:hoje(?: a noite)?|agora(?: mesmo)?|esta noite|essa noite)"
_MEDS = r"(?:remedios|comprimidos|pilulas|rivotril|clonazepam|paracetamol|dipirona|calmantes|antidepressivos|tarja preta)"
_AGR = (
    r"(?:ele|ela|meu (?:marido|namorado|pai|padrasto|irmao|ex|tio|companheiro|chefe|avo)|"
    r"minha (?:mulher|esposa|namorada|mae|madrasta|irma|companheira))"
)
_BATE = (
    r"(?:bate|bateu|batia|espanca|espancou|espancava|agride|agrediu|agredia|estupra|estuprou|estuprava|abusa|abusou|"
    r"abusava|ameaca|ameacou|ameacava|enforca|enforcou|esgana|esganou|chuta|chutou|da tapa|deu um tapa|machuca|machucou)"
)

PHRASES = (
    # ===== suicidal thoughts and behaviour =====
    # --- imminent ---
    p(rf"\b(?:tomei|engoli|acabei de tomar) (?:todos os|todas as|uma cartela de|a cartela de|{COUNT}|um monte de|varios|varias|muitos|muitas|a caixa (?:inteira )?de)\b.{{0,25}}\b{_MEDS}", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bestou (?:em cima d[ao]|na beira d[ao]|no alto d[ao]|n[ao]) (?:ponte|telhado|predio|beirada|trilhos|sacada|parapeito|penhasco|laje)\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\b(?:essa|esta) e (?:a )?minha ultima mensagem\b|\badeus (?:a todos|para sempre|galera)\b|\bquando voces lerem isso\b", SUICIDAL_BEHAVIOUR, X, False),
    p(rf"\bvou (?:me matar|me suicidar|acabar com tudo|acabar com a minha vida) {_NOW}\b", SUICIDAL_BEHAVIOUR, X),
    p(r"\ba corda (?:ja )?esta (?:pronta|amarrada)\b|\bestou com a corda no pescoco\b", SUICIDAL_BEHAVIOUR, X, False),
    p(r"\bestou sangrando (?:muito|demais)\b|\bnao para de sangrar\b", SELF_HARM, X, False),
    # --- high ---
    p(r"\b(?:eu )?vou (?:me matar|me suicidar|tirar (?:a )?minha vida|acabar com (?:a minha|minha) vida|me enforcar|me jogar (?:da|de|do|na frente))\b(?! (?:de (?:tanto )?(?:rir|estudar|trabalhar)|estudando|trabalhando|de vergonha))|\b(?:decidi|resolvi) (?:me matar|morrer|me suicidar|acabar com tudo)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:tenho|fiz) um plano\b.{0,30}\b(?:me matar|morrer|me suicidar|acabar com tudo)\b|\bja sei (?:como|quando|onde) (?:vou fazer|fazer|me matar)\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\b(?:escrevi|estou escrevendo|deixei) (?:uma|a|minha) carta de despedida\b|\b(?:carta|bilhete) de suicidio\b", SUICIDAL_BEHAVIOUR, H),
    p(r"(?<!nao )\b(?:tenho|ja tenho|comprei|consegui|guardei|juntei|estou juntando|escondi) (?:a corda|os remedios|as pilulas|os comprimidos|a arma|uma arma|o revolver|um revolver|veneno|remedios suficientes)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(rf"\b(?:estou bem|esta tudo bem|tudo bem|nao se preocupe|relaxa|tranquilo|tranquila)\b.{{0,40}}\b(?:na verdade|sinceramente|para ser sincer[oa]|bom)\b.{{0,30}}\b(?:tenho|ja tenho|comprei|consegui|guardei|escondi)\b.{{0,20}}\b(?:corda|arma|revolver|{_MEDS}|laminas?|gilete|veneno)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\b(?:tentei|ja tentei) (?:me matar|suicidio|me suicidar|tirar minha vida)\b|\btentativa de suicidio\b", SUICIDAL_BEHAVIOUR, H),
    p(rf"\bquant(?:os|as) {_MEDS} (?:precisa|preciso|tem que tomar|sao necessarios) para morrer\b|\bdose letal\b|\bcomo (?:me matar|se matar|me suicidar|morrer sem dor)\b|\bjeito (?:mais )?(?:facil|rapido|indolor) de (?:morrer|me matar)\b", SUICIDAL_BEHAVIOUR, H, False),
    p(r"\bestou dando (?:todas )?as minhas coisas\b|\bdei todas as minhas coisas\b", SUICIDAL_BEHAVIOUR, H),
    p(r"\bvou me (?:cortar|machucar|queimar)\b(?! (?:o|a|os|as) (?:cabelo|unha|unhas|franja|dedo))|\bcortes? (?:muito )?profundos?\b|\bpreciso (?:de )?pontos\b", SELF_HARM, H),
    # --- moderate ---
    p(rf"\b(?:eu )?(?:quero|queria|tenho vontade de|(?:muita |uma )?vontade de|penso em|pensando em|ando pensando em|so penso em) (?:morrer|me matar|me suicidar|tirar (?:a )?minha (?:propria )?vida|acabar com (?:tudo|a minha vida|minha vida)|sumir para sempre)\b{_HYP}", SUICIDAL_THOUGHTS, M),
    p(r"\bsuicid(?:io|ar|a|as)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bnao (?:quero|aguento|consigo) mais viver\b|\bnao quero (?:mais )?(?:viver|existir|estar viv[oa]|continuar vivendo)\b|\bnao tenho (?:mais )?(?:vontade|motivo|razao) (?:de|para) viver\b|\bsem vontade de viver\b", SUICIDAL_THOUGHTS, M, False),
    p(r"\b(?:todo mundo|minha familia|todos|voces|meus pais) (?:estaria|estariam|ficaria|ficariam|seria|seriam) melhor sem mim\b|\bseria melhor se eu (?:morresse|estivesse mort[oa]|nao existisse)\b", SUICIDAL_THOUGHTS, M),
    p(r"\bme (?:jogar|atirar) (?:da|de uma|do|de um|na frente d[oe]) (?:ponte|predio|janela|sacada|trem|metro|onibus|carro|penhasco)\b|\bme enforcar\b|\bcortar os pulsos\b|\bme dar um tiro\b", SUICIDAL_THOUGHTS, M),
    # --- low ---
    p(r"\bnao aguento mais\b|\bqueria (?:sumir|desaparecer|nao existir|nunca ter nascido|dormir e nao acordar)\b|\bquero (?:sumir|desaparecer)\b|\bnao quero acordar\b|\bsou um peso\b|\bnao vejo sentido (?:na vida|em viver|em nada)\b|\bcansad[oa] de viver\b|\bodeio minha vida\b|\bninguem (?:sentiria|ia sentir) (?:a )?minha falta\b|\bsem esperanca\b", SUICIDAL_THOUGHTS, L, False),
    # --- self-harm, moderate ---
    p(r"\b(?:quero|tenho vontade de|vontade de|preciso|voltei a|comecei a|continuo a?) ?(?:me cortar|me machucar|me ferir|me queimar|me automutilar|me bater)\b", SELF_HARM, M),
    p(r"\bme corto\b|\bme cortei (?:de novo|de proposito|nos bracos|nas pernas|nos pulsos|ontem)\b|\bme machuquei de proposito\b|\bme queimei de proposito\b|\bautomutila\w*|\bautolesao\b", SELF_HARM, M),
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
    p(r"\b(?:acho que )?(?:tive|estou tendo) uma overdose\b|\bexagerei n[oa]s? (?:remedios|drogas|rivotril|bala|po)\b", SUBSTANCE_EMERGENCY, X, False),
    p(r"\b(?:ele|ela|meu amigo|minha amiga|alguem)\b.{0,40}\b(?:tomou|usou|cheirou|bebeu)\b.{0,40}\b(?:nao esta respirando|nao acorda|desmaiou e nao|convulsionando|inconsciente)", SUBSTANCE_EMERGENCY, X, False, False),
    p(rf"\bmisturei\b.{{0,30}}\b(?:alcool|bebida|{_MEDS}|drogas?)\b.{{0,10}}\b(?:com|e)\b.{{0,15}}\b(?:alcool|bebida|{_MEDS}|drogas?)\b", SUBSTANCE_EMERGENCY, H, False),
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
    p(r"\b(?:ele|ela) (?:nao esta respirando|parou de respirar|nao acorda|esta desmaiad[oa]|esta convulsionando)\b|\blabios (?:roxos|azuis)\b", MEDICAL_EMERGENCY, X, False, False),
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
MEDIA_BREAK = re.compile(r"\b(?:e (?:agora|eu)|mas|agora|porque|me faz|me fez|depois|desde)\b")
MEANS_MENTION = re.compile(
    rf"\b(?:tenho|comprei|consegui|guardei|achei|juntei|escondi)\b.{{0,20}}\b(?:corda|arma|revolver|{_MEDS}|lamina|gilete|veneno|faca)s?\b"
)
WEAPON = re.compile(r"\b(?:tenho|peguei|trouxe|comprei|estou com) (?:uma|um|a|o|minha|meu) (?:faca|arma|revolver|pistola|facao)\b")

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
    reported_speech=REPORTED_SPEECH,
    prepare=prepare,
)
