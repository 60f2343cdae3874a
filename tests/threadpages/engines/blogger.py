"""Blogger (blogspot.com) with threaded comments, as its Layout templates print them.

``div.comment-thread.toplevel-thread > ol > li.comment#c<digits>``; a top-level comment's replies
sit in its ``div.comment-replies > div.inline-thread > ol``, one level only: Blogger files a reply
to a reply under the same top-level comment, so the markup states depth 0 or 1 and nothing
deeper. The author in ``cite.user``, the date only as text in ``span.datetime`` (its link carries
``?showComment=<epoch ms>``; this blog's time zone is UTC, so the two agree), the text in
``p.comment-content`` with ``<br>`` between lines and paragraphs. A comment removed by its author
keeps its name and date and says so.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threadpages.common import (
    article_blocks,
    br_text,
    count_comments,
    esc,
    nav_items,
    number,
    numeric_id,
    shown_published,
    site_root,
    slug,
    words,
)
from tests.threadpages.spec import Comment, EngineInfo, Page

ENGINE = EngineInfo(name="blogger", max_depth=1, kinds=frozenset({"comment", "deleted"}))


def _epoch_ms(posted: str | None) -> int:
    if posted is None:
        return 0
    moment = datetime.fromisoformat(posted)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return int(moment.timestamp()) * 1000


def _comment(page: Page, c: Comment, blog_id: str, post_number: str) -> str:
    w = words(page)
    cid = numeric_id(c)
    profile = number(c.author, 10**15, 10**17)
    author = (
        f'<a href="https://www.blogger.com/profile/{profile}" rel="nofollow">{esc(c.author)}</a>'
        if c.author and c.author != "Anonymous"
        else esc(c.author)
    )
    is_owner = " blog-author" if c.author == page.article_author else ""
    text = br_text(c.paragraphs, "<br>")
    if c.kind == "deleted":
        first, rest = br_text(c.paragraphs[:1], "<br>"), br_text(c.paragraphs[1:], "<br>")
        text = f'<span class="deleted-comment">{first}</span>' + (f"<br><br>{rest}" if rest else "")
    link = f"{esc(page.url)}?showComment={_epoch_ms(c.posted)}#{esc(c.source_id)}"
    replies = ""
    if c.replies:
        inner = "".join(f"<div>{_comment(page, r, blog_id, post_number)}</div>" for r in c.replies)
        replies = (
            f'<div class="comment-replies"><div id="{esc(c.source_id)}-rt" class="comment-thread '
            'inline-thread">'
            '<span class="thread-toggle thread-expanded"><span class="thread-arrow"></span>'
            '<span class="thread-count"><a target="_self">Replies</a></span></span>'
            f'<ol id="{esc(c.source_id)}-ra" class="thread-chrome thread-expanded">{inner}'
            f'<div id="{esc(c.source_id)}-continue" class="continue">'
            f'<a class="comment-reply" target="_self" data-comment-id="{cid}">{esc(w["reply"])}</a></div>'
            "</ol></div></div>"
        )
    actions = ""
    if c.kind == "comment":
        actions = (
            f'<span class="comment-actions secondary-text"><a class="comment-reply" target="_self" '
            f'data-comment-id="{cid}">{esc(w["reply"])}</a>'
            f'<span class="item-control blog-admin blog-admin pid-{number(c.author, 10**9)}">'
            f'<a target="_self" href="https://www.blogger.com/comment/delete/{blog_id}/{cid}">Delete</a>'
            "</span></span>"
        )
    return (
        f'<li class="comment" id="{esc(c.source_id)}"><div class="avatar-image-container">'
        '<img src="//resources.blogblog.com/img/blank.gif" alt=""/></div>'
        '<div class="comment-block"><div class="comment-header">'
        f'<cite class="user">{author}</cite><span class="icon user{is_owner}"></span>'
        f'<span class="datetime secondary-text"><a rel="nofollow" href="{link}">{esc(c.posted_shown or "")}'
        "</a></span>"
        f'</div><p class="comment-content">{text}</p>{actions}'
        f'<span class="thread-expanded"></span></div>{replies}'
        f'<div class="comment-replybox-single" id="{esc(c.source_id)}-ce"></div></li>'
    )


def render(page: Page) -> str:
    """The whole blogspot page: post, comments, "Post a Comment", sidebar gadgets."""
    root = site_root(page)
    blog_id = str(number(page.site_name, 10**18, 10**18))
    post_number = str(number(page.url, 10**18, 10**18))
    comments = "".join(_comment(page, c, blog_id, post_number) for c in page.comments)
    n = count_comments(page)
    label = page.categories[0] if page.categories else "General"
    selected = ["<li class='selected'>", *["<li>"] * len(nav_items(page))]
    pages = "".join(
        f"{selected[i]}<a href='{root}/p/{slug(p)}.html'>{esc(p)}</a></li>"
        for i, p in enumerate(nav_items(page))
    )
    popular = "".join(
        f"<li><div class='item-content'><div class='item-title'><a href='{root}/{slug(t)}.html'>{esc(t)}"
        "</a></div>"
        f"<div class='item-snippet'>{esc(t)} &#8230;</div></div><div style='clear: both;'></div></li>"
        for t in page.related
    )
    recent = "".join(
        f"<li><span class='rc-author'>{esc(name)}</span> on <a href='{root}/{slug(title)}.html'>"
        f"{esc(title)}</a></li>"
        for name, title in page.recent_comments
    )
    labels = "".join(
        f"<li><a dir='ltr' href='{root}/search/label/{esc(c)}'>{esc(c)}</a><span dir='ltr'>("
        f"{number(c, 30, 1)})</span></li>"
        for c in page.categories
    )
    year, month = page.article_published[:4], page.article_published[5:7]
    archive_posts = "".join(
        f"<li><a href='{root}/{year}/{month}/{slug(t)}.html'>{esc(t)}</a></li>"
        for t in (page.title, *page.recent_posts)
    )
    return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='{esc(page.lang)}' xmlns='http://www.w3.org/1999/xhtml'
  xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data'
    xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{root}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{esc(page.url)}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{esc(page.site_name)} - Atom"
  href="{root}/feeds/posts/default" />
<link rel="service.post" type="application/atom+xml" title="{esc(page.site_name)} - Atom"
  href="https://www.blogger.com/feeds/{blog_id}/posts/default" />
<meta content='{esc(page.url)}' property='og:url'/>
<meta content='{esc(page.title)}' property='og:title'/>
<title>{esc(page.site_name)}: {esc(page.title)}</title>
<style id='page-skin-1' type='text/css'><!--
/* Variable definitions
   ====================
   <Variable name="body.font" description="Font" type="font"
     default="normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif"
       value="normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif">
*/
body {{ font: normal normal 12px Arial, Tahoma, Helvetica, FreeSans, sans-serif; }}
.comments .comments-content .comment-thread ol {{ list-style-type: none; }}
.comments .comments-content .icon.blog-author {{ background-repeat: no-repeat; }}
--></style>
<script type="text/javascript">
(function() {{
  var a = window;
  a._bloggerCommentsConfig = {{"blogId": "{blog_id}", "postId": "{post_number}"}};
}})();
</script>
</head>
<body class='loading variant-simplysimple'>
<div class='navbar section' id='navbar' name='Navbar'><div class='widget Navbar' data-version='1'
  id='Navbar1'><script type="text/javascript">
    function setAttributeOnload(object, attribute, val) {{
      if (window.addEventListener) {{
        window.addEventListener('load', function() {{ object[attribute] = val; }}, false);
      }}
    }}
  </script>
<div id="navbar-iframe-container"></div>
</div></div>
<div class='content'>
<div class='content-outer'>
<div class='content-inner'>
<header>
<div class='header-outer'><div class='header-inner'><div class='Header widget' data-version='1'
  id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a
  href='{root}/'>{esc(page.site_name)}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>{esc(page.tagline)}</span></p></div></div>
</div></div></div>
</header>
<div class='tabs-outer'><div class='tabs section' id='crosscol'><div class='widget PageList'
  data-version='1' id='PageList1'>
<div class='widget-content'><ul>{pages}</ul><div class='clear'></div></div>
</div></div></div>
<div class='main-outer'><div class='main-inner columns-2'>
<div class='column-center-outer'><div class='column-center-inner'>
<div class='main section' id='main' name='Main'><div class='widget Blog' data-version='1' id='Blog1'>
<div class='blog-posts hfeed'>
<div class="date-outer">
<h2 class='date-header'><span>{esc(shown_published(page))}</span></h2>
<div class="date-posts">
<div class='post-outer'>
<div class='post hentry uncustomized-post-template' itemprop='blogPost' itemscope='itemscope'
  itemtype='http://schema.org/BlogPosting'>
<a name='{post_number}'></a>
<h3 class='post-title entry-title' itemprop='name'>
{esc(page.title)}
</h3>
<div class='post-header'><div class='post-header-line-1'></div></div>
<div class='post-body entry-content' id='post-body-{post_number}' itemprop='description articleBody'>
{article_blocks(page)}
<div style='clear: both;'></div>
</div>
<div class='post-footer'>
<div class='post-footer-line post-footer-line-1'>
<span class='post-author vcard'>Posted by <span class='fn' itemprop='author' itemscope='itemscope'
  itemtype='http://schema.org/Person'><a class='g-profile'
  href='https://www.blogger.com/profile/{number(page.article_author, 10**15, 10**17)}' rel='author'
    title='author profile'><span itemprop='name'>{esc(page.article_author)}</span></a></span></span>
<span class='post-timestamp'>at <a class='timestamp-link' href='{esc(page.url)}' rel='bookmark'
  title='permanent link'><abbr class='published' itemprop='datePublished'
  title='{esc(page.article_published)}'>{esc(page.article_published[11:16])}</abbr></a></span>
<span class='post-comment-link'></span>
</div>
<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Labels: <a
  href='{root}/search/label/{esc(label)}' rel='tag'>{esc(label)}</a></span></div>
</div>
</div>
<div class='comments' id='comments'>
<a name='comments'></a>
<h4>{n} comments:</h4>
<div class='comments-content'>
<script async='async' src='' type='text/javascript'></script>
<script type='text/javascript'>
    (function() {{
      var items = null;
      var msgs = null;
      var config = {{}};
      var cursor = null;
      var ngettext = function(s, p, n) {{ return n == 1 ? s : p; }};
    }})();
  </script>
<div id='comment-holder'>
<div class="comment-thread toplevel-thread"><ol id="top-ra">{comments}</ol><div id="top-continue"
  class="continue"><a class="comment-reply" target="_self">Add comment</a></div><div
  class="comment-replybox-thread" id="top-ce"></div><div class="loadmore hidden"
  data-post-id="{post_number}"><a target="_self">Load more...</a></div></div>
</div>
</div>
<p class='comment-footer'>
<div class='comment-form'>
<a name='comment-form'></a>
<h4 id='comment-post-message'>Post a Comment</h4>
<p></p>
<a
  href='https://www.blogger.com/comment/frame/{blog_id}?po={post_number}&amp;hl={esc(page.lang)}'
  id='comment-editor-src'></a>
<iframe allowtransparency='true' class='blogger-iframe-colorize blogger-comment-from-post' frameborder='0'
  height='410px' id='comment-editor' name='comment-editor' src='' width='100%'></iframe>
<script src='https://www.blogger.com/static/v1/jsbin/2830521187-comment_from_post_iframe.js'
  type='text/javascript'></script>
<script type='text/javascript'>
      BLOG_CMT_createIframe('https://www.blogger.com/rpc_relay.html');
    </script>
</div>
</p>
</div>
</div>
</div>
</div>
</div>
<div class='blog-pager' id='blog-pager'>
<span id='blog-pager-older-link'><a class='blog-pager-older-link'
  href='{root}/{year}/{month}/{slug(page.recent_posts[0] if page.recent_posts else "older")}.html'
    id='Blog1_blog-pager-older-link' title='Older Post'>Older Post</a></span>
<a class='home-link' href='{root}/'>Home</a>
</div>
<div class='clear'></div>
<div class='post-feeds'><div class='feed-links'>Subscribe to: <a class='feed-link'
  href='{root}/feeds/{post_number}/comments/default' target='_blank'
    type='application/atom+xml'>Post Comments (Atom)</a></div></div>
</div></div>
</div></div>
<div class='column-right-outer'><div class='column-right-inner'>
<aside>
<div class='sidebar section' id='sidebar-right-1'>
<div class='widget Profile' data-version='1' id='Profile1'><h2>About Me</h2><div class='widget-content'><a
  href='https://www.blogger.com/profile/{number(page.article_author, 10**15, 10**17)}'><img alt='My photo'
  class='profile-img' height='80' src='//blogger.googleusercontent.com/img/b/R29vZ2xl/profile.jpg'
    width='60'/></a>
<dl class='profile-datablock'><dt class='profile-data'><a class='profile-name-link g-profile'
  href='https://www.blogger.com/profile/{number(page.article_author, 10**15, 10**17)}'
    rel='author'>{esc(page.article_author)}</a></dt></dl>
<a class='profile-link' href='https://www.blogger.com/profile/{number(page.article_author, 10**15, 10**17)}'
  rel='author'>View my complete profile</a>
<div class='clear'></div></div></div>
<div class='widget PopularPosts' data-version='1' id='PopularPosts1'><h2>Popular Posts</h2><div
  class='widget-content popular-posts'><ul>{popular}</ul><div class='clear'></div></div></div>
<div class='widget HTML' data-version='1' id='HTML1'><h2 class='title'>Recent Comments</h2><div
  class='widget-content'><ul class='recent-comments'>{recent}</ul></div></div>
<div class='widget Label' data-version='1' id='Label1'><h2>Labels</h2><div
  class='widget-content list-label-widget-content'><ul>{labels}</ul><div class='clear'></div></div></div>
<div class='widget BlogArchive' data-version='1' id='BlogArchive1'><h2>Blog Archive</h2><div
  class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>
<ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span
  class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link'
  href='{root}/{year}/'>{year}</a> <span class='post-count' dir='ltr'>({number(year, 40, 10)})</span>
<ul class='hierarchy'><li class='archivedate expanded'><a class='toggle' href='javascript:void(0)'><span
  class='zippy toggle-open'>&#9660;&#160;</span></a><a class='post-count-link'
  href='{root}/{year}/{month}/'>{year}-{month}</a> <span class='post-count'
  dir='ltr'>({1 + len(page.recent_posts)})</span>
<ul class='posts'>{archive_posts}</ul></li></ul></li></ul>
</div></div><div class='clear'></div></div></div>
</div>
</aside>
</div></div>
</div></div>
<footer>
<div class='footer-outer'><div class='footer-inner'><div class='widget Attribution' data-version='1'
  id='Attribution1'><div class='widget-content' style='text-align: center;'>
Powered by <a href='https://www.blogger.com' target='_blank'>Blogger</a>.
</div></div></div></div>
</footer>
</div>
</div>
</div>
<script type="text/javascript"
  src="https://www.blogger.com/static/v1/widgets/2975350028-widgets.js"></script>
</body>
</html>
"""
