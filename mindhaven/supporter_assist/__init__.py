"""Help for peer supporters while they write to a person: phrasing flags and an empathic rewrite.

In the spirit of HAILEY (Sharma et al. 2023): the supporter writes, MindHaven points at phrasing
that tends to hurt (``checks/``) and offers a more empathic rewrite (``rewrite.py``); the
supporter decides what to send, and a reply written with a suggestion is marked as such
(``authorship.py``) so the person is told.

Languages covered:

- The phrasing flags (minimising, advice, judging, secrecy, diagnosing) read English drafts only.
- Identifiers (phone numbers, links, emails not in the crisis directory) are found in any language,
  with the output check's own rule.
- Missed risk cues: the person's messages are read by the project's risk assessor, in its six
  languages (English, Spanish, French, Portuguese, German, Hindi/Hinglish); a draft is taken to
  address the risk when it names it or asks about safety in any of those languages.
  The measured figures are in ``bench/supporter_flags.py`` (labelled drafts in ``examples.jsonl``).
- The rewrite is asked for in the draft's language; what the model writes passes the output check
  and the flags above, so outside English only the language-independent checks apply to it.
"""
