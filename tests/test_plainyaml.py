"""The front matter fast path writes exactly what PyYAML writes, or leaves the job to PyYAML."""

from __future__ import annotations

import random

import pytest
import yaml

from generator.pages import html, plainyaml


def _pyyaml(fields: dict[str, object]) -> str:
    return yaml.safe_dump(fields, allow_unicode=True, sort_keys=False, width=1_000_000)


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("Belenko defects", "Belenko defects"),
        ("Viktor Belenko – the pilot’s story…", "Viktor Belenko – the pilot’s story…"),
        ("R&amp;D in Zürich", "R&amp;D in Zürich"),
        ("Discussion 20: was he a traitor", "'Discussion 20: was he a traitor'"),
        ("It&#x27;s: quoted", "'It&#x27;s: quoted'"),
        ("don't: stop", "'don''t: stop'"),
        ("2008-08-27", "'2008-08-27'"),
        ("#hashtag", "'#hashtag'"),
        ("ends with a colon:", "'ends with a colon:'"),
        ("a # comment", "'a # comment'"),
        ("- a dash", "'- a dash'"),
        ("2 words ", "'2 words '"),
    ],
)
def test_strings_it_writes(value: str, written: str) -> None:
    assert plainyaml.dump({"title": value}) == f"title: {written}\n" == _pyyaml({"title": value})


@pytest.mark.parametrize(
    "value",
    ["", "yes", "No", "null", "1976", "12:30", "line\nbreak", "tab\there", "emoji 😀", "~", "a  b"],
)
def test_strings_it_leaves_to_pyyaml(value: str) -> None:
    assert plainyaml.dump({"title": value}) is None


def test_lists_and_several_keys() -> None:
    fields: dict[str, object] = {"title": "Archive", "date": "1976-09-06", "hide": ["toc"]}
    assert plainyaml.dump(fields) == "title: Archive\ndate: '1976-09-06'\nhide:\n- toc\n" == _pyyaml(fields)


def test_a_mapping_of_flags() -> None:
    fields: dict[str, object] = {
        "title": "Timeline",
        "search": {"exclude": True, "boost": False},
        "hide": ["toc"],
    }
    written = "title: Timeline\nsearch:\n  exclude: true\n  boost: false\nhide:\n- toc\n"
    assert plainyaml.dump(fields) == written == _pyyaml(fields)


@pytest.mark.parametrize(
    "fields",
    [
        {},
        {"comments": 3},
        {"hide": []},
        {"hide": [1]},
        {"a: b": "x"},
        {"title": None},
        {"search": {}},
        {"search": {"exclude": 1}},
        {"search": {"exclude": "yes"}},
        {"search": {"a: b": True}},
        {"search": {"deep": {"exclude": True}}},
    ],
)
def test_other_values_are_left_to_pyyaml(fields: dict[str, object]) -> None:
    assert plainyaml.dump(fields) is None


_ALPHABET = (
    list("abcXYZ 019:-#&'\"!?*[]{},|>%@`~./;()=+<")
    + list("éüßМос東京–—…“”’‘\xa0\u2009\u202e\u2028\u2029\x85\ufeff\ufffd\ue000\x7f\t\n😀")
    + ["yes", "null", "Discussion ", ": ", " #", "- ", "2008-08-27", "&amp;"]
)


@pytest.mark.parametrize("seed", range(20))
def test_random_strings_match_pyyaml(seed: int) -> None:
    """Whenever the fast path answers, its answer is PyYAML's, for titles as render escapes them."""
    rng = random.Random(seed)
    answered = 0
    for _ in range(1000):
        raw = "".join(rng.choice(_ALPHABET) for _ in range(rng.randint(0, 12)))
        for value in (raw, html.text(raw), raw.strip(), " ".join(raw.split())):
            fields: dict[str, object] = {"title": value, "hide": ["toc"]}
            fast = plainyaml.dump(fields)
            if fast is not None:
                answered += 1
                assert fast == _pyyaml(fields), repr(value)
    assert answered > 500  # the comparison means something only if the fast path answers often
