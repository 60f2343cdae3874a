"""Astra: its ``astra_theme_comment()`` callback.

``ol.ast-comment-list > li#li-comment-N > article#comment-N.ast-comment``, replies in
``ol.children``; the author in ``.ast-comment-cite-wrap cite b.fn``, the date in
``.ast-comment-time time[datetime]``, the text and the "Reply" link in
``section.ast-comment-content``. Pings are short ("Pingback: <site>"), and the comment's id sits on
the ``article``, not on the ``li``.
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
    name="astra",
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
        return (
            f'\t\t\t\t<li class="{c.kind} {parity} depth-1" id="{esc(c.source_id)}">\n'
            f"\t\t\t\t\t<p>{esc(w['pingback'])} {wpshell.author_link(c.author, c.author_url)} </p>\n"
            "\t\t\t\t</li>\n"
        )
    kind = "comment deleted-comment" if c.kind == "deleted" else "comment"
    parent = " parent" if c.replies else ""
    out = [f'\t\t\t\t<li class="{kind} {parity} depth-{depth + 1}{parent}" id="li-{esc(c.source_id)}">\n']
    out.append(f'\t\t\t\t\t<article id="{esc(c.source_id)}" class="ast-comment">')
    if c.kind == "deleted":
        out.append('\t\t\t\t\t\t\t<section class="ast-comment-content comment">')
        out.append(f"\t\t\t\t\t\t\t\t<p><em>{inline(c.paragraphs[0])}</em></p>")
        out.append(p_blocks(c.paragraphs[1:], "\t\t\t\t\t\t\t\t"))
        out.append("\t\t\t\t\t\t\t</section> <!-- .ast-comment-content -->")
    else:
        out.append("\t\t\t\t\t<div class= 'ast-comment-info'>")
        out.append(
            f"\t\t\t\t\t\t<div class='ast-comment-avatar-wrap'>{wpshell.avatar(c.author, 50)}</div><!-- "
            "Remove 1px Space\n"
            "\t\t\t\t\t\t-->"
        )
        out.append('\t\t\t\t\t\t\t\t<div class="ast-comment-data-wrap"><div class="ast-comment-meta-wrap">')
        out.append('<header class="ast-comment-meta ast-row ast-comment-author vcard capitalize">')
        out.append(
            '<div class="ast-comment-cite-wrap"><cite><b class="fn">'
            f"{wpshell.author_link(c.author, c.author_url)}</b> </cite></div>"
        )
        out.append(
            f'<div class="ast-comment-time"><span  class="timendate"><a href="{esc(page.url)}#comment-'
            f'{cid}">'
            f'<time datetime="{esc(c.posted or "")}">{esc(c.posted_shown or "")}</time></a></span></div>'
        )
        out.append("\t\t\t\t\t\t\t\t</div>\t\t\t\t\t\t\t\t</header> <!-- .ast-comment-meta -->")
        out.append("\t\t\t\t\t\t\t</div>")
        out.append('\t\t\t\t\t\t\t<section class="ast-comment-content comment">')
        out.append(p_blocks(c.paragraphs, "\t\t\t\t\t\t\t\t"))
        out.append('\t\t\t\t\t\t\t\t<div class="ast-comment-edit-reply-wrap">')
        out.append(
            '\t\t\t\t\t\t\t\t\t<span class="ast-reply-link">'
            f"{wpshell.reply_link(page, cid, c.author, 'comment')}</span>"
        )
        out.append("\t\t\t\t\t\t\t\t</div>")
        out.append("\t\t\t\t\t\t\t</section> <!-- .ast-comment-content -->")
        out.append("\t\t\t\t\t\t\t</div>")
    out.append("\t\t\t\t\t</article><!-- #comment-## -->\n")
    if c.replies:
        out.append('<ol class="children">')
        out.extend(_comment(page, r, depth + 1, index) for r in c.replies)
        out.append("</ol><!-- .children -->")
    out.append("</li><!-- #comment-## -->")
    return "\n".join(out) + "\n"


def render(page: Page) -> str:
    """The whole Astra page (header builder markup, sidebar on the right)."""
    w = words(page)
    root = site_root(page)
    index = [0]
    comments = "".join(_comment(page, c, 0, index) for c in page.comments)
    n = count_comments(page, frozenset({"comment", "deleted", "pingback", "trackback"}))
    nav = "".join(
        f'<li id="menu-item-{40 + i}" class="menu-item menu-item-type-post_type menu-item-object-page '
        f'menu-item-{40 + i}">'
        f'<a href="{root}/{slug(label)}/" class="menu-link">{esc(label)}</a></li>'
        for i, label in enumerate(nav_items(page))
    )
    cat = page.categories[0] if page.categories else ""
    prev = page.recent_posts[0] if page.recent_posts else w["previous_post"]
    return f"""{wpshell.head(page, "astra")}
<body itemtype='https://schema.org/Blog' itemscope='itemscope'
  class="post-template-default single single-post postid-{page.post_id} single-format-standard ast-desktop
    ast-separate-container ast-right-sidebar astra-4.6.4 ast-blog-single-style-1 ast-single-post
      ast-inherit-site-logo-transparent ast-hfb-header ast-normal-title-enabled">
