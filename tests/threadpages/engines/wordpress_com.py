"""A blog hosted on WordPress.com: core ``html5_comment()`` plus Jetpack's comment likes and Highlander
  form.

``ol.comment-list > li.comment > article.comment-body``, replies in ``ol.children``; the author in
``b.fn`` followed by "says:", the date in ``.comment-metadata time[datetime]``. Inside
``.comment-content``, after the text, Jetpack adds a "Like" line (``p.comment-likes``) that is not
part of the comment; commenting needs a login, so the reply link reads "Log in to Reply". Pings
are short.
"""

from __future__ import annotations

from tests.threadpages import wpshell
from tests.threadpages.common import (
    article_blocks,
    count_comments,
    esc,
    inline,
    nav_items,
    number,
    numeric_id,
    p_blocks,
    shown_published,
    site_root,
    slug,
    words,
)
from tests.threadpages.spec import Comment, EngineInfo, Page

ENGINE = EngineInfo(
    name="wordpress_com",
    max_depth=None,
    kinds=frozenset({"comment", "pingback", "trackback", "deleted"}),
    short_ping=True,
)

_AVATAR_ALT = {
    "en": "{name}'s avatar",
    "de": "Avatar von {name}",
    "es": "Avatar de {name}",
    "fr": "Avatar de {name}",
}
_HIGHLANDER = {
    "en": ("Enter your comment here...", "Fill in your details below or click an icon to log in:",
           "Email (required) (Address never made public)", "Name (required)"),
    "de": ("Gib hier deinen Kommentar ein ""Trage deine Daten unten ein oder klicke ein Icon um dich "
                                           "einzuloggen:"
           "…", "Trage deine Daten unten ein oder klicke ein Icon um dich einzuloggen:",
           "E-Mail (erforderlich) (Adresse wird niemals veröffentlicht)", "Name (erforderlich)"),
    "es": ("Introduce aquí tu "
           "comentario...", "Introduce tus datos o haz clic en un icono para iniciar sesión:",
           "Correo electrónico (obligatorio) (La dirección no se hará pública)", "Nombre (obligatorio)"),
    "fr": ("Entrez votre "
           "commentaire...", "Entrez vos coordonnées ci-dessous ou cliquez sur une icône pour vous "
                             "connecter:",
           "Adresse e-mail (obligatoire) (adresse strictement confidentielle)", "Nom (obligatoire)"),
}  # fmt: skip


def _comment(page: Page, c: Comment, depth: int, index: list[int]) -> str:
    w = words(page)
    index[0] += 1
    parity = "even" if index[0] % 2 else "odd alt"
    cid = numeric_id(c)
    if c.kind in ("pingback", "trackback"):
        return (
            f'\t\t<li id="{esc(c.source_id)}" class="{c.kind} {parity} thread-odd thread-alt depth-1">\n'
            f'\t\t\t<div class="comment-body">\n\t\t\t\t{esc(w[c.kind])} '
            f"{wpshell.author_link(c.author, c.author_url)} \t\t\t</div>\n\t\t</li><!-- #comment-## -->\n"
        )
    kind = (
        "comment deleted-comment"
        if c.kind == "deleted"
        else f"comment byuser comment-author-{slug(c.author)}"
    )
    parent = " parent" if c.replies else ""
    out = [
        f'\t\t<li id="{esc(c.source_id)}" class="{kind} {parity} depth-{depth + 1}{parent} '
        'highlander-comment">'
    ]
    out.append(f'\t\t\t<article id="div-comment-{cid}" class="comment-body">')
    if c.kind == "deleted":
        out.append('\t\t\t\t<div class="comment-content">')
        out.append(f"\t\t\t\t\t<p><em>{inline(c.paragraphs[0])}</em></p>")
        out.append(p_blocks(c.paragraphs[1:], "\t\t\t\t\t"))
        out.append("\t\t\t\t</div><!-- .comment-content -->")
    else:
        alt = _AVATAR_ALT.get(page.lang, _AVATAR_ALT["en"]).format(name=c.author)
        likes = number(c.source_id, 6)
        feedback = w["liked_by"].format(n=likes) if likes > 1 else ""
        out.append('\t\t\t\t<footer class="comment-meta">')
        out.append('\t\t\t\t\t<div class="comment-author vcard">')
        img = wpshell.avatar(c.author, 56, alt).replace("<img ", '<img referrerpolicy="no-referrer" ')
        out.append(
            f"\t\t\t\t\t\t{img}"
            f'\t\t\t\t\t\t<b class="fn">{wpshell.author_link(c.author, c.author_url)}</b> '
            f'<span class="says">{esc(w["says"])}</span>\t\t\t\t\t</div><!-- .comment-author -->\n'
        )
        out.append('\t\t\t\t\t<div class="comment-metadata">')
        out.append(
            f'\t\t\t\t\t\t<a href="{esc(page.url)}#comment-{cid}"><time datetime="{esc(c.posted or "")}">'
            f"{esc(c.posted_shown or '')}</time></a>\t\t\t\t\t</div><!-- .comment-metadata -->\n"
        )
        out.append("\t\t\t\t\t\t\t\t\t</footer><!-- .comment-meta -->\n")
        out.append('\t\t\t\t<div class="comment-content">')
        out.append(p_blocks(c.paragraphs, "\t\t\t\t\t"))
        out.append(
            f'<p id="comment-like-{cid}" data-liked=comment-not-liked class="comment-likes '
            'comment-not-liked">'
            f'<a href="{esc(page.url)}?like_comment={cid}&#038;_wpnonce=4f1c2d9a1b" '
            'class="comment-like-link needs-login" '
            f'rel="nofollow" data-blog="{number(page.url, 90000000, 10000000)}"><span>{esc(w["like"])}'
            "</span></a>"
            f'<span id="comment-like-count-{cid}" class="comment-like-feedback">{esc(feedback)}</span></p>'
        )
        out.append("\t\t\t\t</div><!-- .comment-content -->\n")
        out.append(
            f'\t\t\t\t<div class="reply"><a rel="nofollow" class="comment-reply-login" '
            f'href="https://wordpress.com/log-in?redirect_to={esc(page.url)}">{esc(w["log_in_to_reply"])}'
            "</a></div>"
        )
    out.append("\t\t\t</article><!-- .comment-body -->")
    if c.replies:
        out.append('<ol class="children">')
        out.extend(_comment(page, r, depth + 1, index) for r in c.replies)
        out.append("</ol><!-- .children -->")
    out.append("</li><!-- #comment-## -->")
    return "\n".join(out) + "\n"


