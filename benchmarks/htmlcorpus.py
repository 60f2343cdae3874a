# ruff: noqa: E501 - the page templates are markup, kept as a browser would save it
"""The benchmark's corpus as saved web pages: each synthetic text seed, read by the generator's
own text reader, written out as a WordPress page (``ol.comment-list``, nested ``ol.children``,
``<time datetime>``, avatars, reply links, a head with scripts and styles, a sidebar), so the HTML
path is measured on the same discussions as the text path, at the bytes real pages carry.

``python -m benchmarks.htmlcorpus TEXT_SEEDS HTML_SEEDS`` writes the pages; :func:`write_pages`
does the same from Python and returns the bytes written.
"""

from __future__ import annotations

import sys
from html import escape
from pathlib import Path

from generator.model import Comment, Discussion
from generator.read import seeds

_HEAD = """<!DOCTYPE html>
<html lang="en"><head><meta charset="UTF-8"><title>{title} &#8211; Synthetic Blog</title>
<link rel="canonical" href="https://blog.example/{slug}/">
<meta property="og:title" content="{title}"><meta property="og:site_name" content="Synthetic Blog">
<meta property="article:published_time" content="2008-08-27T10:00:00+00:00">
<script>window._wpemojiSettings = {{"baseUrl":"https:\\/\\/s.w.org\\/images\\/core\\/emoji\\/"}};
!function(i,n){{var o,s,e;function c(e){{try{{var t={{supportTests:e}}}}catch(e){{}}}}}}(window,document);</script>
<style>img.wp-smiley, img.emoji {{ display: inline !important; border: none !important; }}</style>
</head><body class="post-template-default single single-post">
<header id="masthead"><nav><ul class="menu"><li><a href="/">Home</a></li><li><a href="/about/">About</a></li>
</ul></nav></header>
<main id="main"><article class="post type-post"><header class="entry-header">
<h1 class="entry-title">{title}</h1></header><div class="entry-content">
"""

_COMMENT = """<li id="comment-{number}" class="comment even thread-even depth-{depth}">
<article id="div-comment-{number}" class="comment-body"><footer class="comment-meta">
<div class="comment-author vcard"><img alt="" src="https://secure.gravatar.com/avatar/{number}?s=32" class="avatar avatar-32 photo" height="32" width="32" loading="lazy">
<b class="fn">{author}</b> <span class="says">says:</span></div>
<div class="comment-metadata"><a href="https://blog.example/{slug}/#comment-{number}"><time datetime="2008-08-27T10:{minute:02d}:00+00:00">August 27, 2008 at 10:{minute:02d} am</time></a></div>
</footer><div class="comment-content">
{text}
</div><div class="reply"><a rel="nofollow" class="comment-reply-link" href="?replytocom={number}#respond" data-commentid="{number}">Reply</a></div>
</article>"""

_TAIL = """</ol></div></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_comments"><h2>Recent Comments</h2>
<ul><li class="recentcomments"><span class="comment-author-link">Someone</span> on <a href="/x/">Another post</a></li></ul>
</section></aside><footer id="colophon">Proudly powered by WordPress</footer></body></html>
"""


def page(discussion: Discussion, slug: str) -> str:
    """The discussion as a WordPress page (without recursion: threads can be deep)."""
    title = escape(discussion.title)
    out = [_HEAD.format(title=title, slug=slug)]
    out += [f"<p>{_lines(p.text)}</p>" for p in discussion.article]
    out.append('</div></article><div id="comments" class="comments-area"><ol class="comment-list">')
    counter = 0
    stack: list[tuple[Comment, bool]] = [(c, False) for c in reversed(discussion.comments)]
    while stack:
        comment, closing = stack.pop()
        if closing:
            out.append("</ol></li>" if comment.replies else "</li>")
            continue
        counter += 1
        text = "\n".join(f"<p>{_lines(p.text)}</p>" for p in comment.paragraphs)
        author = escape(comment.author or "Anonymous")
        fields = {"number": counter, "depth": comment.depth + 1, "author": author, "slug": slug}
        out.append(_COMMENT.format(**fields, minute=counter % 60, text=text))
        stack.append((comment, True))
        if comment.replies:
            out.append('<ol class="children">')
            stack.extend((reply, False) for reply in reversed(comment.replies))
    out.append(_TAIL)
    return "\n".join(out)


def _lines(text: str) -> str:
    return "<br>\n".join(escape(line) for line in text.split("\n"))


def write_pages(text_seeds: Path, html_seeds: Path) -> int:
    """Write one page per text seed of ``text_seeds`` into ``html_seeds``; returns the bytes written."""
    html_seeds.mkdir(parents=True, exist_ok=True)
    total = 0
    for path in sorted(text_seeds.glob("*.txt")):
        discussion = seeds.parse(seeds.read(path).text, str(path))
        data = page(discussion, path.stem).encode("utf-8")
        (html_seeds / f"{path.stem}.html").write_bytes(data)
        total += len(data)
    return total


if __name__ == "__main__":
    print(write_pages(Path(sys.argv[1]), Path(sys.argv[2])))
