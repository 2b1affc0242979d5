"""The validated questionnaires: published wording, scoring and bands, missing answers, invalid input,
safety flags, C-SSRS triage and skip logic, and conversational administration."""

from __future__ import annotations

import pytest

from mindhaven.instruments import ScoreStatus, get_instrument, instruments, next_item, parse_reply, score
from mindhaven.turn.types import RiskLevel

FREQUENCY = [(0, "Not at all"), (1, "Several days"), (2, "More than half the days"), (3, "Nearly every day")]


def answers_totalling(key: str, total: int) -> dict[str, int]:
    """Answers to every scored item of ``key`` adding up to ``total``, the first items taking the most."""
    inst = get_instrument(key)
    answers = {}
    left = total
    for item in inst.scored_items:
        answers[item.link_id] = min(3, left)
        left -= answers[item.link_id]
    assert left == 0
    return answers


def phq9(*values: int | None) -> dict[str, int | None]:
    return {f"phq9-{n}": v for n, v in enumerate(values, start=1)}


# --- the definitions ---------------------------------------------------------------------


def test_the_registry_holds_every_instrument():
    assert list(instruments()) == ["phq9", "gad7", "phq2", "gad2", "cssrs-screener"]
    assert [len(i.scored_items) for i in instruments().values()] == [9, 7, 2, 2, 7]


@pytest.mark.parametrize("key", ["phq9", "gad7", "phq2", "gad2"])
def test_frequency_items_have_the_published_answers_and_values(key):
    for item in get_instrument(key).scored_items:
        assert [(o.value, o.text) for o in item.options] == FREQUENCY
        assert [o.coding.code for o in item.options] == ["LA6568-5", "LA6569-3", "LA6570-1", "LA6571-9"]


def test_phq9_wording_is_the_published_wording():
    inst = get_instrument("phq9")
    assert inst.stem == "Over the last 2 weeks, how often have you been bothered by any of the following problems?"
    assert inst.item("phq9-1").text == "Little interest or pleasure in doing things"
    assert inst.item("phq9-9").text == "Thoughts that you would be better off dead or of hurting yourself in some way"
    difficulty = inst.item("phq9-difficulty")
    assert not difficulty.scored and not difficulty.required
    assert [o.text for o in difficulty.options] == [
        "Not difficult at all", "Somewhat difficult", "Very difficult", "Extremely difficult",
    ]
    assert "No permission required to reproduce, translate, display or distribute" in inst.copyright


def test_gad7_and_cssrs_wording():
    assert get_instrument("gad7").item("gad7-7").text == "Feeling afraid, as if something awful might happen"
    cssrs = get_instrument("cssrs-screener")
    assert cssrs.item("cssrs-1").text == (
        "Have you wished you were dead or wished you could go to sleep and not wake up?"
    )
    assert cssrs.item("cssrs-6-recent").text == "Was this within the past 3 months?"
    assert [(o.value, o.text) for o in cssrs.item("cssrs-2").options] == [(1, "Yes"), (0, "No")]


# --- scoring and bands -------------------------------------------------------------------


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "moderately severe"), (19, "moderately severe"), (20, "severe"), (27, "severe"),
])
def test_phq9_bands_at_every_boundary(total, band):
    result = score("phq9", answers_totalling("phq9", total))
    assert (result.total, result.band, result.status) == (total, band, ScoreStatus.COMPLETE)
    assert result.complete and not result.prorated
    assert result.positive_screen is (total >= 10)


def test_phq9_hand_computed_example():
    # 0+1+2+3+0+1+2+3+0 = 12: moderate
    result = score("phq9", phq9(0, 1, 2, 3, 0, 1, 2, 3, 0))
    assert (result.total, result.band, result.crisis) == (12, "moderate", False)


@pytest.mark.parametrize(("total", "band"), [
    (0, "minimal"), (4, "minimal"), (5, "mild"), (9, "mild"), (10, "moderate"), (14, "moderate"),
    (15, "severe"), (21, "severe"),
])
def test_gad7_bands_at_every_boundary(total, band):
    result = score("gad7", answers_totalling("gad7", total))
    assert (result.total, result.band, result.status) == (total, band, ScoreStatus.COMPLETE)
    assert result.positive_screen is (total >= 10)
    assert not result.crisis and result.risk_level is RiskLevel.NONE


