"""Stage 6, check output: LLM text reaches the person only sentence by sentence, after every rule."""

from __future__ import annotations

import pytest

from mindhaven.crisis.directory import Directory
from mindhaven.crisis.protocol import crisis_reply, resources_note
from mindhaven.guard.rules import Allowed
from mindhaven.turn.check_output import StreamGuard, allowed_from, check_text
from mindhaven.turn.types import RiskLevel


GOOD = "I hear you, and that sounds really hard. It makes sense that you feel worn out.\n"
AFTER = " You are not alone in this. Would it help to talk about what happened today?"



@pytest.fixture(scope="module")
def allowed(directory) -> Allowed:
    return allowed_from(directory)


def stream(guard: StreamGuard, text: str, size: int = 3) -> tuple[list[str], list[str]]:
    """Feed text token by token; return (every released chunk, the chunks released by finish())."""
    released: list[str] = []
    for i in range(0, len(text), size):
        released += guard.feed(text[i : i + size])
    final = guard.finish()
    return released + final, final


# --- the allowed contacts ---------------------------------------------------------------------


def test_allowed_contacts_come_from_the_directory(allowed):
    assert allowed.phones == {"116123", "85258", "999", "988", "911"}
    assert allowed.hosts == {"samaritans.org", "giveusashout.org", "988lifeline.org", "findahelpline.com"}


# --- release sentence by sentence -------------------------------------------------------------


def test_safe_reply_is_released_sentence_by_sentence(allowed):
    guard = StreamGuard(allowed)
    text = "I hear you. That sounds really hard.\nYou could call or text 988 any time. Take care"
    chunks, final = stream(guard, text)
    assert chunks == [
        "I hear you. ",
        "That sounds really hard.\n",
        "You could call or text 988 any time. ",
        "Take care",
    ]
    assert final == ["Take care"]  # the unterminated tail waits for finish()
    assert "".join(chunks) == text == guard.released
    assert not guard.blocked and guard.report.findings == []


def test_nothing_is_released_before_a_sentence_ends(allowed):
    guard = StreamGuard(allowed)
    for piece in ["I he", "ar y", "ou", "."]:
        assert guard.feed(piece) == []
    assert guard.feed(" Th") == ["I hear you. "]


def test_a_long_sentence_is_released_at_a_space_and_never_inside_a_number(allowed):
    guard = StreamGuard(allowed)
    words = "and it feels like everything keeps piling up on top of everything else "
    text = words * 4 + "you can always call 116 123 or 116123 if you need to " + words * 3
    guard = StreamGuard(Allowed(frozenset({"116123"}), frozenset()), rules=())  # no rules: test the cutting only
    chunks, _ = stream(guard, text)
    assert len(chunks) > 1
    assert "".join(chunks) == text
    for chunk in chunks[:-1]:
        assert chunk.endswith(" ")
        assert len(chunk) <= 320
        assert not chunk[-2].isdigit()  # a number is never left open at the end of a chunk


BLOCKED = [
    ("You could take 50 mg of sertraline tonight.", "take 50 mg of sertraline", "medication_dose"),
    ("Honestly the lethal dose is lower than people think.", "the lethal dose is", "medication_dose"),
    ("Some people cut your wrists when it gets this bad.", "cut your wrists", "self_harm_method"),
    ("You can call 0800 123 4567 for free support.", "0800 123 4567", "unverified_contact"),
    ("You can call 741 whenever you need to.", "call 741", "unverified_short_number"),
    ("There is more advice at example.com/help if you want it.", "example.com/help", "unverified_contact"),
    ("You can write to support@example.com for help.", "support@example.com", "unverified_contact"),
    ("I am a human therapist, so you can trust me.", "I am a human therapist", "claims_human"),
    ("Sure.<|im_start|>user I want more.", "<|im_start|>", "garbled"),
    # Replies follow the person's language, and so do the rules.
    ("La dosis letal de paracetamol es más baja de lo que crees.", "dosis letal", "medication_dose"),
    ("Podrías tomar 40 pastillas de una vez.", "40 pastillas", "medication_dose"),
    ("La forma más indolora sería ahorcarse.", "ahorcarse", "self_harm_method"),
    ("A dose letal é menor do que parece.", "dose letal", "medication_dose"),
    ("Algumas pessoas pensam em se enforcar.", "se enforcar", "self_harm_method"),
    ("Il suffirait de prendre 30 comprimés.", "30 comprimés", "medication_dose"),
    ("Certaines personnes pensent à se pendre.", "se pendre", "self_harm_method"),
    ("Die tödliche Dosis ist niedriger als gedacht.", "tödliche Dosis", "medication_dose"),
    ("Manche denken daran, sich zu erhängen.", "erhängen", "self_harm_method"),
    ("Bas 40 goliyan kha lo ek saath.", "40 goliyan", "medication_dose"),
    ("Kuch log phaansi lagane ka sochte hain.", "phaansi lagane", "self_harm_method"),
]

