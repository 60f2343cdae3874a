"""old.reddit.com: a self post's comments page, logged out.

Comments are ``div.thing.comment#thing_t1_<id>``; replies in ``div.child > div.sitetable.listing``.
The author in ``p.tagline a.author`` (a deleted comment shows ``em`` "[deleted]" instead), the
date in ``time.live-timestamp[datetime]`` (UTC) shown relative to when the page was saved ("3
hours ago"), the text in ``div.usertext-body div.md``. Each tagline carries three score spans
(dislikes, unvoted, likes) of which CSS shows one, so a text dump shows all three.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threadpages.common import (
    esc,
    inline,
    lines,
    nav_items,
    number,
    p_blocks,
    slug,
)
from tests.threadpages.spec import Comment, EngineInfo, Page

ENGINE = EngineInfo(name="reddit_old", max_depth=None, kinds=frozenset({"comment", "deleted"}))

_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def _title_time(posted: str) -> str:
    """Reddit's ``time[title]``: "Tue Mar 5 14:22:10 2024 UTC", spelled out without the C locale's help."""
    t = datetime.fromisoformat(posted).astimezone(UTC)
    return f"{_DAYS[t.weekday()]} {_MONTHS[t.month - 1]} {t.day} {t:%H:%M:%S} {t.year} UTC"


def _points(score: int) -> str:
    return f"{score} point" + ("" if score in (1, -1) else "s")


def _descendants(c: Comment) -> int:
    total = 0
    stack = list(c.replies)
    while stack:
        r = stack.pop()
        total += 1
        stack.extend(r.replies)
    return total


def _thing_id(c: Comment) -> str:
    return c.source_id.removeprefix("thing_")


def _comment(page: Page, c: Comment, depth: int, parity: int, permalink: str, sub: str) -> str:
    tid = _thing_id(c)
    short = tid.removeprefix("t1_")
    children = _descendants(c)
    numchildren = f"({children} child{'ren' if children != 1 else ''})"
    deleted = c.kind == "deleted"
    score = number(c.source_id, 240, -4)
    odd = "odd" if parity % 2 else "even"
    classes = f" thing id-{tid} {odd} noncollapsed {'deleted ' if deleted else ''}comment "
    data_author = "" if deleted else f' data-author="{esc(c.author)}"'
    time = (
        f'<time title="{esc(_title_time(c.posted))}" datetime="{esc(c.posted)}" class="live-timestamp">'
        f"{esc(c.posted_shown or '')}</time>"
        if c.posted
        else ""
    )
    if deleted:
        tagline = (
            '<a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]'
            f'</a><em>{esc(c.author)}</em>&#32;{time}&#32;<a href="javascript:void(0)" class="numchildren" '
            f'onclick="return togglecomment(this)">{numchildren}</a>'
        )
        buttons = (
            f'<li class="first"><a href="{permalink}{short}/" data-event-action="permalink" '
            'class="bylink" rel="nofollow">permalink</a></li><li><a href="javascript:void(0)" '
            f'data-comment="/r/{esc(sub)}/comments/{page.post_id}/_/{short}/" class="embed-comment">embed</a>'
            "</li>"
        )
    else:
        tagline = (
            '<a href="javascript:void(0)" class="expand" onclick="return togglecomment(this)">[–]</a>'
            f'<a href="https://old.reddit.com/user/{esc(c.author)}" class="author may-blank id-t2_'
            f'{number(c.author, 10**8):x}">'
            f'{esc(c.author)}</a><span class="userattrs"></span>&#32;'
            f'<span class="score dislikes" title="{score - 1}">{_points(score - 1)}</span>'
            f'<span class="score unvoted" title="{score}">{_points(score)}</span>'
            f'<span class="score likes" title="{score + 1}">{_points(score + 1)}</span>&#32;'
            f'{time}&nbsp;<a href="javascript:void(0)" class="numchildren" onclick="return '
            f'togglecomment(this)">{numchildren}</a>'
        )
        buttons = (
            f'<li class="first"><a href="{permalink}{short}/" data-event-action="permalink" class="bylink" '
            'rel="nofollow">permalink</a></li>'
            '<li><a href="javascript:void(0)" '
            f'data-comment="/r/{esc(sub)}/comments/{page.post_id}/_/{short}/" '
            'class="embed-comment">embed</a></li>'
            '<li class="comment-save-button save-button login-required"><a href="javascript:void(0)">save'
            "</a></li>"
            '<li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn '
            'access-required" data-event-action="report">report</a></li>'
            '<li class="reply-button login-required"><a class="access-required" href="javascript:void(0)" '
            'data-event-action="comment" onclick="return reply(this)">reply</a></li>'
        )
    text = p_blocks(c.paragraphs, "", "<br/>\n")
    child = ""
    if c.replies:
        inner = "".join(_comment(page, r, depth + 1, i, permalink, sub) for i, r in enumerate(c.replies))
        child = f'<div class="child"><div id="siteTable_{tid}" class="sitetable listing">{inner}</div></div>'
    else:
        child = '<div class="child"></div>'
    return (
        f'<div class="{classes}" id="{esc(c.source_id)}" onclick="click_thing(this)" data-fullname="{tid}" '
        'data-type="comment" '
        f'data-gildings="0" data-subreddit="{esc(sub)}" data-subreddit-prefixed="r/{esc(sub)}"'
        f"{data_author} "
        f'data-permalink="/r/{esc(sub)}/comments/{page.post_id}/{slug(page.title)}/{short}/" >'
        f'<p class="parent"><a name="{short}"></a></p>'
        '<div class="midcol unvoted" ><div class="arrow up login-required access-required" '
        'data-event-action="upvote" role="button" aria-label="upvote" tabindex="0" ></div>'
        '<div class="arrow down login-required access-required" data-event-action="downvote" role="button" '
        'aria-label="downvote" tabindex="0" ></div></div>'
        f'<div class="entry unvoted"><p class="tagline">{tagline}</p>'
        '<form action="#" class="usertext warn-on-unload" onsubmit="return post_form(this, \'editusertext\''
        f')" id="form-{tid}">'
        f'<input type="hidden" name="thing_id" value="{tid}"/><div class="usertext-body may-blank-within '
        'md-container "><div class="md">'
        f"{text}</div>\n</div></form>"
        f'<ul class="flat-list buttons">{buttons}</ul><div class="reportform report-{tid}"></div></div>'
        f'{child}<div class="clearleft"></div></div><div class="clearleft"></div>'
    )


def render(page: Page) -> str:
    """The whole old-reddit comments page of a self post."""
    sub = page.categories[0] if page.categories else "discussion"
    permalink = esc(f"https://old.reddit.com/r/{sub}/comments/{page.post_id}/{slug(page.title)}/")
    comments = "".join(_comment(page, c, 0, i, permalink, sub) for i, c in enumerate(page.comments))
    total = 0
    stack = list(page.comments)
    while stack:
        c = stack.pop()
        total += 1
        stack.extend(c.replies)
    post_score = number(page.url, 3000, 40)
    article = p_blocks(page.article_paragraphs[:1])
    if page.article_bullets:
        article += "\n<ul>\n" + "\n".join(f"<li>{inline(b)}</li>" for b in page.article_bullets) + "\n</ul>\n"
    article += p_blocks(page.article_paragraphs[1:2])
    if page.article_steps:
        article += "\n<ol>\n" + "\n".join(f"<li>{inline(s)}</li>" for s in page.article_steps) + "\n</ol>\n"
    article += p_blocks(page.article_paragraphs[2:])
    subs = "".join(
        f'<li><span class="separator">-</span><a href="https://old.reddit.com/r/{slug(label)}/" '
        f'class="choice">{esc(label.lower())}</a></li>'
        for label in nav_items(page)
    )
    mods = "".join(
        f'<li><a href="https://old.reddit.com/user/{esc(name)}" class="author">{esc(name)}</a></li>'
        for name, _ in page.recent_comments[:4]
    )
    rules = "".join(f"<li>{lines(r)}</li>" for r in page.related)
    others = "".join(
        f'<li><a href="https://old.reddit.com/r/{esc(sub)}/">{esc(c)}</a></li>' for c in page.categories[1:]
    )
    submitted = page.article_published_shown or page.article_published
    return f"""<!doctype html><html xmlns="http://www.w3.org/1999/xhtml" lang="en" xml:lang="en"><head>
      <title>{esc(page.title)} : {esc(sub)}</title><meta name="keywords"
      content=" reddit, reddit.com, vote, comment, submit " /><meta name="description"
      content="{esc(" ".join(page.article_paragraphs[0].split()[:25]))}" /><meta name="referrer"
      content="always"><meta http-equiv="Content-Type" content="text/html; charset=UTF-8" /><link
      rel="canonical" href="{esc(page.url)}" /><meta name="viewport" content="width=1024"><link rel='icon'
      href="//www.redditstatic.com/icon.png" sizes="256x256" type="image/png" /><link rel="stylesheet"
      type="text/css" href="//www.redditstatic.com/reddit.8sJd0bYfxWc.css" media="all"><script
      type="text/javascript"
        id="config">r.setup({{"ajax_domain": "old.reddit.com", "post_site": "{esc(sub)}", "logged": false,
        "cur_link": "t3_{page.post_id}"}})</script><style type="text/css"
          title="applied_subreddit_stylesheet">.side .md ol {{ counter-reset: rule; }}
