"""Grounded conversation summaries: parsing the model's text, the grounding check, the output check."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import numpy as np
import pytest
from fakes import ScriptedBackend

from mindhaven.llm.base import Backend, GenerationRequest, Health
from mindhaven.summaries import (
    DropReason,
    NumberedMessage,
    Section,
    Speaker,
    SummaryLimits,
    SummaryUnavailable,
    Transcript,
    check_draft,
    draft_summary,
)
from mindhaven.summaries.calibrate import kept_rates, score_claims
from mindhaven.summaries.output_check import WITHHELD
from mindhaven.summaries.parse import citation_ids, parse_draft
from mindhaven.summaries.prompt import build_prompt
from mindhaven.summaries.scripted import load_scripted
from mindhaven.summaries.support import THRESHOLD, Support, SupportScorer, content_words, lexical_support

P, A, S = Speaker.PERSON, Speaker.ASSISTANT, Speaker.STAFF


def transcript(*messages: tuple[Speaker, str]) -> Transcript:
    return Transcript(tuple(NumberedMessage(i, speaker, text) for i, (speaker, text) in enumerate(messages, 1)))


CONVERSATION = transcript(
    (P, "I've felt flat and heavy for about three weeks and I stopped going to football on Thursdays."),
    (A, "That sounds draining. Have you had any thoughts of harming yourself?"),
    (P, "No, nothing like that. My friend [PERSON_1] checks in on me most days, which really helps."),
    (A, "I'm glad you have [PERSON_1]. Would a short walk together this week feel possible?"),
    (P, "Yes, I'll ask [PERSON_1] to walk with me on Saturday morning."),
    (P, "My GP put me on sertraline and I've been taking 100mg every morning since March."),
    (P, "My old counsellor's number was 0161 496 0000 but she retired."),
    (P, "My uncle committed suicide when I was twelve and I still think about him."),
    (P, "I was diagnosed with bipolar disorder two years ago."),
)


@pytest.fixture(scope="module")
def scorer() -> SupportScorer:
    return SupportScorer()


def summarise(text: str, scorer: SupportScorer, conversation: Transcript = CONVERSATION):
    backend = ScriptedBackend(text)
    return draft_summary(conversation, backend, model="scripted", scorer=scorer), backend


def only(summary, section: Section) -> list[tuple[str, tuple[int, ...]]]:
    return [(s.text, s.cites) for s in summary.sections[section]]


def dropped_for(summary, reason: DropReason) -> list[str]:
    return [d.text for d in summary.dropped if d.reason == reason]


# --- parsing -------------------------------------------------------------------------------


WELL_FORMED = """## Presenting concerns
- Has felt flat and heavy for about three weeks [m1]
- Stopped going to football on Thursdays [m1]
## Mood
- Feels flat and heavy [m1]
## Risk factors
- none
## Protective factors
- Friend [PERSON_1] checks in most days [m3]
## Techniques tried
- none
## Agreed next steps
- Will ask [PERSON_1] to walk on Saturday morning [m4, m5]
"""


def test_parses_a_well_formed_summary():
    parsed = parse_draft(WELL_FORMED)
    got = [(s.section, s.text, s.cites) for s in parsed.statements]
    assert got == [
        (Section.PRESENTING_CONCERNS, "Has felt flat and heavy for about three weeks", (1,)),
        (Section.PRESENTING_CONCERNS, "Stopped going to football on Thursdays", (1,)),
        (Section.MOOD, "Feels flat and heavy", (1,)),
        (Section.PROTECTIVE_FACTORS, "Friend [PERSON_1] checks in most days", (3,)),
        (Section.NEXT_STEPS, "Will ask [PERSON_1] to walk on Saturday morning", (4, 5)),
    ]
    assert parsed.ignored_lines == 2  # the two "none" lines


MESSY = """Sure! Here is the summary you asked for:

