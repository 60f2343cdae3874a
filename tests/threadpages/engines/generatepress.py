"""GeneratePress: its ``generate_comment()`` callback.

``ol.comment-list > li.comment > article.comment-body``, replies in ``ul.children``; the author in
``div.comment-author-info cite.fn``, the date in ``.comment-metadata time[datetime]`` (its text
padded with the template's tabs and newlines), the "Reply" link after the text. Pings are short:
"Pingback: <site>" without an excerpt.
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
from tests.threadpages.spec import Comment, EngineInfo, Page

ENGINE = EngineInfo(
    name="generatepress",
    max_depth=None,
    kinds=frozenset({"comment", "pingback", "trackback", "deleted"}),
    short_ping=True,
)


def _comment(page: Page, c: Comment, depth: int, index: list[int]) -> str:
    w = words(page)
    index[0] += 1
    parity = "even" if index[0] % 2 else "odd alt"
    cid = numeric_id(c)
    if c.kind in ("pingback", "trackback"):
        label = w[c.kind]
        return (
            f'\n\t\t<li id="{esc(c.source_id)}" class="{c.kind} {parity} depth-1">\n'
            f'\t\t\t<div class="comment-body">\n\t\t\t\t{esc(label)} '
            f"{wpshell.author_link(c.author, c.author_url)} "
            "\n\t\t\t</div>\n\n\t\t</li><!-- #comment-## -->\n"
        )
    kind = "comment deleted-comment" if c.kind == "deleted" else "comment"
    parent = " parent" if c.replies else ""
    out = [f'\n\t\t<li id="{esc(c.source_id)}" class="{kind} {parity} depth-{depth + 1}{parent}">']
    out.append(
        f'\t\t\t<article class="comment-body" id="div-comment-{cid}"  '
        'itemtype="https://schema.org/Comment" itemscope>'
    )
    if c.kind == "deleted":
        out.append('\t\t\t\t<div class="comment-content" itemprop="text">')
        out.append(f"\t\t\t\t\t<p><em>{inline(c.paragraphs[0])}</em></p>")
        out.append(p_blocks(c.paragraphs[1:], "\t\t\t\t\t"))
        out.append("\t\t\t\t</div>")
    else:
        out.append('\t\t\t\t<footer  class="comment-meta" aria-label="Comment meta">')
        out.append(f"\t\t\t\t\t{wpshell.avatar(c.author, 50)}")
        out.append('\t\t\t\t\t<div class="comment-author-info">')
        out.append(
            '\t\t\t\t\t\t<div class="comment-author vcard" itemprop="author" '
            'itemtype="https://schema.org/Person" itemscope>'
        )
        out.append(
            f'\t\t\t\t\t\t\t<cite itemprop="name" class="fn">{wpshell.author_link(c.author, c.author_url)}'
            "</cite>"
        )
        out.append("\t\t\t\t\t\t</div>\n")
        out.append('\t\t\t\t\t\t\t<div class="entry-meta comment-metadata">')
        out.append(f'\t\t\t\t\t\t\t\t<a href="{esc(page.url)}#comment-{cid}">')
        out.append(f'\t\t\t\t\t\t\t\t\t<time datetime="{esc(c.posted or "")}" itemprop="datePublished">')
        out.append(f"\t\t\t\t\t\t\t\t\t\t{esc(c.posted_shown or '')}\t\t\t\t\t\t\t\t\t</time>")
        out.append("\t\t\t\t\t\t\t\t</a>\t\t\t\t\t\t\t</div>")
        out.append("\t\t\t\t\t\t\t</div>\n\n\t\t\t\t\t\t\t\t\t</footer>\n")
        out.append('\t\t\t\t<div class="comment-content" itemprop="text">')
        out.append(p_blocks(c.paragraphs, "\t\t\t\t\t"))
        out.append(f'<span class="reply">{wpshell.reply_link(page, cid, c.author)}</span>\t\t\t\t</div>')
    out.append("\t\t\t</article>")
    if c.replies:
        out.append('\t\t<ul class="children">')
        out.extend(_comment(page, r, depth + 1, index) for r in c.replies)
        out.append("\t\t</ul><!-- .children -->")
    out.append("\t\t</li><!-- #comment-## -->\n")
    return "\n".join(out)


def render(page: Page) -> str:
    """The whole GeneratePress page."""
    w = words(page)
    root = site_root(page)
    index = [0]
    comments = "".join(_comment(page, c, 0, index) for c in page.comments)
    n = count_comments(page, frozenset({"comment", "deleted", "pingback", "trackback"}))
    nav = "".join(
        f'<li id="menu-item-{30 + i}" class="menu-item menu-item-type-post_type menu-item-object-page '
        f'menu-item-{30 + i}">'
        f'<a href="{root}/{slug(label)}/">{esc(label)}</a></li>'
        for i, label in enumerate(nav_items(page))
    )
    cat = page.categories[0] if page.categories else ""
    prev = page.recent_posts[0] if page.recent_posts else w["previous_post"]
    return f"""{wpshell.head(page, "generatepress")}
