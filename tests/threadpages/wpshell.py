"""WordPress page furniture shared by the WordPress themes: head, menu, widgets, reply form, scripts.

Themes differ in their wrappers and in the comment markup, much less in what WordPress core
prints around them; that core part lives here so each theme module shows only what is its own.
"""

from __future__ import annotations

import json

from tests.threadpages.common import (
    esc,
    gravatar,
    inline,
    nav_items,
    shown_published,
    site_root,
    slug,
    words,
)
from tests.threadpages.spec import Page


def head(page: Page, theme: str, extra_css: str = "") -> str:
    """``<!DOCTYPE>`` to ``</head>``: meta data, a global-styles block and the emoji script."""
    root = site_root(page)
    schema = {
        "@context": "https://schema.org",
        "@type": "BlogPosting",
        "headline": page.title,
        "datePublished": page.article_published,
        "author": {"@type": "Person", "name": page.article_author},
        "mainEntityOfPage": page.url,
    }
    # The JSON-LD is written the way Yoast-style plugins do: one line, slashes escaped.
    ld = json.dumps(schema, ensure_ascii=False).replace("/", "\\/").replace("<", "\\u003c")
    return f"""<!DOCTYPE html>
<html lang="{esc(page.lang)}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page.title)} &#8211; {esc(page.site_name)}</title>
<link rel="canonical" href="{esc(page.url)}" />
<meta property="og:locale" content="{esc(page.lang)}" />
<meta property="og:type" content="article" />
<meta property="og:title" content="{esc(page.title)}" />
<meta property="og:url" content="{esc(page.url)}" />
<meta property="og:site_name" content="{esc(page.site_name)}" />
<meta property="article:published_time" content="{esc(page.article_published)}" />
<meta name="author" content="{esc(page.article_author)}" />
<script type="application/ld+json" class="yoast-schema-graph">{ld}</script>
<link rel="alternate" type="application/rss+xml" title="{esc(page.site_name)} &raquo; Feed"
  href="{root}/feed/" />
<link rel="alternate" type="application/rss+xml"
  title="{esc(page.site_name)} &raquo; {esc(page.title)} Comments Feed" href="{esc(page.url)}feed/" />
<script>
window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/15.0.3\\/72x72\\/",
  "ext":".png","source":{{"concatemoji":"{root}\\/wp-includes\\/js\\/wp-emoji-release.min.js?ver=6.5.2"}}}};
/*! This file is auto-generated */
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e,timestamp:(new Date).valueOf()}};
sessionStorage.setItem(o,JSON.stringify(t))}}catch(e){{}}}}}}(window,document);
</script>
<style id='wp-emoji-styles-inline-css'>
	img.wp-smiley, img.emoji {{
		display: inline !important;
		border: none !important;
		height: 1em !important;
		width: 1em !important;
		margin: 0 0.07em !important;
		vertical-align: -0.1em !important;
	}}
</style>
<link rel='stylesheet' id='{theme}-style-css' href='{root}/wp-content/themes/{theme}/style.css?ver=6.5.2'
  media='all' />
<style id='{theme}-inline-css'>
.comment-content a {{ word-wrap: break-word; }}
.bypostauthor > .comment-body .fn:after {{ content: " (Author)"; }}
.says, .screen-reader-text {{ clip: rect(1px, 1px, 1px, 1px); position: absolute !important; }}{extra_css}
</style>
<link rel="https://api.w.org/" href="{root}/wp-json/" />
<meta name="generator" content="WordPress 6.5.2" />
</head>"""


def menu(page: Page, ul_id: str = "primary-menu", ul_class: str = "menu", li_class: str = "menu-item") -> str:
    """The main menu as WordPress' ``wp_nav_menu`` prints it (current item marked)."""
    root = site_root(page)
    items = []
    for i, label in enumerate(nav_items(page)):
        href = root + "/" if i == 0 else f"{root}/{slug(label)}/"
        current = " current-menu-ancestor" if i == 2 else ""
        items.append(
            f'<li id="menu-item-{101 + i}" class="{li_class} menu-item-type-post_type menu-item-object-page'
            f'{current} menu-item-{101 + i}"><a href="{href}">{esc(label)}</a></li>'
        )
    return f'<ul id="{ul_id}" class="{ul_class}">' + "\n".join(items) + "</ul>"


