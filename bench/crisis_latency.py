"""How much time the crisis-safety stages add to a turn: risk assessment plus the output guard, on one core.

    .venv/bin/python bench/crisis_latency.py [--core N] [--turns N] [--rounds N] [--out docs/benchmarks.md]

Acceptance target: assessment plus output guard add at most 20 ms per turn at the 95th percentile.

Each turn runs the two stages as the pipeline does: ``assess_risk`` with the live assessor
(``build_assessor()``) given what de-identify hands on (the message as written, its placeholder
map, and the stored conversation with 0-6 earlier messages from the person), then a fresh
``StreamGuard`` over an 80-220-word reply fed in pieces of about 4 characters, as tokens arrive,
then ``finish()`` (not called once a piece is blocked, as the pipeline stops there). The corpus
below is written here: everyday, crisis and ~300-word messages in en/es/fr/pt/de/hi, a quarter of
them with identifiers, and replies that pass, name verified contacts, get reworded or get blocked.
The process is pinned to one core. Every round replays the conversations in order with
the assessor's memo caches emptied first, as a fresh server would see them; a second pass empties
them before every turn (nothing remembered, the worst case). Results are printed and merged into
the document between ``<!-- bench:crisis -->`` markers. This is a script, not a test.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import shlex
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from bench._report import (  # noqa: E402
    CpuMeter,
    load_average,
    machine_info,
    merge_section,
    percentile,
    progress,
    table,
)
from mindhaven.crisis.directory import get_directory  # noqa: E402
from mindhaven.guard.rules import RULES, Allowed, Rule  # noqa: E402
from mindhaven.runtime import build_assessor  # noqa: E402
from mindhaven.turn.assess_risk import Assessor, assess_risk  # noqa: E402
from mindhaven.turn.check_output import StreamGuard, allowed_from  # noqa: E402
from mindhaven.turn.receive import Limits  # noqa: E402
from mindhaven.turn.types import (  # noqa: E402
    ChatMessage,
    ConversationState,
    Deidentified,
    GuardFinding,
    GuardReport,
    Received,
    RiskLevel,
    Role,
)

TARGET_P95_MS = 20.0
HISTORY_LIMIT = 6  # earlier messages the corpus gives a turn at most (the assessor reads up to six)
now_ns = time.perf_counter_ns

DOC_NAME = "crisis"
DOC_HEADING = "## Crisis safety stages: assessment + output guard (one core)"
DOC_INTRO = (
    "Acceptance target: risk assessment plus the output guard add at most 20 ms per turn at the 95th "
    "percentile on one core. Measured by `bench/crisis_latency.py`: the live assessor (`build_assessor()`) "
    "through `assess_risk` with what de-identify hands on (the message as written, the placeholder map, "
    "the stored conversation with 0–6 earlier messages), then `StreamGuard` over an 80–220-word "
    "reply fed in ~4-character pieces and `finish()`; times in milliseconds per turn."
)

# --- the corpus: what people write (already de-identified) -------------------------------

LANGUAGE_WEIGHTS = {"en": 40, "es": 14, "fr": 12, "pt": 12, "de": 11, "hi": 11}
LOCALES = {"en": ("en-GB", "GB"), "es": ("es-ES", "ES"), "fr": ("fr-FR", "FR"), "pt": ("pt-BR", "BR"),
           "de": ("de-DE", "DE"), "hi": ("hi-IN", "IN")}

EVERYDAY: dict[str, list[str]] = {
    "en": [
        "I've been so stressed with work that I can't switch off at night.",
        "Honestly I don't know why I'm writing this.",
        "I had a fight with my flatmate about the dishes and now it's awkward at home.",
        "My exams are in three weeks and I haven't started revising properly.",
        "I keep comparing myself to everyone on social media and I always come out worse.",
        "Today was actually okay, I just wanted to tell someone.",
        "I feel lonely even when I'm surrounded by people.",
        "[PERSON_1] criticised my report in front of the whole team and I can't stop replaying it.",
        "I'm tired all the time, even after a full night's sleep.",
        "My partner and I keep arguing about money and it always ends with one of us walking out.",
        "I moved to [LOCATION_1] for this job and I don't know anyone here.",
        "I get a tight feeling in my chest before meetings and my hands go cold.",
        "My dad is in hospital and nobody will tell us anything clear.",
        "I've started avoiding my friends because I don't have the energy to pretend I'm fine.",
        "Is it normal to feel nothing at all some days?",
        "I cried in the car park before work again.",
        "My therapist is on holiday for two weeks and I feel a bit lost without our sessions.",
        "The news has been making me really anxious lately.",
        "I think I'm burning out but I can't afford to take time off.",
        "My grandmother died last month and the grief keeps hitting me in waves.",
        "Sundays are the worst, the dread about Monday starts at lunchtime.",
        "I've been drinking more than usual to get to sleep.",
        "My new baby won't sleep and neither will I, and I feel like a terrible parent.",
        "Some days I just stay in bed scrolling until it's dark.",
        "I had a panic attack on the train and had to get off two stops early.",
        "Thanks for listening yesterday, it helped more than I expected.",
    ],
    "es": [
        "Últimamente no duermo bien y me despierto a las cuatro con el corazón acelerado.",
        "Mi jefe me gritó delante de todos y todavía me tiembla la voz cuando lo pienso.",
        "Me mudé a [LOCATION_1] hace dos meses y me siento muy solo.",
        "Discutí con mi madre otra vez y ahora no nos hablamos.",
        "Tengo exámenes la semana que viene y no consigo concentrarme en nada.",
        "Hoy fue un día bastante bueno, solo quería contárselo a alguien.",
        "Mi pareja dice que estoy siempre cansada y tiene razón.",
        "No sé muy bien cómo explicar lo que siento, es como un peso en el pecho.",
        "Echo mucho de menos a mi abuelo, murió en primavera.",
        "Me cuesta mucho pedir ayuda porque no quiero molestar a nadie.",
        "[PERSON_1] dejó de contestar mis mensajes y no entiendo por qué.",
        "Trabajo doce horas al día y cuando llego a casa no me queda energía para nada.",
        "A veces siento que todos avanzan en la vida menos yo.",
        "Fui a correr esta mañana y me ayudó un poco.",
        "El alquiler ha vuelto a subir y no sé cómo voy a pagarlo.",
        "Me da vergüenza decir que lloro casi todas las noches.",
        "Mis amigos dicen que exagero, pero yo lo paso fatal en las fiestas.",
        "Tengo una cita con el médico el jueves y estoy muy nerviosa.",
        "Desde que perdí el trabajo me siento inútil.",
        "Gracias por escucharme, de verdad.",
        "Los domingos por la tarde me entra una angustia que no sé explicar, como si se me acabara el aire.",
        "Mi hermana [PERSON_2] me dice que vaya al psicólogo, pero la lista de espera es de meses y no puedo pagar uno privado.",
        "En el trabajo sonrío todo el día y cuando llego a casa me derrumbo en el sofá sin cenar.",
        "He dejado de hacer las cosas que antes me gustaban, ni siquiera leo ni escucho música.",
        "Me paso las noches dándole vueltas a conversaciones de hace años, a cosas que dije mal.",
        "Mis padres se están separando y siento que tengo que cuidar de todos menos de mí.",
    ],
    "fr": [
        "Je dors très mal depuis des semaines et je suis épuisée au travail.",
        "Mon chef m'a reproché une erreur devant toute l'équipe et j'ai eu honte.",
        "Je viens d'emménager à [LOCATION_1] et je ne connais personne.",
        "Je me suis encore disputé avec mon frère pour une bêtise.",
        "Mes partiels commencent lundi et j'ai l'impression de ne rien savoir.",
        "Aujourd'hui ça allait plutôt bien, je voulais juste le dire à quelqu'un.",
        "Je me sens seule même quand je suis entourée.",
        "Ma grand-mère est à l'hôpital et personne ne nous explique rien.",
        "J'ai du mal à dire non aux gens et je finis toujours débordé.",
        "Le dimanche soir, l'angoisse du lundi commence déjà.",
        "[PERSON_1] ne répond plus à mes messages depuis une semaine.",
        "J'ai fait une crise d'angoisse dans le métro ce matin.",
        "Je pleure souvent sans vraiment savoir pourquoi.",
        "Je me compare tout le temps aux autres sur les réseaux sociaux.",
        "Je suis allé marcher au parc et ça m'a fait un peu de bien.",
        "J'ai peur de décevoir mes parents avec mes notes.",
        "Mon loyer a encore augmenté et je ne sais pas comment je vais faire.",
        "Merci de m'avoir écouté hier soir.",
        "Je bois un peu plus que d'habitude pour m'endormir.",
        "Je n'ai plus envie de voir mes amis, tout me fatigue.",
        "Le dimanche après-midi, j'ai une boule au ventre qui ne part pas avant le lundi soir.",
        "Ma sœur [PERSON_2] me conseille de voir un psy, mais les délais sont énormes et je n'ai pas les moyens.",
        "Au travail je fais semblant que tout va bien et le soir je m'effondre sur le canapé sans manger.",
        "J'ai arrêté tout ce que j'aimais avant, je ne lis plus, je n'écoute même plus de musique.",
        "La nuit je repense à des conversations d'il y a des années, à tout ce que j'ai mal dit.",
        "Mes parents sont en train de divorcer et j'ai l'impression de devoir m'occuper de tout le monde sauf de moi.",
    ],
    "pt": [
        "Não consigo dormir direito e acordo às quatro da manhã com o coração disparado.",
        "Meu chefe me humilhou na frente de todo mundo na reunião.",
        "Me mudei para [LOCATION_1] há pouco tempo e me sinto muito sozinha.",
        "Briguei de novo com a minha mãe e agora a casa está um clima horrível.",
        "Tenho prova na semana que vem e não consigo estudar nada.",
        "Hoje foi um dia bom, só queria contar para alguém.",
        "Estou cansado o tempo todo, mesmo dormindo bem.",
        "Sinto falta da minha avó, ela faleceu no ano passado.",
        "Meu namorado diz que eu exagero em tudo.",
        "Fico comparando a minha vida com a dos outros no Instagram.",
        "[PERSON_1] parou de falar comigo e eu não sei o que fiz.",
        "Trabalho muito e quando chego em casa não tenho energia para nada.",
        "Tive uma crise de ansiedade no ônibus hoje de manhã.",
        "Tenho vergonha de pedir ajuda para a minha família.",
        "Fui caminhar no parque e me senti um pouco melhor.",
        "O aluguel subiu de novo e estou desesperado com as contas.",
        "Choro quase todas as noites antes de dormir.",
        "Obrigada por me ouvir ontem, ajudou bastante.",
        "Tenho consulta no médico na quinta e estou muito nervosa.",
        "Desde que perdi o emprego me sinto um fracasso.",
        "No domingo à tarde me dá uma angústia no peito que só passa na segunda à noite.",
        "Minha irmã [PERSON_2] diz para eu procurar um psicólogo, mas a fila do posto é enorme e particular eu não consigo pagar.",
        "No trabalho finjo que está tudo bem e quando chego em casa desabo no sofá sem jantar.",
        "Parei de fazer as coisas de que eu gostava, não leio mais, nem música eu escuto.",
        "De noite fico remoendo conversas de anos atrás, tudo o que eu falei errado.",
        "Meus pais estão se separando e sinto que preciso cuidar de todo mundo menos de mim.",
    ],
    "de": [
        "Ich schlafe seit Wochen schlecht und bin bei der Arbeit völlig erschöpft.",
        "Mein Chef hat mich vor dem ganzen Team kritisiert und ich schäme mich.",
        "Ich bin nach [LOCATION_1] gezogen und kenne hier niemanden.",
        "Ich habe mich schon wieder mit meiner Schwester gestritten.",
        "Meine Prüfungen fangen nächste Woche an und ich kann mich nicht konzentrieren.",
        "Heute war eigentlich ein guter Tag, ich wollte es nur jemandem erzählen.",
        "Ich fühle mich einsam, auch wenn Leute um mich herum sind.",
        "Mein Vater liegt im Krankenhaus und niemand sagt uns etwas Genaues.",
        "Ich kann schlecht nein sagen und am Ende mache ich alles allein.",
        "Am Sonntagabend fängt die Angst vor Montag schon an.",
        "[PERSON_1] antwortet seit einer Woche nicht mehr auf meine Nachrichten.",
        "Ich hatte heute Morgen in der U-Bahn eine Panikattacke.",
        "Ich weine oft, ohne genau zu wissen warum.",
        "Ich vergleiche mich ständig mit anderen auf Instagram.",
        "Ich war im Park spazieren und das hat ein bisschen geholfen.",
        "Die Miete ist schon wieder gestiegen und ich weiß nicht, wie ich das schaffen soll.",
        "Ich habe Angst, meine Eltern zu enttäuschen.",
        "Danke, dass du gestern zugehört hast.",
        "Ich trinke in letzter Zeit mehr, um einschlafen zu können.",
        "Ich habe keine Lust mehr, meine Freunde zu treffen, alles ist so anstrengend.",
        "Am Sonntagnachmittag habe ich einen Knoten im Bauch, der erst am Montagabend wieder weggeht.",
        "Meine Schwester [PERSON_2] sagt, ich soll zu einer Therapeutin gehen, aber die Wartelisten sind monatelang.",
        "Bei der Arbeit tue ich so, als wäre alles gut, und abends breche ich auf dem Sofa zusammen.",
        "Ich habe mit allem aufgehört, was mir früher Spaß gemacht hat, ich lese nicht mal mehr.",
        "Nachts denke ich über Gespräche von vor Jahren nach und über alles, was ich falsch gesagt habe.",
        "Meine Eltern trennen sich gerade und ich habe das Gefühl, mich um alle kümmern zu müssen außer um mich.",
    ],
    "hi": [
        "मुझे कई हफ्तों से ठीक से नींद नहीं आ रही है और ऑफिस में बहुत थकान रहती है।",
        "मेरे बॉस ने सबके सामने मेरी गलती निकाली और मुझे बहुत शर्म आई।",
        "मैं नौकरी के लिए [LOCATION_1] आया हूं और यहां किसी को नहीं जानता।",
        "आज मम्मी से फिर झगड़ा हो गया और अब घर में कोई बात नहीं कर रहा।",
        "अगले हफ्ते मेरे एग्जाम हैं और पढ़ाई में बिल्कुल मन नहीं लग रहा।",
        "आज का दिन अच्छा था, बस किसी को बताना चाहती थी।",
        "भीड़ में भी मुझे बहुत अकेलापन लगता है।",
        "मेरे पापा अस्पताल में हैं और डॉक्टर कुछ साफ नहीं बता रहे।",
        "यार aaj office mein bahut tension thi, boss ne sabke saamne daanta.",
        "ghar walon ko lagta hai main bas time waste karta hoon.",
        "[PERSON_1] ne ek hafte se mere message ka reply nahi kiya.",
        "kal raat metro mein mujhe panic attack aaya aur saans nahi aa rahi thi.",
        "मैं अक्सर बिना वजह रो देती हूं।",
        "Instagram पर सबकी ज़िंदगी इतनी अच्छी लगती है और मेरी नहीं।",
        "शाम को पार्क में टहलने गया तो थोड़ा अच्छा लगा।",
        "किराया फिर बढ़ गया है और समझ नहीं आ रहा कैसे भरूंगा।",
        "mujhe dar lagta hai ki main apne parents ko disappoint kar dunga.",
        "कल बात करने के लिए शुक्रिया, सच में अच्छा लगा।",
        "दोस्तों से मिलने का भी मन नहीं करता, सब कुछ थका देने वाला लगता है।",
        "padhai mein focus hi nahi ho raha, din bhar phone chalata rehta hoon.",
        "रविवार की शाम से ही सोमवार की घबराहट शुरू हो जाती है और पेट में गांठ सी बन जाती है।",
        "मेरी बहन [PERSON_2] कहती है किसी काउंसलर से मिलो, पर प्राइवेट में बहुत पैसे लगते हैं।",
        "ऑफिस में सबके सामने मुस्कुराता रहता हूं और घर आकर बिना खाना खाए सोफे पर पड़ जाता हूं।",
        "जो चीज़ें पहले अच्छी लगती थीं, अब वो भी नहीं करता, गाने सुनना भी छोड़ दिया है।",
        "raat ko purani baatein yaad karke sochta rehta hoon ki maine kya galat bola tha.",
        "मम्मी पापा अलग हो रहे हैं और लगता है मुझे सबका ख्याल रखना है, बस अपना नहीं।",
    ],
}

# Low to imminent risk, and the look-alikes the lexicon must not over-read (negated, reported, quoted).
CRISIS: dict[str, list[str]] = {
    "en": [
        "I wish I could just disappear for a while.",
        "I feel like I'm a burden to everyone around me.",
        "Sometimes I wish I could go to sleep and not wake up.",
        "I've been thinking about killing myself a lot this week.",
        "Everyone would be better off without me.",
        "I started cutting again last week and I'm hiding it from everyone.",
        "I have a plan and I know how I would do it.",
        "I've been saving up pills so I can end it.",
        "I wrote a goodbye note last night.",
        "I'm going to kill myself tonight.",
        "I've taken all of my pills, like 30 tablets.",
        "I am standing on the bridge right now.",
        "I would never kill myself but I feel really low.",
        "My friend said she wants to die and I don't know how to help her.",
        "The song goes 'I wanna die' and I can't get it out of my head.",
        "im so done, kms lol no but seriously i cant do this anymore",
        "My husband hits me when he's drunk and I'm scared to go home.",
        "I want to hurt him so badly, and I have a knife in my bag.",
    ],
    "es": [
        "Quiero morirme, ya no aguanto más.",
        "A veces pienso que todos estarían mejor sin mí.",
        "He estado pensando en suicidarme.",
        "Ya tengo las pastillas guardadas y sé cuándo lo voy a hacer.",
        "Me he vuelto a cortar los brazos esta noche.",
        "Nunca me haría daño, pero estoy muy triste.",
        "Mi amiga dice que se quiere matar y no sé qué hacer.",
        "Estoy en el puente ahora mismo.",
    ],
    "fr": [
        "J'ai envie de mourir, je n'en peux plus.",
        "Tout le monde serait mieux sans moi.",
        "Je pense souvent au suicide ces derniers temps.",
        "J'ai écrit une lettre d'adieu hier soir.",
        "Je me suis encore scarifiée ce soir.",
        "Je ne me tuerais jamais, mais je suis épuisée.",
        "Mon frère m'a dit qu'il voulait en finir et j'ai peur pour lui.",
        "Je vais me tuer ce soir.",
    ],
    "pt": [
        "Eu quero morrer, não aguento mais.",
        "Todo mundo ficaria melhor sem mim.",
        "Tenho pensado em me matar.",
        "Comprei os remédios e já sei quando vou fazer.",
        "Voltei a me cortar ontem à noite.",
        "Eu nunca me mataria, mas estou muito mal.",
        "Minha amiga falou que quer se matar e eu não sei como ajudar.",
        "Estou em cima da ponte agora.",
    ],
    "de": [
        "Ich will nicht mehr leben.",
        "Alle wären besser dran ohne mich.",
        "Ich denke in letzter Zeit oft an Selbstmord.",
        "Ich habe einen Abschiedsbrief geschrieben.",
        "Ich habe mich heute wieder geritzt.",
        "Ich würde mich nie umbringen, aber mir geht es schlecht.",
        "Meine Freundin hat gesagt, dass sie sterben will, und ich weiß nicht, was ich tun soll.",
        "Ich stehe gerade auf der Brücke.",
    ],
    "hi": [
        "मुझे मरना है, अब और नहीं सह सकता।",
        "सब मेरे बिना खुश रहेंगे।",
        "मैं आत्महत्या के बारे में सोच रहा हूं।",
        "मैंने सारी नींद की गोलियां खा ली हैं।",
        "mujhe marna hai, ab aur nahi jhel sakta.",
        "maine suicide note likh diya hai.",
        "main khud ko hurt karti hoon jab bahut bura lagta hai.",
        "main chhat par khada hoon.",
    ],
}

# Two ~300-word messages written whole; other languages' long messages are put together from the
# sentences above (a long vent is many of these thoughts in a row).
LONG: dict[str, str] = {
    "en": (
        "I've been looking after my mum since her stroke last spring. I do her meals, her medication, the "
        "appointments, and I still work part time at the shop. My brother [PERSON_1] lives two hours away and "
        "says he's too busy to help, which I suppose is true, but it still makes me angry every time he calls "
        "and asks how she is as if he's checking up on me. I love her and I don't regret it, but I'm exhausted "
        "all the time. I snap at her over small things and then lie awake feeling awful about it. I haven't "
        "seen my friends in months; they stopped inviting me because I always said no. Some days I feel like "
        "I'm disappearing into this role and there's nothing left that's just me. I used to paint, I used to "
        "go swimming on Saturday mornings, I used to have opinions about films. Now I think about pill "
        "organisers and whether the ramp will get fixed before winter. The social worker said I could get "
        "respite care, but the forms are endless and I feel guilty even thinking about it, like I'd be "
        "abandoning her. Last night I sat in the car outside the house for forty minutes because I couldn't "
        "face going in. I don't even know what I'm asking for. Maybe just for someone to say it's okay to be "
        "this tired. Sometimes, late at night, I think it would be easier if I just didn't wake up, and then "
        "someone else would have to sort it all out. I'm not going to do anything, I just needed to say it to "
        "someone who won't look at me differently tomorrow. Thank you for reading all of this, I know it's a "
        "lot, and I'm sorry it came out in one long rush."
    ),
    "es": (
        "No sé muy bien por dónde empezar. Hace un año que me vine a [LOCATION_1] por trabajo y al principio "
        "todo parecía una aventura, pero poco a poco se ha ido convirtiendo en otra cosa. Trabajo en una "
        "oficina donde nadie habla conmigo más de lo necesario, como sola casi todos los días y los fines de "
        "semana no salgo de casa. Mi familia cree que estoy genial porque en las videollamadas sonrío y les "
        "cuento cosas bonitas, pero en cuanto cuelgo me quedo mirando la pared. Mi madre siempre dice que "
        "estoy muy orgullosa de ti, y eso me hace sentir todavía peor, porque no quiero decepcionarla. "
        "Últimamente me cuesta levantarme, llego tarde, me equivoco en cosas que antes hacía sin pensar, y mi "
        "jefa [PERSON_1] ya me ha llamado la atención dos veces. He intentado apuntarme a un club de lectura y "
        "a clases de baile, pero siempre encuentro una excusa para no ir. Por las noches doy vueltas en la "
        "cama pensando en todo lo que hago mal. Hay días en los que pienso que ya no aguanto más y que sería "
        "más fácil desaparecer, aunque sé que no lo haría. Me da miedo contárselo a alguien porque no quiero "
        "que me vean como una persona débil o que se preocupen por mí. Tampoco sé si esto es normal, si a "
        "todo el mundo le pasa cuando se muda lejos, o si hay algo que está mal en mí. Me gustaría volver a "
        "sentir ganas de hacer cosas, de reírme de verdad, de llamar a una amiga sin tener que fingir. Gracias "
        "por leer todo esto, creo que es la primera vez que lo escribo entero."
    ),
}

# The texts above are de-identified; these are the identifiers the people actually wrote.
IDENTIFIERS = {"[PERSON_1]": "Daniel Okafor", "[PERSON_2]": "Priya", "[LOCATION_1]": "Leeds"}
PLACEHOLDER = re.compile(r"\[[A-Z]+(?:_[A-Z]+)*_\d+\]")

# --- the corpus: what the LLM replies (de-identified, as the guard sees it) --------------

REPLY_SENTENCES: dict[str, list[str]] = {
    "en": [
        "Thank you for telling me this; it sounds like you've been carrying a lot on your own.",
        "It makes sense that you feel worn out when so much is being asked of you at once.",
        "You don't have to have it all figured out to talk about it here.",
        "What you're describing sounds really heavy, and I'm glad you reached out instead of keeping it in.",
        "Sometimes naming the feeling, even roughly, takes a little of its weight away.",
        "When the evenings get hardest, what helps even a little, even for a few minutes?",
        "If it feels right, a few slow breaths, in for four and out for six, can take the edge off.",
        "It's okay to feel this way, and it doesn't mean you are failing at anything.",
        "Is there one person, like [PERSON_1] or a friend, you could let in on a little of this?",
        "Small steps count, like a short walk, a glass of water, or getting some rest tonight.",
        "You mentioned work a few times; what part of it feels most overwhelming right now?",
        "Grief and stress often come in waves, and the waves can be strongest when we're tired.",
        "I'm an AI, so I can't replace a therapist, but I'm here to keep listening.",
        "Would it help to think together about what tomorrow could look like, one piece at a time?",
        "Whatever you decide to share next, I'll take it seriously and without judgement.",
        "Being kind to yourself right now might be as simple as letting the day be good enough.",
    ],
    "es": [
        "Gracias por contármelo; parece que llevas mucho tiempo cargando con esto tú sola.",
        "Tiene sentido que te sientas agotada cuando te piden tanto a la vez.",
        "No hace falta que lo tengas todo claro para hablar de ello aquí.",
        "Lo que describes suena muy pesado, y me alegra que hayas decidido escribir en lugar de guardártelo.",
        "A veces ponerle nombre a lo que sientes, aunque sea a grandes rasgos, le quita un poco de peso.",
        "Cuando las noches se hacen más duras, ¿qué te ayuda aunque sea un poco?",
        "Si te parece bien, unas respiraciones lentas, inspirando en cuatro y soltando en seis, pueden ayudar.",
        "Está bien sentirse así, y no significa que estés fallando en nada.",
        "¿Hay alguna persona, como [PERSON_1] o una amiga, a quien podrías contarle un poco de esto?",
        "Los pasos pequeños cuentan: un paseo corto, un vaso de agua o descansar esta noche.",
        "Has mencionado el trabajo varias veces; ¿qué parte te abruma más ahora mismo?",
        "Soy una inteligencia artificial y no sustituyo a una terapeuta, pero estoy aquí para escucharte.",
        "¿Te ayudaría pensar juntos en cómo podría ser mañana, poco a poco?",
        "Cuentes lo que cuentes, lo voy a tomar en serio y sin juzgarte.",
        "Ser amable contigo hoy puede ser tan sencillo como aceptar que el día ha sido suficiente.",
        "El cansancio y la tristeza suelen venir en oleadas, y las oleadas pesan más cuando estás agotada.",
    ],
    "fr": [
        "Merci de me confier tout ça ; on dirait que tu portes beaucoup de choses seule depuis longtemps.",
        "C'est compréhensible d'être épuisée quand on te demande autant en même temps.",
        "Tu n'as pas besoin d'avoir tout compris pour en parler ici.",
        "Ce que tu décris a l'air très lourd, et je suis content que tu aies écrit plutôt que de tout garder.",
        "Parfois, mettre un mot sur ce qu'on ressent, même approximatif, allège un peu le poids.",
        "Quand les soirées sont les plus dures, qu'est-ce qui t'aide, même un tout petit peu ?",
        "Si tu en as envie, quelques respirations lentes, quatre temps pour inspirer et six pour expirer, peuvent aider.",
        "C'est normal de ressentir ça, et ça ne veut pas dire que tu échoues.",
        "Y a-t-il une personne, comme [PERSON_1] ou une amie, à qui tu pourrais en parler un peu ?",
        "Les petits pas comptent : une courte marche, un verre d'eau, un peu de repos ce soir.",
        "Tu as parlé plusieurs fois du travail ; qu'est-ce qui te pèse le plus en ce moment ?",
        "Je suis une IA, je ne remplace pas un psychologue, mais je suis là pour t'écouter.",
        "Est-ce que ça t'aiderait qu'on réfléchisse ensemble à demain, un petit morceau à la fois ?",
        "Quoi que tu choisisses de partager, je le prendrai au sérieux et sans jugement.",
        "Être douce avec toi aujourd'hui, c'est peut-être juste accepter que la journée a été suffisante.",
        "La fatigue et la tristesse arrivent souvent par vagues, plus fortes quand on est à bout.",
    ],
    "pt": [
        "Obrigado por me contar isso; parece que você está carregando muita coisa sozinha há bastante tempo.",
        "Faz sentido se sentir esgotada quando pedem tanto de você ao mesmo tempo.",
        "Você não precisa ter tudo resolvido para falar sobre isso aqui.",
        "O que você descreve parece muito pesado, e fico feliz que você tenha escrito em vez de guardar tudo.",
        "Às vezes dar um nome ao que sentimos, mesmo que por alto, tira um pouco do peso.",
        "Quando as noites ficam mais difíceis, o que ajuda, nem que seja um pouquinho?",
        "Se fizer sentido para você, algumas respirações lentas, contando quatro para inspirar e seis para soltar, podem ajudar.",
        "Tudo bem se sentir assim, e isso não quer dizer que você esteja falhando.",
        "Existe alguém, como [PERSON_1] ou uma amiga, com quem você poderia dividir um pouco disso?",
        "Passos pequenos contam: uma caminhada curta, um copo de água, descansar esta noite.",
        "Você falou do trabalho algumas vezes; qual parte parece mais pesada agora?",
        "Sou uma inteligência artificial e não substituo um psicólogo, mas estou aqui para ouvir você.",
        "Ajudaria pensarmos juntos em como pode ser o dia de amanhã, um pedaço de cada vez?",
        "O que você escolher compartilhar, vou levar a sério e sem julgamento.",
        "Ser gentil com você hoje pode ser só aceitar que o dia foi suficiente.",
        "O cansaço e a tristeza costumam vir em ondas, mais fortes quando estamos exaustos.",
    ],
    "de": [
        "Danke, dass du mir das erzählst; es klingt, als würdest du schon lange vieles allein tragen.",
        "Es ist verständlich, dass du erschöpft bist, wenn so viel gleichzeitig von dir verlangt wird.",
        "Du musst nicht alles verstanden haben, um hier darüber zu sprechen.",
        "Was du beschreibst, klingt sehr schwer, und ich bin froh, dass du geschrieben hast, statt alles für dich zu behalten.",
        "Manchmal nimmt es schon etwas Gewicht weg, dem Gefühl einen Namen zu geben, auch wenn er nicht genau passt.",
        "Wenn die Abende am schwersten sind, was hilft dir dann, und sei es nur ein bisschen?",
        "Wenn es sich richtig anfühlt, können ein paar langsame Atemzüge helfen, vier Takte ein und sechs aus.",
        "Es ist in Ordnung, sich so zu fühlen, und es heißt nicht, dass du versagst.",
        "Gibt es einen Menschen, etwa [PERSON_1] oder eine Freundin, dem du ein wenig davon erzählen könntest?",
        "Kleine Schritte zählen: ein kurzer Spaziergang, ein Glas Wasser, heute Abend etwas Ruhe.",
        "Du hast die Arbeit mehrmals erwähnt; welcher Teil davon überfordert dich gerade am meisten?",
        "Ich bin eine KI und kann keine Therapeutin ersetzen, aber ich bin hier und höre zu.",
        "Würde es helfen, gemeinsam zu überlegen, wie morgen aussehen könnte, Stück für Stück?",
        "Was auch immer du als Nächstes erzählen möchtest, ich nehme es ernst und ohne zu urteilen.",
        "Freundlich zu dir zu sein kann heute einfach heißen, den Tag gut genug sein zu lassen.",
        "Müdigkeit und Traurigkeit kommen oft in Wellen, und die Wellen sind stärker, wenn man erschöpft ist.",
    ],
    "hi": [
        "यह सब बताने के लिए धन्यवाद; लगता है आप बहुत समय से यह सब अकेले उठा रहे हैं।",
        "जब एक साथ इतना कुछ आप पर आ जाए तो थक जाना स्वाभाविक है।",
        "यहां बात करने के लिए आपको सब कुछ समझ में आना ज़रूरी नहीं है।",
        "आप जो बता रहे हैं वह बहुत भारी लगता है, और मुझे खुशी है कि आपने इसे मन में रखने के बजाय लिखा।",
        "कभी-कभी अपनी भावना को कोई नाम दे देने से उसका बोझ थोड़ा हल्का हो जाता है।",
        "जब शामें सबसे मुश्किल होती हैं, तब क्या चीज़ आपको थोड़ा सा भी सहारा देती है?",
        "अगर ठीक लगे, तो कुछ धीमी सांसें लें, चार गिनती तक अंदर और छह तक बाहर।",
        "ऐसा महसूस करना ठीक है, इसका मतलब यह नहीं कि आप किसी चीज़ में नाकाम हैं।",
        "क्या कोई ऐसा इंसान है, जैसे [PERSON_1] या कोई दोस्त, जिससे आप इसमें से थोड़ा सा बांट सकें?",
        "छोटे कदम भी मायने रखते हैं, जैसे थोड़ी देर टहलना, एक गिलास पानी, या आज रात आराम।",
        "आपने काम का ज़िक्र कई बार किया; अभी उसमें सबसे ज़्यादा भारी क्या लग रहा है?",
        "मैं एक एआई हूं, किसी थेरेपिस्ट की जगह नहीं ले सकता, पर मैं आपकी बात सुनने के लिए यहां हूं।",
        "क्या मिलकर यह सोचना मदद करेगा कि कल का दिन कैसा हो सकता है, एक-एक कदम करके?",
        "आप आगे जो भी बताना चाहें, मैं उसे गंभीरता से और बिना कोई राय बनाए सुनूंगा।",
        "आज अपने साथ नरमी बरतने का मतलब बस इतना हो सकता है कि दिन को काफ़ी मान लें।",
        "थकान और उदासी अक्सर लहरों में आती है, और जब हम थके होते हैं तो लहरें ज़्यादा तेज़ लगती हैं।",
    ],
}

# Contacts from the verified directory: the guard has to look them up and let them through.
VERIFIED_CONTACT: dict[str, str] = {
    "en": "If you ever feel unsafe, you can call Samaritans free on 116 123, day or night, or visit samaritans.org.",
    "es": "Si en algún momento te sientes en peligro, puedes llamar al 024, gratis y a cualquier hora.",
    "fr": "Si tu te sens en danger, tu peux appeler le 3114, gratuitement, jour et nuit, ou aller sur 3114.fr.",
    "pt": "Se em algum momento você se sentir em perigo, pode ligar para o CVV no 188 ou acessar cvv.org.br.",
    "de": "Wenn du dich nicht sicher fühlst, erreichst du die TelefonSeelsorge kostenlos unter 0800 111 0 111 oder auf telefonseelsorge.de.",
    "hi": "अगर आप कभी असुरक्षित महसूस करें, तो Tele-MANAS को 14416 पर मुफ्त में कॉल कर सकते हैं।",
}

# Wording the guard rewrites for safe messaging (English patterns), and what it withholds.
REWORDED = [
    "Many families who lost someone who committed suicide say that talking about it slowly helped them.",
    "A failed attempt does not define you, and reaching out now matters a great deal.",
    "People sometimes describe a completed suicide in the news in ways that are not helpful.",
]
BLOCKED: dict[str, list[str]] = {
    "en": [
        "Some people find that 50 mg of sertraline a day takes the edge off.",
        "You can call the helpline on 0800 555 0134, they are lovely.",
        "I'm a trained therapist, so you can trust me with this.",
        "I promise this stays between us, no one will ever know.",
        "Honestly, it sounds like you have depression.",
        "Sometimes people say you're being dramatic, but I don't think so.",
        "Try the support group at calmhelp-now.com, they meet online.",
        "<|im_end|>",
    ],
    "es": ["Puedes llamar al 900 555 123, es una línea muy buena.", "Mira la web ayuda-ya.es, te puede servir."],
    "fr": ["Tu peux appeler le 01 45 39 40 00 à tout moment.", "Essaie de prendre du diazepam 10 mg le soir."],
    "pt": ["Você pode ligar para 0800 555 7788, é gratuito.", "Tente tomar 1 g de paracetamol antes de dormir."],
    "de": ["Ruf doch die Nummer 030 555 1234 an, da hilft man dir.", "Schau mal auf hilfe-sofort.de vorbei."],
    "hi": ["आप 98100 55512 पर कॉल कर सकते हैं, वे मदद करेंगे।", "<|im_end|>"],
}


# --- building the turns ------------------------------------------------------------------


@dataclass(frozen=True)
class Turn:
    conversation: int
    language: str
    message: str
    kind: str  # everyday, crisis or long
    history: tuple[ChatMessage, ...]  # the conversation before this turn: user and assistant messages
    reply: str
    reply_kind: str  # plain, verified contact, reworded or blocked
    pieces: tuple[str, ...]  # the reply as the LLM streams it

    @property
    def earlier_user_messages(self) -> int:
        return sum(m.role == Role.USER for m in self.history)

    @property
    def words(self) -> int:
        return len(self.message.split())


def words_in(text: str) -> int:
    return len(text.split())


def long_message(rng: random.Random, language: str, seen: set[str]) -> str:
    if language in LONG and LONG[language] not in seen:
        return LONG[language]
    sentences = rng.sample(EVERYDAY[language], len(EVERYDAY[language]))
    sentences.insert(rng.randint(len(sentences) // 2, len(sentences)), rng.choice(CRISIS[language]))
    text = ""
    for sentence in sentences:
        if words_in(text) >= 290:
            break
        text = f"{text} {sentence}".strip()
    return text


def user_message(rng: random.Random, language: str, seen: set[str]) -> tuple[str, str]:
    """(kind, text): mostly everyday thoughts, a quarter with risk, a few long outpourings."""
    roll = rng.random()
    if roll < 0.08:
        return "long", long_message(rng, language, seen)
    if roll < 0.33:
        parts = [rng.choice(CRISIS[language])]
        if rng.random() < 0.4:
            parts.insert(rng.randint(0, 1), rng.choice(EVERYDAY[language]))
        return "crisis", " ".join(parts)
    return "everyday", " ".join(rng.sample(EVERYDAY[language], rng.choice((1, 1, 1, 2, 2, 3))))


def unique_user_message(rng: random.Random, language: str, seen: set[str]) -> tuple[str, str]:
    # A repeated text would be answered from the assessor's memo cache: each message is new.
    while True:
        kind, text = user_message(rng, language, seen)
        if text not in seen:
            seen.add(text)
            return kind, text


def bulleted(sentences: list[str]) -> list[str]:
    """Three sentences as a short list, one line each, as models often format suggestions."""
    return ["Some things that might help:\n", *(f"- {s}\n" for s in sentences[:3]), *sentences[3:]]


def reply_extra(rng: random.Random, language: str) -> tuple[str, str | None]:
    """(kind, the sentence that makes it so): a verified contact, safe-messaging rewording or a blocked line."""
    roll = rng.random()
    if roll < 0.15:
        return "verified contact", VERIFIED_CONTACT[language]
    if roll < 0.27:
        return ("reworded", rng.choice(REWORDED)) if language == "en" else ("plain", None)
    if roll < 0.37:
        return "blocked", rng.choice(BLOCKED[language])
    return "plain", None


def llm_reply(rng: random.Random, language: str) -> tuple[str, str]:
    """(kind, text): 80-220 words of support, sometimes with one extra sentence somewhere in it."""
    kind, extra = reply_extra(rng, language)
    as_list = language == "en" and rng.random() < 0.2
    fixed = words_in(extra or "") + (8 if as_list else 0)  # the heading and three "-"
    target, limit = rng.randint(80, 220) - fixed, 220 - fixed
    sentences: list[str] = []
    for sentence in rng.sample(REPLY_SENTENCES[language], len(REPLY_SENTENCES[language])):
        so_far = sum(map(words_in, sentences))
        if so_far >= target:
            break
        if so_far + words_in(sentence) <= limit:
            sentences.append(sentence)
    if extra is not None:
        # a contact comes near the end; anything else wherever the model happens to say it
        at = len(sentences) - rng.randint(0, 2) if kind == "verified contact" else rng.randint(1, len(sentences))
        sentences.insert(max(0, at), extra)
    if as_list:
        sentences = bulleted(sentences)
    return kind, "".join(s if s.endswith("\n") else s + " " for s in sentences).rstrip()


def streamed(rng: random.Random, text: str) -> tuple[str, ...]:
    """The reply as it arrives: pieces of 2-6 characters, about 4 on average, like tokens."""
    pieces, at = [], 0
    while at < len(text):
        size = rng.randint(2, 6)
        pieces.append(text[at : at + size])
        at += size
    return tuple(pieces)


def make_turns(n_turns: int, seed: int, seen: set[str]) -> list[Turn]:
    """Conversations of 1-7 turns (so 0-6 earlier messages), in order, until there are ``n_turns``."""
    rng = random.Random(seed)
    # Drawn without replacement, so even a few dozen conversations keep close to the weights.
    schedule = rng.sample([lang for lang, weight in LANGUAGE_WEIGHTS.items() for _ in range(weight)],
                          sum(LANGUAGE_WEIGHTS.values()))
    turns: list[Turn] = []
    conversation = 0
    while len(turns) < n_turns:
        home = schedule[conversation % len(schedule)]
        history: list[ChatMessage] = []
        for _ in range(rng.randint(1, 1 + HISTORY_LIMIT)):
            language = home if rng.random() > 0.1 else rng.choice(list(LANGUAGE_WEIGHTS))  # people switch
            kind, message = unique_user_message(rng, language, seen)
            reply_kind, reply = llm_reply(rng, home)
            turns.append(Turn(conversation, language, message, kind, tuple(history), reply, reply_kind,
                              streamed(rng, reply)))
            history += [ChatMessage(Role.USER, message), ChatMessage(Role.ASSISTANT, reply)]
        conversation += 1
    return turns


def as_deidentified(turn: Turn) -> Deidentified:
    """What the de-identify stage hands to assess_risk: the message as the person wrote it (identifiers
    in place), its de-identified text, the conversation's placeholder map and the stored history."""
    locale, country = LOCALES[turn.language]
    said = [m.content for m in turn.history if m.role == Role.USER] + [turn.message]
    pseudonyms = {p: IDENTIFIERS[p] for text in said for p in PLACEHOLDER.findall(text)}
    as_written = PLACEHOLDER.sub(lambda m: IDENTIFIERS[m.group(0)], turn.message)
    state = ConversationState(f"c{turn.conversation}", locale, country, list(turn.history), pseudonyms)
    received = Received(state.conversation_id, as_written, locale, country, state)
    return Deidentified(received, turn.message, [], pseudonyms)


