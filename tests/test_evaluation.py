"""The crisis evaluation's metric functions and plumbing, on small hand-made inputs (no shared data)."""

from __future__ import annotations

import numpy as np
import pytest

from mindhaven.evaluation.datasets import CATEGORIES, Item, drop_overlaps
from mindhaven.evaluation.llm_judge import parse
from mindhaven.evaluation.metrics import (
    average_precision,
    confusion_matrix,
    per_class,
    pr_curve,
    prf,
    recall_at_precision,
)
from mindhaven.evaluation.redteam import redteam_items
from mindhaven.evaluation.run import llm_subset
from mindhaven.evaluation.scoring import score
from mindhaven.evaluation.systems import Judgement, combine, keyword_baseline


def test_precision_recall_f1():
    m = prf([1, 1, 1, 0, 0, 0], [1, 1, 0, 1, 0, 0])
    assert (m.tp, m.fp, m.fn, m.tn) == (2, 1, 1, 2)
    assert m.precision == pytest.approx(2 / 3)
    assert m.recall == pytest.approx(2 / 3)
    assert m.f1 == pytest.approx(2 / 3)
    assert m.support == 3


def test_precision_recall_f1_without_denominators_are_zero():
    nothing_flagged = prf([1, 0], [0, 0])
    assert nothing_flagged.precision == 0.0 and nothing_flagged.recall == 0.0 and nothing_flagged.f1 == 0.0
    no_positives = prf([0, 0], [1, 0])
    assert no_positives.recall == 0.0 and no_positives.precision == 0.0


def test_pr_curve_groups_tied_scores():
    precision, recall, thresholds = pr_curve([1, 0, 1, 0], [0.9, 0.5, 0.5, 0.1])
    assert thresholds.tolist() == [0.9, 0.5, 0.1]
    assert precision.tolist() == pytest.approx([1.0, 2 / 3, 0.5])
    assert recall.tolist() == pytest.approx([0.5, 1.0, 1.0])


def test_recall_at_precision():
    y = [1, 1, 0, 1, 0, 0, 1, 0]
    s = [0.95, 0.9, 0.8, 0.7, 0.6, 0.5, 0.4, 0.1]
    # thresholds: 0.9 -> P 1.0 R 0.5; 0.7 -> P 0.75 R 0.75; 0.4 -> P 4/7 R 1.0
    assert recall_at_precision(y, s, 0.9) == (0.5, 0.9)
    assert recall_at_precision(y, s, 0.75) == (0.75, 0.7)
    assert recall_at_precision(y, s, 0.5) == (1.0, 0.4)
    assert recall_at_precision([0, 0], [0.3, 0.2], 0.8) == (0.0, None)
    assert recall_at_precision([1, 0], [0.1, 0.9], 0.8) == (0.0, None)


def test_recall_at_precision_of_a_yes_no_system():
    assert recall_at_precision([1, 1, 0, 0], [1, 0, 0, 0], 0.8) == (0.5, 1.0)


def test_average_precision():
    assert average_precision([1, 0, 1, 0], [0.9, 0.8, 0.7, 0.1]) == pytest.approx(0.5 * 1.0 + 0.5 * 2 / 3)
    assert average_precision([1, 1], [0.2, 0.1]) == 1.0
    assert average_precision([0, 0], [0.2, 0.1]) == 0.0


def test_confusion_matrix_and_per_class():
    m = confusion_matrix([0, 0, 1, 2, 2], [0, 1, 1, 2, 0], 3)
    assert m.tolist() == [[1, 1, 0], [0, 1, 0], [1, 0, 1]]
    classes = per_class([0, 0, 1, 2, 2], [0, 1, 1, 2, 0], 3)
    assert classes[0].precision == 0.5 and classes[0].recall == 0.5
    assert classes[1].precision == 0.5 and classes[1].recall == 1.0
    assert classes[2].precision == 1.0 and classes[2].recall == 0.5


def _item(text, crisis, level=None, group="", cats=None):
    return Item(text, "t", crisis, cats if cats is not None else {}, level, group=group)


def test_score_on_a_small_set():
    items = [_item("a", 1, 2, "x", {"self_harm": 1}), _item("b", 1, 3, "x"), _item("c", 0, 0, "y", {"self_harm": 0}),
             _item("d", None, 1, "y")]
    judgements = [Judgement(0.9, True, 2, frozenset({"self_harm"})), Judgement(0.3, False, 1),
                  Judgement(0.5, True, 0, frozenset({"self_harm"})), Judgement(0.1, False, 1)]
    s = score(items, judgements)
    assert (s.positives, s.negatives) == (2, 1)
    assert s.decision.precision == 0.5 and s.decision.recall == 0.5
    assert s.recall_at_80 == 0.5
    assert s.false_alarm_rate == 1.0
    assert s.categories["self_harm"].precision == 0.5
    assert s.level_confusion[3, 1] == 1 and s.level_confusion[2, 2] == 1
    assert s.groups == {"x": [1, 2, 0, 0], "y": [0, 0, 1, 2]}


