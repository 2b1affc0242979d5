"""Advice-giving: fixing before listening ("you should", "have you tried"). A gentle flag: advice
is sometimes wanted, but offered first it tells the person they were not heard.

Not advice: praise and validation ("you should be proud", "you shouldn't have to deal with this"),
empathic guesses ("you must be exhausted"), the person's own thoughts reflected back ("it sounds
like you feel you have to be strong"), conditions and questions ("if you need to talk", "do you
feel like you need to rest?"), and safety questions ("have you tried to hurt yourself?").
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from mindhaven.supporter_assist.checks.base import Pattern, PatternChecker, phrase_pattern
from mindhaven.supporter_assist.types import FlagKind

_LISTEN_FIRST = (
    "Reflect what they feel and ask what they think would help, e.g. \"What do you feel you need right now?\"; "
    "ideas can come later, if they want them."
)

_NOT_ADVICE_AFTER = re.compile(
    r"\s+(?:(?:be|feel)\s+(?:so\s+|really\s+|very\s+|incredibly\s+)?proud|know\b|hear\b|never have to|"
    r"not have to|n'?t have to|be able to|not feel|n'?t feel|not be alone|n'?t be alone|be (?:treated|listened))",
    re.IGNORECASE,
)
_EMPATHIC_GUESS = re.compile(r"\s+(?:be|feel|have (?:been|felt|had))\b", re.IGNORECASE)
# "you should have been told", "you shouldn't have to": about the past or about fairness, not a to-do.
_PAST_OR_FAIRNESS = re.compile(r"'ve\b|\s+have\b", re.IGNORECASE)
_NOT_ADVICE_BEFORE = re.compile(
    r"\b(?:if|when|whenever|whether|what|anything|nothing|something|everything|whatever|all|do|does|did|how|"
    r"where|wherever|unless|until|why)\s+$"
    r"|\byou(?:'re|\s+are)?\s+(?:\w+\s+)?(?:think|thought|thinking|feel|feeling|felt|believe|said|say|mentioned|"
    r"worry|worried|wonder|fear|told yourself|tell yourself|telling yourself|keep telling yourself)\s+"
    r"(?:that\s+|like\s+)?$"
    r"|\b(?:it|that|this)\s+(?:\w+\s+)?(?:feels?|felt|sounds?|seems?|looks?)\s+(?:like|as if|as though)\s+$"
    r"|\b(?:feel|feels|felt|feeling)\s+(?:like|as if|that)\s+$",
    re.IGNORECASE,
)
_TRY = phrase_pattern(
    r"\b(?:(?:just|maybe|perhaps)\s+)?try (?:to|and|not to|going|talking|getting|doing|writing|taking|reaching|"
    r"journal\w*|meditat\w*|exercis\w*|some|a|an|the|yoga|breathing|sleeping|eating|\w+ing)\b"
)
# "I'll try to", "we can try", "you try to sleep": not an instruction to the person.
_NOT_AN_IMPERATIVE = re.compile(
    r"\b(?:i|i'll|i'm|we|we'll|let's|me|you|you're|they|to|can|will|could|might|would|gonna|and|or|i'd|a)\s+$",
    re.IGNORECASE,
)
# Things a person is told to do; shared by the imperative and "you could ..." patterns.
_ACTIONS = (
    r"(?:go|get|start|stop|make|drink|eat|exercise|read|write|join|download|find|practi[cs]e|focus|distract|spend|"
    r"sleep|put|delete|block|ask|book|sign up|reach out|talk to|call|text|tell|speak to|remember to|"
    r"don'?t forget to|learn to|limit|avoid|turn off|switch off|journal|meditate|breathe|relax|cut|leave|move|quit|"
    r"break up|stay away|keep|give|use|look into|listen to|set|take|see|try|ignore|forget|report|confront|"
    r"apologi[sz]e)"
)
# Invitations to talk to the supporter ("Tell me more", "Get in touch any time", "Start wherever feels
# right"), referrals in a crisis ("Call the crisis line") and "take care"/"take your time" are not advice.
_NOT_AN_ACTION = (
    r"(?!\s+(?:me|us|in touch|easy|back|well|better|here|to me|with me|any ?time|whenever|wherever|when you|being|"
    r"care|your time|all the time|whatever time|as much time|it easy|a moment|(?:the|a) (?:crisis|help|hot)line|"
    r"(?:a|the) crisis|emergency|an ambulance|999|911|988|112|samaritans)\b|\s+(?:on\s+)?\+?\d)"
)
_IMPERATIVE = phrase_pattern(
    r"(?:^|[.!?,]\s+|\n)(?P<flag>(?:maybe\s+|perhaps\s+|just\s+|honestly\s+)?" + _ACTIONS + r"\b)" + _NOT_AN_ACTION
)
_OBLIGATION = phrase_pattern(
    r"\byou(?:'ve)?\s+(?:really\s+|probably\s+|definitely\s+|just\s+|honestly\s+|seriously\s+)?"
    r"(?P<modal>should(?:n'?t)?|ought to|need to|needs to|have to|must|gotta|got to)\b"
)


class AdviceChecker(PatternChecker):
    kind = FlagKind.ADVICE
    patterns = (
        Pattern(_OBLIGATION, "tells them what to do before they feel heard", _LISTEN_FIRST),
        Pattern(_TRY, "offers a fix before they feel heard", _LISTEN_FIRST),
        Pattern(_IMPERATIVE, "opens with an instruction before they feel heard", _LISTEN_FIRST),
        Pattern(
            phrase_pattern(
                r"\bwhy (?:don'?t|do not|dont) you\b|\bwhy not (?:just\s+)?(?!me\b|you\b|us\b)[a-z]{2,}"
                r"|(?<!what )(?<!which )\bhave you (?:ever\s+)?(?:tried|considered)\b"
                r"(?!\s+to\s+(?:hurt|harm|kill|end|take)\b)"
                r"|\bhave you (?:ever\s+)?thought (?:about|of) (?:talking|going|getting|seeing|asking|trying|"
                r"joining|taking|speaking|reaching|calling|telling)\b"
            ),
            "jumps to fixing; a question about what they have tried can still read as advice",
            _LISTEN_FIRST,
        ),
        Pattern(
            phrase_pattern(
                r"\byou (?:could|might|can) (?:always\s+|just\s+|maybe\s+)?(?:try|consider|want to)\b"
                r"|\byou (?:could|might) (?:always|just)\s+\w+"
                r"|\byou (?:could|might) (?:maybe\s+)?" + _ACTIONS + r"\b" + _NOT_AN_ACTION
                + r"|\bi(?:'d| would) (?:just\s+|probably\s+|definitely\s+|honestly\s+)?" + _ACTIONS + r"\b"
                + _NOT_AN_ACTION
                + r"|\bit(?:'d| would| might| could) (?:really\s+)?"
                r"(?:be (?:good|helpful|best|better|worth it|a good idea)|do you (?:good|some good))\b"
                r"|\b(?:my|the best|one) (?:advice|tip|suggestion) (?:is|would be|for you)\b"
                r"|\bi(?:'d| would)? (?:advise|recommend|suggest)(?:ing)? (?:you|that|trying|getting|going|talking)\b"
                r"|\bif i were you\b|\bwhat you need (?:is|to do)\b"
                r"|\bthe (?:best|only) thing (?:to do|you can do|you could do)\b"
                r"|\bit (?:might|would|could|will|may) help (?:to|if you)\b"
                r"|\bmaybe you (?:could|can)\b"
                r"|\byou (?:really\s+|just\s+|probably\s+)?need (?:some\s+|a\s+|more\s+)?(?:meds|medication|therapy|"
                r"therapist|doctor|professional help|counselling|counseling|break|rest|sleep|holiday|time off)\b"
                r"|(?:^|[.!?;,]\s*|\b(?:so|then|and)\s+)(?P<flag>just (?:go|get|stop|relax|breathe|ignore|leave|"
                r"tell(?! me)|talk|do|call|focus|take|sleep|eat|walk|exercise|block|dump|quit|forget)\b)"
                r"(?!\s+(?:to|with) me\b)"
            ),
            "offers a fix before they feel heard",
            _LISTEN_FIRST,
        ),
    )

    def spans(self, pattern: Pattern, text: str) -> Iterator[tuple[int, int]]:
        for start, end in super().spans(pattern, text):
            if pattern.regex is _OBLIGATION and not self._obligation_is_advice(text, start, end):
                continue
            if pattern.regex is _TRY and _NOT_AN_IMPERATIVE.search(text[max(0, start - 20) : start]):
                continue
            yield start, end

    @staticmethod
    def _obligation_is_advice(text: str, start: int, end: int) -> bool:
        after = text[end:]
        if _NOT_ADVICE_AFTER.match(after):
            return False
        modal = _OBLIGATION.match(text, start)
        word = modal.group("modal").lower() if modal else ""
        if word == "must" and _EMPATHIC_GUESS.match(after):
            return False  # "you must be exhausted" is a guess at a feeling
        if word.startswith(("should", "must", "ought")) and _PAST_OR_FAIRNESS.match(after):
            return False
        return not _NOT_ADVICE_BEFORE.search(text[max(0, start - 60) : start])