def widgets(page: Page, wrap: str = "section", heading: str = "h2", title_class: str = "widget-title") -> str:
    """Sidebar widgets: search, recent posts, recent comments, archives, categories."""
    w = words(page)
    root = site_root(page)
    recent_posts = "\n".join(
        f'<li>\n<a href="{root}/{slug(t)}/">{esc(t)}</a>\n</li>' for t in (page.title, *page.recent_posts)
    )
    recent_comments = "".join(
        f'<li class="recentcomments"><span class="comment-author-link">'
        f'<a href="{root}/author/{slug(name)}/" class="url" rel="ugc external nofollow">{esc(name)}</a>'
        "</span> "
        f'{esc(w["on"])} <a href="{root}/{slug(title)}/#comment-{9000 + i}">{esc(title)}</a></li>'
        for i, (name, title) in enumerate(page.recent_comments)
    )
    months = page.article_published[:7]
    categories = "\n".join(
        f'\t<li class="cat-item cat-item-{3 + i}"><a href="{root}/category/{slug(c)}/">{esc(c)}</a>\n</li>'
        for i, c in enumerate(page.categories)
    )
    return f"""<{wrap} id="search-2" class="widget widget_search"><form role="search" method="get"
      class="search-form" action="{root}/">
	<label>
		<span class="screen-reader-text">{esc(w["search_for"])}</span>
		<input type="search" class="search-field" placeholder="{esc(w["search"])} &hellip;" value=""
			name="s" />
	</label>
	<input type="submit" class="search-submit" value="{esc(w["search"])}" />
</form></{wrap}>
<{wrap} id="recent-posts-2" class="widget widget_recent_entries">
<{heading} class="{title_class}">{esc(w["recent_posts"])}</{heading}><nav
  aria-label="{esc(w["recent_posts"])}">
<ul>
{recent_posts}
</ul>
</nav></{wrap}>
<{wrap} id="recent-comments-2" class="widget widget_recent_comments"><{heading}
  class="{title_class}">{esc(w["recent_comments"])}</{heading}><nav
  aria-label="{esc(w["recent_comments"])}"><ul id="recentcomments">{recent_comments}</ul></nav></{wrap}>
<{wrap} id="archives-2" class="widget widget_archive"><{heading}
  class="{title_class}">{esc(w["archives"])}</{heading}><nav aria-label="{esc(w["archives"])}">
<ul>
	<li><a href='{root}/{months.replace("-", "/")}/'>{esc(months)}</a></li>
</ul>
</nav></{wrap}>
<{wrap} id="categories-2" class="widget widget_categories"><{heading}
  class="{title_class}">{esc(w["categories"])}</{heading}><nav aria-label="{esc(w["categories"])}">
<ul>
{categories}
</ul>
</nav></{wrap}>"""


def reply_form(page: Page, heading: str = "h3", title: str | None = None, submit: str | None = None) -> str:
    """WordPress' ``comment_form()`` for a visitor who is not logged in."""
    w = words(page)
    root = site_root(page)
    title = title or w["leave_reply"]
    submit = submit or w["post_comment"]
    return f"""<div id="respond" class="comment-respond">
		<{heading} id="reply-title" class="comment-reply-title">{esc(title)} <small><a rel="nofollow"
			id="cancel-comment-reply-link" href="{esc(page.url)}#respond"
				style="display:none;">{esc(w["cancel_reply"])}</a></small></{heading}><form
				action="{root}/wp-comments-post.php" method="post" id="commentform" class="comment-form"
				novalidate><p class="comment-notes"><span
				id="email-notes">{esc(w["email_notes"])}</span> <span
				class="required-field-message">{esc(w["required_note"])} <span
				class="required">*</span></span></p><p class="comment-form-comment"><label
				for="comment">{esc(w["comment"])} <span class="required">*</span></label> <textarea
				id="comment" name="comment" cols="45" rows="8" maxlength="65525" required></textarea></p><p
				class="comment-form-author"><label for="author">{esc(w["name"])} <span
				class="required">*</span></label> <input id="author" name="author" type="text" value=""
				size="30" maxlength="245" autocomplete="name" required /></p>
<p class="comment-form-email"><label for="email">{esc(w["email"])} <span
  class="required">*</span></label> <input id="email" name="email" type="email" value="" size="30"
  maxlength="100" aria-describedby="email-notes" autocomplete="email" required /></p>
<p class="comment-form-url"><label for="url">{esc(w["website"])}</label> <input id="url" name="url"
  type="url" value="" size="30" maxlength="200" autocomplete="url" /></p>
<p class="comment-form-cookies-consent"><input id="wp-comment-cookies-consent"
  name="wp-comment-cookies-consent" type="checkbox" value="yes" /> <label
  for="wp-comment-cookies-consent">{esc(w["cookies"])}</label></p>
<p class="form-submit"><input name="submit" type="submit" id="submit" class="submit"
  value="{esc(submit)}" /> <input type='hidden' name='comment_post_ID' value='{page.post_id}'
  id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->"""