**Presenting Concerns:**
* Low mood for three weeks (m1).
• Stopped football [1]. Cancels plans [m1][m3]
1. Mood: flat and heavy [M1]
### RISK FACTORS
- None reported.
2) Thoughts of self-harm (messages 2 and 3)
Protective factors - friend [PERSON_1] checks in [msg 3-5]
#### Sleep
- wakes at 4am [m1]
Agreed Next Steps
- walk on Saturday m5
- something without a source
- a plan spanning everything [m1-m40]
"""


def test_parses_messy_output_and_guesses_nothing():
    parsed = parse_draft(MESSY)
    got = [(s.section, s.text, s.cites) for s in parsed.statements]
    assert got == [
        (Section.PRESENTING_CONCERNS, "Low mood for three weeks", (1,)),
        (Section.PRESENTING_CONCERNS, "Stopped football", (1,)),
        (Section.PRESENTING_CONCERNS, "Cancels plans", (1, 3)),
        (Section.MOOD, "flat and heavy", (1,)),
        (Section.RISK_FACTORS, "Thoughts of self-harm", (2, 3)),
        (Section.PROTECTIVE_FACTORS, "friend [PERSON_1] checks in", (3, 4, 5)),
        (None, "wakes at 4am", (1,)),  # under a heading that is not ours: no section is guessed
        (Section.NEXT_STEPS, "walk on Saturday", (5,)),
        (Section.NEXT_STEPS, "something without a source", ()),
        (Section.NEXT_STEPS, "a plan spanning everything", ()),  # a range that wide is not read as citations
    ]
    assert parsed.ignored_lines == 3  # the preamble, "None reported.", "#### Sleep"


def test_citation_forms():
    assert citation_ids("m3, m5") == [3, 5]
    assert citation_ids("m3-m5") == [3, 4, 5]
    assert citation_ids("messages 2 and 7") == [2, 7]
    assert citation_ids("3; 4") == [3, 4]
    parsed = parse_draft("## Mood\n- low (2 weeks) [PERSON_1] (m2)\n- tired (2)")
    assert [(s.text, s.cites) for s in parsed.statements] == [("low (2 weeks) [PERSON_1]", (2,)), ("tired (2)", ())]


def test_a_statement_is_not_mistaken_for_a_heading():
    parsed = parse_draft("## Agreed next steps\n- Plans to call [PERSON_1] [m5]\n- Risk of relapse is low [m1]")
    assert [s.section for s in parsed.statements] == [Section.NEXT_STEPS, Section.NEXT_STEPS]


# --- grounding, with a scripted model that says exactly what the test plants ---------------


PLANTED = """## Presenting concerns
- Has felt flat and heavy for about three weeks [m1]
- Has been drinking heavily every night [m3]
- Stopped going to football [m42]
- Lost their job recently
## Mood
- Has major depressive disorder [m1]
## Risk factors
- Has thoughts of harming themselves [m2]
## Protective factors
- Friend [PERSON_1] checks in on them most days [m3, m12]
## Agreed next steps
- Will ask [PERSON_1] to walk on Saturday morning [m5]
"""


def test_grounding_keeps_supported_statements_and_drops_the_rest_with_reasons(scorer):
    summary, backend = summarise(PLANTED, scorer)
    assert backend.calls == 1
    assert only(summary, Section.PRESENTING_CONCERNS) == [("Has felt flat and heavy for about three weeks", (1,))]
    # the citation of a message that does not exist is removed; the real one stays
    assert only(summary, Section.PROTECTIVE_FACTORS) == [("Friend [PERSON_1] checks in on them most days", (3,))]
    assert only(summary, Section.NEXT_STEPS) == [("Will ask [PERSON_1] to walk on Saturday morning", (5,))]
    assert only(summary, Section.MOOD) == only(summary, Section.RISK_FACTORS) == []

    assert dropped_for(summary, DropReason.NO_SUPPORT) == ["Has been drinking heavily every night"]
    assert dropped_for(summary, DropReason.UNKNOWN_CITATION) == ["Stopped going to football"]
    assert dropped_for(summary, DropReason.NO_CITATION) == ["Lost their job recently"]
    assert dropped_for(summary, DropReason.DIAGNOSIS) == ["Has major depressive disorder"]
    assert dropped_for(summary, DropReason.NOT_PERSONS_WORDS) == ["Has thoughts of harming themselves"]
    kept = summary.statements
    assert all(s.support >= THRESHOLD for s in kept)
    assert all(set(s.cites) <= {m.id for m in CONVERSATION.messages} for s in kept)


def test_a_planted_claim_citing_a_message_that_does_not_support_it_is_removed(scorer):
    text = "## Presenting concerns\n- Stopped going to football on Thursdays [m5]\n- Has been self-harming daily [m1]"
    summary, _ = summarise(text, scorer)
    assert summary.statements == ()
    assert {d.reason for d in summary.dropped} == {DropReason.NO_SUPPORT}
    assert all("support" in d.detail for d in summary.dropped)


def test_risk_factor_citing_person_and_assistant_keeps_only_the_persons_message(scorer):
    text = "## Protective factors\n- Friend [PERSON_1] checks in on them most days [m2, m3]"
    summary, _ = summarise(text, scorer)
    assert only(summary, Section.PROTECTIVE_FACTORS) == [("Friend [PERSON_1] checks in on them most days", (3,))]


def test_staff_words_are_not_evidence_about_the_person(scorer):
    conversation = transcript(
        (P, "I've had a rough week."),
        (S, "The person has a history of self-harm and lives alone."),
    )
    summary, _ = summarise("## Risk factors\n- History of self-harm and lives alone [m2]", scorer, conversation)
    assert dropped_for(summary, DropReason.NOT_PERSONS_WORDS) == ["History of self-harm and lives alone"]


def test_the_assistants_suggestions_are_not_what_the_person_tried_or_agreed(scorer):
    conversation = transcript(
        (P, "I can't sleep before my exams."),
        (A, "You could try writing tomorrow's worries on paper before bed."),
        (P, "Ok, I'll try writing them down tonight."),
        (S, "I'm [PERSON_2] from the support team; I will check in with you on Friday."),
    )
    text = """## Techniques tried
