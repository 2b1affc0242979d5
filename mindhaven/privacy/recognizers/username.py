import re

from presidio_analyzer import Pattern, PatternRecognizer


class UsernameRecognizer(PatternRecognizer):
    """Handles and user names: @sadboi_99, u/lostinleeds, moonchild#4821, "my username is lostinleeds".

    An @ right after a letter or digit belongs to an email address and is left to the email recognizer.
    """

    PATTERNS = [
        Pattern("at_handle", r"(?<![\w.@/])@[A-Za-z0-9_](?:[A-Za-z0-9_.]{0,28}[A-Za-z0-9_])?(?![\w@])", 0.7),
        Pattern("reddit", r"(?<![\w/])/?u/[A-Za-z0-9_-]{3,20}\b", 0.7),
        Pattern("discord_tag", r"(?<![\w#])[A-Za-z0-9_.]{2,32}#\d{4}\b", 0.7),
        Pattern(
            "labelled",
            r"(?<=\b(?i:username|user name|handle|gamertag|gamer tag|insta|instagram|ig|snap|snapchat|tiktok|"
            r"twitter|discord|reddit|telegram|steam|xbox|psn|twitch)"
            r"(?i:\s+(?:name|id|account))?(?i:\s+(?:is|on here is|here is))?:?\s)"
            r"(?!(?i:is|on|the|a|an|and|but|me|my|it)\b)[A-Za-z0-9_.]*[0-9_.][A-Za-z0-9_.]*|"
            r"(?<=\b(?i:username|user name|handle|gamertag)(?i:\s+on\s+here)?(?i:\s+is)\s)"
            r"(?!(?i:the|a|an|and|but|me|my|it)\b)[A-Za-z][A-Za-z0-9_.]{3,29}\b",
            0.6,
        ),
    ]

    def __init__(self) -> None:
        super().__init__(supported_entity="USERNAME", patterns=self.PATTERNS, supported_language="en",
                         global_regex_flags=re.DOTALL | re.MULTILINE)
