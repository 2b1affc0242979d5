"""The mood chart: check-ins (mood and anxiety, 0-10) and questionnaire results on one timeline, as an
inline SVG drawn on the server. No script and no style element, so it works without JavaScript and under
the pages' content security policy; colours are presentation attributes, so the markup stands alone.

It takes typed records and returns markup, so any view of a conversation can show it: the person's own
page today, a clinician's view of a case later.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from markupsafe import Markup

from mindhaven.instruments import instruments
from mindhaven.storage.check_ins import CheckInRecord
from mindhaven.storage.questionnaire_responses import QuestionnaireRecord

WIDTH, HEIGHT = 640, 290
LEFT, RIGHT, TOP, BOTTOM = 44, 624, 70, 250  # the plot area
INSET = 14  # keeps the first and last points off the axes
SCALE_MAX = 10
MIN_LABEL_GAP = 64  # px between date labels
QUESTIONNAIRE_ROWS = (38, 54)  # label baselines, alternating so neighbours do not overlap
MOOD_COLOUR, ANXIETY_COLOUR, MARKER_COLOUR, CRISIS_COLOUR = "#1e6a64", "#5b4a9e", "#8a5a00", "#a8321c"
GRID_COLOUR, TEXT_COLOUR = "#e3d8ca", "#5e554c"
EMPTY = "No check-ins yet. After your first one, a chart of how you have been feeling over time appears here."


@dataclass(frozen=True)
class _Timeline:
    start: datetime
    end: datetime

    def x(self, moment: datetime) -> float:
        span = (self.end - self.start).total_seconds()
        if span <= 0:
            return (LEFT + RIGHT) / 2
        fraction = (moment - self.start).total_seconds() / span
        return LEFT + INSET + fraction * (RIGHT - LEFT - 2 * INSET)


def mood_chart(check_ins: Sequence[CheckInRecord], questionnaires: Sequence[QuestionnaireRecord] = (),
               chart_id: str = "mood-chart", empty_message: str = EMPTY, highlight_crisis: bool = False) -> Markup:
    """The chart as SVG markup, or a sentence when there is nothing to draw. ``highlight_crisis`` marks
    questionnaires with a safety answer in red, for a clinician's view; the person's own page stays neutral."""
    if not check_ins and not questionnaires:
        return Markup('<p class="chart-empty">{}</p>').format(empty_message)
    check_ins, questionnaires = _oldest_first(check_ins), _oldest_first(questionnaires)
    moments = [c.created_at for c in check_ins] + [q.created_at for q in questionnaires]
    timeline = _Timeline(min(moments), max(moments))
    parts = [
        Markup('<svg class="mood-chart" viewBox="0 0 {w} {h}" role="img" aria-labelledby="{i}-title {i}-desc" '
               'font-family="system-ui, sans-serif" font-size="12" xmlns="http://www.w3.org/2000/svg">')
        .format(w=WIDTH, h=HEIGHT, i=chart_id),
        Markup('<title id="{}-title">Mood over time</title>').format(chart_id),
        Markup('<desc id="{}-desc">{}</desc>').format(chart_id, describe(check_ins, questionnaires)),
        _legend(bool(questionnaires), any(c.anxiety is not None for c in check_ins),
                highlight_crisis and any(q.crisis for q in questionnaires)),
        _axes(),
        _date_labels(check_ins or questionnaires, timeline),
        *(_questionnaire_marker(q, timeline, n, highlight_crisis) for n, q in enumerate(questionnaires)),
        _series(check_ins, "mood", MOOD_COLOUR, timeline),
        _series(check_ins, "anxiety", ANXIETY_COLOUR, timeline),
        Markup("</svg>"),
    ]
    return Markup("").join(parts)


def describe(check_ins: Sequence[CheckInRecord], questionnaires: Sequence[QuestionnaireRecord] = ()) -> str:
    """The chart in words, e.g. "Mood from 3 to 6 over 4 check-ins, 1 May to 9 May 2025." """
    check_ins, questionnaires = _oldest_first(check_ins), _oldest_first(questionnaires)
    sentences = []
    if check_ins:
        period = _period(check_ins[0].created_at, check_ins[-1].created_at)
        sentences.append(_trend("Mood", [c.mood for c in check_ins], "check-in") + f", {period}.")
        anxieties = [c.anxiety for c in check_ins if c.anxiety is not None]
        if anxieties:
            sentences.append(_trend("Anxiety", anxieties, "check-in") + ".")
    else:
        sentences.append("No check-ins yet.")
    if questionnaires:
        shown = [f"{questionnaire_label(q)} on {_day(q.created_at)}" for q in questionnaires[-5:]]
        earlier = len(questionnaires) - len(shown)
        sentences.append("Questionnaires: " + "; ".join(shown) + (f"; and {earlier} earlier" if earlier else "") + ".")
    return " ".join(sentences)


def questionnaire_label(q: QuestionnaireRecord) -> str:
    """e.g. "PHQ-9 12 (moderate)", "C-SSRS Screener (low risk)" (it has no total), or "GAD-7 not finished"."""
    known = instruments()
    name = known[q.instrument].name if q.instrument in known else q.instrument.upper()
    if q.total is None:
        return f"{name} ({q.band})" if q.band else f"{name} not finished"
    return f"{name} {q.total}" + (f" ({q.band})" if q.band else "")


def _oldest_first(records: Sequence[CheckInRecord] | Sequence[QuestionnaireRecord]) -> list:
    return sorted(records, key=lambda r: r.created_at)


def _trend(what: str, values: list[int], noun: str) -> str:
    count = f"{len(values)} {noun}{'' if len(values) == 1 else 's'}"
    if len(values) == 1:
        return f"{what} {values[0]} in {count}"
    return f"{what} from {values[0]} to {values[-1]} over {count}"


def _period(start: datetime, end: datetime) -> str:
    if start.date() == end.date():
        return f"on {_day(start)}"
    first = f"{start.day} {start:%b}" if start.year == end.year else _day(start)
    return f"{first} to {_day(end)}"


def _day(moment: datetime) -> str:
    return f"{moment.day} {moment:%b %Y}"


def _y(value: float) -> float:
    return BOTTOM - value / SCALE_MAX * (BOTTOM - TOP)


def _n(value: float) -> str:
    return f"{value:.1f}".removesuffix(".0")


def _legend(with_questionnaires: bool, with_anxiety: bool, with_crisis: bool) -> Markup:
    items = [(MOOD_COLOUR, "circle", "Mood (0 low, 10 good)")]
    if with_anxiety:
        items.append((ANXIETY_COLOUR, "square", "Anxiety (0 none, 10 worst)"))
    if with_questionnaires:
        items.append((MARKER_COLOUR, "diamond", "Questionnaire"))
    if with_crisis:
        items.append((CRISIS_COLOUR, "diamond", "Safety answer"))
    parts, x = [Markup('<g class="legend">')], LEFT
    for colour, shape, label in items:
        parts.append(_marker(shape, x + 5, 14, colour))
        parts.append(Markup('<text x="{}" y="18" fill="{}">{}</text>').format(x + 14, TEXT_COLOUR, label))
        x += 24 + 6.5 * len(label)
    parts.append(Markup("</g>"))
    return Markup("").join(parts)


def _axes() -> Markup:
    parts = [Markup('<g class="axes">')]
    for value in range(0, SCALE_MAX + 1, 2):
        y = _y(value)
        parts.append(Markup('<line x1="{}" x2="{}" y1="{y}" y2="{y}" stroke="{}" stroke-width="1"/>')
                     .format(LEFT, RIGHT, GRID_COLOUR, y=_n(y)))
        parts.append(Markup('<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>')
                     .format(LEFT - 8, _n(y + 4), TEXT_COLOUR, value))
    parts.append(Markup('<line x1="{l}" x2="{l}" y1="{}" y2="{}" stroke="{}" stroke-width="1"/>')
                 .format(TOP, BOTTOM, TEXT_COLOUR, l=LEFT))
    parts.append(Markup('<line x1="{}" x2="{}" y1="{b}" y2="{b}" stroke="{}" stroke-width="1"/>')
                 .format(LEFT, RIGHT, TEXT_COLOUR, b=BOTTOM))
    parts.append(Markup("</g>"))
    return Markup("").join(parts)


def _date_labels(records: Sequence[CheckInRecord | QuestionnaireRecord], timeline: _Timeline) -> Markup:
    """Dates under the points (times of day when everything is on one day), thinned so none overlap."""
    one_day = timeline.start.date() == timeline.end.date()
    parts, last_x, last_text = [Markup('<g class="dates">')], None, None
    for record in records:
        moment = record.created_at
        text = f"{moment:%H:%M}" if one_day else f"{moment.day} {moment:%b}"
        x = timeline.x(moment)
        if text == last_text or (last_x is not None and x - last_x < MIN_LABEL_GAP):
            continue
        parts.append(Markup('<text x="{}" y="{}" text-anchor="middle" fill="{}">{}</text>')
                     .format(_n(x), BOTTOM + 18, TEXT_COLOUR, text))
        last_x, last_text = x, text
    if one_day:
        parts.append(Markup('<text x="{}" y="{}" text-anchor="end" fill="{}">{}</text>')
                     .format(RIGHT, BOTTOM + 36, TEXT_COLOUR, _day(timeline.start) + " (UTC)"))
    parts.append(Markup("</g>"))
    return Markup("").join(parts)


def _series(check_ins: Sequence[CheckInRecord], field: str, colour: str, timeline: _Timeline) -> Markup:
    points = [(c, getattr(c, field)) for c in check_ins if getattr(c, field) is not None]
    if not points:
        return Markup("")
    coordinates = [(timeline.x(c.created_at), _y(v)) for c, v in points]
    parts = [Markup('<g class="series series-{}">').format(field)]
    if len(points) > 1:
        dash = Markup(' stroke-dasharray="6 4"') if field == "anxiety" else Markup("")
        parts.append(Markup('<polyline class="line line-{}" points="{}" fill="none" stroke="{}" stroke-width="2.5" '
                            'stroke-linejoin="round"{}/>')
                     .format(field, " ".join(f"{_n(x)},{_n(y)}" for x, y in coordinates), colour, dash))
    shape = "circle" if field == "mood" else "square"
    for (record, value), (x, y) in zip(points, coordinates):
        label = f"{_day(record.created_at)} {record.created_at:%H:%M}: {field} {value} of {SCALE_MAX}"
        parts.append(_marker(shape, x, y, colour, f"point {field}-point", label))
    parts.append(Markup("</g>"))
    return Markup("").join(parts)


def _questionnaire_marker(q: QuestionnaireRecord, timeline: _Timeline, index: int, highlight_crisis: bool) -> Markup:
    x = timeline.x(q.created_at)
    colour = CRISIS_COLOUR if q.crisis and highlight_crisis else MARKER_COLOUR
    anchor = "start" if x < LEFT + 70 else "end" if x > RIGHT - 70 else "middle"
    label = questionnaire_label(q)
    kind = "questionnaire-marker crisis" if q.crisis else "questionnaire-marker"
    return Markup("").join([
        Markup('<g class="{}">').format(kind),
        Markup('<line x1="{x}" x2="{x}" y1="{}" y2="{}" stroke="{}" stroke-width="1" stroke-dasharray="2 3"/>')
        .format(TOP, BOTTOM, colour, x=_n(x)),
        _marker("diamond", x, TOP, colour, "point questionnaire-point", f"{label}, {_day(q.created_at)}"),
        Markup('<text x="{}" y="{}" text-anchor="{}" fill="{}">{}</text>')
        .format(_n(x), QUESTIONNAIRE_ROWS[index % 2], anchor, colour, label),
        Markup("</g>"),
    ])


def _marker(shape: str, x: float, y: float, colour: str, kind: str = "", label: str = "") -> Markup:
    """A point: circle (mood), square (anxiety) or diamond (questionnaire), so colour is not the only cue."""
    tip = Markup("<title>{}</title>").format(label) if label else Markup("")
    attributes = Markup(' class="{}"').format(kind) if kind else Markup("")
    if shape == "circle":
        return Markup('<circle{} cx="{}" cy="{}" r="4.5" fill="{}">{}</circle>').format(
            attributes, _n(x), _n(y), colour, tip)
    if shape == "square":
        return Markup('<rect{} x="{}" y="{}" width="8" height="8" fill="{}">{}</rect>').format(
            attributes, _n(x - 4), _n(y - 4), colour, tip)
    diamond = f"{_n(x)},{_n(y - 6)} {_n(x + 6)},{_n(y)} {_n(x)},{_n(y + 6)} {_n(x - 6)},{_n(y)}"
    return Markup('<polygon{} points="{}" fill="{}">{}</polygon>').format(attributes, diamond, colour, tip)