def footer_scripts(page: Page) -> str:
    """Scripts WordPress prints before ``</body>``; their strings must never reach a reader."""
    root = site_root(page)
    w = words(page)
    l10n = json.dumps({"reply": w["reply"], "cancel": w["cancel_reply"]}, ensure_ascii=False)
    return f"""<script src="{root}/wp-includes/js/comment-reply.min.js?ver=6.5.2" id="comment-reply-js"
      async data-wp-strategy="async"></script>
<script id="theme-l10n">
var commentL10n = {l10n};
document.querySelectorAll('.comment-reply-link').forEach(function (a) {{ a.dataset.ready = '1'; }});
</script>"""


def reply_link(page: Page, cid: str, author: str, below: str = "div-comment") -> str:
    """``comment_reply_link()``: the "Reply" link with the data attributes comment-reply.js reads."""
    w = words(page)
    label = f"{w['reply']} {author}".strip()
    return (
        f"<a rel='nofollow' class='comment-reply-link' href='{esc(page.url)}?replytocom={cid}#respond' "
        f'data-commentid="{cid}" data-postid="{page.post_id}" data-belowelement="{below}-{cid}" '
        f'data-respondelement="respond" data-replyto="{esc(label)}" aria-label=\'{esc(label)}\'>'
        f"{esc(w['reply'])}</a>"
    )


def avatar(name: str, size: int, alt: str = "", extra_class: str = "") -> str:
    """``get_avatar()``: a Gravatar ``<img>`` (alt empty by default, as core prints it)."""
    src = gravatar(name or "deleted", size)
    src2 = gravatar(name or "deleted", size * 2)
    return (
        f"<img alt='{esc(alt)}' src='{esc(src)}' srcset='{esc(src2)} 2x' "
        f"class='avatar avatar-{size} photo{extra_class}' height='{size}' width='{size}' "
        "loading='lazy' decoding='async'/>"
    )


def author_link(name: str, url: str | None) -> str:
    """``get_comment_author_link()``: the name, linked when the commenter gave a website."""
    if url:
        return f"<a href='{esc(url)}' class='url' rel='ugc external nofollow'>{esc(name)}</a>"
    return esc(name)


def byline(page: Page) -> str:
    """The article's author and date line."""
    w = words(page)
    root = site_root(page)
    return (
        f'<span class="byline">{esc(w["by"])} <span class="author vcard"><a class="url fn n" '
        f'href="{root}/author/{slug(page.article_author)}/">{esc(page.article_author)}</a></span></span> '
        f'<span class="posted-on"><a href="{esc(page.url)}" rel="bookmark"><time class="entry-date '
        'published" '
        f'datetime="{esc(page.article_published)}">{esc(shown_published(page))}</time></a></span>'
    )


def category_line(page: Page) -> str:
    """ "Posted in <category>" under the article."""
    w = words(page)
    root = site_root(page)
    if not page.categories:
        return ""
    cat = page.categories[0]
    return (
        f'<span class="cat-links">{esc(w["posted_in"])} '
        f'<a href="{root}/category/{slug(cat)}/" rel="category tag">{esc(cat)}</a></span>'
    )


def thoughts_title(page: Page, count: int, key: str = "thoughts") -> str:
    """ "12 thoughts on “Title”" in the page's language."""
    return inline(words(page)[key].format(n=count, title=page.title))
