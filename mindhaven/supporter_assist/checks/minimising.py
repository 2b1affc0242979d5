"""Minimising: phrases that shrink what the person feels ("it's not that bad", "at least ...").

Normalising is kept apart from minimising: "you're not alone" and "it makes sense to feel this
way" validate and are not flagged; "everyone feels that way" tells the person their pain is
unremarkable and is.
"""

from __future__ import annotations

from mindhaven.supporter_assist.checks.base import Pattern, PatternChecker, phrase_pattern
from mindhaven.supporter_assist.types import FlagKind

_ACKNOWLEDGE = "Acknowledge how hard it is for them instead, e.g. \"That sounds really painful.\""

PATTERNS = (
    Pattern(
        phrase_pattern(
            r"\b(?:it|that|this|things)(?:'?s|\s+is|\s+are|'re)\s+(?:really\s+|honestly\s+|probably\s+)?not\s+"
            r"(?:that|so|as|all that)\s+bad\b(?!\s+(?:to|that you|if you))"
            r"|\b(?:it|that|this|things)\s+(?:is|are)n'?t\s+(?:really\s+)?(?:that|so|as|all that)\s+bad\b"
            r"(?!\s+(?:to|that you|if you))"
            r"|\b(?:it|that|things)\s+could\s+(?:always\s+)?be\s+(?:a lot\s+|much\s+|so much\s+|way\s+)?worse\b"
            r"|\bnot the end of the world\b"
            r"|\b(?:it'?s|that'?s|this is|it is|that is)\s+(?:not|no)\s+(?:such\s+)?(?:a\s+)?big deal\b"
            r"(?!\s+to\b)"
            r"|\b(?:is|are)n'?t\s+(?:such\s+)?a big deal\b(?!\s+to\b)"
            r"|\bmaking (?:a\s+)?(?:big deal|mountain out of a molehill)\b"
            r"|\b(?:it'?s|that'?s|this is)\s+(?:only|just)\s+(?:a|an)\s+(?:phase|bad day|job|exam|test|grade|game|"
            r"break-?up|crush)\b"
            r"|\b(?:it'?s|that'?s)\s+all in your head\b"
            r"|\b(?:i'?m sure|probably|surely)\s+(?:it'?s|that'?s)\s+nothing\b(?!\s+to\b)"
            r"|\byou(?:'re|\s+are)\s+(?:probably\s+|surely\s+)?just\s+(?:tired|stressed|overtired|hormonal|hungry|"
            r"bored|being silly)\b"
        ),
        "tells them it is smaller than it feels to them",
        _ACKNOWLEDGE,
    ),
    Pattern(
        phrase_pattern(
            r"\b(?:others|other people|some people|many people|lots of people|plenty of people|people|"
            r"there are (?:people|others|kids))\b(?:\s+\w+){0,4}?\s+(?:are\s+)?(?:worse off|(?:have|had|got)\s+it\s+"
            r"(?:\w+\s+){0,2}(?:worse|harder|tougher)|(?:are|is)\s+(?:\w+\s+)?worse)\b"
            r"|\bthink (?:of|about) (?:all\s+)?(?:the|those|other|the other)?\s*"
            r"(?:people|others|kids|children|families)\s+(?:who|that|with|without|in)\b"
            r"|\b(?:keep|put)\s+(?:it\s+|things\s+|this\s+|some\s+)?(?:in(?:to)?\s+)?perspective\b"
            r"|\bcount your blessings\b|\bbe (?:grateful|thankful) (?:for|that)\b|\byou(?:'re| are) lucky\b"
        ),
        "compares their pain with other people's, which can feel like it doesn't count",
        "Stay with their experience, e.g. \"What you're going through matters.\"",
    ),
    Pattern(
        phrase_pattern(
            r"\b(?:just\s+)?cheer up\b|\bchin up\b|\blook on the bright side\b|\b(?:stay|think|be) positive\b"
            r"|(?:^|[.!?]\s+)(?:just\s+)?smile\b|\b(?:see|focus on|look at) the positives?\b"
            r"|\bdon'?t be (?:so\s+)?(?:sad|down|upset|negative|gloomy)\b"
            r"|\b(?:stop|quit) (?:being (?:so\s+)?)?(?:sad|negative|worrying|stressing)\b"
            r"|\bdon'?t worry (?:about it|so much)\b|\btry not to (?:worry|think about it|dwell on)\b|\bshake it off\b"
            r"|\bdon'?t (?:let it get to you|dwell on)\b"
        ),
        "asks them to feel better before they feel heard",
        _ACKNOWLEDGE,
    ),
    Pattern(
        phrase_pattern(
            r"\byou(?:'ll| will)\s+(?:soon\s+|definitely\s+|totally\s+)?(?:get over (?:it|this|that|him|her|them)|"
            r"be (?:fine|okay|ok|alright|all right)|feel better (?:soon|tomorrow|in no time|in a few days)|"
            r"forget (?:about )?(?:it|this|him|her|them)|bounce back)\b"
            r"|\bget over it\b|\b(?:just|time to|need to|have to)\s+move on\b"
            r"|\b(?:it|this|that)(?:'ll| will) (?:all\s+)?(?:pass|blow over)\b|\bthis too shall pass\b"
            r"|\btime heals\b|\b(?:it'?s|it is) just a phase\b|\bplenty (?:more|of other) fish\b"
            r"|\b(?:your\s+)?whole life ahead of you\b"
        ),
        "promises it will pass, which can feel like being hurried along",  # and false reassurance
        "Stay with how it is now, e.g. \"It sounds like it's really hard right now.\"",
    ),
    Pattern(
        phrase_pattern(
            r"(?:^|[.!?;:,\u2014\u2013-]\s*|\b(?:but|well|and|so|hey)\s+)(?P<flag>at least\s+"
            r"(?:you|your|it|it'?s|he|she|they|there|we|things|the|this|that|nobody|no one|you'?re|you'?ve|now|one|"
            r"something|some|its|theres|youre)\b[^.!?;\n]*)"
        ),
        "\"at least\" turns their pain into a silver lining",
        "Name what's good without \"at least\", e.g. \"I'm really glad you told me.\"",
    ),
    Pattern(
        phrase_pattern(
            r"\b(?:everyone|everybody|we all|all of us|we'?ve all|we have all)\s+(?:\w+\s+){0,2}?(?:feels?|felt|"
            r"goes through|go through|gone through|been through|gets?|has|have|had|deals? with|struggles? with|"
            r"experiences?|been)\s+(?:like that|like this|the same|that way|this way|that|this|it|there|"
            r"sad|down|low|anxious|stressed|lonely|depressed)\b"
            r"|\bhappens to (?:everyone|everybody|all of us|the best of us)\b|\bwelcome to the club\b"
            r"|\b(?:that'?s|such is)\s+(?:just\s+)?life\b(?!-)|\bthese things happen\b"
            r"|\beverything happens for a reason\b"
        ),
        "makes their experience sound ordinary, which can feel like it doesn't matter",
        "Reflect what it's like for them, e.g. \"It sounds like this is weighing on you.\"",
    ),
)


class MinimisingChecker(PatternChecker):
    kind = FlagKind.MINIMISING
    patterns = PATTERNS
