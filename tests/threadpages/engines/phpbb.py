"""phpBB 3.3 with the prosilver style: a topic page.

Every post is a ``div.post#pN``; the first is the topic itself (the article). The author in
``p.author a.username`` (and again in the profile column ``dl.postprofile``), the date in
``p.author time[datetime]``, the text in ``div.content`` as one run of text with ``<br>``. A forum
has no reply tree: every post is top level, and a reply shows only as a ``blockquote`` of an
earlier post ("bob hat geschrieben:"), which is not part of the post's own text. Signatures sit
under the text in ``div.signature``.
"""

from __future__ import annotations

from tests.threadpages.common import (
    br_text,
    count_comments,
    esc,
    inline,
    nav_items,
    number,
    numeric_id,
    slug,
)
from tests.threadpages.spec import EngineInfo, Page, walk

ENGINE = EngineInfo(
    name="phpbb", max_depth=0, kinds=frozenset({"comment"}), quotes=True, article_is_post=True
)

_WORDS = {
    "en": {
        "by": "by",
        "wrote": "wrote:",
        "posts": "Posts:",
        "joined": "Joined:",
        "quote": "Quote",
        "post_reply": "Post Reply",
        "top": "Top",
        "who": "Who is online",
        "board": "Board index",
        "quick": "Quick links",
        "faq": "FAQ",
        "login": "Login",
        "register": "Register",
        "search": "Search this topic…",
        "count": "{n} posts",
        "page": "Page 1 of 1",
        "jump": "Jump to",
        "return": "Return to",
        "users": "Users browsing this forum: No registered users and 3 guests",
        "rank": "Regular",
        "delete": "Delete all board cookies",
        "team": "The team",
        "re": "Re:",
        "all_times": "All times are",
    },
    "de": {
        "by": "von",
        "wrote": "hat geschrieben:",
        "posts": "Beiträge:",
        "joined": "Registriert:",
        "quote": "Zitieren",
        "post_reply": "Antworten",
        "top": "Nach oben",
        "who": "Wer ist online?",
        "board": "Foren-Übersicht",
        "quick": "Schnellzugriff",
        "faq": "FAQ",
        "login": "Anmelden",
        "register": "Registrieren",
        "search": "Thema durchsuchen …",
        "count": "{n} Beiträge",
        "page": "Seite 1 von 1",
        "jump": "Gehe zu",
        "return": "Zurück zu",
        "users": "Mitglieder in diesem Forum: 0 Mitglieder und 3 Gäste",
        "rank": "Stammgast",
        "delete": "Alle Cookies löschen",
        "team": "Das Team",
        "re": "Re:",
        "all_times": "Alle Zeiten sind",
    },
}

_JOINED = (
    "Mo 3. Feb 2014, 19:22",
    "Sa 11. Jul 2015, 08:40",
    "Di 29. Nov 2016, 21:05",
    "Do 7. Jun 2018, 12:17",
)
_SIGNATURES = ("Gruß aus dem Norden", "Becken: 240 l, Südamerika", "Wer misst, misst Mist.", "")


def _profile(name: str, pid: str, w: dict[str, str]) -> str:
    uid = number(name, 900, 50)
    return f"""		<dl class="postprofile" id="profile{pid}">
			<dt class="has-profile-rank has-avatar">
				<div class="avatar-container">
																<a
									href="./memberlist.php?mode=viewprofile&amp;u={uid}" class="avatar"><img
										class="avatar"
									src="./download/file.php?avatar={uid}_1.png" width="90" height="90"
										alt="Benutzeravatar" /></a>
				</div>
								<a href="./memberlist.php?mode=viewprofile&amp;u={uid}"
									class="username">{esc(name)}</a>							</dt>

									<dd class="profile-rank">{esc(w["rank"])}</dd>
		<dd class="profile-posts"><strong>{esc(w["posts"])}</strong> <a
			href="./search.php?author_id={uid}&amp;sr=posts">{number(name, 3000, 3)}</a></dd>		<dd
			class="profile-joined"><strong>{esc(w["joined"])}</strong>
				{_JOINED[number(name, len(_JOINED))]}</dd>

		</dl>
"""


