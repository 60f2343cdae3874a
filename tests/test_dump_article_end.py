"""Where a dumped article ends: under its last paragraph of prose, a heading of what follows
articles on their pages ("Related coverage", "More stories", "Labels", "Share this article:")
starts the page's furniture, which is left out of the article and listed line by line. A
heading with prose after it ends nothing (a box inside the story, teasers that read as
paragraphs), and what stands between the last paragraph and the heading stays the article's.

Each page is written as HTML and dumped by w3m and lynx; the truth is the HTML's story."""

from __future__ import annotations

import pytest

from generator.model import Discussion
from generator.read.dialects import parse
from generator.read.dump.chrome import ends_article
from tests.threadpages.dumpers import dump

DUMPS = [("w3m", 80), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 200)]
AFTER = "after the article (related stories, tags, sidebar, footer)"

STORY = (
    "The harbour board agreed on Monday to dredge the old channel, which has been closed to larger "
    "boats since the storm three winters ago filled it with sand.",
    "Fishermen who use the north quay said the decision came too late for some of them, who have "
    "already moved their boats to the next town along the coast.",
    "The work is expected to take six weeks and will start as soon as the dredger is free.",
)
# A footer's notice of rights reads as a paragraph of prose, and is none of the article's.
RIGHTS = (
    "Copyright © 2021 The Coast Herald Media Group. All rights reserved. This material may not be "
    "published, broadcast, rewritten or redistributed."
)
RELATED = ["Ferry timetable changes in May", "New lights for the pier", "The lifeboat's busy year"]


def _page(after_story: str, inside: str = "") -> str:
    menu = "".join(f"<li><a href='/{word}'>{word.title()}</a></li>" for word in ("news", "sport", "weather"))
    paragraphs = [f"<p>{text}</p>" for text in STORY]
    return (
        "<html><head><title>Old channel to be dredged</title></head><body>"
        f"<ul class='menu'>{menu}</ul>"
        "<h1>Old channel to be dredged</h1><p class='byline'>By Tom Pryce, March 3, 2021</p>"
        f"{paragraphs[0]}{inside}{''.join(paragraphs[1:])}{after_story}"
        f"<footer><p>{RIGHTS}</p></footer></body></html>"
    )


def _links(titles: list[str]) -> str:
    return (
        "<ul>"
        + "".join(f"<li><a href='/story/{n}'>{title}</a></li>" for n, title in enumerate(titles))
        + "</ul>"
    )


def _read(page: str, tool: str, width: int) -> tuple[str, Discussion]:
    discussion = parse(dump(page, tool, width), "story.txt")
    return " ".join(" ".join(paragraph.text.split()) for paragraph in discussion.article), discussion


def _after(discussion: Discussion) -> str:
    return " ".join(item.text for item in discussion.chrome if item.reason == AFTER)


TAILS = {
    "related": f"<h3>Related coverage</h3>{_links(RELATED)}",
    "more": f"<h2>More stories</h2>{_links(RELATED)}<p>Tags: <a href='/t/harbour'>harbour</a></p>",
    "labels": "<div class='labels'><h4>Labels</h4><ul><li>harbour</li><li>boats</li></ul></div>",
    "share": "<p>Share this article:</p><ul><li>Facebook</li><li>Twitter</li><li>Email</li></ul>",
    "german": f"<h3>Mehr zum Thema</h3>{_links(RELATED)}",
    # Teasers cut short: no paragraph of prose, however long.
    "teasers": "<h3>Latest news</h3>"
    + "".join(
        f"<h4><a href='/s/{n}'>{title}</a></h4><p>The council met again on Tuesday to talk about the "
        "pier, the lights, the lifeboat and what the summer will bring to the town and its...</p>"
        for n, title in enumerate(RELATED)
    ),
}


HEADINGS = {
    "related": "Related coverage",
    "more": "More stories",
    "labels": "Labels",
    "share": "Share this article:",
    "german": "Mehr zum Thema",
    "teasers": "Latest news",
}


