"""Saved Kinja pages (Gawker's sites: Lifehacker, Gizmodo, Jalopnik, Kotaku …).

Kinja prints each reply as an ``article.js_reply`` carrying its own id and its parent's in data
attributes, one after the other in a branch, never one inside another; its date is a timestamp in
milliseconds beside the date shown twice (once for hovering) with a two-digit year; the author's
hover card (a ``div.content`` with "Profile", "Follow") comes before the reply's text. No
recogniser knew the markup: a saved page's replies were left out as page text, and the page was
published without comments. The page below follows Kinja's markup (2015); the truth is its own
data.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from generator.build.workers import load_seed
from generator.model import Discussion, walk

POST = 1690268064

# (id, parent id, author name, shown date, milliseconds since 1970, paragraphs)
REPLIES = (
    (1690284499, POST, "jnovo22", "3/09/15 8:12am", 1425913955940,
     ("This is one of my hardest habits to break.", "Cash only helps.")),
    (1690284989, 1690284499, "Patrick Allan", "3/09/15 8:14am", 1425914092000,
     ("I do the cash-only thing too.",)),
    (1690292756, 1690284989, "jnovo22", "3/09/15 8:47am", 1425916025000, ("Yup. Each week, $25 cash.",)),
    (1690287621, POST, "The Gray Adder", "3/09/15 8:26am", 1425914763000, ("Why would I make a list?",)),
    (1690289222, 1690287621, "Patrick Allan", "3/09/15 8:32am", 1425915151000,
     ("So you know what you have.",)),
    (1690295877, 77, "timgray", "3/09/15 9:00am", 1425916808000, ("Camping gear is not cheap.",)),
)  # fmt: skip
"""The last one answers a reply the page does not hold (Kinja shows a branch's end): top level."""

ARTICLE = (
    "We all buy stuff we don't need. Here is how to train your brain to resist the impulse and keep "
    "your money where it belongs.",
    "Make a list of everything you own, and wait thirty days before any purchase.",
)


def _reply(rid: int, parent: int, name: str, shown: str, millis: int, paragraphs: tuple[str, ...]) -> str:
    handle = name.replace(" ", "").lower()
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<article data-authorname="{handle}" data-parentid="{parent}" data-id="{rid}" id="reply_{rid}" '
        'class="js_reply reply js_goto_post clearfix"><header class="no-expand"><div class="meta-container">'
        '<div class="meta-avatar js_author"><div class="floated-container img-30">'
        f'<div class="f-dropdown author-hovercard content small whitelisted-links" id="{rid}-hovercard">'
        f'<span class="avatar"><img alt="{handle}" src="a.png"></span><div class="js_follow-controls">'
        f'<h4>{handle}</h4><a class="button tiny secondary" href="http://{handle}.kinja.com">Profile</a>'
        '<a class="button tiny js_followforuser" href="#">Follow</a></div></div>'
        '<div class="txt"><span class="display-name author vcard">'
        f'<a class="fn url" href="http://{handle}.kinja.com">{name}</a>'
        '<span class="reply-author replyto-author"><span class="icon"></span>Patrick Allan</span></span>'
        f'<div class="second-line post-meta"><span data-publishtime="{millis}" class="publish-time '
        f'js_publish_time"><a href="/r-{rid}" class="hover-switch"><span class="show-on-hover published '
        f'updated">{shown}</span><span class="hide-on-hover">\t{shown}</span></a></span></div></div></div>'
        '</div><div class="post-dropdown-ct"><ul class="f-dropdown proxima js_post-dropdown">'
        f'<li class="js_edit-reply hover-icon hide"><a href="#">Edit</a></li><li><a href="#">Follow {handle}'
        "</a></li></ul></div></header>"
        f'<div class="reply-content post-content blurable whitelisted-links">{body}</div>'
        '<div class="reply-tools js_reply-tools"><a class="js_reply-to-selected-post reply-link" href="#">'
        'Reply</a><a class="js_like recommend-reply" href="#">Like</a></div></article>'
    )