def _post(
    page: Page,
    pid: str,
    author: str,
    posted: str,
    shown: str,
    body: str,
    title: str,
    w: dict[str, str],
    bg: int,
) -> str:
    uid = number(author, 900, 50)
    h3_class = ' class="first"' if title == page.title else ""
    signature = _SIGNATURES[number(author + "sig", len(_SIGNATURES))]
    sig = f'\n\t\t\t<div id="sig{pid}" class="signature">{esc(signature)}</div>' if signature else ""
    return f"""		<div id="p{pid}" class="post has-profile bg{bg}">
		<div class="inner">

{_profile(author, pid, w)}
		<div class="postbody">
						<div id="post_content{pid}">

					<h3{h3_class}><a href="./viewtopic.php?p={pid}#p{pid}">{esc(title)}</a></h3>

								<ul class="post-buttons">
																																									<li>
							<a href="./posting.php?mode=quote&amp;p={pid}" title="{esc(w["quote"])}"
								class="button button-icon-only">
								<i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span
									class="sr-only">{esc(w["quote"])}</span>
							</a>
						</li>
														</ul>

						<p class="author">
									<a class="unread" href="./viewtopic.php?p={pid}#p{pid}" title="Beitrag">
						<i class="icon fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span
							class="sr-only">Beitrag</span>
					</a>
								<span class="responsive-hide">{esc(w["by"])} <strong><a
									href="./memberlist.php?mode=viewprofile&amp;u={uid}"
										class="username">{esc(author)}</a></strong> &raquo; </span><time
										datetime="{esc(posted)}">{esc(shown)}</time>
			</p>



			<div class="content">{body}</div>

									{sig}
						</div>

		</div>

				<div class="back2top">
						<a href="#top" class="top" title="{esc(w["top"])}">
				<i class="icon fa-chevron-circle-up fa-fw icon-gray" aria-hidden="true"></i>
				<span class="sr-only">{esc(w["top"])}</span>
			</a>
					</div>

		</div>
	</div>

	<hr class="divider" />
"""


def _article_body(page: Page) -> str:
    """The opening post as phpBB renders BBCode: text with ``<br>``, ``[list]`` as HTML lists."""
    parts: list[str] = []
    for i, paragraph in enumerate(page.article_paragraphs):
        parts.append(br_text((paragraph,)))
        if i == 0 and page.article_bullets:
            parts.append("<ul>" + "".join(f"<li>{inline(b)}</li>" for b in page.article_bullets) + "</ul>")
        elif i == 1 and page.article_steps:
            items = "".join(f"<li>{inline(s)}</li>" for s in page.article_steps)
            parts.append(f'<ol style="list-style-type: decimal">{items}</ol>')
        else:
            parts.append("<br /><br />")
    return "".join(parts)


def render(page: Page) -> str:
    """The whole topic page: header, breadcrumbs, posts, jump box, "Who is online", footer."""
    w = _WORDS.get(page.lang, _WORDS["en"])
    quoted = {p.comment.source_id: p.comment for p in walk(page.comments)}
    forum = page.categories[0] if page.categories else "Forum"
    posts = [
        _post(
            page,
            str(page.post_id),
            page.article_author,
            page.article_published,
            page.article_published_shown or page.article_published,
            _article_body(page),
            page.title,
            w,
            2,
        )
    ]
    for i, c in enumerate(page.comments):
        body = br_text(c.paragraphs)
        if c.quote_of is not None:
            q = quoted[c.quote_of]
            qid = numeric_id(q)
            # phpBB quotes the whole post; its first line stands for that here.
            excerpt = inline(q.paragraphs[0].split("\n")[0])
            body = (
                f"<blockquote><div><cite>{esc(q.author)} {esc(w['wrote'])} "
                f'<a href="./viewtopic.php?p={qid}#p{qid}" data-post-id="{qid}" '
                'onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>'
                f'<span class="responsive-hide">{esc(q.posted_shown or "")}</span></cite>'
                f"{excerpt}</div></blockquote>{body}"
            )
        posts.append(
            _post(page, numeric_id(c), c.author, c.posted or "", c.posted_shown or "", body,
                  f"{w['re']} {page.title}", w, 1 + i % 2)
        )  # fmt: skip
    n = count_comments(page) + 1
    nav = "".join(
        f'\t\t\t\t<li><a href="./{slug(label)}.php" role="menuitem"><span>{esc(label)}</span></a></li>\n'
        for label in nav_items(page)
    )
    jump = "".join(f'\t\t\t\t\t\t<li><a href="./viewforum.php?f={4 + i}" class="jumpbox-sub-link">{esc(c)}'
                   '</a></li>\n'
                   for i, c in enumerate(page.categories))  # fmt: skip
    related = "".join(f'<li><a href="./viewtopic.php?t={page.post_id - 9 * (i + 1)}">{esc(t)}</a></li>'
                      for i, t in enumerate(page.related))  # fmt: skip
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="{esc(page.lang)}">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />

