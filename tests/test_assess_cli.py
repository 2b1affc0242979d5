"""`mindhaven assess`: batch risk assessment without any LLM."""

from __future__ import annotations

import json

from click.testing import CliRunner

from mindhaven.cli import main


def test_assess_text_and_conversations_with_explanations():
    lines = [
        {"id": 1, "text": "This exam is killing me lol"},
        {"id": 2, "text": "I've got the pills ready and I'm doing it tonight"},
        {"id": 3, "messages": [
            {"role": "user", "content": "I want to end it all"},
            {"role": "assistant", "content": "I'm really glad you told me. Are you safe?"},
            {"role": "user", "content": "I bought a rope yesterday"},
        ]},
        {"id": 4, "messages": []},
    ]
    source = "\n".join(json.dumps(x) for x in lines) + "\nnot json\n"
    result = CliRunner().invoke(main, ["assess"], input=source)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, 2, 3, 4, None]
    assert out[0]["level"] == "none" and out[0]["top_category"] == "none" and out[0]["signals"] == []
    assert out[1]["level"] == "imminent" and out[1]["top_category"] == "suicidal_behaviour"
    assert out[1]["signals"] and all(s["phrase"] for s in out[1]["signals"])
    assert out[2]["level"] == "high", "means after suicidal thoughts is preparation"
    assert set(out[2]) >= {"level", "categories", "top_category", "signals"}
    assert out[3]["error"]["code"] == "invalid_item" and out[4]["error"]["code"] == "invalid_json"
    assert "5 assessed" in result.stderr


def test_the_classifier_flags_indirect_risk_unless_asked_for_the_lexicon_alone():
    lines = [{"id": n, "text": text} for n, text in enumerate([
        "I keep writing goodbye letters in my head. Everyone would cope fine without me, probably better.",
        "can you help me plan meals for the week?",
    ])]
    source = "\n".join(json.dumps(x) for x in lines * 300) + "\n"  # more than one batch
    live = [json.loads(line) for line in CliRunner().invoke(main, ["assess"], input=source).stdout.splitlines()]
    assert [o["id"] for o in live] == [0, 1] * 300
    flagged = live[0]
    assert flagged["level"] == "low" and [s["source"] for s in flagged["signals"]] == ["classifier"]
    assert flagged["signals"][0]["phrase"] in lines[0]["text"]
    assert all(o == live[o["id"]] for o in live)  # the same answer in every batch
    assert live[1]["level"] == "none"
    alone = CliRunner().invoke(main, ["assess", "--lexicon-only"], input=source).stdout.splitlines()
    assert json.loads(alone[0])["level"] == "none" and json.loads(alone[0])["signals"] == []
