"""Edges of the readings added for pages without comments and for lists of posts, each a case
that a review found read wrong (or refused) on the way: comments under a counted heading above a
"Trackbacks (2)" list or a "2 replies" line, names that look like the end of a title, bylines
in small letters, headlines that end in "...", a comment's own text after a quote, a seed typed
by hand with a list, WordPress's "One thought on" heading in a lynx dump, comments written
"Bob wrote:" with no date (refused: as an article they would be published as its text).
"""

from __future__ import annotations

import pytest

from generator.errors import SeedError
from generator.model import walk
from generator.read import html
from generator.read.dialects import parse
from tests.seedkit import assert_read_as_page
from tests.threadpages.dumpers import dump

_TIMES = ["10:00", "10:10", "10:20", "10:30", "10:40", "10:50"]


def _bread(
    heading: str,
    names: list[str],
    *,
    texts: dict[int, str] | None = None,
    replies_from: int | None = None,
    over_dates: bool = False,
) -> str:
    """A post with comments under ``heading``, as a plain theme's dump shows them: "Name on DATE"
    (or the name over the date) two columns in, the text, "Reply". Comment ``n`` says "This is
    comment number n …" unless ``texts`` gives its text; from ``replies_from`` on, the comments
    are replies under a "2 replies" line, six columns in."""
    out = ["Bread basics", "", "Posted on March 1, 2020 by Ann", "", _ARTICLE, "", heading, ""]
    for n, name in enumerate(names):
        if n == replies_from:
            out += ["   2 replies", ""]
        pad = " " * (6 if replies_from is not None and n >= replies_from else 2)
        when = f"March {n + 2}, 2020 at {_TIMES[n]} am"
        out += [pad + name, pad + when] if over_dates else [f"{pad}{name} on {when}"]
        text = (texts or {}).get(n, f"This is comment number {n} and it says something about bread baking.")
        out += ["", pad + text, "", pad + "Reply", ""]
    return "\n".join([*out, "Leave a Reply", ""])


_ARTICLE = "This is the article about bread and it has quite a few words in it, enough to be prose."
REPLIES = _bread(
    "6 Comments",
    ["Bob Smith", "Carol Jones", "Dan Brown", "Eve Adams", "Fay Green", "Gil White"],
    replies_from=4,
)
NAMES = _bread("4 Comments", ["Bob Smith", "Del", "Carol Jones", "Guest 42"])
NAMES_OVER_DATES = _bread(
    "4 Comments", ["Bob Smith", "Par Svensson", "Carol Jones", "Von Miller"], over_dates=True
)
JENNY_DU = _bread("Comments", ["Bob Smith", "Jenny Du", "Carol Jones", "Sam Lee"])
COLONS = _bread("4 Comments", ["Bob Smith", "Dr. Who: The Baker", "Carol Jones", "Mia: baker"])
ONE_THOUGHT_TEXT = _bread(
    "4 Comments",
    ["Bob Smith", "Jenny Smith", "Carol Jones", "Sam Lee"],
    texts={0: "One thought: try a longer proof."},
)
COUNT_IN_TEXT = _bread(
    "Comments",
    ["Bob Smith", "Carol Jones", "Dan Brown", "Eve Adams"],
    texts={2: "1 comment on the recipe: the oven temperature in step three is too high."},
)


SMALL_BYLINE = """\
My Site

  • Home
  • About

A long walk in the hills

by admin

We walked for six hours along the ridge and saw nobody else all day long.

The views were worth every step, even the last steep climb to the hut.

2 Comments

  Bob Smith on March 2, 2020 at 10:00 am

  Lovely write-up, I did the same walk last summer with my kids.

  Carol Jones on March 3, 2020 at 10:10 am

  Which map did you use for the ridge part of the walk?

Leave a Reply
"""

DOTS = """\
Ann's Notebook

Sometimes you just have to stop...

Posted on March 1, 2020 by Ann

We walked for six hours along the ridge and saw nobody else all day long.

2 Comments

  Bob Smith on March 2, 2020 at 10:00 am

  Lovely write-up, I did the same walk last summer with my kids.

  Carol Jones on March 3, 2020 at 10:10 am

  Which map did you use for the ridge part of the walk?

Leave a Reply
"""

QUOTE_THEN_OWN = """\
Bread basics

Posted on March 1, 2020 by Ann

This is the article about bread and it has quite a few words in it, enough to be prose.

3 Comments

  • Bob Smith on March 2, 2020 at 10:00 am

    My loaf came out flat again, even with the new flour you recommended.

  • Carol Jones on March 3, 2020 at 10:10 am

          My loaf came out flat again, even with the new flour.

  Try a longer proof in the fridge overnight, it always helps my dough.

  • Dan Brown on March 4, 2020 at 10:20 am

    What temperature does your oven reach before the loaf goes in?

Leave a Reply
"""

HAND_TYPED = """\
Packing list for the ridge walk

Posted on March 1, 2020

By Ann Baker

What to bring:

  • Water
  • Map

Keep it light.
"""

PINGS_PAGE = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Bread basics</title></head><body>
<h1>Bread basics</h1><p>Posted on March 1, 2020 by Ann</p>
<p>This is the article about bread and it has quite a few words in it, enough to be prose.</p>
<h2>Comments (4)</h2><ol class="commentlist">
<li><p><b>Bob Smith</b> on March 2, 2020 at 10:00 am</p>
<p>My loaf came out flat again, even with the new flour you recommended.</p></li>
<li><p><b>Carol Jones</b> on March 3, 2020 at 10:10 am</p>
<p>Try a longer proof in the fridge overnight, it always helps my dough.</p></li>
<li><p><b>Dan Brown</b> on March 4, 2020 at 10:20 am</p>
<p>What temperature does your oven reach before the loaf goes in?</p></li>
<li><p><b>Eve Adams</b> on March 5, 2020 at 10:30 am</p>
<p>Thanks for the recipe, the crust was perfect on the first try.</p></li>
</ol>
<h2>Trackbacks (2)</h2><ol class="pings">
<li><p><b>Baking Weekly</b> on March 6, 2020 at 9:00 am</p><p>[…] a great guide to bread basics […]
</p></li>
<li><p><b>Crumb Notes</b> on March 7, 2020 at 9:00 am</p>
<p>[…] read this post about flat loaves […]</p></li>
</ol><h3>Leave a Reply</h3></body></html>
"""

ONE_THOUGHT_PAGE = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Oven fixed – Ann bakes</title></head><body>
<header><p class="site-title"><a href="/">Ann bakes</a></p><nav><ul><li><a href="/">Home</a></li>
<li><a href="/about">About</a></li></ul></nav></header>
<main><article><h1 class="entry-title">Oven fixed</h1>
<div class="entry-content"><p>Good news: the oven is fixed, and classes start again on Monday at
the usual hour in the village hall.</p></div></article>
<div id="comments" class="comments-area">
<h2 class="comments-title">One thought on &ldquo;Oven fixed&rdquo;</h2>
<ol class="comment-list"><li class="comment"><article class="comment-body">
<footer class="comment-meta"><div class="comment-author vcard"><b class="fn">Bob Smith</b>
<span class="says">says:</span></div>
<div class="comment-metadata"><a href="#c1">
<time datetime="2020-03-02T10:00:00">March 2, 2020 at 10:00 am</time></a></div></footer>
<div class="comment-content"><p>Great, see you Monday then, I will bring my starter along with me.
</p></div>
<div class="reply"><a href="#r">Reply</a></div></article></li></ol>
<div id="respond"><h3>Leave a Reply</h3></div></div></main></body></html>
"""