@pytest.mark.parametrize(("tool", "width"), DUMPS)
@pytest.mark.parametrize("tail", sorted(TAILS))
def test_the_furniture_under_the_last_paragraph_is_left_out_and_listed(
    tail: str, tool: str, width: int
) -> None:
    text, discussion = _read(_page(TAILS[tail]), tool, width)
    assert text.endswith(STORY[-1]), text[-200:]
    assert all(story in text for story in STORY)
    after = _after(discussion)
    assert HEADINGS[tail] in after
    assert "Copyright © 2021 The Coast Herald" in after
    if tail in ("related", "more", "german"):
        assert all(title in after for title in RELATED)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_box_inside_the_story_ends_nothing(tool: str, width: int) -> None:
    # "Read more" over links, then the story goes on: the heading has prose after it.
    text, discussion = _read(
        _page("", inside=f"<aside><h4>Read more</h4>{_links(RELATED)}</aside>"), tool, width
    )
    assert all(story in text for story in STORY)
    assert _after(discussion) == ""


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_what_stands_between_the_last_paragraph_and_the_heading_stays(tool: str, width: int) -> None:
    signature = "<p>— Tom Pryce</p><ul><li>Dredging starts: April</li><li>Channel reopens: May</li></ul>"
    text, discussion = _read(_page(signature + TAILS["related"]), tool, width)
    assert text.endswith("Channel reopens: May"), text[-120:]
    assert "Related coverage" in _after(discussion)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_teasers_that_read_as_paragraphs_keep_the_heading_in_the_article(tool: str, width: int) -> None:
    # The reader cannot tell such a teaser from a last paragraph of the story: nothing is cut.
    teasers = "<h3>Latest news</h3>" + "".join(
        f"<h4><a href='/s/{n}'>{title}</a></h4><p>The council met again on Tuesday to talk about "
        "the pier, the lights and the lifeboat, and it will meet once more next month.</p>"
        for n, title in enumerate(RELATED)
    )
    text, discussion = _read(_page(teasers), tool, width)
    assert "Latest news" in text
    assert _after(discussion) == ""


@pytest.mark.parametrize(
    ("line", "heading"),
    [
        ("Related coverage", True),
        ("Related (3)", True),
        ("More stories", True),
        ("Share This Article:", True),
        ("Tags:", True),
        ("Labels", True),
        ("Read more ›", True),
        ("Labels: FPGA, Tools", True),
        ("Tags: news, sport", True),
        ("Share :", True),
        ("Tags: the mayor said the tram would be late.", False),
        ("Mehr zum Thema", True),
        ("Sur le même sujet", True),
        ("Leave a Reply", True),
        ("Recent Posts", True),
        # The article's own headings and sentences, however they open.
        ("Related to Allergies", False),
        ("Recommended equipment", False),
        ("Popular variations", False),
        ("Related costs rose too.", False),
        ("Metaphorically, yes.", False),
        ("Subscribers doubled.", False),
        ("Categories of boats remain.", False),
        ("Copyright law is next.", False),
        ("Tagsüber war der Hafen voll", False),
        ("Relatedly, the board said the pier needs work", False),
    ],
)
def test_what_heads_the_furniture_under_an_article(line: str, heading: bool) -> None:
    assert ends_article(line) is heading


