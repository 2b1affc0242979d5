"""Curated English phrases for suicide and self-harm risk, graded on the C-SSRS ladder.

Patterns run on normalize()d text (lower case, contractions expanded, obfuscations undone).
``negatable`` patterns are discarded when a negation or a hypothetical frame comes just before
them ("I would never kill myself"); patterns that carry their own negation are not negatable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mindhaven.turn.types import RiskLevel

SUICIDAL_THOUGHTS = "suicidal_thoughts"
SUICIDAL_BEHAVIOUR = "suicidal_behaviour"
SELF_HARM = "self_harm"

_SELF = r"(?:myself|my self|my own life|my life)"
_DIE = r"die(?!\s+(?:of|from|laughing|inside|for|trying|happy|alone someday))"
_MEANS = r"(?:rope|noose|gun|pills|tablets|razor|razors|blade|blades|knife|poison|bleach|charcoal)"


@dataclass(frozen=True)
class Phrase:
    pattern: re.Pattern[str]
    category: str
    level: RiskLevel
    negatable: bool = True


def _p(regex: str, category: str, level: RiskLevel, negatable: bool = True) -> Phrase:
    return Phrase(re.compile(regex), category, level, negatable)


L, M, H, X = RiskLevel.LOW, RiskLevel.MODERATE, RiskLevel.HIGH, RiskLevel.IMMINENT

PHRASES: tuple[Phrase, ...] = (
    # --- imminent: an attempt under way, means at hand, time set ---
    _p(r"\bi (?:have |just |already )*(?:taken|swallowed|took) (?:all|a lot|a bunch|loads|the whole|\d+|so many)\b.{0,20}\b(?:pills|tablets|meds|medication|paracetamol)", SUICIDAL_BEHAVIOUR, X, False),
    _p(r"\bi (?:have |just |already )*overdosed\b|\bi am overdosing\b|\bi (?:have |just )*(?:taken|took) an overdose\b", SUICIDAL_BEHAVIOUR, X, False),
    _p(rf"\b(?:the )?{_MEANS} (?:is|are) (?:ready|in my hand|next to me|right here|around my neck|loaded)\b", SUICIDAL_BEHAVIOUR, X, False),
    _p(rf"\b(?:got|have|has|put|placed) (?:the |a |my )?{_MEANS} (?:ready|out|in my hand|next to me|around my neck)\b", SUICIDAL_BEHAVIOUR, X, False),
    _p(r"\b(?:going to|will|gonna) (?:do it|end it|go through with it) (?:tonight|today|right now|now|in an hour)\b", SUICIDAL_BEHAVIOUR, X),
    _p(r"\bi am (?:standing )?(?:on|at) the (?:edge|ledge|bridge|roof|tracks)\b", SUICIDAL_BEHAVIOUR, X, False),
    _p(rf"\b(?:kill|end) {_SELF} (?:tonight|right now|now|today|in an hour)\b|\btonight is the night\b", SUICIDAL_BEHAVIOUR, X),
    _p(r"\bthis is (?:my last message|goodbye)\b|\bgoodbye (?:forever|everyone|world)\b", SUICIDAL_BEHAVIOUR, X, False),
    _p(r"\bi am (?:cutting|bleeding) (?:right )?now\b|\bbleeding (?:a lot|badly|will not stop)\b", SELF_HARM, X, False),
    # --- high: method, plan, intent or preparation ---
    _p(rf"\bi (?:am going to|will|have decided to|am gonna|intend to|plan to|am planning to) (?:kill {_SELF}|end (?:it all|it|{_SELF})|take {_SELF}|{_DIE})\b", SUICIDAL_BEHAVIOUR, H),
    _p(r"\b(?:i have|made|i made|got) a (?:suicide )?plan\b|\bplan(?:ning)? (?:my|the) (?:suicide|death)\b", SUICIDAL_BEHAVIOUR, H),
    _p(rf"\b(?:bought|got|have|saved|saving|stockpiled|stockpiling|collected|collecting|hoarding|hidden|hid) (?:up )?(?:a |the |some |enough )?{_MEANS}\b.{{0,40}}\b(?:to (?:die|end|kill|do it|take them all)|so i can|end it|end my|die|kill)\b", SUICIDAL_BEHAVIOUR, H),
    _p(r"\b(?:wrote|written|writing|left) (?:a|my) (?:suicide |goodbye )?(?:note|letter)s?\b", SUICIDAL_BEHAVIOUR, H),
    _p(r"\bgiv(?:e|ing|en) away (?:all )?my (?:stuff|things|belongings|possessions)\b", SUICIDAL_BEHAVIOUR, H),
    _p(r"\b(?:how (?:many|much)|what dose|lethal dose|fatal dose|overdose amount)\b.{0,40}\b(?:to die|kill|lethal|fatal|overdose|od)\b", SUICIDAL_BEHAVIOUR, H, False),
    _p(r"\b(?:lethal|fatal) dose\b|\bpainless(?:est)? way to (?:die|go)\b|\bhow to (?:kill myself|hang myself|die painlessly)\b", SUICIDAL_BEHAVIOUR, H, False),
    _p(r"\bi know (?:how|when|where) i (?:would|will|am going to) do it\b", SUICIDAL_BEHAVIOUR, H),
    _p(r"\bi have (?:the|a) (?:rope|noose|gun|pills)\b", SUICIDAL_BEHAVIOUR, H, False),
    _p(r"\b(?:tried|attempted) to (?:kill myself|end my life|take my (?:own )?life|end it)\b|\bsuicide attempt\b", SUICIDAL_BEHAVIOUR, H),
    _p(r"\bi am going to (?:cut|burn|hurt) myself\b|\bcut(?:ting)? (?:deep|deeper)\b", SELF_HARM, H),
    # --- moderate: active thoughts, no plan ---
    _p(rf"\b(?:want|wanted|wanting|going|thinking about|thought about|thinking of|urge) to (?:kill {_SELF}|end (?:it all|{_SELF}|it\b(?! with| between| off))|take {_SELF}|{_DIE})\b", SUICIDAL_THOUGHTS, M),
    _p(rf"\bkill(?:ed|ing)? {_SELF}\b|\bend(?:ing)? {_SELF}\b|\btake {_SELF}\b", SUICIDAL_THOUGHTS, M),
    _p(r"\bsuicid(?:e|al)\b", SUICIDAL_THOUGHTS, M),
    _p(r"\b(?:i would be|i am|we would all be|everyone would be|they would be|they are|everyone is) better off (?:dead|without me)\b|\bbetter off if i (?:was|were) (?:dead|gone)\b", SUICIDAL_THOUGHTS, M),
    _p(r"\b(?:do not|no longer|not) want to (?:live|be alive|exist|be here anymore)\b|\bno (?:reason|point) (?:to|in) liv(?:e|ing)\b", SUICIDAL_THOUGHTS, M, False),
    _p(r"\bend it all\b|\bcheck(?:ing)? out for good\b", SUICIDAL_THOUGHTS, M),
    _p(r"\b(?:cut|cutting|burn|burning|hurt|hurting|harm|harming|scratch|scratching|hit|hitting|punish|punishing) myself\b", SELF_HARM, M),
    _p(r"\bself[- ]?harm(?:ing)?\b|\bself[- ]?injur(?:y|e|ing)\b", SELF_HARM, M),
    _p(r"\brelaps(?:e|ed) (?:on|into|with) (?:cutting|self[- ]?harm)\b|\bstarted cutting again\b", SELF_HARM, M),
    # --- low: distress, passive wish to be gone ---
    _p(r"\b(?:wish|wishing|want) (?:i (?:was|were)|to be) (?:dead|gone|never born|not here|not alive)\b", SUICIDAL_THOUGHTS, L),
    _p(r"\bwish i could (?:sleep|go to sleep) (?:forever|and not wake up|and never wake up)\b|\bdo not want to wake up\b|\bhope i (?:do not|never) wake up\b", SUICIDAL_THOUGHTS, L, False),
    _p(r"\b(?:disappear|vanish) (?:forever|for good|completely)\b|\bwant to disappear\b", SUICIDAL_THOUGHTS, L),
    _p(r"\b(?:what is|whats) the point (?:of|in) (?:living|life|anything|going on)\b|\bcannot go on\b|\bcannot do this anymore\b", SUICIDAL_THOUGHTS, L),
    _p(r"\bi am a burden\b|\bburden (?:to|on) (?:everyone|my family|them)\b|\bno way out\b|\btrapped with no\b", SUICIDAL_THOUGHTS, L),
    _p(r"\b(?:so |completely |totally )?hopeless\b|\btired of (?:living|being alive|life)\b|\bnothing (?:to live for|matters anymore)\b", SUICIDAL_THOUGHTS, L),
)

# Words that, shortly before a phrase, mean it is not the person's own present intent...
NEGATION = re.compile(
    r"\b(?:not|never|no|nobody|without|stop(?:ped)? me from|would not|will not|could never|"
    r"if i ever|what if|hypothetically|in the (?:movie|book|song|show|game)|lyrics?)\b([^.!?;,]{0,25})$"
)
# ...unless a new clause starts between the negation and the phrase ("I'm not okay, I want to...",
# "I don't know why I want to...", "nobody would care if I...").
NEW_CLAUSE = re.compile(r"\b(?:i|but|though|although|and|if|why|because|so)\b")
# Means mentioned on their own are not a risk; after suicidal thoughts they are preparation.
MEANS_MENTION = re.compile(
    rf"\b(?:bought|buying|got|have|has|found|collected|saved|stockpiled|hoarded|ordered|hidden|hid)\b.{{0,20}}\b{_MEANS}\b"
)
# A third person as the subject: concern for someone else, not the person's own risk.
OTHER_PERSON = re.compile(
    r"\b(?:he|she|they|my (?:friend|sister|brother|mum|mom|dad|son|daughter|partner|girlfriend|boyfriend|wife|husband|cousin|classmate)|"
    r"someone|a friend|my \w+ (?:said|says|told))\b[^.!?;]{0,40}$"
)