UNDATED_PAGE = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Standalone WebAssembly</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li>
<a href="/docs">Docs</a></li></ul></nav></header>
<main><h1>Standalone WebAssembly</h1>
<p>Published 21 November 2019 · By Ada Lovelace</p>
<p>Emscripten can now emit standalone WebAssembly files that run outside the browser, without any
JavaScript to go with them.</p>
<p>This post shows how to build such a file, what it can call and what it cannot do at all.</p>
<h2>What readers said</h2>
<div class="c"><p><a href="/u/bob">Bob Smith</a> wrote:</p>
<p>Thanks, this is exactly what I was looking for in our embedded project at work.</p>
<a href="#r">Reply</a></div>
<div class="c"><p><a href="/u/carol">Carol</a> wrote:</p>
<p>Does this work with WASI preview two yet, or only the first preview of the interface?</p>
<a href="#r">Reply</a></div>
<div class="c"><p><a href="/u/dan">Dan</a> wrote:</p>
<p>I tried it on a Raspberry Pi and the binary was three times smaller than before.</p>
<a href="#r">Reply</a></div>
</main></body></html>
"""


def _authors(text: str) -> list[tuple[str | None, int]]:
    return [(c.author, c.depth) for c in walk(parse(text, "page.txt").comments)]


def test_a_replies_line_in_a_thread_heads_no_comments_of_its_own() -> None:
    assert [a for a, _ in _authors(REPLIES)] == [
        "Bob Smith",
        "Carol Jones",
        "Dan Brown",
        "Eve Adams",
        "Fay Green",
        "Gil White",
    ]


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_comments_above_a_counted_pings_heading_stay_comments(tool: str, width: int) -> None:
    read = [c.author for c in walk(parse(dump(PINGS_PAGE, tool, width), "page.txt").comments)]
    assert read == ["Bob Smith", "Carol Jones", "Dan Brown", "Eve Adams", "Baking Weekly", "Crumb Notes"]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (NAMES, ["Bob Smith", "Del", "Carol Jones", "Guest 42"]),
        (
            NAMES.replace("Bob Smith", "Anh To").replace("Carol Jones", "Kim Dong In"),
            ["Anh To", "Del", "Kim Dong In", "Guest 42"],
        ),
        (NAMES_OVER_DATES, ["Bob Smith", "Par Svensson", "Carol Jones", "Von Miller"]),
    ],
)
def test_names_that_end_like_a_title_or_open_like_a_byline_are_names(text: str, names: list[str]) -> None:
    assert [a for a, _ in _authors(text)] == names


def test_a_byline_in_small_letters_is_a_byline_and_not_the_title() -> None:
    discussion = parse(SMALL_BYLINE, "page.txt")
    assert (discussion.title, discussion.author) == ("A long walk in the hills", "admin")


def test_a_headline_ending_in_dots_is_no_summary_under_the_site_name() -> None:
    assert parse(DOTS, "page.txt").title == "Sometimes you just have to stop..."


def test_a_quote_followed_by_the_comments_own_text_stays_a_quote() -> None:
    carol = walk(parse(QUOTE_THEN_OWN, "page.txt").comments)[1]
    assert [p.text for p in carol.paragraphs] == [
        "Try a longer proof in the fridge overnight, it always helps my dough."
    ]


def test_a_seed_typed_by_hand_with_a_short_list_is_read_as_typed() -> None:
    discussion = parse(HAND_TYPED, "seed.txt")
    assert (discussion.dialect, discussion.title, discussion.author) == (
        "numbered",
        "Packing list for the ridge walk",
        "Ann Baker",
    )


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_one_thought_on_heads_a_wordpress_pages_one_comment(tool: str, width: int) -> None:
    discussion = parse(dump(ONE_THOUGHT_PAGE, tool, width), "page.txt")
    assert discussion.title == "Oven fixed"
    assert [(c.author, c.paragraphs[0].text[:5]) for c in walk(discussion.comments)] == [
        ("Bob Smith", "Great")
    ]


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_undated_comment_headers_refuse_the_page_not_publish_them_as_its_article(
    tool: str, width: int
) -> None:
    with pytest.raises(SeedError, match="found 3 without a date like 'Bob Smith wrote:'"):
        parse(dump(UNDATED_PAGE, tool, width), "page.txt")


# A second review's cases.

DEK_DIGIT = """\
  • Home
  • Blog
  • About

Oven fixed at last

The village oven broke down twice in 2020.

By Ann Baker, March 1, 2021

Good news: the oven is fixed, and classes start again on Monday at the usual
hour in the village hall.