<title>{esc(page.title)} - {esc(page.site_name)}</title>

	<link rel="canonical" href="{esc(page.url)}">

<link href="./styles/prosilver/theme/stylesheet.css?assets_version=41" rel="stylesheet">
<link href="./styles/prosilver/theme/de/stylesheet.css?assets_version=41" rel="stylesheet">
<style>
.postprofile .avatar-container {{ margin-bottom: 3px; }}
.content blockquote cite {{ display: block; font-style: normal; }}
</style>
</head>
<body id="phpbb" class="nojs notouch section-viewtopic ltr ">


<div id="wrap" class="wrap">
	<a id="top" class="top-anchor" accesskey="t"></a>
	<div id="page-header">
		<div class="headerbar" role="banner">
					<div class="inner">

			<div id="site-description" class="site-description">
				<a id="logo" class="logo" href="./index.php" title="{esc(w["board"])}"><span
					class="site_logo"></span></a>
				<h1>{esc(page.site_name)}</h1>
				<p>{esc(page.tagline)}</p>
				<p class="skiplink"><a href="#start_here">Zum Inhalt</a></p>
			</div>

									<div id="search-box" class="search-box search-header" role="search">
				<form action="./search.php" method="get" id="search">
				<fieldset>
					<input name="keywords" id="keywords" type="search" maxlength="128" title="Suche"
						class="inputbox search tiny" size="20" value="" placeholder="Suche …" />
					<button class="button button-search" type="submit" title="Suche"><i
						class="icon fa-search fa-fw" aria-hidden="true"></i><span
						class="sr-only">Suche</span></button>
				</fieldset>
				</form>
			</div>

			</div>
					</div>
				<div class="navbar" role="navigation">
	<div class="inner">

	<ul id="nav-main" class="nav-main linklist" role="menubar">

		<li id="quick-links" class="quick-links dropdown-container responsive-menu"
			data-skip-responsive="true">
			<a href="#" class="dropdown-trigger">
				<i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>{esc(w["quick"])}</span>
			</a>
			<div class="dropdown">
				<div class="pointer"><div class="pointer-inner"></div></div>
				<ul class="dropdown-contents" role="menu">
{nav}				</ul>
			</div>
		</li>

				<li data-skip-responsive="true">
			<a href="/app.php/help/faq" rel="help" title="Häufig gestellte Fragen" role="menuitem">
				<i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>{esc(w["faq"])}</span>
			</a>
		</li>
		<li class="rightside"  data-skip-responsive="true">
			<a href="./ucp.php?mode=login" title="{esc(w["login"])}" accesskey="x" role="menuitem">
				<i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>{esc(w["login"])}</span>
			</a>
		</li>
		<li class="rightside" data-skip-responsive="true">
			<a href="./ucp.php?mode=register" role="menuitem">
				<i class="icon fa-pencil-square-o  fa-fw"
					aria-hidden="true"></i><span>{esc(w["register"])}</span>
			</a>
		</li>
	</ul>

	<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar">
				<li class="breadcrumbs" itemscope itemtype="https://schema.org/BreadcrumbList">
										<span class="crumb"  itemtype="https://schema.org/ListItem"
											itemprop="itemListElement" itemscope><a href="./index.php"
											itemtype="https://schema.org/Thing" itemscope itemprop="item"
												accesskey="h" data-navbar-reference="index"><i class="icon
												fa-home fa-fw"></i><span
												itemprop="name">{esc(w["board"])}</span></a><meta
												itemprop="position" content="1" /></span>
											<span class="crumb"  itemtype="https://schema.org/ListItem"
												itemprop="itemListElement" itemscope data-forum-id="4"><a
												href="./viewforum.php?f=4"
													itemtype="https://schema.org/Thing" itemscope
													itemprop="item"><span
													itemprop="name">{esc(forum)}</span></a><meta
													itemprop="position" content="2" /></span>
								</li>
	</ul>

	</div>
</div>
	</div>


	<a id="start_here" class="anchor"></a>
	<div id="page-body" class="page-body" role="main">


<h2 class="topic-title"><a href="./viewtopic.php?t={page.post_id}">{esc(page.title)}</a></h2>
<!-- NOTE: remove the style="display: none" when you want to have the forum description on the topic body
  -->