- Writes tomorrow's worries on paper before bed [m2]
## Agreed next steps
- Write tomorrow's worries on paper before bed [m2]
- Will try writing worries down tonight [m2, m3]
- [PERSON_2] from the support team will check in on Friday [m4]
"""
    summary, _ = summarise(text, scorer, conversation)
    assert only(summary, Section.NEXT_STEPS) == [
        ("Will try writing worries down tonight", (3,)),
        ("[PERSON_2] from the support team will check in on Friday", (4,)),
    ]
    assert dropped_for(summary, DropReason.NOT_PERSONS_WORDS) == [
        "Writes tomorrow's worries on paper before bed", "Write tomorrow's worries on paper before bed"]


def test_a_diagnosis_the_person_stated_themselves_is_kept(scorer):
    text = "## Presenting concerns\n- Was diagnosed with bipolar disorder two years ago [m9]\n- Is bipolar [m1]"
    summary, _ = summarise(text, scorer)
    assert only(summary, Section.PRESENTING_CONCERNS) == [("Was diagnosed with bipolar disorder two years ago", (9,))]
    assert dropped_for(summary, DropReason.DIAGNOSIS) == ["Is bipolar"]


def test_feelings_are_not_diagnoses(scorer):
    conversation = transcript((P, "I've been feeling depressed and anxious since the exams started."))
    summary, _ = summarise("## Mood\n- Feeling depressed and anxious since the exams started [m1]", scorer, conversation)
    assert len(summary.statements) == 1


def test_repeated_statements_are_dropped(scorer):
    text = "## Mood\n- Has felt flat and heavy for three weeks [m1]\n## Presenting concerns\n- has felt flat and heavy for three weeks. [m1]"
    summary, _ = summarise(text, scorer)
    assert len(summary.statements) == 1
    assert dropped_for(summary, DropReason.REPEATED) == ["has felt flat and heavy for three weeks"]


# --- the output check ---------------------------------------------------------------------


def test_every_kept_statement_passes_the_output_check(scorer):
    text = """## Presenting concerns
