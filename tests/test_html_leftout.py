"""What a saved page holds that the model does not, block by block, in page order: a tail after
nested elements goes with its parent's block, after what it follows; landmarks, roles and
comments give the reason; texts of the model are matched with their white space collapsed."""

from __future__ import annotations

import random
import sys

from generator.read.html.leftout import collapsed, left_out
from generator.read.html.tree import parse_tree, strip_inert

OUTSIDE = "page text outside the article and the comments"

PAGE = "\n".join(
    [
        "<!doctype html><html><head><title>Runs</title></head><body>",
        "Loose words<div>Outer start<p>Inner para</p>outer after inner"
        "<span>inline <b>bold</b> bit</span>outer end</div>tail",
        '<div role="navigation">Rolemenu <i>item</i><div>Deeper role</div>role after</div>',
        '<ol class="comment-list"><li class="comment" id="c1"><b>Ann</b> <span>says:</span><p>Her words.</p>',
        '<ol><li class="comment" id="c2"><p>His words.</p><a href="#">Reply</a></li></ol>'
        "after the replies</li></ol>",
        "<footer>Foot <em>note</em></footer>end of body</body></html>",
    ]
)


def _listed(page: str, kept: list[str], comment_ids: tuple[str, ...] = ()) -> list[tuple[int, str, str]]:
    root = parse_tree(page, "page.html")
    strip_inert(root)
    comments = [element for element in root.iter() if element.get("id") in comment_ids]
    return [(item.line, item.text, item.reason) for item in left_out(root, kept, comments)]


def test_blocks_are_listed_in_page_order_with_tails_after_what_they_follow() -> None:
    listed = _listed(PAGE, ["Her words.", "His words."], ("c1", "c2"))
    assert listed == [
        (1, "Loose words", OUTSIDE),
        (2, "Outer start", OUTSIDE),
        (2, "Inner para", OUTSIDE),
        # The div's text after its paragraph, with the inline elements' text and tails in it.
        (2, "outer after inner inline bold bit outer end", OUTSIDE),
        (1, "tail", OUTSIDE),  # the body's block: the body's line
        (3, "Rolemenu item", "navigation"),
        (3, "Deeper role", "navigation"),
        (3, "role after", "navigation"),
        (4, "Ann says:", "comment header or action"),
        (5, "Reply", "comment header or action"),
        # The outer comment's text after its replies: the reply's block is done, the comment's goes on.
        (4, "after the replies", "comment header or action"),
        (6, "Foot note", "footer"),
        (1, "end of body", OUTSIDE),
    ]


def test_texts_of_the_model_are_not_listed_whatever_their_white_space() -> None:
    kept = ["Outer\nstart", " Inner  para ", "Loose\u00a0words", "Foot note", "tail"]
    listed = [text for _, text, _ in _listed(PAGE, kept)]
    assert "Outer start" not in listed and "Inner para" not in listed and "Loose words" not in listed
    assert "Foot note" not in listed and "tail" not in listed
    assert "end of body" in listed and "Rolemenu item" in listed


def test_a_page_of_nested_blocks_lists_each_tail_once() -> None:
    depth = 2000  # deeper than Python's recursion limit: the walk keeps its own stack
    assert depth > sys.getrecursionlimit()
    page = "<html><body>" + "<div>in" * depth + "</div>out" * depth + "</body></html>"
    listed = _listed(page, [])
    assert len(listed) == 2 * depth
    assert [text for _, text, _ in listed[depth - 2 : depth + 2]] == ["in", "in", "out", "out"]


def test_collapsing_is_splitting_and_joining() -> None:
    spaces = [chr(code) for code in range(sys.maxunicode + 1) if chr(code).isspace()]
    # The shortcut holds only because no white space but the space is printable.
    assert [space for space in spaces if space.isprintable()] == [" "]
    alphabet = [*spaces, "a", "é", "東", "\u200b", "-"]
    generator = random.Random(7)
    for _ in range(20000):
        text = "".join(generator.choice(alphabet) for _ in range(generator.randrange(8)))
        assert collapsed(text) == " ".join(text.split()), repr(text)
    for text in ["", "a", "a b", "a\nb", "a\n b", "a\n", "\na", "a\tb", "a\u00a0b", "a\u2028b", "a  b"]:
        assert collapsed(text) == " ".join(text.split()), repr(text)


def test_every_landmark_is_a_block() -> None:
    """The walk gives a new reason to an inline element only when it is marked (a role, a
    comment): a landmark tag that were no block would be read with its parent's reason."""
    from generator.read.html.leftout import _LANDMARKS
    from generator.read.html.text import BLOCKS

    assert set(_LANDMARKS) <= BLOCKS


def test_line_breaks_of_the_text_are_white_space_and_br_breaks_a_line() -> None:
    """A paragraph's own line ends (LF, CR) collapse like spaces; a <br> is a line break, also
    inside <pre>, where the text's own line ends are kept."""
    from generator.read.html.text import paragraphs

    root = parse_tree(
        "<html><body><p>one\r\ntwo<br>three\rfour <a href='https://x.example/a'>link</a></p>"
        "<pre>a  b\r\nc<br>d</pre><p>plain\nwords</p></body></html>",
        "page.html",
    )
    texts = [text for text, _ in paragraphs(root.find("body"))]
    assert texts == ["one two\nthree four link (https://x.example/a)", "a  b\nc\nd", "plain words"]


def test_a_menus_word_does_not_use_up_a_paragraph_the_model_holds_rewritten() -> None:
    # The model holds the paragraph with its link's address added, so its text is no block's: its
    # words are matched one by one. The menu comes first in the page; were it matched first, its
    # "Pocket" would use up the paragraph's, and the paragraph be listed though the model holds
    # it, while the menu's word went unlisted.
    page = (
        "<html><body><header><a href='/'>Pocket</a></header><main>"
        "<p>Integrate with Pocket under our <a href='https://x.example/tos'>License</a>.</p>"
        "</main></body></html>"
    )
    kept = ["Integrate with Pocket under our License (https://x.example/tos)."]
    assert _listed(page, kept) == [(1, "Pocket", "page header")]


def test_what_is_left_out_is_listed_in_page_order_whatever_was_matched_first() -> None:
    page = "\n".join(
        [
            "<html><body><nav>Menu</nav>",
            "<p>Alpha beta.</p>",
            "<footer>Gamma</footer>",
            "<p>Delta.</p></body></html>",
        ]
    )
    assert [line for line, _, _ in _listed(page, [])] == [1, 2, 3, 4]


def test_a_sidebars_word_does_not_use_up_a_comment_the_model_holds_rewritten() -> None:
    # Comments are the page's text too: their blocks are matched before the sidebar's, though
    # the sidebar comes first in the page.
    page = (
        "<html><body><aside><ul><li>Pocket</li></ul></aside><ol><li class='comment' id='c1'><p>Try "
        "<a href='https://p.example/'>Pocket</a> instead.</p></li></ol></body></html>"
    )
    assert _listed(page, ["Try Pocket (https://p.example/) instead."], ("c1",)) == [(1, "Pocket", "sidebar")]
