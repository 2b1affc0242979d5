"""Missed risk cue: the person's recent messages carry risk and the draft passes over it.

The person's messages are read by the project's risk assessor (``runtime.build_assessor``, all
six of its languages). Risk counts when it is moderate or above in any category, or when there is
a suicidal or self-harm signal at any level ("I feel so hopeless" is low, and still a cue to ask).

That includes the trained classifier's flags of risk told indirectly ("I've got the pills saved
up", which no phrase catches). Out of fold fewer than half of those are real risk ("I cut my hair
today"), so the flag says so and asks the supporter to judge; a lexicon cue is named first when
there is one. A supporter can dismiss a wrong flag; a missed "pills saved up" cannot be undone. A
suggested rewrite is held only to the lexicon's cues (``DraftContext.indirect_cues``): it should
not be refused for failing to ask about suicide after a haircut.

The draft addresses the risk when it names it or asks about safety ("are you thinking about
suicide?", "are you safe right now?", "¿estás a salvo?"), or echoes the person's own words
("when you say you're thinking about ending it...").
"""

from __future__ import annotations

import re

from mindhaven.risk.lexicon import SELF_HARM, SUICIDAL_BEHAVIOUR, SUICIDAL_THOUGHTS
from mindhaven.risk.normalize import fold
from mindhaven.supporter_assist.checks.base import Checker, DraftContext
from mindhaven.supporter_assist.types import Flag, FlagKind
from mindhaven.turn.types import RiskLevel, RiskSignal

SUICIDE_OR_SELF_HARM = frozenset({SUICIDAL_THOUGHTS, SUICIDAL_BEHAVIOUR, SELF_HARM})
FLAGGED_AT = RiskLevel.MODERATE
_CLASSIFIER = "classifier"

# Folded text (lower case, no accents): naming the risk or asking about safety, in the assessor's languages.
_ADDRESSED = re.compile(
    r"suicid|suizid|selbstmord|khudkushi|aatmahatya|atmahatya|आत्महत्या"
    # en
    r"|\bkill(?:ing)? (?:your|my|them|him|her)sel(?:f|ves)\b|\bend(?:ing)? (?:your|my|their) (?:own )?life\b"
    r"|\bend(?:ing)? (?:it|it all|things|everything)\b|\btak(?:e|ing) your (?:own )?life\b"
    r"|\b(?:hurt|harm|cut|injur)(?:ing|s)? yourself\b|\bself[- ]?harm|\bcutting (?:yourself|again)\b"
    r"|\bwant(?:ing|s)? to die\b|\bthoughts of (?:death|dying)\b|\b(?:you were|to be) dead\b"
    r"|\bnot (?:wanting|want) to (?:be here|be alive|live|wake up)\b|\bto be (?:here|alive) anymore\b"
    r"|\b(?:are|do) you (?:\w+ ){0,2}safe\b|\bsafe (?:right now|tonight|at the moment|where you are|now)\b"
    r"|\bkeep(?:ing)? (?:you|yourself) safe\b|\byour safety\b|\bsafety plan\b|\bstay(?:ing)? safe\b"
    r"|\bin danger\b|\bemergency\b|\bambulance\b|\bcrisis (?:line|service|team|text)\b|\b(?:988|999|911|112)\b"
    r"|\bsamaritans\b|\bhurting you\b|\bhurt(?:s|ing)? (?:him|her|them|someone|anyone)\b|\babus\w*\b"
    r"|\bhow much did you take\b|\bwhat did you take\b|\bpoison\w*\b"
    # es / pt
    r"|\bmatar(?:te|se|me)\b|\bquitar(?:te|se) la vida\b|\bhacerte dano\b|\ba salvo\b|\bte sientes segur[oa]\b"
    r"|\btu seguridad\b|\bemergencia|\bmorir(?:te)?\b|\bse matar\b|\btirar (?:a )?(?:sua )?(?:propria )?vida\b"
    r"|\bse machucar\b|\b(?:em|sua) seguranca\b|\besta segur[oa]\b|\bmorrer\b"
    # fr
    r"|\bte tuer\b|\bmettre fin a tes jours\b|\bmettre fin a ta vie\b|\bte faire du mal\b|\ben securite\b|\burgence"
    r"|\bmourir\b"
    # de
    r"|\bdich (?:umzubringen|umbringen|zu toten|toten|zu verletzen|verletzen)\b|\bdir (?:etwas|was) an(?:zu)?tun\b"
    r"|\bin sicherheit\b|\bdeine sicherheit\b|\bnotruf|\bnotfall|\bsterben\b"
    # hi
    r"|\bsurakshit\b|सुरक्षित|\bmarna\b|\bmar jana\b|\bjaan dena\b|\bkhud ko (?:nuksan|chot)\b"
)
_STOP = frozenset(
    "i im me my myself you your it its to the a an and or be been being am is are was were do does did not no so "
    "just really about of in on at for with want wanna going gonna thinking think thought feel feeling felt like "
    "keep kept can cannot could would will all this that anymore again have had has get got more much very some "
    "any out up off lately been sometimes always still even now what s t d ll ve re".split()
)
_WORD = re.compile(r"\w+")