<div style="display: none !important;">{esc(forum)}<br /></div>


<div class="action-bar bar-top">

			<a href="./posting.php?mode=reply&amp;t={page.post_id}" class="button"
				title="{esc(w["post_reply"])}">
							<span>{esc(w["post_reply"])}</span> <i class="icon fa-reply fa-fw"
								aria-hidden="true"></i>
					</a>

			<div class="search-box" role="search">
			<form method="get" id="topic-search" action="./search.php">
			<fieldset>
				<input class="inputbox search tiny"  type="search" name="keywords" id="search_keywords"
					size="20" placeholder="{esc(w["search"])}" />
				<button class="button button-search" type="submit" title="Suche"><i
					class="icon fa-search fa-fw" aria-hidden="true"></i><span
					class="sr-only">Suche</span></button>
			</fieldset>
			</form>
		</div>

			<div class="pagination">
			{esc(w["count"].format(n=n))}
							&bull; {esc(w["page"])}
					</div>
		</div>




{"".join(posts)}
	<div class="action-bar bar-bottom">

			<a href="./posting.php?mode=reply&amp;t={page.post_id}" class="button"
				title="{esc(w["post_reply"])}">
							<span>{esc(w["post_reply"])}</span> <i class="icon fa-reply fa-fw"
								aria-hidden="true"></i>
					</a>
		<div class="pagination">
			{esc(w["count"].format(n=n))}
							&bull; {esc(w["page"])}
					</div>
	</div>


<div class="action-bar actions-jump">
		<p class="jumpbox-return">
		<a href="./viewforum.php?f=4" class="left-box arrow-left" accesskey="r">
			<i class="icon fa-angle-left fa-fw icon-black"
				aria-hidden="true"></i><span>{esc(w["return"])} „{esc(forum)}“</span>
		</a>
	</p>

		<div
			class="jumpbox dropdown-container dropdown-container-right dropdown-up dropdown-left
				dropdown-button-control" id="jumpbox">
			<span title="{esc(w["jump"])}" class="button button-secondary dropdown-trigger dropdown-select">
				<span>{esc(w["jump"])}</span>
				<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span>
			</span>
		<div class="dropdown">
			<div class="pointer"><div class="pointer-inner"></div></div>
			<ul class="dropdown-contents">
{jump}			</ul>
		</div>
	</div>
	</div>

<div class="stat-block similar-topics"><h3>Ähnliche Themen</h3><ul class="topiclist">{related}</ul></div>

	<div class="stat-block online-list">
		<h3>{esc(w["who"])}</h3>
		<p>{esc(w["users"])}</p>
	</div>

			</div>


<div id="page-footer" class="page-footer" role="contentinfo">
	<div class="navbar" role="navigation">
	<div class="inner">

	<ul id="nav-footer" class="nav-footer linklist" role="menubar">
		<li class="breadcrumbs">
									<span class="crumb"><a href="./index.php"
										data-navbar-reference="index"><i class="icon fa-home fa-fw"
										aria-hidden="true"></i><span>{esc(w["board"])}</span></a></span>
					</li>

				<li class="rightside">{esc(w["all_times"])} <span
					title="Europa/Berlin">UTC+01:00</span></li>
							<li class="rightside">
				<a href="./ucp.php?mode=delete_cookies" data-ajax="true" data-refresh="true"
					role="menuitem">
					<i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>{esc(w["delete"])}</span>
				</a>
			</li>
														<li class="rightside" data-last-responsive="true">
				<a href="./memberlist.php?mode=team" role="menuitem">
					<i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>{esc(w["team"])}</span>
				</a>
			</li>
			</ul>

	</div>
</div>

	<div class="copyright">
				<p class="footer-row">
			<span class="footer-copyright">Powered by <a
				href="https://www.phpbb.com/">phpBB</a>&reg; Forum Software &copy; phpBB Limited</span>
		</p>
				<p class="footer-row">
			<span class="footer-copyright">Deutsche Übersetzung durch <a
				href="https://www.phpbb.de/">phpBB.de</a></span>
		</p>
	</div>
</div>

</div>

<script src="./assets/javascript/jquery-3.7.1.min.js?assets_version=41"></script>
<script src="./assets/javascript/core.js?assets_version=41"></script>
<script>
	phpbb.plupload = {{ i18n: {{ 'Quote': '{esc(w["quote"])}' }} }};
</script>
</body>
</html>
"""