We will bake rye first, then move on to the sourdough loaves that everybody
asked for last time, and then whatever you like.
"""

FLAT_REPLIES_PAGE = """\
<html><head><title>Bread basics</title></head><body>
<h1>Bread basics</h1><p>Posted on March 1, 2020 by Ann</p>
<p>This is the article about bread and it has quite a few words in it, enough to be prose.</p>
<h2>Comments</h2>
<div class="comment"><p><b>Bob Smith</b> on March 2, 2020 at 10:00 am</p>
<p>This is comment number 0 and it says something about bread baking.</p></div>
<div class="comment"><p><b>Carol Jones</b> on March 3, 2020 at 10:10 am</p>
<p>This is comment number 1 and it says something about bread baking.</p>
<div class="replies"><p>2 replies</p>
<div class="comment"><p><b>Fay Green</b> on March 6, 2020 at 10:40 am</p>
<p>This is comment number 4 and it says something about bread baking.</p></div>
<div class="comment"><p><b>Gil White</b> on March 7, 2020 at 10:50 am</p>
<p>This is comment number 5 and it says something about bread baking.</p></div>
</div></div>
<h3>Leave a Reply</h3></body></html>
"""

MAIL_QUOTES_PAGE = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Oven fixed</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li>
<a href="/about">About</a></li></ul></nav></header>
<main><article><h1>Oven fixed</h1><p>Posted on March 1, 2020 by Ann</p>
<p>Good news: the oven is fixed, and classes start again on Monday at the usual hour in the village
hall.</p>
<p>The discussion on the mailing list was short. Linus Torvalds wrote:</p><blockquote>
<p>This is not how we do things in the kernel, and it never has been, as far as I remember.</p>
</blockquote><p>Greg Kroah-Hartman disagreed, pointing at the stable rules. Later, Kees Cook wrote:
</p><blockquote><p>I think we can find a middle ground here if the patch is split in two parts
first.</p></blockquote><p>Linus Torvalds wrote:</p><blockquote>
<p>Fine, split it, and send it again after the merge window closes next week.</p></blockquote>
<p>Kees Cook wrote:</p><blockquote><p>Will do, thanks for the quick answer on this one.</p>
</blockquote>
<p>We will bake rye first, then move on to the sourdough loaves that everybody asked for last time.
</p>
</article></main></body></html>"""

TWO_ITEM_MENU_PAGE = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Oven fixed</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li></ul></nav></header>
<main><article><h1>Oven fixed</h1><p>Posted on March 1, 2020 by Ann</p>
<p>Good news: the oven is fixed, and classes start again on Monday at the usual hour in the village
hall.</p>

<p>We will bake rye first, then move on to the sourdough loaves that everybody asked for last time.
</p>
</article></main></body></html>"""

BY_HEADLINE_PAGE = """\
<!DOCTYPE html><html><head><meta charset="utf-8"><title>Oven fixed</title></head><body>
<header><nav><ul><li><a href="/">Home</a></li><li><a href="/blog">Blog</a></li><li>
<a href="/about">About</a></li></ul></nav></header>
<main><article><h1>By The Numbers: What Our Readers Baked This Past Year</h1><p>March 1, 2020</p>
<p>Good news: the oven is fixed, and classes start again on Monday at the usual hour in the village
hall.</p>

<p>We will bake rye first, then move on to the sourdough loaves that everybody asked for last time.
</p>
</article></main></body></html>"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (JENNY_DU, ["Bob Smith", "Jenny Du", "Carol Jones", "Sam Lee"]),
        (COLONS, ["Bob Smith", "Dr. Who: The Baker", "Carol Jones", "Mia: baker"]),
        (ONE_THOUGHT_TEXT, ["Bob Smith", "Jenny Smith", "Carol Jones", "Sam Lee"]),
        (COUNT_IN_TEXT, ["Bob Smith", "Carol Jones", "Dan Brown", "Eve Adams"]),
    ],
)
def test_names_and_lines_of_text_that_look_like_labels_or_headings_stay_comments(
    text: str, names: list[str]
) -> None:
    # "Du" ends a surname, not a title; a colon in a name is no label's; "One thought: …" and "1
    # comment on the recipe: …" in a comment are its text, not a comments heading.
    assert [a for a, _ in _authors(text)] == names


def test_a_summary_ending_in_a_year_is_no_headline() -> None:
    discussion = parse(DEK_DIGIT, "page.txt")
    assert (discussion.title, discussion.author) == ("Oven fixed at last", "Ann Baker")


@pytest.mark.parametrize(
    ("page", "title"),
    [
        (MAIL_QUOTES_PAGE, "Oven fixed"),
        (TWO_ITEM_MENU_PAGE, "Oven fixed"),
        (BY_HEADLINE_PAGE, "By The Numbers: What Our Readers Baked This Past Year"),
    ],
)
def test_pages_without_comments_are_read_as_their_article(page: str, title: str) -> None:
    # Mail quoted in an article ("Linus Torvalds wrote:" over a quote) is no undated comment; a
    # menu of two items marks a page dump; a headline opening with "By" is no byline.
    for tool in ("w3m", "lynx"):
        discussion = parse(dump(page, tool, 80), "page.txt")
        assert (discussion.title, discussion.comments) == (title, ())


def test_a_thread_shown_flat_keeps_the_comments_above_its_replies_count() -> None:
    # w3m shows no CSS nesting: "2 replies" stands at the comments' column; it counts the two
    # comments under it, and is still no comments heading.
    names = [c.author for c in walk(parse(dump(FLAT_REPLIES_PAGE, "w3m", 80), "page.txt").comments)]
    assert names == ["Bob Smith", "Carol Jones", "Fay Green", "Gil White"]


# A third review's cases.

LIKE_COUNT = """\
My Little Blog

Baking bread at home

I have been baking bread at home for a few years now and here is what I learned about
flour, water and patience over all those loaves.

Bob Smith says:
March 2, 2020 at 10:00 am

Great post, I tried it and the loaf came out fine on the first try.

Like (2)

Reply

Carol Jones says:
March 3, 2020 at 11:00 am

Thanks for sharing, I will try a longer proof next time around.

Reply

Dave Brown says:
March 4, 2020 at 12:00 pm

Nice write-up, the crumb in the photo looks perfect to me.

Reply
"""

UNQUOTED_RESPONSES = """\
My Little Blog

Baking bread at home

I have been baking bread at home for a few years now and here is what I learned about
flour, water and patience over all those loaves.

Related posts

Sourdough starter basics
March 1, 2019

Ten loaves in ten days
April 2, 2019

Why my rye failed
May 3, 2019

2 Responses to Baking bread at home

Bob Smith
March 2, 2020 at 10:00 am

Great post, I tried it and the loaf came out fine on the first try.

Carol Jones
March 3, 2020 at 11:00 am

Thanks for sharing, I will try a longer proof next time around.

Leave a Reply
"""

