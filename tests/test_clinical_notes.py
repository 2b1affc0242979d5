"""Private clinical notes: the case's clinicians add and read them (sealed, audited, never edited); the person
never sees them, and the case page shows them with the mood chart the whole care team sees."""

from __future__ import annotations

import pytest
from accounts_helpers import app_client, database_of, make_account, settings_for

from conftest import new_conversation
from mindhaven.storage.assignments import AssignmentRepository
from mindhaven.storage.audit import AuditLog
from storage_checks import raw_dump

NOTE = "Discussed sleep; agreed to review the PHQ-9 next week. Sister Joanna is staying with them."


@pytest.fixture
def world(tmp_path, database_url):
    with app_client(settings_for(tmp_path, database_url)) as client:
        database = database_of(client)
        clinician, supporter = make_account(database, "clinician"), make_account(database, "supporter")
        cid = new_conversation(client, country="GB")
        assignments = AssignmentRepository(database)
        case = assignments.assign(clinician.id, cid, "admin").case_id
        supporter_case = assignments.assign(supporter.id, cid, "admin").case_id
        yield client, clinician, supporter, cid, case, supporter_case, database_url


def test_a_clinician_adds_and_reads_notes_sealed_audited_and_unseen_by_the_person(world):
    client, clinician, _, cid, case, _, url = world
    added = client.post(f"/api/cases/{case}/notes", headers=clinician.auth, json={"text": NOTE})
    assert added.status_code == 201 and added.json()["text"] == NOTE
    client.post(f"/api/cases/{case}/notes", headers=clinician.auth, json={"text": "Correction: sister is Johanna."})
    notes = client.get(f"/api/cases/{case}/notes", headers=clinician.auth).json()
    assert [n["text"] for n in notes] == ["Correction: sister is Johanna.", NOTE], "newest first, none edited"
    actions = [e.action for e in AuditLog(database_of(client)).show(subject=cid, limit=50)]
    assert actions.count("note_added") == 2 and "read_notes" in actions
    if url.startswith("sqlite"):
        assert "Joanna" not in raw_dump(url), "sealed like every message"
    exported = client.get(f"/api/conversations/{cid}/export").json()
    assert "Joanna" not in str(exported) and "Joanna" not in client.get(f"/c/{cid}").text


def test_an_empty_or_overlong_note_is_refused_and_the_form_keeps_the_words(world):
    client, clinician, _, _, case, _, _ = world
    for text in ("", "  \n ", "x" * 8001):
        refused = client.post(f"/api/cases/{case}/notes", headers=clinician.auth, json={"text": text})
        assert refused.status_code == 422, text[:10]
    page = client.post(f"/console/cases/{case}/notes", headers=clinician.auth, data={"text": "x" * 8001})
    assert page.status_code == 422 and "x" * 8001 in page.text and "the limit is 8000" in page.text
    assert client.get(f"/api/cases/{case}/notes", headers=clinician.auth).json() == []


def test_the_case_page_shows_notes_to_clinicians_and_the_mood_chart_to_the_care_team(world):
    client, clinician, supporter, cid, case, supporter_case, _ = world
    for mood in (3, 4, 6):
        assert client.post(f"/api/conversations/{cid}/check-ins", json={"mood": mood}).status_code == 201
    done = client.post(f"/console/cases/{case}/notes", headers=clinician.auth, data={"text": NOTE},
                       follow_redirects=False)
    assert done.status_code == 303 and done.headers["location"].endswith("#notes")
    page = client.get(f"/console/cases/{case}", headers=clinician.auth).text
    assert "Private clinical notes" in page and "Sister Joanna" in page
    assert "Mood from 3 to 6 over 3 check-ins" in page and "<svg" in page
    theirs = client.get(f"/console/cases/{supporter_case}", headers=supporter.auth).text
    assert "Mood from 3 to 6" in theirs and "Private clinical notes" not in theirs and "Joanna" not in theirs
    assert client.get(f"/api/cases/{supporter_case}/notes", headers=supporter.auth).status_code == 403
