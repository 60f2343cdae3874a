"""Pages close to the ones this round's rules read as pages, which must still be read as before:
a review of the change wrote each to break a rule, and each did until the rule was narrowed.

- A comments heading with no count under the post's short meta lines ("Posted in Travel" /
  "Tags: …" / "Comments"), over comments the reader cannot read: refused, not published as the
  article (only a story's tools above its text make "Comments" a link).
- "Show Comments" over comments hidden by CSS, which the dumpers show: refused.
- Comments in <div>s whose replies are a list: a thread, replies and all.
- A short title at the end of a breadcrumb of short links: still the title.
- A section's name over the date ("Local Weather News"): no author. (At 200 columns the text's
  first paragraph, a line under that date, was the title, as a Blogger title is under its date.)
- A seed typed by hand, its title over two lines: the seeds' layout reads it, as before.
"""

from __future__ import annotations

import datetime as dt

import pytest

from generator.errors import SeedError
from generator.model import walk
from generator.read.dialects import parse
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)]

TRIP = (
    "We drove down to the coast last weekend and spent two whole days walking along the cliffs and beaches.",
    "The weather held up better than the forecast said it would, and the kids found a dozen crabs in the "
    "rock pools.",
)
REPLIES = (
    ("Tom Hale", "Looks like a wonderful weekend, we should go there together next summer with the kids."),
    ("Mia Ross", "That bakery is the best one on the whole coast, I always buy their rye bread when I pass."),
)
HEAD = (
    "<html><head><meta charset='utf-8'><title>Our trip to the coast</title></head><body>"
    "<ul class='nav'><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li>"
    "<li><a href='/blog'>Blog</a></li></ul><h1>Our trip to the coast</h1>"
    "<p>Posted on March 3, 2021 by Anna Berg</p>" + "".join(f"<p>{text}</p>" for text in TRIP)
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_comments_heading_under_the_posts_meta_still_heads_unread_comments(tool: str, width: int) -> None:
    comments = "".join(f"<div class='comment'><div class='who'>{n}</div><p>{t}</p></div>" for n, t in REPLIES)
    page = (
        f"{HEAD}<div class='postmeta'><div>Posted in Travel</div><div>Tags: coast, family</div></div>"
        f"<div class='comments-title'>Comments</div>{comments}</body></html>"
    )
    with pytest.raises(SeedError, match="expected comments under 'Comments'"):
        parse(dump(page, tool, width), "trip.txt")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_show_comments_button_over_comments_hidden_by_css_refuses(tool: str, width: int) -> None:
    comments = "".join(f"<div class='comment'><p><b>{n}</b></p><p>{t}</p></div>" for n, t in REPLIES)
    page = (
        f"{HEAD}<h3>Comments</h3><p><button>Show Comments</button></p>"
        f"<div style='display:none'>{comments}</div></body></html>"
    )
    with pytest.raises(SeedError, match="expected comments under 'Comments'"):
        parse(dump(page, tool, width), "trip.txt")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_comments_in_divs_with_their_replies_in_lists_are_a_thread(tool: str, width: int) -> None:
    threads = [
        (("Tom Hale", "March 4, 2021", REPLIES[0][1]), ("Anna Berg", "March 5, 2021", "Yes let us do that.")),
        (
            ("Mia Ross", "March 6, 2021", REPLIES[1][1]),
            ("Anna Berg", "March 7, 2021", "We bought two loaves."),
        ),
    ]
    body = "".join(
        f"<div class='c'><div>{name}, {date}</div><p>{text}</p>"
        f"<ul><li><div>{r_name}, {r_date}</div><p>{r_text}</p></li></ul></div>"
        for (name, date, text), (r_name, r_date, r_text) in threads
    )
    text = "".join(f"<p>{t}</p>" for t in TRIP)
    page = f"<html><body><h1>Our trip to the coast</h1>{text}{body}</body></html>"
    comments = walk(parse(dump(page, tool, width), "trip.txt").comments)
    assert [(c.id, c.author, c.posted_text) for c in comments] == [
        ("c1", "Tom Hale", "March 4, 2021"),
        ("c1-1", "Anna Berg", "March 5, 2021"),
        ("c2", "Mia Ross", "March 6, 2021"),
        ("c2-1", "Anna Berg", "March 7, 2021"),
    ]


@pytest.mark.parametrize("width", [80, 200])
def test_a_short_title_after_a_breadcrumbs_short_links_stays_the_title(width: int) -> None:
    # lynx sets the breadcrumb's links and the title a line each, no blank between: five short
    # lines over the byline, as a story's tools are, but none of them a tool. (w3m runs them
    # together with the site's name, which the seeds' layout reads, as it did before.)
    page = (
        "<html><body><p>The Coast Post</p><div class='crumbs'>"
        + "".join(f"<div><a href='/{part}'>{part}</a></div>" for part in ("Home", "News", "Local", "Weather"))
        + "<div class='title'>Harbour road flooded</div></div><p>By Erin Cole, March 18, 2021</p>"
        + "".join(f"<p>{t}</p>" for t in TRIP)
        + "</body></html>"
    )
    discussion = parse(dump(page, "lynx", width), "road.txt")
    assert (discussion.title, discussion.author) == ("Harbour road flooded", "Erin Cole")


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_sections_name_over_the_date_is_no_author(tool: str, width: int) -> None:
    page = (
        "<html><body><ul class='nav'><li><a href='/'>Home</a></li><li><a href='/about'>About</a></li></ul>"
        "<h1>Storm floods the harbour road</h1><div class='meta'><div class='cat'>Local Weather News</div>"
        "<div class='date'>December 18, 2020</div></div>"
        + "".join(f"<p>{t}</p>" for t in TRIP)
        + "</body></html>"
    )
    discussion = parse(dump(page, tool, width), "storm.txt")
    assert (discussion.title, discussion.author, discussion.posted) == (
        "Storm floods the harbour road",
        None,
        dt.date(2020, 12, 18),
    )


def test_a_seed_typed_with_its_title_over_two_lines_keeps_the_seeds_reading() -> None:
    minutes = [
        "We met in the library hall at seven, and twenty two members came along to talk about the park.",
        "The council has agreed to fund new benches, but only if the association pays for the planting.",
        "Tom said the planting could be done by volunteers over two weekends in April if the weather holds.",
        "Mia asked whether the playground fence would be fixed before the summer holidays begin this year.",
        "Nobody knew, so the secretary will write to the council and report back at the next meeting.",
    ]
    text = "A walk along the coast\nwith the kids in March\n\nBy Anna Berg, March 3, 2021\n\n" + "\n\n".join(
        minutes
    )
    discussion = parse(text + "\n", "walk.txt")
    # No title line (the first block has two): the file's name, with its warning, and every
    # line in the article, where the page reading took "with the kids in March" for the title.
    assert (discussion.dialect, discussion.title) == ("numbered", "walk")
    assert any("from the file name" in warning.message for warning in discussion.warnings)
    assert discussion.article[0].text == "A walk along the coast\nwith the kids in March"