# --- timing ------------------------------------------------------------------------------


@dataclass(frozen=True)
class Sample:
    turn: int  # index into the turns
    assessment_ms: float
    guard_ms: float
    longest_guard_call_ms: float  # the longest single feed()/finish(): how long one token can be held up
    level: RiskLevel
    guard: GuardReport

    @property
    def total_ms(self) -> float:
        return self.assessment_ms + self.guard_ms


def time_assessment(deidentified: Deidentified, assessor: Assessor) -> tuple[float, RiskLevel]:
    start = now_ns()
    assessed = assess_risk(deidentified, assessor)
    return (now_ns() - start) / 1e6, assessed.risk.level


def time_guard(pieces: Iterable[str], allowed: Allowed,
               rules: Iterable[Rule] = RULES) -> tuple[float, float, GuardReport]:
    """(total ms, longest single call ms, report); stops at a block, as the pipeline does."""
    start = now_ns()
    guard = StreamGuard(allowed, rules)
    spent = now_ns() - start
    longest = 0
    for piece in pieces:
        start = now_ns()
        guard.feed(piece)
        call = now_ns() - start
        spent, longest = spent + call, max(longest, call)
        if guard.blocked:
            break
    if not guard.blocked:
        start = now_ns()
        guard.finish()
        call = now_ns() - start
        spent, longest = spent + call, max(longest, call)
    return spent / 1e6, longest / 1e6, guard.report