class MissedRiskCueChecker(Checker):
    kind = FlagKind.MISSED_RISK_CUE

    def check(self, context: DraftContext) -> list[Flag]:
        cue = strongest_cue(context)
        if cue is None or addresses(context.draft, cue.phrase):
            return []
        words = in_own_words(cue, context.person_messages)
        end = len(context.draft)
        if cue.source == _CLASSIFIER:
            return [Flag(self.kind, end, end, words, f"they said \"{words}\", which an automatic check reads as a "
                         "possible hint of suicide or self-harm (it is often wrong), and the draft does not ask about "
                         "their safety", "If that fits what they meant, ask gently, e.g. \"Are you safe right now?\"")]
        return [Flag(self.kind, end, end, words, f"they said \"{words}\" and the draft does not ask about it or about "
                     "their safety", _ask_about(cue))]


def counts(signal: RiskSignal, indirect: bool = True) -> bool:
    if signal.source == _CLASSIFIER:
        return indirect
    return signal.level >= FLAGGED_AT or (signal.category in SUICIDE_OR_SELF_HARM and signal.level > RiskLevel.NONE)


def strongest_cue(context: DraftContext) -> RiskSignal | None:
    if context.risk is None:
        return None
    cues = [s for s in context.risk.signals if counts(s, context.indirect_cues)]
    if not cues:
        return None
    # The lexicon's before the classifier's; the most severe; suicide and self-harm before other
    # categories; then the most recent message.
    return max(cues, key=lambda s: (s.source != _CLASSIFIER, s.level, s.category in SUICIDE_OR_SELF_HARM,
                                    s.message_index == -1, s.message_index))


def addresses(draft: str, cue_phrase: str) -> bool:
    folded = fold(draft)
    return bool(_ADDRESSED.search(folded)) or _echoes(folded, cue_phrase)


def _stem(word: str) -> str:
    for suffix in ("ness", "ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _echoes(folded_draft: str, cue_phrase: str) -> bool:
    """The draft repeats the words that carry the cue: "hopeless", "better off without"."""
    wanted = {_stem(w) for w in _WORD.findall(fold(cue_phrase)) if w not in _STOP}
    if not wanted:
        return False
    have = {_stem(w) for w in _WORD.findall(folded_draft)}
    needed = len(wanted) if len(wanted) <= 2 else -(-2 * len(wanted) // 3)
    return len(wanted & have) >= needed


def in_own_words(cue: RiskSignal, messages: tuple[str, ...]) -> str:
    """The cue as the person wrote it, where it can be found (the assessor reports a folded view)."""
    pattern = re.compile(r"\s+".join(map(re.escape, cue.phrase.split())), re.IGNORECASE)
    ordered = list(reversed(messages))
    if messages and -len(messages) <= cue.message_index < len(messages):
        ordered.insert(0, messages[cue.message_index])  # the message the signal came from, first
    for message in ordered:
        if match := pattern.search(message):
            return match.group(0)
    return cue.phrase


def _ask_about(cue: RiskSignal) -> str:
    if cue.category in (SUICIDAL_THOUGHTS, SUICIDAL_BEHAVIOUR):
        return ("Ask directly and kindly, e.g. \"When you say that, are you thinking about suicide?\" or "
                "\"Are you safe right now?\" Asking does not put the idea in their head.")
    if cue.category == SELF_HARM:
        return "Ask directly and kindly, e.g. \"Are you thinking about hurting yourself? Are you safe right now?\""
    return "Acknowledge what they said and ask, e.g. \"Are you safe right now?\""