PAGE = (
    '<html lang="en"><head><title>How to Stop Buying Crap You Don\'t Need</title></head><body>'
    '<header><a href="/">Lifehacker</a><nav><ul><li><a href="/tag/money">Money</a></li></ul></nav></header>'
    '<article class="post hentry js_post_item"><header><h1 class="headline entry-title">'
    "How to Stop Buying Crap You Don't Need</h1><div class='author vcard'>Patrick Allan</div></header>"
    f'<div class="post-content entry-content">{"".join(f"<p>{p}</p>" for p in ARTICLE)}</div></article>'
    '<section data-replycount="146" class="js_replies"><div class="replies-wrapper">'
    '<dl class="reply-filters">'
    '<dd><a href="/all">All replies</a></dd></dl><div class="js_branch-authorchat branch-list">'
    '<div class="branch js_branch">'
    + "".join(_reply(*reply) for reply in REPLIES[:3])
    + '</div><div class="branch js_branch">'
    + "".join(_reply(*reply) for reply in REPLIES[3:5])
    + '</div><div class="branch js_branch">'
    + _reply(*REPLIES[5])
    + "</div></div></div></section><footer>© Gawker Media</footer></body></html>"
)


def _depths() -> list[int]:
    depth: dict[int, int] = {}
    for rid, parent, *_ in REPLIES:
        depth[rid] = depth[parent] + 1 if parent in depth else 0
    return [depth[rid] for rid, *_ in REPLIES]


