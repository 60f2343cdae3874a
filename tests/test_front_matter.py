"""A seed's own front matter (``---`` / ``slug: …`` / ``---``) chooses its page's slug."""

from __future__ import annotations

import pytest

from generator import parse
from generator.model import SourceLine
from tests.reference import assign_slugs

BODY = "A title\n\nPosted on Aug 27, 2008\n\nThe article.\n\n  1. A comment.\n"


def test_slug_from_front_matter_replaces_the_title_slug() -> None:
    discussion = parse("---\nslug: belenko-interview\n---\n" + BODY, "s.txt")
    assert discussion.title == "A title"
    assert discussion.chrome[:3] == (
        SourceLine(1, "---"),
        SourceLine(2, "slug: belenko-interview"),
        SourceLine(3, "---"),
    )
    (placed,) = assign_slugs([discussion])
    assert placed.slug == "belenko-interview"
    # Line numbers stay those of the file.
    assert discussion.title_line == 4
    assert discussion.comments[0].line == 10


def test_front_matter_slug_is_slugified_so_it_cannot_leave_the_pages_folder() -> None:
    (placed,) = assign_slugs([parse("---\nslug: ../../etc/Passwd\n---\n" + BODY, "s.txt")])
    assert placed.slug == "etc-passwd"


@pytest.mark.parametrize(
    "opening",
    [
        "---\n",  # a rule, not front matter
        "---\ntitle: x\n---\n",  # only slug is read
        "---\nslug:\n---\n",  # empty value
        "---\nslug: x\nmore: y\n---\n",  # anything else inside
        "---\nslug: x\n",  # never closed
        " ---\nslug x\n---\n",  # no colon
    ],
)
def test_other_openings_stay_text(opening: str) -> None:
    discussion = parse(opening + BODY, "s.txt")
    (placed,) = assign_slugs([discussion])
    assert placed.slug != "x"
    assert not any(line.text.startswith("slug") for line in discussion.chrome)
