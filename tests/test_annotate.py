"""The HTML of the notes: escaped seed text, internal links only, nothing lost."""

from __future__ import annotations

import re
from html import unescape

import pytest

from generator import Discussion
from generator.analysis.duplicates import duplicate_groups
from generator.analysis.notes import CommentNotes, Link, analyse
from generator.analysis.signatures import Signature
from generator.model import Comment, Paragraph, walk
from generator.pages import html
from generator.pages.annotate import body
from generator.pages.discussion import render_discussion


def test_anchor_is_escaped_and_urls_still_link() -> None:
    text = "<b>see</b> #2 & https://example.org/a?b=1 (2 above)"
    out = html.paragraph(
        text, anchors=[html.Anchor(text.index("(") + 1, len(text) - 1, "#c2", "comment-xref")]
    )
    assert out == (
        "<p>&lt;b&gt;see&lt;/b&gt; #2 &amp; "
        '<a href="https://example.org/a?b=1" rel="nofollow ugc noopener">https://example.org/a?b=1</a> '
        '(<a class="comment-xref" href="#c2">2 above</a>)</p>'
    )


def test_anchor_on_a_later_line() -> None:
    text = "first line\nsee 14 below"
    start = text.index("14")
    out = html.paragraph(text, anchors=[html.Anchor(start, start + 8, "#c14", "comment-xref")])
    assert out == '<p>first line<br>\nsee <a class="comment-xref" href="#c14">14 below</a></p>'


def visible_words(markup: str) -> list[str]:
    return unescape(re.sub(r"<[^>]+>", "", markup)).split()


@pytest.mark.parametrize("seed", ["seed_000", "seed_001"])
def test_every_word_of_every_comment_is_in_its_body(seed: str, request: pytest.FixtureRequest) -> None:
    discussion: Discussion = request.getfixturevalue(seed)
    analysis = analyse(discussion)
    for comment in walk(discussion.comments):
        rendered = "\n".join(body(comment, analysis.of(comment)))
        expected = [word for p in comment.paragraphs for word in p.text.split()]
        assert visible_words(rendered) == expected, comment.id


def test_signature_paragraph_of_seed_000(seed_000: Discussion) -> None:
    page = render_discussion(seed_000)
    assert page.count('<p class="comment-signature">') == 8
    assert '<p class="comment-signature">Frankie/ central Texas</p>' in page
    assert '<p class="comment-signature">~ Al Thompson – Torrance, CA.</p>' in page
    assert '<p class="comment-signature">JF – France</p>' in page


def test_seed_000_marks_and_links(seed_000: Discussion) -> None:
    page = render_discussion(seed_000)
    assert '(<a class="comment-xref" href="#c9" title="Comment #9">9 above</a>) said it well.' in page
    to_frankie = (
        '<span class="comment-addressee">to <a class="comment-addressee-link" href="#c1-1" '
        'title="Frankie’s comment #1.1">Frankie</a></span>'
    )
    assert page.count(to_frankie) == 2
    assert page.count('<span class="comment-addressee">to Lena</span>') == 1
    assert 'same text also posted as <a class="comment-duplicate-link" href="#c21-5">#21.5</a>' in page
    assert 'same text also posted as <a class="comment-duplicate-link" href="#c1-2">#1.2</a>' in page
    assert (
        '<span class="comment-author comment-author--signed" title="Signed at the end of the comment">'
        "Al Thompson III</span>" in page
    )


def test_names_from_seed_text_are_escaped() -> None:
    comment = Comment(
        "c1",
        1,
        None,
        0,
        (Paragraph("Dear Gigi,\nthanks.\n~ Al <Thompson> – Torrance", 2),),
        1,
    )
    discussion = Discussion("x.txt", "x", "X", None, None, None, None, (), (comment,))
    page = render_discussion(discussion)
    assert "<Thompson>" not in page
    assert "~ Al &lt;Thompson&gt; – Torrance" in page
    assert '<span class="comment-addressee">to Gigi</span>' in page


def short(id_: str, text: str) -> Comment:
    return Comment(id_, 1, None, 0, (Paragraph(text, 1),), 1)


def test_short_repeats_are_not_duplicates() -> None:
    assert duplicate_groups([short("c1", "Agree!"), short("c2", "Agree!")]) == []


def test_duplicates_ignore_line_breaks() -> None:
    words = "one two three four five six seven eight nine ten eleven twelve"
    assert duplicate_groups(
        [short("c1", words), short("c2", "x"), short("c3", words.replace(" six ", "\nsix "))]
    ) == [("c1", "c3")]


def test_links_on_both_sides_of_a_signature() -> None:
    text = "As comment 1 says. ~ Al (comment 2)"
    comment = Comment("c3", 3, None, 0, (Paragraph(text, 1),), 1)
    notes = CommentNotes(
        name="Al",
        signature=Signature(text.index("~"), "Al", None),
        links=(
            Link(0, text.index("comment 1"), text.index(" says"), "c1"),
            Link(0, text.index("comment 2"), len(text) - 1, "c2"),
        ),
    )
    assert list(body(comment, notes)) == [
        '<p>As <a class="comment-xref" href="#c1" title="Comment #1">comment 1</a> says.</p>',
        '<p class="comment-signature">~ Al '
        '(<a class="comment-xref" href="#c2" title="Comment #2">comment 2</a>)</p>',
    ]