def render(page: Page) -> str:
    """The whole WordPress.com page (Twenty Twenty-One-like theme, Jetpack sharing and likes)."""
    w = words(page)
    root = site_root(page)
    index = [0]
    comments = "".join(_comment(page, c, 0, index) for c in page.comments)
    n = count_comments(page, frozenset({"comment", "deleted", "pingback", "trackback"}))
    nav = "".join(
        f'<li id="menu-item-{60 + i}" class="menu-item menu-item-type-custom menu-item-object-custom '
        f'menu-item-{60 + i}">'
        f'<a href="{root}/{slug(label)}/">{esc(label)}</a></li>'
        for i, label in enumerate(nav_items(page))
    )
    enter, details, email, name = _HIGHLANDER.get(page.lang, _HIGHLANDER["en"])
    blog_id = number(page.url, 90000000, 10000000)
    return f"""{wpshell.head(page, "pub/twentytwentyone")}
<body
  class="post-template-default single single-post postid-{page.post_id} single-format-standard
    wp-embed-responsive is-light-theme no-js singular has-main-navigation customizer-styles-applied
      highlander-enabled highlander-light">
<div id="page" class="site">
	<a class="skip-link screen-reader-text" href="#content">{esc(w["skip"])}</a>

	<header id="masthead" class="site-header has-title-and-tagline has-menu">
<div class="site-branding">
	<p class="site-title"><a href="{root}/">{esc(page.site_name)}</a></p>
	<p class="site-description">{esc(page.tagline)}</p>
</div><!-- .site-branding -->
	<nav id="site-navigation" class="primary-navigation" aria-label="{esc(w["menu"])}">
		<div class="menu-button-container">
			<button id="primary-mobile-menu" class="button" aria-controls="primary-menu-list"
				aria-expanded="false">
				<span class="dropdown-icon open">{esc(w["menu"])}</span>
			</button>
		</div>
		<div class="primary-menu-container"><ul id="primary-menu-list"
			class="menu-wrapper">{nav}</ul></div>	</nav><!-- #site-navigation -->
	</header><!-- #masthead -->

	<div id="content" class="site-content">
		<div id="primary" class="content-area">
			<main id="main" class="site-main">

<article id="post-{page.post_id}"
  class="post-{page.post_id} post type-post status-publish format-standard hentry entry">

	<header class="entry-header alignwide">
		<h1 class="entry-title">{esc(page.title)}</h1>	</header><!-- .entry-header -->

	<div class="entry-content">
{article_blocks(page)}
<div id="jp-post-flair" class="sharedaddy sd-like-enabled sd-sharing-enabled"><div
  class="sharedaddy sd-sharing-enabled"><div
  class="robots-nocontent sd-block sd-social sd-social-icon-text sd-sharing"><h3
  class="sd-title">{esc(w["share"])}&nbsp;:</h3><div class="sd-content"><ul><li class="share-twitter"><a
  rel="nofollow noopener noreferrer" class="share-twitter sd-button share-icon"
    href="{esc(page.url)}?share=twitter" target="_blank"><span>X</span></a></li><li class="share-facebook">
    <a rel="nofollow noopener noreferrer" class="share-facebook sd-button share-icon"
    href="{esc(page.url)}?share=facebook" target="_blank"><span>Facebook</span></a></li><li
    class="share-end"></li></ul></div></div></div><div class='sharedaddy sd-block sd-like
    jetpack-likes-widget-wrapper jetpack-likes-widget-unloaded'
      id='like-post-wrapper-{blog_id}-{page.post_id}'
      data-src='https://widgets.wp.com/likes/#blog_id={blog_id}&amp;post_id={page.post_id}'
      data-name='like-post-frame-{blog_id}-{page.post_id}'><h3 class="sd-title">{esc(w["like"])}&nbsp;:</h3>
      <div class='likes-widget-placeholder post-likes-widget-placeholder' style='height: 55px;'><span
      class='button'><span>{esc(w["like"])}</span></span> <span class="loading">…</span></div><span
      class='sd-text-color'></span><a class='sd-link-color'></a></div></div>
	</div><!-- .entry-content -->

	<footer class="entry-footer default-max-width">
		<div class="posted-by"><span class="posted-on"><time class="entry-date published updated"
			datetime="{esc(page.article_published)}">{esc(shown_published(page))}</time></span><span
			class="byline">{esc(w["by"])} <a href="{root}/author/{slug(page.article_author)}/"
			rel="author">{esc(page.article_author)}</a></span></div><div
			class="post-taxonomies">{wpshell.category_line(page)}</div>	</footer><!-- .entry-footer -->
</article><!-- #post-{page.post_id} -->

<div id="comments" class="comments-area default-max-width show-avatars">
			<h2 class="comments-title">
			{wpshell.thoughts_title(page, n)}		</h2><!-- .comments-title -->

		<ol class="comment-list">
{comments}		</ol><!-- .comment-list -->

		<div id="respond" class="comment-respond">
		<h3 id="reply-title" class="comment-reply-title">{esc(w["leave_comment"])} <small><a rel="nofollow"
			id="cancel-comment-reply-link" href="{esc(page.url)}#respond"
				style="display:none;">{esc(w["cancel_reply"])}</a></small></h3><form
				action="{root}/wp-comments-post.php" method="post" id="commentform" class="comment-form">
<div class="comment-form__verbum transparent"><div id="comment-form-comment"><label
  for="comment">{esc(enter)}</label><textarea id="comment" name="comment" title="{esc(enter)}"
  placeholder="{esc(enter)}"></textarea></div><div id="comment-form-identity"><div
  id="comment-form-nascar"><p>{esc(details)}</p><ul><li class="selected"><a href="#comment-form-guest"
  id="postas-guest" class="comment-form-service-guest" title="Guest">Guest</a></li><li><a
  href="https://wordpress.com/log-in?redirect_to={esc(page.url)}" id="postas-wordpress"
    class="comment-form-service-wordpress">WordPress.com</a></li></ul></div>
<div id="comment-form-guest" class="comment-form-service selected"><div class="comment-form-fields"><div
  class="comment-form-email"><label for="email">{esc(email)}</label><span class="required">*</span><input
  id="email" name="email" type="email" value="" /></div><div class="comment-form-author"><label
  for="author">{esc(name)}</label><span class="required">*</span><input id="author" name="author"
  type="text" value="" /></div><div class="comment-form-url"><label
  for="url">{esc(w["website"])}</label><input id="url" name="url" type="url"
  value="" /></div></div></div></div></div>
<p class="form-submit"><input name="submit" type="submit" id="comment-submit" class="submit"
  value="{esc(w["post_comment"])}" /> <input type='hidden' name='comment_post_ID' value='{page.post_id}'
  id='comment_post_ID' />
<input type='hidden' name='comment_parent' id='comment_parent' value='0' />
</p></form>	</div><!-- #respond -->
</div><!-- #comments -->

			</main><!-- #main -->
		</div><!-- #primary -->
	</div><!-- #content -->

	<aside class="widget-area">
		{wpshell.widgets(page, "section", "h2")}
	</aside><!-- .widget-area -->

	<footer id="colophon" class="site-footer">
		<div class="site-info">
			<div class="site-name"><a href="{root}/">{esc(page.site_name)}</a></div>
			<div class="powered-by"><a href="https://wordpress.com/?ref=footer_blog"
				rel="nofollow">{esc(w["powered"]).replace("WordPress", "WordPress.com")}</a></div>
		</div><!-- .site-info -->
	</footer><!-- #colophon -->

</div><!-- #page -->
{wpshell.footer_scripts(page)}
<script>
var HighlanderComments = {{"loggingInText":"…","submittingText":"…",
  "postCommentText":"{esc(w["post_comment"])}","blogID":"{blog_id}","postID":"{page.post_id}"}};
</script>
</body>
</html>
"""