def clear_risk_caches() -> None:
    """Forget every memoised text in mindhaven.risk (functools caches), as a freshly started server."""
    for name, module in list(sys.modules.items()):
        if name.startswith("mindhaven.risk") and module is not None:
            for value in vars(module).values():
                if callable(getattr(value, "cache_clear", None)) and getattr(value, "__module__", None) == name:
                    value.cache_clear()


def run_turns(turns: list[Turn], assessor: Assessor, allowed: Allowed, forget_every_turn: bool) -> list[Sample]:
    """One pass in conversation order; the risk caches start empty (and stay empty if forget_every_turn)."""
    inputs = [as_deidentified(t) for t in turns]
    clear_risk_caches()
    samples: list[Sample] = []
    for i, (turn, deidentified) in enumerate(zip(turns, inputs)):
        if forget_every_turn:
            clear_risk_caches()
        assessment_ms, level = time_assessment(deidentified, assessor)
        guard_ms, longest_ms, report = time_guard(turn.pieces, allowed)
        samples.append(Sample(i, assessment_ms, guard_ms, longest_ms, level, report))
    return samples


def message_at_limit(rng: random.Random, max_chars: int) -> str:
    """An English outpouring as long as a message may be, with one risk sentence in it."""
    sentences = [rng.choice(CRISIS["en"])]
    while True:
        sentence = rng.choice(EVERYDAY["en"])
        if sum(len(s) + 1 for s in sentences) + len(sentence) > max_chars:
            return " ".join(sentences)
        sentences.insert(rng.randint(0, len(sentences)), sentence)


