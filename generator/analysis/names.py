"""What a person's name looks like in a comment: the pieces the recognisers share.

Precision over recall: a capitalised word is a name only when it is not one of the words that
start English sentences or address nobody in particular ("Yes", "Actually", "Man", "Sir").
"""

from __future__ import annotations

import re

UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
"""Capital letters: ASCII and Latin-1/Latin Extended-A (enough for the names of the seeds' readers)."""

LOWER = "a-zß-öø-ÿā-ž"
"""Small letters, the same ranges."""

_UPPER_ONLY = "A-ZÀ-ÖØ-ÞĀ"
# UPPER's range Ā-Ž holds the small letters ā…ž as well (Latin Extended-A alternates cases), so
# inside a word a capital is taken from UPPER less LOWER: "[UPPER]?[LOWER]+" could read "āā…" both
# ways and its repeat was exponential on "'ā'ā…"; this form matches the same words, in the same order.
WORD = rf"[{UPPER}](?:[{LOWER}]+(?:[{_UPPER_ONLY}][{LOWER}]+)?)(?:[-'’][{_UPPER_ONLY}]?[{LOWER}]+)*"
"""One capitalised name word: "Frankie", "McDonald", "Vargas-Caba", "O’Brien"."""

TITLE = r"(?:Mr|Mrs|Ms|Dr|Prof|Lt|Capt|Col|Gen|Sgt)\.?"
"""A title before a surname: "Mr. Coffin"."""

SUFFIX = r"(?:Jr\.?|Sr\.?|II|III|IV)"
"""A generational suffix after a name: "Al Thompson III"."""

PARTICLE = r"(?:de|da|di|del|della|van|von|der|den|la|le|du|bin|al)"
"""Lower-case particles inside a full name: "Ludwig van Beethoven"."""

INITIALS = rf"[{UPPER}]{{2,3}}"
"""Initials used as a signature: "JF"."""

FULL_NAME = (
    rf"(?:{TITLE}\s+)?{WORD}(?:\s+(?:{PARTICLE}\s+)?(?:{WORD}|[{UPPER}]\.))" + r"{0,3}" + rf"(?:\s+{SUFFIX})?"
)
"""A person's name of one to four words, optionally titled and suffixed ("John Arnold Lohne")."""


def words(text: str) -> frozenset[str]:
    """A set of words written as one block of text (long word lists read better that way)."""
    return frozenset(text.split())


NOT_NAMES = words(
    """
    yes yeah yep yup no nope nah well oh ah aha wow whoa hey hi hello dear ok okay sure true false
    agree agreed exactly absolutely definitely certainly indeed right wrong correct incorrect
    actually anyway anyways however also again besides otherwise meanwhile still now then so but and
    or nor yet because although though while whereas since if unless when where why what who how
    which whatever whoever sorry please thanks thank cheers regards sincerely best greetings
    bravo amen lol haha hah ha hmm hm huh ugh duh jeez geez gosh god lord jesus christ damn hell
    man men dude dudes guy guys folks people everyone everybody anyone anybody someone somebody
    all sir sirs madam maam ma’am gentlemen ladies lady friend friends buddy pal mate bro brother
    brothers sister son boy boys kid kids comrade comrades fellow fellows americans russians
    honestly frankly clearly obviously apparently seriously basically personally hopefully sadly
    unfortunately fortunately luckily naturally ironically interestingly similarly likewise
    finally lastly first second third next instead overall fact note update edit ps nb btw fyi imo
    imho relax look listen see wait stop come go yo great good nice cool interesting funny
    hero traitor history today yesterday tomorrow later earlier once before after there here
    this that these those it its he she they we you i me my our your his her their them us
    the a an in on at to of for by with from about as like just only even never always really
    very much more most less least some any many few several each every both either neither
    usa uk ussr cccp cia kgb fbi nsa dia gru nato un eu dc tv mig faq
    """
)
"""Lower-cased words that look like a name at the start of a sentence but are not one."""

_WORD_RE = re.compile(WORD)
_TITLE_RE = re.compile(rf"^{TITLE}\s*")
_INITIALS_RE = re.compile(INITIALS)


def is_name(value: str) -> bool:
    """Whether ``value`` (one or more words) can be a person's name rather than a common word."""
    words = value.split()
    if not words:
        return False
    first = _TITLE_RE.sub("", value).split()
    if not first:
        return False
    head = first[0]
    if head.casefold() in NOT_NAMES:
        return False
    if _INITIALS_RE.fullmatch(head):
        return True
    return bool(_WORD_RE.fullmatch(head))
