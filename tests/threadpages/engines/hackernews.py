"""Hacker News item page (``news.ycombinator.com/item?id=N``), an Ask HN story with its comments.

Comments are flat rows ``tr.athing.comtr#<id>`` of ``table.comment-tree``; nesting is stated only
by the indent cell, ``td.ind[indent=N] > img[width=40*N]``. The author in ``a.hnuser``, the date in
``span.age[title]`` ("2024-03-05T12:03:44 1709640224": naive UTC and the epoch) shown relative to
when the page was saved ("5 hours ago"), the text in ``div.commtext``: its first paragraph is bare
text, later ones follow unclosed ``<p>`` tags. The "[–]" toggle link repeats the comment's id.
"""

from __future__ import annotations

from datetime import UTC, datetime

from tests.threadpages.common import esc, inline, number, slug
from tests.threadpages.spec import EngineInfo, Page, Placed, walk

ENGINE = EngineInfo(name="hackernews", max_depth=None, kinds=frozenset({"comment"}), line_breaks=False)


def _age_title(posted: str) -> str:
    moment = datetime.fromisoformat(posted)
    naive = moment.astimezone(UTC).replace(tzinfo=None) if moment.tzinfo else moment
    epoch = int(naive.replace(tzinfo=UTC).timestamp())
    return f"{naive.isoformat(timespec='seconds')} {epoch}"


def _commtext(paragraphs: tuple[str, ...]) -> str:
    # HN keeps no line breaks inside a paragraph (the spec is checked for that), and writes every
    # paragraph after the first behind an unclosed <p>.
    return inline(paragraphs[0]) + "".join(f"<p>{inline(p)}" for p in paragraphs[1:])


def _row(page: Page, placed: Placed, prev_id: str | None, next_id: str | None, root_id: str) -> str:
    c = placed.comment
    cid = c.source_id
    navs = []
    if placed.parent is not None:
        navs.append(f'<a href="#{placed.parent}" class="clicky" aria-hidden="true">parent</a>')
        navs.append(f'<a href="#{root_id}" class="clicky" aria-hidden="true">root</a>')
    if prev_id is not None:
        navs.append(f'<a href="#{prev_id}" class="clicky" aria-hidden="true">prev</a>')
    if next_id is not None:
        navs.append(f'<a href="#{next_id}" class="clicky" aria-hidden="true">next</a>')
    kids = number(cid, 9)
    nav = " | " + " | ".join(navs) + " " if navs else " "
    goto = f"item%3Fid%3D{page.post_id}%23{cid}"
    return (
        f'<tr class="athing comtr" id="{cid}"><td><table border="0">  <tr>    '
        f'<td class="ind" indent="{placed.depth}"><img src="s.gif" height="1" width="{40 * placed.depth}">'
        "</td>"
        f'<td valign="top" class="votelinks"><center><a id="up_{cid}" href="vote?id='
        f'{cid}&amp;how=up&amp;goto={goto}">'
        '<div class="votearrow" title="upvote"></div></a></center></td>'
        '<td class="default"><div style="margin-top:2px; margin-bottom:-10px;"><span class="comhead">'
        f'<a href="user?id={esc(c.author)}" class="hnuser">{esc(c.author)}</a> '
        f'<span class="age" title="{esc(_age_title(c.posted or ""))}"><a href="item?id={cid}">'
        f"{esc(c.posted_shown or '')}</a></span> "
        f'<span id="unv_{cid}"></span><span class="navs">{nav}'
        f'<a class="togg clicky" id="{cid}" n="{kids + 1}" href="javascript:void(0)">[–]</a>'
        '<span class="onstory"></span></span></span></div><br>'
        f'<div class="comment"><div class="commtext c00">{_commtext(c.paragraphs)}</div>'
        f'<div class="reply"><p><font size="1"><u><a href="reply?id={cid}&amp;goto={goto}" '
        'rel="nofollow">reply</a></u></font></p></div>'
        "</div></td></tr></table></td></tr>"
    )


