"""An instrument as an HL7 FHIR R4B Questionnaire: its items, codes, answer options and skip logic."""

from __future__ import annotations

from fhir.resources.R4B.questionnaire import Questionnaire

from mindhaven.fhir.codes import ORDINAL_VALUE, QUESTIONNAIRE_VERSION, canonical
from mindhaven.instruments.types import AnswerOption, Coding, Instrument, Item


def coding(c: Coding) -> dict:
    return {"system": c.system, "code": c.code, **({"display": c.display} if c.display else {})}


def questionnaire(inst: Instrument) -> Questionnaire:
    return Questionnaire(
        id=inst.key,
        url=canonical(inst),
        version=QUESTIONNAIRE_VERSION,
        name=inst.key.replace("-", "_").upper(),
        title=inst.title,
        status="active",
        subjectType=["Patient"],
        code=[coding(inst.coding)],
        copyright=inst.copyright or None,
        item=[_stem(inst), *(_item(inst, i) for i in inst.items)],
    )


def _stem(inst: Instrument) -> dict:
    return {"linkId": f"{inst.key}-stem", "type": "display", "text": inst.stem}


def _item(inst: Instrument, item: Item) -> dict:
    fields: dict = {
        "linkId": item.link_id,
        "text": item.text,
        "type": "choice",
        "required": item.required,
        "answerOption": [_option(o) for o in item.options],
    }
    if item.coding:
        fields["code"] = [coding(item.coding)]
    if item.enable_when:
        fields["enableWhen"] = _enable_when(inst, item)
        if len(fields["enableWhen"]) > 1:
            fields["enableBehavior"] = item.enable_behavior
    if item.detail:
        fields["item"] = [{"linkId": f"{item.link_id}-detail", "type": "display", "text": item.detail}]
    return fields


def _option(option: AnswerOption) -> dict:
    return {
        "valueCoding": coding(option.coding),
        "extension": [{"url": ORDINAL_VALUE, "valueDecimal": option.value}],
    }


def _enable_when(inst: Instrument, item: Item) -> list[dict]:
    """FHIR compares coded answers only for equality: "above Not at all" becomes "= each option above it"."""
    conditions = []
    for condition in item.enable_when:
        source = inst.item(condition.question)
        matching = [o for o in source.options if condition.holds(o.value)]
        if len(matching) > 1 and item.enable_behavior != "any":
            raise ValueError(f"{inst.name} item {item.link_id}: a range condition needs enable_behavior 'any'")
        conditions += [
            {"question": source.link_id, "operator": "=", "answerCoding": coding(o.coding)} for o in matching
        ]
    return conditions