ONE_RESPONSE_UNQUOTED = """\
My Little Blog

Baking bread at home

Posted on March 1, 2020 by admin

I have been baking bread at home for a few years now and here is what I learned about
flour, water and patience over all those loaves.

One Response to Baking bread at home

Bob Smith
March 2, 2020 at 10:00 am

Great post, I tried it and the loaf came out fine on the first try.

Leave a Reply
"""

AUTHOR_LABEL = """\
Daily Gazette

Floods hit the coast again

Author: Jane Doe


Heavy rain caused floods along the coast on Sunday, officials said, and thousands of
people were moved from their homes as rivers rose overnight.

3 Comments

Bob Smith
March 2, 2020 at 10:00 am

Terrible news, I hope everyone is safe down there this week.

Carol Jones
March 3, 2020 at 11:00 am

My cousin lives there and says the water is already going down.

Dave Brown
March 4, 2020 at 12:00 pm

The council should have built the new walls years ago.
"""

SITE_OVER_SENTENCE = """\
Jo's Blog

We finally finished the kitchen last week.

Posted on March 1, 2020 by jo

It took nine months, three builders and far more money than we had planned for, but the
kitchen is done and we cooked our first dinner in it on Friday night.

3 Comments

Bob Smith
March 2, 2020 at 10:00 am

Congratulations, it looks wonderful in the photos you posted.

Carol Jones
March 3, 2020 at 11:00 am

Nine months! I would have given up after three of them.

Dave Brown
March 4, 2020 at 12:00 pm

Enjoy it, you both earned it after all that dust.
"""

TAGLINE_PAGE = """\
<html><head><title>Baking bread at home | My Little Blog</title></head><body>
<header><h1>My Little Blog</h1><p>Thoughts on baking, travel and life in a small seaside town</p>
<nav><ul><li><a href="/">Home</a></li><li><a href="/about">About</a></li><li>
<a href="/recipes">Recipes</a></li><li><a href="/contact">Contact</a></li></ul></nav></header>
<main><article><h2>Baking bread at home</h2><p>Posted on March 1, 2020 by admin</p>
<p>I have been baking bread at home for a few years now and here is what I learned about flour,
water and patience over all those loaves.</p>
<ul><li>Flour: strong white, the best you can find</li><li>Water: lukewarm, never hot</li>
<li>Salt: two teaspoons</li></ul>
<p>That is all there is to it, really, apart from the patience you will need for the proof.</p>
</article></main>
<footer><p>Powered by WordPress</p></footer></body></html>
"""

YEAR_IN_TEXT_PAGE = """\
<html><head><title>Baking bread</title></head><body><article class="post"><h1>Baking bread at home
</h1><p>I have been baking bread at home for a few years now and here is what I learned about flour
and water.</p></article>
<section id="comments"><h2>3 Comments</h2><div><span class="author">Bob Smith</span>
<time datetime="2020-03-02">March 2, 2020</time><div>
<p>Great post, I tried it and the loaf came out fine on the first try of it.</p></div></div><div>
<span class="author">Carol Jones</span> <time datetime="2020-03-03">March 3, 2020</time><div>
<p>Same thing happened to me in 2019.</p></div></div><div><span class="author">Dave Brown</span>
<time datetime="2020-03-04">March 4, 2020</time><div>
<p>Nice write-up, the crumb in the photo looks perfect to me, well done.</p></div></div></section>
</body></html>"""


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (LIKE_COUNT, ["Bob Smith", "Carol Jones", "Dave Brown"]),
        (UNQUOTED_RESPONSES, ["Bob Smith", "Carol Jones"]),
        (ONE_RESPONSE_UNQUOTED, ["Bob Smith"]),
    ],
)
def test_counted_headings_as_themes_print_them_and_no_others(text: str, names: list[str]) -> None:
    # "Like (2)" under a comment heads nothing; "2 Responses to Baking bread at home" and "One
    # Response to Baking bread at home" (Twenty Ten: the title without quotes) head the comments.
    assert [a for a, _ in _authors(text)] == names


def test_a_labelled_byline_and_a_site_name_over_a_sentence() -> None:
    labelled = parse(AUTHOR_LABEL, "page.txt")
    assert (labelled.title, labelled.author) == ("Floods hit the coast again", "Jane Doe")
    assert parse(SITE_OVER_SENTENCE, "page.txt").title == "We finally finished the kitchen last week."


def test_a_menu_under_a_tagline_still_marks_a_page_dump() -> None:
    discussion = parse(dump(TAGLINE_PAGE, "w3m", 80), "page.txt")
    assert (discussion.dialect, discussion.title, discussion.author) == (
        "threaded",
        "Baking bread at home",
        "admin",
    )


def test_a_year_in_a_comments_text_makes_no_reply_of_its_box() -> None:
    discussion = html.parse(YEAR_IN_TEXT_PAGE, "page.html")
    assert [(c.author, c.depth) for c in walk(discussion.comments)] == [
        ("Bob Smith", 0),
        ("Carol Jones", 0),
        ("Dave Brown", 0),
    ]


_MENU = (
    "<ul><li><a href='/'>Home</a></li><li><a href='/garden'>Garden</a></li>"
    "<li><a href='/about'>About</a></li></ul>"
)
_STEPS = (
    "<ol><li>Pick a clear glass jar with a wide mouth and a lid that closes well."
    "<ul><li>A mason jar works</li><li>So does an old cookie jar</li></ul></li>"
    "<li>Lay down an inch of gravel, then a thin layer of charcoal to keep it fresh.</li>"
    "<li>Add potting soil and the plants, the tallest at the back of the jar.</li></ol>"
)


