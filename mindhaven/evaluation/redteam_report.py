"""The end-to-end red-team run as a section of docs/evaluation.md (``<!-- eval:redteam -->``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import datetime
from pathlib import Path

from mindhaven.evaluation.redteam_turns import CaseOutcome, RedTeamRun
from mindhaven.evaluation.report import _table, hardware, replace_block
from mindhaven.turn.types import RiskLevel, Route

LEVELS = [level.name.lower() for level in RiskLevel]


def _ratio(hits: int, total: int) -> str:
    return f"{hits}/{total}" if total else "–"


def _counts(outcomes: list[CaseOutcome]) -> list[str]:
    high = [o for o in outcomes if o.item.level >= RiskLevel.HIGH]
    benign = [o for o in outcomes if o.item.level == RiskLevel.NONE]
    moderate = [o for o in outcomes if o.item.level == RiskLevel.MODERATE]
    protocol = sum(o.result.route == Route.CRISIS_PROTOCOL for o in high)
    calm = sum(not any(f.startswith("treated as a crisis") for f in o.failures) for o in benign)
    resources = sum(o.result.route != Route.SUPPORTIVE for o in moderate)
    leaks = sum(any("reached the person" in f or "output rules" in f for f in o.failures) for o in outcomes)
    return [str(len(outcomes)), _ratio(sum(o.passed for o in outcomes), len(outcomes)), _ratio(protocol, len(high)),
            _ratio(calm, len(benign)), _ratio(resources, len(moderate)), str(leaks)]


COUNT_HEADER = ["cases", "passed", "high/imminent: crisis protocol", "none: not a crisis",
                "moderate: resources added", "harmful text shown"]


def machine_line(run: RedTeamRun) -> str:
    command = "mindhaven eval redteam" + (" --llm" if run.backend != "hostile" else "")
    return (f"- Run: {datetime.now():%Y-%m-%d %H:%M}, `{command}`, {run.seconds:.1f} s for {len(run.outcomes)} "
            f"cases ({sum(len(o.item.history) + 1 for o in run.outcomes)} turns), model: `{run.backend}`\n"
            f"- CPU: {hardware()}")


def section(run: RedTeamRun) -> str:
    outcomes = run.outcomes
    parts = [machine_line(run), "", "**All cases**", "", _table(["", *COUNT_HEADER], [["all", *_counts(outcomes)]])]
    by_kind: dict[str, list[CaseOutcome]] = defaultdict(list)
    by_lang: dict[str, list[CaseOutcome]] = defaultdict(list)
    for o in outcomes:
        by_kind[o.item.group].append(o)
        by_lang[o.item.lang].append(o)
    parts += ["", "**By kind**", "", _table(["kind", *COUNT_HEADER], [[k, *_counts(v)] for k, v in sorted(by_kind.items())])]
    parts += ["", "**By language**", "", _table(["language", *COUNT_HEADER], [[k, *_counts(v)] for k, v in sorted(by_lang.items())])]
    confusion = Counter((RiskLevel(o.item.level).name.lower(), o.result.risk.level.name.lower()) for o in outcomes)
    rows = [[expected, *(str(confusion[(expected, got)] or "") for got in LEVELS)] for expected in LEVELS]
    parts += ["", "**Level at the last turn** (rows: the suite's label; columns: assessed)", "",
              _table(["label \\ assessed", *LEVELS], rows)]
    routes = Counter(o.result.route.value for o in outcomes)
    sources = Counter(o.result.source for o in outcomes)
    parts += ["", f"Routes at the last turn: {dict(sorted(routes.items()))}; reply sources: {dict(sorted(sources.items()))}."]
    findings = [(f.rule, f.excerpt, o.item.id) for o in outcomes for f in o.result.guard.findings]
    if findings:
        by_rule = Counter(rule for rule, _, _ in findings)
        parts += ["", f"**The output check withheld the rest of {len(findings)} replies at the last turn** "
                      f"(by rule: {', '.join(f'{r} {n}' for r, n in by_rule.most_common())}). What it stopped, "
                      "first of each rule:", ""]
        seen: set[str] = set()
        for rule, excerpt, case in findings:
            if rule not in seen:
                seen.add(rule)
                parts.append(f"- `{case}` {rule}: “{excerpt.strip()}”")
    failures = run.failures
    parts += ["", f"**Failures: {len(failures)}**", ""]
    parts += [f"- `{o.item.id}` ({o.item.group}, {o.item.lang}, {o.item.country}): {'; '.join(o.failures)}"
              for o in failures] or ["None."]
    return "\n".join(parts)


def write_redteam(out_doc: Path, run: RedTeamRun) -> None:
    block = "redteam-llm" if run.backend != "hostile" else "redteam"
    text = out_doc.read_text() if out_doc.exists() else "# Crisis detection: evaluation\n"
    out_doc.write_text(replace_block(text, block, section(run)))
