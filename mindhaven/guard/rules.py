"""Output rules, one class per harm. Each looks at a piece of text and names what is wrong."""

from __future__ import annotations

import re
from dataclasses import dataclass

from mindhaven.crisis.directory import digits_of, host_of
from mindhaven.turn.types import GuardFinding

_MEDICINES = (
    "parac[eé]tamol|acetaminophen|tylenol|ibuprofen|aspirin|codeine|tramadol|oxycodone|morphine|fentanyl|heroin|"
    "methadone|diazepam|valium|alprazolam|xanax|lorazepam|ativan|clonazepam|zolpidem|ambien|"
    "sertraline|zoloft|fluoxetine|prozac|citalopram|escitalopram|lexapro|paroxetine|venlafaxine|duloxetine|"
    "mirtazapine|amitriptyline|nortriptyline|bupropion|trazodone|lithium|quetiapine|seroquel|olanzapine|"
    "risperidone|aripiprazole|lamotrigine|valproate|melatonin|propranolol|insulin|benadryl|diphenhydramine|"
    "antidepressants?|sleeping pills?|painkillers?|benzos?|opioids?"
)
# Units in the six reply languages: replies follow the person's language, so must the rules.
_UNITS = (
    "mg|milligrams?|mcg|micrograms?|g|grams?|gramos?|grammes?|gramm|ml|pills?|tablets?|capsules?|"
    "pastillas?|comprimidos?|c[aá]psulas?|p[ií]lulas?|comprim[ée]s?|cachets?|g[ée]lules?|pilules?|"
    "tabletten?|pillen?|kapseln?|goli|goliyan|goliyaan|गोलियाँ|गोलियां|गोली"
)
_DOSE = rf"\b\d+(?:[.,]\d+)?\s?(?:{_UNITS})(?!\w)"


@dataclass(frozen=True)
class Allowed:
    """Contacts from the verified directory: the only ones that may reach a person."""

    phones: frozenset[str]
    hosts: frozenset[str]


class Rule:
    name = ""

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        raise NotImplementedError

    def _finding(self, reason: str, match: re.Match[str]) -> GuardFinding:
        return GuardFinding(self.name, reason, match.group(0)[:120])


class MedicationDoseRule(Rule):
    name = "medication_dose"
    _dose_near_medicine = re.compile(
        rf"(?i)(?:\b(?:{_MEDICINES})\b.{{0,60}}{_DOSE}|{_DOSE}.{{0,60}}\b(?:{_MEDICINES})\b)"
    )
    _thresholds = re.compile(
        r"(?i)\b(?:lethal|fatal|toxic|overdose)\s+(?:dose|amount|level|threshold)s?\b|\bmaximum dose\b|"
        r"\bdos(?:is|e) (?:letal|mortal|t[óo]xica)\b|\bdose (?:l[ée]tale|mortelle|toxique)\b|"
        r"\b(?:t[öo]dliche|letale|toxische) dosis\b|\bghaatak (?:dose|matra)\b|घातक (?:खुराक|मात्रा|डोज़)"
    )
    _take_amount = re.compile(
        rf"(?i)\b(?:take|taking|swallow|tomar|t[óo]mate|toma|tome|tragar|engolir|prendre|prends|prenez|avaler|"
        rf"nehmen|nimm|schlucken)\b.{{0,30}}{_DOSE}"
        # Hindi puts the verb last: "40 goliyan kha lo"
        rf"|{_DOSE}.{{0,20}}\b(?:kha|khaa|khana|khao|nigal|nigalna|le lo|lena|le lena)\b|{_DOSE}.{{0,20}}(?:खा|निगल)"
    )

    _digit = re.compile(r"\d")

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        # A dose is a number: without a digit only the named thresholds can match (most replies).
        patterns = (self._dose_near_medicine, self._thresholds, self._take_amount) if self._digit.search(text) \
            else (self._thresholds,)
        for pattern in patterns:
            if match := pattern.search(text):
                return self._finding("medication names with doses or overdose amounts", match)
        return None


