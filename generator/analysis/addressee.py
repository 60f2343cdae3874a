"""The name a comment addresses in its opening words: "Frankie, if you …", "Dear Gigi,".

Only the comment's first line is read, and only these openings count:

- a greeting and a name: "Dear Gigi,", "Hi Mike!", "Dear Mr. Smith:";
- a name, a comma and the rest of a sentence in small letters or "I": "Lena, are you …",
  "Al, if you happen …", "Slaven, you’re …";
- a word of surprise, praise or thanks and a name: "Wow Mark, that was …", "Good point Lee.",
  "Thank you Allen for your comment", "Thanks for the update Miguel.";
- "… you, Name." in the first sentence: "I agree with you, Frankie."

Words that open ordinary sentences ("Yes, …", "Actually, …", "Man, are you …") are not names
(see :data:`generator.analysis.names.NOT_NAMES`).
"""

from __future__ import annotations

import re

from generator.analysis.names import TITLE, WORD, is_name, words

_ONE = rf"(?:{TITLE}\s+)?{WORD}"
_SOME = rf"{_ONE}(?:\s+{WORD}){{0,2}}"
_END = r"(?=\s*(?:[,:;!.?…]|$))"

_GREETINGS = r"(?:Dear|Hi|Hello|Hey|Greetings|Howdy)"
_REMARKS = (
    r"(?:Wow|Whoa|Well|Oh|Yes|Sorry|Hey|Ok|Okay|Well said|Right|Exactly|Agreed"
    r"|Bravo|Amen|Indeed|Congratulations|Congrats|Good (?:point|one|post|comment|question|job)"
    r"|Great (?:point|post|comment|question|job)|Nice (?:one|post|comment|try))"
)
_THANKING = r"(?:Thank you|Thanks|Many thanks)"

_GREETING = re.compile(rf"^{_GREETINGS}[,]?\s+(?P<name>{_SOME}){_END}")
# "Belenko, in my view, …" names a subject, not a listener: a vocative speaks to "you".
_VOCATIVE = re.compile(
    rf"^(?P<name>{_ONE})\s*,\s+(?=[a-zß-ÿ]|I\b|I['’])"
    r"(?=[^.!?\n]*\b(?i:you|your|you['’]\w+|u|ur|yourself)\b)"
)
_REMARK = re.compile(rf"^{_REMARKS}[,!]?\s+(?P<name>{_ONE}){_END}")
_THANKS = re.compile(
    rf"^{_THANKING}(?: so much| very much| again)?,?\s+(?P<name>{_ONE})(?=\s+for\b|\s*[,.!:]|$)"
)
# "Thanks for the update Miguel." — the name closes the sentence; a word before it that asks for
# a place or topic ("on Russia", "about Belenko") means the capital is not a person.
_THANKS_FOR = re.compile(rf"^{_THANKING} for (?P<what>[a-z’' -]{{1,60}}?),?\s+(?P<name>{_ONE})\s*[.!]")
# How every pattern above begins: one match rules out most comments before the patterns are
# tried one by one ("… you, Name." aside).
_OPENING = re.compile(rf"^(?:(?:{_GREETINGS}|{_REMARKS}|{_THANKING})\b|{_ONE}\s*,)")
_TOPIC_WORDS = words("on about from in to of with at by for re regarding into the a an and or")
_AGREE = re.compile(rf"^[^.!?\n]{{0,60}}\byou,\s+(?P<name>{_ONE})\s*[.!?]")


def find_addressee(text: str) -> str | None:
    """The name the comment whose text starts with ``text`` addresses, or ``None``."""
    text = text.lstrip()
    # Cheap checks of the whole text first: what the first line opens with or holds, the text does.
    if not _OPENING.match(text) and "you," not in text:
        return None
    first = text.split("\n", 1)[0].strip()
    for pattern in (_GREETING, _VOCATIVE, _REMARK, _THANKS, _AGREE):
        if pattern is _AGREE and "you," not in first:  # its only way to match
            continue
        match = pattern.match(first)
        if match and is_name(match["name"]):
            return " ".join(match["name"].split())
    match = _THANKS_FOR.match(first)
    if match and is_name(match["name"]):
        words = match["what"].split()
        if words and words[-1].casefold() not in _TOPIC_WORDS:
            return " ".join(match["name"].split())
    return None
