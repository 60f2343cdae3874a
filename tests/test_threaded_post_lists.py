"""Lists of dated posts on a comment page: "More articles", "Recent articles", a title over its date.

Mozilla's blogs (and many themes) list other posts under the article, each a title over its
date, then the comments under "2 comments on “…”", each "Name wrote on DATE:". A title over a
date is the shape of a comment header too: the ten posts were read as the comments, and the two
real comments, of another shape than most "headers", were dropped as text after them. The
heading's count settles it: the comments are the headers under the counted heading that meet its
count. The page follows the markup of such a blog; the truth is its own.
"""

from __future__ import annotations

import html as htmlmod
import itertools

import pytest

from generator.errors import SeedError
from generator.model import walk
from generator.read import html
from generator.read.dialects import parse
from tests.seedkit import assert_read_as_page
from tests.threadpages.dumpers import dump

POSTS = [(f"These Weeks in Firefox: Issue {n}", f"December {n - 90}, 2021") for n in range(106, 101, -1)]
COMMENTS = [
    (
        "Alan Goodale",
        "December 24, 2020 at 3:53 am",
        "2020-12-24T03:53",
        "Are there plans to provide collections?",
    ),
    (
        "John Doe",
        "February 9, 2021 at 10:16 pm",
        "2021-02-09T22:16",
        "Thank you for fixing that bug at last!",
    ),
]


def _posts(heading: str) -> str:
    items = "".join(
        f'<li><h3><a href="/{n}">{htmlmod.escape(title)}</a></h3><p><time>{date}</time></p></li>'
        for n, (title, date) in enumerate(POSTS)
    )
    return f"<section><h2>{heading}</h2><ul>{items}</ul></section>"


PAGE = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>These Weeks in Firefox: Issue 85</title></head>
<body><header><a href="/">Firefox Nightly News</a></header>
<main><article><h1>These Weeks in Firefox: Issue 85</h1>
<p>Highlights of the last two weeks, with thanks to everyone who sent a patch or a bug report.</p>
<p>The new tab page now loads faster, and the profiler can show memory use over time.</p>
</article>
{_posts("More articles in “News”")}
{_posts("Recent articles")}
<section class="comments"><h2>2 comments on “These Weeks in Firefox: Issue 85”</h2>
<ol>{
    "".join(
        f"<li><p><cite>{name}</cite> wrote on {shown}:</p><blockquote><p>{text}</p></blockquote>"
        '<a href="#reply">Reply</a></li>'
        for name, shown, _, text in COMMENTS
    )
}</ol></section></main></body></html>
"""


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_the_comments_are_the_two_under_the_counted_heading_not_the_posts(tool: str, width: int) -> None:
    discussion = parse(dump(PAGE, tool, width), "page.txt")
    read = [(c.author, c.posted, c.paragraphs[0].text) for c in walk(discussion.comments)]
    assert read == [(name, iso, text) for name, _, iso, text in COMMENTS]
    assert discussion.title == "These Weeks in Firefox: Issue 85"
    assert not [w for w in discussion.warnings if "heading counts" in w.message]


def test_a_counted_heading_met_by_every_header_leaves_them_and_their_want_of_text_refuses_them() -> None:
    # "12 comments": the ten posts and the two comments meet the count as well as anything, so
    # the count does not tell the comments from the posts; the ten "comments" without a word of
    # text under them do: such a reading is refused, not published.
    page = PAGE.replace("2 comments on", "12 comments on")
    with pytest.raises(SeedError, match="found 10 of 12 comments without any"):
        parse(dump(page, "w3m", 80), "page.txt")


EPOCH_COMMENTS = [
    (
        "Sallie Goetsch",
        "March 10, 2017 at 12:20 AM",
        "2017-03-10T00:20",
        "If there were no demand, I would not be busy.",
    ),
    (
        "Rarst",
        "March 10, 2017 at 1:26 AM",
        "2017-03-10T01:26",
        "Many who call themselves developers build sites.",
    ),
    (
        "Ammon",
        "March 11, 2017 at 8:41 PM",
        "2017-03-11T20:41",
        "Installation and light tweaks are not development.",
    ),
]

# The Epoch comments plugin's markup (as on a WordPress news site): "There are 3 comments", each
# comment an avatar whose image has no text (w3m draws "[]"), "Name · DATE", the text, "Reply";
# above them the "Related" posts, each a title, its date and its category.
EPOCH = f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>Developers in demand</title></head>
<body><main><article><h1>Developers in demand</h1>
<p>Sarah Gooding March 9, 2017</p>
<p>A survey of job offers shows which skills employers ask for most, and which are plentiful.</p>
</article>
<section class="related"><h3>Related</h3>{
    "".join(
        f'<div class="related-post"><h4><a href="/{n}">A post about surveys, part {n}</a></h4>'
        f"<p>July {n + 10}, 2016</p><p>In &quot;News&quot;</p></div>"
        for n in range(1, 4)
    )
}</section>
<section id="comments"><h3>There are {len(EPOCH_COMMENTS)} comments</h3>{
    "".join(
        f'<div class="epoch-comment"><a class="epoch-author-avatar" href="/u"><img alt="" src=""></a>'
        f'<h4><a class="epoch-author-link" href="/u">{name}</a> · <time>{shown}</time></h4>'
        f'<div class="epoch-comment-content"><p>{text}</p></div>'
        '<ul><li><a href="#r">Reply</a></li></ul></div>'
        for name, shown, _, text in EPOCH_COMMENTS
    )
}</section></main></body></html>
"""


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_there_are_n_comments_heads_them_and_an_empty_avatar_ends_nothing(tool: str, width: int) -> None:
    # "There are 3 comments" is the comments' heading (the related posts above are no comments),
    # and w3m's "[]" for an avatar without a text is no form field closing the comments.
    text = dump(EPOCH, tool, width)
    assert tool == "lynx" or "[]" in text
    discussion = parse(text, "page.txt")
    read = [(c.author, c.posted, c.paragraphs[0].text) for c in walk(discussion.comments)]
    assert read == [(name, iso, text) for name, _, iso, text in EPOCH_COMMENTS]


