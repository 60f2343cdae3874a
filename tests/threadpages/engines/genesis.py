"""The Genesis Framework (StudioPress), HTML5 comment callback.

``div.entry-comments > ol.comment-list > li.comment > article``, replies in ``ul.children``; the
author in ``p.comment-author span[itemprop=name]`` followed by "says" (no colon), the date in
``time.comment-time[datetime]``. Pings are not in the comment list: Genesis prints them after it,
under their own "Trackbacks" heading in ``div.entry-pings > ol.ping-list``, with their excerpt.
"""

from __future__ import annotations

from tests.threadpages import wpshell
from tests.threadpages.common import (
    article_blocks,
    count_comments,
    esc,
    inline,
    nav_items,
    numeric_id,
    p_blocks,
    shown_published,
    site_root,
    slug,
    words,
)
from tests.threadpages.spec import PINGS, Comment, EngineInfo, Page

ENGINE = EngineInfo(
    name="genesis",
    max_depth=None,
    kinds=frozenset({"comment", "pingback", "trackback", "deleted"}),
    pings_last=True,
)

_SAYS = {"en": "says", "de": "sagt", "es": "dice", "fr": "dit"}


def _comment(page: Page, c: Comment, depth: int, index: list[int]) -> str:
    index[0] += 1
    parity = "even" if index[0] % 2 else "odd alt"
    kind = "comment" if c.kind == "deleted" else c.kind
    cid = numeric_id(c)
    author_class = " bypostauthor" if c.author == page.article_author else ""
    tab = "\t" * depth
    out = [f'{tab}<li class="{kind}{author_class} {parity} depth-{depth + 1}" id="{esc(c.source_id)}">']
    out.append(
        f'{tab}<article id="article-comment-{cid}" itemprop="comment" itemscope '
        'itemtype="https://schema.org/Comment">'
    )
    if c.kind == "deleted":
        out.append(f'{tab}\t<div class="comment-content" itemprop="text">')
        out.append(f"{tab}\t\t<p><em>{inline(c.paragraphs[0])}</em></p>")
        out.append(p_blocks(c.paragraphs[1:], tab + "\t\t"))
        out.append(f"{tab}\t</div>")
    else:
        name = esc(c.author)
        if c.author_url:
            name = (
                f'<a href="{esc(c.author_url)}" class="comment-author-link" rel="external nofollow">'
                f"{name}</a>"
            )
        says = _SAYS.get(page.lang, "says")
        out.append(f'{tab}\t<header class="comment-header">')
        out.append(
            f'{tab}\t\t<p class="comment-author" itemprop="author" itemscope '
            'itemtype="https://schema.org/Person">'
        )
        out.append(
            f'{tab}\t\t\t{wpshell.avatar(c.author, 60)}<span itemprop="name">{name}</span> '
            f'<span class="says">{says}</span>\t\t</p>'
        )
        out.append(
            f'\n{tab}\t\t<p class="comment-meta"><time class="comment-time" datetime="'
            f'{esc(c.posted or "")}" '
            f'itemprop="datePublished"><a class="comment-time-link" href="{esc(page.url)}#comment-{cid}" '
            f'itemprop="url">{esc(c.posted_shown or "")}</a></time></p>\t\t</header>'
        )
        out.append(f'\n{tab}\t<div class="comment-content" itemprop="text">\n')
        out.append(p_blocks(c.paragraphs, tab + "\t\t"))
        out.append(f"{tab}\t</div>\n")
        if c.kind == "comment":
            out.append(
                f'{tab}\t<div class="comment-reply">'
                f"{wpshell.reply_link(page, cid, c.author, 'article-comment')}</div>"
            )
    out.append(f"{tab}</article>")
    if c.replies:
        out.append(f'{tab}<ul class="children">')
        out.extend(_comment(page, r, depth + 1, index) for r in c.replies)
        out.append(f"{tab}</ul><!-- .children -->")
    out.append(f"{tab}</li><!-- #comment-## -->")
    return "\n".join(out)


