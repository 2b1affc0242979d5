"""Live handoff: a supporter or clinician takes a conversation over from the AI and hands it back."""