<a class="skip-link screen-reader-text" href="#content" title="{esc(w["skip"])}">{esc(w["skip"])}</a>
<div class="hfeed site" id="page">
		<header
			class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline
				ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline"
					id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope"
					itemid="#masthead">
		<div id="ast-desktop-header" data-toggle-type="dropdown">
		<div class="ast-main-header-wrap main-header-bar-wrap "><div
			class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"
				data-section="section-primary-header-builder">
						<div
							class="site-primary-header-wrap ast-builder-grid-row-container
								site-header-focus-item ast-container"
									data-section="section-primary-header-builder">
				<div
					class="ast-builder-grid-row ast-builder-grid-row-has-sides
						ast-builder-grid-row-no-center">
							<div
								class="site-header-primary-section-left site-header-section ast-flex
									site-header-section-left">
									<div class="ast-builder-layout-element ast-flex site-header-focus-item"
										data-section="title_tagline">
							<div class="site-branding ast-site-identity"
								itemtype="https://schema.org/Organization" itemscope="itemscope"><div
								class="ast-site-title-wrap">
						<span class="site-title" itemprop="name"><a href="{root}/" rel="home"
							itemprop="url" >{esc(page.site_name)}</a></span>
				</div></div>
					</div>
								</div>
							<div
								class="site-header-primary-section-right site-header-section ast-flex
									ast-grid-right-section">
										<div
											class="ast-builder-menu-1 ast-builder-menu ast-flex
												ast-builder-menu-1-focus-item ast-builder-layout-element
													site-header-focus-item"
													data-section="section-hb-menu-1">
						<div class="ast-main-header-bar-alignment"><div
							class="main-header-bar-navigation"><nav
							class="site-navigation ast-flex-grow-1 navigation-accessibility
								site-header-focus-item" id="primary-site-navigation-desktop"
									aria-label="{esc(w["menu"])}"
									itemtype="https://schema.org/SiteNavigationElement"
									itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul
									id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu
									ast-flex  submenu-with-border stack-on-mobile">{nav}</ul></div></nav>
									</div></div>				</div>
									</div>
						</div>
		</div>
		</div>
		</div>
		</div>
		</header><!-- #masthead -->
		<div id="content" class="site-content">
		<div class="ast-container">

	<div id="primary" class="content-area primary">
				<main id="main" class="site-main">

<article
  class="post-{page.post_id} post type-post status-publish format-standard hentry category-{slug(cat)}
    ast-article-single" id="post-{page.post_id}" itemtype="https://schema.org/CreativeWork"
      itemscope="itemscope">
	<div class="ast-post-format- single-layout-1">
	<header class="entry-header ">
		<h1 class="entry-title" itemprop="headline">{esc(page.title)}</h1><div
			class="entry-meta">{esc(w["by"])} <span class="posted-by vcard author"
			itemtype="https://schema.org/Person" itemscope="itemscope" itemprop="author"><a
			title="{esc(page.article_author)}" href="{root}/author/{slug(page.article_author)}/"
				rel="author" class="url fn n" itemprop="url"><span class="author-name"
				itemprop="name">{esc(page.article_author)}</span></a></span> / <span class="posted-on"><span
				class="published" itemprop="datePublished"> {esc(shown_published(page))} </span></span>
				</div>	</header><!-- .entry-header -->

	<div class="entry-content clear" itemprop="text">
{article_blocks(page)}
	</div><!-- .entry-content .clear -->
</div>
</article><!-- #post-## -->

	<nav class="navigation post-navigation" aria-label="{esc(w["previous_post"])}">
				<div class="nav-links"><div class="nav-previous"><a title="{esc(prev)}"
					href="{root}/{slug(prev)}/" rel="prev"><span
					class="ast-left-arrow">&larr;</span> {esc(w["previous_post"])}</a></div></div>
	</nav>
<div id="comments" class="comments-area comment-form-position-below">
			<div class="comments-count-wrapper">
			<h3 class="comments-title">
				{wpshell.thoughts_title(page, n)}			</h3>
		</div>

		<ol class="ast-comment-list">
{comments}		</ol><!-- .ast-comment-list -->

		{wpshell.reply_form(page)}
	</div><!-- #comments -->

			</main><!-- #main -->
	</div><!-- #primary -->

<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar"
  itemscope="itemscope">
	<div class="sidebar-main" >
		{wpshell.widgets(page, "aside", "h2")}
	</div><!-- .sidebar-main -->
</div><!-- #secondary -->

	</div> <!-- ast-container -->
	</div><!-- #content -->
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope"
  itemid="#colophon">
<div
  class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item
    ast-builder-grid-row-full" data-section="section-below-footer-builder">
<div class="ast-builder-grid-row-container-inner"><div
  class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row">
<div class="site-footer-below-section-1 site-footer-section site-footer-section-1">
<div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright"
  data-section="section-footer-builder">
<div
  class="ast-footer-copyright">
    <p>Copyright &copy; {page.article_published[:4]} {esc(page.site_name)} | Powered by <a
    href="https://wpastra.com" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p>
</div></div></div></div></div></div>
</footer><!-- #colophon -->
	</div><!-- #page -->
{wpshell.footer_scripts(page)}
</body>
</html>
"""