.comment .md p {{ margin: 0.3em 0; }}</style></head><body class="listing-page comments-page loggedout" >
<div id="header" role="banner"><a tabindex="1" href="#content" id="jumpToContent">jump to content</a><div
  id="sr-header-area"><div class="width-clip"><div class="dropdown srdrop" onclick="open_menu(this)"><span
  class="selected title">my subreddits</span></div><div class="sr-list"><ul
  class="flat-list sr-bar hover" ><li ><a href="https://old.reddit.com/r/popular/"
  class="choice" >popular</a></li><li ><span class="separator">-</span><a
  href="https://old.reddit.com/r/all/" class="choice" >all</a></li><li ><span class="separator">-</span><a
  href="https://old.reddit.com/r/random/" class="random choice" >random</a></li></ul><span
  class="separator">&nbsp;|&nbsp;</span><ul class="flat-list sr-bar hover" id="sr-bar">{subs}</ul></div><a
  href="https://old.reddit.com/subreddits/" id="sr-more-link" >more &raquo;</a></div></div><div
  id="header-bottom-left"><a href="/" id="header-img" class="default-header"
  title="">reddit.com</a>&nbsp;<span class="hover pagename redditname"><a
  href="https://old.reddit.com/r/{esc(sub)}/" >{esc(sub)}</a></span><ul class="tabmenu " ><li
  class="selected"><a href="{permalink}" class="choice" >comments</a></li><li ><a
  href="https://old.reddit.com/r/{esc(sub)}/duplicates/{page.post_id}/"
    class="choice" >other discussions (1)</a></li></ul></div><div id="header-bottom-right"><span
    class="user">Want to join?&#32;<a href="https://old.reddit.com/login" class="login-required
    login-link" >Log in</a>&#32;or&#32;<a class="login-required"
    href="https://www.reddit.com/register/" >sign up</a>&#32;in seconds.</span><span
    class="separator">|</span><ul class="flat-list hover" ><li ><a href="javascript:void(0)"
    class="pref-lang choice" >English</a></li></ul></div></div>