class SelfHarmMethodRule(Rule):
    name = "self_harm_method"
    _methods = re.compile(
        r"(?i)\b(?:"
        r"(?:cut|slit|slash)(?:ting)?\s+(?:your|my|the|their)?\s*(?:wrists?|arms?|veins?|throat|thighs?)|"
        r"hang(?:ing)?\s+(?:yourself|myself|oneself)|noose|tie\s+a\s+rope|"
        r"jump(?:ing)?\s+(?:off|from)\s+(?:a|the)\s+(?:bridge|building|roof|cliff)|"
        r"step(?:ping)?\s+in\s+front\s+of\s+a\s+(?:train|car|bus)|"
        r"overdos(?:e|ing)\s+on|carbon\s+monoxide|car\s+exhaust|drink(?:ing)?\s+bleach|"
        r"(?:deeper|deep)\s+cuts?|(?:how|way)s?\s+to\s+(?:kill\s+yourself|die|end\s+your\s+life)|"
        r"suicide\s+(?:method|methods|technique)|painless(?:ly)?\s+(?:way|death|method|tareeka|tarika)"
        r")"
        # es / pt
        r"|(?i:\b(?:ahorc(?:ar|arse|arte|arme)|enforc(?:ar|ar-se|ar se)|se enforcar|cortar(?:se|te|me)? las venas|"
        r"cortar os pulsos|tirar(?:se|te|me) (?:de|desde) (?:un|el|la) (?:puente|edificio|tejado|azotea)|"
        r"(?:pular|se jogar|jogar-se) (?:de|da|do) (?:uma |a |o )?(?:ponte|pr[eé]dio|telhado)|"
        r"(?:forma|manera|modo|jeito) (?:m[aá]s |mais )?indolor\w*)\b)"
        # fr
        r"|(?i:\b(?:se pendre|te pendre|me pendre|pendaison|s'ouvrir les veines|t'ouvrir les veines|"
        r"se (?:jeter|jette) (?:d'un|du haut d'un|sous un) (?:pont|immeuble|toit|train)|"
        r"(?:fa[çc]on|mani[eè]re) (?:la moins douloureuse|indolore))\b)"
        # de
        r"|(?i:\b(?:(?:sich|dich|mich) (?:\w+ ){0,4}(?:zu )?(?:erh[äa]ngen|aufh[äa]ngen)|erh[äa]ngen|"
        r"pulsadern (?:auf)?(?:schneiden|aufzuschneiden)|von (?:einer|der) br[üu]cke (?:zu )?springen|"
        r"vor einen zug|schmerzlos(?:este|esten|er)? (?:art|weg|methode|sterben)|am schmerzlosesten)\b)"
        # hi (Latin script and Devanagari)
        r"|(?i:\b(?:phaa?nsi|fhaa?nsi|faa?nsi) (?:laga|lagaa|lagana|lagaana|le|lo)\w*|\bnas (?:kaat|kaatna|kaato)\b)"
        r"|फाँसी|फांसी|नस काट"
    )

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        if match := self._methods.search(text):
            return self._finding("self-harm or suicide methods", match)
        return None


class UnverifiedContactRule(Rule):
    name = "unverified_contact"
    # digits in groups separated by one space, dot or dash, optionally +country and (area) code
    _phone = re.compile(r"(?<![\w\[])(?:\+\d{1,3}[ .-]?)?(?:\(\d{1,5}\)[ .-]?)?\d{1,8}(?:[ .-]\d{1,8})*(?![\w\]])")
    # any dotted host name ending in a plausible top-level domain, with or without a scheme or path
    _url = re.compile(r"(?i)\b(?:https?://)?(?:[a-z0-9-]+\.)+[a-z]{2,24}\b(?:/[^\s)]*)?")
    _email = re.compile(r"(?i)\b[\w.+-]+@[\w-]+\.[\w.]+\b")

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        for match in self._phone.finditer(text):
            digits = digits_of(match.group(0))
            if 7 <= len(digits) <= 15 and digits not in allowed.phones and not _is_date_or_time(match.group(0)):
                return self._finding("a phone number not in the verified directory", match)
        for match in self._email.finditer(text):
            return self._finding("an email address not in the verified directory", match)
        for match in self._url.finditer(text):
            if _looks_like_link(match.group(0)) and host_of(match.group(0)) not in allowed.hosts:
                return self._finding("a link not in the verified directory", match)
        return None


class ShortNumberRule(Rule):
    """Three- and four-digit numbers presented as something to call or text (e.g. an invented hotline)."""

    name = "unverified_short_number"
    _call = re.compile(
        r"(?i)\b(?:call|dial|text|ring|phone|hotline|helpline|line)\b[^.\n\d]{0,20}?(?<![\w-])(\d{2,8}(?:[ -]\d{1,8})*)(?![\w-])"
    )

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        for match in self._call.finditer(text):
            digits = digits_of(match.group(1))
            if len(digits) >= 3 and digits not in allowed.phones:
                return self._finding("a number to call that is not in the verified directory", match)
        return None


class HumanClaimRule(Rule):
    name = "claims_human"
    _claim = re.compile(
        r"(?i)\bi(?:'m| am)\s+(?!not\b)(?:a\s+|an\s+|your\s+)?(?:real\s+|actual\s+|live\s+|licensed\s+|trained\s+)?(?:human|person|therapist|psychologist|"
        r"psychiatrist|counsell?or|doctor|nurse)\b"
    )

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        if match := self._claim.search(text):
            return self._finding("claims to be a human or a clinician", match)
        return None