def limit_case(assessor: Assessor, repeats: int = 5) -> tuple[int, float, float]:
    """(characters, median ms, median ms with nothing cached): the costliest assessment the limits allow,
    a message at the length limit after six earlier ones at the limit (an English lexicon-heavy text)."""
    max_chars = Limits().max_chars
    rng = random.Random(11)
    texts = [message_at_limit(rng, max_chars) for _ in range(1 + HISTORY_LIMIT)]
    history = tuple(m for text in texts[:-1] for m in (ChatMessage(Role.USER, text), ChatMessage(Role.ASSISTANT, "…")))
    last = as_deidentified(Turn(0, "en", texts[-1], "long", history, "", "plain", ()))
    earlier = [as_deidentified(Turn(0, "en", text, "long", history[: 2 * i], "", "plain", ()))
               for i, text in enumerate(texts[:-1])]
    live, cold = [], []
    for _ in range(repeats):
        clear_risk_caches()
        for deidentified in earlier:  # the earlier turns, as the server assessed them when they arrived
            assess_risk(deidentified, assessor)
        live.append(time_assessment(last, assessor)[0])
        clear_risk_caches()
        cold.append(time_assessment(last, assessor)[0])
    return len(texts[-1]), statistics.median(live), statistics.median(cold)


class TimedRule(Rule):
    """A guard rule that adds up the time spent in it."""

    def __init__(self, rule: Rule, spent_ns: Counter[str]) -> None:
        self.rule, self.name, self.spent_ns = rule, rule.name, spent_ns

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        start = now_ns()
        try:
            return self.rule.check(text, allowed)
        finally:
            self.spent_ns[self.name] += now_ns() - start


