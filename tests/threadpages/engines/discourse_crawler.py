"""Discourse's crawler view of a topic (``/t/slug/id`` fetched without JavaScript).

Every post is a ``div.topic-body.crawler-post#post_N``; the first is the topic itself (the
article), the rest carry ``itemprop="comment"``. The author in ``span.creator
span[itemprop=name]``, the date in ``time.post-time[datetime]`` (UTC, ``Z``), its shown form with
Discourse's double space ("March 4, 2021,  10:11am"), the text in ``div.post[itemprop=text]``.
The crawler view states no reply tree: posts are flat, and a reply shows only as an
``aside.quote`` of an earlier post, which is not part of the post's own text.
"""

from __future__ import annotations

from tests.threadpages.common import (
    article_blocks,
    esc,
    inline,
    nav_items,
    number,
    p_blocks,
    site_root,
    slug,
)
from tests.threadpages.spec import Comment, EngineInfo, Page, walk

ENGINE = EngineInfo(
    name="discourse_crawler", max_depth=0, kinds=frozenset({"comment"}), quotes=True, article_is_post=True
)


def _post_number(source_id: str) -> str:
    return source_id.rsplit("_", 1)[-1]


def _likes(seed: str) -> str:
    count = number(seed, 9)
    label = f"{count} Like" + ("s" if count != 1 else "") if count else ""
    return (
        '            <div itemprop="interactionStatistic" itemscope '
        'itemtype="http://schema.org/InteractionCounter">\n'
        '              <meta itemprop="interactionType" content="http://schema.org/LikeAction"/>\n'
        f'              <meta itemprop="userInteractionCount" content="{count}" />\n'
        f"              <span class='post-likes'>{label}</span>\n"
        "            </div>\n"
    )


def _post(page: Page, c: Comment, quoted: dict[str, Comment], topic_id: int) -> str:
    root = site_root(page)
    quote = ""
    if c.quote_of is not None:
        q = quoted[c.quote_of]
        # Discourse quotes a selection; the quoted post's first line stands for it here.
        excerpt = inline(q.paragraphs[0].split("\n")[0])
        quote = (
            f'<aside class="quote no-group" data-username="{esc(q.author)}" '
            f'data-post="{_post_number(q.source_id)}" data-topic="{topic_id}">\n'
            '<div class="title">\n<div class="quote-controls"></div>\n'
            f'<img alt="" width="24" height="24" src="{root}/user_avatar/{slug(q.author)}/48/1_2.png" '
            f'class="avatar"> {esc(q.author)}:</div>\n'
            f"<blockquote>\n<p>{excerpt}</p>\n</blockquote>\n</aside>\n"
        )
    # The crawler template leaves two spaces before the time ("March 4, 2021,  10:11am"); a browser
    # folds them, so the spec keeps one and only the source gets the second.
    shown = (c.posted_shown or "").rsplit(", ", 1)
    shown_source = ",  ".join(shown)
    text = p_blocks(c.paragraphs, "", "<br>\n")
    return f"""          <div id='{esc(c.source_id)}' itemprop='comment' itemscope
      itemtype='http://schema.org/Comment' class='topic-body crawler-post'>
            <div class='crawler-post-meta'>
              <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
                <a itemprop="url" rel='nofollow' href='{root}/u/{esc(c.author)}'><span
                  itemprop='name'>{esc(c.author)}</span></a>

              </span>



              <span class="crawler-post-infos">
                  <time itemprop='datePublished' datetime='{esc(c.posted or "")}' class='post-time'>
                    {esc(shown_source)}
                  </time>
                  <meta itemprop='dateModified' content='{esc(c.posted or "")}'>
              <span itemprop='position'>{_post_number(c.source_id)}</span>
              </span>
            </div>
            <div class='post' itemprop='text'>
              {quote}{text}
            </div>

{_likes(c.source_id)}


          </div>
"""