@pytest.mark.parametrize("key", ["phq2", "gad2"])
@pytest.mark.parametrize(("answers", "total", "positive"), [
    ((0, 0), 0, False), ((1, 1), 2, False), ((2, 0), 2, False), ((1, 2), 3, True), ((3, 0), 3, True), ((3, 3), 6, True),
])
def test_two_item_screens_are_positive_from_3(key, answers, total, positive):
    result = score(key, {f"{key}-1": answers[0], f"{key}-2": answers[1]})
    assert (result.total, result.positive_screen) == (total, positive)
    assert result.band == ("positive screen" if positive else "negative screen")
    assert result.follow_up == ({"phq2": "phq9", "gad2": "gad7"}[key] if positive else None)


def test_the_difficulty_question_does_not_count():
    answers = answers_totalling("phq9", 7)
    assert score("phq9", answers | {"phq9-difficulty": 3}).total == 7


# --- missing answers ---------------------------------------------------------------------


def test_phq9_one_missing_item_is_prorated():
    # 8 items answered "More than half the days": 16 * 9 / 8 = 18
    result = score("phq9", phq9(2, 2, 2, 2, 2, 2, 2, 2, None))
    assert (result.total, result.band, result.status) == (18, "moderately severe", ScoreStatus.PRORATED)
    assert result.prorated and not result.complete
    assert result.missing == ("phq9-9",)


def test_phq9_two_missing_items_are_prorated_rounding_halves_up():
    # 7 items summing to 7: 7 * 9 / 7 = 9
    assert score("phq9", phq9(1, 1, 1, 1, 1, 1, 1)).total == 9
    # 8 items summing to 4: 4 * 9 / 8 = 4.5, which rounds to 5 (mild, not minimal)
    result = score("phq9", phq9(1, 1, 1, 1, 0, 0, 0, 0))
    assert (result.total, result.band) == (5, "mild")


def test_phq9_three_missing_items_are_not_scored():
    result = score("phq9", phq9(3, 3, 3, 3, 3, 3))
    assert result.status is ScoreStatus.INCOMPLETE and result.status == "incomplete"
    assert (result.total, result.band, result.positive_screen) == (None, None, None)
    assert result.missing == ("phq9-7", "phq9-8", "phq9-9")


@pytest.mark.parametrize("key", ["gad7", "phq2", "gad2"])
def test_instruments_without_a_published_rule_are_incomplete_with_any_item_missing(key):
    answers = answers_totalling(key, 3)
    answers.pop(next(iter(answers)))
    result = score(key, answers)
    assert (result.status, result.total, result.band) == (ScoreStatus.INCOMPLETE, None, None)


def test_none_means_not_answered():
    assert score("gad7", {"gad7-1": None}).missing == tuple(f"gad7-{n}" for n in range(1, 8))


# --- invalid input -----------------------------------------------------------------------


@pytest.mark.parametrize("value", [4, -1, 7])
def test_out_of_range_values_name_the_item(value):
    with pytest.raises(ValueError, match=r"PHQ-9 item phq9-3: .* not one of its answers"):
        score("phq9", phq9(0, 0, value))


@pytest.mark.parametrize("value", ["2", 2.0, True, [1]])
def test_values_that_are_not_whole_numbers_name_the_item(value):
    with pytest.raises(ValueError, match="GAD-7 item gad7-2: the answer must be a whole number"):
        score("gad7", {"gad7-1": 1, "gad7-2": value})


def test_unknown_items_and_instruments_are_named():
    with pytest.raises(ValueError, match="PHQ-9 has no item 'phq9-10'"):
        score("phq9", {"phq9-10": 1})
    with pytest.raises(ValueError, match="PHQ-2 has no item 'phq9-1'"):
        score("phq2", {"phq9-1": 1})
    with pytest.raises(ValueError, match="unknown instrument 'bdi'"):
        score("bdi", {})


def test_a_yes_no_item_takes_only_yes_or_no():
    with pytest.raises(ValueError, match="cssrs-1: 2 is not one of its answers"):
        score("cssrs-screener", {"cssrs-1": 2})


# --- safety flags ------------------------------------------------------------------------


def test_phq9_item_9_not_at_all_is_no_crisis():
    result = score("phq9", phq9(3, 3, 3, 3, 3, 3, 3, 3, 0))
    assert (result.crisis, result.risk_level, result.band) == (False, RiskLevel.NONE, "severe")


