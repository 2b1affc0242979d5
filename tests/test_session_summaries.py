"""Session summaries as a clinician uses them: ask for a draft of a stored conversation, watch it being written,
review each statement against the messages it cites (in the person's own names), edit or remove, and sign off.
An unsupported statement the model wrote never reaches the review; a draft never reaches the person."""

from __future__ import annotations

import time

import pytest
from accounts_helpers import app_client, database_of, make_account, settings_for

from conftest import new_conversation
from fakes import ScriptedBackend
from mindhaven.storage.assignments import AssignmentRepository
from mindhaven.storage.audit import AuditLog
from mindhaven.turn.types import ChatMessage, Role

CONVERSATION = [
    ChatMessage(Role.USER, "I've felt flat and heavy for about three weeks and I stopped going to football on "
                           "Thursdays."),
    ChatMessage(Role.ASSISTANT, "That sounds draining. What has helped, even a little?"),
    ChatMessage(Role.USER, "My friend Priya checks in on me most days, which really helps."),
    ChatMessage(Role.ASSISTANT, "I'm glad you have Priya. Would a short walk together this week feel possible?"),
    ChatMessage(Role.USER, "Yes, I'll ask Priya to walk with me on Saturday morning."),
]
PLANTED = "Owns a sailing boat in Monaco"


def draft_text(ids: list[int]) -> str:
    m1, _, m3, _, m5 = ids
    return (f"## Presenting concerns\n- Has felt flat and heavy for about three weeks [m{m1}]\n"
            f"- Stopped going to football on Thursdays [m{m1}]\n"
            f"## Protective factors\n- Friend [PERSON_1] checks in most days, which helps [m{m3}]\n"
            f"- {PLANTED} [m{m3}]\n"
            f"## Agreed next steps\n- Will ask [PERSON_1] to walk on Saturday morning [m{m5}]\n")


class FailingBackend(ScriptedBackend):
    def stream(self, request, cancel):
        raise ConnectionError("the model server went away")


@pytest.fixture
def world(tmp_path, database_url):
    backend = ScriptedBackend("")
    with app_client(settings_for(tmp_path, database_url), backend=backend) as client:
        database = database_of(client)
        clinician, supporter = make_account(database, "clinician"), make_account(database, "supporter")
        cid = new_conversation(client, country="GB")
        pipeline = client.app.state.pipeline
        pipeline.seed(cid, CONVERSATION)
        ids = [m["id"] for m in client.get(f"/api/conversations/{cid}").json()["messages"]]
        backend.text = draft_text(ids)
        case = AssignmentRepository(database).assign(clinician.id, cid, "admin").case_id
        AssignmentRepository(database).assign(supporter.id, cid, "admin")
        yield client, clinician, supporter, cid, case, ids


def drafted(client, clinician, case: int, summary_id: int, seconds: float = 60) -> dict:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        summary = client.get(f"/api/cases/{case}/summaries/{summary_id}", headers=clinician.auth).json()
        if summary["status"] != "drafting":
            return summary
        time.sleep(0.2)
    raise AssertionError("the draft was not written in time")


def test_a_draft_is_written_in_the_background_and_keeps_only_what_the_messages_support(world):
    client, clinician, _, cid, case, ids = world
    started = client.post(f"/api/cases/{case}/summaries", headers=clinician.auth)
    assert started.status_code == 202 and started.json()["status"] in ("drafting", "draft")
    summary = drafted(client, clinician, case, started.json()["id"])
    assert summary["status"] == "draft" and summary["model"] == "scripted"
    kept = [s["text"] for statements in summary["sections"].values() for s in statements]
    assert "Friend Priya checks in most days, which helps" in kept, "shown in the person's own names"
    assert not any(PLANTED in text for text in kept)
    assert [r["reason"] for r in summary["removed"] if PLANTED in r["text"]] == ["no support in the cited messages"]
    assert summary["sections"]["next_steps"][0]["text"] == "Will ask Priya to walk on Saturday morning"
    assert all(c in ids for statements in summary["sections"].values() for s in statements for c in s["cites"])
    listed = client.get(f"/api/cases/{case}/summaries", headers=clinician.auth).json()
    assert [(s["id"], s["status"], s["sections"]) for s in listed] == [(summary["id"], "draft", None)]


def test_the_clinician_edits_removes_and_signs_off_once_and_every_step_is_audited(world):
    client, clinician, _, cid, case, _ = world
    summary = drafted(client, clinician, case, client.post(f"/api/cases/{case}/summaries",
                                                           headers=clinician.auth).json()["id"])
    keys = {s["text"]: s["key"] for statements in summary["sections"].values() for s in statements}
    chosen = {keys["Has felt flat and heavy for about three weeks"]: "Low mood and heaviness for about three weeks",
              keys["Friend Priya checks in most days, which helps"]: "Friend Priya checks in most days, which helps"}
    signed = client.post(f"/api/cases/{case}/summaries/{summary['id']}/sign", headers=clinician.auth,
                         json={"statements": chosen})
    assert signed.status_code == 200, signed.text
    body = signed.json()
    assert body["status"] == "signed" and body["signed_by"] and body["removed"] is None
    assert body["sections"]["presenting_concerns"] == [
        {"text": "Low mood and heaviness for about three weeks", "cites": [summary["sections"]["presenting_concerns"][0]["cites"][0]],
         "edited": True}]
    assert body["sections"]["protective_factors"][0]["edited"] is False
    assert body["sections"]["next_steps"] == [], "what the clinician left out is gone"

    again = client.post(f"/api/cases/{case}/summaries/{summary['id']}/sign", headers=clinician.auth,
                        json={"statements": chosen})
    assert again.status_code == 409
    actions = [e.action for e in AuditLog(database_of(client)).show(subject=cid, limit=200)]
    assert {"summary_requested", "read_summary", "summary_signed"} <= set(actions)


