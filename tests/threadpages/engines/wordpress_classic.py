"""WordPress without HTML5 comment support: core ``Walker_Comment::comment()`` in a Twenty Eleven-like
  theme.

``ol.commentlist > li.comment``, replies in ``ul.children``; the author in ``cite.fn`` followed by
"says:", the date only as text in ``div.comment-meta.commentmetadata`` (no machine-readable date,
so ``posted`` is naive), pingbacks and trackbacks shown in full like comments.
"""

from __future__ import annotations

from tests.threadpages import wpshell
from tests.threadpages.common import (
    article_blocks,
    count_comments,
    esc,
    inline,
    numeric_id,
    p_blocks,
    site_root,
    slug,
    words,
)
from tests.threadpages.spec import Comment, EngineInfo, Page

ENGINE = EngineInfo(
    name="wordpress_classic",
    max_depth=None,
    kinds=frozenset({"comment", "pingback", "trackback", "deleted"}),
)


class _Counter:
    """``comment_class()``'s even/odd alternation runs over every comment of the page."""

    def __init__(self) -> None:
        self.n = 0

    def next(self) -> str:
        self.n += 1
        return "odd alt" if self.n % 2 == 0 else "even"


def _classes(page: Page, c: Comment, depth: int, thread: int, counter: _Counter) -> str:
    kind = "comment" if c.kind == "deleted" else c.kind
    classes = [kind]
    if c.kind == "deleted":
        classes.append("deleted-comment")
    if c.author and c.author == page.article_author:
        classes += ["byuser", f"comment-author-{slug(c.author)}", "bypostauthor"]
    classes.append(counter.next())
    classes.append("thread-even" if thread % 2 == 0 else "thread-odd thread-alt")
    classes.append(f"depth-{depth + 1}")
    if c.replies:
        classes.append("parent")
    return " ".join(classes)


def _comment(page: Page, c: Comment, depth: int, thread: int, counter: _Counter, tab: str) -> str:
    w = words(page)
    cid = numeric_id(c)
    tab2 = tab + "\t\t"
    li = f'{tab}<li class="{_classes(page, c, depth, thread, counter)}" id="{esc(c.source_id)}">\n'
    if c.kind == "deleted":
        body = (
            f'{tab}\t\t<div id="div-comment-{cid}" class="comment-body">\n'
            f'{tab}\t\t<p class="comment-deleted"><em>{inline(c.paragraphs[0])}</em></p>\n'
            + "".join(f"{tab}\t\t<p>{inline(p)}</p>\n" for p in c.paragraphs[1:])
            + f"{tab}\t\t</div>\n"
        )
    else:
        alt = f"Avatar {c.author}" if c.kind == "comment" else ""
        reply = ""
        if c.kind == "comment":
            reply = f'{tab}\t\t<div class="reply">{wpshell.reply_link(page, cid, c.author)}</div>\n'
        body = (
            f'{tab}\t\t<div id="div-comment-{cid}" class="comment-body">\n'
            f'{tab}\t\t<div class="comment-author vcard">\n'
            f"{tab}\t\t\t{wpshell.avatar(c.author, 40, alt)}\t\t\t"
            f'<cite class="fn">{wpshell.author_link(c.author, c.author_url)}</cite> '
            f'<span class="says">{esc(w["says"])}</span>\t\t</div>\n'
            f"{tab}\t\t\n"
            f'{tab}\t\t<div class="comment-meta commentmetadata">\n'
            f'{tab}\t\t\t<a href="{esc(page.url)}#comment-{cid}">{esc(c.posted_shown or "")}</a>\t\t'
            "</div>\n\n"
            f"{p_blocks(c.paragraphs, tab2)}\n\n"
            f"{reply}"
            f"{tab}\t\t</div>\n"
        )
    children = ""
    if c.replies:
        inner = "".join(_comment(page, r, depth + 1, thread, counter, tab + "\t") for r in c.replies)
        children = f'{tab}\t<ul class="children">\n{inner}{tab}\t</ul><!-- .children -->\n'
    return li + body + children + f"{tab}</li><!-- #comment-## -->\n"


def render(page: Page) -> str:
    """The whole page: header and menu, article, comments, reply form, sidebar, footer."""
    w = words(page)
    root = site_root(page)
    counter = _Counter()
    comments = "".join(_comment(page, c, 0, i, counter, "\t\t") for i, c in enumerate(page.comments))
    n = count_comments(page, frozenset({"comment", "deleted", "pingback", "trackback"}))
    cats = ", ".join(
        f'<a href="{root}/category/{slug(c)}/" rel="category tag">{esc(c)}</a>' for c in page.categories[:1]
    )
    return f"""{wpshell.head(page, "twentyeleven")}
<body
  class="single single-post postid-{page.post_id} single-format-standard singular two-column right-sidebar">
<div id="page" class="hfeed">
	<header id="branding">
			<hgroup>
				<h1 id="site-title"><span><a href="{root}/" rel="home">{esc(page.site_name)}</a></span></h1>
				<h2 id="site-description">{esc(page.tagline)}</h2>
			</hgroup>
			<nav id="access">
				<h3 class="assistive-text">{esc(w["menu"])}</h3>
				<div class="skip-link"><a class="assistive-text" href="#content">{esc(w["skip"])}</a></div>
				<div class="menu-main-container">{wpshell.menu(page, "menu-main")}</div>
			</nav><!-- #access -->
	</header><!-- #branding -->

	<div id="main">
		<div id="primary">
			<div id="content" role="main">
				<nav id="nav-single">
					<span class="nav-previous"><a
						href="{root}/{slug(page.recent_posts[0] if page.recent_posts else "home")}/"
							rel="prev"><span
							class="meta-nav">&larr;</span> {esc(w["previous_post"])}</a></span>
				</nav><!-- #nav-single -->

<article id="post-{page.post_id}"
  class="post-{page.post_id} post type-post status-publish format-standard hentry">
	<header class="entry-header">
		<h1 class="entry-title">{esc(page.title)}</h1>
		<div class="entry-meta">{wpshell.byline(page)}</div><!-- .entry-meta -->
	</header><!-- .entry-header -->

	<div class="entry-content">
{article_blocks(page)}
	</div><!-- .entry-content -->

	<footer class="entry-meta">
		{esc(w["posted_in"])} {cats}. <a href="{esc(page.url)}" title="Permalink"
			rel="bookmark">Permalink</a>.
	</footer><!-- .entry-meta -->
</article><!-- #post-{page.post_id} -->

	<div id="comments">
		<h2 id="comments-title">
			{wpshell.thoughts_title(page, n, "responses")}
		</h2>

		<ol class="commentlist">
{comments}		</ol>

{wpshell.reply_form(page)}

</div><!-- #comments -->

			</div><!-- #content -->
		</div><!-- #primary -->
		<div id="secondary" class="widget-area" role="complementary">
{wpshell.widgets(page, "aside", "h3")}
		</div><!-- #secondary .widget-area -->
	</div><!-- #main -->

	<footer id="colophon">
			<div id="site-generator">
				<a href="https://wordpress.org/" class="imprint">{esc(w["powered"])}</a>
			</div>
	</footer><!-- #colophon -->
</div><!-- #page -->
{wpshell.footer_scripts(page)}
</body>
</html>
"""