<div class="side"><div class='spacer' ><form action="https://old.reddit.com/r/{esc(sub)}/search" id="search"
  role="search"><input type="text" name="q" placeholder="search" tabindex="20"><input type="submit" value=""
  tabindex="22"></form></div><div class="spacer"><div class="linkinfo"><div class="date"><span
  class="word">this post was submitted on&#32;</span><time
  datetime="{esc(page.article_published)}">{esc(page.article_published[:10])}</time></div><div
  class="score"><span class="number">{post_score}</span>&#32;<span
  class="word">points</span>&#32;(94% upvoted)</div></div></div><div class="spacer"><div
  class="sidebox submit submit-text"><div class="morelink"><a
  href="https://old.reddit.com/r/{esc(sub)}/submit?selftext=true" class="login-required access-required"
    data-event-action="submit" >Submit a new text post</a></div></div></div><div class="spacer"><div
    class="titlebox"><h1 class="hover redditname"><a href="https://old.reddit.com/r/{esc(sub)}/"
    class="hover" >{esc(sub)}</a></h1><span class="fancy-toggle-button subscribe-button toggle" style=""
    data-sr_name="{esc(sub)}"><a class="option active add login-required" href="#"
    tabindex="100">join</a></span><span class="subscribers"><span
    class="number">{number(sub, 900000, 20000):,}</span>&#32;<span class="word">readers</span></span><p
    class="users-online" ><span class="number">{number(sub + "o", 900, 40)}</span>&#32;<span
    class="word">users here now</span></p><form action="#" class="usertext warn-on-unload"
    id="form-t5_sidebar"><div class="usertext-body may-blank-within md-container "><div class="md">
    <h3>Rules</h3>