@pytest.mark.parametrize(("item9", "level"), [(1, RiskLevel.MODERATE), (2, RiskLevel.HIGH), (3, RiskLevel.HIGH)])
def test_phq9_item_9_above_not_at_all_is_a_crisis_whatever_the_total(item9, level):
    result = score("phq9", phq9(0, 0, 0, 0, 0, 0, 0, 0, item9))
    assert result.crisis is True
    assert result.risk_level is level
    assert result.band == "minimal"
    assert result.follow_up == "cssrs-screener"
    assert "item 9" in result.reasons[0]


def test_item_9_is_a_crisis_even_when_the_rest_is_missing():
    result = score("phq9", {"phq9-9": 2})
    assert (result.status, result.crisis, result.risk_level) == (ScoreStatus.INCOMPLETE, True, RiskLevel.HIGH)


def test_item_9_unanswered_is_reported_not_read_as_no():
    result = score("phq9", phq9(1, 1, 1, 1, 1, 1, 1, 1, None))
    assert (result.crisis, result.risk_level) == (False, RiskLevel.NONE)
    assert any("phq9-9 not answered" in r for r in result.reasons)
    assert result.follow_up == "cssrs-screener"


# --- C-SSRS screener triage --------------------------------------------------------------


def cssrs(q1=0, q2=0, q3=None, q4=None, q5=None, q6=0, recent=None) -> dict[str, int | None]:
    return {"cssrs-1": q1, "cssrs-2": q2, "cssrs-3": q3, "cssrs-4": q4, "cssrs-5": q5, "cssrs-6": q6,
            "cssrs-6-recent": recent}


@pytest.mark.parametrize(("answers", "level", "band"), [
    (cssrs(), RiskLevel.NONE, "no risk"),
    (cssrs(q1=1), RiskLevel.LOW, "low risk"),
    (cssrs(q1=1, q2=1, q3=0, q4=0, q5=0), RiskLevel.LOW, "low risk"),
    (cssrs(q2=1, q3=0, q4=0, q5=0), RiskLevel.LOW, "low risk"),
    (cssrs(q1=1, q2=1, q3=1, q4=0, q5=0), RiskLevel.MODERATE, "moderate risk"),
    (cssrs(q6=1, recent=0), RiskLevel.MODERATE, "moderate risk"),
    (cssrs(q1=1, q6=1, recent=0), RiskLevel.MODERATE, "moderate risk"),
    (cssrs(q1=1, q2=1, q3=1, q4=1, q5=0), RiskLevel.HIGH, "high risk"),
    (cssrs(q1=1, q2=1, q3=0, q4=0, q5=1), RiskLevel.HIGH, "high risk"),
    (cssrs(q6=1, recent=1), RiskLevel.HIGH, "high risk"),
    (cssrs(q1=1, q2=1, q3=1, q4=0, q5=0, q6=1, recent=1), RiskLevel.HIGH, "high risk"),
])
def test_cssrs_triage_paths(answers, level, band):
    result = score("cssrs-screener", answers)
    assert result.status is ScoreStatus.COMPLETE
    assert (result.risk_level, result.band, result.total) == (level, band, None)
    assert result.crisis is (level > RiskLevel.NONE)
    assert result.positive_screen is (level > RiskLevel.NONE)
    assert len(result.reasons) == sum(1 for k, v in answers.items() if v == 1 and k != "cssrs-6-recent")


def test_cssrs_questions_3_to_5_are_skipped_when_question_2_is_no():
    result = score("cssrs-screener", {"cssrs-1": 1, "cssrs-2": 0, "cssrs-6": 0})
    assert result.complete and result.missing == ()
    assert next_item("cssrs-screener", {"cssrs-1": 1, "cssrs-2": 0}).link_id == "cssrs-6"
    for link_id in ("cssrs-3", "cssrs-4", "cssrs-5"):
        with pytest.raises(ValueError, match=f"{link_id} is not asked .* cssrs-2 is Yes"):
            score("cssrs-screener", {"cssrs-1": 1, "cssrs-2": 0, link_id: 0, "cssrs-6": 0})


def test_cssrs_questions_3_to_5_are_required_when_question_2_is_yes():
    result = score("cssrs-screener", {"cssrs-1": 0, "cssrs-2": 1, "cssrs-6": 0})
    assert result.status is ScoreStatus.INCOMPLETE
    assert result.missing == ("cssrs-3", "cssrs-4", "cssrs-5")
    assert (result.risk_level, result.band) == (RiskLevel.LOW, "low risk")  # what it shows so far


