"""The C-SSRS screener's triage (The Columbia Lighthouse Project, https://cssrs.columbia.edu):

- yes to question 1 or 2 only: low risk;
- yes to question 3, or suicidal behaviour (question 6) more than 3 months ago: moderate risk;
- yes to question 4 or 5, or suicidal behaviour within the past 3 months: high risk.

Each level maps to the project's RiskLevel of the same name, so HIGH runs the crisis protocol.
"""

from __future__ import annotations

from mindhaven.instruments.types import Instrument, Result, ScoreStatus
from mindhaven.turn.types import RiskLevel

YES = 1
NO = 0

TRIAGE_BANDS = {
    RiskLevel.NONE: "no risk",
    RiskLevel.LOW: "low risk",
    RiskLevel.MODERATE: "moderate risk",
    RiskLevel.HIGH: "high risk",
}

IDEATION = (
    ("cssrs-1", RiskLevel.LOW, "wish to be dead (question 1)"),
    ("cssrs-2", RiskLevel.LOW, "thoughts of killing oneself (question 2)"),
    ("cssrs-3", RiskLevel.MODERATE, "thinking about how (question 3)"),
    ("cssrs-4", RiskLevel.HIGH, "intention of acting on the thoughts (question 4)"),
    ("cssrs-5", RiskLevel.HIGH, "working out the details, with intent to carry out the plan (question 5)"),
)


def triage(inst: Instrument, given: dict[str, int]) -> Result:
    found: list[tuple[RiskLevel, str]] = [(level, why) for link_id, level, why in IDEATION if given.get(link_id) == YES]
    if given.get("cssrs-6") == YES:
        recent = given.get("cssrs-6-recent")
        if recent == NO:
            found.append((RiskLevel.MODERATE, "suicidal behaviour more than 3 months ago (question 6)"))
        elif recent == YES:
            found.append((RiskLevel.HIGH, "suicidal behaviour within the past 3 months (question 6)"))
        else:
            # Not knowing when is not knowing it was long ago.
            found.append((RiskLevel.HIGH, "suicidal behaviour (question 6), when not answered: read as recent"))
    level = max((lvl for lvl, _ in found), default=RiskLevel.NONE)
    missing = tuple(
        i.link_id for i in inst.items if i.required and i.is_enabled(given) and i.link_id not in given
    )
    status = ScoreStatus.INCOMPLETE if missing else ScoreStatus.COMPLETE
    # Incomplete answers can show risk, never its absence.
    known = level > RiskLevel.NONE or not missing
    return Result(
        instrument=inst.key,
        status=status,
        total=None,
        band=TRIAGE_BANDS[level] if known else None,
        positive_screen=level > RiskLevel.NONE if known else None,
        crisis=level > RiskLevel.NONE,
        risk_level=level,
        answered=len(given),
        missing=missing,
        reasons=tuple(why for lvl, why in sorted(found, key=lambda f: -f[0])),
    )
