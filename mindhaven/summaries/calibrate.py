"""How the support threshold was chosen: every measure, over the scripted conversations' claims.

    .venv/bin/python -m mindhaven.summaries.calibrate

Conversations 1, 3, 5, ... (the calibration half) choose; 2, 4, 6, ... (held out) only report.
For each measure, the threshold kept is the one that keeps the most supported claims of the
calibration half while keeping at most ``--cap`` of its unsupported ones. The figures are quoted
in support.py.
"""

from __future__ import annotations

import argparse
from dataclasses import dataclass

import numpy as np

from mindhaven.summaries.scripted import load_scripted
from mindhaven.summaries.support import SEMANTIC_WEIGHT, THRESHOLD, SupportScorer


@dataclass(frozen=True)
class Scored:
    conversation: int
    supported: bool
    kind: str  # "close", "paraphrase" or the planted kind
    lexical: float
    semantic: float


def score_claims(scorer: SupportScorer | None = None) -> list[Scored]:
    scorer = scorer or SupportScorer()
    rows = []
    for index, conversation in enumerate(load_scripted()):
        for claim in conversation.claims:
            cited = [conversation.transcript.get(i).text for i in claim.cites]
            support = scorer.score(claim.text, cited)
            kind = claim.planted or ("paraphrase" if claim.paraphrase else "close")
            rows.append(Scored(index, claim.supported, kind, support.lexical, support.semantic))
    return rows


def kept_rates(keep: np.ndarray, supported: np.ndarray, mask: np.ndarray) -> tuple[float, float]:
    """(share of supported claims kept, share of unsupported claims kept) among ``mask``."""
    return float(keep[mask & supported].mean()), float(keep[mask & ~supported].mean())


def choose_threshold(score: np.ndarray, supported: np.ndarray, mask: np.ndarray, cap: float) -> float:
    best_threshold, best_kept = 1.0, -1.0
    for threshold in np.round(np.arange(0.20, 0.96, 0.01), 2):
        kept, wrongly_kept = kept_rates(score >= threshold, supported, mask)
        if wrongly_kept <= cap and kept > best_kept:
            best_threshold, best_kept = float(threshold), kept
    return best_threshold


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--cap", type=float, default=0.10, help="largest share of unsupported claims kept")
    args = parser.parse_args()
    rows = score_claims()
    supported = np.array([r.supported for r in rows])
    lexical = np.array([r.lexical for r in rows])
    semantic = np.array([r.semantic for r in rows])
    kinds = np.array([r.kind for r in rows])
    calibration = np.array([r.conversation % 2 == 0 for r in rows])
    everything = np.ones_like(supported)
    print(f"{len(rows)} claims ({supported.sum()} supported) in {len({r.conversation for r in rows})} conversations")
    measures = {
        "lexical": lexical,
        "semantic": semantic,
        f"{SEMANTIC_WEIGHT:.1f} x semantic + {1 - SEMANTIC_WEIGHT:.1f} x lexical": (
            SEMANTIC_WEIGHT * semantic + (1 - SEMANTIC_WEIGHT) * lexical),
    }
    print(f"\nthreshold chosen on the calibration half, at most {args.cap:.0%} of its unsupported claims kept")
    print(f"{'measure':34} {'threshold':>9} {'calibration':>19} {'held out':>19}   (supported kept / unsupported kept)")
    for name, score in measures.items():
        threshold = choose_threshold(score, supported, calibration, args.cap)
        cal = kept_rates(score >= threshold, supported, calibration)
        held = kept_rates(score >= threshold, supported, ~calibration)
        print(f"{name:34} {threshold:9.2f} {cal[0]:9.0%} / {cal[1]:6.0%} {held[0]:9.0%} / {held[1]:6.0%}")
    combined = measures[list(measures)[-1]]
    keep = combined >= THRESHOLD
    print(f"\nin use: support >= {THRESHOLD:.2f}; kept, by kind of claim (all conversations):")
    for kind in ("close", "paraphrase", "contradicted", "embellished", "fabricated", "wrong_citation"):
        mask = kinds == kind
        print(f"  {kind:15} {keep[mask].sum():3d} / {mask.sum():3d}  ({keep[mask].mean():.0%})")
    overall = kept_rates(keep, supported, everything)
    print(f"  all supported kept {overall[0]:.0%}, all unsupported kept {overall[1]:.0%}")


if __name__ == "__main__":
    main()