def test_every_reply_of_a_saved_kinja_page_is_read(tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(PAGE, encoding="utf-8")
    discussion, _ = load_seed(saved)
    expected = [
        (depth, name, dt.datetime.fromtimestamp(millis / 1000, dt.UTC).isoformat(timespec="seconds"), shown,
         list(paragraphs))
        for depth, (_, _, name, shown, millis, paragraphs) in zip(_depths(), REPLIES, strict=True)
    ]  # fmt: skip
    read = [
        (c.depth, c.author, c.posted, c.posted_text, [p.text for p in c.paragraphs])
        for c in walk(discussion.comments)
    ]
    assert read == expected
    assert expected[0][2] == "2015-03-09T15:12:35+00:00"  # 8:12am in Los Angeles, as shown
    assert [c.depth for c in walk(discussion.comments)] == [0, 1, 2, 0, 1, 0]
    assert discussion.dialect == "html/kinja"
    assert discussion.title == "How to Stop Buying Crap You Don't Need"
    assert [p.text for p in discussion.article] == list(ARTICLE)


def test_a_kinja_reply_s_hover_card_and_menus_are_no_text(tmp_path: Path) -> None:
    """The hover card ("Profile", "Follow") is a ``div.content`` before the reply's text: the
    reply's text is its ``reply-content``, and its addressee ("→ Patrick Allan") no part of its name."""
    saved = tmp_path / "page.html"
    saved.write_text(PAGE, encoding="utf-8")
    discussion, _ = load_seed(saved)
    texts = " ".join(p.text for c in walk(discussion.comments) for p in c.paragraphs)
    assert "Profile" not in texts and "Follow" not in texts and "Reply" not in texts
    assert {c.author for c in walk(discussion.comments)} == {
        "jnovo22",
        "Patrick Allan",
        "The Gray Adder",
        "timgray",
    }


def _page(branches: list[list[tuple[int, int, str, str, int, tuple[str, ...]]]]) -> str:
    head = PAGE.split('<div class="js_branch-authorchat branch-list">')[0]
    rows = "".join(
        '<div class="branch js_branch">' + "".join(_reply(*reply) for reply in branch) + "</div>"
        for branch in branches
    )
    tail = "</div></div></section><footer>© Gawker Media</footer></body></html>"
    return f'{head}<div class="js_branch-authorchat branch-list">{rows}{tail}'


_A = (101, POST, "Ann Alpha", "3/09/15 8:12am", 1425913955000, ("A: top-level comment.",))
_B = (102, 101, "Bob Beta", "3/09/15 8:14am", 1425914092000, ("B: answers A.",))
_C = (103, 101, "Cat Gamma", "3/09/15 8:20am", 1425914400000, ("C: also answers A.",))
_D = (104, 102, "Dan Delta", "3/09/15 8:30am", 1425915000000, ("D: answers B, not C.",))


def test_a_kinja_reply_goes_under_the_parent_it_names_whatever_the_order(tmp_path: Path) -> None:
    """A branch lists its replies by time (A, B to A, C to A, D to B) or a reply before its
    parent: each goes under the comment its ``data-parentid`` names. Read as depths in page
    order, D was C's reply and B a comment of its own."""

    def tree(branches: list[list[tuple[int, int, str, str, int, tuple[str, ...]]]]) -> list[tuple[str, str]]:
        saved = tmp_path / "page.html"
        saved.write_text(_page(branches), encoding="utf-8")
        discussion, _ = load_seed(saved)
        parent = {
            id(reply): comment.author for comment in walk(discussion.comments) for reply in comment.replies
        }
        return [(c.author or "", parent.get(id(c)) or "") for c in walk(discussion.comments)]

    assert tree([[_A, _B, _C, _D]]) == [
        ("Ann Alpha", ""),
        ("Bob Beta", "Ann Alpha"),
        ("Dan Delta", "Bob Beta"),
        ("Cat Gamma", "Ann Alpha"),
    ]
    assert tree([[_B, _A, _C]]) == [("Ann Alpha", ""), ("Bob Beta", "Ann Alpha"), ("Cat Gamma", "Ann Alpha")]


Reply = tuple[int, int, str, str, int, tuple[str, ...]]


def _read(tmp_path: Path, branches: list[list[Reply]]) -> Discussion:
    saved = tmp_path / "page.html"
    saved.write_text(_page(branches), encoding="utf-8")
    return load_seed(saved)[0]


def test_replies_in_a_loop_of_parents_are_read_at_the_top_with_a_warning(tmp_path: Path) -> None:
    # B names C as its parent and C names B: neither reaches the article. Both are kept, at the
    # top level, and the reader says the thread may be wrong there, once for each.
    b = (102, 103, "Bob Beta", "3/09/15 8:14am", 1425914092000, ("B: answers C.",))
    c = (103, 102, "Cat Gamma", "3/09/15 8:20am", 1425914400000, ("C: answers B.",))
    discussion = _read(tmp_path, [[_A, b, c]])
    assert [(comment.author, comment.depth) for comment in walk(discussion.comments)] == [
        ("Ann Alpha", 0),
        ("Bob Beta", 0),
        ("Cat Gamma", 0),
    ]
    risks = [warning for warning in discussion.warnings if warning.risky]
    assert len(risks) == 2
    assert all("loop of replies" in warning.message for warning in risks)


def test_a_reply_to_an_id_two_comments_share_says_its_place_is_a_guess(tmp_path: Path) -> None:
    # Two comments carry the id 101; the reply naming it goes under the last of them, and says so.
    twin = (101, POST, "Ann Twin", "3/09/15 8:13am", 1425914000000, ("A again.",))
    discussion = _read(tmp_path, [[_A, twin, _B]])
    parent = {id(reply): comment.author for comment in walk(discussion.comments) for reply in comment.replies}
    assert [(c.author, parent.get(id(c))) for c in walk(discussion.comments)] == [
        ("Ann Alpha", None),
        ("Ann Twin", None),
        ("Bob Beta", "Ann Twin"),
    ]
    risks = [warning.message for warning in discussion.warnings if warning.risky]
    assert len(risks) == 1
    assert risks[0].startswith("its parent's id '101' is on two comments: read under the last")


def test_a_well_formed_kinja_thread_has_no_warning(tmp_path: Path) -> None:
    assert not [w for w in _read(tmp_path, [[_A, _B, _C, _D]]).warnings if w.risky]