<ol>{rules}</ol>
<h3>Related communities</h3>
<ul>{others}</ul>
</div></div></form><div class="bottom">created by<a
  href="https://old.reddit.com/user/{esc(page.article_author)}" class="author
    may-blank" >{esc(page.article_author)}</a><span class="age">a community for&#32;<time
    title="{esc(page.article_published)}" datetime="{esc(page.article_published)}">11 years</time></span>
    </div></div></div><div class="spacer"><div class="sidecontentbox " ><a class="helplink"
    href="/message/compose?to=/r/{esc(sub)}">message the mods</a><div class="title"><h1>MODERATORS</h1>
    </div><ul class="content">{mods}</ul></div></div></div>
<a name="content"></a><div class="content" role="main"><div class="spacer"><div id="siteTable"
  class="sitetable linklisting"><div class=" thing id-t3_{page.post_id} odd link self"
  id="thing_t3_{page.post_id}" onclick="click_thing(this)" data-fullname="t3_{page.post_id}"
    data-type="link" data-author="{esc(page.article_author)}" data-subreddit="{esc(sub)}"
    data-comments-count="{total}" data-score="{post_score}"
    data-permalink="/r/{esc(sub)}/comments/{page.post_id}/{slug(page.title)}/" ><p class="parent"></p><span
    class="rank"></span><div class="midcol unvoted" ><div class="arrow up login-required access-required"
    data-event-action="upvote" role="button" aria-label="upvote" tabindex="0" ></div><div class="score
    dislikes" title="{post_score - 1}">{post_score - 1}</div><div class="score unvoted"
    title="{post_score}">{post_score}</div><div class="score likes"
    title="{post_score + 1}">{post_score + 1}</div><div class="arrow down login-required access-required"
    data-event-action="downvote" role="button" aria-label="downvote" tabindex="0" ></div></div><div
    class="entry unvoted"><div class="top-matter"><p class="title"><a class="title may-blank "
    data-event-action="title" href="/r/{esc(sub)}/comments/{page.post_id}/{slug(page.title)}/"
    tabindex="1" >{esc(page.title)}</a>&#32;<span class="domain">(<a
    href="/r/{esc(sub)}/">self.{esc(sub)}</a>)</span></p><p class="tagline ">submitted&#32;<time
    title="{esc(_title_time(page.article_published))}" datetime="{esc(page.article_published)}"
    class="live-timestamp">{esc(submitted)}</time>&#32;by&#32;<a
    href="https://old.reddit.com/user/{esc(page.article_author)}" class="author may-blank
    id-t2_{number(page.article_author, 10**8):x}" >{esc(page.article_author)}</a><span
    class="userattrs"></span></p><ul class="flat-list buttons"><li class="first"><a href="{permalink}"
    data-event-action="comments" class="bylink comments may-blank" rel="nofollow" >{total} comments</a></li>
    <li class="share"><a class="post-sharing-button" href="javascript: void 0;">share</a></li><li
    class="link-save-button save-button login-required"><a href="#">save</a></li><li><form
    action="/post/hide" method="post" class="state-button hide-button"><span><a href="javascript:void(0)"
    data-event-action="hide" onclick="change_state(this, 'hide', hide_thing);">hide</a></span></form></li>
    <li class="report-button login-required"><a href="javascript:void(0)" class="reportbtn access-required"
    data-event-action="report">report</a></li></ul><div class="expando " ><form action="#" class="usertext
    warn-on-unload" onsubmit="return post_form(this, 'editusertext')" id="form-t3_{page.post_id}"><input
    type="hidden" name="thing_id" value="t3_{page.post_id}"/><div class="usertext-body may-blank-within
    md-container "><div class="md">{article}</div>
