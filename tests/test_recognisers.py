"""One line per case for each recogniser: references, addressees, signatures (seed examples first)."""

from __future__ import annotations

import pytest

from generator.analysis.addressee import find_addressee
from generator.analysis.names import is_name
from generator.analysis.signatures import find_signature
from generator.analysis.xrefs import find_references


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mark Holt, (9 above) said it well.", [("9 above", 9)]),
        ("#12", [("#12", 12)]),
        ("#12 is right about the fuel.", [("#12", 12)]),
        ("I agree with #12.", [("#12", 12)]),
        ("As #3 said, he was paid.", [("#3", 3)]),
        ("(#7) has it wrong.", [("#7", 7)]),
        ("He posted #12 above.", [("#12", 12)]),
        ("Read comment 9.", [("comment 9", 9)]),
        ("comment 9 says it all", [("comment 9", 9)]),
        ("Comment #9: great", [("Comment #9", 9)]),
        ("see post #3.", [("post #3", 3)]),
        ("see comment 14", [("comment 14", 14)]),
        ("see 14 below", [("14 below", 14)]),
        ("Both (2 above) and comment 5 are wrong.", [("2 above", 2), ("comment 5", 5)]),
    ],
)
def test_reference_found(text: str, expected: list[tuple[str, int]]) -> None:
    assert [(text[r.start : r.end], r.number) for r in find_references(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "He did get married, with whom he had 2 children.",
        "the promise of U.S. $100,000 given to all",
        "He started a new life in America after his defection in 1976.",
        "planned to take their 4-year-old son Dmitri",
        "Belenko was on a training mission with other MIG 25s",
        "one of four in the 2, two-seaters",
        "We would like to visit him next year (2019) if possible.",
        "90% of the time his unit was drunk",
        "We are #1, baby.",
        "America is #1.",
        "my #1 priority",
        "I posted a comment 2 days ago.",
        "comment 3 times a day",
        "You will see 3 is wrong.",
        "It was 10 above zero.",
        "&#39;s",
        "comment 1.5 million",
        "comment 0",
    ],
)
def test_reference_not_found(text: str) -> None:
    assert find_references(text) == []


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Frankie, if you happen to know his current mailing address", "Frankie"),
        ("Dear Gigi,\nI know one of the Japanese pilots", "Gigi"),
        ("Lena, are you a Russian spy? Are YOU KGB?", "Lena"),
        ("Thank you Allen for your comment.\nOne of my question.", "Allen"),
        ("Al, if you happen to know his current mailing address", "Al"),
        ("Wow Mark, that was a great comment.", "Mark"),
        ("Good point Lee. I’m glad that he went over to the West.", "Lee"),
        ("Dear Slaven, in case you did not notice, this is English Russia", "Slaven"),
        ("Slaven, you’re an idiot! Why should his family suffer?", "Slaven"),
        ("I agree with you, Frankie. I met him and discussed life", "Frankie"),
        ("Thanks for the update Miguel. These were the kinds of questions", "Miguel"),
        ("Vik, your comments about the USSR and the USA are extremely interesting", "Vik"),
        ("Dear Mr. Coffin, the answer is below.", "Mr. Coffin"),
        ("Hi Mike! Long time.", "Mike"),
    ],
)
def test_addressee_found(text: str, name: str) -> None:
    assert find_addressee(text) == name


@pytest.mark.parametrize(
    "text",
    [
        "Yes, he was a traitor, but in a system as broken",
        "Yes. I had a secret clearance and knew Vik very well",
        "Agree!",
        "Agree. I know him personally.",
        "Actually, Mig Pilot was killed in a small plane crash",
        "Actually Belenko was the CIA agent.",
        "Man, are you trying to brainwash people?",
        "Relax, Dan is merely confusing Viktor’s story",
        "Seriously, what’s wrong with you?",
        "Oh, and top of that, as a Russian, he was obligated",
        "Greg – Bull. You write English with Russian accent.",
        "Thanks for the info.",
        "Thanks for the info on Belenko.",
        "Thanks for the link to Full Context.",
        "Belenko, in my opinion, is a hero.",
        "Dear all, thank you.",
        "Dear Sir, you are wrong.",
        "Hero",
        "WRONG! He is a fine American… as fine a human being as you.",
        "In response to Mr. Coffin’s request about Viktor Belenko’s wife",
        "",
    ],
)
def test_addressee_not_found(text: str) -> None:
    assert find_addressee(text) is None


@pytest.mark.parametrize(
    ("text", "signature", "name"),
    [
        (
            "Viktor Belenko is my friend. ~ Al Thompson – Torrance, CA.",
            "~ Al Thompson – Torrance, CA.",
            "Al Thompson",
        ),
        ("I think he is a good man.\nFrankie/ central Texas", "Frankie/ central Texas", "Frankie"),
        ("My email address is . Thank you, Robert", "Thank you, Robert", "Robert"),
        (
            "~ Al Thompson III (Los Angeles, CA area)",
            "~ Al Thompson III (Los Angeles, CA area)",
            "Al Thompson III",
        ),
        (
            "Regards, John Arnold Lohne, Gothenburg, Sweden",
            "Regards, John Arnold Lohne, Gothenburg, Sweden",
            "John Arnold Lohne",
        ),
        ("JF – France", "JF – France", "JF"),
        ("He was a good pilot.\n-- Frankie", "-- Frankie", "Frankie"),
        ("He was a good pilot.\nRegards,\nJohn Smith", "Regards,\nJohn Smith", "John Smith"),
        ("He was a good pilot. Cheers, Mike", "Cheers, Mike", "Mike"),
    ],
)
def test_signature_found(text: str, signature: str, name: str) -> None:
    found = find_signature(text, alone=False)
    assert found is not None
    assert (text[found.start :], found.name) == (signature, name)


@pytest.mark.parametrize(
    ("text", "alone"),
    [
        ("Greg – Bull. You write English with Russian accent.", True),
        ("JF – France", True),
        ("~ Al Thompson", True),
        ("Could you send me his address? Thank you.", False),
        ("I fully agree. Thanks for the info.", False),
        ("Bravo Belenko.", False),
        ("He was there last line of defense.\nTake that into account, people", False),
        ("He was a traitor.\nPutin – the man.", False),
        ("It was all a lie said Putin - Frankie", False),
        ("I love it.\nThanks, Sir", False),
        ("He was a hero.\nHero – Traitor. Who knows.", False),
        ("Vik, your comments….", False),
        ("~ al thompson", False),
        ("He was a traitor.\nBelenko – Traitor", False),
        ("He was a traitor.\nBelenko – The Man", False),
        ("They were allies once.\nUSA – Russia", False),
        ("They were allies once.\nCIA / KGB", False),
    ],
)
def test_signature_not_found(text: str, alone: bool) -> None:
    assert find_signature(text, alone=alone) is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("Frankie", True),
        ("JF", True),
        ("Mr. Coffin", True),
        ("Vargas-Caba", True),
        ("Man", False),
        ("Yes", False),
        ("actually", False),
        ("", False),
    ],
)
def test_is_name(value: str, expected: bool) -> None:
    assert is_name(value) is expected
