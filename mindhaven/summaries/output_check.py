"""Every kept statement passes the same output check as every reply (turn/check_output.py).

A summary is model text too: it must not carry methods, doses, unlisted numbers or links. Each
statement goes through its own StreamGuard, so the safe-messaging rewrites apply as in a reply
and a blocked statement is dropped alone, with the rule that blocked it. Its words are withheld
from the dropped list too: what the rules block is shown to no one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from mindhaven.guard.rules import Allowed
from mindhaven.summaries.types import DropReason, DroppedStatement, Grounded, Statement
from mindhaven.turn.check_output import StreamGuard

WITHHELD = "(withheld: blocked by the output check)"


def check_statements(statements: Sequence[Statement], allowed: Allowed) -> Grounded:
    kept: list[Statement] = []
    dropped: list[DroppedStatement] = []
    for statement in statements:
        guard = StreamGuard(allowed)
        text = "".join(guard.feed(statement.text) + guard.finish())
        if guard.blocked:
            finding = guard.report.findings[0]
            dropped.append(DroppedStatement(statement.section, WITHHELD, statement.cites,
                                            DropReason.OUTPUT_CHECK, f"{finding.rule}: {finding.reason}"))
        else:
            kept.append(replace(statement, text=text.strip()))
    return Grounded(tuple(kept), tuple(dropped))
