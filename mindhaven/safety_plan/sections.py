"""The steps of the Stanley-Brown Safety Planning Intervention, in the order they are used.

Stanley B, Brown GK. Safety Planning Intervention: a brief intervention to mitigate suicide
risk. Cognitive and Behavioral Practice 2012;19(2):256-264.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Section:
    key: str
    title: str
    prompt: str
    examples: str


SECTIONS: tuple[Section, ...] = (
    Section("warning_signs", "1. My warning signs",
            "Thoughts, images, moods, situations or behaviours that tell me a crisis may be coming.",
            "e.g. not sleeping, pulling away from friends, thinking 'I can't do this'"),
    Section("coping_strategies", "2. Things I can do on my own to take my mind off my problems",
            "Things I can do by myself without contacting anyone.",
            "e.g. a walk round the block, a hot shower, a playlist, breathing slowly for two minutes"),
    Section("distraction", "3. People and places that take my mind off things",
            "People I can be with and social places I can go to.",
            "e.g. the library, my cousin's place, the gym, a café"),
    Section("people_to_ask", "4. People I can ask for help",
            "People I trust to tell that I am not okay, and how to reach them.",
            "e.g. my sister, my friend from work"),
    Section("professionals", "5. Professionals and services I can contact in a crisis",
            "My doctor or therapist, and crisis lines (the verified ones for your country are listed below).",
            "e.g. my GP's surgery, my therapist"),
    Section("safe_environment", "6. Making my surroundings safer",
            "Ways to keep things I could use to hurt myself out of reach.",
            "e.g. ask someone to keep my medication, leave the car keys with a friend"),
    Section("reasons_for_living", "The most important thing to me, worth living for",
            "Optional: who or what matters most to you.",
            "e.g. my dog, my kids, seeing the sea again"),
)

KEYS = tuple(s.key for s in SECTIONS)
MAX_ENTRIES = 12
MAX_ENTRY_CHARS = 300