<body
  class="post-template-default single single-post postid-{page.post_id} single-format-standard
    wp-embed-responsive right-sidebar nav-float-right separate-containers header-aligned-left
      dropdown-hover" itemtype="https://schema.org/Blog" itemscope>
	<a class="screen-reader-text skip-link" href="#content"
		title="{esc(w["skip"])}">{esc(w["skip"])}</a>		<header
			class="site-header has-inline-mobile-toggle"
		id="masthead" aria-label="Site"  itemtype="https://schema.org/WPHeader" itemscope>
			<div class="inside-header grid-container">
				<div class="site-branding">
						<p class="main-title" itemprop="headline">
					<a href="{root}/" rel="home">{esc(page.site_name)}</a>
				</p>
						<p class="site-description" itemprop="description">{esc(page.tagline)}</p>
					</div>		<nav class="main-navigation sub-menu-right" id="site-navigation"
						aria-label="Primary"  itemtype="https://schema.org/SiteNavigationElement" itemscope>
			<div class="inside-navigation grid-container">
								<button class="menu-toggle" aria-controls="primary-menu"
									aria-expanded="false">
					<span class="gp-icon icon-menu-bars"><svg viewBox="0 0 512 512" aria-hidden="true"
						xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path
						d="M0 96c0-13.3 10.7-24 24-24h464c13.3 0 24 10.7 24 24s-10.7 24-24 24H24z" />
						</svg></span><span
							class="mobile-menu">{esc(w["menu"])}</span>				</button>
				<div id="primary-menu" class="main-nav"><ul id="menu-main"
					class=" menu sf-menu">{nav}</ul></div>			</div>
		</nav>
					</div>
		</header>

	<div class="site grid-container container hfeed" id="page">
				<div class="site-content" id="content">

	<div class="content-area" id="primary">
		<main class="site-main" id="main">

<article id="post-{page.post_id}"
  class="post-{page.post_id} post type-post status-publish format-standard hentry category-{slug(cat)}"
    itemtype="https://schema.org/CreativeWork" itemscope>
	<div class="inside-article">
					<header class="entry-header">
				<h1 class="entry-title" itemprop="headline">{esc(page.title)}</h1>		<div
					class="entry-meta">
			<span class="posted-on"><time class="entry-date published"
				datetime="{esc(page.article_published)}"
					itemprop="datePublished">{esc(shown_published(page))}</time></span> <span
					class="byline">{esc(w["by"])} <span class="author vcard" itemprop="author"
					itemtype="https://schema.org/Person" itemscope><a class="url fn n"
					href="{root}/author/{slug(page.article_author)}/" rel="author" itemprop="url"><span
					class="author-name"
					itemprop="name">{esc(page.article_author)}</span></a></span></span> 		</div>
					</header>

		<div class="entry-content" itemprop="text">
{article_blocks(page)}
		</div>

				<footer class="entry-meta" aria-label="Entry meta">
			{wpshell.category_line(page)}		<nav id="nav-below" class="post-navigation"
				aria-label="Posts">
			<div class="nav-previous"><span class="gp-icon icon-arrow-left"><svg viewBox="0 0 192 512"
				aria-hidden="true" xmlns="http://www.w3.org/2000/svg" width="1em" height="1em"><path
				d="M178.425 138.212c0 2.265-1.133 4.813-2.832 6.512L64.276 256l111.317 111.277z" />
				</svg></span><span class="prev"><a href="{root}/{slug(prev)}/"
					rel="prev">{esc(prev)}</a></span></div>
				</nav>
				</footer>
			</div>
</article>

			<div class="comments-area">
				<div id="comments">

		<h3 class="comments-title">
			{wpshell.thoughts_title(page, n)}		</h3>

		<ol class="comment-list">
			{comments}
		</ol><!-- .comment-list -->

		{wpshell.reply_form(page, "h3", w["leave_comment"])}

</div><!-- #comments -->
			</div>

				</main>
	</div>

	<div class="widget-area sidebar is-right-sidebar" id="right-sidebar">
	<div class="inside-right-sidebar">
		{wpshell.widgets(page, "aside", "h2")}
	</div>
</div>

	</div>
</div>


<div class="site-footer">
			<footer class="site-info" aria-label="Site"  itemtype="https://schema.org/WPFooter" itemscope>
			<div class="inside-site-info grid-container">
								<div class="copyright-bar">
					<span
						class="copyright">&copy; {page.article_published[:4]} {esc(page.site_name)}</span>
							&bull; Built with <a href="https://generatepress.com"
							itemprop="url">GeneratePress</a>				</div>
			</div>
		</footer>
		</div>

{wpshell.footer_scripts(page)}
</body>
</html>
"""
