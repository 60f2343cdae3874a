"""A WordPress block theme (Twenty Twenty-Four-like): the ``core/comments`` block and its comment template.

``ol.wp-block-comment-template > li.comment``, replies in ``ol.children``; the author in
``.wp-block-comment-author-name``, the date in ``.wp-block-comment-date time[datetime]`` (with the
site's offset), the text in ``.wp-block-comment-content``. The footer's "Latest comments" block
repeats names, titles and excerpts of this very thread: a list of ``article`` elements a reader
must not mistake for the thread.
"""

from __future__ import annotations

from tests.threadpages import wpshell
from tests.threadpages.common import (
    article_blocks,
    count_comments,
    esc,
    first_words_html,
    inline,
    nav_items,
    numeric_id,
    p_blocks,
    shown_published,
    site_root,
    slug,
    words,
)
from tests.threadpages.spec import Comment, EngineInfo, Page, walk

ENGINE = EngineInfo(
    name="wordpress_block",
    max_depth=None,
    kinds=frozenset({"comment", "pingback", "trackback", "deleted"}),
)


def _comment(page: Page, c: Comment, depth: int, index: list[int]) -> str:
    index[0] += 1
    parity = "even" if index[0] % 2 else "odd alt"
    kind = "comment" if c.kind == "deleted" else c.kind
    extra = " deleted-comment" if c.kind == "deleted" else ""
    parent = " parent" if c.replies else ""
    cid = numeric_id(c)
    head = f'<li id="{esc(c.source_id)}" class="{kind}{extra} {parity} depth-{depth + 1}{parent}">'
    if c.kind == "deleted":
        body = (
            '<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">'
            f'<div class="wp-block-comment-content"><p><em>{inline(c.paragraphs[0])}</em></p>'
            f"{p_blocks(c.paragraphs[1:])}</div></div>"
        )
    else:
        w = words(page)
        name = (
            f'<a rel="external nofollow ugc" href="{esc(c.author_url)}" target="_self" >{esc(c.author)}</a>'
            if c.author_url
            else esc(c.author)
        )
        reply = ""
        if c.kind == "comment":
            reply = (
                '<div class="wp-block-comment-reply-link has-small-font-size">'
                f'<a rel="nofollow" class="comment-reply-link" href="{esc(page.url)}?replytocom='
                f'{cid}#respond" '
                f'data-commentid="{cid}" data-postid="{page.post_id}" data-belowelement="comment-{cid}" '
                f'data-respondelement="respond" data-replyto="{esc(w["reply"])} {esc(c.author)}" '
                f'aria-label="{esc(w["reply"])} {esc(c.author)}">{esc(w["reply"])}</a></div>'
            )
        body = (
            '<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">'
            '<div class="wp-block-avatar">'
            + wpshell.avatar(c.author, 40, f"{c.author} Avatar", " wp-block-avatar__image").replace(
                "/>", ' style="border-radius:20px;"/>'
            )
            + "</div>\n"
            '<div class="wp-block-group is-layout-flow wp-block-group-is-layout-flow">'
            f'<div class="wp-block-comment-author-name has-small-font-size">{name}</div>\n'
            '<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex" '
            'style="margin-top:0px;margin-bottom:0px">'
            '<div class="wp-block-comment-date has-small-font-size"><time datetime="'
            f'{esc(c.posted or "")}">'
            f'<a href="{esc(page.url)}#comment-{cid}">{esc(c.posted_shown or "")}</a></time></div>\n'
            "</div>\n"
            f'<div class="wp-block-comment-content">{p_blocks(c.paragraphs)}</div>\n'
            f"{reply}\n</div>\n</div>"
        )
    children = ""
    if c.replies:
        children = (
            '<ol class="children">'
            + "".join(_comment(page, r, depth + 1, index) for r in c.replies)
            + "</ol>"
        )
    return f"{head}{body}\n{children}</li>\n"


def _latest_comments(page: Page) -> str:
    """The footer's "Latest comments" block: the newest entries of this thread, with excerpts."""
    w = words(page)
    root = site_root(page)
    placed = [p for p in walk(page.comments) if p.comment.kind == "comment"]
    newest = sorted(placed, key=lambda p: p.comment.posted or "")[-3:][::-1]
    items = []
    for p in newest:
        c = p.comment
        items.append(
            '<li class="wp-block-latest-comments__comment">'
            + wpshell.avatar(c.author, 48, "", " wp-block-latest-comments__comment-avatar")
            + '<article><footer class="wp-block-latest-comments__comment-meta">'
            f'<a class="wp-block-latest-comments__comment-author" href="{root}/author/{slug(c.author)}/">'
            f"{esc(c.author)}</a> {esc(w['on'])} "
            f'<a class="wp-block-latest-comments__comment-link" href="{esc(page.url)}#{esc(c.source_id)}">'
            f"{esc(page.title)}</a>"
            f'<time datetime="{esc(c.posted or "")}" class="wp-block-latest-comments__comment-date">'
            f"{esc(c.posted_shown or '')}</time></footer>"
            '<div class="wp-block-latest-comments__comment-excerpt">'
            f"<p>{first_words_html(c.paragraphs, 14)}&hellip;</p></div></article></li>"
        )
    return (
        '<ol class="has-avatars has-dates has-excerpts wp-block-latest-comments">' + "".join(items) + "</ol>"
    )