def guard_time_by_rule(turns: list[Turn], allowed: Allowed) -> tuple[Counter[str], float]:
    """Milliseconds each rule took over all the replies, and the guard's whole time over the same pass."""
    spent_ns: Counter[str] = Counter()
    rules = [TimedRule(rule, spent_ns) for rule in RULES]
    whole = sum(time_guard(t.pieces, allowed, rules)[0] for t in turns)
    return Counter({name: ns / 1e6 for name, ns in spent_ns.items()}), whole


# --- results -----------------------------------------------------------------------------


@dataclass
class Result:
    turns: list[Turn]
    live: list[Sample]  # every round, caches as a running server has them
    forgetful: list[Sample]  # every round, caches emptied before each turn
    rounds: int
    rule_ms: Counter[str]
    rule_pass_ms: float
    at_limit: tuple[int, float, float]  # characters, ms, ms with nothing cached
    core: int
    other_cpu_core: float
    other_cpu_machine: float
    elapsed_s: float


def summary(values: list[float]) -> list[str]:
    return [f"{percentile(values, q):.2f}" for q in (0.5, 0.95, 0.99)] + [f"{max(values):.2f}",
                                                                           f"{statistics.fmean(values):.2f}"]


def per_second(values_ms: list[float]) -> str:
    return f"{1000 / statistics.fmean(values_ms):,.0f}"


