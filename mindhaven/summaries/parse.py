"""Read the model's summary text into statements, tolerating small models' formatting slips.

Accepted: headings with or without '#', bold or a trailing colon, numbered or bulleted
("Risk factors", "## Risk Factors:", "**Risks**", "3. Next steps"), a heading with its first
statement on the same line ("Mood: low most days [m2]"), bullets of any common kind, and
citations as [m3], [m3, m5], [m3][m5], [3], (m3), (message 3), [msg 3-5] or a bare m3. A
line is one statement unless it holds several sentences that each end in citations. Nothing is
guessed: a line before any heading that cites nothing is ignored (preamble), a line that cites
nothing under a heading becomes a statement with no citations (and is dropped by grounding),
and "none" lines are ignored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from mindhaven.summaries.types import DraftStatement, Section

_ALIASES: dict[Section, tuple[str, ...]] = {
    Section.PRESENTING_CONCERNS: (
        "presenting concerns", "presenting concern", "presenting problems", "presenting problem", "presenting issues",
        "presenting complaints", "main concerns", "key concerns", "concerns",
    ),
    Section.MOOD: ("mood and affect", "current mood", "emotional state", "mood"),
    Section.RISK_FACTORS: ("risk factors", "risk factor", "risk indicators", "risks", "risk"),
    Section.PROTECTIVE_FACTORS: (
        "protective factors and supports", "protective factors", "protective factor", "strengths", "supports",
    ),
    Section.TECHNIQUES_TRIED: (
        "techniques tried", "techniques used", "coping strategies tried", "coping strategies", "coping techniques",
        "strategies tried", "techniques", "what has been tried",
    ),
    Section.NEXT_STEPS: (
        "agreed next steps", "next steps", "agreed actions", "agreed plan", "action plan", "follow-up", "follow up",
        "plan",
    ),
}
_BY_ALIAS = {alias: section for section, aliases in _ALIASES.items() for alias in aliases}
_ALIAS_PATTERN = "|".join(re.escape(a) for a in sorted(_BY_ALIAS, key=len, reverse=True))
# A heading is a section name alone on its line, or followed by a colon or dash and a statement.
_HEADING = re.compile(rf"(?i)^(?P<name>{_ALIAS_PATTERN})\s*(?:$|(?::|\s[-–—])\s*(?P<rest>.*)$)")

_LEAD = re.compile(r"^(?:#{1,6}\s*|(?:[-*+•·–—>]|\d{1,2}[.)]|[a-f][.)])\s+)+")
_EMPHASIS = re.compile(r"\*\*|__|(?<!\w)[*_](?=\S)|(?<=\S)[*_](?!\w)")

_NUMBER = r"(?:m|msg|message|messages)?\s*#?\s*\d{1,4}"
_JOIN = r"\s*(?:,|;|&|\band\b|-|–|to)\s*"
# Square brackets may hold bare numbers; round ones must say "m" or "message", so "(2 weeks)" is not a citation.
_CITATION = re.compile(
    rf"(?i)\[\s*(?:see\s+|source:?\s*)?(?P<square>{_NUMBER}(?:{_JOIN}{_NUMBER})*)\s*\]"
    rf"|\(\s*(?:see\s+|source:?\s*)?(?P<round>(?:m|msg|message|messages)\s*#?\s*\d{{1,4}}(?:{_JOIN}{_NUMBER})*)\s*\)"
    r"|(?<![\w\[])(?P<bare>[mM]\d{1,4})(?![\w\]])"
)
_RANGE = re.compile(r"(?i)(\d{1,4})\s*(?:-|–|to)\s*(?:m|msg|message)?\s*#?\s*(\d{1,4})")
_MAX_RANGE = 6  # a wider range reads as a slip, not a citation of everything between

_NONE = re.compile(
    r"(?i)^(?:none|nothing|n/?a|nil|not (?:discussed|mentioned|stated|reported)|none (?:reported|mentioned|stated|"
    r"identified|discussed|noted)|no (?:information|details?|mention)(?: given)?|nothing (?:reported|mentioned|noted))\W*$"
)
_SENTENCE_AFTER_CITATION = re.compile(r"(?<=[\])])\s*[.;!?]\s+(?=\S)")


@dataclass(frozen=True)
class ParsedDraft:
    statements: tuple[DraftStatement, ...]
    ignored_lines: int  # non-blank lines that were not statements


def parse_draft(text: str) -> ParsedDraft:
    statements: list[DraftStatement] = []
    ignored = 0
    section: Section | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = _strip_decoration(raw)
        if not line:
            continue
        if heading := _HEADING.match(line):
            section = _BY_ALIAS[heading.group("name").lower()]
            line = (heading.group("rest") or "").strip()
            if not line:
                continue
        elif _is_other_heading(raw, line):
            section, ignored = None, ignored + 1  # what follows belongs to no section we know
            continue
        found = [s for s in _statements(line, section, number) if s is not None]
        if not found:
            ignored += 1
        statements += found
    return ParsedDraft(tuple(statements), ignored)


def _strip_decoration(raw: str) -> str:
    line = raw.strip().strip("`").strip()
    line = _EMPHASIS.sub("", line)
    line = _LEAD.sub("", line).strip()
    return "" if set(line) <= set("-=*_#|~ ") else line


def _is_other_heading(raw: str, line: str) -> bool:
    """"## Sleep" or "Other notes:": a heading, but not one of ours."""
    if _CITATION.search(line):
        return False
    return raw.lstrip().startswith("#") or (line.endswith(":") and len(line.split()) <= 5)


def _statements(line: str, section: Section | None, number: int) -> list[DraftStatement | None]:
    """One statement per sentence that ends in citations; otherwise the whole line is one."""
    parts = _SENTENCE_AFTER_CITATION.split(line)
    if len(parts) > 1 and all(_CITATION.search(p) for p in parts[:-1]):
        return [_statement(p, section, number) for p in parts]
    return [_statement(line, section, number)]


def _statement(part: str, section: Section | None, number: int) -> DraftStatement | None:
    cites: list[int] = []
    for match in _CITATION.finditer(part):
        for message_id in citation_ids(match.group("square") or match.group("round") or match.group("bare")):
            if message_id not in cites:
                cites.append(message_id)
    text = _clean(_CITATION.sub(" ", part))
    if not re.search(r"[^\W\d_]", text) or _NONE.match(text):
        return None
    if section is None and not cites:
        return None  # preamble or chatter before the first heading
    return DraftStatement(section, text, tuple(cites), number)


def citation_ids(group: str) -> list[int]:
    """The message ids in one citation's text: "m3, m5" -> [3, 5]; "m3-m5" -> [3, 4, 5]."""
    ids: list[int] = []
    for match in _RANGE.finditer(group):
        low, high = int(match.group(1)), int(match.group(2))
        if low <= high and high - low < _MAX_RANGE:
            ids += range(low, high + 1)
    rest = _RANGE.sub(" ", group)
    ids += [int(n) for n in re.findall(r"\d{1,4}", rest)]
    return ids


def _clean(text: str) -> str:
    text = re.sub(r"\(\s*\)|\[\s*\]", " ", text)
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"\s+([.,;:!?])", r"\1", text)
    return re.sub(r"(?:[,;:.]|\s-)+$", "", text).strip()