def render(page: Page) -> str:
    """The whole crawler-view page of the topic."""
    root = site_root(page)
    topic_id = page.post_id
    quoted = {p.comment.source_id: p.comment for p in walk(page.comments)}
    posts = "".join(_post(page, c, quoted, topic_id) for c in page.comments)
    category = page.categories[0] if page.categories else "General"
    related = "".join(
        f"""            <tr>
              <td><a href="{root}/t/{slug(t)}/{topic_id + 37 * (i + 1)}"
                class="title raw-link raw-topic-link">{esc(t)}</a></td>
              <td></td>
              <td class="replies"><span class='posts' title='posts'>{number(t, 60, 1)}</span></td>
              <td class="views"><span class='views' title='views'>{number(t + "v", 3000, 50)}</span></td>
              <td>{esc(page.article_published[:7])}</td>
            </tr>
"""
        for i, t in enumerate(page.related)
    )
    nav = "".join(
        f"""        <li itemscope itemtype='http://schema.org/SiteNavigationElement'>
          <span itemprop='name'>
            <a href='{root}/{"" if i == 0 else slug(label)}' itemprop="url">{esc(label)} </a>
          </span>
        </li>
"""
        for i, label in enumerate(nav_items(page))
    )
    return f"""<!DOCTYPE html>
<html lang="{esc(page.lang)}">
  <head>
    <meta charset="utf-8">
    <title>{esc(page.title)} - {esc(category)} - {esc(page.site_name)}</title>
    <meta name="description" content="{esc(" ".join(page.article_paragraphs[0].split()[:30]))}&amp;hellip;">
    <meta name="generator"
      content="Discourse 3.3.0 - https://github.com/discourse/discourse version 3b1e2c0">
<link rel="canonical" href="{esc(page.url)}" />
<link rel="search" type="application/opensearchdescription+xml" href="{root}/opensearch.xml"
  title="{esc(page.site_name)} Search">
    <link href="/stylesheets/common_5e1f.css?__ws=forum" media="all" rel="stylesheet"
      data-target="common"  />
    <meta property="og:site_name" content="{esc(page.site_name)}" />
<meta property="og:type" content="website" />
<meta property="og:url" content="{esc(page.url)}" />
<meta property="og:title" content="{esc(page.title)}" />
<meta property="article:published_time" content="{esc(page.article_published)}" />
<script
  type="application/ld+json">{{"@context":"http://schema.org","@type":"WebSite","url":"{root}",
  "potentialAction":{{"@type":"SearchAction","target":"{root}/search?q={{search_term_string}}",
  "query-input":"required name=search_term_string"}}}}</script>
  </head>
  <body class="crawler ">
    <header>
  <a href="/">{esc(page.site_name)}</a>
</header>

    <div id="main-outlet" class="wrap" role="main">
        <div id="topic-title">
    <h1>
      <a href="/t/{slug(page.title)}/{topic_id}">{esc(page.title)}</a>
    </h1>

      <div class="topic-category" itemscope itemtype="http://schema.org/BreadcrumbList">
          <span itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem">
            <a href="/c/{slug(category)}/5" class="badge-wrapper bullet" itemprop="item">
              <span class='badge-category-bg' style='background-color: #0E76BD'></span>
              <span class='badge-category clear-badge'>
                <span class='category-name' itemprop='name'>{esc(category)}</span>
              </span>
            </a>
            <meta itemprop="position" content="1" />
          </span>
      </div>
  </div>

    <div itemscope itemtype='http://schema.org/DiscussionForumPosting'>
      <meta itemprop='headline' content='{esc(page.title)}'>
      <link itemprop='url' href='{esc(page.url)}'>
      <meta itemprop='datePublished' content='{esc(page.article_published)}'>
        <meta itemprop='articleSection' content='{esc(category)}'>
      <meta itemprop='keywords' content=''>
      <div itemprop='publisher' itemscope itemtype="http://schema.org/Organization">
        <meta itemprop='name' content='{esc(page.site_name)}'>
      </div>


          <div id='post_1'  class='topic-body crawler-post'>
            <div class='crawler-post-meta'>
              <span class="creator" itemprop="author" itemscope itemtype="http://schema.org/Person">
                <a itemprop="url" rel='nofollow' href='{root}/u/{esc(page.article_author)}'><span
                  itemprop='name'>{esc(page.article_author)}</span></a>

              </span>

                <link itemprop="mainEntityOfPage" href="{esc(page.url)}">


              <span class="crawler-post-infos">
                  <time  datetime='{esc(page.article_published)}' class='post-time'>
                    {esc(page.article_published_shown or page.article_published)}
                  </time>
                  <meta itemprop='dateModified' content='{esc(page.article_published)}'>
              <span itemprop='position'>1</span>
              </span>
            </div>
            <div class='post' itemprop='text'>
{article_blocks(page)}
            </div>

{_likes(page.url)}


          </div>
{posts}
    </div>


    <div id="related-topics" class="more-topics__list " role="complementary"
      aria-labelledby="related-topics-title">
      <h3 id="related-topics-title" class="more-topics__list-title">
        Related topics
      </h3>
      <div class="topic-list-container" itemscope itemtype='http://schema.org/ItemList'>
        <meta itemprop='itemListOrder' content='http://schema.org/ItemListOrderDescending'>
        <table class='topic-list'>
          <thead>
            <tr>
              <th>Topic</th>
              <th></th>
              <th class="replies">Replies</th>
              <th class="views">Views</th>
              <th>Activity</th>
            </tr>
          </thead>
          <tbody>
{related}          </tbody>
        </table>
      </div>
    </div>

    </div>
    <footer class="container wrap">
      <nav class='crawler-nav'>
        <ul>
{nav}        </ul>
      </nav>
      <p class='powered-by-link'>Powered by <a
        href="https://www.discourse.org">Discourse</a>, best viewed with JavaScript enabled</p>
    </footer>

  </body>
</html>
"""