class DiagnosisRule(Rule):
    """A diagnosis stated as fact ("you have depression"): only a clinician can say that."""

    name = "diagnosis"
    _conditions = (
        r"(?:clinical |major |severe |an? )?(?:depression|depressive disorder|bipolar(?: disorder)?|bpd|ptsd|c-ptsd|"
        r"schizophrenia|psychosis|ocd|adhd|autism|an? (?:anxiety|eating|personality|panic|mood) disorder|"
        r"borderline(?: personality disorder)?|anorexia|bulimia|generali[sz]ed anxiety)"
    )
    _claim = re.compile(
        rf"(?i)\b(?:you(?:'ve| have)? (?:definitely |clearly |probably |obviously )?(?:have|got|suffer from|are suffering from)"
        rf"|(?:this|that|it) (?:is|sounds like|looks like) (?:definitely |clearly )?|you(?:'re| are) (?:definitely |clearly )?"
        rf"(?:showing signs of |experiencing )?)\s*{_conditions}\b"
        r"|\byou(?:'re| are) (?:clearly |definitely )?(?:bipolar|schizophrenic|psychotic|borderline|anorexic|bulimic)\b"
    )

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        if match := self._claim.search(text):
            return self._finding("a diagnosis stated as fact", match)
        return None


class SecrecyRule(Rule):
    """Promises of secrecy: MindHaven stores conversations and humans may need to step in."""

    name = "promises_secrecy"
    _promise = re.compile(
        r"(?i)\b(?:i (?:won't|will not|promise not to|would never) (?:tell|share this with) (?:anyone|anybody|a soul)|"
        r"(?:this|it|everything) (?:stays|will stay|is) (?:just )?between (?:us|you and me)|"
        r"your secret(?:s)? (?:is|are) safe|i(?:'ll| will) keep (?:this|it|your secret) (?:a )?(?:secret|to myself)|"
        r"no one will (?:ever )?(?:know|find out))\b"
    )

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        if match := self._promise.search(text):
            return self._finding("promises secrecy it cannot keep", match)
        return None


class StigmaRule(Rule):
    """Stigmatising, blaming or dismissive language."""

    name = "stigma"
    _blame = re.compile(
        r"(?i)\b(?:attention[- ]seek(?:ing|er)|you(?:'re| are) (?:being )?(?:dramatic|selfish|crazy|insane|weak|pathetic|lazy|"
        r"overreacting|a burden)|(?:suicide|killing yourself|self[- ]harm) is (?:selfish|cowardly|weak|stupid)|"
        r"coward'?s way out|(?:just )?snap out of it|man up|get over it|others have it (?:much )?worse|"
        r"it'?s all in your head|stop feeling sorry for yourself)\b"
    )

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        if match := self._blame.search(text):
            return self._finding("stigmatising or blaming language", match)
        return None


class GarbledRule(Rule):
    name = "garbled"
    _tokens = re.compile(r"<\|[a-z_]+\|>|\[/?INST\]|<s>|</s>|<\|im_(?:start|end)")

    def check(self, text: str, allowed: Allowed) -> GuardFinding | None:
        if match := self._tokens.search(text):
            return self._finding("template tokens in the output", match)
        visible = [c for c in text if not c.isspace()]
        if len(visible) >= 20 and sum(c.isalpha() for c in visible) / len(visible) < 0.5:
            return GuardFinding(self.name, "the output is mostly not words", text[:120])
        return None


_GENERIC_TLDS = {"com", "org", "net", "gov", "edu", "info", "io", "app", "ai", "me", "ly", "co", "online", "help", "care"}


def _looks_like_link(value: str) -> bool:
    """"samaritans.org" or "bit.ly/x" is a link; "e.g." or "3.5" is not."""
    if re.match(r"(?i)https?://|www\.", value) or "/" in value:
        return True
    last = value.rsplit(".", 1)[-1].lower()
    return last in _GENERIC_TLDS or len(last) == 2


def _is_date_or_time(value: str) -> bool:
    """Year ranges and dates ("2019-2020", "2024-05-01") are not phone numbers."""
    return bool(re.fullmatch(r"\d{4}[ -]\d{4}|\d{4}[.-]\d{1,2}[.-]\d{1,2}|\d{1,2}[.-]\d{1,2}[.-]\d{2,4}", value.strip()))


RULES: tuple[Rule, ...] = (
    SelfHarmMethodRule(),
    MedicationDoseRule(),
    UnverifiedContactRule(),
    ShortNumberRule(),
    HumanClaimRule(),
    DiagnosisRule(),
    SecrecyRule(),
    StigmaRule(),
    GarbledRule(),
)

# Safe-messaging wording that is better rewritten than blocked: (pattern, replacement, rule name).
REWRITES: tuple[tuple[re.Pattern[str], str, str], ...] = (
    (re.compile(r"(?i)\bcommit(?:ted|ting|s)? suicide\b"), "died by suicide", "safe_messaging"),
    (re.compile(r"(?i)\b(?:successful|completed) suicide\b"), "death by suicide", "safe_messaging"),
    (re.compile(r"(?i)\bfailed (?:suicide )?attempt\b"), "suicide attempt", "safe_messaging"),
)
