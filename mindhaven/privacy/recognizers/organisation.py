from __future__ import annotations

import re

from presidio_analyzer import EntityRecognizer, RecognizerResult

_INSTITUTION = (
    r"school|high|primary|secondary|college|university|uni|academy|institute|polytechnic|sixth form|"
    r"grammar|comprehensive|elementary|middle school|kindergarten|nursery|hospital|clinic|colegio|instituto|"
    r"universidad|escuela|facultad|lycée|lycee|collège|gymnasium|schule|universität|escola|faculdade"
)
# Words that say where someone works or studies; what follows is the organisation.
_CUE = re.compile(
    r"(?i:\b(?:work(?:s|ed|ing)?\s+(?:at|for)|job\s+at|employed\s+(?:at|by)|intern(?:ing)?\s+at|"
    r"fired\s+from|sacked\s+from|laid\s+off\s+from|quit\s+my\s+job\s+at|manager\s+at|shift\s+at|"
    r"stud(?:y|ies|ied|ying)\s+at|student\s+at|(?:i|she|he|they|we)\s+teach\s+at|teach(?:es|ing)?\s+at|"
    r"(?:go|goes|went|going)\s+to|enrolled\s+at|in\s+(?:year\s+\d+|class)\s+at|"
    r"trabaj(?:o|a|aba|é)\s+(?:en|para)|estudi(?:o|a|aba)\s+en|voy\s+a|"
    r"travaille\s+(?:chez|à)|arbeite\s+(?:bei|an|in)|trabalho\s+(?:na|no|em|para))\s+)"
)
_STOP = re.compile(
    r"(?i:\s+(?:and|but|on|in|at|for|since|last|this|next|every|because|so|or|as|where|when|which|who|"
    r"though|yesterday|today|tonight|now|lol|y|pero|desde|porque|e|mas|et|und|aber)\b|[,.;:!?()\n]|$)"
)
# A cue followed by these is not naming an organisation ("work at home", "go to bed", "work for myself").
_GENERIC = set("""
a an the my our his her their your this that home night nights weekends weekend work school uni college university
bed sleep therapy church the gym gym hospital hospitals a&e er doctors doctor dentist shop shops store office it
them him her me myself yourself herself himself everyone someone nothing something anything all class lunch dinner
breakfast town city bar pub party parties parties meetings meeting hell prison jail rehab court wherever there
here sea mine therapist counselling counseling mass trabajo casa clase la el los las mi un una
""".split())
_CAPITALISED_ORG = re.compile(
    r"\b(?:[A-Z][\w'’&.-]*\s+){1,4}(?:High\s+School|Primary(?:\s+School)?|School|College|University|Academy|"
    r"Institute|Hospital)\b(?:\s+of\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})?"
)


class SchoolOrEmployerRecognizer(EntityRecognizer):
    """Schools and employers when named: "I work at Tesco", "i study at kings college london",
    "my kid goes to riverside academy", "trabajo en mercadona"; also any capitalised
    "... School/College/University/Academy/Hospital" name.

    A generic place after the cue ("work at home", "go to school", "go to the gym") is not a name.
    """

    def __init__(self) -> None:
        super().__init__(supported_entities=["ORGANIZATION"], supported_language="en",
                         name="SchoolOrEmployerRecognizer")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        results = []
        for cue in _CUE.finditer(text):
            start = cue.end()
            stop = _STOP.search(text, start)
            end = stop.start() if stop else len(text)
            words = text[start:end].split()
            if not words or len(words) > 6:
                continue
            institution = re.search(rf"(?i)\b(?:{_INSTITUTION})\b", " ".join(words[1:]))
            going = re.match(r"(?i)(?:go|goes|went|going|voy)\b", cue.group(0))
            if going and not institution:
                continue  # "go to the park" names no organisation
            if words[0].lower() in _GENERIC and (len(words) == 1 or not institution):
                continue  # "work at home", "go to school", "go to the gym"
            if words[0].lower() in ("a", "an", "my", "our", "his", "her", "their", "your", "this", "that"):
                continue
            if len(words) > 3 and not institution:
                words = words[:3]
                end = start + len(" ".join(words)) if text[start:].startswith(" ".join(words)) else end
            results.append(RecognizerResult("ORGANIZATION", start, end, 0.6))
        for m in _CAPITALISED_ORG.finditer(text):
            results.append(RecognizerResult("ORGANIZATION", m.start(), m.end(), 0.6))
        return results