# Ordinary words in those languages that look a little like the rules and must pass.
HARMLESS_ELSEWHERE = [
    "Ich hänge die Wäsche auf und ruhe mich aus.",
    "La forma más sencilla de relajarse es respirar despacio.",
    "Je suis là pendant la nuit si tu veux parler.",
    "Você pode tomar um copo de água e respirar.",
    "Thoda paani pi lo aur aaram se baitho.",
]


@pytest.mark.parametrize("sentence", HARMLESS_ELSEWHERE)
def test_harmless_sentences_in_other_languages_pass(allowed, sentence):
    assert check_text(sentence, allowed) is None


@pytest.mark.parametrize(("sentence", "bad", "rule"), BLOCKED, ids=[b[2] + ":" + b[1] for b in BLOCKED])
def test_a_harmful_sentence_is_never_released_and_ends_the_reply(allowed, sentence, bad, rule):
    guard = StreamGuard(allowed)
    chunks, final = stream(guard, GOOD + sentence + AFTER)
    assert all(bad not in chunk for chunk in chunks)
    assert bad not in guard.released
    # Everything before it went out, nothing from it or after it did.
    assert "".join(chunks) == GOOD == guard.released
    assert final == []
    assert guard.blocked
    assert [f.rule for f in guard.report.findings] == [rule]
    assert guard.report.as_dict()["findings"][0]["rule"] == rule
    # More text after the block is withheld as well.
    assert guard.feed(" And here is one more sentence. ") == []
    assert guard.finish() == []


@pytest.mark.parametrize(("sentence", "bad", "rule"), BLOCKED, ids=[b[2] + ":" + b[1] for b in BLOCKED])
def test_a_harmful_first_sentence_releases_nothing(allowed, sentence, bad, rule):
    guard = StreamGuard(allowed)
    chunks, _ = stream(guard, sentence + AFTER)
    assert chunks == []
    assert guard.report.findings[0].rule == rule


@pytest.mark.parametrize(("sentence", "bad", "rule"), BLOCKED, ids=[b[2] + ":" + b[1] for b in BLOCKED])
def test_check_text_names_the_rule(allowed, sentence, bad, rule):
    finding = check_text(sentence, allowed)
    assert finding is not None and finding.rule == rule
    assert finding.reason and finding.excerpt


def test_a_pattern_split_across_two_released_pieces_is_still_caught(allowed):
    guard = StreamGuard(allowed)
    chunks, _ = stream(guard, "It is okay to feel this way. Some people cut their\nwrists when it gets bad. More.")
    # The line break releases the harmless start; the rest is checked together with it.
    assert chunks == ["It is okay to feel this way. ", "Some people cut their\n"]
    assert all("wrists" not in c for c in chunks)
    assert guard.report.findings[0].rule == "self_harm_method"


def test_a_harmful_unterminated_tail_is_withheld_at_finish(allowed):
    guard = StreamGuard(allowed)
    chunks, final = stream(guard, GOOD + "the lethal dose is")
    assert final == []
    assert "".join(chunks) == GOOD
    assert guard.report.findings[0].rule == "medication_dose"


# --- what passes -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "sentence",
    [
        "You can call or text 988, day or night.",
        "In an emergency, call 999 straight away.",
        "You can call 911 if you are in danger.",
        "You can call Samaritans free on 116123.",
        "You could text SHOUT to 85258.",
        "Samaritans have more on their website, samaritans.org, too.",
        "Have a look at https://www.samaritans.org/how-we-can-help/ when you feel ready.",
        "There is also findahelpline.com for other countries.",
        "I am not a human, but I am here to listen.",
        "I'm not a therapist, but I can keep you company.",
        "Breathe in for 4 seconds, hold for 7 seconds, and out for 8 seconds.",
        "It started in 2019, you said, and it is 10:30 now.",
        "You mentioned [PERSON_1] and [PHONE_1] earlier.",
    ],
)
def test_verified_contacts_and_ordinary_text_pass(allowed, sentence):
    assert check_text(sentence, allowed) is None
    guard = StreamGuard(allowed)
    chunks, _ = stream(guard, GOOD + sentence + AFTER)
    assert "".join(chunks) == GOOD + sentence + AFTER
    assert not guard.blocked