def test_a_sign_off_that_keeps_nothing_or_names_unknown_statements_is_refused_and_changes_nothing(world):
    client, clinician, _, _, case, _ = world
    summary = drafted(client, clinician, case, client.post(f"/api/cases/{case}/summaries",
                                                           headers=clinician.auth).json()["id"])
    for chosen, words in (({}, "Keep at least one statement"), ({"mood-7": "Made up"}, "Not statements of this draft"),
                          ({"presenting_concerns-0": "   "}, "Keep at least one statement")):
        refused = client.post(f"/api/cases/{case}/summaries/{summary['id']}/sign", headers=clinician.auth,
                              json={"statements": chosen})
        assert refused.status_code == 422 and words in refused.json()["error"]["message"]
    assert client.get(f"/api/cases/{case}/summaries/{summary['id']}", headers=clinician.auth).json()["status"] == "draft"


def test_the_person_never_sees_a_draft_and_their_export_holds_only_what_was_signed(world):
    client, clinician, _, cid, case, _ = world
    first = drafted(client, clinician, case, client.post(f"/api/cases/{case}/summaries",
                                                         headers=clinician.auth).json()["id"])
    drafted(client, clinician, case, client.post(f"/api/cases/{case}/summaries", headers=clinician.auth).json()["id"])
    key = first["sections"]["presenting_concerns"][0]["key"]
    client.post(f"/api/cases/{case}/summaries/{first['id']}/sign", headers=clinician.auth,
                json={"statements": {key: "Low mood for three weeks"}})
    exported = client.get(f"/api/conversations/{cid}/export").json()
    assert [s["status"] for s in exported["summaries"]] == ["signed"]
    assert exported["summaries"][0]["sections"]["presenting_concerns"][0]["text"] == "Low mood for three weeks"
    assert "Stopped going to football" not in str(exported["summaries"]), "the unsigned draft stays out"
    assert len(client.get(f"/api/conversations/{cid}").json()["messages"]) == len(CONVERSATION)


def test_a_failed_draft_says_why_and_offers_to_try_again(world, tmp_path):
    client, clinician, _, _, case, _ = world
    client.app.state.pipeline.backend = FailingBackend("")
    summary = drafted(client, clinician, case, client.post(f"/api/cases/{case}/summaries",
                                                           headers=clinician.auth).json()["id"])
    assert summary["status"] == "failed" and "the model server went away" in summary["failure"]
    page = client.get(f"/console/cases/{case}/summaries/{summary['id']}", headers=clinician.auth).text
    assert "No draft: the model failed" in page and "Try again" in page


def test_the_review_page_shows_progress_then_each_statement_with_its_messages_and_signs_off(world):
    client, clinician, _, _, case, _ = world
    client.app.state.pipeline.backend.delay = 0.3  # slow enough to see the progress page
    started = client.post(f"/console/cases/{case}/summaries", headers=clinician.auth, follow_redirects=False)
    assert started.status_code == 303
    page_url = started.headers["location"]
    waiting = client.get(page_url, headers=clinician.auth).text
    assert 'http-equiv="refresh"' in waiting and "Drafting with" in waiting
    drafted(client, clinician, case, int(page_url.rsplit("/", 1)[1]))
    review = client.get(page_url, headers=clinician.auth).text
    assert "Friend Priya checks in most days, which helps" in review
    assert "checks in on me most days" in review, "the cited message is there to read against"
    assert "removed by the checks" in review and PLANTED in review

    refused = client.post(page_url + "/sign", headers=clinician.auth, data={"text-protective_factors-0": "kept?"})
    assert refused.status_code == 422 and "Keep at least one statement" in refused.text and "kept?" in refused.text
    signed = client.post(page_url + "/sign", headers=clinician.auth, follow_redirects=False,
                         data={"keep-protective_factors-0": "1", "text-protective_factors-0": "Priya checks in daily",
                               "text-presenting_concerns-0": "not kept: its box is unticked"})
    assert signed.status_code == 303
    final = client.get(page_url, headers=clinician.auth).text
    assert "Signed off by" in final and "Priya checks in daily" in final and "not kept" not in final


def test_the_case_page_lists_summaries_and_offers_a_new_draft_to_clinicians_only(world):
    client, clinician, supporter, _, case, _ = world
    drafted(client, clinician, case, client.post(f"/api/cases/{case}/summaries", headers=clinician.auth).json()["id"])
    page = client.get(f"/console/cases/{case}", headers=clinician.auth).text
    assert "Draft a session summary" in page and f"/console/cases/{case}/summaries/" in page
    supporter_case = client.get("/api/caseload/by-risk", headers=supporter.auth).json()[0]["case_id"]
    theirs = client.get(f"/console/cases/{supporter_case}", headers=supporter.auth).text
    assert "Draft a session summary" not in theirs
    assert client.post(f"/api/cases/{supporter_case}/summaries", headers=supporter.auth).status_code == 403