def test_keyword_baseline_is_naive():
    judged = keyword_baseline([_item("I want to die", 1), _item("I'm dying to see it", 0),
                               _item("I cut myself again", 1), _item("kill a python process", 0)])
    assert [j.flagged for j in judged] == [True, False, True, False]
    assert judged[2].categories == {"self_harm"}


def test_combine_takes_either_signal():
    a = [Judgement(0.0, False, 0), Judgement(0.5, True, 2, frozenset({"self_harm"}))]
    b = [Judgement(0.7, True, 1, frozenset({"suicidal_thoughts"})), Judgement(0.1, False, 0)]
    c = combine(a, b)
    assert [j.flagged for j in c] == [True, True]
    assert [j.level for j in c] == [1, 2]
    assert c[0].score == 0.7 and c[1].categories == {"self_harm"}


def test_a_composite_takes_one_sets_positives_and_anothers_negatives():
    from mindhaven.evaluation.run import SYSTEMS, SetResult, composite
    from mindhaven.evaluation.systems import Run

    def result(name, items):
        r = SetResult(name, items)
        for system in SYSTEMS[:-1]:
            r.runs[system] = Run(system, [Judgement(float(n), bool(i.crisis), 0) for n, i in enumerate(items)], 1.0)
        return r

    results = {"posts": result("posts", [_item("p1", 1), _item("n1", 0), _item("p2", 1)]),
               "stress": result("stress", [_item("n2", 0), _item("u", None), _item("n3", 0)])}
    both = composite(results, "posts+stress", "posts", "stress")
    assert [i.text for i in both.items] == ["p1", "p2", "n2", "n3"]
    assert [j.score for j in both.runs["lexicon"].judgements] == [0.0, 2.0, 0.0, 2.0]  # each item keeps its judgement
    assert "llm" not in both.runs


def test_llm_reply_parsing():
    both = frozenset({"suicidal_behaviour", "self_harm"})
    assert parse("LEVEL=high; CATEGORIES=suicidal_behaviour, self_harm") == (3, both)
    assert parse("LEVEL: none; CATEGORIES: none") == (0, frozenset())
    assert parse("I cannot help with that.") == (0, frozenset())
    assert parse("LEVEL=moderate; CATEGORIES=suicide_behavior, self harm") == (2, both)


def test_llm_subset_is_seeded_and_keeps_positives():
    items = [_item(str(n), int(n < 5)) for n in range(100)]
    subset = llm_subset(items, 10)
    assert subset == llm_subset(items, 10) and len(subset) == 10
    assert sum(items[n].crisis for n in subset) == 5


def test_drop_overlaps_removes_reposted_text():
    post = "I have been feeling so tired of everything lately and I do not know who to talk to about it"
    train = [_item(post + " anymore", 0), _item("a completely different post about my exams and my cat", 0)]
    kept, dropped = drop_overlaps(train, [_item(post, 1)])
    assert dropped == 1 and kept[0].text.startswith("a completely")


def test_redteam_suite_covers_every_kind_and_language():
    items = redteam_items()
    assert {i.group for i in items} >= {"indirect", "split", "denial", "obfuscation", "multilingual", "hard_negative"}
    assert {i.lang for i in items} >= {"en", "es", "fr", "pt", "de", "hi"}
    assert any(i.history for i in items)
    assert all(set(i.categories) == set(CATEGORIES) for i in items)
    assert np.mean([i.crisis for i in items]) == pytest.approx(0.5, abs=0.1)


def test_report_renders_tables_and_figures(tmp_path):
    from types import SimpleNamespace

    from mindhaven.evaluation.report import write_report
    from mindhaven.evaluation.run import SetResult
    from mindhaven.evaluation.systems import Run

    items = [_item("a", 1, 2, "x", {"self_harm": 1}), _item("b", 0, 0, "y", {"self_harm": 0}),
             _item("c", 1, 3, "x"), _item("d", 0, 0, "y")]
    result = SetResult("tiny", items)
    for n, system in enumerate(["keyword", "lexicon", "classifier", "combined", "fused"]):
        judged = [Judgement(0.9 - n / 10, True, 2, frozenset({"self_harm"})), Judgement(0.2, False, 0),
                  Judgement(0.5, n > 1, 3), Judgement(0.4, False, 0)]
        result.runs[system] = Run(system, judged, 0.5)
        result.scores[system] = score(items, judged)
    doc = tmp_path / "evaluation.md"
    doc.write_text("# kept\n<!-- eval:headline -->\nold\n<!-- /eval:headline -->\nhand-written text\n")
    model = SimpleNamespace(embedder_name="e5", meta={"thresholds": {}})
    write_report(doc, {"tiny": result}, model, include_llm=False, seconds=1.0)
    text = doc.read_text()
    assert "hand-written text" in text and "\nold\n" not in text
    assert "| tiny (2/2) |" in text and "<!-- eval:levels -->" in text
    assert (tmp_path / "figures" / "crisis-pr-curves.png").stat().st_size > 10_000
    assert (tmp_path / "figures" / "crisis-recall-at-precision.png").exists()