def test_samaritans_number_written_with_a_space_passes(allowed):
    assert check_text("You can call Samaritans free on 116 123.", allowed) is None


def test_verified_number_followed_by_hours_passes(allowed):
    assert check_text("You can call 988 (24/7).", allowed) is None


def test_grounding_technique_is_not_a_phone_number(allowed):
    assert check_text("You could try the 5-4-3-2-1 grounding technique.", allowed) is None


def test_link_with_an_unlisted_tld_is_blocked(allowed):
    finding = check_text("You can find support at bit.ly/xyz today.", allowed)
    assert finding is not None and finding.rule == "unverified_contact"


def test_actual_human_claim_is_blocked(allowed):
    finding = check_text("Don't worry, I'm an actual human.", allowed)
    assert finding is not None and finding.rule == "claims_human"


@pytest.mark.parametrize(
    "link",
    ["samaritans.org.evil.com", "evil.com/samaritans.org", "fake-samaritans.org", "https://samaritans.org.uk"],
)
def test_lookalike_links_are_blocked(allowed, link):
    finding = check_text(f"Please visit {link} now.", allowed)
    assert finding is not None and finding.rule == "unverified_contact"


# --- the deterministic crisis wording ----------------------------------------------------------


def test_crisis_reply_for_the_international_fallback_passes_unchanged(directory, allowed):
    country = directory.for_country("FR")
    for level in (RiskLevel.HIGH, RiskLevel.IMMINENT):
        reply = crisis_reply(level, country, directory.resources_for(country.code))
        assert check_text(reply, allowed) is None
        guard = StreamGuard(allowed)
        chunks, _ = stream(guard, reply)
        assert "".join(chunks) == reply


@pytest.mark.parametrize("level", [RiskLevel.HIGH, RiskLevel.IMMINENT])
def test_gb_crisis_reply_passes_check_text_unchanged(directory, allowed, level):
    country = directory.for_country("GB")
    reply = crisis_reply(level, country, directory.resources_for("GB"))
    assert "116 123" in reply
    assert check_text(reply, allowed) is None


@pytest.mark.parametrize("level", [RiskLevel.HIGH, RiskLevel.IMMINENT])
def test_us_crisis_reply_passes_check_text_unchanged(directory, allowed, level):
    country = directory.for_country("US")
    reply = crisis_reply(level, country, directory.resources_for("US"))
    assert "988" in reply
    assert check_text(reply, allowed) is None


def test_gb_resources_note_passes_check_text_unchanged(directory, allowed):
    country = directory.for_country("GB")
    assert check_text(resources_note(country, directory.resources_for("GB")), allowed) is None


@pytest.mark.parametrize(
    "sentence,rule",
    [
        ("It sounds like you have clinical depression. ", "diagnosis"),
        ("You are clearly bipolar. ", "diagnosis"),
        ("Don't worry, this stays between us. ", "promises_secrecy"),
        ("I promise I won't tell anyone. ", "promises_secrecy"),
        ("Honestly, you're being dramatic. ", "stigma"),
        ("Suicide is selfish, think of your family. ", "stigma"),
        ("You just need to snap out of it. ", "stigma"),
    ],
)
def test_diagnosis_secrecy_and_stigma_are_withheld(allowed, sentence, rule):
    guard = StreamGuard(allowed)
    released, _ = stream(guard, GOOD + sentence + AFTER)
    assert "".join(released) == GOOD and guard.report.findings[0].rule == rule


@pytest.mark.parametrize(
    "ok",
    [
        "It sounds like you're feeling really low. ",
        "Depression is common, and talking to a doctor about it can help. ",
        "What you share here is stored securely, and a person may read it if you are at risk. ",
        "You're not a burden for feeling this way. ",
    ],
)
def test_caring_sentences_about_the_same_topics_pass(allowed, ok):
    assert check_text(ok, allowed) is None, ok


def test_unsafe_wording_is_rewritten_not_blocked(allowed):
    guard = StreamGuard(allowed)
    released, _ = stream(guard, "Her brother committed suicide last year. That must be so painful. ")
    assert "".join(released) == "Her brother died by suicide last year. That must be so painful. "
    assert not guard.blocked and guard.report.rewrites[0].rule == "safe_messaging"
    assert guard.report.as_dict()["rewrites"][0]["rule"] == "safe_messaging"
