"""A message from the supporter or clinician who took the conversation over, stored like any other: sealed, and
de-identified with the conversation's placeholders, so a model reading the history later never sees a name."""

from __future__ import annotations

from mindhaven.storage.handoffs import HandoffRepository, StaffMember
from mindhaven.turn.deidentify import deidentify_text
from mindhaven.turn.pipeline import TurnPipeline
from mindhaven.turn.receive import validated_text


def write_to_person(pipeline: TurnPipeline, handoffs: HandoffRepository, conversation_id: str, staff: StaffMember,
                    content: str, ai_assisted: bool = False) -> int:
    """Store the message and return its id; InvalidMessage for bad text, HandoffConflict unless ``staff`` holds
    the conversation. The person's live view shows it within a second."""
    text = validated_text(content, pipeline.limits)
    pseudonyms = pipeline.repository.pseudonyms(conversation_id)
    redacted, _, mapping = deidentify_text(text, pipeline.finder, pseudonyms)
    return handoffs.add_message(conversation_id, staff, text, redacted, mapping, ai_assisted)