@pytest.mark.parametrize("menu", [_MENU, ""], ids=["menu", "no-menu"])
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_a_page_with_nested_lists_and_no_comments_is_its_article(tool: str, width: int, menu: str) -> None:
    # eHow's steps, a nested list among them: w3m draws the inner items with '□', which a seed
    # typed by hand never shows. Before, the numbered reading of the steps was refused ("replies
    # marked '□' and no dates"); it is a page's dump (its menu says so), read as its article.
    # Without a menu (a blog's post and its archive widget, "▼ 2016 (1)" over "□ ▼ May (1)"),
    # w3m's '□' says so alone.
    page = (
        f"<html><body>{menu}<h1>How to Build a Terrarium</h1><p>By Lucy Akins</p>"
        "<p>A terrarium is a small garden under glass that looks after itself for months at a time "
        "once it is set up, and it takes an afternoon to build one.</p>"
        f"{_STEPS}<p>Water it lightly once a month, and keep it out of direct sun.</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "terrarium.txt")
    assert (discussion.title, discussion.author, discussion.comments) == (
        "How to Build a Terrarium",
        "Lucy Akins",
        (),
    )
    article = " ".join(" ".join(p.text.split()) for p in discussion.article)
    assert "Lay down an inch of gravel" in article and "So does an old cookie jar" in article


_KINJA = [
    (
        "jnovo22",
        "",
        "3/09/15 8:12am",
        "This is one of my hardest habits to break, I have been at it for years.",
    ),
    (
        "Patrick Allan",
        "jnovo22",
        "3/09/15 8:14am",
        "I do the cash-only thing too, with a limit for the weekend.",
    ),
    (
        "cheapskate",
        "",
        "3/09/15 9:02am",
        "A list on the fridge of what we need keeps me honest at the store.",
    ),
]


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_comments_in_an_unknown_layout_under_reply_links_are_refused(tool: str, width: int) -> None:
    # Kinja's discussions: the name glued to the name replied to, a date with a two-digit year
    # shown twice, the likes glued to "Reply" ("924Reply"). No header is read; as a page its
    # comments were published as the article's text (a wrong thread without a word).
    items = "".join(
        f"<div class='reply'><p>{name}</p><p>{name}<span>{to}</span></p><p>{when} {when}</p>"
        f"<p>{text}</p><p>{n * 7}Reply</p></div>"
        for n, (name, to, when, text) in enumerate(_KINJA, 1)
    )
    page = (
        f"<html><body>{_MENU}<h1>Stop Buying Things You Do Not Need</h1><p>By Patrick Allan</p>"
        "<p>Impulse purchases add up faster than you think, and a few habits keep them in check for "
        "good, starting with a list and a day of waiting.</p>"
        f"<p>View discussion</p>{items}</body></html>"
    )
    with pytest.raises(SeedError, match=r"expected comment headers \(a name and a date\) over the comments"):
        parse(dump(page, tool, width), "kinja.txt")


_CLOSED = [
    (
        "Kristine",
        "3/09/15 8:12am",
        "For what it's worth, the ear only appeared when I scored at a shallower angle.",
    ),
    (
        "Colin",
        "3/10/15 9:01am",
        "Not sure I follow. I forgot it in the fridge for 30 hours and it was still fine.",
    ),
    ("Zoe", "3/11/15 7:40pm", "The loaf browned too fast until I moved the pot one shelf lower in the oven."),
]


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80)])
def test_comments_with_dates_the_reader_does_not_know_are_not_published_as_the_article(
    tool: str, width: int
) -> None:
    # A review's case: a theme's "Name says:" items with dates of two-digit years, a reply in a
    # nested list, comments closed (no "Reply", no heading). The numbered reading is refused (its
    # replies are bullets, "□" here); read as the page, the comments would be the article's
    # paragraphs. Their undated "says:" headers refuse it.
    (first, reply, last) = (f"<p>{name} says:</p><p>{when}</p><p>{text}</p>" for name, when, text in _CLOSED)
    items = f"<li>{first}<ul class='children'><li>{reply}</li></ul></li><li>{last}</li>"
    page = (
        f"<html><body>{_MENU}<h1>No-Knead Sourdough for Busy Weeks</h1>"
        "<p>Most sourdough recipes assume you can be home every forty minutes to stretch and fold the "
        "dough. I cannot, so this one is built around a long cold bulk in the fridge.</p>"
        f"<ol class='commentlist'>{items}</ol><p>Comments on this entry are now closed.</p></body></html>"
    )
    with pytest.raises(SeedError, match="found 3 without a date like"):
        parse(dump(page, tool, width), "closed.txt")


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_flat_name_on_date_comments_without_reply_links_are_read(tool: str, width: int) -> None:
    # A review's case: "Mary Smith on March 3, 2012" over each comment, an unknown heading
    # ("Reader comments"), no "Reply": a name and a date on one line is a comment header's own
    # shape, read as before (only lines over a date, or dates alone, need more to be comments).
    said = [
        (
            "Mary Smith",
            "March 3, 2012",
            "About time. I ride to work every day and Main Street is the worst part.",
        ),
        ("Dave Jones", "March 3, 2012", "Forty parking spaces is a lot for the shops at the north end."),
        ("Ann Lee", "March 4, 2012", "The lanes on Elm Street worked well, I see no reason these would not."),
    ]
    comments = "".join(
        f"<div class='comment'><p class='meta'>{name} on {when}</p><p>{text}</p></div>"
        for name, when, text in said
    )
    page = (
        f"<html><body>{_MENU}<h1>City approves new bike lanes on Main Street</h1>"
        "<p>By Jane Doe, March 2, 2012</p><p>The city council voted on Thursday to build protected bike "
        "lanes along the length of Main Street, removing about forty parking spaces in the process.</p>"
        f"<h3>Reader comments</h3>{comments}<p>© 2012 The Daily Example</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "flat.txt")
    read = [
        (c.author, c.posted_text, " ".join(p.text for p in c.paragraphs)) for c in walk(discussion.comments)
    ]
    assert [(author, when, " ".join(text.split())) for author, when, text in read] == said


_TABLOID_MENU = "".join(
    f"<li><a href='/{n}'>{story}</a></li>"
    for n, story in enumerate(
        (
            "Drake Assaulted in Dubai Nightclub (VIDEO) Drake Assaulted in Dubai Nightclub",
            "Tom Cruise and Katie Holmes -- No Love Lost ... NOT on Speaking Terms Tom Cruise, Katie Holmes",
            "Karrueche Tran -- I Kicked Oprah's People Out of My House! Karrueche Tran Kicked Them Out",
        )
    )
)


@pytest.mark.parametrize("dated", [False, True], ids=["links", "dated-link"])
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_a_news_byline_and_a_dated_story_in_a_link_list_are_no_comments(
    tool: str, width: int, dated: bool
) -> None:
    # TMZ's page: a menu of stories whose entries wrap (lynx), a line over the search field, the
    # byline "2/26/2015 7:11 AM PST BY TMZ STAFF" right under the headline, and far below in a list
    # of partner links, one story with a date. The byline was read as a comment ("PST BY TMZ
    # STAFF"), the dated story as its reply, and the search field under them as a reply form:
    # a thread of two comments published. The byline is the article's; the dated story, which
    # nothing marks as a comment, is the page's too (with a note): the page is its article.
    stories = ["Jamie Dornan plays golf in London", "Hot Mess"]
    if dated:
        stories.insert(1, "Smutty Social Media Wednesday, March 18, 2015")
    links = "".join(f"<li><a href='/p{n}'>{story}</a></li>" for n, story in enumerate(stories))
    page = (
        f"<html><body><p>TMZ</p>{_MENU}<p>Call TMZ at (888) 847-9869 or Click Here to send a tip</p>"
        "<form><input type='text' size='20'> Search TMZ.com</form>"
        f"<ul>{_TABLOID_MENU}</ul><p>Home</p><h1>Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!</h1>"
        "<p>2/26/2015 7:11 AM PST BY TMZ STAFF</p>"
        "<p>Lupita Nyong'o's now-famous Oscar dress, adorned in pearls, was stolen right out of her "
        "hotel room, TMZ has learned.</p><p>Law enforcement sources tell TMZ the dress was taken out "
        "of her room at The London West Hollywood. It is valued at $150,000.</p>"
        f"<h2>Around The Web</h2><ul>{links}</ul><p>TMZ.com</p>"
        "<form><input type='text' size='20'> Search TMZ.com</form></body></html>"
    )
    text = dump(page, tool, width)
    discussion = parse(text, "tmz.txt")
    if dated:
        assert_read_as_page(text, discussion, [])
    assert (discussion.comments, discussion.author, str(discussion.posted)) == ((), "TMZ STAFF", "2015-02-26")
    article = " ".join(" ".join(p.text.split()) for p in discussion.article)
    assert "was stolen right out of her hotel room" in article


_PARTY = (
    "<p>A graduation party does not need a hall, a caterer or a band, and the guests will remember "
    "the people far longer than the decorations.</p><p>Theme the party by colour, cook the food a "
    "day ahead, and ask a friend with a good camera to take the pictures for everyone.</p>"
)


@pytest.mark.parametrize("count", ["", "3 "], ids=["uncounted", "counted"])
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_comments_a_script_loads_are_not_in_the_page(tool: str, width: int, count: str) -> None:
    # eHow's and Salon's pages: "Comments" over "Please enable JavaScript to view the comments
    # powered by Disqus", as the page was saved. The comments never were in it: the page is its
    # article, the heading and the note left out with their reason. A heading that counts
    # comments ("3 Comments") says there were some: refused, as the HTML reader does.
    page = (
        f"<html><body>{_MENU}<h1>How to Throw a Graduation Party on a Budget</h1><p>By Gina Roberts</p>"
        f"{_PARTY}<h2>{count}Comments</h2>"
        "<p>Please enable JavaScript to view the comments powered by Disqus.</p>"
        "<h2>Related Searches</h2><p>Party games</p></body></html>"
    )
    if count:
        with pytest.raises(SeedError, match="expected comments under '3 Comments'"):
            parse(dump(page, tool, width), "party.txt")
        return
    discussion = parse(dump(page, tool, width), "party.txt")
    assert (discussion.title, discussion.author, discussion.comments) == (
        "How to Throw a Graduation Party on a Budget",
        "Gina Roberts",
        (),
    )
    article = " ".join(p.text for p in discussion.article)
    assert "Theme the party by colour" in article
    assert "Disqus" not in article and "Comments" not in article
    left = {item.text: item.reason for item in discussion.chrome}
    note = "Please enable JavaScript to view the comments powered by Disqus."
    assert left[note] == "comments loaded by a script, not in the page"
    assert "Comments" in left


_VERILOG = (
    "<p>I've written a couple of posts in the past few months but they were all for the blog at work, "
    "so I figured I'm long overdue for one on this blog.</p><p>GreenPak devices are kind of like itty "
    "bitty PSoCs: they have a mixed signal fabric with an ADC, DACs and comparators.</p>"
)


@pytest.mark.parametrize(
    ("layout", "tool", "width"),
    # A lynx dump without its link list and with no menu at the top is none a page's: a seed
    # typed by hand, first line its title, reads the same (Blogger's is read with its links).
    [(layout, "w3m", width) for layout in ("blogger", "magazine") for width in (80, 200)]
    + [("magazine", "lynx", 80)],
)
def test_a_date_above_the_title_dates_the_article_under_the_site_name(
    tool: str, width: int, layout: str
) -> None:
    # Blogger's date header stands above the post's title, a picture's alt text under it ("Google
    # Icon"); Salon's date stands under its menu's last entry ("Log out Sign in"), with its zone,
    # over a title that wraps and a summary. The title was the blog's name or the menu's entry,
    # and the date was lost; the title is the post's, the date the article's.
    title = "Open Verilog flow for Silego GreenPak4 programmable logic devices and other small parts"
    if layout == "blogger":
        top = "<h1>Silicon Exposed</h1><h2>Sunday, May 8, 2016</h2>"
        under = "<img src='g.png' alt='Google Icon'>"
        # The blog's archive after the post, in nested lists: w3m draws "□" (a page's dump).
        archive = "<h2>Blog Archive</h2><ul><li>2016 (1)<ul><li>May (1)</li></ul></li><li>2015 (4)</li></ul>"
    else:
        top = f"{_MENU}<ul><li><a href='/out'>Log out</a> <a href='/in'>Sign in</a></li></ul>"
        top += "<p>Sunday, May 8, 2016 11:57 AM UTC</p>"
        under = "<p>Disruptive companies talk a good game about sharing, and the rest of us pay.</p>"
        archive = ""
    page = f"<html><body>{top}<h1>{title}</h1>{under}{_VERILOG}{archive}</body></html>"
    discussion = parse(dump(page, tool, width), "verilog.txt")
    assert (discussion.title, str(discussion.posted), discussion.comments) == (title, "2016-05-08", ())
    assert "GreenPak devices are kind of like" in " ".join(p.text for p in discussion.article)


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80)])
def test_a_wrapped_title_over_a_byline_of_a_name_and_a_date(tool: str, width: int) -> None:
    # WordPress Tavern: breadcrumbs, a title that wraps at 80 columns (lynx centres its next
    # line), "Sarah Gooding March 9, 2017 13" (the name, the date, the comments' count). The
    # byline was not one (no "By"), the title the last line of the wrapped one (or, with a related
    # post's date further down, the category under it).
    title = "Stack Overflow Jobs Data Shows ReactJS Skills in High Demand, WordPress Market Oversaturated"
    page = (
        f"<html><body>{_MENU}<ul><li><a href='/'>Home</a></li><li><a href='/n'>News</a></li></ul>"
        f"<h1 align='center'>{title}</h1><p>Sarah Gooding March 9, 2017 13</p>{_VERILOG}</body></html>"
    )
    discussion = parse(dump(page, tool, width), "tavern.txt")
    assert (discussion.title, str(discussion.posted), discussion.author) == (
        title,
        "2017-03-09",
        "Sarah Gooding",
    )


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80)])
def test_a_news_page_s_numbered_lists_are_no_comments_and_its_byline_names_the_writer(
    tool: str, width: int
) -> None:
    # The Verge's page: a summary under the headline (wrapping at 80 columns), "By Alex Heath, a
    # deputy editor and author of …" (the writer's note after the name), the date on a line of
    # its own, and after the story a numbered "Most Popular" list and the footer's links. The
    # numbered items were read as a seed's comments (24, none with a name or a date, the title
    # the file's name); the byline's last wrapped line ("outlets.") was the title.
    popular = "".join(
        f"<li><a href='/s{n}'>{story}</a></li>"
        for n, story in enumerate(
            (
                "Google confirms it just laid off around a thousand employees",
                "Discord is laying off 17 percent of employees",
                "Google removes 17 features from Google Assistant",
            )
        )
    )
    page = (
        f"<html><body>{_MENU}<h1>Apple’s Vision Pro is the Retina display moment for headsets</h1>"
        "<p>I tried the Vision Pro, and just like the introduction of the iPhone 4 over a decade ago, "
        "there’s no going back from here.</p><p>By Alex Heath, a deputy editor and author of the Command "
        "Line newsletter. He’s covered the tech industry for over a decade at The Information and other "
        "outlets.</p><p>Jun 7, 2023, 8:54 PM UTC|</p>"
        "<p>I still remember using the iPhone 4 for the first time in 2010, when Apple shipped its first "
        "Retina display and nothing looked the same again.</p>"
        f"<h2>Most Popular</h2><ol>{popular}</ol>"
        "<ul><li>Terms of Use</li><li>Privacy Notice</li><li>Cookie Policy</li></ul></body></html>"
    )
    discussion = parse(dump(page, tool, width), "verge.txt")
    assert (discussion.title, discussion.author, str(discussion.posted), discussion.comments) == (
        "Apple’s Vision Pro is the Retina display moment for headsets",
        "Alex Heath",
        "2023-06-07",
        (),
    )
    article = " ".join(" ".join(p.text.split()) for p in discussion.article)
    assert article.endswith("nothing looked the same again.")
    # The "Most Popular" box under the story is none of it: listed, with the footer's links.
    after = [item.text for item in discussion.chrome if item.reason.startswith("after the article")]
    assert any("Google confirms it just laid off" in text for text in after)
    assert any("Cookie Policy" in text for text in after)


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80)])
def test_a_row_of_links_and_a_word_of_date_above_the_title_are_no_text_and_no_byline(
    tool: str, width: int
) -> None:
    # A news site's top: its sections' links run together on a line (eight words and more, most
    # of them capitalised) and "HOY" ("today") over its trending topics. The row was the first
    # paragraph of text (the title looked for above it: none, the page's first line taken), and
    # "HOY", a date of a word, the byline.
    page = (
        f"<html><body>{_MENU}<div>Horóscopo Pronóstico Tránsito Loterías y quinielas Feriados Sudoku "
        "Fúnebres</div><p>HOY</p><p>Reformas del Gobierno</p>"
        "<h1>Content Depth — Write Comprehensively About Your Core Topics</h1>"
        "<p>Search engines reward sites that cover a topic from every side, and the way to get there is "
        "a plan of the questions your readers ask.</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "depth.txt")
    assert (discussion.title, discussion.posted, discussion.comments) == (
        "Content Depth — Write Comprehensively About Your Core Topics",
        None,
        (),
    )


ANONYMOUS_SEED = """\
My basic sourdough loaf

This is the loaf I bake every week. It needs only three things and a lot of patience, and it
keeps for four days in a linen bag.

  • Flour
  • Water
  • Salt

Mix, rest for an hour, fold four times, shape, and leave it in the fridge overnight before
baking it in a hot pot.

  1. How long do you bake it with the lid on, and how long without?

    • Twenty minutes with the lid, then twenty-five without it.

  2. Tried it this weekend and it came out great, thanks for writing it up.

  3. And coffee!
"""


def test_a_seed_typed_by_hand_keeps_its_anonymous_comments_beside_a_short_list() -> None:
    # A review's case: its list of three ingredients looks like a page's menu, and its comments
    # name no one; they say something, as no page's list of headlines does: they stay comments.
    discussion = parse(ANONYMOUS_SEED, "loaf.txt")
    assert [c.paragraphs[0].text for c in walk(discussion.comments)] == [
        "How long do you bake it with the lid on, and how long without?",
        "Twenty minutes with the lid, then twenty-five without it.",
        "Tried it this weekend and it came out great, thanks for writing it up.",
        "And coffee!",
    ]


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
@pytest.mark.parametrize(
    ("line", "author"),
    [
        # A sentence that opens "By Tuesday," names no writer, and keeps its place in the article.
        ("By Tuesday, the protesters had taken over the whole square and the police were gone.", None),
        # A label before the date ("Posted On", "Last Updated") is no name.
        ("Posted On March 9, 2017", None),
        ("Last Updated March 9, 2017", None),
        ("Sarah Gooding March 9, 2017 13", "Sarah Gooding"),
    ],
)
def test_what_a_byline_without_by_names(tool: str, width: int, line: str, author: str | None) -> None:
    page = (
        f"<html><body>{_MENU}<h1>Protesters take the square as talks stall</h1><p>{line}</p>"
        "<p>The talks between the government and the unions broke down on Monday night after eleven "
        "hours, and neither side would say when they might resume.</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "square.txt")
    assert (discussion.title, discussion.author) == ("Protesters take the square as talks stall", author)
    if line.startswith("By Tuesday"):
        assert " ".join(discussion.article[0].text.split()) == line


def test_a_page_s_numbered_list_read_with_many_thread_warnings_is_its_article() -> None:
    # Wikipedia's references in lynx: "^ "Title". Site. Retrieved 2012-08-18" numbered from 10,
    # the last running on into the footer at the margin. Read as a seed's numbered comments: 63
    # comments and 52 warnings that the thread may be wrong, published. A page's dump so read
    # is the page.
    refs = "".join(
        f"<li><a href='#r{n}'>^</a> \"Mozilla release notes number {n}\". Mozilla. Retrieved 2012-08-18.</li>"
        for n in range(1, 31)
    )
    footer = "".join(f"<p>Footer line {n} of the wiki, about licences and privacy.</p>" for n in range(12))
    page = (
        f"<html><head><link rel='alternate' title='Edit this page' href='/e'></head><body>{_MENU}"
        "<h1>Mozilla</h1><p>Mozilla is a free-software community, created in 1998 by members of Netscape, "
        f"that builds the Firefox web browser.</p><h2>References</h2><ol start='10'>{refs}</ol>"
        f"<div>{footer}</div></body></html>"
    )
    discussion = parse(dump(page, "lynx", 80), "mozilla.txt")
    assert discussion.comments == ()
    assert discussion.dialect == "threaded"


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80)])
def test_a_byline_word_alone_over_the_name_and_junk_above_the_title_are_no_title(
    tool: str, width: int
) -> None:
    # CNET en español: "por" on a line of its own, the name in a list under it, the date below:
    # "por" was the title. A tracking pixel's text ("<div style=…><img …>") and a rule ("━━━")
    # above the headline are no title either.
    page = (
        f'<html><body>{_MENU}<noscript>&lt;div style="position:absolute;"&gt;&lt;img width=1 src="http'
        '://b.example/b?P=abc%2fN%3dkDR%2fC%3d30"&gt;</noscript><hr>'
        "<h1>Twitter Lite se estrena en 11 países de América Latina</h1>"
        "<p>La aplicación de Twitter que minimiza el uso de datos llega a México y Venezuela.</p>"
        "<div style='margin-left:2em'>por</div><ul><li>César Salza</li></ul>"
        "<p>1 de diciembre de 2017 3:00 AM PST</p>"
        "<p>Twitter Lite, la versión ligera de la aplicación, ya se puede descargar en once países de la "
        "región, y ocupa menos de un megabyte en el teléfono.</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "cnet.txt")
    assert (discussion.title, discussion.author, str(discussion.posted)) == (
        "Twitter Lite se estrena en 11 países de América Latina",
        "César Salza",
        "2017-12-01",
    )


_LOAF_STEPS = [
    "Mix the flour and the water and leave them to rest for an hour.",
    "Add the starter and the salt, and squeeze them through the dough.",
    "Fold the dough four times, half an hour apart.",
    "Shape the loaf and leave it in the fridge overnight.",
    "Bake it in a hot pot, twenty minutes with the lid and twenty-five without.",
]
_ASKED = [
    "Is this the end of the smartphone as we know it?",
    "Discord is laying off 17 percent of its employees",
    "What the new MacBook Air gets right, and what it gets wrong?",
    "Google removes 17 features from its “Assistant”",
]


@pytest.mark.parametrize("items", [_LOAF_STEPS, _ASKED], ids=["steps", "questions"])
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_page_s_numbered_list_of_sentences_is_no_comments(tool: str, width: int, items: list[str]) -> None:
    # A second review's cases: a how-to's steps in full sentences, a "Most Popular" list of
    # headlines ending in "?" and "”": numbered items naming no one under a page that opens with
    # its menu are the page's list, not anonymous comments (a seed typed by hand opens with its
    # title and text).
    listed = "".join(f"<li>{item}</li>" for item in items)
    page = (
        f"<html><body>{_MENU}<h1>How to bake a basic sourdough loaf</h1><p>This is the loaf I bake "
        "every week. It needs only three things and a lot of patience, and it keeps for four days in "
        f"a linen bag.</p><ol>{listed}</ol><p>That is all there is to it. Enjoy the bread!</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "loaf.txt")
    assert (discussion.title, discussion.comments) == ("How to bake a basic sourdough loaf", ())
    article = " ".join(" ".join(p.text.split()) for p in discussion.article)
    assert all(item in article for item in items)


CASUAL_SEED = ANONYMOUS_SEED.replace(
    "How long do you bake it with the lid on, and how long without?", "Lovely recipe, baked it twice already"
).replace("And coffee!", "Thanks for writing it up")


def test_a_seed_s_casual_anonymous_comments_stay_comments() -> None:
    # Comments typed by hand without a full stop, after the seed's title, text and list.
    discussion = parse(CASUAL_SEED, "loaf.txt")
    assert [c.paragraphs[0].text for c in walk(discussion.comments)][::3] == [
        "Lovely recipe, baked it twice already",
        "Thanks for writing it up",
    ]


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
@pytest.mark.parametrize(
    ("title", "byline", "date"),
    [
        # A title with one " | " or " / " wraps like any other; a breadcrumb trail has more.
        (
            "Opinion | The council should keep the old swimming baths open, and here is why",
            "By Jo Martin",
            None,
        ),
        (
            "Mac / PC: which laptop should a student buy this year, and which one will last",
            "By Jo Martin",
            None,
        ),
        ("When to use <section> instead of <div> in a page", "By Jo Martin", None),
        # A byline's date with its preposition ("le 9 mars 2017") is a date alone on its line.
        ("Planter des tomates au printemps froid", "Par Jo Martin</p><p>le 9 mars 2017", "2017-03-09"),
    ],
)
def test_titles_and_dates_the_first_review_s_fixes_must_keep(
    tool: str, width: int, title: str, byline: str, date: str | None
) -> None:
    page = (
        f"<html><body>{_MENU}<h1>{title.replace('<', '&lt;')}</h1><p>{byline}</p><p>The frost came back "
        "twice this April, so the tomatoes went out three weeks later than usual this year.</p></body></html>"
    )
    discussion = parse(dump(page, tool, width), "page.txt")
    assert (discussion.title, discussion.author, str(discussion.posted) if date else None) == (
        title,
        "Jo Martin",
        date,
    )