def _epoch_comment(
    number: int, name: str, linked: bool, iso: str, shown: str, text: str, children: str
) -> str:
    """One comment as the Epoch plugin writes it: the author box (avatar, name, "·", the dated
    permalink), the text with a "Report" link glued to its end, the actions, then the replies in
    a ``div.epoch-child``."""
    named = f'<a href="https://example.org/{number}" class="epoch-author-link">{name}</a>' if linked else name
    replies = f'<div class="epoch-child child-of-{number} level-1 ">{children}</div>' if children else ""
    return (
        f'<div id="comment-{number}" data-comment-id="{number}">'
        f'<article id="div-comment-{number}" class="epoch-comment-body epoch-single-comment">'
        '<footer class="epoch-comment-meta"><div class="epoch-comment-author">'
        '<div class="epoch-comment-author-avatar"><img alt="" src="https://example.org/a.png"></div>'
        f'{named} <span class="epoch-divide">·</span> <a href="#comment-{number}" class="epoch-comment-link">'
        f'<time datetime="{iso}">{shown}</time></a></div></footer>'
        f'<div class="epoch-comment-content"><p>{text}<span class="pmcc-comments-report-link">'
        '<a href="javascript:void(0);">Report</a></span></p></div>'
        '<ul class="epoch-comment-actions"><li class="epoch-reply">'
        '<a class="comment-reply-link" href="#r">Reply</a>'
        f"</li></ul></article>{replies}</div>"
    )


EPOCH_THREAD = [
    (11, "Rarst", True, "2017-03-10T01:26:00+00:00", "Many who call themselves developers build sites.", 0),
    (
        12,
        "Ammon",
        False,
        "2017-03-11T20:41:00+00:00",
        "Installation and light tweaks are not development.",
        1,
    ),
    (
        13,
        "djsteveb",
        True,
        "2017-03-10T03:19:00+00:00",
        "Tons of WordPress developers, and few BuddyPress ones.",
        0,
    ),
    (14, "Rick Rottman", True, "2017-03-10T14:18:00+00:00", "I hire developers for a living; it is hard.", 0),
    (15, "Slava", True, "2017-03-10T04:51:00+00:00", "I am one of the BuddyPress developers, and busy.", 0),
]


def _there(count: int) -> str:
    return f"There is {count} comment" if count == 1 else f"There are {count} comments"