def render(page: Page) -> str:
    """The whole Genesis Sample page."""
    w = words(page)
    root = site_root(page)
    index = [0]
    comments = [c for c in page.comments if c.kind not in PINGS]
    pings = [c for c in page.comments if c.kind in PINGS]
    comment_list = "\n".join(_comment(page, c, 0, index) for c in comments)
    ping_block = ""
    if pings:
        ping_list = "\n".join(_comment(page, c, 0, index) for c in pings)
        ping_block = (
            f'<div class="entry-pings"><h3>Trackbacks</h3><ol class="ping-list">\n{ping_list}\n</ol></div>'
        )
    n = count_comments(page)
    nav = "".join(
        f'<li id="menu-item-{11 + i}" class="menu-item menu-item-type-custom menu-item-object-custom '
        f'menu-item-{11 + i}">'
        f'<a href="{root}/{slug(label)}/" itemprop="url"><span itemprop="name">{esc(label)}</span></a></li>'
        for i, label in enumerate(nav_items(page))
    )
    cat = page.categories[0] if page.categories else ""
    widgets = wpshell.widgets(page, "section", "h3", "widgettitle widget-title")
    return f"""{wpshell.head(page, "genesis-sample")}
<body
  class="post-template-default single single-post postid-{page.post_id} single-format-standard
    wp-embed-responsive header-full-width content-sidebar genesis-breadcrumbs-hidden
      genesis-footer-widgets-hidden" itemscope itemtype="https://schema.org/WebPage"><div
      class="site-container"><ul class="genesis-skip-link"><li><a href="#genesis-nav-primary"
      class="screen-reader-shortcut"> Skip to primary navigation</a></li><li><a href="#genesis-content"
      class="screen-reader-shortcut"> Skip to main content</a></li><li><a href="#genesis-sidebar-primary"
      class="screen-reader-shortcut"> Skip to primary sidebar</a></li></ul><header class="site-header"
      itemscope itemtype="https://schema.org/WPHeader"><div class="wrap"><div class="title-area"><p
      class="site-title" itemprop="headline"><a href="{root}/">{esc(page.site_name)}</a></p><p
      class="site-description" itemprop="description">{esc(page.tagline)}</p></div><nav class="nav-primary"
      aria-label="Main" itemscope itemtype="https://schema.org/SiteNavigationElement"
      id="genesis-nav-primary"><div class="wrap"><ul id="menu-header-menu" class="menu genesis-nav-menu
      menu-primary js-superfish">{nav}</ul></div></nav></div></header><div class="site-inner"><div
      class="content-sidebar-wrap"><main class="content" id="genesis-content"><article
      class="post-{page.post_id} post type-post status-publish format-standard category-{slug(cat)} entry"
      aria-label="{esc(page.title)}" itemscope itemtype="https://schema.org/CreativeWork"><header
      class="entry-header"><h1 class="entry-title" itemprop="headline">{esc(page.title)}</h1>
<p class="entry-meta"><time class="entry-time" itemprop="datePublished"
  datetime="{esc(page.article_published)}">{esc(shown_published(page))}</time> by <span class="entry-author"
  itemprop="author" itemscope itemtype="https://schema.org/Person"><a
  href="{root}/author/{slug(page.article_author)}/" class="entry-author-link" rel="author"
    itemprop="url"><span class="entry-author-name"
    itemprop="name">{esc(page.article_author)}</span></a></span> <span class="entry-comments-link"><a
    href="{esc(page.url)}#comments">{n} {esc(w["comments"])}</a></span></p></header><div
    class="entry-content" itemprop="text">
{article_blocks(page)}
</div><footer class="entry-footer"><p class="entry-meta"><span class="entry-categories">Filed Under: <a
  href="{root}/category/{slug(cat)}/" rel="category tag">{esc(cat)}</a></span></p></footer></article><h2
  class="screen-reader-text">Reader Interactions</h2><div class="entry-comments"
  id="comments"><h3>{esc(w["comments"])}</h3><ol class="comment-list">
{comment_list}
</ol></div>{ping_block}{wpshell.reply_form(page)}
</main><aside class="sidebar sidebar-primary widget-area" role="complementary" aria-label="Primary Sidebar"
  itemscope itemtype="https://schema.org/WPSideBar" id="genesis-sidebar-primary"><h2
  class="genesis-sidebar-title screen-reader-text">Primary Sidebar</h2>{widgets}</aside></div></div><footer
  class="site-footer" itemscope itemtype="https://schema.org/WPFooter"><div
  class="wrap"><p>Copyright &#x000A9;&nbsp;{page.article_published[:4]} · {esc(page.site_name)} on <a
  href="https://www.studiopress.com/">Genesis Framework</a> · <a
  href="https://wordpress.org/">WordPress</a> · <a rel="nofollow"
  href="{root}/wp-login.php">Log in</a></p></div></footer></div>{wpshell.footer_scripts(page)}
</body></html>
"""
