"""Saved Drupal pages: Bartik (Drupal 7) and Olivero (Drupal 9 and 10, its default theme).

Drupal nests a reply not inside its parent's element but in a ``<div class="indented">`` that
follows it, and its comment wrapper is none of WordPress's lists: no recogniser knew the markup
and the general detector, seeing only the top level, scored it too low. A saved page of four
comments was published as a page without comments, and without its article (Drupal's body
field is none of the content classes the reader knew), with no word. The pages follow the
themes' templates; the truth is the pages' own markup.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from generator.build.workers import load_seed
from generator.model import walk
from generator.read import html

# (id, parent id, author, created as shown, ISO stamp, subject, paragraphs)
COMMENTS = (
    (1, None, "Karl", "Tue, 03/03/2020 - 10:00", "2020-03-03T10:00", "My loaf came out flat",
     ("My loaf came out flat.", "Any idea why?")),
    (2, 1, "Anna", "Sat, 03/14/2020 - 11:00", "2020-03-14T11:00", "Less water",
     ("Use less water in winter.",)),
    (3, 2, "Chiara", "Sat, 03/14/2020 - 13:15", "2020-03-14T13:15", "Thanks", ("Thanks, that helped.",)),
    (4, None, "Dora Smith", "Sun, 03/15/2020 - 12:00", "2020-03-15T12:00", "Great recipe",
     ("Great recipe!",)),
    (5, 3, "Emil", "Sun, 03/15/2020 - 18:30", "2020-03-15T18:30", "Me too", ("Same here.",)),
)  # fmt: skip

ARTICLE = (
    "Sourdough needs flour, water, salt and a lively starter. Feed the starter the night before and keep "
    "it somewhere warm.",
    "Shape the loaf gently and bake it hot.",
)


def _bartik(cid: int) -> str:
    _, _, name, created, _, subject, paragraphs = next(c for c in COMMENTS if c[0] == cid)
    children = "".join(_bartik(c[0]) for c in COMMENTS if c[1] == cid)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<a id="comment-{cid}"></a><div class="comment comment-by-anonymous clearfix">'
        '<div class="attribution"><div class="submitted">'
        f'<p class="commenter-name"><span class="username">{name}</span></p>'
        f'<p class="comment-time">{created}</p><p class="comment-permalink">'
        f'<a href="/comment/{cid}#comment-{cid}" class="permalink">Permalink</a></p>'
        '</div></div><div class="comment-text"><div class="comment-arrow"></div>'
        f'<h3><a href="/comment/{cid}#comment-{cid}" class="permalink">{subject}</a></h3>'
        '<div class="content"><div class="field field-name-comment-body"><div class="field-items">'
        f'<div class="field-item even">{body}</div></div></div></div>'
        '<ul class="links inline"><li class="comment-delete first"><a href="#">delete</a></li>'
        '<li class="comment-edit"><a href="#">edit</a></li>'
        '<li class="comment-reply last"><a href="#">reply</a></li></ul></div></div>'
        + (f'<div class="indented">{children}</div>' if children else "")
    )


BARTIK = (
    "<html><head><title>Sourdough basics | Bread Blog</title></head><body>"
    '<div id="header"><a href="/">Bread Blog</a><ul class="menu"><li><a href="/">Home</a></li></ul></div>'
    '<div id="main"><h1 class="title" id="page-title">Sourdough basics</h1>'
    '<div class="node node-article"><div class="meta submitted">Submitted by '
    '<span class="username">anna</span> on Sun, 03/01/2020 - 09:00</div>'
    '<div class="content"><div class="field field-name-body"><div class="field-items">'
    '<div class="field-item even">'
    f"{''.join(f'<p>{p}</p>' for p in ARTICLE)}</div></div></div></div>"
    '<ul class="links inline"><li class="comment-add"><a href="#">Add new comment</a></li></ul>'
    '<div id="comments" class="comment-wrapper"><h2 class="title">Comments</h2>'
    f"{''.join(_bartik(c[0]) for c in COMMENTS if c[1] is None)}"
    '<h2 class="title comment-form">Add new comment</h2><form><label>Your name</label><input>'
    '<label>Comment</label><textarea></textarea><input type="submit" value="Save"></form></div></div></div>'
    '<div id="footer">Powered by Drupal</div></body></html>'
)


def _olivero(cid: int) -> str:
    _, _, name, created, _, subject, paragraphs = next(c for c in COMMENTS if c[0] == cid)
    children = "".join(_olivero(c[0]) for c in COMMENTS if c[1] == cid)
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    return (
        f'<article data-comment-user-id="0" id="comment-{cid}" class="comment js-comment by-anonymous" '
        'role="article"><span class="hidden" data-comment-timestamp="1583229600"></span>'
        '<div class="comment__picture-wrapper"><div class="comment__picture">'
        f'<img src="/core/themes/olivero/images/default-avatar.svg" alt="Profile picture for user {name}">'
        '</div></div><div class="comment__text-wrapper"><footer class="comment__meta">'
        f'<p class="comment__author"><span>{name}</span></p><p class="comment__time">{created}</p>'
        '</footer><div class="comment__content">'
        f'<h3><a href="/comment/{cid}#comment-{cid}" class="permalink" rel="bookmark">{subject}</a></h3>'
        '<div class="clearfix text-formatted field field--name-comment-body field--type-text-long '
        f'field--label-hidden field__item">{body}</div></div>'
        '<div class="comment__links"><ul class="links inline comment__links-list">'
        '<li class="comment-reply"><a href="#">Reply</a></li></ul></div></div></article>'
        + (f'<div class="indented">{children}</div>' if children else "")
    )


OLIVERO = (
    '<html lang="en"><head><title>Sourdough basics | Bread Blog</title></head><body>'
    '<header class="site-header"><a href="/" class="site-branding__name">Bread Blog</a>'
    '<nav class="primary-nav"><ul class="menu"><li><a href="/">Home</a></li></ul></nav></header>'
    '<main id="main-content"><div class="region region--content"><article class="node node--type-article">'
    '<header class="text-content"><h1 class="title page-title"><span>Sourdough basics</span></h1></header>'
    '<div class="node__meta"><span>By <span class="field field--name-uid field--type-entity-reference">'
    '<span>anna</span></span></span>, <span class="field field--name-created field--type-created">'
    "1 March, 2020</span></div>"
    '<div class="node__content"><div class="text-content clearfix field field--name-body '
    "field--type-text-with-summary "
    f'field--label-hidden field__item">{"".join(f"<p>{p}</p>" for p in ARTICLE)}</div>'
    '<section class="field field--name-comment field--type-comment field--label-hidden comments" '
    'data-drupal-selector="comments"><h2 class="comments__title">Comments</h2>'
    f"{''.join(_olivero(c[0]) for c in COMMENTS if c[1] is None)}"
    '<div class="comment-form__title">Add new comment</div>'
    '<form class="comment-form"><label>Your name</label>'
    '<input><label>Comment</label><textarea></textarea><input type="submit" value="Save"></form>'
    "</section></div></article></div></main>"
    '<footer class="site-footer">Powered by Drupal</footer></body></html>'
)


def in_page_order() -> list[tuple[int, str, str, str, str, tuple[str, ...]]]:
    """(depth, author, created as shown, ISO stamp, subject, paragraphs) of each comment, in the
    page's order (a reply right after its parent)."""
    ordered: list[tuple[int, str, str, str, str, tuple[str, ...]]] = []

    def visit(parent: int | None, depth: int) -> None:
        for cid, above, author, created, iso, subject, paragraphs in COMMENTS:
            if above == parent:
                ordered.append((depth, author, created, iso, subject, paragraphs))
                visit(cid, depth + 1)

    visit(None, 0)
    return ordered


