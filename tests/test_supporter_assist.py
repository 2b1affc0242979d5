"""Suggested replies for peer supporters: phrasing flags on a draft, an empathic rewrite, authorship."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from mindhaven.llm.base import Backend, BackendError, GenerationRequest
from mindhaven.privacy.analyzer import get_analyzer
from mindhaven.runtime import build_assessor
from mindhaven.supporter_assist.authorship import AI_ASSISTED_NOTICE, Authorship, mark_reply
from mindhaven.supporter_assist.checks import DraftFlagger
from mindhaven.supporter_assist.prompt import ASK_ABOUT_SAFETY
from mindhaven.supporter_assist.rewrite import NO_SUGGESTION_NOW, ReplyAssistant, RewriteLimits, tidy
from mindhaven.supporter_assist.types import Flag, FlagKind, Suggestion
from mindhaven.turn.check_output import allowed_from
from fakes import RecordingBackend, ScriptedBackend

EXAMPLES = Path(__file__).resolve().parents[1] / "mindhaven" / "supporter_assist" / "examples.jsonl"


@pytest.fixture(scope="module")
def assessor():
    return build_assessor()


@pytest.fixture(scope="module")
def allowed(directory):
    return allowed_from(directory)


@pytest.fixture(scope="module")
def flagger(assessor, allowed) -> DraftFlagger:
    return DraftFlagger(assessor, allowed)


@pytest.fixture(scope="module")
def analyzer():
    return get_analyzer()


def kinds(flagger: DraftFlagger, draft: str, person: list[str] | None = None) -> set[FlagKind]:
    return {f.kind for f in flagger.flags(draft, person or [])}


# --- phrasing flags, one concern at a time ---------------------------------------------------

FLAGGED = [
    (FlagKind.MINIMISING, "It's not that bad, you'll get through it."),
    (FlagKind.MINIMISING, "I know it hurts but others have it so much worse."),
    (FlagKind.MINIMISING, "Just cheer up, tomorrow is a new day!"),
    (FlagKind.MINIMISING, "You'll get over it, breakups always feel like this."),
    (FlagKind.MINIMISING, "At least you still have your job."),
    (FlagKind.MINIMISING, "Everyone feels that way sometimes."),
    (FlagKind.ADVICE, "You should talk to your manager about it."),
    (FlagKind.ADVICE, "You need to get more sleep."),
    (FlagKind.ADVICE, "Why don't you go for a run?"),
    (FlagKind.ADVICE, "Just try to think about something else."),
    (FlagKind.ADVICE, "Have you tried meditation?"),
    (FlagKind.JUDGING, "Posting that was kind of attention seeking."),
    (FlagKind.JUDGING, "You're being crazy about this."),
    (FlagKind.JUDGING, "Hurting yourself is selfish."),
    (FlagKind.JUDGING, "My cousin committed suicide last year."),
    (FlagKind.JUDGING, "Your ex sounds like a total psycho."),
    (FlagKind.SECRECY, "I won't tell anyone."),
    (FlagKind.SECRECY, "This stays between us, I promise."),
    (FlagKind.DIAGNOSING, "You have depression, it's obvious."),
    (FlagKind.DIAGNOSING, "Sounds like bipolar to me."),
    (FlagKind.IDENTIFIER, "You can text me any time on 07700 900321."),
    (FlagKind.IDENTIFIER, "Check out www.my-healing-journey.com, it helped me."),
]

NOT_FLAGGED = [
    # negation and disowning
    (FlagKind.MINIMISING, "I'm not saying it's not that bad. It sounds really painful."),
    (FlagKind.MINIMISING, "I'm not saying it's not bad, it sounds awful."),
    (FlagKind.MINIMISING, "When people tell you to just cheer up, it can feel like they aren't listening."),
    (FlagKind.MINIMISING, "I don't want to say 'it could be worse' because that doesn't help."),
    (FlagKind.MINIMISING, "You don't have to cheer up for my sake."),
    (FlagKind.MINIMISING, "You're not alone in feeling like this, and it makes sense that you do."),
    (FlagKind.MINIMISING, "You've been feeling this for at least a month now, haven't you?"),
    # praise, empathic guesses, conditions, reflections: not advice
    (FlagKind.ADVICE, "You should be proud of yourself for reaching out."),
    (FlagKind.ADVICE, "You must be exhausted after a week like that."),
    (FlagKind.ADVICE, "You shouldn't have to deal with that on your own."),
    (FlagKind.ADVICE, "If you need to talk later, I'm here."),
    (FlagKind.ADVICE, "It sounds like you feel you have to be strong for everyone."),
    (FlagKind.ADVICE, "Do you feel like you need to take a break from it all?"),
    (FlagKind.ADVICE, "I'm not going to tell you what you should do."),
    (FlagKind.ADVICE, "Have you tried to hurt yourself?"),
    (FlagKind.ADVICE, "Tell me more about what happened."),
    # reassurance that negates the label
    (FlagKind.JUDGING, "You're not crazy for feeling this way."),
    (FlagKind.JUDGING, "It's not your fault that he treated you like that."),
    (FlagKind.JUDGING, "Reaching out isn't attention seeking, it's brave."),
    (FlagKind.JUDGING, "That sounds crazy stressful, I'm sorry."),
    # an honest, qualified promise
    (FlagKind.SECRECY, "I can't promise I won't tell anyone if I'm worried about your safety."),
    (FlagKind.SECRECY, "What you share stays private unless I'm worried about your safety."),
    # asking, reporting
    (FlagKind.DIAGNOSING, "Do you think you might have ADHD?"),
    (FlagKind.DIAGNOSING, "You mentioned your doctor said you have bipolar. How has that been?"),
    (FlagKind.DIAGNOSING, "I can't say whether you have depression, but you've been low a long time."),
    # verified contacts, dates and times
    (FlagKind.IDENTIFIER, "Samaritans are there any time on 116 123, and samaritans.org has more."),
    (FlagKind.IDENTIFIER, "We talked on 2024-05-01. I'll be around until 10.30 tonight."),
]


@pytest.mark.parametrize(("kind", "draft"), FLAGGED)
def test_each_concern_is_flagged(flagger, kind, draft):
    assert kind in kinds(flagger, draft)


@pytest.mark.parametrize(("kind", "draft"), NOT_FLAGGED)
def test_negated_praising_and_reported_phrasing_is_not_flagged(flagger, kind, draft):
    assert kind not in kinds(flagger, draft)


def test_a_warm_draft_has_no_flags(flagger):
    draft = "That sounds really painful. I'm here with you. What's been the hardest part?"
    assert flagger.flags(draft, ["my exams start next week and I can't focus"]) == []


def test_a_flag_points_at_its_words_and_says_what_to_do(flagger):
    draft = "Honestly, it\u2019s not that bad. You should go for a walk."  # a curly apostrophe, as phones type it
    flags = flagger.flags(draft)
    assert [f.kind for f in flags] == [FlagKind.MINIMISING, FlagKind.ADVICE]
    for flag in flags:
        assert draft[flag.start : flag.end] == flag.phrase
        assert flag.reason and flag.suggestion
    assert flags[1].gentle and not flags[0].gentle
    assert flags[0].phrase == "it\u2019s not that bad"


def test_stigmatising_suicide_wording_suggests_the_safe_phrase(flagger):
    (flag,) = flagger.flags("My uncle committed suicide.")
    assert flag.kind == FlagKind.JUDGING and "died by suicide" in flag.suggestion


def test_identifiers_use_the_output_checks_own_rule(flagger):
    flags = flagger.flags("Call me on 07700 900123, or write to sam@example.com. Samaritans: 116 123.")
    assert [f.phrase for f in flags] == ["07700 900123", "sam@example.com"]
    assert flags[0].reason == "a phone number not in the verified directory"  # guard.rules wording
    assert all(f.kind == FlagKind.IDENTIFIER for f in flags)


# --- missed risk cues, read by the project's own assessor ------------------------------------


def test_a_draft_that_passes_over_a_risk_cue_is_flagged_with_the_cue(flagger):
    person = ["I've been thinking about ending it"]
    flags = flagger.flags("have you tried going for a walk?", person)
    cue = next(f for f in flags if f.kind == FlagKind.MISSED_RISK_CUE)
    assert cue.phrase == "thinking about ending it"  # the person's own words
    assert "thinking about ending it" in cue.reason
    assert "suicide" in cue.suggestion
    assert cue.start == cue.end == len("have you tried going for a walk?")


@pytest.mark.parametrize(
    "draft",
    [
        "that sounds so heavy \u2014 are you thinking about suicide?",
        "When you say ending it, do you mean ending your life?",
        "I'm really worried about you. Are you safe right now?",
    ],
)
def test_a_draft_that_asks_about_safety_or_names_the_risk_is_not_flagged(flagger, draft):
    assert FlagKind.MISSED_RISK_CUE not in kinds(flagger, draft, ["I've been thinking about ending it"])


def test_risk_cues_in_earlier_messages_and_other_languages_count(flagger):
    person = ["I want to die", "sorry, just a bad day"]
    assert FlagKind.MISSED_RISK_CUE in kinds(flagger, "No need to be sorry. What made today bad?", person)
    assert FlagKind.MISSED_RISK_CUE not in kinds(flagger, "Earlier you said you want to die. Are you safe?", person)
    assert FlagKind.MISSED_RISK_CUE in kinds(flagger, "Lo siento. ¿Qué pasó hoy?", ["no quiero vivir más"])
    assert FlagKind.MISSED_RISK_CUE not in kinds(flagger, "Lo siento. ¿Estás pensando en suicidarte?",
                                                 ["no quiero vivir más"])


def test_moderate_risk_of_another_kind_asks_about_safety(flagger):
    person = ["my boyfriend hits me when he's drunk"]
    (flag,) = [f for f in flagger.flags("How long have you been together?", person)]
    assert flag.kind == FlagKind.MISSED_RISK_CUE and "Are you safe right now?" in flag.suggestion
    assert flagger.flags("I'm so sorry he hurts you. Are you safe at home right now?", person) == []


def test_no_risk_no_cue(flagger):
    assert flagger.flags("That sounds draining. What happened?", ["I had a rough day at work"]) == []
    assert flagger.flags("Haha, where are you heading?", ["this traffic is killing me lol"]) == []


def test_the_classifiers_indirect_cue_is_flagged_as_uncertain_and_can_be_switched_off(assessor, allowed):
    person = ["I've got the pills saved up"]
    (flag,) = DraftFlagger(assessor, allowed).flags("What kind of pills are they?", person)
    assert flag.kind == FlagKind.MISSED_RISK_CUE and "often wrong" in flag.reason
    assert DraftFlagger(assessor, allowed, indirect_cues=False).flags("What kind of pills are they?", person) == []


# --- the rewrite -------------------------------------------------------------------------------


class SpyBackend(RecordingBackend):
    """Answers with a fixed text and keeps every request, as a hosted model would receive it."""

    name = "spy"

    def __init__(self, reply: str):
        super().__init__(ScriptedBackend(reply, piece=5))

    def prompt(self) -> str:
        return self.seen_text()


class FailingBackend(SpyBackend):
    def stream(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[str]:
        self.requests.append(request)
        raise BackendError("connection refused")


class HangingBackend(SpyBackend):
    def stream(self, request: GenerationRequest, cancel: threading.Event) -> Iterator[str]:
        self.requests.append(request)
        cancel.wait(30)
        yield from ()


def assistant(backend: Backend, analyzer, flagger, allowed, **limits) -> ReplyAssistant:
    return ReplyAssistant(backend, analyzer, flagger, allowed, RewriteLimits(**limits))


GOOD_REWRITE = "It sounds like you're carrying so much right now. What has this week been like for you?"
PERSON = ["my exams start next week and I can't focus on anything", "everyone else seems fine and I'm falling apart"]
DRAFT = "Don't worry, everyone feels that way. You should make a timetable."


def test_a_good_rewrite_is_offered_with_the_flags_on_the_draft(analyzer, flagger, allowed):
    backend = SpyBackend(GOOD_REWRITE)
    suggestion = assistant(backend, analyzer, flagger, allowed).suggest(DRAFT, PERSON)
    assert suggestion == Suggestion(GOOD_REWRITE, "", suggestion.flags_on_draft, "spy")
    assert suggestion.offered
    assert {f.kind for f in suggestion.flags_on_draft} == {FlagKind.MINIMISING, FlagKind.ADVICE}
    (request,) = backend.requests
    assert request.temperature == pytest.approx(0.4) and request.max_tokens <= 160
    assert DRAFT in request.messages[-1].content and PERSON[1] in request.messages[-1].content


@pytest.mark.parametrize(
    ("reply", "why"),
    [
        ("I hear you. Some people cut their wrists when it gets this bad. What's going on?", "output check"),
        ("That sounds hard. You can call me on 07700 900456 any time. What's going on?", "output check"),
        ("That sounds hard. Ring the helpline on 4455. What's going on?", "output check"),
        ("That sounds hard, but at least you have your friends. What's going on?", "minimising"),
        ("It sounds exhausting. You should really take a long bath tonight.", "advice"),
        ("That sounds hard. I won't tell anyone, this stays between us. What's happening?", "output check"),
    ],
)
def test_a_rewrite_that_is_unsafe_or_trips_a_flag_is_not_offered(analyzer, flagger, allowed, reply, why):
    suggestion = assistant(SpyBackend(reply), analyzer, flagger, allowed).suggest(DRAFT, PERSON)
    assert suggestion.text is None and not suggestion.offered
    assert why in suggestion.why_not
    assert suggestion.flags_on_draft  # the supporter still sees the flags on their own draft


def test_the_model_sees_only_de_identified_text_and_the_supporter_sees_the_names_again(analyzer, flagger, allowed):
    person = ["My name is Oluwaseun Adeyemi and my number is +44 7700 900123.",
              "I had a huge fight with my brother and I feel awful."]
    draft = "Oluwaseun, have you tried calling your brother to say sorry?"
    backend = SpyBackend("That fight sounds so painful, [PERSON_1]. What happened between you two?")
    suggestion = assistant(backend, analyzer, flagger, allowed).suggest(draft, person)
    sent = backend.prompt()
    for planted in ("Oluwaseun", "Adeyemi", "7700", "900123"):
        assert planted.lower() not in sent.lower(), f"{planted!r} reached the model"
    assert "[PERSON_1]" in sent and "[PHONE_1]" in sent
    assert suggestion.text == "That fight sounds so painful, Oluwaseun Adeyemi. What happened between you two?"


def test_the_conversations_placeholder_map_is_kept(analyzer, flagger, allowed):
    backend = SpyBackend(GOOD_REWRITE)
    known = {"[PERSON_1]": "Oluwaseun Adeyemi"}
    assistant(backend, analyzer, flagger, allowed).suggest(
        "That sounds lonely.", ["oluwaseun is what my mum calls me and I miss her"], pseudonyms=known)
    assert "oluwaseun" not in backend.prompt().lower() and "[PERSON_1]" in backend.prompt()


def test_a_placeholder_the_conversation_does_not_have_is_not_offered(analyzer, flagger, allowed):
    backend = SpyBackend("That sounds so hard, [PERSON_7]. What happened?")
    suggestion = assistant(backend, analyzer, flagger, allowed).suggest("That sounds hard.", ["I had a fight"])
    assert suggestion.text is None and "not in the conversation" in suggestion.why_not


def test_risk_in_the_persons_messages_asks_for_a_safety_question_and_holds_a_rewrite_without_one(
        analyzer, flagger, allowed):
    person = ["I've been thinking about ending it"]
    backend = SpyBackend("That sounds so heavy. What has been going on this week?")
    suggestion = assistant(backend, analyzer, flagger, allowed).suggest("have you tried going for a walk?", person)
    assert ASK_ABOUT_SAFETY.strip() in backend.requests[0].messages[0].content
    assert suggestion.text is None and "missed risk cue" in suggestion.why_not

    asks = SpyBackend("That sounds so heavy. When you say ending it, are you thinking about suicide?")
    offered = assistant(asks, analyzer, flagger, allowed).suggest("have you tried going for a walk?", person)
    assert offered.text == "That sounds so heavy. When you say ending it, are you thinking about suicide?"


def test_backend_failure_is_a_clear_no_suggestion_never_an_exception(analyzer, flagger, allowed):
    suggestion = assistant(FailingBackend(""), analyzer, flagger, allowed).suggest(DRAFT, PERSON)
    assert suggestion.text is None and suggestion.why_not == NO_SUGGESTION_NOW
    assert suggestion.flags_on_draft

    started = time.monotonic()
    hung = assistant(HangingBackend(""), analyzer, flagger, allowed, timeout=0.5).suggest(DRAFT, PERSON)
    assert hung.text is None and hung.why_not == NO_SUGGESTION_NOW
    assert time.monotonic() - started < 5


def test_empty_output_and_an_empty_draft_are_explained(analyzer, flagger, allowed):
    assert "no usable text" in assistant(SpyBackend("  \n "), analyzer, flagger, allowed).suggest(DRAFT).why_not
    backend = SpyBackend(GOOD_REWRITE)
    empty = assistant(backend, analyzer, flagger, allowed).suggest("   ", PERSON)
    assert empty.text is None and "draft first" in empty.why_not and backend.requests == []


def test_tidy_keeps_the_reply_alone():
    assert tidy('Rewrite: "That sounds hard. What happened?"', 700) == "That sounds hard. What happened?"
    assert tidy("That sounds hard. What happened?\n\nNote: I kept it short.", 700) == "That sounds hard. What happened?"
    assert tidy("That sounds hard. What happened after you left and then the", 700) == "That sounds hard."


# --- authorship ----------------------------------------------------------------------------


def test_a_reply_written_with_a_suggestion_is_marked_for_the_person():
    suggestion = Suggestion(GOOD_REWRITE, "", (), "spy")
    assert mark_reply("my own words").authorship == Authorship.PEER_SUPPORTER
    edited = mark_reply(GOOD_REWRITE + " I'm here.", used_suggestion=True)
    assert edited.authorship.ai_assisted and edited.notice == AI_ASSISTED_NOTICE
    copied = mark_reply("  " + GOOD_REWRITE.upper(), suggestion=suggestion)
    assert copied.notice == "written by a peer supporter with AI help"
    assert Flag(FlagKind.ADVICE, 0, 1, "x", "r", "s").gentle


# --- the labelled drafts ---------------------------------------------------------------------


def test_the_labelled_drafts_cover_every_kind_and_the_flags_stay_accurate_on_them(flagger):
    examples = [json.loads(line) for line in EXAMPLES.read_text(encoding="utf-8").splitlines() if line.strip()]
    assert len({e["id"] for e in examples}) == len(examples)
    tp = fp = fn = 0
    for kind in FlagKind:
        assert sum(kind in e["flags"] for e in examples) >= 5, kind
    for example in examples:
        if example["split"] != "held_out":
            continue
        wanted = set(example["flags"])
        found = {f.kind.value for f in flagger.flags(example["draft"], example.get("person", []))}
        tp, fp, fn = tp + len(wanted & found), fp + len(found - wanted), fn + len(wanted - found)
    # bench/supporter_flags.py reports the figures per kind; this guards against a regression
    assert tp / (tp + fp) >= 0.85 and tp / (tp + fn) >= 0.7


# --- a real model ----------------------------------------------------------------------------


@pytest.mark.llm
def test_the_tiny_model_gives_a_suggestion_or_a_clear_reason(llama_backend, analyzer, flagger, allowed):
    helper = assistant(llama_backend, analyzer, flagger, allowed, max_tokens=60, timeout=90)
    started = time.monotonic()
    suggestion = helper.suggest(DRAFT, PERSON)
    assert time.monotonic() - started < 120
    assert suggestion.model == "smollm2-135m"
    assert (suggestion.text and suggestion.text.strip()) or suggestion.why_not.startswith("No suggestion")
