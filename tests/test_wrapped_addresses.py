"""A web address the dumper broke over two lines comes back whole: w3m and lynx break a word too
long for the rest of its line after a "/" (w3m before one too, lynx anywhere in a word longer than
a line), and re-flowing must join the pieces without the space a wrapped line of words gets."""

from __future__ import annotations

from datetime import datetime

import pytest

from generator.model import walk
from generator.read.dialects import parse
from generator.read.dump.reflow import word_across
from tests.threadpages import dump, render
from tests.threadpages.dates import wp_en
from tests.threadpages.spec import Comment, Page


@pytest.mark.parametrize(
    ("before", "after", "between"),
    [
        # w3m breaks after a "/" inside an address, or a path, or "and/or".
        ("a link that is long https://example.org/a/", "very/long/path/index.html and more", ""),
        ("again and again a https://", "example.org/short/path end.", ""),
        ("Details here: https://example.org/", "notes/808", ""),
        ("ooo and/", "or then it goes on", " "),  # "and/or" stays apart: "or" is no piece of a path
        ("nnnn path/to/", "some/file.txt then", ""),
        # w3m breaks before a "/" too.
        ("llll mmmm https://ex.org", "/ then it goes on", ""),
        ("item https://news.example.com/item?", "id=37912345 and", ""),
        ("it is https://example.org/index.html?query=1", "&b=2#c and then", ""),
        # lynx breaks an address longer than a line anywhere.
        ("https://example.org/another/very/long/path/that/goes/on/and/a", "nd/on/page.html end", ""),
        ("https://example.org/a/very/long/path/that/goes/on/index.h", "tml?query=1&b=2 and more", ""),
        # A word ended there: the next line goes on with a word of its own.
        ("see https://ex.org/", "then it goes on", " "),
        ("see https://ex.org/", "then.", " "),
        ("https://example.org/a/very/long/path/index.html", "and more words", " "),
        ("https://example.org/a/", "https://example.org/b/ two addresses", " "),
        # An address or a path ended at the break (found in review: the next word was glued on).
        ("Docs are at https://docs.python.org/3/library/re.html", "Node.js does it differently", " "),
        ("It is at https://example.com/bench", "50% faster than before", " "),
        ("It is at https://example.com/y", "& then decide", " "),
        ("I keep all my little scripts in ~/bin/", "which is on my PATH", " "),
        ("Put the config file into /etc/nginx/", "and restart the service", " "),
        ("always w/", "milk and sugar", " "),
        ("use", "/usr/bin/env python", " "),
        ("A /", "B", " "),
        ("an ordinary line of words", "and the next one", " "),
    ],
)
def test_what_stands_between_two_wrapped_lines(before: str, after: str, between: str) -> None:
    assert (" " if word_across(before, after) is None else "") == between


def test_an_address_broken_over_three_lines() -> None:
    """The middle line is all one piece of it: the start on the lines above goes with it."""
    first = word_across("See https://example.org/a/", "very/long/path/that/fills/a/line/")
    assert first == "https://example.org/a/"
    second = word_across("very/long/path/that/fills/a/line/", "index.html?q=1 and more", first)
    assert second == "https://example.org/a/very/long/path/that/fills/a/line/"
    assert word_across("very/long/path/that/fills/a/line/", "and more", "") is None  # a path ended there
    assert word_across("index.html?q=1 and", "more words", second) is None


ADDRESSES = (
    "https://example.org/2016/03/a/very/long/path/that/goes/on/and/on/and/on/index.html?query=1&b=2#c",
    "https://example.org/short/path/abc/def/ghi/jkl",
    "https://news.example.com/item?id=37912345",
    "http://x.example/a/b/c/d/e/f/g/h/i/j/k/l/m/n/o/p/q/r/s/t/u/v/w/x/y/z/0/1/2/3/4/5/6/7/8/9/page.html",
)
LEADS = ("Details here:", "See", "I wrote it up at", "Again and again and again and again and a")


def _page() -> Page:
    comments = tuple(
        Comment(
            source_id=f"comment-{100 + index}",
            author=name,
            posted=datetime(2016, 3, 1 + index, 9, 30).isoformat(),
            posted_shown=wp_en(datetime(2016, 3, 1 + index, 9, 30)),
            paragraphs=(f"{lead} {address} and then the comment goes on for a few more words.",),
            replies=(),
        )
        for index, (name, lead, address) in enumerate(
            zip(("Kristine", "Bob", "Zoë Hartley", "Mike"), LEADS, ADDRESSES, strict=True)
        )
    )
    return Page(
        title="A page about links in comments",
        site_name="Example Blog",
        url="https://example.org/2016/03/page/",
        article_author="Admin",
        article_published=datetime(2016, 3, 1, 8, 0).isoformat(),
        article_paragraphs=("An article long enough to be a paragraph of text, about the links below.",),
        lang="en",
        comments=comments,
        nav=("Home", "About"),
        post_id=7,
    )


# The widths the dumpers are run at (80 and 200 columns, w3m's 10000), and one between. Narrower
# than an address, both dumpers may also break it where a line of words would end (w3m before a
# "&", lynx in the middle of its last piece), which no reading of the text can tell apart.
@pytest.mark.parametrize(
    ("tool", "width"),
    [("w3m", 80), ("w3m", 132), ("w3m", 200), ("w3m", 10000), ("lynx", 80), ("lynx", 132), ("lynx", 200)],
)
def test_addresses_in_comments_come_back_whole_from_real_dumps(tool: str, width: int) -> None:
    text = dump(render("wordpress_classic", _page()), tool, width)
    discussion = parse(text, f"links.{tool}-{width}.txt")
    comments = walk(discussion.comments)
    assert [c.author for c in comments] == ["Kristine", "Bob", "Zoë Hartley", "Mike"]
    for comment, lead, address in zip(comments, LEADS, ADDRESSES, strict=True):
        assert comment.paragraphs[0].text == (
            f"{lead} {address} and then the comment goes on for a few more words."
        ), text