- Has been taking 100mg of sertraline every morning since March [m6]
- Old counsellor's number was 0161 496 0000 [m7]
- Uncle committed suicide when they were twelve [m8]
"""
    summary, _ = summarise(text, scorer)
    # supported by the messages, but a dose and an unlisted number never leave in a summary
    blocked = [d for d in summary.dropped if d.reason == DropReason.OUTPUT_CHECK]
    assert sorted(d.detail.split(":")[0] for d in blocked) == ["medication_dose", "unverified_contact"]
    assert all(d.text == WITHHELD for d in blocked)
    # the safe-messaging rewrite applies as it does in a reply
    assert only(summary, Section.PRESENTING_CONCERNS) == [("Uncle died by suicide when they were twelve", (8,))]


# --- the summary itself -------------------------------------------------------------------


def test_a_summary_is_an_unreviewed_draft_that_explains_its_removals(scorer):
    summary, _ = summarise(PLANTED, scorer)
    assert summary.reviewed is False
    assert summary.model == "scripted"
    assert summary.drafted_at.tzinfo is not None
    assert summary.shown_ids == tuple(range(1, 10))
    assert list(summary.sections) == list(Section)
    assert "1 statement removed: no support in the cited messages" in summary.removal_notes()
    two = check_draft("## Mood\n- Drinks every night [m1]\n- Plays the violin [m3]", CONVERSATION, "m", scorer)
    assert two.removal_notes() == ["2 statements removed: no support in the cited messages"]
    data = summary.as_dict()
    assert data["reviewed"] is False and data["sections"]["next_steps"][0]["cites"] == [5]


def test_the_model_sees_numbered_deidentified_messages_and_only_the_latest_that_fit(scorer):
    long = transcript(*[(P if i % 2 else A, f"Message number {i} about my week and how I slept. " * 8)
                        for i in range(1, 15)])
    prompt = build_prompt(long, lambda text: len(text) // 4 + 1, n_ctx=1500, max_tokens=200, temperature=0.1)
    shown = [m.id for m in prompt.shown.messages]
    assert shown and shown[-1] == 14 and shown[0] > 1 and shown == list(range(shown[0], 15))
    user = prompt.request.messages[-1].content
    assert f"[m{shown[0]}] " in user and "[m1] Person: Message number 1" not in user
    assert prompt.request.temperature == 0.1 and prompt.request.max_tokens == 200
    # a message cut from the prompt cannot be cited
    summary = check_draft("## Mood\n- Message number 1 about my week and how I slept [m1]", prompt.shown, "m", scorer)
    assert [d.reason for d in summary.dropped] == [DropReason.UNKNOWN_CITATION]


class FailingBackend(Backend):
    name = "failing"

    def stream(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[str]:
        raise ConnectionError("backend went away")
        yield ""  # a generator, like every backend

    def health(self) -> Health:
        return Health(False, "down")


def test_no_text_from_the_model_is_an_error_not_an_empty_summary(scorer):
    with pytest.raises(SummaryUnavailable, match="backend went away"):
        draft_summary(CONVERSATION, FailingBackend(), model="m", scorer=scorer)
    with pytest.raises(SummaryUnavailable, match="no text"):
        draft_summary(CONVERSATION, ScriptedBackend("   "), model="m", scorer=scorer)
    with pytest.raises(SummaryUnavailable, match="no messages"):
        draft_summary(Transcript(()), ScriptedBackend("x"), model="m", scorer=scorer)


# --- the support measure and the scripted conversations -----------------------------------


def test_content_words_ignore_framing_and_match_word_forms():
    assert content_words("The person reports that they stopped sleeping") == {"stop", "sleep"}
    assert lexical_support("Wants to find a counsellor", ["I'd like to find counselling again"]) == pytest.approx(2 / 3)


def test_scripted_conversations_are_varied_and_well_formed():
    conversations = load_scripted()
    assert len(conversations) >= 20 and len({c.topic for c in conversations}) >= 15
    for conversation in conversations:
        ids = [m.id for m in conversation.transcript.messages]
        assert 6 <= len(ids) <= 16 and ids == list(range(1, len(ids) + 1)), conversation.id
        for claim in conversation.claims:
            assert set(claim.cites) <= set(ids), (conversation.id, claim.text)
            if claim.supported:
                speakers = {conversation.transcript.get(i).speaker for i in claim.cites}
                assert speakers & claim.section.evidence_from, claim.text
    assert any(m.speaker == S for c in conversations for m in c.transcript.messages)


def test_the_threshold_holds_on_the_scripted_claims(scorer):
    """The figures quoted in support.py: few planted claims pass, most plainly supported ones do."""
    rows = score_claims(scorer)
    keep = np.array([Support(r.lexical, r.semantic).supported for r in rows])
    supported = np.array([r.supported for r in rows])
    close = np.array([r.kind == "close" for r in rows])
    kept_supported, kept_unsupported = kept_rates(keep, supported, np.ones_like(supported))
    assert kept_unsupported <= 0.08
    assert keep[close].mean() >= 0.70
    assert kept_supported >= 0.50


# --- a real (tiny) model ------------------------------------------------------------------


@pytest.mark.llm
def test_tiny_model_summaries_keep_only_grounded_statements(llama_backend, scorer):
    """SmolLM2-135M writes mostly junk; whatever survives must cite real messages that support it."""
    limits = SummaryLimits(max_tokens=64, n_ctx=2048, total_timeout=60.0)
    drafted = kept = 0
    for conversation in load_scripted():
        summary = draft_summary(conversation.transcript, llama_backend, model="smollm2-135m", limits=limits,
                                scorer=scorer)
        assert summary.reviewed is False and summary.model == "smollm2-135m"
        drafted += len(summary.statements) + len(summary.dropped)
        kept += len(summary.statements)
        for statement in summary.statements:
            cited = [conversation.transcript.get(i) for i in statement.cites]
            assert cited and all(m is not None for m in cited), (conversation.id, statement)
            assert all(m.speaker in statement.section.evidence_from for m in cited), (conversation.id, statement)
            assert scorer.score(statement.text, [m.text for m in cited]).supported, (conversation.id, statement)
        for dropped in summary.dropped:
            assert dropped.reason.explanation
    assert drafted > 0 and kept <= drafted