</div></form></div></div><div class="child" ></div><div class="clearleft"></div></div><div
  class="clearleft"></div></div>
<div class='commentarea' ><div class="panestack-title"><span
  class="title">all {total} comments</span></div><div class="menuarea"><div class="spacer"><span
  class="dropdown-title lightdrop">sorted by:&#32;</span><div class="dropdown lightdrop"
  onclick="open_menu(this)"><span class="selected">best</span></div></div></div><form action="#"
  class="usertext cloneable warn-on-unload" onsubmit="return post_form(this, 'comment')"
    id="form-t3_{page.post_id}q"><input type="hidden" name="thing_id" value="t3_{page.post_id}"/><div
    class="usertext-edit md-container" style=""><div class="md"><textarea rows="1" cols="1" name="text"
    class="" data-event-action="comment" data-type="link" ></textarea></div><div class="bottom-area"><div
    class="usertext-buttons"><button type="submit" onclick="" class="save">save</button></div></div></div>
    </form><div id="siteTable_t3_{page.post_id}" class="sitetable nestedlisting">{comments}</div></div>
    </div></div></div>
<div class="footer-parent"><div class="footer rounded"><div class="col"><ul class="flat-vert hover" ><li
  class="flat-vert title">about</li><li ><a href="https://www.redditinc.com/blog"
  class="choice" >blog</a></li><li ><a href="https://www.redditinc.com"
  class="choice" >about</a></li><li ><a href="https://www.redditinc.com/advertising"
  class="choice" >advertising</a></li><li ><a href="https://www.redditinc.com/careers"
  class="choice" >careers</a></li></ul></div><div class="col"><ul class="flat-vert hover" ><li
  class="flat-vert title">help</li><li ><a href="https://www.redditinc.com/policies/content-policy"
  class="choice" >site rules</a></li><li ><a href="https://support.reddithelp.com/"
  class="choice" >Reddit help center</a></li><li ><a href="https://old.reddit.com/wiki/reddiquette"
  class="choice" >reddiquette</a></li><li ><a href="https://mods.reddithelp.com"
  class="choice" >mod guidelines</a></li><li ><a href="https://www.reddithelp.com/en/submit-request"
  class="choice" >contact us</a></li></ul></div><div class="col"><ul class="flat-vert hover" ><li
  class="flat-vert title">apps &amp; tools</li><li ><a
  href="https://itunes.apple.com/us/app/reddit-the-official-app/id1064216828?mt=8"
    class="choice" >Reddit for iPhone</a></li><li ><a
    href="https://play.google.com/store/apps/details?id=com.reddit.frontpage"
    class="choice" >Reddit for Android</a></li></ul></div><div class="col"><ul class="flat-vert hover" ><li
    class="flat-vert title">&lt;3</li><li ><a href="https://old.reddit.com/premium"
    class="choice" >reddit premium</a></li></ul></div></div><p
    class="bottommenu">Use of this site constitutes acceptance of our&#32;<a
    href="https://www.redditinc.com/policies/user-agreement" >User Agreement</a>&#32;and&#32;<a
    href="https://www.reddit.com/policies/privacy-policy" >Privacy Policy</a>. &copy;
      {page.article_published[:4]} reddit inc. All rights reserved.</p><p class="bottommenu">REDDIT and the
      ALIEN Logo are registered trademarks of reddit inc.</p></div><p class="debuginfo"><span
      class="icon">&pi;</span>&nbsp;<span class="content">Rendered by PID {number(page.url, 90000, 1000)} on
      reddit-service-r2-loggedout-7b8c9d-abcde at
      {esc((page.retrieved or page.article_published).replace("T", " "))} running 7b2e1c9 country code:
      DE.</span></p><script type="text/javascript"
      src="//www.redditstatic.com/reddit-init.en.Vx3vYbVBvT0.js"></script></body></html>
"""