def render(page: Page) -> str:
    """The whole item page: orange bar, story, "add comment" form, comment tree, footer."""
    placed = list(walk(page.comments))
    rows = []
    for i, p in enumerate(placed):
        siblings_before = [q for q in placed[:i] if q.parent == p.parent and q.depth == p.depth]
        siblings_after = [q for q in placed[i + 1 :] if q.parent == p.parent and q.depth == p.depth]
        root = p
        for q in reversed(placed[: i + 1]):
            if q.depth == 0:
                root = q
                break
        rows.append(
            _row(
                page,
                p,
                siblings_before[-1].comment.source_id if siblings_before else None,
                siblings_after[0].comment.source_id if siblings_after else None,
                root.comment.source_id,
            )
        )
    comments = "\n".join(rows)
    story = page.post_id
    score = number(page.url, 600, 30)
    toptext = _commtext(page.article_paragraphs)
    age_title = _age_title(page.article_published)
    shown = page.article_published_shown or page.article_published
    return f"""<html lang="en" op="item"><head><meta name="referrer" content="origin"><meta name="viewport"
      content="width=device-width, initial-scale=1.0"><link rel="stylesheet" type="text/css"
      href="news.css?9AyA1Lk2yC7gOMJ6v9PV">
        <link rel="icon" href="y18.svg">
                  <link rel="canonical" href="{esc(page.url)}">
            <title>{esc(page.title)} | Hacker News</title></head><body><center><table id="hnmain" border="0"
              cellpadding="0" cellspacing="0" width="85%" bgcolor="#f6f6ef">
        <tr><td bgcolor="#ff6600"><table border="0" cellpadding="0" cellspacing="0" width="100%"
          style="padding:2px"><tr><td style="width:18px;padding-right:4px"><a
          href="https://news.ycombinator.com"><img src="y18.svg" width="18" height="18"
          style="border:1px white solid; display:block"></a></td>
                  <td style="line-height:12pt; height:10px;"><span class="pagetop"><b class="hnname"><a
                    href="news">Hacker News</a></b>
                            <a href="newest">new</a> | <a href="front">past</a> | <a
                              href="newcomments">comments</a> | <a href="ask">ask</a> | <a
                              href="show">show</a> | <a href="jobs">jobs</a> | <a href="submit"
                              rel="nofollow">submit</a>            </span></td><td
                              style="text-align:right;padding-right:4px;"><span class="pagetop">
                              <a href="login?goto=item%3Fid%3D{story}">login</a>
                          </span></td>
              </tr></table></td></tr>
<tr id="pagespace" title="{esc(page.title)}" style="height:10px"></tr><tr><td><table class="fatitem"
  border="0">
        <tr class="athing submission" id="{story}">
      <td align="right" valign="top" class="title"><span class="rank"></span></td>      <td valign="top"
        class="votelinks"><center><a id="up_{story}"
        href="vote?id={story}&amp;how=up&amp;goto=item%3Fid%3D{story}"><div class="votearrow"
        title="upvote"></div></a></center></td><td class="title"><span class="titleline"><a
        href="item?id={story}">{esc(page.title)}</a></span></td></tr><tr><td colspan="2"></td><td
        class="subtext"><span class="subline">
          <span class="score" id="score_{story}">{score} points</span> by <a
            href="user?id={esc(page.article_author)}" class="hnuser">{esc(page.article_author)}</a> <span
            class="age" title="{esc(age_title)}"><a href="item?id={story}">{esc(shown)}</a></span> <span
            id="unv_{story}"></span> | <a href="hide?id={story}&amp;goto=item%3Fid%3D{story}">hide</a> | <a
            href="https://hn.algolia.com/?query={esc(slug(page.title))}&amp;type=story&amp;dateRange=all"
            class="hnpast">past</a> | <a href="fave?id={story}&amp;auth=0c7d7f7c2e1d3b9a">favorite</a> | <a
              href="item?id={story}">{len(placed)}&nbsp;comments</a>        </span>
              </td></tr>
    <tr><td colspan="2"></td><td><div class="toptext">{toptext}</div></td></tr>        <tr
      style="height:10px"></tr><tr><td colspan="2"></td><td>
          <form action="comment" method="post"><input type="hidden" name="parent" value="{story}"><input
            type="hidden" name="goto" value="item?id={story}"><input type="hidden" name="hmac"
            value="5f0c2b7e9a1d4c3b8e6f"><textarea name="text" rows="8" cols="80" wrap="virtual"></textarea>
                <br><br><input type="submit" value="add comment"></form>
      </td></tr>
  </table><br><br><table border="0" class="comment-tree">
{comments}
</table>
<br><br></td></tr>
<tr><td><img src="s.gif" height="10" width="0"><table width="100%" cellspacing="0" cellpadding="1"><tr><td
  bgcolor="#ff6600"></td></tr></table><br>
<center><span class="yclinks"><a href="newsguidelines.html">Guidelines</a> | <a
  href="newsfaq.html">FAQ</a> | <a href="lists">Lists</a> | <a
  href="https://github.com/HackerNews/API">API</a> | <a href="security.html">Security</a> | <a
  href="https://www.ycombinator.com/legal/">Legal</a> | <a
  href="https://www.ycombinator.com/apply/">Apply to YC</a> | <a
  href="mailto:hn@ycombinator.com">Contact</a></span><br><br>
<form method="get" action="//hn.algolia.com/">Search: <input type="text" name="q" size="17"
  autocorrect="off" spellcheck="false" autocapitalize="off" autocomplete="off"></form></center></td>
    </tr>      </table></center></body><script type="text/javascript" src="hn.js?9AyA1Lk2yC7gOMJ6v9PV">
    </script></html>
"""