def test_cssrs_behaviour_of_unknown_recency_is_read_as_recent():
    result = score("cssrs-screener", cssrs(q6=1))
    assert (result.status, result.risk_level, result.crisis) == (ScoreStatus.INCOMPLETE, RiskLevel.HIGH, True)
    assert result.missing == ("cssrs-6-recent",)


def test_cssrs_recency_is_asked_only_after_behaviour():
    with pytest.raises(ValueError, match="cssrs-6-recent is not asked"):
        score("cssrs-screener", cssrs(q6=0, recent=1))


def test_incomplete_cssrs_never_says_no_risk():
    result = score("cssrs-screener", {"cssrs-1": 0})
    assert (result.band, result.positive_screen, result.crisis) == (None, None, False)
    assert result.status == "incomplete"


# --- conversational administration -------------------------------------------------------


def test_next_item_walks_the_phq9_in_order_and_asks_difficulty_only_after_a_problem():
    answers: dict[str, int] = {}
    asked = []
    while (item := next_item("phq9", answers)) is not None:
        asked.append(item.link_id)
        answers[item.link_id] = 0
    assert asked == [f"phq9-{n}" for n in range(1, 10)]
    assert next_item("phq9", phq9(0, 0, 0, 0, 1, 0, 0, 0, 0)).link_id == "phq9-difficulty"


@pytest.mark.parametrize(("answers", "expected"), [
    ({}, "cssrs-1"),
    ({"cssrs-1": 0}, "cssrs-2"),
    ({"cssrs-1": 0, "cssrs-2": 0}, "cssrs-6"),
    ({"cssrs-1": 1, "cssrs-2": 1}, "cssrs-3"),
    ({"cssrs-1": 1, "cssrs-2": 1, "cssrs-3": 0, "cssrs-4": 0, "cssrs-5": 0}, "cssrs-6"),
    ({"cssrs-1": 0, "cssrs-2": 0, "cssrs-6": 1}, "cssrs-6-recent"),
    ({"cssrs-1": 0, "cssrs-2": 0, "cssrs-6": 0}, None),
])
def test_next_item_follows_the_cssrs_skip_logic(answers, expected):
    item = next_item("cssrs-screener", answers)
    assert (item.link_id if item else None) == expected


@pytest.mark.parametrize(("reply", "value"), [
    ("Not at all", 0), ("not at all.", 0), ("never", 0), ("0", 0), ("zero", 0),
    ("several days", 1), ("Several days!", 1), ("1", 1), ("a few days", 1),
    ("more than half the days", 2), ("2", 2), ("most days", 2), ("um, more than half the days I think", 2),
    ("nearly every day", 3), ("Nearly every day", 3), ("every day", 3), ("3", 3), ("three", 3),
    ("4", None), ("not every day", None), ("I don't know", None), ("", None), ("yes", None), ("several", None),
])
def test_parse_reply_to_a_frequency_item(reply, value):
    assert parse_reply(get_instrument("phq9").item("phq9-1"), reply) == value


@pytest.mark.parametrize(("reply", "value"), [
    ("yes", 1), ("Yes.", 1), ("yeah", 1), ("yep", 1), ("Yes, I have", 1), ("1", 1),
    ("no", 0), ("No.", 0), ("nope", 0), ("nah", 0), ("no I haven't", 0), ("0", 0),
    ("maybe", None), ("I'd rather not say", None), ("2", None), ("not at all sure", None),
])
def test_parse_reply_to_a_yes_no_item(reply, value):
    assert parse_reply(get_instrument("cssrs-screener").item("cssrs-2"), reply) == value


def test_a_whole_conversation_scores_like_the_form():
    replies = iter(["several days", "nope", "Nearly every day", "2", "not at all", "a few days", "3", "0", "never",
                    "not at all", "somewhat difficult"])
    answers: dict[str, int] = {}
    while (item := next_item("phq9", answers)) is not None:
        value = parse_reply(item, next(replies))
        if value is None:  # "nope" is no frequency: asked again
            value = parse_reply(item, next(replies))
        answers[item.link_id] = value
    result = score("phq9", answers)
    assert answers["phq9-difficulty"] == 1
    assert (result.total, result.band, result.crisis) == (1 + 3 + 2 + 0 + 1 + 3 + 0 + 0 + 0, "moderate", False)