def _epoch_page(thread: list[tuple[int, str, bool, str, str, int]]) -> str:
    """A post and its comments in Epoch's markup, after the plugin's hidden "loading" spinner."""
    html_comments = ""
    for index, (number, name, linked, iso, text, depth) in enumerate(thread):
        if depth:
            continue
        # Its replies: the comments one level down right after it.
        replies = list(itertools.takewhile(lambda entry: entry[5] == 1, thread[index + 1 :]))
        nested = "".join(
            _epoch_comment(n, who, link, when, when, words, "") for n, who, link, when, words, _ in replies
        )
        html_comments += _epoch_comment(number, name, linked, iso, iso, text, nested)
    return (
        "<html><head><title>Developers in demand</title></head><body><h1>Developers in demand</h1>"
        "<div class='entry-content'><p>A survey of job offers shows which skills employers ask for.</p></div>"
        f'<div id="epoch-wrap" class="comments-area epoch-wrapper"><h3>{_there(len(thread))}</h3>'
        '<div id="epoch-comments"><div id="epoch-loading" style="display: none;" aria-hidden="true">'
        f'<div class="dot1"></div><div class="dot2"></div></div>{html_comments}</div></div></body></html>'
    )


def test_a_saved_epoch_thread_has_its_comments_only_their_names_and_no_report_links() -> None:
    # The plugin's hidden "loading" spinner (two empty <div>s) before the comments is no comment;
    # a name with the date in its box is the name alone (a linked name or a bare one); the
    # "Report" link glued to the text is no text.
    discussion = html.parse(_epoch_page(EPOCH_THREAD), "epoch.html")
    read = [(c.author, c.depth, c.posted, [p.text for p in c.paragraphs]) for c in walk(discussion.comments)]
    assert read == [(name, depth, iso, [text]) for _, name, _, iso, text, depth in EPOCH_THREAD]


def test_a_small_epoch_thread_is_read_and_one_the_detector_cannot_tell_is_refused() -> None:
    # Two comments and a reply, in boxes of no class of their own, each with a name and a date:
    # a thread. One comment alone is no group of blocks to tell a thread by; the heading says
    # "There is 1 comment": published without it, the page would say it had none.
    discussion = html.parse(_epoch_page(EPOCH_THREAD[:3]), "epoch.html")
    assert [c.author for c in walk(discussion.comments)] == ["Rarst", "Ammon", "djsteveb"]
    with pytest.raises(SeedError, match="expected 1 comment, as the heading 'There is 1 comment' says"):
        html.parse(_epoch_page(EPOCH_THREAD[3:4]), "epoch.html")


LATEST = [
    ("Harvard University", "21 Nov 2017, 11:26pm", "A university reviews how it admits students."),
    ("Weinstein", "21 Nov 2017, 11:14pm", "The film producer faces more claims in court."),
    ("Jack Maynard", "21 Nov 2017, 9:58pm", "A video blogger leaves a television show early."),
    ("Simon Stevens", "21 Nov 2017, 9:29pm", "The health service chief asks for more money."),
]


_NEWS_MENU = "<ul class='nav'><li><a href='/news'>News</a></li><li><a href='/world'>World</a></li></ul>"
_ZIMBABWE = (
    "The president and his wife insist he finishes his term, as a priest steps in to mediate "
    "between him and the army, which has held him at home since Wednesday."
)


def _news_latest(menu: str) -> str:
    items = "".join(
        f"<li><a href='/{n}'><img alt='{name}' src='{n}.jpg'></a><br>{name}<br>"
        f"<time>{when}</time><p>{summary}</p></li>"
        for n, (name, when, summary) in enumerate(LATEST)
    )
    return (
        f"<html><body>{menu}<h1>Zimbabwe coup: the president insists he finishes his term</h1>"
        f"<p>{_ZIMBABWE}</p><h2>News latest</h2><ol>{items}</ol></body></html>"
    )


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_a_news_pages_list_of_stories_is_its_text_not_comments(tool: str, width: int) -> None:
    # "News latest": each story's picture caption (a name, often), its time, its summary. Only
    # that: no comments heading, no "Reply", no "says:". As comments it would be a wrong thread;
    # the page (a menu over it, lynx's link list under it) is its article, its headline the title.
    text = dump(_news_latest(_NEWS_MENU), tool, width)
    discussion = parse(text, "page.txt")
    assert_read_as_page(text, discussion, [_ZIMBABWE, *(summary for _, _, summary in LATEST)])
    assert discussion.title == "Zimbabwe coup: the president insists he finishes his term"
    assert discussion.posted is None  # the stories' dates are theirs