def result_rows(r: Result) -> list[list[str]]:
    def row(label: str, values: list[float], bold: bool = False) -> list[str]:
        cells = [label, *summary(values), per_second(values)]
        return [f"**{c}**" for c in cells] if bold else cells
    return [
        row("risk assessment", [s.assessment_ms for s in r.live]),
        row("output guard", [s.guard_ms for s in r.live]),
        row("total per turn", [s.total_ms for s in r.live], bold=True),
        row("risk assessment, nothing cached", [s.assessment_ms for s in r.forgetful]),
        row("total per turn, nothing cached", [s.total_ms for s in r.forgetful]),
    ]


RESULT_HEADERS = ["Per turn (ms)", "p50", "p95", "p99", "max", "mean", "messages/s"]


def verdict(r: Result) -> str:
    live = percentile([s.total_ms for s in r.live], 0.95)
    cold = percentile([s.total_ms for s in r.forgetful], 0.95)
    outcome = "**PASS**" if max(live, cold) <= TARGET_P95_MS else "**FAIL**"
    return (f"{outcome} against the target of ≤ {TARGET_P95_MS:.0f} ms p95 per turn: {live:.2f} ms as a running "
            f"server sees it, {cold:.2f} ms with nothing cached.")


def group_p50_p95(r: Result, key: Callable[[Turn], str], value: Callable[[Sample], float],
                  order: list[str] | None = None) -> str:
    groups: dict[str, list[float]] = {}
    for s in r.live:
        groups.setdefault(key(r.turns[s.turn]), []).append(value(s))
    labels = [k for k in order if k in groups] if order else sorted(groups)
    return "; ".join(f"{k} {percentile(groups[k], 0.5):.2f} / {percentile(groups[k], 0.95):.2f} "
                     f"(n={len(groups[k]) // r.rounds})" for k in labels)


