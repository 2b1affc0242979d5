"""(e) The default LLM asked zero-shot, as a point of comparison (never used for risk in the product)."""

from __future__ import annotations

import re
import threading
from pathlib import Path

from mindhaven.evaluation.datasets import CATEGORIES, CRISIS_CATEGORIES, Item
from mindhaven.evaluation.systems import Judgement, Progress
from mindhaven.llm.base import GenerationRequest
from mindhaven.turn.types import ChatMessage, RiskLevel, Role

DEFAULT_MODEL = Path(__file__).resolve().parents[2] / "data" / "models" / "qwen2.5-coder-1.5b-instruct-q4_k_m.gguf"
MAX_CHARS = 1200  # long posts are cut to keep the run within about 20 minutes

PROMPT = f"""You screen messages sent to a mental-health support chat for risk to life.
Reply with exactly one line and nothing else:
LEVEL=<none|low|moderate|high|imminent>; CATEGORIES=<comma-separated names, or none>
Category names: {", ".join(CATEGORIES)}.
Levels: none = no risk; low = distress or a passive wish to be gone; moderate = active thoughts \
without a plan; high = a plan, method, intent or preparation; imminent = an attempt under way or \
means at hand right now.
Jokes, hyperbole, fiction, song lyrics, general questions and computer terms are none."""

_LEVEL = re.compile(r"LEVEL\s*[=:]\s*(none|low|moderate|high|imminent)", re.I)


def parse(reply: str) -> tuple[int, frozenset[str]]:
    match = _LEVEL.search(reply)
    level = int(RiskLevel[match.group(1).upper()]) if match else 0
    tail = reply[reply.upper().index("CATEGORIES"):].lower() if "CATEGORIES" in reply.upper() else ""
    # Small models misspell the names ("suicide_behavior"): read them leniently.
    tail = tail.replace("suicide_", "suicidal_").replace("behavior", "behaviour").replace(" ", "_")
    cats = frozenset(c for c in CATEGORIES if c in tail)
    return level, cats


def messages_for(item: Item) -> list[ChatMessage]:
    parts = [f"Earlier message: {h[:MAX_CHARS]}" for h in item.history[-2:]]
    parts.append(f"Message: {item.text[:MAX_CHARS]}")
    return [ChatMessage(Role.SYSTEM, PROMPT), ChatMessage(Role.USER, "\n".join(parts))]


def llm_zero_shot(items: list[Item], progress: Progress, model_path: Path = DEFAULT_MODEL,
                  threads: int = 2) -> list[Judgement]:
    from mindhaven.llm.llamacpp import LlamaCppBackend

    backend = LlamaCppBackend(model_path, n_ctx=2048, n_threads=threads)
    out = []
    for n, item in enumerate(items, 1):
        request = GenerationRequest(messages_for(item), max_tokens=40, temperature=0.0)
        reply = "".join(backend.stream(request, threading.Event()))
        level, cats = parse(reply)
        crisis = bool(cats & set(CRISIS_CATEGORIES))
        out.append(Judgement(float(crisis), crisis, level, cats))
        if n % 10 == 0 or n == len(items):
            progress(f"  LLM {n}/{len(items)}")
    return out