def test_dated_lines_that_nothing_marks_as_comments_in_no_pages_dump_are_refused() -> None:
    # The same page dumped by w3m with no menu: nothing tells it from a text typed by hand (a
    # diary, a README's dated changes), which is refused rather than published as a page.
    with pytest.raises(SeedError, match="found 4 dated lines and nothing else of comments"):
        parse(dump(_news_latest(""), "w3m", 80), "page.txt")


RECOMMENDED = [
    ("Remembering Pittsburgh's Most Mesmerizing Sign", "Mark Byrnes", "Jul 17, 2014"),
    ("Navigator: Ode To The Dead Mall", "Tanvi Misra", "Mar 9, 2018"),
    ("The Twists and Turns of Making a Neon Sign", "Linda Poon", "Aug 23, 2017"),
]


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80), ("lynx", 200)])
def test_a_recommended_box_in_an_article_is_its_text_not_comments(tool: str, width: int) -> None:
    # CityLab's "Recommended" box in the middle of a story: a picture, a title, its author in a
    # list of one, a date. The dates alone read as three anonymous comments, the last of them
    # swallowing the rest of the story: a wrong thread. Nothing marks them as comments (no
    # heading, no "Reply", none nested, no reply form after them): the page is its article,
    # titled by its headline, not by a story of the box over its date.
    items = "".join(
        f"<li><a href='/{n}'><img alt='[144x144]' src='{n}.jpg'></a><h3><a href='/{n}'>{title}</a></h3>"
        f"<ol><li>{author}</li></ol><time>{when}</time></li>"
        for n, (title, author, when) in enumerate(RECOMMENDED)
    )
    page = (
        "<html><body><h1>How Neon Lights Became a Symbol of the City at Night</h1>"
        "<p>When neon lights debuted in Europe, they seemed dazzlingly futuristic. But their husky "
        "physicality started becoming obsolete by the 1960s, thanks in part to the use of plastic.</p>"
        f"<h2>Recommended</h2><ul>{items}</ul>"
        "<p>Amid this artistic groundswell, Georges Claude premiered his neon lights at the Paris Motor "
        "Show in December 1910, captivating visitors with forty-foot-tall tubes on the building.</p>"
        "<p>Of course, the very quality that made neon fixtures a poor choice for interior lighting "
        "made them perfect for signs that had to be seen from far away at night.</p></body></html>"
    )
    text = dump(page, tool, width)
    discussion = parse(text, "page.txt")
    assert_read_as_page(text, discussion, [title for title, _, _ in RECOMMENDED])
    assert discussion.title == "How Neon Lights Became a Symbol of the City at Night"
    assert discussion.posted is None  # the stories' dates are theirs


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_pages_numbered_steps_and_a_recommended_list_are_no_numbered_comments(
    tool: str, width: int
) -> None:
    # A review's case: the dated lines of a "Recommended" <ol> sit inside numbered items, as a
    # numbered seed's quoted lines would; but a page's dump (a menu) has no seed's comments.
    items = "".join(
        f"<li><h3><a href='/{n}'>{title}</a></h3><p>{author}</p><time>{when}</time></li>"
        for n, (title, author, when) in enumerate(RECOMMENDED)
    )
    page = (
        "<html><body><ul class='menu'><li><a href='/'>Home</a></li><li><a href='/cities'>Cities</a></li>"
        "<li><a href='/design'>Design</a></li></ul>"
        "<h1>How Neon Lights Became a Symbol of the City at Night</h1>"
        "<p>When neon lights debuted in Europe, they seemed dazzlingly futuristic, then they were not.</p>"
        "<p>Restoring an old sign takes three steps:</p>"
        "<ol><li>Take the tubes down and label every one.</li>"
        "<li>Clean and re-coat the glass where it has flaked.</li><li>Refill each tube and test it.</li></ol>"
        f"<h2>Recommended</h2><ol>{items}</ol><p>Amid this artistic groundswell, Georges Claude premiered "
        "his neon lights at the Paris Motor Show in December 1910.</p></body></html>"
    )
    text = dump(page, tool, width)
    discussion = parse(text, "page.txt")
    assert_read_as_page(text, discussion, ["Take the tubes down and label every one."])
    assert discussion.title == "How Neon Lights Became a Symbol of the City at Night"