HISTORY_BANDS = ["0 earlier", "1–3 earlier", "4–6 earlier"]
LENGTH_BANDS = ["≤ 30 words", "31–120 words", "> 120 words"]


def history_band(turn: Turn) -> str:
    n = turn.earlier_user_messages
    return HISTORY_BANDS[0] if n == 0 else HISTORY_BANDS[1] if n <= 3 else HISTORY_BANDS[2]


def length_band(turn: Turn) -> str:
    return LENGTH_BANDS[0] if turn.words <= 30 else LENGTH_BANDS[1] if turn.words <= 120 else LENGTH_BANDS[2]


def guard_outcomes(r: Result) -> str:
    first_round = r.live[: len(r.turns)]
    outcomes = Counter(
        f"blocked by {s.guard.findings[0].rule}" if s.guard.blocked else "reworded" if s.guard.rewrites else "passed"
        for s in first_round
    )
    return ", ".join(f"{n} {k}" for k, n in outcomes.most_common())


def corpus_line(r: Result) -> str:
    turns = r.turns
    languages = Counter(t.language for t in turns)
    kinds = Counter(t.kind for t in turns)
    levels = Counter(s.level.label for s in r.live[: len(turns)])
    message_words = [t.words for t in turns]
    reply_words = [words_in(t.reply) for t in turns]
    pieces = [len(t.pieces) for t in turns]
    with_identifiers = sum(bool(PLACEHOLDER.search(t.message)) for t in turns)
    return (
        f"{len(turns)} turns in {max(t.conversation for t in turns) + 1} conversations of 1–7 turns, the whole "
        f"corpus replayed {r.rounds} time{'s' if r.rounds != 1 else ''} ({len(r.live)} timed turns). Messages: "
        f"{', '.join(f'{n} {k}' for k, n in kinds.most_common())}; "
        f"{', '.join(f'{n} {k}' for k, n in languages.most_common())}; {min(message_words)}–{max(message_words)} "
        f"words (median {statistics.median(message_words):.0f}); {with_identifiers} with identifiers "
        "(names and places as written; placeholders once de-identified). Assessed levels: "
        f"{', '.join(f'{n} {k}' for k, n in sorted(levels.items(), key=lambda kv: RiskLevel[kv[0].upper()]))}. "
        f"Replies: {min(reply_words)}–{max(reply_words)} words in {min(pieces)}–{max(pieces)} pieces; "
        f"guard: {guard_outcomes(r)}."
    )


