"""How a discussion page shows who wrote a comment: a legend of the name styles, and the
article's author marked where they comment (as Hacker News marks the poster)."""

from __future__ import annotations

import re

from generator import Discussion, parse
from generator.pages.discussion import render_discussion

SEED = """Discussion with its author in the comments

Posted on Aug 27, 2008 in Stuff

By Ann  Lee

The article.

  1. ann lee says:

    The author answers, her name spelt in other case and spacing.

  2. Bob says:

    Someone else.

    • Ann Leeds says:

      Not the author: another name that starts the same.
"""


def headings(page: str) -> dict[str, str]:
    return dict(re.findall(r'<h3 class="comment-title" id="([^"]+)"[^>]*>(.*?)</h3>', page))


def test_the_articles_author_is_marked_where_they_comment_and_only_there() -> None:
    page = render_discussion(parse(SEED, "seeds/x.txt"))
    marked = {anchor for anchor, html in headings(page).items() if 'class="comment-op"' in html}
    assert marked == {"c1"}
    assert "wrote the article" in page  # the legend names the mark once it is used


def test_the_legend_shows_each_name_style_with_the_comments_own_classes(
    seed_000: Discussion, seed_001: Discussion
) -> None:
    pages = [render_discussion(seed) for seed in (seed_000, seed_001)]
    legends = [page.split('<div class="comment-legend"', 1)[1].split("</div>", 1)[0] for page in pages]
    kinds = (
        "comment-author",
        "comment-author comment-author--signed",
        "comment-author comment-author--anonymous",
    )
    for legend in legends:
        assert "data-search-exclude" in legend
        assert all(f'class="{kind}"' in legend for kind in kinds)
    # Each style shown is one the comments use (on one page or the other).
    for kind in kinds:
        assert sum(page.count(f'class="{kind}"') for page in pages) > 2
    assert all("comment-op" not in page for page in pages)  # neither article's author commented