@pytest.mark.parametrize("page", [BARTIK, OLIVERO], ids=["bartik", "olivero"])
def test_every_comment_of_a_saved_drupal_page_is_read(page: str, tmp_path: Path) -> None:
    saved = tmp_path / "page.html"
    saved.write_text(page, encoding="utf-8")
    discussion, _ = load_seed(saved)
    expected = [
        (depth, author, iso, created, [subject, *paragraphs])
        for depth, author, created, iso, subject, paragraphs in in_page_order()
    ]
    read = [
        (c.depth, c.author, c.posted, c.posted_text, [p.text for p in c.paragraphs])
        for c in walk(discussion.comments)
    ]
    assert read == expected
    assert discussion.dialect == "html/drupal"
    assert discussion.title == "Sourdough basics"
    assert [p.text for p in discussion.article] == list(ARTICLE)


def test_a_site_name_in_a_heading_above_the_post_title_is_no_title() -> None:
    """The <title> "Post – Site", the site's name in an <h2> above the post's <h1>: the <h1>."""
    page = (
        "<html><head><title>Sourdough basics – Bread Blog</title></head><body>"
        "<h2 class='site-title'><a href='/'>Bread Blog</a></h2><article><h1>Sourdough basics</h1>"
        "<div class='entry-content'><p>Article text long enough to be prose for the reader.</p></div>"
        "</article></body></html>"
    )
    assert html.parse(page, "page.html").title == "Sourdough basics"