def rule_line(r: Result) -> str:
    share = sum(r.rule_ms.values())
    rules = ", ".join(f"{name} {ms / share:.0%}" for name, ms in r.rule_ms.most_common(4))
    return (f"the rules' checks are {share / r.rule_pass_ms:.0%} of the guard's time (the rest is finding sentence "
            f"ends and rewording); of that: {rules}")


def slowest(r: Result, n: int = 5) -> list[str]:
    worst: dict[int, Sample] = {}
    for s in r.live:
        if s.turn not in worst or s.total_ms > worst[s.turn].total_ms:
            worst[s.turn] = s
    lines = []
    for s in sorted(worst.values(), key=lambda s: s.total_ms, reverse=True)[:n]:
        t = r.turns[s.turn]
        lines.append(f"{s.total_ms:.2f} ms (assessment {s.assessment_ms:.2f}, guard {s.guard_ms:.2f}): {t.language} "
                     f"{t.kind}, {t.words} words, {t.earlier_user_messages} earlier, level {s.level.label}, "
                     f"reply {words_in(t.reply)} words {t.reply_kind} — {t.message[:60]!r}")
    return lines


def language_of(turn: Turn) -> str:
    return turn.language


def assessment_of(sample: Sample) -> float:
    return sample.assessment_ms


def identifiers_band(turn: Turn) -> str:
    return "with identifiers" if PLACEHOLDER.search(turn.message) else "without"


def details(r: Result) -> list[str]:
    by_length = group_p50_p95(r, length_band, assessment_of, LENGTH_BANDS)
    by_history = group_p50_p95(r, history_band, assessment_of, HISTORY_BANDS)
    return [
        f"- Risk assessment p50 / p95 (ms) by message length: {by_length}.",
        f"- … by earlier messages in the conversation: {by_history}.",
        f"- … by identifiers in the message: {group_p50_p95(r, identifiers_band, assessment_of)}.",
        f"- … by language of the message: {group_p50_p95(r, language_of, assessment_of)}.",
        f"- Output guard: {rule_line(r)}. The longest single `feed()`/`finish()` call (how long one token can "
        f"be held up) was p50 {percentile([s.longest_guard_call_ms for s in r.live], 0.5):.2f} / p95 "
        f"{percentile([s.longest_guard_call_ms for s in r.live], 0.95):.2f} / max "
        f"{max(s.longest_guard_call_ms for s in r.live):.2f} ms per reply.",
        "- Slowest turns (total, worst round): " + "; ".join(slowest(r, 3)) + ".",
        f"- At the limits, outside the corpus and the percentiles: a {r.at_limit[0]:,}-character English message "
        f"after six earlier ones just as long takes {r.at_limit[1]:.1f} ms to assess ({r.at_limit[2]:.1f} ms with "
        "nothing cached); the guard's work is bounded by the reply's token limit.",
    ]


def section_body(r: Result, machine: dict[str, str], date: str, command: str, load_before: float) -> str:
    return "\n".join([
        f"- Machine: {machine['cpu']}, {machine['cores']} cores (`os.cpu_count()`); RAM {machine['ram']}; "
        f"{machine['os']}; Python {machine['python']}",
        f"- Measured {date} with `{command}`, pinned to core {r.core} (1-minute load average before the run "
        f"{load_before:.2f}); other processes used {r.other_cpu_core:.0%} of that core and {r.other_cpu_machine:.0%} "
        f"of the machine meanwhile; {r.elapsed_s:.1f} s in all.",
        f"- {corpus_line(r)}",
        "",
        table(RESULT_HEADERS, result_rows(r)),
        "",
        verdict(r),
        "",
        *details(r),
        "- \"Nothing cached\": the assessor memoises its work per text (`functools.lru_cache`), so in a running "
        "server the earlier messages were already read on their own turns; these rows empty the caches before "
        "every turn, as after a restart or on a server busy enough to evict them. Total is per turn, then the "
        "percentile (not the sum of the rows). messages/s is 1000 / mean: turns this one core could check per second.",
    ])


# --- main --------------------------------------------------------------------------------


def pin_to_core(core: int) -> None:
    available = sorted(os.sched_getaffinity(0))
    if core not in available:
        sys.exit(f"core {core} is not available to this process (cores {available})")
    os.sched_setaffinity(0, {core})


def measure(n_turns: int, rounds: int, warmup: int, core: int) -> Result:
    seen: set[str] = set()
    turns = make_turns(n_turns, seed=7, seen=seen)
    warm_turns = make_turns(warmup, seed=99, seen=seen)  # after, so the corpus keeps the written long messages
    assessor = build_assessor()
    allowed = allowed_from(get_directory())
    progress(f"[crisis] assessor '{assessor.name}'; {len(allowed.phones)} verified numbers, {len(allowed.hosts)} hosts")

    progress(f"[crisis] warming up with {len(warm_turns)} turns ...")
    run_turns(warm_turns, assessor, allowed, forget_every_turn=False)

    core_meter, machine_meter, started = CpuMeter(core), CpuMeter(), time.monotonic()
    live: list[Sample] = []
    forgetful: list[Sample] = []
    for i in range(rounds):
        live += run_turns(turns, assessor, allowed, forget_every_turn=False)
        forgetful += run_turns(turns, assessor, allowed, forget_every_turn=True)
        progress(f"[crisis] round {i + 1}/{rounds}: total per turn so far p50 "
                 f"{percentile([s.total_ms for s in live], 0.5):.2f} ms, p95 "
                 f"{percentile([s.total_ms for s in live], 0.95):.2f} ms")
    rule_ms, rule_pass_ms = guard_time_by_rule(turns, allowed)
    at_limit = limit_case(assessor)
    return Result(turns, live, forgetful, rounds, rule_ms, rule_pass_ms, at_limit, core, core_meter.others(),
                  machine_meter.others(), time.monotonic() - started)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--core", type=int, default=0, help="the core to pin the process to (default 0)")
    parser.add_argument("--turns", type=int, default=240, help="turns in the corpus (default 240)")
    parser.add_argument("--rounds", type=int, default=5, help="times the corpus is replayed (default 5)")
    parser.add_argument("--warmup", type=int, default=40, help="warm-up turns, not timed (default 40)")
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "benchmarks.md", help="document to update")
    parser.add_argument("--no-doc", action="store_true", help="print only; leave the document as it is")
    args = parser.parse_args(argv)

    pin_to_core(args.core)
    command = shlex.join([".venv/bin/python", "bench/crisis_latency.py", *(argv if argv is not None else sys.argv[1:])])
    date = datetime.now().strftime("%Y-%m-%d %H:%M")
    machine = machine_info()
    load_before = load_average()
    progress(f"[crisis] pinned to core {args.core} (of {machine['cores']}); {machine['cpu']}, {machine['ram']}; "
             f"1-minute load average {load_before:.2f}")

    result = measure(args.turns, args.rounds, args.warmup, args.core)
    body = section_body(result, machine, date, command, load_before)
    print()
    print(body)
    print()
    print("Slowest turns:")
    print("\n".join(slowest(result, 10)))
    by_rule = ", ".join(f"{k} {v:.1f}" for k, v in result.rule_ms.most_common())
    print(f"\nGuard time by rule (ms over one pass of {len(result.turns)} replies): {by_rule}; "
          f"whole guard {result.rule_pass_ms:.1f}")
    if not args.no_doc:
        merge_section(args.out, DOC_NAME, DOC_HEADING, DOC_INTRO, body)
        print(f"updated {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