_MORE = [
    ("Jane Doe", "March 3, 2012", "The council's vote on parking: what the shops on Main Street told us."),
    ("Dave Jones", "March 5, 2012", "Elm Street's lanes one year on, and what riders and drivers think now."),
    ("Ann Lee", "March 8, 2012", "A new bridge for the river path is planned for next spring, if funded."),
]


@pytest.mark.parametrize("byline", ["{a} on {d}", "By {a} on {d}", "{a} | {d}"])
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_blogs_more_posts_with_bylines_are_its_text_not_comments(
    tool: str, width: int, byline: str
) -> None:
    # A review's case: "More from the blog", each story a title, its byline on one line ("Jane
    # Doe on March 3, 2012", a comment header's own shape) and a summary. No heading names
    # comments, nothing else marks them: three comments were invented, each with the next
    # title. The page is its article, titled, dated and signed by its own byline.
    stories = "".join(
        f"<div class='post'><h3><a href='/{n}'>Story {n}</a></h3>"
        f"<p>{byline.format(a=a, d=d)}</p><p>{t}</p></div>"
        for n, (a, d, t) in enumerate(_MORE)
    )
    page = (
        "<html><body><ul><li><a href='/'>Home</a></li><li><a href='/a'>About</a></li></ul>"
        "<h1>City approves new bike lanes on Main Street</h1><p>By Jane Doe, March 2, 2012</p>"
        "<p>The city council voted on Thursday to build protected bike lanes along the length of Main "
        "Street, removing about forty parking spaces.</p>"
        f"<h2>More from the blog</h2>{stories}<p>© 2012 The Daily Example</p></body></html>"
    )
    text = dump(page, tool, width)
    discussion = parse(text, "page.txt")
    assert_read_as_page(text, discussion, [summary for _, _, summary in _MORE])
    read = (discussion.title, discussion.author, str(discussion.posted))
    assert read == ("City approves new bike lanes on Main Street", "Jane Doe", "2012-03-02")


_WALK = (
    "We walked along the coast from the harbour to the lighthouse on a windy morning in March, and the "
    "kids counted the boats that came in with the tide.",
    "The path is steep in places, so bring good shoes and some water for the long way back to town.",
)
_SAID = [
    ("Jane Doe", "March 3, 2012 at 10:05 am", "What a lovely walk, we did the same one last year."),
    ("Bob Smith", "March 4, 2012 at 8:12 pm", "Trainers were fine for us, even after the rain."),
    ("Mary Jones", "March 5, 2012 at 9:00 am", "Thanks for the tip about the tide, we will go at low water."),
]


def _walk_page(byline: str, after: str) -> str:
    """The walk's page under a menu: its headline, ``byline``, its text, then ``after``."""
    text = "".join(f"<p>{paragraph}</p>" for paragraph in _WALK)
    return f"<html><body>{_NEWS_MENU}<h1>A walk along the coast</h1>{byline}{text}{after}</body></html>"


_UNMARKED = {
    "name-over-date": "<div class='c'><p><b>{n}</b></p><p>{d}</p><p>{t}</p></div>",
    "name-on-date": "<div class='c'><p><b>{n}</b> on {d}</p><p>{t}</p></div>",
    "definition-list": "<dl><dt>{n}</dt><dd>{d}</dd><dd>{t}</dd></dl>",
}


@pytest.mark.parametrize("byline", ["<p>By Ann Writer, March 2, 2012</p>", ""], ids=["byline", "no-byline"])
@pytest.mark.parametrize("heading", ["", "<h2>What you said</h2>"], ids=["no-heading", "heading"])
@pytest.mark.parametrize("shape", sorted(_UNMARKED))
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_a_comment_section_nothing_marks_is_refused_not_read_as_the_pages_text(
    tool: str, width: int, shape: str, heading: str, byline: str
) -> None:
    # A review's case: comments after the article, each a name, a date and its text, under no
    # heading that names comments, with no "Reply" and no form. They are no list of stories
    # (each header stands under the text of the comment before it), so the page is refused:
    # read as the page, they were the article's text, and without the article's own byline the
    # first commenter's name its title.
    said = "".join(_UNMARKED[shape].format(n=n, d=d, t=t) for n, d, t in _SAID)
    page = _walk_page(byline, f"{heading}<div class='comments'>{said}</div><p>© 2012 Coast Walks</p>")
    with pytest.raises(SeedError, match="found 3 dated lines and nothing else of comments"):
        parse(dump(page, tool, width), "walk.txt")