INTRO = (
    "This is the cake my grandmother baked every Sunday, and it has been the family's favourite "
    "for as long as any of us can remember."
)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
@pytest.mark.parametrize(
    "body",
    [
        # A recipe: its lists under headings of its own after the one paragraph of prose.
        "<h3>Recommended equipment</h3><ul><li>A 23 cm tin</li><li>A whisk</li></ul><h3>Ingredients</h3>"
        "<ul><li>200 g flour</li><li>3 eggs</li></ul><h3>Method</h3><ol><li>Beat the eggs.</li>"
        "<li>Fold in the flour and bake.</li></ol>",
        "<p>Related costs rose too.</p><p>We still bake it.</p><p>Every week.</p>",
        "<h3>Popular variations</h3><p>With lemon zest.</p><p>With poppy seeds and a glaze.</p>",
    ],
)
def test_the_articles_own_short_lines_after_its_last_paragraph_stay(body: str, tool: str, width: int) -> None:
    page = (
        "<html><head><title>Sunday cake</title></head><body><ul><li><a href='/a'>Home</a></li>"
        "<li><a href='/b'>Recipes</a></li></ul><h1>Sunday cake</h1><p class='byline'>By Ann Lee, "
        f"March 3, 2021</p><p>{INTRO}</p>{body}</body></html>"
    )
    discussion = parse(dump(page, tool, width), "cake.txt")
    assert _after(discussion) == ""
    last = " ".join(discussion.article[-1].text.split())
    assert last.endswith(("and bake.", "Every week.", "and a glaze.")), last


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_comment_pages_article_ends_before_its_related_box_and_its_comments_stay(
    tool: str, width: int
) -> None:
    comments = "".join(
        f"<li class='comment' id='comment-{n}'><div class='comment-author'><cite>Reader {n}</cite> "
        f"<span class='says'>says:</span></div><div class='comment-meta'>March {n}, 2021 at 10:0{n} am</div>"
        f"<p>Good news for the quay, at last, number {n}.</p><a href='#r'>Reply</a></li>"
        for n in range(1, 4)
    )
    after = f"{TAILS['related']}<h2>3 thoughts on “Old channel to be dredged”</h2><ol>{comments}</ol>"
    text, discussion = _read(_page(after), tool, width)
    assert text.endswith(STORY[-1]), text[-200:]
    assert all(title in _after(discussion) for title in RELATED)
    assert [comment.author for comment in discussion.comments] == ["Reader 1", "Reader 2", "Reader 3"]


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_short_sentences_after_a_box_in_the_story_are_the_storys(tool: str, width: int) -> None:
    # The story's last sentences are short, under "Read also" and its link: the heading has a
    # sentence after it, and ends nothing.
    ending = ["The work starts in May.", "It will take six weeks, the board said."]
    after = f"<p><b>Read also</b></p><p><a href='/a'>{RELATED[0]}</a></p>" + "".join(
        f"<p>{t}</p>" for t in ending
    )
    text, discussion = _read(_page(after), tool, width)
    assert all(sentence in text for sentence in [*STORY, *ending])
    assert _after(discussion) == ""


@pytest.mark.parametrize(("tool", "width"), DUMPS)
@pytest.mark.parametrize("credit", ["Photos: Tom Pryce", "© Tom Pryce", "Photo © Coast Herald"])
def test_a_credit_under_the_last_paragraph_keeps_the_story(credit: str, tool: str, width: int) -> None:
    # <div>s run together with no blank line (w3m): the story's last lines and the picture's
    # credit are one paragraph of the dump, which still ends a sentence of the story's, whatever
    # rights the credit claims.
    more = "".join(f"<div>{text}</div>" for text in STORY[1:])
    page = (
        "<html><head><title>Old channel to be dredged</title></head><body><ul class='menu'>"
        "<li><a href='/news'>News</a></li><li><a href='/sport'>Sport</a></li></ul><h1>Old channel to be "
        f"dredged</h1><p class='byline'>By Tom Pryce, March 3, 2021</p><p>{STORY[0]}</p>"
        f"<h4>Read more</h4>{_links(RELATED[:1])}{more}<div>{credit}</div>{TAILS['related']}</body></html>"
    )
    text, discussion = _read(page, tool, width)
    assert all(story in text for story in STORY)
    assert "Related coverage" in _after(discussion)


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_list_of_sentences_under_a_heading_after_the_story_stays(tool: str, width: int) -> None:
    tips = [
        "Buy the 26 cm tin if you bake for a family of four or more people.",
        "Keep the flour in a dry place, away from the oven and the window.",
    ]
    after = "<h3>Recommended</h3><ul>" + "".join(f"<li>{tip}</li>" for tip in tips) + "</ul>"
    text, discussion = _read(_page(after), tool, width)
    assert all(tip in text for tip in tips)
    assert _after(discussion) == ""


@pytest.mark.parametrize(("tool", "width"), DUMPS)
def test_a_line_of_labels_under_the_story_starts_the_furniture(tool: str, width: int) -> None:
    tail = "<p>Labels: harbour, boats, council</p>" + TAILS["related"]
    text, discussion = _read(_page(tail), tool, width)
    assert text.endswith(STORY[-1])
    assert "Labels: harbour, boats, council" in _after(discussion)