def render(page: Page) -> str:
    """The whole block-theme page."""
    w = words(page)
    root = site_root(page)
    index = [0]
    comments = "".join(_comment(page, c, 0, index) for c in page.comments)
    n = count_comments(page, frozenset({"comment", "deleted", "pingback", "trackback"}))
    nav = "".join(
        '<li class=" wp-block-navigation-item wp-block-navigation-link">'
        f'<a class="wp-block-navigation-item__content" href="{root}/{slug(label)}/">'
        f'<span class="wp-block-navigation-item__label">{esc(label)}</span></a></li>'
        for label in nav_items(page)
    )
    cats = "".join(
        f'<li class="cat-item cat-item-{4 + i}"><a href="{root}/category/{slug(c)}/">{esc(c)}</a></li>'
        for i, c in enumerate(page.categories)
    )
    cat = page.categories[0] if page.categories else ""
    head = wpshell.head(page, "twentytwentyfour", "\n.wp-block-navigation a { text-decoration: none; }")
    form = wpshell.reply_form(page).replace(
        'class="comment-respond"', 'class="comment-respond wp-block-post-comments-form"', 1
    )
    return f"""{head}
<body
  class="post-template-default single single-post postid-{page.post_id} single-format-standard
    wp-embed-responsive">
<div class="wp-site-blocks"><header class="wp-block-template-part">
<div
  class="wp-block-group alignwide is-content-justification-space-between is-layout-flex
    wp-block-group-is-layout-flex">
<div class="wp-block-group is-layout-flex wp-block-group-is-layout-flex"><p class="wp-block-site-title"><a
  href="{root}" target="_self" rel="home">{esc(page.site_name)}</a></p>
<p class="wp-block-site-tagline">{esc(page.tagline)}</p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex"
  aria-label="{esc(w["menu"])}"><button aria-haspopup="dialog" aria-label="{esc(w["menu"])}"
  class="wp-block-navigation__responsive-container-open"><svg width="24" height="24"
  xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24" aria-hidden="true" focusable="false"><rect x="4"
  y="7.5" width="16" height="1.5" /><rect x="4" y="15" width="16" height="1.5" /></svg></button>
<div class="wp-block-navigation__responsive-container" id="modal-1"><div
  class="wp-block-navigation__responsive-container-content" id="modal-1-content"><ul
  class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav}</ul>
    </div></div></nav>
</div>
</header>

<main class="wp-block-group is-layout-flow wp-block-group-is-layout-flow"
  style="margin-top:var(--wp--preset--spacing--50)">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{esc(page.title)}</h1>
<div class="wp-block-template-part"><div
  class="wp-block-group is-layout-flex wp-block-group-is-layout-flex">
<div class="wp-block-post-date"><time datetime="{esc(page.article_published)}"><a
  href="{esc(page.url)}">{esc(shown_published(page))}</a></time></div>
<p class="has-contrast-2-color has-text-color">—</p>
<p class="has-contrast-2-color has-text-color">{esc(w["by"])}</p>
<div class="wp-block-post-author-name"><a href="{root}/author/{slug(page.article_author)}/" target="_self"
  class="wp-block-post-author-name__link">{esc(page.article_author)}</a></div>
<div class="taxonomy-category wp-block-post-terms"><span
  class="wp-block-post-terms__prefix">{esc(w["posted_in"])} </span><a href="{root}/category/{slug(cat)}/"
  rel="tag">{esc(cat)}</a></div>
</div></div>
</div>

<div
  class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained
    wp-block-post-content-is-layout-constrained">
{article_blocks(page)}
</div>

<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div class="wp-block-comments wp-block-comments-query-loop">
<h2 class="wp-block-heading has-x-large-font-size">{esc(w["comments"])}</h2>
<h3 id="comments" class="wp-block-comments-title">{wpshell.thoughts_title(page, n, "responses")}</h3>
<ol class="wp-block-comment-template">{comments}</ol>
{form}
</div>
</div>
</main>

<footer class="wp-block-template-part">
<div class="wp-block-group has-global-padding is-layout-constrained wp-block-group-is-layout-constrained">
<div
  class="wp-block-columns alignwide is-layout-flex wp-container-core-columns-is-layout-1
    wp-block-columns-is-layout-flex">
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><h2
  class="wp-block-heading has-medium-font-size">{esc(w["recent_comments"])}</h2>
{_latest_comments(page)}</div>
<div class="wp-block-column is-layout-flow wp-block-column-is-layout-flow"><h2
  class="wp-block-heading has-medium-font-size">{esc(w["categories"])}</h2>
<ul class="wp-block-categories-list wp-block-categories">{cats}</ul></div>
</div>
<p class="has-text-align-center has-small-font-size">{esc(w["powered"])}</p>
</div>
</footer>
</div>
{wpshell.footer_scripts(page)}
</body>
</html>
"""