def test_a_diary_typed_by_hand_is_refused_though_it_holds_a_list() -> None:
    # A list under its title makes the text look like a page's dump (a menu), but its dated
    # entries stand as comments would: refused, not published as a page with a note.
    diary = (
        "My garden diary\n\n  * Tomatoes\n  * Beans\n\n"
        + "\n\n".join(
            f"Jane\n{day}\n{text}"
            for day, text in (
                ("March 3, 2012", "Planted the beans along the fence where they get the sun all afternoon."),
                ("March 10, 2012", "The first tomatoes are up, and the slugs have found them already."),
                ("March 17, 2012", "Rain all week; the beans are climbing the canes at last."),
            )
        )
        + "\n"
    )
    with pytest.raises(SeedError, match="dated lines and nothing else of comments"):
        parse(diary, "diary.txt")


@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("lynx", 80)])
def test_more_posts_under_an_article_with_no_byline_are_refused(tool: str, width: int) -> None:
    # "More from the blog" under an article that shows no byline of its own: read as the page,
    # the first story's title and byline were the page's, and the article's text went with the
    # navigation. The page is refused instead.
    stories = "".join(
        f"<div class='post'><h3><a href='/{n}'>Story {n}</a></h3><p>{a} on {d}</p><p>{t}</p></div>"
        for n, (a, d, t) in enumerate(_MORE)
    )
    page = (
        f"<html><body>{_NEWS_MENU}<h1>City approves new bike lanes on Main Street</h1>"
        "<p>The city council voted on Thursday to build protected bike lanes along the length of Main "
        "Street, removing about forty parking spaces.</p>"
        f"<h2>More from the blog</h2>{stories}<p>© 2012 The Daily Example</p></body></html>"
    )
    with pytest.raises(SeedError, match="found 3 dated lines and nothing else of comments"):
        parse(dump(page, tool, width), "page.txt")


_ITEMS = {
    "numbered-items": "<ol class='commentlist'>{}</ol>".format(
        "".join(f"<li><p>{n} on {d.split(' at ')[0]}</p><p>{t}</p></li>" for n, d, t in _SAID)
    ),
    "one-numbered-item": f"<ol class='commentlist'><li><p>{_SAID[0][0]} on March 3, 2012</p>"
    f"<p>{_SAID[0][2]}</p></li></ol>",
    "bulleted-items": "<ul class='comments'>{}</ul>".format(
        "".join(f"<li><b>{n}</b><br>{d.split(' at ')[0]}<p>{t}</p></li>" for n, d, t in _SAID)
    ),
    "subjects": "".join(
        f"<div class='comment'><h4>{subject}</h4><p>{n} on {d.split(' at ')[0]}</p><p>{t}</p></div>"
        for subject, (n, d, t) in zip(("Great post", "Sore feet", "Winter?"), _SAID, strict=True)
    ),
    "short-texts": "<h3>Readers write</h3>"
    + "".join(
        f"<div class='comment'><p>{n} on {d.split(' at ')[0]}</p><p>{t}</p></div>"
        for (n, d, _), t in zip(
            _SAID, ("Beautiful photos, thanks for sharing!", "Love this walk", "So pretty"), strict=True
        )
    ),
    "named-heading": "<h3>Reader responses</h3><ul class='comments'>{}</ul>".format(
        "".join(f"<li><b>{n}</b><br>{d.split(' at ')[0]}<p>{t}</p></li>" for n, d, t in _SAID)
    ),
}


@pytest.mark.parametrize("section", sorted(_ITEMS))
@pytest.mark.parametrize(("tool", "width"), [("w3m", 80), ("w3m", 200), ("lynx", 80)])
def test_comments_set_as_list_items_or_under_subjects_are_refused_not_read_as_stories(
    tool: str, width: int, section: str
) -> None:
    # A second review's cases: comments nothing else marks, set as a list's items (each opening
    # with its header, its text inside), under a subject each ("Great post"), with texts as short
    # as a title ("Love this walk") under a heading that names no comments, or under one that
    # does in its own words ("Reader responses"). None is a list of stories: refused.
    page = _walk_page("<p>By Ann Writer, March 2, 2012</p>", _ITEMS[section])
    with pytest.raises(SeedError, match="dated lines and nothing else of comments"):
        parse(dump(page, tool, width), "walk.txt")
